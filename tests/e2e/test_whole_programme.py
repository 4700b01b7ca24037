"""The acceptance walk of issue 19: a year's whole programme, through the window only.

From an empty vault, a coordinator fills the directory (five partners, seven
professionals), runs a training on two dates and records the fourteen professionals
who came, puts out a poster campaign with two supports, holds the plenary day whose
three orientations name next year's actions, counts a partner's month of receptions,
and runs a working group; then finds all of it in the agenda and in the 2026 report.

Every record is made with the widgets, the keyboard and the mouse; the services are
only read afterwards, and every expected figure is counted by hand here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from vpi_groups.programme import records as programme
from vpi_groups.programme import tallies
from vpi_groups.reports.values import Report, Table
from vpi_groups.scheduling import meetings, records
from vpi_groups.scheduling.professionals import session_professionals
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import (
    ActionKind,
    Gender,
    PublicActionKind,
    ReviewStatus,
    Sector,
    SessionStatus,
    SupportKind,
    TallyContact,
)
from vpi_groups.ui.editors.directory import FacilitatorDialog, OrganisationDialog
from vpi_groups.ui.editors.programme import ActionDialog
from vpi_groups.ui.main_window import PAGE_NAMES, MainWindow
from vpi_groups.ui.models.programme import ActionModel
from vpi_groups.ui.models.tasks import TasksModel
from vpi_groups.ui.new_session_dialog import NewSessionDialog
from vpi_groups.ui.pages.agenda import View
from vpi_groups.ui.pages.programme_page import ProgrammePage
from vpi_groups.ui.pages.reports_page import ReportsPage
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.session_dialog import SessionDialog
from vpi_groups.ui.task_editor import DecisionDialog, TaskDialog
from vpi_groups.ui.tasks import database_worker
from vpi_groups.ui.tasks_dialog import TasksDialog

PARIS = ZoneInfo("Europe/Paris")
YEAR = 2026

# The directory: five partners, each of its own sector.
CCAS, CIDFF, POLICE, HOSPITAL, SCHOOL = (
    "CCAS de Villeneuve",
    "CIDFF du Val",
    "Commissariat de Villeneuve",
    "Centre hospitalier du Val",
    "Collège Jean Moulin",
)
PARTNERS = {
    CCAS: Sector.SOCIAL,
    CIDFF: Sector.ASSOCIATION,
    POLICE: Sector.JUSTICE,
    HOSPITAL: Sector.HEALTH,
    SCHOOL: Sector.EDUCATION,
}
# Seven professionals of the network: facilitators, and the working group's members.
PEOPLE = {
    "Claire Martin": CCAS,
    "Karim Benali": CIDFF,
    "Sophie Durand": POLICE,
    "Hélène Petit": HOSPITAL,
    "Marc Lefèvre": SCHOOL,
    "Nadia Haddad": CCAS,
    "Thomas Roux": CIDFF,
}

TRAINING = "Repérer les violences conjugales"
FIRST_DAY, SECOND_DAY = dt.date(YEAR, 3, 10), dt.date(YEAR, 3, 17)
# Who came to the training, day by day: (partner, how many, names typed).
FIRST_DAY_CAME = ((CCAS, 4, ""), (CIDFF, 3, "Anne Roy; Léa Dufour; Inès Morel"), (POLICE, 2, ""))
# The same four CCAS people came back on the second day: they are not trained twice.
SECOND_DAY_CAME = ((HOSPITAL, 3, ""), (SCHOOL, 2, ""), (CCAS, 4, ""))

CAMPAIGN = "Parler, c'est agir"
POSTERS, POSTS = 300, 12

NEXT_YEAR = {  # the actions of 2027 the plenary's orientations name
    "Former les médecins généralistes": (ActionKind.TRAINING, None),
    "Stand au marché": (ActionKind.PUBLIC_ACTION, PublicActionKind.STAND),
    "Groupes de parole du matin": (ActionKind.TALK_GROUP, None),
}
PLENARY = "Journée plénière"
PLENARY_DAY = dt.date(YEAR, 6, 19)
ORIENTATIONS = (
    ("Former les médecins généralistes au repérage", {"Former les médecins généralistes"}),
    ("Aller vers les quartiers", {"Stand au marché", "Former les médecins généralistes"}),
    ("Un second groupe de parole, le matin", {"Groupes de parole du matin"}),
)

TALLY_MONTH = dt.date(YEAR, 9, 1)
TALLY = {  # CIDFF du Val's September: typed in the grid
    (TallyContact.RECEIVED, Gender.WOMAN): 12,
    (TallyContact.RECEIVED, Gender.MAN): 5,
    (TallyContact.INFORMED, Gender.WOMAN): 7,
}

WORKING_GROUP = "Commission repérage"
MEETING_DAY = dt.date(YEAR, 10, 6)
LEAD = "Claire Martin"
ABSENT = "Thomas Roux"  # the six others came
MINUTES = "Tour de table des partenaires ; bilan de la formation de mars."
DECISION = "Proposer la formation aux médecins généralistes en 2027"
TASK = "Envoyer le programme de la formation aux partenaires"
ASSIGNEE = "Karim Benali"
DUE = dt.date(YEAR, 11, 15)


# ---------------------------------------------------------------- helpers


@pytest.fixture
def window(
    qtbot: QtBot, french: QApplication, preferences: Preferences, vault_folder: tuple[Path, str]
) -> Iterator[MainWindow]:
    shown = MainWindow(
        vault=vaults.unlock(vault_folder[0], passphrase=PASSPHRASE), preferences=preferences
    )
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    yield shown
    shown.close()


def _go(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """Show a page by clicking its entry in the sidebar (the window active again)."""
    if not window.isActiveWindow():
        with qtbot.waitActive(window):
            window.activateWindow()
    item = window.sidebar.item(PAGE_NAMES.index(name))
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.sidebar.currentRow() == PAGE_NAMES.index(name)


def _read(window: MainWindow, work: Any) -> Any:
    """Read the vault once the window's worker is idle (a check, never a change)."""
    vault = window.vault
    assert vault is not None
    database_worker().waitForDone()
    return vault.run(work)


