"""Calendar files (.ics) for partners: what Outlook, Google, Apple and Thunderbird read right.

The export takes the unit of work's Session and :class:`ExportOptions`, and returns
the bytes of one calendar (:func:`export_calendar`) or of one calendar per talk group
and per other action (:func:`export_per_group`); :func:`write_calendar` and
:func:`write_calendars` then write them atomically. Each export records one audit
entry (counts only) in the same unit of work, so an export whose files could not be
written leaves no entry once the caller lets the error roll the unit of work back.

What is read: talk groups and their series (:mod:`vpi_groups.scheduling.sessions`), sessions,
and the names of rooms, facilitators and actions (:mod:`vpi_groups.programme.records`).
Never participants, registers, headcounts, notes or memos: the module does not query
those tables. Cancellation reasons come with the sessions and are never written.

How each event is written (RFC 5545, RFC 7986, and what clients do with them):

- A talk group's series is one master event (UID: the group's) with DTSTART,
  DTEND and RRULE (UNTIL in UTC at its last instance written). Instances of its rule
  that are not sessions of the export (public holidays, closures, cancelled
  sessions, or sessions another filter leaves out) are EXDATEs with the TZID and value
  type of DTSTART. Sessions that differ from the series (moved, other room or
  facilitators) are RECURRENCE-ID overrides (the original start, in the master's
  TZID), always in the same file as their master and after it. Other sessions of the
  group (extra ones, and ones an earlier rule left) and actions' sessions are events
  of their own (UID: the session's).
- The series is cut to the instances the export holds: DTSTART is the first one
  written, UNTIL the last, so DTSTART is never itself an EXDATE (some clients show
  DTSTART regardless).
- Cancelled sessions are EXDATEs by default (Outlook ignores STATUS:CANCELLED on an
  instance); with ``keep_cancelled`` they are events titled "ANNULÉ — …" with
  STATUS:CANCELLED.
- Date-times carry the TZID of a VTIMEZONE written in the file before the events, in
  RRULE form (``FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU`` for Europe/Paris), built from the
  zone's own transitions (:func:`vtimezone`). Never floating, never TZID with a
  ``Z`` value. The one exception to TZID: a single event that touches the hour an
  autumn change repeats (whose second pass no wall-clock time can name) or runs
  across a change of offset has its DTSTART and DTEND in UTC (see :func:`_times`).
- A rule instance that clients would not all read alike (a wall-clock time that
  does not exist or repeats that day, or a session across a change of offset, whose
  wall-clock and exact lengths differ) is written as an override with explicit times;
  the series never starts on one (those before the first plain instance are events
  of their own).
- SEQUENCE and LAST-MODIFIED come from the stored revision counters and times of
  last change (see :mod:`vpi_groups.revisions` for what each event adds up); DTSTAMP
  is the time of the export, in UTC.
- Titles: the group's name or the action's title at the "partner" level; a neutral
  label ("Groupe de parole", ...) at the "busy" level, which also leaves out places
  and names. The place is written only where the group's place may be shared, the
  facilitators' names only when asked.

Where icalendar 7 falls short, it is worked around here and said so beside the code:
``Calendar.calendar_name`` writes NAME and X-WR-CALNAME unescaped,
``Calendar.refresh_interval`` leaves out the VALUE=DURATION parameter RFC 7986
requires, an X- property given a timedelta is written as Python's ``str()``, and
``Timezone.from_tzid`` gives a VTIMEZONE of RDATE lists (1970-2037) rather than rules.
Folding (75 octets, between characters), CRLF, TEXT escaping and UTF-8 without a BOM
are icalendar's own, checked by the tests on the bytes.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import (
    Calendar,
    Event,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vDuration,
    vRecur,
    vText,
)
from sqlalchemy.orm import Session

from vpi_groups import __version__, clock
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import records, recurrence
from vpi_groups.scheduling.records import SessionInfo
from vpi_groups.scheduling.series import SeriesCalendar, series_calendar
from vpi_groups.storage import audit
from vpi_groups.storage.atomic import write_atomic
from vpi_groups.storage.models import ActionKind, AuditKind, SessionStatus
from vpi_groups.validation import EndBeforeStartError, NaiveDateTimeError, choice

__all__ = [
    "BUSY_TITLES",
    "CANCELLED_PREFIX",
    "DEFAULT_CALENDAR_NAME",
    "ExportOptions",
    "Privacy",
    "export_calendar",
    "export_per_group",
    "vtimezone",
    "write_calendar",
    "write_calendars",
]

PRODID = f"-//VPI Groups//VPI Groups {__version__}//FR"
DEFAULT_CALENDAR_NAME = "Agenda VPI"
REFRESH = dt.timedelta(days=1)
"""How often a subscribed client should fetch the file again (REFRESH-INTERVAL, X-PUBLISHED-TTL)."""
CANCELLED_PREFIX = "ANNULÉ — "
FACILITATORS_PREFIX = "Animation : "
BUSY_TITLES: Mapping[ActionKind, str] = {
    ActionKind.TALK_GROUP: "Groupe de parole",
    ActionKind.TRAINING: "Formation / information",
    ActionKind.PUBLIC_ACTION: "Action grand public",
    ActionKind.PLENARY: "Séance plénière",
}
"""Neutral titles of the "busy" level, by kind of action."""

_FILE_STEM_MAX = 60
_WINDOWS_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"]
    + [f"com{i}" for i in range(1, 10)]
    + [f"lpt{i}" for i in range(1, 10)]
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class Privacy(StrEnum):
    """How much an exported event says."""

    PARTNER = "partner"
    """Title, time, place (where the group's may be shared), facilitators if asked."""
    BUSY = "busy"
    """A neutral title and the time only."""


@dataclass(frozen=True)
class ExportOptions:
    """What to export, and how much to say.

    Filters combine (a session must pass all of them); none means everything.

    Attributes:
        group_ids: only these talk groups' sessions.
        action_id: only this action's sessions (a talk group's count for its action).
        facilitator_id: only sessions this facilitator runs.
        start, end: only sessions overlapping [start, end) (aware date-times).
        privacy: "partner" or "busy" (see :class:`Privacy`).
        facilitator_names: at the partner level, write the facilitators' names.
        keep_cancelled: write cancelled sessions as "ANNULÉ — …" events with
            STATUS:CANCELLED instead of leaving them out (EXDATE).
        calendar_name: the calendar's display name (NAME, X-WR-CALNAME); in one file
            per group, put before each group's name.
    """

    group_ids: tuple[int, ...] = ()
    action_id: int | None = None
    facilitator_id: int | None = None
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    privacy: Privacy = Privacy.PARTNER
    facilitator_names: bool = False
    keep_cancelled: bool = False
    calendar_name: str | None = None

    @property
    def filters_sessions(self) -> bool:
        """Whether the export may hold some of a series' sessions and not others."""
        return self.facilitator_id is not None or self.start is not None or self.end is not None


# ---------------------------------------------------------------- what goes in


@dataclass(frozen=True)
class _Names:
    """Names the events may show, read once per export."""

    rooms: Mapping[int, str]
    facilitators: Mapping[int, str]
    actions: Mapping[int, tuple[str, ActionKind]]


@dataclass
class _Piece:
    """The events of one talk group, or of one other action, before they go in a file."""

    kind: ActionKind
    owner_id: int
    name: str
    zone: str
    events: list[Event] = field(default_factory=list)
    years: set[int] = field(default_factory=set)
    series: int = 0
    sessions: int = 0


def _check(session: Session, options: ExportOptions) -> ExportOptions:
    privacy = choice(Privacy, options.privacy, "privacy")
    for group_id in options.group_ids:
        records.get_group(session, group_id)
    if options.action_id is not None:
        programme.get_action(session, options.action_id)
    if options.facilitator_id is not None:
        programme.get_facilitator(session, options.facilitator_id)
    for name, value in (("start", options.start), ("end", options.end)):
        if value is not None and (value.tzinfo is None or value.utcoffset() is None):
            raise NaiveDateTimeError(name)
    if options.start is not None and options.end is not None and options.end <= options.start:
        raise EndBeforeStartError("end", options.start.date(), options.end.date())
    return ExportOptions(
        group_ids=tuple(sorted(set(options.group_ids))),
        action_id=options.action_id,
        facilitator_id=options.facilitator_id,
        start=options.start,
        end=options.end,
        privacy=privacy,
        facilitator_names=bool(options.facilitator_names),
        keep_cancelled=bool(options.keep_cancelled),
        calendar_name=options.calendar_name,
    )


def _selected(session: Session, options: ExportOptions) -> tuple[SessionInfo, ...]:
    """The sessions passing every filter (cancelled ones included), by start."""

    def listed(group_id: int | None) -> tuple[SessionInfo, ...]:
        return records.list_sessions(
            session,
            start=options.start,
            end=options.end,
            group_id=group_id,
            action_id=options.action_id,
            facilitator_id=options.facilitator_id,
        )

    if not options.group_ids:
        return listed(None)
    found = [info for group_id in options.group_ids for info in listed(group_id)]
    return tuple(sorted(found, key=lambda i: (i.start, i.id)))


def _names(session: Session) -> _Names:
    rooms = {}
    for room in programme.list_rooms(session):
        address = room.spec.address
        rooms[room.id] = room.spec.name if not address else f"{room.spec.name}, {address}"
    return _Names(
        rooms=rooms,
        facilitators={f.id: f.spec.name for f in programme.list_facilitators(session)},
        actions={a.id: (a.spec.title, a.spec.kind) for a in programme.list_actions(session)},
    )


# ---------------------------------------------------------------- values as iCalendar writes them


def _text(value: str) -> vText:
    """A TEXT value: line breaks kept as such, other control characters (invalid) dropped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return vText(_CONTROL.sub("", value))


def _unambiguous(local: dt.datetime) -> bool:
    """Whether a wall-clock time names one instant only (not in a repeated hour)."""
    return local.replace(fold=0).utcoffset() == local.replace(fold=1).utcoffset()


def _times(start: dt.datetime, end: dt.datetime, zone: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """DTSTART and DTEND of one event: wall-clock times of its zone, or both in UTC.

    In UTC when either falls in the hour an autumn change repeats (a wall-clock
    time there names two instants; the second cannot be written with a TZID at all)
    or when the event runs across a change of offset: some readers add the length to
    DTSTART's wall-clock time, which is only right in UTC then. Every reader takes a
    UTC time for what it is.
    """
    local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    if (
        _unambiguous(local_start)
        and _unambiguous(local_end)
        and local_start.utcoffset() == local_end.utcoffset()
    ):
        return local_start, local_end
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def _wall(instant: dt.datetime, zone: ZoneInfo, at: dt.time) -> dt.datetime:
    """A rule instance as the rule writes it: its local day at the rule's wall-clock time.

    Differs from the instant's own reading only on the spring change day, for a time
    that does not exist that day (RFC 5545 reads it with the offset before the gap,
    as the recurrence engine does).
    """
    return dt.datetime.combine(instant.astimezone(zone).date(), at, tzinfo=zone)


def _latest(*moments: dt.datetime | None) -> dt.datetime | None:
    known = [m for m in moments if m is not None]
    return max(known) if known else None


def _stamp_event(event: Event, uid: str, sequence: int, modified: dt.datetime | None) -> None:
    event.add("uid", uid)
    event.add("sequence", sequence)
    if modified is not None:
        event.add("last-modified", modified.astimezone(dt.UTC))


def _describe(
    event: Event,
    *,
    title: str,
    room_id: int | None,
    facilitator_ids: Sequence[int],
    place_shared: bool,
    cancelled: bool,
    options: ExportOptions,
    names: _Names,
) -> None:
    """Add SUMMARY, LOCATION, DESCRIPTION and STATUS as the privacy level allows."""
    event.add("summary", _text(CANCELLED_PREFIX + title if cancelled else title))
    if options.privacy is Privacy.PARTNER:
        if place_shared and room_id is not None:
            event.add("location", _text(names.rooms[room_id]))
        if options.facilitator_names and facilitator_ids:
            people = ", ".join(names.facilitators[f] for f in facilitator_ids)
            event.add("description", _text(FACILITATORS_PREFIX + people))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")


def _session_event(
    info: SessionInfo,
    *,
    uid: str,
    sequence: int,
    modified: dt.datetime | None,
    zone: ZoneInfo,
    title: str,
    place_shared: bool,
    recurrence_id: dt.datetime | None,
    options: ExportOptions,
    names: _Names,
) -> Event:
    event = Event()
    _stamp_event(event, uid, sequence, modified)
    start, end = _times(info.start, info.end, zone)
    event.add("dtstart", start)
    event.add("dtend", end)
    if recurrence_id is not None:
        event.add("recurrence-id", recurrence_id)
    _describe(
        event,
        title=title,
        room_id=info.room_id,
        facilitator_ids=info.facilitator_ids,
        place_shared=place_shared,
        cancelled=info.status is SessionStatus.CANCELLED,
        options=options,
        names=names,
    )
    return event


# ---------------------------------------------------------------- one talk group


def _shown(info: SessionInfo, options: ExportOptions) -> bool:
    return info.status is not SessionStatus.CANCELLED or options.keep_cancelled


def _master_counters(
    calendar: SeriesCalendar, options: ExportOptions
) -> tuple[int, dt.datetime | None]:
    """SEQUENCE and LAST-MODIFIED of a series' master event in this kind of export."""
    if options.filters_sessions:
        # Any change to an occurrence may add or remove one of its EXDATEs here.
        return (
            calendar.revision + calendar.occurrences_revision,
            _latest(calendar.modified_at, calendar.occurrences_modified_at),
        )
    if options.keep_cancelled:
        return calendar.revision, calendar.modified_at
    return (
        calendar.revision + calendar.cancellations_revision,
        _latest(calendar.modified_at, calendar.cancellations_modified_at),
    )


_MARGIN = dt.timedelta(hours=3)
"""More than any change of offset (an instant this close to one may read ambiguously)."""


def _plain(instant: dt.datetime, zone: ZoneInfo, at: dt.time, duration: dt.timedelta) -> bool:
    """Whether a rule instance reads the same in every client as a plain instance.

    Not so when its wall-clock start does not exist or is ambiguous that day, or its
    end, the wall-clock start plus the duration, is not the exact end (a session
    across a change of offset): clients differ there, so it gets explicit times.
    """
    before = (instant - _MARGIN).astimezone(zone).utcoffset()
    if before == (instant + duration + _MARGIN).astimezone(zone).utcoffset():
        return True  # no change of offset anywhere near: the common case, quickly
    wall = _wall(instant, zone, at)
    nominal_end = (wall.replace(tzinfo=None) + duration).replace(tzinfo=wall.tzinfo)
    return all(
        moment.replace(fold=0).astimezone(dt.UTC) == exact
        and moment.replace(fold=1).astimezone(dt.UTC) == exact
        for moment, exact in ((wall, instant), (nominal_end, instant + duration))
    )


def _group_piece(
    session: Session,
    group_id: int,
    selected: Sequence[SessionInfo],
    options: ExportOptions,
    names: _Names,
    now: dt.datetime,
) -> _Piece:
    # Without a facilitator or period filter, the group's sessions are all selected.
    every = None if options.filters_sessions else selected
    calendar = series_calendar(session, group_id, sessions=every)
    zone = recurrence.zone(calendar.timezone)
    # The rule's wall-clock time: DTSTART is the first instance as the rule gives it.
    at = calendar.dtstart.time()
    partner = options.privacy is Privacy.PARTNER
    title = calendar.name if partner else BUSY_TITLES[ActionKind.TALK_GROUP]
    piece = _Piece(ActionKind.TALK_GROUP, group_id, calendar.name, calendar.timezone)
    instants = frozenset(calendar.instants)
    overriding = {info.id for info in calendar.overrides}
    shown = [info for info in selected if _shown(info, options)]
    piece.sessions = len(shown)
    by_instant: dict[dt.datetime, SessionInfo] = {}
    others: list[SessionInfo] = []
    for info in shown:
        if info.original_start is not None and info.original_start in instants:
            by_instant[info.original_start] = info
        else:
            others.append(info)
    regular = {i: _plain(i, zone, at, calendar.duration) for i in sorted(by_instant)}
    # DTSTART sets every instance's wall-clock time and length: it must be a plain
    # instance. Instances before the first such one become events of their own.
    first = next((i for i, plain in regular.items() if plain), None)
    for instant in sorted(by_instant):
        if first is None or instant < first:
            others.append(by_instant.pop(instant))

    def event_of(info: SessionInfo, recurrence_id: dt.datetime | None) -> Event:
        return _session_event(
            info,
            uid=calendar.uid if recurrence_id is not None else info.uid,
            sequence=calendar.revision + info.revision,
            modified=_latest(calendar.modified_at, info.modified_at),
            zone=zone,
            title=title,
            place_shared=calendar.location_shared,
            recurrence_id=recurrence_id,
            options=options,
            names=names,
        )

    if first is not None:
        last = max(by_instant)
        master = Event()
        sequence, modified = _master_counters(calendar, options)
        _stamp_event(master, calendar.uid, sequence, modified)
        master.add("dtstart", _wall(first, zone, at))
        # A plain instance (see _plain): its end reads the same in wall-clock time.
        master.add("dtend", (first + calendar.duration).astimezone(zone))
        rrule = vRecur.from_ical(calendar.rrule)
        rrule.pop("COUNT", None)
        rrule["UNTIL"] = [last]
        master.add("rrule", rrule)
        for instant in calendar.instants:
            if first <= instant <= last and instant not in by_instant:
                # One EXDATE line per date: the form every client reads.
                master.add("exdate", _wall(instant, zone, at))
        _describe(
            master,
            title=title,
            room_id=calendar.room_id,
            facilitator_ids=calendar.facilitator_ids,
            place_shared=calendar.location_shared,
            cancelled=False,
            options=options,
            names=names,
        )
        piece.events.append(master)
        piece.series = 1
        piece.years.update({first.astimezone(zone).year, last.astimezone(zone).year})
        for instant, info in sorted(by_instant.items()):
            if info.id in overriding or not regular[instant]:
                piece.events.append(event_of(info, _wall(instant, zone, at)))
                piece.years.update(_years(info, zone))
    for info in sorted(others, key=lambda i: (i.start, i.id)):
        piece.events.append(event_of(info, None))
        piece.years.update(_years(info, zone))
    for event in piece.events:
        event.add("dtstamp", now)
    return piece


def _years(info: SessionInfo, zone: ZoneInfo) -> set[int]:
    return {info.start.astimezone(zone).year, info.end.astimezone(zone).year}


# ---------------------------------------------------------------- an action's sessions


def _action_piece(
    action_id: int,
    selected: Sequence[SessionInfo],
    options: ExportOptions,
    names: _Names,
    now: dt.datetime,
) -> _Piece:
    title, kind = names.actions[action_id]
    zone_name = recurrence.DEFAULT_TIMEZONE
    zone = recurrence.zone(zone_name)
    shown_title = title if options.privacy is Privacy.PARTNER else BUSY_TITLES[kind]
    piece = _Piece(kind, action_id, title, zone_name)
    for info in selected:
        if not _shown(info, options):
            continue
        event = _session_event(
            info,
            uid=info.uid,
            sequence=info.revision,
            modified=info.modified_at,
            zone=zone,
            title=shown_title,
            # Actions have no setting saying their place may be shared: it is not.
            place_shared=False,
            recurrence_id=None,
            options=options,
            names=names,
        )
        event.add("dtstamp", now)
        piece.events.append(event)
        piece.years.update(_years(info, zone))
        piece.sessions += 1
    return piece


def _pieces(session: Session, options: ExportOptions, now: dt.datetime) -> list[_Piece]:
    names = _names(session)
    by_group: dict[int, list[SessionInfo]] = defaultdict(list)
    by_action: dict[int, list[SessionInfo]] = defaultdict(list)
    for info in _selected(session, options):
        if info.group_id is not None:
            by_group[info.group_id].append(info)
        else:
            by_action[info.action_id].append(info)
    pieces = [
        _group_piece(session, group_id, found, options, names, now)
        for group_id, found in sorted(by_group.items())
    ]
    pieces += [
        _action_piece(action_id, found, options, names, now)
        for action_id, found in sorted(by_action.items())
    ]
    return [p for p in pieces if p.events]


# ---------------------------------------------------------------- time zones


@dataclass(frozen=True, order=True)
class _Transition:
    """A change of offset: when (UTC), from which offset to which, and what it is called."""

    at: dt.datetime
    before: dt.timedelta
    after: dt.timedelta
    name: str
    daylight: bool

    @property
    def onset(self) -> dt.datetime:
        """The local wall-clock time of the change, read with the offset before it."""
        return (self.at + self.before).replace(tzinfo=None)


def _transitions(zone: ZoneInfo, start: dt.datetime, end: dt.datetime) -> Iterator[_Transition]:
    """The zone's offset changes between two UTC instants, found day by day then bisected."""
    step = dt.timedelta(days=1)
    moment = start
    offset = moment.astimezone(zone).utcoffset()
    while moment < end:
        following = moment + step
        next_offset = following.astimezone(zone).utcoffset()
        if next_offset != offset:
            low, high = moment, following
            while high - low > dt.timedelta(seconds=1):
                middle = low + (high - low) / 2
                middle = middle.replace(microsecond=0)
                if middle.astimezone(zone).utcoffset() == offset:
                    low = middle
                else:
                    high = middle
            local = high.astimezone(zone)
            assert offset is not None
            assert next_offset is not None
            yield _Transition(
                high,
                offset,
                next_offset,
                local.tzname() or "",
                bool(local.dst()),
            )
            offset = next_offset
        moment = following


@functools.lru_cache(maxsize=32)
def _changes(zone: ZoneInfo, first_year: int, last_year: int) -> tuple[_Transition, ...]:
    """The zone's changes from the year before ``first_year`` to the one after ``last_year``.

    Kept between calls: one file per group asks for the same zone and years again.
    """
    start = dt.datetime(first_year - 1, 1, 1, tzinfo=dt.UTC)
    end = dt.datetime(last_year + 2, 1, 1, tzinfo=dt.UTC)
    return tuple(_transitions(zone, start, end))


def _yearly_rule(onsets: Sequence[dt.datetime]) -> vRecur | None:
    """The FREQ=YEARLY rule all these onsets follow, one per year in a row, or None."""
    first = onsets[0]
    years = [o.year for o in onsets]
    if years != list(range(years[0], years[0] + len(years))) or len(onsets) < 2:
        return None
    if any(
        (o.month, o.weekday(), o.time()) != (first.month, first.weekday(), first.time())
        for o in onsets
    ):
        return None
    nth = {(o.day - 1) // 7 + 1 for o in onsets}
    last = all((o + dt.timedelta(days=7)).month != o.month for o in onsets)
    day = recurrence.WEEKDAY_CODES[first.weekday()]
    if len(nth) == 1:
        byday = f"{nth.pop()}{day}"
    elif last:
        byday = f"-1{day}"
    else:
        return None
    return vRecur({"FREQ": "YEARLY", "BYMONTH": first.month, "BYDAY": byday})


def vtimezone(zone_name: str, first_year: int, last_year: int) -> Timezone:
    """A VTIMEZONE for ``zone_name`` valid over the given years (and one either side).

    Written in RRULE form (one STANDARD and one DAYLIGHT with a yearly rule, such as
    ``FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU``) when the zone's changes over those years
    follow one; as a single STANDARD when it has none; otherwise with each change as
    an RDATE. Built from the zone's own data (tzdata through zoneinfo).

    Raises:
        UnknownTimeZoneError: no such zone here.
    """
    zone = recurrence.zone(zone_name)
    start = dt.datetime(first_year - 1, 1, 1, tzinfo=dt.UTC)
    found = _changes(zone, first_year, last_year)
    component = Timezone()
    component.add("tzid", zone_name)
    if not found:
        local = start.astimezone(zone)
        offset = local.utcoffset()
        assert offset is not None
        standard = TimezoneStandard()
        standard.add("dtstart", local.replace(tzinfo=None, hour=0, minute=0))
        standard.add("tzoffsetfrom", offset)
        standard.add("tzoffsetto", offset)
        standard.add("tzname", local.tzname() or zone_name)
        component.add_component(standard)
        return component
    kinds: dict[tuple[bool, dt.timedelta, dt.timedelta, str], list[_Transition]] = defaultdict(list)
    for transition in found:
        kinds[(transition.daylight, transition.before, transition.after, transition.name)].append(
            transition
        )
    rules = {key: _yearly_rule([t.onset for t in changes]) for key, changes in kinds.items()}
    regular = all(rule is not None for rule in rules.values())
    if not regular:
        # Before the first change: the offset in force, as an onset that changes nothing.
        opening = found[0]
        standard = TimezoneStandard()
        standard.add("dtstart", (start + opening.before).replace(tzinfo=None))
        standard.add("tzoffsetfrom", opening.before)
        standard.add("tzoffsetto", opening.before)
        standard.add("tzname", start.astimezone(zone).tzname() or zone_name)
        component.add_component(standard)
    for key, changes in sorted(kinds.items(), key=lambda item: item[1][0].at):
        daylight, before, after, name = key
        part: TimezoneStandard | TimezoneDaylight = (
            TimezoneDaylight() if daylight else TimezoneStandard()
        )
        part.add("dtstart", changes[0].onset)
        rule = rules[key]
        if regular and rule is not None:
            part.add("rrule", rule)
        else:
            for change in changes[1:]:
                part.add("rdate", change.onset)
        part.add("tzoffsetfrom", before)
        part.add("tzoffsetto", after)
        part.add("tzname", name)
        component.add_component(part)
    return component


# ---------------------------------------------------------------- files


def _calendar(name: str, pieces: Sequence[_Piece], now: dt.datetime) -> bytes:
    calendar = Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", PRODID)
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # icalendar's calendar_name writes NAME and X-WR-CALNAME as unknown properties,
    # unescaped (a "," or ";" in a name would split it): give them as TEXT.
    calendar.add("name", _text(name))
    calendar.add("x-wr-calname", _text(name))
    # RFC 7986 requires VALUE=DURATION, which icalendar's refresh_interval leaves out;
    # an X- property given a timedelta would be written as str(): give a vDuration.
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH))
    years: dict[str, set[int]] = defaultdict(set)
    for piece in pieces:
        years[piece.zone].update(piece.years)
    if not years:
        # RFC 5545 wants at least one component: the zone events would use.
        years[recurrence.DEFAULT_TIMEZONE] = {now.year}
    for zone_name in sorted(years):
        calendar.add_component(vtimezone(zone_name, min(years[zone_name]), max(years[zone_name])))
    for piece in pieces:
        for event in piece.events:
            calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data


