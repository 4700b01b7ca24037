"""Working groups' meetings: planned, members present, minutes, decisions, follow-up tasks.

A working group (sous-groupe, commission) is an action of kind ``working_group``: its
members, lead and axis are part of the action (:mod:`vpi_groups.programme.records`);
its meetings are the action's sessions, planned, moved and cancelled like any other
(agenda, conflicts, invitations). This module keeps what happens at them:

- the members present at a meeting (professionals: they may be named);
- the minutes, rich text kept in the vault and never exported unless the user sends
  them to the group's members (:func:`minutes_draft`: an unsent e-mail the user's
  mail client opens, with one audit entry);
- the decisions taken, and the follow-up tasks (what, who, by when, done), listed on
  the group and, across groups, per person ("my tasks").
"""

from __future__ import annotations

import datetime as dt
import email.policy
import email.utils
import html as html_text
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from html.parser import HTMLParser

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vpi_groups import clock, vault_settings
from vpi_groups.language import alphabetical
from vpi_groups.scheduling import checks
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.storage import audit
from vpi_groups.storage.models import (
    Action,
    ActionKind,
    AuditKind,
    Decision,
    Facilitator,
    FollowUpTask,
    MeetingAttendance,
    MeetingMinutes,
    Organisation,
    ProgrammeSession,
    Sector,
    SessionStatus,
    WorkingGroupMember,
)
from vpi_groups.validation import (
    InvalidValueError,
    NotFoundError,
    OutOfRangeError,
    SessionStateError,
    ValidationError,
    clean_email,
    clean_text,
)

__all__ = [
    "DECISION_MAX",
    "MAX_EVERY_WEEKS",
    "MAX_MEETINGS",
    "MINUTES_MAX",
    "TASK_MAX",
    "DecisionInfo",
    "Member",
    "TaskInfo",
    "add_decision",
    "add_meeting",
    "add_meetings",
    "add_task",
    "decisions",
    "delete_decision",
    "delete_task",
    "meeting_group",
    "meeting_minutes",
    "members",
    "minutes_draft",
    "minutes_recipients",
    "minutes_text",
    "present_members",
    "record_present",
    "save_minutes",
    "series_times",
    "set_task_done",
    "tasks",
    "update_decision",
    "update_task",
]

MINUTES_MAX = 200_000  # characters of a meeting's minutes (rich text)
DECISION_MAX = 2000
TASK_MAX = 1000
MAX_MEETINGS = 52  # meetings planned at once (a year of weekly ones)
MAX_EVERY_WEEKS = 12  # weeks between two meetings of a series (a quarter)


@dataclass(frozen=True)
class Member:
    """A member of a working group, as the directory has them."""

    id: int
    name: str
    organisation: str
    sector: Sector
    email: str | None


@dataclass(frozen=True)
class DecisionInfo:
    """A decision of a working group."""

    id: int
    action_id: int
    session_id: int | None
    decided_on: dt.date
    text: str


@dataclass(frozen=True)
class TaskInfo:
    """A follow-up task, with its group's title and its assignee's name."""

    id: int
    action_id: int
    group: str
    session_id: int | None
    what: str
    assignee_id: int | None
    assignee: str
    created_on: dt.date
    due_on: dt.date | None
    done_on: dt.date | None

    @property
    def done(self) -> bool:
        """Whether the task was done."""
        return self.done_on is not None


def _today() -> dt.date:
    return clock.now().astimezone(clock.PROGRAMME_ZONE).date()


def _group(session: Session, action_id: int) -> Action:
    row = session.get(Action, action_id)
    if row is None:
        raise NotFoundError("action", [action_id], field="action_id")
    if row.kind != ActionKind.WORKING_GROUP:
        raise InvalidValueError("action_id", "not-a-working-group")
    return row


def meeting_group(session: Session, session_id: int) -> int:
    """The working group a meeting belongs to.

    Raises:
        NotFoundError: no such session.
        InvalidValueError: the session is not a working group's meeting ("not-a-meeting").
    """
    row = session.get(ProgrammeSession, session_id)
    if row is None:
        raise NotFoundError("session", [session_id], field="session_id")
    owner = None if row.action_id is None else session.get(Action, row.action_id)
    if owner is None or owner.kind != ActionKind.WORKING_GROUP:
        raise InvalidValueError("session_id", "not-a-meeting")
    return owner.id


def members(session: Session, action_id: int) -> tuple[Member, ...]:
    """A working group's members, in dictionary order."""
    _group(session, action_id)
    rows = session.execute(
        select(Facilitator)
        .join(WorkingGroupMember, WorkingGroupMember.facilitator_id == Facilitator.id)
        .where(WorkingGroupMember.action_id == action_id)
    ).scalars()
    return _members(session, rows)


