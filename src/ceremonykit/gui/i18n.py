"""UI language: German source strings, English from ``resources/translations/ceremonykit_en.qm``.

Why German in the source: the UI is German even if no .qm file was built or found, so the
default can never fall back to English by accident. English is the second language, chosen in
the settings dialog (applies after a restart). Qt's own ``qtbase_de`` translates the standard
dialogs (file dialog, message box buttons) when German is active.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ceremonykit.resources import resource_path


def qm_path(language: str) -> str:
    return str(resource_path(f"translations/ceremonykit_{language}.qm"))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our and Qt's translators for ``language``; returns them (keep a reference)."""
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.German if language == "de" else QLocale.Language.English,
            QLocale.Country.Germany,
        )
    )
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    if language != "de":
        ours = QTranslator(app)
        if ours.load(qm_path(language)):
            app.installTranslator(ours)
            installed.append(ours)
    return installed


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate outside a QObject (models, module-level labels); ``%n`` takes ``n``."""
    return QCoreApplication.translate(context, text, disambiguation, n)
