"""What an operation changed, so that views refresh only what they must (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """The result of one operation on a ceremony.

    ``kinds`` names the object types that changed ("ceremony", "winner", "guest", …);
    ``ids`` the ids of changed objects where known (empty = "reload the whole type");
    ``info`` the ceremony fields that changed (for ``"ceremony"``); ``message`` is an optional
    German sentence for the status bar or the CLI ("12 Gäste gelöscht").
    """

    kinds: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()
    info: frozenset[str] = frozenset()
    message: str = ""
    extra: dict[str, object] = field(default_factory=dict, compare=False)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.kinds | other.kinds,
            self.ids | other.ids,
            self.info | other.info,
            " ".join(m for m in (self.message, other.message) if m),
            {**self.extra, **other.extra},
        )

    @property
    def empty(self) -> bool:
        return not (self.kinds or self.ids or self.info)
