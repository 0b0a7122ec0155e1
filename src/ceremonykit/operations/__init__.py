"""Every change to a ceremony, as one function each (the operations layer).

Shape of an operation (see docs/operations.md)::

    def rename_winner(project: ProjectFile, ceremony: Ceremony, ...) -> Changes

It validates its input (raising :class:`ceremonykit.errors.UserError` subclasses with a German
message), cleans text, writes **one** transaction to the project file, updates the in-memory
``ceremony`` to match, and returns :class:`Changes`. The GUI's undo commands and the CLI call
operations and never ``put``/``put_many``/``save_info``/``delete`` on the project file
themselves. Operations never touch the user's sender profile settings file.
"""

from ceremonykit.operations.changes import Changes

__all__ = ["Changes"]
