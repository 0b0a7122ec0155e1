"""German messages of the cheque kind, in one place so that wording stays consistent."""

from __future__ import annotations

NO_MONEY = "Kein Scheck: {prize} ist nicht mit Preisgeld verbunden."
NO_PRIZE = "Kein Scheck: Der Preisträger ist keinem Preis zugeordnet. Bitte einen Preis wählen."
NO_PAYEE = "Kein Scheck: Für diesen Preisträger ist weder eine Organisation noch eine Person eingetragen. Bitte den Namen ergänzen."
SHARED_PRIZE = "{prize} ist {count} Preisträgern zugeordnet; jeder Scheck zeigt den vollen Betrag von {amount}. Bitte prüfen, ob das Preisgeld geteilt wird, und den Betrag des Preises gegebenenfalls anpassen."

DESIGN_UNKNOWN = "Das Scheck-Design „{name}“ gibt es nicht. Verfügbar sind: {known}."
DESIGN_UNREADABLE = "Die Scheck-Vorlage „{path}“ ist kein gültiges JSON (Zeile {line}): {error}."
DESIGN_INVALID = "Die Scheck-Vorlage „{path}“ ist fehlerhaft: {problem}"
DESIGN_HINT = "Bitte die Vorlage korrigieren oder ein mitgeliefertes Design wählen."

SIZE_INVALID = "Die Scheckgröße „{value}“ ist ungültig. Erwartet wird Breite×Höhe in Millimetern, z. B. „900x450“, oder eine Vorgabe: {presets}."
SIZE_RANGE = "Die Scheckgröße {width} × {height} mm liegt außerhalb des Bereichs, den CeremonyKit druckt (Seiten zwischen {low} und {high} mm)."
NUMBER_INVALID = "Die Option „{name}“ für Schecks hat den Wert „{value}“; erwartet wird eine Zahl zwischen {low} und {high}."
FLAG_INVALID = "Die Option „{name}“ für Schecks hat den Wert „{value}“; erwartet wird „1“ (ja) oder „0“ (nein)."
DPI_INVALID = "Die PNG-Auflösung „{value}“ ist nicht vorgesehen; bitte 150 oder 300 wählen."

LOGO_MISSING = "Im Absenderprofil ist kein Logo hinterlegt; der Scheck wird ohne Logo gedruckt."
LOGO_UNREADABLE = "Das Logo „{name}“ ist keine lesbare Bilddatei; der Scheck wird ohne Logo gedruckt. Bitte das Logo neu einfügen."
LOGO_LOW_RES = "Das Logo hat im Druck nur {dpi} dpi ({pixels} Pixel auf {mm} mm Breite); für einen scharfen Druck sind mindestens {minimum} dpi nötig. Bitte ein Logo mit mindestens {needed} Pixeln Breite (am besten als PNG) hinterlegen."
SIGNATURE_MISSING = (
    "Es ist keine unterzeichnende Person eingetragen; die Unterschriftszeile bleibt leer."
)
SIGNATURE_IMAGE_MISSING = (
    "Für {name} ist kein lesbares Unterschriftsbild hinterlegt; die Unterschriftszeile bleibt leer."
)
SAFETY_MARGIN = "{what} reicht bis {distance} mm an den Beschnitt heran; wichtige Inhalte sollten mindestens {margin} mm Abstand halten, sonst werden sie beim Zuschneiden angeschnitten. Bitte eine größere Scheckgröße oder ein anderes Design wählen."
TEXT_SHRUNK = "{what} ist sehr lang und wurde auf {percent} % der vorgesehenen Schriftgröße verkleinert; bitte prüfen, ob der Scheck von der Bühne aus noch lesbar ist."
GLYPHS_MISSING = "{what} enthält Zeichen, die keine mitgelieferte Schrift darstellen kann: {chars}. Bitte die Schreibweise prüfen."
NO_DATE = "Für die Feier ist kein Datum eingetragen; auf dem Scheck steht nur der Ort."

PROGRESS = "Scheck für {name}"
