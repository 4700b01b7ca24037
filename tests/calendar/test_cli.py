"""``vpi-groups export-ics``: files written, filters and options passed on, one-line errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.calendar.programmes import Programme, build, expected, paris
from tests.calendar.readers import (
    components,
    read_with_icalendar,
    read_with_vobject,
    unescape,
)
from vpi_groups.calendar import ics as ce
from vpi_groups.cli import EXIT_OK, EXIT_OTHER, EXIT_USAGE, EXIT_WRONG_SECRET, main
from vpi_groups.storage import audit
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import AuditKind

PASSPHRASE = "un calendrier pour les partenaires 75"


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Programme]:
    """A vault of its own (the commands unlock it), with the small programme, locked."""
    folder = tmp_path_factory.mktemp("cli") / "vault"
    vault, _recovery = vaults.create(folder, PASSPHRASE, kdf_seconds=0)
    try:
        made = build(vault)
    finally:
        vault.lock()
    return folder, made


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def run(folder: Path, secret: Path, *args: str) -> int:
    return main(["--vault", str(folder), "export-ics", "--passphrase-file", str(secret), *args])


def audit_entries(folder: Path) -> tuple[audit.AuditEntry, ...]:
    with vaults.unlock(folder, passphrase=PASSPHRASE) as vault, vault.session() as s:
        return audit.entries(s)


def app_view(folder: Path, options: ce.ExportOptions) -> list[object]:
    with vaults.unlock(folder, passphrase=PASSPHRASE) as vault, vault.session() as s:
        return list(expected(s, options))


def test_the_whole_programme_in_one_file(
    filled: tuple[Path, Programme],
    secret: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, _made = filled
    before = len(audit_entries(folder))
    out = tmp_path / "agenda.ics"
    assert run(folder, secret, "--out", str(out)) == EXIT_OK
    printed = capsys.readouterr()
    assert printed.err == ""
    assert printed.out.startswith(f"Calendrier écrit : {out} (")
    data = out.read_bytes()
    assert (
        read_with_icalendar(data) == read_with_vobject(data) == app_view(folder, ce.ExportOptions())
    )
    entries = audit_entries(folder)
    assert len(entries) == before + 1
    assert entries[-1].kind is AuditKind.EXPORT_CALENDAR


def test_options_reach_the_export(
    filled: tuple[Path, Programme], secret: Path, tmp_path: Path
) -> None:
    folder, made = filled
    out = tmp_path / "avril.ics"
    code = run(
        folder,
        secret,
        "--out",
        str(out),
        "--group",
        str(made.tuesday),
        "--group",
        str(made.thursday),
        "--action",
        str(made.directory.action),
        "--facilitator",
        str(made.directory.facilitators[1]),
        "--from",
        "2026-04-01",
        "--to",
        "2026-04-30",  # included
        "--privacy",
        "busy",
        "--keep-cancelled",
        "--name",
        "Agenda ; avril",
    )
    assert code == EXIT_OK
    options = ce.ExportOptions(
        group_ids=(made.tuesday, made.thursday),
        action_id=made.directory.action,
        facilitator_id=made.directory.facilitators[1],
        start=paris(2026, 4, 1, 0),
        end=paris(2026, 5, 1, 0),
        privacy=ce.Privacy.BUSY,
        keep_cancelled=True,
    )
    data = out.read_bytes()
    want = app_view(folder, options)
    assert read_with_icalendar(data) == want
    assert read_with_vobject(data) == want
    starts = [seen.start for seen in read_with_vobject(data)]
    assert dt.datetime(2026, 4, 28, 16, 0, tzinfo=dt.UTC) in starts  # the last day counts
    assert b"ANNUL" in data  # the cancelled extra session of 11 April, kept
    assert components(data).one("X-WR-CALNAME").value == "Agenda \\; avril"


def test_one_file_per_group_into_a_folder(
    filled: tuple[Path, Programme],
    secret: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, _made = filled
    out = tmp_path / "partenaires"
    assert run(folder, secret, "--out", str(out), "--per-group", "--facilitator-names") == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "formation.ics",
        "groupe-du-mardi-salle-1-etage-2-ecoute-et-echanges-entre-pai.ics",
        "jeudis.ics",
    ]
    assert b"Animation : " in (out / "jeudis.ics").read_bytes()
    assert capsys.readouterr().out.startswith(f"3 calendrier(s) écrit(s) dans {out} (")


def summaries(data: bytes) -> set[str]:
    return {
        unescape(ev.one("SUMMARY").value) for ev in components(data).children if ev.name == "VEVENT"
    }


@pytest.mark.parametrize(
    ("lang", "args", "title"),
    [
        ("fr_FR.UTF-8", [], "Indisponible"),
        ("en_GB.UTF-8", [], "Busy"),
        ("en_GB.UTF-8", ["--busy-title", "Pris ; réservé"], "Pris ; réservé"),
    ],
)
def test_busy_title_is_neutral_by_default_and_an_option(
    filled: tuple[Path, Programme],
    secret: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    args: list[str],
    title: str,
) -> None:
    folder, _made = filled
    monkeypatch.setenv("LANG", lang)
    out = tmp_path / "occupe.ics"
    assert run(folder, secret, "--out", str(out), "--privacy", "busy", *args) == EXIT_OK
    data = out.read_bytes()
    root = components(data)
    assert summaries(data) == {title}
    assert unescape(root.one("X-WR-CALNAME").value) == unescape(root.one("NAME").value) == title
    folder_out = tmp_path / "un-par-groupe"
    more = ["--per-group", "--privacy", "busy", *args]
    assert run(folder, secret, "--out", str(folder_out), *more) == EXIT_OK
    stem = {"Indisponible": "indisponible", "Busy": "busy"}.get(title, "pris-reserve")
    assert sorted(p.name for p in folder_out.iterdir()) == [
        f"{stem}-2.ics",
        f"{stem}-3.ics",
        f"{stem}.ics",
    ]
    for path in folder_out.iterdir():
        assert summaries(path.read_bytes()) == {title}


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (
            ["--from", "2026-13-01"],
            "Date invalide pour --from : 2026-13-01 (attendu : AAAA-MM-JJ).",
        ),
        (["--to", "demain"], "Date invalide pour --to : demain (attendu : AAAA-MM-JJ)."),
        (
            ["--from", "2026-05-01", "--to", "2026-04-01"],
            "La fin de la période (--to) précède son début (--from).",
        ),
        (["--group", "9999"], "Aucun groupe n° 9999."),
        (["--action", "9999"], "Aucune action n° 9999."),
        (["--facilitator", "9999"], "Aucun·e animateur·rice n° 9999."),
    ],
)
def test_bad_arguments_are_one_line_usage_errors(
    filled: tuple[Path, Programme],
    secret: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    error: str,
) -> None:
    folder, _made = filled
    out = tmp_path / "agenda.ics"
    assert run(folder, secret, "--out", str(out), *args) == EXIT_USAGE
    assert capsys.readouterr().err == f"vpi-groups: {error}\n"
    assert not out.exists()


def test_errors_in_english_and_the_other_exit_codes(
    filled: tuple[Path, Programme],
    secret: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, _made = filled
    before = len(audit_entries(folder))
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert run(folder, secret, "--out", str(tmp_path / "x.ics"), "--group", "9999") == EXIT_USAGE
    assert capsys.readouterr().err == "vpi-groups: No group number 9999.\n"
    missing = tmp_path / "no-such-folder" / "agenda.ics"
    assert run(folder, secret, "--out", str(missing)) == EXIT_OTHER
    assert capsys.readouterr().err == (
        f"vpi-groups: Cannot write {missing} (ENOENT). Everything saved before is intact.\n"
    )
    assert len(audit_entries(folder)) == before  # neither export happened
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("pas la bonne phrase de passe\n", encoding="utf-8")
    assert run(folder, wrong, "--out", str(tmp_path / "y.ics")) == EXIT_WRONG_SECRET