def _record(session: Session, pieces: Sequence[_Piece], files: int, options: ExportOptions) -> None:
    audit.record(
        session,
        AuditKind.EXPORT_CALENDAR,
        {
            "files": files,
            "events": sum(len(p.events) for p in pieces),
            "series": sum(p.series for p in pieces),
            "sessions": sum(p.sessions for p in pieces),
            "busy": int(options.privacy is Privacy.BUSY),
            "facilitator_names": int(
                options.privacy is Privacy.PARTNER and options.facilitator_names
            ),
        },
    )


def _now(now: dt.datetime | None) -> dt.datetime:
    if now is None:
        return clock.now().replace(microsecond=0)
    if now.tzinfo is None or now.utcoffset() is None:
        raise NaiveDateTimeError("now")
    return now.astimezone(dt.UTC).replace(microsecond=0)


def export_calendar(
    session: Session, options: ExportOptions, *, now: dt.datetime | None = None
) -> bytes:
    """Return one calendar file holding every session the options select.

    ``now`` is the export's time (DTSTAMP), default the current time.

    Raises:
        ValidationError: an unknown group, action or facilitator, a naive date-time,
            a period ending before it starts, an unknown privacy level.
    """
    options = _check(session, options)
    moment = _now(now)
    pieces = _pieces(session, options, moment)
    data = _calendar(options.calendar_name or DEFAULT_CALENDAR_NAME, pieces, moment)
    _record(session, pieces, 1, options)
    return data


