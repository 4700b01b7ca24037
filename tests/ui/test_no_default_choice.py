"""A new record's coded fields start on no choice; Save waits until one is made.

A user test found that a list opening on its first item (the sector "Justice", the axis
"1. Training / information", the public action "Posters") was saved as a real answer
by whoever did not look, and skewed the funders' statistics. Each of these lists now
opens on "Choose…", Save says what to choose next to the field, and undo brings the
"no choice" back.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from vpi_groups.programme import records as programme
from vpi_groups.programme.records import (
    ActionKind,
    OrganisationSpec,
    PublicActionKind,
    Sector,
)
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.editors.directory import OrganisationDialog
from vpi_groups.ui.pages.directory import DirectoryPage
from vpi_groups.ui.pages.programme_page import ProgrammePage
from vpi_groups.ui.widgets import select_id

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def vault(vault_folder: tuple[Path, str]) -> Iterator[Vault]:
    opened = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
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
def directory(qtbot: QtBot, english: QApplication, vault: Vault) -> Iterator[DirectoryPage]:
    page = _shown(qtbot, DirectoryPage(), vault)
    yield page
    page.clear()
    page.runner.wait()


@pytest.fixture
def programme_page(qtbot: QtBot, english: QApplication, vault: Vault) -> Iterator[ProgrammePage]:
    page = _shown(qtbot, ProgrammePage(), vault)
    yield page
    page.clear()
    page.runner.wait()


def _opened(qtbot: QtBot, page: Any, button: Any) -> Any:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: editor.isActiveWindow() and QApplication.focusWidget() is not None)
    return editor


def _unchosen(combo: QComboBox) -> bool:
    return combo.currentIndex() == -1 and combo.currentText() == "" and combo.currentData() is None


def _refused(qtbot: QtBot, page: Any, editor: Any, field: str, combo: QComboBox) -> str:
    """Press Enter where the focus is; check nothing was saved; return the field's error."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not page.runner.busy, "nothing is sent to the vault"
    assert page.editor is editor
    assert editor.isVisible()
    label = editor.error_label(field)
    assert label is not editor.general_error, "said next to the field"
    assert label.isVisible()
    assert QApplication.focusWidget() is combo
    return str(label.text())


def _saved(qtbot: QtBot, page: Any) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy)


# ---------------------------------------------------------------- directory


