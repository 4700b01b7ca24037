"""Anonymous attendance totals from live registers plus what purges folded away.

The one place that adds live and folded counts, so that totals of past periods are
the same before and after a purge or an erasure. Periods are calendar months,
quarters and years in the programme's time zone (Europe/Paris).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

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
)

PARIS = ZoneInfo("Europe/Paris")

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


def period_bounds(kind: PeriodKind, start: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The period as a half-open UTC interval."""
    begin = dt.datetime.combine(start, dt.time(), tzinfo=PARIS)
    end = dt.datetime.combine(next_period(kind, start), dt.time(), tzinfo=PARIS)
    return begin.astimezone(dt.UTC), end.astimezone(dt.UTC)


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
