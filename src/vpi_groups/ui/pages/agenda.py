"""Agenda: week and month views painted as a calendar, and a sortable list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from vpi_groups import clock
from vpi_groups.scheduling import agenda
from vpi_groups.scheduling.agenda import AgendaEntry, AgendaFilters
from vpi_groups.storage.models import ActionKind, SessionStatus
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.errors import error_text
from vpi_groups.ui.models.table import ID_ROLE, HeadersModel, Row
from vpi_groups.ui.pages.base import Page
from vpi_groups.ui.tasks import TaskRunner

PARIS = clock.PROGRAMME_ZONE
FIRST_HOUR, LAST_HOUR = 8, 21
#: One hue per axis; actions of an axis get shades of it.
AXIS_HUES = {
    ActionKind.TALK_GROUP: 205,
    ActionKind.TRAINING: 145,
    ActionKind.PUBLIC_ACTION: 30,
    ActionKind.PLENARY: 280,
}


class View(IntEnum):
    """The three ways to see the agenda."""

    WEEK = 0
    MONTH = 1
    LIST = 2


def colour_for(entry: AgendaEntry) -> QColor:
    """A stable colour: the axis's hue, a lightness of its own for each action."""
    lightness = 150 + (entry.action_id * 37) % 70
    return QColor.fromHsl(AXIS_HUES.get(entry.axis, 0), 120, lightness)


