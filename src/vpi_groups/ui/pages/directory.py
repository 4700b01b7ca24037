"""The directory ("Annuaire"): partner organisations, their yearly contributions, facilitators.

Every save is one unit of work that also reads the directory back, so the tables show
what the vault holds. Editors are dialogs opened without blocking (``open``); they stay
open with the service's complaint under the field concerned until the save succeeds.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vpi_groups.programme import records as programme
from vpi_groups.programme.records import (
    ContributionInfo,
    ContributionSpec,
    FacilitatorInfo,
    FacilitatorSpec,
    OrganisationInfo,
    OrganisationSpec,
    Sector,
)
from vpi_groups.ui.editing import EditorDialog, check_box, spin_box
from vpi_groups.ui.models.directory import ContributionModel, FacilitatorModel, OrganisationModel
from vpi_groups.ui.models.labels import euros, parse_euros, sector_label
from vpi_groups.ui.pages.base import RecordsPage, page_title
from vpi_groups.ui.question import Choice, ask

NO_DATE = QDate(1999, 12, 31)
"""Shown as a dash in a date field: no date."""


@dataclass(frozen=True)
class DirectorySnapshot:
    """Everything the directory shows, read in one unit of work."""

    organisations: tuple[OrganisationInfo, ...]
    contributions: tuple[ContributionInfo, ...]
    facilitators: tuple[FacilitatorInfo, ...]


def read_directory(session: Any) -> DirectorySnapshot:
    """Read the directory (called inside a worker's unit of work)."""
    return DirectorySnapshot(
        programme.list_organisations(session),
        programme.list_contributions(session),
        programme.list_facilitators(session),
    )


def table_view(model: Any, parent: QWidget, name: str) -> QTableView:
    """A sortable, single-row-selection table over one of our models."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    # Small tables (the directory, the programme): fit the columns to their content
    # whenever rows arrive, so that names are not cut; the user may still resize them.
    model.modelReset.connect(view.resizeColumnsToContents)
    return view


def page_button(text: str, name: str, slot: Callable[[], None], parent: QWidget) -> QPushButton:
    """A push button with an object name, calling ``slot`` without arguments."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def table_box(box: QGroupBox, view: QTableView, *buttons: QPushButton) -> None:
    """Lay out a group box: the table, then its buttons in a row."""
    layout = QVBoxLayout(box)
    layout.addWidget(view, 1)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)


def selected_id(view: QTableView) -> int | None:
    """The record id of the selected row, if any."""
    rows = view.selectionModel().selectedRows()
    if not rows:
        return None
    model = view.model()
    return model.row_id(rows[0].row())  # type: ignore[attr-defined]


