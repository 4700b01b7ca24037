"""Groups and actions: an action with its yearly review, a weekly group, preview, undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from tests.ui.test_translations import _untranslated
from vpi_groups.programme import records as programme
from vpi_groups.programme.records import FacilitatorSpec, Sector
from vpi_groups.scheduling import records
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import ActionKind, ReviewStatus
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.models.programme import PreviewModel
from vpi_groups.ui.pages.programme_page import ProgrammePage
from vpi_groups.ui.widgets import select_id, selected_id


@pytest.fixture
def vault(vault_folder: tuple[Path, str]) -> Iterator[Vault]:
    opened = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    with opened.session() as s:
        for name in ("Claire Martin", "Karim Benali"):
            programme.create_facilitator(s, FacilitatorSpec(name, Sector.SOCIAL))
    yield opened
    opened.lock()


@pytest.fixture
def page(qtbot: QtBot, french: QApplication, vault: Vault) -> Iterator[ProgrammePage]:
    shown = ProgrammePage()
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    shown.load(vault)
    qtbot.waitUntil(lambda: shown.snapshot is not None)
    yield shown
    shown.clear()
    shown.runner.wait()


def _editor(page: ProgrammePage) -> Any:
    editor = page.editor
    assert editor is not None
    return editor


def _save(qtbot: QtBot, page: ProgrammePage) -> None:
    qtbot.keyClick(_editor(page), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy)


def _new_action(qtbot: QtBot, page: ProgrammePage, title: str, kind: str) -> Any:
    qtbot.mouseClick(page.new_action_button, Qt.MouseButton.LeftButton)
    editor = _editor(page)
    editor.title.setFocus()
    qtbot.keyClicks(editor.title, title)
    editor.kind.setCurrentIndex(editor.kind.findData(kind))
    editor.year.setValue(2026)
    return editor


def test_actions_review_and_a_weekly_group(qtbot: QtBot, page: ProgrammePage, vault: Vault) -> None:
    editor = _new_action(qtbot, page, "Formation des professionnels", "training")
    editor.trained[Sector.HEALTH].setValue(12)
    editor.review.setCurrentIndex(editor.review.findData("not_renewed"))
    assert editor.reason.isEnabled()
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # no reason: refused next to the field
    qtbot.waitUntil(lambda: editor.error_label("review_reason").isVisible())
    assert editor.error_label("review_reason").text() == (
        "Indiquez pourquoi l'action n'est pas reconduite."
    )
    editor.reason.setFocus()
    qtbot.keyClicks(editor.reason, "Fin du financement")
    with vault.session() as s:  # the directory's people, listed for working groups
        people = {f.spec.name for f in programme.list_facilitators(s)}
    assert (
        _untranslated(editor, {"Formation des professionnels", "Fin du financement", *people}) == []
    )
    _save(qtbot, page)
    assert page.action_model.cells(0) == (
        "1. Formation / information",
        "Formation des professionnels",
        "2026",
        "Non reconduite",
    )

    _new_action(qtbot, page, "Groupe de parole", "talk_group")
    _save(qtbot, page)
    row = next(r for r in range(2) if page.action_model.cells(r)[1] == "Groupe de parole")
    select_id(page.action_view, page.action_model.row_id(row))
    assert page.new_group_button.isEnabled()
    qtbot.mouseClick(page.new_group_button, Qt.MouseButton.LeftButton)
    group = _editor(page)
    group.name.setFocus()
    qtbot.keyClicks(group.name, "Groupe du jeudi")
    for index in range(group.facilitators.count()):
        group.facilitators.item(index).setCheckState(Qt.CheckState.Checked)
    group.frequency.setCurrentIndex(group.frequency.findData("weekly"))
    group.weekday.setCurrentIndex(3)  # Thursday
    group.start_date.setDate(QDate(2026, 5, 4))
    group.for_count.setChecked(True)
    group.count.setValue(4)
    group.holidays.setCurrentIndex(group.holidays.findData("none"))
    assert group.preview.rowCount() == 4
    group.holidays.setCurrentIndex(group.holidays.findData("metropole"))
    # Thursdays from 4 May 2026; Ascension is Thursday 14 May 2026.
    dates = [group.preview.cells(r)[PreviewModel.DATE] for r in range(group.preview.rowCount())]
    assert dates == [
        "jeudi 7 mai 2026",
        "jeudi 14 mai 2026",
        "jeudi 21 mai 2026",
        "jeudi 28 mai 2026",
        "jeudi 4 juin 2026",
    ]
    assert group.preview.cells(1)[PreviewModel.WHAT] == "Sautée : jour férié"
    assert group.preview.cells(0)[PreviewModel.TIME] == "18:00–19:30"
    assert group.preview.cells(4)[PreviewModel.WHAT] == "Séance 4"

    # Undo the holidays choice: the preview follows; redo brings it back.
    group.name.setFocus()
    qtbot.keyClick(group.name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert group.holidays.currentData() == "none"
    assert group.preview.rowCount() == 4
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(group.name, Qt.Key.Key_Z, redo)
    assert group.holidays.currentData() == "metropole"
    assert group.preview.rowCount() == 5
    # Day names come from the locale (Qt's own French), not from our catalogue.
    days = {QLocale().dayName(d) for d in range(1, 8)}
    data = {"Groupe du jeudi", "Claire Martin", "Karim Benali", *dates, *days}
    assert _untranslated(group, data) == []
    _save(qtbot, page)
    assert page.group_model.rowCount() == 1
    assert _untranslated(page, data | {"Groupe de parole", "Formation des professionnels"}) == []

    with vault.session() as s:
        (stored,) = records.list_groups(s)
        sessions = records.list_sessions(s, group_id=stored.id)
        actions = programme.list_actions(s, year=2026)
    paris = stored.spec.recurrence.timezone
    assert [x.start.astimezone(dt.UTC).date() for x in sessions] == [
        dt.date(2026, 5, 7),
        dt.date(2026, 5, 21),
        dt.date(2026, 5, 28),
        dt.date(2026, 6, 4),
    ]
    assert paris == "Europe/Paris"
    training = next(a for a in actions if a.spec.kind == "training")
    assert training.spec.review_reason == "Fin du financement"
    assert dict(training.spec.trained) == {Sector.HEALTH: 12}

    page.clear()
    assert not page.holds_record_data()
    assert page.action_model.rowCount() == page.group_model.rowCount() == 0


def test_clear_closes_the_group_editor(qtbot: QtBot, page: ProgrammePage) -> None:
    _new_action(qtbot, page, "Groupe", "talk_group")
    _save(qtbot, page)
    select_id(page.action_view, page.action_model.row_id(0))
    qtbot.mouseClick(page.new_group_button, Qt.MouseButton.LeftButton)
    assert page.editor is not None
    page.clear()
    assert page.editor is None
    assert not page.holds_record_data()


def confirm_renewal(qtbot: QtBot, page: ProgrammePage) -> str:
    """Wait for the renewal's question, answer "Create"; return the question's text."""
    qtbot.waitUntil(lambda: page.question is not None)
    box = page.question
    assert box is not None
    assert box.objectName() == "renewQuestion"
    text = box.text()
    button = box.findChild(QPushButton, "confirmRenewal")
    assert button is not None
    button.click()
    return text


def _select_new_training(qtbot: QtBot, page: ProgrammePage, vault: Vault, title: str) -> Any:
    """Create a 2026 training action, show the page read again, and select it."""
    with vault.session() as s:
        created = programme.create_action(s, programme.ActionSpec(title, ActionKind.TRAINING, 2026))
    page.load(vault)
    qtbot.waitUntil(lambda: page.snapshot is not None and len(page.snapshot.actions) == 1)
    page.year_filter.setCurrentIndex(page.year_filter.findData(2026))
    select_id(page.action_view, created.id)
    return created


def test_renewing_an_action_shows_next_years(
    qtbot: QtBot, page: ProgrammePage, vault: Vault
) -> None:
    first = _select_new_training(qtbot, page, vault, "Formation des professionnels")
    assert page.renew_action_button.isEnabled()
    qtbot.mouseClick(page.renew_action_button, Qt.MouseButton.LeftButton)
    confirm_renewal(qtbot, page)
    qtbot.waitUntil(lambda: page.snapshot is not None and len(page.snapshot.actions) == 2)
    with vault.session() as s:
        actions = {a.spec.year: a for a in programme.list_actions(s)}
    assert actions[2026].spec.review_status is ReviewStatus.RENEWED
    assert actions[2027].spec.previous_action_id == first.id
    assert page.year_filter.currentData() == 2027, "next year's action is shown"
    assert selected_id(page.action_view) == actions[2027].id
    assert page.message.text().startswith("« Formation des professionnels » se poursuit en 2027")
    page.year_filter.setCurrentIndex(page.year_filter.findData(2026))
    select_id(page.action_view, first.id)
    assert not page.renew_action_button.isEnabled(), "an action is renewed once"


def test_a_renewal_finishing_after_a_lock_shows_nothing(
    qtbot: QtBot, page: ProgrammePage, vault: Vault
) -> None:
    _select_new_training(qtbot, page, vault, "Titre à ne plus montrer")
    page.renew_action()
    confirm_renewal(qtbot, page)
    page.clear()  # the vault locks while the renewal runs
    qtbot.waitUntil(lambda: not page.runner.busy)
    assert page.message.text() == ""
    assert page.to_select is None
    assert not page.holds_record_data()
    with vault.session() as s:  # the renewal itself was saved
        assert len(programme.list_actions(s)) == 2