def _type(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Type ``text`` in ``field``; letters outside ASCII as a keyboard layout gives them."""
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    for char in text:
        if char.isascii():
            qtbot.keyClicks(field, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _choose(combo: Any, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _choose_text(combo: Any, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def _click(qtbot: QtBot, button: QAbstractButton | None) -> None:
    assert button is not None
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _ok(qtbot: QtBot, dialog: QDialog) -> None:
    """Click a small dialog's OK."""
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    _click(qtbot, box.button(QDialogButtonBox.StandardButton.Ok))


def _click_row(qtbot: QtBot, view: QAbstractItemView, index: QModelIndex) -> None:
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _tick(qtbot: QtBot, items: QListWidget, wanted: set[str]) -> None:
    """Tick the items whose text begins with one of ``wanted``, with the space bar.

    The list may be filled again as an item is ticked: each item is looked up anew.
    """
    texts = [items.item(row).text() for row in range(items.count())]
    for text in texts:
        if not any(text.startswith(name) for name in wanted):
            continue
        (item,) = items.findItems(text, Qt.MatchFlag.MatchExactly)
        items.setFocus(Qt.FocusReason.OtherFocusReason)
        items.setCurrentItem(item)
        qtbot.keyClick(items, Qt.Key.Key_Space)
    assert {text for text in _ticked(items)} >= {
        text for text in texts if any(text.startswith(name) for name in wanted)
    }


def _ticked(items: QListWidget) -> set[str]:
    return {
        items.item(row).text()
        for row in range(items.count())
        if items.item(row).checkState() == Qt.CheckState.Checked
    }


def _editor_saved(qtbot: QtBot, page: Any) -> None:
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy, timeout=10_000)


# ---------------------------------------------------------------- the programme page


def _programme(qtbot: QtBot, window: MainWindow) -> ProgrammePage:
    _go(qtbot, window, "programme")
    page = window.programme_page
    qtbot.waitUntil(lambda: page.snapshot is not None and not page.runner.busy)
    _choose(page.year_filter, None)  # every year: this year's and next year's actions
    return page


def _select_action(qtbot: QtBot, page: ProgrammePage, title: str) -> None:
    model = page.action_model
    row = next(
        r for r in range(model.rowCount()) if model.data(model.index(r, ActionModel.TITLE)) == title
    )
    _click_row(qtbot, page.action_view, model.index(row, ActionModel.TITLE))
    qtbot.waitUntil(lambda: page.edit_action_button.isEnabled())
    selected = page.action_view.selectionModel().selectedRows()
    assert [model.data(model.index(i.row(), ActionModel.TITLE)) for i in selected] == [title]


