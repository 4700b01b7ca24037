"""Sessions outside a series, from the window: a training's, a group's extra, delete, duplicate.

Only talk-group series could be scheduled from the window: a training day, a stand,
the plenary or an extra session of a group had no way in. The programme page's "Add a
session" and the session dialog's "Delete" and "Duplicate" now give them one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.scheduling.conftest import Directory, make_directory, weekly
from tests.ui.conftest import PASSPHRASE
from tests.ui.test_translations import _untranslated
from vpi_groups.scheduling import records, series
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.scheduling.records import GroupSpec, SessionInfo
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import ActionKind
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.models.labels import kind_label
from vpi_groups.ui.new_session_dialog import NewSessionDialog
from vpi_groups.ui.pages.programme_page import ProgrammePage
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.session_dialog import SessionDialog
from vpi_groups.ui.widgets import select_id

PARIS = ZoneInfo("Europe/Paris")
FIRST = dt.date(2026, 3, 2)  # a Monday; the group meets on Tuesdays, 18:00 to 19:30


@dataclasses.dataclass(frozen=True)
class Programme:
    """The vault, its small directory and a weekly group meeting in the Jaurès room."""

    vault: vaults.Vault
    directory: Directory
    group: int
    group_spec: GroupSpec


@pytest.fixture
def programme(tmp_path: Path) -> Iterator[Programme]:
    vault, _ = vaults.create(tmp_path / "vault", PASSPHRASE)
    directory = make_directory(vault)
    spec = GroupSpec(
        "Groupe du mardi",
        directory.action,
        directory.facilitators[:2],
        weekly(FIRST, count=4),
        room_id=directory.room,
    )
    with vault.session() as s:
        group = series.create_group(s, spec).group.id
    yield Programme(vault, directory, group, spec)
    if vault.is_open:
        vault.lock()


@pytest.fixture
def window(qtbot: QtBot, preferences: Preferences, programme: Programme) -> Iterator[MainWindow]:
    shown = MainWindow(vault=programme.vault, preferences=preferences)
    qtbot.addWidget(shown)
    with qtbot.waitExposed(shown):
        shown.show()
    yield shown
    shown.close()


def _programme_page(qtbot: QtBot, window: MainWindow) -> ProgrammePage:
    window.sidebar.setCurrentRow(1)
    page = window.programme_page
    qtbot.waitUntil(lambda: page.snapshot is not None and page.action_model.rowCount() > 0)
    return page


def _open_editor(
    qtbot: QtBot, page: ProgrammePage, action: int, group: int | None = None
) -> NewSessionDialog:
    select_id(page.action_view, action)
    if group is not None:
        select_id(page.group_view, group)
    assert page.new_session_button.isEnabled()
    qtbot.mouseClick(page.new_session_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert isinstance(editor, NewSessionDialog)
    qtbot.waitUntil(lambda: editor.isActiveWindow() and QApplication.focusWidget() is not None)
    return editor


def _when(
    editor: NewSessionDialog, day: dt.date, start: tuple[int, int], end: tuple[int, int]
) -> None:
    editor.date.setDate(QDate(day.year, day.month, day.day))
    editor.start_time.setTime(QTime(*start))
    editor.end_time.setTime(QTime(*end))


def _tick(editor: NewSessionDialog, ids: set[int]) -> None:
    for row in range(editor.facilitators.count()):
        item = editor.facilitators.item(row)
        wanted = int(item.data(Qt.ItemDataRole.UserRole)) in ids
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


def _press_enter(qtbot: QtBot, field: QWidget) -> None:
    """Enter in a field: the editor's Save."""
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _saved(qtbot: QtBot, page: ProgrammePage) -> None:
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy, timeout=10_000)


def _sessions(
    vault: vaults.Vault, *, group_id: int | None = None, action_id: int | None = None
) -> tuple[SessionInfo, ...]:
    with vault.session() as s:
        return records.list_sessions(s, group_id=group_id, action_id=action_id)


