"""The supports of a public campaign, edited in the action editor.

A table (kind, quantity, dates, places, estimated reach), a list field of
:mod:`vpi_groups.ui.editors.record_list`: "Add a support…", "Edit…" (or Enter, or a
double click) and "Remove" (or Delete); each support is filled in a small dialog. Its
changes go on the action editor's undo stack and into its draft, and are written
with the action.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vpi_groups.programme.records import MAX_COUNT, MAX_SUPPORTS, PLACES_MAX, SupportSpec
from vpi_groups.storage.models import SupportKind
from vpi_groups.ui.editors.record_list import RecordListField
from vpi_groups.ui.errors import error_style
from vpi_groups.ui.help_key import give_help_key
from vpi_groups.ui.models.labels import date_text, support_label

_ROOT = QModelIndex()
NO_DATE = QDate(2000, 1, 1)  # the date fields' lowest value, shown as "—": no date


def to_plain(spec: SupportSpec) -> dict[str, Any]:
    """A support as plain values (drafts and the editor's undo keep these)."""
    return {
        "kind": spec.kind.value,
        "quantity": spec.quantity,
        "starts_on": None if spec.starts_on is None else spec.starts_on.isoformat(),
        "ends_on": None if spec.ends_on is None else spec.ends_on.isoformat(),
        "places": spec.places,
        "estimated_reach": spec.estimated_reach,
    }


def from_plain(value: dict[str, Any]) -> SupportSpec:
    """The support :func:`to_plain` made."""
    starts, ends = value.get("starts_on"), value.get("ends_on")
    return SupportSpec(
        SupportKind(value["kind"]),
        value.get("quantity"),
        None if starts is None else dt.date.fromisoformat(starts),
        None if ends is None else dt.date.fromisoformat(ends),
        value.get("places"),
        value.get("estimated_reach"),
    )


class SupportsModel(QAbstractTableModel):
    """The supports, one per line."""

    KIND, QUANTITY, DATES, PLACES, REACH = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[SupportSpec] = []

    def set_items(self, supports: Sequence[SupportSpec]) -> None:
        """Show these supports."""
        self.beginResetModel()
        self.items = list(supports)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        """Supports shown."""
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        """Kind, quantity, dates, places, estimated reach."""
        return 0 if parent.isValid() else 5

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Each column's text; numbers aligned right."""
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        spec = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.KIND:
                return support_label(spec.kind)
            if column == self.QUANTITY:
                return "—" if spec.quantity is None else _number(spec.quantity)
            if column == self.DATES:
                return self._dates(spec)
            if column == self.PLACES:
                return (spec.places or "").replace("\n", " ; ")
            if column == self.REACH:
                return "—" if spec.estimated_reach is None else _number(spec.estimated_reach)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PLACES and spec.places:
            return spec.places  # the whole text, where the column cuts it
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.QUANTITY, self.REACH):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _dates(self, spec: SupportSpec) -> str:
        if spec.starts_on is None and spec.ends_on is None:
            return "—"
        if spec.starts_on is not None and spec.ends_on is not None:
            if spec.starts_on == spec.ends_on:
                return date_text(spec.starts_on)
            return (
                self.tr("%1 to %2")
                .replace("%1", date_text(spec.starts_on))
                .replace("%2", date_text(spec.ends_on))
            )
        if spec.starts_on is not None:
            return self.tr("from %1").replace("%1", date_text(spec.starts_on))
        assert spec.ends_on is not None
        return self.tr("until %1").replace("%1", date_text(spec.ends_on))

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """The columns' titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Support"),
            self.tr("Quantity"),
            self.tr("Dates"),
            self.tr("Places"),
            self.tr("Reach (est.)"),
        )[section]


class SupportDialog(QDialog):
    """One support: its kind, quantity, dates, places and estimated reach."""

    HELP_TOPIC = "programme"

    def __init__(self, spec: SupportSpec | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_help_key(self, self.HELP_TOPIC)
        self.setObjectName("supportEditor")
        self.setWindowTitle(self.tr("Support") if spec else self.tr("New support"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("supportKind")
        for kind in SupportKind:
            self.kind.addItem(support_label(kind), kind.value)
        self.quantity = _optional_spin(self, "supportQuantity")
        self.starts_on = _optional_date(self, "supportStart")
        self.ends_on = _optional_date(self, "supportEnd")
        self.places = QLineEdit(self)
        self.places.setObjectName("supportPlaces")
        self.places.setMaxLength(PLACES_MAX)
        self.places.setPlaceholderText(self.tr("Where it was put out or held"))
        self.reach = _optional_spin(self, "supportReach")
        form = QFormLayout()
        form.addRow(self.tr("&Support:"), self.kind)
        form.addRow(self.tr("&Quantity:"), self.quantity)
        form.addRow(self.tr("&From:"), self.starts_on)
        form.addRow(self.tr("&To:"), self.ends_on)
        form.addRow(self.tr("&Places:"), self.places)
        form.addRow(self.tr("Estimated &reach:"), self.reach)
        self.message = QLabel(self)
        self.message.setObjectName("supportError")
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
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if spec is not None:
            self.kind.setCurrentIndex(self.kind.findData(spec.kind.value))
            self.quantity.setValue(-1 if spec.quantity is None else spec.quantity)
            for field, day in ((self.starts_on, spec.starts_on), (self.ends_on, spec.ends_on)):
                field.setDate(NO_DATE if day is None else QDate(day.year, day.month, day.day))
            self.places.setText(spec.places or "")
            self.places.setCursorPosition(0)  # the start of the text in view
            self.reach.setValue(-1 if spec.estimated_reach is None else spec.estimated_reach)
        self.kind.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(500, self.sizeHint().height())  # room for the places

    def spec(self) -> SupportSpec:
        """The support as typed."""
        return SupportSpec(
            SupportKind(self.kind.currentData()),
            None if self.quantity.value() < 0 else self.quantity.value(),
            _day(self.starts_on),
            _day(self.ends_on),
            self.places.text().strip() or None,
            None if self.reach.value() < 0 else self.reach.value(),
        )

    def accept(self) -> None:
        """Refuse an end before the start, saying so; otherwise close."""
        spec = self.spec()
        if spec.starts_on and spec.ends_on and spec.ends_on < spec.starts_on:
            self.message.setText(self.tr("The end is before the start."))
            self.ends_on.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()


def _number(value: int) -> str:
    """``value`` as the interface's locale writes it (1 500 in French)."""
    return QLocale().toString(value)