def _new_action(
    qtbot: QtBot,
    page: ProgrammePage,
    title: str,
    kind: ActionKind,
    year: int = YEAR,
    public: PublicActionKind | None = None,
) -> ActionDialog:
    """Open the action editor from the page's button, fill the title, axis and year."""
    _click(qtbot, page.new_action_button)
    editor = page.editor
    assert isinstance(editor, ActionDialog)
    qtbot.waitExposed(editor)
    _type(qtbot, editor.title, title)
    _choose(editor.kind, kind.value)
    editor.year.selectAll()
    _type(qtbot, editor.year, str(year))
    assert editor.year.value() == year
    if public is not None:
        _choose(editor.public_kind, public.value)
    return editor


def _save_editor(qtbot: QtBot, page: Any) -> None:
    """Enter in the editor: its Save."""
    editor = page.editor
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    _editor_saved(qtbot, page)


def _add_session(
    qtbot: QtBot,
    page: ProgrammePage,
    title: str,
    day: dt.date,
    hours: tuple[int, int],
    people: set[str],
) -> None:
    """The page's "Add a session" on the action ``title``; Enter in the last field saves."""
    _select_action(qtbot, page, title)
    _click(qtbot, page.new_session_button)
    editor = page.editor
    assert isinstance(editor, NewSessionDialog)
    qtbot.waitExposed(editor)
    assert editor.action.currentText().startswith(title)
    editor.date.setDate(QDate(day.year, day.month, day.day))
    editor.start_time.setTime(QTime(hours[0], 0))
    editor.end_time.setTime(QTime(hours[1], 0))
    _tick(qtbot, editor.facilitators, people)
    editor.end_time.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(editor.end_time, Qt.Key.Key_Return)
    _editor_saved(qtbot, page)
    assert page.message.text().startswith("Séance ajoutée"), page.message.text()


# ---------------------------------------------------------------- the agenda


def _agenda_month(qtbot: QtBot, window: MainWindow, month: dt.date) -> list[tuple[dt.date, str]]:
    """The agenda's list view of ``month``: each session's day and title."""
    agenda = window.agenda_page
    if window.stack.currentWidget() is not agenda:
        _go(qtbot, window, "agenda")
    agenda.go_to(month, View.LIST)
    qtbot.waitUntil(
        lambda: (
            not agenda.runner.busy
            and agenda.view == View.LIST
            and agenda.period_label.text().lower().endswith(str(month.year))
            and all(
                r.keys[0].astimezone(PARIS).month == month.month for r in agenda.list_model.rows()
            )
            and agenda.list_model.rowCount() > 0
        )
    )
    return [(r.keys[0].astimezone(PARIS).date(), r.cells[2]) for r in agenda.list_model.rows()]


def _open_from_agenda(qtbot: QtBot, window: MainWindow, day: dt.date) -> SessionDialog:
    """Double-click the session of ``day`` in the agenda's list."""
    agenda = window.agenda_page
    rows = agenda.list_model.rows()
    row = next(i for i, r in enumerate(rows) if r.keys[0].astimezone(PARIS).date() == day)
    index = agenda.list_model.index(row, 2)
    agenda.list_view.scrollTo(index)
    assert agenda.list_view.isVisible()
    centre = agenda.list_view.visualRect(index).center()
    # a double-click is a press and release, then the second press
    qtbot.mouseClick(agenda.list_view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(agenda.list_view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: window.session_dialog is not None)
    dialog = window.session_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.data is not None)
    assert dialog.data is not None
    assert dialog.data.info.start.astimezone(PARIS).date() == day
    return dialog


def _record_professionals(
    qtbot: QtBot, dialog: SessionDialog, came: tuple[tuple[str, int, str], ...]
) -> None:
    """The professionals tab: one line per partner, added with the panel's fields."""
    assert dialog.tabs.isTabVisible(dialog.professionals_tab)
    dialog.tabs.setCurrentIndex(dialog.professionals_tab)
    panel = dialog.professionals
    for partner, present, names in came:
        _choose_text(panel.organisation, f"{partner} ({_sector_fr(PARTNERS[partner])})")
        panel.present.selectAll()
        _type(qtbot, panel.present, str(present))
        if names:
            _type(qtbot, panel.names, names)
        _click(qtbot, panel.add_button)


