"""The programme's money: funders, grants and payments, the budget, the year's sums.

The sums are worked out by hand from what each test wrote. Every refusal is checked
with the French sentence it gets, and with nothing written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from tests.scheduling.conftest import PASSPHRASE, empty_programme
from vpi_groups.error_messages import describe
from vpi_groups.programme import funding
from vpi_groups.programme import records as programme
from vpi_groups.programme.funding import (
    BudgetLineSpec,
    FunderSpec,
    GrantSpec,
    MoneyRow,
    PaymentSpec,
)
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import (
    ActionKind,
    BudgetCategory,
    FunderKind,
    Sector,
)
from vpi_groups.validation import (
    DuplicateError,
    EndBeforeStartError,
    InUseError,
    InvalidValueError,
    NotApplicableError,
    NotFoundError,
    RequiredError,
    ValidationError,
)

D = Decimal


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[vaults.Vault]:
    folder: Path = tmp_path_factory.mktemp("funding") / "vault"
    vault, _recovery = vaults.create(folder, PASSPHRASE, kdf_seconds=0)
    yield vault
    vault.lock()


@pytest.fixture
def vault(shared: vaults.Vault) -> Iterator[vaults.Vault]:
    """The module's vault with no programme records, emptied again afterwards."""
    empty_programme(shared)
    yield shared
    empty_programme(shared)


@dataclass(frozen=True)
class Money:
    """Two funders (the State with its FIPD, the town) and the actions of 2025 and 2026."""

    state: funding.FunderInfo
    town: funding.FunderInfo
    training: int  # 2026
    talk: int  # 2026
    training_2025: int


@pytest.fixture
def money(vault: vaults.Vault) -> Money:
    with vault.session() as s:
        state = funding.create_funder(
            s, FunderSpec("Préfecture – FIPD", FunderKind.STATE, programmes=("FIPD", "Autre"))
        )
        town = funding.create_funder(s, FunderSpec("Ville", FunderKind.TOWN))

        def action(title: str, kind: ActionKind, year: int) -> int:
            return programme.create_action(s, programme.ActionSpec(title, kind, year)).id

        return Money(
            state,
            town,
            action("Formation", ActionKind.TRAINING, 2026),
            action("Groupes de parole", ActionKind.TALK_GROUP, 2026),
            action("Formation", ActionKind.TRAINING, 2025),
        )


def _fipd(money: Money) -> int:
    return money.state.programme_ids[money.state.spec.programmes.index("FIPD")]


# ---------------------------------------------------------------- funders


def test_a_funder_keeps_its_programmes_in_dictionary_order(vault: vaults.Vault) -> None:
    with vault.session() as s:
        partner = programme.create_organisation(
            s, programme.OrganisationSpec("CAF", Sector.SOCIAL)
        ).id
        created = funding.create_funder(
            s,
            FunderSpec(
                " CAF du département ",
                FunderKind.SOCIAL_FUND,
                organisation_id=partner,
                programmes=("REAAP", " CLAS ", "accueil"),
            ),
        )
    assert created.spec == FunderSpec(
        "CAF du département", FunderKind.SOCIAL_FUND, partner, ("accueil", "CLAS", "REAAP")
    )
    with vault.session() as s:
        assert funding.get_funder(s, created.id) == created
        # renamed in case, one removed, one added: the kept ones keep their numbers
        updated = funding.update_funder(
            s,
            created.id,
            dataclasses.replace(created.spec, programmes=("reaap", "Accueil", "Parentalité")),
        )
    assert updated.spec.programmes == ("Accueil", "Parentalité", "reaap")
    kept = dict(zip(created.spec.programmes, created.programme_ids, strict=True))
    now = dict(zip(updated.spec.programmes, updated.programme_ids, strict=True))
    assert now["Accueil"] == kept["accueil"]
    assert now["reaap"] == kept["REAAP"]
    assert now["Parentalité"] not in kept.values()


