"""What the record editors share: field-level undo, error sentences next to fields, a dialog.

Undo: every bound field pushes one command on the editor's QUndoStack when its value
changes (consecutive typing in one text field merges into one command). Ctrl+Z and
Ctrl+Shift+Z (or Ctrl+Y) reach the editor's stack even while a text field has the focus,
instead of the text field's own, smaller undo.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from vpi_groups.ui.errors import error_style, validation_text
from vpi_groups.ui.fit import FittingScroll, fit_to_screen
from vpi_groups.ui.help_key import give_help_key
from vpi_groups.ui.question import Choice, ask
from vpi_groups.ui.widgets import distinct_keys

translate = QCoreApplication.translate


# ---------------------------------------------------------------- undo


@dataclass(frozen=True)
class _Binding:
    key: int
    widget: QWidget
    getter: Callable[[], Any]
    setter: Callable[[Any], None]
    merge: bool


class _FieldCommand(QUndoCommand):
    def __init__(self, fields: FieldUndo, binding: _Binding, old: Any, new: Any) -> None:
        super().__init__()
        self.fields = fields
        self.binding = binding
        self.old = old
        self.new = new
        self._done = True  # the widget already shows the new value when pushed

    def id(self) -> int:
        return 1000 + self.binding.key if self.binding.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _FieldCommand) or other.binding is not self.binding:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.fields.apply(self.binding, self.new)

    def undo(self) -> None:
        self.fields.apply(self.binding, self.old)


class FieldUndo(QObject):
    """Records each bound field's changes on an undo stack and applies undo/redo to them."""

    edited = Signal(QWidget)  # a bound field's value changed (typed, undone, put back)

    def __init__(self, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = stack
        self._bindings: list[_Binding] = []
        self._last: dict[int, Any] = {}
        self._applying = False

    def bind(
        self,
        widget: QWidget,
        signal: Any,
        getter: Callable[[], Any],
        setter: Callable[[Any], None],
        *,
        merge: bool = False,
    ) -> None:
        """Record changes of ``widget`` (announced by ``signal``) as undoable commands."""
        binding = _Binding(len(self._bindings), widget, getter, setter, merge)
        self._bindings.append(binding)
        self._last[binding.key] = getter()
        signal.connect(lambda *_args: self._changed(binding))
        for target in [widget, *widget.findChildren(QLineEdit)]:
            target.installEventFilter(self)

    def line_edit(self, widget: QLineEdit) -> None:
        """Bind a one-line text field (typing merges)."""
        self.bind(widget, widget.textChanged, widget.text, widget.setText, merge=True)

    def plain_text(self, widget: QPlainTextEdit) -> None:
        """Bind a multi-line text field (typing merges)."""
        self.bind(widget, widget.textChanged, widget.toPlainText, widget.setPlainText, merge=True)

    def spin(self, widget: QSpinBox) -> None:
        """Bind a number field."""
        self.bind(widget, widget.valueChanged, widget.value, widget.setValue, merge=True)

    def check(self, widget: QAbstractButton) -> None:
        """Bind a check box or radio button."""
        self.bind(widget, widget.toggled, widget.isChecked, widget.setChecked)

    def combo(self, widget: QComboBox) -> None:
        """Bind a choice list (by index; editable lists by text too)."""
        if widget.isEditable():
            self.bind(
                widget,
                widget.currentTextChanged,
                widget.currentText,
                widget.setCurrentText,
                merge=True,
            )
        else:
            self.bind(
                widget, widget.currentIndexChanged, widget.currentIndex, widget.setCurrentIndex
            )

    def date(self, widget: QDateEdit) -> None:
        """Bind a date field."""
        self.bind(widget, widget.dateChanged, widget.date, widget.setDate, merge=True)

    def time(self, widget: QTimeEdit) -> None:
        """Bind a time field."""
        self.bind(widget, widget.timeChanged, widget.time, widget.setTime, merge=True)

    def apply(self, binding: _Binding, value: Any) -> None:
        """Show ``value`` in the bound widget without recording it (undo/redo)."""
        self._applying = True
        try:
            binding.setter(value)
            self._last[binding.key] = binding.getter()
        finally:
            self._applying = False
        binding.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> list[Any]:
        """Every bound field's value as plain JSON (a draft kept when the window locks)."""
        return [_to_json(binding.getter()) for binding in self._bindings]

    def restore(self, values: list[Any]) -> None:
        """Put back values from :meth:`values`, as changes that can be undone."""
        for binding, value in zip(self._bindings, values, strict=False):
            decoded = _from_json(value)
            if decoded is not _UNKNOWN:
                binding.setter(decoded)

    def reset(self) -> None:
        """Take the fields' current values as the starting point and forget the history."""
        for binding in self._bindings:
            self._last[binding.key] = binding.getter()
        self.stack.clear()

    def _changed(self, binding: _Binding) -> None:
        new = binding.getter()
        old = self._last[binding.key]
        self._last[binding.key] = new
        if _same(old, new):
            return
        self.edited.emit(binding.widget)
        if self._applying:
            return
        self.stack.push(_FieldCommand(self, binding, old, new))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Send Ctrl+Z / Ctrl+Shift+Z to the editor's stack, not to the text field's own."""
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo) or (
            event.key() == Qt.Key.Key_Z
            and event.modifiers()
            == Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        if not (undo or redo):
            return False
        if event.type() == QEvent.Type.KeyPress:
            if redo:
                self.stack.redo()
            else:
                self.stack.undo()
        event.accept()
        return True


def _same(old: Any, new: Any) -> bool:
    return bool(old == new)


_UNKNOWN = object()


def _to_json(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, QDate):
        return {"date": value.toString(Qt.DateFormat.ISODate)}
    if isinstance(value, QTime):
        return {"time": value.toString(Qt.DateFormat.ISODate)}
    return {"unknown": True}


def _from_json(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    if "date" in value:
        return QDate.fromString(value["date"], Qt.DateFormat.ISODate)
    if "time" in value:
        return QTime.fromString(value["time"], Qt.DateFormat.ISODate)
    return _UNKNOWN


# ---------------------------------------------------------------- keyboard


class _ButtonKeys(QObject):
    """Enter on a focused button works that button, never the dialog's default (Save)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Click the focused button on Enter instead of passing the key to the dialog."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QPushButton)
            and not watched.isDefault()
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            == Qt.KeyboardModifier.NoModifier
        ):
            if watched.isEnabled():
                watched.click()
            event.accept()
            return True
        return False


