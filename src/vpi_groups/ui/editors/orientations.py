"""The orientations adopted at a plenary day, edited in the action editor.

A list of orientations, each with the following year's actions that carry it out.
"Add an orientation…", "Edit…" (Enter, double click) and "Remove" (Delete) work on the
list; an orientation is written in a small dialog, with the next year's actions to
tick. The list is one field of the action editor: its changes go on the editor's undo
stack and into its draft, and are written with the plenary.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
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
from vpi_groups.ui.errors import error_style
from vpi_groups.ui.models.labels import kind_label

_ROOT = QModelIndex()


class OrientationsModel(QAbstractListModel):
    """The orientations, one per line: the text, then the actions carrying it out."""

    def __init__(self, titles: Callable[[int], str], parent: Any = None) -> None:
        super().__init__(parent)
        self.orientations: list[OrientationSpec] = []
        self._titles = titles

    def set_orientations(self, orientations: Sequence[OrientationSpec]) -> None:
        """Show these orientations."""
        self.beginResetModel()
        self.orientations = list(orientations)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        """Orientations shown."""
        return 0 if parent.isValid() else len(self.orientations)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The orientation's text and, below it, the actions carrying it out."""
        if not index.isValid() or not 0 <= index.row() < len(self.orientations):
            return None
        spec = self.orientations[index.row()]
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

    def __init__(
        self,
        spec: OrientationSpec | None,
        candidates: Sequence[ActionInfo],
        next_year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
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


class OrientationsView(QListView):
    """Enter edits the current orientation; Delete removes it."""

    edit_requested = Signal(int)
    remove_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter: edit; Delete: remove; other keys as a list takes them."""
        row = self.currentIndex().row()
        if row >= 0 and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit(row)
            event.accept()
            return
        if row >= 0 and event.matches(QKeySequence.StandardKey.Delete):
            self.remove_requested.emit(row)
            event.accept()
            return
        super().keyPressEvent(event)


class OrientationsField(QWidget):
    """The plenary day's orientations with their buttons; one field of the action editor."""

    changed = Signal()

    def __init__(self, actions: Sequence[ActionInfo] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orientationsField")
        self.known_actions = {a.id: a for a in actions}
        self.year = 0  # the plenary's year, set by the editor
        self.model = OrientationsModel(self._title, self)
        self.view = OrientationsView(self)
        self.view.setObjectName("orientationsView")
        self.view.setAccessibleName(self.tr("Orientations adopted"))
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMinimumHeight(120)
        self.view.setMinimumWidth(520)
        self.setFocusProxy(self.view)
        self.view.doubleClicked.connect(lambda index: self.edit_orientation(index.row()))
        self.view.edit_requested.connect(self.edit_orientation)
        self.view.remove_requested.connect(self.remove_orientation)
        self.add_button = QPushButton(self.tr("Add an &orientation…"), self)
        self.add_button.setObjectName("addOrientation")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.edit_orientation(-1))
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editOrientation")
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(
            lambda: self.edit_orientation(self.view.currentIndex().row())
        )
        self.remove_button = QPushButton(self.tr("Remo&ve"), self)
        self.remove_button.setObjectName("removeOrientation")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(
            lambda: self.remove_orientation(self.view.currentIndex().row())
        )
        self.dialog: OrientationDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self._buttons()

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

    # the field's value, as the editor's undo and drafts keep it (a JSON text)

    def value(self) -> str:
        """The orientations as JSON text."""
        return json.dumps(
            [{"text": o.text, "actions": list(o.action_ids)} for o in self.model.orientations],
            ensure_ascii=False,
        )

    def set_value(self, value: str) -> None:
        """Show the orientations of :meth:`value` (undo, redo, a draft put back)."""
        self.set_orientations(
            [
                OrientationSpec(str(v["text"]), tuple(int(a) for a in v["actions"]))
                for v in json.loads(value or "[]")
            ]
        )

    def set_orientations(self, orientations: Sequence[OrientationSpec]) -> None:
        """Show these orientations (announced by ``changed``)."""
        self.model.set_orientations(orientations)
        self._buttons()
        self.changed.emit()

    def orientations(self) -> tuple[OrientationSpec, ...]:
        """The orientations shown, as the plenary's spec takes them."""
        return tuple(self.model.orientations)

    def edit_orientation(self, row: int) -> None:
        """Open an orientation's dialog (``row`` -1: a new one) and keep what it says."""
        if self.dialog is not None:
            return
        items = self.model.orientations
        current = items[row] if 0 <= row < len(items) else None
        if current is None and len(items) >= MAX_ORIENTATIONS:
            return
        dialog = OrientationDialog(current, self.candidates(), self.year + 1, self)
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            if result != QDialog.DialogCode.Accepted:
                return
            orientations = list(self.model.orientations)
            if current is None:
                orientations.append(dialog.spec())
                chosen = len(orientations) - 1
            else:
                orientations[row] = dialog.spec()
                chosen = row
            self.set_orientations(orientations)
            self.view.setCurrentIndex(self.model.index(chosen, 0))
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

        dialog.finished.connect(finished)
        dialog.open()

    def remove_orientation(self, row: int) -> None:
        """Remove one orientation (the editor's Undo puts it back)."""
        if 0 <= row < len(self.model.orientations):
            orientations = list(self.model.orientations)
            del orientations[row]
            self.set_orientations(orientations)
            if orientations:
                self.view.setCurrentIndex(self.model.index(min(row, len(orientations) - 1), 0))

    def _buttons(self) -> None:
        some = bool(self.model.orientations)
        self.edit_button.setEnabled(some)
        self.remove_button.setEnabled(some)
        self.add_button.setEnabled(len(self.model.orientations) < MAX_ORIENTATIONS)
