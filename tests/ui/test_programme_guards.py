"""The programme page never surprises: it asks before renewing, warns before saving, undoes.

Renewal asks what it will create and can be undone; a group's save lists sessions
outside the action's year and double bookings first; a group is deleted after a
question (refused once it ran) and duplicated into the editor for the next term.
Run in English, so the texts checked are the source strings.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.scheduling.conftest import Directory, make_directory, weekly
from tests.ui.conftest import PASSPHRASE
from vpi_groups.attendance import registers
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import records, series
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import ReviewStatus
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.editors.programme import GroupDialog
from vpi_groups.ui.pages.programme_page import ProgrammePage
from vpi_groups.ui.widgets import select_id

PARIS = ZoneInfo("Europe/Paris")
YEAR = 2027  # the talk-group action's year: its sessions are all still to come


@pytest.fixture
def programme_vault(vault_folder: tuple[Path, str]) -> Iterator[tuple[Vault, Directory]]:
    vault = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    directory = make_directory(vault)
    with vault.session() as s:
        action = programme.get_action(s, directory.action)
        programme.update_action(s, action.id, dataclasses.replace(action.spec, year=YEAR))
    yield vault, directory
    vault.lock()


@pytest.fixture
def page(
    qtbot: QtBot, english: QApplication, programme_vault: tuple[Vault, Directory]
) -> Iterator[ProgrammePage]:
    vault, _directory = programme_vault
    shown = ProgrammePage()
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    shown.load(vault)
    qtbot.waitUntil(lambda: shown.snapshot is not None)
    yield shown
    shown.clear()
    shown.runner.wait()


def _group(
    vault: Vault, directory: Directory, name: str, facilitators: tuple[int, ...], **rule: object
) -> int:
    with vault.session() as s:
        spec = records.GroupSpec(name, directory.action, facilitators, weekly(**rule))  # type: ignore[arg-type]
        return series.create_group(s, spec).group.id


def _reload_and_select(qtbot: QtBot, page: ProgrammePage, vault: Vault, action_id: int) -> None:
    page.load(vault)
    qtbot.waitUntil(lambda: not page.runner.busy and page.snapshot is not None)
    page.year_filter.setCurrentIndex(page.year_filter.findData(None))
    select_id(page.action_view, action_id)
    assert page._selected_action() is not None


def _question(
    qtbot: QtBot, page: ProgrammePage, name: str, attribute: str = "question"
) -> QMessageBox:
    qtbot.waitUntil(lambda: getattr(page, attribute) is not None)
    box = getattr(page, attribute)
    assert isinstance(box, QMessageBox)
    assert box.objectName() == name
    return box


def _answer(qtbot: QtBot, page: ProgrammePage, box: QMessageBox, choice: str) -> None:
    button = box.findChild(QPushButton, choice)
    assert button is not None
    button.click()
    qtbot.waitUntil(lambda: page.question is None and page.unfitting_box is None)


def _years(vault: Vault) -> dict[int, programme.ActionInfo]:
    with vault.session() as s:
        return {
            a.spec.year: a for a in programme.list_actions(s, kind=programme.ActionKind.TALK_GROUP)
        }


def _groups_of(vault: Vault, action_id: int) -> list[records.GroupInfo]:
    with vault.session() as s:
        return list(records.list_groups(s, action_id=action_id))


# ---------------------------------------------------------------- renewal


def _renew_with_groups(
    qtbot: QtBot, page: ProgrammePage, programme_vault: tuple[Vault, Directory]
) -> None:
    vault, directory = programme_vault
    people = directory.facilitators[:2]
    _group(vault, directory, "Mardi", people, start=dt.date(YEAR, 3, 2), count=10)
    _group(vault, directory, "Jeudi", people, start=dt.date(YEAR, 3, 2), weekday=3, count=5)
    _reload_and_select(qtbot, page, vault, directory.action)


def test_renewal_says_what_it_creates_then_is_undone_with_ctrl_z(
    qtbot: QtBot, page: ProgrammePage, programme_vault: tuple[Vault, Directory]
) -> None:
    vault, directory = programme_vault
    _renew_with_groups(qtbot, page, programme_vault)
    qtbot.mouseClick(page.renew_action_button, Qt.MouseButton.LeftButton)
    box = _question(qtbot, page, "renewQuestion")
    assert box.text().startswith(
        "Create the 2028 action “Groupe de parole” with its 2 group(s) and 15 session(s)?"
    )
    assert set(_years(vault)) == {YEAR}, "nothing is written before the answer"
    _answer(qtbot, page, box, "cancelRenewal")
    qtbot.waitUntil(lambda: not page.runner.busy)
    assert set(_years(vault)) == {YEAR}

    qtbot.mouseClick(page.renew_action_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, page, _question(qtbot, page, "renewQuestion"), "confirmRenewal")
    qtbot.waitUntil(lambda: page.renewal is not None)
    actions = _years(vault)
    renewed = _groups_of(vault, actions[YEAR + 1].id)
    assert [g.spec.name for g in renewed] == ["Jeudi", "Mardi"]
    assert actions[YEAR].spec.review_status is ReviewStatus.RENEWED
    with vault.session() as s:
        created = records.list_sessions(s, action_id=actions[YEAR + 1].id)
    assert len(created) == 15
    assert all(x.start.astimezone(PARIS).year == YEAR + 1 for x in created)
    assert page.undo_renewal_button.isVisible()

    with qtbot.waitActive(page):  # shortcuts work in the active window
        page.activateWindow()
    page.action_view.setFocus()
    qtbot.keyClick(page.action_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.renewal is None and not page.runner.busy)
    actions = _years(vault)
    assert set(actions) == {YEAR}, "the new action and its groups are gone"
    assert actions[YEAR].spec.review_status is ReviewStatus.PROPOSED
    assert [g.spec.name for g in _groups_of(vault, directory.action)] == ["Jeudi", "Mardi"]
    with vault.session() as s:
        assert len(records.list_sessions(s)) == 15, "only this year's sessions are left"
    assert page.message.text() == (
        "Renewal undone: the 2028 action “Groupe de parole” and its groups were deleted."
    )
    assert not page.undo_renewal_button.isVisible()


def test_undoing_a_renewal_is_refused_once_attendance_was_recorded(
    qtbot: QtBot, page: ProgrammePage, programme_vault: tuple[Vault, Directory]
) -> None:
    vault, _directory = programme_vault
    _renew_with_groups(qtbot, page, programme_vault)
    qtbot.mouseClick(page.renew_action_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, page, _question(qtbot, page, "renewQuestion"), "confirmRenewal")
    qtbot.waitUntil(lambda: page.renewal is not None)
    following = _years(vault)[YEAR + 1].id
    with vault.session() as s:
        first = records.list_sessions(s, action_id=following)[0]
        registers.set_headcount(s, first.id, 7)
    qtbot.mouseClick(page.undo_renewal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.renewal is None and not page.runner.busy)
    assert page.message.text().startswith(
        "The renewal cannot be undone: attendance was recorded on sessions of the 2028 action"
    )
    assert set(_years(vault)) == {YEAR, YEAR + 1}, "nothing was deleted"
    assert len(_groups_of(vault, following)) == 2


def test_the_undo_is_gone_once_something_else_changed(
    qtbot: QtBot, page: ProgrammePage, programme_vault: tuple[Vault, Directory]
) -> None:
    vault, directory = programme_vault
    _reload_and_select(qtbot, page, vault, directory.action)
    qtbot.mouseClick(page.renew_action_button, Qt.MouseButton.LeftButton)
    box = _question(qtbot, page, "renewQuestion")
    assert box.text().startswith("Create the 2028 action “Groupe de parole”, to be filled in?")
    _answer(qtbot, page, box, "confirmRenewal")
    qtbot.waitUntil(lambda: page.renewal is not None)
    page.new_action()
    editor = page.editor
    assert editor is not None
    qtbot.keyClicks(editor.title, "Bilan annuel")  # type: ignore[attr-defined]
    kind = editor.kind  # type: ignore[attr-defined]
    kind.setCurrentIndex(kind.findData("training"))  # a new action has no axis until chosen
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy)
    assert page.renewal is None
    assert not page.undo_renewal_button.isVisible()
    qtbot.keyClick(page.action_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not page.runner.busy
    assert YEAR + 1 in _years(vault)


# ---------------------------------------------------------------- warnings at save


def _new_group(
    qtbot: QtBot, page: ProgrammePage, vault: Vault, directory: Directory, name: str
) -> GroupDialog:
    _reload_and_select(qtbot, page, vault, directory.action)
    qtbot.mouseClick(page.new_group_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert isinstance(editor, GroupDialog)
    editor.name.setFocus()
    qtbot.keyClicks(editor.name, name)
    return editor


def _tick(editor: GroupDialog, ids: tuple[int, ...]) -> None:
    for row in range(editor.facilitators.count()):
        item = editor.facilitators.item(row)
        wanted = int(item.data(Qt.ItemDataRole.UserRole)) in ids
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


def test_sessions_outside_the_actions_year_are_listed_before_saving(
    qtbot: QtBot, page: ProgrammePage, programme_vault: tuple[Vault, Directory]
) -> None:
    vault, directory = programme_vault
    editor = _new_group(qtbot, page, vault, directory, "Groupe d hiver")
    _tick(editor, directory.facilitators[:2])
    editor.weekday.setCurrentIndex(1)  # Tuesdays from 7 December 2027, six of them
    editor.start_date.setDate(QDate(YEAR, 12, 7))
    editor.for_count.setChecked(True)
    editor.count.setValue(6)
    editor.holidays.setCurrentIndex(editor.holidays.findData("none"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    box = _question(qtbot, page, "outsideYearQuestion", "unfitting_box")
    listed = [line for line in box.text().splitlines() if line.startswith("•")]
    assert len(listed) == 2
    assert all(line.endswith("January 2028") for line in listed)
    assert "for 2027" in box.text()
    _answer(qtbot, page, box, "backToEditor")
    assert page.editor is editor
    assert _groups_of(vault, directory.action) == [], "nothing is written before the answer"

    qtbot.keyClick(editor, Qt.Key.Key_Return)
    _answer(
        qtbot, page, _question(qtbot, page, "outsideYearQuestion", "unfitting_box"), "saveAnyway"
    )
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy)
    (saved,) = _groups_of(vault, directory.action)
    with vault.session() as s:
        assert len(records.list_sessions(s, group_id=saved.id)) == 6


def test_double_bookings_are_listed_before_saving(
    qtbot: QtBot, page: ProgrammePage, programme_vault: tuple[Vault, Directory]
) -> None:
    vault, directory = programme_vault
    awa, bruno, chloe, _driss = directory.facilitators
    _group(vault, directory, "Mardi", (awa, bruno), start=dt.date(YEAR, 3, 2), count=10)
    editor = _new_group(qtbot, page, vault, directory, "Nouveau")
    _tick(editor, (awa, chloe))
    editor.weekday.setCurrentIndex(1)  # Tuesdays 18:30 from 2 March: Awa is with "Mardi"
    editor.start_date.setDate(QDate(YEAR, 3, 2))
    editor.start_time.setTime(editor.start_time.time().fromString("18:30", "HH:mm"))
    editor.for_count.setChecked(True)
    editor.count.setValue(2)
    editor.holidays.setCurrentIndex(editor.holidays.findData("none"))
    assert editor.sessions_outside_year() == ()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    box = _question(qtbot, page, "conflictQuestion", "unfitting_box")
    listed = [line for line in box.text().splitlines() if line.startswith("•")]
    assert len(listed) == 2
    assert all(line.endswith("18:30–19:30 — Awa is also with “Mardi”") for line in listed)
    assert "2 March 2027" in listed[0]
    assert "9 March 2027" in listed[1]
    _answer(qtbot, page, box, "backToEditor")
    assert page.editor is editor
    assert [g.spec.name for g in _groups_of(vault, directory.action)] == ["Mardi"]

    qtbot.keyClick(editor, Qt.Key.Key_Return)
    _answer(qtbot, page, _question(qtbot, page, "conflictQuestion", "unfitting_box"), "saveAnyway")
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy)
    names = [g.spec.name for g in _groups_of(vault, directory.action)]
    assert names == ["Mardi", "Nouveau"]

    # Renaming it adds no double booking: saved without a question.
    new_id = next(g.id for g in _groups_of(vault, directory.action) if g.spec.name == "Nouveau")
    select_id(page.group_view, new_id)
    qtbot.mouseClick(page.edit_group_button, Qt.MouseButton.LeftButton)
    again = page.editor
    assert isinstance(again, GroupDialog)
    again.name.setFocus()
    again.name.end(False)
    qtbot.keyClicks(again.name, " bis")
    qtbot.keyClick(again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy)
    assert page.unfitting_box is None
    assert "Nouveau bis" in [g.spec.name for g in _groups_of(vault, directory.action)]


# ---------------------------------------------------------------- delete, duplicate


def _select_group(qtbot: QtBot, page: ProgrammePage, vault: Vault, action: int, group: int) -> None:
    _reload_and_select(qtbot, page, vault, action)
    qtbot.waitUntil(lambda: page.group_model.rowCount() > 0)
    select_id(page.group_view, group)
    assert page.delete_group_button.isEnabled()
    assert page.duplicate_group_button.isEnabled()


def test_the_delete_key_deletes_a_group_after_a_question(
    qtbot: QtBot, page: ProgrammePage, programme_vault: tuple[Vault, Directory]
) -> None:
    vault, directory = programme_vault
    group = _group(vault, directory, "Mardi", directory.facilitators[:2], start=dt.date(YEAR, 3, 2))
    _select_group(qtbot, page, vault, directory.action, group)
    page.group_view.setFocus()
    qtbot.keyClick(page.group_view, Qt.Key.Key_Delete)
    box = _question(qtbot, page, "deleteGroupQuestion")
    assert box.text() == "Delete the group “Mardi” and its 10 session(s)? This cannot be undone."
    assert box.defaultButton().objectName() == "keepGroup", "Enter keeps the group"
    _answer(qtbot, page, box, "keepGroup")
    assert len(_groups_of(vault, directory.action)) == 1

    with qtbot.waitActive(page):  # the question's window closed: back to the page's
        page.activateWindow()
    page.group_view.setFocus()
    qtbot.keyClick(page.group_view, Qt.Key.Key_Delete)
    _answer(qtbot, page, _question(qtbot, page, "deleteGroupQuestion"), "confirmDelete")
    qtbot.waitUntil(lambda: not page.runner.busy and page.group_model.rowCount() == 0)
    assert _groups_of(vault, directory.action) == []
    with vault.session() as s:
        assert records.list_sessions(s) == ()
    assert page.message.text() == "The group “Mardi” was deleted."


def test_a_group_that_ran_is_not_deleted_and_the_page_says_what_to_do(
    qtbot: QtBot, page: ProgrammePage, programme_vault: tuple[Vault, Directory]
) -> None:
    vault, directory = programme_vault
    group = _group(vault, directory, "Mardi", directory.facilitators[:2], start=dt.date(YEAR, 3, 2))
    with vault.session() as s:
        registers.set_headcount(s, records.list_sessions(s, group_id=group)[0].id, 5)
    _select_group(qtbot, page, vault, directory.action, group)
    qtbot.mouseClick(page.delete_group_button, Qt.MouseButton.LeftButton)
    box = _question(qtbot, page, "deleteRefused")
    assert box.text().startswith("“Mardi” cannot be deleted: 1 of its sessions were held")
    assert "end its series at a date" in box.text()
    _answer(qtbot, page, box, "understood")
    with vault.session() as s:
        assert len(records.list_sessions(s, group_id=group)) == 10


def test_duplicate_opens_the_same_cycle_next_term_and_saves_only_on_save(
    qtbot: QtBot, page: ProgrammePage, programme_vault: tuple[Vault, Directory]
) -> None:
    vault, directory = programme_vault
    people = directory.facilitators[1:3]
    group = _group(vault, directory, "Mardi", people, start=dt.date(YEAR, 1, 5), count=10)
    _select_group(qtbot, page, vault, directory.action, group)
    qtbot.mouseClick(page.duplicate_group_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert isinstance(editor, GroupDialog)
    assert editor.info is None, "a new group"
    assert editor.name.text() == "Mardi (copy)"
    # The next term opens on Thursday 1 April 2027; its first Tuesday is the 6th.
    assert editor.start_date.date() == QDate(YEAR, 4, 6)
    assert editor.count.value() == 10
    assert editor.facilitator_ids() == people
    assert len(_groups_of(vault, directory.action)) == 1, "nothing saved before Save"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy)
    copy = next(g for g in _groups_of(vault, directory.action) if g.id != group)
    with vault.session() as s:
        starts = [x.start.astimezone(PARIS) for x in records.list_sessions(s, group_id=copy.id)]
    assert starts[0] == dt.datetime(YEAR, 4, 6, 18, 0, tzinfo=PARIS)
    assert len(starts) == 10
