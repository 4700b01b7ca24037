"""A public campaign's supports: kept with the action, checked, and counted in the report."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from vpi_groups.programme import records as programme
from vpi_groups.programme.records import ActionSpec, SupportSpec
from vpi_groups.reports import indicators as reports
from vpi_groups.reports.indicators import PeriodSpec
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import ActionKind, PublicActionKind, ReviewStatus, SupportKind
from vpi_groups.validation import (
    EndBeforeStartError,
    NotApplicableError,
    OutOfRangeError,
    TooLongError,
)

POSTERS = SupportSpec(
    SupportKind.POSTERS,
    quantity=300,
    starts_on=dt.date(2026, 3, 1),
    ends_on=dt.date(2026, 3, 31),
    places="Mairie\nCentre social\nPharmacies",
    estimated_reach=2500,
)
LEAFLETS = SupportSpec(SupportKind.LEAFLETS, quantity=1200, places="Marché du samedi")


def campaign(*supports: SupportSpec, reach: int | None = None) -> ActionSpec:
    return ActionSpec(
        "Campagne « Parler, c'est déjà agir »",
        ActionKind.PUBLIC_ACTION,
        2026,
        review_status=ReviewStatus.RUNNING,
        public_kind=PublicActionKind.POSTERS,
        estimated_reach=reach,
        supports=supports,
    )


def test_supports_are_kept_in_order_and_replaced_on_update(vault: vaults.Vault) -> None:
    with vault.session() as s:
        created = programme.create_action(s, campaign(POSTERS, LEAFLETS))
    with vault.session() as s:
        assert programme.get_action(s, created.id).spec.supports == (POSTERS, LEAFLETS)
        assert programme.list_actions(s, year=2026)[0].spec.supports == (POSTERS, LEAFLETS)
        programme.update_action(s, created.id, campaign(LEAFLETS))
    with vault.session() as s:
        assert programme.get_action(s, created.id).spec.supports == (LEAFLETS,)


def test_what_a_support_may_not_be(vault: vaults.Vault) -> None:
    bad = [
        (EndBeforeStartError, dataclasses.replace(POSTERS, ends_on=dt.date(2026, 2, 1))),
        (OutOfRangeError, dataclasses.replace(POSTERS, quantity=-1)),
        (OutOfRangeError, dataclasses.replace(POSTERS, estimated_reach=2_000_000)),
        (TooLongError, dataclasses.replace(POSTERS, places="x" * 1001)),
    ]
    for error, support in bad:
        with pytest.raises(error), vault.session() as s:
            programme.create_action(s, campaign(support))
    training = ActionSpec("Formation", ActionKind.TRAINING, 2026, supports=(LEAFLETS,))
    with pytest.raises(NotApplicableError), vault.session() as s:
        programme.create_action(s, training)
    with pytest.raises(OutOfRangeError), vault.session() as s:
        programme.create_action(s, campaign(*([LEAFLETS] * 51)))
    with vault.session() as s:
        assert programme.list_actions(s) == ()


def test_the_report_counts_quantities_by_support_and_reach(vault: vaults.Vault) -> None:
    with vault.session() as s:
        programme.create_action(s, campaign(POSTERS, LEAFLETS))  # no reach of its own
        programme.create_action(s, campaign(dataclasses.replace(POSTERS, quantity=50), reach=900))
        proposed = dataclasses.replace(campaign(POSTERS), review_status=ReviewStatus.PROPOSED)
        programme.create_action(s, proposed)  # not carried out: counts nothing
        report = reports.build_report(
            s, PeriodSpec.year(2026), k=3, now=dt.datetime(2027, 1, 5, tzinfo=dt.UTC)
        )
    supports = report.table("public-supports-by-support")
    quantities = {
        row.key: cells[0].exact for row, cells in zip(supports.rows, supports.cells, strict=True)
    }
    assert quantities["posters"] == 350
    assert quantities["leaflets"] == 1200
    assert quantities["press"] == 0
    reach = report.table("public-reach-by-form")
    by_form = {row.key: cells[0].exact for row, cells in zip(reach.rows, reach.cells, strict=True)}
    # the first campaign's supports added up (2,500), the second its own estimate (900)
    assert by_form["posters"] == 3400
