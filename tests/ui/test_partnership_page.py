"""The partnership page, through the window: conventions, funders, grants, budget, the chart.

A convention with six signatories typed in its editor, recalled when it ends within 90
days (on the page and in the window's status bar); two funders; grants for two actions
requested, granted and paid, whose sums on screen are the ones counted by hand; a budget
line; the chart's figures; the services' refusals said in French; a deletion undone.
"Today" is fixed through the one clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QAbstractItemModel, QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from vpi_groups import clock
from vpi_groups.programme import funding, partnership
from vpi_groups.programme import records as programme
from vpi_groups.programme.records import ActionKind, ActionSpec, OrganisationSpec, Sector
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import BudgetCategory, CommitmentKind, FunderKind
from vpi_groups.ui.editors.convention import (
    ConventionDialog,
    LineDialog,
    LinesField,
    amount_refused,
)
from vpi_groups.ui.editors.funding import BudgetLineDialog, FunderDialog, GrantDialog
from vpi_groups.ui.funding_chart import SERIES_COLOURS, whole_euros
from vpi_groups.ui.main_window import PAGE_NAMES, MainWindow
from vpi_groups.ui.models.partnership import TOTAL_ID, programme_wide, read_amount
from vpi_groups.ui.pages.partnership import FUNDERS_TAB, FUNDING_TAB, PartnershipPage
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.tasks import database_worker

T = TypeVar("T")
TODAY = dt.date(2026, 11, 2)  # 59 days before the end of the year
YEAR = TODAY.year
PARTNERS = (
    ("Mairie de Villeneuve", Sector.LOCAL_AUTHORITY),
    ("CCAS de Villeneuve", Sector.SOCIAL),
    ("CIDFF du Val", Sector.ASSOCIATION),
    ("France Victimes — antenne locale", Sector.JUSTICE),
    ("Centre hospitalier", Sector.HEALTH),
    ("Commissariat de Villeneuve", Sector.JUSTICE),
    ("Collège Jean Moulin", Sector.EDUCATION),
)
ACTIONS = ("Groupes de parole pour les victimes", "Formation au repérage")


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    """The programme's clock says 2 November 2026, 10:00."""
    instant = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
    monkeypatch.setattr(clock, "now", lambda: instant)


@pytest.fixture
def directory(vault_folder: tuple[Path, str]) -> tuple[Path, dict[str, int]]:
    """A vault with seven partners and two actions of the year; no convention, no money."""
    folder = vault_folder[0]
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    made: dict[str, int] = {}
    with vault.session() as s:
        for name, sector in PARTNERS:
            made[name] = programme.create_organisation(s, OrganisationSpec(name, sector)).id
        made[ACTIONS[0]] = programme.create_action(
            s, ActionSpec(ACTIONS[0], ActionKind.TALK_GROUP, YEAR)
        ).id
        made[ACTIONS[1]] = programme.create_action(
            s, ActionSpec(ACTIONS[1], ActionKind.TRAINING, YEAR)
        ).id
    vault.lock()
    return folder, made


@pytest.fixture
def window(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    directory: tuple[Path, dict[str, int]],
) -> Iterator[MainWindow]:
    vault = vaults.unlock(directory[0], passphrase=PASSPHRASE)
    shown = MainWindow(vault=vault, preferences=preferences)
    qtbot.addWidget(shown)
    shown.resize(1280, 720)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    yield shown
    shown.close()


def _ready(page: PartnershipPage) -> bool:
    return page.snapshot is not None and not page.runner.busy and page.editor is None


def _page(qtbot: QtBot, window: MainWindow) -> PartnershipPage:
    """Show the partnership page once it has read the vault; its models checked."""
    page = window.partnership_page
    window.sidebar.setCurrentRow(window.pages.index(page))
    qtbot.waitUntil(lambda: _ready(page))
    models: list[QAbstractItemModel] = [
        page.conventions,
        page.signatories,
        page.commitments,
        page.amendments,
        page.funders,
        page.grants,
        page.by_funder,
        page.by_action,
        page.budget,
        page.in_kind,
        page.history,
    ]
    for model in models:  # every change from now on is checked by Qt's own tester
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    return page