def test_funders_are_listed_by_name(vault: vaults.Vault) -> None:
    with vault.session() as s:
        for name in ("Ville", "agence régionale de santé", "État – FIPD"):
            funding.create_funder(s, FunderSpec(name, FunderKind.OTHER_PUBLIC))
        names = [f.spec.name for f in funding.list_funders(s)]
    assert names == ["agence régionale de santé", "État – FIPD", "Ville"]


@pytest.mark.parametrize(
    ("spec", "error", "said"),
    [
        (FunderSpec("  ", FunderKind.TOWN), RequiredError, "Le nom est obligatoire"),
        (FunderSpec("ville", FunderKind.TOWN), DuplicateError, "Ce nom est déjà utilisé"),
        (
            FunderSpec("CAF", FunderKind.SOCIAL_FUND, programmes=("REAAP", "reaap")),
            InvalidValueError,
            "deux dispositifs du même nom",
        ),
        (
            FunderSpec("CAF", FunderKind.SOCIAL_FUND, programmes=("REAAP", " ")),
            RequiredError,
            "ne peut pas avoir un nom vide",
        ),
        (
            FunderSpec("CAF", FunderKind.SOCIAL_FUND, organisation_id=999_999),
            NotFoundError,
            "Cette fiche n'existe plus",
        ),
        (
            FunderSpec("CAF", "caf"),  # type: ignore[arg-type]
            ValidationError,
            "Choisissez une valeur dans la liste",
        ),
    ],
)
def test_what_a_funder_refuses(
    vault: vaults.Vault, spec: FunderSpec, error: type[ValidationError], said: str
) -> None:
    with vault.session() as s:
        funding.create_funder(s, FunderSpec("Ville", FunderKind.TOWN))
    with vault.session() as s, pytest.raises(error) as raised:
        funding.create_funder(s, spec)
    assert said in describe(raised.value, "fr")
    with vault.session() as s:
        assert [f.spec.name for f in funding.list_funders(s)] == ["Ville"]


def test_a_funder_with_grants_and_a_programme_in_use_stay(
    vault: vaults.Vault, money: Money
) -> None:
    with vault.session() as s:
        grant = funding.create_grant(
            s, GrantSpec(money.state.id, 2026, D(1000), programme_id=_fipd(money))
        )
    with vault.session() as s, pytest.raises(InUseError) as raised:
        funding.update_funder(
            s, money.state.id, dataclasses.replace(money.state.spec, programmes=())
        )
    assert "Des subventions sont demandées au titre de ce dispositif" in describe(
        raised.value, "fr"
    )
    with vault.session() as s, pytest.raises(InUseError) as raised:
        funding.delete_funder(s, money.state.id)
    assert "Des subventions y sont rattachées" in describe(raised.value, "fr")
    with vault.session() as s:
        assert funding.get_funder(s, money.state.id) == money.state
        # the programme not in use can go
        trimmed = funding.update_funder(
            s, money.state.id, dataclasses.replace(money.state.spec, programmes=("FIPD",))
        )
        assert trimmed.programme_ids == (_fipd(money),)
        funding.delete_grant(s, grant.id)
        funding.delete_funder(s, money.state.id)
    with vault.session() as s:
        assert [f.id for f in funding.list_funders(s)] == [money.town.id]
        with pytest.raises(NotFoundError):
            funding.get_funder(s, money.state.id)


# ---------------------------------------------------------------- grants


