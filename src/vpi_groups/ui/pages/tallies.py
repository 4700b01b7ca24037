"""Reception tallies ("Comptages"): the persons each partner received or informed, by month.

Partners who receive victims (a victim support office, a women's rights centre, police
social workers, the CCAS) count each month the persons they received in person and
those they informed or directed elsewhere, by gender. Only counts are kept, never a
name nor a person; reports protect them like attendance (small counts hidden).

The page lists the months recorded (latest first, by year) beside the editor of one
partner's month: a month (none after the current one), a partner of the directory, a
grid of counts with its totals, Save (Ctrl+S) and "Delete this month". Choosing a
month and a partner, or a line of the list, shows what is recorded for them; counts
typed and not saved are never dropped without a question (nor at a lock: they are kept
as a draft). Every read and write is one unit of work on the database worker: the save
replaces the partner's month with the grid (:func:`~vpi_groups.programme.tallies.record_tally`),
then the page reads every tally back.

With nothing recorded yet, the list's place says what tallies are and what to do first
(the directory, when it holds no partner yet).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, QSize, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vpi_groups import clock, labels
from vpi_groups.language import of_locale
from vpi_groups.programme import records as programme
from vpi_groups.programme import tallies
from vpi_groups.programme.tallies import MAX_PERSONS, TallyCell, TallyLine
from vpi_groups.storage.models import Gender, TallyContact
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.empty_state import EmptyState, switch_to
from vpi_groups.ui.errors import error_style, error_text
from vpi_groups.ui.fit import WrappingRow
from vpi_groups.ui.models.tallies import TallyModel, count_text, month_text
from vpi_groups.ui.pages.base import DIRECTORY, Page, page_title
from vpi_groups.ui.question import Choice, ask
from vpi_groups.ui.tasks import TaskRunner
from vpi_groups.ui.widgets import CheckedSpinBox, page_button, table_view

CONTACTS = tuple(TallyContact)
GENDERS = tuple(Gender)
CELLS: tuple[TallyCell, ...] = tuple((c, g) for c in CONTACTS for g in GENDERS)
"""The grid's cells, row by row: received in person, then informed, each by gender."""
ZEROS = (0,) * len(CELLS)
YEARS_OFFERED = 3
"""The month chooser goes back to January of this many years ago (further if recorded)."""

Key = tuple[dt.date, int | None]
"""What the editor shows: a month (its first day) and a partner (None: not chosen yet)."""


def programme_today() -> dt.date:
    """Today in the programme's time zone: no month after its month is offered."""
    return clock.now().astimezone(clock.PROGRAMME_ZONE).date()


@dataclass(frozen=True)
class TalliesSnapshot:
    """What the page shows, read in one unit of work.

    Attributes:
        lines: every partner's month recorded, latest month first.
        partners: the directory's organisations (id, name), in dictionary order.
        today: the programme's day when read.
    """

    lines: tuple[TallyLine, ...]
    partners: tuple[tuple[int, str], ...]
    today: dt.date

    def line(self, key: Key | None) -> TallyLine | None:
        """The counts recorded for this month and partner, if any."""
        if key is None or key[1] is None:
            return None
        month, partner = key
        return next(
            (x for x in self.lines if x.month == month and x.organisation_id == partner), None
        )


def read_tallies(session: Any) -> TalliesSnapshot:
    """Read every tally and the directory's partners (inside a worker's unit of work)."""
    return TalliesSnapshot(
        tuple(tallies.tallies(session)),
        tuple((o.id, o.spec.name) for o in programme.list_organisations(session)),
        programme_today(),
    )


