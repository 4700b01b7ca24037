"""Participants (never named), enrolments, session registers, headcounts and notes.

Every function takes the unit of work's Session and returns plain frozen values.
Validation problems raise :class:`AttendanceError` with a code; nothing is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from vpi_groups import clock
from vpi_groups.attendance import codes as participant_codes
from vpi_groups.errors import AppError
from vpi_groups.storage.models import (
    AgeBand,
    Attendance,
    AttendanceStatus,
    Enrolment,
    Gender,
    Participant,
    ProgrammeSession,
    ReferralSource,
    SessionHeadcount,
    SessionNote,
    SessionStatus,
    TalkGroup,
)
from vpi_groups.validation import get_row

MEMO_MAX = 4000
NOTE_MAX = 20_000


class AttendanceErrorCode(StrEnum):
    """Why an attendance operation was refused."""

    UNKNOWN_PARTICIPANT = "unknown_participant"
    NOT_A_GROUP_SESSION = "not_a_group_session"
    NOT_ENROLLED = "not_enrolled"
    HEADCOUNT_SESSION = "headcount_session"
    REGISTER_SESSION = "register_session"
    CANCELLED_SESSION = "cancelled_session"
    NEGATIVE_HEADCOUNT = "negative_headcount"
    TOO_LONG = "too_long"
    INVALID_CODE = "invalid_code"
    CONSENT_IN_FUTURE = "consent_in_future"


class AttendanceError(AppError, ValueError):
    """A refused attendance operation; ``code`` says why, ``field`` where."""

    code: AttendanceErrorCode

    def __init__(self, code: AttendanceErrorCode, field: str = "") -> None:
        super().__init__(f"{code.value} {field}".strip())
        self.code = code
        self.field = field


@dataclass(frozen=True)
class ParticipantAttributes:
    """What may be recorded about a participant (coarse, optional, never a name).

    Every attribute left out is recorded as "not recorded", never as a real value:
    a default of "police" or "other" would be counted in the funders' tables as if
    someone had said so.
    """

    age_band: AgeBand = AgeBand.UNKNOWN
    gender: Gender = Gender.UNSAID
    referral_source: ReferralSource = ReferralSource.UNKNOWN
    consent_date: dt.date | None = None
    memo: str | None = None


@dataclass(frozen=True)
class ParticipantInfo:
    """A participant as the UI shows it (the memo only on request)."""

    id: int
    code: str
    age_band: AgeBand
    gender: Gender
    referral_source: ReferralSource
    consent_date: dt.date | None
    first_attendance: dt.datetime | None
    last_attendance: dt.datetime | None
    group_ids: tuple[int, ...]


@dataclass(frozen=True)
class RegisterLine:
    """One line of a session's register: an enrolled or attending participant."""

    participant_id: int
    code: str
    status: AttendanceStatus | None  # None: not recorded yet
    enrolled: bool


@dataclass(frozen=True)
class Register:
    """A session's register, or its headcount."""

    session_id: int
    group_id: int | None
    headcount: int | None
    lines: tuple[RegisterLine, ...]


# ---------------------------------------------------------------- participants


def _check_attributes(attrs: ParticipantAttributes, today: dt.date) -> None:
    if attrs.memo is not None and len(attrs.memo) > MEMO_MAX:
        raise AttendanceError(AttendanceErrorCode.TOO_LONG, "memo")
    if attrs.consent_date is not None and attrs.consent_date > today:
        raise AttendanceError(AttendanceErrorCode.CONSENT_IN_FUTURE, "consent_date")


def _unused_code(session: Session) -> str:
    while True:
        code = participant_codes.new_code()
        if session.scalar(select(Participant.id).where(Participant.code == code)) is None:
            return code


def create_participant(
    session: Session, attrs: ParticipantAttributes, *, now: dt.datetime | None = None
) -> ParticipantInfo:
    """Create a participant with a fresh random code."""
    moment = now or clock.now()
    _check_attributes(attrs, moment.date())
    row = Participant(
        code=_unused_code(session),
        age_band=AgeBand(attrs.age_band),
        gender=Gender(attrs.gender),
        referral_source=ReferralSource(attrs.referral_source),
        consent_date=attrs.consent_date,
        memo=attrs.memo or None,
        created_at=moment,
    )
    session.add(row)
    session.flush()
    return get_participant(session, row.id)


