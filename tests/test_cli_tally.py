"""The tally commands: a partner's month recorded, listed, refused when wrong, deleted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from vpi_groups.cli import EXIT_OK, EXIT_OTHER, EXIT_USAGE, main
from vpi_groups.programme import records as programme
from vpi_groups.programme import tallies
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Gender, Sector, TallyContact

PASSPHRASE = "les comptages du mois pour le bilan du programme"


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, int]:
    """A vault with one partner (a women's rights centre); its number."""
    folder = tmp_path / "vault"
    vault, _ = vaults.create(folder, PASSPHRASE, kdf_seconds=0)
    with vault.session() as s:
        partner = programme.create_organisation(
            s, programme.OrganisationSpec("CIDFF", Sector.ASSOCIATION)
        ).id
    vault.lock()
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    return folder, secret, partner


def _run(folder: Path, secret: Path, *args: str) -> int:
    return main(["--vault", str(folder), "--lang", "fr", *args, "--passphrase-file", str(secret)])


def _month(folder: Path, month: dt.date, partner: int) -> dict[tallies.TallyCell, int]:
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    try:
        with vault.session() as s:
            return dict(tallies.month_tally(s, month, partner).counts)
    finally:
        vault.lock()


def test_a_month_is_recorded_listed_replaced_and_deleted(
    setup: tuple[Path, Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, secret, partner = setup
    add = ["tally", "add", "--month", "2025-03", "--partner", str(partner)]
    code = _run(
        folder,
        secret,
        *add,
        "--received",
        "woman:6",
        "--received",
        "man:1",
        "--informed",
        "unsaid:2",
    )
    assert code == EXIT_OK
    assert capsys.readouterr().out.strip() == (
        "Comptage de mars 2025 enregistré pour CIDFF : 9 personne(s)."
    )
    assert _month(folder, dt.date(2025, 3, 1), partner) == {
        (TallyContact.RECEIVED, Gender.WOMAN): 6,
        (TallyContact.RECEIVED, Gender.MAN): 1,
        (TallyContact.INFORMED, Gender.UNSAID): 2,
    }
    assert _run(folder, secret, "tally", "list", "--year", "2025") == EXIT_OK
    listed = capsys.readouterr().out.splitlines()
    assert listed[0] == f"mars 2025 — CIDFF (n° {partner}) : 7 reçue(s), 2 informée(s), total 9"
    assert listed[-1] == "Total de l'année : 9 personne(s), dont 7 reçue(s) en entretien."
    # recording the month again replaces it
    assert _run(folder, secret, *add, "--informed", "woman:4") == EXIT_OK
    assert _month(folder, dt.date(2025, 3, 1), partner) == {
        (TallyContact.INFORMED, Gender.WOMAN): 4
    }
    capsys.readouterr()
    delete = ["tally", "delete", "--month", "2025-03", "--partner", str(partner)]
    assert _run(folder, secret, *delete) == EXIT_OK
    assert "(4 personne(s))" in capsys.readouterr().out
    assert _month(folder, dt.date(2025, 3, 1), partner) == {}
    assert _run(folder, secret, "tally", "list", "--year", "2025") == EXIT_OK
    assert capsys.readouterr().out.strip() == "Aucun comptage enregistré en 2025."


@pytest.mark.parametrize(
    ("args", "code", "said"),
    [
        (["--month", "2025-13", "--received", "woman:1"], EXIT_USAGE, "AAAA-MM"),
        (["--month", "mars", "--received", "woman:1"], EXIT_USAGE, "AAAA-MM"),
        (["--month", "2025-03", "--received", "femme:1"], EXIT_USAGE, "GENRE:NOMBRE"),
        (["--month", "2025-03", "--received", "woman:x"], EXIT_USAGE, "GENRE:NOMBRE"),
        (
            ["--month", "2025-03", "--received", "woman:1", "--received", "woman:2"],
            EXIT_USAGE,
            "deux fois",
        ),
        (["--month", "2025-03", "--received", "woman:10000"], EXIT_OTHER, "9999"),
        (["--month", "2999-01", "--received", "woman:1"], EXIT_OTHER, "pas encore commencé"),
    ],
)
def test_wrong_input_is_refused_in_french_and_nothing_is_written(
    setup: tuple[Path, Path, int],
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    code: int,
    said: str,
) -> None:
    folder, secret, partner = setup
    assert _run(folder, secret, "tally", "add", "--partner", str(partner), *args) == code
    assert said in capsys.readouterr().err
    assert _month(folder, dt.date(2025, 3, 1), partner) == {}
