"""The yearly bilan: prepared from the vault, previewed as an outline, written as DOCX or PDF.

The bilan is built on the vault's worker (:func:`vpi_groups.reports.bilan.build_bilan`);
the dialog shows its outline (parts, sheets, tables) so the coordinator sees what the
file will hold, then writes it where they choose. Writing records the file in the
release ledger, as any report file; preparing records nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vpi_groups.reports import bilan as bilans
from vpi_groups.reports.bilan import Bilan, BilanFormat
from vpi_groups.reports.document import Heading, Table
from vpi_groups.reports.indicators import PeriodSpec
from vpi_groups.reports.periods import FIRST_YEAR, LAST_YEAR
from vpi_groups.reports.wording import format_date
from vpi_groups.storage.vault import Vault
from vpi_groups.ui import file_dialogs, fit
from vpi_groups.ui.errors import error_style, error_text
from vpi_groups.ui.help_key import give_help_key
from vpi_groups.ui.tasks import TaskRunner

PREPARE_DELAY_MS = 300  # a year typed digit by digit is prepared once


def _whole_year(spec: PeriodSpec) -> bool:
    return (
        spec.start.year == spec.end.year
        and (spec.start.month, spec.start.day) == (1, 1)
        and (spec.end.month, spec.end.day) == (12, 31)
    )


class BilanDialog(QDialog):
    """Choose the year (or keep the report page's period), look at the outline, write."""

    HELP_TOPIC = "reports"

    written = Signal(Path)

    def __init__(
        self,
        vault: Vault,
        spec: PeriodSpec,
        lang: str = "fr",
        k: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        give_help_key(self, self.HELP_TOPIC)
        self.setObjectName("bilanDialog")
        self.setWindowTitle(self.tr("Yearly bilan"))
        self.vault, self.lang, self.k = vault, lang, k
        self.page_spec = spec
        self.bilan: Bilan | None = None
        self.path: Path | None = None
        self._fitted = False
        self._asked: PeriodSpec | None = None
        self.runner = TaskRunner(self)

        intro = QLabel(
            self.tr(
                "The document for the funders and the partners: the programme, one sheet "
                "per action, the finances and the anonymised tables. Its counts of people "
                "are protected as a report's are; writing it is recorded with the reports "
                "released. Open it in Word or LibreOffice to finish it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.by_year = QRadioButton(self.tr("&Year"), self)
        self.year = QSpinBox(self)
        self.year.setObjectName("bilanYear")
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(spec.start.year)
        self.year.setAccessibleName(self.tr("Year of the bilan"))
        period = self.tr("The report's &period: %1 to %2")
        period = period.replace("%1", format_date(spec.start, lang)).replace(
            "%2", format_date(spec.end, lang)
        )
        self.by_period = QRadioButton(period, self)
        self.by_period.setObjectName("bilanPeriod")
        self.by_period.setVisible(not _whole_year(spec))
        (self.by_period if not _whole_year(spec) else self.by_year).setChecked(True)
        self.year.setEnabled(self.by_year.isChecked())
        choice = QHBoxLayout()
        choice.addWidget(self.by_year)
        choice.addWidget(self.year)
        choice.addSpacing(24)
        choice.addWidget(self.by_period)
        choice.addStretch(1)

        self.outline = QListWidget(self)
        self.outline.setObjectName("bilanOutline")
        self.outline.setAccessibleName(self.tr("What the bilan holds"))
        self.status = QLabel(self)
        self.status.setObjectName("bilanStatus")
        self.status.setWordWrap(True)

        self.write_buttons: dict[BilanFormat, QPushButton] = {}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for fmt, words in (
            (BilanFormat.DOCX, self.tr("Write as &DOCX…")),
            (BilanFormat.PDF, self.tr("Write as PD&F…")),
        ):
            button = QPushButton(words, self)
            button.setObjectName(f"bilan-{fmt.value}")
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, f=fmt: self._ask_where(f))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            self.write_buttons[fmt] = button
        self.open_folder = QPushButton(self.tr("&Open the folder"), self)
        self.open_folder.clicked.connect(self._open_folder)
        buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder.setVisible(False)  # after addButton, which shows it

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(choice)
        layout.addWidget(self.outline, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREPARE_DELAY_MS)
        self._timer.timeout.connect(self.prepare)
        self.year.valueChanged.connect(lambda _v: self._timer.start())
        self.by_year.toggled.connect(self._chosen)
        self.prepare()

    # ------------------------------------------------------------ preparing

    def spec(self) -> PeriodSpec:
        """The period the bilan covers."""
        if self.by_period.isChecked():
            return self.page_spec
        return PeriodSpec.year(self.year.value())

    def _chosen(self, by_year: bool) -> None:
        self.year.setEnabled(by_year)
        self.prepare()

    def prepare(self) -> None:
        """Build the bilan of the chosen period on the worker (nothing is recorded)."""
        self._timer.stop()
        spec = self.spec()
        self._asked = spec
        self.bilan = None
        for button in self.write_buttons.values():
            button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Preparing the bilan…"))
        lang, k = self.lang, self.k

        def work(session: Any) -> tuple[PeriodSpec, Bilan]:
            return spec, bilans.build_bilan(session, spec, lang=lang, k=k)

        self.runner.unit(self.vault, work, self._prepared, self._failed, preview=True)

    def _prepared(self, result: tuple[PeriodSpec, Bilan]) -> None:
        spec, bilan = result
        if spec != self._asked:
            return  # an older period, overtaken by the one chosen since
        self.bilan = bilan
        self.outline.clear()
        sheets = tables = 0
        for block in bilan.document.blocks:
            if isinstance(block, Heading) and block.level <= 2:
                self.outline.addItem(("    " if block.level == 2 else "") + block.text)
                sheets += block.level == 2
            elif isinstance(block, Table):
                tables += 1
        summary = self.tr("%1: %2 headings, %3 tables. Ready to be written.")
        self.status.setText(
            summary.replace("%1", bilan.document.title)
            .replace("%2", str(sheets))
            .replace("%3", str(tables))
        )
        for button in self.write_buttons.values():
            button.setEnabled(True)

    # ------------------------------------------------------------ writing

    def _ask_where(self, fmt: BilanFormat) -> None:
        if self.bilan is None:
            return
        spec = self.bilan.report.period
        name = f"bilan-{spec.start.year}" if _whole_year(spec) else f"bilan-{spec.start}"
        path, _filter = file_dialogs.save_file_name(
            self,
            self.tr("Write the bilan"),
            str(Path.home() / f"{name}.{fmt.value}"),
            f"*.{fmt.value}",
        )
        if path:
            self.write_to(fmt, Path(path))

    def write_to(self, fmt: BilanFormat, path: Path) -> None:
        """Write the bilan prepared, off the UI thread, recorded in the release ledger."""
        bilan, vault = self.bilan, self.vault
        if bilan is None:
            return

        def work() -> Path:
            if fmt is BilanFormat.PDF:
                from vpi_groups.ui.bilan_pdf import render_pdf

                data = render_pdf(bilan.document)
            else:
                data = bilans.to_docx(bilan)
            vault.run(lambda s: bilans.save(s, bilan, fmt, data, path))
            return path

        for button in self.write_buttons.values():
            button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Writing the file…"))
        self.runner.start(work, self._written, self._failed)

    def _written(self, path: Path) -> None:
        self.path = path
        for button in self.write_buttons.values():
            button.setEnabled(self.bilan is not None)
        self.status.setText(self.tr("Bilan written: %1").replace("%1", str(path)))
        self.open_folder.setVisible(True)
        self.written.emit(path)

    def _open_folder(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))

    def _failed(self, error: Exception) -> None:
        for button in self.write_buttons.values():
            button.setEnabled(self.bilan is not None)
        self.status.setStyleSheet(error_style())
        self.status.setText(error_text(error))

    def showEvent(self, event: QShowEvent) -> None:
        """On the first show, 760 x 560, or less on a small screen (the outline scrolls)."""
        if not self._fitted:
            self._fitted = True
            fit.fit_to_screen(self, QSize(760, 560))
            self.outline.setFocus(Qt.FocusReason.OtherFocusReason)
        super().showEvent(event)