def update_participant(
    session: Session, participant_id: int, attrs: ParticipantAttributes
) -> ParticipantInfo:
    """Change a participant's attributes and memo (the code never changes)."""
    row = _participant(session, participant_id)
    _check_attributes(attrs, clock.now().date())
    row.age_band = AgeBand(attrs.age_band)
    row.gender = Gender(attrs.gender)
    row.referral_source = ReferralSource(attrs.referral_source)
    row.consent_date = attrs.consent_date
    row.memo = attrs.memo or None
    session.flush()
    return get_participant(session, participant_id)


def _participant(session: Session, participant_id: int) -> Participant:
    return get_row(session, Participant, participant_id, "participant")


def get_memo(session: Session, participant_id: int) -> str | None:
    """Return a participant's private memo (shown on request only)."""
    return _participant(session, participant_id).memo


def find_by_code(session: Session, code: str) -> ParticipantInfo:
    """Find a participant from a typed code (case, spaces and lookalikes forgiven)."""
    try:
        canonical = participant_codes.normalise(code)
    except participant_codes.InvalidCodeError:
        raise AttendanceError(AttendanceErrorCode.INVALID_CODE, "code") from None
    participant_id = session.scalar(select(Participant.id).where(Participant.code == canonical))
    if participant_id is None:
        raise AttendanceError(AttendanceErrorCode.UNKNOWN_PARTICIPANT, "code")
    return get_participant(session, participant_id)


def list_participants(
    session: Session, *, group_id: int | None = None
) -> tuple[ParticipantInfo, ...]:
    """Every participant (or a group's enrolled ones), with first and last attendance."""
    first_last = (
        select(
            Attendance.participant_id,
            func.min(ProgrammeSession.starts_at).label("first"),
            func.max(ProgrammeSession.starts_at).label("last"),
        )
        .join(ProgrammeSession, ProgrammeSession.id == Attendance.session_id)
        .where(Attendance.status == AttendanceStatus.PRESENT.value)
        .group_by(Attendance.participant_id)
        .subquery()
    )
    query = (
        select(Participant, first_last.c.first, first_last.c.last)
        .outerjoin(first_last, first_last.c.participant_id == Participant.id)
        .order_by(Participant.code)
    )
    if group_id is not None:
        query = query.join(Enrolment, Enrolment.participant_id == Participant.id).where(
            Enrolment.group_id == group_id
        )
    groups: dict[int, list[int]] = {}
    for pid, gid in session.execute(
        select(Enrolment.participant_id, Enrolment.group_id).order_by(Enrolment.group_id)
    ):
        groups.setdefault(pid, []).append(gid)
    out = []
    for row, first, last in session.execute(query):
        out.append(_info(row, first, last, groups.get(row.id, [])))
    return tuple(out)


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _info(
    row: Participant, first: dt.datetime | None, last: dt.datetime | None, groups: Sequence[int]
) -> ParticipantInfo:
    return ParticipantInfo(
        id=row.id,
        code=row.code,
        age_band=AgeBand(row.age_band),
        gender=Gender(row.gender),
        referral_source=ReferralSource(row.referral_source),
        consent_date=row.consent_date,
        first_attendance=_aware(first),
        last_attendance=_aware(last),
        group_ids=tuple(groups),
    )


def get_participant(session: Session, participant_id: int) -> ParticipantInfo:
    """One participant, with first and last attendance derived from the registers."""
    row = _participant(session, participant_id)
    first, last = session.execute(
        select(func.min(ProgrammeSession.starts_at), func.max(ProgrammeSession.starts_at))
        .join(Attendance, Attendance.session_id == ProgrammeSession.id)
        .where(
            Attendance.participant_id == participant_id,
            Attendance.status == AttendanceStatus.PRESENT.value,
        )
    ).one()
    groups = session.scalars(
        select(Enrolment.group_id)
        .where(Enrolment.participant_id == participant_id)
        .order_by(Enrolment.group_id)
    ).all()
    return _info(row, first, last, groups)


# ---------------------------------------------------------------- enrolment


