"""Reports: period, breakdowns and k; a preview of the protected tables and the chart.

The usual periods (this year, last year, this quarter, last quarter) are one click
away. Every table of the report is shown in one scrolling column, each under its
title and as tall as its rows (a long table scrolls inside a bounded height), with the
chart and the notes after them; the list beside it is a table of contents that
scrolls to a table. Exports as CSV, XLSX, PDF or JSON run off the UI thread and end
with "open the folder".
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDesktopServices,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vpi_groups import clock, memory, vault_settings
from vpi_groups.language import of_locale
from vpi_groups.reports import files as report_export
from vpi_groups.reports import indicators as reports
from vpi_groups.reports import ledger
from vpi_groups.reports.files import Format
from vpi_groups.reports.indicators import Breakdown, Cell, CellState, Label, PeriodSpec, Report
from vpi_groups.reports.periods import FIRST_YEAR, LAST_YEAR, MAX_YEARS
from vpi_groups.storage.models import PeriodKind
from vpi_groups.storage.vault import Vault
from vpi_groups.ui import file_dialogs, fit
from vpi_groups.ui.chart import ChartBar, paint_bar_chart
from vpi_groups.ui.errors import error_style, error_text
from vpi_groups.ui.models.columns import bounded_columns, fit_columns
from vpi_groups.ui.pages.base import Page, page_title
from vpi_groups.ui.period_names import month_names, quarter_names
from vpi_groups.ui.releases_dialog import ReleasesDialog
from vpi_groups.ui.tasks import TaskRunner
from vpi_groups.ui.widgets import CheckedSpinBox

if TYPE_CHECKING:
    from vpi_groups.ui.bilan_dialog import BilanDialog

_ROOT = QModelIndex()
SUPPRESSED_BACKGROUND = QColor(235, 235, 235)
SUPPRESSED_TEXT = QColor(20, 20, 20)  # 15:1 on the grey above, whatever the theme


def report_language() -> str:
    """The language of report wording: the interface's (French unless English)."""
    return of_locale(QLocale().name())


@dataclass(frozen=True)
class TableGrid:
    """One protected table as the preview shows it, formatted once (in the worker).

    ``rows[0]`` is the header; ``hidden`` holds the (row, column) of suppressed cells,
    in the same numbering.
    """

    rows: tuple[tuple[str, ...], ...]
    hidden: frozenset[tuple[int, int]]


def table_grid(table: reports.Table, lang: str) -> TableGrid:
    """The text of every cell, as the exports print it: labels, values and marks."""
    rows: list[tuple[str, ...]] = []
    hidden: set[tuple[int, int]] = set()
    for r, line in enumerate(report_export.table_grid(table, lang)):
        row = []
        for c, item in enumerate(line):
            if item is None:
                row.append("")
            elif isinstance(item, Label):
                row.append(item.text(lang))
            else:
                row.append(report_export.cell_text(item, table.unit, lang))
                if isinstance(item, Cell) and item.state is CellState.SUPPRESSED:
                    hidden.add((r, c))
        rows.append(tuple(row))
    return TableGrid(tuple(rows), frozenset(hidden))


def report_grids(report: Report, lang: str) -> tuple[TableGrid, ...]:
    """Every table of a report, formatted: built with the report, off the UI thread."""
    return tuple(table_grid(table, lang) for table in report.tables)


@dataclass(frozen=True)
class ComputedReport:
    """A report and its tables' text in one language, as the worker hands them over.

    ``organisation`` is the vault's setting at the time ("" while unset): the exports
    of this report print it.
    """

    report: Report
    grids: tuple[TableGrid, ...]
    lang: str
    organisation: str = ""


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ReportTableModel(QAbstractTableModel):
    """One protected table, as the exports print it: labels, values and marks.

    The text is formatted before it reaches the model (:func:`table_grid`): ``data()``
    is a lookup.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: tuple[tuple[str, ...], ...] = ()
        self.hidden: frozenset[tuple[int, int]] = frozenset()
        self._grey = QBrush(SUPPRESSED_BACKGROUND)
        self._grey_text = QBrush(SUPPRESSED_TEXT)

    def show_grid(self, grid: TableGrid | None) -> None:
        """Show a table already formatted (or nothing), in one reset."""
        self.beginResetModel()
        self.grid, self.hidden = (grid.rows, grid.hidden) if grid else ((), frozenset())
        self.endResetModel()

    def show_table(self, table: reports.Table | None, lang: str) -> None:
        """Show a table (or nothing), formatting it now."""
        self.show_grid(None if table is None else table_grid(table, lang))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        """Body rows (the first grid row is the header)."""
        return 0 if parent.isValid() or not self.grid else len(self.grid) - 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        """Columns, row labels included."""
        return 0 if parent.isValid() or not self.grid else len(self.grid[0])

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The printed text; suppressed cells on grey."""
        if not index.isValid():
            return None
        r, c = index.row() + 1, index.column()
        if not (0 < r < len(self.grid) and 0 <= c < len(self.grid[0])):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.grid[r][c]
        if role == Qt.ItemDataRole.BackgroundRole and (r, c) in self.hidden:
            return self._grey
        if role == Qt.ItemDataRole.ForegroundRole and (r, c) in self.hidden:
            return self._grey_text  # the theme's text may be light: not on this grey
        if role == Qt.ItemDataRole.TextAlignmentRole and c > 0:
            return _RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column labels from the table's first grid row."""
        if role != Qt.ItemDataRole.DisplayRole or not self.grid:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.grid[0][section] if 0 <= section < len(self.grid[0]) else None
        return None


