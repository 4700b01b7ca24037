"""Switching the interface language: a restart offered at once, then done without loss.

And dates in English follow the user's own English locale, never en_US by accident.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.attendance.conftest import GroupWithSessions, make_group
from tests.scheduling.conftest import make_directory
from tests.ui.conftest import PASSPHRASE
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Draft
from vpi_groups.ui import main_window as main_window_module
from vpi_groups.ui.app import make_application, translated_into, ui_locale
from vpi_groups.ui.main_window import MainWindow, restart_command
from vpi_groups.ui.models.labels import date_text
from vpi_groups.ui.pages.settings import SettingsPage
from vpi_groups.ui.preferences import Preferences

NEW_YEAR = dt.date(2026, 1, 1)
NOTE = "Revoir la salle avec l’animatrice avant la prochaine séance."


def _choose(page: SettingsPage, lang: str) -> None:
    page.language.setCurrentIndex(page.language.findData(lang))


# ------------------------------------------------------------ the offer


def test_choosing_english_offers_a_restart_in_english(
    qtbot: QtBot, french: QApplication, preferences: Preferences
) -> None:
    page = SettingsPage(preferences)
    qtbot.addWidget(page)
    page.show()
    assert not page.restart_offer.isVisible()
    _choose(page, "en")
    assert preferences.language == "en"
    assert page.restart_offer.isVisible()
    # In the language chosen, not in the French on screen: the person may not read French.
    assert page.restart_text.text() == (
        "The interface will be in English after a restart. Restarting locks the vault: "
        "unsaved changes in open editors are kept and offered again once the passphrase "
        "is typed."
    )
    assert page.restart_now.text() == "Restart &now"
    assert page.restart_later.text() == "La&ter"
    assert page.restart_offer.accessibleName() == page.restart_text.text()
    with qtbot.waitSignal(page.restart_requested):
        qtbot.mouseClick(page.restart_now, Qt.MouseButton.LeftButton)


def test_later_keeps_the_choice_and_the_language_on_screen_offers_nothing(
    qtbot: QtBot, french: QApplication, preferences: Preferences
) -> None:
    page = SettingsPage(preferences)
    qtbot.addWidget(page)
    page.show()
    _choose(page, "en")
    with qtbot.assertNotEmitted(page.restart_requested):
        qtbot.mouseClick(page.restart_later, Qt.MouseButton.LeftButton)
    assert not page.restart_offer.isVisible()
    assert preferences.language == "en", "used at the next start"
    _choose(page, "fr")  # the language on screen: nothing to restart for
    assert not page.restart_offer.isVisible()
    assert preferences.language == "fr"


def test_in_the_demo_the_offer_says_the_demo_vault_is_lost(
    qtbot: QtBot, french: QApplication, preferences: Preferences
) -> None:
    page = SettingsPage(preferences)
    qtbot.addWidget(page)
    page.demo = True
    _choose(page, "en")
    assert page.restart_text.text() == (
        "The interface will be in English after a restart. Restarting opens a new demo "
        "vault: the changes made in this one are lost."
    )


def test_words_are_taken_from_the_catalogue_of_the_language_asked(
    english: QApplication, french: QApplication
) -> None:
    """French installed last (on screen), yet each language's words come from its own file."""
    assert translated_into("fr", "SettingsPage", "Settings") == "Paramètres"
    assert translated_into("en", "SettingsPage", "Settings") == "Settings"
    assert translated_into("de", "SettingsPage", "Settings") == "Settings", "no catalogue"


# ------------------------------------------------------------ the restart


@pytest.fixture
def programme(tmp_path: Path) -> Iterator[tuple[vaults.Vault, GroupWithSessions]]:
    vault, _ = vaults.create(tmp_path / "vault", PASSPHRASE)
    group = make_group(vault, make_directory(vault), count=2)
    yield vault, group
    if vault.is_open:
        vault.lock()


def _kept(folder: Path) -> list[str]:
    """The drafts in the vault, read as the new process will (the window is locked)."""
    with vaults.unlock(folder, passphrase=PASSPHRASE) as vault, vault.session() as s:
        return list(s.scalars(select(Draft.key)))


def test_restart_locks_keeps_drafts_then_starts_the_same_command(
    qtbot: QtBot,
    french: QApplication,
    tmp_path: Path,
    programme: tuple[vaults.Vault, GroupWithSessions],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault, group = programme
    folder, session_id = vault.folder, group.session_ids[0]
    settings_file = str(tmp_path / "prefs.ini")
    preferences = Preferences(QSettings(settings_file, QSettings.Format.IniFormat))
    monkeypatch.setattr(sys, "argv", ["/opt/vpi/vpi_groups/__main__.py", "--vault", "ancien"])
    monkeypatch.setattr(
        sys,
        "orig_argv",
        ["/usr/bin/python3", "-X", "utf8", "-m", "vpi_groups", "--vault", "ancien"],
    )
    seen: list[tuple[str, list[str], bool, list[str], str | None]] = []

    def relaunch(program: str, arguments: list[str]) -> bool:
        written = QSettings(settings_file, QSettings.Format.IniFormat).value("ui/language")
        still_open = vault.is_open  # the drafts can be read only once it is locked
        kept = [] if still_open else _kept(folder)
        seen.append((program, list(arguments), still_open, kept, written))
        return True

    monkeypatch.setattr(main_window_module, "relaunch", relaunch)
    window = MainWindow(vault=vault, preferences=preferences)
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_session(session_id)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.data is not None)
    dialog.notes.setPlainText(NOTE)  # typed, not saved
    window.sidebar.setCurrentRow(window.pages.index(window.settings_page))
    _choose(window.settings_page, "en")
    with qtbot.waitSignal(window.locked):
        window.settings_page.restart_now.click()
    assert seen == [
        (
            sys.executable,
            ["-X", "utf8", "-m", "vpi_groups", "--vault", str(folder)],
            False,  # the vault was locked before the new process started
            [f"session:{session_id}"],  # with the typed note kept as a draft
            "en",  # and the language written for the new process to read
        )
    ]
    assert not window.isVisible()
    assert not dialog.isVisible()
    assert window.unlock_dialog is None, "no passphrase asked: the new process asks it"