def _members(session: Session, found_rows: Iterable[Facilitator]) -> tuple[Member, ...]:
    rows = list(found_rows)
    names = {
        oid: name
        for oid, name in session.execute(
            select(Organisation.id, Organisation.name).where(
                Organisation.id.in_({r.organisation_id for r in rows if r.organisation_id})
            )
        )
    }
    found = [
        Member(r.id, r.name, names.get(r.organisation_id or 0, ""), Sector(r.sector), r.email)
        for r in rows
    ]
    return tuple(sorted(found, key=lambda m: (alphabetical(m.name), m.id)))


def add_meeting(
    session: Session,
    action_id: int,
    start: dt.datetime,
    end: dt.datetime,
    *,
    room_id: int | None = None,
    book_members: bool = True,
) -> int:
    """Plan a meeting of a working group; return its session's id.

    The members are booked on it (unless ``book_members`` is False), so that the
    agenda shows a member's meeting against their other sessions as a conflict.
    """
    _group(session, action_id)
    booked: list[int] = []
    if book_members:
        booked = list(  # the active ones: someone who left books nothing
            session.scalars(
                select(WorkingGroupMember.facilitator_id)
                .join(Facilitator, Facilitator.id == WorkingGroupMember.facilitator_id)
                .where(WorkingGroupMember.action_id == action_id, Facilitator.active)
            )
        )
    return scheduling.add_action_session(
        session, action_id, start, end, facilitator_ids=booked, room_id=room_id
    ).id


def series_times(
    start: dt.datetime, end: dt.datetime, *, every_weeks: int, count: int
) -> tuple[tuple[dt.datetime, dt.datetime], ...]:
    """The times of ``count`` meetings ``every_weeks`` weeks apart, the first at ``start``.

    Each at the same hours on the programme's clock as the first (18:00 stays 18:00
    across a change of time), as aware instants in the programme's time zone.

    Raises:
        OutOfRangeError: ``count`` not within 1–52, or ``every_weeks`` not within 1–12.
        NaiveDateTimeError: a time without a time zone.
    """
    if not 1 <= count <= MAX_MEETINGS:
        raise OutOfRangeError("count", count, 1, MAX_MEETINGS)
    if not 1 <= every_weeks <= MAX_EVERY_WEEKS:
        raise OutOfRangeError("every_weeks", every_weeks, 1, MAX_EVERY_WEEKS)
    zone = clock.PROGRAMME_ZONE
    # adding to a local time keeps the hour on the clock
    first = checks.aware(start, "start").astimezone(zone)
    last = checks.aware(end, "end").astimezone(zone)
    steps = (dt.timedelta(weeks=n * every_weeks) for n in range(count))
    return tuple((first + step, last + step) for step in steps)


def add_meetings(
    session: Session,
    action_id: int,
    start: dt.datetime,
    end: dt.datetime,
    *,
    every_weeks: int,
    count: int,
    room_id: int | None = None,
) -> tuple[int, ...]:
    """Plan ``count`` meetings of a working group, ``every_weeks`` weeks apart.

    A series of dated meetings, each a one-off session of the action (moved or
    cancelled on its own), its active members booked as :func:`add_meeting` does.
    Returns their sessions' ids, in order.

    Raises:
        OutOfRangeError: ``count`` not within 1–52, or ``every_weeks`` not within 1–12.
        InvalidValueError: not a working group ("not-a-working-group").
        ValidationError: times out of order, an unknown room (as :func:`add_meeting`).
    """
    _group(session, action_id)
    times = series_times(start, end, every_weeks=every_weeks, count=count)
    return tuple(
        add_meeting(session, action_id, first, last, room_id=room_id) for first, last in times
    )


# ---------------------------------------------------------------- who came


def present_members(session: Session, session_id: int) -> frozenset[int]:
    """The members recorded present at a meeting."""
    return frozenset(
        session.scalars(
            select(MeetingAttendance.facilitator_id).where(
                MeetingAttendance.session_id == session_id
            )
        )
    )


