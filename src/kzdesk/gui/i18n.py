"""The interface's language: Qt's translators for kzdesk and for Qt's own dialogs, and core's hooks.

English is the source language and costs nothing: no translator is loaded and core's
hooks stay the identity. Kazakh or Russian loads exactly two compiled catalogues, the
``kzdesk_<lang>.qm`` built from ``resources/i18n/*.ts`` (``make i18n``, and the package
build) and Qt's own ``qtbase_<lang>.qm`` that PySide6 ships (standard buttons and
dialogs). Installing a translator makes Qt send ``QEvent.LanguageChange`` to every
widget; the main window answers it (see ``MainWindow.changeEvent``).

The command line uses the same catalogues without a QApplication (:func:`use_in_cli`):
``QTranslator`` reads a ``.qm`` with Qt's own numerus rules, which a reader of our own
would have to reimplement; only QtCore is loaded, and only when the language is not English.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from kzdesk.core import labels
from kzdesk.core.languages import LANGUAGES, language_of, locale_language

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

#: Each language in its own words, as the View → Language menu shows it (never translated).
LANGUAGE_NAMES = {"en": "English", "kk": "Қазақша", "ru": "Русский"}
#: The digit-group separator and decimal mark of each language (QLocale's, also for the CLI without Qt).
NUMBER_STYLES = {"en": (",", "."), "kk": ("\u00a0", ","), "ru": ("\u00a0", ",")}

_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """The system locale's language (kk, ru, or en for anything else).

    On Linux and macOS the POSIX variables decide, as Qt's own QLocale.system() reads them,
    without touching QLocale at start-up; elsewhere QLocale's UI languages.
    """
    if sys.platform != "win32":
        found = locale_language()
        if found is not None or sys.platform != "darwin":
            return found or "en"
    from PySide6.QtCore import QLocale

    languages = QLocale.system().uiLanguages()
    return language_of(languages[0]) if languages else "en"


def choose(requested: str | None = None, remembered: str = "") -> str:
    """The language to show: ``--lang``, else the one chosen in View → Language, else the system's."""
    for choice in (requested, remembered):
        if choice in LANGUAGES:
            return choice  # type: ignore[return-value]
    return system_language()


def current() -> str:
    return _current


def catalogue_path(language: str) -> str:
    from kzdesk.resources import resource_path

    return str(resource_path("i18n", f"kzdesk_{language}.qm"))


def load_translators(language: str) -> list[QTranslator]:
    """kzdesk's and Qt's catalogues for ``language`` (none for English); a missing file is skipped with a
    message on stderr (the interface then stays English rather than failing)."""
    if language == "en":
        return []
    from PySide6.QtCore import QLibraryInfo, QTranslator

    found: list[QTranslator] = []
    ours = QTranslator()
    if ours.load(catalogue_path(language)):
        found.append(ours)
    else:
        print(f"kzdesk: no {language} translation at {catalogue_path(language)} (run 'make i18n')", file=sys.stderr)
    qt_own = QTranslator()
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        found.append(qt_own)
    return found


def install(language: str) -> str:
    """Show the interface in ``language`` from now on (the QApplication must exist); the language installed.

    Qt sends every widget ``QEvent.LanguageChange``; core's labels follow through the hooks.
    """
    global _current
    from PySide6.QtCore import QCoreApplication

    if language not in LANGUAGES:
        language = "en"
    if language == _current and (language == "en" or _installed):
        return language
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    translators = load_translators(language)
    for translator in translators:
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    _current = language if translators or language == "en" else "en"
    if _current == "en":
        labels.set_translate_hook(None)
        labels.set_plural_hook(None)
        labels.set_number_style()
    else:
        labels.set_translate_hook(_qt_translate)
        labels.set_plural_hook(labels.translated_plural)
        from PySide6.QtCore import QLocale

        locale = QLocale(_current)
        labels.set_number_style(locale.groupSeparator(), locale.decimalPoint())
    return _current


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, disambiguation, n)


def use_in_cli(language: str) -> None:
    """Route core's and the CLI's phrases through ``language``'s catalogue without a QApplication."""
    if language == "en":
        return
    from PySide6.QtCore import QTranslator

    ours = QTranslator()
    if not ours.load(catalogue_path(language)):
        print(f"kzdesk: no {language} translation at {catalogue_path(language)} (run 'make i18n')", file=sys.stderr)
        return
    _installed.append(ours)  # kept alive as long as the hook

    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = ours.translate(context, text, disambiguation, n) or text
        return found.replace("%n", labels.format_number(n)) if n >= 0 else found

    labels.set_translate_hook(translate)
    labels.set_plural_hook(labels.translated_plural)
    labels.set_number_style(*NUMBER_STYLES[language])
