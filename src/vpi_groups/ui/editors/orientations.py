"""The orientations adopted at a plenary day, edited in the action editor.

A list field of :mod:`vpi_groups.ui.editors.record_list`: each orientation, with
the following year's actions that carry it out, is written in a small dialog with
next year's actions to tick; "Add an orientation…", "Edit…" (Enter, double click),
"Remove" (Delete). Its changes go on the action editor's undo stack and into its
draft, and are written with the plenary.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vpi_groups.language import alphabetical
from vpi_groups.programme.records import (
    MAX_ORIENTATIONS,
    ORIENTATION_MAX,
    ActionInfo,
    ActionKind,
    OrientationSpec,
)
from vpi_groups.ui.editors.record_list import RecordListField
from vpi_groups.ui.errors import error_style
from vpi_groups.ui.help_key import give_help_key
from vpi_groups.ui.models.labels import kind_label

_ROOT = QModelIndex()


class OrientationsModel(QAbstractListModel):
    """The orientations, one per line: the text, then the actions carrying it out."""

    def __init__(self, titles: Callable[[int], str], parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[OrientationSpec] = []
        self._titles = titles

    def set_items(self, orientations: Sequence[OrientationSpec]) -> None:
        """Show these orientations."""
        self.beginResetModel()
        self.items = list(orientations)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        """Orientations shown."""
        return 0 if parent.isValid() else len(self.items)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The orientation's text and, below it, the actions carrying it out."""
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        spec = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            titles = ", ".join(self._titles(aid) for aid in spec.action_ids)
            carried = (
                self.tr("Carried out by: %1").replace("%1", titles)
                if titles
                else self.tr("No action of the following year linked yet")
            )
            return f"{index.row() + 1}. {spec.text}\n    {carried}"
        return None


class OrientationDialog(QDialog):
    """One orientation: its text and the following year's actions that carry it out."""

    HELP_TOPIC = "programme"

    def __init__(
        self,
        spec: OrientationSpec | None,
        candidates: Sequence[ActionInfo],
        next_year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        give_help_key(self, self.HELP_TOPIC)
        self.setObjectName("orientationEditor")
        self.setWindowTitle(self.tr("Orientation") if spec else self.tr("New orientation"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("orientationText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What the plenary day adopted"))
        self.text.setFixedHeight(80)
        text_label = QLabel(self.tr("&Orientation:"), self)
        text_label.setBuddy(self.text)
        self.actions_list = QListWidget(self)
        self.actions_list.setObjectName("orientationActions")
        linked = set(spec.action_ids) if spec else set()
        for action in candidates:
            item = QListWidgetItem(
                f"{action.spec.title} ({kind_label(action.spec.kind)})", self.actions_list
            )
            item.setData(Qt.ItemDataRole.UserRole, action.id)
            item.setCheckState(
                Qt.CheckState.Checked if action.id in linked else Qt.CheckState.Unchecked
            )
        actions_label = QLabel(
            self.tr("&Actions of %1 that carry it out:").replace("%1", str(next_year)), self
        )
        actions_label.setBuddy(self.actions_list)
        self.none_yet = QLabel(
            self.tr(
                "No action of %1 yet: link them later, once next year's actions are "
                "created (for instance with \u201cRenew next year\u201d)."
            ).replace("%1", str(next_year)),
            self,
        )
        self.none_yet.setWordWrap(True)
        self.none_yet.setVisible(not candidates)
        self.actions_list.setVisible(bool(candidates))
        self.message = QLabel(self)
        self.message.setObjectName("orientationError")
        self.message.setStyleSheet(error_style())
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text_label)
        layout.addWidget(self.text)
        layout.addWidget(actions_label)
        layout.addWidget(self.actions_list, 1)
        layout.addWidget(self.none_yet)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if spec is not None:
            self.text.setPlainText(spec.text)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(520, 380)

    def spec(self) -> OrientationSpec:
        """The orientation as typed and ticked."""
        ids = tuple(
            int(self.actions_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.actions_list.count())
            if self.actions_list.item(i).checkState() == Qt.CheckState.Checked
        )
        return OrientationSpec(self.text.toPlainText().strip(), ids)

    def accept(self) -> None:
        """Refuse an empty or too long text, saying so; otherwise close."""
        text = self.spec().text
        if not text:
            self.message.setText(self.tr("Write the orientation adopted."))
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if len(text) > ORIENTATION_MAX:
            self.message.setText(
                self.tr("At most %1 characters.").replace("%1", str(ORIENTATION_MAX))
            )
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()


class OrientationsField(RecordListField):
    """The plenary day's orientations with their buttons; one field of the action editor."""

    def __init__(self, actions: Sequence[ActionInfo] = (), parent: QWidget | None = None) -> None:
        view = QListView()
        super().__init__(
            OrientationsModel(self._title), view, "Orientation", MAX_ORIENTATIONS, parent
        )
        self.setObjectName("orientationsField")
        self.model.setParent(self)
        self.add_button.setText(self.tr("Add an &orientation…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("Remo&ve"))
        self.known_actions = {a.id: a for a in actions}
        self.year = 0  # the plenary's year, set by the editor
        view.setObjectName("orientationsView")
        view.setAccessibleName(self.tr("Orientations adopted"))
        view.setWordWrap(True)
        view.setAlternatingRowColors(True)
        view.setMinimumHeight(120)
        view.setMinimumWidth(520)

    def _title(self, action_id: int) -> str:
        action = self.known_actions.get(action_id)
        return action.spec.title if action else self.tr("action %1").replace("%1", str(action_id))

    def candidates(self) -> list[ActionInfo]:
        """The actions of the year after the plenary's (not its plenary), axis by axis."""
        axes = (ActionKind.TRAINING, ActionKind.PUBLIC_ACTION, ActionKind.TALK_GROUP)
        return sorted(
            (
                a
                for a in self.known_actions.values()
                if a.spec.year == self.year + 1 and a.spec.kind in axes
            ),
            key=lambda a: (axes.index(a.spec.kind), alphabetical(a.spec.title)),
        )

    def make_dialog(self, current: OrientationSpec | None) -> OrientationDialog:
        """One orientation's dialog, with next year's actions to tick."""
        return OrientationDialog(current, self.candidates(), self.year + 1, self)

    def to_plain(self, item: OrientationSpec) -> dict[str, Any]:
        """An orientation as plain values."""
        return {"text": item.text, "actions": list(item.action_ids)}

    def from_plain(self, value: dict[str, Any]) -> OrientationSpec:
        """The orientation :meth:`to_plain` made."""
        return OrientationSpec(str(value["text"]), tuple(int(a) for a in value["actions"]))