def record_present(session: Session, session_id: int, present: Collection[int]) -> frozenset[int]:
    """Replace the members present at a meeting with ``present``; return them.

    Raises:
        InvalidValueError: not a working group's meeting ("not-a-meeting").
        SessionStateError: the meeting was cancelled ("cancelled": nobody came).
        InvalidValueError: someone who is not a member ("not-a-member").
    """
    action_id = meeting_group(session, session_id)
    row = session.get(ProgrammeSession, session_id)
    assert row is not None
    wanted = frozenset(present)
    if wanted and SessionStatus(row.status) is SessionStatus.CANCELLED:
        raise SessionStateError(session_id, "record-present", "cancelled")
    allowed = set(
        session.scalars(
            select(WorkingGroupMember.facilitator_id).where(
                WorkingGroupMember.action_id == action_id
            )
        )
    )
    if wanted - allowed:
        raise InvalidValueError("present", "not-a-member")
    session.execute(delete(MeetingAttendance).where(MeetingAttendance.session_id == session_id))
    session.add_all(MeetingAttendance(session_id=session_id, facilitator_id=f) for f in wanted)
    session.flush()
    return wanted


# ---------------------------------------------------------------- minutes


def meeting_minutes(session: Session, session_id: int) -> str:
    """A meeting's minutes (rich text, as HTML), or "" when none were written."""
    row = session.get(MeetingMinutes, session_id)
    return "" if row is None else row.text


def save_minutes(
    session: Session, session_id: int, text: str, *, now: dt.datetime | None = None
) -> None:
    """Keep a meeting's minutes (empty text: forget them).

    Raises:
        InvalidValueError: not a working group's meeting ("not-a-meeting").
        TooLongError: longer than 200,000 characters.
    """
    meeting_group(session, session_id)
    cleaned = clean_text(text, "minutes", maximum=MINUTES_MAX)
    row = session.get(MeetingMinutes, session_id)
    if cleaned is None:
        if row is not None:
            session.delete(row)
        session.flush()
        return
    stamp = now or clock.now()
    if row is None:
        session.add(MeetingMinutes(session_id=session_id, text=cleaned, updated_at=stamp))
    else:
        row.text, row.updated_at = cleaned, stamp
    session.flush()


# ---------------------------------------------------------------- the minutes sent


_BLOCKS = frozenset(
    {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "pre", "hr"}
)
_HIDDEN = frozenset({"head", "style", "script", "title"})
# what marks minutes as HTML rather than text: the tags the minutes' editor writes
_TAG = re.compile(
    r"<\s*/?\s*(?:!doctype|html|body|p|br|div|span|b|i|u|s|strong|em|ul|ol|li|h[1-6]"
    r"|table|tr|td|th|a|font|pre|blockquote|hr)\b[^>]*>",
    re.IGNORECASE,
)


