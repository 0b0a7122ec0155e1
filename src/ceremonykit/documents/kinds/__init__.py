"""One module per document kind; each defines ``KIND``."""
