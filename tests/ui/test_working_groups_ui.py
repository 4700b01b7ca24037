"""Working groups through the window: members, a meeting, its minutes, decisions and tasks.

A working group of 7 members (a lead, an axis) is created in the programme page's
action editor and reopened; 9 members bring the warning. A meeting is planned from
the programme page, opened from the window, members present ticked, minutes written
in bold, a decision and a task added and saved, read back. The follow-up tasks dialog
lists the task for its assignee; Space marks it done, Undo puts it back, Delete
removes it after a question. A series of four meetings is planned by one Save; the
first one's minutes, once saved, are written as an e-mail draft to the members.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from vpi_groups import vault_settings
from vpi_groups.programme import records as programme
from vpi_groups.programme.records import FacilitatorSpec, OrganisationSpec
from vpi_groups.scheduling import meetings, records
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import ActionKind, Sector
from vpi_groups.ui import file_dialogs
from vpi_groups.ui.editors.programme import ActionDialog
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.meeting_panels import TasksView
from vpi_groups.ui.models.tasks import TasksModel
from vpi_groups.ui.new_session_dialog import NewSessionDialog
from vpi_groups.ui.pages.programme_page import ProgrammePage
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.session_dialog import SessionDialog
from vpi_groups.ui.task_editor import DecisionDialog, TaskDialog
from vpi_groups.ui.tasks_dialog import TasksDialog
from vpi_groups.ui.widgets import select_id

PARIS = ZoneInfo("Europe/Paris")
NAMES = (
    "Agnès Martin",
    "Bruno Roux",
    "Claire Petit",
    "David Leroy",
    "Émilie Garnier",
    "Farid Benali",
    "Gaëlle Morel",
    "Hugo Lambert",
    "Inès Fabre",
    "Jules Perrin",
)


@dataclasses.dataclass(frozen=True)
class Network:
    vault: vaults.Vault
    people: tuple[int, ...]  # ten facilitators, in the order of NAMES


@pytest.fixture
def network(tmp_path: Path) -> Iterator[Network]:
    vault, _ = vaults.create(tmp_path / "vault", PASSPHRASE)
    with vault.session() as s:
        cidff = programme.create_organisation(s, OrganisationSpec("CIDFF", Sector.ASSOCIATION)).id
        people = tuple(
            programme.create_facilitator(
                s, FacilitatorSpec(name, Sector.SOCIAL, organisation_id=cidff)
            ).id
            for name in NAMES
        )
    yield Network(vault, people)
    if vault.is_open:
        vault.lock()


@pytest.fixture
def window(qtbot: QtBot, preferences: Preferences, network: Network) -> Iterator[MainWindow]:
    shown = MainWindow(vault=network.vault, preferences=preferences)
    qtbot.addWidget(shown)
    with qtbot.waitExposed(shown):
        shown.show()
    yield shown
    shown.close()


def _page(qtbot: QtBot, window: MainWindow) -> ProgrammePage:
    window.sidebar.setCurrentRow(1)
    page = window.programme_page
    qtbot.waitUntil(lambda: page.snapshot is not None)
    return page


def _editor(qtbot: QtBot, page: ProgrammePage) -> ActionDialog:
    editor = page.editor
    assert isinstance(editor, ActionDialog)
    qtbot.waitUntil(editor.members.candidates_loaded)
    return editor


def _saved(qtbot: QtBot, page: ProgrammePage) -> None:
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy, timeout=10_000)


def _create_group(qtbot: QtBot, window: MainWindow, network: Network) -> int:
    """A working group of 7 members through the action editor; its action's id."""
    page = _page(qtbot, window)
    page.new_action()
    editor = _editor(qtbot, page)
    assert not editor.members_box.isVisibleTo(editor)
    editor.title.setText("Commission logement")
    editor.kind.setCurrentIndex(editor.kind.findData(ActionKind.WORKING_GROUP.value))
    assert editor.members_box.isVisibleTo(editor)
    members = editor.members
    assert members.list.count() == 10
    assert members.list.item(0).text() == "Agnès Martin — CIDFF"
    for pid in network.people[:7]:
        members.set_checked(pid, True)
    assert members.count.text().startswith("7 member")
    assert not members.warning.isVisibleTo(editor)
    # the lead is chosen among the members ticked
    assert members.lead.count() == 8  # nobody in particular, then the seven
    members.lead.setCurrentIndex(members.lead.findData(network.people[2]))
    editor.axis.setCurrentIndex(editor.axis.findData(ActionKind.TRAINING.value))
    spec = editor.spec()
    assert spec.members == tuple(sorted(network.people[:7]))
    assert spec.lead_id == network.people[2]
    assert spec.theme_axis is ActionKind.TRAINING
    # unticking the lead leaves the group without one; Undo puts both back
    members.set_checked(network.people[2], False)
    assert members.lead_id() is None
    editor.undo_stack.undo()
    assert members.lead_id() == network.people[2]
    assert network.people[2] in members.members()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    _saved(qtbot, page)
    with network.vault.session() as s:
        (action,) = [
            a for a in programme.list_actions(s) if a.spec.kind is ActionKind.WORKING_GROUP
        ]
    assert action.spec.members == tuple(sorted(network.people[:7]))
    assert action.spec.lead_id == network.people[2]
    assert action.spec.theme_axis is ActionKind.TRAINING
    return action.id


