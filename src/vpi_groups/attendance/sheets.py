"""The attendance sheet of one session, for the paper register kept in the room.

Facilitators tick the boxes on paper during the session and type the register in
later. :func:`attendance_sheet` reads what the page shows, as plain values: the
action, the group, the session's number in its cycle, when and where, the
facilitators (professionals, named), and the codes of the participants enrolled in
the group: codes only, never a memo nor an attribute. The words of the page come
from :data:`WORDS` (French first, English), the same for the window and the command
line, which draw it with :mod:`vpi_groups.ui.attendance_sheet`.

The programme, its groups and its rooms belong to ``scheduling`` and ``programme``,
which this package does not import (they are its neighbours in the layers): the few
columns the page shows are read here from the stored rows.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vpi_groups import clock, vault_settings
from vpi_groups.attendance.registers import AttendanceError, AttendanceErrorCode
from vpi_groups.labels import MONTH_NAMES, WEEKDAY_NAMES
from vpi_groups.storage.models import (
    Action,
    Enrolment,
    Facilitator,
    Participant,
    ProgrammeSession,
    Room,
    SessionFacilitator,
    SessionStatus,
    TalkGroup,
)
from vpi_groups.validation import get_row

#: Empty lines left for newcomers: a drop-in (open) group expects more of them.
NEWCOMER_LINES_OPEN = 6
NEWCOMER_LINES_CLOSED = 3

#: Characters of a code read together (the last group ends with the check character).
CODE_GROUPS = (3, 4)


@dataclass(frozen=True)
class AttendanceSheet:
    """What the attendance sheet of one session shows, as plain values.

    Attributes:
        session_id: the session.
        action_title: the group's action.
        group_name: the talk group.
        is_open: whether the group is open (drop-in): more lines for newcomers.
        number: the session's rank among the group's sessions that are not cancelled.
        total: how many sessions of the group are not cancelled.
        start: when it starts, aware, in the programme's time zone.
        end: when it ends, aware, in the programme's time zone.
        room: the room's name, if known.
        address: the room's address on one line, if known.
        facilitators: the facilitators booked for the session, by name.
        codes: the codes of the participants enrolled in the group, sorted.
        organisation: the organisation's name the vault's settings give ("" while
            unset: the page then prints the exports' neutral programme name).
    """

    session_id: int
    action_title: str
    group_name: str
    is_open: bool
    number: int
    total: int
    start: dt.datetime
    end: dt.datetime
    room: str | None
    address: str | None
    facilitators: tuple[str, ...]
    codes: tuple[str, ...]
    organisation: str = ""

    @property
    def newcomer_lines(self) -> int:
        """How many empty lines the sheet leaves for newcomers."""
        return NEWCOMER_LINES_OPEN if self.is_open else NEWCOMER_LINES_CLOSED


def attendance_sheet(session: Session, session_id: int) -> AttendanceSheet:
    """Read the attendance sheet of one session of a talk group.

    Raises:
        NotFoundError: no session has this id (entity "session").
        AttendanceError: ``NOT_A_GROUP_SESSION`` for a session of another action (it
            records a headcount, not a register); ``CANCELLED_SESSION`` for a cancelled
            session (nobody can be marked present at it).
    """
    row = get_row(session, ProgrammeSession, session_id, "session", "session_id")
    if row.group_id is None:
        raise AttendanceError(AttendanceErrorCode.NOT_A_GROUP_SESSION)
    if row.status is SessionStatus.CANCELLED:
        raise AttendanceError(AttendanceErrorCode.CANCELLED_SESSION)
    group = get_row(session, TalkGroup, row.group_id, "group")
    action_title = session.scalar(select(Action.title).where(Action.id == group.action_id))
    held = list(
        session.scalars(
            select(ProgrammeSession.id)
            .where(
                ProgrammeSession.group_id == row.group_id,
                ProgrammeSession.status != SessionStatus.CANCELLED,
            )
            .order_by(ProgrammeSession.starts_at, ProgrammeSession.id)
        )
    )
    room = session.get(Room, row.room_id) if row.room_id is not None else None
    facilitators = session.scalars(
        select(Facilitator.name)
        .join(SessionFacilitator, SessionFacilitator.facilitator_id == Facilitator.id)
        .where(SessionFacilitator.session_id == session_id)
    ).all()
    # Only the code column: the memo and the attributes are never read.
    codes = session.scalars(
        select(Participant.code)
        .join(Enrolment, Enrolment.participant_id == Participant.id)
        .where(Enrolment.group_id == row.group_id)
        .order_by(Participant.code)
    ).all()
    zone = clock.PROGRAMME_ZONE
    return AttendanceSheet(
        session_id=session_id,
        action_title=action_title or "",
        group_name=group.name,
        is_open=group.is_open,
        number=held.index(session_id) + 1,
        total=len(held),
        start=row.starts_at.astimezone(zone),
        end=row.ends_at.astimezone(zone),
        room=room.name if room is not None else None,
        address=_one_line(room.address) if room is not None else None,
        facilitators=tuple(sorted(facilitators, key=str.casefold)),
        codes=tuple(codes),
        organisation=vault_settings.organisation(session),
    )


def _one_line(text: str | None) -> str | None:
    """An address typed on several lines, on one (None when blank)."""
    if text is None:
        return None
    parts = [part.strip() for part in text.splitlines() if part.strip()]
    return ", ".join(parts) or None


# ---------------------------------------------------------------- the words of the page

#: (French, English) for each piece of text the sheet prints.
WORDS: dict[str, tuple[str, str]] = {
    "title": ("Feuille d'émargement", "Attendance sheet"),
    "session": ("Séance {number}/{total}", "Session {number} of {total}"),
    "place": ("Lieu : {place}", "Place: {place}"),
    "no_place": ("non renseigné", "not recorded"),
    "facilitators": ("Animateur·rices : {names}", "Facilitators: {names}"),
    "no_facilitator": ("non renseigné·es", "not recorded"),
    "how": (
        "Une croix par ligne. Aucun nom sur cette feuille : seulement les codes.",
        "One cross per line. No names on this sheet: codes only.",
    ),
    "number": ("N°", "No."),
    "code": ("Code", "Code"),
    "present": ("Présent·e", "Present"),
    "excused": ("Excusé·e", "Excused"),
    "absent": ("Absent·e", "Absent"),
    "nobody": (
        "Personne n'est encore inscrit·e dans ce groupe.",
        "Nobody is enrolled in this group yet.",
    ),
    "newcomer": (
        "Nouvelle personne : code donné à la saisie",
        "New person: code given when the register is typed in",
    ),
    "continued": ("{title} (suite)", "{title} (continued)"),
    "page": ("page {number}/{total}", "page {number} of {total}"),
    "internal": ("Document interne — ne pas diffuser", "Internal document — do not share"),
    "file": ("emargement", "attendance"),
}


def words(key: str, lang: str = "fr", /, **fields: object) -> str:
    """Return the sheet's text ``key`` in French ("fr", the default) or English ("en")."""
    french, english = WORDS[key]
    chosen = english if lang == "en" else french
    return chosen.format(**fields) if fields else chosen


def _language(lang: str) -> str:
    return "en" if lang == "en" else "fr"


def day_words(day: dt.date, lang: str = "fr") -> str:
    """A date in words: "jeudi 14 janvier 2027", "vendredi 1er janvier 2027"."""
    lang = _language(lang)
    weekday = WEEKDAY_NAMES[lang][day.weekday()]
    month = MONTH_NAMES[lang][day.month - 1]
    if lang == "en":
        return f"{weekday} {day.day} {month} {day.year}"
    ordinal = "1er" if day.day == 1 else str(day.day)
    return f"{weekday} {ordinal} {month} {day.year}"


def time_words(moment: dt.datetime | dt.time, lang: str = "fr") -> str:
    """A time of day: "14 h", "14 h 30" in French; "14:00", "14:30" in English."""
    if _language(lang) == "en":
        return f"{moment.hour:02d}:{moment.minute:02d}"
    return f"{moment.hour} h" + (f" {moment.minute:02d}" if moment.minute else "")


def when_words(sheet: AttendanceSheet, lang: str = "fr") -> str:
    """When the session happens: "jeudi 14 janvier 2027, 14 h – 16 h"."""
    start, end = sheet.start, sheet.end
    until = time_words(end, lang)
    if end.date() != start.date():  # past midnight: the end's day is said too
        until = f"{day_words(end.date(), lang)}, {until}"
    return f"{day_words(start.date(), lang)}, {time_words(start, lang)} – {until}"


def place_words(sheet: AttendanceSheet, lang: str = "fr") -> str:
    """Where: the room, then its address."""
    if sheet.room is None:
        place = words("no_place", lang)
    else:
        place = sheet.room if sheet.address is None else f"{sheet.room}, {sheet.address}"
    return words("place", lang, place=place)


def facilitator_words(sheet: AttendanceSheet, lang: str = "fr") -> str:
    """Who runs the session, by name."""
    names = ", ".join(sheet.facilitators) or words("no_facilitator", lang)
    return words("facilitators", lang, names=names)


def session_words(sheet: AttendanceSheet, lang: str = "fr") -> str:
    """The session's place in its cycle: "Séance 3/10"."""
    return words("session", lang, number=sheet.number, total=sheet.total)


def reading_form(code: str) -> str:
    """A code cut into groups to read aloud: "K7M2QX4" gives "K7M 2QX4".

    Typed back with its space, the code is still understood (spaces are ignored).
    """
    parts, at = [], 0
    for size in CODE_GROUPS:
        parts.append(code[at : at + size])
        at += size
    parts.append(code[at:])
    return " ".join(part for part in parts if part)


def _slug(text: str) -> str:
    """Lower-case ASCII words joined by dashes, for a file name."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def file_name(sheet: AttendanceSheet, lang: str = "fr") -> str:
    """The proposed file name: "emargement-2027-01-14-groupe-du-mardi.pdf".

    The date and the group only: no participant data in a name that file managers,
    recent-file lists and backups show.
    """
    parts = [words("file", lang), sheet.start.date().isoformat(), _slug(sheet.group_name)]
    return "-".join(part for part in parts if part) + ".pdf"