def _run(window: MainWindow, work: Callable[[Any], T]) -> T:
    """One unit of work on the window's vault, once the window's worker is idle."""
    vault = window.vault
    assert vault is not None
    database_worker().waitForDone()
    return vault.run(work)


def _save(qtbot: QtBot, page: PartnershipPage) -> None:
    """Save the open editor; wait until it is closed and the window active again."""
    editor = page.editor
    assert editor is not None
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _ready(page))
    _activate(qtbot, page)


def _activate(qtbot: QtBot, page: PartnershipPage) -> None:
    """Give the window its activation back once a dialog closed: the keys reach the page.

    Offscreen, a closed dialog does not hand it back as a desktop does.
    """
    page.window().activateWindow()
    qtbot.waitUntil(lambda: page.window().isActiveWindow())


def _refused(qtbot: QtBot, page: PartnershipPage) -> Any:
    """Save the open editor, which the service refuses: it stays open, its error said."""
    editor = page.editor
    assert editor is not None
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.runner.busy and editor.save_button.isEnabled())
    assert page.editor is editor, "a refused editor stays open"
    return editor


def _line(qtbot: QtBot, field: LinesField, *, key: bool = False) -> LineDialog:
    """Open a new line's dialog, by Insert in the list or by its "Add…" button."""
    if key:
        field.view.setFocus()
        qtbot.keyClick(field.view, Qt.Key.Key_Insert)
    else:
        qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: field.dialog is not None and field.dialog.isVisible())
    dialog = field.dialog
    assert isinstance(dialog, LineDialog)
    return dialog


def _closed(field: LinesField) -> Callable[[], bool]:
    """Whether the line's dialog of ``field`` is closed (for waitUntil)."""
    return lambda: field.dialog is None


def _choose(combo: Any, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def _answer(qtbot: QtBot, page: PartnershipPage, button: str) -> None:
    box = page.confirm_box
    assert box is not None
    assert box.isVisible()
    choice = box.findChild(QPushButton, button)
    assert choice is not None, button
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirm_box is None and not page.runner.busy)
    _activate(qtbot, page)


def _cells(model: Any) -> list[tuple[str, ...]]:
    return [model.cells(row) for row in range(model.rowCount())]


def _euros(amount: str) -> str:
    """``12 500,00 €`` as the tables write it (narrow spaces between thousands)."""
    return amount.replace(" ", "\u202f").replace("\u202f€", "\u00a0€")


# ---------------------------------------------------------------- the page in the window


def test_the_page_comes_after_the_directory_and_explains_itself(
    qtbot: QtBot, window: MainWindow
) -> None:
    names = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert names[4:7] == ["Annuaire", window.tr("Partnership"), "Rapports"]
    assert PAGE_NAMES.index("partnership") == window.pages.index(window.partnership_page) == 5
    assert len(window.pages) == len(PAGE_NAMES) == 8
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.partnership_page
    page = _page(qtbot, window)
    assert page.is_empty_shown(), "no convention yet: what one is, and a button"
    assert page.convention_empty.button("firstConvention") is not None
    assert not page.banner.isVisible()
    assert not window.notice.isVisible()
    page.tabs.setCurrentIndex(FUNDERS_TAB)
    assert page.funder_empty.isVisible()
    page.tabs.setCurrentIndex(FUNDING_TAB)
    assert page.year_choice.currentData() == YEAR, "this year, by default"
    assert page.grants_empty.isVisible()
    assert page.grants_empty.button("grantsToFunders") is not None, "no funder: said first"
    assert not page.new_grant_button.isEnabled()


