"""The professionals present at a session of a training, a public action or the plenary.

One line per organisation of the directory (or per sector, for people of an
organisation outside it): how many came and, if the user records them, their names.
Lines are added from the row of fields under the table; the number and the names are
edited in place (F2 or a double click); Delete removes the selected line. Nothing is
written until the session dialog's "Save".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vpi_groups.language import alphabetical
from vpi_groups.scheduling.professionals import MAX_PRESENT, ProfessionalsLine
from vpi_groups.storage.models import Sector
from vpi_groups.ui.editors.record_list import row_key
from vpi_groups.ui.models.labels import sector_label

_ROOT = QModelIndex()
Organisations = Sequence[tuple[int, str, Sector]]  # id, name, sector


def split_names(text: str) -> tuple[str, ...]:
    """Names typed in one field, separated by semicolons or commas."""
    return tuple(n.strip() for n in text.replace(",", ";").split(";") if n.strip())


class ProfessionalsModel(QAbstractTableModel):
    """The lines: organisation, sector, number present (editable), names (editable)."""

    ORGANISATION, SECTOR, PRESENT, NAMES = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[ProfessionalsLine] = []

    def set_lines(self, lines: Sequence[ProfessionalsLine]) -> None:
        """Show these lines (as read, or from a draft)."""
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def key_of(self, line: ProfessionalsLine) -> tuple[int | None, Sector | None]:
        """What makes a line unique: its organisation, or its sector outside the directory."""
        if line.organisation_id is not None:
            return (line.organisation_id, None)
        return (None, line.sector)

    def row_of(self, line: ProfessionalsLine) -> int:
        """The row of the line with the same key as ``line``, or -1."""
        key = self.key_of(line)
        return next((i for i, old in enumerate(self.lines) if self.key_of(old) == key), -1)

    def add(self, line: ProfessionalsLine) -> int:
        """Add a line, or add to the one of the same organisation; return its row."""
        row = self.row_of(line)
        if row >= 0:
            old = self.lines[row]
            names = old.names + tuple(n for n in line.names if n not in old.names)
            merged = ProfessionalsLine(
                old.organisation_id,
                old.sector,
                min(MAX_PRESENT, max(old.present + line.present, len(names))),
                names,
                old.organisation,
            )
            self.lines[row] = merged
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.NAMES))
            return row
        row = len(self.lines)
        self.beginInsertRows(_ROOT, row, row)
        self.lines.append(line)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        """Remove one line."""
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(_ROOT, row, row)
            del self.lines[row]
            self.endRemoveRows()

    def total(self) -> int:
        """How many professionals the lines add up to."""
        return sum(line.present for line in self.lines)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        """Lines shown."""
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        """Organisation, sector, number present, names."""
        return 0 if parent.isValid() else 4

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """The number and the names are edited in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.PRESENT, self.NAMES):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The organisation, the sector's name, the number, the names joined by "; "."""
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.ORGANISATION:
                return line.organisation or self.tr("Outside the directory")
            if column == self.SECTOR:
                return sector_label(line.sector)
            if column == self.PRESENT:
                return line.present
            if column == self.NAMES:
                return "; ".join(line.names)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PRESENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        """A new number (1-999), or names (the number rises to their count)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, column = index.row(), index.column()
        line = self.lines[row]
        if column == self.PRESENT:
            try:
                present = int(value)
            except (TypeError, ValueError):
                return False
            if not 1 <= present <= MAX_PRESENT:
                return False
            changed = ProfessionalsLine(
                line.organisation_id, line.sector, present, line.names, line.organisation
            )
        elif column == self.NAMES:
            names = split_names(str(value))
            # more names than the number: the number follows (every name is a person)
            present = min(MAX_PRESENT, max(line.present, len(names)))
            changed = ProfessionalsLine(
                line.organisation_id, line.sector, present, names, line.organisation
            )
        else:
            return False
        if changed == line:
            return False
        self.lines[row] = changed
        self.dataChanged.emit(self.index(row, self.PRESENT), self.index(row, self.NAMES))
        return True

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
            self.tr("Organisation"),
            self.tr("Sector"),
            self.tr("Present"),
            self.tr("Names (optional)"),
        )[section]


class ProfessionalsView(QTableView):
    """The table; Delete (outside an editor) removes the current line."""

    remove_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete asks to remove the current line; Enter and the rest as a table takes them."""
        if row_key(self, event) == "remove":
            self.remove_requested.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)