def _sector_fr(sector: Sector) -> str:
    return {
        Sector.SOCIAL: "Social",
        Sector.ASSOCIATION: "Associatif",
        Sector.JUSTICE: "Justice",
        Sector.HEALTH: "Santé",
        Sector.EDUCATION: "Éducation",
    }[sector]


def _save_session(qtbot: QtBot, dialog: SessionDialog) -> None:
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        _click(qtbot, dialog.save_button)


# ---------------------------------------------------------------- the report


def _cell(table: Table, row: str, column: int = 0) -> object:
    """The exact value of a table's row (by its key) in one column."""
    keys = [label.key for label in table.rows]
    return table.cells[keys.index(row)][column].exact


# ---------------------------------------------------------------- the walk


def test_a_whole_year_of_the_programme_through_the_window(qtbot: QtBot, window: MainWindow) -> None:
    # 1. The directory: five partners, then seven professionals.
    _go(qtbot, window, "directory")
    directory = window.directory_page
    qtbot.waitUntil(lambda: directory.snapshot is not None and not directory.runner.busy)
    assert directory.is_empty_shown()
    for index, (name, sector) in enumerate(PARTNERS.items()):
        button = (
            directory.empty.button("firstOrganisation")
            if index == 0
            else directory.new_organisation_button
        )
        _click(qtbot, button)
        partner_editor = directory.editor
        assert isinstance(partner_editor, OrganisationDialog)
        qtbot.waitExposed(partner_editor)
        _type(qtbot, partner_editor.name, name)
        _choose(partner_editor.sector, sector.value)
        _save_editor(qtbot, directory)
    assert directory.organisations.rowCount() == 5
    for name, partner in PEOPLE.items():
        _click(qtbot, directory.new_facilitator_button)
        person_editor = directory.editor
        assert isinstance(person_editor, FacilitatorDialog)
        qtbot.waitExposed(person_editor)
        _type(qtbot, person_editor.name, name)
        _choose_text(person_editor.organisation, partner)
        _choose(person_editor.sector, PARTNERS[partner].value)
        _save_editor(qtbot, directory)
    assert directory.facilitators.rowCount() == 7

    partners = _read(window, programme.list_organisations)
    assert {(o.spec.name, o.spec.sector) for o in partners} == set(PARTNERS.items())
    people = _read(window, programme.list_facilitators)
    partner_of = {o.id: o.spec.name for o in partners}
    assert {p.spec.name: partner_of[p.spec.organisation_id or 0] for p in people} == PEOPLE

    # 2. The training, its two dates, and the professionals who came to each.
    page = _programme(qtbot, window)
    assert page.empty.button("firstAction") is not None
    _click(qtbot, page.empty.button("firstAction"))
    editor = page.editor
    assert isinstance(editor, ActionDialog)
    qtbot.waitExposed(editor)
    _type(qtbot, editor.title, TRAINING)
    _choose(editor.kind, ActionKind.TRAINING.value)
    editor.year.selectAll()
    _type(qtbot, editor.year, str(YEAR))  # whatever year the clock says
    assert editor.year.value() == YEAR
    _choose(editor.review, ReviewStatus.RUNNING.value)
    _save_editor(qtbot, page)
    _add_session(qtbot, page, TRAINING, FIRST_DAY, (9, 12), {"Claire Martin", "Karim Benali"})
    _add_session(qtbot, page, TRAINING, SECOND_DAY, (9, 12), {"Claire Martin", "Karim Benali"})

    (training,) = _read(window, programme.list_actions)
    assert (training.spec.title, training.spec.kind, training.spec.year) == (
        TRAINING,
        ActionKind.TRAINING,
        YEAR,
    )
    dates = _read(window, lambda s: records.list_sessions(s, action_id=training.id))
    assert [(x.start, x.end) for x in dates] == [
        (
            dt.datetime.combine(day, dt.time(9), tzinfo=PARIS),
            dt.datetime.combine(day, dt.time(12), tzinfo=PARIS),
        )
        for day in (FIRST_DAY, SECOND_DAY)
    ]

    assert _agenda_month(qtbot, window, FIRST_DAY) == [
        (FIRST_DAY, TRAINING),
        (SECOND_DAY, TRAINING),
    ]
    for day, came in ((FIRST_DAY, FIRST_DAY_CAME), (SECOND_DAY, SECOND_DAY_CAME)):
        dialog = _open_from_agenda(qtbot, window, day)
        _record_professionals(qtbot, dialog, came)
        shown = sum(present for _partner, present, _names in came)
        assert dialog.professionals.total.text() == f"{shown} professionnel·les présent·es"
        _save_session(qtbot, dialog)
    recorded = {
        day: _read(window, lambda s, sid=sid: session_professionals(s, sid))
        for day, sid in ((FIRST_DAY, dates[0].id), (SECOND_DAY, dates[1].id))
    }
    assert {(x.organisation, x.present) for x in recorded[FIRST_DAY]} == {
        (partner, present) for partner, present, _names in FIRST_DAY_CAME
    }
    assert {(x.organisation, x.present) for x in recorded[SECOND_DAY]} == {
        (partner, present) for partner, present, _names in SECOND_DAY_CAME
    }
    assert [x.names for x in recorded[FIRST_DAY] if x.organisation == CIDFF] == [
        ("Anne Roy", "Léa Dufour", "Inès Morel")
    ]

    # 3. The poster campaign and its two supports.
    editor = _new_action(
        qtbot, page, CAMPAIGN, ActionKind.PUBLIC_ACTION, public=PublicActionKind.POSTERS
    )
    _choose(editor.review, ReviewStatus.RUNNING.value)
    assert editor.supports.isVisibleTo(editor)
    for support_kind, quantity, places in (
        (SupportKind.POSTERS, POSTERS, "Mairie, centre social, pharmacies"),
        (SupportKind.SOCIAL_MEDIA, POSTS, "Page de la ville"),
    ):
        _click(qtbot, editor.supports.add_button)
        support = editor.supports.dialog
        assert support is not None
        qtbot.waitExposed(support)
        _choose(support.kind, support_kind.value)
        support.quantity.selectAll()
        _type(qtbot, support.quantity, str(quantity))
        _type(qtbot, support.places, places)
        _ok(qtbot, support)
        assert editor.supports.dialog is None
    assert editor.supports.model.rowCount() == 2
    _click(qtbot, editor.save_button)
    _editor_saved(qtbot, page)
    campaign = next(a for a in _read(window, programme.list_actions) if a.spec.title == CAMPAIGN)
    assert campaign.spec.public_kind is PublicActionKind.POSTERS
    assert [(x.kind, x.quantity) for x in campaign.spec.supports] == [
        (SupportKind.POSTERS, POSTERS),
        (SupportKind.SOCIAL_MEDIA, POSTS),
    ]

    # 4. Next year's actions, then the plenary, its date and its three orientations.
    for title, (kind, public) in NEXT_YEAR.items():
        _new_action(qtbot, page, title, kind, YEAR + 1, public)
        _save_editor(qtbot, page)
    editor = _new_action(qtbot, page, PLENARY, ActionKind.PLENARY)
    _choose(editor.review, ReviewStatus.RUNNING.value)
    assert editor.orientations.isVisibleTo(editor)
    for text, named in ORIENTATIONS:
        _click(qtbot, editor.orientations.add_button)
        orientation = editor.orientations.dialog
        assert orientation is not None
        qtbot.waitExposed(orientation)
        _type(qtbot, orientation.text, text)
        _tick(qtbot, orientation.actions_list, named)
        assert len(_ticked(orientation.actions_list)) == len(named)
        _ok(qtbot, orientation)
        assert editor.orientations.dialog is None
    assert editor.orientations.model.rowCount() == 3
    _click(qtbot, editor.save_button)
    _editor_saved(qtbot, page)
    _add_session(qtbot, page, PLENARY, PLENARY_DAY, (14, 17), {"Claire Martin"})

    actions = _read(window, programme.list_actions)
    id_of = {a.spec.title: a.id for a in actions}
    assert {a.spec.title: (a.spec.kind, a.spec.year) for a in actions} == {
        TRAINING: (ActionKind.TRAINING, YEAR),
        CAMPAIGN: (ActionKind.PUBLIC_ACTION, YEAR),
        PLENARY: (ActionKind.PLENARY, YEAR),
        **{title: (kind, YEAR + 1) for title, (kind, _public) in NEXT_YEAR.items()},
    }
    plenary = _read(window, lambda s: programme.get_action(s, id_of[PLENARY]))
    assert [(o.text, set(o.action_ids)) for o in plenary.spec.orientations] == [
        (text, {id_of[title] for title in named}) for text, named in ORIENTATIONS
    ]

    # 5. A partner's month on the Comptages page, saved with Ctrl+S.
    _go(qtbot, window, "tallies")
    counts = window.tallies_page
    qtbot.waitUntil(lambda: counts.snapshot is not None and not counts.runner.busy)
    _choose(counts.month, TALLY_MONTH.isoformat())
    _choose_text(counts.partner, CIDFF)
    for (contact, gender), persons in TALLY.items():
        cell = counts.cell(contact, gender)
        cell.selectAll()
        _type(qtbot, cell, str(persons))
    assert counts.grand_total.text() == str(12 + 5 + 7)
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not counts.runner.busy and not counts.is_dirty())
    assert counts.model.rowCount() == 1
    (tally,) = _read(window, tallies.tallies)
    assert (tally.month, tally.organisation, tally.total) == (TALLY_MONTH, CIDFF, 24)
    assert {key: n for key, n in tally.counts.items() if n} == TALLY

    # 6. The working group, last.
    _working_group(qtbot, window)

    # 7. All of it in the agenda...
    assert _agenda_month(qtbot, window, FIRST_DAY) == [
        (FIRST_DAY, TRAINING),
        (SECOND_DAY, TRAINING),
    ]
    assert _agenda_month(qtbot, window, PLENARY_DAY) == [(PLENARY_DAY, PLENARY)]
    assert _agenda_month(qtbot, window, MEETING_DAY) == [(MEETING_DAY, WORKING_GROUP)]

    # ... and in the 2026 report, built on the Rapports page.
    _go(qtbot, window, "reports")
    reports_page = window.reports_page
    qtbot.waitUntil(lambda: reports_page.report is not None and not reports_page.runner.busy)
    before = reports_page.report
    period = reports_page.period
    _choose(period.kind, period.kind.itemData(0))  # Année
    assert period.kind.currentText() == "Année"
    period.year.selectAll()
    _type(qtbot, period.year, str(YEAR))
    _click(qtbot, reports_page.compute_button)
    qtbot.waitUntil(
        lambda: (
            reports_page.report is not before
            and not reports_page.runner.busy
            and not reports_page.fitting()  # every table built, as the user scrolls to them
        ),
        timeout=20_000,
    )
    report = reports_page.report
    assert isinstance(report, Report)
    _check_report(report, reports_page)

    # The plenary's orientations, as the services read them now, name 2027's actions.
    actions = {a.id: a for a in _read(window, programme.list_actions)}
    plenary = actions[id_of[PLENARY]]
    assert len(plenary.spec.orientations) == 3
    for orientation, (text, named) in zip(plenary.spec.orientations, ORIENTATIONS, strict=True):
        assert orientation.text == text
        assert {actions[i].spec.title for i in orientation.action_ids} == named
        assert {actions[i].spec.year for i in orientation.action_ids} == {YEAR + 1}


