"""Invitations to professionals' meetings, read back as calendar and mail clients read them.

Each file is parsed by two independent readers (icalendar, and vobject with
dateutil), which must agree with each other and with what was asked: METHOD,
ORGANIZER, one ATTENDEE per invited address with the parameters Outlook and
Thunderbird need to offer "accept / decline", a UID that stays the same through
updates and the cancellation, and a SEQUENCE that grows with them. The e-mail draft is
parsed back with the standard library's ``email`` package.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
from dataclasses import dataclass
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from sqlalchemy import select, update

from tests.scheduling.conftest import Directory, weekly
from vpi_groups import vault_settings
from vpi_groups.calendar import invitations as inv
from vpi_groups.demo import data as demo_data
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import records, sessions
from vpi_groups.scheduling.records import GroupSpec, list_sessions
from vpi_groups.scheduling.series import create_group
from vpi_groups.storage import audit
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import (
    ActionKind,
    AuditKind,
    Organisation,
    Participant,
    Sector,
    SessionNote,
)
from vpi_groups.validation import InvalidValueError, OutOfRangeError, SessionStateError

PARIS = ZoneInfo("Europe/Paris")
START = dt.datetime(2026, 5, 12, 9, 30, tzinfo=PARIS)
END = dt.datetime(2026, 5, 12, 12, 0, tzinfo=PARIS)
ORGANISER = "coordination@example.org"
NOW = dt.datetime(2026, 5, 1, 8, 0, tzinfo=dt.UTC)


def _with_addresses(vault: vaults.Vault, directory: Directory) -> int:
    """Addresses for Awa and Bruno, a partner's referent, and a training session."""
    with vault.session() as s:
        for person, address in zip(
            directory.facilitators[:2], ("awa@example.org", "Bruno.B@Example.org"), strict=True
        ):
            info = programme.get_facilitator(s, person)
            spec = dataclasses.replace(info.spec, email=address)
            programme.update_facilitator(s, person, spec)
        programme.create_organisation(
            s,
            programme.OrganisationSpec(
                "CIDFF des Coteaux",
                Sector.ASSOCIATION,
                contact_name="Inès Roux",
                contact_email="ines.roux@example.org",
            ),
        )
        vault_settings.save_organiser_email(s, ORGANISER)
        vault_settings.save_organisation(s, "Centre social des Coteaux, coordination")
        made = sessions.add_action_session(
            s,
            directory.training,
            START,
            END,
            facilitator_ids=directory.facilitators[:3],
            room_id=directory.room,
        )
    return made.id


@dataclass(frozen=True)
class Seen:
    """What one reader sees of an invitation's one event."""

    method: str
    uid: str
    sequence: int
    start: dt.datetime
    end: dt.datetime
    summary: str
    status: str
    organizer: str
    attendees: list[tuple[str, str | None, str | None, str | None]]
    alarm: dt.timedelta | None


def _read_icalendar(data: bytes) -> Seen:
    calendar = icalendar.Calendar.from_ical(data)
    (event,) = calendar.walk("VEVENT")
    attendees = event.get("attendee")
    attendees = attendees if isinstance(attendees, list) else [attendees]
    alarms = event.walk("VALARM")
    return Seen(
        method=str(calendar["method"]),
        uid=str(event["uid"]),
        sequence=int(event.decoded("sequence")),
        start=event.decoded("dtstart").astimezone(dt.UTC),
        end=event.decoded("dtend").astimezone(dt.UTC),
        summary=str(event["summary"]),
        status=str(event["status"]),
        organizer=str(event["organizer"]).lower(),
        attendees=sorted(
            (
                str(a).lower(),
                a.params.get("PARTSTAT"),
                a.params.get("RSVP"),
                a.params.get("ROLE"),
            )
            for a in attendees
        ),
        alarm=alarms[0].decoded("trigger") if alarms else None,
    )


def _read_vobject(data: bytes) -> Seen:
    calendar = vobject.readOne(data.decode("utf-8"))
    event = calendar.vevent
    alarms = event.contents.get("valarm", [])
    return Seen(
        method=calendar.method.value,
        uid=event.uid.value,
        sequence=int(event.sequence.value),
        start=event.dtstart.value.astimezone(dt.UTC),
        end=event.dtend.value.astimezone(dt.UTC),
        summary=event.summary.value,
        status=event.status.value,
        organizer=event.organizer.value.lower(),
        attendees=sorted(
            (
                a.value.lower(),
                a.params.get("PARTSTAT", [None])[0],
                a.params.get("RSVP", [None])[0],
                a.params.get("ROLE", [None])[0],
            )
            for a in event.contents["attendee"]
        ),
        alarm=alarms[0].trigger.value if alarms else None,
    )


