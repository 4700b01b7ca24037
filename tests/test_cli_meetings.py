"""The working groups' commands: a meeting planned, who came, minutes, decisions, tasks."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from vpi_groups import clock, vault_settings
from vpi_groups.cli import EXIT_OK, EXIT_OTHER, EXIT_USAGE, main
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import meetings, records, sessions
from vpi_groups.storage import audit
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import ActionKind, Sector

PASSPHRASE = "la commission formation se réunit tous les deux mois"


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, int, tuple[int, int, int]]:
    """A working group of three (Awa leads), a training action, a room."""
    folder = tmp_path / "vault"
    vault, _ = vaults.create(folder, PASSPHRASE, kdf_seconds=0)
    with vault.session() as s:
        people = tuple(
            programme.create_facilitator(s, programme.FacilitatorSpec(n, sector)).id
            for n, sector in (
                ("Awa", Sector.SOCIAL),
                ("Bruno", Sector.JUSTICE),
                ("Chloé", Sector.HEALTH),
            )
        )
        group = programme.create_action(
            s,
            programme.ActionSpec(
                "Commission formation",
                ActionKind.WORKING_GROUP,
                2026,
                members=people,
                lead_id=people[0],
            ),
        ).id
        programme.create_action(s, programme.ActionSpec("Formation", ActionKind.TRAINING, 2026))
    vault.lock()
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    return folder, secret, group, (people[0], people[1], people[2])


def _run(folder: Path, secret: Path, *args: str) -> int:
    return main(["--vault", str(folder), "--lang", "fr", *args, "--passphrase-file", str(secret)])


def test_a_meeting_from_plan_to_minutes_decision_and_tasks(
    setup: tuple[Path, Path, int, tuple[int, int, int]],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    folder, secret, group, (awa, bruno, chloe) = setup
    add = ["meeting", "add", "--group", str(group), "--date", "2026-03-10"]
    assert _run(folder, secret, *add, "--start", "14:00", "--end", "16:00") == EXIT_OK
    said = capsys.readouterr().out
    assert "Commission formation (3 membre(s) inscrit·e(s))" in said
    meeting = int(said.split()[1])
    assert (
        _run(
            folder,
            secret,
            "meeting",
            "present",
            str(meeting),
            "--member",
            str(awa),
            "--member",
            str(chloe),
        )
        == EXIT_OK
    )
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"Awa ({awa}) (—) : présent·e"
    assert lines[1] == f"Bruno ({bruno}) (—) : absent·e"
    assert lines[-1] == "2 présent·e(s) sur 3 membre(s)."
    minutes = tmp_path / "cr.html"
    minutes.write_text("<p>Deux dates retenues.</p>", encoding="utf-8")
    assert (
        _run(folder, secret, "meeting", "minutes", str(meeting), "--from-file", str(minutes))
        == EXIT_OK
    )
    capsys.readouterr()
    assert _run(folder, secret, "meeting", "minutes", str(meeting)) == EXIT_OK
    assert capsys.readouterr().out.strip() == "<p>Deux dates retenues.</p>"
    decide = [
        "decision",
        "add",
        "--group",
        str(group),
        "--text",
        "Deux dates",
        "--meeting",
        str(meeting),
    ]
    assert _run(folder, secret, *decide) == EXIT_OK
    assert "le 10/03/2026" in capsys.readouterr().out
    task = [
        "task",
        "add",
        "--group",
        str(group),
        "--what",
        "Réserver la salle",
        "--who",
        str(bruno),
    ]
    assert _run(folder, secret, *task, "--due", "2026-04-01") == EXIT_OK
    task_id = int(capsys.readouterr().out.split()[1])
    assert _run(folder, secret, "task", "list", "--who", str(bruno)) == EXIT_OK
    assert capsys.readouterr().out.strip() == (
        f"{task_id}. [ ] Réserver la salle — Bruno, pour le 01/04/2026 (Commission formation)"
    )
    assert _run(folder, secret, "task", "done", str(task_id)) == EXIT_OK
    capsys.readouterr()
    assert _run(folder, secret, "task", "list", "--who", str(bruno)) == EXIT_OK
    assert capsys.readouterr().out.strip() == "Aucune tâche à faire."
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    try:
        with vault.session() as s:
            assert meetings.present_members(s, meeting) == {awa, chloe}
            assert [d.text for d in meetings.decisions(s, group)] == ["Deux dates"]
            assert meetings.tasks(s, action_id=group)[0].done
    finally:
        vault.lock()


def test_what_is_not_a_working_group_is_said_in_french(
    setup: tuple[Path, Path, int, tuple[int, int, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, secret, group, _people = setup
    training = group + 1
    add = ["meeting", "add", "--group", str(training), "--date", "2026-03-10"]
    assert _run(folder, secret, *add, "--start", "14:00", "--end", "16:00") == EXIT_OTHER
    assert "n'est pas un groupe de travail" in capsys.readouterr().err
    assert _run(folder, secret, "meeting", "present", "999", "--member", "1") == EXIT_OTHER
    assert capsys.readouterr().err.strip()
    assert (
        _run(folder, secret, "meeting", "minutes", "1", "--from-file", "/nonexistent/cr.html")
        == EXIT_USAGE
    )
    assert "UTF-8" in capsys.readouterr().err


def test_a_series_of_meetings_is_planned_and_said_one_by_one(
    setup: tuple[Path, Path, int, tuple[int, int, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, secret, group, (awa, bruno, chloe) = setup
    add = ["meeting", "add", "--group", str(group), "--date", "2026-03-10"]
    hours = ["--start", "18:00", "--end", "20:00"]
    assert _run(folder, secret, *add, *hours, "--every-weeks", "3", "--count", "4") == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    days = ["10/03/2026", "31/03/2026", "21/04/2026", "12/05/2026"]
    assert len(lines) == 5
    for line, day in zip(lines, days, strict=False):
        assert line.startswith("Réunion ")
        assert f"planifiée : {day} 18:00-20:00, Commission formation" in line
    assert lines[-1] == "4 réunions planifiées, toutes les 3 semaine(s)."
    ids = [int(line.split()[1]) for line in lines[:4]]
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    try:
        with vault.session() as s:
            found = [records.get_session(s, i) for i in ids]
    finally:
        vault.lock()
    assert all(set(info.facilitator_ids) == {awa, bruno, chloe} for info in found)
    # a meeting of the series overlapping a training of Awa's: said under that meeting
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    try:
        with vault.session() as s:
            training = group + 1
            zone = clock.PROGRAMME_ZONE
            taken = sessions.add_action_session(
                s,
                training,
                dt.datetime(2026, 6, 16, 17, tzinfo=zone),
                dt.datetime(2026, 6, 16, 19, tzinfo=zone),
                facilitator_ids=[awa],
            ).id
    finally:
        vault.lock()
    again = ["meeting", "add", "--group", str(group), "--date", "2026-06-02", *hours]
    assert _run(folder, secret, *again, "--every-weeks", "2", "--count", "2") == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert "16/06/2026" in lines[1]
    assert (
        lines[2] == f"Attention : un·e membre est aussi pris·e par la séance {taken} à ce moment."
    )
    assert lines[3] == "2 réunions planifiées, toutes les 2 semaine(s)."


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--count", "0", "--count : de 1 à 52 réunions."),
        ("--count", "53", "--count : de 1 à 52 réunions."),
        ("--every-weeks", "0", "--every-weeks : de 1 à 12 semaines."),
        ("--every-weeks", "13", "--every-weeks : de 1 à 12 semaines."),
    ],
)
def test_a_series_out_of_bounds_is_refused_before_unlocking(
    setup: tuple[Path, Path, int, tuple[int, int, int]],
    capsys: pytest.CaptureFixture[str],
    option: str,
    value: str,
    said: str,
) -> None:
    folder, secret, group, _people = setup
    add = ["meeting", "add", "--group", str(group), "--date", "2026-03-10"]
    hours = ["--start", "18:00", "--end", "20:00"]
    assert _run(folder, secret, *add, *hours, option, value) == EXIT_USAGE
    assert said in capsys.readouterr().err


def test_the_minutes_are_written_as_an_email_draft_to_the_members(
    setup: tuple[Path, Path, int, tuple[int, int, int]],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    folder, secret, group, (awa, bruno, _chloe) = setup
    add = ["meeting", "add", "--group", str(group), "--date", "2026-03-10"]
    assert _run(folder, secret, *add, "--start", "14:00", "--end", "16:00") == EXIT_OK
    meeting = int(capsys.readouterr().out.split()[1])
    draft = tmp_path / "cr.eml"
    send = ["meeting", "minutes", str(meeting), "--eml", str(draft)]
    # nothing saved yet: said, nothing written
    assert _run(folder, secret, *send) == EXIT_OTHER
    assert "pas encore de compte rendu" in capsys.readouterr().err
    assert not draft.exists()
    minutes = tmp_path / "cr.html"
    minutes.write_text("<p>Deux dates retenues.</p><ul><li>Juin</li></ul>", encoding="utf-8")
    save = ["meeting", "minutes", str(meeting), "--from-file", str(minutes)]
    assert _run(folder, secret, *save) == EXIT_OK
    capsys.readouterr()
    assert _run(folder, secret, *send) == EXIT_OTHER  # no organiser address yet
    assert "Paramètres" in capsys.readouterr().err
    assert not draft.exists()
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    try:
        with vault.session() as s:
            vault_settings.save_organiser_email(s, "coordination@vif.example.org")
            for person, address in ((awa, "awa@cidff.example.org"), (bruno, "bruno@spip.fr")):
                info = programme.get_facilitator(s, person)
                programme.update_facilitator(
                    s, person, dataclasses.replace(info.spec, email=address)
                )
    finally:
        vault.lock()
    assert _run(folder, secret, *send) == EXIT_OK
    assert capsys.readouterr().out.strip() == (
        f"Brouillon de courriel du compte rendu écrit pour 2 membre(s) : {draft}"
    )
    message = email.message_from_bytes(draft.read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Compte rendu : Commission formation — 10/03/2026"
    assert [a.addr_spec for a in message["To"].addresses] == [
        "awa@cidff.example.org",
        "bruno@spip.fr",
    ]
    plain = message.get_body(preferencelist=("plain",))
    assert plain is not None
    assert plain.get_content().replace("\r\n", "\n") == "Deux dates retenues.\n- Juin\n"
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    try:
        with vault.session() as s:
            entries = audit.entries(s)
    finally:
        vault.lock()
    assert [e.counts.get("recipients") for e in entries if "minutes" in e.counts] == [2]