def enrol(session: Session, participant_id: int, group_id: int, on: dt.date) -> None:
    """Enrol a participant in a group (nothing happens if already enrolled)."""
    _participant(session, participant_id)
    get_row(session, TalkGroup, group_id, "group")
    if session.get(Enrolment, (participant_id, group_id)) is None:
        session.add(Enrolment(participant_id=participant_id, group_id=group_id, enrolled_on=on))
        session.flush()


# ---------------------------------------------------------------- registers


def _session_row(session: Session, session_id: int) -> ProgrammeSession:
    return get_row(session, ProgrammeSession, session_id, "session")


def headcount(session: Session, session_id: int) -> int | None:
    """How many came, for a session in headcount mode; None for a session with a register."""
    row = session.get(SessionHeadcount, session_id)
    return row.present if row is not None else None


def register(session: Session, session_id: int) -> Register:
    """The session's register: enrolled participants and anyone recorded, or its headcount."""
    row = _session_row(session, session_id)
    present = headcount(session, session_id)
    recorded: dict[int, str] = {
        pid: status
        for pid, status in session.execute(
            select(Attendance.participant_id, Attendance.status).where(
                Attendance.session_id == session_id
            )
        )
    }
    enrolled: set[int] = set()
    if row.group_id is not None:
        enrolled = set(
            session.scalars(
                select(Enrolment.participant_id).where(Enrolment.group_id == row.group_id)
            )
        )
    ids = enrolled | set(recorded)
    codes: dict[int, str] = {
        pid: code
        for pid, code in session.execute(
            select(Participant.id, Participant.code).where(Participant.id.in_(ids))
        )
    }
    lines = tuple(
        sorted(
            (
                RegisterLine(
                    participant_id=pid,
                    code=codes[pid],
                    status=AttendanceStatus(recorded[pid]) if pid in recorded else None,
                    enrolled=pid in enrolled,
                )
                for pid in ids
            ),
            key=lambda line: line.code,
        )
    )
    return Register(
        session_id=session_id,
        group_id=row.group_id,
        headcount=present,
        lines=lines,
    )


def _open_group(session: Session, group_id: int | None) -> bool:
    if group_id is None:
        return False
    group = session.get(TalkGroup, group_id)
    return bool(group is not None and group.is_open)


def record_attendance(
    session: Session, session_id: int, statuses: Mapping[int, AttendanceStatus]
) -> Register:
    """Record (or correct) the register of one session in this unit of work; return it.

    See :func:`write_attendance`, which this calls before reading the register back.
    """
    write_attendance(session, session_id, statuses)
    return register(session, session_id)


def write_attendance(
    session: Session, session_id: int, statuses: Mapping[int, AttendanceStatus]
) -> None:
    """Record (or correct) the register of one session in this unit of work.

    Closed groups accept enrolled participants only; open groups also accept others,
    who are then enrolled. A session in headcount mode refuses a register. Nothing is
    read back: the session dialog's save reads the register once, at its end.
    """
    row = _session_row(session, session_id)
    if row.group_id is None:
        raise AttendanceError(AttendanceErrorCode.NOT_A_GROUP_SESSION)
    if row.status is SessionStatus.CANCELLED and any(
        s == AttendanceStatus.PRESENT for s in statuses.values()
    ):
        raise AttendanceError(AttendanceErrorCode.CANCELLED_SESSION)
    if headcount(session, session_id) is not None:
        raise AttendanceError(AttendanceErrorCode.HEADCOUNT_SESSION)
    enrolled = set(
        session.scalars(select(Enrolment.participant_id).where(Enrolment.group_id == row.group_id))
    )
    known = set(session.scalars(select(Participant.id).where(Participant.id.in_(list(statuses)))))
    if set(statuses) - known:
        raise AttendanceError(AttendanceErrorCode.UNKNOWN_PARTICIPANT)
    outsiders = set(statuses) - enrolled
    if outsiders and not _open_group(session, row.group_id):
        raise AttendanceError(AttendanceErrorCode.NOT_ENROLLED)
    day = row.starts_at.date()
    for pid in sorted(outsiders):
        session.add(Enrolment(participant_id=pid, group_id=row.group_id, enrolled_on=day))
    existing = {
        a.participant_id: a
        for a in session.scalars(select(Attendance).where(Attendance.session_id == session_id))
    }
    for pid, status in statuses.items():
        value = AttendanceStatus(status)
        if pid in existing:
            existing[pid].status = value
        else:
            session.add(Attendance(session_id=session_id, participant_id=pid, status=value))
    session.flush()


