"""Agenda, session dialog with the keyboard register, participants page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.attendance.conftest import GroupWithSessions, make_group
from tests.scheduling.conftest import make_directory
from tests.ui.conftest import PASSPHRASE
from tests.ui.test_translations import _untranslated
from vpi_groups.attendance import registers as attendance
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.scheduling import records
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import AttendanceStatus, SessionStatus
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.models.table import HeadersModel, Row
from vpi_groups.ui.pages.agenda import AgendaPage, View
from vpi_groups.ui.pages.participants import ParticipantsPage
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.session_dialog import NewParticipantDialog, RegisterModel, SessionDialog

START = dt.date(2026, 3, 2)  # a Monday; the group meets on Tuesdays at 18:00


@pytest.fixture
def programme(tmp_path: Path) -> Iterator[tuple[vaults.Vault, GroupWithSessions, list[int]]]:
    vault, _ = vaults.create(tmp_path / "vault", PASSPHRASE)
    directory = make_directory(vault)
    group = make_group(vault, directory, start=START, count=6)
    with vault.session() as s:
        people = [att_id(s) for _ in range(7)]
        for pid in people:
            attendance.enrol(s, pid, group.group_id, START)
    yield vault, group, people
    if vault.is_open:
        vault.lock()


def att_id(s: object) -> int:
    return attendance.create_participant(s, ParticipantAttributes()).id  # type: ignore[arg-type]


def test_rows_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = HeadersModel(lambda: ["A", "B"])
    model.set_rows([Row(("x", "2"), ("x", 2), 1), Row(("y", "1"), ("y", 1), 2, struck=True)])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.sort(1)
    assert [r.row_id for r in model.rows()] == [2, 1]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [r.row_id for r in model.rows()] == [2, 1]


def test_register_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = RegisterModel()
    model.set_lines([(1, "AAAAAA1", None), (2, "BBBBBB2", AttendanceStatus.PRESENT)])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_status(0, AttendanceStatus.ABSENT)
    assert model.statuses() == {1: AttendanceStatus.ABSENT, 2: AttendanceStatus.PRESENT}
    model.undo.undo()
    assert model.statuses() == {2: AttendanceStatus.PRESENT}
    model.undo.redo()
    assert model.statuses()[1] == AttendanceStatus.ABSENT


def test_agenda_shows_the_week_and_the_list(
    qtbot: QtBot, french: QApplication, programme: tuple[vaults.Vault, GroupWithSessions, list[int]]
) -> None:
    vault, group, _people = programme
    page = AgendaPage()
    qtbot.addWidget(page)
    page.show()
    page.day = START
    page.load(vault)
    qtbot.waitUntil(lambda: len(page.entries) == 1)
    entry = page.entries[0]
    assert entry.title == "Groupe du mardi"
    assert entry.start.astimezone(dt.timezone(dt.timedelta(hours=1))).hour == 18
    assert page.period_label.text() == "Semaine du 2 mars au 8 mars 2026"
    page.view_choice.setCurrentIndex(int(View.MONTH))
    qtbot.waitUntil(lambda: len(page.entries) == 5)  # Tuesdays of March 2026 shown in the grid
    page.view_choice.setCurrentIndex(int(View.LIST))
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 5)
    assert page.list_model.row_at(0).cells[2] == "Groupe du mardi"
    with qtbot.waitSignal(page.session_requested) as opened:
        page.list_view.doubleClicked.emit(page.list_model.index(0, 0))
    assert opened.args == [group.session_ids[0]]
    page.clear()
    assert not page.holds_record_data()


def test_week_view_double_click_opens_the_session(
    qtbot: QtBot, french: QApplication, programme: tuple[vaults.Vault, GroupWithSessions, list[int]]
) -> None:
    vault, group, _people = programme
    page = AgendaPage()
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.day = START
    page.load(vault)
    qtbot.waitUntil(lambda: len(page.entries) == 1)
    page.canvas.repaint()
    assert page.canvas.hits
    rect, session_id = page.canvas.hits[0]
    assert session_id == group.session_ids[0]
    with qtbot.waitSignal(page.canvas.session_activated) as hit:
        qtbot.mouseDClick(page.canvas, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert hit.args == [group.session_ids[0]]


def _open(qtbot: QtBot, vault: vaults.Vault, session_id: int) -> SessionDialog:
    dialog = SessionDialog(vault, session_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.data is not None)
    return dialog


def test_register_of_seven_with_the_keyboard_only(
    qtbot: QtBot, french: QApplication, programme: tuple[vaults.Vault, GroupWithSessions, list[int]]
) -> None:
    vault, group, people = programme
    dialog = _open(qtbot, vault, group.session_ids[0])
    dialog.tabs.setCurrentIndex(1)
    view = dialog.register_view
    view.setFocus()
    assert dialog.register_model.rowCount() == 7
    for key in "PPEAPPP":
        qtbot.keyClick(view, key)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the last P
    qtbot.keyClick(
        view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    codes = [line[1] for line in dialog.register_model.lines]
    with vault.session() as s:
        register = attendance.register(s, group.session_ids[0])
    got = {line.code: line.status for line in register.lines}
    expected = dict(zip(codes, "PPEAPPP", strict=True))
    words = {
        "P": AttendanceStatus.PRESENT,
        "E": AttendanceStatus.EXCUSED,
        "A": AttendanceStatus.ABSENT,
    }
    assert got == {code: words[mark] for code, mark in expected.items()}
    assert len(people) == 7


def test_move_and_cancel_from_the_dialog(
    qtbot: QtBot, french: QApplication, programme: tuple[vaults.Vault, GroupWithSessions, list[int]]
) -> None:
    vault, group, _people = programme
    first = _open(qtbot, vault, group.session_ids[1])
    first.start.setDateTime(first.start.dateTime().addSecs(3600))
    with qtbot.waitSignal(first.accepted, timeout=10_000):
        first.save()
    second = _open(qtbot, vault, group.session_ids[2])
    second.status.setCurrentIndex(second.status.findData(SessionStatus.CANCELLED))
    second.reason.setText("Salle indisponible")
    with qtbot.waitSignal(second.accepted, timeout=10_000):
        second.save()
    with vault.session() as s:
        moved = records.get_session(s, group.session_ids[1])
        cancelled = records.get_session(s, group.session_ids[2])
    assert moved.moved
    assert moved.start.astimezone(dt.timezone(dt.timedelta(hours=1))).hour == 19
    assert cancelled.status == SessionStatus.CANCELLED
    assert cancelled.cancel_reason == "Salle indisponible"


def test_cancel_without_reason_is_refused(
    qtbot: QtBot, french: QApplication, programme: tuple[vaults.Vault, GroupWithSessions, list[int]]
) -> None:
    vault, group, _people = programme
    dialog = _open(qtbot, vault, group.session_ids[3])
    dialog.status.setCurrentIndex(dialog.status.findData(SessionStatus.CANCELLED))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.message.text() != "")
    assert dialog.message.text() == "Indiquez pourquoi la séance est annulée."
    assert dialog.isVisible()
    with vault.session() as s:
        assert records.get_session(s, group.session_ids[3]).status == SessionStatus.PLANNED
    dialog.done(0)  # unsaved changes: reject() would ask first


def test_cancelling_a_session_where_people_came_says_what_to_do(
    qtbot: QtBot, french: QApplication, programme: tuple[vaults.Vault, GroupWithSessions, list[int]]
) -> None:
    vault, group, people = programme
    sid = group.session_ids[0]
    with vault.session() as s:
        attendance.record_attendance(s, sid, dict.fromkeys(people, AttendanceStatus.PRESENT))
    dialog = _open(qtbot, vault, sid)
    dialog.notes.setPlainText("Note écrite avant l'annulation")
    dialog.status.setCurrentIndex(dialog.status.findData(SessionStatus.CANCELLED))
    dialog.reason.setText("Salle indisponible")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.message.text() != "")
    assert dialog.message.text().startswith("Des personnes sont notées présentes")
    assert dialog.isVisible()
    assert dialog.isEnabled()
    assert dialog.notes.toPlainText() == "Note écrite avant l'annulation", "nothing typed is lost"
    with vault.session() as s:  # one transaction: neither the note nor the status was saved
        assert records.get_session(s, sid).status == SessionStatus.PLANNED
        assert attendance.get_note(s, sid) == ""
        assert {line.status for line in attendance.register(s, sid).lines} == {
            AttendanceStatus.PRESENT
        }
    dialog.done(0)  # unsaved changes: reject() would ask first


def test_editing_a_participant_keeps_the_memo(qtbot: QtBot, french: QApplication) -> None:
    """The dialog is read after it closed: a hidden window must not drop the memo."""
    current = ParticipantAttributes(memo="Rappeler après les vacances")
    dialog = NewParticipantDialog(None, current)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.memo.setPlainText("  Rappeler en septembre ")
    dialog.accept()  # closed, as after exec()
    assert dialog.attributes().memo == "Rappeler en septembre"
    new = NewParticipantDialog(None)
    qtbot.addWidget(new)
    assert new.attributes().memo is None


def test_participants_page_and_erasure(
    qtbot: QtBot, french: QApplication, programme: tuple[vaults.Vault, GroupWithSessions, list[int]]
) -> None:
    vault, group, people = programme
    with vault.session() as s:
        attendance.record_attendance(s, group.session_ids[0], {people[0]: AttendanceStatus.PRESENT})
    page = ParticipantsPage()
    qtbot.addWidget(page)
    page.show()
    page.load(vault)
    qtbot.waitUntil(lambda: page.model.rowCount() == 7)
    row = page.model.row_of(people[0])
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 1)
    person = page.selected
    assert person is not None
    assert page.history_model.row_at(0).cells[1] == "Groupe du mardi"
    page.erase(person, "WRONG00")
    assert "ne correspond pas" in page.message.text()
    page.erase(person, person.code.lower())
    qtbot.waitUntil(lambda: page.model.rowCount() == 6)
    assert "1 ligne(s)" in page.message.text()
    page.clear()
    assert not page.holds_record_data()


def test_lock_closes_an_open_session_dialog(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    programme: tuple[vaults.Vault, GroupWithSessions, list[int]],
) -> None:
    vault, group, _people = programme
    window = MainWindow(vault=vault, preferences=preferences)
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_session(group.session_ids[0])
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.data is not None)
    window.lock()
    assert window.session_dialog is None
    assert not vault.is_open
    assert not window.holds_record_data()
    window.close()


def test_lock_closes_every_open_dialog(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    programme: tuple[vaults.Vault, GroupWithSessions, list[int]],
) -> None:
    """A participant's editor shows the private memo: locking must not leave it on screen."""
    vault, _group, _people = programme
    window = MainWindow(vault=vault, preferences=preferences)
    qtbot.addWidget(window)
    window.show()
    editor = NewParticipantDialog(window.participants_page, ParticipantAttributes(memo="Privé"))
    editor.open()
    assert editor.isVisible()
    window.lock()
    assert not editor.isVisible()
    assert editor.result() == 0
    assert window.unlock_dialog is not None
    assert window.unlock_dialog.isVisible(), "only the passphrase question stays"
    assert not vault.is_open
    window.close()


def test_session_dialog_and_participants_page_are_in_french(
    qtbot: QtBot, french: QApplication, programme: tuple[vaults.Vault, GroupWithSessions, list[int]]
) -> None:
    vault, group, _people = programme
    dialog = _open(qtbot, vault, group.session_ids[0])
    assert dialog.data is not None
    data = {dialog.heading.text(), *(n for _i, n in dialog.data.facilitators)}
    data |= {n for _i, n in dialog.data.rooms} | {line.code for line in dialog.data.register.lines}
    data.add(dialog.start.text())
    assert "mardi 3 mars 2026" in dialog.heading.text()
    assert _untranslated(dialog, data) == []
    dialog.reject()
    page = ParticipantsPage()
    qtbot.addWidget(page)
    page.load(vault)
    qtbot.waitUntil(lambda: page.model.rowCount() == 7)
    assert _untranslated(page, {"Groupe du mardi"}) == []
