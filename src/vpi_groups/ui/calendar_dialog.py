"""Calendar export (.ics) for partners: what to export, how much to say, and a preview.

The preview is built from the very bytes that would be written (in a unit of work
that is rolled back, so it leaves no audit entry), then the export writes them
with one audit entry, off the UI thread.

At the "busy" level every event has the same neutral title ("Indisponible" in French,
"Busy" in English, or what the user types), which is also the calendar's name unless
one is typed: left empty, the name field shows the name the file will carry.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import icalendar
from PySide6.QtCore import QDate, QLocale, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from vpi_groups import clock
from vpi_groups.calendar import ics as calendar_export
from vpi_groups.calendar.ics import ExportOptions, Privacy
from vpi_groups.scheduling import agenda
from vpi_groups.storage.vault import Vault
from vpi_groups.ui import file_dialogs, fit
from vpi_groups.ui.errors import error_style, error_text
from vpi_groups.ui.help_key import give_help_key
from vpi_groups.ui.models.table import HeadersModel, Row
from vpi_groups.ui.tasks import TaskRunner

PARIS = clock.PROGRAMME_ZONE
PREVIEW_EVENTS = 12


@dataclass(frozen=True)
class PreviewEvent:
    """One event as a partner's calendar will show it."""

    start: dt.datetime
    end: dt.datetime
    title: str
    place: str
    repeats: bool


