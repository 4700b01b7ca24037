"""The main window opens, in French by default."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from vpi_groups.ui.app import choose_language, make_application
from vpi_groups.ui.main_window import MainWindow


def test_demo_window_has_a_french_title(qtbot: QtBot) -> None:
    app, translators = make_application([], "fr")
    try:
        window = MainWindow(demo=True)
        qtbot.addWidget(window)
        window.show()
        assert window.windowTitle().startswith("VPI Groups — Groupes de parole")
        assert "coffre de démonstration" in window.windowTitle()
        assert "chiffré" in window.welcome.text()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_english_when_asked(qtbot: QtBot) -> None:
    app, translators = make_application([], "en")
    try:
        window = MainWindow(demo=False)
        qtbot.addWidget(window)
        assert window.windowTitle() == "VPI Groups — Talk groups and prevention actions"
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_language_choice() -> None:
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert choose_language(None, english) == "en"
    assert choose_language(None, german) == "fr"
    assert choose_language("fr", english) == "fr"
