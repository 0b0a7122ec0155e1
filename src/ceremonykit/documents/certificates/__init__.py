"""Certificates (Urkunden): subjects, declarative designs, text fitting, PDF/A and Word output."""
