"""Anonymous attendance totals from live registers plus what purges folded away.

The one place that adds live and folded counts, so that totals of past periods are
the same before and after a purge or an erasure. Periods are calendar months,
quarters and years in the programme's time zone (Europe/Paris).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import (
    CTE,
    ColumnElement,
    Connection,
    Integer,
    String,
    and_,
    case,
    column,
    func,
    select,
    true,
    type_coerce,
    values,
)
from sqlalchemy.orm import Session

from vpi_groups import clock
from vpi_groups.storage.models import (
    AgeBand,
    Attendance,
    AttendanceStatus,
    FoldedAttendance,
    FoldedParticipants,
    Gender,
    Participant,
    PeriodKind,
    ProgrammeSession,
    ReferralSource,
    ScopeKind,
    TalkGroup,
    UTCDateTime,
)

PARIS = clock.PROGRAMME_ZONE

Attributes = tuple[AgeBand, Gender, ReferralSource]
AttendanceKey = tuple[int, AttendanceStatus, AgeBand, Gender, ReferralSource]


@dataclass(frozen=True)
class DistinctCount:
    """Distinct participants in a period and scope, and how many were new then."""

    distinct: int
    new: int


def period_start(kind: PeriodKind, day: dt.date) -> dt.date:
    """First day of the month, quarter or year containing ``day``."""
    if kind == PeriodKind.MONTH:
        return day.replace(day=1)
    if kind == PeriodKind.QUARTER:
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return dt.date(day.year, 1, 1)


def next_period(kind: PeriodKind, start: dt.date) -> dt.date:
    """First day of the following period."""
    months = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.YEAR: 12}[kind]
    index = start.year * 12 + start.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def local_day(instant: dt.datetime) -> dt.date:
    """The programme-local calendar day of an instant."""
    return instant.astimezone(PARIS).date()


def attendance_counts(
    session: Session, start: dt.datetime, end: dt.datetime
) -> Counter[AttendanceKey]:
    """Register lines of sessions starting in [start, end), by session, status and attributes."""
    counts: Counter[AttendanceKey] = Counter()
    live = (
        select(
            Attendance.session_id,
            Attendance.status,
            Participant.age_band,
            Participant.gender,
            Participant.referral_source,
            func.count(),
        )
        .join(Participant, Participant.id == Attendance.participant_id)
        .join(ProgrammeSession, ProgrammeSession.id == Attendance.session_id)
        .where(ProgrammeSession.starts_at >= start, ProgrammeSession.starts_at < end)
        .group_by(
            Attendance.session_id,
            Attendance.status,
            Participant.age_band,
            Participant.gender,
            Participant.referral_source,
        )
    )
    folded = (
        select(
            FoldedAttendance.session_id,
            FoldedAttendance.status,
            FoldedAttendance.age_band,
            FoldedAttendance.gender,
            FoldedAttendance.referral_source,
            FoldedAttendance.count,
        )
        .join(ProgrammeSession, ProgrammeSession.id == FoldedAttendance.session_id)
        .where(ProgrammeSession.starts_at >= start, ProgrammeSession.starts_at < end)
    )
    for query in (live, folded):
        for sid, status, age, gender, referral, n in session.execute(query):
            key = (
                sid,
                AttendanceStatus(status),
                AgeBand(age),
                Gender(gender),
                ReferralSource(referral),
            )
            counts[key] += n
    return counts


@dataclass(frozen=True)
class SessionPresence:
    """Register totals per session, live plus folded, for the sessions of a stretch of time.

    Attributes:
        recorded: sessions with at least one register line (any status).
        present: 'present' lines per session.
        present_by_age: 'present' lines per (session, age band code); empty unless asked.
        present_by_referral: the same per (session, referral source code).
        present_by_gender: the same per (session, gender code).
    """

    recorded: frozenset[int]
    present: dict[int, int]
    present_by_age: dict[tuple[int, str], int]
    present_by_referral: dict[tuple[int, str], int]
    present_by_gender: dict[tuple[int, str], int]


def session_presence(
    session: Session, start: dt.datetime, end: dt.datetime, *, by_attributes: bool = False
) -> SessionPresence:
    """Register totals of the sessions starting in [start, end), added up in SQL.

    The same numbers as :func:`attendance_counts` summed per session, in a row per
    session (and per age band and referral source when ``by_attributes``) rather
    than one per session and combination of attributes.
    """
    in_period = (ProgrammeSession.starts_at >= start, ProgrammeSession.starts_at < end)
    present_code = AttendanceStatus.PRESENT.value
    # The status is tested in the sums, not in WHERE: SQLite would otherwise scan
    # every register through an automatic index on status instead of the period's.
    live_present = func.sum(case((Attendance.status == present_code, 1), else_=0))
    folded_present = func.sum(
        case((FoldedAttendance.status == present_code, FoldedAttendance.count), else_=0)
    )
    live = (
        select(Attendance.session_id, func.count(), live_present)
        .join(ProgrammeSession, ProgrammeSession.id == Attendance.session_id)
        .where(*in_period)
        .group_by(Attendance.session_id)
    )
    folded = (
        select(FoldedAttendance.session_id, func.sum(FoldedAttendance.count), folded_present)
        .join(ProgrammeSession, ProgrammeSession.id == FoldedAttendance.session_id)
        .where(*in_period)
        .group_by(FoldedAttendance.session_id)
    )
    recorded: set[int] = set()
    present: Counter[int] = Counter()
    connection = _connection(session)
    for query in (live, folded):
        for sid, lines, n in connection.execute(query).all():
            if lines:
                recorded.add(sid)
            if n:
                present[sid] += n
    by_age: Counter[tuple[int, str]] = Counter()
    by_referral: Counter[tuple[int, str]] = Counter()
    by_gender: Counter[tuple[int, str]] = Counter()
    if by_attributes:
        live_detail = (
            select(
                Attendance.session_id,
                Participant.age_band,
                Participant.referral_source,
                Participant.gender,
                live_present,
            )
            .join(ProgrammeSession, ProgrammeSession.id == Attendance.session_id)
            .join(Participant, Participant.id == Attendance.participant_id)
            .where(*in_period)
            .group_by(
                Attendance.session_id,
                Participant.age_band,
                Participant.referral_source,
                Participant.gender,
            )
        )
        folded_detail = (
            select(
                FoldedAttendance.session_id,
                FoldedAttendance.age_band,
                FoldedAttendance.referral_source,
                FoldedAttendance.gender,
                folded_present,
            )
            .join(ProgrammeSession, ProgrammeSession.id == FoldedAttendance.session_id)
            .where(*in_period)
            .group_by(
                FoldedAttendance.session_id,
                FoldedAttendance.age_band,
                FoldedAttendance.referral_source,
                FoldedAttendance.gender,
            )
        )
        for detail in (live_detail, folded_detail):
            for sid, age, referral, gender, n in connection.execute(detail):
                if n:
                    by_age[sid, age] += n
                    by_referral[sid, referral] += n
                    by_gender[sid, gender] += n
    return SessionPresence(
        frozenset(recorded), dict(present), dict(by_age), dict(by_referral), dict(by_gender)
    )


class MonthBounds(NamedTuple):
    """One month of a report as a half-open UTC interval, with the caller's index for it."""

    number: int
    begin: dt.datetime
    end: dt.datetime


