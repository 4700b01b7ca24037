"""The release ledger, as the coordinator sees it: every report file that left the machine."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vpi_groups.reports.ledger import ReleaseInfo
from vpi_groups.ui import fit
from vpi_groups.ui.help_key import give_help_key
from vpi_groups.ui.models.table import Row, RowTableModel


class ReleasesModel(RowTableModel):
    """One row per release, newest first: when, file, period, columns, k, counts, checksum."""

    def headers(self) -> tuple[str, ...]:
        """The column titles, translated."""
        return (
            self.tr("Written"),
            self.tr("File"),
            self.tr("Period"),
            self.tr("Columns"),
            self.tr("k"),
            self.tr("Counts shown"),
            self.tr("Counts hidden"),
            self.tr("SHA-256"),
        )

    def show_releases(self, releases: list[ReleaseInfo]) -> None:
        """Replace the rows with these releases."""
        columns = {
            "month": self.tr("months"),
            "quarter": self.tr("quarters"),
            "year": self.tr("years"),
        }
        rows = []
        for r in releases:
            written = r.at.astimezone()
            start, end = r.period
            rows.append(
                Row(
                    cells=(
                        written.strftime("%d/%m/%Y %H:%M"),
                        r.file_name,
                        f"{start:%d/%m/%Y} – {end:%d/%m/%Y}",
                        columns.get(r.columns, r.columns),
                        str(r.k),
                        str(r.published),
                        str(r.hidden),
                        r.sha256[:16] + "…",
                    ),
                    keys=(
                        written,
                        r.file_name.casefold(),
                        (start, end),
                        r.columns,
                        r.k,
                        r.published,
                        r.hidden,
                        r.sha256,
                    ),
                    row_id=r.id,
                )
            )
        self.set_rows(rows)


class ReleasesDialog(QDialog):
    """The ledger, read-only: nothing here resets or edits it."""

    HELP_TOPIC = "reports"

    def __init__(self, releases: list[ReleaseInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_help_key(self, self.HELP_TOPIC)
        self.setObjectName("releasesDialog")
        self.setWindowTitle(self.tr("Reports released"))
        self._fitted: bool = False
        intro = QLabel(
            self.tr(
                "Every report file written from this vault, newest first. Each new report "
                "is protected together with these: a count they published stays published, "
                "a count they hid stays hidden, and nothing new lets a hidden count be "
                "worked out. The list is kept in the vault and is never reset."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = ReleasesModel(self)
        self.model.show_releases(releases)
        self.view = QTableView(self)
        self.view.setObjectName("releasesTable")
        self.view.setAccessibleName(self.tr("Reports released"))
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        empty = QLabel(self.tr("No report has been released from this vault yet."), self)
        empty.setVisible(not releases)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(empty)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.view.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """On the first show, 980 x 420, or less on a small screen (the table scrolls)."""
        if not self._fitted:
            self._fitted = True
            fit.fit_to_screen(self, QSize(980, 420))
        super().showEvent(event)