def _first_of(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _previous_month(day: dt.date) -> dt.date:
    return _first_of(_first_of(day) - dt.timedelta(days=1))


def _words(code: TallyContact | Gender) -> str:
    """The words of a coded value in the interface language."""
    return labels.label(code, of_locale(QLocale().name()))


class TalliesPage(Page):
    """The months recorded, and the editor of one partner's month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.runner = TaskRunner(self)
        self.snapshot: TalliesSnapshot | None = None
        self.question: QMessageBox | None = None
        self.shown: Key | None = None  # the month and partner whose counts the grid holds
        self.baseline: tuple[int, ...] = ZEROS  # the grid as recorded (or as last saved)
        self._pending_draft: Mapping[str, Any] | None = None
        self._filling = False  # the page sets its own fields: not a choice of the user

        title = page_title(self.tr("Reception tallies"), self)
        self.year_filter = QComboBox(self)
        self.year_filter.setObjectName("tallyYearFilter")
        self.year_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_filter.currentIndexChanged.connect(lambda _i: self._fill_list())
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year_filter)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(year_label)
        top.addWidget(self.year_filter)
        self.explanation = QLabel(
            self.tr(
                "Counts only: no name, no person. Reports hide small counts as they do "
                "for attendance."
            ),
            self,
        )
        self.explanation.setObjectName("tallyExplanation")
        self.explanation.setWordWrap(True)

        # ---- the list, or in its place what tallies are
        self.model = TallyModel(self)
        self.list_box = QGroupBox(self.tr("Months recorded"), self)
        self.list_box.setObjectName("tallyListBox")
        self.table = table_view(self.model, self.list_box, "tallyTable")
        self.table.setAccessibleName(self.tr("Months recorded"))
        self.table.setAccessibleDescription(
            self.tr(
                "One line per partner and month, latest first; choose one to show its "
                "counts in the editor, Enter to edit them."
            )
        )
        self.table.sortByColumn(TallyModel.MONTH, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)  # the partner's name takes the room left
        header.setSectionResizeMode(TallyModel.PARTNER, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open_line)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._line_selected())
        list_layout = QVBoxLayout(self.list_box)
        list_layout.addWidget(self.table)
        self.empty = EmptyState(self, "talliesEmpty")
        self.left = QStackedWidget(self)
        self.left.setObjectName("tallyList")
        self.left.addWidget(self.list_box)
        self.left.addWidget(self.empty)
        # beside the editor only when both fit whole (partners' names are long)
        self.left.setMinimumWidth(520)
        self.left.setMinimumHeight(150)

        # ---- the editor of one partner's month
        self.editor_box = QGroupBox(self.tr("Counts of one month"), self)
        self.editor_box.setObjectName("tallyEditor")
        box = self.editor_box
        self.month = QComboBox(box)
        self.month.setObjectName("tallyMonth")
        self.month.setMaxVisibleItems(12)
        self.month.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.month.currentIndexChanged.connect(lambda _i: self._chosen())
        self.partner = QComboBox(box)
        self.partner.setObjectName("tallyPartner")
        self.partner.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.partner.setMinimumContentsLength(20)
        self.partner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.partner.setPlaceholderText(self.tr("Choose a partner…"))
        self.partner.currentIndexChanged.connect(lambda _i: self._chosen())
        self.month_error = self._error_line("tallyMonthError", box)
        self.partner_error = self._error_line("tallyPartnerError", box)
        month_label = QLabel(self.tr("&Month:"), box)
        month_label.setBuddy(self.month)
        partner_label = QLabel(self.tr("&Partner:"), box)
        partner_label.setBuddy(self.partner)
        choosers = QHBoxLayout()
        choosers.addWidget(month_label)
        choosers.addWidget(self.month)
        choosers.addSpacing(12)
        choosers.addWidget(partner_label)
        choosers.addWidget(self.partner, 3)
        choosers.addStretch(1)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        total_word = self.tr("Total")
        for column, gender in enumerate(GENDERS, start=1):
            grid.addWidget(
                self._heading(_words(gender), box), 0, column, Qt.AlignmentFlag.AlignRight
            )
        grid.addWidget(
            self._heading(total_word, box), 0, len(GENDERS) + 1, Qt.AlignmentFlag.AlignRight
        )
        self.cells: list[CheckedSpinBox] = []
        self.messages = QWidget(box)
        self.messages.setObjectName("tallyCellMessages")
        messages_layout = QVBoxLayout(self.messages)
        messages_layout.setContentsMargins(0, 0, 0, 0)
        self.row_totals: dict[TallyContact, QLabel] = {}
        for row, contact in enumerate(CONTACTS, start=1):
            grid.addWidget(QLabel(_words(contact), box), row, 0)
            for column, gender in enumerate(GENDERS, start=1):
                cell = self._cell(contact, gender, box)
                row_widget = cell.with_message()
                # the cell's message goes under the grid, not beside the cell: a
                # column that widened with it would move every other field
                held = row_widget.layout()
                if held is not None:
                    held.removeWidget(cell.message)
                cell.message.setParent(self.messages)
                messages_layout.addWidget(cell.message)
                cell.message.hide()
                grid.addWidget(row_widget, row, column)
                self.cells.append(cell)
            total = self._total_label(f"tallyTotal_{contact.value}", box)
            self.row_totals[contact] = total
            grid.addWidget(total, row, len(GENDERS) + 1)
        totals_row = len(CONTACTS) + 1
        grid.addWidget(self._heading(total_word, box), totals_row, 0)
        self.column_totals: dict[Gender, QLabel] = {}
        for column, gender in enumerate(GENDERS, start=1):
            total = self._total_label(f"tallyTotal_{gender.value}", box)
            self.column_totals[gender] = total
            grid.addWidget(total, totals_row, column)
        self.grand_total = self._total_label("tallyGrandTotal", box)
        bold = self.grand_total.font()
        bold.setBold(True)
        self.grand_total.setFont(bold)
        grid.addWidget(self.grand_total, totals_row, len(GENDERS) + 1)
        grid.setColumnStretch(len(GENDERS) + 2, 1)  # the grid keeps its width, on the left
        self.grid_error = self._error_line("tallyGridError", box)

        self.save_button = page_button(self.tr("&Save"), "saveTally", self.save, box)
        self.save_button.setToolTip(self.tr("Save this partner's month (Ctrl+S)"))
        self.delete_button = page_button(
            self.tr("&Delete this month…"), "deleteTally", self.delete_month, box
        )
        self.delete_button.setToolTip(self.tr("Delete the counts of this partner for this month"))
        self.state = QLabel(box)
        self.state.setObjectName("tallyState")
        self.state.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addSpacing(8)
        buttons.addWidget(self.state, 1)
        editor_layout = QVBoxLayout(box)
        editor_layout.addLayout(choosers)
        editor_layout.addWidget(self.month_error)
        editor_layout.addWidget(self.partner_error)
        editor_layout.addSpacing(4)
        editor_layout.addLayout(grid)
        editor_layout.addWidget(self.messages)
        editor_layout.addWidget(self.grid_error)
        editor_layout.addLayout(buttons)
        editor_layout.addStretch(1)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        save_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_key.activated.connect(self.save)

        # Side by side when the page is wide enough, the editor under the list otherwise
        # (1366x768 at 150 %): the page never scrolls sideways.
        left_column, right_column = QVBoxLayout(), QVBoxLayout()
        left_column.addWidget(self.left, 1)
        right_column.addWidget(self.editor_box)
        right_column.addStretch(1)
        self.columns = WrappingRow(left_column, right_column, parent=self)
        self.columns.setObjectName("tallyColumns")
        self.message = QLabel(self)
        self.message.setObjectName("talliesMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.explanation)
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.message)

        self._explain_empty(partners=True)
        self._update_totals()
        self._update_state()

    # ------------------------------------------------------------ building

    def _error_line(self, name: str, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setStyleSheet(error_style())
        label.setWordWrap(True)
        label.hide()
        return label

    def _heading(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _total_label(self, name: str, parent: QWidget) -> QLabel:
        label = QLabel("0", parent)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setMinimumWidth(label.fontMetrics().horizontalAdvance("00 000"))
        return label

    def _cell(self, contact: TallyContact, gender: Gender, parent: QWidget) -> CheckedSpinBox:
        words = f"{_words(contact)}, {_words(gender)}"
        range_text = (
            self.tr("%1: between %2 and %3 persons")
            .replace("%2", "\0low")
            .replace("%3", "\0high")
            .replace("%1", words)
            .replace("\0low", "%1")
            .replace("\0high", "%2")
        )
        cell = CheckedSpinBox(
            parent,
            0,
            MAX_PERSONS,
            0,
            f"tally_{contact.value}_{gender.value}",
            range_text=range_text,
        )
        cell.setAccessibleName(words)
        cell.lineEdit().setAccessibleName(words)  # what a reader says of the typing, too
        cell.setAlignment(Qt.AlignmentFlag.AlignRight)
        cell.valueChanged.connect(lambda _v: self._counts_changed())
        cell.lineEdit().textChanged.connect(lambda _t: self._update_state())
        return cell

    def hasHeightForWidth(self) -> bool:
        """No: the window's page stack would then ask every page, shown or not, its height.

        Qt's stacked layout answers a height for a width with the largest of all its
        pages' (the settings page's, taller than a laptop's screen): the page would
        scroll for room it does not need. The height its wrapped lines need at its
        width is its least height instead (:meth:`minimumSizeHint`).
        """
        return False

    def minimumSizeHint(self) -> QSize:
        """As small as the layout allows, but as tall as the wrapped lines need at this width.

        At 150 % the explanation of an empty page wraps onto many lines: the page then
        scrolls in the window instead of cutting them off.
        """
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            width = max(self.width(), hint.width())
            hint.setHeight(max(hint.height(), layout.totalMinimumHeightForWidth(width)))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width wraps the lines anew: the least height is asked again."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()

    # ------------------------------------------------------------ Page

    def load(self, vault: Vault) -> None:
        """Read the tallies and the directory's partners (in the background)."""
        self.vault = vault
        self._run(None)

    def reload(self) -> None:
        """Read again (the directory may have new partners); counts typed stay."""
        self._run(None)

    def clear(self) -> None:
        """Forget every count and partner: empty list and editor, question closed."""
        self.vault = None
        self.snapshot = None
        self._pending_draft = None
        # Closing a question calls its answer at once, which forgets the box: keep it here.
        question, self.question = self.question, None
        if question is not None:
            question.done(0)
            question.deleteLater()
        self.shown = None
        self.baseline = ZEROS
        self._filling = True
        try:
            self.model.clear()
            for combo in (self.year_filter, self.month, self.partner):
                combo.clear()
            for cell in self.cells:
                cell.setValue(0)
        finally:
            self._filling = False
        self._clear_errors()
        self.message.clear()
        self.left.setCurrentWidget(self.list_box)
        self._update_totals()
        self._update_state()

    def holds_record_data(self) -> bool:
        """Whether anything read from the vault is still held."""
        return bool(
            self.vault is not None
            or self.snapshot is not None
            or self.question is not None
            or self.model.rowCount()
            or self.partner.count()
            or self._pending_draft is not None
            or any(cell.value() for cell in self.cells)
        )

    def is_empty_shown(self) -> bool:
        """Whether the explanation of tallies is shown instead of the list."""
        return self.left.currentWidget() is self.empty

    # ------------------------------------------------------------ drafts

    def editor_draft(self) -> tuple[str, Mapping[str, Any]] | None:
        """The counts typed and not saved, kept when the window locks."""
        if self._pending_draft is not None:
            pending, self._pending_draft = self._pending_draft, None
            return self._draft_key(pending), pending
        if self.shown is None or not self.is_dirty():
            return None
        month, partner = self.shown
        state = {"month": month.isoformat(), "partner": partner, "counts": list(self.counts())}
        return self._draft_key(state), state

    def _draft_key(self, state: Mapping[str, Any]) -> str:
        return f"tally:{str(state.get('month', ''))[:7]}:{state.get('partner') or ''}"

    def offer_draft(self, key: str, state: Mapping[str, Any]) -> bool:
        """Take the counts kept at the last lock; shown again once the page is read."""
        if not key.startswith("tally:"):
            return False
        self._pending_draft = state
        return True

    def _put_back(self, state: Mapping[str, Any]) -> None:
        """Show a partner's month with the counts kept at the last lock."""
        snapshot = self.snapshot
        try:
            month = _first_of(dt.date.fromisoformat(str(state["month"])))
            partner = state.get("partner")
            counts = [int(n) for n in state["counts"]]
        except (KeyError, TypeError, ValueError):
            return
        partner = partner if isinstance(partner, int) else None
        partners = {p for p, _name in snapshot.partners} if snapshot is not None else set()
        known = partner is None or partner in partners
        if snapshot is None or self.month.findData(month.isoformat()) < 0 or not known:
            self._say(
                self.tr(
                    "Counts not saved when the window locked could not be put back: their "
                    "month or their partner can no longer be chosen."
                ),
                error=True,
            )
            return
        self._show_key((month, partner))
        if tuple(counts) == self.baseline:
            return  # saved since: nothing to put back
        self._filling = True
        try:
            for cell, persons in zip(self.cells, counts, strict=False):
                cell.setValue(max(0, min(MAX_PERSONS, persons)))
        finally:
            self._filling = False
        self._update_totals()
        self._update_state()
        self._say(
            self.tr(
                "Counts not saved when the window locked have been put back. Save them "
                "(Ctrl+S), or choose another month to drop them."
            )
        )

    # ------------------------------------------------------------ reading

    def _run(
        self,
        change: Callable[[Any], Any] | None,
        done: Callable[[], None] | None = None,
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """One unit of work: ``change(session)`` if any, then every tally read back.

        ``done`` runs before the snapshot is shown; ``failed`` (by default, the error
        said on the page's message line) if the unit fails, nothing of it kept.
        """
        vault = self.vault
        if vault is None:
            return

        def work(session: Any) -> TalliesSnapshot:
            if change is not None:
                change(session)
            return read_tallies(session)

        def shown(snapshot: TalliesSnapshot) -> None:
            if self.vault is not vault:
                return  # locked meanwhile
            if done is not None:
                done()
            self._show(snapshot)

        self.runner.unit(vault, work, shown, failed or self._failed)

    def _failed(self, error: Exception) -> None:
        self._update_state()
        self._say(error_text(error), error=True)

    def _show(self, snapshot: TalliesSnapshot) -> None:
        if self.vault is None:
            return
        self.snapshot = snapshot
        self._filling = True
        try:
            self._fill_months(snapshot)
            self._fill_partners(snapshot)
            self._fill_years(snapshot)
        finally:
            self._filling = False
        self._fill_list()
        has_partners = bool(snapshot.partners)
        self.editor_box.setEnabled(has_partners)
        self._explain_empty(partners=has_partners)
        switch_to(self.left, self.empty if not snapshot.lines else self.list_box)
        shown = self.shown
        if shown is None or self.month.findData(shown[0].isoformat()) < 0:
            self._show_key((_previous_month(snapshot.today), None))
        elif self.is_dirty():
            self._set_choosers(shown)  # the lists were filled again: the typed counts stay
            self._select_line(shown)
        else:
            self._show_key(shown)  # as recorded now
        pending, self._pending_draft = self._pending_draft, None
        if pending is not None:
            self._put_back(pending)
        self._update_state()

    def _fill_months(self, snapshot: TalliesSnapshot) -> None:
        """Every month from the current one back to January, a few years ago (or earlier)."""
        latest = _first_of(snapshot.today)
        first_year = latest.year - YEARS_OFFERED
        if snapshot.lines:
            first_year = min(first_year, min(x.month.year for x in snapshot.lines))
        chosen = self.month.currentData()
        self.month.clear()
        month = latest
        while month.year >= first_year:
            self.month.addItem(month_text(month), month.isoformat())
            month = _previous_month(month)
        self.month.setCurrentIndex(max(0, self.month.findData(chosen)))

    def _fill_partners(self, snapshot: TalliesSnapshot) -> None:
        chosen = self.partner.currentData()
        self.partner.clear()
        for partner_id, name in snapshot.partners:
            self.partner.addItem(name, partner_id)
        self.partner.setCurrentIndex(self.partner.findData(chosen) if chosen is not None else -1)

    def _fill_years(self, snapshot: TalliesSnapshot) -> None:
        chosen = self.year_filter.currentData()
        years = sorted({x.month.year for x in snapshot.lines} | {snapshot.today.year})
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("All years"), None)
        for year in reversed(years):
            self.year_filter.addItem(str(year), year)
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(chosen)))

    def _fill_list(self) -> None:
        """The lines of the year chosen; the line shown in the editor stays selected."""
        if self._filling:
            return
        snapshot = self.snapshot
        year = self.year_filter.currentData()
        lines = () if snapshot is None else snapshot.lines
        self._filling = True
        try:
            self.model.set_lines(x for x in lines if year is None or x.month.year == year)
        finally:
            self._filling = False
        self._select_line(self.shown)

    def _explain_empty(self, *, partners: bool) -> None:
        about = self.tr(
            "No tally recorded yet. Each month, partners who receive victims count the "
            "persons they received in person and those they informed or directed "
            "elsewhere, by gender. Only counts are kept here, never a name nor a person; "
            "reports protect them like attendance, hiding small counts."
        )
        if partners:
            self.empty.explain(
                about
                + "\n\n"
                + self.tr("Choose a month and a partner, type their counts, then save."),
                (self.tr("&Enter a first month"), "firstTally", self._start_editing),
            )
        else:
            self.empty.explain(
                about
                + "\n\n"
                + self.tr("The partners come from the directory: add them there first."),
                (self.tr("Open the di&rectory"), "goToDirectory", self._go_to_directory),
            )
        self._chain_tabs()

    def _chain_tabs(self) -> None:
        """Chain Tab in reading order, the grid row by row.

        The year, the list (or its explanation's button), the month, the partner, the
        grid's cells, then the editor's buttons.
        """
        chain: list[QWidget] = [
            self.year_filter,
            self.table,
            *self.empty.buttons,
            self.month,
            self.partner,
            *self.cells,
            self.save_button,
            self.delete_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _go_to_directory(self) -> None:
        self.wanted_page.emit(DIRECTORY)

    def _start_editing(self) -> None:
        self.month.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------ the editor

    def counts(self) -> tuple[int, ...]:
        """The grid's counts, row by row (the values taken, not a number refused)."""
        return tuple(cell.value() for cell in self.cells)

    def cell(self, contact: TallyContact, gender: Gender) -> CheckedSpinBox:
        """The number field of one kind of contact and one gender."""
        return self.cells[CELLS.index((contact, gender))]

    def is_dirty(self) -> bool:
        """Whether the grid holds counts not saved."""
        return self.shown is not None and (
            self.counts() != self.baseline
            or any(not cell.hasAcceptableInput() for cell in self.cells)
        )

    def _key(self) -> Key | None:
        """The month and partner chosen now (None before the page is read)."""
        month = self.month.currentData()
        if month is None:
            return None
        partner = self.partner.currentData()
        return dt.date.fromisoformat(month), partner if isinstance(partner, int) else None

    def _recorded(self, key: Key | None) -> TallyLine | None:
        return None if self.snapshot is None else self.snapshot.line(key)

    def _chosen(self) -> None:
        """A month or a partner was chosen: show its counts (asking first if need be)."""
        if self._filling:
            return
        wanted = self._key()
        if wanted is not None:
            self._go_to(wanted)

    def _line_selected(self) -> None:
        if self._filling:
            return
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        line = self.model.line(rows[0].row())
        self._go_to((line.month, line.organisation_id))

    def _open_line(self, index: QModelIndex) -> None:
        """Enter (or a double click) on a line: its counts in the editor, the grid focused."""
        if not index.isValid() or self.question is not None:
            return
        line = self.model.line(index.row())
        key = (line.month, line.organisation_id)
        if self.shown != key:
            self._go_to(key)
        if self.shown == key and self.question is None:
            first = self.cells[0]
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            first.selectAll()

    def _go_to(self, wanted: Key) -> None:
        """Show ``wanted``'s counts; typed counts are dropped only after a question.

        Counts typed for a month and partner with nothing recorded follow the choice to
        another one with nothing recorded (the month or the partner was chosen after
        typing): nothing is lost, so nothing is asked.
        """
        if wanted == self.shown:
            return
        if not self.is_dirty():
            self._show_key(wanted)
            return
        if self._recorded(self.shown) is None and self._recorded(wanted) is None:
            self._show_key(wanted, keep_counts=True)
            return
        self._ask_to_drop(wanted)

    def _ask_to_drop(self, wanted: Key) -> None:
        shown = self.shown
        assert shown is not None

        def answered(choice: str | None) -> None:
            self.question = None
            if self.vault is None or self.shown != shown:
                return  # locked (or changed) meanwhile
            if choice == "discardChanges":
                self._show_key(wanted)
            else:  # the month, partner and line shown go back to the counts kept
                self._set_choosers(shown)
                self._select_line(shown)
                self.cells[0].setFocus(Qt.FocusReason.OtherFocusReason)

        self.question = ask(
            self,
            name="discardTallyQuestion",
            title=self.tr("Counts not saved"),
            text=self.tr(
                "The counts typed for %1 are not saved. Show another month or partner and "
                "lose them?"
            ).replace("%1", self._describe(shown)),
            choices=[
                Choice(
                    self.tr("&Lose the changes"),
                    "discardChanges",
                    QMessageBox.ButtonRole.DestructiveRole,
                ),
                Choice(self.tr("&Keep editing"), "keepEditing"),
            ],
            answered=answered,
        )

    def _describe(self, key: Key) -> str:
        """``mars 2026, CIDFF`` (the month alone while no partner is chosen)."""
        month, partner = key
        name = next(
            (n for p, n in (self.snapshot.partners if self.snapshot else ()) if p == partner),
            None,
        )
        return month_text(month) if name is None else f"{month_text(month)}, {name}"

    def _show_key(self, key: Key, *, keep_counts: bool = False) -> None:
        """Show this month and partner: their recorded counts, or the counts typed."""
        self.shown = key
        self._set_choosers(key)
        self._select_line(key)
        line = self._recorded(key)
        if keep_counts:
            self.baseline = ZEROS  # nothing recorded there: the counts typed are new
        else:
            counts = {} if line is None else line.counts
            self._filling = True
            try:
                for cell_key, cell in zip(CELLS, self.cells, strict=True):
                    cell.setValue(counts.get(cell_key, 0))
            finally:
                self._filling = False
            self.baseline = self.counts()
        self._clear_errors()
        self._update_totals()
        self._update_state()

    def _set_choosers(self, key: Key) -> None:
        month, partner = key
        self._filling = True
        try:
            self.month.setCurrentIndex(self.month.findData(month.isoformat()))
            self.partner.setCurrentIndex(-1 if partner is None else self.partner.findData(partner))
        finally:
            self._filling = False

    def _select_line(self, key: Key | None) -> None:
        """Select the list's line of ``key`` (none if it is not listed)."""
        row = -1 if key is None or key[1] is None else self.model.row_of_tally(key[0], key[1])
        selection = self.table.selectionModel()
        self._filling = True
        try:
            if row < 0:
                selection.clearSelection()
            else:
                index = self.model.index(row, 0)
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
        finally:
            self._filling = False

    def _counts_changed(self) -> None:
        self._update_totals()
        if not self._filling:
            self.grid_error.hide()
            self._update_state()

    def _update_totals(self) -> None:
        values = dict(zip(CELLS, self.counts(), strict=True))
        for contact, label in self.row_totals.items():
            label.setText(count_text(sum(values[contact, g] for g in GENDERS)))
        for gender, label in self.column_totals.items():
            label.setText(count_text(sum(values[c, gender] for c in CONTACTS)))
        self.grand_total.setText(count_text(sum(values.values())))

    def _update_state(self) -> None:
        """Say where the grid stands; Save and Delete only when they can act."""
        shown, busy = self.shown, self.runner.busy
        recorded = self._recorded(shown)
        dirty = self.is_dirty()
        self.save_button.setEnabled(shown is not None and not busy)
        self.delete_button.setEnabled(recorded is not None and not busy)
        if shown is None:
            self.state.clear()
        elif shown[1] is None:
            self.state.setText(self.tr("Choose the partner whose counts these are."))
        elif dirty:
            self.state.setText(self.tr("Not saved yet (Ctrl+S saves)."))
        elif recorded is None:
            self.state.setText(self.tr("Nothing recorded yet for this partner this month."))
        else:
            self.state.setText(self.tr("As recorded."))

    def _clear_errors(self) -> None:
        for label in (self.month_error, self.partner_error, self.grid_error):
            label.clear()
            label.hide()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(error_style() if error else "")
        self.message.setText(text)

    def _error_at(self, label: QLabel, text: str, focus: QWidget) -> None:
        label.setStyleSheet(error_style())
        label.setText(text)
        label.show()
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------ saving

    def save(self) -> None:
        """Record the grid as this partner's month (it replaces what was recorded)."""
        vault, key = self.vault, self.shown
        if vault is None or self.snapshot is None or key is None or self.runner.busy:
            return
        self._clear_errors()
        month, partner = key
        if partner is None:
            self._error_at(self.partner_error, self.tr("Choose a partner."), self.partner)
            return
        refused = next((cell for cell in self.cells if not cell.hasAcceptableInput()), None)
        if refused is not None:
            self._error_at(
                self.grid_error,
                self.tr("Correct the count refused before saving."),
                refused,
            )
            return
        values = self.counts()
        counts = dict(zip(CELLS, values, strict=True))
        total = sum(values)
        where = self._describe(key)

        def saved() -> None:
            if self.shown == key:
                self.baseline = values
            if total:
                self._say(self.tr("Saved: %n person(s) for %1.", "", total).replace("%1", where))
            else:
                self._say(
                    self.tr("All counts are zero: nothing is kept for %1.").replace("%1", where)
                )

        self.message.clear()
        self._run(
            lambda s: tallies.record_tally(s, month, partner, counts), saved, self._failed_save
        )
        self._update_state()

    def _failed_save(self, error: Exception) -> None:
        field = getattr(error, "field", "")
        text = error_text(error)
        if field == "month":
            self._error_at(self.month_error, text, self.month)
        elif field == "organisation_id":
            self._error_at(self.partner_error, text, self.partner)
        elif field == "persons":
            self._error_at(self.grid_error, text, self.cells[0])
        else:
            self._say(text, error=True)
        self._update_state()

    def delete_month(self) -> None:
        """Ask, then forget this partner's counts for this month."""
        vault, key = self.vault, self.shown
        line = self._recorded(key)
        if vault is None or key is None or line is None or self.runner.busy:
            return
        month, partner = line.month, line.organisation_id
        where = self._describe(key)

        def answered(choice: str | None) -> None:
            self.question = None
            if choice != "confirmDeleteButton" or self.vault is not vault:
                return

            def deleted() -> None:
                self._say(self.tr("Deleted: the counts of %1.").replace("%1", where))

            self._run(lambda s: tallies.delete_tally(s, month, partner), deleted)
            self._update_state()

        self.question = ask(
            self,
            name="confirmDeleteTally",
            title=self.tr("Delete the month's counts"),
            text=self.tr(
                "Delete the counts of %1 (%n person(s))? Reports will no longer count them. "
                "This cannot be undone.",
                "",
                line.total,
            ).replace("%1", where),
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