class MonthPresence(NamedTuple):
    """Someone present at least once in a month, in one talk group (live registers only)."""

    participant_id: int
    month: int
    group_id: int
    action_id: int


class MonthLines(NamedTuple):
    """:class:`MonthPresence` with how many 'present' lines it stands for."""

    participant_id: int
    month: int
    group_id: int
    action_id: int
    present: int


def monthly_presence(session: Session, months: Sequence[MonthBounds]) -> list[MonthPresence]:
    """Who was present in which month and talk group: one row each, however many sessions.

    Months are given as UTC bounds so that the programme's time zone stays in
    Python; SQLite only places sessions between them and removes repeats.
    """
    return [MonthPresence(*row[:4]) for row in monthly_lines(session, months)]


def monthly_lines(session: Session, months: Sequence[MonthBounds]) -> list[MonthLines]:
    """:func:`monthly_presence`, each row with its number of 'present' lines.

    Their sum over a month is every 'present' line of the month's talk-group sessions
    (live registers only).
    """
    if not months:
        return []
    bounds = months_table(months)
    placed = materialized(
        session,
        select(
            ProgrammeSession.id.label("session_id"),
            bounds.c.month,
            ProgrammeSession.group_id,
            TalkGroup.action_id,
        )
        .select_from(bounds)
        .join(ProgrammeSession, starts_in_month(bounds))
        .join(TalkGroup, TalkGroup.id == ProgrammeSession.group_id)
        .cte("placed"),
    )
    person_month = (
        Attendance.participant_id,
        placed.c.month,
        placed.c.group_id,
        placed.c.action_id,
    )
    query = (
        select(*person_month, func.count())
        .select_from(placed)
        .join(Attendance, Attendance.session_id == placed.c.session_id)
        .where(Attendance.status == AttendanceStatus.PRESENT.value)
        .group_by(*person_month)
    )
    return list(map(MonthLines._make, _connection(session).execute(query).all()))


