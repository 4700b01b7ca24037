"""The reception tallies page, through the window.

A partner's month typed, listed, reloaded, changed and deleted; typed counts never lost
in silence (a question first, a draft at a lock); no month after the current one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from vpi_groups import clock
from vpi_groups.programme import records as programme
from vpi_groups.programme import tallies
from vpi_groups.programme.records import OrganisationSpec, Sector
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Gender, TallyContact
from vpi_groups.ui.main_window import PAGE_NAMES, MainWindow
from vpi_groups.ui.models.tallies import TallyModel, month_text
from vpi_groups.ui.pages.tallies import CELLS, TalliesPage
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.tasks import database_worker

RECEIVED, INFORMED = TallyContact.RECEIVED, TallyContact.INFORMED
WOMAN, MAN, UNSAID = Gender.WOMAN, Gender.MAN, Gender.UNSAID
T = TypeVar("T")


def _today() -> dt.date:
    return clock.now().astimezone(clock.PROGRAMME_ZONE).date()


def _last_month() -> dt.date:
    return (_today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)


@pytest.fixture
def partners(vault_folder: tuple[Path, str]) -> tuple[Path, dict[str, int]]:
    """A vault whose directory holds two partners, and no tally yet."""
    folder = vault_folder[0]
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    with vault.session() as s:
        made = {
            name: programme.create_organisation(s, OrganisationSpec(name, sector)).id
            for name, sector in (
                ("CIDFF du Val", Sector.ASSOCIATION),
                ("France Victimes — antenne locale", Sector.JUSTICE),
            )
        }
    vault.lock()
    return folder, made


@pytest.fixture
def window(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    partners: tuple[Path, dict[str, int]],
) -> Iterator[MainWindow]:
    vault = vaults.unlock(partners[0], passphrase=PASSPHRASE)
    shown = MainWindow(vault=vault, preferences=preferences)
    qtbot.addWidget(shown)
    shown.resize(1280, 720)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    yield shown
    shown.close()


def _page(qtbot: QtBot, window: MainWindow) -> TalliesPage:
    """Show the tallies page (it reads the vault when first shown)."""
    page = window.tallies_page
    window.sidebar.setCurrentRow(window.pages.index(page))
    qtbot.waitUntil(lambda: page.snapshot is not None and not page.runner.busy)
    return page


def _choose(page: TalliesPage, month: dt.date, partner: str | None) -> None:
    page.month.setCurrentIndex(page.month.findData(month.isoformat()))
    if partner is not None:
        page.partner.setCurrentIndex(page.partner.findText(partner))


def _type(qtbot: QtBot, page: TalliesPage, contact: TallyContact, gender: Gender, n: int) -> None:
    cell = page.cell(contact, gender)
    cell.setFocus()
    cell.selectAll()
    qtbot.keyClicks(cell, str(n))


def _save(qtbot: QtBot, page: TalliesPage) -> None:
    """Ctrl+S, from the field that has the keyboard focus."""
    focused = QApplication.focusWidget()
    assert focused is not None
    assert page.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.runner.busy)


def _answer(qtbot: QtBot, page: TalliesPage, button: str) -> None:
    box = page.question
    assert box is not None
    assert box.isVisible()
    choice = box.findChild(QPushButton, button)
    assert choice is not None, button
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.question is None)


def _run(window: MainWindow, work: Callable[[Any], T]) -> T:
    """One unit of work on the window's vault, once the window's worker is idle."""
    vault = window.vault
    assert vault is not None
    database_worker().waitForDone()
    return vault.run(work)


def _stored(window: MainWindow) -> list[tallies.TallyLine]:
    return _run(window, tallies.tallies)


# ---------------------------------------------------------------- the page in the window


def test_the_page_comes_after_participants_and_explains_itself(
    qtbot: QtBot, window: MainWindow
) -> None:
    names = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert names[2:5] == ["Participants", "Comptages", "Annuaire"]
    assert PAGE_NAMES.index("tallies") == window.pages.index(window.tallies_page) == 3
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.tallies_page
    page = _page(qtbot, window)
    assert page.explanation.text() == (
        "Des nombres seulement : aucun nom, aucune personne. Les bilans masquent les petits "
        "effectifs, comme pour les présences."
    )
    assert page.is_empty_shown()
    assert page.empty.isVisible()
    assert not page.table.isVisible()
    assert "jamais un nom ni une personne" in page.empty.text()
    assert "comme les présences" in page.empty.text()
    assert page.editor_box.isEnabled(), "the directory has partners: the editor is ready"
    assert page.month.currentData() == _last_month().isoformat()
    assert page.month.itemText(0) == month_text(_today().replace(day=1)), "none after this one"
    assert page.partner.currentIndex() == -1, "no partner chosen for the user"
    start = page.empty.button("firstTally")
    assert start is not None
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is page.month


def test_an_empty_directory_sends_to_the_directory(
    qtbot: QtBot, french: QApplication, preferences: Preferences, vault_folder: tuple[Path, str]
) -> None:
    vault = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    window = MainWindow(vault=vault, preferences=preferences)
    qtbot.addWidget(window)
    window.show()
    page = _page(qtbot, window)
    assert page.is_empty_shown()
    assert not page.editor_box.isEnabled()
    assert "annuaire" in page.empty.text()
    go = page.empty.button("goToDirectory")
    assert go is not None
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.directory_page
    window.close()


def test_record_list_reload_change_and_delete_a_partners_month(
    qtbot: QtBot, window: MainWindow, partners: tuple[Path, dict[str, int]]
) -> None:
    page = _page(qtbot, window)
    month = _last_month()
    _choose(page, month, "CIDFF du Val")
    assert page.state.text() == "Rien n’est encore enregistré pour ce partenaire ce mois-ci."
    _type(qtbot, page, RECEIVED, WOMAN, 12)
    _type(qtbot, page, RECEIVED, MAN, 2)
    _type(qtbot, page, INFORMED, WOMAN, 5)
    _type(qtbot, page, INFORMED, UNSAID, 1)
    # the totals follow what is typed, row by row, column by column, in all
    assert page.row_totals[RECEIVED].text() == "14"
    assert page.row_totals[INFORMED].text() == "6"
    assert page.column_totals[WOMAN].text() == "17"
    assert page.column_totals[UNSAID].text() == "1"
    assert page.grand_total.text() == "20"
    assert page.is_dirty()
    assert page.state.text() == "Pas encore enregistré (Ctrl+S enregistre)."

    _save(qtbot, page)
    assert (
        page.message.text() == f"Enregistré : 20 personnes pour {month_text(month)}, CIDFF du Val."
    )
    assert not page.is_dirty()
    assert not page.is_empty_shown()
    assert page.table.isVisible()
    assert page.model.rowCount() == 1
    assert page.model.cells(0) == (month_text(month), "CIDFF du Val", "14", "6", "20")
    assert page.table.selectionModel().selectedRows()[0].row() == 0, "the line saved is selected"
    stored = _stored(window)
    assert [(x.month, x.organisation, x.total) for x in stored] == [(month, "CIDFF du Val", 20)]
    assert stored[0].counts[INFORMED, UNSAID] == 1
    assert page.delete_button.isEnabled()

    # another partner: nothing recorded, an empty grid; the line brings the counts back
    _choose(page, month, "France Victimes — antenne locale")
    assert page.counts() == (0,) * len(CELLS)
    assert page.table.selectionModel().selectedRows() == []
    assert not page.delete_button.isEnabled()
    page.table.selectRow(0)
    assert page.partner.currentText() == "CIDFF du Val"
    assert page.month.currentData() == month.isoformat()
    assert page.cell(RECEIVED, WOMAN).value() == 12
    assert page.grand_total.text() == "20"
    assert page.state.text() == "Tel qu’enregistré."

    # changed and saved again: the month is replaced, not added to
    _type(qtbot, page, RECEIVED, MAN, 3)
    assert page.grand_total.text() == "21"
    _save(qtbot, page)
    assert page.model.rowCount() == 1
    assert page.model.cells(0)[TallyModel.RECEIVED :] == ("15", "6", "21")
    assert [x.total for x in _stored(window)] == [21]

    # deleted, after a question whose safe answer keeps it
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.question is not None
    assert "21 personnes" in page.question.text()
    _answer(qtbot, page, "keepButton")
    assert page.model.rowCount() == 1
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, page, "confirmDeleteButton")
    qtbot.waitUntil(lambda: not page.runner.busy)
    assert page.model.rowCount() == 0
    assert _stored(window) == []
    assert page.is_empty_shown()
    assert page.counts() == (0,) * len(CELLS)
    assert page.message.text() == f"Supprimé : les nombres de {month_text(month)}, CIDFF du Val."


def test_typed_counts_are_not_lost_without_a_question(
    qtbot: QtBot, window: MainWindow, partners: tuple[Path, dict[str, int]]
) -> None:
    month = _last_month()
    cidff = partners[1]["CIDFF du Val"]
    _run(window, lambda s: tallies.record_tally(s, month, cidff, {(RECEIVED, WOMAN): 4}))
    page = _page(qtbot, window)

    # typed before the partner is chosen: the counts follow the choice (nothing to lose)
    _choose(page, month, None)
    _type(qtbot, page, INFORMED, MAN, 7)
    _choose(page, month, "France Victimes — antenne locale")
    assert page.question is None
    assert page.cell(INFORMED, MAN).value() == 7

    # a month recorded: asked first; keeping goes back to the month, partner and counts
    page.table.selectRow(0)
    assert page.question is not None
    _answer(qtbot, page, "keepEditing")
    assert page.partner.currentText() == "France Victimes — antenne locale"
    assert page.cell(INFORMED, MAN).value() == 7
    assert page.table.selectionModel().selectedRows() == []
    # losing them shows the month chosen
    page.table.selectRow(0)
    _answer(qtbot, page, "discardChanges")
    assert page.partner.currentText() == "CIDFF du Val"
    assert page.counts()[CELLS.index((RECEIVED, WOMAN))] == 4
    assert page.cell(INFORMED, MAN).value() == 0
    assert not page.is_dirty()

    # a changed recorded month asks too before another month is shown
    _type(qtbot, page, RECEIVED, WOMAN, 5)
    _choose(page, _today().replace(day=1), None)
    assert page.question is not None
    _answer(qtbot, page, "keepEditing")
    assert page.month.currentData() == month.isoformat()
    assert page.cell(RECEIVED, WOMAN).value() == 5


def test_unsaved_counts_are_kept_through_a_lock(
    qtbot: QtBot, window: MainWindow, partners: tuple[Path, dict[str, int]]
) -> None:
    page = _page(qtbot, window)
    month = _last_month()
    _choose(page, month, "CIDFF du Val")
    _type(qtbot, page, RECEIVED, WOMAN, 9)
    window.lock()
    assert not page.holds_record_data()
    dialog = window.unlock_dialog
    assert dialog is not None
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        dialog.submit_passphrase()
    qtbot.waitUntil(lambda: page.snapshot is not None and page.is_dirty())
    assert window.stack.currentWidget() is page
    assert page.partner.currentText() == "CIDFF du Val"
    assert page.cell(RECEIVED, WOMAN).value() == 9
    assert "remis" in page.message.text()


def test_a_month_not_begun_is_refused_next_to_the_month(
    qtbot: QtBot,
    window: MainWindow,
    partners: tuple[Path, dict[str, int]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, window)
    this_month = _today().replace(day=1)
    assert page.month.itemData(0) == this_month.isoformat(), "the chooser stops at this month"
    # the window was read this month; by the time it saves, the clock says otherwise
    earlier = clock.now() - dt.timedelta(days=40)
    monkeypatch.setattr(clock, "now", lambda: earlier)
    _choose(page, this_month, "CIDFF du Val")
    _type(qtbot, page, RECEIVED, WOMAN, 3)
    _save(qtbot, page)
    assert page.month_error.isVisible()
    assert page.month_error.text().startswith("Ce mois n'est pas encore commencé")
    assert QApplication.focusWidget() is page.month
    assert page.model.rowCount() == 0
    assert _stored(window) == []
    assert page.is_dirty(), "the counts typed stay, to save for another month"
    # a partner must be chosen: said next to the partner
    page.partner.setCurrentIndex(-1)
    page.cell(RECEIVED, WOMAN).setFocus()
    _save(qtbot, page)
    assert page.partner_error.text() == "Choisissez un partenaire."
    assert QApplication.focusWidget() is page.partner


def test_keyboard_tab_goes_row_by_row_and_enter_opens_a_line(
    qtbot: QtBot, window: MainWindow, partners: tuple[Path, dict[str, int]]
) -> None:
    month = _last_month()
    cidff = partners[1]["CIDFF du Val"]
    _run(window, lambda s: tallies.record_tally(s, month, cidff, {(INFORMED, MAN): 2}))
    page = _page(qtbot, window)
    assert page.model.rowCount() == 1
    _choose(page, month, None)

    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.partner.currentText() == "CIDFF du Val"
    assert QApplication.focusWidget() is page.cells[0], "Enter opens the line in the grid"

    page.month.setFocus()
    expected: list[QWidget] = [page.partner, *page.cells, page.save_button, page.delete_button]
    for widget in expected:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget, widget.objectName()
    assert [c.objectName() for c in page.cells[:5]] == [
        "tally_received_woman",
        "tally_received_man",
        "tally_received_other",
        "tally_received_unsaid",
        "tally_informed_woman",
    ]
    names = {c.accessibleName() for c in page.cells}
    assert len(names) == len(CELLS)
    assert "Reçue en entretien, Femme" in names


def test_a_count_out_of_range_is_said_and_not_saved(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(qtbot, window)
    _choose(page, _last_month(), "CIDFF du Val")
    cell = page.cell(RECEIVED, WOMAN)
    _type(qtbot, page, RECEIVED, WOMAN, 12345)
    assert cell.message_text() == "Reçue en entretien, Femme : entre 0 et 9999 personnes"
    assert cell.message.isVisible()
    _save(qtbot, page)
    assert page.grid_error.text() == "Corrigez le nombre refusé avant d’enregistrer."
    assert page.model.rowCount() == 0


def test_the_model_passes_the_model_tester(
    qtbot: QtBot,
    window: MainWindow,
    partners: tuple[Path, dict[str, int]],
    qtmodeltester: object,
) -> None:
    cidff, victims = partners[1]["CIDFF du Val"], partners[1]["France Victimes — antenne locale"]
    last = _last_month()
    before = (last - dt.timedelta(days=1)).replace(day=1)

    def record(s: Any) -> None:
        tallies.record_tally(s, last, victims, {(RECEIVED, WOMAN): 3, (INFORMED, MAN): 1})
        tallies.record_tally(s, last, cidff, {(RECEIVED, WOMAN): 1200})
        tallies.record_tally(s, before, cidff, {(INFORMED, UNSAID): 2})

    _run(window, record)
    page = _page(qtbot, window)
    model = page.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert [model.cells(r)[:2] for r in range(model.rowCount())] == [
        (month_text(last), "CIDFF du Val"),
        (month_text(last), "France Victimes — antenne locale"),
        (month_text(before), "CIDFF du Val"),
    ], "latest month first, partners in dictionary order"
    assert model.cells(0)[TallyModel.TOTAL] == "1\u202f200"
    alignment = model.data(model.index(0, TallyModel.TOTAL), Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    model.sort(TallyModel.TOTAL, Qt.SortOrder.AscendingOrder)
    assert [model.cells(r)[TallyModel.TOTAL] for r in range(3)] == ["2", "4", "1\u202f200"]
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    # the year filter keeps the lines of one year
    page.year_filter.setCurrentIndex(page.year_filter.findData(before.year))
    assert all(before.year == int(model.cells(r)[0][-4:]) for r in range(model.rowCount()))
    page.year_filter.setCurrentIndex(0)
    model.clear()
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_partner_added_in_the_directory_is_offered_when_the_page_is_shown_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _page(qtbot, window)
    assert page.partner.count() == 2
    _choose(page, _last_month(), "CIDFF du Val")
    _type(qtbot, page, RECEIVED, WOMAN, 4)
    window.sidebar.setCurrentRow(window.pages.index(window.directory_page))
    _run(
        window, lambda s: programme.create_organisation(s, OrganisationSpec("CCAS", Sector.SOCIAL))
    )
    window.sidebar.setCurrentRow(window.pages.index(page))
    qtbot.waitUntil(lambda: page.partner.count() == 3 and not page.runner.busy)
    assert page.partner.currentText() == "CIDFF du Val", "what was typed stays"
    assert page.cell(RECEIVED, WOMAN).value() == 4
    assert page.is_dirty()
