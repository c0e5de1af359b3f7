"""The window's language: internapp's own translations (resources/translations/internapp_LANG.qm,
built from the .ts sources by scripts/update_translations) and Qt's for its standard buttons.

The language is ``--lang`` when given, else the system's (the first of its UI languages that
internapp has). English has a translation file too: it holds only the plural forms
("%n applications" → "1 application"), as Qt's plurals work. Numbers, dates and money follow
QLocale: the system's, or the one ``--lang`` names.
"""

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from internapp.ui.words import QT_TRANSLATE_NOOP  # noqa: F401  (import it from here)

DEFAULT = "en"


def available() -> list[str]:
    """The languages internapp ships, from the .qm files in resources/translations."""
    folder = resources.files("internapp.resources").joinpath("translations")
    names = [p.name for p in folder.iterdir()] if folder.is_dir() else []
    return sorted(n.removeprefix("internapp_").removesuffix(".qm") for n in names
                  if n.startswith("internapp_") and n.endswith(".qm"))


def choose(requested: str | None, system: QLocale | None = None) -> str:
    """``requested`` (``de``, ``de_AT``) when internapp has it, else the first system UI
    language it has, else English."""
    have = available()
    wanted = [requested] if requested else (system or QLocale.system()).uiLanguages()
    for name in wanted:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in have:
            return code
    return DEFAULT


def install(app: QCoreApplication, requested: str | None = None) -> str:
    """Loads the translations for ``requested`` (or the system's language) into ``app``, replacing
    any installed before; returns the language used. ``requested`` also sets the locale."""
    language = choose(requested)
    if requested:
        QLocale.setDefault(QLocale(requested.replace("-", "_")))
    for old in getattr(app, "internapp_translators", []):
        app.removeTranslator(old)
    translators = []
    folder = resources.files("internapp.resources").joinpath("translations")
    ours = QTranslator(app)
    if ours.load(str(folder.joinpath(f"internapp_{language}.qm"))):
        translators.append(ours)
    qt = QTranslator(app)
    if language != DEFAULT and qt.load(f"qtbase_{language}",
                                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    # kept alive with the application, as Python objects too (never collected while installed)
    app.internapp_translators = translators  # type: ignore[attr-defined]
    app.setProperty("internapp_language", language)
    return language
