"""The programme and session commands: list what exists, add and delete one-off sessions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.attendance.conftest import GroupWithSessions, make_group
from tests.scheduling.conftest import Directory, make_directory
from vpi_groups.cli import EXIT_OK, EXIT_OTHER, EXIT_USAGE, main
from vpi_groups.scheduling import records
from vpi_groups.storage import vault as vaults

PASSPHRASE = "une séance de plus pour le groupe du mardi"
PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, Directory, GroupWithSessions]:
    """A vault with a talk group of 4 Tuesday sessions (18:00) and a training action."""
    folder = tmp_path / "vault"
    vault, _ = vaults.create(folder, PASSPHRASE, kdf_seconds=0)
    directory = make_directory(vault)
    group = make_group(vault, directory, start=dt.date(2026, 3, 2), count=4)
    vault.lock()
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    return folder, secret, directory, group


def _run(folder: Path, secret: Path, *args: str) -> int:
    return main(["--vault", str(folder), "--lang", "fr", *args, "--passphrase-file", str(secret)])


def _sessions(folder: Path) -> tuple[records.SessionInfo, ...]:
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    try:
        with vault.session() as s:
            return records.list_sessions(s)
    finally:
        vault.lock()


def test_programme_lists_actions_groups_facilitators_and_rooms_with_their_numbers(
    setup: tuple[Path, Path, Directory, GroupWithSessions], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, secret, directory, group = setup
    assert _run(folder, secret, "programme") == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert f"action {directory.training} : Formation (formation / information, 2026)" in lines
    assert f"action {directory.action} : Groupe de parole (groupes de parole, 2026)" in lines
    # the group is listed under its action
    under = lines.index(f"action {directory.action} : Groupe de parole (groupes de parole, 2026)")
    assert lines[under + 1] == f"  groupe {group.group_id} : Groupe du mardi"
    assert f"  animateur·rice {directory.facilitators[2]} : Chloé" in lines
    assert f"  salle {directory.small_room} : Bureau 2" in lines


def test_a_training_session_is_added_with_its_facilitators_and_room(
    setup: tuple[Path, Path, Directory, GroupWithSessions], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, secret, directory, _group = setup
    before = {s.id for s in _sessions(folder)}
    code = _run(
        folder,
        secret,
        "session",
        "add",
        "--action",
        str(directory.training),
        "--date",
        "2026-04-10",
        "--start",
        "9:30",
        "--end",
        "12:00",
        "--facilitator",
        str(directory.facilitators[2]),
        "--facilitator",
        str(directory.facilitators[3]),
        "--room",
        str(directory.room),
    )
    assert code == EXIT_OK
    (added,) = [s for s in _sessions(folder) if s.id not in before]
    assert added.action_id == directory.training
    assert added.group_id is None
    assert added.start == dt.datetime(2026, 4, 10, 9, 30, tzinfo=PARIS)
    assert added.end == dt.datetime(2026, 4, 10, 12, 0, tzinfo=PARIS)
    assert set(added.facilitator_ids) == {directory.facilitators[2], directory.facilitators[3]}
    assert added.room_id == directory.room
    assert capsys.readouterr().out == (
        f"Séance {added.id} ajoutée : 2026-04-10 09:30-12:00, Formation.\n"
    )


def test_an_extra_group_session_takes_the_groups_facilitators_and_says_the_overlap(
    setup: tuple[Path, Path, Directory, GroupWithSessions], capsys: pytest.CaptureFixture[str]
) -> None:
    """On the group's own Tuesday at 18:30: both facilitators are already booked."""
    folder, secret, directory, group = setup
    first = group.session_ids[0]
    code = _run(
        folder,
        secret,
        "session",
        "add",
        "--group",
        str(group.group_id),
        "--date",
        "2026-03-03",
        "--start",
        "18:30",
        "--end",
        "19:30",
    )
    assert code == EXIT_OK
    stored = _sessions(folder)
    (added,) = [s for s in stored if s.id not in group.session_ids]
    assert added.group_id == group.group_id
    assert set(added.facilitator_ids) == set(directory.facilitators[:2])
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"Séance {added.id} ajoutée : 2026-03-03 18:30-19:30, Groupe du mardi."
    assert sorted(out[1:]) == sorted(
        f"Attention : {name} est aussi pris·e par la séance {first} "
        "(Groupe du mardi, 2026-03-03 18:00-19:30)."
        for name in ("Awa", "Bruno")
    )


