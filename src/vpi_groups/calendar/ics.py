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

- A talk group's series is one master event (UID: the group's, see below) with DTSTART,
  DTEND and RRULE (UNTIL in UTC at its last instance written). Instances of its rule
  that are not sessions of the export (public holidays, closures, cancelled
  sessions, or sessions another filter leaves out) are EXDATEs with the TZID and value
  type of DTSTART. Sessions that differ from the series (moved, other room or
  facilitators) are RECURRENCE-ID overrides (the original start, in the master's
  TZID), always in the same file as their master and after it. Other sessions of the
  group (extra ones, and ones an earlier rule left) and actions' sessions are events
  of their own (UID: the session's).
- UIDs are per privacy level (:func:`_level_uid`). At the "partner" level, the stored
  UID of the group or session (random, kept for life). At the "busy" level, an
  HMAC-SHA256 of the level and that stored UID under a secret drawn once per vault and
  kept in it (:func:`_uid_key`), shaped as a UUID: the same event gets the same UID
  in every busy export, and nobody without the vault can match it to the partner
  level's UID, or to any record.
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
- Titles: the group's name or the action's title at the "partner" level. At the
  "busy" level, one neutral title for every event whatever its kind ("Indisponible"
  unless the export says otherwise), which is also the calendar's name unless one is
  given; no place, no names, no description, and a PRODID that does not name the
  application. At the partner level the place is written only where the group's place
  may be shared, the facilitators' names only when asked.
- The organisation's name (the vault's setting, :func:`vpi_groups.vault_settings.organisation`)
  is the calendar's description (DESCRIPTION of RFC 7986, and X-WR-CALDESC, which
  Outlook and Apple read) at the partner level, once it is set. Never at the busy
  level: a name such as "...prévention des violences intrafamiliales" would say what
  the events are. Unset, nothing is written (a neutral phrase would tell partners
  nothing, and files written before keep their bytes).

Where icalendar 7 falls short, it is worked around here and said so beside the code:
``Calendar.calendar_name`` writes NAME and X-WR-CALNAME unescaped,
``Calendar.refresh_interval`` leaves out the VALUE=DURATION parameter RFC 7986
requires, an X- property given a timedelta is written as Python's ``str()``, and
``Timezone.from_tzid`` gives a VTIMEZONE of RDATE lists (1970-2037) rather than rules.
Folding (75 octets, between characters), CRLF, TEXT escaping and UTF-8 without a BOM
are icalendar's own, checked by the tests on the bytes.

One cohesive thing, kept in one module past the house's usual 800 lines: every rule
above bears on the same events, and each choice (EXDATE or override, TZID or UTC, which
instant starts the series) depends on the others; the golden files of
``tests/calendar/test_same_bytes.py`` and the five-parser tests pin it as a whole. The
time zones it writes live apart, in :mod:`vpi_groups.calendar.timezones`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import hmac
import re
import secrets
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import (
    Calendar,
    Event,
    vDDDLists,
    vDDDTypes,
    vDuration,
    vRecur,
    vText,
)
from sqlalchemy import ColumnElement, and_, or_
from sqlalchemy.orm import Session

from vpi_groups import __version__, clock, memory, vault_settings
from vpi_groups.calendar import timezones
from vpi_groups.calendar.timezones import vtimezone
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import records, recurrence
from vpi_groups.scheduling import series as series_module
from vpi_groups.scheduling.records import SessionInfo
from vpi_groups.scheduling.series import SeriesRule, differs_from_series
from vpi_groups.storage import audit
from vpi_groups.storage.atomic import write_atomic
from vpi_groups.storage.models import (
    ActionKind,
    AuditKind,
    ProgrammeSession,
    SessionStatus,
    Setting,
)
from vpi_groups.validation import EndBeforeStartError, NaiveDateTimeError, choice