def preview_events(data: bytes, limit: int = PREVIEW_EVENTS) -> tuple[int, list[PreviewEvent]]:
    """Count the events of a calendar file and describe its first ones."""
    calendar = icalendar.Calendar.from_ical(data)
    events = [c for c in calendar.walk("VEVENT")]
    shown = []
    for event in sorted(events, key=lambda e: e.decoded("DTSTART"))[:limit]:
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        shown.append(
            PreviewEvent(
                start.astimezone(PARIS),
                end.astimezone(PARIS),
                str(event.get("SUMMARY", "")),
                str(event.get("LOCATION", "")),
                "RRULE" in event,
            )
        )
    return len(events), shown


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class CalendarExportDialog(QDialog):
    """Choose the scope and the privacy level, look at the preview, export."""

    HELP_TOPIC = "calendar"

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_help_key(self, self.HELP_TOPIC)
        self.setObjectName("calendarExportDialog")
        self.vault = vault
        self.runner = TaskRunner(self)
        self.written: tuple[Path, ...] = ()
        self.setWindowTitle(self.tr("Export the calendar (.ics)"))
        self._fitted = False

        self.groups = QListWidget(self)
        self.groups.setObjectName("exportGroups")
        self.groups.setMaximumHeight(130)
        self.facilitator = QComboBox(self)
        self.facilitator.setObjectName("exportFacilitator")
        self.facilitator.addItem(self.tr("Every facilitator"), None)
        self.use_period = QCheckBox(self.tr("Only &between"), self)
        self.use_period.setObjectName("exportUsePeriod")
        today = QDate.currentDate()
        self.first = QDateEdit(today, self)
        self.first.setObjectName("exportFrom")
        self.first.setCalendarPopup(True)
        # No label of its own (the check box and "and" sit around it): a screen reader
        # needs a name that says which end of the period it is.
        self.first.setAccessibleName(self.tr("First day of the period"))
        self.last = QDateEdit(today.addMonths(6), self)
        self.last.setObjectName("exportTo")
        self.last.setCalendarPopup(True)
        self.last.setAccessibleName(self.tr("Last day of the period"))
        period = QHBoxLayout()
        period.addWidget(self.use_period)
        period.addWidget(self.first)
        period.addWidget(QLabel(self.tr("and"), self))
        period.addWidget(self.last)
        period.addStretch(1)
        self.privacy = QComboBox(self)
        self.privacy.setObjectName("exportPrivacy")
        self.privacy.addItem(
            self.tr("Partners: title, time, and the place where it may be shared"), Privacy.PARTNER
        )
        self.privacy.addItem(
            self.tr("Busy only: a neutral title and the time, nothing else"), Privacy.BUSY
        )
        self.names = QCheckBox(self.tr("Write the &facilitators' names"), self)
        self.names.setObjectName("exportNames")
        self.cancelled = QCheckBox(
            self.tr('Keep &cancelled sessions, marked "ANNULÉ" (Outlook may still show them)'),
            self,
        )
        self.cancelled.setObjectName("exportCancelled")
        self.per_group = QCheckBox(self.tr("One &file per group"), self)
        self.per_group.setObjectName("exportPerGroup")
        self.busy_title = QLineEdit(self)
        self.busy_title.setObjectName("exportBusyTitle")
        self.busy_title.setPlaceholderText(self.default_busy_title())
        self.busy_title.setEnabled(False)
        self.calendar_name = QLineEdit(self)
        self.calendar_name.setObjectName("exportCalendarName")
        self.calendar_name.setPlaceholderText(calendar_export.DEFAULT_CALENDAR_NAME)

        form = QFormLayout()
        form.addRow(self.tr("&Groups (none ticked: all):"), self.groups)
        form.addRow(self.tr("Facilita&tor:"), self.facilitator)
        form.addRow(self.tr("Period:"), period)
        form.addRow(self.tr("&Privacy:"), self.privacy)
        form.addRow("", self.names)
        form.addRow("", self.cancelled)
        form.addRow("", self.per_group)
        form.addRow(self.tr("Ne&utral title:"), self.busy_title)
        form.addRow(self.tr("Calendar &name:"), self.calendar_name)

        never = QLabel(
            self.tr(
                "Never included, whatever the choices: participants, their codes, attendance, "
                "notes and memos."
            ),
            self,
        )
        never.setObjectName("exportNever")
        never.setWordWrap(True)
        never.setStyleSheet("font-weight: bold;")
        self.preview_model = HeadersModel(self._preview_headers, self)
        self.preview = QTableView(self)
        self.preview.setObjectName("exportPreview")
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("exportSummary")
        self.summary.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.open_folder = QPushButton(self.tr("Open the &folder"), self)
        self.open_folder.setObjectName("exportOpenFolder")
        self.open_folder.setVisible(False)
        self.open_folder.clicked.connect(self._open_folder)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.export_button.clicked.connect(self._ask_where)

        # the choices and the preview scroll on a small screen; the buttons stay in view
        body = QWidget(self)
        body.setObjectName("calendarExportBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(never)
        preview_label = QLabel(self.tr("What partners will see (first events):"), body)
        preview_label.setBuddy(self.preview)  # the preview's accessible name
        column.addWidget(preview_label)
        column.addWidget(self.preview, 1)
        column.addWidget(self.summary)
        column.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(fit.FittingScroll(body, self), 1)
        row = QHBoxLayout()
        row.addWidget(self.open_folder)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)

        # Only what changes the previewed events (start, end, title, place) refreshes
        # it: the calendar's name and the facilitators' names are not shown there. The
        # neutral title refreshes it once typed, not at every key.
        for signal in (
            self.facilitator.currentIndexChanged,
            self.privacy.currentIndexChanged,
            self.use_period.toggled,
            self.first.dateChanged,
            self.last.dateChanged,
            self.cancelled.toggled,
        ):
            signal.connect(self.refresh_preview)
        self.groups.itemChanged.connect(self.refresh_preview)
        self.busy_title.editingFinished.connect(self.refresh_preview)
        self.busy_title.textChanged.connect(self._show_calendar_name)
        self.privacy.currentIndexChanged.connect(self._privacy_changed)
        self.runner.unit(vault, agenda.filters, self._show_choices, self._failed)

    def showEvent(self, event: QShowEvent) -> None:
        """On the first show, 860 x 640, or less on a small screen."""
        if not self._fitted:
            self._fitted = True
            fit.fit_to_screen(self, QSize(860, 640))
        super().showEvent(event)

    def _preview_headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Title"),
            self.tr("Place"),
            self.tr("Repeats"),
        ]

    def _show_choices(self, choices: agenda.AgendaFilters) -> None:
        self.groups.blockSignals(True)
        for group_id, name in choices.groups:
            item = QListWidgetItem(name, self.groups)
            item.setData(Qt.ItemDataRole.UserRole, group_id)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.groups.blockSignals(False)
        for person_id, name in choices.facilitators:
            self.facilitator.addItem(name, person_id)
        self.refresh_preview()

    def _privacy_changed(self, _index: int) -> None:
        busy = self.privacy.currentData() == Privacy.BUSY
        self.names.setEnabled(not busy)
        if busy:
            self.names.setChecked(False)
        self.busy_title.setEnabled(busy)
        self._show_calendar_name()

    def default_busy_title(self) -> str:
        """The busy level's title when none is typed, in the interface's language."""
        return self.tr("Busy")

    def _busy_title(self) -> str:
        return self.busy_title.text().strip() or self.default_busy_title()

    def _show_calendar_name(self, *_args: object) -> None:
        """Show, in the empty name field, the name the file will carry at this level."""
        busy = self.privacy.currentData() == Privacy.BUSY
        self.calendar_name.setPlaceholderText(
            self._busy_title() if busy else calendar_export.DEFAULT_CALENDAR_NAME
        )

    # ------------------------------------------------------------ options

    def options(self) -> ExportOptions:
        """The choices as the export service (and the CLI) take them."""
        ticked = tuple(
            int(self.groups.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.groups.count())
            if self.groups.item(i).checkState() == Qt.CheckState.Checked
        )
        start = end = None
        if self.use_period.isChecked():
            first = _pydate(self.first.date())
            last = _pydate(self.last.date())
            start = dt.datetime.combine(first, dt.time(), tzinfo=PARIS)
            end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tzinfo=PARIS)
        return ExportOptions(
            group_ids=ticked,
            facilitator_id=self.facilitator.currentData(),
            start=start,
            end=end,
            privacy=self.privacy.currentData(),
            facilitator_names=self.names.isChecked(),
            keep_cancelled=self.cancelled.isChecked(),
            calendar_name=self.calendar_name.text().strip() or None,
            busy_title=self._busy_title(),
        )

    # ------------------------------------------------------------ preview

    def refresh_preview(self, *_args: object) -> None:
        """Build the file as it would be written, without writing it, and show its start."""
        options, vault = self.options(), self.vault

        self.runner.unit(  # a preview: the export's audit entry is not kept
            vault,
            lambda s: calendar_export.export_calendar(s, options),
            self._show_preview,
            self._failed,
            preview=True,
        )

    def _show_preview(self, data: bytes) -> None:
        count, events = preview_events(data)
        locale = QLocale()
        yes, no = self.tr("Yes"), ""
        self.preview_model.set_rows(
            [
                Row(
                    cells=(
                        locale.toString(
                            QDate(e.start.year, e.start.month, e.start.day),
                            QLocale.FormatType.ShortFormat,
                        ),
                        f"{e.start:%H:%M}–{e.end:%H:%M}",
                        e.title,
                        e.place,
                        yes if e.repeats else no,
                    ),
                    keys=(e.start, e.start.time(), e.title, e.place, e.repeats),
                    row_id=i,
                )
                for i, e in enumerate(events)
            ]
        )
        self.summary.setText(self.tr("%n event(s) in the file (a series counts once).", "", count))
        self.message.clear()

    # ------------------------------------------------------------ export

    def _ask_where(self) -> None:
        if self.per_group.isChecked():
            folder = file_dialogs.existing_directory(self, self.tr("Folder for the calendars"))
            if folder:
                self.export_to(Path(folder))
        else:
            path, _filter = file_dialogs.save_file_name(
                self,
                self.tr("Save the calendar"),
                str(Path.home() / "agenda-vpi.ics"),
                self.tr("Calendars (*.ics)"),
            )
            if path:
                self.export_to(Path(path if path.endswith(".ics") else path + ".ics"))

    def export_to(self, target: Path) -> None:
        """Export to a file (or, one file per group, into a folder) in the background."""
        options, vault, per_group = self.options(), self.vault, self.per_group.isChecked()

        def work(s: Session) -> tuple[Path, ...]:
            if per_group:
                files = calendar_export.export_per_group(s, options)
                return calendar_export.write_calendars(target, files)
            data = calendar_export.export_calendar(s, options)
            calendar_export.write_calendar(target, data)
            return (target,)

        self.export_button.setEnabled(False)
        self.runner.unit(vault, work, self._exported, self._failed)

    def _exported(self, paths: tuple[Path, ...]) -> None:
        self.written = paths
        self.export_button.setEnabled(True)
        self.message.setStyleSheet("")
        where = paths[0].parent if paths else Path()
        self.message.setText(
            self.tr("%n file(s) written in %1.", "", len(paths)).replace("%1", str(where))
        )
        self.open_folder.setVisible(True)

    def _open_folder(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0].parent)))

    def _failed(self, error: Exception) -> None:
        self.export_button.setEnabled(True)
        self.message.setStyleSheet(error_style())
        self.message.setText(error_text(error))

    def reject(self) -> None:
        """Close (not while the export is being written)."""
        if self.runner.busy:
            return
        super().reject()