def _working_group(qtbot: QtBot, window: MainWindow) -> None:
    """Step 6: a working group of seven, one meeting held, minutes, a decision and a task."""
    page = _programme(qtbot, window)
    editor = _new_action(qtbot, page, WORKING_GROUP, ActionKind.WORKING_GROUP)
    _choose(editor.review, ReviewStatus.RUNNING.value)
    members = editor.members
    assert editor.members_box.isVisibleTo(editor)
    qtbot.waitUntil(members.candidates_loaded)  # read from the directory on the worker
    assert members.list.count() == len(PEOPLE)
    _tick(qtbot, members.list, set(PEOPLE))
    _choose_text(members.lead, LEAD)
    _choose(editor.axis, ActionKind.TRAINING.value)
    _click(qtbot, editor.save_button)
    _editor_saved(qtbot, page)

    group = next(a for a in _read(window, programme.list_actions) if a.spec.title == WORKING_GROUP)
    people = {p.spec.name: p.id for p in _read(window, programme.list_facilitators)}
    assert (group.spec.kind, group.spec.year) == (ActionKind.WORKING_GROUP, YEAR)
    assert set(group.spec.members) == set(people.values())
    assert group.spec.lead_id == people[LEAD]
    assert {m.name for m in _read(window, lambda s: meetings.members(s, group.id))} == set(PEOPLE)

    # its meeting, added on the programme page like any dated session of an action
    _add_session(qtbot, page, WORKING_GROUP, MEETING_DAY, (14, 16), set())
    (meeting,) = _read(window, lambda s: records.list_sessions(s, action_id=group.id))
    assert meeting.start == dt.datetime.combine(MEETING_DAY, dt.time(14), tzinfo=PARIS)

    # held: who came, the minutes, a decision and a task, from the agenda's session dialog
    assert _agenda_month(qtbot, window, MEETING_DAY) == [(MEETING_DAY, WORKING_GROUP)]
    dialog = _open_from_agenda(qtbot, window, MEETING_DAY)
    assert not dialog.tabs.isTabVisible(dialog.professionals_tab)
    _choose(dialog.status, SessionStatus.HELD)
    dialog.tabs.setCurrentIndex(dialog.present_tab)
    present = dialog.meeting.present
    assert present.list.count() == len(PEOPLE)
    _tick(qtbot, present.list, set(PEOPLE) - {ABSENT})
    assert present.count.text().startswith("6 "), "six of the seven"
    dialog.tabs.setCurrentIndex(dialog.minutes_tab)
    _type(qtbot, dialog.meeting.minutes.editor, MINUTES)
    dialog.tabs.setCurrentIndex(dialog.follow_up_tab)
    follow_up = dialog.meeting.follow_up
    _click(qtbot, follow_up.add_decision_button)
    decision = follow_up.dialog
    assert isinstance(decision, DecisionDialog)
    qtbot.waitExposed(decision)
    _type(qtbot, decision.text, DECISION)
    _ok(qtbot, decision)
    qtbot.waitUntil(lambda: follow_up.dialog is None)
    assert follow_up.decisions.count() == 1
    _click(qtbot, follow_up.add_task_button)
    task = follow_up.dialog
    assert isinstance(task, TaskDialog)
    qtbot.waitExposed(task)
    _type(qtbot, task.what, TASK)
    _choose_text(task.who, ASSIGNEE)
    _click(qtbot, task.has_due)
    task.due.setDate(QDate(DUE.year, DUE.month, DUE.day))
    _ok(qtbot, task)
    qtbot.waitUntil(lambda: follow_up.dialog is None)
    assert follow_up.model.rowCount() == 1
    _save_session(qtbot, dialog)

    (held,) = _read(window, lambda s: records.list_sessions(s, action_id=group.id))
    assert held.status is SessionStatus.HELD
    came = _read(window, lambda s: meetings.present_members(s, held.id))
    assert came == {people[name] for name in PEOPLE if name != ABSENT}
    minutes = _read(window, lambda s: meetings.meeting_minutes(s, held.id))
    assert MINUTES in minutes
    decided = _read(window, lambda s: meetings.decisions(s, group.id))
    assert [(d.text, d.session_id) for d in decided] == [(DECISION, held.id)]
    (todo,) = _read(window, lambda s: meetings.tasks(s, action_id=group.id))
    assert (todo.what, todo.assignee, todo.due_on, todo.done) == (TASK, ASSIGNEE, DUE, False)
    assert todo.session_id == held.id

    # the follow-up tasks, from the window's menu (Ctrl+T): Karim Benali's one task
    _go(qtbot, window, "agenda")
    qtbot.keyClick(window.sidebar, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(window.findChildren(TasksDialog)))
    (listed,) = window.findChildren(TasksDialog)
    qtbot.waitUntil(lambda: listed.data is not None and not listed.runner.busy)
    _choose_text(listed.person, ASSIGNEE)
    qtbot.waitUntil(lambda: not listed.runner.busy and listed.model.rowCount() == 1)
    assert listed.model.data(listed.model.index(0, TasksModel.WHAT)) == TASK
    assert listed.model.data(listed.model.index(0, TasksModel.GROUP)) == WORKING_GROUP
    with qtbot.waitSignal(listed.finished):
        qtbot.keyClick(listed, Qt.Key.Key_Escape)


