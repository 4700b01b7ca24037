"""Editing a group's rhythm when edited sessions no longer fit: the page asks first."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.scheduling.conftest import make_directory, weekly
from tests.ui.conftest import PASSPHRASE
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import records, series
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.editors.programme import GroupDialog
from vpi_groups.ui.pages.programme_page import ProgrammePage
from vpi_groups.ui.widgets import select_id

PARIS = ZoneInfo("Europe/Paris")
FIRST = dt.date(2027, 1, 4)  # Thursdays from 7 January 2027: always in the future here


@pytest.fixture
def setup(vault_folder: tuple[Path, str]) -> Iterator[tuple[Vault, int, int]]:
    """A weekly Thursday group of six sessions, the third moved one hour later by hand."""
    vault = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    directory = make_directory(vault)
    with vault.session() as s:
        # the action of the sessions' year: no warning about dates outside it
        action = programme.get_action(s, directory.action)
        programme.update_action(s, action.id, dataclasses.replace(action.spec, year=2027))
        change = series.create_group(
            s,
            records.GroupSpec(
                "Groupe du jeudi",
                directory.action,
                directory.facilitators[:2],
                weekly(FIRST, weekday=3, count=6),
            ),
        )
        third = change.created[2]
        scheduling.move_session(
            s, third.id, third.start + dt.timedelta(hours=1), third.end + dt.timedelta(hours=1)
        )
    yield vault, change.group.id, third.id
    vault.lock()


def _edit_to_tuesdays(qtbot: QtBot, setup: tuple[Vault, int, int]) -> ProgrammePage:
    vault, group_id, _moved = setup
    page = ProgrammePage()
    qtbot.addWidget(page)
    page.show()
    page.load(vault)
    qtbot.waitUntil(lambda: page.snapshot is not None and page.action_model.rowCount() > 0)
    row = next(
        r
        for r in range(page.action_model.rowCount())
        if page.action_model.cells(r)[1] == "Groupe de parole"
    )
    select_id(page.action_view, page.action_model.row_id(row))
    qtbot.waitUntil(lambda: page.group_model.rowCount() == 1)
    select_id(page.group_view, group_id)
    qtbot.mouseClick(page.edit_group_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert isinstance(editor, GroupDialog)
    editor.weekday.setCurrentIndex(1)  # Tuesday
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.unfitting_box is not None)
    assert page.unfitting_box is not None
    assert "21 janvier 2027" in page.unfitting_box.text()
    return page


def _starts(vault: Vault, group_id: int) -> list[dt.datetime]:
    with vault.session() as s:
        return [x.start.astimezone(PARIS) for x in records.list_sessions(s, group_id=group_id)]


def test_keep_the_session_that_no_longer_fits(
    qtbot: QtBot, french: QApplication, setup: tuple[Vault, int, int]
) -> None:
    vault, group_id, moved = setup
    before = _starts(vault, group_id)
    page = _edit_to_tuesdays(qtbot, setup)
    assert _starts(vault, group_id) == before, "nothing is written before the answer"
    box = page.unfitting_box
    assert box is not None
    qtbot.mouseClick(
        box.findChild(type(box.defaultButton()), "keepUnfitting"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy)
    starts = _starts(vault, group_id)
    kept = [s for s in starts if s.weekday() == 3]
    assert [(s.date(), s.hour) for s in kept] == [(dt.date(2027, 1, 21), 19)]
    assert sum(1 for s in starts if s.weekday() == 1) == 6
    with vault.session() as s:
        assert records.get_session(s, moved).moved


def test_delete_the_session_that_no_longer_fits(
    qtbot: QtBot, french: QApplication, setup: tuple[Vault, int, int]
) -> None:
    vault, group_id, _moved = setup
    page = _edit_to_tuesdays(qtbot, setup)
    box = page.unfitting_box
    assert box is not None
    qtbot.mouseClick(
        box.findChild(type(box.defaultButton()), "deleteUnfitting"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy)
    starts = _starts(vault, group_id)
    assert all(s.weekday() == 1 for s in starts)
    assert len(starts) == 6


def test_back_to_the_editor_writes_nothing(
    qtbot: QtBot, french: QApplication, setup: tuple[Vault, int, int]
) -> None:
    vault, group_id, _moved = setup
    before = _starts(vault, group_id)
    page = _edit_to_tuesdays(qtbot, setup)
    box = page.unfitting_box
    assert box is not None
    qtbot.mouseClick(
        box.findChild(type(box.defaultButton()), "backToEditor"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: page.unfitting_box is None)
    assert page.editor is not None
    assert _starts(vault, group_id) == before
    page.clear()
    page.runner.wait()
