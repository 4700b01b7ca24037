"""An editor's error line goes as soon as its field is edited; the others stay."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.editing import EditorDialog
from vpi_groups.ui.pages.directory import DirectoryPage


@pytest.fixture
def vault(vault_folder: tuple[Path, str]) -> Iterator[Vault]:
    opened = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    yield opened
    opened.lock()


@pytest.fixture
def page(qtbot: QtBot, french: QApplication, vault: Vault) -> Iterator[DirectoryPage]:
    shown = DirectoryPage()
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    shown.load(vault)
    qtbot.waitUntil(lambda: shown.snapshot is not None)
    yield shown
    shown.clear()
    shown.runner.wait()


def _editor(page: DirectoryPage) -> Any:
    editor = page.editor
    assert editor is not None
    return editor


def test_the_name_error_goes_when_a_name_is_typed(qtbot: QtBot, page: DirectoryPage) -> None:
    qtbot.mouseClick(page.new_organisation_button, Qt.MouseButton.LeftButton)
    editor = _editor(page)
    editor.sector.setCurrentIndex(editor.sector.findData("association"))  # no default
    editor.name.setFocus()
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)  # no name: refused by the service
    qtbot.waitUntil(lambda: editor.error_label("name").isVisible())
    assert editor.error_label("name").text() != ""
    qtbot.keyClicks(editor.name, "C")
    assert not editor.error_label("name").isVisible()
    assert editor.error_label("name").text() == ""


def test_only_the_edited_fields_error_goes(qtbot: QtBot, page: DirectoryPage) -> None:
    qtbot.mouseClick(page.new_organisation_button, Qt.MouseButton.LeftButton)
    editor = _editor(page)
    qtbot.keyClicks(editor.name, "CIDFF du Val")
    editor.sector.setCurrentIndex(editor.sector.findData("association"))  # no default
    editor.name.setFocus()
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy)
    page.organisation_view.selectRow(0)
    qtbot.mouseClick(page.add_contribution_button, Qt.MouseButton.LeftButton)
    editor = _editor(page)
    editor.amount.setFocus()
    qtbot.keyClicks(editor.amount, "douze")
    qtbot.keyClick(editor.amount, Qt.Key.Key_Return)
    assert editor.error_label("amount").isVisible()
    editor.in_kind.setFocus()
    qtbot.keyClicks(editor.in_kind, "Une salle")
    editor.year.setValue(2025)
    assert editor.error_label("amount").isVisible(), "another field's edit hid this error"
    editor.amount.setFocus()
    qtbot.keyClick(editor.amount, Qt.Key.Key_Backspace)
    assert not editor.error_label("amount").isVisible()


class _FieldError(ValueError):
    """A refusal naming its field, as the services' validation errors do."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


def test_a_composite_fields_error_goes_when_one_part_is_edited(qtbot: QtBot) -> None:
    editor = EditorDialog()
    qtbot.addWidget(editor)
    capacity = QWidget(editor)
    low, high = QSpinBox(capacity), QSpinBox(capacity)
    row = QHBoxLayout(capacity)
    row.addWidget(low)
    row.addWidget(high)
    other = QSpinBox(editor)
    editor.add_field("Capacity", capacity, "capacity_min")
    editor.add_field("Other", other, "other")
    editor.finish_layout()
    for box in (low, high, other):
        editor.fields.spin(box)
    editor.show()
    editor.show_error(_FieldError("capacity_min"))
    editor.show_error(_FieldError("other"))
    assert editor.error_label("capacity_min").isVisible()
    high.setValue(5)
    assert not editor.error_label("capacity_min").isVisible()
    assert editor.error_label("other").isVisible()
    editor.undo_stack.undo()  # undone: a change of the field too
    editor.show_error(_FieldError("capacity_min"))
    editor.undo_stack.redo()
    assert not editor.error_label("capacity_min").isVisible()
    editor.done(0)