__all__ = [
    "BUSY_TITLE",
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
BUSY_PRODID = "-//Agenda//Agenda//FR"
"""PRODID of the "busy" level: the application's name would say what the events are."""
DEFAULT_CALENDAR_NAME = "Agenda VPI"
"""The calendar's name at the "partner" level when none is given."""
BUSY_TITLE = "Indisponible"
"""Title of every event at the "busy" level, and the calendar's name there, by default."""
UID_KEY_SETTING = "ics_uid_key"
"""The vault setting holding the secret of the "busy" level's UIDs (64 hex digits)."""
REFRESH = dt.timedelta(days=1)
"""How often a subscribed client should fetch the file again (REFRESH-INTERVAL, X-PUBLISHED-TTL)."""
CANCELLED_PREFIX = "ANNULÉ — "
FACILITATORS_PREFIX = "Animation : "
_KIND_STEMS: Mapping[ActionKind, str] = {
    ActionKind.TALK_GROUP: "groupe-de-parole",
    ActionKind.TRAINING: "formation-information",
    ActionKind.PUBLIC_ACTION: "action-grand-public",
    ActionKind.PLENARY: "seance-pleniere",
    ActionKind.WORKING_GROUP: "groupe-de-travail",
}
"""File names at the "partner" level of a group or action whose name leaves no letter."""

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
    """One neutral title (the same for every event) and the time only."""


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
            per group, put before each group's name at the partner level, and the
            whole name at the busy level. Default: :data:`DEFAULT_CALENDAR_NAME` at the
            partner level, the busy title at the busy level.
        busy_title: at the busy level, the title of every event (and the calendar's
            name unless ``calendar_name`` is given). Default: :data:`BUSY_TITLE`.
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
    busy_title: str | None = None

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
        busy_title=(options.busy_title or "").strip() or None,
    )


def _busy_title(options: ExportOptions) -> str:
    return options.busy_title or BUSY_TITLE


def _calendar_name(options: ExportOptions) -> str:
    """The calendar's name of a one-file export."""
    if options.calendar_name:
        return options.calendar_name
    return DEFAULT_CALENDAR_NAME if options.privacy is Privacy.PARTNER else _busy_title(options)


def _conditions(options: ExportOptions) -> list[ColumnElement[bool]]:
    """The sessions passing every filter (cancelled ones included)."""
    return records.session_conditions(
        start=options.start,
        end=options.end,
        group_ids=options.group_ids or None,
        action_id=options.action_id,
        facilitator_id=options.facilitator_id,
    )


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


class _Values:
    """Property values encoded once per export, shared by every event that writes them.

    ``Component.add`` encodes its value each time; the same stamp, title, place,
    status, SEQUENCE or LAST-MODIFIED is encoded here once (by ``add``, on a scratch
    event: the very value ``add`` would store) and put in each event as it is.
    Encoded values are never changed afterwards, so sharing them changes no byte.
    """

    def __init__(self, now: dt.datetime, privacy: Privacy, uid_key: bytes | None) -> None:
        self._found: dict[tuple[str, object, bool], Any] = {}
        self.dtstamp = self.encoded("dtstamp", now)
        self._privacy = privacy
        self._uid_key = uid_key

    def uid(self, stored: str) -> vText:
        """The UID this export writes for a group's or session's stored UID."""
        return vText(_level_uid(stored, self._privacy, self._uid_key))

    def encoded(self, name: str, value: str | int | dt.datetime, *, text: bool = False) -> Any:
        """``value`` of property ``name`` as ``add`` encodes it (UTC date-times only).

        ``text``: a TEXT value, given to ``add`` as :func:`_text` makes it.
        """
        key = (name, value, text)
        found = self._found.get(key)
        if found is None:
            scratch = Event()
            scratch.add(name, _text(value) if text and isinstance(value, str) else value)
            found = self._found[key] = scratch[name]
        return found

    def put(
        self, event: Event, name: str, value: str | int | dt.datetime, *, text: bool = False
    ) -> None:
        """Give ``event`` the property (one value; it has none of that name yet)."""
        event[name] = self.encoded(name, value, text=text)


def _uid_key(session: Session) -> bytes:
    """The vault's secret for the busy level's UIDs, drawn the first time it is needed.

    Kept in the vault (encrypted, and in its backups), never written out: without it,
    a busy level's UID cannot be matched to the partner level's or to a record.
    """
    row = session.get(Setting, UID_KEY_SETTING)
    if row is None:
        row = Setting(key=UID_KEY_SETTING, value=secrets.token_hex(32))
        session.add(row)
    return row.value.encode()


def _level_uid(stored: str, privacy: Privacy, key: bytes | None) -> str:
    """The UID of a group's or session's events at one privacy level.

    Partner: the stored UID itself (partners' calendars keep their events). Any other
    level: HMAC-SHA256 of the level and the stored UID under the vault's secret, its
    first 128 bits shaped as a UUID (version 4, as the stored ones): stable for the
    event and the level, unrelated to the other levels' and to the record's number.
    """
    if privacy is Privacy.PARTNER:
        return stored
    if key is None:
        raise ValueError("a UID key is needed beyond the partner level")
    return _derived_uid(key, privacy.value, stored)


