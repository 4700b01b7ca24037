"""Invitations to a series of meetings: one iTIP file per meeting, one e-mail for them all.

A working group of three meets four times: once in the past, once cancelled before
anyone was invited, twice to come. Inviting to the series invites to the two to come;
each file is read by two independent parsers; the e-mail draft is read back with the
standard email package.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.calendar.test_invitations import _both
from tests.scheduling.conftest import Directory
from vpi_groups import vault_settings
from vpi_groups.calendar import invitations as inv
from vpi_groups.cli import EXIT_OK, main
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import meetings
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import ActionKind

PARIS = ZoneInfo("Europe/Paris")
NOW = dt.datetime(2026, 5, 1, 8, 0, tzinfo=dt.UTC)
ORGANISER = "coordination@example.org"
ADDRESSES = ("awa@example.org", "bruno@example.org", "chloe@example.org")


def at(month: int, day: int) -> dt.datetime:
    return dt.datetime(2026, month, day, 14, 0, tzinfo=PARIS)


def _group(vault: vaults.Vault, directory: Directory) -> tuple[int, list[int]]:
    """The group, and its meetings: past, cancelled, 12 May, 9 June."""
    people = directory.facilitators[:3]
    with vault.session() as s:
        for person, address in zip(people, ADDRESSES, strict=True):
            info = programme.get_facilitator(s, person)
            programme.update_facilitator(s, person, dataclasses.replace(info.spec, email=address))
        vault_settings.save_organiser_email(s, ORGANISER)
        group = programme.create_action(
            s,
            programme.ActionSpec(
                "Commission formation", ActionKind.WORKING_GROUP, 2026, members=people
            ),
        ).id
        made = []
        for month, day in ((4, 14), (5, 5), (5, 12), (6, 9)):
            made.append(
                meetings.add_meeting(
                    s, group, at(month, day), at(month, day) + dt.timedelta(hours=2)
                )
            )
        scheduling.cancel_session(s, made[1], "salle prise")
    return group, made


def test_each_meeting_to_come_gets_its_own_request_read_alike_by_two_parsers(
    vault: vaults.Vault, directory: Directory
) -> None:
    group, made = _group(vault, directory)
    with vault.session() as s:
        assert inv.series_sessions(s, group, now=NOW) == (made[2], made[3])
        invitations = inv.make_series_invitations(s, group, reminder=None, now=NOW)
    assert len(invitations) == 2
    seen = [_both(i.data) for i in invitations]
    assert [x.method for x in seen] == ["REQUEST", "REQUEST"]
    assert len({x.uid for x in seen}) == 2  # one event per message, each its own UID
    assert [x.start for x in seen] == [at(5, 12).astimezone(dt.UTC), at(6, 9).astimezone(dt.UTC)]
    for x in seen:
        assert x.organizer == f"mailto:{ORGANISER}"
        assert [a[0] for a in x.attendees] == [f"mailto:{a}" for a in ADDRESSES]
        assert {(a[1], a[2]) for a in x.attendees} == {("NEEDS-ACTION", "TRUE")}
        assert x.sequence >= 0
    # moved later, the 12 May meeting's update keeps its UID and raises its SEQUENCE
    with vault.session() as s:
        scheduling.move_session(s, made[2], at(5, 13), at(5, 13) + dt.timedelta(hours=2))
        again = inv.make_series_invitations(s, group, reminder=None, now=NOW)
    moved = _both(again[0].data)
    assert moved.uid == seen[0].uid
    assert moved.sequence > seen[0].sequence


def test_one_email_draft_carries_every_invitation_of_the_series(
    vault: vaults.Vault, directory: Directory
) -> None:
    group, _made = _group(vault, directory)
    with vault.session() as s:
        invitations = inv.make_series_invitations(s, group, now=NOW)
    raw = inv.series_email_draft(invitations, now=NOW)
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    assert message["X-Unsent"] == "1"
    assert {a.addr_spec for a in message["To"].addresses} == set(ADDRESSES)
    assert message["Subject"] == "Invitations : Commission formation — 2 réunions"
    attached = [part for part in message.iter_attachments()]
    assert [part.get_filename() for part in attached] == [
        "invitation-2026-05-12.ics",
        "invitation-2026-06-09.ics",
    ]
    for part, invitation in zip(attached, invitations, strict=True):
        assert part.get_content_type() == "text/calendar"
        assert part.get_param("method") == "REQUEST"
        assert part.get_content().encode("utf-8") == invitation.data
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "12 mai 2026" in text
    assert "9 juin 2026" in text


def test_no_meeting_to_come_is_said(vault: vaults.Vault, directory: Directory) -> None:
    group, _made = _group(vault, directory)
    with vault.session() as s, pytest.raises(inv.InvitationError, match="no-session"):
        inv.make_series_invitations(s, group, now=dt.datetime(2026, 12, 1, tzinfo=dt.UTC))


def test_the_command_writes_one_file_per_meeting_and_one_draft(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.scheduling.conftest import make_directory

    folder = tmp_path / "vault"
    passphrase = "les réunions de la commission jusqu'en juin"
    vault, _ = vaults.create(folder, passphrase, kdf_seconds=0)
    directory = make_directory(vault)
    later = dt.datetime.now(dt.UTC).year + 1
    with vault.session() as s:
        people = directory.facilitators[:2]
        for person, address in zip(people, ADDRESSES, strict=False):
            info = programme.get_facilitator(s, person)
            programme.update_facilitator(s, person, dataclasses.replace(info.spec, email=address))
        vault_settings.save_organiser_email(s, ORGANISER)
        group = programme.create_action(
            s, programme.ActionSpec("Commission", ActionKind.WORKING_GROUP, later, members=people)
        ).id
        for month in (3, 6):
            start = dt.datetime(later, month, 10, 14, tzinfo=PARIS)
            meetings.add_meeting(s, group, start, start + dt.timedelta(hours=2))
    vault.lock()
    secret = tmp_path / "secret"
    secret.write_text(passphrase, encoding="utf-8")
    out, eml = tmp_path / "invitations", tmp_path / "commission.eml"
    args = ["--vault", str(folder), "--lang", "fr", "invite-series", str(group)]
    code = main([*args, "--out-dir", str(out), "--eml", str(eml), "--passphrase-file", str(secret)])
    assert code == EXIT_OK
    assert sorted(p.name for p in out.iterdir()) == [
        f"invitation-{later}-03-10.ics",
        f"invitation-{later}-06-10.ics",
    ]
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert len(list(message.iter_attachments())) == 2
    assert "2 invitation(s) jointe(s)" in capsys.readouterr().out
