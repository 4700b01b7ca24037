"""Partners, contributions, facilitators, rooms and actions: stored as given, refused when wrong."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vpi_groups.programme import records as p
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import (
    Action,
    ActionKind,
    ActionTrained,
    Base,
    Contribution,
    PublicActionKind,
    ReviewStatus,
    Sector,
    Setting,
)
from vpi_groups.validation import (
    AlreadyRenewedError,
    DuplicateError,
    EndBeforeStartError,
    InvalidChoiceError,
    InvalidValueError,
    NotApplicableError,
    NotFoundError,
    OutOfRangeError,
    RequiredError,
    TooLongError,
    ValidationError,
)

CENTRE = p.OrganisationSpec(
    name="  Centre social des Tilleuls ",
    sector=Sector.SOCIAL,
    contact_name="Mme Durand",
    contact_email="accueil@tilleuls.example",
    agreement_start=dt.date(2026, 1, 1),
    agreement_end=dt.date(2028, 12, 31),
)


def counts(s: Session) -> dict[str, int]:
    return {
        table.name: s.execute(select(func.count()).select_from(table)).scalar_one()
        for table in Base.metadata.sorted_tables
        if table is not Setting.__table__
    }


# ---------------------------------------------------------------- organisations


def test_an_organisation_is_stored_trimmed_and_read_back(vault: vaults.Vault) -> None:
    with vault.session() as s:
        created = p.create_organisation(s, CENTRE)
    with vault.session() as s:
        read = p.get_organisation(s, created.id)
        listed = p.list_organisations(s)
    assert read == created
    assert listed == (created,)
    assert read.spec.name == "Centre social des Tilleuls"
    assert read.spec.sector is Sector.SOCIAL
    assert read.spec.contact_role is None
    assert read.spec.agreement_end == dt.date(2028, 12, 31)


def test_an_organisation_is_updated(vault: vaults.Vault) -> None:
    with vault.session() as s:
        created = p.create_organisation(s, CENTRE)
        p.create_organisation(s, p.OrganisationSpec("Association Aide", Sector.ASSOCIATION))
    with vault.session() as s:
        changed = p.update_organisation(
            s, created.id, dataclasses.replace(CENTRE, sector=Sector.LOCAL_AUTHORITY)
        )
    with vault.session() as s:
        assert p.get_organisation(s, created.id).spec.sector is Sector.LOCAL_AUTHORITY
        assert [o.spec.name for o in p.list_organisations(s)] == [
            "Association Aide",
            "Centre social des Tilleuls",
        ]
    assert changed.spec.sector is Sector.LOCAL_AUTHORITY


@pytest.mark.parametrize(
    ("changes", "error", "field"),
    [
        ({"name": "   "}, RequiredError, "name"),
        ({"name": "x" * 201}, TooLongError, "name"),
        ({"sector": "police"}, InvalidChoiceError, "sector"),
        ({"contact_phone": "0" * 51}, TooLongError, "contact_phone"),
        ({"agreement_end": dt.date(2025, 12, 31)}, EndBeforeStartError, "agreement_end"),
    ],
)
def test_an_invalid_organisation_is_refused_and_nothing_is_written(
    vault: vaults.Vault, changes: dict[str, object], error: type[ValidationError], field: str
) -> None:
    spec = dataclasses.replace(CENTRE, **changes)  # type: ignore[arg-type]
    with vault.session() as s:
        before = counts(s)
        with pytest.raises(error) as caught:
            p.create_organisation(s, spec)
        assert caught.value.field == field
        assert counts(s) == before


def test_unknown_organisation_is_not_found(vault: vaults.Vault) -> None:
    with vault.session() as s, pytest.raises(NotFoundError) as caught:
        p.get_organisation(s, 42)
    assert caught.value.entity == "organisation"
    assert caught.value.ids == (42,)


# ---------------------------------------------------------------- contributions


def test_contributions_keep_cents_exactly_and_filter_by_year(vault: vaults.Vault) -> None:
    with vault.session() as s:
        org = p.create_organisation(s, CENTRE).id
        money = p.add_contribution(s, p.ContributionSpec(org, 2026, amount=Decimal("1500.10")))
        p.add_contribution(s, p.ContributionSpec(org, 2027, in_kind="  Salle le mardi "))
        both = p.add_contribution(
            s, p.ContributionSpec(org, 2026, amount=Decimal("0.30"), in_kind="Affiches")
        )
    with vault.session() as s:
        stored = s.execute(select(Contribution.amount_cents).order_by(Contribution.id)).scalars()
        assert list(stored) == [150010, None, 30]
        in_2026 = p.list_contributions(s, year=2026)
        in_kind = p.list_contributions(s, year=2027)
    assert in_2026 == (money, both)
    assert in_2026[0].spec.amount == Decimal("1500.10")
    assert sum(c.spec.amount or 0 for c in in_2026) == Decimal("1500.40")
    assert in_kind[0].spec.in_kind == "Salle le mardi"
    assert in_kind[0].spec.amount is None


def test_a_contribution_is_corrected_then_deleted(vault: vaults.Vault) -> None:
    with vault.session() as s:
        org = p.create_organisation(s, CENTRE).id
        entry = p.add_contribution(s, p.ContributionSpec(org, 2026, amount=Decimal(100)))
    with vault.session() as s:
        fixed = p.update_contribution(s, entry.id, p.ContributionSpec(org, 2026, Decimal(1000)))
    assert fixed.spec.amount == Decimal(1000)
    with vault.session() as s:
        p.delete_contribution(s, entry.id)
    with vault.session() as s:
        assert p.list_contributions(s, organisation_id=org) == ()


@pytest.mark.parametrize(
    ("amount", "in_kind", "error", "field"),
    [
        (None, None, RequiredError, "amount"),
        (None, "   ", RequiredError, "amount"),
        (Decimal("10.005"), None, InvalidValueError, "amount"),
        (Decimal("-1"), None, InvalidValueError, "amount"),
        (Decimal("NaN"), None, InvalidValueError, "amount"),
        (Decimal("100000000.01"), None, InvalidValueError, "amount"),
    ],
)
def test_an_invalid_contribution_is_refused_and_nothing_is_written(
    vault: vaults.Vault,
    amount: Decimal | None,
    in_kind: str | None,
    error: type[ValidationError],
    field: str,
) -> None:
    with vault.session() as s:
        org = p.create_organisation(s, CENTRE).id
        before = counts(s)
        with pytest.raises(error) as caught:
            p.add_contribution(s, p.ContributionSpec(org, 2026, amount, in_kind))
        assert caught.value.field == field
        assert counts(s) == before


def test_a_contribution_needs_a_known_partner_and_a_plausible_year(vault: vaults.Vault) -> None:
    with vault.session() as s:
        org = p.create_organisation(s, CENTRE).id
        with pytest.raises(NotFoundError):
            p.add_contribution(s, p.ContributionSpec(org + 1, 2026, Decimal(1)))
        with pytest.raises(OutOfRangeError):
            p.add_contribution(s, p.ContributionSpec(org, 1999, Decimal(1)))
        assert s.execute(select(func.count()).select_from(Contribution)).scalar_one() == 0


# ---------------------------------------------------------------- facilitators and rooms


def test_facilitators_belong_to_partners_and_can_be_made_inactive(vault: vaults.Vault) -> None:
    with vault.session() as s:
        org = p.create_organisation(s, CENTRE).id
        awa = p.create_facilitator(
            s, p.FacilitatorSpec("Awa", Sector.SOCIAL, organisation_id=org, role="CESF")
        )
        bruno = p.create_facilitator(s, p.FacilitatorSpec("Bruno", Sector.JUSTICE))
    with vault.session() as s:
        p.update_facilitator(s, bruno.id, dataclasses.replace(bruno.spec, active=False))
    with vault.session() as s:
        assert [f.spec.name for f in p.list_facilitators(s)] == ["Awa", "Bruno"]
        assert p.list_facilitators(s, active_only=True) == (awa,)
        assert p.get_facilitator(s, awa.id).spec.organisation_id == org
        assert p.get_facilitator(s, bruno.id).spec.active is False


def test_names_are_listed_in_dictionary_order_not_byte_order(vault: vaults.Vault) -> None:
    names = ["Élodie", "Zoé", "claire", "Julien", "Émile", "Aurélie", "Eric"]
    with vault.session() as s:
        for name in names:
            p.create_facilitator(s, p.FacilitatorSpec(name, Sector.SOCIAL))
            p.create_room(s, p.RoomSpec(f"{name} — salle"))
    expected = ["Aurélie", "claire", "Élodie", "Émile", "Eric", "Julien", "Zoé"]
    with vault.session() as s:
        assert [f.spec.name for f in p.list_facilitators(s)] == expected
        assert [r.spec.name for r in p.list_rooms(s)] == [f"{n} — salle" for n in expected]


def test_a_facilitator_of_an_unknown_partner_is_refused(vault: vaults.Vault) -> None:
    with vault.session() as s:
        with pytest.raises(NotFoundError) as caught:
            p.create_facilitator(s, p.FacilitatorSpec("Awa", Sector.SOCIAL, organisation_id=9))
        assert caught.value.entity == "organisation"
        with pytest.raises(InvalidChoiceError):
            p.create_facilitator(s, p.FacilitatorSpec("Awa", "médecin"))  # type: ignore[arg-type]
        assert p.list_facilitators(s) == ()


def test_room_names_are_unique_ignoring_case(vault: vaults.Vault) -> None:
    with vault.session() as s:
        room = p.create_room(s, p.RoomSpec("Salle Jaurès", address="2 rue X", capacity=10))
        with pytest.raises(DuplicateError) as caught:
            p.create_room(s, p.RoomSpec("salle jaurès"))
        assert caught.value.existing_id == room.id
        same = p.update_room(s, room.id, p.RoomSpec("Salle Jaurès", capacity=12))
        with pytest.raises(OutOfRangeError):
            p.create_room(s, p.RoomSpec("Bureau", capacity=0))
    with vault.session() as s:
        assert p.list_rooms(s) == (same,)
        assert p.get_room(s, room.id).spec == p.RoomSpec("Salle Jaurès", None, 12)


# ---------------------------------------------------------------- actions


def test_training_and_public_actions_keep_their_own_figures(vault: vaults.Vault) -> None:
    with vault.session() as s:
        training = p.create_action(
            s,
            p.ActionSpec(
                "Repérer les violences",
                ActionKind.TRAINING,
                2026,
                trained={Sector.HEALTH: 12, Sector.EDUCATION: 7, Sector.JUSTICE: 0},
            ),
        )
        posters = p.create_action(
            s,
            p.ActionSpec(
                "Campagne 25 novembre",
                ActionKind.PUBLIC_ACTION,
                2026,
                public_kind=PublicActionKind.POSTERS,
                estimated_reach=5000,
            ),
        )
        p.create_action(s, p.ActionSpec("Plénière", ActionKind.PLENARY, 2027))
    with vault.session() as s:
        assert p.get_action(s, training.id).spec.trained == {
            Sector.EDUCATION: 7,
            Sector.HEALTH: 12,
        }
        assert s.execute(select(func.count()).select_from(ActionTrained)).scalar_one() == 2
        assert p.get_action(s, posters.id).spec.estimated_reach == 5000
        assert [a.spec.title for a in p.list_actions(s, year=2026)] == [
            "Campagne 25 novembre",
            "Repérer les violences",
        ]
        assert p.list_actions(s, kind=ActionKind.TRAINING) == (training,)
        assert [a.spec.kind for a in p.list_actions(s)] == [
            ActionKind.PUBLIC_ACTION,
            ActionKind.TRAINING,
            ActionKind.PLENARY,
        ]


def test_updating_training_figures_replaces_them(vault: vaults.Vault) -> None:
    with vault.session() as s:
        spec = p.ActionSpec("Formation", ActionKind.TRAINING, 2026, trained={Sector.HEALTH: 3})
        action = p.create_action(s, spec)
    with vault.session() as s:
        p.update_action(s, action.id, dataclasses.replace(spec, trained={Sector.SOCIAL: 4}))
    with vault.session() as s:
        assert p.get_action(s, action.id).spec.trained == {Sector.SOCIAL: 4}


TALK = p.ActionSpec("Groupe de parole", ActionKind.TALK_GROUP, 2026)


@pytest.mark.parametrize(
    ("spec", "error", "field"),
    [
        (dataclasses.replace(TALK, title=" "), RequiredError, "title"),
        (dataclasses.replace(TALK, year=2101), OutOfRangeError, "year"),
        (dataclasses.replace(TALK, kind="atelier"), InvalidChoiceError, "kind"),  # type: ignore[arg-type]
        (
            dataclasses.replace(TALK, review_status=ReviewStatus.NOT_RENEWED),
            RequiredError,
            "review_reason",
        ),
        (dataclasses.replace(TALK, review_reason="budget"), NotApplicableError, "review_reason"),
        (
            dataclasses.replace(TALK, public_kind=PublicActionKind.WEB),
            NotApplicableError,
            "public_kind",
        ),
        (dataclasses.replace(TALK, estimated_reach=10), NotApplicableError, "estimated_reach"),
        (dataclasses.replace(TALK, trained={Sector.SOCIAL: 1}), NotApplicableError, "trained"),
        (
            p.ActionSpec("Stand", ActionKind.PUBLIC_ACTION, 2026),
            RequiredError,
            "public_kind",
        ),
        (
            p.ActionSpec(
                "Stand",
                ActionKind.PUBLIC_ACTION,
                2026,
                public_kind=PublicActionKind.STAND,
                estimated_reach=-1,
            ),
            OutOfRangeError,
            "estimated_reach",
        ),
        (
            p.ActionSpec("F", ActionKind.TRAINING, 2026, trained={Sector.SOCIAL: -2}),
            OutOfRangeError,
            "trained",
        ),
        (dataclasses.replace(TALK, previous_action_id=99), NotFoundError, "previous_action_id"),
    ],
)
def test_an_invalid_action_is_refused_and_nothing_is_written(
    vault: vaults.Vault, spec: p.ActionSpec, error: type[ValidationError], field: str
) -> None:
    with vault.session() as s:
        before = counts(s)
        with pytest.raises(error) as caught:
            p.create_action(s, spec)
        assert caught.value.field == field
        assert counts(s) == before


def test_the_yearly_review_records_a_reason_for_not_renewing(vault: vaults.Vault) -> None:
    with vault.session() as s:
        action = p.create_action(s, TALK)
    with vault.session() as s:
        with pytest.raises(RequiredError):
            p.review_action(s, action.id, ReviewStatus.NOT_RENEWED)
        reviewed = p.review_action(s, action.id, ReviewStatus.NOT_RENEWED, "Fin du financement")
    assert reviewed.spec.review_status is ReviewStatus.NOT_RENEWED
    with vault.session() as s:
        assert s.get(Action, action.id).review_reason == "Fin du financement"  # type: ignore[union-attr]
        running = p.review_action(s, action.id, ReviewStatus.RUNNING)
    assert running.spec.review_reason is None


def test_renewing_links_next_years_action_to_this_one(vault: vaults.Vault) -> None:
    with vault.session() as s:
        first = p.create_action(
            s,
            p.ActionSpec(
                "Stand marché",
                ActionKind.PUBLIC_ACTION,
                2026,
                review_status=ReviewStatus.RUNNING,
                public_kind=PublicActionKind.STAND,
                estimated_reach=300,
            ),
        )
    with vault.session() as s:
        second = p.renew_action(s, first.id)
    with vault.session() as s:
        assert p.get_action(s, first.id).spec.review_status is ReviewStatus.RENEWED
        again = p.get_action(s, second.id)
    assert again.spec.year == 2027
    assert again.spec.previous_action_id == first.id
    assert again.is_renewal
    assert not first.is_renewal
    assert again.spec.review_status is ReviewStatus.PROPOSED
    assert again.spec.public_kind is PublicActionKind.STAND
    assert again.spec.estimated_reach is None


def test_an_action_is_renewed_once(vault: vaults.Vault) -> None:
    with vault.session() as s:
        first = p.create_action(s, TALK)
        second = p.renew_action(s, first.id)
    with pytest.raises(AlreadyRenewedError) as exc, vault.session() as s:
        p.renew_action(s, first.id)
    assert (exc.value.action_id, exc.value.renewed_by) == (first.id, second.id)
    other = dataclasses.replace(TALK, year=2027, previous_action_id=first.id)
    with pytest.raises(AlreadyRenewedError), vault.session() as s:
        p.create_action(s, other)
    with vault.session() as s:  # the renewal itself stays editable
        p.update_action(s, second.id, dataclasses.replace(other, title="Groupe 2027"))
        assert p.get_action(s, second.id).spec.title == "Groupe 2027"
        assert s.scalar(select(func.count()).select_from(Action)) == 2


def test_a_renewal_must_follow_an_earlier_year(vault: vaults.Vault) -> None:
    with vault.session() as s:
        first = p.create_action(s, TALK)
        with pytest.raises(OutOfRangeError) as caught:
            p.create_action(s, dataclasses.replace(TALK, previous_action_id=first.id))
        assert caught.value.field == "previous_action_id"
        with pytest.raises(NotFoundError):
            p.update_action(s, first.id, dataclasses.replace(TALK, previous_action_id=first.id))


def test_a_typed_room_name_becomes_a_room_only_when_none_was_chosen(vault: vaults.Vault) -> None:
    with vault.session() as s:
        existing = p.create_room(s, p.RoomSpec("Salle A"))
        assert p.room_for(s, existing.id, "Salle B") == existing.id
        assert p.room_for(s, None, "   ") is None
        created = p.room_for(s, None, " Salle B ")
        assert created is not None
    with vault.session() as s:
        assert [r.spec.name for r in p.list_rooms(s)] == ["Salle A", "Salle B"]
