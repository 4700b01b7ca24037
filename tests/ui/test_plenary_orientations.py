"""The plenary day's orientations, entered through the programme page's action editor.

Three orientations are adopted, each linked to actions of the following year ticked in
the orientation's dialog; one is edited, one removed and put back with Undo; they are
saved with the plenary and shown again when it is reopened.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from vpi_groups.programme import records as programme
from vpi_groups.programme.records import ActionSpec
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import ActionKind, PublicActionKind
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.editors.orientations import OrientationDialog
from vpi_groups.ui.editors.programme import ActionDialog
from vpi_groups.ui.pages.programme_page import ProgrammePage
from vpi_groups.ui.widgets import select_id


@pytest.fixture
def actions(vault_folder: tuple[Path, str]) -> Iterator[tuple[Vault, dict[str, int]]]:
    vault = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    with vault.session() as s:
        ids = {
            "plenary": programme.create_action(
                s, ActionSpec("Journée plénière", ActionKind.PLENARY, 2026)
            ).id,
            "training": programme.create_action(
                s, ActionSpec("Former les médecins", ActionKind.TRAINING, 2027)
            ).id,
            "stand": programme.create_action(
                s,
                ActionSpec(
                    "Stand au marché",
                    ActionKind.PUBLIC_ACTION,
                    2027,
                    public_kind=PublicActionKind.STAND,
                ),
            ).id,
            "groups": programme.create_action(
                s, ActionSpec("Groupes de parole", ActionKind.TALK_GROUP, 2027)
            ).id,
            "this_year": programme.create_action(
                s, ActionSpec("Formation 2026", ActionKind.TRAINING, 2026)
            ).id,
        }
    yield vault, ids
    vault.lock()


@pytest.fixture
def page(
    qtbot: QtBot, french: QApplication, actions: tuple[Vault, dict[str, int]]
) -> Iterator[ProgrammePage]:
    shown = ProgrammePage()
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    shown.load(actions[0])
    qtbot.waitUntil(lambda: shown.snapshot is not None)
    shown.year_filter.setCurrentIndex(shown.year_filter.findData(None))
    yield shown
    shown.clear()
    shown.runner.wait()


def _adopt(qtbot: QtBot, editor: ActionDialog, text: str, ticked: set[int]) -> None:
    qtbot.mouseClick(editor.orientations.add_button, Qt.MouseButton.LeftButton)
    dialog = editor.orientations.dialog
    assert isinstance(dialog, OrientationDialog)
    dialog.text.setPlainText(text)
    offered = dialog.actions_list
    for row in range(offered.count()):
        item = offered.item(row)
        if int(item.data(Qt.ItemDataRole.UserRole)) in ticked:
            item.setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert editor.orientations.dialog is None


def test_three_orientations_linked_to_next_years_actions(
    qtbot: QtBot, page: ProgrammePage, actions: tuple[Vault, dict[str, int]]
) -> None:
    vault, ids = actions
    select_id(page.action_view, ids["plenary"])
    page.edit_action()
    editor = page.editor
    assert isinstance(editor, ActionDialog)
    assert editor.orientations.isVisibleTo(editor)
    assert not editor.supports.isVisibleTo(editor)
    QAbstractItemModelTester(editor.orientations.model)
    # only next year's actions are offered
    offered = {a.id for a in editor.orientations.candidates()}
    assert offered == {ids["training"], ids["stand"], ids["groups"]}
    _adopt(qtbot, editor, "Former les médecins généralistes", {ids["training"]})
    _adopt(qtbot, editor, "Aller vers les quartiers", {ids["stand"], ids["training"]})
    _adopt(qtbot, editor, "Un second groupe le matin", {ids["groups"]})
    model = editor.orientations.model
    assert model.rowCount() == 3
    shown = str(model.data(model.index(1, 0)))
    assert shown.startswith("2. Aller vers les quartiers\n")
    assert "Mise en œuvre par : " in shown
    assert "Stand au marché" in shown
    # an empty text is refused in the dialog
    qtbot.mouseClick(editor.orientations.add_button, Qt.MouseButton.LeftButton)
    empty = editor.orientations.dialog
    assert empty is not None
    empty.accept()
    assert empty.message.text() == "Écrivez l’orientation adoptée."
    empty.reject()
    # removed with Delete, put back with the editor's Undo
    view = editor.orientations.view
    view.setCurrentIndex(model.index(2, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert model.rowCount() == 2
    editor.undo_stack.undo()
    assert model.rowCount() == 3
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy)
    with vault.session() as s:
        stored = programme.get_action(s, ids["plenary"]).spec.orientations
    assert [(o.text, set(o.action_ids)) for o in stored] == [
        ("Former les médecins généralistes", {ids["training"]}),
        ("Aller vers les quartiers", {ids["stand"], ids["training"]}),
        ("Un second groupe le matin", {ids["groups"]}),
    ]
    # reopened: the same three
    qtbot.waitUntil(lambda: page.snapshot is not None and not page.runner.busy)
    select_id(page.action_view, ids["plenary"])
    page.edit_action()
    again = page.editor
    assert isinstance(again, ActionDialog)
    assert [o.text for o in again.orientations.items()] == [o.text for o in stored]
    again.reject()


def test_a_plenary_with_no_next_year_yet_says_how_to_link_later(
    qtbot: QtBot, french: QApplication
) -> None:
    dialog = OrientationDialog(None, (), 2031)
    qtbot.addWidget(dialog)
    assert not dialog.actions_list.isVisibleTo(dialog)
    assert dialog.none_yet.text().startswith("Aucune action de 2031 pour l’instant")