class _PlainText(HTMLParser):
    """Rich text as plain text: one line per paragraph, "- " (or "1. ") before list items."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.words: list[str] = []
        self.prefix = ""
        self.hidden = 0
        self.after_break = False
        self.lists: list[list[int]] = []  # per open list: [number of the next item] or []

    def _emit(self, *, keep_empty: bool) -> None:
        text = " ".join("".join(self.words).split())
        if text or (keep_empty and not self.after_break):
            self.lines.append(f"{self.prefix}{text}" if text else "")
        self.words, self.prefix, self.after_break = [], "", False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in ("ul", "ol"):
            self._emit(keep_empty=False)
            self.lists.append([1] if tag == "ol" else [])
        elif tag == "br":
            self._emit(keep_empty=True)
            self.after_break = True
        elif tag in _BLOCKS:
            self._emit(keep_empty=False)
            if tag == "li" and self.lists:
                numbers = self.lists[-1]
                mark = f"{numbers[0]}. " if numbers else "- "
                if numbers:
                    numbers[0] += 1
                self.prefix = "  " * (len(self.lists) - 1) + mark

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in ("ul", "ol"):
            self._emit(keep_empty=False)
            if self.lists:
                self.lists.pop()
        elif tag in _BLOCKS:
            self._emit(keep_empty=tag == "p")  # an empty paragraph is a blank line

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.words.append(data)

    def text(self) -> str:
        self.close()
        self._emit(keep_empty=False)
        return "\n".join(line.rstrip() for line in self.lines).strip("\n")


def _is_html(text: str) -> bool:
    return _TAG.search(text) is not None


def minutes_text(minutes: str) -> str:
    """The minutes (as stored: HTML, or plain text) as plain text, a line per paragraph."""
    if not _is_html(minutes):
        return minutes.strip()
    reader = _PlainText()
    reader.feed(minutes)
    return reader.text()


def _minutes_html(minutes: str) -> str:
    """The minutes as an HTML document (plain text kept line by line)."""
    if not _is_html(minutes):
        lines = html_text.escape(minutes.strip()).splitlines()
        minutes = "".join(f"<p>{line}</p>" if line else "<p><br></p>" for line in lines)
    if "<html" in minutes.lower():
        return minutes
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>{minutes}</body></html>\n'
    )


def _usable(address: str) -> bool:
    try:
        return clean_email(address, "email") is not None
    except ValidationError:
        return False


def minutes_recipients(session: Session, session_id: int) -> tuple[Member, ...]:
    """The members of a meeting's group whose address can take the minutes (one each).

    Raises:
        NotFoundError: no such session.
        InvalidValueError: not a working group's meeting ("not-a-meeting").
    """
    found: dict[str, Member] = {}
    for member in members(session, meeting_group(session, session_id)):
        if member.email and _usable(member.email):
            found.setdefault(member.email.casefold(), member)
    return tuple(found.values())


def minutes_draft(session: Session, session_id: int, *, now: dt.datetime | None = None) -> bytes:
    """The meeting's minutes as an unsent e-mail (RFC 5322) to the group's members.

    The minutes are never exported otherwise: this is the user sending them. From the
    organiser's address (named by the organisation when it is set), to the members
    who have an address, with ``X-Unsent: 1`` so that the mail client opens it as a
    draft ready to send; the minutes as plain text, and as HTML in the alternative
    part. One audit entry (counts only, never the text) in the unit of work.

    Raises:
        NotFoundError: no such session.
        InvalidValueError: not a working group's meeting ("not-a-meeting"), no minutes
            saved ("no-minutes"), no organiser address ("no-organiser"), no member
            with an address ("no-recipient").
        NaiveDateTimeError: ``now`` without a time zone.
    """
    people = minutes_recipients(session, session_id)
    minutes = meeting_minutes(session, session_id)
    if not minutes_text(minutes):
        raise InvalidValueError("minutes", "no-minutes")
    organiser = vault_settings.organiser_email(session)
    if organiser is None:
        raise InvalidValueError("organiser_email", "no-organiser")
    if not people:
        raise InvalidValueError("members", "no-recipient")
    moment = clock.now() if now is None else checks.aware(now, "now")
    meeting = session.get(ProgrammeSession, session_id)
    assert meeting is not None
    group = session.get(Action, meeting_group(session, session_id))
    assert group is not None
    day = meeting.starts_at.astimezone(clock.PROGRAMME_ZONE).date()
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = Address(
        vault_settings.organisation(session) or organiser, addr_spec=organiser
    )
    message["To"] = [Address(p.name, addr_spec=p.email or "") for p in people]
    message["Subject"] = f"Compte rendu : {group.title} — {day:%d/%m/%Y}"
    message["Date"] = email.utils.format_datetime(moment)
    message["X-Unsent"] = "1"
    plain = minutes_text(minutes)
    message.set_content(plain + "\n")
    message.add_alternative(_minutes_html(minutes), subtype="html")
    data = message.as_bytes()
    audit.record(
        session,
        AuditKind.EXPORT_REPORT,
        {"minutes": 1, "recipients": len(people), "bytes": len(data)},
    )
    return data


# ---------------------------------------------------------------- decisions


def _decision_info(row: Decision) -> DecisionInfo:
    return DecisionInfo(row.id, row.action_id, row.session_id, row.decided_on, row.text)


def _check_meeting(session: Session, action_id: int, session_id: int | None) -> None:
    if session_id is not None and meeting_group(session, session_id) != action_id:
        raise InvalidValueError("session_id", "other-group")


def add_decision(
    session: Session,
    action_id: int,
    text: str,
    *,
    decided_on: dt.date | None = None,
    session_id: int | None = None,
) -> DecisionInfo:
    """Record a decision of a working group (at one of its meetings, or outside them).

    ``decided_on`` defaults to the meeting's day, or else today.
    """
    _group(session, action_id)
    _check_meeting(session, action_id, session_id)
    cleaned = clean_text(text, "decision", maximum=DECISION_MAX, required=True)
    assert cleaned is not None
    if decided_on is None and session_id is not None:
        meeting = session.get(ProgrammeSession, session_id)
        assert meeting is not None
        decided_on = meeting.starts_at.astimezone(clock.PROGRAMME_ZONE).date()
    row = Decision(
        action_id=action_id,
        session_id=session_id,
        decided_on=decided_on or _today(),
        text=cleaned,
    )
    session.add(row)
    session.flush()
    return _decision_info(row)


def update_decision(session: Session, decision_id: int, text: str) -> DecisionInfo:
    """Change a decision's wording."""
    row = session.get(Decision, decision_id)
    if row is None:
        raise NotFoundError("decision", [decision_id], field="decision_id")
    cleaned = clean_text(text, "decision", maximum=DECISION_MAX, required=True)
    assert cleaned is not None
    row.text = cleaned
    session.flush()
    return _decision_info(row)