def _connection(session: Session) -> Connection:
    """The unit's connection, for reads that need rows rather than ORM objects.

    Pending changes are flushed first, as an ORM query would (autoflush).
    """
    session.flush()
    return session.connection()


def months_table(months: Sequence[MonthBounds]) -> CTE:
    """The months as a VALUES table ``months(month, low, high)``, to place sessions in SQL."""
    return (
        values(
            column("month", Integer),
            column("low", UTCDateTime()),
            column("high", UTCDateTime()),
            name="months",
        )
        .data([tuple(m) for m in months])
        .cte("months")
    )


def starts_in_month(bounds: CTE) -> ColumnElement[bool]:
    """A session starts in a month of :func:`months_table` (UTC bounds, half-open)."""
    return and_(
        ProgrammeSession.starts_at >= bounds.c.low, ProgrammeSession.starts_at < bounds.c.high
    )


def materialized(session: Session, placed: CTE) -> CTE:
    """Sessions with their month first (materialized), then their registers by session.

    The order that reads only the period's lines. SQLite before 3.35 has no
    MATERIALIZED: the same query, slower, there.
    """
    version = session.get_bind().dialect.server_version_info or ()
    return placed.prefix_with("MATERIALIZED" if tuple(version) >= (3, 35) else "")


class MonthAttributePresence(NamedTuple):
    """'present' lines (live plus folded) per month, by age band, referral source and gender."""

    by_age: dict[tuple[int, str], int]
    by_referral: dict[tuple[int, str], int]
    by_gender: dict[tuple[int, str], int]


