"""One small table model for every list: pre-formatted rows, sorting inside the model."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Row:
    """A row ready to show: display strings, sort keys (one per column), the record's id."""

    cells: tuple[str, ...]
    keys: tuple[Any, ...]
    id: int
    struck: bool = False
    warning: bool = False
    tooltip: str = ""
    extra: tuple[Any, ...] = field(default=())


class RowsModel(QAbstractTableModel):
    """A read-only table over :class:`Row` values; ``data()`` is a lookup."""

    def __init__(self, headers: Callable[[], Sequence[str]], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[Row] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # ------------------------------------------------------------ content

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace every row (keeping the current sort order)."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row."""
        self.set_rows([])

    def row_at(self, index: int) -> Row:
        """The row shown at ``index``."""
        return self._rows[index]

    def rows(self) -> tuple[Row, ...]:
        """Every row, in display order."""
        return tuple(self._rows)

    def index_of(self, row_id: int) -> int:
        """Display position of the row with this id, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)

    # ------------------------------------------------------------ Qt

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        """Rows of the table (none under an item: this is not a tree)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        """Columns of the table."""
        return 0 if parent.isValid() else len(self._headers())

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Look up the pre-formatted value."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()] if index.column() < len(row.cells) else ""
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.FontRole and row.struck:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.warning:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ToolTipRole and row.tooltip:
            return row.tooltip
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Translated column titles."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self._headers()
            return headers[section] if 0 <= section < len(headers) else None
        return str(section + 1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python on the rows' keys (fast enough for 150k rows, unlike a proxy)."""
        if not 0 <= column < len(self._headers()):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self._rows.sort(key=lambda r: r.keys[column], reverse=order == Qt.SortOrder.DescendingOrder)
