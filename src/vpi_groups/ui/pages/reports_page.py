"""Reports: period, breakdowns and k; a preview of the protected tables and the chart.

Exports as CSV, XLSX, PDF or JSON run off the UI thread and end with "open the folder".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vpi_groups import vault_settings
from vpi_groups.language import of_locale
from vpi_groups.reports import files as report_export
from vpi_groups.reports import indicators as reports
from vpi_groups.reports import ledger
from vpi_groups.reports.files import Format
from vpi_groups.reports.indicators import Breakdown, Cell, CellState, Label, PeriodSpec, Report
from vpi_groups.reports.periods import FIRST_YEAR, LAST_YEAR, MAX_YEARS
from vpi_groups.storage.models import PeriodKind
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.chart import ChartBar, paint_bar_chart
from vpi_groups.ui.errors import ERROR_STYLE, error_text
from vpi_groups.ui.models.columns import bounded_columns, fit_columns
from vpi_groups.ui.pages.base import Page, page_title
from vpi_groups.ui.releases_dialog import ReleasesDialog
from vpi_groups.ui.tasks import TaskRunner

_ROOT = QModelIndex()
SUPPRESSED_BACKGROUND = QColor(235, 235, 235)


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
    """A report and its tables' text in one language, as the worker hands them over."""

    report: Report
    grids: tuple[TableGrid, ...]
    lang: str


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
        self.year = QSpinBox(self)
        self.year.setObjectName("reportYear")
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(today.year())
        self.quarter = QComboBox(self)
        self.quarter.setObjectName("reportQuarter")
        self.quarter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for number, name in enumerate(
            (
                self.tr("Q1 (January–March)"),
                self.tr("Q2 (April–June)"),
                self.tr("Q3 (July–September)"),
                self.tr("Q4 (October–December)"),
            ),
            start=1,
        ):
            self.quarter.addItem(name, number)
        self.quarter.setCurrentIndex((today.month() - 1) // 3)
        self.month = QComboBox(self)
        self.month.setObjectName("reportMonth")
        self.month.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for number, name in enumerate(
            (
                self.tr("January"),
                self.tr("February"),
                self.tr("March"),
                self.tr("April"),
                self.tr("May"),
                self.tr("June"),
                self.tr("July"),
                self.tr("August"),
                self.tr("September"),
                self.tr("October"),
                self.tr("November"),
                self.tr("December"),
            ),
            start=1,
        ):
            self.month.addItem(name, number)
        self.month.setCurrentIndex(today.month() - 1)
        self.last_year = QSpinBox(self)
        self.last_year.setObjectName("reportLastYear")
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
            (12, self.year_label, self.year),
            (8, self.quarter_label, self.quarter),
            (8, self.month_label, self.month),
            (0, self.last_year_label, self.last_year),  # "2016 to 2025" reads as one
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
            ((self.last_year_label, self.last_year), several),
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
        self.written: Path | None = None
        self.releases_dialog: ReleasesDialog | None = None

        title = page_title(self.tr("Reports"), self)

        self.period = PeriodPicker(self)  # the current calendar year at first
        self.by = QComboBox(self)
        self.by.setObjectName("reportBy")
        self.by.addItem(self.tr("Month"), PeriodKind.MONTH)
        self.by.addItem(self.tr("Quarter"), PeriodKind.QUARTER)
        self.by.addItem(self.tr("Year"), PeriodKind.YEAR)
        self.threshold = QSpinBox(self)
        self.threshold.setObjectName("reportThreshold")
        self.threshold.setRange(*vault_settings.K_RANGE)
        self.threshold.setValue(vault_settings.K_DEFAULT)
        self.breakdowns: dict[Breakdown, QCheckBox] = {}
        names = {
            Breakdown.AXIS: self.tr("Axis"),
            Breakdown.ACTION: self.tr("Action"),
            Breakdown.GROUP: self.tr("Group"),
            Breakdown.FACILITATOR_SECTOR: self.tr("Facilitators' sector"),
            Breakdown.REFERRAL_SOURCE: self.tr("Referral source"),
            Breakdown.AGE_BAND: self.tr("Age band"),
        }
        choices = QGridLayout()
        for i, (breakdown, name) in enumerate(names.items()):
            box = QCheckBox(name, self)
            box.setObjectName(f"breakdown-{breakdown.value}")
            self.breakdowns[breakdown] = box
            choices.addWidget(box, i // 3, i % 3)
        self.compute_button = QPushButton(self.tr("&Compute"), self)
        self.compute_button.setObjectName("computeReport")
        self.compute_button.clicked.connect(self.compute)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        # Rows whose field is a layout get a label with an explicit buddy, else Qt
        # would print the mnemonic's "&".
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period.kind)
        breakdowns_label = QLabel(self.tr("&Breakdowns:"), self)
        breakdowns_label.setBuddy(next(iter(self.breakdowns.values())))
        form.addRow(period_label, self.period)
        form.addRow(self.tr("C&olumns by:"), self.by)
        form.addRow(breakdowns_label, choices)
        form.addRow(self.tr("Suppression threshold &k:"), self.threshold)
        form.addRow(self.compute_button)
        settings = QGroupBox(self.tr("What to count"), self)
        settings.setLayout(form)

        self.tables = QComboBox(self)
        self.tables.setObjectName("reportTables")
        self.tables.currentIndexChanged.connect(self._show_table)
        self.model = ReportTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("reportPreview")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        # Sized per table from a sample of rows, never from every cell (a by-group
        # table over ten years has thousands).
        bounded_columns(self.view)
        self.hidden_summary = QLabel(self)
        self.hidden_summary.setObjectName("reportHiddenSummary")
        self.hidden_summary.setWordWrap(True)
        self.legend = QLabel(self)
        self.legend.setObjectName("reportLegend")
        self.legend.setWordWrap(True)
        self.notes = QLabel(self)
        self.notes.setObjectName("reportNotes")
        self.notes.setWordWrap(True)
        self.explanations = QScrollArea(self)
        self.explanations.setObjectName("reportExplanations")
        self.explanations.setWidgetResizable(True)
        self.explanations.setMaximumHeight(110)
        words = QWidget(self.explanations)
        words_layout = QVBoxLayout(words)
        words_layout.addWidget(self.hidden_summary)
        words_layout.addWidget(self.legend)
        words_layout.addWidget(self.notes)
        self.explanations.setWidget(words)
        self.chart = ChartView(self)

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
        exports.addStretch(1)
        exports.addWidget(self.open_folder)
        released = QPushButton(self.tr("Reports &released…"), self)
        released.setObjectName("reportReleases")
        released.setToolTip(
            self.tr("Every report file written from this vault (the release ledger)")
        )
        released.clicked.connect(self.show_releases)
        exports.addWidget(released)
        calendar = QPushButton(self.tr("Export the &calendar for partners (.ics)…"), self)
        calendar.setObjectName("reportCalendar")
        calendar.clicked.connect(self.calendar_requested)
        exports.addWidget(calendar)
        self.message = QLabel(self)
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)

        preview = QWidget(self)
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.tables)
        preview_layout.addWidget(self.view, 1)
        preview_layout.addWidget(self.explanations)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(preview)
        split.addWidget(self.chart)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(settings)
        layout.addWidget(split, 1)
        layout.addLayout(exports)
        layout.addWidget(self.message)

    # ------------------------------------------------------------ Page

    def load(self, vault: Vault) -> None:
        """Read the vault's threshold, then compute the current year's report."""
        self.vault = vault

        def loaded(k: int) -> None:
            self.threshold.setValue(k)
            self.compute()  # the current year, at once: the page is never empty

        self.runner.unit(
            vault, lambda s: vault_settings.load(s).suppression_k, loaded, self._failed
        )

    def clear(self) -> None:
        """Forget the report."""
        self.vault = None
        self.report = None
        self.grids = ()
        self.model.show_grid(None)
        self.tables.clear()
        self.chart.show_bars([])
        self.legend.clear()
        self.hidden_summary.clear()
        self.notes.clear()
        self.message.clear()
        for button in self.export_buttons.values():
            button.setEnabled(False)

    def holds_record_data(self) -> bool:
        """Whether a report (anonymous, but from the vault) is still held."""
        return (
            self.vault is not None
            or self.report is not None
            or bool(self.grids)
            or bool(self.model.grid)
        )

    # ------------------------------------------------------------ computing

    def spec(self) -> PeriodSpec:
        """The period chosen, and the columns' width."""
        return self.period.spec(self.by.currentData())

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

        def work(s: Any) -> ComputedReport:
            # Every table is formatted here too, so that showing one is a lookup.
            report = reports.build_report(s, spec, breakdowns=breakdowns, k=k)
            return ComputedReport(report, report_grids(report, lang), lang)

        self.compute_button.setEnabled(False)
        self.message.setText(self.tr("Computing…"))
        self.runner.unit(vault, work, self._show, self._failed)

    def _show(self, computed: ComputedReport) -> None:
        self.compute_button.setEnabled(True)
        if self.vault is None:
            return
        report = computed.report
        self.report, self.grids, lang = report, computed.grids, computed.lang
        self.tables.blockSignals(True)
        self.tables.clear()
        for table in report.tables:
            self.tables.addItem(table.title.text(lang), table.id)
        self.tables.blockSignals(False)
        self._show_table()
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

    def _show_table(self, _index: int = 0) -> None:
        index = max(0, self.tables.currentIndex())
        self.model.show_grid(self.grids[index] if index < len(self.grids) else None)
        fit_columns(self.view)

    # ------------------------------------------------------------ exporting

    def _ask_where(self, fmt: Format) -> None:
        if self.report is None:
            return
        start = self.report.period.start.isoformat()
        path, _filter = QFileDialog.getSaveFileName(
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
        if report is None or vault is None:
            return

        def work() -> Path:
            if fmt is Format.PDF:
                from vpi_groups.ui.report_pdf import render_pdf

                data = render_pdf(report, lang)
            else:
                data = report_export.render(report, fmt, lang)
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
        for button in self.export_buttons.values():
            button.setEnabled(self.report is not None)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(error))  # a refused report says why, in full