def test_a_new_partner_has_no_sector_until_one_is_chosen(
    qtbot: QtBot, directory: DirectoryPage, vault: Vault
) -> None:
    page = directory
    editor = _opened(qtbot, page, page.new_organisation_button)
    assert _unchosen(editor.sector)
    assert editor.sector.placeholderText() == "Choose…"
    qtbot.keyClicks(editor.name, "CCAS de Lunel")

    assert _refused(qtbot, page, editor, "sector", editor.sector) == "Choose a sector."
    page.runner.wait()
    with vault.session() as s:
        assert programme.list_organisations(s) == ()

    # By the keyboard: the label's mnemonic (Alt+T), then an item's first letter.
    editor.name.setFocus()
    qtbot.keyClick(editor.name, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert editor.sector.hasFocus()
    qtbot.keyClicks(editor.sector, "L")
    assert editor.sector.currentData() == "local_authority"
    assert not editor.error_label("sector").isVisible(), "the sentence went with the choice"

    editor.name.setFocus()
    qtbot.keyClick(editor.name, Qt.Key.Key_Z, CTRL)
    assert _unchosen(editor.sector), "undo brings back no choice"
    qtbot.keyClick(editor.name, Qt.Key.Key_Z, CTRL_SHIFT)
    assert editor.sector.currentData() == "local_authority"

    editor.name.setFocus()
    _saved(qtbot, page)
    with vault.session() as s:
        (stored,) = programme.list_organisations(s)
    assert stored.spec.name == "CCAS de Lunel"
    assert stored.spec.sector is Sector.LOCAL_AUTHORITY


def test_a_partner_edited_shows_its_sector(
    qtbot: QtBot, directory: DirectoryPage, vault: Vault
) -> None:
    with vault.session() as s:
        programme.create_organisation(s, OrganisationSpec("Centre hospitalier", Sector.HEALTH))
    page = directory
    page.load(vault)
    qtbot.waitUntil(lambda: page.organisations.rowCount() == 1)
    select_id(page.organisation_view, page.organisations.row_id(0))
    editor = _opened(qtbot, page, page.edit_organisation_button)
    assert editor.sector.currentData() == "health"
    assert editor.undo_stack.isClean()
    editor.done(0)


def test_a_new_facilitator_has_no_sector_until_one_is_chosen(
    qtbot: QtBot, directory: DirectoryPage, vault: Vault
) -> None:
    page = directory
    editor = _opened(qtbot, page, page.new_facilitator_button)
    assert _unchosen(editor.sector)
    assert editor.sector.placeholderText() == "Choose…"
    qtbot.keyClicks(editor.name, "Nadia Benali")

    assert _refused(qtbot, page, editor, "sector", editor.sector) == "Choose a sector."
    page.runner.wait()
    with vault.session() as s:
        assert programme.list_facilitators(s) == ()

    qtbot.keyClicks(editor.sector, "H")
    assert editor.sector.currentData() == "health"
    qtbot.keyClick(editor.sector, Qt.Key.Key_Z, CTRL)
    assert _unchosen(editor.sector), "undo brings back no choice"
    qtbot.keyClick(editor.sector, Qt.Key.Key_Z, CTRL_SHIFT)
    assert editor.sector.currentData() == "health"

    _saved(qtbot, page)
    with vault.session() as s:
        (stored,) = programme.list_facilitators(s)
    assert stored.spec.name == "Nadia Benali"
    assert stored.spec.sector is Sector.HEALTH


def test_a_draft_kept_at_a_lock_keeps_no_choice(qtbot: QtBot, english: QApplication) -> None:
    editor = OrganisationDialog(None)
    qtbot.addWidget(editor)
    editor.name.setText("CCAS de Lunel")
    draft = json.loads(json.dumps(editor.draft_state()))  # kept as JSON in the vault
    editor.sector.setCurrentIndex(editor.sector.findData("health"))
    chosen = json.loads(json.dumps(editor.draft_state()))

    reopened = OrganisationDialog(None)
    qtbot.addWidget(reopened)
    reopened.apply_draft(draft)
    assert reopened.name.text() == "CCAS de Lunel"
    assert _unchosen(reopened.sector)

    again = OrganisationDialog(None)
    qtbot.addWidget(again)
    again.apply_draft(chosen)
    assert again.sector.currentData() == "health"
    again.undo_stack.undo()
    assert _unchosen(again.sector), "the draft's choice is undone to no choice"


# ---------------------------------------------------------------- actions


def _dependent_hidden(editor: Any) -> bool:
    return all(
        widget.isHidden()
        for widget in (editor.public_kind, editor.public_label, editor.reach, editor.trained_box)
    )


def test_a_new_action_has_no_axis_until_one_is_chosen(
    qtbot: QtBot, programme_page: ProgrammePage, vault: Vault
) -> None:
    page = programme_page
    editor = _opened(qtbot, page, page.new_action_button)
    assert _unchosen(editor.kind)
    assert editor.kind.placeholderText() == "Choose…"
    assert _dependent_hidden(editor), "no axis: none of the axis' own fields"
    qtbot.keyClicks(editor.title, "Formation des gendarmes")
    editor.year.setValue(2026)

    assert _refused(qtbot, page, editor, "kind", editor.kind) == "Choose an axis."
    page.runner.wait()
    with vault.session() as s:
        assert programme.list_actions(s) == ()

    editor.title.setFocus()
    qtbot.keyClick(editor.title, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    assert editor.kind.hasFocus()
    qtbot.keyClicks(editor.kind, "1")
    assert editor.kind.currentData() == "training"
    assert not editor.trained_box.isHidden()
    assert not editor.error_label("kind").isVisible()

    editor.title.setFocus()
    qtbot.keyClick(editor.title, Qt.Key.Key_Z, CTRL)
    assert _unchosen(editor.kind), "undo brings back no axis"
    assert _dependent_hidden(editor)
    qtbot.keyClick(editor.title, Qt.Key.Key_Z, CTRL_SHIFT)
    assert editor.kind.currentData() == "training"
    editor.trained[Sector.JUSTICE].setValue(8)

    editor.title.setFocus()
    _saved(qtbot, page)
    with vault.session() as s:
        (stored,) = programme.list_actions(s)
    assert stored.spec.title == "Formation des gendarmes"
    assert stored.spec.kind is ActionKind.TRAINING
    assert dict(stored.spec.trained) == {Sector.JUSTICE: 8}


def test_a_public_action_has_no_kind_until_one_is_chosen(
    qtbot: QtBot, programme_page: ProgrammePage, vault: Vault
) -> None:
    page = programme_page
    editor = _opened(qtbot, page, page.new_action_button)
    qtbot.keyClicks(editor.title, "Campagne du 25 novembre")
    editor.year.setValue(2026)
    editor.kind.setFocus()
    qtbot.keyClicks(editor.kind, "2")
    assert editor.kind.currentData() == "public_action"
    assert not editor.public_kind.isHidden()
    assert _unchosen(editor.public_kind)
    assert editor.public_kind.placeholderText() == "Choose…"

    editor.title.setFocus()
    message = _refused(qtbot, page, editor, "public_kind", editor.public_kind)
    assert message == "Choose the kind of action."
    assert not editor.error_label("kind").isVisible(), "the axis is chosen"
    page.runner.wait()
    with vault.session() as s:
        assert programme.list_actions(s) == ()

    qtbot.keyClicks(editor.public_kind, "L")
    assert editor.public_kind.currentData() == "leaflets"
    assert not editor.error_label("public_kind").isVisible()
    qtbot.keyClick(editor.public_kind, Qt.Key.Key_Z, CTRL)
    assert _unchosen(editor.public_kind), "undo brings back no choice"
    qtbot.keyClick(editor.public_kind, Qt.Key.Key_Z, CTRL_SHIFT)
    assert editor.public_kind.currentData() == "leaflets"

    _saved(qtbot, page)
    with vault.session() as s:
        (stored,) = programme.list_actions(s)
    assert stored.spec.kind is ActionKind.PUBLIC_ACTION
    assert stored.spec.public_kind is PublicActionKind.LEAFLETS


def test_an_action_edited_shows_its_axis_and_kind(
    qtbot: QtBot, programme_page: ProgrammePage, vault: Vault
) -> None:
    with vault.session() as s:
        programme.create_action(
            s,
            programme.ActionSpec(
                "Stand au marché",
                ActionKind.PUBLIC_ACTION,
                2026,
                public_kind=PublicActionKind.STAND,
            ),
        )
    page = programme_page
    page.load(vault)
    qtbot.waitUntil(lambda: page.action_model.rowCount() == 1)
    select_id(page.action_view, page.action_model.row_id(0))
    editor = _opened(qtbot, page, page.edit_action_button)
    assert editor.kind.currentData() == "public_action"
    assert editor.public_kind.currentData() == "stand"
    assert editor.undo_stack.isClean()
    editor.done(0)