def _both(data: bytes) -> Seen:
    seen = _read_icalendar(data)
    assert _read_vobject(data) == seen
    return seen


def test_a_request_names_organiser_and_attendees_for_both_readers(
    vault: vaults.Vault, directory: Directory
) -> None:
    session_id = _with_addresses(vault, directory)
    with vault.session() as s:
        chosen = ["awa@example.org", "bruno.b@example.org", "INES.ROUX@example.org"]
        made = inv.make_invitation(s, session_id, chosen, now=NOW)
    seen = _both(made.data)
    assert seen.method == "REQUEST"
    assert seen.organizer == f"mailto:{ORGANISER}"
    assert seen.attendees == [
        (f"mailto:{a}", "NEEDS-ACTION", "TRUE", "REQ-PARTICIPANT")
        for a in ("awa@example.org", "bruno.b@example.org", "ines.roux@example.org")
    ]
    assert (seen.start, seen.end) == (START.astimezone(dt.UTC), END.astimezone(dt.UTC))
    assert seen.summary == "Formation"
    assert seen.status == "CONFIRMED"
    assert seen.alarm == -inv.DEFAULT_REMINDER
    assert b"DTSTAMP:20260501T080000Z" in made.data
    assert b"TZID=Europe/Paris:20260512T093000" in made.data
    assert b"LOCATION:Salle Jaur" in made.data  # the professionals must find the place
    # The directory's own spelling of an address is kept, whatever was typed.
    assert "mailto:Bruno.B@Example.org" in made.data.decode()


def test_by_default_the_sessions_facilitators_with_an_address_are_invited(
    vault: vaults.Vault, directory: Directory
) -> None:
    session_id = _with_addresses(vault, directory)
    with vault.session() as s:
        found = inv.invitees(s, session_id)
        made = inv.make_invitation(s, session_id, reminder=None, now=NOW)
    # Chloé is on the session but has no address; Inès is a partner's referent.
    assert [(i.email, i.on_session, i.kind) for i in found] == [
        ("awa@example.org", True, inv.InviteeKind.FACILITATOR),
        ("Bruno.B@Example.org", True, inv.InviteeKind.FACILITATOR),
        ("ines.roux@example.org", False, inv.InviteeKind.PARTNER),
    ]
    assert [a.email for a in made.attendees] == ["awa@example.org", "Bruno.B@Example.org"]
    assert _both(made.data).alarm is None


def test_updates_keep_the_uid_and_raise_the_sequence_then_a_cancel_follows(
    vault: vaults.Vault, directory: Directory
) -> None:
    session_id = _with_addresses(vault, directory)
    with vault.session() as s:
        first = _both(inv.make_invitation(s, session_id, now=NOW).data)
        again = _both(inv.make_invitation(s, session_id, now=NOW).data)
    assert again == first  # nothing changed: the same invitation
    later = dt.timedelta(hours=4)
    with vault.session() as s:
        sessions.move_session(s, session_id, START + later, END + later)
    with vault.session() as s:
        moved = _both(inv.make_invitation(s, session_id, now=NOW).data)
    assert moved.uid == first.uid
    assert moved.sequence > first.sequence
    assert moved.start == (START + later).astimezone(dt.UTC)
    with vault.session() as s:
        sessions.cancel_session(s, session_id, "Formateur absent")
    with vault.session() as s:
        made = inv.make_invitation(s, session_id, now=NOW)
    cancelled = _both(made.data)
    assert made.method is inv.Method.CANCEL
    assert made.file_name.startswith("annulation-")
    assert cancelled.method == "CANCEL"
    assert cancelled.status == "CANCELLED"
    assert cancelled.uid == first.uid
    assert cancelled.sequence > moved.sequence
    assert cancelled.alarm is None
    assert [a[0] for a in cancelled.attendees] == [a[0] for a in first.attendees]
    assert all(a[2] is None for a in cancelled.attendees)
    assert b"Formateur absent" not in made.data  # the reason stays in the vault


def test_the_uid_is_not_the_published_calendars(vault: vaults.Vault, directory: Directory) -> None:
    session_id = _with_addresses(vault, directory)
    with vault.session() as s:
        stored = list_sessions(s, action_id=directory.training)[0].uid
        made = inv.make_invitation(s, session_id, now=NOW)
    assert made.uid != stored
    assert stored.encode() not in made.data