def delete_decision(session: Session, decision_id: int) -> None:
    """Forget a decision."""
    session.execute(delete(Decision).where(Decision.id == decision_id))


def decisions(
    session: Session, action_id: int, *, session_id: int | None = None
) -> tuple[DecisionInfo, ...]:
    """A working group's decisions (or one meeting's), oldest first."""
    query = select(Decision).where(Decision.action_id == action_id)
    if session_id is not None:
        query = query.where(Decision.session_id == session_id)
    rows = session.scalars(query.order_by(Decision.decided_on, Decision.id))
    return tuple(_decision_info(r) for r in rows)


# ---------------------------------------------------------------- follow-up tasks


def _check_assignee(session: Session, assignee_id: int | None) -> None:
    if assignee_id is not None and session.get(Facilitator, assignee_id) is None:
        raise NotFoundError("facilitator", [assignee_id], field="assignee_id")


def add_task(
    session: Session,
    action_id: int,
    what: str,
    *,
    assignee_id: int | None = None,
    due_on: dt.date | None = None,
    session_id: int | None = None,
    today: dt.date | None = None,
) -> TaskInfo:
    """Record a follow-up task of a working group; return it."""
    _group(session, action_id)
    _check_meeting(session, action_id, session_id)
    _check_assignee(session, assignee_id)
    cleaned = clean_text(what, "task", maximum=TASK_MAX, required=True)
    assert cleaned is not None
    row = FollowUpTask(
        action_id=action_id,
        session_id=session_id,
        what=cleaned,
        assignee_id=assignee_id,
        created_on=today or _today(),
        due_on=due_on,
    )
    session.add(row)
    session.flush()
    return _task(session, row.id)


def update_task(
    session: Session,
    task_id: int,
    what: str,
    *,
    assignee_id: int | None,
    due_on: dt.date | None,
) -> TaskInfo:
    """Change what a task is, who does it and by when."""
    row = _task_row(session, task_id)
    _check_assignee(session, assignee_id)
    cleaned = clean_text(what, "task", maximum=TASK_MAX, required=True)
    assert cleaned is not None
    row.what, row.assignee_id, row.due_on = cleaned, assignee_id, due_on
    session.flush()
    return _task(session, task_id)


def set_task_done(session: Session, task_id: int, done_on: dt.date | None) -> TaskInfo:
    """Mark a task done on ``done_on``, or not done (None)."""
    row = _task_row(session, task_id)
    row.done_on = done_on
    session.flush()
    return _task(session, task_id)


def delete_task(session: Session, task_id: int) -> None:
    """Forget a task."""
    session.execute(delete(FollowUpTask).where(FollowUpTask.id == task_id))


def _task_row(session: Session, task_id: int) -> FollowUpTask:
    row = session.get(FollowUpTask, task_id)
    if row is None:
        raise NotFoundError("task", [task_id], field="task_id")
    return row


def _task(session: Session, task_id: int) -> TaskInfo:
    found = tasks(session, task_ids=[task_id], include_done=True)
    if not found:
        raise NotFoundError("task", [task_id], field="task_id")
    return found[0]


def tasks(
    session: Session,
    *,
    action_id: int | None = None,
    assignee_id: int | None = None,
    task_ids: Collection[int] | None = None,
    include_done: bool = True,
) -> tuple[TaskInfo, ...]:
    """Follow-up tasks: of one group, of one person ("my tasks"), or all.

    Open tasks first, by due date (none last), then done ones, latest done first.
    """
    query = (
        select(FollowUpTask, Action.title, Facilitator.name)
        .join(Action, Action.id == FollowUpTask.action_id)
        .outerjoin(Facilitator, Facilitator.id == FollowUpTask.assignee_id)
    )
    if action_id is not None:
        query = query.where(FollowUpTask.action_id == action_id)
    if assignee_id is not None:
        query = query.where(FollowUpTask.assignee_id == assignee_id)
    if task_ids is not None:
        query = query.where(FollowUpTask.id.in_(task_ids))
    if not include_done:
        query = query.where(FollowUpTask.done_on.is_(None))
    found = [
        TaskInfo(
            row.id,
            row.action_id,
            title,
            row.session_id,
            row.what,
            row.assignee_id,
            name or "",
            row.created_on,
            row.due_on,
            row.done_on,
        )
        for row, title, name in session.execute(query)
    ]
    far = dt.date.max

    def order(task: TaskInfo) -> tuple[object, ...]:
        if task.done_on is None:
            return (0, task.due_on or far, task.id)
        return (1, -task.done_on.toordinal(), task.id)

    return tuple(sorted(found, key=order))