def _question(qtbot: QtBot, owner: object, name: str, attribute: str = "question") -> QMessageBox:
    qtbot.waitUntil(lambda: getattr(owner, attribute, None) is not None, timeout=10_000)
    box = getattr(owner, attribute)
    assert isinstance(box, QMessageBox)
    qtbot.waitExposed(box)
    assert box.objectName() == name
    return box


def _click(box: QMessageBox, name: str) -> None:
    button = box.findChild(QAbstractButton, name)
    assert button is not None
    button.click()


# ---------------------------------------------------------------- the programme page


def test_a_training_session_with_two_facilitators_and_a_room(
    qtbot: QtBot, english: QApplication, programme: Programme, window: MainWindow
) -> None:
    directory = programme.directory
    page = _programme_page(qtbot, window)
    editor = _open_editor(qtbot, page, directory.training)
    assert editor.action.currentData() == directory.training
    assert not editor.group.isVisible(), "a training has no group"
    assert QApplication.focusWidget() is editor.action, "opens on its first field"
    _when(editor, dt.date(2026, 5, 12), (14, 0), (16, 30))
    awa, chloe = directory.facilitators[0], directory.facilitators[2]
    _tick(editor, {awa, chloe})
    editor.room.setCurrentIndex(editor.room.findData(directory.room))
    _press_enter(qtbot, editor.end_time)  # Enter in a field saves
    _saved(qtbot, page)

    (added,) = _sessions(programme.vault, action_id=directory.training)
    assert added.start == dt.datetime(2026, 5, 12, 14, 0, tzinfo=PARIS)
    assert added.end == dt.datetime(2026, 5, 12, 16, 30, tzinfo=PARIS)
    assert set(added.facilitator_ids) == {awa, chloe}
    assert added.room_id == directory.room
    assert added.group_id is None
    assert "12" in page.message.text()
    assert "14:00" in page.message.text()


def test_an_extra_group_session_takes_the_groups_settings_and_stays_outside_the_series(
    qtbot: QtBot, english: QApplication, programme: Programme, window: MainWindow
) -> None:
    directory, spec = programme.directory, programme.group_spec
    page = _programme_page(qtbot, window)
    editor = _open_editor(qtbot, page, directory.action, programme.group)
    assert editor.group.isVisible()
    assert editor.group.currentData() == programme.group
    assert set(editor.facilitator_ids()) == set(spec.facilitator_ids)
    assert editor.room.currentData() == spec.room_id
    assert editor.start_time.time() == QTime(18, 0)
    assert editor.end_time.time() == QTime(19, 30)
    thursday = FIRST + dt.timedelta(days=3)
    editor.date.setDate(QDate(thursday.year, thursday.month, thursday.day))
    _press_enter(qtbot, editor.date)
    _saved(qtbot, page)

    before = {x.id for x in _sessions(programme.vault, group_id=programme.group)}
    extra = next(
        x
        for x in _sessions(programme.vault, group_id=programme.group)
        if x.start.astimezone(PARIS).date() == thursday
    )
    assert extra.original_start is None, "outside the series"
    assert extra.start == dt.datetime.combine(thursday, dt.time(18, 0), tzinfo=PARIS)
    assert set(extra.facilitator_ids) == set(spec.facilitator_ids)
    assert extra.room_id == directory.room

    # A series edit (other facilitators, another hour, no room) leaves the extra alone.
    other = dataclasses.replace(
        spec,
        facilitator_ids=directory.facilitators[2:],
        recurrence=dataclasses.replace(spec.recurrence, start_time=dt.time(17, 0)),
        room_id=None,
    )
    with programme.vault.session() as s:
        series.update_group(
            s, programme.group, other, effective_from=dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        )
        after = {x.id: x for x in records.list_sessions(s, group_id=programme.group)}
    assert extra.id in before
    assert extra.id in after
    kept = after[extra.id]
    assert (kept.start, kept.end) == (extra.start, extra.end)
    assert set(kept.facilitator_ids) == set(spec.facilitator_ids)
    assert kept.room_id == directory.room
    in_series = [x for x in after.values() if x.id != extra.id]
    assert in_series
    assert all(x.start.astimezone(PARIS).hour == 17 for x in in_series)