def test_a_grant_keeps_its_payments_in_the_order_paid(vault: vaults.Vault, money: Money) -> None:
    spec = GrantSpec(
        funder_id=money.state.id,
        year=2026,
        requested=D("6000"),
        action_id=money.training,
        programme_id=_fipd(money),
        requested_on=dt.date(2025, 10, 15),
        granted=D("5000"),
        granted_on=dt.date(2026, 4, 2),
        payments=(
            PaymentSpec(dt.date(2026, 9, 1), D("1000.50")),
            PaymentSpec(dt.date(2026, 5, 1), D("3000")),
        ),
    )
    with vault.session() as s:
        created = funding.create_grant(s, spec)
    with vault.session() as s:
        info = funding.get_grant(s, created.id)
    assert info == created
    assert info.spec.payments == tuple(reversed(spec.payments))
    assert (info.funder_name, info.programme_name, info.action_title) == (
        "Préfecture – FIPD",
        "FIPD",
        "Formation",
    )
    assert info.paid == D("4000.50")
    assert info.remaining == D("999.50")
    # not decided yet: nothing remains to be paid
    with vault.session() as s:
        undecided = funding.update_grant(s, created.id, GrantSpec(money.state.id, 2026, D("6000")))
    assert undecided.spec.payments == ()
    assert (undecided.paid, undecided.remaining) == (D(0), D(0))
    assert undecided.programme_name is None
    assert undecided.action_title is None
    with vault.session() as s:
        funding.delete_grant(s, created.id)
        assert funding.list_grants(s) == ()


GRANT_REFUSALS = [
    ({"action_id": "2025"}, InvalidValueError, "L'action choisie est d'une autre année"),
    ({"action_id": 999_999}, NotFoundError, "Cette fiche n'existe plus"),
    ({"programme_id": "other"}, InvalidValueError, "celui d'un autre financeur"),
    ({"programme_id": 999_999}, NotFoundError, "Cette fiche n'existe plus"),
    ({"funder_id": 999_999}, NotFoundError, "Cette fiche n'existe plus"),
    ({"year": 1999}, ValidationError, "Doit être compris entre 2000 et 2100"),
    ({"requested": D(-1)}, InvalidValueError, "compris entre 0 et 100 000 000"),
    ({"requested": D("0.001")}, InvalidValueError, "deux décimales au plus"),
    ({"requested": None}, RequiredError, "Saisissez le montant demandé"),
    ({"granted": D("1.234")}, InvalidValueError, "deux décimales au plus"),
    (
        {"granted": None, "granted_on": dt.date(2026, 4, 1), "payments": ()},
        NotApplicableError,
        "Une date d'attribution suppose un montant accordé",
    ),
    (
        {
            "granted": None,
            "granted_on": None,
            "payments": (PaymentSpec(dt.date(2026, 5, 1), D(10)),),
        },
        NotApplicableError,
        "Un versement suppose une subvention accordée",
    ),
    (
        {
            "payments": (
                PaymentSpec(dt.date(2026, 5, 1), D("3000")),
                PaymentSpec(dt.date(2026, 6, 1), D("2000.01")),
            )
        },
        InvalidValueError,
        "Les versements dépassent le montant accordé",
    ),
    (
        {"payments": (PaymentSpec(dt.date(2026, 5, 1), D(0)),)},
        InvalidValueError,
        "Un versement doit être supérieur à 0",
    ),
    (
        {"requested_on": dt.date(2026, 5, 1), "granted_on": dt.date(2026, 4, 1)},
        EndBeforeStartError,
        "La date d'attribution précède la date de la demande",
    ),
]


@pytest.mark.parametrize(("changes", "error", "said"), GRANT_REFUSALS)
def test_what_a_grant_refuses_in_french_and_nothing_is_written(
    vault: vaults.Vault,
    money: Money,
    changes: dict[str, object],
    error: type[ValidationError],
    said: str,
) -> None:
    given = dict(changes)
    if given.get("action_id") == "2025":
        given["action_id"] = money.training_2025
    if given.get("programme_id") == "other":
        with vault.session() as s:
            other = funding.create_funder(
                s, FunderSpec("CAF", FunderKind.SOCIAL_FUND, None, ("REAAP",))
            )
        given["programme_id"] = other.programme_ids[0]
    good = GrantSpec(
        money.state.id,
        2026,
        D(6000),
        action_id=money.training,
        granted=D(5000),
        granted_on=dt.date(2026, 4, 1),
        payments=(PaymentSpec(dt.date(2026, 5, 1), D(3000)),),
    )
    spec = dataclasses.replace(good, **given)  # type: ignore[arg-type]
    with vault.session() as s, pytest.raises(error) as raised:
        funding.create_grant(s, spec)
    assert said in describe(raised.value, "fr")
    with vault.session() as s:
        assert funding.list_grants(s) == ()
        kept = funding.create_grant(s, good)
    with vault.session() as s, pytest.raises(error):
        funding.update_grant(s, kept.id, spec)
    with vault.session() as s:
        assert funding.list_grants(s) == (kept,)


