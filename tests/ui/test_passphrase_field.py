"""The new-passphrase field: a show/hide box reached by keyboard, a labelled strength."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from vpi_groups.passphrase_policy import Problem, Strength
from vpi_groups.ui.passphrase_field import Level, NewPassphraseField, level_of
from vpi_groups.ui.secret_field import caps_lock

STRONG = "trois tasses de thé au jardin"


@pytest.fixture
def field(qtbot: QtBot) -> Iterator[NewPassphraseField]:
    widget = NewPassphraseField()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    caps_lock().forget()


def _mnemonic(text: str) -> str:
    """The letter after the single "&" of a label."""
    position = text.replace("&&", "").index("&")
    return text.replace("&&", "")[position + 1]


def _echo(field: NewPassphraseField) -> set[QLineEdit.EchoMode]:
    return {field.first.echoMode(), field.second.echoMode()}


def test_the_show_box_is_reached_by_tab_and_named(
    qtbot: QtBot, english: QApplication, field: NewPassphraseField
) -> None:
    box = field.show_text
    assert box.text().replace("&", "").strip(), "a visible, spoken name"
    assert box.focusPolicy() & Qt.FocusPolicy.TabFocus
    field.activateWindow()
    qtbot.waitUntil(field.isActiveWindow)
    field.second.setFocus()
    qtbot.waitUntil(field.second.hasFocus)
    qtbot.keyClick(field.second, Qt.Key.Key_Tab)
    qtbot.waitUntil(box.hasFocus)
    assert _echo(field) == {QLineEdit.EchoMode.Password}
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    assert _echo(field) == {QLineEdit.EchoMode.Normal}


@pytest.mark.usefixtures("french")
def test_the_mnemonic_shows_both_fields(qtbot: QtBot, field: NewPassphraseField) -> None:
    field.activateWindow()
    qtbot.waitUntil(field.isActiveWindow)
    field.first.setFocus()
    qtbot.waitUntil(field.first.hasFocus)
    letter = _mnemonic(field.show_text.text())
    key = getattr(Qt.Key, f"Key_{letter.upper()}")
    qtbot.keyClick(field.first, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(field.show_text.isChecked)  # a mnemonic clicks after a short flash
    assert _echo(field) == {QLineEdit.EchoMode.Normal}
    qtbot.keyClick(field.show_text, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not field.show_text.isChecked())
    assert _echo(field) == {QLineEdit.EchoMode.Password}


def test_one_state_for_the_box_the_eyes_and_the_shortcut(
    qtbot: QtBot, english: QApplication, field: NewPassphraseField
) -> None:
    field.first_secret.toggle.trigger()
    assert field.show_text.isChecked()
    assert field.second_secret.shown
    field.second_secret.toggle.trigger()
    assert not field.show_text.isChecked()
    assert _echo(field) == {QLineEdit.EchoMode.Password}


@pytest.mark.parametrize(
    ("strength", "level"),
    [
        (Strength(0, 0.0, (Problem.TOO_SHORT,)), Level.WEAK),
        (Strength(1, 5.0, (Problem.COMMON,)), Level.WEAK),
        (Strength(2, 7.0, (Problem.GUESSABLE,)), Level.MEDIUM),
        (Strength(3, 9.0, ()), Level.GOOD),
        (Strength(4, 14.0, ()), Level.EXCELLENT),
        # Hard to guess but refused (too short): never shown as good.
        (Strength(3, 9.0, (Problem.TOO_SHORT,)), Level.MEDIUM),
        (Strength(4, 11.0, (Problem.TOO_SHORT,)), Level.MEDIUM),
    ],
)
def test_levels(strength: Strength, level: Level) -> None:
    assert level_of(strength) is level


def test_the_strength_is_labelled_and_told_to_screen_readers(
    qtbot: QtBot, english: QApplication, field: NewPassphraseField
) -> None:
    assert field.level.text() == ""
    field.first.setText("azerty")
    assert field.level.text() == "Strength: weak"
    assert field.meter.text() == "weak", "what the meter's value reads as"
    assert field.meter.value() == 1
    field.first.setText(STRONG)
    assert field.level.text() == "Strength: excellent"
    assert field.meter.value() == 4
    assert field.meter.accessibleName() == "Strength of the passphrase"
    description = field.meter.accessibleDescription()
    assert description.startswith("Strength: excellent")
    assert "centuries for a computer" in description
    field.first.clear()
    assert field.level.text() == ""
    assert field.meter.accessibleDescription() == ""


@pytest.mark.usefixtures("french")
def test_the_words_follow_the_language(qtbot: QtBot, field: NewPassphraseField) -> None:
    """Each level has its own word, and the line says which."""
    words = {field.level_word(level) for level in Level}
    assert len(words) == len(Level)
    field.first.setText(STRONG)
    assert field.level_word(Level.EXCELLENT) in field.level.text()
    assert field.estimate.text().endswith("des siècles pour un ordinateur.")