def test_a_working_group_is_made_with_members_a_lead_and_an_axis(
    qtbot: QtBot, english: QApplication, window: MainWindow, network: Network
) -> None:
    action_id = _create_group(qtbot, window, network)
    page = window.programme_page
    qtbot.waitUntil(lambda: page.snapshot is not None and not page.runner.busy)
    select_id(page.action_view, action_id)
    page.edit_action()
    editor = _editor(qtbot, page)
    members = editor.members
    assert members.members() == tuple(sorted(network.people[:7]))
    assert members.lead.currentData() == network.people[2]
    assert editor.axis.currentData() == ActionKind.TRAINING.value
    assert editor.members_box.isVisibleTo(editor)
    # nine members: said, not refused
    for pid in network.people[7:9]:
        members.set_checked(pid, True)
    assert members.count.text().startswith("9 member")
    assert members.warning.isVisibleTo(editor)
    assert "6 to 8 members" in members.warning.text()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    _saved(qtbot, page)
    with network.vault.session() as s:
        assert len(programme.get_action(s, action_id).spec.members) == 9


def test_the_action_editor_of_a_working_group_fits_a_laptop(
    qtbot: QtBot, english: QApplication, window: MainWindow
) -> None:
    page = _page(qtbot, window)
    page.new_action()
    editor = _editor(qtbot, page)
    editor.kind.setCurrentIndex(editor.kind.findData(ActionKind.WORKING_GROUP.value))
    qtbot.waitExposed(editor)
    frame = editor.frameGeometry()
    assert frame.width() <= 1280, frame
    assert frame.height() <= 720, frame
    editor.done(0)


def _plan_meeting(qtbot: QtBot, window: MainWindow, action_id: int) -> int:
    page = _page(qtbot, window)
    qtbot.waitUntil(lambda: not page.runner.busy)
    select_id(page.action_view, action_id)
    page.new_session()
    editor = page.editor
    assert isinstance(editor, NewSessionDialog)
    assert editor.action.currentData() == action_id
    editor.date.setDate(QDate(2026, 5, 12))
    editor.start_time.setTime(QTime(14, 0))
    editor.end_time.setTime(QTime(16, 0))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    _saved(qtbot, page)
    with window.vault.session() as s:  # type: ignore[union-attr]
        (meeting,) = records.list_sessions(s, action_id=action_id)
    return meeting.id


def _open(qtbot: QtBot, window: MainWindow, session_id: int) -> SessionDialog:
    dialog = window.open_session(session_id)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.data is not None)
    return dialog


def _dialog_of(qtbot: QtBot, owner: object) -> DecisionDialog | TaskDialog:
    qtbot.waitUntil(lambda: getattr(owner, "dialog", None) is not None)
    shown = owner.dialog  # type: ignore[attr-defined]
    assert shown is not None
    return shown  # type: ignore[no-any-return]