def test_talk_group_sessions_are_never_invited_to(
    vault: vaults.Vault, directory: Directory
) -> None:
    _with_addresses(vault, directory)
    with vault.session() as s:
        change = create_group(
            s,
            GroupSpec(
                "Groupe du mardi", directory.action, directory.facilitators[:2], weekly(count=2)
            ),
        )
        talk = list_sessions(s, group_id=change.group.id)[0].id
    with vault.session() as s, pytest.raises(inv.InvitationError) as caught:
        inv.make_invitation(s, talk, ["awa@example.org"], now=NOW)
    assert caught.value.reason == "talk-group"
    with vault.session() as s, pytest.raises(inv.InvitationError):
        inv.invitees(s, talk)
    with vault.session() as s:
        assert not [e for e in audit.entries(s) if e.counts.get("invitations")]


@pytest.mark.parametrize(
    ("chosen", "reason"),
    [([], "no-attendee"), (["someone@elsewhere.example"], "not-in-directory")],
)
def test_only_addresses_of_the_directory_are_invited(
    vault: vaults.Vault, directory: Directory, chosen: list[str], reason: str
) -> None:
    session_id = _with_addresses(vault, directory)
    with vault.session() as s, pytest.raises(inv.InvitationError) as caught:
        inv.make_invitation(s, session_id, chosen, now=NOW)
    assert caught.value.reason == reason


def test_no_organiser_address_no_invitation(vault: vaults.Vault, directory: Directory) -> None:
    session_id = _with_addresses(vault, directory)
    with vault.session() as s:
        vault_settings.save_organiser_email(s, "  ")
        assert vault_settings.organiser_email(s) is None
        with pytest.raises(inv.InvitationError) as caught:
            inv.make_invitation(s, session_id, now=NOW)
    assert caught.value.reason == "no-organiser"


@pytest.mark.parametrize(
    "address",
    [
        "awa",
        "awa@example",
        "awa @example.org",
        "a@b@c.org",
        "<a@b.org>",
        "m..awa@example.org",
        ".awa@example.org",
        "awa.@example.org",
        "awa@example..org",
        "élodie@exemple.fr",
        "x@exemple-é.fr",
        "a@-b.fr",
        "a@b.c-",
        "a\\b@c.fr",
        "a=?utf-8?q?x?=@c.fr",
        "a@b.fr, c@d.fr",
        "Marie <m@x.fr>",
    ],
)
def test_an_address_that_is_not_one_is_refused(
    vault: vaults.Vault, directory: Directory, address: str
) -> None:
    with vault.session() as s:
        info = programme.get_facilitator(s, directory.facilitators[0])
        spec = dataclasses.replace(info.spec, email=address)
        with pytest.raises(InvalidValueError) as caught:
            programme.update_facilitator(s, info.id, spec)
        assert caught.value.reason == "email"
        with pytest.raises(InvalidValueError):
            vault_settings.save_organiser_email(s, address)


@pytest.mark.parametrize(
    "address",
    [
        "prenom.nom@exemple.fr",
        "Prenom.Nom@Exemple.FR",
        "accueil+vif@ccas-villeneuve.fr",
        "o'brien@example.org",
        "j_doe-1@mail.sub.example.co.uk",
        "x@a1.fr",
    ],
)
def test_real_world_addresses_are_accepted(vault: vaults.Vault, address: str) -> None:
    with vault.session() as s:
        assert vault_settings.save_organiser_email(s, f"  {address} ") == address


def test_a_reminder_beyond_two_weeks_is_refused(vault: vaults.Vault, directory: Directory) -> None:
    session_id = _with_addresses(vault, directory)
    with vault.session() as s, pytest.raises(OutOfRangeError):
        inv.make_invitation(s, session_id, reminder=dt.timedelta(days=15), now=NOW)


def test_the_email_draft_carries_the_invitation(vault: vaults.Vault, directory: Directory) -> None:
    session_id = _with_addresses(vault, directory)
    with vault.session() as s:
        made = inv.make_invitation(
            s, session_id, ["awa@example.org", "ines.roux@example.org"], now=NOW
        )
        entries = [e for e in audit.entries(s) if e.kind is AuditKind.EXPORT_CALENDAR]
    assert entries[-1].counts == {
        "invitations": 1,
        "attendees": 2,
        "cancellations": 0,
        "removed": 0,
    }
    raw = inv.email_draft(made, now=NOW)
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    assert message["X-Unsent"] == "1"
    assert [a.addr_spec for a in message["To"].addresses] == [
        "awa@example.org",
        "ines.roux@example.org",
    ]
    assert message["From"].addresses[0].addr_spec == ORGANISER
    assert message["From"].addresses[0].display_name == "Centre social des Coteaux, coordination"
    assert message["Subject"].startswith("Invitation : Formation — mardi 12 mai 2026")
    body = message.get_body(("plain",))
    assert body is not None
    assert "Salle Jaurès" in body.get_content()
    inline = [
        part
        for part in message.walk()
        if part.get_content_type() == "text/calendar" and not part.is_attachment()
    ]
    assert len(inline) == 1  # the meeting request Outlook reads, beside the text
    assert inline[0].get_param("method") == "REQUEST"
    assert inline[0].get_payload(decode=True) == made.data
    assert message.get_body(("plain",)) is not None
    (attached,) = list(message.iter_attachments())
    assert attached.get_content_type() == "text/calendar"
    assert attached.get_param("method") == "REQUEST"
    assert attached.get_filename() == "invitation-2026-05-12.ics"
    assert attached.get_payload(decode=True) == made.data


