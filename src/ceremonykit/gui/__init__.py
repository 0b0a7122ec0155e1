"""The desktop application (PySide6). The only package that may import Qt.

It adds views, undo and progress on top of the headless functions the CLI also calls; it holds
no logic of its own about ceremonies or documents.
"""
