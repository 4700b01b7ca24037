"""The directory ("Annuaire"): partner organisations, their yearly contributions, facilitators.

Every save is one unit of work that also reads the directory back, so the tables show
what the vault holds. Editors are dialogs opened without blocking (``open``); they stay
open with the service's complaint under the field concerned until the save succeeds.
An empty directory shows, instead of its tables, why it comes first (a group needs its
facilitators) and buttons for the first partner or facilitator.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vpi_groups.programme import records as programme
from vpi_groups.programme.records import (
    ContributionInfo,
    FacilitatorInfo,
    OrganisationInfo,
)
from vpi_groups.ui.editing import EditorDialog
from vpi_groups.ui.editors.directory import (
    ActionChoice,
    AmountError,
    ContributionDialog,
    FacilitatorDialog,
    OrganisationDialog,
)
from vpi_groups.ui.empty_state import EmptyState, switch_to
from vpi_groups.ui.models.directory import ContributionModel, FacilitatorModel, OrganisationModel
from vpi_groups.ui.pages.base import RecordsPage, page_title
from vpi_groups.ui.question import Choice, ask
from vpi_groups.ui.widgets import page_button, select_id, selected_id, table_box, table_view


@dataclass(frozen=True)
class DirectorySnapshot:
    """Everything the directory shows, read in one unit of work."""

    organisations: tuple[OrganisationInfo, ...]
    contributions: tuple[ContributionInfo, ...]
    facilitators: tuple[FacilitatorInfo, ...]
    actions: tuple[ActionChoice, ...] = ()  # what a contribution may go to


def read_directory(session: Any) -> DirectorySnapshot:
    """Read the directory (called inside a worker's unit of work)."""
    return DirectorySnapshot(
        programme.list_organisations(session),
        programme.list_contributions(session),
        programme.list_facilitators(session),
        programme.action_titles(session),
    )


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
        self.organisation_view.setAccessibleName(self.tr("Partner organisations"))
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
        self.contribution_view.setAccessibleName(self.tr("Contributions of the selected partner"))
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
        self.facilitator_view.setAccessibleName(self.tr("Facilitators"))
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

        self.tables = tables = QWidget(self)
        tables.setObjectName("directoryTables")
        for box in (partners, money, people):
            box.setParent(tables)
        top = QHBoxLayout()
        top.addWidget(partners, 5)
        top.addWidget(money, 3)
        tables_layout = QVBoxLayout(tables)
        tables_layout.setContentsMargins(0, 0, 0, 0)
        tables_layout.addLayout(top, 1)
        tables_layout.addWidget(people, 1)
        self.empty = EmptyState(self, "directoryEmpty")
        self.empty.explain(
            self.tr(
                "Start with the directory: the partner organisations and the facilitators. "
                "Each talk group needs at least two facilitators, chosen from here; then "
                "create the action and its groups in Groups and actions (rooms are typed "
                "in the group's editor)."
            ),
            (self.tr("Add a &partner…"), "firstOrganisation", self.new_organisation),
            (self.tr("Add a f&acilitator…"), "firstFacilitator", self.new_facilitator),
        )
        self.content = QStackedWidget(self)
        self.content.addWidget(tables)
        self.content.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.content, 1)
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
        self.content.setCurrentIndex(0)
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
        self._show_empty(not snapshot.organisations and not snapshot.facilitators)

    def is_empty_shown(self) -> bool:
        """Whether the explanation of an empty directory is shown instead of the tables."""
        return self.content.currentWidget() is self.empty

    def _show_empty(self, empty: bool) -> None:
        """The explanation while the directory is empty, the tables once it holds a record."""
        switch_to(self.content, self.empty if empty else self.tables)

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
        except ValueError as exc:  # an amount that is not a number, said before any database work
            label = dialog.error_label(exc.field if isinstance(exc, AmountError) else "amount")
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
            ContributionDialog(partner, None, self, self.snapshot.actions),
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
            ContributionDialog(info.spec.organisation_id, info, self, self.snapshot.actions),
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