def test_a_meeting_records_who_came_minutes_decisions_and_tasks(
    qtbot: QtBot, english: QApplication, window: MainWindow, network: Network
) -> None:
    action_id = _create_group(qtbot, window, network)
    meeting = _plan_meeting(qtbot, window, action_id)
    dialog = _open(qtbot, window, meeting)
    tabs = dialog.tabs
    assert not tabs.isTabVisible(dialog.register_tab)
    assert not tabs.isTabVisible(dialog.professionals_tab)
    for tab in (dialog.present_tab, dialog.minutes_tab, dialog.follow_up_tab):
        assert tabs.isTabVisible(tab)
    # members present
    present = dialog.meeting.present
    assert present.list.count() == 7
    tabs.setCurrentIndex(dialog.present_tab)
    for row in (0, 1, 3, 4, 6):
        present.list.item(row).setCheckState(Qt.CheckState.Checked)
    assert present.count.text().startswith("5")
    assert dialog.cancel_button.text() == "Cancel"  # changes to lose
    # minutes: bold with Ctrl+B, then plain text
    tabs.setCurrentIndex(dialog.minutes_tab)
    minutes = dialog.meeting.minutes
    minutes.editor.setFocus()
    qtbot.waitUntil(lambda: minutes.editor.hasFocus())
    qtbot.keyClick(minutes.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert minutes.bold.isChecked()
    qtbot.keyClicks(minutes.editor, "Ordre du jour")
    qtbot.keyClick(minutes.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(minutes.editor, " : le relogement en urgence.")
    # a decision and a task
    tabs.setCurrentIndex(dialog.follow_up_tab)
    follow = dialog.meeting.follow_up
    QAbstractItemModelTester(follow.model)
    qtbot.mouseClick(follow.add_decision_button, Qt.MouseButton.LeftButton)
    decision = _dialog_of(qtbot, follow)
    assert isinstance(decision, DecisionDialog)
    decision.accept()  # empty: refused, said
    assert decision.error.isVisibleTo(decision)
    decision.text.setPlainText("Rédiger une fiche réflexe logement.")
    decision.accept()
    qtbot.waitUntil(lambda: follow.dialog is None)
    qtbot.mouseClick(follow.add_task_button, Qt.MouseButton.LeftButton)
    task = _dialog_of(qtbot, follow)
    assert isinstance(task, TaskDialog)
    assert task.who.count() == 8  # nobody yet, then the members
    task.what.setText("Contacter le bailleur social")
    task.who.setCurrentIndex(task.who.findData(network.people[1]))
    task.has_due.setChecked(True)
    task.due.setDate(QDate(2026, 6, 1))
    task.accept()
    qtbot.waitUntil(lambda: follow.dialog is None)
    assert follow.model.rowCount() == 1
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session_dialog is None, timeout=10_000)

    with network.vault.session() as s:
        assert meetings.present_members(s, meeting) == {network.people[i] for i in (0, 1, 3, 4, 6)}
        html = meetings.meeting_minutes(s, meeting)
        (stored_decision,) = meetings.decisions(s, action_id, session_id=meeting)
        (stored_task,) = meetings.tasks(s, action_id=action_id)
    assert "Ordre du jour" in html
    assert "font-weight" in html
    assert stored_decision.text == "Rédiger une fiche réflexe logement."
    assert stored_task.what == "Contacter le bailleur social"
    assert stored_task.assignee_id == network.people[1]
    assert stored_task.due_on == dt.date(2026, 6, 1)
    assert stored_task.session_id == meeting

    # reopened: read back as saved, nothing to save
    again = _open(qtbot, window, meeting)
    assert again.meeting.present.present() == {network.people[i] for i in (0, 1, 3, 4, 6)}
    text = again.meeting.minutes.editor
    assert text.toPlainText() == "Ordre du jour : le relogement en urgence."
    cursor = text.textCursor()
    cursor.setPosition(3)
    assert cursor.charFormat().fontWeight() >= 700
    cursor.movePosition(QTextCursor.MoveOperation.End)
    assert cursor.charFormat().fontWeight() < 700
    assert again.meeting.follow_up.decision_lines() == [
        (stored_decision.id, "Rédiger une fiche réflexe logement.")
    ]
    assert again.meeting.follow_up.model.lines[0].assignee == "Bruno Roux"
    assert again.draft_state() is None
    assert again.cancel_button.text() == "Close"
    # an unsaved change is kept as a draft and put back
    again.meeting.present.set_present(frozenset())
    state = again.draft_state()
    assert state is not None
    assert state["meeting"]["present"] == []
    again.done(0)
    back = SessionDialog(network.vault, meeting, draft=state)
    qtbot.addWidget(back)
    qtbot.waitUntil(lambda: back.data is not None)
    assert back.meeting.present.present() == frozenset()
    assert back.draft_state() is not None
    back.done(0)

    # the follow-up tasks, by person
    window.preferences.sync()
    tasks = window.open_tasks()
    assert isinstance(tasks, TasksDialog)
    qtbot.waitUntil(lambda: tasks.data is not None and not tasks.runner.busy)
    QAbstractItemModelTester(tasks.model)
    assert tasks.person.itemText(0) == "Everyone"
    tasks.person.setCurrentIndex(tasks.person.findData(network.people[0]))
    qtbot.waitUntil(lambda: not tasks.runner.busy)
    assert tasks.model.rowCount() == 0
    assert tasks.stack.currentWidget() is tasks.empty
    tasks.person.setCurrentIndex(tasks.person.findData(network.people[1]))
    qtbot.waitUntil(lambda: not tasks.runner.busy and tasks.model.rowCount() == 1)
    assert tasks.model.data(tasks.model.index(0, TasksModel.GROUP)) == "Commission logement"
    view = tasks.view
    assert isinstance(view, TasksView)
    view.setFocus()
    view.setCurrentIndex(tasks.model.index(0, TasksModel.WHAT))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not tasks.runner.busy)
    with network.vault.session() as s:
        assert meetings.tasks(s, action_id=action_id)[0].done
    assert tasks.model.rowCount() == 0  # done tasks hidden
    assert tasks.undo_button.isEnabled()
    qtbot.mouseClick(tasks.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tasks.runner.busy and tasks.model.rowCount() == 1)
    with network.vault.session() as s:
        assert not meetings.tasks(s, action_id=action_id)[0].done
    # the choice of person is remembered
    again_tasks = TasksDialog(network.vault, window, window.preferences)
    qtbot.addWidget(again_tasks)
    qtbot.waitUntil(lambda: again_tasks.data is not None and not again_tasks.runner.busy)
    assert again_tasks.person_id() == network.people[1]
    again_tasks.done(0)
    # Delete asks, then removes
    view.setCurrentIndex(tasks.model.index(0, TasksModel.WHAT))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: tasks.question is not None)
    box = tasks.question
    assert isinstance(box, QMessageBox)
    button = box.findChild(QAbstractButton, "removeTask")
    assert button is not None
    button.click()
    qtbot.waitUntil(lambda: not tasks.runner.busy and tasks.model.rowCount() == 0)
    with network.vault.session() as s:
        assert meetings.tasks(s, action_id=action_id) == ()
    tasks.done(0)


