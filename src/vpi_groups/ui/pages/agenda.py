"""Agenda: week and month views painted as a calendar, and a sortable list.

The week view draws sessions that overlap side by side, in columns within the day
(:func:`lay_out_columns`); both calendar views shade public holidays and closures with
their names, and mark a session moved from its series' date ("↷", and "moved from"
in its text and tooltip).

The week and month views take the keyboard focus: the arrows move between days and
sessions, Enter opens the session, Page Up and Page Down change the period, and the
item in focus is framed. What it is, in words, is the view's accessible name and
description and the line under the calendar; a screen reader also finds each day and
session of the view as an item of its own (:mod:`vpi_groups.ui.agenda_accessible`),
told which has the focus at each move, and may open a session as Enter does.

On a small screen (1366×768 at 150 %) the seven days share the width left by the
sidebar: the columns narrow, the day headers shorten, and the filters above go to a
second row, so the page never scrolls sideways.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from vpi_groups import clock
from vpi_groups.language import of_locale
from vpi_groups.scheduling import agenda, records
from vpi_groups.scheduling.agenda import AgendaEntry, AgendaFilters, DayMark, DayMarkKind
from vpi_groups.storage.models import ActionKind, SessionStatus
from vpi_groups.storage.vault import Vault
from vpi_groups.ui import agenda_accessible
from vpi_groups.ui.agenda_accessible import Key
from vpi_groups.ui.empty_state import EmptyState, switch_to
from vpi_groups.ui.errors import error_text
from vpi_groups.ui.models.table import ID_ROLE, HeadersModel, Row
from vpi_groups.ui.new_session_dialog import (
    NewSessionDialog,
    SessionChoices,
    read_year_choices,
    save_through,
)
from vpi_groups.ui.pages.base import PROGRAMME, Page
from vpi_groups.ui.tasks import TaskRunner

PARIS = clock.PROGRAMME_ZONE
FIRST_HOUR, LAST_HOUR = 8, 21
WEEK_HEADER, MONTH_HEADER = 40.0, 24.0
#: The least the calendar takes: seven columns of about 64 pixels and the hours.
MIN_CANVAS = QSize(500, 280)
#: One hue per axis; actions of an axis get shades of it.
AXIS_HUES = {
    ActionKind.TALK_GROUP: 205,
    ActionKind.TRAINING: 145,
    ActionKind.PUBLIC_ACTION: 30,
    ActionKind.PLENARY: 280,
    ActionKind.WORKING_GROUP: 330,
}


class View(IntEnum):
    """The three ways to see the agenda."""

    WEEK = 0
    MONTH = 1
    LIST = 2


Loaded = tuple[dt.date, View, tuple[AgendaEntry, ...], list[Row], tuple[DayMark, ...], bool | None]
"""What a reload reads: first day, view, sessions, list rows, holidays and closures,
and whether the vault holds no session at all (None: not asked)."""


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
    entries: tuple[AgendaEntry, ...],
    statuses: Mapping[SessionStatus, str],
    locale: QLocale,
    moved: str = "↷ %1",
) -> list[Row]:
    """The list view's rows, formatted once, in the worker (the words read on the UI thread).

    ``moved``: the words added to a moved session's status, ``%1`` its series' date.
    """
    days: dict[dt.date, str] = {}
    rows = []
    for entry in entries:
        start, end = local(entry.start), local(entry.end)
        day = days.get(start.date())
        if day is None:
            day = locale.toString(qdate(start.date()), QLocale.FormatType.ShortFormat)
            days[start.date()] = day
        status = statuses[entry.status] + (" ⚠" if entry.conflict else "")
        if entry.moved and entry.original_start is not None:
            was = local(entry.original_start)
            day = locale.toString(qdate(was.date()), QLocale.FormatType.ShortFormat)
            status += " — " + moved.replace("%1", f"{day} {was:%H:%M}")
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


def lay_out_columns(
    intervals: Sequence[tuple[dt.datetime, dt.datetime]],
) -> list[tuple[int, int]]:
    """Columns for intervals drawn side by side within a day, as calendar apps do.

    Returns, for each interval in the order given, ``(column, columns)``: intervals
    that overlap (directly or through others) form a cluster that shares the day's
    width in ``columns`` equal columns, each interval in the leftmost column free at
    its start; two overlapping intervals never share a column, and an interval that
    overlaps nothing gets the whole width. Touching intervals (one ends as the next
    starts) do not overlap.
    """
    order = sorted(range(len(intervals)), key=lambda i: (intervals[i][0], intervals[i][1], i))
    placed: list[tuple[int, int]] = [(0, 1)] * len(intervals)
    cluster: list[int] = []
    column_ends: list[dt.datetime] = []  # per column of the cluster, when it is free again
    cluster_end: dt.datetime | None = None

    def close() -> None:
        for i in cluster:
            placed[i] = (placed[i][0], len(column_ends))

    for i in order:
        start, end = intervals[i]
        if cluster_end is not None and start >= cluster_end:
            close()
            cluster, column_ends, cluster_end = [], [], None
        column = next((c for c, free in enumerate(column_ends) if free <= start), None)
        if column is None:
            column = len(column_ends)
            column_ends.append(end)
        else:
            column_ends[column] = end
        placed[i] = (column, 0)
        cluster.append(i)
        cluster_end = end if cluster_end is None else max(cluster_end, end)
    close()
    return placed


@dataclass(frozen=True)
class Block:
    """One session as the canvas paints it, worked out once when the sessions arrive."""

    entry: AgendaEntry
    start: dt.datetime  # in the programme's time zone
    end: dt.datetime
    fill: QColor
    border: QPen
    cancelled: bool
    mark: str  # "⚠ " for a conflict, "↷ " for a moved session
    column: int = 0  # where it stands among the sessions it overlaps (week view)
    columns: int = 1

    @classmethod
    def of(cls, entry: AgendaEntry) -> Block:
        """The block of a session: local times, colours."""
        cancelled = entry.status == SessionStatus.CANCELLED
        fill = QColor(225, 225, 225) if cancelled else colour_for(entry)
        border = QPen(QColor("#b00020"), 2) if entry.conflict else QPen(fill.darker(130), 1)
        mark = ("⚠ " if entry.conflict else "") + ("↷ " if entry.moved else "")
        return cls(entry, local(entry.start), local(entry.end), fill, border, cancelled, mark)


_CENTER = Qt.AlignmentFlag.AlignCenter
_RIGHT = Qt.AlignmentFlag.AlignRight
_RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_MIDDLE = Qt.AlignmentFlag.AlignVCenter
_WRAPPED = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
_TEXT = QColor(20, 20, 20)
_TEXT_CANCELLED = QColor(90, 90, 90)
_TODAY = QColor(255, 248, 220)
_HOLIDAY = QColor(226, 232, 245)
_CLOSURE = QColor(235, 235, 235)
_MARK_TEXT = QColor(70, 70, 90)
_FOCUS_INNER = QColor(255, 255, 255)
#: The keys the calendar handles itself, even where a button has them as its shortcut.
_KEYS = frozenset(
    {
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
    }
)


class CalendarCanvas(QWidget):
    """Paints a week (hours by day) or a month (a grid of days); double-click opens a session.

    The sessions' times, colours and days are worked out once when they arrive, not at
    each paint; a month paints at most the few blocks each day's box has room for.

    Keyboard: one day is in focus (:attr:`focus_day`), and possibly one of its sessions
    (:attr:`focus_session`). Left and Right go to the previous or next day, Home and End
    to the first or last day of the week; Up and Down go through the day's sessions
    (in the month view, past the last one, to the same day of the next week, and back);
    Enter opens the session, like a double-click; Page Up and Page Down ask for the
    previous or next period (:attr:`period_step`). A move to another day is said with
    :attr:`day_moved`: the page decides whether the period changes.
    """

    session_activated = Signal(int)
    day_moved = Signal(object)  # dt.date
    period_step = Signal(int)
    described = Signal(str)  # the item in focus, in words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarCanvas")
        # Seven narrow columns still fit beside the sidebar at 150 % on 1366×768.
        self.setMinimumSize(MIN_CANVAS)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.focus_day = dt.date.today()
        self.focus_session: int | None = None
        self.view = View.WEEK
        # the Monday of this week, as the page's title says, until the page sets it
        self.first_day = period_of(View.WEEK, dt.date.today())[0]
        self.month = dt.date.today().replace(day=1)
        self.entries: tuple[AgendaEntry, ...] = ()
        self.marks: dict[dt.date, list[DayMark]] = {}
        self.hits: list[tuple[QRectF, int]] = []
        self._by_day: dict[dt.date, list[Block]] = {}
        self._by_id: dict[int, AgendaEntry] = {}
        self._day_boxes: list[tuple[QRectF, dt.date]] = []
        self._elided: dict[tuple[int, int], str] = {}  # (session, width) -> one-line text
        self._fonts = (QFont(), QFont())  # the blocks' fonts (plain, struck), set at each paint
        self._said = ""  # the words last told to assistive technology
        self._describe()
        agenda_accessible.attach(self)

    def set_period(self, view: View, first_day: dt.date, month: dt.date) -> None:
        """Show this period's grid (its sessions come with :meth:`show_entries`).

        Called as soon as the period changes, locked or not, so the days painted are
        always those of the title above, before any session arrives.
        """
        if (view, first_day, month) != (self.view, self.first_day, self.month):
            self.view, self.first_day, self.month = view, first_day, month
            self.entries, self._by_day, self._by_id, self.marks = (), {}, {}, {}
            self._elided = {}
            self.update()
            agenda_accessible.refresh(self)

    def show_entries(
        self,
        view: View,
        first_day: dt.date,
        month: dt.date,
        entries: tuple[AgendaEntry, ...],
        marks: tuple[DayMark, ...] = (),
    ) -> None:
        """Show these sessions, and these holidays and closures, in the given view."""
        self.view, self.first_day, self.month, self.entries = view, first_day, month, entries
        by_day: dict[dt.date, list[Block]] = {}
        for block in sorted((Block.of(e) for e in entries), key=lambda b: b.entry.start):
            by_day.setdefault(block.start.date(), []).append(block)
        for day, blocks in by_day.items():
            places = lay_out_columns([(b.start, b.end) for b in blocks])
            by_day[day] = [
                dataclasses.replace(b, column=c, columns=n)
                for b, (c, n) in zip(blocks, places, strict=True)
            ]
        self._by_day = by_day
        self._by_id = {e.session_id: e for e in entries}
        self.marks = {}
        for mark in marks:
            self.marks.setdefault(mark.day, []).append(mark)
        self._elided = {}
        if self.focus_session not in self._day_sessions(self.focus_day):
            self.focus_session = None
        self.update()
        agenda_accessible.refresh(self)
        self._describe()

    def clear(self) -> None:
        """Show nothing."""
        self.entries = ()
        self.hits = []
        self.marks = {}
        self._by_day = {}
        self._by_id = {}
        self._day_boxes = []
        self._elided = {}
        self.focus_session = None
        self.update()
        agenda_accessible.refresh(self)
        self._describe()

    # ------------------------------------------------------------ keyboard focus

    def set_focus_day(self, day: dt.date) -> None:
        """Put the focus on ``day`` (its session in focus kept if it is that day's)."""
        if day != self.focus_day:
            self.focus_day = day
            self.focus_session = None
        self.update()
        self._describe()

    def _day_sessions(self, day: dt.date) -> list[int]:
        """The sessions of a day, in the order drawn (by start)."""
        return [b.entry.session_id for b in self._by_day.get(day, ())]

    def _move(self, day: dt.date, session: int | None = None) -> None:
        """Focus ``day`` (and ``session``), then tell the page the day."""
        self.focus_day, self.focus_session = day, session
        self.update()
        self._describe()
        self.day_moved.emit(day)

    def _step(self, direction: int) -> None:
        """Up (-1) or Down (+1): the previous or next session, or week row in a month."""
        day = self.focus_day
        sessions = self._day_sessions(day)
        at = sessions.index(self.focus_session) if self.focus_session in sessions else -1
        wanted = at + direction
        if -1 <= wanted < len(sessions):  # -1: the day itself, no session
            self._move(day, sessions[wanted] if wanted >= 0 else None)
        elif self.view == View.MONTH:
            # The month reads as one line: a day, its sessions, the same day a week
            # later, its sessions... Up walks it back, landing on a day's last session.
            other = day + dt.timedelta(days=7 * direction)
            before = self._day_sessions(other) if direction < 0 else []
            self._move(other, before[-1] if before else None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows, Home, End, Page Up, Page Down and Enter; other keys as usual."""
        key = event.key()
        if key not in _KEYS or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        day = self.focus_day
        if key == Qt.Key.Key_Left:
            self._move(day - dt.timedelta(days=1))
        elif key == Qt.Key.Key_Right:
            self._move(day + dt.timedelta(days=1))
        elif key == Qt.Key.Key_Home:
            self._move(day - dt.timedelta(days=day.weekday()))
        elif key == Qt.Key.Key_End:
            self._move(day + dt.timedelta(days=6 - day.weekday()))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.period_step.emit(-1 if key == Qt.Key.Key_PageUp else 1)
        elif self.focus_session is not None:  # Enter
            self.session_activated.emit(self.focus_session)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click puts the focus on the day and the session under the pointer."""
        x, y = event.position().x(), event.position().y()
        day = next((d for r, d in self._day_boxes if r.contains(x, y)), None)
        if day is not None:
            session = self.session_at(x, y)
            self.focus_day, self.focus_session = day, session
            self.update()
            self._describe()
            # A day of the next or previous month, in grey, is focused without changing
            # the month: the click may be the first of a double-click on its session.
            if self.view == View.WEEK or day.month == self.month.month:
                self.day_moved.emit(day)
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Frame the item in focus and say it."""
        super().focusInEvent(event)
        self.update()
        self._describe()
        # Qt tells of the view's own focus after this handler: the item's comes next,
        # or a screen reader would only hear the view until the first arrow.
        QTimer.singleShot(0, self._announce_focus_item)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """No frame while the focus is elsewhere."""
        super().focusOutEvent(event)
        self.update()
        self.described.emit(self.focus_words())  # the page clears its line: no focus here

    # ------------------------------------------------------------ words for assistive technology

    def day_words(self, day: dt.date) -> str:
        """A day in words: its date, today, its holiday or closures, its sessions."""
        return ", ".join(self._day_parts(day))

    def _day_parts(self, day: dt.date) -> list[str]:
        """The date ("Tuesday 3 March 2026"), then what else there is to say of the day."""
        date = QLocale().toString(qdate(day), "dddd d MMMM yyyy")
        parts = [date[:1].upper() + date[1:]]
        if day == dt.date.today():
            parts.append(self.tr("today"))
        if marked := self.mark_text(day):
            parts.append(marked)
        count = len(self._by_day.get(day, ()))
        parts.append(
            self.tr("sessions: %1").replace("%1", str(count)) if count else self.tr("no session")
        )
        return parts

    def session_words(self, entry: AgendaEntry) -> str:
        """A session in words: day, times, title, room, facilitators, status, move, conflict."""
        words = self._session_parts(entry)
        parts = [words["date"], words["times"], entry.title]
        parts += [words[k] for k in ("room", "with", "status", "moved", "conflict") if words[k]]
        return ", ".join(parts)

    def session_name(self, entry: AgendaEntry) -> str:
        """A session's accessible name: what its block shows, title first.

        Title, times, room, status, then a move or a conflict (the block's ↷ and ⚠).
        """
        words = self._session_parts(entry)
        parts = [entry.title] + [
            words[k] for k in ("times", "room", "status", "moved", "conflict") if words[k]
        ]
        return ", ".join(parts)

    def session_details(self, entry: AgendaEntry) -> str:
        """What its name leaves out: the date and the facilitators."""
        words = self._session_parts(entry)
        return ", ".join(words[k] for k in ("date", "with") if words[k])

    def _session_parts(self, entry: AgendaEntry) -> dict[str, str]:
        """The pieces said of a session, each empty when there is nothing to say."""
        locale = QLocale()
        start, end = local(entry.start), local(entry.end)
        date = locale.toString(qdate(start.date()), "dddd d MMMM")
        short = QLocale.FormatType.ShortFormat
        status = ""
        if entry.status == SessionStatus.CANCELLED:
            status = self.tr("cancelled")
        elif entry.status == SessionStatus.HELD:
            status = self.tr("held")
        moved = ""
        if entry.moved and entry.original_start is not None:
            was = local(entry.original_start)
            was_day = locale.toString(qdate(was.date()), "dddd d MMMM")
            when = f"{was_day} {locale.toString(QTime(was.hour, was.minute), short)}"
            moved = self.tr("moved from %1").replace("%1", when)
        return {
            "date": date[:1].upper() + date[1:],
            "times": self.tr("%1 to %2")
            .replace("%1", locale.toString(QTime(start.hour, start.minute), short))
            .replace("%2", locale.toString(QTime(end.hour, end.minute), short)),
            "room": entry.room or "",
            "with": (
                self.tr("with %1").replace("%1", ", ".join(entry.facilitators))
                if entry.facilitators
                else ""
            ),
            "status": status,
            "moved": moved,
            "conflict": self.tr("a facilitator or the room is booked twice")
            if entry.conflict
            else "",
        }

    def focus_words(self) -> str:
        """The item in focus in words: the session if one is, else the day."""
        entry = self._by_id.get(self.focus_session) if self.focus_session is not None else None
        return self.session_words(entry) if entry is not None else self.day_words(self.focus_day)

    def _describe(self) -> None:
        """Name and describe the view by the item in focus, and tell assistive technology.

        The focus event names the item in focus among the view's accessible children
        (:mod:`vpi_groups.ui.agenda_accessible`); the view's own name and description
        say it too, for whoever reads only the view.
        """
        date = QLocale().toString(qdate(self.focus_day), "dddd d MMMM yyyy")
        view = self.tr("Agenda by week") if self.view == View.WEEK else self.tr("Agenda by month")
        words = self.focus_words()
        # QWidget's setters send NameChanged and DescriptionChanged themselves.
        self.setAccessibleName(f"{view}, {date}")
        self.setAccessibleDescription(words)
        self.setToolTip(words)
        self.described.emit(words)
        # Said again only when it changed: a reload that keeps the same item is silent
        # (and Qt itself tells of the focus coming into the view).
        if words != self._said:
            self._announce_focus_item()
        self._said = words

    def _announce_focus_item(self) -> None:
        """Tell assistive technology which of the view's items has the focus."""
        if not self.hasFocus():
            return
        keys = self.accessible_keys()
        focus = self.focus_key()
        index = keys.index(focus) if focus in keys else -1
        QAccessible.updateAccessibility(agenda_accessible.focus_event(self, index))

    # ------------------------------------------------------------ items for assistive technology

    def shown_days(self) -> list[dt.date]:
        """The days of the grid: seven for a week, six weeks for a month."""
        count = 7 if self.view == View.WEEK else 42
        return [self.first_day + dt.timedelta(days=d) for d in range(count)]

    def accessible_keys(self) -> list[Key]:
        """The days and sessions shown, in keyboard order: a day, then its sessions."""
        keys: list[Key] = []
        for day in self.shown_days():
            keys.append((day, None))
            keys += [(day, session) for session in self._day_sessions(day)]
        return keys

    def focus_key(self) -> Key:
        """The item in focus: the session, or the day."""
        return (self.focus_day, self.focus_session)

    def key_name(self, key: Key) -> str:
        """A day's date, or a session's title, times, room and status."""
        day, session = key
        entry = self._by_id.get(session) if session is not None else None
        if entry is not None:
            return self.session_name(entry)
        return self._day_parts(day)[0]

    def key_description(self, key: Key) -> str:
        """A day's holiday, closures and sessions count; a session's date and facilitators."""
        day, session = key
        entry = self._by_id.get(session) if session is not None else None
        if entry is not None:
            return self.session_details(entry)
        return ", ".join(self._day_parts(day)[1:])

    def key_rect(self, key: Key) -> QRect:
        """Where a day or session is painted (a month's hidden session: its day's box)."""
        day, session = key
        if session is not None:
            rect = self._block_rect(day, session)
            if rect is not None:
                return rect.toAlignedRect()
        box = self._day_box(day)
        return QRect() if box is None else box.toAlignedRect()

    def key_at(self, point: QPoint) -> Key | None:
        """The session painted at a point, else the day."""
        x, y = point.x(), point.y()
        for day in self.shown_days():
            for session in self._day_sessions(day):
                rect = self._block_rect(day, session)
                if rect is not None and rect.contains(x, y):
                    return (day, session)
        found = next(
            (d for d in self.shown_days() if (self._day_box(d) or QRectF()).contains(x, y)), None
        )
        return None if found is None else (found, None)

    def focus_on_key(self, key: Key) -> None:
        """Put the keyboard focus on a day or session (asked by assistive technology)."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus_item(key)

    def press_key(self, key: Key) -> None:
        """Open a session, as Enter does, the focus on it (asked by assistive technology)."""
        _day, session = key
        if session is None or session not in self._by_id:
            return
        self._focus_item(key)
        self.session_activated.emit(session)

    def _focus_item(self, key: Key) -> None:
        """Focus a day or session of the grid, as a click does (the month stays)."""
        day, session = key
        if day not in self.shown_days():
            return
        self.focus_day = day
        self.focus_session = session if session in self._day_sessions(day) else None
        self.update()
        self._describe()
        if self.view == View.WEEK or day.month == self.month.month:
            self.day_moved.emit(day)

    def _paint_focus(self, p: QPainter) -> None:
        """Frame the day in focus, and its session in focus more thickly (focus visible)."""
        box = next((r for r, d in self._day_boxes if d == self.focus_day), None)
        if box is None:
            return
        colour = self.palette().highlight().color()
        target = next((r for r, sid in self.hits if sid == self.focus_session), None)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if target is None and self.focus_session is not None:
            target = box  # a session the month's box has no room for: the whole day
        p.setPen(QPen(colour, 2 if target is not None else 3))
        p.drawRect(box.adjusted(1.5, 1.5, -1.5, -1.5))
        if target is not None:
            # Two colours, so that the frame shows on any block's colour.
            p.setPen(QPen(colour, 3))
            p.drawRoundedRect(target.adjusted(-1, -1, 1, 1), 4, 4)
            p.setPen(QPen(_FOCUS_INNER, 1))
            p.drawRoundedRect(target.adjusted(1, 1, -1, -1), 3, 3)

    # ------------------------------------------------------------ words

    def mark_text(self, day: dt.date) -> str:
        """What shades a day: its public holiday's name, the groups closed."""
        parts = []
        for mark in self.marks.get(day, ()):
            if mark.kind is DayMarkKind.HOLIDAY:
                parts.append(mark.name)
            else:
                parts.append(self.tr("Closure: %1").replace("%1", mark.name))
        return " · ".join(parts)

    def moved_text(self, entry: AgendaEntry) -> str:
        """The words "moved from …" for a session moved from its series' date, else ""."""
        if not entry.moved or entry.original_start is None:
            return ""
        was = local(entry.original_start)
        day = QLocale().toString(qdate(was.date()), "ddd d MMM")
        return self.tr("Moved from %1").replace("%1", f"{day} {was:%H:%M}")

    def tooltip_for(self, session_id: int) -> str:
        """The tooltip of a session: when, what, who, where, and whether it moved."""
        entry = self._by_id.get(session_id)
        if entry is None:
            return ""
        start, end = local(entry.start), local(entry.end)
        day = QLocale().toString(qdate(start.date()), "dddd d MMMM yyyy")
        lines = [entry.title, f"{day}, {start:%H:%M}–{end:%H:%M}"]
        if moved := self.moved_text(entry):
            lines.append("↷ " + moved)
        if entry.facilitators:
            lines.append(", ".join(entry.facilitators))
        if entry.room:
            lines.append(entry.room)
        if entry.status == SessionStatus.CANCELLED:
            lines.append(self.tr("Cancelled"))
        if entry.conflict:
            lines.append("⚠ " + self.tr("A facilitator or the room is booked twice"))
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        """Tooltips: the session under the pointer, else the day's holiday or closure.

        The calendar's keys go to it even where a button holds one as its shortcut
        (the page's Page Up and Page Down): it handles them the same way.
        """
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            event.accept()
            return True
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            x, y = event.pos().x(), event.pos().y()
            session_id = self.session_at(x, y)
            text = ""
            if session_id is not None:
                text = self.tooltip_for(session_id)
            else:
                day = next((d for r, d in self._day_boxes if r.contains(x, y)), None)
                text = "" if day is None else self.mark_text(day)
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

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
        if self.hasFocus():
            self._paint_focus(painter)
        painter.end()

    def _day_names(self) -> list[str]:
        locale = QLocale()
        return [locale.dayName(i, QLocale.FormatType.ShortFormat) for i in range(1, 8)]

    def week_labels(self) -> list[str]:
        """The week view's day headers, Monday first ("lun. 30 nov.")."""
        locale = QLocale()
        names = self._day_names()
        return [
            f"{names[(self.first_day + dt.timedelta(days=d)).weekday()]} "
            f"{locale.toString(qdate(self.first_day + dt.timedelta(days=d)), 'd MMM')}"
            for d in range(7)
        ]

    def _paint_mark(self, p: QPainter, box: QRectF, day: dt.date) -> str:
        """Shade a holiday or closed day; return its words (empty for a plain day)."""
        marks = self.marks.get(day)
        if not marks:
            return ""
        holiday = any(m.kind is DayMarkKind.HOLIDAY for m in marks)
        p.fillRect(box, _HOLIDAY if holiday else _CLOSURE)
        if not holiday:
            p.fillRect(box, QBrush(QColor(200, 200, 200), Qt.BrushStyle.BDiagPattern))
        return self.mark_text(day)

    # ------------------------------------------------------------ geometry

    def _week_frame(self) -> tuple[float, float, float, float]:
        """The week's time gutter, header height, day column width and hour height.

        The gutter is as wide as "00:00" needs, no more: on a small screen every
        pixel goes to the seven columns.
        """
        gutter = float(self.fontMetrics().horizontalAdvance("00:00") + 10)
        per_hour = (self.height() - WEEK_HEADER) / (LAST_HOUR - FIRST_HOUR)
        return gutter, WEEK_HEADER, (self.width() - gutter) / 7, per_hour

    def _month_frame(self) -> tuple[float, float, float, float, int]:
        """The month's header height, day box width and height, line height, lines per box."""
        width, height = self.width() / 7, (self.height() - MONTH_HEADER) / 6
        line = self.fontMetrics().height() + 2
        room = max(1, int((height - line - 4) // line))
        return MONTH_HEADER, width, height, line, room

    def _day_box(self, day: dt.date) -> QRectF | None:
        """A day's column (week) or box (month), None if the grid does not show it."""
        index = (day - self.first_day).days
        if self.view == View.WEEK:
            if not 0 <= index < 7:
                return None
            gutter, _header, width, _per_hour = self._week_frame()
            return QRectF(gutter + index * width, 0, width, self.height())
        if not 0 <= index < 42:
            return None
        header, width, height, _line, _room = self._month_frame()
        return QRectF((index % 7) * width, header + (index // 7) * height, width, height)

    def _block_rect(self, day: dt.date, session: int) -> QRectF | None:
        """Where a session of ``day`` is painted; None if a month's box has no room for it."""
        blocks = self._by_day.get(day, [])
        at = next((i for i, b in enumerate(blocks) if b.entry.session_id == session), None)
        box = self._day_box(day)
        if at is None or box is None:
            return None
        if self.view == View.WEEK:
            return self._week_block_rect(box, blocks[at])
        _header, width, _height, line, room = self._month_frame()
        if at >= room:
            return None
        return QRectF(box.x() + 3, box.y() + line + 2 + at * line, width - 6, line - 1)

    def _week_block_rect(self, column: QRectF, block: Block) -> QRectF:
        """A session's block in its day's column, by its times and its place among others."""
        _gutter, header, width, per_hour = self._week_frame()
        hours = LAST_HOUR - FIRST_HOUR
        start, end = block.start, block.end
        top = (start.hour + start.minute / 60 - FIRST_HOUR) * per_hour
        bottom = (end.hour + end.minute / 60 - FIRST_HOUR) * per_hour
        top, bottom = max(top, 0.0), min(max(bottom, top + 14), hours * per_hour)
        share = (width - 4) / block.columns
        left = column.x() + 2 + block.column * share
        return QRectF(left, header + top, share - (1 if block.columns > 1 else 0), bottom - top)

    def _header_text(self, day: dt.date, full: str, width: float) -> str:
        """A day's header as it fits: "lun. 5 oct.", else "lun. 5", else cut short."""
        metrics = self.fontMetrics()
        room = int(width - 4)
        if metrics.horizontalAdvance(full) <= room:
            return full
        short = f"{self._day_names()[day.weekday()]} {day.day}"
        return metrics.elidedText(short, Qt.TextElideMode.ElideRight, room)

    # ------------------------------------------------------------ painting

    def _paint_week(self, p: QPainter) -> None:
        gutter, header, width, per_hour = self._week_frame()
        hours = LAST_HOUR - FIRST_HOUR
        p.setPen(self.palette().mid().color())
        labels = self.week_labels()
        today = dt.date.today()
        self._day_boxes = []
        line = self.fontMetrics().height()
        for d in range(7):
            day = self.first_day + dt.timedelta(days=d)
            x = gutter + d * width
            column = QRectF(x, 0, width, self.height())
            self._day_boxes.append((column, day))
            if day == today:
                p.fillRect(column, _TODAY)
            words = self._paint_mark(p, QRectF(x, 0, width, self.height()), day)
            # The shadings are fixed light colours: dark text on them, on a dark theme too.
            shaded = day == today or bool(self.marks.get(day))
            p.setPen(_TEXT if shaded else self.palette().text().color())
            p.drawText(QRectF(x, 2, width, line), _CENTER, self._header_text(day, labels[d], width))
            if words:
                p.setPen(_MARK_TEXT)
                p.setFont(self._fonts[0])
                elided = self.fontMetrics().elidedText(
                    words, Qt.TextElideMode.ElideRight, int(width - 6)
                )
                p.drawText(QRectF(x + 3, 2 + line, width - 6, header - line - 2), _CENTER, elided)
                p.setFont(self.font())
            p.setPen(self.palette().mid().color())
            p.drawLine(int(x), 0, int(x), self.height())
        for h in range(hours + 1):
            y = header + h * per_hour
            p.setPen(self.palette().midlight().color())
            p.drawLine(int(gutter), int(y), self.width(), int(y))
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(0, y - 8, gutter - 5, 16), _RIGHT_MIDDLE, f"{FIRST_HOUR + h:02d}:00")
        for column, day in self._day_boxes:
            for block in self._by_day.get(day, ()):
                start, end = block.start, block.end
                rect = self._week_block_rect(column, block)
                when = f"{start:%H:%M}–{end:%H:%M}"
                if moved := self.moved_text(block.entry):
                    when += f"\n{moved}"
                self._paint_block(p, rect, block, when)

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
        header, width, height, line, room = self._month_frame()
        names = self._day_names()
        p.setPen(self.palette().text().color())
        for d in range(7):
            p.drawText(QRectF(d * width, 0, width, header), _CENTER, names[d])
        today = dt.date.today()
        mid, text, other = (
            self.palette().mid().color(),
            self.palette().text().color(),
            self.palette().alternateBase(),
        )
        self._day_boxes = []
        for cell in range(42):
            day = self.first_day + dt.timedelta(days=cell)
            x, y = (cell % 7) * width, header + (cell // 7) * height
            box = QRectF(x, y, width, height)
            self._day_boxes.append((box, day))
            if day == today:
                p.fillRect(box, _TODAY)
            elif day.month != self.month.month:
                p.fillRect(box, other)
            words = self._paint_mark(p, box, day)
            p.setPen(mid)
            p.drawRect(box)
            shaded = day == today or bool(self.marks.get(day))
            p.setPen(_TEXT if shaded else text)  # dark on the fixed light shadings
            number = str(day.day)
            p.drawText(box.adjusted(4, 2, -4, 0), _RIGHT, number)
            if words:
                p.setPen(_MARK_TEXT)
                p.setFont(self._fonts[0])
                room_left = int(width - 14 - self.fontMetrics().horizontalAdvance(number))
                elided = self.fontMetrics().elidedText(
                    words, Qt.TextElideMode.ElideRight, max(0, room_left)
                )
                p.drawText(QRectF(x + 4, y + 2, max(0, room_left), line), _MIDDLE, elided)
                p.setFont(self.font())
                p.setPen(text)
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
        self.view_choice.setAccessibleName(self.tr("View"))
        self.previous_button = QPushButton("◀", self)
        self.previous_button.setObjectName("previousPeriod")
        self.previous_button.setToolTip(self.tr("Previous period (Page Up)"))
        self.previous_button.setAccessibleName(self.tr("Previous period"))
        self.previous_button.setShortcut("PgUp")
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.today_button.setObjectName("todayButton")
        self.next_button = QPushButton("▶", self)
        self.next_button.setObjectName("nextPeriod")
        self.next_button.setToolTip(self.tr("Next period (Page Down)"))
        self.next_button.setAccessibleName(self.tr("Next period"))
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
        self.group_filter.setAccessibleName(self.tr("Filter by group"))
        self.facilitator_filter = QComboBox(self)
        self.facilitator_filter.setObjectName("facilitatorFilter")
        self.facilitator_filter.setAccessibleName(self.tr("Filter by facilitator"))
        for box in (self.group_filter, self.facilitator_filter):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(14)
        self._reset_filters()
        self.status = QLabel(self)
        self.status.setObjectName("agendaStatus")
        self.new_session_button = QPushButton(self.tr("New &session…"), self)
        self.new_session_button.setObjectName("newSession")
        self.new_session_button.setToolTip(
            self.tr("A training day, a stand, the plenary, or one more session of a group")
        )
        self.new_session_button.clicked.connect(self.new_session)
        self.new_session_dialog: NewSessionDialog | None = None

        # The bar: the period's arrows and title, then the view and the filters; on a
        # narrow page (see resizeEvent) the view and the filters go to a second row.
        self._steps = QHBoxLayout()
        self._steps.addWidget(self.previous_button)
        self._steps.addWidget(self.today_button)
        self._steps.addWidget(self.next_button)
        self._choices = QHBoxLayout()
        self._choices.addWidget(self.view_choice)
        self._choices.addWidget(self.group_filter)
        self._choices.addWidget(self.facilitator_filter)
        self._choices.addWidget(self.new_session_button)
        self.bar = QGridLayout()
        self.bar.addLayout(self._steps, 0, 0)
        self.bar.addWidget(self.period_label, 0, 1)
        self.bar.setColumnStretch(1, 1)
        self.two_rows = False
        self.bar.addLayout(self._choices, 0, 2)

        self.canvas = CalendarCanvas(self)
        self.list_model = HeadersModel(self._headers, self)
        self.list_view = AgendaList(self)
        self.list_view.setObjectName("agendaList")
        self.list_view.setAccessibleName(self.tr("Sessions of the period"))
        self.list_view.setAccessibleDescription(
            self.tr("One line per session; Enter or a double-click opens it.")
        )
        self.list_view.setModel(self.list_model)
        self.list_view.setSortingEnabled(True)
        self.list_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.list_view.horizontalHeader().setStretchLastSection(True)
        self.list_view.verticalHeader().setVisible(False)
        self.empty = EmptyState(self, "agendaEmpty")
        self.empty.explain(
            self.tr(
                "No session yet: sessions come from the groups of the Groups and actions "
                "page. Create an action there, then its groups: their sessions appear here."
            ),
            (self.tr("&Open Groups and actions"), "goToProgramme", self._go_to_programme),
        )
        self.no_session = False  # the vault holds no session at all: the panel above
        # Sessions seen since the page last loaded: an empty period then needs no check
        # of the whole vault (the page loads again each time it is shown).
        self._sessions_seen = False
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.canvas)
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.empty)

        legend = QLabel(
            self.tr(
                "Colours: blue talk groups, green training, orange public actions. Struck "
                "through: cancelled. Red frame ⚠: a facilitator or a room booked twice. "
                "↷: moved from its series' date. Shaded day: public holiday or closure."
            ),
            self,
        )
        legend.setWordWrap(True)
        legend.setObjectName("agendaLegend")
        # What the keyboard focus is on in the week or month view, in words: for
        # whoever cannot read the small painted text (the same words a screen reader says).
        self.focus_line = QLabel(self)
        self.focus_line.setObjectName("agendaFocusLine")
        self.focus_line.setWordWrap(True)
        self.focus_line.setToolTip(
            self.tr(
                "Arrows: days and sessions; Home, End: start and end of the week; "
                "Page Up, Page Down: period; Enter: open the session."
            )
        )

        self._layout = layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.focus_line)
        layout.addWidget(legend)
        layout.addWidget(self.status)

        self.view_choice.currentIndexChanged.connect(self._view_changed)
        self.previous_button.clicked.connect(lambda: self.move_by(-1))
        self.next_button.clicked.connect(lambda: self.move_by(1))
        self.today_button.clicked.connect(self.go_today)
        self.group_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.facilitator_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.canvas.session_activated.connect(self.session_requested)
        self.canvas.day_moved.connect(self._focus_moved)
        self.canvas.period_step.connect(self.move_by)
        self.canvas.described.connect(self._focus_described)
        self.list_view.doubleClicked.connect(self.open_row)
        self.list_view.row_entered.connect(self.open_row)
        self._update_label()

    def _go_to_programme(self) -> None:
        self.wanted_page.emit(PROGRAMME)

    # ------------------------------------------------------------ width

    def _one_row_width(self) -> int:
        """The width the bar needs on one row (the title at its least)."""
        spacing = max(0, self.bar.horizontalSpacing())
        return (
            self._steps.sizeHint().width()
            + self.period_label.minimumWidth()
            + self._choices.sizeHint().width()
            + 2 * spacing
        )

    def _two_rows_width(self) -> int:
        """The width the bar needs with the view and filters on a row of their own."""
        spacing = max(0, self.bar.horizontalSpacing())
        first = self._steps.sizeHint().width() + spacing + self.period_label.minimumWidth()
        return max(first, self._choices.minimumSize().width())

    def _arrange_bar(self, width: int) -> None:
        """The view and filters beside the title if there is room, else below it."""
        margins = self._layout.contentsMargins()
        two_rows = width - margins.left() - margins.right() < self._one_row_width()
        if two_rows == self.two_rows:
            return
        self.two_rows = two_rows
        self.bar.removeItem(self._choices)
        if two_rows:
            self._choices.addStretch(1)
            self.bar.addLayout(self._choices, 1, 0, 1, 3)
        else:
            self._choices.takeAt(self._choices.count() - 1)  # the stretch
            self.bar.addLayout(self._choices, 0, 2)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Put the filters on a second row when the page is narrow."""
        self._arrange_bar(event.size().width())
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the calendar and the bar on two rows allow: no sideways scrolling.

        The layout alone would ask for the bar on one row while it is on one row,
        and a narrow window would then scroll instead of moving the filters down.
        """
        hint = super().minimumSizeHint()
        layout = self._layout
        margins = layout.contentsMargins()
        others = [layout.itemAt(i) for i in range(layout.count())]
        widest = max(
            (
                i.minimumSize().width()
                for i in others
                if i is not None and i.layout() is not self.bar
            ),
            default=0,
        )
        width = max(widest, self._two_rows_width()) + margins.left() + margins.right()
        if not self.two_rows:
            hint.setHeight(hint.height() + self._choices.minimumSize().height())
        return QSize(width, hint.height())

    def _focus_described(self, words: str) -> None:
        self.focus_line.setText(
            self.tr("In focus: %1").replace("%1", words) if self.canvas.hasFocus() else ""
        )

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
        self._sessions_seen = False
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
        if self.new_session_dialog is not None:
            self.new_session_dialog.done(0)
        self.vault = None
        self.entries = ()
        self.canvas.clear()
        self.list_model.clear()
        self._reset_filters()
        self.status.clear()
        self.focus_line.clear()
        self.no_session = False
        self._sessions_seen = False
        self._show_stack()

    def holds_record_data(self) -> bool:
        """Whether sessions or names are still held."""
        return bool(
            self.vault is not None
            or self.new_session_dialog is not None
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
        self._show_stack()
        self.reload()

    def _show_stack(self) -> None:
        """The calendar or the list; the explanation instead while there is no session."""
        if self.no_session:
            shown: QWidget = self.empty
        else:
            shown = self.list_view if self.view == View.LIST else self.canvas
        switch_to(self.stack, shown)

    def move_by(self, steps: int) -> None:
        """Go to the previous or next week or month (the day in focus moves with it)."""
        if self.view == View.WEEK:
            self.day += dt.timedelta(days=7 * steps)
        else:
            month = self.day.year * 12 + self.day.month - 1 + steps
            year, month = month // 12, month % 12 + 1
            # the same day of the month, or the month's last if it has fewer days
            last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
            self.day = dt.date(year, month, min(self.day.day, last))
        self.reload()

    def _focus_moved(self, day: dt.date) -> None:
        """The calendar's focus went to ``day``: the period follows if it left it."""
        same = period_of(self.view, day)[0] == period_of(self.view, self.day)[0]
        self.day = day
        if not same:
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
        first, end = period_of(self.view, self.day)
        # The grid follows the title at once, even locked: its days never lag behind.
        self.canvas.set_period(self.view, first, self.day.replace(day=1))
        self.canvas.set_focus_day(self.day)
        vault = self.vault
        if vault is None:
            return
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
        language = of_locale(locale.name())
        moved = self.tr("moved from %1")
        check = not self._sessions_seen and group_id is None and facilitator_id is None

        def work(s: Session) -> Loaded:
            found = agenda.entries(s, start, stop, group_id=group_id, facilitator_id=facilitator_id)
            marks = agenda.day_marks(s, first, end, group_id=group_id, language=language)
            # Whether the vault has no session at all, asked only of an empty period.
            none = not records.list_sessions(s) if check and not found else None
            return first, view, found, list_rows(found, statuses, locale, moved), marks, none

        self.runner.unit(vault, work, self._show, self._failed)

    def _show(self, result: Loaded) -> None:
        first, view, found, rows, marks, none = result
        if self.vault is None or view != self.view or first != period_of(view, self.day)[0]:
            return  # locked, or the user moved on meanwhile
        self.entries = found
        self._sessions_seen = self._sessions_seen or bool(found) or none is False
        if bool(none) != self.no_session:
            self.no_session = bool(none)
            self._show_stack()
        self.canvas.show_entries(view, first, self.day.replace(day=1), found, marks)
        self.list_model.set_rows(rows)
        conflicts = sum(1 for e in found if e.conflict)
        text = self.tr("%n session(s)", "", len(found))
        if conflicts:
            text += " — " + self.tr("%n in conflict", "", conflicts)
        self.status.setText(text)

    def _failed(self, error: Exception) -> None:
        self.status.setText(error_text(error))

    # ------------------------------------------------------------ a new session

    def new_session(self) -> None:
        """Open a new session's editor on the day shown (the actions of its year)."""
        vault, day = self.vault, self.day
        if vault is None or self.new_session_dialog is not None:
            return
        self.runner.unit(
            vault,
            lambda s: read_year_choices(s, day.year),
            lambda choices: self._open_new_session(choices, day),
            self._failed,
        )

    def _open_new_session(self, choices: SessionChoices, day: dt.date) -> None:
        vault = self.vault
        if vault is None or self.new_session_dialog is not None:
            return  # locked meanwhile, or opened twice
        dialog = NewSessionDialog(choices, self, day=day)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.new_session_dialog = dialog

        def finished(_result: int) -> None:
            self.new_session_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        save_through(dialog, self.runner, vault, lambda _added: self.reload())
        dialog.open()
