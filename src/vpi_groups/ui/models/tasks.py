"""Working groups' follow-up tasks as a table: done, what, who, by when, which group.

One model for the meeting's tasks (in the session dialog, where tasks are edited
before the meeting is saved: a task not saved yet has a negative key) and for the
"follow-up tasks" dialog across groups. A task past its due date and not done is
shown in red and bold, and said in words too ("overdue"), for those who do not see
the colour and for screen readers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from vpi_groups.scheduling.meetings import TaskInfo
from vpi_groups.ui.errors import error_colour
from vpi_groups.ui.models.labels import date_text

_ROOT = QModelIndex()


@dataclass(frozen=True)
class TaskLine:
    """A task as shown: ``key`` is the stored task's id, or negative for one not saved yet."""

    key: int
    what: str
    assignee_id: int | None
    assignee: str
    due_on: dt.date | None
    done_on: dt.date | None
    group: str = ""

    @property
    def done(self) -> bool:
        """Whether the task is done."""
        return self.done_on is not None

    @classmethod
    def of(cls, task: TaskInfo) -> TaskLine:
        """The line of a stored task."""
        return cls(
            task.id,
            task.what,
            task.assignee_id,
            task.assignee,
            task.due_on,
            task.done_on,
            task.group,
        )

    def plain(self) -> dict[str, Any]:
        """The line as plain values (a draft)."""
        return {
            "key": self.key,
            "what": self.what,
            "assignee_id": self.assignee_id,
            "assignee": self.assignee,
            "due_on": None if self.due_on is None else self.due_on.isoformat(),
            "done_on": None if self.done_on is None else self.done_on.isoformat(),
            "group": self.group,
        }

    @classmethod
    def from_plain(cls, plain: Any) -> TaskLine:
        """The line of :meth:`plain`."""
        due, done, who = plain.get("due_on"), plain.get("done_on"), plain.get("assignee_id")
        return cls(
            int(plain["key"]),
            str(plain["what"]),
            None if who is None else int(who),
            str(plain.get("assignee") or ""),
            None if not due else dt.date.fromisoformat(due),
            None if not done else dt.date.fromisoformat(done),
            str(plain.get("group") or ""),
        )


class TasksModel(QAbstractTableModel):
    """Tasks: a done check box, what, who, due date (overdue said), group (optional).

    Ticking the check box does not change the line: :attr:`done_toggled` asks the
    owner, which saves it (the tasks dialog) or keeps it for the meeting's save.
    """

    DONE, WHAT, WHO, DUE, GROUP = range(5)
    done_toggled = Signal(int, bool)  # row, done

    def __init__(self, parent: Any = None, *, with_group: bool = True) -> None:
        super().__init__(parent)
        self.lines: list[TaskLine] = []
        self.with_group = with_group
        self.today = dt.date.today()

    def set_lines(self, lines: Sequence[TaskLine], today: dt.date | None = None) -> None:
        """Show these lines (``today`` says which are overdue)."""
        self.beginResetModel()
        self.lines = list(lines)
        if today is not None:
            self.today = today
        self.endResetModel()

    def replace_line(self, row: int, line: TaskLine) -> None:
        """Change one line."""
        if 0 <= row < len(self.lines):
            self.lines[row] = line
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def add_line(self, line: TaskLine) -> int:
        """Append a line; return its row."""
        row = len(self.lines)
        self.beginInsertRows(_ROOT, row, row)
        self.lines.append(line)
        self.endInsertRows()
        return row

    def remove_line(self, row: int) -> None:
        """Remove one line."""
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(_ROOT, row, row)
            del self.lines[row]
            self.endRemoveRows()

    def row_of(self, key: int) -> int:
        """The row of the task ``key`` (-1: not shown)."""
        return next((r for r, line in enumerate(self.lines) if line.key == key), -1)

    def overdue(self, line: TaskLine) -> bool:
        """Not done and past its due date."""
        return not line.done and line.due_on is not None and line.due_on < self.today

    def set_done(self, row: int, done_on: dt.date | None) -> None:
        """Mark a line done (on ``done_on``) or not done."""
        if 0 <= row < len(self.lines):
            self.replace_line(row, replace(self.lines[row], done_on=done_on))

    # ------------------------------------------------------------ the model

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        """Tasks shown."""
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        """Done, what, who, due date, and the group when shown."""
        return 0 if parent.isValid() else (5 if self.with_group else 4)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Every cell is selectable; the first one is a check box."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _due_text(self, line: TaskLine) -> str:
        if line.due_on is None:
            return "—"
        if self.overdue(line):
            return self.tr("%1 (overdue)").replace("%1", date_text(line.due_on))
        return date_text(line.due_on)

    def _done_text(self, line: TaskLine) -> str:
        return self.tr("Done") if line.done else self.tr("To do")

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The cells' words, the done box, overdue dates in red and bold."""
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.DONE:
            return Qt.CheckState.Checked if line.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DONE:
                return None
            if column == self.WHAT:
                return line.what
            if column == self.WHO:
                return line.assignee or self.tr("Nobody yet")
            if column == self.DUE:
                return self._due_text(line)
            if column == self.GROUP:
                return line.group
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.DONE:
                return self._done_text(line)
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DONE:
            return self._done_text(line)
        if self.overdue(line) and column == self.DUE:
            if role == Qt.ItemDataRole.ForegroundRole:
                return error_colour()
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        """A click on the check box asks the owner (:attr:`done_toggled`)."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if index.column() != self.DONE or not 0 <= index.row() < len(self.lines):
            return False
        wanted = Qt.CheckState(value) == Qt.CheckState.Checked
        if wanted != self.lines[index.row()].done:
            self.done_toggled.emit(index.row(), wanted)
        return False

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The columns' titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Done"),
            self.tr("Task"),
            self.tr("Who"),
            self.tr("Due"),
            self.tr("Working group"),
        )
        return titles[section] if 0 <= section < self.columnCount() else None