def test_an_overdue_task_is_red_bold_and_said(qtbot: QtBot, english: QApplication) -> None:
    from vpi_groups.ui.models.tasks import TaskLine

    model = TasksModel()
    QAbstractItemModelTester(model)
    model.set_lines(
        [
            TaskLine(1, "Écrire au juge", None, "", dt.date(2026, 1, 5), None, "Commission"),
            TaskLine(2, "Relancer", None, "", dt.date(2026, 1, 5), dt.date(2026, 1, 2), "C"),
        ],
        dt.date(2026, 2, 1),
    )
    due = model.index(0, TasksModel.DUE)
    assert "overdue" in model.data(due)
    assert model.data(due, Qt.ItemDataRole.FontRole).bold()
    assert model.data(due, Qt.ItemDataRole.ForegroundRole) is not None
    done_due = model.index(1, TasksModel.DUE)
    assert model.data(done_due, Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(1, TasksModel.DONE), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )


def test_a_series_of_meetings_and_its_minutes_sent_to_the_members(
    qtbot: QtBot,
    english: QApplication,
    window: MainWindow,
    network: Network,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    action_id = _create_group(qtbot, window, network)
    # four meetings, every two weeks, planned by one Save
    page = _page(qtbot, window)
    qtbot.waitUntil(lambda: not page.runner.busy)
    select_id(page.action_view, action_id)
    page.new_session()
    editor = page.editor
    assert isinstance(editor, NewSessionDialog)
    assert editor.repeat_count.isVisibleTo(editor)
    editor.date.setDate(QDate(2026, 5, 12))
    editor.start_time.setTime(QTime(14, 0))
    editor.end_time.setTime(QTime(16, 0))
    editor.repeat_count.setValue(4)
    editor.repeat_every.setValue(2)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    _saved(qtbot, page)
    with network.vault.session() as s:
        planned = records.list_sessions(s, action_id=action_id)
    assert [x.start.astimezone(PARIS).date() for x in planned] == [
        dt.date(2026, 5, 12),
        dt.date(2026, 5, 26),
        dt.date(2026, 6, 9),
        dt.date(2026, 6, 23),
    ]
    assert all(set(x.facilitator_ids) == set(network.people[:7]) for x in planned)
    first = planned[0].id

    # the minutes are sent only once saved
    asked: list[str] = []
    opened: list[QUrl] = []

    def save_file_name(
        _parent: object, _caption: str, proposed: str, _filter: str
    ) -> tuple[str, str]:
        asked.append(proposed)
        return str(tmp_path / "compte-rendu"), ""  # the suffix is added

    monkeypatch.setattr(file_dialogs, "save_file_name", save_file_name)

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    dialog = _open(qtbot, window, first)
    dialog.tabs.setCurrentIndex(dialog.minutes_tab)
    minutes = dialog.meeting.minutes
    assert minutes.send_button.isVisible()
    qtbot.mouseClick(minutes.send_button, Qt.MouseButton.LeftButton)
    assert "No minutes saved yet" in minutes.send_message.text()
    minutes.editor.setPlainText("Tour de table : deux dates retenues.")
    qtbot.mouseClick(minutes.send_button, Qt.MouseButton.LeftButton)
    assert "save the session first" in minutes.send_message.text()
    assert asked == [], "not asked where: nothing to send yet"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session_dialog is None, timeout=10_000)

    # saved, but no organiser's address yet: said, nothing written
    dialog = _open(qtbot, window, first)
    minutes = dialog.meeting.minutes
    qtbot.mouseClick(minutes.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.runner.busy and bool(minutes.send_message.text()))
    assert "organiser's address" in minutes.send_message.text()
    assert minutes.written is None
    assert list(tmp_path.glob("compte-rendu*")) == []
    assert minutes.send_button.isEnabled()
    dialog.done(0)

    # two members with an address, and the organiser's
    with network.vault.session() as s:
        vault_settings.save_organiser_email(s, "coordination@vif.example.org")
        for person, address in (
            (network.people[0], "agnes.martin@cidff.example.org"),
            (network.people[1], "bruno.roux@cidff.example.org"),
        ):
            info = programme.get_facilitator(s, person)
            programme.update_facilitator(s, person, dataclasses.replace(info.spec, email=address))
    dialog = _open(qtbot, window, first)
    dialog.tabs.setCurrentIndex(dialog.minutes_tab)
    minutes = dialog.meeting.minutes
    assert not minutes.open_button.isVisible()
    qtbot.mouseClick(minutes.send_button, Qt.MouseButton.LeftButton)
    draft = tmp_path / "compte-rendu.eml"
    qtbot.waitUntil(lambda: minutes.written == draft and not dialog.runner.busy)
    assert asked == [str(Path.home() / "minutes.eml")] * 2
    assert "2 members" in minutes.send_message.text()
    assert draft.name in minutes.send_message.text()
    message = email.message_from_bytes(draft.read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    assert message["X-Unsent"] == "1"
    assert [a.addr_spec for a in message["To"].addresses] == [
        "agnes.martin@cidff.example.org",
        "bruno.roux@cidff.example.org",
    ]
    assert message["Subject"] == "Compte rendu : Commission logement — 12/05/2026"
    plain = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    assert plain is not None
    assert html is not None
    assert plain.get_content().strip() == "Tour de table : deux dates retenues."
    assert "deux dates retenues" in html.get_content()
    # offered to open in the mail client
    assert minutes.open_button.isVisible()
    qtbot.mouseClick(minutes.open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(draft))]
    assert dialog.draft_state() is None, "sending changes nothing of the session"
    dialog.done(0)