def test_the_editor_speaks_french(
    qtbot: QtBot, french: QApplication, programme: Programme, window: MainWindow
) -> None:
    page = _programme_page(qtbot, window)
    editor = _open_editor(qtbot, page, programme.directory.action, programme.group)
    names = {"Groupe de parole", "Groupe du mardi", "Formation", "Salle Jaurès", "Bureau 2"}
    names |= {"Awa", "Bruno", "Chloé", "Driss"}
    names |= {kind_label(kind) for kind in ActionKind}  # the coded labels' own catalogue
    assert editor.windowTitle() == "Nouvelle séance"
    assert _untranslated(editor, names) == []
    editor.done(0)


def test_a_talk_group_session_needs_its_group(
    qtbot: QtBot, english: QApplication, programme: Programme, window: MainWindow
) -> None:
    directory = programme.directory
    page = _programme_page(qtbot, window)
    count = len(_sessions(programme.vault))
    editor = _open_editor(qtbot, page, directory.action)  # no group selected on the page
    assert editor.group.isVisible()
    assert editor.group.currentIndex() == -1
    _press_enter(qtbot, editor.date)
    error = editor.error_label("group_id")
    assert error.isVisible()
    assert error.text() == "Choose the talk group of this session."
    assert QApplication.focusWidget() is editor.group
    assert page.editor is editor
    assert editor.isVisible()
    assert not page.runner.busy
    assert len(_sessions(programme.vault)) == count, "nothing saved"
    editor.group.setCurrentIndex(editor.group.findData(programme.group))
    assert not error.isVisible(), "the sentence goes once the group is chosen"
    assert set(editor.facilitator_ids()) == set(programme.group_spec.facilitator_ids)
    editor.done(0)


def test_an_end_before_the_start_is_said_next_to_the_end(
    qtbot: QtBot, french: QApplication, programme: Programme, window: MainWindow
) -> None:
    page = _programme_page(qtbot, window)
    editor = _open_editor(qtbot, page, programme.directory.training)
    _when(editor, dt.date(2026, 5, 12), (14, 0), (13, 0))
    _press_enter(qtbot, editor.date)
    error = editor.error_label("end")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "La fin précède le début."
    assert QApplication.focusWidget() is editor.end_time
    assert _sessions(programme.vault, action_id=programme.directory.training) == ()
    editor.end_time.setTime(QTime(15, 0))
    assert not error.isVisible(), "the sentence goes once the end is changed"
    _press_enter(qtbot, editor.end_time)
    _saved(qtbot, page)
    assert len(_sessions(programme.vault, action_id=programme.directory.training)) == 1


@pytest.mark.parametrize("answer", ["goBack", "saveAnyway"])
def test_a_session_outside_the_actions_year_asks_first(
    qtbot: QtBot, french: QApplication, programme: Programme, window: MainWindow, answer: str
) -> None:
    directory = programme.directory
    page = _programme_page(qtbot, window)
    editor = _open_editor(qtbot, page, directory.training)
    _when(editor, dt.date(2027, 1, 14), (9, 0), (12, 0))
    _press_enter(qtbot, editor.date)
    box = _question(qtbot, editor, "outsideYearQuestion")
    assert "2026" in box.text()
    assert "2027" in box.text()
    assert _sessions(programme.vault, action_id=directory.training) == (), "asked before"
    _click(box, answer)
    if answer == "goBack":
        qtbot.waitUntil(lambda: editor.question is None and editor.save_button.isEnabled())
        assert page.editor is editor
        assert editor.isVisible()
        assert _sessions(programme.vault, action_id=directory.training) == ()
        editor.done(0)
    else:
        _saved(qtbot, page)
        (added,) = _sessions(programme.vault, action_id=directory.training)
        assert added.start == dt.datetime(2027, 1, 14, 9, 0, tzinfo=PARIS)


