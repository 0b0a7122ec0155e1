"""German formatting for the documents: amounts, dates, ordinals, phone numbers (DIN 5008),
quotation marks, gender-inclusive terms, forms of address, and sandboxed text templates."""
