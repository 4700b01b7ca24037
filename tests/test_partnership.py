"""The partnership: conventions, renewals, partners of a year, bodies, the bilan's words.

Every refusal is checked with the French sentence it gets.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.scheduling.conftest import PASSPHRASE, empty_programme
from vpi_groups.error_messages import describe
from vpi_groups.programme import narratives, partnership
from vpi_groups.programme import records as programme
from vpi_groups.programme.partnership import (
    AmendmentSpec,
    CommitmentSpec,
    ConventionSpec,
    SignatorySpec,
)
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import (
    ActionKind,
    ActionNarrative,
    CommitmentKind,
    ConventionAmendment,
    ConventionCommitment,
    ConventionSignatory,
    GovernanceBody,
    Sector,
)
from vpi_groups.validation import (
    EndBeforeStartError,
    InvalidChoiceError,
    InvalidValueError,
    NotApplicableError,
    NotFoundError,
    RequiredError,
    TooLongError,
    ValidationError,
)

NBSP = "\u00a0"


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[vaults.Vault]:
    folder: Path = tmp_path_factory.mktemp("partnership") / "vault"
    vault, _recovery = vaults.create(folder, PASSPHRASE, kdf_seconds=0)
    yield vault
    vault.lock()


@pytest.fixture
def vault(shared: vaults.Vault) -> Iterator[vaults.Vault]:
    """The module's vault with no programme records, emptied again afterwards."""
    empty_programme(shared)
    yield shared
    empty_programme(shared)


def _organisation(
    vault: vaults.Vault,
    name: str,
    agreement_start: dt.date | None = None,
    agreement_end: dt.date | None = None,
) -> int:
    with vault.session() as s:
        return programme.create_organisation(
            s,
            programme.OrganisationSpec(
                name, Sector.SOCIAL, agreement_start=agreement_start, agreement_end=agreement_end
            ),
        ).id


@pytest.fixture
def orgs(vault: vaults.Vault) -> tuple[int, int, int]:
    """Three partners: the town, the CIDFF, the CCAS."""
    return (
        _organisation(vault, "Mairie"),
        _organisation(vault, "CIDFF"),
        _organisation(vault, "CCAS"),
    )


def _spec(orgs: tuple[int, int, int], **changes: object) -> ConventionSpec:
    town, cidff, _ccas = orgs
    spec = ConventionSpec(
        title="  Convention du réseau VIF  ",
        starts_on=dt.date(2024, 1, 1),
        ends_on=dt.date(2025, 12, 31),
        object="   ",
        signatories=(
            SignatorySpec(cidff, " Mme Ferrand, directrice ", dt.date(2023, 12, 12)),
            SignatorySpec(town),
        ),
        commitments=(
            CommitmentSpec(town, CommitmentKind.ROOMS, "Salles", Decimal("4500")),
            CommitmentSpec(cidff, CommitmentKind.STAFF, "Une juriste"),
        ),
        amendments=(
            # given out of order: kept in the order signed
            AmendmentSpec(dt.date(2025, 11, 2), "Avenant 2 : raccourcie", dt.date(2026, 6, 30)),
            AmendmentSpec(dt.date(2025, 3, 1), "Avenant 1 : prolongée", dt.date(2027, 6, 30)),
            AmendmentSpec(dt.date(2025, 12, 1), "Avenant 3 : nouvel objet"),
        ),
    )
    return dataclasses.replace(spec, **changes)  # type: ignore[arg-type]


# ---------------------------------------------------------------- conventions


def test_a_convention_keeps_its_signatories_commitments_and_amendments(
    vault: vaults.Vault, orgs: tuple[int, int, int]
) -> None:
    town, cidff, _ccas = orgs
    with vault.session() as s:
        created = partnership.create_convention(s, _spec(orgs))
    with vault.session() as s:
        info = partnership.get_convention(s, created.id)
    assert info == created
    assert info.spec.title == "Convention du réseau VIF"
    assert info.spec.object is None
    assert info.signatory_names == ("CIDFF", "Mairie")  # the order given
    assert info.spec.signatories == (
        SignatorySpec(cidff, "Mme Ferrand, directrice", dt.date(2023, 12, 12)),
        SignatorySpec(town, None, None),
    )
    assert info.spec.commitments[0].amount == Decimal("4500")
    assert info.spec.commitments[1].amount is None
    assert [a.signed_on for a in info.spec.amendments] == [
        dt.date(2025, 3, 1),
        dt.date(2025, 11, 2),
        dt.date(2025, 12, 1),
    ]
    # the last amendment that moves the end decides it (even to an earlier day)
    assert info.effective_end == dt.date(2026, 6, 30)
    assert info.spec.ends_on == dt.date(2025, 12, 31)