def _focusable(widget: QWidget) -> QWidget:
    """``widget``, or its first child that takes the keyboard focus (a composite field)."""
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return widget
    for child in widget.findChildren(QWidget):
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isEnabled():
            return child
    return widget


def settle_keyboard(
    dialog: QDialog, first: QWidget | None, default: QPushButton | None = None
) -> None:
    """Open ``dialog`` on its first field, never on a button; Enter saves from a field only.

    No push button of the dialog is auto-default (Qt would make the focused button the
    default); ``default`` stays the default, so Enter in a field presses it. Enter on
    another focused button works that button, not ``default``. Call it once the dialog's
    buttons exist; ``first`` (None: focused later) gets the focus when the dialog opens.
    """
    keys = _ButtonKeys(dialog)
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.installEventFilter(keys)
    if default is not None:
        default.setDefault(True)
    if first is not None:
        _focusable(first).setFocus(Qt.FocusReason.OtherFocusReason)


# ---------------------------------------------------------------- the dialog


class EditorDialog(QDialog):
    """A record editor: a form with an error line under each field, Save and Cancel, undo.

    The editor opens on its first field. Enter in a field saves (Save is the default
    button; Enter on another button works that button), Escape cancels. ``submitted``
    asks the page to save; the page calls :meth:`show_error` or closes the editor with
    ``accept``.
    """

    submitted = Signal()

    HELP_TOPIC: ClassVar[str | None] = None
    """The guide's topic F1 opens (a key of ``help_viewer.TOPICS``); each editor sets it
    (without one, F1 opens the guide's contents)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_help_key(self, self.HELP_TOPIC)
        self.undo_stack = QUndoStack(self)
        self.fields = FieldUndo(self.undo_stack, self)
        self.discard_box: QMessageBox | None = None
        self._fitted = False
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._errors: dict[str, QLabel] = {}
        self._error_fields: dict[str, QWidget] = {}
        self.general_error = QLabel(self)
        self.general_error.setObjectName("generalError")
        self.general_error.setStyleSheet(error_style())
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.undo_button = QPushButton(self.tr("U&ndo"), self)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setAutoDefault(False)
        self.undo_button.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.redo_button = QPushButton(self.tr("Re&do"), self)
        self.redo_button.setObjectName("redoButton")
        self.redo_button.setAutoDefault(False)
        self.redo_button.setToolTip(self.tr("Redo the change (Ctrl+Shift+Z)"))
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        undo_action = self.undo_stack.createUndoAction(self)
        undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        redo_action = self.undo_stack.createRedoAction(self)
        redo_action.setShortcuts(distinct_keys("Ctrl+Shift+Z", QKeySequence.StandardKey.Redo))
        self.addAction(undo_action)
        self.addAction(redo_action)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.fields.edited.connect(self._field_edited)

    def finish_layout(
        self, body: QWidget | None = None, *, first: QWidget | None = None
    ) -> QVBoxLayout:
        """Lay out the form (or ``body``), the general error line and the buttons.

        The editor opens on ``first`` (by default the first field added).
        """
        layout = QVBoxLayout(self)
        if body is None:
            body = QWidget(self)
            body.setObjectName("editorBody")
            body.setLayout(self.form)
            self.form.setContentsMargins(0, 0, 0, 0)
        # the fields scroll, the buttons stay: a small screen never hides Save
        layout.addWidget(FittingScroll(body, self), 1)
        layout.addWidget(self.general_error)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addWidget(self.redo_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        if first is None:
            first = next(iter(self._error_fields.values()), None)
        settle_keyboard(self, first, self.save_button)
        return layout

    def add_field(
        self,
        label: str,
        widget: QWidget,
        field: str,
        *,
        form: QFormLayout | None = None,
        extra: QWidget | None = None,
    ) -> QLabel:
        """Add a labelled field with its error line; return the label (buddy set)."""
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if extra is None:
            column.addWidget(widget)
        else:
            line = QHBoxLayout()
            line.addWidget(widget, 1)
            line.addWidget(extra)
            column.addLayout(line)
        error = QLabel(cell)
        error.setObjectName(f"{field}Error")
        error.setStyleSheet(error_style())
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self._errors[field] = error
        self._error_fields[field] = widget
        title = QLabel(label, self)
        title.setBuddy(widget)
        # Qt names a field after a buddy label among the field's siblings only, and
        # this label sits beside the cell holding the field and its error line: the
        # field (or the one its row hands the focus to) is named here, in its words.
        target = widget.focusProxy() or widget
        if not target.accessibleName():
            target.setAccessibleName(label.replace("&&", "\0").replace("&", "").replace("\0", "&"))
        (form or self.form).addRow(title, cell)
        return title

    def error_label(self, field: str) -> QLabel:
        """The error line of a field (or the general one)."""
        return self._errors.get(field, self.general_error)

    def show_error(self, error: BaseException) -> None:
        """Show why saving failed, next to the field concerned; keep the editor open."""
        self.set_busy(False)
        field = getattr(error, "field", "")
        label = self.error_label(field)
        label.setStyleSheet(error_style())  # the general line may have shown a notice
        label.setText(validation_text(error))
        label.show()
        widget = self._error_fields.get(field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _field_edited(self, widget: QWidget) -> None:
        """A field changed: its error line spoke of the value before, so it goes.

        The value is checked again when the editor is saved; until then a sentence
        about a value no longer shown would only mislead. The field may be one part of
        a composite one (the capacity's minimum) or hold the bound widget's row.
        """
        for field, shown in self._error_fields.items():
            if shown is widget or shown.isAncestorOf(widget) or widget.isAncestorOf(shown):
                label = self._errors[field]
                label.clear()
                label.hide()

    def clear_errors(self) -> None:
        """Hide every error line."""
        for label in [*self._errors.values(), self.general_error]:
            label.clear()
            label.hide()

    def set_busy(self, busy: bool) -> None:
        """Disable Save while the page saves."""
        self.save_button.setEnabled(not busy)

    def draft_state(self) -> dict[str, Any] | None:
        """The fields as typed, when they hold unsaved changes (kept when the window locks)."""
        if self.undo_stack.isClean():
            return None
        return {"fields": self.fields.values()}

    def apply_draft(self, state: Mapping[str, Any]) -> None:
        """Put back a kept draft; the changes can be undone, and Cancel asks first."""
        if list(state.get("fields", [])) == self.fields.values():
            return  # saved since: nothing to put back
        self.fields.restore(list(state.get("fields", [])))
        self.general_error.setText(
            self.tr(
                "Changes not saved when the window locked have been put back. Save them, "
                "or Cancel to drop them."
            )
        )
        self.general_error.setStyleSheet("")
        self.general_error.show()

    def ready_to_save(self) -> bool:
        """Whether the form may be sent to the page; a refusal is said next to its field.

        Editors with choices that have no default (a sector, an axis) refuse here
        until one is made; by default everything may be sent, the services check.
        """
        return True

    def _save(self) -> None:
        self.clear_errors()
        if self.ready_to_save():
            self.submitted.emit()

    def refit(self) -> None:
        """Grow to show fields that just appeared, within the screen (never shrink)."""
        for scroll in self.findChildren(FittingScroll):
            body = scroll.widget()
            inner = body.layout() if body is not None else None
            if inner is not None:
                inner.activate()
            scroll.updateGeometry()
        outer = self.layout()
        if outer is not None:
            outer.activate()
        if self.isVisible():
            fit_to_screen(self, self.sizeHint().expandedTo(self.size()))

    def showEvent(self, event: QShowEvent) -> None:
        """On the first show, take the size the fields want, within the screen."""
        if not self._fitted:
            self._fitted = True
            fit_to_screen(self)
        super().showEvent(event)

    def reject(self) -> None:
        """Cancel; with unsaved changes, ask first (nothing typed is lost by accident).

        Pages closing editors on lock call ``done()``, which does not ask.
        """
        if self.undo_stack.isClean() or self.discard_box is not None:
            super().reject()
            return

        def answered(choice: str | None) -> None:
            self.discard_box = None
            if choice == "discardChanges":
                QDialog.reject(self)

        self.discard_box = ask(
            self,
            name="discardQuestion",
            title=self.tr("Unsaved changes"),
            text=self.tr("Close this editor and lose the changes made in it?"),
            choices=[
                Choice(
                    self.tr("&Lose the changes"),
                    "discardChanges",
                    QMessageBox.ButtonRole.DestructiveRole,
                ),
                Choice(self.tr("&Keep editing"), "keepEditing"),
            ],
            answered=answered,
        )


def check_box(text: str, parent: QWidget, name: str) -> QCheckBox:
    """A check box with an object name."""
    box = QCheckBox(text, parent)
    box.setObjectName(name)
    return box
