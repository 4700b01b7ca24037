"""Qt application start-up: translations, the main window, the event loop.

What the first window needs is imported first; the wizard, the demo vault and the
pages are imported when they are shown (tests/test_startup.py keeps it so).
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from vpi_groups import __version__
from vpi_groups.language import choose, formatting_locale
from vpi_groups.locations import default_vault_dir
from vpi_groups.storage import is_vault
from vpi_groups.ui.focus_style import apply_focus_style
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.preferences import Preferences

APP_NAME = "VPI Groups"
ORG_NAME = "VPI Groups"
# The id of packaging/linux/*.desktop: Wayland compositors match windows to it.
DESKTOP_ID = "fr.vpigroups.VPIGroups"
# The sizes packaging/render_icons.py draws from resources/icons/vpi-groups.svg.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SWITCH_INTERVAL = 0.001
"""Seconds a thread may keep the interpreter while another waits for it (Python's: 0.005).

The database worker runs Python for long stretches (a report, an export) while the
window paints, and each Python call of the window (a slot, a model's ``data()``, a
size hint) waits for the worker to let go of the interpreter: up to this long, every
time. A page painted beside a running report makes dozens of such calls. Measured on
the ten-year benchmark vaults (two runs of each, 2-core machine), the worst gap of the
window while a decade report is built: 54-70 ms, against 63-116 ms at Python's 5 ms;
the reports page shown while its report is built: 76-80 ms, against 90-105 ms.
"""


def choose_language(requested: str | None, system: QLocale | None = None) -> str:
    """Return "fr" or "en": the requested one, else the system's, French when unsure."""
    locale = system if system is not None else QLocale.system()
    return choose(requested, locale.name())


def ui_locale(lang: str, system: QLocale | None = None) -> QLocale:
    """The locale of dates and numbers for the interface language ``lang``.

    See :func:`vpi_groups.language.formatting_locale`: fr_FR in French; in English the
    user's own English locale, else en_GB (never Qt's bare English, which is en_US).
    """
    locale = system if system is not None else QLocale.system()
    return QLocale(formatting_locale(lang, locale.name()))


_PACKAGE_FOLDER = Path(__file__).parent
"""This package's folder. Its data lies on disk beside it in a checkout, a wheel and a
frozen bundle alike (read from there, not through ``importlib.resources``, which
would cost the window's start about 5 ms of imports before its first paint)."""


def _catalogue_folder() -> str:
    # Qt keeps a pointer to loaded bytes, so load from the file, not from memory.
    return str(_PACKAGE_FOLDER / "i18n")


def application_icon() -> QIcon:
    """The application's icon, every size drawn from the one SVG master (package data).

    PNG files rather than the SVG itself, so that no image plugin beyond Qt's built-in
    PNG reader is needed (in a frozen bundle as anywhere else).
    """
    icon = QIcon()
    folder = _PACKAGE_FOLDER / "icons"
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"vpi-groups-{size}.png"))
    return icon


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Load the application's and Qt's own catalogues for ``lang``.

    Returns the translators so the caller keeps them alive as long as the app.
    """
    translators: list[QTranslator] = []
    own = QTranslator(app)
    if own.load(f"vpi_groups_{lang}", _catalogue_folder()):
        translators.append(own)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(lang), "qtbase", "_", qt_dir):
        translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def translated_into(lang: str, context: str, source: str) -> str:
    """``source`` in ``lang`` from the application's catalogue, whatever the interface's.

    For the few words that must speak the language just chosen before the interface
    switches to it (the offer to restart). The source must be marked for the catalogue
    with ``QT_TRANSLATE_NOOP(context, source)``; it is returned as is when not translated.
    """
    translator = QTranslator()
    if not translator.load(f"vpi_groups_{lang}", _catalogue_folder()):
        return source
    return translator.translate(context, source) or source


def make_application(argv: list[str], lang: str | None) -> tuple[QApplication, list[QTranslator]]:
    """Create (or reuse) the QApplication with names and translations set.

    The window's thread also gets the interpreter back sooner from the worker
    (:data:`SWITCH_INTERVAL`).
    """
    sys.setswitchinterval(SWITCH_INTERVAL)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(application_icon())
    chosen = choose_language(lang)
    QLocale.setDefault(ui_locale(chosen))
    return app, install_translators(app, chosen)


def run(*, demo: bool, vault_dir: str | None, lang: str | None) -> int:
    """Open the window and run the event loop until it closes.

    With ``demo``, the window works on a temporary vault deleted on exit. Otherwise
    the vault folder is ``vault_dir``, else the one last opened, else the default;
    a folder without a vault starts the first-run wizard.
    """
    preferences = Preferences()
    app, _translators = make_application(sys.argv[:1], lang or preferences.language)
    apply_focus_style(app)  # a visible focus ring and a readable palette, in the window only
    if demo:
        from vpi_groups.demo.vault import demo_vault

        with demo_vault() as vault:
            window = MainWindow(vault=vault, demo=True, preferences=preferences)
            window.show()
            freeze_after_start_up()
            return app.exec()
    folder = Path(vault_dir) if vault_dir else preferences.vault_folder or default_vault_dir()
    if is_vault(folder):
        window = MainWindow(folder=folder, preferences=preferences)
        window.unlocked.connect(freeze_after_start_up)
        window.show()
        window.ask_passphrase()
        return app.exec()
    from vpi_groups.ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(folder)
    if wizard.exec() != FirstRunWizard.DialogCode.Accepted or wizard.vault is None:
        return 0
    preferences.vault_folder = folder
    window = MainWindow(vault=wizard.vault, preferences=preferences)
    window.show()
    freeze_after_start_up()
    return app.exec()


_frozen = False


def freeze_after_start_up() -> None:
    """Set the garbage collector's policy (the one place): freeze once, at the first unlock.

    By then the long-lived objects are all there (Qt's and the pages' wrappers, the
    SQLAlchemy mappers, every module: about 120,000 tracked objects), and each full
    collection walked them all again. Measured on the 10-year benchmark vault (every page
    twice and 24 agenda months, 2-core machine): full collections of 87-141 ms, run from
    the worker but holding the interpreter, so the window stalls as long; after
    ``gc.freeze()`` here they took 10-29 ms, but for the one that falls while a large unit
    of work's rows are alive (68-108 ms: live data, which no policy skips). No
    ``gc.collect()`` first: it would stall the unlock by about 110 ms and found almost
    nothing to free. The thresholds stay Python's: a young generation of 2,000 or
    10,000 halved the young collections but not the worst full one (78-104 ms).
    Not called again at later unlocks: what is new then is record data, which must
    stay collectable.
    """
    global _frozen  # once per process
    if _frozen:
        return
    _frozen = True
    gc.freeze()
