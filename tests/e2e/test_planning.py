"""End to end, through the window: plan a group, see it, change it, take the register, lock.

A partner and two facilitators in the directory; an action and a weekly group that
skips public holidays; its sessions in the agenda; one moved and one cancelled; the
register of seven people taken with the keyboard only; then Ctrl+L, the passphrase,
and everything is still there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from vpi_groups.attendance import registers as attendance
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import records
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import AttendanceStatus, SessionStatus
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.pages.agenda import View
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.session_dialog import SessionDialog
from vpi_groups.ui.widgets import select_id

PARIS = ZoneInfo("Europe/Paris")


def _editor(page: Any) -> Any:
    assert page.editor is not None
    return page.editor


def _type(qtbot: QtBot, widget: Any, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def _save(qtbot: QtBot, page: Any) -> None:
    qtbot.keyClick(_editor(page), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy)


def _rows_are(dialog: SessionDialog, count: int) -> Callable[[], bool]:
    return lambda: dialog.register_model.rowCount() == count


def _open_from_agenda(qtbot: QtBot, window: MainWindow, day: dt.date) -> SessionDialog:
    agenda = window.agenda_page
    row = next(
        i
        for i, entry in enumerate(agenda.list_model.rows())
        if entry.keys[0].astimezone(PARIS).date() == day
    )
    agenda.list_view.doubleClicked.emit(agenda.list_model.index(row, 0))
    dialog = window.session_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.data is not None)
    return dialog


def test_plan_change_register_lock_unlock(
    qtbot: QtBot, french: QApplication, preferences: Preferences, vault_folder: tuple[Path, str]
) -> None:
    folder = vault_folder[0]
    window = MainWindow(vault=vaults.unlock(folder, passphrase=PASSPHRASE), preferences=preferences)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()

    # Directory: a partner and two facilitators.
    window.sidebar.setCurrentRow(window.pages.index(window.directory_page))
    directory = window.directory_page
    qtbot.waitUntil(lambda: directory.new_organisation_button.isEnabled())
    qtbot.mouseClick(directory.new_organisation_button, Qt.MouseButton.LeftButton)
    editor = _editor(directory)
    _type(qtbot, editor.name, "CIDFF du Val")
    editor.sector.setCurrentIndex(editor.sector.findData("association"))
    _save(qtbot, directory)
    for name in ("Claire Martin", "Karim Benali"):
        qtbot.mouseClick(directory.new_facilitator_button, Qt.MouseButton.LeftButton)
        editor = _editor(directory)
        _type(qtbot, editor.name, name)
        editor.organisation.setCurrentIndex(1)
        editor.sector.setCurrentIndex(editor.sector.findData("social"))
        _save(qtbot, directory)
    assert directory.facilitators.rowCount() == 2

    # Groups and actions: a talk-group action and a weekly group skipping holidays.
    window.sidebar.setCurrentRow(1)
    page = window.programme_page
    qtbot.waitUntil(lambda: page.snapshot is not None and page.new_action_button.isEnabled())
    qtbot.mouseClick(page.new_action_button, Qt.MouseButton.LeftButton)
    editor = _editor(page)
    _type(qtbot, editor.title, "Groupes de parole")
    editor.kind.setCurrentIndex(editor.kind.findData("talk_group"))
    editor.year.setValue(2026)
    _save(qtbot, page)
    select_id(page.action_view, page.action_model.row_id(0))
    qtbot.mouseClick(page.new_group_button, Qt.MouseButton.LeftButton)
    group = _editor(page)
    _type(qtbot, group.name, "Groupe du jeudi")
    for index in range(group.facilitators.count()):
        group.facilitators.item(index).setCheckState(Qt.CheckState.Checked)
    group.frequency.setCurrentIndex(group.frequency.findData("weekly"))
    group.weekday.setCurrentIndex(3)  # Thursday
    group.start_date.setDate(QDate(2026, 5, 4))
    group.for_count.setChecked(True)
    group.count.setValue(4)
    group.holidays.setCurrentIndex(group.holidays.findData("metropole"))
    _save(qtbot, page)
    assert page.group_model.rowCount() == 1

    # The agenda shows the four sessions; Ascension (Thursday 14 May) is skipped.
    window.sidebar.setCurrentRow(0)
    agenda = window.agenda_page
    agenda.go_to(dt.date(2026, 5, 1), View.LIST)
    qtbot.waitUntil(lambda: agenda.list_model.rowCount() == 3)  # May: 7, 21, 28
    days = [r.keys[0].astimezone(PARIS).date() for r in agenda.list_model.rows()]
    assert days == [dt.date(2026, 5, 7), dt.date(2026, 5, 21), dt.date(2026, 5, 28)]
    assert {r.cells[2] for r in agenda.list_model.rows()} == {"Groupe du jeudi"}

    # Move the 7 May session one hour later; cancel the 21 May one.
    dialog = _open_from_agenda(qtbot, window, dt.date(2026, 5, 7))
    dialog.start.setDateTime(dialog.start.dateTime().addSecs(3600))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    qtbot.waitUntil(lambda: agenda.list_model.rowCount() == 3 and not agenda.runner.busy)
    dialog = _open_from_agenda(qtbot, window, dt.date(2026, 5, 21))
    dialog.status.setCurrentIndex(dialog.status.findData(SessionStatus.CANCELLED))
    _type(qtbot, dialog.reason, "Salle indisponible")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    qtbot.waitUntil(lambda: any(r.struck for r in agenda.list_model.rows()))

    # 28 May: seven newcomers, then the register with the keyboard only.
    dialog = _open_from_agenda(qtbot, window, dt.date(2026, 5, 28))
    for count in range(1, 8):
        dialog.add_participant(ParticipantAttributes())
        qtbot.waitUntil(_rows_are(dialog, count))
    dialog.tabs.setCurrentIndex(1)
    view = dialog.register_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    view.setCurrentIndex(dialog.register_model.index(0, 1))
    for key in "PPEAPPA":
        qtbot.keyClick(view, key)
    # nothing is written before Save: the codes are given then, and shown once
    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible())
    codes = [line[1] for line in dialog.register_model.lines]
    question = dialog.question
    assert question is not None
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        seen = question.findChild(QAbstractButton, "codesSeen")
        assert seen is not None
        seen.click()

    # Lock with Ctrl+L; unlock; everything is there.
    with qtbot.waitActive(window):
        window.activateWindow()
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(window.sidebar, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.holds_record_data()
    unlock = window.unlock_dialog
    assert unlock is not None
    unlock.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    vault = window.vault
    assert vault is not None
    with vault.session() as s:
        (stored,) = records.list_groups(s)
        sessions = records.list_sessions(s, group_id=stored.id)
        people = [f.spec.name for f in programme.list_facilitators(s)]
        partners = [o.spec.name for o in programme.list_organisations(s)]
    assert [x.start.astimezone(PARIS).date() for x in sessions] == [
        dt.date(2026, 5, 7),
        dt.date(2026, 5, 21),
        dt.date(2026, 5, 28),
        dt.date(2026, 6, 4),
    ]
    by_day = {x.start.astimezone(PARIS).date(): x for x in sessions}
    assert by_day[dt.date(2026, 5, 7)].start.astimezone(PARIS).hour == 19
    assert by_day[dt.date(2026, 5, 7)].moved
    assert by_day[dt.date(2026, 5, 21)].status == SessionStatus.CANCELLED
    assert by_day[dt.date(2026, 5, 21)].cancel_reason == "Salle indisponible"
    assert people == ["Claire Martin", "Karim Benali"]
    assert partners == ["CIDFF du Val"]
    with vault.session() as s:
        register = attendance.register(s, by_day[dt.date(2026, 5, 28)].id)
    words = {
        "P": AttendanceStatus.PRESENT,
        "E": AttendanceStatus.EXCUSED,
        "A": AttendanceStatus.ABSENT,
    }
    assert {line.code: line.status for line in register.lines} == {
        code: words[mark] for code, mark in zip(codes, "PPEAPPA", strict=True)
    }
    window.agenda_page.go_to(dt.date(2026, 5, 1), View.LIST)
    qtbot.waitUntil(lambda: window.agenda_page.list_model.rowCount() == 3)
    window.close()