def monthly_attribute_presence(
    session: Session, months: Sequence[MonthBounds], *, live_talk_groups: bool = True
) -> MonthAttributePresence:
    """'present' lines of every session in ``months``, per month and attribute, added up in SQL.

    The same numbers as :func:`session_presence` (``by_attributes``) added over each
    month's sessions, in a row per month and pair of attributes rather than per session.
    Keys are (month number, age band, referral source or gender code).

    Without ``live_talk_groups``, the live lines of talk-group sessions are left out
    (a caller that has them from :func:`monthly_lines` adds them itself).
    """
    by_age: Counter[tuple[int, str]] = Counter()
    by_referral: Counter[tuple[int, str]] = Counter()
    by_gender: Counter[tuple[int, str]] = Counter()
    if not months:
        return MonthAttributePresence({}, {}, {})
    bounds = months_table(months)
    placed = materialized(
        session,
        select(
            ProgrammeSession.id.label("session_id"),
            bounds.c.month,
            ProgrammeSession.group_id,
        )
        .select_from(bounds)
        .join(ProgrammeSession, starts_in_month(bounds))
        .cte("placed"),
    )
    present_code = AttendanceStatus.PRESENT.value
    age, referral, gender = Participant.age_band, Participant.referral_source, Participant.gender
    live = (
        select(
            placed.c.month,
            type_coerce(age, String),
            type_coerce(referral, String),
            type_coerce(gender, String),
            func.count(),
        )
        .select_from(placed)
        .join(Attendance, Attendance.session_id == placed.c.session_id)
        .join(Participant, Participant.id == Attendance.participant_id)
        .where(
            Attendance.status == present_code,
            true() if live_talk_groups else placed.c.group_id.is_(None),
        )
        .group_by(placed.c.month, age, referral, gender)
    )
    folded = (
        select(
            placed.c.month,
            type_coerce(FoldedAttendance.age_band, String),
            type_coerce(FoldedAttendance.referral_source, String),
            type_coerce(FoldedAttendance.gender, String),
            func.sum(FoldedAttendance.count),
        )
        .select_from(placed)
        .join(FoldedAttendance, FoldedAttendance.session_id == placed.c.session_id)
        .where(FoldedAttendance.status == present_code)
        .group_by(
            placed.c.month,
            FoldedAttendance.age_band,
            FoldedAttendance.referral_source,
            FoldedAttendance.gender,
        )
    )
    connection = _connection(session)
    for query in (live, folded):
        for month, age_code, referral_code, gender_code, n in connection.execute(query).all():
            if n:
                by_age[month, age_code] += n
                by_referral[month, referral_code] += n
                by_gender[month, gender_code] += n
    return MonthAttributePresence(dict(by_age), dict(by_referral), dict(by_gender))


class PersonPresent(NamedTuple):
    """Someone present in a stretch of time: when they first came, and who they are."""

    first: dt.datetime
    age_band: str
    referral_source: str
    gender: str


def people_present(
    session: Session, start: dt.datetime, end: dt.datetime
) -> dict[int, PersonPresent]:
    """Everyone with a 'present' line in [start, end), with their first one ever.

    Only talk-group lines count, as in :func:`present_lines`.
    """
    connection = _connection(session)
    talk_present = (
        Attendance.status == AttendanceStatus.PRESENT.value,
        ProgrammeSession.group_id.is_not(None),
    )
    in_period: tuple[ColumnElement[bool], ...] = (
        ProgrammeSession.starts_at >= start,
        ProgrammeSession.starts_at < end,
    )
    earlier = select(ProgrammeSession.id).where(
        ProgrammeSession.group_id.is_not(None), ProgrammeSession.starts_at < start
    )
    if connection.execute(earlier.limit(1)).first() is None:
        # No talk group met before: everyone's first line is their first in the period.
        whose = in_period
    else:
        whose = (
            Attendance.participant_id.in_(
                select(Attendance.participant_id)
                .join(ProgrammeSession, ProgrammeSession.id == Attendance.session_id)
                .where(*talk_present, *in_period)
            ),
        )
    first = (
        select(
            Attendance.participant_id.label("participant_id"),
            func.min(ProgrammeSession.starts_at).label("first"),
        )
        .join(ProgrammeSession, ProgrammeSession.id == Attendance.session_id)
        .where(*talk_present, *whose)
        .group_by(Attendance.participant_id)
        .subquery()
    )
    query = select(
        first.c.participant_id,
        first.c.first,
        Participant.age_band,
        Participant.referral_source,
        Participant.gender,
    ).join(Participant, Participant.id == first.c.participant_id)
    return {
        pid: PersonPresent(_utc(when), age, referral, gender)
        for pid, when, age, referral, gender in connection.execute(query).all()
    }