def test_a_convention_of_six_signatories_and_its_renewal_reminder(
    qtbot: QtBot, window: MainWindow, directory: tuple[Path, dict[str, int]]
) -> None:
    made = directory[1]
    page = _page(qtbot, window)
    button = page.convention_empty.button("firstConvention")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert isinstance(editor, ConventionDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.title)  # opens on the title
    for field in (editor.signatories, editor.commitments, editor.amendments):
        QAbstractItemModelTester(field.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    qtbot.keyClicks(editor.title, "Convention du reseau VIF")  # QTest types ASCII only
    editor.starts_on.setDate(QDate(2024, 1, 1))
    editor.ends_on.setDate(QDate(2026, 12, 31))

    # six signatories, one after the other ("OK, add another"), from the keyboard
    signatories = [name for name, _sector in PARTNERS[:6]]
    dialog = _line(qtbot, editor.signatories, key=True)
    for number, name in enumerate(signatories):
        assert dialog.objectName() == "signatoryEditor"
        assert dialog.organisation.findText(PARTNERS[6][0]) >= 0  # type: ignore[attr-defined]
        for earlier in signatories[:number]:  # an organisation signs once
            assert dialog.organisation.findText(earlier) < 0  # type: ignore[attr-defined]
        _choose(dialog.organisation, name)  # type: ignore[attr-defined]
        dialog.signed_by.setFocus()  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.signed_by, f"Signataire {number + 1}")  # type: ignore[attr-defined]
        if number < len(signatories) - 1:
            assert dialog.another_button is not None
            qtbot.mouseClick(dialog.another_button, Qt.MouseButton.LeftButton)
            old = dialog

            def next_one(old: QDialog = old) -> bool:
                shown = editor.signatories.dialog
                return shown is not None and shown is not old and shown.isVisible()

            qtbot.waitUntil(next_one)
            dialog = editor.signatories.dialog
        else:
            qtbot.keyClick(dialog.signed_by, Qt.Key.Key_Return)  # type: ignore[attr-defined]
            qtbot.waitUntil(lambda: editor.signatories.dialog is None)
    assert editor.tabs.tabText(0) == editor.tr("&Signatories (%1)").replace("%1", "6")
    # Delete removes the current line, and the editor's undo puts it back
    editor.signatories.view.setFocus()
    qtbot.keyClick(editor.signatories.view, Qt.Key.Key_Delete)
    assert len(editor.signatories.items()) == 5
    editor.undo_stack.undo()
    assert len(editor.signatories.items()) == 6

    # a commitment: an amount that is not one is refused in the dialog, in French
    editor.tabs.setCurrentIndex(1)
    dialog = _line(qtbot, editor.commitments)
    _choose(dialog.organisation, "Mairie de Villeneuve")  # type: ignore[attr-defined]
    dialog.kind.setCurrentIndex(dialog.kind.findData(CommitmentKind.MONEY.value))  # type: ignore[attr-defined]
    dialog.description.setText("Subvention annuelle")  # type: ignore[attr-defined]
    dialog.amount.setText("huit mille")  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert dialog.message.text() == amount_refused()
    dialog.amount.setText("8 000")  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.commitments.dialog is None)

    # the service's refusal, in French under the field: an end before the start
    editor.ends_on.setDate(QDate(2023, 12, 31))
    _refused(qtbot, page)
    error = editor.error_label("ends_on")
    assert error.isVisible()
    assert error.text() == "La fin précède le début."
    editor.ends_on.setDate(QDate(2026, 12, 31))
    assert not error.isVisible(), "the value changed: the sentence about the old one goes"
    _save(qtbot, page)

    stored = _run(window, partnership.list_conventions)
    assert len(stored) == 1
    spec = stored[0].spec
    assert [s.organisation_id for s in spec.signatories] == [made[n] for n in signatories]
    assert [s.signed_by for s in spec.signatories] == [f"Signataire {n}" for n in range(1, 7)]
    assert spec.commitments == (
        partnership.CommitmentSpec(
            made["Mairie de Villeneuve"], CommitmentKind.MONEY, "Subvention annuelle", Decimal(8000)
        ),
    )

    # listed, with its six signatories; and recalled: it ends within 90 days
    assert not page.is_empty_shown()
    assert page.conventions.cells(0)[3] == "6"
    assert page.signatories.rowCount() == 6
    sentence = (
        "La convention «\u00a0Convention du reseau VIF\u00a0» expire le 31 décembre 2026 "
        "(dans 59 jours)."
    )
    assert page.banner.isVisible()
    assert page.banner_text.text() == sentence
    assert window.notice.isVisible()
    assert window.notice_text.text() == sentence

    # the status bar's button leads to the convention
    window.sidebar.setCurrentRow(0)
    qtbot.mouseClick(window.notice_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is page
    assert page.tabs.currentIndex() == 0
    assert page.conventions.row_id(page.convention_view.currentIndex().row()) == stored[0].id


def test_the_reminder_shows_at_unlock_and_goes_once_a_new_convention_follows(
    qtbot: QtBot, window: MainWindow, directory: tuple[Path, dict[str, int]]
) -> None:
    made = directory[1]
    far = dt.date(2027, 6, 30)  # 240 days ahead: not yet
    _run(
        window,
        lambda s: partnership.create_convention(
            s,
            partnership.ConventionSpec(
                "Convention 2024-2026",
                dt.date(2024, 1, 1),
                far,
                signatories=(partnership.SignatorySpec(made["CIDFF du Val"]),),
            ),
        ),
    )
    window.lock()
    assert not window.notice.isVisible()
    assert window.unlock_dialog is not None
    window.unlock_dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        window.unlock_dialog.submit_passphrase()
    database_worker().waitForDone()
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert not window.notice.isVisible(), "ends in more than 90 days"

    # an amendment brings the end within 90 days: recalled at the next unlock
    def amend(session: Any) -> None:
        info = partnership.list_conventions(session)[0]
        amendment = partnership.AmendmentSpec(
            dt.date(2026, 10, 1), "Avenant n° 1", dt.date(2026, 12, 31)
        )
        spec = info.spec
        partnership.update_convention(
            session,
            info.id,
            partnership.ConventionSpec(
                spec.title,
                spec.starts_on,
                spec.ends_on,
                spec.object,
                spec.signatories,
                (),
                (amendment,),
            ),
        )

    _run(window, amend)
    window.lock()
    window.unlock_dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        window.unlock_dialog.submit_passphrase()
    qtbot.waitUntil(lambda: window.notice.isVisible())
    assert "expire le 31 décembre 2026 (dans 59 jours)" in window.notice_text.text()
    assert window.notice_text.toolTip() == window.notice_text.text()

    # a later convention follows it: nothing more to recall
    page = _page(qtbot, window)
    assert page.banner.isVisible()
    qtbot.mouseClick(page.new_convention_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert isinstance(editor, ConventionDialog)
    editor.title.setText("Convention 2027-2029")
    editor.starts_on.setDate(QDate(2027, 1, 1))
    editor.ends_on.setDate(QDate(2029, 12, 31))
    _save(qtbot, page)
    assert not page.banner.isVisible()
    assert not window.notice.isVisible()
    assert page.conventions.rowCount() == 2


def test_funders_grants_and_the_sums_counted_by_hand(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(qtbot, window)
    page.tabs.setCurrentIndex(FUNDERS_TAB)

    # two funders, typed in their editor
    for name, kind, programmes in (
        ("Préfecture", FunderKind.STATE, "FIPD"),
        ("CAF du Val", FunderKind.SOCIAL_FUND, "REAAP\nFonds local"),
    ):
        qtbot.mouseClick(page.new_funder_button, Qt.MouseButton.LeftButton)
        editor = page.editor
        assert isinstance(editor, FunderDialog)
        editor.name.setText(name)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        assert editor.error_label("funder_kind").isVisible(), "no kind chosen: said"
        assert page.editor is editor
        editor.kind.setCurrentIndex(editor.kind.findData(kind.value))
        editor.programmes.setPlainText(programmes)
        _save(qtbot, page)
    assert [c[0] for c in _cells(page.funders)] == ["CAF du Val", "Préfecture"]
    assert page.funders.cells(0)[2] == "Fonds local, REAAP"
    funders = {f.spec.name: f for f in _run(window, funding.list_funders)}

    # a funder of the same name (case aside) is refused, in French
    qtbot.mouseClick(page.new_funder_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert isinstance(editor, FunderDialog)
    editor.name.setText("préfecture")
    editor.kind.setCurrentIndex(0)
    _refused(qtbot, page)
    assert editor.error_label("name").text() == "Ce nom est déjà utilisé."
    editor.done(0)
    qtbot.waitUntil(lambda: page.editor is None)

    # grants for two actions: requested, granted, paid
    page.tabs.setCurrentIndex(FUNDING_TAB)
    assert page.new_grant_button.isEnabled()
    grants = (
        # funder, action, requested, granted, payments
        ("Préfecture", ACTIONS[0], "12 500", "10000,50", ("6000", "2 000,25")),
        ("Préfecture", ACTIONS[1], "4000", "", ()),
        ("CAF du Val", ACTIONS[0], "7 300,00", "7300", ("7300",)),
    )
    for funder, action, requested, granted, payments in grants:
        qtbot.mouseClick(page.new_grant_button, Qt.MouseButton.LeftButton)
        editor = page.editor
        assert isinstance(editor, GrantDialog)
        assert editor.year == YEAR
        _choose(editor.funder, funder)
        _choose(editor.action, action)
        editor.requested.setText(requested)
        editor.granted.setText(granted)
        for amount in payments:
            dialog = _line(qtbot, editor.payments)
            dialog.amount.setText(amount)  # type: ignore[attr-defined]
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(_closed(editor.payments))
        _save(qtbot, page)
    assert page.grants.rowCount() == 3

    # by hand: Préfecture asked 12 500 + 4 000, was granted 10 000,50 (and 4 000 pending)
    # and paid 6 000 + 2 000,25; the CAF asked, was granted and paid 7 300
    by_funder = {c[0]: c[1:] for c in _cells(page.by_funder)}
    assert by_funder == {
        "CAF du Val": (_euros("7 300,00 €"),) * 3 + (_euros("0,00 €"),),
        "Préfecture": (
            _euros("16 500,00 €"),
            _euros("10 000,50 €"),
            _euros("8 000,25 €"),
            _euros("2 000,25 €"),
        ),
        "Total": (
            _euros("23 800,00 €"),
            _euros("17 300,50 €"),
            _euros("15 300,25 €"),
            _euros("2 000,25 €"),
        ),
    }
    assert page.by_funder.row_id(page.by_funder.rowCount() - 1) == TOTAL_ID, "the total last"
    by_action = {c[0]: c[1:] for c in _cells(page.by_action)}
    assert by_action[ACTIONS[0]] == (
        _euros("19 800,00 €"),
        _euros("17 300,50 €"),
        _euros("15 300,25 €"),
        _euros("2 000,25 €"),
    )
    assert by_action[ACTIONS[1]] == (
        _euros("4 000,00 €"),
        _euros("0,00 €"),
        _euros("0,00 €"),
        _euros("0,00 €"),
    )
    assert by_action["Total"] == by_funder["Total"]
    assert "23\u202f800,00\u00a0€" in page.year_total.text()
    pending = next(c for c in _cells(page.grants) if c[2] == ACTIONS[1])
    assert pending[4] == page.grants.tr("pending")

    # payments above the amount granted: the service's refusal, under the payments
    page.grant_view.selectRow(
        next(r for r in range(page.grants.rowCount()) if page.grants.cells(r)[0] == "CAF du Val")
    )
    qtbot.mouseClick(page.edit_grant_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert isinstance(editor, GrantDialog)
    editor.granted.setText("7000")
    _refused(qtbot, page)
    assert editor.error_label("payments").text() == (
        "Les versements dépassent le montant accordé : vérifiez les montants versés et le "
        "montant accordé."
    )
    # and an amount that is not one, before anything is sent
    editor.requested.setText("12,5,0")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.error_label("requested").isVisible()
    assert not page.runner.busy
    editor.done(0)
    qtbot.waitUntil(lambda: page.editor is None)

    # a funder with grants cannot be deleted: the service's refusal, said on the page
    page.tabs.setCurrentIndex(FUNDERS_TAB)
    page.funder_view.selectRow(1)  # Préfecture
    qtbot.mouseClick(page.delete_funder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.runner.busy and bool(page.message.text()))
    assert page.confirm_box is None, "nothing to ask: it cannot be deleted"
    assert page.message.text() == (
        page.tr("The funder “%1” cannot be deleted: %2")
        .replace("%1", "Préfecture")
        .replace(
            "%2",
            "Des subventions y sont rattachées : supprimez-les ou rattachez-les ailleurs d'abord.",
        )
    )
    assert len(_run(window, funding.list_funders)) == 2

    # the chart: one bar a year, one part per funder then the partners' money
    page.tabs.setCurrentIndex(FUNDING_TAB)
    chart = page.chart
    assert chart.years == (str(YEAR),)
    assert chart.series == (
        ("CAF du Val", (Decimal("7300"),)),
        ("Préfecture", (Decimal("10000.50"),)),
        (page.history.series[-1][0], (Decimal(0),)),
    )
    assert "17\u202f300,50\u00a0€" in chart.accessibleDescription()
    page.money_tabs.setCurrentIndex(4)
    qtbot.waitExposed(chart)
    chart.repaint()
    assert len(chart.parts) == 2
    prefecture = next(p for p in chart.parts if p.series_index == 1)
    assert chart.tooltip_of(prefecture) == (
        page.tr("%1, %2: %3")
        .replace("%1", str(YEAR))
        .replace("%2", "Préfecture")
        .replace("%3", _euros("10 000,50 €"))
    )
    assert chart.part_at(prefecture.rect.center()) == prefecture
    total_row = page.history.rowCount() - 1
    assert page.history.data(page.history.index(total_row, 1)) == _euros("17 300,50 €")
    assert funders["Préfecture"].spec.programmes == ("FIPD",)


def test_a_budget_line_planned_against_actual_and_a_deletion_undone(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _page(qtbot, window)
    page.tabs.setCurrentIndex(FUNDING_TAB)
    page.money_tabs.setCurrentIndex(2)
    for category, label, action, planned, actual in (
        (BudgetCategory.PURCHASES, "Impression des affiches", None, "1 200", "1 350,40"),
        (BudgetCategory.OTHER_SERVICES, "Supervision", ACTIONS[0], "1750", ""),
    ):
        page.budget_view.setFocus()
        qtbot.keyClick(page.budget_view, Qt.Key.Key_Insert)
        editor = page.editor
        assert isinstance(editor, BudgetLineDialog)
        editor.category.setCurrentIndex(editor.category.findData(category.value))
        editor.label.setText(label)
        if action is not None:
            _choose(editor.action, action)
        editor.planned.setText(planned)
        editor.actual.setText(actual)
        _save(qtbot, page)
    rows = _cells(page.budget)
    assert rows[0] == (
        "60 – Achats",
        "Impression des affiches",
        programme_wide(),
        _euros("1 200,00 €"),
        _euros("1 350,40 €"),
        "+" + _euros("150,40 €"),
    )
    assert rows[1][1:] == ("Supervision", ACTIONS[0], _euros("1 750,00 €"), "", "")
    assert rows[2] == (
        page.budget.tr("Total"),
        "",
        "",
        _euros("2 950,00 €"),
        _euros("1 350,40 €"),
        _euros("-1 599,60 €"),
    )

    # a blank amount planned is said under its field, nothing sent
    page.budget_view.selectRow(0)
    page.budget_view.setFocus()
    qtbot.keyClick(page.budget_view, Qt.Key.Key_Return)
    editor = page.editor
    assert isinstance(editor, BudgetLineDialog)
    editor.planned.clear()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.error_label("planned").isVisible()
    editor.done(0)
    qtbot.waitUntil(lambda: page.editor is None)
    _activate(qtbot, page)

    # Delete asks; the line goes; Ctrl+Z makes it again
    page.budget_view.selectRow(1)
    page.budget_view.setFocus()
    qtbot.keyClick(page.budget_view, Qt.Key.Key_Delete)
    _answer(qtbot, page, "confirmDeleteButton")
    assert page.budget.rowCount() == 2  # one line and the total
    assert page.undo_button.isVisible()
    page.budget_view.setFocus()
    qtbot.keyClick(page.budget_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.runner.busy and page.budget.rowCount() == 3)
    assert not page.undo_button.isVisible()
    lines = _run(window, lambda s: funding.list_budget_lines(s, YEAR))
    assert sorted(line.spec.label for line in lines) == ["Impression des affiches", "Supervision"]


def test_a_convention_deleted_is_made_again_by_undo(
    qtbot: QtBot, window: MainWindow, directory: tuple[Path, dict[str, int]]
) -> None:
    made = directory[1]
    spec = partnership.ConventionSpec(
        "Convention 2025-2027",
        dt.date(2025, 1, 1),
        dt.date(2027, 12, 31),
        "Prévenir les violences intrafamiliales",
        tuple(partnership.SignatorySpec(made[name]) for name, _sector in PARTNERS[:3]),
        (
            partnership.CommitmentSpec(
                made["CIDFF du Val"], CommitmentKind.STAFF, "Une juriste", Decimal("5500")
            ),
        ),
    )
    _run(window, lambda s: partnership.create_convention(s, spec))
    page = _page(qtbot, window)
    assert page.conventions.rowCount() == 1
    assert page.object_text.text().endswith("Prévenir les violences intrafamiliales")
    qtbot.mouseClick(page.delete_convention_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, page, "keepButton")
    assert page.conventions.rowCount() == 1, "kept"
    qtbot.mouseClick(page.delete_convention_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, page, "confirmDeleteButton")
    assert page.is_empty_shown()
    assert _run(window, partnership.list_conventions) == ()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.runner.busy and page.conventions.rowCount() == 1)
    again = _run(window, partnership.list_conventions)
    assert [c.spec for c in again] == [spec]
    assert not page.undo_button.isVisible()


def test_the_year_chosen_is_kept_and_an_editor_through_a_lock(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _page(qtbot, window)
    page.tabs.setCurrentIndex(FUNDING_TAB)
    page.year_choice.setCurrentIndex(page.year_choice.findData(YEAR - 1))
    qtbot.waitUntil(lambda: _ready(page) and page.snapshot is not None)
    assert page.snapshot is not None
    assert page.snapshot.year == YEAR - 1
    window.sidebar.setCurrentRow(0)
    window.sidebar.setCurrentRow(window.pages.index(page))
    qtbot.waitUntil(lambda: _ready(page))
    assert page.year_choice.currentData() == YEAR - 1

    page.tabs.setCurrentIndex(0)
    qtbot.mouseClick(page.new_convention_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert isinstance(editor, ConventionDialog)
    qtbot.keyClicks(editor.title, "Convention en cours")
    window.lock()
    assert not page.holds_record_data()
    dialog = window.unlock_dialog
    assert dialog is not None
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        dialog.submit_passphrase()
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    reopened = page.editor
    assert isinstance(reopened, ConventionDialog)
    assert reopened.title.text() == "Convention en cours"
    assert page.year_choice.currentData() == YEAR - 1, "the year chosen stays"
    reopened.done(0)
    qtbot.waitUntil(lambda: page.editor is None)


# ---------------------------------------------------------------- parts


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("12500", Decimal("12500")),
        ("12 500", Decimal("12500")),
        ("12\u202f500", Decimal("12500")),
        ("12500,50", Decimal("12500.50")),
        ("12 500,50 €", Decimal("12500.50")),
        ("12.500,50", Decimal("12500.50")),
        ("12500.5", Decimal("12500.5")),
        ("", None),
        ("  ", None),
    ],
)
def test_amounts_are_read_as_typed(typed: str, amount: Decimal | None) -> None:
    assert read_amount(typed) == amount


@pytest.mark.parametrize("typed", ["abc", "12,50,3", "1e5", "-5", "12 500 000 €€x", "5,"])
def test_nonsense_is_not_an_amount(typed: str) -> None:
    with pytest.raises(ValueError, match=r"."):
        read_amount(typed)


def test_the_chart_colours_read_on_its_paper(qapp: QApplication) -> None:
    """Each part's colour 3:1 or more on the chart's white paper (WCAG 1.4.11)."""
    from tests.ui.test_contrast import NON_TEXT, ratio
    from vpi_groups.ui.chart import PAPER_COLOUR

    assert len(set(c.name() for c in SERIES_COLOURS)) == len(SERIES_COLOURS)
    for colour in SERIES_COLOURS:
        assert ratio(colour, PAPER_COLOUR) >= NON_TEXT, colour.name()


def test_whole_euros_on_the_axis() -> None:
    assert whole_euros(0) == "0\u00a0€"
    assert whole_euros(40000) == "40\u202f000\u00a0€"
    assert whole_euros(1234567.4) == "1\u202f234\u202f567\u00a0€"


def test_the_editors_fit_with_every_key_once(qtbot: QtBot) -> None:
    from tests.ui.test_shortcuts import duplicates, shortcuts

    organisations = tuple((n, f"Partenaire {n}") for n in range(1, 9))
    for editor in (
        ConventionDialog(None, organisations, TODAY),
        FunderDialog(None, organisations),
        GrantDialog(None, YEAR, (), ((1, "Action"),), TODAY),
        BudgetLineDialog(None, YEAR, ((1, "Action"),)),
    ):
        qtbot.addWidget(editor)
        assert duplicates(shortcuts(editor)) == [], editor.objectName()
        assert isinstance(editor, QDialog)
        assert isinstance(editor, QWidget)
