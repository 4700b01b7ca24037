"""Editors of the directory: partner organisations, their contributions, facilitators."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from vpi_groups.programme.records import (
    ContributionInfo,
    ContributionSpec,
    FacilitatorInfo,
    FacilitatorSpec,
    OrganisationInfo,
    OrganisationSpec,
    Sector,
)
from vpi_groups.ui.editing import EditorDialog, check_box
from vpi_groups.ui.models.labels import euros, parse_euros
from vpi_groups.ui.widgets import (
    CheckedSpinBox,
    date_value,
    optional_date,
    say_unchosen,
    sector_combo,
    set_date_value,
    start_unchosen,
)


class OrganisationDialog(EditorDialog):
    """Create or edit a partner organisation."""

    HELP_TOPIC = "directory"

    def __init__(self, info: OrganisationInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisationEditor")
        self.info = info
        self.setWindowTitle(
            self.tr("New partner organisation") if info is None else self.tr("Partner organisation")
        )
        self.name = QLineEdit(self)
        self.name.setObjectName("organisationName")
        self.sector = sector_combo(self, "organisationSector")
        start_unchosen(self.sector, self.tr("Choose…"))
        self.contact_name = QLineEdit(self)
        self.contact_name.setObjectName("contactName")
        self.contact_role = QLineEdit(self)
        self.contact_role.setObjectName("contactRole")
        self.contact_email = QLineEdit(self)
        self.contact_email.setObjectName("contactEmail")
        self.contact_phone = QLineEdit(self)
        self.contact_phone.setObjectName("contactPhone")
        self.agreement_start = optional_date(self, "agreementStart")
        self.agreement_end = optional_date(self, "agreementEnd")
        self.add_field(self.tr("&Name:"), self.name, "name")
        self.add_field(self.tr("Sec&tor:"), self.sector, "sector")
        self.add_field(self.tr("&Contact person:"), self.contact_name, "contact_name")
        self.add_field(self.tr("Contact's &role:"), self.contact_role, "contact_role")
        self.add_field(self.tr("&E-mail:"), self.contact_email, "contact_email")
        self.add_field(self.tr("&Phone:"), self.contact_phone, "contact_phone")
        self.add_field(self.tr("Agreement &from:"), self.agreement_start, "agreement_start")
        self.add_field(self.tr("Agreement &until:"), self.agreement_end, "agreement_end")
        self.finish_layout()
        if info is not None:
            spec = info.spec
            self.name.setText(spec.name)
            self.sector.setCurrentIndex(self.sector.findData(spec.sector.value))
            self.contact_name.setText(spec.contact_name or "")
            self.contact_role.setText(spec.contact_role or "")
            self.contact_email.setText(spec.contact_email or "")
            self.contact_phone.setText(spec.contact_phone or "")
            set_date_value(self.agreement_start, spec.agreement_start)
            set_date_value(self.agreement_end, spec.agreement_end)
        for edit in (self.name, self.contact_name, self.contact_role):
            self.fields.line_edit(edit)
        self.fields.line_edit(self.contact_email)
        self.fields.line_edit(self.contact_phone)
        self.fields.combo(self.sector)
        self.fields.date(self.agreement_start)
        self.fields.date(self.agreement_end)
        self.fields.reset()
        self.resize(520, self.sizeHint().height())

    def ready_to_save(self) -> bool:
        """Refuse to save while no sector is chosen (said next to it)."""
        return not say_unchosen(
            [(self.sector, self.error_label("sector"), self.tr("Choose a sector."))]
        )

    def spec(self) -> OrganisationSpec:
        """What the form says (once Save found a sector chosen)."""
        return OrganisationSpec(
            name=self.name.text(),
            sector=Sector(self.sector.currentData()),
            contact_name=self.contact_name.text(),
            contact_role=self.contact_role.text(),
            contact_email=self.contact_email.text(),
            contact_phone=self.contact_phone.text(),
            agreement_start=date_value(self.agreement_start),
            agreement_end=date_value(self.agreement_end),
        )


class AmountError(ValueError):
    """An amount that is not a number; ``field`` is the form's field it was typed in."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