def _shown(page: ReportsPage, table_id: str) -> dict[str, list[str]]:
    """A table of the report as the Rapports page shows it: each row's cells by its name."""
    report = page.report
    assert report is not None
    index = [t.id for t in report.tables].index(table_id)
    model = page.table_models[index]
    rows = [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    return {row[0]: row[1:] for row in rows}


def _check_report(report: Report, page: ReportsPage) -> None:
    """The 2026 report's tables, against what was typed (counted by hand)."""
    # Professionals trained: 4 + 3 + 2 on the first day, then 3 + 2 newcomers on the
    # second (the four CCAS people came back: trained once).
    trained = report.table("professionals-trained-by-sector")
    by_hand = {
        Sector.SOCIAL: 4,
        Sector.ASSOCIATION: 3,
        Sector.JUSTICE: 2,
        Sector.HEALTH: 3,
        Sector.EDUCATION: 2,
        Sector.LOCAL_AUTHORITY: 0,
        Sector.OTHER: 0,
    }
    assert {sector: _cell(trained, sector.value) for sector in Sector} == by_hand
    assert trained.column_totals is not None
    assert trained.column_totals[0].exact == 14
    assert all(cell.published == cell.exact for cell in trained.all_cells())
    shown = _shown(page, "professionals-trained-by-sector")
    assert shown["Social"] == ["4"]
    assert shown["Ensemble"] == ["14"]

    # The campaign's supports: 300 posters, 12 posts.
    supports = report.table("public-supports-by-support")
    assert _cell(supports, SupportKind.POSTERS.value) == POSTERS
    assert _cell(supports, SupportKind.SOCIAL_MEDIA.value) == POSTS
    assert sum(row[0].exact or 0 for row in supports.cells) == POSTERS + POSTS
    shown = _shown(page, "public-supports-by-support")
    assert shown["Affiches"] == ["300"]
    assert shown["Réseaux sociaux"] == ["12"]
    assert shown["Ensemble"] == ["312"]
    carried = report.table("public-actions-by-form")
    assert _cell(carried, PublicActionKind.POSTERS.value) == 1

    # Persons received or informed by CIDFF du Val in September: 12 + 5 + 7.
    received = report.table("persons-received-by-month")
    month_key = f"{TALLY_MONTH.isoformat()}/{dt.date(YEAR, 9, 30).isoformat()}"
    assert _cell(received, month_key) == 24
    assert received.cells[[r.key for r in received.rows].index(month_key)][0].published == 24
    assert sum(row[0].exact or 0 for row in received.cells) == 24, "no other month"
    by_contact = report.table("persons-received-by-contact")
    september = [c.key for c in by_contact.columns].index(month_key)
    assert _cell(by_contact, TallyContact.RECEIVED.value, september) == 12 + 5
    assert _cell(by_contact, TallyContact.INFORMED.value, september) == 7
    by_gender = report.table("persons-received-by-gender")
    assert _cell(by_gender, Gender.WOMAN.value, september) == 12 + 7
    assert _cell(by_gender, Gender.MAN.value, september) == 5
    assert _shown(page, "persons-received-by-month")["septembre 2026"] == ["24"]

    # The working group: one row, its meeting held.
    groups = report.table("working-groups-by-action")
    assert [label.fr for label in groups.rows] == [f"{WORKING_GROUP} ({YEAR})"]
    columns = [label.key for label in groups.columns]
    assert columns == ["members", "meetings", "present", "decisions"]
    (row,) = groups.cells
    assert [cell.exact for cell in row] == [7, 1, 6, 1]  # members, held, present, decisions
    assert _shown(page, "working-groups-by-action") == {
        f"{WORKING_GROUP} ({YEAR})": ["7", "1", "6", "1"]
    }
    # the six present, by their partner's sector (Thomas Roux, of the CIDFF, was away)
    attendance = report.table("meeting-attendance-by-sector")
    assert {sector: _cell(attendance, sector.value) for sector in Sector} == {
        Sector.SOCIAL: 2,  # Claire Martin, Nadia Haddad
        Sector.ASSOCIATION: 1,  # Karim Benali
        Sector.JUSTICE: 1,
        Sector.HEALTH: 1,
        Sector.EDUCATION: 1,
        Sector.LOCAL_AUTHORITY: 0,
        Sector.OTHER: 0,
    }
