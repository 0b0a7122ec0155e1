"""Document generation: the registry of kinds, shared PDF/DOCX/image helpers, one module per kind."""
