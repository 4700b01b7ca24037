"""The professionals present at a session of a training, a public action or the plenary.

They are professionals (not talk-group participants): they are recorded by
organisation and sector, with a number present and, when the user records them, their
names. A session's professionals are written all at once (:func:`record_professionals`
replaces what was there), so that the session dialog saves what it shows.

A training action's **professionals trained** are computed from its sessions
(:func:`trained_by_sector`): the same people usually come to every date of a training,
so one organisation counts as many people as the most that came to one of its sessions,
or as many different names as were recorded over them, whichever is more. Sums over
sessions would count a person once per date. The totals typed on the action (for
sessions recorded elsewhere) are added by the report.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vpi_groups.language import alphabetical
from vpi_groups.scheduling.records import session_row
from vpi_groups.storage.models import (
    Action,
    ActionKind,
    Organisation,
    ProgrammeSession,
    Sector,
    SessionProfessionals,
    SessionStatus,
)
from vpi_groups.validation import (
    InvalidValueError,
    NotFoundError,
    OutOfRangeError,
    SessionStateError,
    TooLongError,
    choice,
)

__all__ = [
    "MAX_PRESENT",
    "NAME_MAX",
    "ProfessionalsLine",
    "record_professionals",
    "session_professionals",
    "trained_by_sector",
]

MAX_PRESENT = 999
NAME_MAX = 200


@dataclass(frozen=True)
class ProfessionalsLine:
    """How many professionals of one organisation (or one sector) came to a session.

    Attributes:
        organisation_id: the organisation in the directory (None: one not in it).
        sector: the organisation's sector, or the one chosen when it is not in the
            directory (ignored when ``organisation_id`` is given: the directory's is used).
        present: how many came (1 to 999).
        names: their names, when recorded (at most ``present``).
        organisation: the organisation's name (filled when read; ignored when written).
    """

    organisation_id: int | None
    sector: Sector
    present: int
    names: tuple[str, ...] = ()
    organisation: str = ""


def _same(name: str) -> str:
    """What two spellings of one name share ("Élodie Martin", "elodie martin")."""
    return alphabetical(name)[0]


def _names(value: str | None) -> tuple[str, ...]:
    return tuple(line for line in (value or "").split("\n") if line)


def session_professionals(session: Session, session_id: int) -> tuple[ProfessionalsLine, ...]:
    """The professionals recorded at a session, organisations in dictionary order first."""
    rows = session.execute(
        select(
            SessionProfessionals.organisation_id,
            SessionProfessionals.sector,
            SessionProfessionals.present,
            SessionProfessionals.names,
            Organisation.name,
        )
        .outerjoin(Organisation, Organisation.id == SessionProfessionals.organisation_id)
        .where(SessionProfessionals.session_id == session_id)
    ).all()
    lines = [
        ProfessionalsLine(oid, Sector(sector), present, _names(names), name or "")
        for oid, sector, present, names, name in rows
    ]
    return tuple(
        sorted(
            lines,
            key=lambda line: (
                line.organisation_id is None,
                alphabetical(line.organisation),
                list(Sector).index(line.sector),
            ),
        )
    )


def _clean_names(names: Iterable[str], present: int) -> tuple[str, ...]:
    cleaned = tuple(" ".join(n.split()) for n in names)
    cleaned = tuple(n for n in cleaned if n)
    for name in cleaned:
        if len(name) > NAME_MAX:
            raise TooLongError("names", NAME_MAX)
    if len(cleaned) > present:
        raise InvalidValueError("names", "more-names-than-present")
    if len({_same(n) for n in cleaned}) < len(cleaned):
        raise InvalidValueError("names", "same-name-twice")
    return cleaned


def record_professionals(
    session: Session, session_id: int, lines: Iterable[ProfessionalsLine]
) -> tuple[ProfessionalsLine, ...]:
    """Replace the professionals recorded at a session with ``lines``; return them as stored.

    An empty ``lines`` clears them.

    Raises:
        NotFoundError: no such session, or an organisation not in the directory.
        InvalidValueError: a talk group's session ("talk-group-session": its people
            are participants, recorded on the register, never by name).
        SessionStateError: the session is cancelled ("cancelled": nobody came).
        OutOfRangeError: a number present outside 1-999.
        InvalidValueError: one organisation (or, outside the directory, one sector)
            twice ("duplicate-organisation"), more names than people present
            ("more-names-than-present"), the same name twice ("same-name-twice").
        TooLongError: a name longer than 200 characters.
    """
    row = session_row(session, session_id)
    lines = tuple(lines)
    if row.action_id is None:  # talk groups' people are on the register, never named
        raise InvalidValueError("session_id", "talk-group-session")
    if lines and SessionStatus(row.status) is SessionStatus.CANCELLED:
        raise SessionStateError(session_id, "record-professionals", "cancelled")
    wanted = {line.organisation_id for line in lines if line.organisation_id is not None}
    sectors = {
        oid: sector
        for oid, sector in session.execute(
            select(Organisation.id, Organisation.sector).where(Organisation.id.in_(wanted))
        )
    }
    if missing := wanted - sectors.keys():
        raise NotFoundError("organisation", missing, field="organisation_id")
    seen: set[tuple[int | None, Sector | None]] = set()
    rows = []
    for line in lines:
        if not 1 <= line.present <= MAX_PRESENT:
            raise OutOfRangeError("present", line.present, 1, MAX_PRESENT)
        if line.organisation_id is not None:
            key: tuple[int | None, Sector | None] = (line.organisation_id, None)
            sector = Sector(sectors[line.organisation_id])
        else:
            sector = choice(Sector, line.sector, "sector")
            key = (None, sector)
        if key in seen:
            raise InvalidValueError("organisation_id", "duplicate-organisation")
        seen.add(key)
        names = _clean_names(line.names, line.present)
        rows.append(
            SessionProfessionals(
                session_id=session_id,
                organisation_id=line.organisation_id,
                sector=sector,
                present=line.present,
                names="\n".join(names) or None,
            )
        )
    session.execute(
        delete(SessionProfessionals).where(SessionProfessionals.session_id == session_id)
    )
    session.add_all(rows)
    session.flush()
    return session_professionals(session, session_id)


def trained_by_sector(
    session: Session, action_ids: Collection[int]
) -> dict[int, dict[Sector, int]]:
    """Professionals trained by each training action, per sector, from its sessions.

    Cancelled sessions count nothing. Per organisation (or, outside the directory, per
    sector), the people counted are the most present at one session, or the number of
    different names recorded over the sessions if that is more.
    """
    found: dict[tuple[int, int | None, Sector], tuple[int, set[str]]] = {}
    for action_id, organisation_id, sector, present, names in session.execute(
        select(
            ProgrammeSession.action_id,
            SessionProfessionals.organisation_id,
            SessionProfessionals.sector,
            SessionProfessionals.present,
            SessionProfessionals.names,
        )
        .join(ProgrammeSession, ProgrammeSession.id == SessionProfessionals.session_id)
        .join(Action, Action.id == ProgrammeSession.action_id)
        .where(
            ProgrammeSession.action_id.in_(list(action_ids)),
            Action.kind == ActionKind.TRAINING,
            ProgrammeSession.status != SessionStatus.CANCELLED,
        )
    ):
        key = (int(action_id or 0), organisation_id, Sector(sector))
        most, known = found.get(key, (0, set()))
        known |= {_same(n) for n in _names(names)}
        found[key] = (max(most, int(present)), known)
    trained: dict[int, dict[Sector, int]] = {}
    for (action_id, _organisation, sector), (most, known) in found.items():
        per_sector = trained.setdefault(action_id, {})
        per_sector[sector] = per_sector.get(sector, 0) + max(most, len(known))
    return trained