def qdate(day: dt.date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def local(instant: dt.datetime) -> dt.datetime:
    """An instant in the programme's time zone."""
    return instant.astimezone(PARIS)


def period_of(view: View, day: dt.date) -> tuple[dt.date, dt.date]:
    """The first day shown and the day after the last, for a view around ``day``."""
    if view == View.WEEK:
        first = day - dt.timedelta(days=day.weekday())
        return first, first + dt.timedelta(days=7)
    first = day.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    if view == View.MONTH:
        # Whole weeks around the month, Monday first, six rows.
        start = first - dt.timedelta(days=first.weekday())
        return start, start + dt.timedelta(days=42)
    return first, following


def list_rows(
    entries: tuple[AgendaEntry, ...], statuses: Mapping[SessionStatus, str], locale: QLocale
) -> list[Row]:
    """The list view's rows, formatted once, in the worker (the words read on the UI thread)."""
    days: dict[dt.date, str] = {}
    rows = []
    for entry in entries:
        start, end = local(entry.start), local(entry.end)
        day = days.get(start.date())
        if day is None:
            day = locale.toString(qdate(start.date()), QLocale.FormatType.ShortFormat)
            days[start.date()] = day
        status = statuses[entry.status] + (" ⚠" if entry.conflict else "")
        facilitators = ", ".join(entry.facilitators)
        rows.append(
            Row(
                cells=(
                    day,
                    f"{start:%H:%M}–{end:%H:%M}",
                    entry.title,
                    status,
                    facilitators,
                    entry.room or "",
                ),
                keys=(
                    entry.start,
                    (start.time(), entry.start),
                    (entry.title.casefold(), entry.start),
                    (entry.status.value, entry.start),
                    (facilitators.casefold(), entry.start),
                    ((entry.room or "").casefold(), entry.start),
                ),
                row_id=entry.session_id,
                struck=entry.status == SessionStatus.CANCELLED,
                warning=entry.conflict,
            )
        )
    return rows


@dataclass(frozen=True)
class Block:
    """One session as the canvas paints it, worked out once when the sessions arrive."""

    entry: AgendaEntry
    start: dt.datetime  # in the programme's time zone
    end: dt.datetime
    fill: QColor
    border: QPen
    cancelled: bool
    mark: str  # "⚠ " for a conflict

    @classmethod
    def of(cls, entry: AgendaEntry) -> Block:
        """The block of a session: local times, colours."""
        cancelled = entry.status == SessionStatus.CANCELLED
        fill = QColor(225, 225, 225) if cancelled else colour_for(entry)
        border = QPen(QColor("#b00020"), 2) if entry.conflict else QPen(fill.darker(130), 1)
        mark = "⚠ " if entry.conflict else ""
        return cls(entry, local(entry.start), local(entry.end), fill, border, cancelled, mark)


_CENTER = Qt.AlignmentFlag.AlignCenter
_RIGHT = Qt.AlignmentFlag.AlignRight
_RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_MIDDLE = Qt.AlignmentFlag.AlignVCenter
_WRAPPED = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
_TEXT = QColor(20, 20, 20)
_TEXT_CANCELLED = QColor(90, 90, 90)
_TODAY = QColor(255, 248, 220)


class CalendarCanvas(QWidget):
    """Paints a week (hours by day) or a month (a grid of days); double-click opens a session.

    The sessions' times, colours and days are worked out once when they arrive, not at
    each paint; a month paints at most the few blocks each day's box has room for.
    """

    session_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarCanvas")
        self.setMinimumSize(640, 420)
        self.view = View.WEEK
        self.first_day = dt.date.today()
        self.month = dt.date.today().replace(day=1)
        self.entries: tuple[AgendaEntry, ...] = ()
        self.hits: list[tuple[QRectF, int]] = []
        self._by_day: dict[dt.date, list[Block]] = {}
        self._elided: dict[tuple[int, int], str] = {}  # (session, width) -> one-line text
        self._fonts = (QFont(), QFont())  # the blocks' fonts (plain, struck), set at each paint

    def show_entries(
        self, view: View, first_day: dt.date, month: dt.date, entries: tuple[AgendaEntry, ...]
    ) -> None:
        """Show these sessions in the given view."""
        self.view, self.first_day, self.month, self.entries = view, first_day, month, entries
        by_day: dict[dt.date, list[Block]] = {}
        for block in sorted((Block.of(e) for e in entries), key=lambda b: b.entry.start):
            by_day.setdefault(block.start.date(), []).append(block)
        self._by_day = by_day
        self._elided = {}
        self.update()

    def clear(self) -> None:
        """Show nothing."""
        self.entries = ()
        self.hits = []
        self._by_day = {}
        self._elided = {}
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the grid, then the sessions."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self.hits = []
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        struck = QFont(small)
        struck.setStrikeOut(True)
        self._fonts = (small, struck)
        if self.view == View.WEEK:
            self._paint_week(painter)
        else:
            self._paint_month(painter)
        painter.end()

    def _day_names(self) -> list[str]:
        locale = QLocale()
        return [locale.dayName(i, QLocale.FormatType.ShortFormat) for i in range(1, 8)]

    def _paint_week(self, p: QPainter) -> None:
        locale = QLocale()
        gutter, header = 48.0, 36.0
        width = (self.width() - gutter) / 7
        hours = LAST_HOUR - FIRST_HOUR
        per_hour = (self.height() - header) / hours
        p.setPen(self.palette().mid().color())
        names = self._day_names()
        today = dt.date.today()
        for d in range(7):
            day = self.first_day + dt.timedelta(days=d)
            x = gutter + d * width
            if day == today:
                p.fillRect(QRectF(x, 0, width, self.height()), _TODAY)
            p.setPen(self.palette().text().color())
            label = f"{names[d]} {locale.toString(qdate(day), 'd MMM')}"
            p.drawText(QRectF(x, 0, width, header), _CENTER, label)
            p.setPen(self.palette().mid().color())
            p.drawLine(int(x), 0, int(x), self.height())
        for h in range(hours + 1):
            y = header + h * per_hour
            p.setPen(self.palette().midlight().color())
            p.drawLine(int(gutter), int(y), self.width(), int(y))
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(0, y - 8, gutter - 6, 16), _RIGHT_MIDDLE, f"{FIRST_HOUR + h:02d}:00")
        for d in range(7):
            for block in self._by_day.get(self.first_day + dt.timedelta(days=d), ()):
                start, end = block.start, block.end
                top = (start.hour + start.minute / 60 - FIRST_HOUR) * per_hour
                bottom = (end.hour + end.minute / 60 - FIRST_HOUR) * per_hour
                top, bottom = max(top, 0.0), min(max(bottom, top + 14), hours * per_hour)
                rect = QRectF(gutter + d * width + 2, header + top, width - 4, bottom - top)
                self._paint_block(p, rect, block, f"{start:%H:%M}–{end:%H:%M}")

    def _paint_block(
        self, p: QPainter, rect: QRectF, block: Block, when: str, *, one_line: bool = False
    ) -> None:
        entry = block.entry
        p.setBrush(block.fill)
        p.setPen(block.border)
        p.drawRoundedRect(rect, 4, 4)
        small, struck = self._fonts
        p.setFont(struck if block.cancelled else small)
        p.setPen(_TEXT_CANCELLED if block.cancelled else _TEXT)
        if one_line:
            width = int(rect.width() - 7)
            text = self._elided.get((entry.session_id, width))
            if text is None:
                text = self.fontMetrics().elidedText(
                    f"{block.mark}{when} {entry.title}", Qt.TextElideMode.ElideRight, width
                )
                self._elided[entry.session_id, width] = text
            p.drawText(rect.adjusted(4, 0, -3, 0), _MIDDLE, text)
        else:
            p.drawText(rect.adjusted(4, 2, -3, -2), _WRAPPED, f"{block.mark}{when}\n{entry.title}")
        p.setFont(self.font())
        p.setBrush(Qt.BrushStyle.NoBrush)
        self.hits.append((rect, entry.session_id))

    def _paint_month(self, p: QPainter) -> None:
        header = 24.0
        width, height = self.width() / 7, (self.height() - header) / 6
        names = self._day_names()
        p.setPen(self.palette().text().color())
        for d in range(7):
            p.drawText(QRectF(d * width, 0, width, header), _CENTER, names[d])
        line = self.fontMetrics().height() + 2
        room = max(1, int((height - line - 4) // line))
        today = dt.date.today()
        mid, text, other = (
            self.palette().mid().color(),
            self.palette().text().color(),
            self.palette().alternateBase(),
        )
        for cell in range(42):
            day = self.first_day + dt.timedelta(days=cell)
            x, y = (cell % 7) * width, header + (cell // 7) * height
            box = QRectF(x, y, width, height)
            if day == today:
                p.fillRect(box, _TODAY)
            elif day.month != self.month.month:
                p.fillRect(box, other)
            p.setPen(mid)
            p.drawRect(box)
            p.setPen(text)
            p.drawText(box.adjusted(4, 2, -4, 0), _RIGHT, str(day.day))
            todays = self._by_day.get(day, ())
            for i, block in enumerate(todays[:room]):
                rect = QRectF(x + 3, y + line + 2 + i * line, width - 6, line - 1)
                self._paint_block(p, rect, block, f"{block.start:%H:%M}", one_line=True)
            if len(todays) > room:
                more = QRectF(x + 3, y + height - line, width - 6, line)
                p.drawText(more, _RIGHT, f"+{len(todays) - room}")

    def session_at(self, x: float, y: float) -> int | None:
        """The session drawn at a point, if any (topmost)."""
        for rect, session_id in reversed(self.hits):
            if rect.contains(x, y):
                return session_id
        return None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Open the session under the pointer."""
        session_id = self.session_at(event.position().x(), event.position().y())
        if session_id is not None:
            self.session_activated.emit(session_id)


class AgendaList(QTableView):
    """The list view: a row opens on a double-click or on Enter, once.

    Qt's ``activated`` is not used: it is also sent on a double-click (or on a single
    click, depending on the platform), so with ``doubleClicked`` a double-click opened
    the session twice. Here the mouse goes through ``doubleClicked`` only, like the
    week and month views, and the keys through :attr:`row_entered`.
    """

    row_entered = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Return opens the current row; other keys as usual."""
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            event.accept()
            self.row_entered.emit(index)
            return
        super().keyPressEvent(event)


class AgendaPage(Page):
    """The agenda: navigate by week or month, filter by group or facilitator, open a session."""

    session_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.runner = TaskRunner(self)
        self.day = dt.date.today()
        self.entries: tuple[AgendaEntry, ...] = ()

        self.view_choice = QComboBox(self)
        self.view_choice.setObjectName("agendaView")
        self.view_choice.addItems([self.tr("Week"), self.tr("Month"), self.tr("List")])
        self.previous_button = QPushButton("◀", self)
        self.previous_button.setObjectName("previousPeriod")
        self.previous_button.setToolTip(self.tr("Previous period (Page Up)"))
        self.previous_button.setShortcut("PgUp")
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.today_button.setObjectName("todayButton")
        self.next_button = QPushButton("▶", self)
        self.next_button.setObjectName("nextPeriod")
        self.next_button.setToolTip(self.tr("Next period (Page Down)"))
        self.next_button.setShortcut("PgDown")
        for arrow in (self.previous_button, self.next_button):
            arrow.setFixedWidth(arrow.fontMetrics().horizontalAdvance("◀") * 4)
        self.period_label = QLabel(self)
        self.period_label.setObjectName("periodLabel")
        font = self.period_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.period_label.setFont(font)
        # The period may wrap, and long group names are cut in the closed filters
        # (whole in their lists), so the window fits a small laptop screen.
        self.period_label.setWordWrap(True)
        self.period_label.setMinimumWidth(180)
        self.group_filter = QComboBox(self)
        self.group_filter.setObjectName("groupFilter")
        self.facilitator_filter = QComboBox(self)
        self.facilitator_filter.setObjectName("facilitatorFilter")
        for box in (self.group_filter, self.facilitator_filter):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(14)
        self._reset_filters()
        self.status = QLabel(self)
        self.status.setObjectName("agendaStatus")

        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.period_label, 1)
        bar.addWidget(self.view_choice)
        bar.addWidget(self.group_filter)
        bar.addWidget(self.facilitator_filter)

        self.canvas = CalendarCanvas(self)
        self.list_model = HeadersModel(self._headers, self)
        self.list_view = AgendaList(self)
        self.list_view.setObjectName("agendaList")
        self.list_view.setModel(self.list_model)
        self.list_view.setSortingEnabled(True)
        self.list_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.list_view.horizontalHeader().setStretchLastSection(True)
        self.list_view.verticalHeader().setVisible(False)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.canvas)
        self.stack.addWidget(self.list_view)

        legend = QLabel(
            self.tr(
                "Colours: blue talk groups, green training, orange public actions. Struck "
                "through: cancelled. Red frame ⚠: a facilitator or a room booked twice."
            ),
            self,
        )
        legend.setWordWrap(True)
        legend.setObjectName("agendaLegend")

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(legend)
        layout.addWidget(self.status)

        self.view_choice.currentIndexChanged.connect(self._view_changed)
        self.previous_button.clicked.connect(lambda: self.move_by(-1))
        self.next_button.clicked.connect(lambda: self.move_by(1))
        self.today_button.clicked.connect(self.go_today)
        self.group_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.facilitator_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.canvas.session_activated.connect(self.session_requested)
        self.list_view.doubleClicked.connect(self.open_row)
        self.list_view.row_entered.connect(self.open_row)
        self._update_label()

    def open_row(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """Ask for the session of a row of the list (the window opens or raises it)."""
        session_id = index.data(ID_ROLE) if index.isValid() else None
        if session_id is not None:
            self.session_requested.emit(int(session_id))

    def _headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Group or action"),
            self.tr("Status"),
            self.tr("Facilitators"),
            self.tr("Room"),
        ]

    def _reset_filters(self) -> None:
        for combo, everyone in (
            (self.group_filter, self.tr("All groups")),
            (self.facilitator_filter, self.tr("All facilitators")),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            combo.blockSignals(False)

    # ------------------------------------------------------------ Page

    def load(self, vault: Vault) -> None:
        """Read the filters, then the sessions of the period shown."""
        self.vault = vault
        self.runner.unit(vault, agenda.filters, self._show_filters, self._failed)
        self.reload()

    def _show_filters(self, choices: AgendaFilters) -> None:
        if self.vault is None:
            return
        for combo, items in (
            (self.group_filter, choices.groups),
            (self.facilitator_filter, choices.facilitators),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for item_id, name in items:
                combo.addItem(name, item_id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def clear(self) -> None:
        """Forget every session and name."""
        self.vault = None
        self.entries = ()
        self.canvas.clear()
        self.list_model.clear()
        self._reset_filters()
        self.status.clear()

    def holds_record_data(self) -> bool:
        """Whether sessions or names are still held."""
        return bool(
            self.vault is not None
            or self.entries
            or self.list_model.rowCount()
            or self.group_filter.count() > 1
            or self.facilitator_filter.count() > 1
        )

    # ------------------------------------------------------------ navigation

    @property
    def view(self) -> View:
        """The view chosen."""
        return View(self.view_choice.currentIndex())

    def _view_changed(self, _index: int) -> None:
        self.stack.setCurrentWidget(self.list_view if self.view == View.LIST else self.canvas)
        self.reload()

    def move_by(self, steps: int) -> None:
        """Go to the previous or next week or month."""
        if self.view == View.WEEK:
            self.day += dt.timedelta(days=7 * steps)
        else:
            month = self.day.year * 12 + self.day.month - 1 + steps
            self.day = dt.date(month // 12, month % 12 + 1, 1)
        self.reload()

    def go_today(self) -> None:
        """Back to today."""
        self.day = dt.date.today()
        self.reload()

    def go_to(self, day: dt.date, view: View | None = None) -> None:
        """Show the period holding ``day``."""
        self.day = day
        if view is not None and view != self.view:
            self.view_choice.setCurrentIndex(int(view))  # reloads
            return
        self.reload()

    def _update_label(self) -> None:
        locale = QLocale()
        first, end = period_of(self.view, self.day)
        if self.view == View.WEEK:
            last = end - dt.timedelta(days=1)
            text = (
                self.tr("Week of %1 to %2")
                .replace("%1", locale.toString(qdate(first), "d MMMM"))
                .replace("%2", locale.toString(qdate(last), "d MMMM yyyy"))
            )
        else:
            text = locale.toString(qdate(self.day.replace(day=1)), "MMMM yyyy").capitalize()
        self.period_label.setText(text)

    # ------------------------------------------------------------ data

    def reload(self) -> None:
        """Read the sessions of the period shown (in the background)."""
        self._update_label()
        vault = self.vault
        if vault is None:
            return
        first, end = period_of(self.view, self.day)
        start = dt.datetime.combine(first, dt.time(), tzinfo=PARIS)
        stop = dt.datetime.combine(end, dt.time(), tzinfo=PARIS)
        group_id = self.group_filter.currentData()
        facilitator_id = self.facilitator_filter.currentData()
        view = self.view  # read here, on the UI thread: the worker touches no widget
        statuses = {
            SessionStatus.PLANNED: self.tr("Planned"),
            SessionStatus.HELD: self.tr("Held"),
            SessionStatus.CANCELLED: self.tr("Cancelled"),
        }
        locale = QLocale()

        def work(s: Session) -> tuple[dt.date, View, tuple[AgendaEntry, ...], list[Row]]:
            found = agenda.entries(s, start, stop, group_id=group_id, facilitator_id=facilitator_id)
            return first, view, found, list_rows(found, statuses, locale)

        self.runner.unit(vault, work, self._show, self._failed)

    def _show(self, result: tuple[dt.date, View, tuple[AgendaEntry, ...], list[Row]]) -> None:
        first, view, found, rows = result
        if self.vault is None or view != self.view or first != period_of(view, self.day)[0]:
            return  # locked, or the user moved on meanwhile
        self.entries = found
        self.canvas.show_entries(view, first, self.day.replace(day=1), found)
        self.list_model.set_rows(rows)
        conflicts = sum(1 for e in found if e.conflict)
        text = self.tr("%n session(s)", "", len(found))
        if conflicts:
            text += " — " + self.tr("%n in conflict", "", conflicts)
        self.status.setText(text)

    def _failed(self, error: Exception) -> None:
        self.status.setText(error_text(error))
