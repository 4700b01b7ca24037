"""Tables of the directory: partner organisations, their contributions, facilitators."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from vpi_groups.programme.records import ContributionInfo, FacilitatorInfo, OrganisationInfo
from vpi_groups.ui.models.labels import date_text, euros, sector_label
from vpi_groups.ui.models.table import Row, RowTableModel


class OrganisationModel(RowTableModel):
    """Partner organisations: name, sector, contact, agreement dates."""

    NAME, SECTOR, CONTACT, AGREEMENT_START, AGREEMENT_END = range(5)

    def headers(self) -> tuple[str, ...]:
        """Column titles."""
        return (
            self.tr("Name"),
            self.tr("Sector"),
            self.tr("Professional contact"),
            self.tr("Agreement from"),
            self.tr("Agreement until"),
        )

    def set_organisations(self, organisations: Iterable[OrganisationInfo]) -> None:
        """Show these organisations."""
        rows = []
        for info in organisations:
            spec = info.spec
            contact = " — ".join(p for p in (spec.contact_name, spec.contact_role) if p)
            sector = sector_label(spec.sector)
            rows.append(
                Row(
                    (
                        spec.name,
                        sector,
                        contact,
                        date_text(spec.agreement_start),
                        date_text(spec.agreement_end),
                    ),
                    (
                        spec.name.casefold(),
                        sector.casefold(),
                        contact.casefold(),
                        spec.agreement_start,
                        spec.agreement_end,
                    ),
                    info.id,
                )
            )
        self.set_rows(rows)


class ContributionModel(RowTableModel):
    """Contributions of one partner: year, amount in euros, in kind."""

    YEAR, AMOUNT, IN_KIND = range(3)

    def headers(self) -> tuple[str, ...]:
        """Column titles."""
        return (self.tr("Year"), self.tr("Financial contribution"), self.tr("In kind"))

    def set_contributions(self, contributions: Iterable[ContributionInfo]) -> None:
        """Show these contributions."""
        rows = []
        for info in contributions:
            spec = info.spec
            amount = "" if spec.amount is None else euros(spec.amount)
            rows.append(
                Row(
                    (str(spec.year), amount, spec.in_kind or ""),
                    (spec.year, spec.amount, (spec.in_kind or "").casefold()),
                    info.id,
                )
            )
        self.set_rows(rows)


class FacilitatorModel(RowTableModel):
    """Facilitators: name, organisation, role, sector, active or not."""

    NAME, ORGANISATION, ROLE, SECTOR, ACTIVE = range(5)

    def headers(self) -> tuple[str, ...]:
        """Column titles."""
        return (
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Role"),
            self.tr("Sector"),
            self.tr("Active"),
        )

    def set_facilitators(
        self, facilitators: Iterable[FacilitatorInfo], organisations: Mapping[int, str]
    ) -> None:
        """Show these facilitators; ``organisations`` maps ids to names."""
        yes, no = self.tr("Yes"), self.tr("No")
        rows = []
        for info in facilitators:
            spec = info.spec
            organisation = (
                "" if spec.organisation_id is None else organisations.get(spec.organisation_id, "")
            )
            sector = sector_label(spec.sector)
            rows.append(
                Row(
                    (spec.name, organisation, spec.role or "", sector, yes if spec.active else no),
                    (
                        spec.name.casefold(),
                        organisation.casefold(),
                        (spec.role or "").casefold(),
                        sector.casefold(),
                        not spec.active,
                    ),
                    info.id,
                )
            )
        self.set_rows(rows)