def _derived_uid(key: bytes, label: str, stored: str) -> str:
    digest = hmac.new(key, f"{label}\0{stored}".encode(), hashlib.sha256).digest()
    return str(uuid.UUID(bytes=digest[:16], version=4))


def invitation_uid(session: Session, stored: str) -> str:
    """The UID of a session's invitations, derived as the busy level's are.

    Stable for the session (an update or a cancellation replaces the invitation in
    the attendee's calendar), and unrelated to the published calendars' UIDs, so that
    a partner who both subscribes and is invited sees two distinct events, never a
    subscription overwritten by an invitation.
    """
    return _derived_uid(_uid_key(session), "invitation", stored)


def _stamp_event(
    event: Event, uid: str, sequence: int, modified: dt.datetime | None, values: _Values
) -> None:
    # The types ``add`` gives these properties, made directly (the same bytes).
    event["uid"] = values.uid(uid)
    values.put(event, "sequence", sequence)
    if modified is not None:
        values.put(event, "last-modified", modified.astimezone(dt.UTC))
    event["dtstamp"] = values.dtstamp


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
    values: _Values,
) -> None:
    """Add SUMMARY, LOCATION, DESCRIPTION and STATUS as the privacy level allows."""
    values.put(event, "summary", CANCELLED_PREFIX + title if cancelled else title, text=True)
    if options.privacy is Privacy.PARTNER:
        if place_shared and room_id is not None:
            values.put(event, "location", names.rooms[room_id], text=True)
        if options.facilitator_names and facilitator_ids:
            people = ", ".join(names.facilitators[f] for f in facilitator_ids)
            values.put(event, "description", FACILITATORS_PREFIX + people, text=True)
    values.put(event, "status", "CANCELLED" if cancelled else "CONFIRMED")


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
    values: _Values,
) -> Event:
    event = Event()
    _stamp_event(event, uid, sequence, modified, values)
    start, end = _times(info.start, info.end, zone)
    event["dtstart"] = vDDDTypes(start)
    event["dtend"] = vDDDTypes(end)
    if recurrence_id is not None:
        event["recurrence-id"] = vDDDTypes(recurrence_id)
    _describe(
        event,
        title=title,
        room_id=info.room_id,
        facilitator_ids=info.facilitator_ids,
        place_shared=place_shared,
        cancelled=info.status is SessionStatus.CANCELLED,
        options=options,
        names=names,
        values=values,
    )
    return event


# ---------------------------------------------------------------- one talk group


def _shown(info: SessionInfo, options: ExportOptions) -> bool:
    return info.status is not SessionStatus.CANCELLED or options.keep_cancelled


def _master_counters(rule: SeriesRule, options: ExportOptions) -> tuple[int, dt.datetime | None]:
    """SEQUENCE and LAST-MODIFIED of a series' master event in this kind of export."""
    if options.filters_sessions:
        # Any change to an occurrence may add or remove one of its EXDATEs here.
        return (
            rule.revision + rule.occurrences_revision,
            _latest(rule.modified_at, rule.occurrences_modified_at),
        )
    if options.keep_cancelled:
        return rule.revision, rule.modified_at
    return (
        rule.revision + rule.cancellations_revision,
        _latest(rule.modified_at, rule.cancellations_modified_at),
    )


_MARGIN = dt.timedelta(hours=3)
"""More than any change of offset (an instant this close to one may read ambiguously)."""
_SLACK = dt.timedelta(hours=1)
"""Beyond the margin, for the changes found to the second (see :func:`_irregular`)."""


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


def _irregular(
    instants: Sequence[dt.datetime],
    zone: ZoneInfo,
    at: dt.time,
    duration: dt.timedelta,
    offset_changes: Sequence[dt.datetime],
) -> set[dt.datetime]:
    """The instants that are not :func:`_plain`; those far from every change of offset are.

    ``instants``: in order. ``offset_changes``: the zone's changes (UTC, in order) over
    the instants' years. Only the few instants near a change are looked at, found by
    bisection from each change: an instant is near a change when the change falls
    between the instant less the margin and the instant's end plus the margin.
    """
    before, after = _MARGIN + _SLACK, duration + _MARGIN + _SLACK
    found: set[dt.datetime] = set()
    for change in offset_changes:
        first = bisect.bisect_left(instants, change - after)
        last = bisect.bisect_right(instants, change + before)
        found.update(i for i in instants[first:last] if not _plain(i, zone, at, duration))
    return found


