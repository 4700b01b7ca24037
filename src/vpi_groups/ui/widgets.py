"""Small shared widgets: record tables, buttons, optional dates, sectors, number fields, keys."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vpi_groups.programme.records import (
    Sector,
)
from vpi_groups.ui.errors import error_style
from vpi_groups.ui.models.labels import sector_label

NO_DATE = QDate(1999, 12, 31)
"""Shown as a dash in a date field: no date."""


# Characters a room field shows at least ("Salle polyvalente du centre social" is 34).
ROOM_NAME_CHARS = 28


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
    """A list of the sectors, by their names (no sector chosen: see :func:`start_unchosen`)."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for sector in Sector:
        combo.addItem(sector_label(sector), sector.value)
    return combo


def start_unchosen(combo: QComboBox, placeholder: str) -> None:
    """Show no choice in ``combo`` (its ``placeholder``, "Choose…") until one is made.

    For a coded value that feeds the statistics: a first item shown by default would be
    saved by whoever did not look, and counted as a real answer. The list keeps its
    keyboard (the first letter of an item, the arrows); undo brings "no choice" back,
    as the editors bind lists by index and -1 is that index.
    """
    combo.setPlaceholderText(placeholder)
    combo.setCurrentIndex(-1)


def say_unchosen(choices: Iterable[tuple[QComboBox, QLabel, str]]) -> bool:
    """Say next to each list still on no choice what to choose; True if there was one.

    ``choices``: each list, its error line and the sentence to show there ("Choose a
    sector."). The first list left unchosen gets the keyboard focus.
    """
    first: QComboBox | None = None
    for combo, label, text in choices:
        if combo.currentIndex() >= 0:
            continue
        label.setStyleSheet(error_style())
        label.setText(text)
        label.show()
        first = first or combo
    if first is not None:
        first.setFocus(Qt.FocusReason.OtherFocusReason)
    return first is not None


# ---------------------------------------------------------------- shortcuts


