"""`vpi-groups invite` and `settings --organiser-email`: the same invitations as the service."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.message
import email.policy
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from tests.attendance.conftest import GroupWithSessions, make_group
from tests.scheduling.conftest import Directory, make_directory
from vpi_groups.cli import EXIT_OK, EXIT_OTHER, EXIT_USAGE, main
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import sessions
from vpi_groups.storage import vault as vaults

PASSPHRASE = "une invitation pour la formation du printemps"
PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, int, GroupWithSessions]:
    """A vault with a talk group, and a training session run by Awa and Bruno (with addresses)."""
    folder = tmp_path / "vault"
    vault, _ = vaults.create(folder, PASSPHRASE, kdf_seconds=0)
    directory: Directory = make_directory(vault)
    group = make_group(vault, directory, start=dt.date(2026, 3, 2), count=2)
    with vault.session() as s:
        for person, address in zip(
            directory.facilitators[:2], ("awa@example.org", "bruno@example.org"), strict=True
        ):
            spec = programme.get_facilitator(s, person).spec
            programme.update_facilitator(s, person, dataclasses.replace(spec, email=address))
        training = sessions.add_action_session(
            s,
            directory.training,
            dt.datetime(2026, 4, 7, 14, tzinfo=PARIS),
            dt.datetime(2026, 4, 7, 17, tzinfo=PARIS),
            facilitator_ids=directory.facilitators[:2],
        ).id
    vault.lock()
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    return folder, secret, training, group


def _run(folder: Path, secret: Path, *args: str) -> int:
    return main(["--vault", str(folder), "--lang", "fr", *args, "--passphrase-file", str(secret)])


def test_no_invitation_before_the_organiser_address_is_set(
    setup: tuple[Path, Path, int, GroupWithSessions],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, secret, training, _group = setup
    out = tmp_path / "invitation.ics"
    assert _run(folder, secret, "invite", str(training), "--out", str(out)) == EXIT_OTHER
    assert "Paramètres" in capsys.readouterr().err
    assert not out.exists()
    assert _run(folder, secret, "settings", "--organiser-email", "coordination") == EXIT_USAGE
    assert "--organiser-email" in capsys.readouterr().err
    assert _run(folder, secret, "settings", "--organiser-email", "coord@example.org") == EXIT_OK
    assert _run(folder, secret, "settings") == EXIT_OK
    assert "Organisateur·rice des invitations : coord@example.org" in capsys.readouterr().out


def test_invite_lists_then_writes_the_ics_and_the_draft(
    setup: tuple[Path, Path, int, GroupWithSessions],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, secret, training, _group = setup
    assert _run(folder, secret, "settings", "--organiser-email", "coord@example.org") == EXIT_OK
    capsys.readouterr()
    assert _run(folder, secret, "invite", str(training)) == EXIT_OK
    assert capsys.readouterr().out.splitlines() == [
        "* awa@example.org — Awa",
        "* bruno@example.org — Bruno",
    ]
    ics_file, eml_file = tmp_path / "i.ics", tmp_path / "i.eml"
    args = ["invite", str(training), "--to", "awa@example.org", "--reminder", "30"]
    assert _run(folder, secret, *args, "--out", str(ics_file), "--eml", str(eml_file)) == EXIT_OK
    said = capsys.readouterr().out
    assert f"REQUEST écrit pour 1 personne(s) (SEQUENCE 0) : {ics_file}" in said
    event = icalendar.Calendar.from_ical(ics_file.read_bytes()).walk("VEVENT")[0]
    assert str(event["attendee"]) == "mailto:awa@example.org"
    assert str(event["organizer"]) == "mailto:coord@example.org"
    assert event.walk("VALARM")[0].decoded("trigger") == -dt.timedelta(minutes=30)
    message = email.message_from_bytes(eml_file.read_bytes(), policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    (attached,) = list(message.iter_attachments())
    payload = attached.get_payload(decode=True)
    assert isinstance(payload, bytes)
    # Made twice (two DTSTAMPs at most a second apart): the same invitation otherwise.
    assert _strip_stamp(payload) == _strip_stamp(ics_file.read_bytes())


def _strip_stamp(data: bytes) -> bytes:
    return b"\r\n".join(line for line in data.split(b"\r\n") if not line.startswith(b"DTSTAMP"))


def test_a_talk_group_session_is_refused_and_nothing_written(
    setup: tuple[Path, Path, int, GroupWithSessions],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, secret, training, group = setup
    assert _run(folder, secret, "settings", "--organiser-email", "coord@example.org") == EXIT_OK
    out = tmp_path / "groupe.ics"
    talk = str(group.session_ids[0])
    assert _run(folder, secret, "invite", talk, "--out", str(out)) == EXIT_OTHER
    assert "groupes de parole" in capsys.readouterr().err
    assert not out.exists()
    assert _run(folder, secret, "invite", "999", "--out", str(out)) == EXIT_USAGE
    assert "Aucune séance n° 999" in capsys.readouterr().err
    too_long = ["invite", str(training), "--reminder", "20161", "--out", str(out)]
    assert _run(folder, secret, *too_long) == EXIT_USAGE
    assert "de 0 (aucun rappel) à 20160 minutes" in capsys.readouterr().err
    assert not out.exists()


def test_someone_left_out_of_an_update_gets_a_cancellation_file(
    setup: tuple[Path, Path, int, GroupWithSessions],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, secret, training, _group = setup
    assert _run(folder, secret, "settings", "--organiser-email", "coord@example.org") == EXIT_OK
    both = ["--to", "awa@example.org", "--to", "bruno@example.org"]
    first = tmp_path / "first.ics"
    assert _run(folder, secret, "invite", str(training), *both, "--out", str(first)) == EXIT_OK
    assert not (tmp_path / "first-retrait.ics").exists()
    update = tmp_path / "update.ics"
    only = ["--to", "awa@example.org", "--out", str(update)]
    capsys.readouterr()
    assert _run(folder, secret, "invite", str(training), *only) == EXIT_OK
    removal = tmp_path / "update-retrait.ics"
    assert f"CANCEL écrit pour 1 personne(s) (SEQUENCE 0) : {removal}" in capsys.readouterr().out
    calendar = icalendar.Calendar.from_ical(removal.read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert str(calendar["method"]) == "CANCEL"
    assert str(event["attendee"]) == "mailto:bruno@example.org"
    requested = icalendar.Calendar.from_ical(update.read_bytes()).walk("VEVENT")[0]
    assert str(requested["attendee"]) == "mailto:awa@example.org"
    assert str(event["uid"]) == str(requested["uid"])