@dataclass
class _Series:
    """One talk group's sessions in the export, matched to its rule's instances.

    A plain occurrence (:func:`~vpi_groups.scheduling.series.plain_occurrence`) is
    known by its original start only; its row is read only when it becomes an event
    of its own (:meth:`unread`).
    """

    rule: SeriesRule
    zone: ZoneInfo
    by_instant: dict[dt.datetime, SessionInfo | None]
    """Sessions standing for one of the rule's instances (None: a plain occurrence)."""
    ordered: list[dt.datetime]
    """The instants of ``by_instant``, in order; the first is plain (DTSTART), if any."""
    others: list[SessionInfo | dt.datetime]
    """Events of their own (a date-time: a plain occurrence, by its original start)."""
    overriding: set[int]
    irregular: set[dt.datetime]
    """Instants that are not plain (see :func:`_plain`): each has an event of its own."""
    sessions: int

    def unread(self) -> list[dt.datetime]:
        """Original starts of the plain occurrences whose rows the events need."""
        found = [o for o in self.others if isinstance(o, dt.datetime)]
        found += [i for i in self.irregular if i in self.by_instant and self.by_instant[i] is None]
        return found


def _match(
    rule: SeriesRule,
    plain: Sequence[dt.datetime],
    stored: Sequence[SessionInfo],
    options: ExportOptions,
    offset_changes: Sequence[dt.datetime],
) -> _Series:
    """Match the group's selected sessions to its rule's instances (nothing read here)."""
    zone = recurrence.zone(rule.timezone)
    instants = frozenset(rule.instants)
    shown = [info for info in stored if _shown(info, options)]
    # The plain occurrences, ~20,000 in a ten-year export: matched by set operations.
    by_instant: dict[dt.datetime, SessionInfo | None] = dict.fromkeys(plain)
    strays = by_instant.keys() - instants
    for start in strays:
        del by_instant[start]
    others: list[SessionInfo | dt.datetime] = list(strays)
    overriding: set[int] = set()
    for info in shown:
        original = info.original_start
        if original is not None and original in instants:
            by_instant[original] = info
            if differs_from_series(
                rule,
                original,
                info.start,
                info.end,
                info.status,
                info.room_id,
                info.facilitator_ids,
            ):
                overriding.add(info.id)
        else:
            others.append(info)
    ordered = [i for i in rule.instants if i in by_instant]  # the rule's are in order
    # The rule's wall-clock time: DTSTART is the first instance as the rule gives it.
    irregular = _irregular(ordered, zone, rule.dtstart.time(), rule.duration, offset_changes)
    # DTSTART sets every instance's wall-clock time and length: it must be a plain
    # instance. Instances before the first such one become events of their own.
    cut = next((n for n, i in enumerate(ordered) if i not in irregular), len(ordered))
    for instant in ordered[:cut]:
        kept = by_instant.pop(instant)
        others.append(instant if kept is None else kept)
    return _Series(
        rule,
        zone,
        by_instant,
        ordered[cut:],
        others,
        overriding,
        irregular,
        len(plain) + len(shown),
    )


def _read_unread(
    session: Session, matched: Sequence[_Series]
) -> dict[tuple[int, dt.datetime], SessionInfo]:
    """The rows of the plain occurrences that become events, in one query for all groups."""
    wanted = [
        and_(
            ProgrammeSession.group_id == series.rule.group_id,
            ProgrammeSession.original_starts_at.in_(unread),
        )
        for series in matched
        if (unread := series.unread())
    ]
    if not wanted:
        return {}
    found = {}
    for info in records.read_sessions(session, [or_(*wanted)]):
        assert info.group_id is not None
        assert info.original_start is not None
        found[(info.group_id, info.original_start)] = info
    return found