def distinct_keys(*keys: QKeySequence | QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """The key sequences given, standard keys expanded, each once, empty ones dropped.

    One action holding the same key twice (``StandardKey.Quit`` is Ctrl+Q on a Linux
    desktop) makes Qt refuse that key as ambiguous: the action never fires.
    """
    seen: set[str] = set()
    result: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            expanded = QKeySequence.keyBindings(key)
        else:
            expanded = [QKeySequence(key)]
        for sequence in expanded:
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if text and text not in seen:
                seen.add(text)
                result.append(sequence)
    return result


# ---------------------------------------------------------------- number fields


_DIGITS = re.compile(r"[+-]?\d+")
_PLACE = re.compile(r"%(\d)")


def _fill(text: str, *values: str) -> str:
    """``text`` with %1, %2… replaced in one pass (a value holding "%2" stays as typed)."""
    return _PLACE.sub(lambda m: values[int(m.group(1)) - 1], text)


class CheckedSpinBox(QSpinBox):
    """A number field that says what it refuses instead of refusing in silence.

    A plain QSpinBox drops a typed letter without a word, and on leaving the field
    puts back the last value over a number out of range (0 sessions became 10). Here
    a letter is still refused, but the line next to the field says "Digits only"; a
    number out of range stays shown with "Between 1 and 52" until it is corrected;
    Enter does not validate it (the dialog is not saved with another value); and when
    the field is left with it, the value put back is said ("0 refused, the value
    stays 10"). The message goes once the text is a number in range.

    Lay out :meth:`with_message` (the field and its message on one line), not the
    box alone: the message is shown only there.
    """

    def __init__(
        self,
        parent: QWidget | None,
        low: int,
        high: int,
        value: int,
        name: str,
        *,
        range_text: str | None = None,
    ) -> None:
        """A field from ``low`` to ``high`` showing ``value``.

        ``range_text`` says the range in the field's own words, with ``%1`` and
        ``%2`` for the bounds ("Between %1 and %2 sessions"); by default "Between
        %1 and %2".
        """
        super().__init__(parent)
        self.range_text = range_text
        self.message = QLabel(self)
        self.message.setObjectName(f"{name}Message")
        self.message.setStyleSheet(error_style())
        self.message.hide()
        self._row: QWidget | None = None
        self._typed_refused = False  # set by validate() while a key is handled
        self._put_back: str | None = None  # the text refused when the field was left
        self.setObjectName(name)
        self.setRange(low, high)
        self.setValue(value)
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        # Qt puts back a value with the line's signals blocked: editingFinished and
        # the overrides below say it.
        self.lineEdit().textChanged.connect(self._refresh)
        self.editingFinished.connect(self._refresh)

    def with_message(self) -> QWidget:
        """The field with its message line beside it, to lay out instead of the field.

        The row hands the keyboard focus (and a label's buddy) to the field.
        """
        if self._row is None:
            row = QWidget(self.parentWidget())
            row.setObjectName(f"{self.objectName()}Row")
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            self.setParent(row)
            self.message.setParent(row)
            layout.addWidget(self)
            layout.addWidget(self.message)
            layout.addStretch(1)  # the field keeps its own width, message or not
            row.setFocusProxy(self)
            self._row = row
        return self._row

    def showEvent(self, event: QShowEvent) -> None:
        """Take the name of the label whose buddy is the row (or the field), once shown.

        Qt names a field after a buddy label among the field's own siblings only: a
        label beside the row (``form.addRow(text, box.with_message())``, or a label
        whose buddy is the field) names nothing, so the field takes its words here.
        """
        super().showEvent(event)
        row, holder = self._row, self._row.parentWidget() if self._row is not None else None
        if row is None or holder is None or self.accessibleName():
            return
        for label in holder.findChildren(QLabel):
            if label.buddy() is row or label.buddy() is self:
                words = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                self.setAccessibleName(words)
                return

    def message_text(self) -> str:
        """What the message line says now ("" when nothing is refused)."""
        return self.message.text() if not self.message.isHidden() else ""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Let a number out of range be typed (and said); refuse anything else."""
        state, text, pos = super().validate(text, pos)
        if state == QValidator.State.Invalid:
            if _DIGITS.fullmatch(self._number_part(text)):
                state = QValidator.State.Intermediate  # shown, with the range beside it
            else:
                self._typed_refused = True
        return state, text, pos

    def fixup(self, text: str) -> str:
        """Note the text refused: Qt puts back the last value over it."""
        self._put_back = self._number_part(text)
        return super().fixup(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Say a refused key; keep Enter from validating a number out of range."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self._acceptable():
            self._say(self._range_message())
            event.accept()
            return
        self._typed_refused = False
        self._put_back = None
        super().keyPressEvent(event)
        if self._typed_refused and event.text().isprintable() and event.text():
            self._say(self.tr("Digits only"))
        self._typed_refused = False

    def _acceptable(self) -> bool:
        text = self.lineEdit().text()
        special = self.specialValueText()
        if special and self.value() == self.minimum() and text in ("", special):
            return True  # "—": no value, which is allowed (its line may not show it yet)
        return super().validate(text, len(text))[0] == QValidator.State.Acceptable

    def _number_part(self, text: str) -> str:
        return text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()

    def _range_message(self) -> str:
        low = self.minimum() + (1 if self.specialValueText() else 0)
        text = self.range_text or self.tr("Between %1 and %2")
        # written as the field writes numbers (no thousands separator in a year)
        return _fill(text, self.textFromValue(low), self.textFromValue(self.maximum()))

    def setValue(self, value: int) -> None:
        """Show ``value``; nothing is refused any more."""
        self._put_back = None
        super().setValue(value)
        self._refresh()

    def stepBy(self, steps: int) -> None:
        """Step up or down (arrows, Page Up/Down, the wheel), then say what was put back."""
        super().stepBy(steps)
        self._refresh()

    def _refresh(self, *_args: object) -> None:
        refused, self._put_back = self._put_back, None
        if refused is not None and self._acceptable():
            stays = self.lineEdit().text()
            if refused:
                said = _fill(
                    self.tr("%1 — %2 refused, the value stays %3"),
                    self._range_message(),
                    refused,
                    stays,
                )
            else:
                said = _fill(
                    self.tr("%1 — empty, the value stays %2"), self._range_message(), stays
                )
            self._say(said)
        elif self._acceptable():
            self._say("")
        else:
            self._say(self._range_message())

    def _say(self, text: str) -> None:
        self.message.setText(text)
        if self._row is None:
            self.setToolTip(text)  # no message line laid out: said on hover at least
        self.message.setVisible(bool(text) and self._row is not None)
