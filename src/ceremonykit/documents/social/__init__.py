"""Social media cards: per winner a 4:5 and a 1:1 image with the credit burned in, plus the
suggested post and alt text."""