def test_without_an_amendment_moving_it_the_end_is_its_own(
    vault: vaults.Vault, orgs: tuple[int, int, int]
) -> None:
    amendments = (AmendmentSpec(dt.date(2025, 3, 1), "Nouvel objet"),)
    with vault.session() as s:
        info = partnership.create_convention(s, _spec(orgs, amendments=amendments))
    assert info.effective_end == dt.date(2025, 12, 31)


def test_an_update_replaces_everything_and_a_delete_forgets_it(
    vault: vaults.Vault, orgs: tuple[int, int, int]
) -> None:
    town, _cidff, ccas = orgs
    with vault.session() as s:
        first = partnership.create_convention(s, _spec(orgs))
        earlier = partnership.create_convention(
            s, _spec(orgs, title="Ancienne", starts_on=dt.date(2020, 1, 1), amendments=())
        )
    changed = _spec(
        orgs,
        signatories=(SignatorySpec(ccas, "M. Lenoir"), SignatorySpec(town)),
        commitments=(CommitmentSpec(ccas, CommitmentKind.MONEY, "Subvention", Decimal("1000")),),
        amendments=(),
    )
    with vault.session() as s:
        updated = partnership.update_convention(s, first.id, changed)
    assert updated.signatory_names == ("CCAS", "Mairie")
    assert updated.spec.amendments == ()
    assert updated.effective_end == dt.date(2025, 12, 31)
    with vault.session() as s:
        assert [c.id for c in partnership.list_conventions(s)] == [earlier.id, first.id]
        partnership.delete_convention(s, first.id)
    with vault.session() as s:
        assert [c.id for c in partnership.list_conventions(s)] == [earlier.id]
        for model in (ConventionSignatory, ConventionCommitment, ConventionAmendment):
            left = s.scalar(
                select(func.count()).select_from(model).where(model.convention_id == first.id)
            )
            assert left == 0, model
        with pytest.raises(NotFoundError):
            partnership.get_convention(s, first.id)


REFUSALS = [
    ({"title": "  "}, RequiredError, "Le titre est obligatoire"),
    ({"ends_on": dt.date(2023, 12, 31)}, EndBeforeStartError, "La fin précède le début"),
    (
        {"signatories": "twice"},
        InvalidValueError,
        "Cette structure figure deux fois parmi les signataires",
    ),
    ({"commitments": "not-signed"}, InvalidValueError, "Un engagement se rapporte"),
    ({"commitments": "blank"}, RequiredError, "Décrivez chaque engagement"),
    ({"commitments": "negative"}, InvalidValueError, "compris entre 0 et 100 000 000"),
    ({"commitments": "half-cent"}, InvalidValueError, "deux décimales au plus"),
    (
        {"amendments": (AmendmentSpec(dt.date(2025, 1, 1), "Avenant", dt.date(2023, 6, 1)),)},
        EndBeforeStartError,
        "La nouvelle fin fixée par l'avenant précède le début de la convention",
    ),
    (
        {"amendments": (AmendmentSpec(dt.date(2025, 1, 1), " "),)},
        RequiredError,
        "Dites ce que change l'avenant",
    ),
    ({"signatories": "unknown"}, NotFoundError, "Cette fiche n'existe plus"),
    ({"signatories": "long"}, TooLongError, "200 caractères au plus"),
]


def _refused_spec(orgs: tuple[int, int, int], changes: dict[str, object]) -> ConventionSpec:
    town, cidff, ccas = orgs
    given = dict(changes)
    if given.get("signatories") == "twice":
        given["signatories"] = (SignatorySpec(town), SignatorySpec(cidff), SignatorySpec(town))
    elif given.get("signatories") == "unknown":
        given["signatories"] = (SignatorySpec(999_999),)
        given["commitments"] = ()
    elif given.get("signatories") == "long":
        given["signatories"] = (SignatorySpec(town, "x" * 201),)
        given["commitments"] = ()
    kind = CommitmentKind.MONEY
    commitments = {
        "not-signed": (CommitmentSpec(ccas, kind, "Subvention", Decimal(10)),),
        "blank": (CommitmentSpec(town, kind, "   "),),
        "negative": (CommitmentSpec(town, kind, "Subvention", Decimal(-1)),),
        "half-cent": (CommitmentSpec(town, kind, "Subvention", Decimal("10.005")),),
    }
    if isinstance(given.get("commitments"), str):
        given["commitments"] = commitments[str(given["commitments"])]
    return _spec(orgs, **given)