def test_a_session_booking_a_facilitator_twice_asks_first(
    qtbot: QtBot, french: QApplication, programme: Programme, window: MainWindow
) -> None:
    directory = programme.directory
    page = _programme_page(qtbot, window)
    editor = _open_editor(qtbot, page, directory.training)
    tuesday = FIRST + dt.timedelta(days=1)  # the group's first session, 18:00 to 19:30
    _when(editor, tuesday, (19, 0), (20, 0))
    _tick(editor, {directory.facilitators[0]})  # Awa leads the group too
    _press_enter(qtbot, editor.date)
    box = _question(qtbot, editor, "overlapQuestion")
    assert "Groupe du mardi" in box.text()
    assert "Awa" in box.text()
    assert _sessions(programme.vault, action_id=directory.training) == (), "asked before"
    _click(box, "saveAnyway")
    _saved(qtbot, page)
    (added,) = _sessions(programme.vault, action_id=directory.training)
    assert added.start == dt.datetime.combine(tuesday, dt.time(19, 0), tzinfo=PARIS)


def test_escape_with_changes_asks_before_closing(
    qtbot: QtBot, english: QApplication, programme: Programme, window: MainWindow
) -> None:
    page = _programme_page(qtbot, window)
    editor = _open_editor(qtbot, page, programme.directory.training)
    qtbot.keyClick(editor.date, Qt.Key.Key_Escape)  # nothing changed: closes at once
    qtbot.waitUntil(lambda: page.editor is None)

    editor = _open_editor(qtbot, page, programme.directory.training)
    editor.date.setDate(editor.date.date().addDays(3))
    qtbot.keyClick(editor.date, Qt.Key.Key_Escape)
    box = _question(qtbot, editor, "discardQuestion", "discard_box")
    _click(box, "keepEditing")
    qtbot.waitUntil(lambda: editor.discard_box is None)
    assert editor.isVisible()
    assert page.editor is editor
    editor.start_time.setFocus()
    qtbot.keyClick(editor.start_time, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.undo_stack.isClean(), "undo takes the change back"
    editor.date.setDate(editor.date.date().addDays(1))
    qtbot.keyClick(editor.date, Qt.Key.Key_Escape)
    _click(_question(qtbot, editor, "discardQuestion", "discard_box"), "discardChanges")
    qtbot.waitUntil(lambda: page.editor is None)
    assert _sessions(programme.vault, action_id=programme.directory.training) == ()


def test_choosing_a_group_is_one_undo_step(
    qtbot: QtBot, english: QApplication, programme: Programme, window: MainWindow
) -> None:
    page = _programme_page(qtbot, window)
    editor = _open_editor(qtbot, page, programme.directory.action)
    _tick(editor, set())
    editor.group.setCurrentIndex(editor.group.findData(programme.group))
    assert set(editor.facilitator_ids()) == set(programme.group_spec.facilitator_ids)
    editor.undo_stack.undo()
    assert editor.group.currentIndex() == -1
    assert editor.facilitator_ids() == (), "the group's facilitators went with it"
    editor.undo_stack.redo()
    assert editor.group.currentData() == programme.group
    assert set(editor.facilitator_ids()) == set(programme.group_spec.facilitator_ids)
    editor.done(0)


# ---------------------------------------------------------------- the session dialog


def _session_dialog(qtbot: QtBot, window: MainWindow, session_id: int) -> SessionDialog:
    dialog = window.open_session(session_id)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.data is not None)
    return dialog


def test_deleting_an_extra_session(
    qtbot: QtBot, english: QApplication, programme: Programme, window: MainWindow
) -> None:
    thursday = dt.datetime.combine(FIRST + dt.timedelta(days=3), dt.time(18, 0), tzinfo=PARIS)
    with programme.vault.session() as s:
        extra = scheduling.add_extra_session(
            s, programme.group, thursday, thursday + dt.timedelta(hours=1)
        ).id
    dialog = _session_dialog(qtbot, window, extra)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    box = _question(qtbot, dialog, "deleteSessionQuestion")
    assert {x.id for x in _sessions(programme.vault)} >= {extra}, "asked before"
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        _click(box, "confirmDelete")
    assert extra not in {x.id for x in _sessions(programme.vault)}
    assert len(_sessions(programme.vault, group_id=programme.group)) == 4, "the series stays"