def test_grants_are_listed_by_year_funder_and_action(vault: vaults.Vault, money: Money) -> None:
    with vault.session() as s:
        whole = funding.create_grant(s, GrantSpec(money.state.id, 2026, D(1)))
        talk = funding.create_grant(s, GrantSpec(money.state.id, 2026, D(2), money.talk))
        training = funding.create_grant(s, GrantSpec(money.state.id, 2026, D(3), money.training))
        town = funding.create_grant(s, GrantSpec(money.town.id, 2026, D(4)))
        earlier = funding.create_grant(s, GrantSpec(money.town.id, 2025, D(5), money.training_2025))

        def ids(**filters: int) -> list[int]:
            return [g.id for g in funding.list_grants(s, **filters)]

        assert ids() == [earlier.id, training.id, talk.id, whole.id, town.id]
        assert ids(year=2026) == [training.id, talk.id, whole.id, town.id]
        assert ids(funder_id=money.town.id) == [earlier.id, town.id]
        assert ids(year=2025, funder_id=money.state.id) == []


def test_an_action_with_money_cannot_be_removed_nor_moved_to_another_year(
    vault: vaults.Vault, money: Money
) -> None:
    with vault.session() as s:
        first = programme.get_action(s, money.training_2025)
        renewal = programme.renew_action(s, first.id).id
    with vault.session() as s:
        org = programme.create_organisation(s, programme.OrganisationSpec("CCAS", Sector.SOCIAL)).id

    def make(s: Session, used_by: str) -> None:
        if used_by == "grant":
            funding.create_grant(s, GrantSpec(money.town.id, 2026, D(1), renewal))
        elif used_by == "budget_line":
            funding.create_budget_line(
                s, BudgetLineSpec(2026, BudgetCategory.PURCHASES, "Impression", D(1), None, renewal)
            )
        else:
            programme.add_contribution(
                s, programme.ContributionSpec(org, 2026, D(1), action_id=renewal)
            )

    def unmake(s: Session, used_by: str) -> None:
        if used_by == "grant":
            (grant,) = funding.list_grants(s)
            funding.delete_grant(s, grant.id)
        elif used_by == "budget_line":
            (line,) = funding.list_budget_lines(s, 2026)
            funding.delete_budget_line(s, line.id)
        else:
            (contribution,) = programme.list_contributions(s)
            programme.delete_contribution(s, contribution.id)

    said = {
        "grant": "Des subventions y sont rattachées",
        "budget_line": "Des lignes de budget sont rattachées à cette action",
        "contribution": "Des participations de partenaires sont rattachées à cette action",
    }
    moved = {
        "grant": "Des subventions de cette année sont rattachées à cette action",
        "budget_line": "Des lignes de budget de cette année sont rattachées",
        "contribution": "Des participations de partenaires de cette année sont rattachées",
    }
    for used_by in ("grant", "budget_line", "contribution"):
        with vault.session() as s:
            make(s, used_by)
        with vault.session() as s, pytest.raises(InUseError) as raised:
            programme.cancel_renewal(s, first.id, renewal, first.spec.review_status)
        assert raised.value.used_by == used_by
        assert said[used_by] in describe(raised.value, "fr")
        with vault.session() as s:
            spec = programme.get_action(s, renewal).spec
        with vault.session() as s, pytest.raises(InUseError) as raised:
            programme.update_action(s, renewal, dataclasses.replace(spec, year=2027))
        assert moved[used_by] in describe(raised.value, "fr")
        with vault.session() as s:
            assert programme.get_action(s, renewal).spec.year == 2026
            # its title may still change
            spec = programme.get_action(s, renewal).spec
            programme.update_action(s, renewal, dataclasses.replace(spec, title="Formation 2026"))
            unmake(s, used_by)
    with vault.session() as s:
        programme.cancel_renewal(s, first.id, renewal, first.spec.review_status)
    with vault.session() as s:
        assert [a.id for a in programme.list_actions(s, year=2026)] == [money.training, money.talk]