def _file_stem(piece: _Piece, options: ExportOptions) -> str:
    if options.privacy is Privacy.BUSY:
        return f"{_slug(BUSY_TITLES[piece.kind])}-{piece.owner_id}"
    return _slug(piece.name) or _slug(BUSY_TITLES[piece.kind])


def _slug(text: str) -> str:
    """A name safe on every file system: ASCII letters, digits and hyphens."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:_FILE_STEM_MAX].strip("-")


def _file_names(pieces: Sequence[_Piece], options: ExportOptions) -> list[str]:
    taken: set[str] = set(_WINDOWS_RESERVED)
    names = []
    for piece in pieces:
        stem = _file_stem(piece, options)
        candidate, number = stem, 1
        while candidate in taken:
            number += 1
            candidate = f"{stem}-{number}"
        taken.add(candidate)
        names.append(f"{candidate}.ics")
    return names


def export_per_group(
    session: Session, options: ExportOptions, *, now: dt.datetime | None = None
) -> dict[str, bytes]:
    """Return one calendar file per talk group, and per other action, the options select.

    File names come from the group's name or the action's title at the partner
    level, made safe for every file system (``groupe-du-mardi.ics``), and from the
    neutral title and the record's number at the busy level
    (``groupe-de-parole-12.ics``), which must not show a group's name. A calendar's
    name is the group's name (or the neutral title), after ``calendar_name`` if given.

    Raises:
        ValidationError: as :func:`export_calendar`.
    """
    options = _check(session, options)
    moment = _now(now)
    pieces = _pieces(session, options, moment)
    files: dict[str, bytes] = {}
    for piece, file_name in zip(pieces, _file_names(pieces, options), strict=True):
        own = piece.name if options.privacy is Privacy.PARTNER else BUSY_TITLES[piece.kind]
        name = f"{options.calendar_name} — {own}" if options.calendar_name else own
        files[file_name] = _calendar(name, [piece], moment)
    _record(session, pieces, len(files), options)
    return files


def write_calendar(path: Path, data: bytes) -> None:
    """Write one calendar file atomically (readers see the old file or the new one).

    Raises:
        DiskFullError, WriteFailedError: see :func:`vpi_groups.storage.atomic.write_atomic`.
    """
    write_atomic(path, data)


def write_calendars(folder: Path, files: Mapping[str, bytes]) -> tuple[Path, ...]:
    """Write each calendar of :func:`export_per_group` into ``folder`` (created if need be).

    Returns:
        The paths written, in order.

    Raises:
        ValueError: a name is not a plain file name.
        DiskFullError, WriteFailedError: see :func:`vpi_groups.storage.atomic.write_atomic`.
    """
    for name in files:
        if Path(name).name != name or name in ("", ".", ".."):
            raise ValueError(f"not a plain file name: {name!r}")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in files.items():
        path = folder / name
        write_atomic(path, data)
        written.append(path)
    return tuple(written)