def test_a_talk_group_action_is_refused_and_nothing_is_added(
    setup: tuple[Path, Path, Directory, GroupWithSessions], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, secret, directory, group = setup
    code = _run(
        folder,
        secret,
        *("session", "add", "--action", str(directory.action)),
        *("--date", "2026-04-10", "--start", "10:00", "--end", "11:00"),
    )
    assert code == EXIT_OTHER  # refused by the service, as every refused record
    assert capsys.readouterr().err == (
        "vpi-groups: Les séances de l'axe groupes de parole appartiennent à un groupe : "
        "ajoutez-les au groupe.\n"
    )
    assert {s.id for s in _sessions(folder)} == set(group.session_ids)


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--start", "25:00", "--start : heure non valide « 25:00 » (attendu : HH:MM)."),
        ("--start", "10h", "--start : heure non valide « 10h » (attendu : HH:MM)."),
        ("--date", "10/04/2026", "--date : date non valide « 10/04/2026 » (attendu : AAAA-MM-JJ)."),
    ],
)
def test_a_malformed_day_or_time_is_said_and_nothing_is_added(
    setup: tuple[Path, Path, Directory, GroupWithSessions],
    capsys: pytest.CaptureFixture[str],
    option: str,
    value: str,
    said: str,
) -> None:
    folder, secret, directory, group = setup
    given = {"--date": "2026-04-10", "--start": "10:00", "--end": "11:00", option: value}
    code = _run(
        folder,
        secret,
        *("session", "add", "--action", str(directory.training)),
        *(part for pair in given.items() for part in pair),
    )
    assert code == EXIT_USAGE
    assert capsys.readouterr().err == f"vpi-groups: {said}\n"
    assert {s.id for s in _sessions(folder)} == set(group.session_ids)