VISIBLE_ROWS_MAX = 20
"""A table taller than this many rows scrolls inside its own frame."""

TABLES_FIRST = 3
"""Tables built as soon as a report is shown (what fills the page at first)."""
TABLES_PER_TURN = 1
"""Tables built at each later turn of the event loop (one: a turn, laid out and painted,
then stays under 60 ms; 38 tables at once held the window 0.3 s)."""


class ReportTableView(QTableView):
    """One report table, as tall as its rows: no inner scroll bar below :data:`VISIBLE_ROWS_MAX`.

    Rows have one fixed height (never measured row by row) and columns are sized from a
    bounded sample (:func:`vpi_groups.ui.models.columns.fit_columns`), so that a table
    of thousands of rows costs no more to show than its first ones.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # One line of text and a little air: the style's default row is half as tall
        # again, which at 1280×720 costs a third of the rows shown.
        rows = self.verticalHeader()
        rows.setDefaultSectionSize(max(rows.minimumSectionSize(), self.fontMetrics().height() + 6))
        # As wide as its columns (narrower when the page is: it scrolls sideways then).
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        bounded_columns(self)
        self._wide = False  # whether the columns are wider than the view (a scroll bar)

    def shown_rows(self) -> int:
        """How many rows the view is tall enough for."""
        model = self.model()
        return 0 if model is None else min(model.rowCount(), VISIBLE_ROWS_MAX)

    def fit(self) -> None:
        """Size the columns (from a sample of rows), then the height to the rows."""
        fit_columns(self)
        model = self.model()
        scrolls = model is not None and model.rowCount() > VISIBLE_ROWS_MAX
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if scrolls
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self._wide = self._columns_width() > self.viewport().width()
        self._update_focus()
        self.updateGeometry()

    def scrolls(self) -> bool:
        """Whether the table has more to show than its frame: rows below, columns aside."""
        model = self.model()
        return self._wide or (model is not None and model.rowCount() > VISIBLE_ROWS_MAX)

    def _update_focus(self) -> None:
        # Only a table with something to scroll takes Tab: a report has dozens of
        # tables, and the keyboard should not have to visit each to reach the buttons.
        wanted = Qt.FocusPolicy.StrongFocus if self.scrolls() else Qt.FocusPolicy.ClickFocus
        if self.focusPolicy() != wanted:
            self.setFocusPolicy(wanted)

    def _columns_width(self) -> int:
        header = self.horizontalHeader()
        return sum(header.sectionSize(c) for c in range(header.count()))

    def _height(self) -> int:
        height = 2 * self.frameWidth() + self.horizontalHeader().sizeHint().height()
        height += self.shown_rows() * self.verticalHeader().defaultSectionSize()
        if self._wide:
            height += self.horizontalScrollBar().sizeHint().height()
        return height

    def sizeHint(self) -> QSize:
        """As wide as the columns, as tall as the rows shown."""
        width = 2 * self.frameWidth() + self._columns_width()
        if self.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            width += self.verticalScrollBar().sizeHint().width()
        return QSize(width, self._height())

    def minimumSizeHint(self) -> QSize:
        """Never squeezed below its rows: the page scrolls instead."""
        return QSize(super().minimumSizeHint().width(), self._height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Make room for a horizontal scroll bar when the columns stop fitting, and back."""
        super().resizeEvent(event)
        wide = self._columns_width() > self.viewport().width()
        if wide != self._wide:
            self._wide = wide
            self._update_focus()
            self.updateGeometry()


class Preset(StrEnum):
    """The usual periods, one click away."""

    THIS_YEAR = "this-year"
    LAST_YEAR = "last-year"
    THIS_QUARTER = "this-quarter"
    LAST_QUARTER = "last-quarter"


def preset_spec(preset: Preset, today: dt.date, by: PeriodKind = PeriodKind.MONTH) -> PeriodSpec:
    """The calendar period ``preset`` names on ``today`` (the previous quarter of Q1 is Q4)."""
    quarter = (today.month - 1) // 3 + 1
    if preset is Preset.THIS_YEAR:
        return PeriodSpec.year(today.year, by)
    if preset is Preset.LAST_YEAR:
        return PeriodSpec.year(today.year - 1, by)
    if preset is Preset.THIS_QUARTER:
        return PeriodSpec.quarter(today.year, quarter, by)
    if quarter == 1:
        return PeriodSpec.quarter(today.year - 1, 4, by)
    return PeriodSpec.quarter(today.year, quarter - 1, by)


