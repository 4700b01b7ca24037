"""Groups and actions: the programme's actions by axis and year, and the talk groups of each.

The action editor holds the yearly review; the group editor holds a talk group's
settings and its recurrence, with a live preview of the dates computed by the
recurrence service (sessions kept, public holidays and closures skipped).

Saving an existing group first tries the series edit in a unit of work that is rolled
back, to learn which edited sessions the new rule no longer has (``unfitting``); the
user then chooses to keep them, delete them, or go back to the editor. Nothing is
written before that answer. The same trial run finds the double bookings the save
would add, and the editor knows which sessions fall outside the action's year: both
are told before saving, with "save anyway" or "back to the editor".

Continuing an action next year is tried the same way first, so the question says what
will be created; once done, it can be undone (button or Ctrl+Z) while nothing else
changed on the page. A group is deleted after a question, and only when no session a
report counts would go with it; it is duplicated into the editor, for the next term.

With no action yet, the page shows instead of its tables what comes first (an action,
then its groups, whose facilitators come from the directory) with the buttons for it;
a talk-group action with no group says the same in place of the groups' table.

"Add a session" opens the editor of one dated session outside any series: a
training's, a public action's, the plenary's, or an extra session of the selected
group (see :mod:`vpi_groups.ui.new_session_dialog`).

"Texts for the bilan…" (Ctrl+Shift+B, also in the actions' context menu) opens the
words of the selected action in the yearly bilan: its aims, audience, what was done
and next steps (see :mod:`vpi_groups.ui.editors.narrative`).

"Review of the year" opens the yearly review of the year shown (see
:mod:`vpi_groups.ui.review_dialog`), which renews actions the same way as this page
(:func:`~vpi_groups.ui.review_dialog.renew_with_groups`, and its undo).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vpi_groups import clock
from vpi_groups.programme import narratives
from vpi_groups.programme import records as programme
from vpi_groups.programme.records import (
    ActionInfo,
    ActionKind,
    FacilitatorInfo,
    RoomInfo,
)
from vpi_groups.scheduling import agenda, conflicts, records, recurrence, series
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.scheduling.agenda import ConflictNote
from vpi_groups.scheduling.conflicts import ConflictKind
from vpi_groups.scheduling.records import GroupInfo, GroupSpec, SessionInfo
from vpi_groups.session_edits import AddedSession
from vpi_groups.ui.editors.narrative import NarrativeDialog
from vpi_groups.ui.editors.programme import ActionDialog, GroupDialog
from vpi_groups.ui.empty_state import EmptyState, switch_to
from vpi_groups.ui.errors import error_style
from vpi_groups.ui.fit import WrappingRow
from vpi_groups.ui.models.labels import (
    long_date_text,
)
from vpi_groups.ui.models.programme import ActionModel, GroupModel
from vpi_groups.ui.new_session_dialog import NewSession, NewSessionDialog, choices_of_year
from vpi_groups.ui.pages.base import DIRECTORY, RecordsPage, page_title
from vpi_groups.ui.question import Choice, ask
from vpi_groups.ui.review_dialog import Renewal, ReviewDialog, renew_with_groups, undo_renewal
from vpi_groups.ui.widgets import page_button, select_id, selected_id, table_view

NARRATIVE_KEY = QKeySequence("Ctrl+Shift+B")
"""Opens the bilan's texts of the selected action (B for bilan)."""


@dataclass(frozen=True)
class ProgrammeSnapshot:
    """Everything the page shows, read in one unit of work."""

    actions: tuple[ActionInfo, ...]
    groups: tuple[GroupInfo, ...]
    facilitators: tuple[FacilitatorInfo, ...]
    rooms: tuple[RoomInfo, ...]


