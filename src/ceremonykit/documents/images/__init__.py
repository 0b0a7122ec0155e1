"""Image input for every document: safe decoding (size limit, German messages) and colour."""
