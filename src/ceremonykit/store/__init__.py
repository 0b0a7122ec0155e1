"""The ``.ceremony`` project file (SQLite application file format).

Modules: ``project_file`` (open/create/load/write/backup; the file layout and transaction
rules are described there), ``checks`` (read-only open-time checks), ``lock`` (single-writer
lock with a readable record), ``migrations`` (schema versions), ``messages`` (German texts).
"""

from ceremonykit.store.checks import inspect_file
from ceremonykit.store.messages import ProjectError, ProjectLockedError, ProjectReadOnlyError
from ceremonykit.store.project_file import ProjectFile, migration_backups

__all__ = [
    "ProjectError",
    "ProjectFile",
    "ProjectLockedError",
    "ProjectReadOnlyError",
    "inspect_file",
    "migration_backups",
]