def _draft_text(raw: bytes) -> str:
    """Every header, body and attachment of a draft, decoded as a reader sees them."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    parts = [str(value) for value in message.values()]
    for part in message.walk():
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            parts.append(payload.decode("utf-8"))
    return "\n".join(parts)


def test_nothing_of_the_participants_reaches_an_invitation(vault: vaults.Vault) -> None:
    """A demo year with its registers: no code, memo or note in any invitation or draft."""
    with vault.session() as s:
        demo_data.populate(s, years=1, seed=11, today=dt.date(2026, 6, 30))
        vault_settings.save_organiser_email(s, ORGANISER)
        person = s.scalars(select(Participant)).first()
        assert person is not None
        person.memo = "Mémo : hébergée chez sa sœur"
        for info in list_sessions(s):  # a note on every session, meetings included
            s.add(
                SessionNote(session_id=info.id, text=f"Note n° {info.id} : tendu", updated_at=NOW)
            )
    with vault.session() as s:
        secrets = set(s.scalars(select(Participant.code)))
        secrets |= {m for m in s.scalars(select(Participant.memo)) if m}
        secrets |= set(s.scalars(select(SessionNote.text)))
        meetings = [
            x.id
            for x in list_sessions(s)
            if x.group_id is None
            and programme.get_action(s, x.action_id).spec.kind is not ActionKind.TALK_GROUP
        ]
        sent = []
        for session_id in meetings:
            everyone = [i.email for i in inv.invitees(s, session_id)]
            made = inv.make_invitation(s, session_id, everyone, now=NOW)
            sent += [made.data.decode("utf-8"), _draft_text(inv.email_draft(made, now=NOW))]
    assert meetings
    assert len(secrets) > 20
    assert any(secret.startswith("Note") for secret in secrets)
    assert not [secret for secret in secrets if any(secret in text for text in sent)]
    # The scan itself: a code that reaches an exported field (here a room's name) is
    # found in the invitation and its draft.
    code = sorted(s for s in secrets if len(s) == 7)[0]
    with vault.session() as s:
        meeting = records.get_session(s, meetings[0])
        assert meeting.room_id is not None
        room = programme.get_room(s, meeting.room_id)
        programme.update_room(s, room.id, dataclasses.replace(room.spec, name=f"Salle {code}"))
        made = inv.make_invitation(s, meetings[0], now=NOW)
        texts = [made.data.decode("utf-8"), _draft_text(inv.email_draft(made, now=NOW))]
    assert all(code in text for text in texts)


def test_updates_and_the_cancellation_go_to_everyone_invited_before(
    vault: vaults.Vault, directory: Directory
) -> None:
    session_id = _with_addresses(vault, directory)
    with vault.session() as s:
        inv.make_invitation(s, session_id, ["ines.roux@example.org"], now=NOW)
    with vault.session() as s:
        found = {i.email: i for i in inv.invitees(s, session_id)}
        assert found["ines.roux@example.org"].invited
        assert found["ines.roux@example.org"].chosen
        assert not found["awa@example.org"].invited  # on the session, not yet invited
        sessions.cancel_session(s, session_id, "Salle indisponible")
    with vault.session() as s:
        made = inv.make_invitation(s, session_id, now=NOW)
    assert made.method is inv.Method.CANCEL
    assert sorted(a.email for a in made.attendees) == [
        "Bruno.B@Example.org",
        "awa@example.org",
        "ines.roux@example.org",
    ]
    assert sorted(a[0] for a in _both(made.data).attendees) == [
        "mailto:awa@example.org",
        "mailto:bruno.b@example.org",
        "mailto:ines.roux@example.org",
    ]


def test_an_invited_session_is_cancelled_not_deleted(
    vault: vaults.Vault, directory: Directory
) -> None:
    session_id = _with_addresses(vault, directory)
    with vault.session() as s:
        other = sessions.add_action_session(s, directory.training, START, END).id
        inv.make_invitation(s, session_id, ["awa@example.org"], now=NOW)
    with vault.session() as s, pytest.raises(SessionStateError) as caught:
        sessions.delete_session(s, session_id)
    assert caught.value.reason == "invited"
    with vault.session() as s:
        sessions.delete_session(s, other)  # never invited: deleted as before
        assert [x.id for x in list_sessions(s, action_id=directory.training)] == [session_id]


def test_a_stored_address_that_is_not_one_is_never_offered(
    vault: vaults.Vault, directory: Directory
) -> None:
    """Partners' addresses were free text before they were checked."""
    session_id = _with_addresses(vault, directory)
    with vault.session() as s:
        s.execute(
            update(Organisation)
            .where(Organisation.name == "CIDFF des Coteaux")
            .values(contact_email="ines.roux@example.org, accueil@example.org")
        )
    with vault.session() as s:
        assert "ines.roux@example.org" not in {i.email for i in inv.invitees(s, session_id)}
        assert inv.unusable_addresses(s) == ("CIDFF des Coteaux",)
        with pytest.raises(inv.InvitationError) as caught:
            inv.make_invitation(s, session_id, ["ines.roux@example.org"], now=NOW)
    assert caught.value.reason == "not-in-directory"