def test_a_day_outside_the_actions_year_is_said(
    setup: tuple[Path, Path, Directory, GroupWithSessions], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, secret, directory, _group = setup
    code = _run(
        folder,
        secret,
        *("session", "add", "--action", str(directory.training)),
        *("--date", "2027-01-12", "--start", "10:00", "--end", "11:00"),
    )
    assert code == EXIT_OK
    assert capsys.readouterr().out.splitlines()[-1] == (
        "Attention : cette séance tombe hors de l'année 2026 de son action ; elle sera "
        "comptée dans les bilans de son année civile."
    )


def test_an_added_session_can_be_deleted_but_a_series_occurrence_cannot(
    setup: tuple[Path, Path, Directory, GroupWithSessions], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, secret, directory, group = setup
    _run(
        folder,
        secret,
        *("session", "add", "--action", str(directory.training)),
        *("--date", "2026-04-10", "--start", "10:00", "--end", "11:00"),
    )
    (added,) = [s.id for s in _sessions(folder) if s.id not in group.session_ids]
    capsys.readouterr()
    assert _run(folder, secret, "session", "delete", str(group.session_ids[1])) == EXIT_OTHER
    assert capsys.readouterr().err == (
        "vpi-groups: Une séance d'une série ne peut pas être supprimée : annulez-la plutôt.\n"
    )
    assert _run(folder, secret, "session", "delete", str(added)) == EXIT_OK
    assert capsys.readouterr().out == f"Séance {added} supprimée.\n"
    assert {s.id for s in _sessions(folder)} == set(group.session_ids)


def test_session_list_prints_one_line_per_session_of_the_period(
    setup: tuple[Path, Path, Directory, GroupWithSessions], capsys: pytest.CaptureFixture[str]
) -> None:
    """Four Tuesdays from 3 March 2026: the period 9-17 March holds the 2nd and 3rd."""
    folder, secret, _directory, group = setup
    code = _run(folder, secret, "session", "list", "--from", "2026-03-09", "--to", "2026-03-17")
    assert code == EXIT_OK
    assert capsys.readouterr().out.splitlines() == [
        f"séance {group.session_ids[1]} : 2026-03-10 18:00-19:30  Groupe du mardi  (prévue)",
        f"séance {group.session_ids[2]} : 2026-03-17 18:00-19:30  Groupe du mardi  (prévue)",
    ]
    assert _run(
        folder, secret, "session", "list", "--from", "2026-05-01", "--to", "2026-04-01"
    ) == (EXIT_USAGE)


def test_the_professionals_of_a_training_session_are_recorded_and_listed(
    setup: tuple[Path, Path, Directory, GroupWithSessions], capsys: pytest.CaptureFixture[str]
) -> None:
    from vpi_groups.programme import records as programme
    from vpi_groups.storage.models import Sector

    folder, secret, directory, group = setup
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    with vault.session() as s:
        ccas = programme.create_organisation(s, programme.OrganisationSpec("CCAS", Sector.SOCIAL))
    vault.lock()
    assert _run(folder, secret, "programme") == EXIT_OK
    assert f"  structure {ccas.id} : CCAS (Social)" in capsys.readouterr().out.splitlines()
    args = ["session", "add", "--action", str(directory.training), "--date", "2026-04-10"]
    assert _run(folder, secret, *args, "--start", "9:00", "--end", "12:00") == EXIT_OK
    capsys.readouterr()
    (training,) = [s for s in _sessions(folder) if s.action_id == directory.training]
    code = _run(
        folder,
        secret,
        "session",
        "professionals",
        str(training.id),
        "--set",
        f"{ccas.id}:3:Anne Roy; Marc Petit",
        "--other",
        "health:2",
    )
    assert code == EXIT_OK
    assert capsys.readouterr().out.splitlines() == [
        "CCAS (Social) : 3 — Anne Roy, Marc Petit",
        "Hors annuaire (Santé) : 2",
        "Total : 5",
    ]
    # read back without options: the same lines
    assert _run(folder, secret, "session", "professionals", str(training.id)) == EXIT_OK
    assert capsys.readouterr().out.splitlines()[-1] == "Total : 5"
    # a talk group's session: refused, in French, nothing written
    talk = group.session_ids[0]
    assert _run(folder, secret, "session", "professionals", str(talk), "--other", "health:1") != 0
    assert "jamais par leur nom" in capsys.readouterr().err
    # a malformed option: a usage error
    bad = _run(folder, secret, "session", "professionals", str(training.id), "--set", "CCAS")
    assert bad == EXIT_USAGE
    assert _run(folder, secret, "session", "professionals", str(training.id), "--clear") == EXIT_OK
    assert capsys.readouterr().out.splitlines()[-1] == (
        f"Aucun·e professionnel·le enregistré·e à la séance {training.id}."
    )


def test_programme_lists_a_plenary_days_orientations_with_their_actions(
    setup: tuple[Path, Path, Directory, GroupWithSessions], capsys: pytest.CaptureFixture[str]
) -> None:
    from vpi_groups.programme import records as programme
    from vpi_groups.storage.models import ActionKind

    folder, secret, _directory, _group = setup
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    with vault.session() as s:
        following = programme.create_action(
            s, programme.ActionSpec("Formation des médecins", ActionKind.TRAINING, 2027)
        )
        programme.create_action(
            s,
            programme.ActionSpec(
                "Plénière",
                ActionKind.PLENARY,
                2026,
                orientations=(
                    programme.OrientationSpec("Former les médecins", (following.id,)),
                    programme.OrientationSpec("Un second\ngroupe"),
                ),
            ),
        )
    vault.lock()
    assert _run(folder, secret, "programme") == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert f"  orientation 1 : Former les médecins (actions : {following.id})" in lines
    assert "  orientation 2 : Un second groupe (actions : aucune pour l'instant)" in lines
