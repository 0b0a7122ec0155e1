"""Guest management: editing, sorting, forms of address, protocol order and data protection."""