ActionChoice = tuple[int, int, str]
"""An action a contribution may go to: its id, its year, its title."""


class ContributionDialog(EditorDialog):
    """Add or correct one year's contribution of a partner.

    Besides money and help in kind in words, the estimated value of the help in kind
    (counted in the bilan's contributions in kind) and the action of that year it goes
    to (or the programme as a whole): both are kept when a contribution is corrected.
    """

    HELP_TOPIC = "directory"

    def __init__(
        self,
        organisation_id: int,
        info: ContributionInfo | None,
        parent: QWidget | None = None,
        actions: tuple[ActionChoice, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contributionEditor")
        self.organisation_id = organisation_id
        self.info = info
        self.action_choices = actions
        self.setWindowTitle(
            self.tr("New contribution") if info is None else self.tr("Contribution")
        )
        self.year = CheckedSpinBox(self, 2000, 2100, dt.date.today().year, "contributionYear")
        self.amount = QLineEdit(self)
        self.amount.setObjectName("contributionAmount")
        self.amount.setPlaceholderText(self.tr("e.g. 1 500,00"))
        euro = QLabel("€", self)
        self.in_kind = QLineEdit(self)
        self.in_kind.setObjectName("contributionInKind")
        self.in_kind.setPlaceholderText(self.tr("e.g. a room two evenings a month"))
        self.in_kind_value = QLineEdit(self)
        self.in_kind_value.setObjectName("contributionInKindValue")
        self.in_kind_value.setPlaceholderText(self.tr("e.g. 800"))
        self.in_kind_value.setToolTip(
            self.tr(
                "What the help in kind would have cost (a room's rent, hours of staff): "
                "the bilan counts it in the contributions in kind."
            )
        )
        value_euro = QLabel("€", self)
        self.action = QComboBox(self)
        self.action.setObjectName("contributionAction")
        self.add_field(self.tr("&Year:"), self.year.with_message(), "year")
        self.add_field(self.tr("&Amount:"), self.amount, "amount", extra=euro)
        self.add_field(self.tr("In &kind:"), self.in_kind, "in_kind")
        self.add_field(
            self.tr("Estimated &value:"), self.in_kind_value, "in_kind_value", extra=value_euro
        )
        self.add_field(self.tr("Acti&on:"), self.action, "action_id")
        self.finish_layout()
        chosen: int | None = None
        if info is not None:
            spec = info.spec
            self.year.setValue(spec.year)
            self.amount.setText("" if spec.amount is None else _plain(spec.amount))
            self.in_kind.setText(spec.in_kind or "")
            value = spec.in_kind_value
            self.in_kind_value.setText("" if value is None else _plain(value))
            chosen = spec.action_id
        self._fill_actions(chosen)
        self.year.valueChanged.connect(lambda _y: self._fill_actions(self.action.currentData()))
        self.in_kind.textChanged.connect(self._in_kind_given)
        self._in_kind_given(self.in_kind.text())
        self.fields.spin(self.year)
        self.fields.line_edit(self.amount)
        self.fields.line_edit(self.in_kind)
        self.fields.line_edit(self.in_kind_value)
        self.fields.combo(self.action)
        self.fields.reset()
        self.resize(480, self.sizeHint().height())

    def _fill_actions(self, keep: int | None) -> None:
        """The actions of the year chosen; the one chosen stays if it is of that year."""
        year = self.year.value()
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr("The programme as a whole"), None)
        for action_id, action_year, title in self.action_choices:
            if action_year == year:
                self.action.addItem(title, action_id)
        found = self.action.findData(keep) if keep is not None else 0
        if found < 0 and keep is not None:  # an action of another year, kept as it is
            title = next((t for i, _y, t in self.action_choices if i == keep), str(keep))
            self.action.addItem(title, keep)
            found = self.action.count() - 1
        self.action.setCurrentIndex(max(0, found))
        self.action.blockSignals(False)

    def _in_kind_given(self, words: str) -> None:
        """An estimated value only goes with help in kind said in words."""
        self.in_kind_value.setEnabled(bool(words.strip()) or bool(self.in_kind_value.text()))

    def spec(self) -> ContributionSpec:
        """What the form says.

        Raises:
            AmountError: an amount is not a number (shown under its field).
        """
        amounts = {}
        for field, edit in (("amount", self.amount), ("in_kind_value", self.in_kind_value)):
            try:
                amounts[field] = parse_euros(edit.text())
            except ValueError:
                raise AmountError(field) from None
        return ContributionSpec(
            organisation_id=self.organisation_id,
            year=self.year.value(),
            amount=amounts["amount"],
            in_kind=self.in_kind.text(),
            in_kind_value=amounts["in_kind_value"],
            action_id=self.action.currentData(),
        )


def _plain(amount: Decimal) -> str:
    """An amount as typed in a field: ``1500,00`` (the table shows ``1 500,00 €``)."""
    return euros(amount).replace("\u202f", "").replace("\u00a0€", "")


class FacilitatorDialog(EditorDialog):
    """Create or edit a facilitator."""

    HELP_TOPIC = "directory"

    def __init__(
        self,
        info: FacilitatorInfo | None,
        organisations: tuple[OrganisationInfo, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("facilitatorEditor")
        self.info = info
        self.setWindowTitle(self.tr("New facilitator") if info is None else self.tr("Facilitator"))
        self.name = QLineEdit(self)
        self.name.setObjectName("facilitatorName")
        self.organisation = QComboBox(self)
        self.organisation.setObjectName("facilitatorOrganisation")
        self.organisation.addItem(self.tr("(none)"), None)
        for organisation in organisations:
            self.organisation.addItem(organisation.spec.name, organisation.id)
        self.role = QLineEdit(self)
        self.role.setObjectName("facilitatorRole")
        self.role.setPlaceholderText(self.tr("e.g. social worker, psychologist"))
        self.sector = sector_combo(self, "facilitatorSector")
        start_unchosen(self.sector, self.tr("Choose…"))
        self.email = QLineEdit(self)
        self.email.setObjectName("facilitatorEmail")
        self.email.setPlaceholderText(self.tr("e.g. first.last@example.org"))
        self.email.setToolTip(
            self.tr("Where invitations to trainings and meetings are sent (optional).")
        )
        self.active = check_box(self.tr("&Active (can be given new groups)"), self, "active")
        self.active.setChecked(True)
        self.add_field(self.tr("&Name:"), self.name, "name")
        self.add_field(self.tr("&Organisation:"), self.organisation, "organisation_id")
        self.add_field(self.tr("&Role:"), self.role, "role")
        self.add_field(self.tr("Sec&tor:"), self.sector, "sector")
        self.add_field(self.tr("&E-mail:"), self.email, "email")
        self.form.addRow(self.active)
        self.finish_layout()
        if info is not None:
            spec = info.spec
            self.name.setText(spec.name)
            self.organisation.setCurrentIndex(
                max(0, self.organisation.findData(spec.organisation_id))
            )
            self.role.setText(spec.role or "")
            self.sector.setCurrentIndex(self.sector.findData(spec.sector.value))
            self.email.setText(spec.email or "")
            self.active.setChecked(spec.active)
        self.fields.line_edit(self.name)
        self.fields.combo(self.organisation)
        self.fields.line_edit(self.role)
        self.fields.combo(self.sector)
        self.fields.line_edit(self.email)
        self.fields.check(self.active)
        self.fields.reset()
        self.resize(480, self.sizeHint().height())

    def ready_to_save(self) -> bool:
        """Refuse to save while no sector is chosen (said next to it)."""
        return not say_unchosen(
            [(self.sector, self.error_label("sector"), self.tr("Choose a sector."))]
        )

    def spec(self) -> FacilitatorSpec:
        """What the form says (once Save found a sector chosen)."""
        return FacilitatorSpec(
            name=self.name.text(),
            sector=Sector(self.sector.currentData()),
            organisation_id=self.organisation.currentData(),
            role=self.role.text(),
            active=self.active.isChecked(),
            email=self.email.text(),
        )


# ---------------------------------------------------------------- the page
