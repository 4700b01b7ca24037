"""Groups and actions: the programme's actions by axis and year, and the talk groups of each.

The action editor holds the yearly review; the group editor holds a talk group's
settings and its recurrence, with a live preview of the dates computed by the
recurrence service (sessions kept, public holidays and closures skipped).

Saving an existing group first tries the series edit in a unit of work that is rolled
back, to learn which edited sessions the new rule no longer has (``unfitting``); the
user then chooses to keep them, delete them, or go back to the editor. Nothing is
written before that answer.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from vpi_groups.programme import records as programme
from vpi_groups.programme.records import (
    ActionInfo,
    ActionKind,
    FacilitatorInfo,
    RoomInfo,
)
from vpi_groups.scheduling import records, recurrence, series
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.scheduling.records import GroupInfo, GroupSpec, SessionInfo
from vpi_groups.ui.editors.programme import ActionDialog, GroupDialog
from vpi_groups.ui.models.labels import (
    long_date_text,
)
from vpi_groups.ui.models.programme import ActionModel, GroupModel
from vpi_groups.ui.pages.base import RecordsPage, page_title
from vpi_groups.ui.question import Choice, ask
from vpi_groups.ui.widgets import page_button, select_id, selected_id, table_box, table_view


@dataclass(frozen=True)
class ProgrammeSnapshot:
    """Everything the page shows, read in one unit of work."""

    actions: tuple[ActionInfo, ...]
    groups: tuple[GroupInfo, ...]
    facilitators: tuple[FacilitatorInfo, ...]
    rooms: tuple[RoomInfo, ...]


def read_programme(session: Any) -> ProgrammeSnapshot:
    """Read actions, groups, facilitators and rooms (inside a worker's unit of work)."""
    return ProgrammeSnapshot(
        programme.list_actions(session),
        records.list_groups(session),
        programme.list_facilitators(session),
        programme.list_rooms(session),
    )


class ProgrammePage(RecordsPage):
    """Actions by axis and year, with their yearly review, and the talk groups of each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot: ProgrammeSnapshot | None = None
        self.unfitting_box: QMessageBox | None = None
        # an action to show when the page is next read: (its year, its id)
        self.to_select: tuple[int, int] | None = None

        title = page_title(self.tr("Groups and actions"), self)

        self.year_filter = QComboBox(self)
        self.year_filter.setObjectName("yearFilter")
        self.year_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_filter.currentIndexChanged.connect(self._filter_actions)
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year_filter)

        self.action_model = ActionModel(self)
        self.group_model = GroupModel(self)
        actions_box = QGroupBox(self.tr("Actions"), self)
        self.action_view = table_view(self.action_model, actions_box, "actionTable")
        self.action_view.doubleClicked.connect(self.edit_action)
        self.new_action_button = page_button(
            self.tr("&New action…"), "newAction", self.new_action, actions_box
        )
        self.edit_action_button = page_button(
            self.tr("&Edit action…"), "editAction", self.edit_action, actions_box
        )
        self.renew_action_button = page_button(
            self.tr("Rene&w next year"), "renewAction", self.renew_action, actions_box
        )
        self.renew_action_button.setToolTip(
            self.tr(
                "Mark the selected action renewed and create next year's, linked to it: "
                "reports count it as a renewed action."
            )
        )
        table_box(
            actions_box,
            self.action_view,
            self.new_action_button,
            self.edit_action_button,
            self.renew_action_button,
        )

        groups_box = QGroupBox(self.tr("Talk groups of the selected action"), self)
        self.group_view = table_view(self.group_model, groups_box, "groupTable")
        self.group_view.doubleClicked.connect(self.edit_group)
        self.new_group_button = page_button(
            self.tr("New &group…"), "newGroup", self.new_group, groups_box
        )
        self.edit_group_button = page_button(
            self.tr("Edit g&roup…"), "editGroup", self.edit_group, groups_box
        )
        table_box(groups_box, self.group_view, self.new_group_button, self.edit_group_button)

        self.message = QLabel(self)
        self.message.setObjectName("programmeMessage")
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(year_label)
        top.addWidget(self.year_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(actions_box, 3)
        layout.addWidget(groups_box, 2)
        layout.addWidget(self.message)
        self.action_view.selectionModel().selectionChanged.connect(self._action_selected)
        self.group_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # ------------------------------------------------------------ Page

    def clear(self) -> None:
        """Forget every record: empty tables, editors and questions closed."""
        self.vault = None
        self.snapshot = None
        self._close_editor()
        if self.unfitting_box is not None:
            self.unfitting_box.done(0)
            self.unfitting_box.deleteLater()
        self.unfitting_box = None
        self.to_select = None
        self.action_model.clear()
        self.group_model.clear()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.blockSignals(False)
        self.message.clear()
        self._update_buttons()

    def holds_record_data(self) -> bool:
        """Whether anything read from the vault is still held."""
        return (
            self.vault is not None
            or self.snapshot is not None
            or self.editor is not None
            or self.unfitting_box is not None
            or self.action_model.rowCount() > 0
            or self.group_model.rowCount() > 0
        )

    # ------------------------------------------------------------ showing

    def _read(self, session: Any) -> ProgrammeSnapshot:
        return read_programme(session)

    def _show(self, snapshot: ProgrammeSnapshot) -> None:
        if self.vault is None:
            return  # locked meanwhile
        self.snapshot = snapshot
        chosen = self.year_filter.currentData()
        years = sorted({a.spec.year for a in snapshot.actions} | {dt.date.today().year})
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("All years"), None)
        for year in reversed(years):
            self.year_filter.addItem(str(year), year)
        target = self.to_select
        self.to_select = None
        if target is not None:
            chosen = target[0]
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(chosen)))
        self.year_filter.blockSignals(False)
        self._filter_actions()
        if target is not None:
            select_id(self.action_view, target[1])

    def _filter_actions(self) -> None:
        action = selected_id(self.action_view)
        year = self.year_filter.currentData()
        shown = (
            ()
            if self.snapshot is None
            else tuple(a for a in self.snapshot.actions if year is None or a.spec.year == year)
        )
        self.action_model.set_actions(shown)
        select_id(self.action_view, action)
        self._action_selected()

    def _action_selected(self) -> None:
        action = self._selected_action()
        group = selected_id(self.group_view)
        if self.snapshot is None or action is None:
            self.group_model.clear()
        else:
            names = {f.id: f.spec.name for f in self.snapshot.facilitators}
            self.group_model.set_groups(
                (g for g in self.snapshot.groups if g.spec.action_id == action.id), names
            )
            select_id(self.group_view, group)
        self._update_buttons()

    def _reopen(self, method: str, record: int | None) -> bool:
        """Reopen an editor whose changes were kept when the window locked."""
        if self.snapshot is None:
            return False
        action_id = record
        if method == "edit_group":
            action_id = next(
                (g.spec.action_id for g in self.snapshot.groups if g.id == record), None
            )
        if method in {"edit_action", "new_group", "edit_group"}:
            action = next((a for a in self.snapshot.actions if a.id == action_id), None)
            if action is None:
                return False
            self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(action.spec.year)))
            self._filter_actions()
            select_id(self.action_view, action.id)
            if method == "edit_group":
                select_id(self.group_view, record)
                if selected_id(self.group_view) != record:
                    return False
        elif method != "new_action":
            return False
        getattr(self, method)()
        return self.editor is not None

    def _selected_action(self) -> ActionInfo | None:
        chosen = selected_id(self.action_view)
        if self.snapshot is None or chosen is None:
            return None
        return next((a for a in self.snapshot.actions if a.id == chosen), None)

    def _selected_group(self) -> GroupInfo | None:
        chosen = selected_id(self.group_view)
        if self.snapshot is None or chosen is None:
            return None
        return next((g for g in self.snapshot.groups if g.id == chosen), None)

    def _update_buttons(self) -> None:
        action = self._selected_action()
        talk = action is not None and action.spec.kind is ActionKind.TALK_GROUP
        self.new_action_button.setEnabled(self.snapshot is not None)
        self.edit_action_button.setEnabled(action is not None)
        self.renew_action_button.setEnabled(action is not None and self._renewal_of(action) is None)
        self.new_group_button.setEnabled(talk)
        self.edit_group_button.setEnabled(talk and self._selected_group() is not None)

    def _renewal_of(self, action: ActionInfo) -> ActionInfo | None:
        """The action that continues ``action`` next year, if any."""
        if self.snapshot is None:
            return None
        return next(
            (a for a in self.snapshot.actions if a.spec.previous_action_id == action.id), None
        )

    def _fail(self, error: Exception) -> None:
        self.to_select = None
        super()._fail(error)

    # ------------------------------------------------------------ editors

    def new_action(self) -> None:
        """Open the editor for a new action (of the year shown, or this year)."""
        if self.snapshot is None:
            return
        year = self.year_filter.currentData() or dt.date.today().year
        dialog = ActionDialog(None, year, self)

        def save() -> None:
            spec = dialog.spec()
            self._save(dialog, lambda s: programme.create_action(s, spec))

        self._open(dialog, save, ("new_action", None))

    def edit_action(self) -> None:
        """Open the editor of the selected action."""
        info = self._selected_action()
        if info is None:
            return
        dialog = ActionDialog(info, info.spec.year, self)

        def save() -> None:
            spec = dialog.spec()
            self._save(dialog, lambda s: programme.update_action(s, info.id, spec))

        self._open(dialog, save, ("edit_action", info.id))

    def renew_action(self) -> None:
        """Continue the selected action next year, then show the new one."""
        action = self._selected_action()
        vault = self.vault
        if vault is None or action is None or self._renewal_of(action) is not None:
            return
        if self.runner.busy:
            return
        following = action.spec.year + 1

        def work(session: Any) -> tuple[int, ProgrammeSnapshot]:
            created = programme.renew_action(session, action.id).id
            return created, read_programme(session)

        def done(result: tuple[int, ProgrammeSnapshot]) -> None:
            if self.vault is not vault:
                return  # locked (or another vault opened) meanwhile: show nothing
            created, snapshot = result
            self.to_select = (following, created)
            self._show(snapshot)
            self.message.setStyleSheet("")
            self.message.setText(
                self.tr("“%1” continues in %2: its action for %2 was created, to be filled in.")
                .replace("%1", action.spec.title)
                .replace("%2", str(following))
            )

        self.runner.unit(vault, work, done, self._fail)

    def new_group(self) -> None:
        """Open the editor for a new talk group of the selected action."""
        action = self._selected_action()
        if self.snapshot is None or action is None:
            return
        dialog = GroupDialog(action.id, None, self.snapshot.facilitators, self.snapshot.rooms, self)

        def save() -> None:
            spec, room = dialog.spec(), dialog.room_choice()[1]
            self._save(dialog, lambda s: series.create_group(s, _with_room(s, spec, room)))

        self._open(dialog, save, ("new_group", action.id))

    def edit_group(self) -> None:
        """Open the editor of the selected group; its series edit is checked before saving."""
        info = self._selected_group()
        if self.snapshot is None or info is None:
            return
        dialog = GroupDialog(
            info.spec.action_id, info, self.snapshot.facilitators, self.snapshot.rooms, self
        )
        dialog.submitted.connect(lambda: self._check_series_edit(dialog, info.id))
        self._open(dialog, lambda: None, ("edit_group", info.id))

    def _check_series_edit(self, dialog: GroupDialog, group_id: int) -> None:
        """Try the edit in a unit of work that is rolled back; ask if sessions no longer fit."""
        vault = self.vault
        if vault is None:
            return
        spec, room = dialog.spec(), dialog.room_choice()[1]
        dialog.set_busy(True)

        def work(session: Any) -> tuple[SessionInfo, ...]:
            change = series.update_group(session, group_id, _with_room(session, spec, room))
            return change.unfitting

        def checked(unfitting: tuple[SessionInfo, ...]) -> None:
            if self.editor is not dialog:
                return
            if not unfitting:
                self._apply_series_edit(dialog, group_id, spec, room, ())
            else:
                self._ask_about(dialog, group_id, spec, room, unfitting)

        def failed(error: Exception) -> None:
            if self.editor is dialog:
                dialog.show_error(error)

        self.runner.unit(vault, work, checked, failed, preview=True)

    def _ask_about(
        self,
        dialog: GroupDialog,
        group_id: int,
        spec: GroupSpec,
        room: str,
        unfitting: tuple[SessionInfo, ...],
    ) -> None:
        zone = recurrence.zone(spec.recurrence.timezone)
        lines = "\n".join(
            "• "
            + long_date_text(s.start.astimezone(zone).date())
            + " "
            + s.start.astimezone(zone).strftime("%H:%M")
            for s in unfitting
        )
        ids = tuple(s.id for s in unfitting)

        def answered(choice: str | None) -> None:
            self.unfitting_box = None
            if self.editor is not dialog:
                return
            if choice == "keepUnfitting":
                self._apply_series_edit(dialog, group_id, spec, room, ())
            elif choice == "deleteUnfitting":
                self._apply_series_edit(dialog, group_id, spec, room, ids)
            else:
                dialog.set_busy(False)

        self.unfitting_box = ask(
            dialog,
            name="unfittingQuestion",
            title=self.tr("Sessions that no longer fit"),
            text=self.tr(
                "These sessions were edited by hand and the new rhythm has no session on "
                "their day:\n%1\n\nKeep them as they are, or delete them?"
            ).replace("%1", lines),
            choices=[
                Choice(self.tr("&Keep them"), "keepUnfitting", QMessageBox.ButtonRole.AcceptRole),
                Choice(
                    self.tr("&Delete them"),
                    "deleteUnfitting",
                    QMessageBox.ButtonRole.DestructiveRole,
                ),
                Choice(self.tr("&Back to the editor"), "backToEditor"),
            ],
            answered=answered,
            icon=QMessageBox.Icon.Warning,
        )

    def _apply_series_edit(
        self,
        dialog: GroupDialog,
        group_id: int,
        spec: GroupSpec,
        room: str,
        delete_ids: tuple[int, ...],
    ) -> None:
        def change(session: Any) -> None:
            outcome = series.update_group(session, group_id, _with_room(session, spec, room))
            still = {s.id for s in outcome.unfitting}
            for session_id in delete_ids:
                if session_id in still:
                    scheduling.delete_session(session, session_id)

        self._save(dialog, change)


def _with_room(session: Any, spec: GroupSpec, room_name: str) -> GroupSpec:
    """The spec with its room (a typed name that is no room yet becomes one, same unit)."""
    return dataclasses.replace(spec, room_id=programme.room_for(session, spec.room_id, room_name))
