"""Invitations: the personal letter (DIN 5008 form B, window envelope) and the e-mail draft."""
