"""One build module per document kind (``build(ctx)``); what each kind declares is in
:mod:`ceremonykit.documents.registry`."""
