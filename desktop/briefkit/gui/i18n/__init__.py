"""The window's interface language: Qt translators for Briefkit's texts and Qt's own.

``briefkit_<lang>.qm`` (compiled from ``briefkit_<lang>.ts``, see ``regenerate.py``) holds the
window's texts; ``briefkit_en.qm`` holds only the English plural forms ("1 topic", "2 topics").
Qt's ``qtbase_<lang>.qm`` from the PySide6 package translates the standard dialog buttons.
Installing translators makes Qt send ``LanguageChange`` to every window, which re-sets its texts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

FOLDER = Path(__file__).resolve().parent
INTERFACE_LANGUAGES = ("en", "ru", "kk")
"""Languages the window speaks; "system" in the settings picks one of these by the locale."""
INTERFACE_CHOICES = ("system", *INTERFACE_LANGUAGES)
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
"""Each language's name in that language; a code without a name here is shown as the code."""

_installed: list[QTranslator] = []
_current = "en"


def language_name(code: str) -> str:
    """A language's own name ("Русский"), or its code when none is known."""
    return LANGUAGE_NAMES.get(code, code)


def resolve(choice: str) -> str:
    """The interface language for a settings choice: "system" follows ``QLocale.system()``."""
    if choice in INTERFACE_LANGUAGES:
        return choice
    wanted = QLocale.system().uiLanguages() or [QLocale.system().name()]
    for tag in wanted:
        code = tag.replace("-", "_").split("_")[0].lower()
        if code in INTERFACE_LANGUAGES:
            return code
    return "en"


def current_language() -> str:
    """The interface language installed now ("en" before any)."""
    return _current


def ensure_installed() -> None:
    """Install the current language's translators unless some are installed already."""
    if not _installed:
        install(_current)


def install(language: str) -> str:
    """Make ``language`` ("en", "ru", "kk") the interface language; returns the one installed.

    Replaces the translators installed before; an unknown language falls back to English.
    """
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing a language")
    if language not in INTERFACE_LANGUAGES:
        language = "en"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [(f"briefkit_{language}", str(FOLDER))]
    if language != "en":
        wanted.append((f"qtbase_{language}", qt_folder))
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    _current = language
    return language
