"""Retention and erasure: fold person-level records into anonymous totals, then delete them.

The CNIL's frameworks for social support keep person-level records at most two
years after the last contact. A purge takes every participant whose last register
line (or, without any, their creation) is older than the retention period; an
erasure takes one participant on request. Both first fold the attendance into
:class:`FoldedAttendance` and :class:`FoldedParticipants`, so totals of past periods
do not change, then delete the participant, their enrolments and register lines,
and write an audit entry with counts only.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from sqlalchemy import delete, func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from vpi_groups import clock
from vpi_groups.attendance.totals import distinct_from_lines, present_lines
from vpi_groups.storage import audit
from vpi_groups.storage.models import (
    Attendance,
    AuditKind,
    Enrolment,
    FoldedAttendance,
    FoldedParticipants,
    Participant,
    ProgrammeSession,
)
from vpi_groups.validation import get_row


@dataclass(frozen=True)
class PurgeReport:
    """What a purge removed (or, for a dry run, would remove)."""

    cutoff: dt.datetime
    participants: int
    attendance_lines: int
    dry_run: bool


@dataclass(frozen=True)
class ErasureReport:
    """What an erasure removed."""

    attendance_lines: int


def cutoff(now: dt.datetime, months: int) -> dt.datetime:
    """The instant before which person-level records are past retention."""
    return now - relativedelta(months=months)


def candidates(session: Session, now: dt.datetime, months: int) -> list[int]:
    """Participants whose last register line (or creation, without any) is before the cutoff."""
    limit = cutoff(now, months)
    last = (
        select(Attendance.participant_id, func.max(ProgrammeSession.starts_at).label("last"))
        .join(ProgrammeSession, ProgrammeSession.id == Attendance.session_id)
        .group_by(Attendance.participant_id)
        .subquery()
    )
    rows = session.execute(
        select(Participant.id, Participant.created_at, last.c.last).outerjoin(
            last, last.c.participant_id == Participant.id
        )
    )
    out = []
    for pid, created, last_line in rows:
        moment = last_line if last_line is not None else created
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        if moment < limit:
            out.append(pid)
    return sorted(out)


def _count_lines(session: Session, participant_ids: Sequence[int]) -> int:
    if not participant_ids:
        return 0
    return (
        session.scalar(
            select(func.count())
            .select_from(Attendance)
            .where(Attendance.participant_id.in_(participant_ids))
        )
        or 0
    )


def fold_and_delete(session: Session, participant_ids: Sequence[int]) -> int:
    """Fold these participants' registers into the anonymous tables, then delete them.

    Returns the number of register lines folded.
    """
    ids = list(participant_ids)
    if not ids:
        return 0
    lines: Counter[tuple[int, str, str, str, str]] = Counter()
    for sid, status, age, gender, referral in session.execute(
        select(
            Attendance.session_id,
            Attendance.status,
            Participant.age_band,
            Participant.gender,
            Participant.referral_source,
        )
        .join(Participant, Participant.id == Attendance.participant_id)
        .where(Attendance.participant_id.in_(ids))
    ):
        lines[(sid, status, age, gender, referral)] += 1
    if lines:
        upsert = insert(FoldedAttendance)
        session.execute(
            upsert.on_conflict_do_update(
                index_elements=list(FoldedAttendance.__table__.primary_key),
                set_={"count": FoldedAttendance.count + upsert.excluded["count"]},
            ),
            [
                {
                    "session_id": sid,
                    "status": status,
                    "age_band": age,
                    "gender": gender,
                    "referral_source": referral,
                    "count": n,
                }
                for (sid, status, age, gender, referral), n in lines.items()
            ],
        )
    people = distinct_from_lines(present_lines(session, ids))
    if people:
        upsert = insert(FoldedParticipants)
        session.execute(
            upsert.on_conflict_do_update(
                index_elements=list(FoldedParticipants.__table__.primary_key),
                set_={
                    "distinct_count": FoldedParticipants.distinct_count
                    + upsert.excluded.distinct_count,
                    "new_count": FoldedParticipants.new_count + upsert.excluded.new_count,
                },
            ),
            [
                {
                    "period_kind": kind.value,
                    "period_start": start,
                    "scope_kind": scope_kind.value,
                    "scope_id": scope_id,
                    "age_band": age.value,
                    "gender": gender.value,
                    "referral_source": referral.value,
                    "distinct_count": value.distinct,
                    "new_count": value.new,
                }
                for (kind, start, scope_kind, scope_id, age, gender, referral), value in (
                    people.items()
                )
            ],
        )
    session.flush()
    session.execute(delete(Attendance).where(Attendance.participant_id.in_(ids)))
    session.execute(delete(Enrolment).where(Enrolment.participant_id.in_(ids)))
    session.execute(delete(Participant).where(Participant.id.in_(ids)))
    return sum(lines.values())


def purge(
    session: Session, *, months: int, now: dt.datetime | None = None, dry_run: bool = False
) -> PurgeReport:
    """Fold and delete every participant past retention (or only count them, for a dry run)."""
    moment = now or clock.now()
    ids = candidates(session, moment, months)
    if dry_run:
        return PurgeReport(cutoff(moment, months), len(ids), _count_lines(session, ids), True)
    folded = fold_and_delete(session, ids)
    audit.record(
        session,
        AuditKind.PURGE,
        {"participants": len(ids), "attendance_lines": folded, "months": months},
    )
    return PurgeReport(cutoff(moment, months), len(ids), folded, False)


def erase(session: Session, participant_id: int) -> ErasureReport:
    """Erase one participant on request, after folding their attendance into the totals."""
    get_row(session, Participant, participant_id, "participant")
    folded = fold_and_delete(session, [participant_id])
    audit.record(session, AuditKind.ERASURE, {"participants": 1, "attendance_lines": folded})
    return ErasureReport(folded)