def _group_piece(
    series: _Series,
    read: Mapping[tuple[int, dt.datetime], SessionInfo],
    options: ExportOptions,
    names: _Names,
    values: _Values,
) -> _Piece:
    rule, zone, by_instant = series.rule, series.zone, series.by_instant
    at = rule.dtstart.time()
    partner = options.privacy is Privacy.PARTNER
    title = rule.name if partner else _busy_title(options)
    piece = _Piece(ActionKind.TALK_GROUP, rule.group_id, rule.name, rule.timezone)
    piece.sessions = series.sessions

    def stored(found: SessionInfo | dt.datetime) -> SessionInfo:
        return read[(rule.group_id, found)] if isinstance(found, dt.datetime) else found

    def event_of(info: SessionInfo, recurrence_id: dt.datetime | None) -> Event:
        return _session_event(
            info,
            uid=rule.uid if recurrence_id is not None else info.uid,
            sequence=rule.revision + info.revision,
            modified=_latest(rule.modified_at, info.modified_at),
            zone=zone,
            title=title,
            place_shared=rule.location_shared,
            recurrence_id=recurrence_id,
            options=options,
            names=names,
            values=values,
        )

    if series.ordered:
        first, last = series.ordered[0], series.ordered[-1]
        master = Event()
        sequence, modified = _master_counters(rule, options)
        _stamp_event(master, rule.uid, sequence, modified, values)
        master.add("dtstart", _wall(first, zone, at))
        # A plain instance (see _plain): its end reads the same in wall-clock time.
        master.add("dtend", (first + rule.duration).astimezone(zone))
        rrule = vRecur.from_ical(rule.rrule)
        rrule.pop("COUNT", None)
        rrule["UNTIL"] = [last]
        master.add("rrule", rrule)
        # One EXDATE line per date: the form every client reads.
        exdates = [
            vDDDLists(_wall(instant, zone, at))
            for instant in rule.instants
            if first <= instant <= last and instant not in by_instant
        ]
        if exdates:
            master["exdate"] = exdates if len(exdates) > 1 else exdates[0]
        _describe(
            master,
            title=title,
            room_id=rule.room_id,
            facilitator_ids=rule.facilitator_ids,
            place_shared=rule.location_shared,
            cancelled=False,
            options=options,
            names=names,
            values=values,
        )
        piece.events.append(master)
        piece.series = 1
        piece.years.update({first.astimezone(zone).year, last.astimezone(zone).year})
        for instant in series.ordered:
            found = by_instant[instant]
            if found is None:
                if instant not in series.irregular:
                    continue
                info = stored(instant)
            elif found.id in series.overriding or instant in series.irregular:
                info = found
            else:
                continue
            piece.events.append(event_of(info, _wall(instant, zone, at)))
            piece.years.update(_years(info, zone))
    for info in sorted(map(stored, series.others), key=lambda i: (i.start, i.id)):
        piece.events.append(event_of(info, None))
        piece.years.update(_years(info, zone))
    return piece


def _years(info: SessionInfo, zone: ZoneInfo) -> set[int]:
    return {info.start.astimezone(zone).year, info.end.astimezone(zone).year}


# ---------------------------------------------------------------- an action's sessions


def _action_piece(
    action_id: int,
    selected: Sequence[SessionInfo],
    options: ExportOptions,
    names: _Names,
    values: _Values,
) -> _Piece:
    title, kind = names.actions[action_id]
    zone_name = recurrence.DEFAULT_TIMEZONE
    zone = recurrence.zone(zone_name)
    shown_title = title if options.privacy is Privacy.PARTNER else _busy_title(options)
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
            values=values,
        )
        piece.events.append(event)
        piece.years.update(_years(info, zone))
        piece.sessions += 1
    return piece


def _offset_changes(rules: Iterable[SeriesRule]) -> dict[str, list[dt.datetime]]:
    """Each zone's changes of offset (UTC, in order) over the years of these rules."""
    years: dict[str, list[int]] = defaultdict(list)
    for rule in rules:
        years[rule.timezone] += [rule.instants[0].year, rule.instants[-1].year]
    return {
        name: [c.at for c in timezones.changes(recurrence.zone(name), min(span), max(span))]
        for name, span in years.items()
    }


