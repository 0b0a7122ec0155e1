"""The ``.ceremony`` project file (SQLite application file format)."""

from ceremonykit.store.messages import ProjectError, ProjectLockedError
from ceremonykit.store.project_file import ProjectFile, inspect_file

__all__ = ["ProjectError", "ProjectFile", "ProjectLockedError", "inspect_file"]