def test_a_series_occurrence_is_not_deleted_and_the_reason_is_said(
    qtbot: QtBot, french: QApplication, programme: Programme, window: MainWindow
) -> None:
    first = _sessions(programme.vault, group_id=programme.group)[0]
    dialog = _session_dialog(qtbot, window, first.id)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.message.text()) and not dialog.runner.busy)
    assert dialog.message.text() == (
        "Une séance d'une série ne peut pas être supprimée : annulez-la plutôt."
    )
    assert dialog.question is None, "nothing to confirm"
    assert dialog.isVisible()
    assert first.id in {x.id for x in _sessions(programme.vault)}
    dialog.done(0)


def test_a_held_session_offers_no_deletion(
    qtbot: QtBot, english: QApplication, programme: Programme, window: MainWindow
) -> None:
    first = _sessions(programme.vault, group_id=programme.group)[0]
    with programme.vault.session() as s:
        scheduling.mark_held(s, first.id, now=first.end + dt.timedelta(hours=1))
    dialog = _session_dialog(qtbot, window, first.id)
    assert not dialog.delete_button.isEnabled()
    assert "held" in dialog.delete_button.toolTip()
    assert dialog.duplicate_button.isEnabled()
    dialog.done(0)


def test_deleting_with_unsaved_changes_says_they_go_too(
    qtbot: QtBot, english: QApplication, programme: Programme, window: MainWindow
) -> None:
    start = dt.datetime(2026, 6, 2, 10, 0, tzinfo=PARIS)
    with programme.vault.session() as s:
        sid = scheduling.add_action_session(
            s, programme.directory.training, start, start + dt.timedelta(hours=2)
        ).id
    dialog = _session_dialog(qtbot, window, sid)
    dialog.notes.setPlainText("Salle à confirmer")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    box = _question(qtbot, dialog, "deleteSessionQuestion")
    assert "changes made in this window are lost" in box.text()
    _click(box, "keepSession")
    qtbot.waitUntil(lambda: dialog.question is None)
    assert dialog.notes.toPlainText() == "Salle à confirmer"
    assert sid in {x.id for x in _sessions(programme.vault)}
    dialog.done(0)


def test_duplicating_opens_the_copy_a_week_later_and_saves_it(
    qtbot: QtBot, english: QApplication, programme: Programme, window: MainWindow
) -> None:
    directory = programme.directory
    # 24 March 2026 is in winter time, 31 March in summer time: 18:00 stays 18:00.
    start = dt.datetime(2026, 3, 24, 18, 0, tzinfo=PARIS)
    people = (directory.facilitators[1], directory.facilitators[3])
    with programme.vault.session() as s:
        original = scheduling.add_action_session(
            s,
            directory.training,
            start,
            start + dt.timedelta(minutes=150),
            facilitator_ids=people,
            room_id=directory.small_room,
        ).id
    dialog = _session_dialog(qtbot, window, original)
    dialog.notes.setPlainText("pas encore enregistré")
    qtbot.mouseClick(dialog.duplicate_button, Qt.MouseButton.LeftButton)
    box = _question(qtbot, dialog, "duplicateQuestion")  # unsaved changes: asked first
    _click(box, "duplicateSaved")
    qtbot.waitUntil(lambda: dialog.new_session_dialog is not None)
    copy = dialog.new_session_dialog
    assert copy is not None
    qtbot.waitExposed(copy)
    assert copy.action.currentData() == directory.training
    assert copy.date.date() == QDate(2026, 3, 31)
    assert copy.start_time.time() == QTime(18, 0)
    assert copy.end_time.time() == QTime(20, 30)
    assert set(copy.facilitator_ids()) == set(people)
    assert copy.room.currentData() == directory.small_room
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        _press_enter(qtbot, copy.date)
    found = _sessions(programme.vault, action_id=directory.training)
    assert len(found) == 2
    second = next(x for x in found if x.id != original)
    assert second.start == dt.datetime(2026, 3, 31, 18, 0, tzinfo=PARIS)
    assert second.end == dt.datetime(2026, 3, 31, 20, 30, tzinfo=PARIS)
    assert set(second.facilitator_ids) == set(people)
    assert second.room_id == directory.small_room


