"""Small typed table models over domain lists (tested without a window)."""