def programme_today() -> dt.date:
    """Today in the programme's time zone, from the one clock."""
    return clock.now().astimezone(clock.PROGRAMME_ZONE).date()


class ChartView(QWidget):
    """The attendance-per-month chart, painted by the routine the PDF uses too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportChart")
        self.setMinimumHeight(150)
        self.bars: list[ChartBar] = []

    def show_bars(self, bars: list[ChartBar]) -> None:
        """Show these bars (none: an empty chart)."""
        self.bars = bars
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the chart in the whole widget."""
        lang = report_language()
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        paint_bar_chart(
            painter,
            QRectF(self.rect()).adjusted(6, 6, -6, -6),
            self.bars,
            # the report's own words, as in the PDF: a hidden month shows the tables' mark
            title=reports.text("chart_title", lang),
            hidden_mark=reports.text("mark.suppressed", lang),
            empty_text=reports.text("chart_empty", lang),
        )
        painter.end()


class PeriodChoice(StrEnum):
    """What the period picker offers: the calendar grid of :mod:`vpi_groups.reports.periods`."""

    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"
    YEARS = "years"  # a run of whole calendar years


class PeriodPicker(QWidget):
    """One calendar year, quarter or month, or a run of whole years: no other period.

    A kind, a year, then the quarter or the month when the kind needs one, or the last
    year of a run; only the fields the kind uses are shown. Reports are refused off this
    grid (periods that partly overlap would give small counts away by subtraction), so
    the picker offers nothing else.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = QDate.currentDate()
        self.kind = QComboBox(self)
        self.kind.setObjectName("reportPeriodKind")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind.addItem(self.tr("Year"), PeriodChoice.YEAR)
        self.kind.addItem(self.tr("Quarter"), PeriodChoice.QUARTER)
        self.kind.addItem(self.tr("Month"), PeriodChoice.MONTH)
        self.kind.addItem(self.tr("Several years"), PeriodChoice.YEARS)
        self.year = CheckedSpinBox(self, FIRST_YEAR, LAST_YEAR, today.year(), "reportYear")
        self.quarter = QComboBox(self)
        self.quarter.setObjectName("reportQuarter")
        self.quarter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for number, name in enumerate(quarter_names(), start=1):
            self.quarter.addItem(name, number)
        self.quarter.setCurrentIndex((today.month() - 1) // 3)
        self.month = QComboBox(self)
        self.month.setObjectName("reportMonth")
        self.month.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for number, name in enumerate(month_names(), start=1):
            self.month.addItem(name, number)
        self.month.setCurrentIndex(today.month() - 1)
        self.last_year = CheckedSpinBox(self, FIRST_YEAR, LAST_YEAR, FIRST_YEAR, "reportLastYear")
        self._fit_last_year()  # the year itself at first: a run of one year

        self.year_label = QLabel(self)
        self.year_label.setBuddy(self.year)
        self.quarter_label = QLabel(self.tr("&Quarter:"), self)
        self.quarter_label.setBuddy(self.quarter)
        self.month_label = QLabel(self.tr("&Month:"), self)
        self.month_label.setBuddy(self.month)
        self.last_year_label = QLabel(self.tr("&to"), self)
        self.last_year_label.setBuddy(self.last_year)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        for space, label, field in (
            (12, self.year_label, self.year.with_message()),
            (8, self.quarter_label, self.quarter),
            (8, self.month_label, self.month),
            (0, self.last_year_label, self.last_year.with_message()),  # "2016 to 2025" reads as one
        ):
            layout.addSpacing(space)
            layout.addWidget(label)
            layout.addWidget(field)
        layout.addStretch(1)

        self.year.valueChanged.connect(self._fit_last_year)
        self.kind.currentIndexChanged.connect(self._show_fields)
        self._show_fields()

    def choice(self) -> PeriodChoice:
        """The kind of period chosen."""
        return PeriodChoice(self.kind.currentData())

    def spec(self, by: PeriodKind = PeriodKind.MONTH) -> PeriodSpec:
        """The period chosen, with columns ``by`` months, quarters or years."""
        year, choice = self.year.value(), self.choice()
        if choice is PeriodChoice.QUARTER:
            return PeriodSpec.quarter(year, self.quarter.currentData(), by)
        if choice is PeriodChoice.MONTH:
            return PeriodSpec.month(year, self.month.currentData(), by)
        if choice is PeriodChoice.YEARS:
            return PeriodSpec.whole_years(year, self.last_year.value(), by)
        return PeriodSpec.year(year, by)

    def choose(self, spec: PeriodSpec) -> None:
        """Show the period of ``spec`` (its columns are not the picker's)."""
        kind = spec.calendar_kind
        choice = {
            PeriodKind.YEAR: PeriodChoice.YEAR,
            PeriodKind.QUARTER: PeriodChoice.QUARTER,
            PeriodKind.MONTH: PeriodChoice.MONTH,
            None: PeriodChoice.YEARS,
        }[kind]
        self.year.setValue(spec.start.year)
        self.quarter.setCurrentIndex((spec.start.month - 1) // 3)
        self.month.setCurrentIndex(spec.start.month - 1)
        self.last_year.setValue(spec.end.year)
        self.kind.setCurrentIndex(self.kind.findData(choice))

    def _fit_last_year(self) -> None:
        """A run of years begins with the year and lasts MAX_YEARS at most."""
        first = self.year.value()
        self.last_year.setRange(first, min(first + MAX_YEARS - 1, LAST_YEAR))

    def _show_fields(self) -> None:
        choice = self.choice()
        several = choice is PeriodChoice.YEARS
        self.year_label.setText(self.tr("&Years:") if several else self.tr("&Year:"))
        for widgets, shown in (
            ((self.quarter_label, self.quarter), choice is PeriodChoice.QUARTER),
            ((self.month_label, self.month), choice is PeriodChoice.MONTH),
            ((self.last_year_label, self.last_year.with_message()), several),
        ):
            for widget in widgets:
                widget.setVisible(shown)


class ReportsPage(Page):
    """Compute a report on demand, preview it, export it."""

    calendar_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.runner = TaskRunner(self)
        self.report: Report | None = None
        self.grids: tuple[TableGrid, ...] = ()  # the report's tables, formatted
        self.organisation = ""  # the vault's setting, read with the report
        self.written: Path | None = None
        self.bilan_dialog: BilanDialog | None = None
        self.releases_dialog: ReleasesDialog | None = None

        title = page_title(self.tr("Reports"), self)

        self.period = PeriodPicker(self)  # the current calendar year at first
        self.presets: dict[Preset, QPushButton] = {}
        presets = QHBoxLayout()
        for preset, words in (
            (Preset.THIS_YEAR, self.tr("This year")),
            (Preset.LAST_YEAR, self.tr("Last year")),
            (Preset.THIS_QUARTER, self.tr("This quarter")),
            (Preset.LAST_QUARTER, self.tr("Last quarter")),
        ):
            button = QPushButton(words, self)
            button.setObjectName(f"reportPreset-{preset.value}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, p=preset: self.choose_preset(p))
            self.presets[preset] = button
            presets.addWidget(button)
        presets.addStretch(1)
        self.by = QComboBox(self)
        self.by.setObjectName("reportBy")
        self.by.addItem(self.tr("Month"), PeriodKind.MONTH)
        self.by.addItem(self.tr("Quarter"), PeriodKind.QUARTER)
        self.by.addItem(self.tr("Year"), PeriodKind.YEAR)
        self.threshold = CheckedSpinBox(
            self, *vault_settings.K_RANGE, vault_settings.K_DEFAULT, "reportThreshold"
        )
        self.breakdowns: dict[Breakdown, QCheckBox] = {}
        names = {
            Breakdown.AXIS: self.tr("Axis"),
            Breakdown.ACTION: self.tr("Action"),
            Breakdown.GROUP: self.tr("Group"),
            Breakdown.FACILITATOR_SECTOR: self.tr("Facilitators' sector"),
            Breakdown.REFERRAL_SOURCE: self.tr("Referral source"),
            Breakdown.AGE_BAND: self.tr("Age band"),
            Breakdown.GENDER: self.tr("Gender"),
        }
        choices = QGridLayout()
        for i, (breakdown, name) in enumerate(names.items()):
            box = QCheckBox(name, self)
            box.setObjectName(f"breakdown-{breakdown.value}")
            self.breakdowns[breakdown] = box
            choices.addWidget(box, i // 3, i % 3)
        # Offered on a coordinator's vault only (read when the page loads).
        self.consolidated = QCheckBox(self.tr("Co&nsolidated (with received bundles)"), self)
        self.consolidated.setObjectName("reportConsolidated")
        self.consolidated.setToolTip(
            self.tr("This vault's totals and those received from the paired organisations")
        )
        self.consolidated.setVisible(False)
        self.compute_button = QPushButton(self.tr("&Compute"), self)
        self.compute_button.setObjectName("computeReport")
        self.compute_button.clicked.connect(self.compute)
        # A decade with every breakdown can take minutes on a large vault: it can be
        # stopped (between two programs of the audit; nothing is written before its end).
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setObjectName("stopReport")
        self.stop_button.setToolTip(self.tr("Stop computing this report"))
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.setEnabled(False)  # shown all along: the row never jumps
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        # Rows whose field is a layout get a label with an explicit buddy, else Qt
        # would print the mnemonic's "&".
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period.kind)
        presets_label = QLabel(self.tr("Usual per&iods:"), self)
        presets_label.setBuddy(self.presets[Preset.THIS_YEAR])
        breakdowns_label = QLabel(self.tr("&Breakdowns:"), self)
        breakdowns_label.setBuddy(next(iter(self.breakdowns.values())))
        # Columns and k share a row, and the button sits beside them: the form stays
        # short, so that the tables below get the height (1280×720 included).
        threshold_label = QLabel(self.tr("Suppression threshold &k:"), self)
        threshold_label.setBuddy(self.threshold)
        columns_row = QHBoxLayout()
        columns_row.addWidget(self.by)
        columns_row.addSpacing(16)
        columns_row.addWidget(threshold_label)
        columns_row.addWidget(self.threshold.with_message())
        columns_row.addSpacing(10)
        # The consolidated box and the button go below when the row is too narrow
        # (a coordinator's vault at 150 %): the page never scrolls sideways for them.
        compute_row = QHBoxLayout()
        compute_row.addWidget(self.consolidated)
        compute_row.addSpacing(10)
        compute_row.addWidget(self.compute_button)
        compute_row.addWidget(self.stop_button)
        compute_row.addStretch(1)
        columns_label = QLabel(self.tr("C&olumns by:"), self)
        columns_label.setBuddy(self.by)
        form.addRow(period_label, self.period)
        form.addRow(presets_label, presets)
        form.addRow(breakdowns_label, choices)
        form.addRow(columns_label, fit.WrappingRow(columns_row, compute_row, parent=self))
        settings = QGroupBox(self.tr("What to count"), self)
        settings.setLayout(form)
        # Tab follows the form from top to bottom: the presets, the breakdowns, then
        # the row of columns, k and the button.
        chain = [
            *self.presets.values(),
            *self.breakdowns.values(),
            self.by,
            self.threshold,
            self.consolidated,
            self.compute_button,
            self.stop_button,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

        # The table of contents, beside the one scrolling column it jumps into.
        self.contents = QListWidget(self)
        self.contents.setObjectName("reportContents")
        self.contents.setWordWrap(True)
        self.contents.setSpacing(2)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.currentRowChanged.connect(self.scroll_to)
        self.contents.itemClicked.connect(lambda item: self.scroll_to(self.contents.row(item)))
        contents_label = QLabel(self.tr("Tab&les:"), self)
        contents_label.setBuddy(self.contents)
        toc = QWidget(self)
        toc_layout = QVBoxLayout(toc)
        toc_layout.setContentsMargins(0, 0, 0, 0)
        toc_layout.addWidget(contents_label)
        toc_layout.addWidget(self.contents, 1)

        self.hidden_summary = QLabel(self)
        self.hidden_summary.setObjectName("reportHiddenSummary")
        self.hidden_summary.setWordWrap(True)
        self.legend = QLabel(self)
        self.legend.setObjectName("reportLegend")
        self.legend.setWordWrap(True)
        self.notes = QLabel(self)
        self.notes.setObjectName("reportNotes")
        self.notes.setWordWrap(True)
        self.chart = ChartView(self)
        self.chart.setMinimumHeight(220)
        self.tables_box = QWidget(self)  # each table's title and view, in order
        self.tables_layout = QVBoxLayout(self.tables_box)
        self.tables_layout.setContentsMargins(0, 0, 0, 0)
        self.table_titles: list[QLabel] = []
        self.table_views: list[ReportTableView] = []
        self.table_models: list[ReportTableModel] = []
        self.anchors: list[QWidget] = []  # what each entry of the contents scrolls to
        # The tables not yet built (title, grid): a few per turn of the event loop, each
        # with its columns sized, so that a report of dozens of tables never holds the
        # window still while they are made, laid out and measured (38 at once: 0.3 s).
        self._unbuilt: list[tuple[str, TableGrid]] = []
        self._unfitted: list[ReportTableView] = []  # built, sized at the next turn (laid out)
        self._fitter = QTimer(self)
        self._fitter.setInterval(0)
        self._fitter.timeout.connect(self._build_next)

        self.column = QWidget(self)  # what scrolls: every table, the chart, the notes
        column_layout = QVBoxLayout(self.column)
        column_layout.addWidget(self.hidden_summary)
        column_layout.addWidget(self.tables_box)
        column_layout.addWidget(self.chart)
        column_layout.addWidget(self.legend)
        column_layout.addWidget(self.notes)
        column_layout.addStretch(1)
        self.preview = QScrollArea(self)
        self.preview.setObjectName("reportScroll")
        self.preview.setAccessibleName(self.tr("Report preview"))  # scrolled with the keys
        self.preview.setWidgetResizable(True)
        self.preview.setFrameShape(QFrame.Shape.NoFrame)
        self.preview.setWidget(self.column)
        self.preview.verticalScrollBar().valueChanged.connect(self._follow_scroll)

        self.export_buttons: dict[Format, QPushButton] = {}
        exports = QHBoxLayout()
        for fmt, label in (
            (Format.CSV, self.tr("CS&V…")),
            (Format.XLSX, self.tr("&XLSX…")),
            (Format.PDF, self.tr("P&DF…")),
            (Format.JSON, self.tr("&JSON…")),
        ):
            button = QPushButton(label, self)
            button.setObjectName(f"export-{fmt.value}")
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, f=fmt: self._ask_where(f))
            self.export_buttons[fmt] = button
            exports.addWidget(button)
        self.open_folder = QPushButton(self.tr("Open the &folder"), self)
        self.open_folder.setObjectName("reportOpenFolder")
        self.open_folder.setVisible(False)
        self.open_folder.clicked.connect(self._open_folder)
        exports.addWidget(self.open_folder)
        exports.addStretch(1)
        others = QHBoxLayout()  # beside the formats, or below them on a narrow window
        released = QPushButton(self.tr("Reports &released…"), self)
        released.setObjectName("reportReleases")
        released.setToolTip(
            self.tr("Every report file written from this vault (the release ledger)")
        )
        released.clicked.connect(self.show_releases)
        others.addWidget(released)
        bilan = QPushButton(self.tr("Yearly &bilan…"), self)
        bilan.setObjectName("reportBilan")
        bilan.setToolTip(
            self.tr(
                "The document for funders: the programme, each action, the finances (DOCX or PDF)"
            )
        )
        bilan.clicked.connect(self.open_bilan)
        others.addWidget(bilan)
        calendar = QPushButton(self.tr("Export the &calendar for partners (.ics)…"), self)
        calendar.setObjectName("reportCalendar")
        calendar.clicked.connect(self.calendar_requested)
        others.addWidget(calendar)
        self.message = QLabel(self)
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("reportSplit")
        split.addWidget(toc)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(settings)
        # Under the buttons that start the work: a long report's progress, a refusal or
        # the file written is read where the eyes are (at 1280×720 the page's foot is
        # below the fold).
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        layout.addWidget(fit.WrappingRow(exports, others, parent=self))

    # ------------------------------------------------------------ Page

    def load(self, vault: Vault) -> None:
        """Read the vault's threshold, then compute the current year's report."""
        self.vault = vault

        def read(s: Any) -> tuple[int, bool]:
            from vpi_groups.consolidation import bundles

            return vault_settings.load(s).suppression_k, bundles.own_keys(s).programme is not None

        def loaded(found: tuple[int, bool]) -> None:
            k, coordinates = found
            self.threshold.setValue(k)
            self.consolidated.setVisible(coordinates)
            if not coordinates:
                self.consolidated.setChecked(False)
            self.compute()  # the current year, at once: the page is never empty

        self.runner.unit(vault, read, loaded, self._failed)

    def clear(self) -> None:
        """Forget the report."""
        self.vault = None
        self.report = None
        self.grids = ()
        self.organisation = ""
        self._drop_tables()
        self.chart.show_bars([])
        self.legend.clear()
        self.hidden_summary.clear()
        self.notes.clear()
        self.message.clear()
        self.consolidated.setChecked(False)
        self.consolidated.setVisible(False)
        for button in self.export_buttons.values():
            button.setEnabled(False)

    def holds_record_data(self) -> bool:
        """Whether a report (anonymous, but from the vault) is still held."""
        return (
            self.vault is not None
            or self.report is not None
            or bool(self.grids)
            or bool(self.organisation)
            or any(model.grid for model in self.table_models)
        )

    # ------------------------------------------------------------ computing

    def spec(self) -> PeriodSpec:
        """The period chosen, and the columns' width."""
        return self.period.spec(self.by.currentData())

    def choose_preset(self, preset: Preset) -> None:
        """Show one of the usual periods (on today's date) and compute its report."""
        self.period.choose(preset_spec(preset, programme_today()))
        self.compute()

    def chosen_breakdowns(self) -> tuple[Breakdown, ...]:
        """The breakdowns ticked."""
        return tuple(b for b, box in self.breakdowns.items() if box.isChecked())

    def compute(self) -> None:
        """Build the report in the background."""
        vault = self.vault
        if vault is None:
            return
        try:
            spec = self.spec()
        except reports.ReportError as error:
            self._failed(error)
            return
        breakdowns, k = self.chosen_breakdowns(), self.threshold.value()
        lang = report_language()
        consolidated = self.consolidated.isChecked() and not self.consolidated.isHidden()

        def work(s: Any) -> ComputedReport:
            # Every table is formatted here too, so that showing them is a lookup.
            if consolidated:  # this vault's totals and the bundles received, added up
                from vpi_groups.consolidation import bundles
                from vpi_groups.reports.consolidated import build_consolidated

                parts = bundles.parts(s, spec)
                report = build_consolidated(s, spec, parts, breakdowns=breakdowns, k=k)
            else:
                report = reports.build_report(s, spec, breakdowns=breakdowns, k=k)
            organisation = vault_settings.organisation(s)
            computed = ComputedReport(report, report_grids(report, lang), lang, organisation)
            memory.give_back()  # the audit's programmes and rows are freed by now
            return computed

        self.compute_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.message.setStyleSheet("")  # a refusal before was red; this is not one
        self.message.setText(self.tr("Computing…"))
        self.runner.unit(vault, work, self._show, self._failed, on_progress=self._checking)

    def _checking(self, audit_pass: int, left: int) -> None:
        """The audit's progress: a long report shows that it moves (and can be stopped)."""
        if not self.stop_button.isEnabled():
            return  # stopping: that message stays
        self.message.setText(
            self.tr("Computing… checking that nothing can be deduced: pass %1, %2 value(s) left")
            .replace("%1", str(audit_pass))
            .replace("%2", str(left))
        )

    def stop(self) -> None:
        """Stop the report being computed (at the audit's next step); the page says so."""
        self.stop_button.setEnabled(False)
        self.message.setText(self.tr("Stopping…"))
        self.runner.cancel()

    def _show(self, computed: ComputedReport) -> None:
        self.compute_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        if self.vault is None:
            return
        report = computed.report
        self.report, self.grids, lang = report, computed.grids, computed.lang
        self.organisation = computed.organisation
        self._show_tables(report, computed.grids, lang)
        self.chart.show_bars([ChartBar(b.short.text(lang), b.value) for b in report.chart])
        # The rule and the legend are the report's own words, as printed in every export.
        self.legend.setText(f"{reports.text('legend', lang)}\n{report.rule.text(lang)}")
        self.hidden_summary.setText(self.summary_text(report))
        self.notes.setText("\n".join(note.text(lang) for note in report.notes))
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self.message.clear()

    def summary_text(self, report: reports.Report) -> str:
        """How much the protection hid, and what would publish more when it is most."""
        audit = report.audit
        if audit is None or audit.counts == 0:
            return ""
        text = (
            self.tr(
                "%1 of %2 counts of people are hidden (checked together with %3 report(s) "
                "released before, %4 linear programs solved)."
            )
            .replace("%1", str(audit.hidden))
            .replace("%2", str(audit.counts))
            .replace("%3", str(audit.earlier_releases))
            .replace("%4", str(audit.programs))
        )
        if audit.hidden * 2 > audit.counts:
            text += " " + self.tr(
                "Most counts are hidden: columns by quarter or by year, or fewer breakdowns, "
                "would publish more of them."
            )
        return text

    def show_releases(self) -> None:
        """Open the list of the reports released from this vault."""
        vault = self.vault
        if vault is None:
            return

        def shown(releases: list[ledger.ReleaseInfo]) -> None:
            self.releases_dialog = ReleasesDialog(releases, self)
            self.releases_dialog.open()

        self.runner.unit(vault, ledger.listing, shown, self._failed)

    # ------------------------------------------------------------ the tables, stacked

    def _drop_tables(self) -> None:
        """Remove every table's title and view (their text goes with them)."""
        self._fitter.stop()
        self._unbuilt, self._unfitted = [], []
        while (item := self.tables_layout.takeAt(0)) is not None:  # spacings too
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for model in self.table_models:
            model.show_grid(None)  # the text is dropped now, not at deletion
            model.deleteLater()
        self.table_titles, self.table_views, self.table_models = [], [], []
        self.anchors = []
        self.contents.clear()

    def _show_tables(self, report: Report, grids: tuple[TableGrid, ...], lang: str) -> None:
        """The contents at once; the tables' titles and views a few at a time (see _build_next)."""
        self._drop_tables()
        for table in report.tables:
            self.contents.addItem(table.title.text(lang))
        self.contents.addItem(self.tr("Chart: attendances per month"))
        self.contents.addItem(self.tr("Disclosure rule and notes"))
        self.anchors = [self.chart, self.legend]  # the tables' titles go before these
        self.contents.blockSignals(True)
        self.contents.setCurrentRow(0)
        self.contents.blockSignals(False)
        self.preview.verticalScrollBar().setValue(0)
        self._unbuilt = [
            (table.title.text(lang), grid) for table, grid in zip(report.tables, grids, strict=True)
        ]
        self._build_next(TABLES_FIRST)  # what the page shows first; the rest next turns
        self._fitter.start()

    def _add_table(self, text: str, grid: TableGrid) -> None:
        """One table's title and view, at the end of those built, its columns sized."""
        index = len(self.table_views)
        title = QLabel(text, self.tables_box)
        title.setObjectName(f"reportTableTitle-{index}")
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        model = ReportTableModel(self)
        model.show_grid(grid)
        view = ReportTableView(self.tables_box)
        view.setObjectName(f"reportTable-{index}")
        view.setAccessibleName(title.text())  # not a buddy: a "&" in a title is text
        view.setModel(model)
        self.tables_layout.addSpacing(6 if index else 0)
        self.tables_layout.addWidget(title)
        self.tables_layout.addWidget(view, 0, Qt.AlignmentFlag.AlignLeft)
        title.show()  # now: the layout would show them at a later turn only
        view.show()
        self.table_titles.append(title)
        self.table_views.append(view)
        self.table_models.append(model)
        self.anchors.insert(index, title)
        self._unfitted.append(view)

    def fitting(self) -> bool:
        """Whether some tables are still to be built or sized."""
        return bool(self._unbuilt or self._unfitted)

    def _build_next(self, count: int = TABLES_PER_TURN) -> None:
        """Size the tables built last turn (laid out since), then build the next ones."""
        fitted, self._unfitted = self._unfitted, []
        for view in fitted:
            view.fit()
        for _ in range(min(count, len(self._unbuilt))):
            self._add_table(*self._unbuilt.pop(0))
        if not self.fitting():
            self._fitter.stop()
            # The last sizes reach the column now, not a few turns later: the layouts of
            # the tables' box, the column and the scroll area each post the next request,
            # and the last views' scroll bars follow their final width.
            for _level in range(3):
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            for view in fitted:
                view.updateGeometries()

    def _build_all(self) -> None:
        """Build every table left now (the user asked for one further down)."""
        self._build_next(len(self._unbuilt))
        if self._unfitted:
            self._fitter.start()  # sized at the next turn, once laid out

    def section_top(self, row: int) -> int:
        """Where entry ``row`` of the contents starts, in the scrolling column."""
        return self.anchors[row].mapTo(self.column, QPoint(0, 0)).y()

    def scroll_to(self, row: int) -> None:
        """Scroll the column so that entry ``row`` of the contents is at the top."""
        if row >= len(self.table_titles):
            self._build_all()
        if not 0 <= row < len(self.anchors):
            return
        self.preview.verticalScrollBar().setValue(self.section_top(row))

    def _follow_scroll(self, value: int) -> None:
        """Keep the contents on the section at the top of the column."""
        if not self.anchors or self._unbuilt:
            return  # rows and anchors match once every table is built
        row = 0
        for index in range(len(self.anchors)):
            if self.section_top(index) <= value + 4:
                row = index
            else:
                break
        if self.preview.verticalScrollBar().value() >= self.preview.verticalScrollBar().maximum():
            # At the bottom the last sections cannot reach the top: the contents keep
            # the entry chosen (notes, chart) rather than jumping back.
            current = self.contents.currentRow()
            row = max(row, current)
        if row != self.contents.currentRow():
            self.contents.blockSignals(True)
            self.contents.setCurrentRow(row)
            self.contents.blockSignals(False)

    # ------------------------------------------------------------ the bilan

    def open_bilan(self) -> BilanDialog | None:
        """Open the yearly bilan's dialog on the period chosen (or its year)."""
        if self.vault is None:
            return None
        try:
            spec = self.spec()
        except reports.ReportError as error:
            self._failed(error)
            return None
        from vpi_groups.ui.bilan_dialog import BilanDialog

        dialog = BilanDialog(self.vault, spec, report_language(), self.threshold.value(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.bilan_dialog = dialog
        dialog.show()
        return dialog

    # ------------------------------------------------------------ exporting

    def _ask_where(self, fmt: Format) -> None:
        if self.report is None:
            return
        start = self.report.period.start.isoformat()
        path, _filter = file_dialogs.save_file_name(
            self,
            self.tr("Export the report"),
            str(Path.home() / f"bilan-vpi-{start}.{fmt.value}"),
            f"*.{fmt.value}",
        )
        if path:
            self.export_to(fmt, Path(path))

    def export_to(self, fmt: Format, path: Path) -> None:
        """Write the report shown, in one format, off the UI thread (audited)."""
        report, vault, lang = self.report, self.vault, report_language()
        organisation = self.organisation
        if report is None or vault is None:
            return

        def work() -> Path:
            if fmt is Format.PDF:
                from vpi_groups.ui.report_pdf import render_pdf

                data = render_pdf(report, lang, organisation=organisation)
            else:
                data = report_export.render(report, fmt, lang, organisation=organisation)
            vault.run(lambda s: report_export.save(s, report, fmt, data, path))
            return path

        for button in self.export_buttons.values():
            button.setEnabled(False)
        self.message.setText(self.tr("Writing the file…"))
        self.runner.start(work, self._exported, self._failed)

    def _exported(self, path: Path) -> None:
        self.written = path
        for button in self.export_buttons.values():
            button.setEnabled(self.report is not None)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Report written: %1").replace("%1", str(path)))
        self.open_folder.setVisible(True)

    def _open_folder(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))

    def _failed(self, error: Exception) -> None:
        self.compute_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        if self.vault is None:
            return  # locked meanwhile: the page is cleared, nothing to say on it
        for button in self.export_buttons.values():
            button.setEnabled(self.report is not None)
        self.message.setStyleSheet(error_style())
        self.message.setText(error_text(error))  # a refused report says why, in full
