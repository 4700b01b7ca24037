"""The partnership ("Partenariat"): the conventions, the funders, and the money of each year.

Three tabs. **Convention**: the conventions the programme rests on (their term as
amended, their signatories), and for the one selected its signatories, their
commitments and its amendments; a banner says when one is to be renewed (it ends
within :data:`~vpi_groups.programme.partnership.RENEWAL_NOTICE_DAYS` days, or ended
lately, and no later convention follows it). **Funders**: who funds the programme,
under which programmes or funds. **Funding**: for the year chosen, the grants asked
(requested, granted, paid, still to be received), their sums by funder and by action,
the budget planned against actual, the partners' help in kind (edited with their
contributions in the directory), and the money of every year as a chart and a table.

Every read and every save is one unit of work on the database worker; a save also
reads the page back, so the tables show what the vault holds. Editors are dialogs
opened without blocking, which stay open with the service's refusal under the field
concerned until the save succeeds (and are kept as drafts when the window locks).
A deletion is asked first, and can be undone right after (button or Ctrl+Z): the
record is made again from what it said.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vpi_groups import clock
from vpi_groups.language import of_locale
from vpi_groups.programme import funding, partnership
from vpi_groups.programme import records as programme
from vpi_groups.programme.funding import (
    BudgetLineInfo,
    FunderInfo,
    FundingHistory,
    FundingYear,
    GrantInfo,
)
from vpi_groups.programme.partnership import ConventionInfo, RenewalReminder
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.editing import EditorDialog
from vpi_groups.ui.editors.convention import ConventionDialog
from vpi_groups.ui.editors.funding import BudgetLineDialog, FunderDialog, GrantDialog
from vpi_groups.ui.empty_state import EmptyState, switch_to
from vpi_groups.ui.errors import error_style, error_text
from vpi_groups.ui.funding_chart import FundingChart
from vpi_groups.ui.models.labels import euros
from vpi_groups.ui.models.partnership import (
    AmendmentsModel,
    BudgetModel,
    CommitmentsModel,
    ConventionModel,
    FunderModel,
    GrantModel,
    HistoryModel,
    InKindModel,
    MoneyModel,
    SignatoriesModel,
    SpecListModel,
    signed_money,
)
from vpi_groups.ui.pages.base import DIRECTORY, RecordsPage, page_title
from vpi_groups.ui.question import Choice, ask
from vpi_groups.ui.widgets import page_button, select_id, selected_id, table_view

PARTNERSHIP = "partnership"
"""The page's key, as :attr:`~vpi_groups.ui.pages.base.Page.wanted_page` gives it."""
YEARS_BACK = 3
"""The year chooser offers this many years before the current one (more if recorded)."""

CONVENTION_TAB, FUNDERS_TAB, FUNDING_TAB = range(3)
GRANTS, TOTALS, BUDGET, IN_KIND, HISTORY = range(5)


def programme_today() -> dt.date:
    """Today in the programme's time zone, from the one clock."""
    return clock.now().astimezone(clock.PROGRAMME_ZONE).date()


def ui_language() -> str:
    """The interface language, for the services' own sentences (the reminders)."""
    return of_locale(QLocale().name())


def reminder_sentences(reminders: tuple[RenewalReminder, ...]) -> list[str]:
    """Each reminder as a sentence in the interface language, soonest first."""
    lang = ui_language()
    return [partnership.reminder_text(r, lang) for r in reminders]


def read_reminders(session: Any) -> tuple[RenewalReminder, ...]:
    """The conventions to renew today (inside a worker's unit of work)."""
    return partnership.renewal_reminders(session, programme_today())


@dataclass(frozen=True)
class PartnershipSnapshot:
    """Everything the page shows, read in one unit of work.

    Attributes:
        today: the programme's day when read.
        year: the year the funding tab shows.
        conventions: every convention, by start.
        reminders: the conventions to renew, soonest first.
        organisations: the directory's organisations (id, name), by name.
        funders: every funder, by name.
        grant_counts: each funder's number of grants, every year.
        grants: the grants of ``year``.
        actions: the actions of ``year`` (id, title), by title.
        funding: the sums, budget and help in kind of ``year``.
        history: the money of every year.
    """

    today: dt.date
    year: int
    conventions: tuple[ConventionInfo, ...]
    reminders: tuple[RenewalReminder, ...]
    organisations: tuple[tuple[int, str], ...]
    funders: tuple[FunderInfo, ...]
    grant_counts: Mapping[int, int]
    grants: tuple[GrantInfo, ...]
    actions: tuple[tuple[int, str], ...]
    funding: FundingYear
    history: FundingHistory

    def convention(self, convention_id: int | None) -> ConventionInfo | None:
        """The convention of this id, if shown."""
        return next((c for c in self.conventions if c.id == convention_id), None)

    def funder(self, funder_id: int | None) -> FunderInfo | None:
        """The funder of this id, if shown."""
        return next((f for f in self.funders if f.id == funder_id), None)

    def grant(self, grant_id: int | None) -> GrantInfo | None:
        """The grant of this id, if of the year shown."""
        return next((g for g in self.grants if g.id == grant_id), None)

    def budget_line(self, line_id: int | None) -> BudgetLineInfo | None:
        """The budget line of this id, if of the year shown."""
        return next((b for b in self.funding.budget if b.id == line_id), None)

    def years(self) -> list[int]:
        """The years the chooser offers, latest first."""
        offered = set(self.history.years) | {self.year}
        offered |= set(range(self.today.year - YEARS_BACK, self.today.year + 2))
        return sorted(offered, reverse=True)


