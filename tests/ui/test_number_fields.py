"""Number fields say what they refuse; a value is never replaced by another in silence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QVBoxLayout
from pytestqt.qtbot import QtBot

from vpi_groups.ui.editors.directory import ContributionDialog
from vpi_groups.ui.pages.settings import SettingsPage
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.widgets import CheckedSpinBox


class _Form(QDialog):
    """A dialog with a number field (1 to 52 sessions, 10 shown), a text field, Save."""

    def __init__(self) -> None:
        super().__init__()
        self.count = CheckedSpinBox(
            self, 1, 52, 10, "sessionCount", range_text="Between %1 and %2 sessions"
        )
        self.other = QLineEdit(self)
        self.save = QPushButton("Save", self)
        self.save.setDefault(True)
        self.save.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count.with_message())
        layout.addWidget(self.other)
        layout.addWidget(self.save)


def _form(qtbot: QtBot) -> _Form:
    form = _Form()
    qtbot.addWidget(form)
    with qtbot.waitExposed(form):
        form.show()
    form.activateWindow()
    form.count.setFocus()
    form.count.selectAll()
    return form


def test_a_number_out_of_range_is_said_and_kept_in_view(qtbot: QtBot) -> None:
    form = _form(qtbot)
    qtbot.keyClicks(form.count, "0")
    assert form.count.text() == "0"  # what was typed stays on screen
    assert form.count.message_text() == "Between 1 and 52 sessions"
    assert form.count.message.isVisible()
    assert form.count.value() == 10  # not taken: the form still holds the last good value
    qtbot.keyClick(form.count, Qt.Key.Key_Backspace)
    qtbot.keyClicks(form.count, "56")
    assert form.count.text() == "56"
    assert form.count.message_text() == "Between 1 and 52 sessions"
    qtbot.keyClick(form.count, Qt.Key.Key_Backspace)
    assert form.count.text() == "5"
    assert form.count.value() == 5
    assert form.count.message_text() == ""  # corrected: the message goes
    assert not form.count.message.isVisible()


def test_leaving_a_number_out_of_range_says_which_value_stays(qtbot: QtBot) -> None:
    form = _form(qtbot)
    qtbot.keyClicks(form.count, "0")
    form.other.setFocus()
    qtbot.waitUntil(lambda: form.count.text() == "10")
    assert form.count.value() == 10
    assert form.count.message_text() == "Between 1 and 52 sessions — 0 refused, the value stays 10"
    form.count.setFocus()
    form.count.selectAll()
    qtbot.keyClicks(form.count, "12")
    assert form.count.value() == 12
    assert form.count.message_text() == ""


def test_an_emptied_field_says_which_value_stays(qtbot: QtBot) -> None:
    form = _form(qtbot)
    qtbot.keyClick(form.count, Qt.Key.Key_Delete)
    assert form.count.message_text() == "Between 1 and 52 sessions"
    form.other.setFocus()
    qtbot.waitUntil(lambda: form.count.text() == "10")
    assert form.count.message_text() == "Between 1 and 52 sessions — empty, the value stays 10"


def test_letters_are_refused_with_a_word(qtbot: QtBot) -> None:
    form = _form(qtbot)
    form.count.lineEdit().end(False)
    qtbot.keyClicks(form.count, "x")
    assert form.count.text() == "10"
    assert form.count.message_text() == "Digits only"
    qtbot.keyClick(form.count, Qt.Key.Key_Backspace)
    assert form.count.value() == 1
    assert form.count.message_text() == ""


def test_enter_does_not_save_a_number_out_of_range(qtbot: QtBot) -> None:
    form = _form(qtbot)
    qtbot.keyClicks(form.count, "0")
    qtbot.keyClick(form.count, Qt.Key.Key_Return)
    assert form.isVisible(), "Enter saved the form with a value other than the one shown"
    assert form.count.text() == "0"
    assert form.count.message_text() == "Between 1 and 52 sessions"
    qtbot.keyClick(form.count, Qt.Key.Key_Backspace)
    qtbot.keyClicks(form.count, "8")
    with qtbot.waitSignal(form.accepted):
        qtbot.keyClick(form.count, Qt.Key.Key_Return)
    assert form.count.value() == 8


def test_a_special_value_is_accepted_and_not_counted_in_the_range(qtbot: QtBot) -> None:
    box = CheckedSpinBox(None, -1, 500, -1, "reach")
    qtbot.addWidget(box)
    box.setSpecialValueText("—")
    box.setValue(3)
    box.setValue(-1)
    assert box.text() == "—"
    assert box.message_text() == ""
    box.lineEdit().setText("501")
    assert box.toolTip() == "Between 0 and 500"  # no message line laid out: said on hover


def test_the_row_hands_the_focus_to_the_field(qtbot: QtBot) -> None:
    form = _form(qtbot)
    form.other.setFocus()
    row = form.count.with_message()
    assert row is form.count.with_message()
    row.setFocus()
    assert form.count.hasFocus()


def test_settings_number_fields_say_what_they_refuse(
    qtbot: QtBot, preferences: Preferences
) -> None:
    page = SettingsPage(preferences)
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    page.activateWindow()
    for box, typed, said in [
        (page.auto_lock, "0", "Between 1 and 120 minutes"),
        (page.auto_lock, "z", "Digits only"),
    ]:
        assert isinstance(box, CheckedSpinBox)
        box.setFocus()
        box.selectAll()
        qtbot.keyClicks(box, typed)
        assert box.message_text() == said
    page.auto_lock.setValue(5)
    for box in (page.retention, page.threshold, page.hidden_range):
        assert isinstance(box, CheckedSpinBox), box.objectName()


def test_contribution_year_says_what_it_refuses(qtbot: QtBot) -> None:
    dialog = ContributionDialog(1, None)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    assert dialog.year.hasFocus()
    dialog.year.selectAll()
    qtbot.keyClicks(dialog.year, "1999")
    assert dialog.year.message_text() == "Between 2000 and 2100"
    assert dialog.year.message.isVisible()
    qtbot.keyClick(dialog.year, Qt.Key.Key_Return)
    assert dialog.isVisible()


def test_the_group_editor_never_turns_zero_sessions_into_ten(qtbot: QtBot) -> None:
    """Typing 0 sessions silently became 10: now it is refused, and said."""
    from vpi_groups.ui.editors.programme import GroupDialog

    editor = GroupDialog(1, None, (), ())
    qtbot.addWidget(editor)
    with qtbot.waitExposed(editor):
        editor.show()
    editor.activateWindow()
    editor.count.setFocus()
    editor.count.selectAll()
    qtbot.keyClicks(editor.count, "0")
    assert editor.count.text() == "0"
    assert editor.count.message_text() != ""
    assert editor.count.message.isVisible()
    qtbot.keyClick(editor.count, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor.count, "7")
    assert editor.count.value() == 7
    assert editor.count.message_text() == ""
    editor.done(0)  # as the page does at a lock: no question


def test_an_action_opened_without_an_estimated_reach_says_nothing_is_wrong(
    qtbot: QtBot,
) -> None:
    """A public action with no reach ("—") opened in its editor: no range message."""
    from vpi_groups.programme.records import ActionInfo, ActionSpec
    from vpi_groups.storage.models import ActionKind, PublicActionKind
    from vpi_groups.ui.editors.programme import ActionDialog

    spec = ActionSpec("Stand", ActionKind.PUBLIC_ACTION, 2026, public_kind=PublicActionKind.STAND)
    editor = ActionDialog(ActionInfo(1, spec), 2026)
    qtbot.addWidget(editor)
    with qtbot.waitExposed(editor):
        editor.show()
    assert editor.reach.text() == "—"
    assert editor.reach.message_text() == ""