def _utc(stored: dt.datetime | str) -> dt.datetime:
    """An aggregate's instant (SQLite hands back min() of a column as stored text)."""
    instant = stored if isinstance(stored, dt.datetime) else dt.datetime.fromisoformat(stored)
    return instant.replace(tzinfo=dt.UTC) if instant.tzinfo is None else instant


@dataclass(frozen=True)
class PresentLine:
    """A 'present' register line with what the distinct counts need."""

    participant_id: int
    starts_at: dt.datetime
    group_id: int
    action_id: int
    attributes: Attributes


def present_lines(
    session: Session, participant_ids: Iterable[int] | None = None
) -> list[PresentLine]:
    """Every live 'present' line (optionally of some participants), with scope and attributes."""
    query = (
        select(
            Attendance.participant_id,
            ProgrammeSession.starts_at,
            ProgrammeSession.group_id,
            TalkGroup.action_id,
            Participant.age_band,
            Participant.gender,
            Participant.referral_source,
        )
        .join(ProgrammeSession, ProgrammeSession.id == Attendance.session_id)
        .join(TalkGroup, TalkGroup.id == ProgrammeSession.group_id)
        .join(Participant, Participant.id == Attendance.participant_id)
        .where(Attendance.status == AttendanceStatus.PRESENT.value)
    )
    if participant_ids is not None:
        query = query.where(Attendance.participant_id.in_(list(participant_ids)))
    return [
        PresentLine(
            pid,
            starts.replace(tzinfo=dt.UTC) if starts.tzinfo is None else starts,
            gid or 0,  # joined to its talk group: never NULL here
            aid,
            (AgeBand(age), Gender(gender), ReferralSource(ref)),
        )
        for pid, starts, gid, aid, age, gender, ref in session.execute(query)
    ]


DistinctKey = tuple[PeriodKind, dt.date, ScopeKind, int, AgeBand, Gender, ReferralSource]


def distinct_from_lines(lines: Iterable[PresentLine]) -> dict[DistinctKey, DistinctCount]:
    """Distinct and new participants per period, scope and attributes, from 'present' lines.

    A participant is new in the period holding their first 'present' line among
    ``lines`` (callers pass a participant's whole history).
    """
    by_person: dict[int, list[PresentLine]] = {}
    for line in lines:
        by_person.setdefault(line.participant_id, []).append(line)
    distinct: Counter[DistinctKey] = Counter()
    new: Counter[DistinctKey] = Counter()
    for person_lines in by_person.values():
        first_day = local_day(min(line.starts_at for line in person_lines))
        seen: set[DistinctKey] = set()
        for line in person_lines:
            day = local_day(line.starts_at)
            for kind in PeriodKind:
                start = period_start(kind, day)
                scopes = (
                    (ScopeKind.PROGRAMME, 0),
                    (ScopeKind.ACTION, line.action_id),
                    (ScopeKind.GROUP, line.group_id),
                )
                for scope_kind, scope_id in scopes:
                    key = (kind, start, scope_kind, scope_id, *line.attributes)
                    seen.add(key)
        for key in seen:
            distinct[key] += 1
            if period_start(key[0], first_day) == key[1]:
                new[key] += 1
    return {key: DistinctCount(distinct[key], new[key]) for key in distinct}


def distinct_participants(session: Session) -> dict[DistinctKey, DistinctCount]:
    """Distinct and new participants per period, scope and attributes: live plus folded."""
    totals = dict(distinct_from_lines(present_lines(session)))
    for row in session.scalars(select(FoldedParticipants)):
        key = (
            PeriodKind(row.period_kind),
            row.period_start,
            ScopeKind(row.scope_kind),
            row.scope_id,
            AgeBand(row.age_band),
            Gender(row.gender),
            ReferralSource(row.referral_source),
        )
        current = totals.get(key, DistinctCount(0, 0))
        totals[key] = DistinctCount(
            current.distinct + row.distinct_count, current.new + row.new_count
        )
    return totals