def _pieces(session: Session, options: ExportOptions, now: dt.datetime) -> list[_Piece]:
    """Every event of the export, by group then action.

    Read once: the sessions selected, split in one query into the plain occurrences of
    each group (their original starts only) and the others (read whole by id); every
    group's series in one query per table (each rule expanded once); then the few
    plain occurrences that become events of their own.
    """
    names = _names(session)
    key = _uid_key(session) if options.privacy is not Privacy.PARTNER else None
    values = _Values(now, options.privacy, key)
    conditions = _conditions(options)
    session.flush()
    split = series_module.split_sessions(session, conditions)
    plain = split.plain
    by_group: dict[int, list[SessionInfo]] = defaultdict(list)
    by_action: dict[int, list[SessionInfo]] = defaultdict(list)
    for info in records.sessions_by_id(session, split.other_ids):
        if info.group_id is not None:
            by_group[info.group_id].append(info)
        else:
            by_action[info.action_id].append(info)
    group_ids = sorted(set(plain) | set(by_group))
    rules = series_module.series_rules(session, group_ids)
    offset_changes = _offset_changes(rules.values())
    matched = [
        _match(
            rules[group_id],
            plain.get(group_id, ()),
            by_group.get(group_id, ()),
            options,
            offset_changes[rules[group_id].timezone],
        )
        for group_id in group_ids
    ]
    read = _read_unread(session, matched)
    pieces = [_group_piece(series, read, options, names, values) for series in matched]
    pieces += [
        _action_piece(action_id, found, options, names, values)
        for action_id, found in sorted(by_action.items())
    ]
    return [p for p in pieces if p.events]


# ---------------------------------------------------------------- files


def _calendar(
    name: str,
    pieces: Sequence[_Piece],
    now: dt.datetime,
    options: ExportOptions,
    organisation: str = "",
) -> bytes:
    calendar = Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", PRODID if options.privacy is Privacy.PARTNER else BUSY_PRODID)
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # icalendar's calendar_name writes NAME and X-WR-CALNAME as unknown properties,
    # unescaped (a "," or ";" in a name would split it): give them as TEXT.
    calendar.add("name", _text(name))
    calendar.add("x-wr-calname", _text(name))
    if organisation and options.privacy is Privacy.PARTNER:
        calendar.add("description", _text(organisation))
        calendar.add("x-wr-caldesc", _text(organisation))
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


def _release(pieces: list[_Piece]) -> None:
    """Let the events go while the collector is still paused.

    Freed by reference counting here, they never reach the collector. Were they still
    alive when it runs again, its next pass would have to look at every one of them
    (over 100,000 objects in a ten-year export), and then at the whole heap.
    """
    pieces.clear()


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
    with memory.collector_paused():  # every event lives until the file is written
        pieces = _pieces(session, options, moment)
        organisation = vault_settings.organisation(session)
        data = _calendar(_calendar_name(options), pieces, moment, options, organisation)
        _record(session, pieces, 1, options)
        _release(pieces)
    return data


def _file_stem(piece: _Piece, options: ExportOptions) -> str:
    """A group's name at the partner level; the neutral title at the busy level.

    Never a record's number; :func:`_file_names` tells equal stems apart.
    """
    if options.privacy is Privacy.PARTNER:
        return _slug(piece.name) or _KIND_STEMS[piece.kind]
    return _slug(_busy_title(options)) or _slug(BUSY_TITLE)


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


def _piece_name(piece: _Piece, options: ExportOptions) -> str:
    """The name of a group's or action's own calendar (see :func:`export_per_group`)."""
    if options.privacy is not Privacy.PARTNER:
        return _calendar_name(options)
    return f"{options.calendar_name} — {piece.name}" if options.calendar_name else piece.name


def export_per_group(
    session: Session, options: ExportOptions, *, now: dt.datetime | None = None
) -> dict[str, bytes]:
    """Return one calendar file per talk group, and per other action, the options select.

    File names come from the group's name or the action's title at the partner
    level, made safe for every file system (``groupe-du-mardi.ics``), and from the
    neutral title at the busy level (``indisponible.ics``, ``indisponible-2.ics``, in
    the order of the files), which must show neither a group's name nor a record's
    number; equal names are told apart by ``-2``, ``-3``... A calendar's name is the
    group's name after ``calendar_name`` if given at the partner level; at the busy
    level, ``calendar_name`` or else the neutral title, the same in every file.

    Raises:
        ValidationError: as :func:`export_calendar`.
    """
    options = _check(session, options)
    moment = _now(now)
    with memory.collector_paused():  # every event lives until the files are written
        pieces = _pieces(session, options, moment)
        organisation = vault_settings.organisation(session)
        files = {
            file_name: _calendar(
                _piece_name(piece, options), [piece], moment, options, organisation
            )
            for piece, file_name in zip(pieces, _file_names(pieces, options), strict=True)
        }
        _record(session, pieces, len(files), options)
        _release(pieces)
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