def add_participant_to_session(
    session: Session,
    session_id: int,
    attrs: ParticipantAttributes,
    *,
    status: AttendanceStatus = AttendanceStatus.PRESENT,
) -> ParticipantInfo:
    """Create a participant on the fly, enrol them in the session's group, record them."""
    row = _session_row(session, session_id)
    if row.group_id is None:
        raise AttendanceError(AttendanceErrorCode.NOT_A_GROUP_SESSION)
    participant = create_participant(session, attrs)
    enrol(session, participant.id, row.group_id, row.starts_at.date())
    write_attendance(session, session_id, {participant.id: status})
    return get_participant(session, participant.id)


def set_headcount(session: Session, session_id: int, present: int | None) -> None:
    """Record only how many came (None returns the session to a register)."""
    row = _session_row(session, session_id)
    if present is None:
        session.execute(delete(SessionHeadcount).where(SessionHeadcount.session_id == session_id))
        return
    if present < 0:
        raise AttendanceError(AttendanceErrorCode.NEGATIVE_HEADCOUNT, "present")
    if row.status is SessionStatus.CANCELLED and present > 0:
        raise AttendanceError(AttendanceErrorCode.CANCELLED_SESSION)
    has_register = session.scalar(
        select(func.count()).select_from(Attendance).where(Attendance.session_id == session_id)
    )
    if has_register:
        raise AttendanceError(AttendanceErrorCode.REGISTER_SESSION)
    headcount = session.get(SessionHeadcount, session_id)
    if headcount is None:
        session.add(SessionHeadcount(session_id=session_id, present=present))
    else:
        headcount.present = present
    session.flush()


# ---------------------------------------------------------------- notes


def get_note(session: Session, session_id: int) -> str:
    """The facilitators' notes on a session ("" when none)."""
    row = session.get(SessionNote, session_id)
    return row.text if row is not None else ""


def set_note(
    session: Session, session_id: int, text: str, *, now: dt.datetime | None = None
) -> None:
    """Replace a session's notes (an empty text deletes them)."""
    _session_row(session, session_id)
    if len(text) > NOTE_MAX:
        raise AttendanceError(AttendanceErrorCode.TOO_LONG, "note")
    row = session.get(SessionNote, session_id)
    if not text.strip():
        if row is not None:
            session.delete(row)
        return
    moment = now or clock.now()
    if row is None:
        session.add(SessionNote(session_id=session_id, text=text, updated_at=moment))
    else:
        row.text = text
        row.updated_at = moment
    session.flush()


# ---------------------------------------------------------------- bulk


def bulk_record(session: Session, rows: Iterable[tuple[int, int, AttendanceStatus]]) -> int:
    """Insert many new register lines at once (imports, demo data, benchmarks).

    ``rows`` are (session_id, participant_id, status); they must not exist yet.
    Returns the number of lines written. The lines go to the driver's executemany
    as plain tuples: building ORM objects or parameter dicts for 150,000 lines would
    cost more than writing them.
    """
    values = [(s, p, AttendanceStatus(st).value) for s, p, st in rows]
    if values:
        session.connection().exec_driver_sql(
            "INSERT INTO attendance (session_id, participant_id, status) VALUES (?, ?, ?)",
            values,
        )
    return len(values)


@dataclass(frozen=True)
class HistoryLine:
    """One register line of a participant, with when and where."""

    session_id: int
    start: dt.datetime
    group_name: str
    status: AttendanceStatus


def history(session: Session, participant_id: int) -> tuple[HistoryLine, ...]:
    """A participant's register lines, newest first."""
    _participant(session, participant_id)
    rows = session.execute(
        select(Attendance.session_id, ProgrammeSession.starts_at, TalkGroup.name, Attendance.status)
        .join(ProgrammeSession, ProgrammeSession.id == Attendance.session_id)
        .join(TalkGroup, TalkGroup.id == ProgrammeSession.group_id)
        .where(Attendance.participant_id == participant_id)
        .order_by(ProgrammeSession.starts_at.desc())
    )
    return tuple(
        HistoryLine(sid, _aware(start) or start, name, AttendanceStatus(status))
        for sid, start, name, status in rows
    )
