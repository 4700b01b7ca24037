"""Small shared widgets of the pages: record tables, buttons, optional dates, sectors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vpi_groups.programme.records import (
    Sector,
)
from vpi_groups.ui.models.labels import sector_label

NO_DATE = QDate(1999, 12, 31)
"""Shown as a dash in a date field: no date."""


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