@dataclass(frozen=True)
class SaveCheck:
    """What a trial run of a group's save found: sessions that no longer fit, new conflicts."""

    unfitting: tuple[SessionInfo, ...]
    conflicts: tuple[ConflictNote, ...]


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
        self.action_view.setAccessibleName(self.tr("Actions"))
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
                "Mark the selected action renewed and create next year's, linked to it, "
                "with a copy of its talk groups: reports count it as a renewed action."
            )
        )
        self.new_session_button = page_button(
            self.tr("Add a &session…"), "newSession", self.new_session, actions_box
        )
        self.new_session_button.setToolTip(
            self.tr(
                "A dated session of the selected action (a training day, a stand, the "
                "plenary) or an extra session of the selected talk group, outside its series."
            )
        )
        self.review_button = page_button(
            self.tr("Review of &the year…"), "yearReview", self.open_review, actions_box
        )
        self.review_button.setToolTip(
            self.tr(
                "Each action of the year shown, its figures and the plenary's decision: "
                "renew, renew with changes, or stop."
            )
        )
        self.narrative_button = page_button(
            self.tr("Texts for the &bilan…"), "editNarrative", self.edit_narrative, actions_box
        )
        self.narrative_button.setToolTip(
            self.tr(
                "The selected action's aims, audience, what was done and next steps, "
                "for the yearly bilan (%1)"
            ).replace("%1", NARRATIVE_KEY.toString(QKeySequence.SequenceFormat.NativeText))
        )
        # The same commands in the actions' context menu; the bilan's texts by key too.
        self.narrative_action = QAction(self.tr("Texts for the &bilan…"), self)
        self.narrative_action.setObjectName("narrativeAction")
        self.narrative_action.setShortcut(NARRATIVE_KEY)
        self.narrative_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.narrative_action.triggered.connect(lambda _checked=False: self.edit_narrative())
        self.addAction(self.narrative_action)
        self.edit_action_item = QAction(self.tr("&Edit action…"), self)
        self.edit_action_item.setObjectName("editActionItem")
        self.edit_action_item.triggered.connect(lambda _checked=False: self.edit_action())
        self.renew_action_item = QAction(self.tr("Rene&w next year"), self)
        self.renew_action_item.setObjectName("renewActionItem")
        self.renew_action_item.triggered.connect(lambda _checked=False: self.renew_action())
        self.action_menu = QMenu(self.action_view)
        self.action_menu.setObjectName("actionMenu")
        for item in (self.edit_action_item, self.narrative_action, self.renew_action_item):
            self.action_menu.addAction(item)
        self.action_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.action_view.customContextMenuRequested.connect(self._action_menu)
        self.review_dialog: ReviewDialog | None = None
        self.renewal: Renewal | None = None
        self.question: QMessageBox | None = None
        # Two groups of buttons, one above the other when the page is narrow (150 %).
        action_buttons, more_buttons = QHBoxLayout(), QHBoxLayout()
        for button in (self.new_action_button, self.edit_action_button, self.renew_action_button):
            action_buttons.addWidget(button)
        action_buttons.addStretch(1)
        for button in (self.narrative_button, self.new_session_button, self.review_button):
            more_buttons.addWidget(button)
        more_buttons.addStretch(1)
        actions_layout = QVBoxLayout(actions_box)
        actions_layout.addWidget(self.action_view, 1)
        actions_layout.addWidget(WrappingRow(action_buttons, more_buttons, parent=actions_box))

        groups_box = QGroupBox(self.tr("Talk groups of the selected action"), self)
        self.group_view = table_view(self.group_model, groups_box, "groupTable")
        self.group_view.setAccessibleName(self.tr("Talk groups of the selected action"))
        self.group_view.doubleClicked.connect(self.edit_group)
        self.new_group_button = page_button(
            self.tr("New &group…"), "newGroup", self.new_group, groups_box
        )
        self.edit_group_button = page_button(
            self.tr("Edit g&roup…"), "editGroup", self.edit_group, groups_box
        )
        self.duplicate_group_button = page_button(
            self.tr("D&uplicate for next term…"), "duplicateGroup", self.duplicate_group, groups_box
        )
        self.duplicate_group_button.setToolTip(
            self.tr(
                "Open a new group with the same settings, starting the following term; "
                "nothing is saved until you save it."
            )
        )
        self.delete_group_button = page_button(
            self.tr("De&lete group…"), "deleteGroup", self.delete_group, groups_box
        )
        self.delete_group_button.setToolTip(self.tr("Delete the selected group (Delete key)"))
        # The groups' table, or in its place why there is none and what to do.
        self.groups_empty = EmptyState(groups_box, "groupsEmpty")
        self.group_stack = QStackedWidget(groups_box)
        self.group_stack.addWidget(self.group_view)
        self.group_stack.addWidget(self.groups_empty)
        groups_layout = QVBoxLayout(groups_box)
        groups_layout.addWidget(self.group_stack, 1)
        group_buttons = QHBoxLayout()
        for button in (
            self.new_group_button,
            self.edit_group_button,
            self.duplicate_group_button,
            self.delete_group_button,
        ):
            group_buttons.addWidget(button)
        group_buttons.addStretch(1)
        groups_layout.addLayout(group_buttons)
        delete_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.group_view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_group)

        self.message = QLabel(self)
        self.message.setObjectName("programmeMessage")
        self.message.setWordWrap(True)
        self.undo_renewal_button = page_button(
            self.tr("Un&do the renewal"), "undoRenewal", self.undo_renewal, self
        )
        self.undo_renewal_button.setToolTip(self.tr("Delete what the renewal created (Ctrl+Z)"))
        self.undo_renewal_button.hide()
        undo_key = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_key.activated.connect(self.undo_renewal)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.undo_renewal_button)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(year_label)
        top.addWidget(self.year_filter)
        self.tables = tables = QWidget(self)
        tables.setObjectName("programmeTables")
        actions_box.setParent(tables)
        groups_box.setParent(tables)
        tables_layout = QVBoxLayout(tables)
        tables_layout.setContentsMargins(0, 0, 0, 0)
        tables_layout.addWidget(actions_box, 3)
        tables_layout.addWidget(groups_box, 2)
        self.empty = EmptyState(self, "programmeEmpty")
        self.content = QStackedWidget(self)
        self.content.addWidget(tables)
        self.content.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.content, 1)
        layout.addLayout(message_row)
        self.action_view.selectionModel().selectionChanged.connect(self._action_selected)
        self.group_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # ------------------------------------------------------------ Page

    def clear(self) -> None:
        """Forget every record: empty tables, editors and questions closed."""
        self.vault = None
        self.snapshot = None
        self._close_editor()
        # Closing a question calls its answer at once, which forgets the box: keep it here.
        for box in (self.unfitting_box, self.question):
            if box is not None:
                box.done(0)
                box.deleteLater()
        self.unfitting_box = self.question = None
        self._close_review()
        self._forget_renewal()
        self.to_select = None
        self.action_model.clear()
        self.group_model.clear()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.blockSignals(False)
        self.message.clear()
        self._update_buttons()
        self._explain_empty()

    def holds_record_data(self) -> bool:
        """Whether anything read from the vault is still held."""
        return (
            self.vault is not None
            or self.snapshot is not None
            or self.editor is not None
            or self.unfitting_box is not None
            or self.question is not None
            or self.renewal is not None
            or self.review_dialog is not None
            or self.action_model.rowCount() > 0
            or self.group_model.rowCount() > 0
        )

    # ------------------------------------------------------------ showing

    def _read(self, session: Any) -> ProgrammeSnapshot:
        return read_programme(session)

    def _shown(self, snapshot: Any) -> None:
        # Every other change read back ends the chance to undo a renewal: the undo
        # removes exactly what the renewal made, and only right after it.
        self._forget_renewal()
        super()._shown(snapshot)

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
        self._explain_empty()

    # ------------------------------------------------------------ empty states

    def _explain_empty(self) -> None:
        """In place of an empty table, say what comes first, with the button to do it.

        The order is directory (facilitators), then an action, then its groups: a
        group needs two facilitators, so while the directory has fewer, the way there
        is offered too.
        """
        snapshot = self.snapshot
        no_action = snapshot is not None and not snapshot.actions
        directory = self.tr("&Open the directory")
        too_few = snapshot is not None and sum(f.spec.active for f in snapshot.facilitators) < 2
        needs = self.tr(
            "A talk group needs two facilitators from the directory, and it has fewer "
            "than two yet: add them there first."
        )
        if no_action:
            text = self.tr(
                "No action yet. Create an action first (an axis, a year), then its talk "
                "groups: their sessions make the agenda."
            )
            steps = [(self.tr("&New action…"), "firstAction", self.new_action)]
            if too_few:
                text += "\n\n" + needs
                steps.append((directory, "goToDirectory", self._go_to_directory))
            self.empty.explain(text, *steps)
        switch_to(self.content, self.empty if no_action else self.tables)

        action = self._selected_action()
        explain = snapshot is not None and not no_action and self.group_model.rowCount() == 0
        if explain and action is None:
            self.groups_empty.explain(self.tr("Select an action above to see its groups."))
        elif explain and action is not None and action.spec.kind is not ActionKind.TALK_GROUP:
            self.groups_empty.explain(
                self.tr("Only talk-group actions have groups: this action has none.")
            )
        elif explain:
            text = self.tr(
                "This action has no group yet. Add a group to it: its rhythm makes the "
                "sessions of the agenda."
            )
            steps = [(self.tr("Add &a group…"), "firstGroup", self.new_group)]
            if too_few:
                text += "\n\n" + needs
                steps.append((directory, "goToDirectory", self._go_to_directory))
            self.groups_empty.explain(text, *steps)
        switch_to(self.group_stack, self.groups_empty if explain else self.group_view)

    def empty_text(self) -> str:
        """The explanation shown instead of a table ("" while the tables are shown)."""
        if self.content.currentWidget() is self.empty:
            return self.empty.text()
        if self.group_stack.currentWidget() is self.groups_empty:
            return self.groups_empty.text()
        return ""

    def _go_to_directory(self) -> None:
        self.wanted_page.emit(DIRECTORY)

    def _reopen(self, method: str, record: int | None) -> bool:
        """Reopen an editor whose changes were kept when the window locked."""
        if self.snapshot is None:
            return False
        action_id = record
        if method in {"duplicate_group", "edit_group"}:
            action_id = next(
                (g.spec.action_id for g in self.snapshot.groups if g.id == record), None
            )
        if method in {
            "edit_action",
            "edit_narrative",
            "new_group",
            "edit_group",
            "duplicate_group",
        }:
            action = next((a for a in self.snapshot.actions if a.id == action_id), None)
            if action is None:
                return False
            self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(action.spec.year)))
            self._filter_actions()
            select_id(self.action_view, action.id)
            if method in {"edit_group", "duplicate_group"}:
                select_id(self.group_view, record)
                if selected_id(self.group_view) != record:
                    return False
        elif method == "new_session" and record is not None:
            action = next((a for a in self.snapshot.actions if a.id == record), None)
            if action is None:
                return False
            self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(action.spec.year)))
            self._filter_actions()
            select_id(self.action_view, action.id)
        elif method not in {"new_action", "new_session"}:
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
        self.edit_action_item.setEnabled(action is not None)
        self.narrative_button.setEnabled(action is not None)
        self.narrative_action.setEnabled(action is not None)
        self.renew_action_button.setEnabled(action is not None and self._renewal_of(action) is None)
        self.renew_action_item.setEnabled(self.renew_action_button.isEnabled())
        self.new_session_button.setEnabled(
            self.snapshot is not None and bool(self.snapshot.actions)
        )
        self.review_button.setEnabled(self.snapshot is not None and bool(self.snapshot.actions))
        self.new_group_button.setEnabled(talk)
        group = talk and self._selected_group() is not None
        self.edit_group_button.setEnabled(group)
        self.duplicate_group_button.setEnabled(group)
        self.delete_group_button.setEnabled(group)

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
        dialog = ActionDialog(None, year, self, actions=self.snapshot.actions)

        def save() -> None:
            spec = dialog.spec()
            self._save(dialog, lambda s: programme.create_action(s, spec))

        self._open(dialog, save, ("new_action", None))

    def edit_action(self) -> None:
        """Open the editor of the selected action."""
        info = self._selected_action()
        if info is None:
            return
        assert self.snapshot is not None
        dialog = ActionDialog(info, info.spec.year, self, actions=self.snapshot.actions)

        def save() -> None:
            spec = dialog.spec()
            self._save(dialog, lambda s: programme.update_action(s, info.id, spec))

        self._open(dialog, save, ("edit_action", info.id))

    def _action_menu(self, position: QPoint) -> None:
        """The selected action's commands, where the table was clicked (or Menu pressed)."""
        if self._selected_action() is None:
            return
        self.action_menu.popup(self.action_view.viewport().mapToGlobal(position))

    def edit_narrative(self) -> None:
        """Open the bilan's texts of the selected action (read on the worker as it opens).

        Saving writes them alone: the programme shown does not change, but a renewal
        just made can no longer be undone (its action may now have texts).
        """
        action = self._selected_action()
        vault = self.vault
        if action is None or vault is None:
            return
        dialog = NarrativeDialog(action, self, vault=vault)

        def save() -> None:
            spec = dialog.spec()
            dialog.set_busy(True)

            def saved(_result: object) -> None:
                if self.vault is not vault:
                    return
                if self.editor is dialog:
                    dialog.accept()
                self._forget_renewal()
                self.message.setStyleSheet("")
                self.message.setText(
                    self.tr("The texts for the bilan of “%1” were saved.").replace(
                        "%1", action.spec.title
                    )
                )

            def failed(error: Exception) -> None:
                if self.editor is dialog:
                    dialog.show_error(error)

            self.runner.unit(
                vault, lambda s: narratives.set_narrative(s, action.id, spec), saved, failed
            )

        self._open(dialog, save, ("edit_narrative", action.id))

    def open_review(self) -> None:
        """Open the yearly review of the year shown (of the selected action's, or this year).

        One review at a time: opening it again raises it. Each decision it applies
        reads the page again.
        """
        vault = self.vault
        if vault is None or self.snapshot is None:
            return
        if self.review_dialog is not None:
            self.review_dialog.raise_()
            self.review_dialog.activateWindow()
            return
        action = self._selected_action()
        year = self.year_filter.currentData()
        if year is None:
            year = action.spec.year if action is not None else dt.date.today().year
        chosen = action.id if action is not None and action.spec.year == year else None
        dialog = ReviewDialog(vault, year, self, action_id=chosen)
        self.review_dialog = dialog
        dialog.changed.connect(self._reviewed)
        dialog.finished.connect(lambda _result: self._review_closed(dialog))
        dialog.open()

    def _reviewed(self) -> None:
        """A decision was applied in the review: read the programme again."""
        self._run(None)

    def _review_closed(self, dialog: ReviewDialog) -> None:
        if self.review_dialog is dialog:
            self.review_dialog = None
            dialog.clear()
            dialog.deleteLater()

    def _close_review(self) -> None:
        dialog, self.review_dialog = self.review_dialog, None
        if dialog is not None:
            dialog.clear()
            dialog.done(0)
            dialog.deleteLater()

    def new_session(self) -> None:
        """Open the editor of a new session, on the selected action and group.

        The action's year gives the actions offered (the year shown, or this year, when
        none is selected). Saving asks first about a day outside the action's year and
        about double bookings, as the session dialog does.
        """
        snapshot, vault = self.snapshot, self.vault
        if snapshot is None or vault is None or not snapshot.actions:
            return
        action = self._selected_action()
        group = self._selected_group()
        if action is None or group is None or group.spec.action_id != action.id:
            group = None
        year = (
            action.spec.year
            if action is not None
            else self.year_filter.currentData() or dt.date.today().year
        )
        dialog = NewSessionDialog(
            choices_of_year(
                snapshot.actions, snapshot.groups, snapshot.facilitators, snapshot.rooms, year
            ),
            self,
            action_id=None if action is None else action.id,
            group_id=None if group is None else group.id,
        )
        self._open(
            dialog,
            lambda: dialog.try_then(self.runner, vault, lambda wanted: self._add(dialog, wanted)),
            ("new_session", None if action is None else action.id),
        )

    def _add(self, dialog: NewSessionDialog, wanted: NewSession) -> None:
        """Add the session for real, read the page back, say where it is."""
        vault = self.vault
        if vault is None:
            return

        def work(session: Any) -> tuple[AddedSession, ProgrammeSnapshot]:
            return wanted.add(session), read_programme(session)

        def done(result: tuple[AddedSession, ProgrammeSnapshot]) -> None:
            if self.vault is not vault:
                return
            added, snapshot = result
            if self.editor is dialog:
                dialog.accept()
            self._shown(snapshot)
            start = added.info.start.astimezone(clock.PROGRAMME_ZONE)
            end = added.info.end.astimezone(clock.PROGRAMME_ZONE)
            self.message.setStyleSheet("")
            self.message.setText(
                self.tr("Session added on %1 from %2 to %3: it is in the agenda.")
                .replace("%1", long_date_text(start.date()))
                .replace("%2", f"{start:%H:%M}")
                .replace("%3", f"{end:%H:%M}")
            )

        def failed(error: Exception) -> None:
            if self.editor is dialog:
                dialog.show_error(error)

        dialog.set_busy(True)
        self.runner.unit(vault, work, done, failed)

    def renew_action(self) -> None:
        """Ask, saying what will be created, then continue the selected action next year.

        The renewal is first made in a unit of work that is rolled back, to count the
        groups and sessions it would create; nothing is written before the answer.
        """
        action = self._selected_action()
        vault = self.vault
        if vault is None or action is None or self._renewal_of(action) is not None:
            return
        if self.runner.busy or self.question is not None:
            return

        def work(session: Any) -> tuple[int, int]:
            made = renew_with_groups(session, action.id)[1]
            return len(made), sum(len(change.created) for change in made)

        def counted(result: tuple[int, int]) -> None:
            if self.vault is not vault:
                return
            self._ask_renewal(action, *result)

        self.runner.unit(vault, work, counted, self._fail, preview=True)

    def _ask_renewal(self, action: ActionInfo, groups: int, sessions: int) -> None:
        following = str(action.spec.year + 1)
        if groups:
            text = (
                self.tr("Create the %1 action “%2” with its %3 group(s) and %4 session(s)?")
                .replace("%3", str(groups))
                .replace("%4", str(sessions))
            )
        else:
            text = self.tr("Create the %1 action “%2”, to be filled in?")
        text = text.replace("%1", following).replace("%2", action.spec.title)
        text += "\n\n" + self.tr(
            "This action will be marked renewed. You can undo it right afterwards."
        )

        def answered(choice: str | None) -> None:
            self.question = None
            if choice == "confirmRenewal" and self.vault is not None:
                self._renew(action)

        self.question = ask(
            self,
            name="renewQuestion",
            title=self.tr("Renew next year"),
            text=text,
            choices=[
                Choice(self.tr("&Create"), "confirmRenewal", QMessageBox.ButtonRole.AcceptRole),
                Choice(self.tr("Cancel"), "cancelRenewal"),
            ],
            answered=answered,
        )

    def _renew(self, action: ActionInfo) -> None:
        """Continue ``action`` next year with copies of its groups, then show the new one."""
        vault = self.vault
        if vault is None:
            return
        following = action.spec.year + 1

        def work(session: Any) -> tuple[int, tuple[int, ...], ProgrammeSnapshot]:
            created, made = renew_with_groups(session, action.id)
            return created, tuple(c.group.id for c in made), read_programme(session)

        def done(result: tuple[int, tuple[int, ...], ProgrammeSnapshot]) -> None:
            if self.vault is not vault:
                return  # locked (or another vault opened) meanwhile: show nothing
            created, groups, snapshot = result
            self.to_select = (following, created)
            self._show(snapshot)
            self.renewal = Renewal(
                action.id,
                action.spec.title,
                action.spec.review_status,
                action.spec.review_reason,
                created,
                following,
                groups,
            )
            self.message.setStyleSheet("")
            self.message.setText(
                self.tr("“%1” continues in %2: its action for %2 was created, to be filled in.")
                .replace("%1", action.spec.title)
                .replace("%2", str(following))
            )
            self.undo_renewal_button.show()

        self.runner.unit(vault, work, done, self._fail)

    def _forget_renewal(self) -> None:
        self.renewal = None
        self.undo_renewal_button.hide()

    def undo_renewal(self) -> None:
        """Delete what the last renewal created, in one unit of work, if nothing else changed.

        Refused, with the reason, when attendance was recorded on the new sessions
        meanwhile or the new action was given other groups or sessions.
        """
        renewal, vault = self.renewal, self.vault
        if renewal is None or vault is None or self.runner.busy:
            return

        def work(session: Any) -> tuple[str, ProgrammeSnapshot | None]:
            outcome = undo_renewal(session, renewal)
            return outcome, read_programme(session) if outcome == "done" else None

        def done(result: tuple[str, ProgrammeSnapshot | None]) -> None:
            if self.vault is not vault:
                return
            outcome, snapshot = result
            if snapshot is None:
                self._forget_renewal()
                self.message.setStyleSheet(error_style())
                if outcome == "recorded":
                    text = self.tr(
                        "The renewal cannot be undone: attendance was recorded on sessions of "
                        "the %1 action meanwhile. Edit that action and its groups instead."
                    )
                else:
                    text = self.tr(
                        "The renewal cannot be undone: the %1 action was changed meanwhile. "
                        "Delete what you no longer want by hand."
                    )
                self.message.setText(text.replace("%1", str(renewal.year)))
                return
            self.to_select = None
            self.year_filter.blockSignals(True)
            self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(renewal.year - 1)))
            self.year_filter.blockSignals(False)
            self._show(snapshot)
            select_id(self.action_view, renewal.action_id)
            self._forget_renewal()
            self.message.setStyleSheet("")
            self.message.setText(
                self.tr("Renewal undone: the %1 action “%2” and its groups were deleted.")
                .replace("%1", str(renewal.year))
                .replace("%2", renewal.title)
            )

        self.runner.unit(vault, work, done, self._fail)

    # ------------------------------------------------------------ groups

    def new_group(self) -> None:
        """Open the editor for a new talk group of the selected action."""
        action = self._selected_action()
        if self.snapshot is None or action is None:
            return
        dialog = GroupDialog(
            action.id,
            None,
            self.snapshot.facilitators,
            self.snapshot.rooms,
            self,
            action_year=action.spec.year,
        )
        dialog.submitted.connect(lambda: self._check_group_save(dialog, None))
        self._open(dialog, lambda: None, ("new_group", action.id))

    def duplicate_group(self) -> None:
        """Open a new group's editor with the selected group's settings, one term later.

        Nothing is saved until the editor's Save.
        """
        info = self._selected_group()
        if self.snapshot is None or info is None:
            return
        action = next((a for a in self.snapshot.actions if a.id == info.spec.action_id), None)
        template = dataclasses.replace(
            info.spec,
            name=self.tr("%1 (copy)").replace("%1", info.spec.name),
            recurrence=recurrence.next_term(info.spec.recurrence),
        )
        dialog = GroupDialog(
            info.spec.action_id,
            None,
            self.snapshot.facilitators,
            self.snapshot.rooms,
            self,
            action_year=None if action is None else action.spec.year,
            template=template,
        )
        dialog.submitted.connect(lambda: self._check_group_save(dialog, None))
        self._open(dialog, lambda: None, ("duplicate_group", info.id))

    def edit_group(self) -> None:
        """Open the editor of the selected group; its series edit is checked before saving."""
        info = self._selected_group()
        if self.snapshot is None or info is None:
            return
        action = next((a for a in self.snapshot.actions if a.id == info.spec.action_id), None)
        dialog = GroupDialog(
            info.spec.action_id,
            info,
            self.snapshot.facilitators,
            self.snapshot.rooms,
            self,
            action_year=None if action is None else action.spec.year,
        )
        dialog.submitted.connect(lambda: self._check_group_save(dialog, info.id))
        self._open(dialog, lambda: None, ("edit_group", info.id))

    def delete_group(self) -> None:
        """Ask, then delete the selected group; refused (with what to do) if it ran."""
        info = self._selected_group()
        vault = self.vault
        if vault is None or info is None or self.runner.busy or self.question is not None:
            return
        if self.editor is not None:
            return

        def checked(footprint: series.GroupFootprint) -> None:
            if self.vault is vault and self._selected_group() == info:
                self._ask_deletion(footprint)

        self.runner.unit(
            vault, lambda s: series.group_footprint(s, info.id), checked, self._fail, preview=True
        )

    def _ask_deletion(self, footprint: series.GroupFootprint) -> None:
        if not footprint.deletable:
            self.question = ask(
                self,
                name="deleteRefused",
                title=self.tr("Delete group"),
                text=self.tr(
                    "“%1” cannot be deleted: %2 of its sessions were held or have attendance, "
                    "a headcount or a note, and reports count them.\n\nTo stop the group, "
                    "edit it and end its series at a date (Ends: Until), or cancel its "
                    "sessions still to come."
                )
                .replace("%1", footprint.name)
                .replace("%2", str(len(footprint.kept))),
                choices=[Choice(self.tr("OK"), "understood", QMessageBox.ButtonRole.AcceptRole)],
                answered=lambda _choice: setattr(self, "question", None),
                icon=QMessageBox.Icon.Information,
            )
            return

        def answered(choice: str | None) -> None:
            self.question = None
            if choice == "confirmDelete":
                self._delete_group(footprint)

        self.question = ask(
            self,
            name="deleteGroupQuestion",
            title=self.tr("Delete group"),
            text=self.tr("Delete the group “%1” and its %2 session(s)? This cannot be undone.")
            .replace("%1", footprint.name)
            .replace("%2", str(footprint.sessions)),
            choices=[
                Choice(self.tr("&Delete"), "confirmDelete", QMessageBox.ButtonRole.DestructiveRole),
                Choice(self.tr("Cancel"), "keepGroup"),
            ],
            answered=answered,
            icon=QMessageBox.Icon.Warning,
        )

    def _delete_group(self, footprint: series.GroupFootprint) -> None:
        vault = self.vault
        if vault is None:
            return

        def work(session: Any) -> ProgrammeSnapshot:
            series.delete_group(session, footprint.group_id)
            return read_programme(session)

        def done(snapshot: ProgrammeSnapshot) -> None:
            if self.vault is not vault:
                return
            self._shown(snapshot)
            self.message.setStyleSheet("")
            self.message.setText(
                self.tr("The group “%1” was deleted.").replace("%1", footprint.name)
            )

        self.runner.unit(vault, work, done, self._fail)

    # ------------------------------------------------------------ saving a group

    def _check_group_save(self, dialog: GroupDialog, group_id: int | None) -> None:
        """Try the save in a unit of work that is rolled back, then ask what needs asking.

        In order: sessions outside the action's year, new double bookings, edited
        sessions the new rhythm no longer has. Nothing is written before the answers.
        """
        vault = self.vault
        if vault is None:
            return
        spec, room = dialog.spec(), dialog.room_choice()[1]
        outside = dialog.sessions_outside_year()
        dialog.set_busy(True)

        def work(session: Any) -> SaveCheck:
            before: set[conflicts.Conflict] = set()
            if group_id is not None:
                old = [x.id for x in records.list_sessions(session, group_id=group_id)]
                before = set(conflicts.find_conflicts(session, session_ids=old))
                change = series.update_group(session, group_id, _with_room(session, spec, room))
            else:
                change = series.create_group(session, _with_room(session, spec, room))
            mine = [x.id for x in records.list_sessions(session, group_id=change.group.id)]
            found = tuple(
                c for c in conflicts.find_conflicts(session, session_ids=mine) if c not in before
            )
            notes = agenda.conflict_notes(session, found, frozenset(mine))
            return SaveCheck(change.unfitting, notes)

        def checked(check: SaveCheck) -> None:
            if self.editor is not dialog:
                return
            steps: list[Any] = []
            if outside:
                steps.append(lambda go: self._ask_outside_year(dialog, outside, spec, go))
            if check.conflicts:
                steps.append(lambda go: self._ask_conflicts(dialog, check.conflicts, go))
            self._chain(steps, lambda: self._after_checks(dialog, group_id, spec, room, check))

        def failed(error: Exception) -> None:
            if self.editor is dialog:
                dialog.show_error(error)

        self.runner.unit(vault, work, checked, failed, preview=True)

    def _chain(self, steps: list[Any], last: Any) -> None:
        """Ask each question in turn; go on only while the answer is "save anyway"."""
        if not steps:
            last()
            return
        first, rest = steps[0], steps[1:]
        first(lambda: self._chain(rest, last))

    def _after_checks(
        self,
        dialog: GroupDialog,
        group_id: int | None,
        spec: GroupSpec,
        room: str,
        check: SaveCheck,
    ) -> None:
        if group_id is None:
            self._save(dialog, lambda s: series.create_group(s, _with_room(s, spec, room)))
        elif not check.unfitting:
            self._apply_series_edit(dialog, group_id, spec, room, ())
        else:
            self._ask_about(dialog, group_id, spec, room, check.unfitting)

    def _ask_anyway(self, dialog: GroupDialog, name: str, title: str, text: str, go: Any) -> None:
        """A question with "save anyway" and "back to the editor" (the safe default)."""

        def answered(choice: str | None) -> None:
            self.unfitting_box = None
            if self.editor is not dialog:
                return
            if choice == "saveAnyway":
                go()
            else:
                dialog.set_busy(False)

        self.unfitting_box = ask(
            dialog,
            name=name,
            title=title,
            text=text,
            choices=[
                Choice(self.tr("&Save anyway"), "saveAnyway", QMessageBox.ButtonRole.AcceptRole),
                Choice(self.tr("&Back to the editor"), "backToEditor"),
            ],
            answered=answered,
            icon=QMessageBox.Icon.Warning,
        )

    def _ask_outside_year(
        self, dialog: GroupDialog, outside: tuple[dt.datetime, ...], spec: GroupSpec, go: Any
    ) -> None:
        zone = recurrence.zone(spec.recurrence.timezone)
        lines = "\n".join("• " + long_date_text(x.astimezone(zone).date()) for x in outside)
        self._ask_anyway(
            dialog,
            "outsideYearQuestion",
            self.tr("Sessions outside the action's year"),
            self.tr(
                "The action is for %1, but these sessions fall in another year:\n%2\n\n"
                "Reports will count them in their own year. Save anyway?"
            )
            .replace("%1", str(dialog.action_year))
            .replace("%2", lines),
            go,
        )

    def _ask_conflicts(self, dialog: GroupDialog, notes: tuple[ConflictNote, ...], go: Any) -> None:
        zone = recurrence.zone(dialog.rule().timezone)
        lines = []
        for note in notes:
            start, end = note.start.astimezone(zone), note.end.astimezone(zone)
            what = (
                self.tr("%1 is also with “%2”")
                if note.kind is ConflictKind.FACILITATOR
                else self.tr("room %1 is also booked for “%2”")
            )
            lines.append(
                "• "
                + long_date_text(start.date())
                + f" {start:%H:%M}–{end:%H:%M} — "
                + what.replace("%1", note.resource).replace("%2", note.other)
            )
        self._ask_anyway(
            dialog,
            "conflictQuestion",
            self.tr("Double bookings"),
            self.tr(
                "These sessions book a facilitator or a room already taken:\n%1\n\nSave anyway?"
            ).replace("%1", "\n".join(lines)),
            go,
        )

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
