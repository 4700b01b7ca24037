"""The directory page: partners with contributions, facilitators, undo, clear on lock."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from tests.ui.test_translations import _untranslated
from vpi_groups.programme import records as programme
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.models.directory import ContributionModel, FacilitatorModel
from vpi_groups.ui.pages.directory import DirectoryPage
from vpi_groups.ui.widgets import select_id


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


def _type(qtbot: QtBot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def _save(qtbot: QtBot, page: DirectoryPage) -> None:
    editor = _editor(page)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy)


def _click(qtbot: QtBot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_partner_contribution_and_two_facilitators(
    qtbot: QtBot, page: DirectoryPage, vault: Vault
) -> None:
    _click(qtbot, page.new_organisation_button)
    editor = _editor(page)
    assert editor.isVisible()
    _type(qtbot, editor.name, "CIDFF du Val")
    editor.sector.setCurrentIndex(editor.sector.findData("association"))
    _type(qtbot, editor.contact_name, "Mme Laurent")
    _type(qtbot, editor.contact_role, "Juriste")
    assert _untranslated(editor, {"CIDFF du Val", "Mme Laurent", "Juriste"}) == []
    _save(qtbot, page)
    assert page.organisations.rowCount() == 1
    assert page.organisations.cells(0)[:3] == (
        "CIDFF du Val",
        "Associatif",
        "Mme Laurent — Juriste",
    )

    select_id(page.organisation_view, page.organisations.row_id(0))
    assert page.add_contribution_button.isEnabled()
    _click(qtbot, page.add_contribution_button)
    editor = _editor(page)
    editor.year.setValue(2026)
    _type(qtbot, editor.amount, "1500,5")
    _save(qtbot, page)
    assert page.contributions.rowCount() == 1
    assert page.contributions.cells(0) == ("2026", "1\u202f500,50\u00a0€", "")

    # A wrong amount is refused next to the field; the editor stays open.
    _click(qtbot, page.add_contribution_button)
    editor = _editor(page)
    _type(qtbot, editor.amount, "douze")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.error_label("amount").text().startswith("Saisissez un montant")
    editor.amount.clear()
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # neither amount nor in kind: service says so
    qtbot.waitUntil(lambda: editor.error_label("amount").isVisible())
    assert "en nature" in editor.error_label("amount").text()
    _type(qtbot, editor.in_kind, "Salle deux soirs par mois")
    _save(qtbot, page)
    assert page.contributions.rowCount() == 2

    for name in ("Claire Martin", "Karim Benali"):
        _click(qtbot, page.new_facilitator_button)
        editor = _editor(page)
        _type(qtbot, editor.name, name)
        editor.organisation.setCurrentIndex(1)
        editor.sector.setCurrentIndex(editor.sector.findData("social"))
        _type(qtbot, editor.role, "Psychologue")
        _save(qtbot, page)
    assert page.facilitators.rowCount() == 2
    assert page.facilitators.cells(0) == (
        "Claire Martin",
        "CIDFF du Val",
        "Psychologue",
        "Social",
        "Oui",
    )

    # Deactivate one.
    select_id(page.facilitator_view, page.facilitators.row_id(1))
    _click(qtbot, page.toggle_active_button)
    qtbot.waitUntil(lambda: not page.runner.busy)
    qtbot.waitUntil(lambda: page.facilitators.cells(1)[FacilitatorModel.ACTIVE] == "Non")
    assert page.toggle_active_button.text() == "&Réactiver"

    # Delete the in-kind contribution, after saying yes.
    select_id(page.organisation_view, page.organisations.row_id(0))
    page.contributions.sort(ContributionModel.IN_KIND, Qt.SortOrder.AscendingOrder)
    kind_row = 0 if page.contributions.cells(0)[ContributionModel.IN_KIND] else 1
    select_id(page.contribution_view, page.contributions.row_id(kind_row))
    _click(qtbot, page.delete_contribution_button)
    box = page.confirm_box
    assert box is not None
    assert _untranslated(box, set()) == []
    _click(qtbot, box.findChild(type(page.delete_contribution_button), "confirmDeleteButton"))
    qtbot.waitUntil(lambda: page.contributions.rowCount() == 1 and not page.runner.busy)

    data = {"CIDFF du Val", "Mme Laurent — Juriste", "Claire Martin", "Karim Benali", "Psychologue"}
    assert _untranslated(page, data) == []

    with vault.session() as s:
        partners = programme.list_organisations(s)
        assert [p.spec.name for p in partners] == ["CIDFF du Val"]
        money = programme.list_contributions(s)
        assert [(c.spec.year, c.spec.amount) for c in money] == [(2026, Decimal("1500.50"))]
        people = programme.list_facilitators(s)
        assert [(f.spec.name, f.spec.active) for f in people] == [
            ("Claire Martin", True),
            ("Karim Benali", False),
        ]

    page.clear()
    assert not page.holds_record_data()
    assert page.organisations.rowCount() == page.contributions.rowCount() == 0
    assert page.facilitators.rowCount() == 0


def test_editor_undo_redo_and_escape(qtbot: QtBot, page: DirectoryPage) -> None:
    _click(qtbot, page.new_organisation_button)
    editor = _editor(page)
    _type(qtbot, editor.name, "CCAS")
    editor.sector.setCurrentIndex(editor.sector.findData("local_authority"))
    editor.name.setFocus()
    qtbot.keyClick(editor.name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.sector.currentIndex() == -1, "a new partner starts on no sector"
    assert editor.name.text() == "CCAS"
    qtbot.keyClick(editor.name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.name.text() == ""
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(editor.name, Qt.Key.Key_Z, redo)
    qtbot.keyClick(editor.name, Qt.Key.Key_Z, redo)
    assert editor.name.text() == "CCAS"
    assert editor.sector.currentData() == "local_authority"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # unsaved changes: asks first
    qtbot.waitUntil(lambda: editor.discard_box is not None)
    box = editor.discard_box
    assert box is not None
    qtbot.mouseClick(box.findChild(QPushButton, "keepEditing"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.discard_box is None)
    assert page.editor is not None, "the editor stays open"
    assert editor.name.text() == "CCAS"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor.discard_box is not None)
    box = editor.discard_box
    assert box is not None
    qtbot.mouseClick(box.findChild(QPushButton, "discardChanges"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor is None)
    assert page.organisations.rowCount() == 0


def test_clear_closes_an_open_editor(qtbot: QtBot, page: DirectoryPage) -> None:
    _click(qtbot, page.new_organisation_button)
    assert page.editor is not None
    page.clear()
    assert page.editor is None
    assert not page.holds_record_data()


def test_a_contribution_keeps_its_value_in_kind_and_action_when_corrected(
    qtbot: QtBot, page: DirectoryPage, vault: Vault
) -> None:
    """Correcting the words of a contribution once dropped its value and its action."""
    with vault.session() as s:
        partner = programme.create_organisation(
            s, programme.OrganisationSpec("Mairie", programme.Sector.LOCAL_AUTHORITY)
        ).id
        groups = programme.create_action(
            s, programme.ActionSpec("Groupes de parole", programme.ActionKind.TALK_GROUP, 2026)
        ).id
        programme.create_action(
            s, programme.ActionSpec("Ancienne campagne", programme.ActionKind.TRAINING, 2025)
        )
        s.commit()
    page.load(vault)
    qtbot.waitUntil(lambda: page.snapshot is not None and page.organisations.rowCount() == 1)
    select_id(page.organisation_view, partner)
    _click(qtbot, page.add_contribution_button)
    editor = _editor(page)
    editor.year.setValue(2026)
    listed = [editor.action.itemText(i) for i in range(editor.action.count())]
    assert listed == ["Le programme dans son ensemble", "Groupes de parole"], listed
    assert not editor.in_kind_value.isEnabled(), "a value only goes with help in kind"
    _type(qtbot, editor.in_kind, "Salle municipale, dix soirs")
    assert editor.in_kind_value.isEnabled()
    _type(qtbot, editor.in_kind_value, "sept cents")
    editor.action.setCurrentIndex(editor.action.findData(groups))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.error_label("in_kind_value").text().startswith("Saisissez un montant")
    assert not editor.error_label("amount").isVisible()
    editor.in_kind_value.clear()
    _type(qtbot, editor.in_kind_value, "700")
    _save(qtbot, page)
    with vault.session() as s:
        (saved,) = programme.list_contributions(s)
    assert (saved.spec.in_kind_value, saved.spec.action_id) == (Decimal(700), groups)

    select_id(page.contribution_view, saved.id)
    page.edit_contribution()
    editor = _editor(page)
    assert editor.in_kind_value.text() == "700,00"
    assert editor.action.currentData() == groups
    editor.in_kind.selectAll()
    _type(qtbot, editor.in_kind, "Salle municipale, douze soirs")
    _save(qtbot, page)
    with vault.session() as s:
        (again,) = programme.list_contributions(s)
    assert again.spec.in_kind == "Salle municipale, douze soirs"
    assert (again.spec.in_kind_value, again.spec.action_id) == (Decimal(700), groups)
