"""A read-only table over pre-formatted rows, sorted in Python inside the model.

Each row holds its display strings, one sort key per column (so that "1 500,00 €"
sorts as an amount and "3 mars" as a date) and the id of the record it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from vpi_groups.ui.errors import error_colour

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role returning the id of the record a row shows."""


@dataclass(frozen=True)
class Row:
    """One pre-formatted row: display strings, sort keys (same length) and the record id."""

    cells: tuple[str, ...]
    keys: tuple[Any, ...]
    row_id: int
    struck: bool = False  # shown struck through (a cancelled session)
    warning: bool = False  # shown in red (a conflict)


class RowTableModel(QAbstractTableModel):
    """Base of the pages' tables; subclasses give the headers and build the rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._columns: int | None = None  # len(headers()), asked once: Qt asks very often
        self._struck_font: QFont | None = None

    # ------------------------------------------------------------ to override

    def headers(self) -> tuple[str, ...]:
        """The column titles, translated."""
        return ()

    # ------------------------------------------------------------ content

    def set_rows(self, rows: list[Row]) -> None:
        """Replace every row (kept in the current sort order)."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row."""
        self.set_rows([])

    def row_id(self, row: int) -> int:
        """The record id shown on this row."""
        return self._rows[row].row_id

    def row_of(self, row_id: int) -> int:
        """The row showing this record, or -1."""
        for number, row in enumerate(self._rows):
            if row.row_id == row_id:
                return number
        return -1

    def row_at(self, row: int) -> Row:
        """The row shown at this position."""
        return self._rows[row]

    def rows(self) -> tuple[Row, ...]:
        """Every row, in display order."""
        return tuple(self._rows)

    def cells(self, row: int) -> tuple[str, ...]:
        """The display strings of one row."""
        return self._rows[row].cells

    # ------------------------------------------------------------ Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of rows (none under a valid parent: this is a flat table)."""
        if parent.isValid():
            return 0
        return len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        if parent.isValid():
            return 0
        if self._columns is None:
            self._columns = len(self.headers())  # the titles change, never their number
        return self._columns

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display string, tooltip or record id of a cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if not 0 <= index.column() < len(row.cells):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.cells[index.column()]
        if role == ID_ROLE:
            return row.row_id
        if role == Qt.ItemDataRole.FontRole and row.struck:
            if self._struck_font is None:
                self._struck_font = QFont()
                self._struck_font.setStrikeOut(True)
            return self._struck_font
        if role == Qt.ItemDataRole.ForegroundRole and row.warning:
            return QBrush(error_colour())  # the error red, readable on the theme's base
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Translated column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by one column's keys, in Python (stable; ties keep their order)."""
        if not 0 <= column < self.columnCount():
            return
        self.layoutAboutToBeChanged.emit()
        old = [row.row_id for row in self._rows]
        self._sort = (column, order)
        self._sort_rows(column, order)
        new_position = {row.row_id: i for i, row in enumerate(self._rows)}
        for persistent in self.persistentIndexList():
            if persistent.isValid():
                target = new_position[old[persistent.row()]]
                self.changePersistentIndex(persistent, self.index(target, persistent.column()))
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        # Empty cells go last in both orders; None is never compared with a value.
        filled = [r for r in self._rows if not _empty(r.keys[column])]
        empty = [r for r in self._rows if _empty(r.keys[column])]
        filled.sort(key=lambda r: r.keys[column], reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = filled + empty


def _empty(value: Any) -> bool:
    return value is None or value == ""


class HeadersModel(RowTableModel):
    """A table whose translated headers come from a function (no subclass needed)."""

    def __init__(self, headers: Callable[[], Sequence[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = headers

    def headers(self) -> tuple[str, ...]:
        """The column titles, translated now."""
        return tuple(self._headers())