def read_partnership(session: Any, year: int) -> PartnershipSnapshot:
    """Read what the page shows, the money of ``year`` (inside a worker's unit of work)."""
    today = programme_today()
    counts: dict[int, int] = {}
    for grant in funding.list_grants(session):
        counts[grant.spec.funder_id] = counts.get(grant.spec.funder_id, 0) + 1
    return PartnershipSnapshot(
        today=today,
        year=year,
        conventions=partnership.list_conventions(session),
        reminders=partnership.renewal_reminders(session, today),
        organisations=tuple((o.id, o.spec.name) for o in programme.list_organisations(session)),
        funders=funding.list_funders(session),
        grant_counts=counts,
        grants=funding.list_grants(session, year=year),
        actions=tuple((a.id, a.spec.title) for a in programme.list_actions(session, year=year)),
        funding=funding.funding_year(session, year),
        history=funding.funding_history(session),
    )


@dataclass(frozen=True)
class Deleted:
    """What a deletion removed, to make it again if the user undoes it."""

    words: str  # "the convention « … »"
    make_again: Callable[[Any], Any]


def _spec_view(model: SpecListModel, parent: QWidget, name: str, accessible: str) -> QTableView:
    """A read-only table of a convention's lines (in the order they were entered)."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    model.modelReset.connect(view.resizeColumnsToContents)
    return view


def _stretch(view: QTableView, *columns: int) -> None:
    """Share the room left between ``columns`` (names, labels); the others fit their content.

    On a narrow screen (150 %) the names are cut (their whole text is the tooltip),
    never the amounts: no table scrolls sideways to show a sum.
    """
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(view.model().columnCount()):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column in columns
            else (QHeaderView.ResizeMode.ResizeToContents)
        )
        header.setSectionResizeMode(column, mode)


class PartnershipPage(RecordsPage):
    """Conventions, funders, and the money of each year."""

    reminders_read = Signal(object)
    """The renewal reminders, each time the page is read (a tuple of RenewalReminder)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot: PartnershipSnapshot | None = None
        self.confirm_box: QMessageBox | None = None
        self.deleted: Deleted | None = None  # the last deletion, while it can be undone
        self.year = programme_today().year  # the funding tab's year, kept across locks
        self._filling = False

        title = page_title(self.tr("Partnership"), self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("partnershipTabs")
        self.tabs.addTab(self._convention_tab(), self.tr("&Convention"))
        self.tabs.addTab(self._funders_tab(), self.tr("F&unders"))
        self.tabs.addTab(self._funding_tab(), self.tr("Fundin&g"))

        self.message = QLabel(self)
        self.message.setObjectName("partnershipMessage")
        self.message.setWordWrap(True)
        self.undo_button = page_button(
            self.tr("Un&do the deletion"), "undoDeletion", self.undo_deletion, self
        )
        self.undo_button.setToolTip(self.tr("Make again what was just deleted (Ctrl+Z)"))
        self.undo_button.hide()
        undo_key = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_key.activated.connect(self.undo_deletion)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.undo_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(message_row)
        self._update_buttons()

    # ------------------------------------------------------------ building

    def _keys(
        self,
        view: QTableView,
        new: Callable[[], None],
        edit: Callable[[], None],
        delete: Callable[[], None],
    ) -> None:
        """Enter (or a double click) edits the row, Insert adds one, Delete deletes it."""
        view.activated.connect(lambda _index: edit())
        for key, slot in ((Qt.Key.Key_Insert, new), (Qt.Key.Key_Delete, delete)):
            shortcut = QShortcut(QKeySequence(key), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def _convention_tab(self) -> QWidget:
        tab = QWidget(self)
        tab.setObjectName("conventionTab")
        self.banner = QFrame(tab)
        self.banner.setObjectName("renewalBanner")
        # its own colours, dark on light whatever the theme: 11:1
        self.banner.setStyleSheet(
            "QFrame#renewalBanner { background: #fff4ce; border: 1px solid #8a6d00;"
            " border-radius: 3px; } QFrame#renewalBanner QLabel { color: #3b2f00; }"
        )
        self.banner_text = QLabel(self.banner)
        self.banner_text.setObjectName("renewalText")
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = self.banner_text.font()
        bold.setBold(True)
        self.banner_text.setFont(bold)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        banner_layout.addWidget(self.banner_text, 1)
        self.banner.hide()

        self.conventions = ConventionModel(self)
        box = QGroupBox(self.tr("Conventions"), tab)
        self.convention_view = table_view(self.conventions, box, "conventionTable")
        self.convention_view.setAccessibleName(self.tr("Conventions"))
        self.convention_view.sortByColumn(ConventionModel.START, Qt.SortOrder.DescendingOrder)
        _stretch(self.convention_view, ConventionModel.TITLE)
        # a few conventions at most: the room left goes to the selected one's lists
        rows = self.convention_view.verticalHeader().defaultSectionSize()
        self.convention_view.setMaximumHeight(rows * 5 + 2 * rows)
        self.new_convention_button = page_button(
            self.tr("&New convention…"), "newConvention", self.new_convention, box
        )
        self.edit_convention_button = page_button(
            self.tr("&Edit convention…"), "editConvention", self.edit_convention, box
        )
        self.delete_convention_button = page_button(
            self.tr("De&lete convention…"), "deleteConvention", self.delete_convention, box
        )
        self._keys(
            self.convention_view, self.new_convention, self.edit_convention, self.delete_convention
        )
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.convention_view, 1)
        row = QHBoxLayout()
        for button in (
            self.new_convention_button,
            self.edit_convention_button,
            self.delete_convention_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        box_layout.addLayout(row)

        self.object_text = QLabel(tab)
        self.object_text.setObjectName("conventionObjectText")
        self.object_text.setWordWrap(True)
        self.object_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        names = self._organisation_name
        self.signatories = SignatoriesModel(names, self)
        self.commitments = CommitmentsModel(names, self)
        self.amendments = AmendmentsModel(self)
        self.details = QTabWidget(tab)
        self.details.setObjectName("conventionDetails")
        self.signatory_view = _spec_view(
            self.signatories, self.details, "signatoryTable", self.tr("Signatories")
        )
        self.commitment_view = _spec_view(
            self.commitments, self.details, "commitmentTable", self.tr("Commitments")
        )
        self.amendment_view = _spec_view(
            self.amendments, self.details, "amendmentTable", self.tr("Amendments")
        )
        _stretch(self.signatory_view, 0, 1)
        _stretch(self.commitment_view, 0, 2)
        _stretch(self.amendment_view, 1)
        for view in (self.signatory_view, self.commitment_view, self.amendment_view):
            self.details.addTab(view, "")
            view.activated.connect(lambda _index: self.edit_convention())
        self._detail_titles(None)

        self.convention_content = QWidget(tab)
        content_layout = QVBoxLayout(self.convention_content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        box.setParent(self.convention_content)
        content_layout.addWidget(box, 2)
        self.object_text.setParent(self.convention_content)
        content_layout.addWidget(self.object_text)
        self.details.setParent(self.convention_content)
        content_layout.addWidget(self.details, 3)
        self.convention_empty = EmptyState(tab, "conventionsEmpty")
        self.convention_stack = QStackedWidget(tab)
        self.convention_stack.addWidget(self.convention_content)
        self.convention_stack.addWidget(self.convention_empty)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.banner)
        layout.addWidget(self.convention_stack, 1)
        self.convention_view.selectionModel().selectionChanged.connect(
            lambda *_a: self._convention_selected()
        )
        return tab

    def _funders_tab(self) -> QWidget:
        tab = QWidget(self)
        tab.setObjectName("fundersTab")
        self.funders = FunderModel(self)
        self.funder_view = table_view(self.funders, tab, "funderTable")
        self.funder_view.setAccessibleName(self.tr("Funders of the programme"))
        _stretch(self.funder_view, FunderModel.NAME, FunderModel.PROGRAMMES, FunderModel.PARTNER)
        self.new_funder_button = page_button(
            self.tr("&New funder…"), "newFunder", self.new_funder, tab
        )
        self.edit_funder_button = page_button(
            self.tr("&Edit funder…"), "editFunder", self.edit_funder, tab
        )
        self.delete_funder_button = page_button(
            self.tr("De&lete funder…"), "deleteFunder", self.delete_funder, tab
        )
        self.delete_funder_button.setToolTip(
            self.tr("A funder that grants were asked of cannot be deleted")
        )
        self._keys(self.funder_view, self.new_funder, self.edit_funder, self.delete_funder)
        self.funder_empty = EmptyState(tab, "fundersEmpty")
        self.funder_empty.explain(
            self.tr(
                "No funder yet. Funders are the organisations that fund the programme: the "
                "State through its prefecture (FIPD), the département, the town, the family "
                "allowance fund… with the programmes or funds grants are asked under. Add "
                "them here, then record each year's grants on the Funding tab."
            ),
            (self.tr("Add a &funder…"), "firstFunder", self.new_funder),
        )
        self.funder_stack = QStackedWidget(tab)
        self.funder_stack.addWidget(self.funder_view)
        self.funder_stack.addWidget(self.funder_empty)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.funder_stack, 1)
        row = QHBoxLayout()
        for button in (self.new_funder_button, self.edit_funder_button, self.delete_funder_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.funder_view.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons()
        )
        return tab

    def _funding_tab(self) -> QWidget:
        tab = QWidget(self)
        tab.setObjectName("fundingTab")
        self.year_choice = QComboBox(tab)
        self.year_choice.setObjectName("fundingYear")
        self.year_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_choice.currentIndexChanged.connect(lambda _i: self._year_chosen())
        year_label = QLabel(self.tr("&Year:"), tab)
        year_label.setBuddy(self.year_choice)
        self.year_total = QLabel(tab)
        self.year_total.setObjectName("fundingYearTotal")
        self.year_total.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_choice)
        top.addSpacing(12)
        top.addWidget(self.year_total, 1)

        self.money_tabs = QTabWidget(tab)
        self.money_tabs.setObjectName("fundingSections")
        self.money_tabs.addTab(self._grants_section(), self.tr("Grants"))
        self.money_tabs.addTab(self._totals_section(), self.tr("Totals"))
        self.money_tabs.addTab(self._budget_section(), self.tr("Budget"))
        self.money_tabs.addTab(self._in_kind_section(), self.tr("In kind"))
        self.money_tabs.addTab(self._history_section(), self.tr("Over the years"))
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.money_tabs, 1)
        return tab

    def _grants_section(self) -> QWidget:
        section = QWidget(self)
        section.setObjectName("grantsSection")
        self.grants = GrantModel(self)
        self.grant_view = table_view(self.grants, section, "grantTable")
        self.grant_view.setAccessibleName(self.tr("Grants of the year"))
        _stretch(self.grant_view, GrantModel.FUNDER, GrantModel.ACTION)
        self.new_grant_button = page_button(
            self.tr("New g&rant…"), "newGrant", self.new_grant, section
        )
        self.edit_grant_button = page_button(
            self.tr("Edit gr&ant…"), "editGrant", self.edit_grant, section
        )
        self.delete_grant_button = page_button(
            self.tr("Delete gra&nt…"), "deleteGrant", self.delete_grant, section
        )
        self._keys(self.grant_view, self.new_grant, self.edit_grant, self.delete_grant)
        self.grants_empty = EmptyState(section, "grantsEmpty")
        self.grant_stack = QStackedWidget(section)
        self.grant_stack.addWidget(self.grant_view)
        self.grant_stack.addWidget(self.grants_empty)
        layout = QVBoxLayout(section)
        layout.addWidget(self.grant_stack, 1)
        row = QHBoxLayout()
        for button in (self.new_grant_button, self.edit_grant_button, self.delete_grant_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.grant_view.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons()
        )
        return section

    def _totals_section(self) -> QWidget:
        section = QWidget(self)
        section.setObjectName("totalsSection")
        self.by_funder = MoneyModel(lambda: self.tr("Funder"), self)
        self.by_action = MoneyModel(lambda: self.tr("Action"), self)
        self.by_funder_view = table_view(self.by_funder, section, "totalsByFunder")
        self.by_funder_view.setAccessibleName(self.tr("Totals by funder"))
        self.by_action_view = table_view(self.by_action, section, "totalsByAction")
        self.by_action_view.setAccessibleName(self.tr("Totals by action"))
        layout = QVBoxLayout(section)
        for view, words in (
            (self.by_funder_view, self.tr("By funder")),
            (self.by_action_view, self.tr("By action")),
        ):
            _stretch(view, MoneyModel.LABEL)
            label = QLabel(words, section)
            label.setBuddy(view)
            layout.addWidget(label)
            layout.addWidget(view, 1)
        return section

    def _budget_section(self) -> QWidget:
        section = QWidget(self)
        section.setObjectName("budgetSection")
        self.budget = BudgetModel(self)
        self.budget_view = table_view(self.budget, section, "budgetTable")
        self.budget_view.setAccessibleName(self.tr("Budget of the year"))
        self.budget_view.setAccessibleDescription(
            self.tr("Planned against actual, by category; the gap is actual minus planned.")
        )
        self.budget_view.sortByColumn(BudgetModel.CATEGORY, Qt.SortOrder.AscendingOrder)
        _stretch(self.budget_view, BudgetModel.CATEGORY, BudgetModel.LABEL, BudgetModel.ACTION)
        self.new_line_button = page_button(
            self.tr("New budget &line…"), "newBudgetLine", self.new_budget_line, section
        )
        self.edit_line_button = page_button(
            self.tr("Edit budget l&ine…"), "editBudgetLine", self.edit_budget_line, section
        )
        self.delete_line_button = page_button(
            self.tr("Delete budget li&ne…"), "deleteBudgetLine", self.delete_budget_line, section
        )
        self._keys(
            self.budget_view, self.new_budget_line, self.edit_budget_line, self.delete_budget_line
        )
        self.budget_total = QLabel(section)
        self.budget_total.setObjectName("budgetTotal")
        self.budget_total.setWordWrap(True)
        layout = QVBoxLayout(section)
        layout.addWidget(self.budget_view, 1)
        layout.addWidget(self.budget_total)
        row = QHBoxLayout()
        for button in (self.new_line_button, self.edit_line_button, self.delete_line_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.budget_view.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons()
        )
        return section

    def _in_kind_section(self) -> QWidget:
        section = QWidget(self)
        section.setObjectName("inKindSection")
        pointer = QLabel(
            self.tr(
                "What the partners give in kind (rooms, staff, documentation…), with its "
                "estimated value. It is entered with each partner's contributions, in the "
                "directory."
            ),
            section,
        )
        pointer.setObjectName("inKindPointer")
        pointer.setWordWrap(True)
        self.to_directory_button = page_button(
            self.tr("Open the &directory"), "inKindDirectory", self._go_to_directory, section
        )
        self.in_kind = InKindModel(self)
        self.in_kind_view = table_view(self.in_kind, section, "inKindTable")
        self.in_kind_view.setAccessibleName(self.tr("Help in kind of the year"))
        _stretch(self.in_kind_view, InKindModel.PARTNER, InKindModel.WHAT, InKindModel.ACTION)
        row = QHBoxLayout()
        row.addWidget(pointer, 1)
        row.addWidget(self.to_directory_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(section)
        layout.addLayout(row)
        layout.addWidget(self.in_kind_view, 1)
        return section

    def _history_section(self) -> QWidget:
        section = QWidget(self)
        section.setObjectName("historySection")
        self.chart = FundingChart(section)
        self.chart.tip = self.tr("%1, %2: %3")
        self.chart.money = euros
        self.history = HistoryModel(self)
        self.history_view = QTableView(section)
        self.history_view.setObjectName("historyTable")
        self.history_view.setModel(self.history)
        self.history_view.setAccessibleName(self.tr("Granted per year and funder"))
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.verticalHeader().hide()
        self.history_view.setAlternatingRowColors(True)
        self.history_view.setWordWrap(False)
        self.history.modelReset.connect(self.history_view.resizeColumnsToContents)
        self.history_view.setMinimumHeight(90)
        layout = QVBoxLayout(section)
        layout.addWidget(self.chart, 2)
        layout.addWidget(self.history_view, 1)
        return section

    # ------------------------------------------------------------ sizes

    def hasHeightForWidth(self) -> bool:
        """No: the window's page stack would then ask every page, shown or not, its height.

        See :meth:`vpi_groups.ui.pages.tallies.TalliesPage.hasHeightForWidth`. Nor is the
        height of the wrapped lines for the width asked: the tab widget answers it with
        the tallest of its tabs, shown or not, and the page would scroll for nothing.
        """
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width wraps the lines anew: the least height is asked again."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()

    # ------------------------------------------------------------ Page

    def load(self, vault: Vault) -> None:
        """Read the page from the open vault in the background."""
        self.vault = vault
        self.deleted = None
        self._run(None)

    def reload(self) -> None:
        """Read again (the directory and the actions are edited elsewhere)."""
        self._run(None)

    def clear(self) -> None:
        """Forget every record: empty tables, editors and questions closed."""
        self.vault = None
        self.snapshot = None
        self.deleted = None
        self._close_editor()
        box, self.confirm_box = self.confirm_box, None
        if box is not None:
            box.done(0)
            box.deleteLater()
        for model in (
            self.conventions,
            self.funders,
            self.grants,
            self.by_funder,
            self.by_action,
            self.budget,
            self.in_kind,
        ):
            model.clear()
        for spec_model in (self.signatories, self.commitments, self.amendments):
            spec_model.set_items(())
        self.history.set_history(None)
        self.chart.show_history((), (), title="", empty_text="", description="")
        self._filling = True
        try:
            self.year_choice.clear()
        finally:
            self._filling = False
        self.banner.hide()
        self.banner_text.clear()
        self.object_text.clear()
        self.year_total.clear()
        self.budget_total.clear()
        self.message.clear()
        self.undo_button.hide()
        self._detail_titles(None)
        self.convention_stack.setCurrentWidget(self.convention_content)
        self.funder_stack.setCurrentWidget(self.funder_view)
        self.grant_stack.setCurrentWidget(self.grant_view)
        self._update_buttons()

    def holds_record_data(self) -> bool:
        """Whether anything read from the vault is still held."""
        return (
            self.vault is not None
            or self.snapshot is not None
            or self.editor is not None
            or self.confirm_box is not None
            or self.deleted is not None
            or bool(self.banner_text.text())
            or self.history.rowCount() > 0
            or any(
                m.rowCount()
                for m in (
                    self.conventions,
                    self.funders,
                    self.grants,
                    self.budget,
                    self.in_kind,
                    self.signatories,
                )
            )
        )

    # ------------------------------------------------------------ showing

    def _read(self, session: Any) -> PartnershipSnapshot:
        return read_partnership(session, self.year)

    def _show(self, snapshot: PartnershipSnapshot) -> None:
        if self.vault is None:
            return  # locked meanwhile
        if snapshot.year != self.year:
            return  # another year was chosen meanwhile: its reading follows
        convention = selected_id(self.convention_view)
        funder = selected_id(self.funder_view)
        grant = selected_id(self.grant_view)
        line = selected_id(self.budget_view)
        first = self.snapshot is None
        self.snapshot = snapshot

        # the convention tab
        self._show_reminders(snapshot.reminders)
        self.conventions.set_conventions(snapshot.conventions)
        if convention is None and first and snapshot.reminders:
            convention = snapshot.reminders[0].convention_id  # the one to renew, at once
        elif convention is None and snapshot.conventions:
            convention = snapshot.conventions[-1].id  # the latest
        select_id(self.convention_view, convention)
        self._convention_selected()
        self.convention_empty.explain(
            self.tr(
                "No convention yet. The partnership convention is what the programme rests "
                "on: its object, its term, the partners that signed it and what each of "
                "them commits (staff, rooms, money, help in kind). Its signatories come "
                "from the directory."
            ),
            *(
                [(self.tr("New &convention…"), "firstConvention", self.new_convention)]
                if snapshot.organisations
                else [
                    (self.tr("Open the di&rectory"), "conventionDirectory", self._go_to_directory)
                ]
            ),
        )
        switch_to(
            self.convention_stack,
            self.convention_content if snapshot.conventions else self.convention_empty,
        )

        # the funders tab
        names = dict(snapshot.organisations)
        self.funders.set_funders(snapshot.funders, names, snapshot.grant_counts)
        select_id(self.funder_view, funder)
        switch_to(self.funder_stack, self.funder_view if snapshot.funders else self.funder_empty)

        # the funding tab
        self._fill_years(snapshot)
        self.grants.set_grants(snapshot.grants)
        select_id(self.grant_view, grant)
        self._explain_no_grant(snapshot)
        year = snapshot.funding
        self.by_funder.set_sums(year.by_funder, year.total)
        self.by_action.set_sums(year.by_action, year.total)
        self.budget.set_lines(year.budget, year.planned_total(), year.actual_total())
        self._show_budget_total(year)
        select_id(self.budget_view, line)
        self.in_kind.set_help(year.in_kind)
        self._show_year_total(year)
        self._show_history(snapshot.history)
        self._update_buttons()
        self.reminders_read.emit(snapshot.reminders)

    def _show_reminders(self, reminders: tuple[RenewalReminder, ...]) -> None:
        sentences = reminder_sentences(reminders)
        self.banner_text.setText("\n".join(sentences))
        self.banner.setVisible(bool(sentences))

    def _fill_years(self, snapshot: PartnershipSnapshot) -> None:
        self._filling = True
        try:
            self.year_choice.clear()
            for year in snapshot.years():
                self.year_choice.addItem(str(year), year)
            self.year_choice.setCurrentIndex(max(0, self.year_choice.findData(self.year)))
        finally:
            self._filling = False

    def _explain_no_grant(self, snapshot: PartnershipSnapshot) -> None:
        year = str(snapshot.year)
        if snapshot.funders:
            self.grants_empty.explain(
                self.tr(
                    "No grant recorded for %1. Record each grant asked of a funder this "
                    "year: for one action or the programme as a whole, the amount requested, "
                    "then granted, and the payments received."
                ).replace("%1", year),
                (self.tr("New g&rant…"), "firstGrant", self.new_grant),
            )
        else:
            self.grants_empty.explain(
                self.tr(
                    "No grant recorded for %1. A grant is asked of a funder: add the "
                    "funders first, on the Funders tab."
                ).replace("%1", year),
                (self.tr("Go to the &funders"), "grantsToFunders", self._go_to_funders),
            )
        switch_to(self.grant_stack, self.grant_view if snapshot.grants else self.grants_empty)

    def _show_year_total(self, year: FundingYear) -> None:
        total = year.total
        if not year.by_funder:
            self.year_total.setText(self.tr("No grant this year."))
            return
        self.year_total.setText(
            self.tr("Requested %1, granted %2, paid %3, to receive %4.")
            .replace("%1", euros(total.requested))
            .replace("%2", euros(total.granted))
            .replace("%3", euros(total.paid))
            .replace("%4", euros(total.remaining))
        )

    def _show_budget_total(self, year: FundingYear) -> None:
        if not year.budget:
            self.budget_total.setText(self.tr("No budget line this year."))
            return
        planned, actual = year.planned_total(), year.actual_total()
        self.budget_total.setText(
            self.tr("Planned %1, actual %2: a gap of %3.")
            .replace("%1", euros(planned))
            .replace("%2", euros(actual))
            .replace("%3", signed_money(actual - planned))
        )

    def _show_history(self, history: FundingHistory) -> None:
        """The chart and its table; the chart said in words for a screen reader."""
        self.history.set_history(history)
        series = self.history.series  # the partners' series named in the interface language
        years = [str(y) for y in self.history.years]
        lines = []
        for index, year in enumerate(years):
            parts = [
                f"{name} {euros(values[index])}" for name, values in series if values[index] > 0
            ]
            total = sum((values[index] for _name, values in series), Decimal(0))
            lines.append(
                self.tr("%1: %2; total %3.")
                .replace("%1", year)
                .replace("%2", ", ".join(parts) or self.tr("nothing"))
                .replace("%3", euros(total))
            )
        self.chart.show_history(
            years,
            series,
            title=self.tr("Granted per year, by funder, and the partners' contributions"),
            empty_text=self.tr("No grant and no contribution recorded yet."),
            description=" ".join(lines),
        )

    def is_empty_shown(self) -> bool:
        """Whether the explanation of no convention is shown instead of the tables."""
        return self.convention_stack.currentWidget() is self.convention_empty

    def _organisation_name(self, organisation_id: int) -> str:
        snapshot = self.snapshot
        if snapshot is None:
            return ""
        return dict(snapshot.organisations).get(organisation_id, "?")

    def _convention_selected(self) -> None:
        info = self._selected_convention()
        spec = None if info is None else info.spec
        self.signatories.set_items(() if spec is None else spec.signatories)
        self.commitments.set_items(() if spec is None else spec.commitments)
        self.amendments.set_items(() if spec is None else spec.amendments)
        if spec is None or not spec.object:
            self.object_text.clear()
            self.object_text.hide()
        else:
            self.object_text.setText(self.tr("Object: %1").replace("%1", spec.object))
            self.object_text.show()
        self._detail_titles(spec)
        self._update_buttons()

    def _detail_titles(self, spec: Any) -> None:
        counts = (
            (0, 0, 0)
            if spec is None
            else (
                len(spec.signatories),
                len(spec.commitments),
                len(spec.amendments),
            )
        )
        for index, (words, count) in enumerate(
            zip(
                (
                    self.tr("Signatories (%1)"),
                    self.tr("Commitments (%1)"),
                    self.tr("Amendments (%1)"),
                ),
                counts,
                strict=True,
            )
        ):
            self.details.setTabText(index, words.replace("%1", str(count)))

    def _selected_convention(self) -> ConventionInfo | None:
        snapshot = self.snapshot
        return None if snapshot is None else snapshot.convention(selected_id(self.convention_view))

    def _selected_funder(self) -> FunderInfo | None:
        snapshot = self.snapshot
        return None if snapshot is None else snapshot.funder(selected_id(self.funder_view))

    def _selected_grant(self) -> GrantInfo | None:
        snapshot = self.snapshot
        return None if snapshot is None else snapshot.grant(selected_id(self.grant_view))

    def _selected_line(self) -> BudgetLineInfo | None:
        snapshot = self.snapshot
        return None if snapshot is None else snapshot.budget_line(selected_id(self.budget_view))

    def _update_buttons(self) -> None:
        snapshot = self.snapshot
        loaded = snapshot is not None
        convention = self._selected_convention() is not None
        self.new_convention_button.setEnabled(loaded)
        self.edit_convention_button.setEnabled(convention)
        self.delete_convention_button.setEnabled(convention)
        funder = self._selected_funder() is not None
        self.new_funder_button.setEnabled(loaded)
        self.edit_funder_button.setEnabled(funder)
        self.delete_funder_button.setEnabled(funder)
        grant = self._selected_grant() is not None
        self.new_grant_button.setEnabled(loaded and bool(snapshot and snapshot.funders))
        self.edit_grant_button.setEnabled(grant)
        self.delete_grant_button.setEnabled(grant)
        line = self._selected_line() is not None
        self.new_line_button.setEnabled(loaded)
        self.edit_line_button.setEnabled(line)
        self.delete_line_button.setEnabled(line)
        self.year_choice.setEnabled(loaded)

    def _year_chosen(self) -> None:
        if self._filling:
            return
        year = self.year_choice.currentData()
        if not isinstance(year, int) or year == self.year:
            return
        self.year = year
        self._run(None)

    def choose_year(self, year: int) -> None:
        """Show the money of ``year`` (read in the background)."""
        index = self.year_choice.findData(year)
        if index >= 0:
            self.year_choice.setCurrentIndex(index)
        elif year != self.year:
            self.year = year
            self._run(None)

    def _go_to_directory(self) -> None:
        self.wanted_page.emit(DIRECTORY)

    def _go_to_funders(self) -> None:
        self.tabs.setCurrentIndex(FUNDERS_TAB)

    # ------------------------------------------------------------ saying

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(error_style() if error else "")
        self.message.setText(text)

    def _fail(self, error: Exception) -> None:
        self._say(error_text(error), error=True)

    # ------------------------------------------------------------ editors

    def _edit(
        self,
        dialog: EditorDialog,
        save: Callable[[Any, Any], Any],
        origin: tuple[str, int | None],
    ) -> None:
        """Show an editor; on Save run ``save(session, spec)`` then read the page back."""
        self._open(dialog, lambda: self._submit(dialog, save), origin)

    def _submit(self, dialog: EditorDialog, save: Callable[[Any, Any], Any]) -> None:
        spec = dialog.spec()  # type: ignore[attr-defined]  # read here, on the UI thread
        self._forget_deletion()
        self._save(dialog, lambda session: save(session, spec))

    def _reopen(self, method: str, record: int | None) -> bool:
        """Reopen an editor whose changes were kept when the window locked."""
        snapshot = self.snapshot
        if snapshot is None:
            return False
        news = {
            "new_convention": CONVENTION_TAB,
            "new_funder": FUNDERS_TAB,
            "new_grant": FUNDING_TAB,
            "new_budget_line": FUNDING_TAB,
        }
        views = {
            "edit_convention": (CONVENTION_TAB, self.convention_view),
            "edit_funder": (FUNDERS_TAB, self.funder_view),
            "edit_grant": (FUNDING_TAB, self.grant_view),
            "edit_budget_line": (FUNDING_TAB, self.budget_view),
        }
        if method in news:
            self.tabs.setCurrentIndex(news[method])
        elif method in views and record is not None:
            tab, view = views[method]
            self.tabs.setCurrentIndex(tab)
            select_id(view, record)
            if selected_id(view) != record:
                return False
        else:
            return False
        getattr(self, method)()
        return self.editor is not None

    def new_convention(self) -> None:
        """Open the editor for a new convention."""
        snapshot = self.snapshot
        if snapshot is None:
            return
        self._edit(
            ConventionDialog(None, snapshot.organisations, snapshot.today, self),
            partnership.create_convention,
            ("new_convention", None),
        )

    def edit_convention(self) -> None:
        """Open the editor of the selected convention."""
        snapshot, info = self.snapshot, self._selected_convention()
        if snapshot is None or info is None:
            return
        self._edit(
            ConventionDialog(info, snapshot.organisations, snapshot.today, self),
            lambda s, spec: partnership.update_convention(s, info.id, spec),
            ("edit_convention", info.id),
        )

    def new_funder(self) -> None:
        """Open the editor for a new funder (on the funders' tab)."""
        snapshot = self.snapshot
        if snapshot is None:
            return
        self.tabs.setCurrentIndex(FUNDERS_TAB)
        self._edit(
            FunderDialog(None, snapshot.organisations, self),
            funding.create_funder,
            ("new_funder", None),
        )

    def edit_funder(self) -> None:
        """Open the editor of the selected funder."""
        snapshot, info = self.snapshot, self._selected_funder()
        if snapshot is None or info is None:
            return
        self._edit(
            FunderDialog(info, snapshot.organisations, self),
            lambda s, spec: funding.update_funder(s, info.id, spec),
            ("edit_funder", info.id),
        )

    def new_grant(self) -> None:
        """Open the editor for a new grant of the year shown."""
        snapshot = self.snapshot
        if snapshot is None or not snapshot.funders:
            return
        self._edit(
            GrantDialog(
                None, snapshot.year, snapshot.funders, snapshot.actions, snapshot.today, self
            ),
            funding.create_grant,
            ("new_grant", None),
        )

    def edit_grant(self) -> None:
        """Open the editor of the selected grant."""
        snapshot, info = self.snapshot, self._selected_grant()
        if snapshot is None or info is None:
            return
        self._edit(
            GrantDialog(
                info, snapshot.year, snapshot.funders, snapshot.actions, snapshot.today, self
            ),
            lambda s, spec: funding.update_grant(s, info.id, spec),
            ("edit_grant", info.id),
        )

    def new_budget_line(self) -> None:
        """Open the editor for a new line of the year's budget."""
        snapshot = self.snapshot
        if snapshot is None:
            return
        self._edit(
            BudgetLineDialog(None, snapshot.year, snapshot.actions, self),
            funding.create_budget_line,
            ("new_budget_line", None),
        )

    def edit_budget_line(self) -> None:
        """Open the editor of the selected budget line."""
        snapshot, info = self.snapshot, self._selected_line()
        if snapshot is None or info is None:
            return
        self._edit(
            BudgetLineDialog(info, snapshot.year, snapshot.actions, self),
            lambda s, spec: funding.update_budget_line(s, info.id, spec),
            ("edit_budget_line", info.id),
        )

    # ------------------------------------------------------------ deleting, and undoing it

    def _confirm_delete(
        self, title: str, question: str, delete: Callable[[Any], Any], deleted: Deleted
    ) -> None:
        """Ask; then delete, and offer to undo it."""
        vault = self.vault
        if vault is None or self.confirm_box is not None:
            return

        def answered(choice: str | None) -> None:
            self.confirm_box = None
            if choice != "confirmDeleteButton" or self.vault is not vault:
                return
            self._forget_deletion()

            def done(snapshot: PartnershipSnapshot) -> None:
                self.deleted = deleted
                self.undo_button.show()
                self._say(
                    self.tr("Deleted: %1. Ctrl+Z or “Undo the deletion” makes it again.").replace(
                        "%1", deleted.words
                    )
                )
                self._shown(snapshot)

            def work(session: Any) -> PartnershipSnapshot:
                delete(session)
                return self._read(session)

            self.runner.unit(vault, work, done, self._refused)

        self.confirm_box = ask(
            self,
            name="confirmDelete",
            title=title,
            text=question + "\n\n" + self.tr("You can undo it right afterwards."),
            choices=[
                Choice(
                    self.tr("&Delete"),
                    "confirmDeleteButton",
                    QMessageBox.ButtonRole.DestructiveRole,
                ),
                Choice(self.tr("&Keep"), "keepButton"),
            ],
            answered=answered,
        )

    def _refused(self, error: Exception) -> None:
        self._say(self.tr("Nothing was deleted: %1").replace("%1", error_text(error)), error=True)

    def delete_convention(self) -> None:
        """Ask, then delete the selected convention (with its lists)."""
        info = self._selected_convention()
        if info is None:
            return
        spec = info.spec
        words = self.tr("the convention “%1”").replace("%1", spec.title)
        self._confirm_delete(
            self.tr("Delete the convention"),
            self.tr(
                "Delete the convention “%1”, its %2 signatories, their commitments and its "
                "amendments?"
            )
            .replace("%1", spec.title)
            .replace("%2", str(len(spec.signatories))),
            lambda s: partnership.delete_convention(s, info.id),
            Deleted(words, lambda s: partnership.create_convention(s, spec)),
        )

    def delete_funder(self) -> None:
        """Ask, then delete the selected funder; one with grants is refused by the service."""
        snapshot, info = self.snapshot, self._selected_funder()
        vault = self.vault
        if snapshot is None or info is None or vault is None:
            return
        spec = info.spec

        def confirm(_result: Any = None) -> None:
            self._confirm_delete(
                self.tr("Delete the funder"),
                self.tr("Delete the funder “%1” and its programmes?").replace("%1", spec.name),
                lambda s: funding.delete_funder(s, info.id),
                Deleted(
                    self.tr("the funder “%1”").replace("%1", spec.name),
                    lambda s: funding.create_funder(s, spec),
                ),
            )

        if not snapshot.grant_counts.get(info.id):
            confirm()
            return

        # Grants were asked of it: the service refuses, said at once rather than after a
        # question. Tried on a unit of work rolled back, so nothing is ever deleted here.
        def refused(error: Exception) -> None:
            self._say(
                self.tr("The funder “%1” cannot be deleted: %2")
                .replace("%1", spec.name)
                .replace("%2", error_text(error)),
                error=True,
            )

        self.runner.unit(
            vault, lambda s: funding.delete_funder(s, info.id), confirm, refused, preview=True
        )

    def delete_grant(self) -> None:
        """Ask, then delete the selected grant and its payments."""
        info = self._selected_grant()
        if info is None:
            return
        spec = info.spec
        what = (
            self.tr("the grant of %1 for %2")
            .replace("%1", info.funder_name)
            .replace("%2", info.action_title or self.tr("the programme as a whole"))
        )
        self._confirm_delete(
            self.tr("Delete the grant"),
            self.tr("Delete %1 (requested %2) and its %3 payment(s)?")
            .replace("%1", what)
            .replace("%2", euros(spec.requested))
            .replace("%3", str(len(spec.payments))),
            lambda s: funding.delete_grant(s, info.id),
            Deleted(what, lambda s: funding.create_grant(s, spec)),
        )

    def delete_budget_line(self) -> None:
        """Ask, then delete the selected budget line."""
        info = self._selected_line()
        if info is None:
            return
        spec = info.spec
        what = self.tr("the budget line “%1”").replace("%1", spec.label)
        self._confirm_delete(
            self.tr("Delete the budget line"),
            self.tr("Delete %1 (planned %2)?")
            .replace("%1", what)
            .replace("%2", euros(spec.planned)),
            lambda s: funding.delete_budget_line(s, info.id),
            Deleted(what, lambda s: funding.create_budget_line(s, spec)),
        )

    def _forget_deletion(self) -> None:
        """Another change: the last deletion can no longer be undone from here."""
        self.deleted = None
        self.undo_button.hide()

    def undo_deletion(self) -> None:
        """Make again what the last deletion removed."""
        deleted, vault = self.deleted, self.vault
        if deleted is None or vault is None or self.runner.busy:
            return
        self._forget_deletion()

        def done(snapshot: PartnershipSnapshot) -> None:
            self._say(self.tr("Made again: %1.").replace("%1", deleted.words))
            self._shown(snapshot)

        def failed(error: Exception) -> None:
            self._say(
                self.tr("%1 could not be made again: %2")
                .replace("%1", deleted.words)
                .replace("%2", error_text(error)),
                error=True,
            )

        def work(session: Any) -> PartnershipSnapshot:
            deleted.make_again(session)
            return self._read(session)

        self.runner.unit(vault, work, done, failed)

    # ------------------------------------------------------------ for the window

    def show_convention(self, convention_id: int | None = None) -> None:
        """Show the convention tab, on ``convention_id`` if given (a reminder's)."""
        self.tabs.setCurrentIndex(CONVENTION_TAB)
        if convention_id is not None:
            select_id(self.convention_view, convention_id)
