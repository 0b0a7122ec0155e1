"""Shared layout helpers for the guest documents (lists, badges, place cards, seating)."""