# ---------------------------------------------------------------- budget lines


def test_budget_lines_by_category_then_label(vault: vaults.Vault, money: Money) -> None:
    with vault.session() as s:
        fees = funding.create_budget_line(
            s,
            BudgetLineSpec(
                2026, BudgetCategory.OTHER_SERVICES, "Honoraires", D(4500), D(4200), money.training
            ),
        )
        printing = funding.create_budget_line(
            s, BudgetLineSpec(2026, BudgetCategory.PURCHASES, " Impression ", D(1800))
        )
        supplies = funding.create_budget_line(
            s,
            BudgetLineSpec(2026, BudgetCategory.PURCHASES, "Fournitures", D("400.40"), D(380)),
        )
        funding.create_budget_line(s, BudgetLineSpec(2025, BudgetCategory.STAFF, "Salaires", D(1)))
    assert fees.action_title == "Formation"
    assert printing.spec.label == "Impression"
    assert printing.spec.actual is None
    with vault.session() as s:
        assert funding.list_budget_lines(s, 2026) == (supplies, printing, fees)
        actual = funding.update_budget_line(
            s, printing.id, dataclasses.replace(printing.spec, actual=D("1750.10"))
        )
        assert funding.get_budget_line(s, printing.id) == actual
        funding.delete_budget_line(s, supplies.id)
        assert funding.list_budget_lines(s, 2026) == (actual, fees)


@pytest.mark.parametrize(
    ("changes", "error", "said"),
    [
        ({"label": " "}, RequiredError, "Le libellé de la ligne de budget est obligatoire"),
        ({"planned": None}, RequiredError, "Saisissez le montant prévu"),
        ({"planned": D(-5)}, InvalidValueError, "compris entre 0 et 100 000 000"),
        ({"actual": D("2.555")}, InvalidValueError, "deux décimales au plus"),
        ({"action_id": "2025"}, InvalidValueError, "L'action choisie est d'une autre année"),
        ({"category": "travel"}, ValidationError, "Choisissez une valeur dans la liste"),
    ],
)
def test_what_a_budget_line_refuses(
    vault: vaults.Vault,
    money: Money,
    changes: dict[str, object],
    error: type[ValidationError],
    said: str,
) -> None:
    given = dict(changes)
    if given.get("action_id") == "2025":
        given["action_id"] = money.training_2025
    spec = dataclasses.replace(
        BudgetLineSpec(2026, BudgetCategory.PURCHASES, "Impression", D(10), D(9), money.training),
        **given,  # type: ignore[arg-type]
    )
    with vault.session() as s, pytest.raises(error) as raised:
        funding.create_budget_line(s, spec)
    assert said in describe(raised.value, "fr")
    with vault.session() as s:
        assert funding.list_budget_lines(s, 2026) == ()


# ---------------------------------------------------------------- the year's sums


