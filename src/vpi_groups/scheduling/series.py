"""A talk group's series: its rule materialised into sessions, regenerated on edits.

Creating a group (:func:`create_group`) writes one session per date of its rule (see
:mod:`vpi_groups.scheduling.recurrence`), each keeping the date the rule gave it
(``original_start``). :func:`series_calendar` gives the series back as a calendar
writes it: one master event and its exceptions.

Series edits (:func:`update_group`)
    Changes apply from ``effective_from`` (default: now). Sessions that start before
    it, and held sessions, stay exactly as they are. For every later occurrence of
    the series, matched to the new rule by its original local day:

    - an unedited occurrence follows the new rule: new time, facilitators and room
      (same id and uid), or is deleted if the new rule has no session that day;
    - an edited occurrence keeps every edited part and follows the series in the
      others (a moved session keeps its time but gets the new facilitators unless
      those were edited too); its original start becomes the new rule's instance;
    - an edited occurrence whose day the new rule no longer has is kept untouched
      and returned in ``SeriesChange.unfitting``, so the UI can ask the user whether
      to keep it (as it is), cancel it or delete it
      (:func:`~vpi_groups.scheduling.sessions.delete_session`);
    - days of the new rule without a session get a new one.

    Extra sessions are never touched by series edits. What makes an occurrence
    *edited* is told in :mod:`vpi_groups.scheduling.sessions`.

Deleting and continuing
    :func:`delete_group` removes a group only when none of its sessions counts in a
    report (held, or with a register, headcount, note or folded totals): a group
    that ran is ended instead. :func:`renew_groups` copies an action's groups to its
    next year's renewal, their rules moved to the same days a year later.

Revisions
    A group's revision (the series' SEQUENCE) grows by one when what its calendar
    shows changes: its name, rule, facilitators, room, or whether its place may be
    shared; and only then (its capacity, whether it is open, and its action are not
    shown). A series edit grows the revision of the sessions it changes, and only of
    those (see :mod:`vpi_groups.revisions`).

Input is checked completely before anything is written: a function that raises a
:class:`~vpi_groups.validation.ValidationError` has changed nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    delete,
    exists,
    func,
    insert,
    literal_column,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from vpi_groups import clock, revisions
from vpi_groups.scheduling import recurrence
from vpi_groups.scheduling.checks import (
    action_row,
    aware,
    check_capacity,
    check_facilitators,
    check_room,
    new_uid,
)
from vpi_groups.scheduling.records import (
    GroupInfo,
    GroupSpec,
    SessionInfo,
    book_facilitators,
    group_info,
    group_row,
    group_spec,
    group_specs,
    list_sessions,
    sessions_by_id,
    set_facilitators,
)
from vpi_groups.scheduling.recurrence import Occurrence
from vpi_groups.storage.models import (
    ActionKind,
    Attendance,
    Enrolment,
    Facilitator,
    FoldedAttendance,
    GroupClosure,
    GroupFacilitator,
    ProgrammeSession,
    SessionFacilitator,
    SessionHeadcount,
    SessionNote,
    SessionStatus,
    TalkGroup,
)
from vpi_groups.validation import SessionStateError, WrongActionKindError, clean_text

__all__ = [
    "GroupFootprint",
    "SeriesCalendar",
    "SeriesChange",
    "SeriesRule",
    "SplitSessions",
    "create_group",
    "delete_group",
    "differs_from_series",
    "group_footprint",
    "plain_occurrence",
    "renew_groups",
    "series_calendar",
    "series_rules",
    "split_sessions",
    "update_group",
]

MIN_GROUP_FACILITATORS = 2


# ---------------------------------------------------------------- values returned


@dataclass(frozen=True)
class SeriesChange:
    """What creating or editing a series did.

    Attributes:
        group: the group as now stored.
        created: sessions added.
        updated: sessions changed (their revision grew).
        deleted: unedited sessions the new rule no longer has (as they were).
        unfitting: edited sessions kept although the new rule has no session that day.
    """

    group: GroupInfo
    created: tuple[SessionInfo, ...] = ()
    updated: tuple[SessionInfo, ...] = ()
    deleted: tuple[SessionInfo, ...] = ()
    unfitting: tuple[SessionInfo, ...] = ()


@dataclass(frozen=True)
class SeriesRule:
    """A series' master event as a calendar writes it, before its sessions are matched.

    :class:`SeriesCalendar` adds what depends on the sessions; ``instants`` is every
    instance of the rule, kept or skipped, in order, aware, in UTC.
    """

    group_id: int
    uid: str
    revision: int
    name: str
    timezone: str
    dtstart: dt.datetime
    duration: dt.timedelta
    rrule: str
    room_id: int | None
    location_shared: bool
    facilitator_ids: tuple[int, ...]
    instants: tuple[dt.datetime, ...]
    modified_at: dt.datetime | None
    cancellations_revision: int
    cancellations_modified_at: dt.datetime | None
    occurrences_revision: int
    occurrences_modified_at: dt.datetime | None


@dataclass(frozen=True)
class SeriesCalendar(SeriesRule):
    """A series as a calendar writes it (RFC 5545): one master event and exceptions.

    Attributes:
        uid, revision: the master's UID and SEQUENCE.
        dtstart: first instance of the rule, aware, in ``timezone``.
        rrule: the RRULE value (UNTIL in UTC, or COUNT).
        exdates: instances of the rule that have no session (holidays, closures,
            dates a later rule edit did not fill), aware, in ``timezone``.
        overrides: sessions standing for an instance but differing from the master
            (moved, cancelled, other room or facilitators): RECURRENCE-ID events.
        standalone: sessions outside the rule's instances (extra sessions, and kept
            sessions of an earlier rule): events of their own, with their own uid.
        instants: every instance of the rule, kept or skipped, in order, aware, in
            UTC (what DTSTART and RRULE give; the sessions' RECURRENCE-IDs). In UTC
            because an instant of the repeated autumn hour read in a zone never
            compares equal to one of another zone.
        modified_at: when ``revision`` last grew (None: before that was recorded).
        cancellations_revision, cancellations_modified_at: grows (and when) each
            time one of its rule occurrences is cancelled or reinstated.
        occurrences_revision, occurrences_modified_at: grows (and when) each time
            one of its rule occurrences changes in any way.
    """

    exdates: tuple[dt.datetime, ...]
    overrides: tuple[SessionInfo, ...]
    standalone: tuple[SessionInfo, ...]


# ---------------------------------------------------------------- writing a group


def _clean_group(
    session: Session, spec: GroupSpec, *, current_facilitators: Collection[int] = ()
) -> tuple[GroupSpec, recurrence.Expansion]:
    name = clean_text(spec.name, "name", required=True)
    assert name is not None
    action = action_row(session, spec.action_id)
    if action.kind != ActionKind.TALK_GROUP:
        raise WrongActionKindError(action.id, action.kind, [ActionKind.TALK_GROUP.value])
    facilitators = check_facilitators(
        session,
        spec.facilitator_ids,
        minimum=MIN_GROUP_FACILITATORS,
        already=current_facilitators,
    )
    check_capacity(spec.capacity_min, spec.capacity_max)
    check_room(session, spec.room_id)
    rule = recurrence.validate(spec.recurrence)
    expansion = recurrence.expand_rule(rule)
    clean = dataclasses.replace(
        spec,
        name=name,
        facilitator_ids=facilitators,
        recurrence=rule,
        is_open=bool(spec.is_open),
        location_shared=bool(spec.location_shared),
    )
    return clean, expansion


def _write_group(session: Session, row: TalkGroup, spec: GroupSpec) -> None:
    rule = spec.recurrence
    row.name = spec.name
    row.action_id = spec.action_id
    row.is_open = spec.is_open
    row.capacity_min = spec.capacity_min
    row.capacity_max = spec.capacity_max
    row.room_id = spec.room_id
    row.location_shared = spec.location_shared
    row.frequency = rule.frequency
    row.rule_interval = rule.interval
    row.weekday = rule.weekday
    row.nth = rule.nth
    row.start_date = rule.start_date
    row.end_date = rule.end_date
    row.occurrence_count = rule.count
    row.start_time = rule.start_time
    row.duration_minutes = rule.duration_minutes
    row.timezone = rule.timezone
    row.holiday_calendar = rule.holidays
    session.flush()
    session.execute(delete(GroupFacilitator).where(GroupFacilitator.group_id == row.id))
    session.execute(delete(GroupClosure).where(GroupClosure.group_id == row.id))
    session.execute(
        insert(GroupFacilitator),
        [{"group_id": row.id, "facilitator_id": f} for f in spec.facilitator_ids],
    )
    if rule.closures:
        session.execute(
            insert(GroupClosure),
            [{"group_id": row.id, "start_date": c.start, "end_date": c.end} for c in rule.closures],
        )


def _shown(spec: GroupSpec) -> tuple[object, ...]:
    """What a calendar shows of a group: its revision grows when this changes."""
    return (spec.name, spec.facilitator_ids, spec.recurrence, spec.room_id, spec.location_shared)


def _snapshot(row: ProgrammeSession, facilitators: Collection[int]) -> tuple[object, ...]:
    """What a session's revision covers."""
    return (
        row.starts_at,
        row.ends_at,
        row.original_starts_at,
        row.status,
        row.cancel_reason,
        row.room_id,
        frozenset(facilitators),
    )


def _insert_occurrences(
    session: Session,
    group_id: int,
    spec: GroupSpec,
    occurrences: Sequence[Occurrence],
    moment: dt.datetime,
) -> tuple[SessionInfo, ...]:
    """Insert unedited sessions for these occurrences (bulk), stamped ``moment``.

    Returns them as :func:`sessions_by_id` would read them back (by start then id),
    made from the values written rather than read again: a decade-long group has
    some 500 sessions, and reading them back took a fifth of its creation.
    """
    if not occurrences:
        return ()
    uids = [new_uid() for _ in occurrences]
    values = [
        {
            "uid": uid,
            "revision": 0,
            "group_id": group_id,
            "action_id": None,
            "original_starts_at": o.start,
            "starts_at": o.start,
            "ends_at": o.end,
            "status": SessionStatus.PLANNED,
            "cancel_reason": None,
            "room_id": spec.room_id,
            "moved": False,
            "facilitators_edited": False,
            "room_edited": False,
            "modified_at": moment,
        }
        for uid, o in zip(uids, occurrences, strict=True)
    ]
    ids = list(
        session.scalars(
            insert(ProgrammeSession).returning(ProgrammeSession.id, sort_by_parameter_order=True),
            values,
        )
    )
    facilitators = tuple(sorted(spec.facilitator_ids))
    # New rows: no booking to delete (a deleted session's go with it, by foreign key).
    book_facilitators(session, ids, facilitators)
    made = [
        SessionInfo(
            id=session_id,
            uid=uid,
            revision=0,
            group_id=group_id,
            action_id=spec.action_id,  # a group's session belongs to the group's action
            original_start=occurrence.start,
            start=occurrence.start,
            end=occurrence.end,
            status=SessionStatus.PLANNED,
            cancel_reason=None,
            room_id=spec.room_id,
            facilitator_ids=facilitators,
            moved=False,
            facilitators_edited=False,
            room_edited=False,
            modified_at=moment,
        )
        for session_id, uid, occurrence in zip(ids, uids, occurrences, strict=True)
    ]
    return tuple(sorted(made, key=lambda info: (info.start, info.id)))


def create_group(session: Session, spec: GroupSpec) -> SeriesChange:
    """Create a talk group and generate its sessions (revision 0 for all).

    Raises:
        ValidationError: see :mod:`vpi_groups.validation`; nothing is written.
    """
    spec, expansion = _clean_group(session, spec)
    moment = revisions.stamp(clock.now())
    row = TalkGroup(uid=new_uid(), revision=0, modified_at=moment)
    session.add(row)
    _write_group(session, row, spec)
    created = _insert_occurrences(session, row.id, spec, expansion.occurrences, moment)
    return SeriesChange(group=group_info(session, row), created=created)


def update_group(
    session: Session,
    group_id: int,
    spec: GroupSpec,
    *,
    effective_from: dt.datetime | None = None,
) -> SeriesChange:
    """Change a talk group and its series; keep edited occurrences (module docstring).

    ``effective_from``: sessions starting before this instant stay as they are
    (default: now). Saving the same settings changes nothing; changing only what a
    calendar does not show (capacity, open or closed, action) leaves the revision.

    Raises:
        ValidationError: see :mod:`vpi_groups.validation`; nothing is written.
    """
    row = group_row(session, group_id)
    old = group_spec(session, row)
    boundary = clock.now() if effective_from is None else aware(effective_from, "effective_from")
    spec, expansion = _clean_group(session, spec, current_facilitators=old.facilitator_ids)
    if spec == old:
        return SeriesChange(group=GroupInfo(row.id, row.uid, row.revision, old))
    if _shown(spec) == _shown(old):
        _write_group(session, row, spec)
        return SeriesChange(group=GroupInfo(row.id, row.uid, row.revision, spec))
    moment = revisions.bump_group(session, row, clock.now())
    _write_group(session, row, spec)

    tz = recurrence.zone(spec.recurrence.timezone)
    by_day = {o.local_date: o for o in expansion.occurrences}
    series_facilitators = frozenset(spec.facilitator_ids)
    rows = session.scalars(
        select(ProgrammeSession).where(
            ProgrammeSession.group_id == group_id,
            ProgrammeSession.original_starts_at.is_not(None),
        )
    ).all()
    links: dict[int, set[int]] = defaultdict(set)
    for session_id, facilitator_id in session.execute(
        select(SessionFacilitator.session_id, SessionFacilitator.facilitator_id)
        .join(ProgrammeSession, ProgrammeSession.id == SessionFacilitator.session_id)
        .where(ProgrammeSession.group_id == group_id)
    ):
        links[session_id].add(facilitator_id)

    claimed: set[dt.date] = set()
    updated: list[int] = []
    unfitting: list[int] = []
    to_delete: list[ProgrammeSession] = []
    new_links: dict[int, frozenset[int]] = {}
    for sess in rows:
        assert sess.original_starts_at is not None
        day = sess.original_starts_at.astimezone(tz).date()
        occurrence = by_day.get(day)
        if occurrence is not None:
            claimed.add(day)
        if (
            sess.status == SessionStatus.HELD
            or sess.starts_at < boundary
            or (occurrence is not None and occurrence.start < boundary)
        ):
            continue
        edited = (
            sess.moved
            or sess.facilitators_edited
            or sess.room_edited
            or sess.status != SessionStatus.PLANNED
        )
        if occurrence is None:
            (unfitting.append(sess.id) if edited else to_delete.append(sess))
            continue
        facilitators = frozenset(links[sess.id])
        before = _snapshot(sess, facilitators)
        sess.original_starts_at = occurrence.start
        if not sess.moved:
            sess.starts_at, sess.ends_at = occurrence.start, occurrence.end
        if not sess.facilitators_edited:
            facilitators = series_facilitators
        if not sess.room_edited:
            sess.room_id = spec.room_id
        sess.moved = (sess.starts_at, sess.ends_at) != (occurrence.start, occurrence.end)
        sess.facilitators_edited = facilitators != series_facilitators
        sess.room_edited = sess.room_id != spec.room_id
        if _snapshot(sess, facilitators) != before:
            revisions.bump_session(sess, moment, moment=moment)
            updated.append(sess.id)
        if facilitators != links[sess.id]:
            new_links[sess.id] = facilitators

    deleted = sessions_by_id(session, [s.id for s in to_delete])
    for sess in to_delete:
        session.delete(sess)
    session.flush()
    for session_id, facilitators in new_links.items():
        set_facilitators(session, [session_id], sorted(facilitators))
    fresh = [o for day, o in sorted(by_day.items()) if day not in claimed and o.start >= boundary]
    created = _insert_occurrences(session, group_id, spec, fresh, moment)
    return SeriesChange(
        group=GroupInfo(row.id, row.uid, row.revision, spec),
        created=created,
        updated=sessions_by_id(session, updated),
        deleted=deleted,
        unfitting=sessions_by_id(session, unfitting),
    )


# ---------------------------------------------------------------- deleting, continuing


@dataclass(frozen=True)
class GroupFootprint:
    """What deleting a talk group would remove, and what keeps it.

    Attributes:
        sessions: how many sessions it has.
        kept: its sessions that forbid deleting it: held, or with a register, a
            headcount, a note or folded totals (the reports count them).
    """

    group_id: int
    name: str
    sessions: int
    kept: tuple[int, ...]

    @property
    def deletable(self) -> bool:
        """Whether nothing that a report counts would be lost."""
        return not self.kept


def group_footprint(session: Session, group_id: int) -> GroupFootprint:
    """Count a group's sessions and find those that forbid deleting it."""
    row = group_row(session, group_id)
    session.flush()
    ids = list(
        session.scalars(select(ProgrammeSession.id).where(ProgrammeSession.group_id == group_id))
    )
    mine = ProgrammeSession.group_id == group_id
    kept: set[int] = set(
        session.scalars(
            select(ProgrammeSession.id).where(mine, ProgrammeSession.status == SessionStatus.HELD)
        )
    )
    for table in (Attendance, SessionHeadcount, SessionNote, FoldedAttendance):
        kept.update(
            session.scalars(
                select(table.session_id)
                .join(ProgrammeSession, ProgrammeSession.id == table.session_id)
                .where(mine)
                .distinct()
            )
        )
    return GroupFootprint(row.id, row.name, len(ids), tuple(sorted(kept)))


def delete_group(session: Session, group_id: int) -> GroupFootprint:
    """Delete a talk group with its sessions, closures, facilitators and enrolments.

    Only a group none of whose sessions a report counts may go: deleting it must not
    change a figure already published. A group that ran is ended instead (its series
    shortened, its later sessions cancelled).

    Raises:
        NotFoundError: no such group.
        SessionStateError: one of its sessions is held ("held") or has a register, a
            headcount, a note or folded totals ("has-records"); nothing is deleted.
    """
    footprint = group_footprint(session, group_id)
    if footprint.kept:
        first = footprint.kept[0]
        held = session.scalar(select(ProgrammeSession.status).where(ProgrammeSession.id == first))
        reason = "held" if held == SessionStatus.HELD else "has-records"
        raise SessionStateError(first, "delete", reason)
    # Children first, by hand: the schema cascades, but saying it here keeps the
    # deletion complete whatever the connection's foreign-key setting.
    sessions = select(ProgrammeSession.id).where(ProgrammeSession.group_id == group_id)
    session.execute(delete(SessionFacilitator).where(SessionFacilitator.session_id.in_(sessions)))
    session.execute(delete(ProgrammeSession).where(ProgrammeSession.group_id == group_id))
    for table in (GroupFacilitator, GroupClosure, Enrolment):
        session.execute(delete(table).where(table.group_id == group_id))
    session.delete(group_row(session, group_id))
    session.flush()
    return footprint


def renew_groups(
    session: Session, action_id: int, renewal_id: int, *, years: int = 1
) -> tuple[SeriesChange, ...]:
    """Give ``renewal_id`` a copy of each of ``action_id``'s groups, ``years`` later.

    Each copy has the same settings and rule, its dates moved to the same days of the
    later year (:func:`~vpi_groups.scheduling.recurrence.shifted_by_years`), and the
    facilitators who are still active. Returns the new series, by group name.

    Raises:
        ValidationError: as :func:`create_group` (e.g. fewer than two active
            facilitators left); nothing is written by the failing copy.
    """
    active = frozenset(session.scalars(select(Facilitator.id).where(Facilitator.active)))
    made = []
    for row in session.scalars(
        select(TalkGroup)
        .where(TalkGroup.action_id == action_id)
        .order_by(TalkGroup.name, TalkGroup.id)
    ).all():
        spec = group_spec(session, row)
        made.append(
            create_group(
                session,
                dataclasses.replace(
                    spec,
                    action_id=renewal_id,
                    facilitator_ids=tuple(f for f in spec.facilitator_ids if f in active),
                    recurrence=recurrence.shifted_by_years(spec.recurrence, years),
                ),
            )
        )
    return tuple(made)


# ---------------------------------------------------------------- calendar


def series_rules(
    session: Session, group_ids: Collection[int] | None = None
) -> dict[int, SeriesRule]:
    """Every group's series (or these groups'), by id.

    One query per table for all of them; each rule is expanded once.
    """
    query = select(TalkGroup)
    if group_ids is not None:
        query = query.where(TalkGroup.id.in_(list(group_ids)))
    rows = session.scalars(query.order_by(TalkGroup.id)).all()
    specs = group_specs(session, rows)
    found: dict[int, SeriesRule] = {}
    for row in rows:
        spec = specs[row.id]
        rule = spec.recurrence
        expansion = recurrence.instants(rule)
        found[row.id] = SeriesRule(
            group_id=row.id,
            uid=row.uid,
            revision=row.revision,
            name=spec.name,
            timezone=rule.timezone,
            dtstart=expansion.dtstart,
            duration=rule.duration,
            rrule=expansion.rrule,
            room_id=spec.room_id,
            location_shared=spec.location_shared,
            facilitator_ids=tuple(spec.facilitator_ids),
            instants=expansion.instants,
            modified_at=row.modified_at,
            cancellations_revision=row.cancellations_revision,
            cancellations_modified_at=row.cancellations_modified_at,
            occurrences_revision=row.occurrences_revision,
            occurrences_modified_at=row.occurrences_modified_at,
        )
    return found


def differs_from_series(
    rule: SeriesRule,
    original: dt.datetime,
    start: dt.datetime,
    end: dt.datetime,
    status: SessionStatus,
    room_id: int | None,
    facilitator_ids: tuple[int, ...],
) -> bool:
    """Whether a session standing for the rule's instance ``original`` is an exception.

    Moved, cancelled, in another room or with other facilitators: a RECURRENCE-ID event.
    """
    return (
        start != original
        or end != original + rule.duration
        or status is SessionStatus.CANCELLED
        or room_id != rule.room_id
        or facilitator_ids != rule.facilitator_ids
    )


def plain_occurrence() -> ColumnElement[bool]:
    """SQL: a session is an occurrence of its group's rule exactly as the series gives it.

    The twin of :func:`differs_from_series` for a session whose original start is one
    of the rule's instances: true only where that function would say False (times,
    status, room and facilitators compared as stored). Where the stored times are not
    whole seconds it says false, and the caller compares in Python. Names
    ``TalkGroup``: join it on the session's group.
    """
    original = type_coerce(ProgrammeSession.original_starts_at, String)
    ends = type_coerce(ProgrammeSession.ends_at, String)
    booked = SessionFacilitator
    chosen = GroupFacilitator
    return and_(
        ProgrammeSession.original_starts_at.is_not(None),
        ProgrammeSession.status != SessionStatus.CANCELLED,
        type_coerce(ProgrammeSession.starts_at, String) == original,
        original.like("%.000000"),
        ends.like("%.000000"),
        func.unixepoch(ends) - func.unixepoch(original) == 60 * TalkGroup.duration_minutes,
        ProgrammeSession.room_id.is_not_distinct_from(TalkGroup.room_id),
        # The same facilitators: as many, and each of the session's is the group's.
        select(func.count()).where(booked.session_id == ProgrammeSession.id).scalar_subquery()
        == select(func.count())
        .where(chosen.group_id == ProgrammeSession.group_id)
        .scalar_subquery(),
        ~exists().where(
            booked.session_id == ProgrammeSession.id,
            ~exists()
            .where(
                chosen.group_id == ProgrammeSession.group_id,
                chosen.facilitator_id == booked.facilitator_id,
            )
            .correlate(ProgrammeSession, booked),
        ),
    )


@dataclass(frozen=True)
class SplitSessions:
    r"""Sessions matching some conditions: plain occurrences apart from the others.

    Attributes:
        plain: per group, the original starts (aware, UTC, in no order) of its sessions
            for which :func:`plain_occurrence` holds.
        other_ids: the ids of every other session.
    """

    plain: dict[int, list[dt.datetime]]
    other_ids: list[int]


def split_sessions(session: Session, conditions: Sequence[ColumnElement[bool]]) -> SplitSessions:
    """The sessions matching ``conditions``, plain occurrences apart (see :class:`SplitSessions`).

    Conditions as :func:`~vpi_groups.scheduling.records.session_conditions` gives them.
    A few short rows are read, not one per session: grouped by group and by whether
    they are plain occurrences (worked out once per session), with the original starts
    and the ids as text.
    """
    plain = plain_occurrence().label("plain")
    rows = session.execute(
        select(
            ProgrammeSession.group_id,
            plain,
            # Read as aware UTC date-times at once (fromisoformat gives datetime.UTC).
            func.group_concat(
                type_coerce(ProgrammeSession.original_starts_at, String).concat("+00:00"), ","
            ),
            func.group_concat(ProgrammeSession.id, ","),
        )
        .outerjoin(TalkGroup, TalkGroup.id == ProgrammeSession.group_id)
        .where(*conditions)
        .group_by(ProgrammeSession.group_id, literal_column(plain.name))
    )
    parse = dt.datetime.fromisoformat
    found = SplitSessions({}, [])
    for group_id, is_plain, starts, ids in rows:
        if is_plain:
            found.plain[group_id] = list(map(parse, starts.split(",")))
        else:
            found.other_ids.extend(map(int, ids.split(",")))
    return found


def series_calendar(
    session: Session, group_id: int, *, sessions: Iterable[SessionInfo] | None = None
) -> SeriesCalendar:
    """Return a series as the calendar export writes it (see :class:`SeriesCalendar`).

    ``sessions``: every session of the group, when the caller has just read them
    (:func:`list_sessions` with ``group_id`` and no other filter); read here otherwise.
    """
    group_row(session, group_id)
    rule = series_rules(session, [group_id])[group_id]
    tz = recurrence.zone(rule.timezone)
    instants = rule.instants
    rule_instants = frozenset(instants)
    overrides: list[SessionInfo] = []
    standalone: list[SessionInfo] = []
    covered: set[dt.datetime] = set()
    for info in list_sessions(session, group_id=group_id) if sessions is None else sessions:
        original = info.original_start
        if original is None or original not in rule_instants:
            standalone.append(info)
            continue
        covered.add(original)
        if differs_from_series(
            rule, original, info.start, info.end, info.status, info.room_id, info.facilitator_ids
        ):
            overrides.append(info)
    return SeriesCalendar(
        **{f.name: getattr(rule, f.name) for f in dataclasses.fields(SeriesRule)},
        exdates=tuple(i.astimezone(tz) for i in instants if i not in covered),
        overrides=tuple(overrides),
        standalone=tuple(standalone),
    )