def test_duplicating_with_changes_can_be_declined(
    qtbot: QtBot, english: QApplication, programme: Programme, window: MainWindow
) -> None:
    first = _sessions(programme.vault, group_id=programme.group)[0]
    dialog = _session_dialog(qtbot, window, first.id)
    dialog.notes.setPlainText("à garder")
    qtbot.mouseClick(dialog.duplicate_button, Qt.MouseButton.LeftButton)
    _click(_question(qtbot, dialog, "duplicateQuestion"), "keepEditing")
    qtbot.waitUntil(lambda: dialog.question is None)
    assert dialog.new_session_dialog is None
    assert dialog.notes.toPlainText() == "à garder"
    dialog.done(0)


def test_locking_closes_the_copy_being_made(
    qtbot: QtBot, english: QApplication, programme: Programme, window: MainWindow
) -> None:
    first = _sessions(programme.vault, group_id=programme.group)[0]
    dialog = _session_dialog(qtbot, window, first.id)
    qtbot.mouseClick(dialog.duplicate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.new_session_dialog is not None)
    copy = dialog.new_session_dialog
    assert copy is not None
    qtbot.waitExposed(copy)
    copy.date.setDate(copy.date.date().addDays(1))
    with qtbot.waitSignal(window.locked):
        window.lock()
    assert not dialog.isVisible()
    assert not copy.isVisible()


def test_a_new_session_typed_before_a_lock_comes_back_after_unlock(
    qtbot: QtBot, english: QApplication, programme: Programme, window: MainWindow
) -> None:
    page = _programme_page(qtbot, window)
    editor = _open_editor(qtbot, page, programme.directory.action)
    editor.group.setCurrentIndex(editor.group.findData(programme.group))
    editor.date.setDate(QDate(2026, 6, 11))
    with qtbot.waitSignal(window.locked):
        window.lock()
    assert page.editor is None
    unlock = window.unlock_dialog
    assert unlock is not None
    unlock.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(page.editor, NewSessionDialog), timeout=10_000)
    again = page.editor
    assert isinstance(again, NewSessionDialog)
    assert again is not editor
    assert again.action.currentData() == programme.directory.action
    assert again.group.currentData() == programme.group
    assert again.date.date() == QDate(2026, 6, 11)
    assert set(again.facilitator_ids()) == set(programme.group_spec.facilitator_ids)
    assert not again.undo_stack.isClean(), "put back as changes: Cancel asks"
    again.done(0)


def test_the_agenda_opens_the_editor_on_the_day_shown_and_shows_the_session_saved(
    qtbot: QtBot, english: QApplication, programme: Programme, window: MainWindow
) -> None:
    """From the agenda too: the editor opens on the day shown; the week then shows it."""
    from vpi_groups.ui.pages.agenda import View

    agenda = window.agenda_page
    shown_day = dt.date(2026, 5, 12)
    agenda.go_to(shown_day, View.WEEK)
    qtbot.waitUntil(lambda: not agenda.runner.busy)
    qtbot.mouseClick(agenda.new_session_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: agenda.new_session_dialog is not None)
    editor = agenda.new_session_dialog
    assert editor is not None
    assert agenda.holds_record_data()
    assert editor.date.date() == QDate(2026, 5, 12)
    editor.action.setCurrentIndex(editor.action.findData(programme.directory.training))
    _when(editor, shown_day, (9, 30), (12, 0))
    _press_enter(qtbot, editor.end_time)
    qtbot.waitUntil(lambda: agenda.new_session_dialog is None and not agenda.runner.busy)
    (added,) = _sessions(programme.vault, action_id=programme.directory.training)
    assert added.start == dt.datetime(2026, 5, 12, 9, 30, tzinfo=PARIS)
    qtbot.waitUntil(lambda: any(e.session_id == added.id for e in agenda.entries))