def _optional_spin(parent: QWidget, name: str) -> QSpinBox:
    box = QSpinBox(parent)
    box.setObjectName(name)
    box.setRange(-1, MAX_COUNT)
    box.setSpecialValueText("—")
    box.setValue(-1)
    box.setGroupSeparatorShown(True)
    return box


def _optional_date(parent: QWidget, name: str) -> QDateEdit:
    field = QDateEdit(parent)
    field.setObjectName(name)
    field.setCalendarPopup(True)
    field.setMinimumDate(NO_DATE)
    field.setSpecialValueText("—")
    field.setDate(NO_DATE)
    field.setDisplayFormat("dd/MM/yyyy")
    return field


def _day(field: QDateEdit) -> dt.date | None:
    value = field.date()
    if value == NO_DATE:
        return None
    return dt.date(value.year(), value.month(), value.day())


class SupportsField(RecordListField):
    """The list of a campaign's supports, with its buttons; one field of the action editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        view = QTableView()
        super().__init__(SupportsModel(), view, "Support", MAX_SUPPORTS, parent)
        self.setObjectName("supportsField")
        self.add_button.setText(self.tr("Add a su&pport…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("Remo&ve"))
        self.model.setParent(self)
        view.setObjectName("supportsView")
        view.setAccessibleName(self.tr("Supports of the campaign"))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SupportsModel.PLACES, QHeaderView.ResizeMode.Stretch)
        view.setMinimumHeight(110)
        view.setMinimumWidth(600)  # kind, quantity, dates, places and reach in view

    def make_dialog(self, current: SupportSpec | None) -> SupportDialog:
        """One support's dialog."""
        return SupportDialog(current, self)

    def to_plain(self, item: SupportSpec) -> dict[str, Any]:
        """A support as plain values."""
        return to_plain(item)

    def from_plain(self, value: dict[str, Any]) -> SupportSpec:
        """The support :meth:`to_plain` made."""
        return from_plain(value)

    def set_items(self, items: Sequence[SupportSpec]) -> None:
        """Show these supports, the columns fitted to them."""
        super().set_items(items)
        assert isinstance(self.view, QTableView)
        self.view.resizeColumnsToContents()
