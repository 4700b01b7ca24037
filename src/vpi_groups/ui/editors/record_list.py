"""A list of small records inside an editor: a view, "Add…", "Edit…", "Remove".

A campaign's supports and a plenary day's orientations are lists of this kind: each
record is written in a small dialog (opened window-modal), Enter or a double click
edits the current one, Delete removes it. The whole list is one field of the
editor: :meth:`RecordListField.value` is a JSON text, so the editor's undo stack and
its drafts keep it like any other field, and ``changed`` says when it changed.

A subclass gives its model (with an ``items`` list and ``set_items``), its view, the
dialog of one record (with ``spec()``), and the record's plain JSON form.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def row_key(view: QAbstractItemView, event: QEvent) -> str | None:
    """What Enter ("edit") or Delete ("remove") asks of a view's current row; not while editing."""
    if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
        return None
    if view.state() == QAbstractItemView.State.EditingState or not view.currentIndex().isValid():
        return None
    if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return "edit"
    if event.matches(QKeySequence.StandardKey.Delete):
        return "remove"
    return None


class RecordListField(QWidget):
    """The records, their view and buttons; one field of an editor."""

    changed = Signal()

    def __init__(
        self,
        model: Any,
        view: QAbstractItemView,
        name: str,
        maximum: int,
        parent: QWidget | None = None,
    ) -> None:
        """``name``: "Support" names the buttons "addSupport"...; the subclass words them."""
        super().__init__(parent)
        self.model = model
        self.view = view
        self.maximum = maximum
        self.dialog: Any = None  # the record's dialog while it is open
        view.setParent(self)
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.installEventFilter(self)
        view.doubleClicked.connect(lambda index: self.edit_item(index.row()))
        self.setFocusProxy(view)  # the form's label and Tab lead to the list
        self.add_button, self.edit_button, self.remove_button = (
            QPushButton(self) for _ in range(3)
        )
        for button, verb in zip(
            (self.add_button, self.edit_button, self.remove_button),
            ("add", "edit", "remove"),
            strict=True,
        ):
            button.setObjectName(f"{verb}{name}")
            button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.edit_item(-1))
        self.edit_button.clicked.connect(lambda: self.edit_item(self.view.currentIndex().row()))
        self.remove_button.clicked.connect(lambda: self.remove_item(self.view.currentIndex().row()))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        layout.addLayout(buttons)
        self._buttons()

    # what a subclass gives

    def make_dialog(self, current: Any) -> QDialog:
        """The dialog of one record (``current`` None: a new one); it has ``spec()``."""
        raise NotImplementedError

    def to_plain(self, item: Any) -> Any:
        """A record as plain JSON values."""
        raise NotImplementedError

    def from_plain(self, value: Any) -> Any:
        """The record :meth:`to_plain` made."""
        raise NotImplementedError

    # the field

    def items(self) -> tuple[Any, ...]:
        """The records shown, in order."""
        return tuple(self.model.items)

    def set_items(self, items: Sequence[Any]) -> None:
        """Show these records (announced by ``changed``)."""
        self.model.set_items(items)
        self._buttons()
        self.changed.emit()

    def value(self) -> str:
        """The records as JSON text (the editor's undo and drafts keep it)."""
        return json.dumps([self.to_plain(i) for i in self.model.items], ensure_ascii=False)

    def set_value(self, value: str) -> None:
        """Show the records of :meth:`value` (undo, redo, a draft put back)."""
        self.set_items([self.from_plain(v) for v in json.loads(value or "[]")])

    def edit_item(self, row: int) -> None:
        """Open a record's dialog (``row`` -1: a new record) and keep what it says."""
        items = list(self.model.items)
        current = items[row] if 0 <= row < len(items) else None
        if self.dialog is not None or (current is None and len(items) >= self.maximum):
            return
        dialog = self.make_dialog(current)
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            if result != QDialog.DialogCode.Accepted:
                return
            chosen = row if current is not None else len(items)
            items[chosen : chosen + 1] = [dialog.spec()]  # type: ignore[attr-defined]
            self.set_items(items)
            self.view.setCurrentIndex(self.model.index(chosen, 0))
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

        dialog.finished.connect(finished)
        dialog.open()

    def remove_item(self, row: int) -> None:
        """Remove one record (the editor's Undo puts it back)."""
        items = list(self.model.items)
        if 0 <= row < len(items):
            del items[row]
            self.set_items(items)
            if items:
                self.view.setCurrentIndex(self.model.index(min(row, len(items) - 1), 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter edits the current record, Delete removes it."""
        if watched is self.view:
            action = row_key(self.view, event)
            if action is not None:
                row = self.view.currentIndex().row()
                self.edit_item(row) if action == "edit" else self.remove_item(row)
                return True
        return super().eventFilter(watched, event)

    def _buttons(self) -> None:
        some = bool(self.model.items)
        self.edit_button.setEnabled(some)
        self.remove_button.setEnabled(some)
        self.add_button.setEnabled(len(self.model.items) < self.maximum)