def select_id(view: QTableView, row_id: int | None) -> None:
    """Select the row showing this record (if shown)."""
    if row_id is None:
        return
    row = view.model().row_of(row_id)  # type: ignore[attr-defined]
    if row >= 0:
        view.selectionModel().select(
            view.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.setCurrentIndex(view.model().index(row, 0))


def optional_date(parent: QWidget, name: str) -> QDateEdit:
    """A date field whose lowest value, shown as a dash, means "no date"."""
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setMaximumDate(QDate(2100, 12, 31))
    edit.setSpecialValueText("—")
    edit.setDate(NO_DATE)
    return edit


def date_value(edit: QDateEdit) -> dt.date | None:
    """The date of an optional date field, or None."""
    value = edit.date()
    if value == edit.minimumDate() and edit.specialValueText():
        return None
    return dt.date(value.year(), value.month(), value.day())


def set_date_value(edit: QDateEdit, day: dt.date | None) -> None:
    """Show a date (or the dash for None)."""
    edit.setDate(NO_DATE if day is None else QDate(day.year, day.month, day.day))


def sector_combo(parent: QWidget, name: str) -> QComboBox:
    """A list of the sectors, by their names."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for sector in Sector:
        combo.addItem(sector_label(sector), sector.value)
    return combo


# ---------------------------------------------------------------- editors


class OrganisationDialog(EditorDialog):
    """Create or edit a partner organisation."""

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

    def spec(self) -> OrganisationSpec:
        """What the form says."""
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


class ContributionDialog(EditorDialog):
    """Add or correct one year's contribution of a partner."""

    def __init__(
        self,
        organisation_id: int,
        info: ContributionInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contributionEditor")
        self.organisation_id = organisation_id
        self.info = info
        self.setWindowTitle(
            self.tr("New contribution") if info is None else self.tr("Contribution")
        )
        self.year = spin_box(self, 2000, 2100, dt.date.today().year, "contributionYear")
        self.amount = QLineEdit(self)
        self.amount.setObjectName("contributionAmount")
        self.amount.setPlaceholderText(self.tr("e.g. 1 500,00"))
        euro = QLabel("€", self)
        self.in_kind = QLineEdit(self)
        self.in_kind.setObjectName("contributionInKind")
        self.in_kind.setPlaceholderText(self.tr("e.g. a room two evenings a month"))
        self.add_field(self.tr("&Year:"), self.year, "year")
        self.add_field(self.tr("&Amount:"), self.amount, "amount", extra=euro)
        self.add_field(self.tr("In &kind:"), self.in_kind, "in_kind")
        self.finish_layout()
        if info is not None:
            self.year.setValue(info.spec.year)
            self.amount.setText("" if info.spec.amount is None else _plain_amount(info.spec))
            self.in_kind.setText(info.spec.in_kind or "")
        self.fields.spin(self.year)
        self.fields.line_edit(self.amount)
        self.fields.line_edit(self.in_kind)
        self.fields.reset()
        self.resize(480, self.sizeHint().height())

    def spec(self) -> ContributionSpec:
        """What the form says.

        Raises:
            ValueError: the amount is not a number (shown under the field).
        """
        return ContributionSpec(
            organisation_id=self.organisation_id,
            year=self.year.value(),
            amount=parse_euros(self.amount.text()),
            in_kind=self.in_kind.text(),
        )


def _plain_amount(spec: ContributionSpec) -> str:
    """The amount as typed in the field: ``1500,00`` (the table shows ``1 500,00 €``)."""
    assert spec.amount is not None
    return euros(spec.amount).replace("\u202f", "").replace("\u00a0€", "")


class FacilitatorDialog(EditorDialog):
    """Create or edit a facilitator."""

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
        self.active = check_box(self.tr("&Active (can be given new groups)"), self, "active")
        self.active.setChecked(True)
        self.add_field(self.tr("&Name:"), self.name, "name")
        self.add_field(self.tr("&Organisation:"), self.organisation, "organisation_id")
        self.add_field(self.tr("&Role:"), self.role, "role")
        self.add_field(self.tr("Sec&tor:"), self.sector, "sector")
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
            self.active.setChecked(spec.active)
        self.fields.line_edit(self.name)
        self.fields.combo(self.organisation)
        self.fields.line_edit(self.role)
        self.fields.combo(self.sector)
        self.fields.check(self.active)
        self.fields.reset()
        self.resize(480, self.sizeHint().height())

    def spec(self) -> FacilitatorSpec:
        """What the form says."""
        return FacilitatorSpec(
            name=self.name.text(),
            sector=Sector(self.sector.currentData()),
            organisation_id=self.organisation.currentData(),
            role=self.role.text(),
            active=self.active.isChecked(),
        )


# ---------------------------------------------------------------- the page


class DirectoryPage(RecordsPage):
    """Partner organisations with their contributions per year, and facilitators."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot: DirectorySnapshot | None = None
        self.confirm_box: QMessageBox | None = None

        title = page_title(self.tr("Directory"), self)

        self.organisations = OrganisationModel(self)
        self.contributions = ContributionModel(self)
        self.facilitators = FacilitatorModel(self)

        partners = QGroupBox(self.tr("Partner organisations"), self)
        self.organisation_view = table_view(self.organisations, partners, "organisationTable")
        self.organisation_view.doubleClicked.connect(self.edit_organisation)
        self.new_organisation_button = page_button(
            self.tr("&New partner…"), "newOrganisation", self.new_organisation, partners
        )
        self.edit_organisation_button = page_button(
            self.tr("&Edit partner…"), "editOrganisation", self.edit_organisation, partners
        )
        table_box(
            partners,
            self.organisation_view,
            self.new_organisation_button,
            self.edit_organisation_button,
        )

        money = QGroupBox(self.tr("Contributions of the selected partner"), self)
        self.contribution_view = table_view(self.contributions, money, "contributionTable")
        self.contribution_view.doubleClicked.connect(self.edit_contribution)
        self.add_contribution_button = page_button(
            self.tr("&Add a contribution…"), "addContribution", self.add_contribution, money
        )
        self.edit_contribution_button = page_button(
            self.tr("Ed&it…"), "editContribution", self.edit_contribution, money
        )
        self.delete_contribution_button = page_button(
            self.tr("De&lete…"), "deleteContribution", self.delete_contribution, money
        )
        table_box(
            money,
            self.contribution_view,
            self.add_contribution_button,
            self.edit_contribution_button,
            self.delete_contribution_button,
        )

        people = QGroupBox(self.tr("Facilitators"), self)
        self.facilitator_view = table_view(self.facilitators, people, "facilitatorTable")
        self.facilitator_view.doubleClicked.connect(self.edit_facilitator)
        self.new_facilitator_button = page_button(
            self.tr("New &facilitator…"), "newFacilitator", self.new_facilitator, people
        )
        self.edit_facilitator_button = page_button(
            self.tr("Edit facili&tator…"), "editFacilitator", self.edit_facilitator, people
        )
        self.toggle_active_button = page_button(
            self.tr("&Deactivate"), "toggleActive", self.toggle_active, people
        )
        table_box(
            people,
            self.facilitator_view,
            self.new_facilitator_button,
            self.edit_facilitator_button,
            self.toggle_active_button,
        )

        self.message = QLabel(self)
        self.message.setObjectName("directoryMessage")
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(partners, 5)
        top.addWidget(money, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addLayout(top, 1)
        layout.addWidget(people, 1)
        layout.addWidget(self.message)

        self.organisation_view.selectionModel().selectionChanged.connect(self._partner_selected)
        self.contribution_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.facilitator_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # ------------------------------------------------------------ Page

    def clear(self) -> None:
        """Forget every record: empty tables, editors and questions closed."""
        self.vault = None
        self.snapshot = None
        self._close_editor()
        if self.confirm_box is not None:
            self.confirm_box.done(0)
            self.confirm_box.deleteLater()
        self.confirm_box = None
        self.organisations.clear()
        self.contributions.clear()
        self.facilitators.clear()
        self.message.clear()
        self._update_buttons()

    def holds_record_data(self) -> bool:
        """Whether anything read from the vault is still held."""
        return (
            self.vault is not None
            or self.snapshot is not None
            or self.editor is not None
            or self.confirm_box is not None
            or any(
                m.rowCount() for m in (self.organisations, self.contributions, self.facilitators)
            )
        )

    # ------------------------------------------------------------ showing

    def _read(self, session: Any) -> DirectorySnapshot:
        return read_directory(session)

    def _show(self, snapshot: DirectorySnapshot) -> None:
        if self.vault is None:
            return  # locked meanwhile
        partner = selected_id(self.organisation_view)
        facilitator = selected_id(self.facilitator_view)
        self.snapshot = snapshot
        self.organisations.set_organisations(snapshot.organisations)
        names = {o.id: o.spec.name for o in snapshot.organisations}
        self.facilitators.set_facilitators(snapshot.facilitators, names)
        select_id(self.organisation_view, partner)
        select_id(self.facilitator_view, facilitator)
        self._partner_selected()

    def _partner_selected(self) -> None:
        partner = selected_id(self.organisation_view)
        chosen = (
            ()
            if self.snapshot is None or partner is None
            else tuple(c for c in self.snapshot.contributions if c.spec.organisation_id == partner)
        )
        self.contributions.set_contributions(chosen)
        self._update_buttons()

    def _update_buttons(self) -> None:
        loaded = self.snapshot is not None
        partner = selected_id(self.organisation_view) is not None
        contribution = selected_id(self.contribution_view) is not None
        facilitator = self._selected_facilitator()
        self.new_organisation_button.setEnabled(loaded)
        self.edit_organisation_button.setEnabled(partner)
        self.add_contribution_button.setEnabled(partner)
        self.edit_contribution_button.setEnabled(contribution)
        self.delete_contribution_button.setEnabled(contribution)
        self.new_facilitator_button.setEnabled(loaded)
        self.edit_facilitator_button.setEnabled(facilitator is not None)
        self.toggle_active_button.setEnabled(facilitator is not None)
        if facilitator is not None and not facilitator.spec.active:
            self.toggle_active_button.setText(self.tr("Re&activate"))
        else:
            self.toggle_active_button.setText(self.tr("&Deactivate"))

    def _selected_facilitator(self) -> FacilitatorInfo | None:
        chosen = selected_id(self.facilitator_view)
        if self.snapshot is None or chosen is None:
            return None
        return next((f for f in self.snapshot.facilitators if f.id == chosen), None)

    # ------------------------------------------------------------ editors

    def _edit(
        self,
        dialog: EditorDialog,
        save: Callable[[Any, Any], Any],
        origin: tuple[str, int | None],
    ) -> None:
        """Show an editor; on Save run ``save(session, spec)`` then read the directory back."""
        self._open(dialog, lambda: self._submit(dialog, save), origin)

    def _reopen(self, method: str, record: int | None) -> bool:
        """Reopen an editor whose changes were kept when the window locked."""
        views = {
            "edit_organisation": self.organisation_view,
            "add_contribution": self.organisation_view,
            "edit_contribution": self.contribution_view,
            "edit_facilitator": self.facilitator_view,
        }
        if method not in {"new_organisation", "new_facilitator", *views}:
            return False
        if record is not None:
            if method == "edit_contribution" and self.snapshot is not None:
                owner = next(
                    (c.spec.organisation_id for c in self.snapshot.contributions if c.id == record),
                    None,
                )
                if owner is None:
                    return False
                select_id(self.organisation_view, owner)
            select_id(views[method], record)
            if selected_id(views[method]) != record:
                return False
        getattr(self, method)()
        return self.editor is not None

    def _submit(self, dialog: EditorDialog, save: Callable[[Any, Any], Any]) -> None:
        try:
            spec = dialog.spec()  # type: ignore[attr-defined]  # read here, on the UI thread
        except ValueError:  # an amount that is not a number, said before any database work
            label = dialog.error_label("amount")
            label.setText(self.tr("Enter an amount in euros, for example 1 500,00."))
            label.show()
            return
        self._save(dialog, lambda session: save(session, spec))

    def new_organisation(self) -> None:
        """Open the editor for a new partner organisation."""
        if self.snapshot is None:
            return
        self._edit(
            OrganisationDialog(None, self),
            programme.create_organisation,
            ("new_organisation", None),
        )

    def edit_organisation(self) -> None:
        """Open the editor of the selected partner organisation."""
        chosen = selected_id(self.organisation_view)
        if self.snapshot is None or chosen is None:
            return
        info = next(o for o in self.snapshot.organisations if o.id == chosen)
        self._edit(
            OrganisationDialog(info, self),
            lambda s, spec: programme.update_organisation(s, info.id, spec),
            ("edit_organisation", info.id),
        )

    def add_contribution(self) -> None:
        """Open the editor for a new contribution of the selected partner."""
        partner = selected_id(self.organisation_view)
        if self.snapshot is None or partner is None:
            return
        self._edit(
            ContributionDialog(partner, None, self),
            programme.add_contribution,
            ("add_contribution", partner),
        )

    def edit_contribution(self) -> None:
        """Open the editor of the selected contribution."""
        chosen = selected_id(self.contribution_view)
        if self.snapshot is None or chosen is None:
            return
        info = next(c for c in self.snapshot.contributions if c.id == chosen)
        self._edit(
            ContributionDialog(info.spec.organisation_id, info, self),
            lambda s, spec: programme.update_contribution(s, info.id, spec),
            ("edit_contribution", info.id),
        )

    def delete_contribution(self) -> None:
        """Ask, then delete the selected contribution."""
        chosen = selected_id(self.contribution_view)
        vault = self.vault
        if vault is None or chosen is None:
            return

        def answered(choice: str | None) -> None:
            self.confirm_box = None
            if choice == "confirmDeleteButton" and self.vault is vault:
                self._run(lambda s: programme.delete_contribution(s, chosen))

        self.confirm_box = ask(
            self,
            name="confirmDelete",
            title=self.tr("Delete the contribution"),
            text=self.tr("Delete this contribution? This cannot be undone."),
            choices=[
                Choice(
                    self.tr("&Delete"),
                    "confirmDeleteButton",
                    QMessageBox.ButtonRole.DestructiveRole,
                ),
                Choice(self.tr("&Keep"), "keepButton"),
            ],
            answered=answered,
        )

    def new_facilitator(self) -> None:
        """Open the editor for a new facilitator."""
        if self.snapshot is None:
            return
        self._edit(
            FacilitatorDialog(None, self.snapshot.organisations, self),
            programme.create_facilitator,
            ("new_facilitator", None),
        )

    def edit_facilitator(self) -> None:
        """Open the editor of the selected facilitator."""
        info = self._selected_facilitator()
        if self.snapshot is None or info is None:
            return
        self._edit(
            FacilitatorDialog(info, self.snapshot.organisations, self),
            lambda s, spec: programme.update_facilitator(s, info.id, spec),
            ("edit_facilitator", info.id),
        )

    def toggle_active(self) -> None:
        """Deactivate the selected facilitator (kept on past sessions), or reactivate."""
        info = self._selected_facilitator()
        if info is None:
            return
        spec = dataclasses.replace(info.spec, active=not info.spec.active)
        self._run(lambda s: programme.update_facilitator(s, info.id, spec))
