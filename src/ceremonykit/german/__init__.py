"""German formatting for the documents: amounts, amounts in words, dates, ordinals, typography."""
