"""The money commands: funders and grants entered, the year's funding printed, conventions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from vpi_groups import cli, clock
from vpi_groups.cli import EXIT_OK, EXIT_OTHER, EXIT_USAGE, euros, main
from vpi_groups.programme import funding, partnership
from vpi_groups.programme import records as programme
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import ActionKind, FunderKind, Sector

PASSPHRASE = "les subventions du programme et leurs versements"
N = "\u202f"  # between thousands
E = "\u00a0€"


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, int, int]:
    """A vault with the town as a partner and a training of 2026; their numbers."""
    folder = tmp_path / "vault"
    vault, _ = vaults.create(folder, PASSPHRASE, kdf_seconds=0)
    with vault.session() as s:
        town = programme.create_organisation(
            s, programme.OrganisationSpec("Mairie", Sector.LOCAL_AUTHORITY)
        ).id
        training = programme.create_action(
            s, programme.ActionSpec("Formation au repérage", ActionKind.TRAINING, 2026)
        ).id
    vault.lock()
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    return folder, secret, town, training


def _run(folder: Path, secret: Path, *args: str, lang: str = "fr") -> int:
    return main(["--vault", str(folder), "--lang", lang, *args, "--passphrase-file", str(secret)])


def _grants(folder: Path) -> tuple[funding.GrantInfo, ...]:
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    try:
        with vault.session() as s:
            return funding.list_grants(s)
    finally:
        vault.lock()


def test_the_funder_kinds_spelt_in_the_command_line_are_the_enum_s() -> None:
    assert tuple(k.value for k in FunderKind) == cli.FUNDER_KINDS


@pytest.mark.parametrize(
    ("amount", "french", "english"),
    [
        (Decimal("12500"), f"12{N}500,00{E}", "€12,500.00"),
        (Decimal("0"), f"0,00{E}", "€0.00"),
        (Decimal("999.5"), f"999,50{E}", "€999.50"),
        (Decimal("1234567.89"), f"1{N}234{N}567,89{E}", "€1,234,567.89"),
        (Decimal("-1500.25"), f"-1{N}500,25{E}", "-€1,500.25"),
    ],
)
def test_amounts_are_printed_the_french_way(amount: Decimal, french: str, english: str) -> None:
    assert euros(amount, "fr") == french
    assert euros(amount, "en") == english


def test_funders_and_grants_entered_then_the_year_s_funding_printed(
    setup: tuple[Path, Path, int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, secret, town, training = setup
    assert _run(folder, secret, "funding", "--year", "2026") == EXIT_OK
    assert capsys.readouterr().out.strip() == "Aucune subvention enregistrée pour 2026."
    add = ["funder", "add"]
    code = _run(folder, secret, *add, "Préfecture – FIPD", "--kind", "state", "--programme", "FIPD")
    assert code == EXIT_OK
    assert capsys.readouterr().out.strip() == (
        "Financeur n° 1 ajouté : Préfecture – FIPD (État) ; programmes : FIPD."
    )
    assert (
        _run(folder, secret, *add, "Ville de Villeneuve", "--kind", "town", "--partner", str(town))
        == EXIT_OK
    )
    assert "Ville de Villeneuve (Commune) ; programmes : aucun." in capsys.readouterr().out
    grant = ["grant", "add", "--year", "2026"]
    code = _run(
        folder,
        secret,
        *grant,
        "--funder",
        "préfecture – fipd",  # any case
        "--requested",
        "12 500",
        "--action-id",
        str(training),
        "--programme",
        "fipd",
        "--granted",
        "10000,00",
        "--granted-on",
        "2026-04-02",
        "--paid",
        "4000",
        "--paid-on",
        "2026-05-02",
        "--paid",
        "1500.50",
        "--paid-on",
        "2026-09-01",
    )
    assert code == EXIT_OK
    assert capsys.readouterr().out.strip() == (
        "Subvention n° 1 enregistrée : Préfecture – FIPD, 2026, Formation au repérage — "
        f"demandé 12{N}500,00{E}, accordé 10{N}000,00{E}, versé 5{N}500,50{E}."
    )
    code = _run(folder, secret, *grant, "--funder", "Ville de Villeneuve", "--requested", "3000")
    assert code == EXIT_OK
    assert (
        capsys.readouterr()
        .out.strip()
        .endswith(
            f"Programme (ensemble) — demandé 3{N}000,00{E}, accordé pas encore décidé, "
            f"versé 0,00{E}."
        )
    )
    (fipd, town_grant) = _grants(folder)
    assert fipd.spec.payments == (
        funding.PaymentSpec(dt.date(2026, 5, 2), Decimal(4000)),
        funding.PaymentSpec(dt.date(2026, 9, 1), Decimal("1500.50")),
    )
    assert fipd.programme_name == "FIPD"
    assert town_grant.spec.granted is None

    assert _run(folder, secret, "funding", "--year", "2026") == EXIT_OK
    assert capsys.readouterr().out.splitlines() == [
        "Financements 2026",
        "Par financeur :",
        f"  Préfecture – FIPD : demandé 12{N}500,00{E}, accordé 10{N}000,00{E}, "
        f"versé 5{N}500,50{E}, reste 4{N}499,50{E}",
        f"  Ville de Villeneuve : demandé 3{N}000,00{E}, accordé 0,00{E}, versé 0,00{E}, "
        f"reste 0,00{E}",
        "Par action :",
        f"  Formation au repérage : demandé 12{N}500,00{E}, accordé 10{N}000,00{E}, "
        f"versé 5{N}500,50{E}, reste 4{N}499,50{E}",
        f"  Programme (ensemble) : demandé 3{N}000,00{E}, accordé 0,00{E}, versé 0,00{E}, "
        f"reste 0,00{E}",
        f"Total : demandé 15{N}500,00{E}, accordé 10{N}000,00{E}, versé 5{N}500,50{E}, "
        f"reste 4{N}499,50{E}",
    ]
    assert _run(folder, secret, "funding", "--year", "2026", lang="en") == EXIT_OK
    printed = capsys.readouterr().out.splitlines()
    assert printed[-2] == (
        "  Programme (as a whole): requested €3,000.00, granted €0.00, paid €0.00, remaining €0.00"
    )
    assert printed[-1] == (
        "Total: requested €15,500.00, granted €10,000.00, paid €5,500.50, remaining €4,499.50"
    )
    assert _run(folder, secret, "funder", "list") == EXIT_OK
    assert capsys.readouterr().out.splitlines() == [
        "1. Préfecture – FIPD (État) — programmes : FIPD",
        "2. Ville de Villeneuve (Commune) — programmes : aucun",
    ]


@pytest.mark.parametrize(
    ("args", "code", "said"),
    [
        (["--funder", "Inconnu", "--requested", "10"], EXIT_USAGE, "Aucun financeur"),
        (["--funder", "CAF", "--requested", "dix"], EXIT_USAGE, "n'est pas un montant"),
        (["--funder", "CAF", "--requested", "1e3"], EXIT_USAGE, "n'est pas un montant"),
        (
            ["--funder", "CAF", "--requested", "10", "--programme", "FIPD"],
            EXIT_USAGE,
            "CAF n'a pas de programme « FIPD » (ses programmes : REAAP).",
        ),
        (
            ["--funder", "CAF", "--requested", "10", "--granted", "10", "--paid", "5"],
            EXIT_USAGE,
            "--paid-on",
        ),
        (["--funder", "CAF", "--requested", "-10"], EXIT_OTHER, "entre 0 et 100 000 000"),
        (
            [
                *("--funder", "CAF", "--requested", "10", "--granted", "10"),
                *("--paid", "11", "--paid-on", "2026-05-01"),
            ],
            EXIT_OTHER,
            "Les versements dépassent le montant accordé",
        ),
        (
            ["--funder", "CAF", "--requested", "10", "--paid", "5", "--paid-on", "2026-05-01"],
            EXIT_OTHER,
            "Un versement suppose une subvention accordée",
        ),
        (
            ["--funder", "CAF", "--requested", "10", "--action-id", "ACTION_2025"],
            EXIT_OTHER,
            "L'action choisie est d'une autre année",
        ),
    ],
)
def test_a_wrong_grant_is_refused_in_french_and_nothing_is_written(
    setup: tuple[Path, Path, int, int],
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    code: int,
    said: str,
) -> None:
    folder, secret, _town, _training = setup
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    with vault.session() as s:
        funding.create_funder(
            s, funding.FunderSpec("CAF", FunderKind.SOCIAL_FUND, None, ("REAAP",))
        )
        earlier = programme.create_action(
            s, programme.ActionSpec("Groupes", ActionKind.TALK_GROUP, 2025)
        ).id
    vault.lock()
    args = [str(earlier) if a == "ACTION_2025" else a for a in args]
    assert _run(folder, secret, "grant", "add", "--year", "2026", *args) == code
    assert said in capsys.readouterr().err
    assert _grants(folder) == ()


def test_a_funder_s_name_is_taken_once(
    setup: tuple[Path, Path, int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, secret, _town, _training = setup
    assert _run(folder, secret, "funder", "add", "CAF", "--kind", "social_fund") == EXIT_OK
    assert _run(folder, secret, "funder", "add", "caf", "--kind", "social_fund") == EXIT_OTHER
    assert "Ce nom est déjà utilisé." in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:  # argparse refuses a kind not in the list
        _run(folder, secret, "funder", "add", "ARS", "--kind", "ars")
    assert exited.value.code == EXIT_USAGE
    assert "'ars'" in capsys.readouterr().err


def test_the_conventions_with_their_signatories_and_the_renewal_due(
    setup: tuple[Path, Path, int, int],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, secret, town, _training = setup
    assert _run(folder, secret, "convention", "list") == EXIT_OK
    assert capsys.readouterr().out.strip() == "Aucune convention enregistrée."
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    with vault.session() as s:
        cidff = programme.create_organisation(
            s, programme.OrganisationSpec("CIDFF", Sector.ASSOCIATION)
        ).id
        partnership.create_convention(
            s,
            partnership.ConventionSpec(
                "Réseau VIF",
                dt.date(2024, 1, 1),
                dt.date(2025, 12, 31),
                signatories=(
                    partnership.SignatorySpec(town, "Mme Vasseur, maire", dt.date(2023, 12, 1)),
                    partnership.SignatorySpec(cidff),
                ),
                amendments=(
                    partnership.AmendmentSpec(
                        dt.date(2025, 11, 1), "Prolongation", dt.date(2026, 12, 31)
                    ),
                ),
            ),
        )
    vault.lock()
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 11, 16, 10, 0, tzinfo=dt.UTC))
    assert _run(folder, secret, "convention", "list") == EXIT_OK
    assert capsys.readouterr().out.splitlines() == [
        "Convention n° 1 : « Réseau VIF », du 01/01/2024 au 31/12/2026",
        "  (fin déplacée par avenant ; fin initiale : 31/12/2025)",
        "  - Mairie : signée par Mme Vasseur, maire, le 01/12/2023",
        "  - CIDFF",
        "La convention «\u00a0Réseau VIF\u00a0» expire le 31 décembre 2026 (dans 45 jours).",
    ]
    # 91 days before its end: no reminder yet
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 10, 1, 10, 0, tzinfo=dt.UTC))
    assert _run(folder, secret, "convention", "list", lang="en") == EXIT_OK
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == 'Convention no. 1: "Réseau VIF", from 01/01/2024 to 31/12/2026'
    assert len(printed) == 4
