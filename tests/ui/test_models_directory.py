"""Directory tables: Qt model contract, French amounts, sorting by value."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vpi_groups.programme.records import (
    ContributionInfo,
    ContributionSpec,
    FacilitatorInfo,
    FacilitatorSpec,
    OrganisationInfo,
    OrganisationSpec,
    Sector,
)
from vpi_groups.ui.models.directory import ContributionModel, FacilitatorModel, OrganisationModel
from vpi_groups.ui.models.labels import euros, parse_euros
from vpi_groups.ui.models.table import ID_ROLE


def test_euros_in_french() -> None:
    assert euros(Decimal("1500")) == "1\u202f500,00\u00a0€"
    assert euros(Decimal("1234567.8")) == "1\u202f234\u202f567,80\u00a0€"
    assert euros(Decimal("0.5")) == "0,50\u00a0€"
    assert parse_euros("1 500,50 €") == Decimal("1500.50")
    assert parse_euros("1.500,50") == Decimal("1500.50")
    assert parse_euros("  ") is None


def test_organisation_model(qtmodeltester, french: QApplication) -> None:
    model = OrganisationModel()
    model.set_organisations(
        [
            OrganisationInfo(
                1,
                OrganisationSpec(
                    "CCAS",
                    Sector.LOCAL_AUTHORITY,
                    "M. Petit",
                    None,
                    None,
                    None,
                    dt.date(2025, 1, 1),
                    dt.date(2027, 12, 31),
                ),
            ),
            OrganisationInfo(2, OrganisationSpec("Association Aide", Sector.ASSOCIATION)),
        ]
    )
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Nom"
    assert model.cells(0)[OrganisationModel.AGREEMENT_START] == "01/01/2025"
    model.sort(OrganisationModel.NAME, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, 0), ID_ROLE) == 2
    # empty dates sort last
    model.sort(OrganisationModel.AGREEMENT_START, Qt.SortOrder.AscendingOrder)
    assert model.row_id(0) == 1
    qtmodeltester.check(model)


def test_contribution_model_sorts_amounts_as_numbers(qtmodeltester) -> None:
    model = ContributionModel()
    model.set_contributions(
        [
            ContributionInfo(1, ContributionSpec(1, 2025, Decimal("900"))),
            ContributionInfo(2, ContributionSpec(1, 2026, Decimal("12000"))),
            ContributionInfo(3, ContributionSpec(1, 2026, None, "Salle")),
        ]
    )
    qtmodeltester.check(model)
    model.sort(ContributionModel.AMOUNT, Qt.SortOrder.DescendingOrder)
    assert [model.row_id(r) for r in range(3)] == [2, 1, 3]
    model.sort(ContributionModel.AMOUNT, Qt.SortOrder.AscendingOrder)
    assert [model.row_id(r) for r in range(3)] == [1, 2, 3]
    model.clear()
    assert model.rowCount() == 0


def test_facilitator_model(qtmodeltester, french: QApplication) -> None:
    model = FacilitatorModel()
    model.set_facilitators(
        [
            FacilitatorInfo(1, FacilitatorSpec("Zoé", Sector.HEALTH, 5, "Infirmière")),
            FacilitatorInfo(2, FacilitatorSpec("Adam", Sector.JUSTICE, None, None, False)),
        ],
        {5: "Hôpital"},
    )
    qtmodeltester.check(model)
    assert model.cells(0) == ("Zoé", "Hôpital", "Infirmière", "Santé", "Oui")
    model.sort(FacilitatorModel.NAME, Qt.SortOrder.AscendingOrder)
    assert model.cells(0)[FacilitatorModel.ACTIVE] == "Non"