class ProfessionalsPanel(QWidget):
    """The table of lines and the row of fields that adds one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("professionalsPanel")
        self.model = ProfessionalsModel(self)
        self.view = ProfessionalsView(self)
        self.view.setObjectName("professionalsView")
        self.view.setAccessibleName(self.tr("Professionals present"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)
        self.view.remove_requested.connect(self.remove_row)
        help_text = QLabel(
            self.tr(
                "Professionals are not talk-group participants: their names may be kept. "
                "F2 edits the number or the names; Delete removes a line."
            ),
            self,
        )
        help_text.setWordWrap(True)

        self.organisation = QComboBox(self)
        self.organisation.setObjectName("professionalsOrganisation")
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.present = QSpinBox(self)
        self.present.setObjectName("professionalsPresent")
        self.present.setRange(1, MAX_PRESENT)
        self.present.setAccessibleName(self.tr("Number present"))
        self.names = QLineEdit(self)
        self.names.setObjectName("professionalsNames")
        self.names.setPlaceholderText(self.tr("Names, separated by ; (optional)"))
        self.names.setAccessibleName(self.tr("Names"))
        self.names.returnPressed.connect(self.add_line)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("addProfessionals")
        self.add_button.clicked.connect(self.add_line)
        self.remove_button = QPushButton(self.tr("Remove the line"), self)
        self.remove_button.setObjectName("removeProfessionals")
        self.remove_button.clicked.connect(lambda: self.remove_row(self.view.currentIndex().row()))
        organisation_label = QLabel(self.tr("From:"), self)
        organisation_label.setBuddy(self.organisation)
        self.total = QLabel(self)
        self.total.setObjectName("professionalsTotal")

        add_row = QHBoxLayout()
        add_row.addWidget(organisation_label)
        add_row.addWidget(self.organisation, 3)
        add_row.addWidget(self.present)
        add_row.addWidget(self.names, 2)
        add_row.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(self.view, 1)
        layout.addLayout(add_row)
        layout.addLayout(bottom)
        for signal in (
            self.model.dataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.modelReset,
        ):
            signal.connect(self._model_changed)
        self._model_changed()

    def set_directory(self, organisations: Organisations) -> None:
        """The organisations to choose from, then one "outside the directory" per sector."""
        self.organisation.clear()
        for oid, name, sector in sorted(organisations, key=lambda o: alphabetical(o[1])):
            self.organisation.addItem(f"{name} ({sector_label(sector)})", (oid, sector.value))
        for sector in Sector:
            self.organisation.addItem(
                self.tr("Outside the directory — %1").replace("%1", sector_label(sector)),
                (None, sector.value),
            )

    def set_lines(self, lines: Sequence[ProfessionalsLine]) -> None:
        """Show these lines."""
        self.model.set_lines(lines)
        self.view.resizeColumnsToContents()

    def lines(self) -> tuple[ProfessionalsLine, ...]:
        """The lines shown, as the service takes them."""
        return tuple(self.model.lines)

    def state(self) -> list[dict[str, Any]]:
        """The lines as a draft keeps them (plain values)."""
        return [
            {
                "organisation_id": line.organisation_id,
                "organisation": line.organisation,
                "sector": line.sector.value,
                "present": line.present,
                "names": list(line.names),
            }
            for line in self.model.lines
        ]

    def apply_state(self, state: Sequence[Any]) -> None:
        """Show the lines a draft kept."""
        self.set_lines(
            [
                ProfessionalsLine(
                    None if entry["organisation_id"] is None else int(entry["organisation_id"]),
                    Sector(entry["sector"]),
                    int(entry["present"]),
                    tuple(str(n) for n in entry["names"]),
                    str(entry["organisation"]),
                )
                for entry in state
            ]
        )

    def add_line(self) -> None:
        """Add the line the fields describe (to the organisation's line if it has one)."""
        choice = self.organisation.currentData()
        if choice is None:
            return
        oid, sector = choice
        name = "" if oid is None else self.organisation.currentText().rsplit(" (", 1)[0]
        names = split_names(self.names.text())
        line = ProfessionalsLine(
            oid, Sector(sector), max(self.present.value(), len(names)), names, name
        )
        row = self.model.add(line)
        self.view.setCurrentIndex(self.model.index(row, ProfessionalsModel.PRESENT))
        self.view.resizeColumnToContents(ProfessionalsModel.ORGANISATION)
        self.names.clear()
        self.present.setValue(1)
        self.organisation.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_row(self, row: int) -> None:
        """Remove a line and select the next one."""
        self.model.remove(row)
        if self.model.rowCount():
            self.view.setCurrentIndex(
                self.model.index(min(row, self.model.rowCount() - 1), ProfessionalsModel.PRESENT)
            )

    def _model_changed(self, *_args: object) -> None:
        total = self.model.total()
        self.total.setText(
            self.tr("%n professional(s) present", "", total) if total else self.tr("Nobody yet.")
        )
        self.remove_button.setEnabled(self.model.rowCount() > 0)
        self.changed.emit()