def test_a_working_groups_meeting_books_its_members_by_default(
    qtbot: QtBot, english: QApplication, programme: Programme, window: MainWindow
) -> None:
    from vpi_groups.programme import records as programme_records

    awa, bruno, _chloe, driss = programme.directory.facilitators
    with programme.vault.session() as s:
        group = programme_records.create_action(
            s,
            programme_records.ActionSpec(
                "Commission", ActionKind.WORKING_GROUP, 2026, members=(awa, bruno, driss)
            ),
        ).id
    page = _programme_page(qtbot, window)
    qtbot.waitUntil(lambda: page.action_model.rowCount() >= 3)
    editor = _open_editor(qtbot, page, group)
    assert set(editor.facilitator_ids()) == {awa, bruno, driss}
    # chosen from another action, the same: the members come ticked, in one undo step
    editor.action.setCurrentIndex(editor.action.findData(programme.directory.training))
    _tick(editor, set())
    editor.action.setCurrentIndex(editor.action.findData(group))
    assert set(editor.facilitator_ids()) == {awa, bruno, driss}
    editor.undo_stack.undo()
    assert editor.action.currentData() == programme.directory.training
    assert editor.facilitator_ids() == ()


@pytest.mark.parametrize("answer", ["goBack", "saveAnyway"])
def test_a_working_groups_series_is_planned_at_once_and_asked_about_any_overlap(
    qtbot: QtBot, english: QApplication, programme: Programme, window: MainWindow, answer: str
) -> None:
    from vpi_groups.programme import records as programme_records

    awa, bruno, _chloe, driss = programme.directory.facilitators
    with programme.vault.session() as s:
        group = programme_records.create_action(
            s,
            programme_records.ActionSpec(
                "Commission", ActionKind.WORKING_GROUP, 2026, members=(awa, bruno, driss)
            ),
        ).id
    page = _programme_page(qtbot, window)
    qtbot.waitUntil(lambda: page.action_model.rowCount() >= 3)
    # the repeat fields are a working group's only
    editor = _open_editor(qtbot, page, programme.directory.training)
    assert not editor.repeat_count.isVisibleTo(editor)
    editor.action.setCurrentIndex(editor.action.findData(group))
    assert editor.repeat_count.isVisibleTo(editor)
    assert editor.repeat_count.value() == 1, "once by default"
    assert not editor.repeat_every.isEnabled()
    editor.action.setCurrentIndex(editor.action.findData(programme.directory.action))
    assert not editor.repeat_count.isVisibleTo(editor)
    editor.done(0)

    editor = _open_editor(qtbot, page, group)
    # three meetings, every two weeks, from 17 February: the second falls on the talk
    # group's first session (Tuesday 3 March, 18:00 to 19:30, Awa and Bruno lead it)
    _when(editor, dt.date(2026, 2, 17), (18, 30), (20, 0))
    editor.repeat_count.setValue(3)
    assert editor.repeat_every.isEnabled()
    editor.repeat_every.setValue(2)
    assert editor.wanted_session().count == 3
    _press_enter(qtbot, editor.date)
    box = _question(qtbot, editor, "overlapQuestion")
    assert "Groupe du mardi" in box.text()
    assert "Awa" in box.text()
    assert _sessions(programme.vault, action_id=group) == (), "asked before"
    _click(box, answer)
    if answer == "goBack":
        qtbot.waitUntil(lambda: editor.question is None and editor.save_button.isEnabled())
        assert editor.isVisible()
        assert _sessions(programme.vault, action_id=group) == ()
        editor.done(0)
        return
    _saved(qtbot, page)
    planned = _sessions(programme.vault, action_id=group)
    assert [x.start for x in planned] == [
        dt.datetime(2026, 2, 17, 18, 30, tzinfo=PARIS),
        dt.datetime(2026, 3, 3, 18, 30, tzinfo=PARIS),
        dt.datetime(2026, 3, 17, 18, 30, tzinfo=PARIS),
    ]
    assert all(x.end - x.start == dt.timedelta(minutes=90) for x in planned)
    assert all(set(x.facilitator_ids) == {awa, bruno, driss} for x in planned)
    assert all(x.group_id is None and x.original_start is None for x in planned)
