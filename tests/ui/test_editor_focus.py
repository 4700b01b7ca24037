"""Editors open on their first field; a stray key on a button never saves.

A new user typed a facilitator's name while the focus was on "Enregistrer": the space
bar pressed Save. Every record editor must start on its first field, Enter saves from a
field (the dialog's default button), and Enter on another button works that button.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.attendance.conftest import make_group
from tests.scheduling.conftest import make_directory
from tests.ui.conftest import PASSPHRASE
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.programme import records as programme
from vpi_groups.programme.records import FacilitatorSpec, OrganisationSpec, Sector
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.dialogs import BackupDialog, RestoreDialog
from vpi_groups.ui.editing import EditorDialog
from vpi_groups.ui.editors.programme import GroupDialog
from vpi_groups.ui.pages.base import RecordsPage
from vpi_groups.ui.pages.directory import DirectoryPage
from vpi_groups.ui.pages.programme_page import ProgrammePage
from vpi_groups.ui.session_dialog import NewParticipantDialog, SessionDialog
from vpi_groups.ui.widgets import select_id


@pytest.fixture
def vault(vault_folder: tuple[Path, str]) -> Iterator[Vault]:
    opened = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    with opened.session() as s:
        programme.create_organisation(s, OrganisationSpec("CIDFF du Val", Sector.ASSOCIATION))
        for name in ("Claire Martin", "Karim Benali"):
            programme.create_facilitator(s, FacilitatorSpec(name, Sector.SOCIAL))
        programme.create_action(
            s, programme.ActionSpec("Groupe de parole", programme.ActionKind.TALK_GROUP, 2026)
        )
    yield opened
    opened.lock()


def _shown(qtbot: QtBot, page: Any, vault: Vault) -> Any:
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.load(vault)
    qtbot.waitUntil(lambda: page.snapshot is not None)
    return page


@pytest.fixture
def directory(qtbot: QtBot, french: QApplication, vault: Vault) -> Iterator[DirectoryPage]:
    page = _shown(qtbot, DirectoryPage(), vault)
    yield page
    page.clear()
    page.runner.wait()


@pytest.fixture
def programme_page(qtbot: QtBot, french: QApplication, vault: Vault) -> Iterator[ProgrammePage]:
    page = _shown(qtbot, ProgrammePage(), vault)
    yield page
    page.clear()
    page.runner.wait()


def _open_organisation(page: DirectoryPage) -> None:
    page.new_organisation_button.click()


def _open_contribution(page: DirectoryPage) -> None:
    select_id(page.organisation_view, page.organisations.row_id(0))
    page.add_contribution_button.click()


def _open_facilitator(page: DirectoryPage) -> None:
    page.new_facilitator_button.click()


def _open_action(page: ProgrammePage) -> None:
    page.new_action_button.click()


def _open_group(page: ProgrammePage) -> None:
    select_id(page.action_view, page.action_model.row_id(0))
    page.new_group_button.click()


# (page fixture, how to open the editor, object name of the first field)
EDITORS: dict[str, tuple[str, Callable[[Any], None], str]] = {
    "organisation": ("directory", _open_organisation, "organisationName"),
    "contribution": ("directory", _open_contribution, "contributionYear"),
    "facilitator": ("directory", _open_facilitator, "facilitatorName"),
    "action": ("programme_page", _open_action, "actionTitle"),
    "group": ("programme_page", _open_group, "groupName"),
}

# Editors whose first field is a name typed in full.
NAMED = ["organisation", "facilitator", "action", "group"]


def _open(
    request: pytest.FixtureRequest, qtbot: QtBot, which: str
) -> tuple[RecordsPage, EditorDialog]:
    fixture, opener, _first = EDITORS[which]
    page = request.getfixturevalue(fixture)
    opener(page)
    editor = page.editor
    assert isinstance(editor, EditorDialog)
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: editor.isActiveWindow() and QApplication.focusWidget() is not None)
    return page, editor


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _records(vault: Vault, which: str) -> int:
    with vault.session() as s:
        if which == "organisation":
            return len(programme.list_organisations(s))
        if which == "facilitator":
            return len(programme.list_facilitators(s))
        if which == "action":
            return len(programme.list_actions(s))
    raise AssertionError(which)


@pytest.mark.parametrize("which", list(EDITORS))
def test_editor_opens_on_its_first_field(
    request: pytest.FixtureRequest, qtbot: QtBot, which: str
) -> None:
    _page, editor = _open(request, qtbot, which)
    first = editor.findChild(QWidget, EDITORS[which][2])
    assert first is not None
    assert _focus() is first
    assert not editor.save_button.hasFocus()
    assert editor.save_button.isDefault()  # Enter in a field still saves
    for button in editor.findChildren(QPushButton):
        assert not button.autoDefault(), button.objectName()


@pytest.mark.parametrize("which", NAMED)
def test_typing_a_name_then_space_does_not_save(
    request: pytest.FixtureRequest, qtbot: QtBot, which: str
) -> None:
    page, editor = _open(request, qtbot, which)
    submitted: list[bool] = []
    editor.submitted.connect(lambda: submitted.append(True))
    field = _focus()
    qtbot.keyClicks(field, "psychologue")
    qtbot.keyClick(_focus(), Qt.Key.Key_Space)
    assert submitted == []
    assert not page.runner.busy
    assert editor.isVisible()
    assert page.editor is editor
    assert field.text() == "psychologue "  # type: ignore[attr-defined]
    editor.done(0)  # closed as on lock: nothing to ask


@pytest.mark.parametrize("which", ["organisation", "facilitator", "action"])
def test_enter_in_the_name_field_saves(
    request: pytest.FixtureRequest, qtbot: QtBot, vault: Vault, which: str
) -> None:
    page, editor = _open(request, qtbot, which)
    before = _records(vault, which)
    name = _focus()
    qtbot.keyClicks(name, "psychologue")
    # A new record's sector or axis starts on no choice: chosen first, Enter then saves.
    combo = editor.kind if which == "action" else editor.sector  # type: ignore[attr-defined]
    combo.setCurrentIndex(combo.findData("training" if which == "action" else "social"))
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy)
    assert _records(vault, which) == before + 1


def test_enter_in_the_group_name_saves(
    qtbot: QtBot, programme_page: ProgrammePage, vault: Vault
) -> None:
    page = programme_page
    _open_group(page)
    editor = page.editor
    assert isinstance(editor, GroupDialog)
    qtbot.waitExposed(editor)
    for row in range(editor.facilitators.count()):
        editor.facilitators.item(row).setCheckState(Qt.CheckState.Checked)
    # sessions inside the action's year (2026), so that no outside-year question comes
    editor.start_date.setDate(QDate(2026, 3, 3))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.name)
    qtbot.keyClicks(editor.name, "Mardi soir")
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy, timeout=10_000)
    assert page.group_model.rowCount() == 1


@pytest.mark.parametrize("which", NAMED)
def test_enter_on_another_button_does_not_save(
    request: pytest.FixtureRequest, qtbot: QtBot, which: str
) -> None:
    _page, editor = _open(request, qtbot, which)
    submitted: list[bool] = []
    editor.submitted.connect(lambda: submitted.append(True))
    qtbot.keyClicks(_focus(), "psychologue")
    editor.undo_button.setFocus()
    qtbot.keyClick(editor.undo_button, Qt.Key.Key_Return)  # works Undo, not Save
    assert submitted == []
    assert editor.isVisible()
    assert editor.findChild(QLineEdit, EDITORS[which][2]).text() == ""  # type: ignore[union-attr]
    editor.cancel_button.setFocus()
    qtbot.keyClick(editor.cancel_button, Qt.Key.Key_Return)  # works Cancel
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert submitted == []


# ---------------------------------------------------------------- session dialogs


@pytest.fixture
def session_id(tmp_path: Path) -> Iterator[tuple[Vault, int]]:
    vault, _ = vaults.create(tmp_path / "sessions", PASSPHRASE)
    group = make_group(vault, make_directory(vault), start=dt.date(2026, 3, 2), count=2)
    yield vault, group.session_ids[0]
    if vault.is_open:
        vault.lock()


def _session_dialog(qtbot: QtBot, vault: Vault, session: int) -> SessionDialog:
    dialog = SessionDialog(vault, session)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.data is not None)
    return dialog


def test_session_dialog_opens_on_its_first_field(
    qtbot: QtBot, french: QApplication, session_id: tuple[Vault, int]
) -> None:
    vault, session = session_id
    dialog = _session_dialog(qtbot, vault, session)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert _focus() is dialog.start or _focus().parent() is dialog.start
    assert dialog.save_button.isDefault()
    for button in dialog.findChildren(QPushButton):
        assert not button.autoDefault(), button.objectName()
    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    qtbot.keyClicks(_focus(), "psychologue")
    qtbot.keyClick(_focus(), Qt.Key.Key_Space)
    assert accepted == []
    assert dialog.isVisible()
    assert not dialog.runner.busy
    dialog.cancel_button.setFocus()
    qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Return)  # Cancel, not Save
    assert accepted == []
    assert not dialog.isVisible()


def test_enter_in_a_session_field_saves(
    qtbot: QtBot, french: QApplication, session_id: tuple[Vault, int]
) -> None:
    vault, session = session_id
    dialog = _session_dialog(qtbot, vault, session)
    dialog.duration.setFocus()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.duration, Qt.Key.Key_Return)


def test_participant_dialog_opens_on_its_first_field(qtbot: QtBot, french: QApplication) -> None:
    dialog = NewParticipantDialog(None, ParticipantAttributes())
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert _focus() is dialog.age
    for button in dialog.findChildren(QPushButton):
        assert not button.autoDefault(), button.objectName()
    dialog.reject()


def test_backup_and_restore_dialogs_open_on_their_first_field(
    qtbot: QtBot, french: QApplication, vault: Vault
) -> None:
    for dialog, first in (
        (backup := BackupDialog(vault), backup.path),
        (restore := RestoreDialog(), restore.file),
    ):
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        assert _focus() is first
        assert dialog.ok_button.isDefault()
        qtbot.keyClick(first, Qt.Key.Key_Space)  # a stray Space types, starts nothing
        assert not dialog.runner.busy
        assert dialog.outcome.text() == ""
        dialog.reject()
