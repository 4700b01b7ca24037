"""A poster campaign with two supports, made through the programme page's action editor.

The supports are added in their own small dialog, removed with Delete, put back with the
editor's Undo, saved with the action and shown again when it is reopened.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from vpi_groups.programme import records as programme
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import ActionKind, PublicActionKind, SupportKind
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.editors.programme import ActionDialog
from vpi_groups.ui.editors.supports import SupportDialog
from vpi_groups.ui.pages.programme_page import ProgrammePage


@pytest.fixture
def empty_vault(vault_folder: tuple[Path, str]) -> Iterator[Vault]:
    vault = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    yield vault
    vault.lock()


@pytest.fixture
def page(qtbot: QtBot, french: QApplication, empty_vault: Vault) -> Iterator[ProgrammePage]:
    shown = ProgrammePage()
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    shown.load(empty_vault)
    qtbot.waitUntil(lambda: shown.snapshot is not None)
    yield shown
    shown.clear()
    shown.runner.wait()


def _support(
    qtbot: QtBot,
    editor: ActionDialog,
    kind: SupportKind,
    quantity: int,
    places: str,
    days: tuple[QDate, QDate] | None = None,
) -> None:
    qtbot.mouseClick(editor.supports.add_button, Qt.MouseButton.LeftButton)
    dialog = editor.supports.dialog
    assert isinstance(dialog, SupportDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind.value))
    dialog.quantity.setValue(quantity)
    if days is not None:
        dialog.starts_on.setDate(days[0])
        dialog.ends_on.setDate(days[1])
    qtbot.keyClicks(dialog.places, places)
    dialog.accept()
    assert editor.supports.dialog is None


def test_a_poster_campaign_with_two_supports(
    qtbot: QtBot, page: ProgrammePage, empty_vault: Vault
) -> None:
    page.new_action()
    editor = page.editor
    assert isinstance(editor, ActionDialog)
    QAbstractItemModelTester(editor.supports.model)
    qtbot.keyClicks(editor.title, "Parler, c'est agir")
    editor.kind.setCurrentIndex(editor.kind.findData(ActionKind.PUBLIC_ACTION.value))
    editor.public_kind.setCurrentIndex(editor.public_kind.findData(PublicActionKind.POSTERS.value))
    assert editor.supports.isVisibleTo(editor)
    _support(
        qtbot,
        editor,
        SupportKind.POSTERS,
        300,
        "Mairie, centre social",
        (QDate(2026, 3, 1), QDate(2026, 3, 31)),
    )
    _support(qtbot, editor, SupportKind.SOCIAL_MEDIA, 12, "Page de la ville")
    _support(qtbot, editor, SupportKind.PRESS, 1, "Journal local")  # then removed
    model = editor.supports.model
    assert model.rowCount() == 3
    assert model.data(model.index(0, model.DATES)) == "du 01/03/2026 au 31/03/2026"
    assert model.data(model.index(1, model.DATES)) == "—"
    assert model.data(model.index(0, model.QUANTITY)) == "300"
    view = editor.supports.view
    view.setCurrentIndex(model.index(2, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert model.rowCount() == 2
    editor.undo_stack.undo()  # Undo puts the removed support back
    assert model.rowCount() == 3
    editor.undo_stack.redo()
    assert [s.kind for s in editor.supports.items()] == [
        SupportKind.POSTERS,
        SupportKind.SOCIAL_MEDIA,
    ]
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy)
    with empty_vault.session() as s:
        (saved,) = programme.list_actions(s)
    assert [(x.kind, x.quantity, x.places) for x in saved.spec.supports] == [
        (SupportKind.POSTERS, 300, "Mairie, centre social"),
        (SupportKind.SOCIAL_MEDIA, 12, "Page de la ville"),
    ]
    assert saved.spec.supports[0].starts_on is not None
    assert saved.spec.supports[0].starts_on.isoformat() == "2026-03-01"
    assert saved.spec.supports[1].starts_on is None


def test_an_end_before_the_start_is_refused_in_the_support_dialog(
    qtbot: QtBot, french: QApplication
) -> None:
    dialog = SupportDialog(None)
    qtbot.addWidget(dialog)
    dialog.starts_on.setDate(QDate(2026, 5, 10))
    dialog.ends_on.setDate(QDate(2026, 5, 1))
    dialog.accept()
    assert dialog.result() != SupportDialog.DialogCode.Accepted
    assert dialog.message.text() == "La fin est avant le début."


def test_the_supports_field_is_shown_for_public_actions_only(
    qtbot: QtBot, french: QApplication
) -> None:
    editor = ActionDialog(None, 2026)
    qtbot.addWidget(editor)
    editor.kind.setCurrentIndex(editor.kind.findData(ActionKind.TRAINING.value))
    assert not editor.supports.isVisibleTo(editor)
    assert editor.spec().supports == ()
