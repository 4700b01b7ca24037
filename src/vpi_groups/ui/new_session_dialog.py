"""A session outside any series: a training's, a public action's, the plenary's, or a group's extra.

The editor names the action (all kinds of the year) and, for a talk-group action, the
group, whose extra session stays outside its series (later edits of the group's rhythm
leave it as it is); then the day, the times, the facilitators and the room. A group's
session starts with the group's facilitators, room and times. A working group's
meeting starts with its members ticked, and may be repeated: "3 times, every 2 weeks"
plans three dated meetings at once (each a one-off session, moved or cancelled on its
own), in the same unit of work.

Saving first adds the session in a unit of work that is rolled back, to learn whether
it falls outside its action's year or books a facilitator or a room already taken: the
same questions as the session dialog's are asked (for a series: about any of its
meetings), and the session is added for real only after "save anyway". Whoever
opened the editor (the programme page, the session dialog's "duplicate") gives the
runner, the vault and what to do once told to save.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTimeEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from vpi_groups import clock, session_edits
from vpi_groups.programme import records as programme
from vpi_groups.programme.records import ActionInfo, ActionKind, FacilitatorInfo, RoomInfo
from vpi_groups.scheduling import meetings, records
from vpi_groups.scheduling.records import GroupInfo, SessionInfo
from vpi_groups.scheduling.sessions import MIN_SESSION_FACILITATORS
from vpi_groups.session_edits import AddedSession, Overlap
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.editing import EditorDialog
from vpi_groups.ui.errors import error_style
from vpi_groups.ui.models.labels import kind_label
from vpi_groups.ui.session_dialog import ask_outside_year, ask_overlaps
from vpi_groups.ui.tasks import TaskRunner
from vpi_groups.ui.widgets import (
    ROOM_NAME_CHARS,
    CheckedSpinBox,
    say_unchosen,
    start_unchosen,
)

DEFAULT_START = dt.time(9, 0)
DEFAULT_END = dt.time(12, 0)
A_WEEK = dt.timedelta(days=7)


@dataclass(frozen=True)
class SessionChoices:
    """What the editor offers: the actions of a year, their groups, the directory."""

    actions: tuple[ActionInfo, ...]
    groups: tuple[GroupInfo, ...]
    facilitators: tuple[FacilitatorInfo, ...]
    rooms: tuple[RoomInfo, ...]


def choices_of_year(
    actions: tuple[ActionInfo, ...],
    groups: tuple[GroupInfo, ...],
    facilitators: tuple[FacilitatorInfo, ...],
    rooms: tuple[RoomInfo, ...],
    year: int,
) -> SessionChoices:
    """The choices for a session of ``year`` (every year's actions when it has none)."""
    of_year = tuple(a for a in actions if a.spec.year == year) or actions
    kept = {a.id for a in of_year}
    return SessionChoices(
        of_year, tuple(g for g in groups if g.spec.action_id in kept), facilitators, rooms
    )


def read_choices(session: Session, action_id: int) -> SessionChoices:
    """Read the choices for a session of the year of ``action_id`` (in a worker's unit)."""
    return read_year_choices(session, programme.get_action(session, action_id).spec.year)


def read_year_choices(session: Session, year: int) -> SessionChoices:
    """Read the choices for a session of ``year`` (in a worker's unit of work)."""
    return choices_of_year(
        programme.list_actions(session),
        records.list_groups(session),
        programme.list_facilitators(session),
        programme.list_rooms(session),
        year,
    )


@dataclass(frozen=True)
class SessionTemplate:
    """The settings a new session's editor opens on (a copy of another session)."""

    action_id: int
    group_id: int | None
    day: dt.date
    start: dt.time
    end: dt.time
    facilitator_ids: tuple[int, ...]
    room_id: int | None


def week_later(info: SessionInfo) -> SessionTemplate:
    """``info``'s settings one week later, at the same local hours (across a clock change)."""
    zone = clock.PROGRAMME_ZONE
    # Adding to a local time keeps the hour on the clock: 18:00 stays 18:00 in spring.
    start = info.start.astimezone(zone) + A_WEEK
    end = info.end.astimezone(zone) + A_WEEK
    return SessionTemplate(
        info.action_id,
        info.group_id,
        start.date(),
        start.time(),
        end.time(),
        tuple(info.facilitator_ids),
        info.room_id,
    )


@dataclass(frozen=True)
class AddedSeries(AddedSession):
    """The first meeting of a series added, and the others (what each adder is told)."""

    others: tuple[AddedSession, ...] = ()


def planned(added: AddedSession) -> tuple[AddedSession, ...]:
    """Every session added by one Save: the one, or each meeting of a series in order."""
    return (added, *added.others) if isinstance(added, AddedSeries) else (added,)


@dataclass(frozen=True)
class NewSession:
    """A session as the editor describes it (aware instants), added by :meth:`add`.

    ``count`` > 1: a working group's series, ``count`` meetings ``every_weeks`` apart.
    """

    action_id: int
    group_id: int | None
    start: dt.datetime
    end: dt.datetime
    facilitator_ids: tuple[int, ...]
    room_id: int | None
    every_weeks: int = 1
    count: int = 1

    def add(self, session: Session) -> AddedSession:
        """Add the session in the caller's unit of work (a group's extra or an action's).

        For a series, the other meetings after the first, with the same facilitators
        and room, at the same hours (:func:`vpi_groups.scheduling.meetings.series_times`);
        an :class:`AddedSeries` says what each of them overlaps.
        """
        times: tuple[tuple[dt.datetime, dt.datetime], ...] = ((self.start, self.end),)
        if self.count > 1:
            times = meetings.series_times(
                self.start, self.end, every_weeks=self.every_weeks, count=self.count
            )
        added = [
            session_edits.add_session(
                session,
                start=start,
                end=end,
                group_id=self.group_id,
                action_id=None if self.group_id is not None else self.action_id,
                facilitator_ids=self.facilitator_ids,
                room_id=self.room_id,
            )
            for start, end in times
        ]
        if len(added) == 1:
            return added[0]
        first = added[0]
        return AddedSeries(first.info, first.overlaps, first.outside_year, tuple(added[1:]))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _qtime(time: dt.time) -> QTime:
    return QTime(time.hour, time.minute)


class NewSessionDialog(EditorDialog):
    """Create one session outside any series; Save first asks what needs asking.

    ``action_id``/``group_id`` preset the action and group (the programme page's
    selection); ``day`` the date (today by default); ``template`` presets everything
    (a duplicate). Without an action given, the action starts on no choice.
    """

    HELP_TOPIC = "agenda"

    target_changed = Signal()  # the action or the group changed (one undoable field)

    def __init__(
        self,
        choices: SessionChoices,
        parent: QWidget | None = None,
        *,
        action_id: int | None = None,
        group_id: int | None = None,
        day: dt.date | None = None,
        template: SessionTemplate | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newSessionEditor")
        self.setWindowTitle(self.tr("New session"))
        self.choices = choices
        self.question: QMessageBox | None = None
        self._restoring = False  # the action or group is being put back (undo, preset)
        wanted = set() if template is None else set(template.facilitator_ids)
        for group in choices.groups:
            wanted |= set(group.spec.facilitator_ids)

        self.action = QComboBox(self)
        self.action.setObjectName("sessionAction")
        for action in choices.actions:
            self.action.addItem(
                self.tr("%1 (%2)")
                .replace("%1", action.spec.title)
                .replace("%2", kind_label(action.spec.kind)),
                action.id,
            )
        start_unchosen(self.action, self.tr("Choose…"))
        self.group = QComboBox(self)
        self.group.setObjectName("sessionGroup")
        self.extra_note = QLabel(
            self.tr(
                "An extra session of the group: later changes to the group's rhythm "
                "leave it as it is."
            ),
            self,
        )
        self.extra_note.setObjectName("extraSessionNote")
        self.extra_note.setWordWrap(True)
        self.date = QDateEdit(_qdate(day or dt.date.today()), self)
        self.date.setObjectName("sessionDate")
        self.date.setCalendarPopup(True)
        self.start_time = QTimeEdit(_qtime(DEFAULT_START), self)
        self.start_time.setObjectName("sessionStartTime")
        self.start_time.setDisplayFormat("HH:mm")
        self.end_time = QTimeEdit(_qtime(DEFAULT_END), self)
        self.end_time.setObjectName("sessionEndTime")
        self.end_time.setDisplayFormat("HH:mm")
        self.facilitators = QListWidget(self)
        self.facilitators.setObjectName("sessionFacilitators")
        self.facilitators.setMaximumHeight(120)
        for person in choices.facilitators:
            if not person.spec.active and person.id not in wanted:
                continue  # gone from the team: offered only where already leading
            item = QListWidgetItem(person.spec.name, self.facilitators)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.room = QComboBox(self)
        self.room.setObjectName("sessionRoom")
        self.room.setMinimumContentsLength(ROOM_NAME_CHARS)
        self.room.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.room.addItem(self.tr("No room"), None)
        for room in choices.rooms:
            self.room.addItem(room.spec.name, room.id)
        # a working group's meetings: this one, or a series of dated ones
        self.repeat_count = CheckedSpinBox(
            self,
            1,
            meetings.MAX_MEETINGS,
            1,
            "repeatCount",
            range_text=self.tr("Between %1 and %2 meetings"),
        )
        self.repeat_count.setSuffix(self.tr(" time(s)"))
        self.repeat_count.setAccessibleName(self.tr("Number of meetings"))
        self.repeat_every = CheckedSpinBox(
            self,
            1,
            meetings.MAX_EVERY_WEEKS,
            1,
            "repeatEveryWeeks",
            range_text=self.tr("Between %1 and %2 weeks"),
        )
        self.repeat_every.setPrefix(self.tr("every "))
        self.repeat_every.setSuffix(self.tr(" week(s)"))
        self.repeat_every.setAccessibleName(self.tr("Weeks between two meetings"))
        self.repeat_every.setEnabled(False)
        self.repeat_count.valueChanged.connect(
            lambda count: self.repeat_every.setEnabled(count > 1)
        )
        repeat = QWidget(self)
        repeat.setObjectName("repeatMeetings")
        repeat.setToolTip(
            self.tr(
                "Plan several meetings at once, at the same hours: each is a session of "
                "its own, moved or cancelled on its own."
            )
        )
        repeat_row = QHBoxLayout(repeat)
        repeat_row.setContentsMargins(0, 0, 0, 0)
        repeat_row.addWidget(self.repeat_count.with_message())
        repeat_row.addWidget(self.repeat_every.with_message())
        repeat_row.addStretch(1)
        repeat.setFocusProxy(self.repeat_count)

        self.add_field(self.tr("&Action:"), self.action, "action_id")
        self.add_field(self.tr("&Group:"), self.group, "group_id")
        self.form.addRow(self.extra_note)
        # the group's row and its note: shown for a talk-group action only
        self._group_rows = (self.form.rowCount() - 2, self.form.rowCount() - 1)
        self.add_field(self.tr("Da&y:"), self.date, "date")
        self.add_field(self.tr("&From:"), self.start_time, "start")
        self.add_field(self.tr("T&o:"), self.end_time, "end")
        self.add_field(self.tr("Re&peat:"), repeat, "count")
        self._repeat_row = self.form.rowCount() - 1  # a working group's only
        self._errors["every_weeks"] = self._errors["count"]
        self._error_fields["every_weeks"] = self.repeat_every
        self._error_fields["count"] = self.repeat_count
        self.add_field(self.tr("Fac&ilitators:"), self.facilitators, "facilitator_ids")
        self.add_field(self.tr("&Room:"), self.room, "room_id")
        # the service's name for "neither a group nor an action": said at the action
        self._errors["session_target"] = self._errors["action_id"]
        self._error_fields["session_target"] = self.action
        self.finish_layout(first=self.action)
        save = QShortcut(QKeySequence("Ctrl+Return"), self)
        save.activated.connect(self.save_button.click)

        if template is not None:
            self._set_target(template.action_id, template.group_id)
            self.date.setDate(_qdate(template.day))
            self.start_time.setTime(_qtime(template.start))
            self.end_time.setTime(_qtime(template.end))
            self._set_facilitators(template.facilitator_ids)
            self.room.setCurrentIndex(max(0, self.room.findData(template.room_id)))
        elif action_id is not None:
            self._set_target(action_id, group_id)
            self._group_defaults()
        else:
            self._show_groups()
        self.action.currentIndexChanged.connect(self._action_chosen)
        self.group.currentIndexChanged.connect(self._group_chosen)
        self.fields.bind(self.action, self.target_changed, self._target, self._put_target)
        self.fields.date(self.date)
        self.fields.time(self.start_time)
        self.fields.time(self.end_time)
        # as text ("3,5"): a draft kept when the window locks holds plain values only
        self.fields.bind(
            self.facilitators,
            self.facilitators.itemChanged,
            lambda: ",".join(map(str, self.facilitator_ids())),
            lambda text: self._set_facilitators(
                tuple(int(x) for x in str(text).split(",") if x.isdigit())
            ),
        )
        self.fields.combo(self.room)
        self.fields.spin(self.repeat_count)
        self.fields.spin(self.repeat_every)
        self.fields.reset()
        self.resize(560, self.sizeHint().height())

    # ------------------------------------------------------------ the action and the group

    def _action_info(self) -> ActionInfo | None:
        chosen = self.action.currentData()
        return next((a for a in self.choices.actions if a.id == chosen), None)

    def _group_info(self) -> GroupInfo | None:
        chosen = self.group.currentData()
        return next((g for g in self.choices.groups if g.id == chosen), None)

    def is_talk_group(self) -> bool:
        """Whether the chosen action is a talk group's (its sessions belong to a group)."""
        action = self._action_info()
        return action is not None and action.spec.kind is ActionKind.TALK_GROUP

    def is_working_group(self) -> bool:
        """Whether the chosen action is a working group (its meetings may be repeated)."""
        action = self._action_info()
        return action is not None and action.spec.kind is ActionKind.WORKING_GROUP

    def _show_groups(self, group_id: int | None = None) -> None:
        """List the chosen action's groups (none chosen unless ``group_id``)."""
        action = self._action_info()
        self.group.blockSignals(True)
        self.group.clear()
        if action is not None:
            for group in self.choices.groups:
                if group.spec.action_id == action.id:
                    self.group.addItem(group.spec.name, group.id)
        if self.group.count():
            start_unchosen(self.group, self.tr("Choose…"))
        else:
            start_unchosen(self.group, self.tr("No group yet"))
        if group_id is not None:
            self.group.setCurrentIndex(self.group.findData(group_id))
        self.group.blockSignals(False)
        talk = self.is_talk_group()
        for row in self._group_rows:
            self.form.setRowVisible(row, talk)
        if not talk:
            self.error_label("group_id").hide()
        meeting = self.is_working_group()
        self.form.setRowVisible(self._repeat_row, meeting)
        if not meeting:
            self.error_label("count").hide()
        self.refit()

    def _set_target(self, action_id: int | None, group_id: int | None) -> None:
        self.action.blockSignals(True)
        self.action.setCurrentIndex(-1 if action_id is None else self.action.findData(action_id))
        self.action.blockSignals(False)
        self._show_groups(group_id)

    def _target(self) -> str:
        """The action and group as one value ("12:3", "12:", ":"), for undo and drafts."""
        action, group = self.action.currentData(), self.group.currentData()
        return f"{'' if action is None else action}:{'' if group is None else group}"

    def _put_target(self, value: str) -> None:
        """Undo/redo/draft: put back an action and group from :meth:`_target`."""
        action, _sep, group = str(value).partition(":")
        self._restoring = True
        try:
            self._set_target(
                int(action) if action.isdigit() else None, int(group) if group.isdigit() else None
            )
        finally:
            self._restoring = False
        self.target_changed.emit()

    def _action_chosen(self) -> None:
        self._show_groups()
        if self._restoring:
            return
        action = self._action_info()
        if action is None or action.spec.kind is not ActionKind.WORKING_GROUP:
            self.target_changed.emit()
            return
        # a working group's meeting: its members are expected there, so they are booked
        # (their other sessions at that time then show as conflicts), in one undo step
        self.undo_stack.beginMacro(self.tr("Choose the working group"))
        try:
            self.target_changed.emit()
            self._group_defaults()
        finally:
            self.undo_stack.endMacro()

    def _group_chosen(self) -> None:
        """A group chosen: its facilitators, room and times come with it, in one undo step."""
        if self._restoring:
            return
        self.undo_stack.beginMacro(self.tr("Choose the group"))
        try:
            self.target_changed.emit()
            self._group_defaults()
        finally:
            self.undo_stack.endMacro()
        self._field_edited(self.group)

    def _group_defaults(self) -> None:
        group = self._group_info()
        if group is None:
            action = self._action_info()
            if action is not None and action.spec.kind is ActionKind.WORKING_GROUP:
                self._set_facilitators(action.spec.members)  # the members are expected
            return
        spec = group.spec
        self._set_facilitators(spec.facilitator_ids)
        self.room.setCurrentIndex(max(0, self.room.findData(spec.room_id)))
        rule = spec.recurrence
        start = dt.datetime.combine(dt.date(2000, 1, 3), rule.start_time)
        self.start_time.setTime(_qtime(rule.start_time))
        self.end_time.setTime(_qtime((start + dt.timedelta(minutes=rule.duration_minutes)).time()))

    # ------------------------------------------------------------ values

    def facilitator_ids(self) -> tuple[int, ...]:
        """The ids of the ticked facilitators."""
        out = []
        for row in range(self.facilitators.count()):
            item = self.facilitators.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(sorted(out))

    def _set_facilitators(self, ids: tuple[int, ...]) -> None:
        """Tick exactly ``ids``; each change is seen by the undo binding (one command each)."""
        wanted = set(ids)
        for row in range(self.facilitators.count()):
            item = self.facilitators.item(row)
            ticked = int(item.data(Qt.ItemDataRole.UserRole)) in wanted
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def ready_to_save(self) -> bool:
        """Refuse while no action (or, for a talk group, no group) is chosen.

        A group's session is led by someone: at least one facilitator is ticked.
        """
        choices = [(self.action, self.error_label("action_id"), self.tr("Choose an action."))]
        if self.is_talk_group():
            text = (
                self.tr("Choose the talk group of this session.")
                if self.group.count()
                else self.tr(
                    "This action has no talk group yet: add one on the Groups and actions "
                    "page first."
                )
            )
            choices.append((self.group, self.error_label("group_id"), text))
        if say_unchosen(choices):
            return False
        if self.is_talk_group() and len(self.facilitator_ids()) < MIN_SESSION_FACILITATORS:
            label = self.error_label("facilitator_ids")
            label.setStyleSheet(error_style())
            label.setText(
                self.tr(
                    "Tick at least one facilitator: a group's session needs someone to lead it."
                )
            )
            label.show()
            self.facilitators.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        return True

    def wanted_session(self) -> NewSession:
        """The session the form describes (read once :meth:`ready_to_save` said yes)."""
        day = self.date.date()
        local = dt.date(day.year(), day.month(), day.day())
        zone = clock.PROGRAMME_ZONE

        def at(time: QTime) -> dt.datetime:
            return dt.datetime.combine(local, dt.time(time.hour(), time.minute()), tzinfo=zone)

        series = self.is_working_group() and self.repeat_count.value() > 1
        return NewSession(
            action_id=int(self.action.currentData()),
            group_id=self.group.currentData() if self.is_talk_group() else None,
            start=at(self.start_time.time()),
            end=at(self.end_time.time()),
            facilitator_ids=self.facilitator_ids(),
            room_id=self.room.currentData(),
            every_weeks=self.repeat_every.value() if series else 1,
            count=self.repeat_count.value() if series else 1,
        )

    # ------------------------------------------------------------ saving

    def try_then(
        self, runner: TaskRunner, vault: Vault, save: Callable[[NewSession], None]
    ) -> None:
        """Add the session in a rolled-back unit; ask what needs asking; then ``save`` it.

        Nothing is written here: ``save`` (the opener's) adds the session for real, on
        the worker, once every question was answered "save anyway".
        """
        if runner.busy or self.question is not None:
            return
        wanted = self.wanted_session()
        self.set_busy(True)

        def tried(added: AddedSession) -> None:
            if not self.isVisible():
                return  # closed meanwhile (a lock): nothing to ask
            steps: list[Callable[[Callable[[], None]], None]] = []
            every = planned(added)  # a series: asked about any of its meetings
            outside = next((a for a in every if a.outside_year is not None), None)
            if outside is not None:
                year, start = outside.outside_year, outside.info.start
                steps.append(lambda go: self._ask(ask_outside_year, year, start, go))
            overlaps: tuple[Overlap, ...] = tuple(o for a in every for o in a.overlaps)
            if overlaps:
                steps.append(lambda go: self._ask(ask_overlaps, overlaps, go))
            self._chain(steps, lambda: save(wanted))

        def refused(error: Exception) -> None:
            if self.isVisible():
                self.show_error(error)

        runner.unit(vault, wanted.add, tried, refused, preview=True)

    def _chain(
        self, steps: list[Callable[[Callable[[], None]], None]], last: Callable[[], None]
    ) -> None:
        """Ask each question in turn; go on only while the answer is "save anyway"."""
        if not steps:
            last()
            return
        steps[0](lambda: self._chain(steps[1:], last))

    def _ask(self, question: Callable[..., QMessageBox], *args: Any) -> None:
        *given, go = args

        def answered(choice: str | None) -> None:
            self.question = None
            if choice == "saveAnyway" and self.isVisible():
                go()
            else:
                self.set_busy(False)
                self.date.setFocus(Qt.FocusReason.OtherFocusReason)

        self.question = question(self, *given, answered)

    def done(self, result: int) -> None:
        """Close, with any question still open over the editor (a lock closes both)."""
        box, self.question = self.question, None
        if box is not None:
            box.done(0)
        super().done(result)


def save_through(
    dialog: NewSessionDialog,
    runner: TaskRunner,
    vault: Vault,
    saved: Callable[[AddedSession], None],
) -> None:
    """Wire ``dialog``'s Save: the questions, then the session added, then ``saved``.

    For openers that are not a records page (the session dialog's "duplicate"); the
    programme page saves through its own unit, which also reads the page back.
    """

    def save(wanted: NewSession) -> None:
        def done(added: AddedSession) -> None:
            if dialog.isVisible():
                dialog.accept()
            saved(added)

        def failed(error: Exception) -> None:
            if dialog.isVisible():
                dialog.show_error(error)

        runner.unit(vault, wanted.add, done, failed)

    dialog.submitted.connect(lambda: dialog.try_then(runner, vault, save))
