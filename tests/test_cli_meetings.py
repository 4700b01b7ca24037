"""The working groups' commands: a meeting planned, who came, minutes, decisions, tasks."""

from __future__ import annotations

from pathlib import Path

import pytest

from vpi_groups.cli import EXIT_OK, EXIT_OTHER, EXIT_USAGE, main
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import meetings
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