def _year_of_money(vault: vaults.Vault, money: Money) -> None:
    """Grants, contributions and budget lines whose sums the tests below work out."""
    state, town = money.state.id, money.town.id
    with vault.session() as s:
        funding.create_grant(
            s,
            GrantSpec(
                state,
                2026,
                D(6000),
                money.training,
                _fipd(money),
                granted=D(5000),
                payments=(
                    PaymentSpec(dt.date(2026, 5, 1), D(3000)),
                    PaymentSpec(dt.date(2026, 9, 1), D("1000.50")),
                ),
            ),
        )
        funding.create_grant(s, GrantSpec(state, 2026, D(2000)))  # the whole programme
        funding.create_grant(
            s,
            GrantSpec(
                town,
                2026,
                D(4000),
                money.talk,
                granted=D(4000),
                payments=(PaymentSpec(dt.date(2026, 3, 1), D(4000)),),
            ),
        )
        funding.create_grant(s, GrantSpec(town, 2026, D("1500.25"), money.training, granted=D(0)))
        funding.create_grant(s, GrantSpec(state, 2025, D(9999), granted=D(7000)))
        ccas, cidff, elan = (
            programme.create_organisation(s, programme.OrganisationSpec(name, Sector.SOCIAL)).id
            for name in ("CCAS", "CIDFF", "association Élan")
        )
        for spec in (
            programme.ContributionSpec(ccas, 2026, D(1500)),
            programme.ContributionSpec(ccas, 2026, D(500)),
            programme.ContributionSpec(
                cidff, 2026, in_kind="Salle", in_kind_value=D(800), action_id=money.talk
            ),
            programme.ContributionSpec(elan, 2026, D(300), in_kind="Affiches"),
            programme.ContributionSpec(ccas, 2024, D(100)),
        ):
            programme.add_contribution(s, spec)
        for line in (
            BudgetLineSpec(2026, BudgetCategory.OTHER_SERVICES, "Honoraires", D(4500), D(4200)),
            BudgetLineSpec(2026, BudgetCategory.PURCHASES, "Impression", D(1800)),
            BudgetLineSpec(2026, BudgetCategory.PURCHASES, "Fournitures", D("400.40"), D(380)),
            BudgetLineSpec(2025, BudgetCategory.STAFF, "Salaires", D(9000), D(9000)),
        ):
            funding.create_budget_line(s, line)


def test_a_year_summed_by_funder_by_action_and_in_all(vault: vaults.Vault, money: Money) -> None:
    _year_of_money(vault, money)
    with vault.session() as s:
        year = funding.funding_year(s, 2026)
    assert year.year == 2026
    assert year.by_funder == (
        MoneyRow("Préfecture – FIPD", D("8000"), D("5000"), D("4000.50")),
        MoneyRow("Ville", D("5500.25"), D("4000"), D("4000")),
    )
    assert [r.remaining for r in year.by_funder] == [D("999.50"), D(0)]
    assert year.by_action == (
        MoneyRow("Formation", D("7500.25"), D("5000"), D("4000.50")),
        MoneyRow("Groupes de parole", D("4000"), D("4000"), D("4000")),
        MoneyRow("Programme (ensemble)", D("2000"), D(0), D(0)),
    )
    assert year.total == MoneyRow("Total", D("13500.25"), D("9000"), D("8000.50"))
    assert year.total.remaining == D("999.50")
    assert year.by_funder_kind == ((FunderKind.STATE, D(5000)), (FunderKind.TOWN, D(4000)))
    assert year.partner_money == (("association Élan", D(300)), ("CCAS", D(2000)))
    assert year.in_kind == (
        funding.InKindRow("association Élan", "Affiches", None, None),
        funding.InKindRow("CIDFF", "Salle", D(800), "Groupes de parole"),
    )
    assert [line.spec.label for line in year.budget] == ["Fournitures", "Impression", "Honoraires"]
    assert year.planned_total() == D("6700.40")
    assert year.actual_total() == D("4580")


def test_a_year_without_money(vault: vaults.Vault, money: Money) -> None:
    _year_of_money(vault, money)
    with vault.session() as s:
        year = funding.funding_year(s, 2023)
    assert year == funding.FundingYear(
        2023, (), (), MoneyRow("Total", D(0), D(0), D(0)), (), (), (), ()
    )
    assert year.planned_total() == year.actual_total() == 0


def test_the_history_of_the_amounts_granted(vault: vaults.Vault, money: Money) -> None:
    with vault.session() as s:
        assert funding.funding_history(s) == funding.FundingHistory(
            (), (("Partenaires (contributions)", ()),)
        )
    _year_of_money(vault, money)
    with vault.session() as s:
        history = funding.funding_history(s)
    assert history.years == (2024, 2025, 2026)
    assert history.series == (
        ("Préfecture – FIPD", (D(0), D(7000), D(5000))),
        ("Ville", (D(0), D(0), D(4000))),
        ("Partenaires (contributions)", (D(100), D(0), D(2300))),
    )
