"""Invitations to professionals' meetings: iTIP REQUEST and CANCEL files, and e-mail drafts.

A training, a public action's event or the plenary day brings professionals of the
directory together; they are invited the way their calendars expect (RFC 5546, iTIP):
one ``.ics`` file per meeting with ``METHOD:REQUEST`` (or ``METHOD:CANCEL`` once the
session is cancelled), and, since the application never uses the network, an e-mail
draft (``.eml``, RFC 5322) with the invitation attached that the user's mail client
opens ready to send: inviting eight people is one file, not eight messages.

What an invitation holds, and why:

- ``ORGANIZER``: the vault's organiser address (:func:`vpi_groups.vault_settings.organiser_email`),
  named by the organisation's name when it is set. Outlook and Thunderbird refuse a
  REQUEST without one; replies go there.
- One ``ATTENDEE`` per invited professional, with ``CN``, ``ROLE=REQ-PARTICIPANT``,
  ``PARTSTAT=NEEDS-ACTION``, ``RSVP=TRUE`` and ``CUTYPE=INDIVIDUAL`` (in a CANCEL:
  the same attendees, without RSVP). Only addresses of the directory can be
  invited (facilitators' and partners' referents'); participants of talk groups
  have no address in the vault, and talk-group sessions are never invited to at all.
- ``UID``: derived from the session's stored UID (:func:`vpi_groups.calendar.ics.invitation_uid`),
  the same in every invitation of that session, so that an update or a cancellation
  replaces the event in each attendee's calendar; it differs from the published
  calendars' UID. ``SEQUENCE``: the session's revision, which grows with every saved
  change (time, place, status), as iTIP requires of an update that attendees must
  see; ``DTSTAMP``: the time the file is made.
- ``DTSTART``/``DTEND`` in the programme's time zone, with its ``VTIMEZONE`` (the
  published calendar's rules, :func:`vpi_groups.calendar.ics._times`).
- ``LOCATION``: the room's name and address. The invitation goes to named
  professionals who must find the place; it is not a published calendar.
- A ``VALARM`` (``ACTION:DISPLAY``) before the start, when a reminder is asked for.
- ``SUMMARY``: the action's title; ``DESCRIPTION``: the action's kind, the time and
  place in words, the facilitators. Never a participant, a note, a memo or a count.

Each invitation made records one audit entry (counts only) in the unit of work.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.policy
import email.utils
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from enum import StrEnum
from pathlib import Path

from icalendar import Alarm, Calendar, Event, vCalAddress, vDDDTypes
from sqlalchemy import select
from sqlalchemy.orm import Session

from vpi_groups import labels, vault_settings
from vpi_groups.attendance.sheets import day_words, time_words
from vpi_groups.calendar import ics
from vpi_groups.calendar.timezones import vtimezone
from vpi_groups.errors import AppError
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import records, recurrence
from vpi_groups.storage import audit
from vpi_groups.storage.models import ActionKind, AuditKind, SessionInvitation, SessionStatus
from vpi_groups.validation import (
    OutOfRangeError,
    ValidationError,
    clean_email,
)

DEFAULT_REMINDER = dt.timedelta(days=1)
MAX_REMINDER = dt.timedelta(days=14)
MAX_ATTENDEES = 200


class Method(StrEnum):
    """The iTIP method of an invitation file."""

    REQUEST = "REQUEST"
    CANCEL = "CANCEL"


class InvitationError(AppError):
    """An invitation that cannot be made; ``reason`` says why (the message's key).

    - ``talk-group``: a talk group's session (never invited to);
    - ``no-organiser``: the vault has no organiser address yet (Settings);
    - ``no-attendee``: nobody with an address is chosen;
    - ``not-in-directory``: an address that no facilitator or partner of the directory has;
    - ``no-session``: a series with no session to come.
    """

    code = "invitation"

    def __init__(self, reason: str) -> None:
        super().__init__(f"{self.code}: {reason}")
        self.reason = reason


class InviteeKind(StrEnum):
    """Where in the directory an address comes from."""

    FACILITATOR = "facilitator"
    PARTNER = "partner"


@dataclass(frozen=True)
class Invitee:
    """A professional of the directory who can be invited.

    ``on_session``: a facilitator of the session. ``invited``: an earlier invitation to
    this session went to this address (its updates and cancellation must too). Either
    makes the person chosen unless the user unticks them (:attr:`chosen`).
    """

    email: str
    name: str
    kind: InviteeKind
    detail: str
    on_session: bool = False
    invited: bool = False

    @property
    def chosen(self) -> bool:
        """Whether the person is invited unless the user says otherwise."""
        return self.on_session or self.invited


@dataclass(frozen=True)
class Invitation:
    """One invitation file and what the e-mail draft around it says."""

    method: Method
    data: bytes
    uid: str
    sequence: int
    organiser: Invitee
    attendees: tuple[Invitee, ...]
    subject: str
    body: str
    file_name: str
    # people invited before and not any more: their own CANCEL (RFC 5546 3.2.5)
    removal: Invitation | None = None
    title: str = ""  # the action's title
    when: str = ""  # the session's day and times, in words


def invitees(session: Session, session_id: int) -> tuple[Invitee, ...]:
    """Everyone of the directory with an address: the session's facilitators first.

    Then the other active facilitators, then partners' referents, each group in
    dictionary order; one entry per address (a facilitator before a referent).

    Raises:
        NotFoundError: no such session.
        InvitationError: a talk group's session (``talk-group``).
    """
    info = records.get_session(session, session_id)
    _check_invitable(session, info)
    invited = _invited(session, session_id)
    organisations = {o.id: o for o in programme.list_organisations(session)}
    found: dict[str, Invitee] = {}
    facilitators = programme.list_facilitators(session)
    ordered = [f for f in facilitators if f.id in info.facilitator_ids] + [
        f for f in facilitators if f.id not in info.facilitator_ids and f.spec.active
    ]
    for person in ordered:
        address = person.spec.email
        if address is None or address.casefold() in found or not _usable(address):
            continue
        partner = organisations.get(person.spec.organisation_id or -1)
        detail = ", ".join(
            x for x in (person.spec.role, partner.spec.name if partner else None) if x
        )
        found[address.casefold()] = Invitee(
            address,
            person.spec.name,
            InviteeKind.FACILITATOR,
            detail,
            on_session=person.id in info.facilitator_ids,
            invited=address.casefold() in invited,
        )
    for organisation in organisations.values():
        address = organisation.spec.contact_email
        if address is None or address.casefold() in found or not _usable(address):
            continue
        name = organisation.spec.contact_name or organisation.spec.name
        found[address.casefold()] = Invitee(
            address,
            name,
            InviteeKind.PARTNER,
            organisation.spec.name,
            invited=address.casefold() in invited,
        )
    return tuple(found.values())


def _invited(session: Session, session_id: int) -> frozenset[str]:
    """The addresses (case-folded) earlier invitations to the session went to."""
    rows = session.scalars(
        select(SessionInvitation.email).where(SessionInvitation.session_id == session_id)
    )
    return frozenset(address.casefold() for address in rows)


def _remember(session: Session, session_id: int, people: Sequence[Invitee]) -> None:
    """Record the addresses invited, once each (as the directory spells them)."""
    known = _invited(session, session_id)
    for person in people:
        if person.email.casefold() not in known:
            session.add(SessionInvitation(session_id=session_id, email=person.email))
    session.flush()


def _usable(address: str) -> bool:
    try:
        return clean_email(address, "email") is not None
    except ValidationError:
        return False


def unusable_addresses(session: Session) -> tuple[str, ...]:
    """The directory's records whose stored address is not one (left out of invitees).

    Partners' addresses were free text before they were checked; such a value ("a@x.fr,
    b@y.fr", "Marie <m@x.fr>") would break an invitation, so it is never offered: the
    user is told which records to correct instead.
    """
    names = [
        f.spec.name
        for f in programme.list_facilitators(session)
        if f.spec.email is not None and not _usable(f.spec.email)
    ]
    names += [
        o.spec.name
        for o in programme.list_organisations(session)
        if o.spec.contact_email is not None and not _usable(o.spec.contact_email)
    ]
    return tuple(names)


def _check_invitable(session: Session, info: records.SessionInfo) -> programme.ActionInfo:
    action = programme.get_action(session, info.action_id)
    if info.group_id is not None or action.spec.kind is ActionKind.TALK_GROUP:
        raise InvitationError("talk-group")
    return action


def _address(person: Invitee, **parameters: str) -> vCalAddress:
    value = vCalAddress(f"mailto:{person.email}")
    # A straight quote in CN needs RFC 6868's escape, which Outlook does not read.
    value.params["CN"] = person.name.replace('"', "”")
    for name, parameter in parameters.items():
        value.params[name.replace("_", "-").upper()] = parameter
    return value


def _when(start: dt.datetime, end: dt.datetime, lang: str) -> str:
    """The time of the meeting in words, in the programme's time zone."""
    until = time_words(end, lang)
    if end.date() != start.date():
        until = f"{day_words(end.date(), lang)}, {until}"
    return f"{day_words(start.date(), lang)}, {time_words(start, lang)} – {until}"


def make_invitation(
    session: Session,
    session_id: int,
    emails: Collection[str] | None = None,
    *,
    reminder: dt.timedelta | None = DEFAULT_REMINDER,
    lang: str = "fr",
    now: dt.datetime | None = None,
) -> Invitation:
    """The invitation to one session, for the chosen addresses of the directory.

    ``emails``: the addresses to invite (from :func:`invitees`); None invites the
    session's facilitators and everyone invited before. A cancelled session gives a
    CANCEL. The addresses are recorded with the session (in the unit of work), so that
    later updates and the cancellation offer them again, and the session can then only
    be cancelled, not deleted.
    ``reminder``: how long before the start the attendees' calendars remind them
    (None: no reminder; at most 14 days).

    Raises:
        NotFoundError: no such session.
        InvitationError: a talk group's session, no organiser address, nobody
            chosen, or an address that is not in the directory.
        OutOfRangeError: a reminder below zero or above 14 days.
        NaiveDateTimeError: ``now`` without a time zone.
    """
    info = records.get_session(session, session_id)
    action = _check_invitable(session, info)
    organiser_address = vault_settings.organiser_email(session)
    if organiser_address is None:
        raise InvitationError("no-organiser")
    if reminder is not None and not dt.timedelta(0) <= reminder <= MAX_REMINDER:
        raise OutOfRangeError("reminder", int(reminder.total_seconds() // 60), 0, 14 * 24 * 60)
    known = {i.email.casefold(): i for i in invitees(session, session_id)}
    if emails is None:
        chosen = [i for i in known.values() if i.chosen]
    else:
        chosen = []
        for address in dict.fromkeys(e.strip().casefold() for e in emails):
            if address not in known:
                raise InvitationError("not-in-directory")
            chosen.append(known[address])
    if not chosen:
        raise InvitationError("no-attendee")
    if len(chosen) > MAX_ATTENDEES:
        raise OutOfRangeError("attendees", len(chosen), 1, MAX_ATTENDEES)
    organisation = vault_settings.organisation(session)
    organiser = Invitee(
        organiser_address, organisation or organiser_address, InviteeKind.PARTNER, ""
    )
    method = Method.CANCEL if info.status is SessionStatus.CANCELLED else Method.REQUEST
    moment = ics._now(now)
    zone_name = recurrence.DEFAULT_TIMEZONE
    zone = recurrence.zone(zone_name)
    uid = ics.invitation_uid(session, info.uid)
    room = programme.get_room(session, info.room_id) if info.room_id is not None else None
    place = ", ".join(x for x in (room.spec.name, room.spec.address) if x) if room else ""
    names = {f.id: f.spec.name for f in programme.list_facilitators(session)}
    facilitators = ", ".join(names[f] for f in info.facilitator_ids if f in names)
    title = action.spec.title
    local_start, local_end = info.start.astimezone(zone), info.end.astimezone(zone)
    french = lang != "en"
    words = labels.label(action.spec.kind, "fr" if french else "en")
    when = _when(local_start, local_end, lang)
    heading = title if title == words else f"{words} : {title}" if french else f"{words}: {title}"
    lines = [heading, when]
    if place:
        lines.append(("Lieu : " if french else "Place: ") + place)
    if facilitators:
        lines.append(("Animation : " if french else "Facilitators: ") + facilitators)
    description = "\n".join(lines)

    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", moment)
    event.add("sequence", info.revision)
    start, end = ics._times(info.start, info.end, zone)
    event["dtstart"] = vDDDTypes(start)
    event["dtend"] = vDDDTypes(end)
    event.add("summary", ics._text(title))
    event.add("description", ics._text(description))
    if place:
        event.add("location", ics._text(place))
    event.add("organizer", _address(organiser))
    for person in chosen:
        if method is Method.REQUEST:
            event.add(
                "attendee",
                _address(
                    person,
                    cutype="INDIVIDUAL",
                    role="REQ-PARTICIPANT",
                    partstat="NEEDS-ACTION",
                    rsvp="TRUE",
                ),
            )
        else:
            event.add("attendee", _address(person, cutype="INDIVIDUAL", role="REQ-PARTICIPANT"))
    event.add("status", "CANCELLED" if method is Method.CANCEL else "CONFIRMED")
    event.add("transp", "OPAQUE")
    if reminder is not None and method is Method.REQUEST:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", ics._text(title))
        alarm.add("trigger", -reminder)
        event.add_component(alarm)

    calendar = Calendar()
    calendar.add("prodid", ics.PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method.value)
    years = {local_start.year, local_end.year}
    calendar.add_component(vtimezone(zone_name, min(years), max(years)))
    calendar.add_component(event)
    data: bytes = calendar.to_ical()

    if method is Method.CANCEL:
        subject = f"Annulé : {title} — {when}" if french else f"Cancelled: {title} — {when}"
        opening = (
            "Bonjour,\n\nLa réunion suivante est annulée :"
            if french
            else "Hello,\n\nThe following meeting is cancelled:"
        )
    else:
        subject = f"Invitation : {title} — {when}" if french else f"Invitation: {title} — {when}"
        opening = (
            "Bonjour,\n\nVous êtes invité·e à la réunion suivante :"
            if french
            else "Hello,\n\nYou are invited to the following meeting:"
        )
    closing = (
        "L’invitation est jointe : ouvrez-la pour l’ajouter à votre agenda et répondre."
        if french and method is Method.REQUEST
        else "L’annulation est jointe : ouvrez-la pour retirer la réunion de votre agenda."
        if french
        else "The invitation is attached: open it to add it to your calendar and reply."
        if method is Method.REQUEST
        else "The cancellation is attached: open it to remove the meeting from your calendar."
    )
    body = f"{opening}\n\n{description}\n\n{closing}\n"
    removal = None
    if method is Method.REQUEST:
        removal = _removal(
            session, session_id, chosen, known, event, calendar, organiser, (title, when, french)
        )
        if removal is not None:
            local_day = f"{local_start:%Y-%m-%d}"
            removal = dataclasses.replace(removal, file_name=f"retrait-{local_day}.ics")
    _remember(session, session_id, chosen)
    audit.record(
        session,
        AuditKind.EXPORT_CALENDAR,
        {
            "invitations": 1,
            "attendees": len(chosen),
            "cancellations": int(method is Method.CANCEL),
            "removed": 0 if removal is None else len(removal.attendees),
        },
    )
    stem = "annulation" if method is Method.CANCEL else "invitation"
    return Invitation(
        method=method,
        data=data,
        uid=uid,
        sequence=info.revision,
        organiser=organiser,
        attendees=tuple(chosen),
        subject=subject,
        body=body,
        file_name=f"{stem}-{local_start:%Y-%m-%d}.ics",
        removal=removal,
        title=title,
        when=when,
    )


def _removal(
    session: Session,
    session_id: int,
    chosen: Sequence[Invitee],
    known: dict[str, Invitee],
    request: Event,
    calendar: Calendar,
    organiser: Invitee,
    words: tuple[str, str, bool],
) -> Invitation | None:
    """The CANCEL for people invited before and left out now, or None if there are none.

    RFC 5546 3.2.5: the organiser uninvites attendees with a CANCEL sent to them only,
    with the event's UID and SEQUENCE and no STATUS (the meeting itself goes on). Their
    addresses are forgotten with the session: later updates do not reach them.
    ``words``: the meeting's title, its time in words, and whether to write in French.
    """
    title, when, french = words
    kept = {person.email.casefold() for person in chosen}
    stored = session.scalars(
        select(SessionInvitation).where(SessionInvitation.session_id == session_id)
    ).all()
    gone = [row for row in stored if row.email.casefold() not in kept]
    if not gone:
        return None
    people = tuple(
        known.get(row.email.casefold(), Invitee(row.email, row.email, InviteeKind.PARTNER, ""))
        for row in gone
    )
    event = Event()
    for name in ("uid", "dtstamp", "sequence", "dtstart", "dtend", "summary", "location"):
        if name in request:
            event[name] = request[name]
    event.add("organizer", _address(organiser))
    for person in people:
        event.add("attendee", _address(person, cutype="INDIVIDUAL", role="REQ-PARTICIPANT"))
    cancel = Calendar()
    for name in ("prodid", "version", "calscale"):
        cancel[name] = calendar[name]
    cancel.add("method", Method.CANCEL.value)
    for component in calendar.walk("VTIMEZONE"):
        cancel.add_component(component)
    cancel.add_component(event)
    for row in gone:
        session.delete(row)
    session.flush()
    subject = (
        f"Vous n’êtes plus invité·e : {title} — {when}"
        if french
        else f"No longer invited: {title} — {when}"
    )
    body = (
        "Bonjour,\n\nVous n’êtes plus invité·e à cette réunion, qui a toujours lieu :\n\n"
        f"{title}\n{when}\n\nL’annulation est jointe : ouvrez-la pour retirer la réunion "
        "de votre agenda.\n"
        if french
        else "Hello,\n\nYou are no longer invited to this meeting, which still takes place:\n\n"
        f"{title}\n{when}\n\nThe cancellation is attached: open it to remove the meeting "
        "from your calendar.\n"
    )
    return Invitation(
        method=Method.CANCEL,
        data=cancel.to_ical(),
        uid=str(request["uid"]),
        sequence=int(request.decoded("sequence")),
        organiser=organiser,
        attendees=people,
        subject=subject,
        body=body,
        file_name="retrait.ics",
    )


def removal_path(target: Path) -> Path:
    """Where the CANCEL to people no longer invited is written, beside ``target``."""
    return target.with_name(f"{target.stem}-retrait{target.suffix}")


def email_draft(invitation: Invitation, *, now: dt.datetime | None = None) -> bytes:
    """An unsent e-mail (RFC 5322) carrying the invitation, for the user's mail client.

    ``X-Unsent: 1`` makes Outlook open it as a draft ready to send; Thunderbird opens
    it as a message whose "Edit as New Message" gives the same draft. The invitation
    travels twice, as mail clients expect of a meeting request: inline, as the
    ``text/calendar; method=…`` alternative of the text (the part Outlook reads as a
    meeting request, MS-OXCMAIL), and attached under the file name it would have on
    disk (for clients that only import attachments).
    """
    moment = ics._now(now)
    message = EmailMessage(policy=email.policy.SMTP)
    organiser = invitation.organiser
    message["From"] = Address(organiser.name, addr_spec=organiser.email)
    message["To"] = [Address(p.name, addr_spec=p.email) for p in invitation.attendees]
    message["Subject"] = invitation.subject
    message["Date"] = email.utils.format_datetime(moment)
    message["X-Unsent"] = "1"
    calendar_part = {
        "maintype": "text",
        "subtype": "calendar",
        "params": {"method": invitation.method.value, "charset": "utf-8"},
    }
    message.set_content(invitation.body)
    message.add_alternative(invitation.data, **calendar_part)  # type: ignore[arg-type]
    message.add_attachment(invitation.data, filename=invitation.file_name, **calendar_part)  # type: ignore[arg-type]
    return message.as_bytes()


# ---------------------------------------------------------------- a series of meetings


def series_sessions(
    session: Session, action_id: int, *, now: dt.datetime | None = None
) -> tuple[int, ...]:
    """The sessions of an action still to come, in order.

    A working group's meetings, a training's dates: those not cancelled, and cancelled
    ones whose invitees must hear of it.
    """
    moment = ics._now(now)
    found = []
    for info in records.list_sessions(session, action_id=action_id, start=moment):
        if info.start < moment or info.group_id is not None:
            continue
        if info.status is SessionStatus.CANCELLED and not _invited(session, info.id):
            continue
        found.append(info.id)
    return tuple(found)


def make_series_invitations(
    session: Session,
    action_id: int,
    emails: Collection[str] | None = None,
    *,
    reminder: dt.timedelta | None = DEFAULT_REMINDER,
    lang: str = "fr",
    now: dt.datetime | None = None,
) -> tuple[Invitation, ...]:
    """The invitations to every session to come of one action, one file each.

    iTIP wants one event (one UID) per message, so a series of dated meetings is one
    invitation per meeting, each its own REQUEST (or CANCEL) with its own UID and
    SEQUENCE, as :func:`make_invitation` makes it; :func:`series_email_draft` carries
    them all in one e-mail.

    Raises:
        InvitationError: no session to come ("no-session"), or as make_invitation.
    """
    wanted = series_sessions(session, action_id, now=now)
    if not wanted:
        raise InvitationError("no-session")
    return tuple(
        make_invitation(session, sid, emails, reminder=reminder, lang=lang, now=now)
        for sid in wanted
    )


def series_file_names(invitations: Sequence[Invitation]) -> tuple[str, ...]:
    """Each invitation's file name, made unique (two meetings on one day)."""
    seen: dict[str, int] = {}
    out = []
    for invitation in invitations:
        name = invitation.file_name
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:
            stem = name.removesuffix(".ics")
            name = f"{stem}-{seen[name]}.ics"
        out.append(name)
    return tuple(out)


@dataclass(frozen=True)
class SeriesFiles:
    """Where a series' invitations were written: the files, then the cancellations'."""

    files: tuple[tuple[Invitation, Path], ...]  # the draft, or one .ics per session
    removals: tuple[tuple[Invitation, Path], ...]  # the CANCELs to people left out


def write_series(
    made: Sequence[Invitation], target: Path, *, draft: bool, lang: str = "fr"
) -> SeriesFiles:
    """Write a series' invitations: one e-mail draft at ``target``, or one .ics each in it.

    With ``draft``, the e-mail carries every invitation and the cancellations for
    people left out go in a second draft beside it (:func:`removal_path`); otherwise
    ``target`` is a folder that receives one .ics per session and each cancellation
    under its own name (two on one day: both kept). Every file is made before any is
    written.
    """
    removals = [m.removal for m in made if m.removal is not None]
    if draft:
        data = series_email_draft(made, lang=lang)
        removal_data = series_email_draft(removals, lang=lang) if removals else b""
        ics.write_calendar(target, data)
        files = tuple((m, target) for m in made)
        if not removals:
            return SeriesFiles(files, ())
        ics.write_calendar(removal_path(target), removal_data)
        return SeriesFiles(files, tuple((r, removal_path(target)) for r in removals))
    target.mkdir(parents=True, exist_ok=True)
    files = tuple(zip(made, (target / n for n in series_file_names(made)), strict=True))
    gone = (removal_path(target / n) for n in series_file_names(removals))
    removal_files = tuple(zip(removals, gone, strict=True))
    for invitation, path in (*files, *removal_files):
        ics.write_calendar(path, invitation.data)
    return SeriesFiles(files, removal_files)


def series_email_draft(
    invitations: Sequence[Invitation], *, lang: str = "fr", now: dt.datetime | None = None
) -> bytes:
    """One unsent e-mail carrying every invitation of a series, each as its own attachment.

    Addressed to everyone invited to any of them; the text lists the meetings. A mail
    client shows each attached ``.ics`` as a meeting request to accept or decline.
    """
    if not invitations:
        raise InvitationError("no-session")
    if len(invitations) == 1:
        return email_draft(invitations[0], now=now)
    moment = ics._now(now)
    french = lang != "en"
    message = EmailMessage(policy=email.policy.SMTP)
    organiser = invitations[0].organiser
    people: dict[str, Invitee] = {}
    for invitation in invitations:
        for person in invitation.attendees:
            people.setdefault(person.email.casefold(), person)
    message["From"] = Address(organiser.name, addr_spec=organiser.email)
    message["To"] = [Address(p.name, addr_spec=p.email) for p in people.values()]
    title = invitations[0].title
    count = len(invitations)
    message["Subject"] = (
        f"Invitations : {title} — {count} réunions"
        if french
        else f"Invitations: {title} — {count} meetings"
    )
    message["Date"] = email.utils.format_datetime(moment)
    message["X-Unsent"] = "1"
    lines = [
        "Bonjour,\n\nVous êtes invité·e aux réunions suivantes :"
        if french
        else "Hello,\n\nYou are invited to the following meetings:",
        "",
    ]
    for invitation in invitations:
        cancelled = invitation.method is Method.CANCEL
        mark = (" (annulée)" if french else " (cancelled)") if cancelled else ""
        lines.append(f"- {invitation.when}{mark}")
    lines += [
        "",
        "Chaque invitation est jointe : ouvrez-les pour les ajouter à votre agenda et "
        "répondre à chacune."
        if french
        else "Each invitation is attached: open them to add them to your calendar and "
        "reply to each.",
    ]
    message.set_content("\n".join(lines) + "\n")
    for invitation, name in zip(invitations, series_file_names(invitations), strict=True):
        message.add_attachment(
            invitation.data,
            maintype="text",
            subtype="calendar",
            params={"method": invitation.method.value, "charset": "utf-8"},
            filename=name,
        )
    return message.as_bytes()