@pytest.mark.parametrize(("changes", "error", "said"), REFUSALS)
def test_what_a_convention_refuses_in_french_and_nothing_is_written(
    vault: vaults.Vault,
    orgs: tuple[int, int, int],
    changes: dict[str, object],
    error: type[ValidationError],
    said: str,
) -> None:
    spec = _refused_spec(orgs, changes)
    with vault.session() as s, pytest.raises(error) as raised:
        partnership.create_convention(s, spec)
    assert said in describe(raised.value, "fr")
    with vault.session() as s:
        assert partnership.list_conventions(s) == ()
    # an update refused leaves the convention as it was
    with vault.session() as s:
        kept = partnership.create_convention(s, _spec(orgs))
    with vault.session() as s, pytest.raises(error):
        partnership.update_convention(s, kept.id, spec)
    with vault.session() as s:
        assert partnership.get_convention(s, kept.id) == kept


def test_the_conventions_in_force_over_a_period_follow_their_amended_end(
    vault: vaults.Vault, orgs: tuple[int, int, int]
) -> None:
    with vault.session() as s:
        amended = partnership.create_convention(s, _spec(orgs))  # 2024 to mid-2026
        old = partnership.create_convention(
            s,
            _spec(
                orgs,
                title="2021-2023",
                starts_on=dt.date(2021, 1, 1),
                ends_on=dt.date(2023, 1, 1),
                amendments=(),
            ),
        )
        later = partnership.create_convention(
            s,
            _spec(
                orgs,
                title="2027",
                starts_on=dt.date(2027, 1, 1),
                ends_on=dt.date(2027, 12, 31),
                amendments=(),
            ),
        )

        def ids(first: dt.date, last: dt.date) -> list[int]:
            return [c.id for c in partnership.conventions_in_force(s, first, last)]

        assert ids(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == [amended.id]
        # ending on the first day counts, starting on the last too; starting after it does not
        assert ids(dt.date(2023, 1, 1), dt.date(2023, 12, 31)) == [old.id]
        assert ids(dt.date(2023, 1, 1), dt.date(2024, 1, 1)) == [old.id, amended.id]
        assert ids(dt.date(2022, 1, 1), dt.date(2022, 12, 31)) == [old.id]
        assert ids(dt.date(2026, 7, 1), dt.date(2026, 12, 31)) == []
        assert ids(dt.date(2026, 7, 1), dt.date(2027, 1, 1)) == [later.id]
        with pytest.raises(EndBeforeStartError):
            partnership.conventions_in_force(s, dt.date(2026, 2, 1), dt.date(2026, 1, 1))


# ---------------------------------------------------------------- renewal

TODAY = dt.date(2026, 10, 2)


def _convention(s: Session, title: str, start: dt.date, end: dt.date) -> int:
    return partnership.create_convention(s, ConventionSpec(title, start, end)).id


def test_renewal_is_recalled_from_90_days_before_the_end_to_89_days_after(
    vault: vaults.Vault,
) -> None:
    start = dt.date(2024, 1, 1)
    with vault.session() as s:
        ninety = _convention(s, "À 90 jours", start, TODAY + dt.timedelta(days=90))
        _convention(s, "À 91 jours", start, TODAY + dt.timedelta(days=91))
        passed = _convention(s, "Échue", start, TODAY - dt.timedelta(days=10))
        _convention(s, "Échue depuis 90 jours", start, TODAY - dt.timedelta(days=90))
        last_day = _convention(s, "Dernier jour", start, TODAY)
        due = partnership.renewal_reminders(s, TODAY)
    assert [(r.convention_id, r.days_left) for r in due] == [
        (passed, -10),
        (last_day, 0),
        (ninety, 90),
    ]
    assert due[2] == partnership.RenewalReminder(ninety, "À 90 jours", dt.date(2026, 12, 31), 90)


def test_a_convention_followed_by_a_newer_one_is_not_recalled(vault: vaults.Vault) -> None:
    with vault.session() as s:
        ending = _convention(s, "2024-2026", dt.date(2024, 1, 1), dt.date(2026, 11, 30))
        # one that starts earlier and ends later does not follow it
        _convention(s, "Cadre 2020-2030", dt.date(2020, 1, 1), dt.date(2030, 12, 31))
        assert [r.convention_id for r in partnership.renewal_reminders(s, TODAY)] == [ending]
        newer = _convention(s, "2026-2029", dt.date(2026, 11, 1), dt.date(2029, 12, 31))
        assert partnership.renewal_reminders(s, TODAY) == ()
        # a newer one ending the same day does not follow it either (both are due)
        partnership.update_convention(
            s, newer, ConventionSpec("2026", dt.date(2026, 11, 1), dt.date(2026, 11, 30))
        )
        due = partnership.renewal_reminders(s, TODAY)
        assert [r.convention_id for r in due] == [ending, newer]


def test_an_amendment_that_extends_the_convention_puts_off_its_renewal(
    vault: vaults.Vault,
) -> None:
    with vault.session() as s:
        cid = _convention(s, "2024-2026", dt.date(2024, 1, 1), dt.date(2026, 11, 30))
        assert len(partnership.renewal_reminders(s, TODAY)) == 1
        extension = AmendmentSpec(dt.date(2026, 9, 1), "Prolongation", dt.date(2027, 12, 31))
        spec = partnership.get_convention(s, cid).spec
        partnership.update_convention(s, cid, dataclasses.replace(spec, amendments=(extension,)))
        assert partnership.renewal_reminders(s, TODAY) == ()
        assert partnership.renewal_reminders(s, dt.date(2027, 10, 2))[0].days_left == 90


@pytest.mark.parametrize(
    ("end", "days", "french", "english"),
    [
        (
            dt.date(2026, 12, 31),
            45,
            "La convention «\u00a0Réseau\u00a0» expire le 31 décembre 2026 (dans 45 jours).",
            "The convention \u201cRéseau\u201d expires on 31 December 2026 (in 45 days).",
        ),
        (
            dt.date(2026, 12, 1),
            1,
            "La convention «\u00a0Réseau\u00a0» expire le 1er décembre 2026 (demain).",
            "The convention \u201cRéseau\u201d expires on 1 December 2026 (tomorrow).",
        ),
        (
            dt.date(2026, 12, 1),
            0,
            "La convention «\u00a0Réseau\u00a0» expire le 1er décembre 2026 (aujourd'hui).",
            "The convention \u201cRéseau\u201d expires on 1 December 2026 (today).",
        ),
        (
            dt.date(2025, 12, 1),
            -91,
            "La convention «\u00a0Réseau\u00a0» a expiré le 1er décembre 2025 (il y a 91 jours).",
            "The convention \u201cRéseau\u201d expired on 1 December 2025 (91 days ago).",
        ),
        (
            dt.date(2025, 12, 1),
            -1,
            "La convention «\u00a0Réseau\u00a0» a expiré le 1er décembre 2025 (hier).",
            "The convention \u201cRéseau\u201d expired on 1 December 2025 (yesterday).",
        ),
    ],
)
def test_the_reminder_in_words(end: dt.date, days: int, french: str, english: str) -> None:
    reminder = partnership.RenewalReminder(1, "Réseau", end, days)
    assert partnership.reminder_text(reminder) == french
    assert partnership.reminder_text(reminder, "en") == english


# ---------------------------------------------------------------- partners of a year


def test_the_partners_of_a_year(vault: vaults.Vault) -> None:
    joined = _organisation(vault, "CIDFF", agreement_start=dt.date(2024, 9, 1))
    contributed = _organisation(vault, "ccas")  # no dates: counts through its contribution
    signed = _organisation(vault, "Éducation nationale")  # through the convention
    _organisation(vault, "Bailleur social")  # no dates, nothing: never
    gone = _organisation(
        vault,
        "Ancien partenaire",
        agreement_start=dt.date(2020, 1, 1),
        agreement_end=dt.date(2024, 6, 30),
    )
    end_only = _organisation(vault, "Gendarmerie", agreement_end=dt.date(2026, 12, 31))
    with vault.session() as s:
        for org in (contributed, gone):  # gone: its period is over, whatever it gives
            programme.add_contribution(s, programme.ContributionSpec(org, 2025, Decimal(100)))
        programme.add_contribution(s, programme.ContributionSpec(end_only, 2026, Decimal(50)))
        partnership.create_convention(
            s,
            ConventionSpec(
                "2025",
                dt.date(2025, 1, 1),
                dt.date(2025, 12, 31),
                signatories=(SignatorySpec(signed), SignatorySpec(gone)),
            ),
        )

        def names(year: int) -> list[str]:
            return [p.name for p in partnership.partners_of_year(s, year)]

        assert names(2023) == ["Ancien partenaire"]
        assert names(2024) == ["Ancien partenaire", "CIDFF"]
        # dictionary order: "ccas" before "CIDFF", "Éducation" among the E
        assert names(2025) == ["ccas", "CIDFF", "Éducation nationale"]
        assert names(2026) == ["CIDFF", "Gendarmerie"]
        (cidff,) = [p for p in partnership.partners_of_year(s, 2026) if p.organisation_id == joined]
        assert cidff == partnership.PartnerOfYear(
            joined, "CIDFF", Sector.SOCIAL, dt.date(2024, 9, 1), None
        )


# ---------------------------------------------------------------- governance bodies


def _body_spec(**changes: object) -> programme.ActionSpec:
    spec = programme.ActionSpec(
        "Comité de pilotage",
        ActionKind.WORKING_GROUP,
        2026,
        body=GovernanceBody.STEERING_COMMITTEE,
    )
    return dataclasses.replace(spec, **changes)  # type: ignore[arg-type]


def test_a_governance_body_is_kept_read_back_changed_and_renewed(vault: vaults.Vault) -> None:
    with vault.session() as s:
        plain = programme.create_action(
            s,
            programme.ActionSpec(
                "Commission", ActionKind.WORKING_GROUP, 2026, theme_axis=ActionKind.TRAINING
            ),
        )
        body = programme.create_action(s, _body_spec())
    with vault.session() as s:
        assert programme.get_action(s, body.id).spec.body is GovernanceBody.STEERING_COMMITTEE
        listed = {a.id: a.spec.body for a in programme.list_actions(s, year=2026)}
        assert listed == {plain.id: None, body.id: GovernanceBody.STEERING_COMMITTEE}
        groups = programme.working_groups_of(s, [plain.id, body.id])
        assert groups[body.id].body is GovernanceBody.STEERING_COMMITTEE
        assert groups[plain.id].body is None
        assert groups[plain.id].theme_axis is ActionKind.TRAINING
        changed = programme.update_action(
            s, body.id, _body_spec(body=GovernanceBody.CISPD, title="CISPD")
        )
        assert changed.spec.body is GovernanceBody.CISPD
        renewal = programme.renew_action(s, body.id)
        assert renewal.spec.body is GovernanceBody.CISPD
        # back to an ordinary working group
        current = programme.get_action(s, body.id).spec
        plain_again = programme.update_action(s, body.id, dataclasses.replace(current, body=None))
        assert plain_again.spec.body is None
        assert programme.get_action(s, renewal.id).spec.body is GovernanceBody.CISPD


@pytest.mark.parametrize(
    ("changes", "error", "said"),
    [
        (
            {"kind": ActionKind.TRAINING},
            NotApplicableError,
            "Seul un groupe de travail peut être une instance de gouvernance",
        ),
        (
            {"theme_axis": ActionKind.TRAINING},
            InvalidValueError,
            "ne travaille pas sur un axe",
        ),
        ({"body": "mayor"}, InvalidChoiceError, "Choisissez une valeur dans la liste"),
    ],
)
def test_what_a_governance_body_refuses(
    vault: vaults.Vault, changes: dict[str, object], error: type[ValidationError], said: str
) -> None:
    with vault.session() as s, pytest.raises(error) as raised:
        programme.create_action(s, _body_spec(**changes))
    assert said in describe(raised.value, "fr")
    with vault.session() as s:
        assert programme.list_actions(s) == ()


# ---------------------------------------------------------------- contributions


def test_a_contribution_in_kind_has_its_value_and_its_action(vault: vaults.Vault) -> None:
    org = _organisation(vault, "CCAS")
    with vault.session() as s:
        action = programme.create_action(
            s, programme.ActionSpec("Groupes", ActionKind.TALK_GROUP, 2026)
        ).id
        other_year = programme.create_action(
            s, programme.ActionSpec("Groupes", ActionKind.TALK_GROUP, 2025)
        ).id
        given = programme.ContributionSpec(
            org, 2026, in_kind=" Salle ", in_kind_value=Decimal("800.50"), action_id=action
        )
        stored = programme.add_contribution(s, given)
    assert stored.spec == dataclasses.replace(given, in_kind="Salle")
    with vault.session() as s:
        assert programme.list_contributions(s, year=2026) == (stored,)
    refused: list[tuple[programme.ContributionSpec, type[ValidationError], str]] = [
        (
            programme.ContributionSpec(org, 2026, Decimal(10), in_kind_value=Decimal(5)),
            NotApplicableError,
            "Une valeur estimée se rapporte à une participation en nature",
        ),
        (
            programme.ContributionSpec(org, 2026, Decimal(10), action_id=other_year),
            InvalidValueError,
            "L'action choisie est d'une autre année",
        ),
        (
            programme.ContributionSpec(org, 2026, Decimal(10), action_id=999_999),
            NotFoundError,
            "Cette fiche n'existe plus",
        ),
        (
            programme.ContributionSpec(org, 2026, in_kind="Salle", in_kind_value=Decimal(-3)),
            InvalidValueError,
            "compris entre 0 et 100 000 000",
        ),
    ]
    for spec, error, said in refused:
        with vault.session() as s, pytest.raises(error) as raised:
            programme.update_contribution(s, stored.id, spec)
        assert said in describe(raised.value, "fr")
        with vault.session() as s:
            assert programme.list_contributions(s) == (stored,)


# ---------------------------------------------------------------- the bilan's words


def test_the_words_of_a_sheet_are_kept_and_removed_when_all_empty(vault: vaults.Vault) -> None:
    with vault.session() as s:
        action = programme.create_action(
            s, programme.ActionSpec("Formation", ActionKind.TRAINING, 2025)
        ).id
        assert narratives.get_narrative(s, action) == narratives.NarrativeSpec()
        stored = narratives.set_narrative(
            s, action, narratives.NarrativeSpec(" Repérer ", "Les professionnels", "  ", None)
        )
    assert stored == narratives.NarrativeSpec("Repérer", "Les professionnels")
    with vault.session() as s:
        assert narratives.get_narrative(s, action) == stored
        narratives.set_narrative(s, action, narratives.NarrativeSpec(" ", None, "", None))
    with vault.session() as s:
        assert narratives.get_narrative(s, action) == narratives.NarrativeSpec()
        with pytest.raises(NotFoundError):
            narratives.get_narrative(s, 999_999)
        with pytest.raises(NotFoundError):
            narratives.set_narrative(s, 999_999, narratives.NarrativeSpec("Repérer"))


def test_a_renewal_starts_from_last_year_s_aims_and_audience(vault: vaults.Vault) -> None:
    with vault.session() as s:
        first = programme.create_action(
            s, programme.ActionSpec("Formation", ActionKind.TRAINING, 2025)
        ).id
        narratives.set_narrative(
            s, first, narratives.NarrativeSpec("Repérer", "Médecins", "Deux sessions", "Élargir")
        )
        renewal = programme.renew_action(s, first).id
        new = programme.create_action(
            s, programme.ActionSpec("Nouvelle", ActionKind.TRAINING, 2026)
        ).id
        assert narratives.starting_point(s, renewal) == narratives.NarrativeSpec(
            aims="Repérer", audience="Médecins"
        )
        assert narratives.starting_point(s, new) == narratives.NarrativeSpec()
        # last year had no aims: its next steps are this year's
        narratives.set_narrative(
            s, first, narratives.NarrativeSpec(None, "Médecins", "Deux sessions", "Élargir")
        )
        assert narratives.starting_point(s, renewal) == narratives.NarrativeSpec(
            aims="Élargir", audience="Médecins"
        )
        # once written, the sheet starts from its own words
        own = narratives.set_narrative(s, renewal, narratives.NarrativeSpec(narrative="Trois"))
        assert narratives.starting_point(s, renewal) == own
        assert narratives.get_narrative(s, renewal) == own


def test_cancelling_a_renewal_takes_its_words_along(vault: vaults.Vault) -> None:
    with vault.session() as s:
        first = programme.create_action(
            s, programme.ActionSpec("Formation", ActionKind.TRAINING, 2025)
        )
        renewal = programme.renew_action(s, first.id).id
        narratives.set_narrative(s, renewal, narratives.NarrativeSpec("Repérer"))
        programme.cancel_renewal(s, first.id, renewal, first.spec.review_status)
    with vault.session() as s:
        assert [a.id for a in programme.list_actions(s)] == [first.id]
        assert s.scalar(select(func.count()).select_from(ActionNarrative)) == 0