def test_a_quote_in_a_name_stays_readable_by_both_readers(
    vault: vaults.Vault, directory: Directory
) -> None:
    session_id = _with_addresses(vault, directory)
    with vault.session() as s:
        spec = programme.get_facilitator(s, directory.facilitators[0]).spec
        named = dataclasses.replace(spec, name='Awa "la coordinatrice"')
        programme.update_facilitator(s, directory.facilitators[0], named)
        made = inv.make_invitation(s, session_id, ["awa@example.org"], now=NOW)
    assert b"^'" not in made.data  # no RFC 6868 escape, which Outlook does not read
    event = icalendar.Calendar.from_ical(made.data).walk("VEVENT")[0]
    assert event["attendee"].params["CN"] == "Awa ”la coordinatrice”"
    assert _both(made.data).attendees[0][0] == "mailto:awa@example.org"


def test_people_left_out_of_an_update_get_their_own_cancel(
    vault: vaults.Vault, directory: Directory
) -> None:
    """RFC 5546 3.2.5: uninvited attendees get a CANCEL to them only, the meeting goes on."""
    session_id = _with_addresses(vault, directory)
    with vault.session() as s:
        first = inv.make_invitation(
            s, session_id, ["awa@example.org", "ines.roux@example.org"], now=NOW
        )
    assert first.removal is None  # nobody was invited before
    with vault.session() as s:
        update = inv.make_invitation(s, session_id, ["awa@example.org"], now=NOW)
    assert update.method is inv.Method.REQUEST
    assert [a.email for a in update.attendees] == ["awa@example.org"]
    removal = update.removal
    assert removal is not None
    assert removal.file_name == "retrait-2026-05-12.ics"
    calendar = icalendar.Calendar.from_ical(removal.data)
    (event,) = calendar.walk("VEVENT")
    assert str(calendar["method"]) == "CANCEL"
    assert "STATUS" not in event  # the meeting itself is not cancelled
    assert str(event["uid"]) == first.uid == update.uid
    assert int(event.decoded("sequence")) == update.sequence
    attendees = event.get("attendee")
    attendees = attendees if isinstance(attendees, list) else [attendees]
    assert [str(a).lower() for a in attendees] == ["mailto:ines.roux@example.org"]
    assert str(event["organizer"]).lower() == f"mailto:{ORGANISER}"
    read = vobject.readOne(removal.data.decode("utf-8"))  # the other reader agrees
    assert read.method.value == "CANCEL"
    assert read.vevent.uid.value == update.uid
    assert [a.value.lower() for a in read.vevent.contents["attendee"]] == [
        "mailto:ines.roux@example.org"
    ]
    draft = email.message_from_bytes(inv.email_draft(removal), policy=email.policy.default)
    assert "ines.roux@example.org" in str(draft["To"])
    assert "awa@example.org" not in str(draft["To"])
    # forgotten with the session: the next update (or cancellation) does not reach her
    with vault.session() as s:
        found = {i.email: i for i in inv.invitees(s, session_id)}
        assert not found["ines.roux@example.org"].invited
        again = inv.make_invitation(s, session_id, now=NOW)
    assert "ines.roux@example.org" not in {a.email for a in again.attendees}
    assert again.removal is None