def test_a_restart_that_cannot_start_says_so_and_stays_locked(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    vault_folder: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(main_window_module, "relaunch", lambda _program, _arguments: False)
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *_a: warned.append(text)
    )
    vault = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    window = MainWindow(vault=vault, preferences=preferences)
    qtbot.addWidget(window)
    window.show()
    assert not window.restart()
    assert warned
    assert "démarrage" in warned[0] or "start" in warned[0]
    assert window.isVisible()
    assert not vault.is_open
    assert window.unlock_dialog is not None, "the passphrase is asked to go on working"
    window.close()


def test_the_demo_restarts_as_a_demo(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    vault_folder: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "argv", ["/venv/bin/vpi-groups", "--demo", "--lang=fr"])
    monkeypatch.setattr(
        sys, "orig_argv", ["/venv/bin/python", "/venv/bin/vpi-groups", "--demo", "--lang=fr"]
    )
    started: list[list[str]] = []

    def relaunch(_program: str, arguments: list[str]) -> bool:
        started.append(arguments)
        return True

    monkeypatch.setattr(main_window_module, "relaunch", relaunch)
    vault = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    window = MainWindow(vault=vault, preferences=preferences, demo=True)
    qtbot.addWidget(window)
    window.show()
    assert window.settings_page.demo
    window.restart()
    assert started == [["/venv/bin/vpi-groups", "--demo"]]


@pytest.mark.parametrize(
    ("argv", "orig_argv", "frozen", "expected"),
    [
        # python -m vpi_groups: not argv[0], the path of __main__.py
        (
            ["/src/vpi_groups/__main__.py", "--demo"],
            ["/usr/bin/python3", "-m", "vpi_groups", "--demo"],
            False,
            ["-m", "vpi_groups", "--demo"],
        ),
        # the installed launcher script, --lang dropped in both its forms
        (
            ["/venv/bin/vpi-groups-gui", "--lang", "fr", "--vault", "/v", "--lang=en"],
            [
                "/venv/bin/python",
                "/venv/bin/vpi-groups-gui",
                "--lang",
                "fr",
                "--vault",
                "/v",
                "--lang=en",
            ],
            False,
            ["/venv/bin/vpi-groups-gui", "--vault", "/now"],
        ),
        # a frozen bundle: the executable is the program
        (
            ["C:/VPI/vpi-groups.exe", "--vault=/v"],
            ["C:/VPI/vpi-groups.exe", "--vault=/v"],
            True,
            ["--vault", "/now"],
        ),
        # no --vault given: the preferences' folder is used, none is added
        (
            ["/venv/bin/vpi-groups"],
            ["/venv/bin/python", "/venv/bin/vpi-groups"],
            False,
            ["/venv/bin/vpi-groups"],
        ),
    ],
)
def test_restart_command(
    argv: list[str], orig_argv: list[str], frozen: bool, expected: list[str]
) -> None:
    assert restart_command(
        Path("/now"), executable="/bin/exe", argv=argv, orig_argv=orig_argv, frozen=frozen
    ) == ("/bin/exe", expected)


# ------------------------------------------------------------ dates in English


@pytest.fixture
def default_locale() -> Iterator[None]:
    """Put back the default locale a test's make_application() set."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


def _start_in(lang: str, system: str, monkeypatch: pytest.MonkeyPatch, app: QApplication) -> None:
    """Start the application in ``lang`` on a system whose locale is ``system``."""
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(system)))
    _app, translators = make_application([], lang)
    for translator in translators:
        app.removeTranslator(translator)


def test_english_on_a_french_system_writes_dates_day_first(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, default_locale: None
) -> None:
    _start_in("en", "fr_FR", monkeypatch, qapp)
    assert date_text(NEW_YEAR) == "01/01/2026", "not 1/1/26: the user is not American"
    assert QLocale().name() == "en_GB"


def test_english_follows_the_users_own_english_locale(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, default_locale: None
) -> None:
    _start_in("en", "en_IE", monkeypatch, qapp)
    assert QLocale().name() == "en_IE"
    _start_in("en", "en_US", monkeypatch, qapp)
    assert date_text(NEW_YEAR) == "1/1/26", "an American gets American dates"


def test_french_writes_french_dates_whatever_the_system(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, default_locale: None
) -> None:
    _start_in("fr", "en_US", monkeypatch, qapp)
    assert QLocale().name() == "fr_FR"
    assert date_text(NEW_YEAR) == "01/01/2026"


def test_ui_locale() -> None:
    assert ui_locale("en", QLocale("en_AU")).name() == "en_AU"
    assert ui_locale("en", QLocale("de_DE")).name() == "en_GB"
    assert ui_locale("fr", QLocale("en_GB")).name() == "fr_FR"
