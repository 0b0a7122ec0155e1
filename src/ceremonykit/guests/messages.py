"""German messages of the guest functions (what went wrong and what to do)."""

from __future__ import annotations


def unknown_guest(guest_id: str) -> str:
    return f"Der Gast mit der Kennung „{guest_id}“ ist nicht in der Gästeliste. Bitte die Liste neu laden."


def unknown_field(name: str) -> str:
    return f"Gäste haben kein Feld „{name}“. Bitte eine der Spalten der Gästeliste verwenden."


def companion_of_companion(name: str) -> str:
    return (
        f"„{name}“ ist selbst Begleitperson. Bitte die Begleitung dem eingeladenen Gast "
        "zuordnen, nicht einer anderen Begleitperson."
    )


def companion_of_self() -> str:
    return "Ein Gast kann nicht seine eigene Begleitperson sein."


def name_missing() -> str:
    return "Bitte mindestens einen Nachnamen oder eine Organisation für den Gast angeben."


def negative_companions(value: object) -> str:
    return f"Die Zahl der Begleitpersonen muss 0 oder größer sein (angegeben: {value})."


def empty_category() -> str:
    return "Bitte einen Namen für die Gästekategorie angeben."


def category_exists(name: str) -> str:
    return f"Die Gästekategorie „{name}“ gibt es schon."


def category_in_use(name: str, count: int) -> str:
    return (
        f"Die Gästekategorie „{name}“ ist noch {count} Gästen zugeordnet. "
        "Bitte diese Gäste zuerst einer anderen Kategorie zuordnen oder eine Ersatzkategorie angeben."
    )


def unknown_category(name: str) -> str:
    return f"Die Gästekategorie „{name}“ gibt es nicht."
