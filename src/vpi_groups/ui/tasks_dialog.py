"""Follow-up tasks across working groups: one person's (or everyone's), done or not.

Opened from the main window's menu. A person chosen in the filter is remembered for
the next time (in the preferences: a facilitator's number, nothing else). Space
ticks the current task done (saved at once, on the database worker; "Undo" puts the
last tick back), Enter opens it to change what, who and by when, Delete removes it
after a question.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from vpi_groups.programme import records as programme
from vpi_groups.scheduling import meetings
from vpi_groups.storage.vault import Vault
from vpi_groups.ui import fit
from vpi_groups.ui.errors import error_style, error_text
from vpi_groups.ui.help_key import give_help_key
from vpi_groups.ui.meeting_panels import tasks_view, today
from vpi_groups.ui.models.tasks import TaskLine, TasksModel
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.question import Choice, ask
from vpi_groups.ui.task_editor import TaskDialog
from vpi_groups.ui.tasks import TaskRunner
from vpi_groups.ui.widgets import distinct_keys


def remembered_person(preferences: Preferences | None) -> int | None:
    """The person last chosen in the filter (None: everyone)."""
    return None if preferences is None else preferences.tasks_person


def remember_person(preferences: Preferences | None, person: int | None) -> None:
    """Keep the person chosen for the next time."""
    if preferences is not None:
        preferences.tasks_person = person


@dataclass(frozen=True)
class TasksData:
    """The people of the filter and the tasks shown, read in one unit of work."""

    people: tuple[tuple[int, str], ...]
    tasks: tuple[TaskLine, ...]
    today: dt.date


def read_tasks(s: Session, person: int | None, include_done: bool) -> TasksData:
    """The directory's facilitators and the tasks of ``person`` (None: everyone)."""
    people = tuple((f.id, f.spec.name) for f in programme.list_facilitators(s))
    found = meetings.tasks(s, assignee_id=person, include_done=include_done)
    return TasksData(people, tuple(TaskLine.of(t) for t in found), today())


@dataclass(frozen=True)
class _Toggle:
    key: int
    before: dt.date | None
    what: str


class TasksDialog(QDialog):
    """The follow-up tasks of the working groups, by person."""

    HELP_TOPIC = "programme"

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, preferences: Preferences | None = None
    ) -> None:
        super().__init__(parent)
        give_help_key(self, self.HELP_TOPIC)
        self.setObjectName("tasksDialog")
        self.setWindowTitle(self.tr("Follow-up tasks"))
        self.vault = vault
        self.preferences = preferences
        self.runner = TaskRunner(self)
        self.data: TasksData | None = None
        self.last_toggle: _Toggle | None = None
        self.question: QMessageBox | None = None
        self.task_dialog: TaskDialog | None = None
        self._wanted_person = remembered_person(preferences)
        self._filling = False
        self._fitted = False

        self.person = QComboBox(self)
        self.person.setObjectName("tasksPerson")
        self.person.addItem(self.tr("Everyone"), None)
        self.person.currentIndexChanged.connect(self._person_chosen)
        person_label = QLabel(self.tr("&Person:"), self)
        person_label.setBuddy(self.person)
        self.show_done = QCheckBox(self.tr("Show &done tasks"), self)
        self.show_done.setObjectName("tasksShowDone")
        self.show_done.toggled.connect(self.reload)
        self.model = TasksModel(self)
        self.view = tasks_view(self.model, self, "tasksTable")
        self.view.setAccessibleName(self.tr("Follow-up tasks"))
        self.view.toggle_requested.connect(self.toggle)
        self.view.edit_requested.connect(self.edit)
        self.view.remove_requested.connect(self.remove)
        self.view.doubleClicked.connect(lambda index: self.edit(index.row()))
        self.empty = QLabel(self)
        self.empty.setObjectName("tasksEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        help_text = QLabel(
            self.tr(
                "Space: done or not (saved at once); Enter: change the task; Delete: remove "
                "it. Tasks are added at a working group's meeting."
            ),
            self,
        )
        help_text.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("tasksMessage")
        self.message.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_button.setObjectName("tasksUndo")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        self.edit_button = QPushButton(self.tr("&Change…"), self)
        self.edit_button.setObjectName("tasksEdit")
        self.edit_button.clicked.connect(lambda: self.edit(self.view.currentIndex().row()))
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        self.remove_button.setObjectName("tasksRemove")
        self.remove_button.clicked.connect(lambda: self.remove(self.view.currentIndex().row()))
        for key in distinct_keys(QKeySequence.StandardKey.Undo, "Ctrl+Z"):
            QShortcut(key, self).activated.connect(self.undo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("tasksClose")
        close.setText(self.tr("Close"))

        filters = QHBoxLayout()
        filters.addWidget(person_label)
        filters.addWidget(self.person, 1)
        filters.addWidget(self.show_done)
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.remove_button)
        actions.addWidget(self.undo_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(help_text)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        for signal in (self.model.modelReset, self.model.dataChanged):
            signal.connect(self._buttons)
        self.view.selectionModel().currentChanged.connect(self._buttons)
        self._buttons()
        self.reload()

    # ------------------------------------------------------------ reading

    def person_id(self) -> int | None:
        """The person chosen (None: everyone)."""
        data = self.person.currentData()
        return None if data is None else int(data)

    def reload(self, *_args: object) -> None:
        """Read the tasks of the person chosen again."""
        person = self.person_id() if self.data is not None else self._wanted_person
        done = self.show_done.isChecked()
        self.runner.unit(
            self.vault, lambda s: read_tasks(s, person, done), self._show, self._failed
        )

    def _show(self, data: TasksData) -> None:
        first = self.data is None
        self.data = data
        if first:
            self._filling = True
            for pid, name in data.people:
                self.person.addItem(name, pid)
            self.person.setCurrentIndex(max(0, self.person.findData(self._wanted_person)))
            self._filling = False
        current = self.view.currentIndex().row()
        key = self.model.lines[current].key if 0 <= current < self.model.rowCount() else None
        self.model.set_lines(data.tasks, data.today)
        row = self.model.row_of(key) if key is not None else -1
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(max(0, row), TasksModel.WHAT))
        who = self.person.currentText()
        self.empty.setText(
            self.tr("No follow-up task for %1.").replace("%1", who)
            if self.person_id() is not None
            else self.tr(
                "No follow-up task yet. Tasks are added in a working group's meeting, "
                "on its “Decisions and tasks” tab."
            )
        )
        self.stack.setCurrentWidget(self.view if self.model.rowCount() else self.empty)
        self._buttons()

    def _person_chosen(self, _index: int) -> None:
        if self._filling or self.data is None:
            return
        remember_person(self.preferences, self.person_id())
        self.last_toggle = None
        self.reload()

    def _buttons(self, *_args: object) -> None:
        has = 0 <= self.view.currentIndex().row() < self.model.rowCount()
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.undo_button.setEnabled(self.last_toggle is not None)

    def _failed(self, error: Exception) -> None:
        self.message.setStyleSheet(error_style())
        self.message.setText(error_text(error))

    def _say(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    # ------------------------------------------------------------ changing

    def toggle(self, row: int) -> None:
        """Mark the task done today, or not done; saved at once (Undo puts it back)."""
        if not 0 <= row < self.model.rowCount() or self.runner.busy:
            return
        line = self.model.lines[row]
        done_on = None if line.done else today()
        self.last_toggle = _Toggle(line.key, line.done_on, line.what)
        self.model.set_done(row, done_on)  # shown at once; read again once saved
        self._write(
            lambda s: meetings.set_task_done(s, line.key, done_on),
            self.tr("“%1” marked done.").replace("%1", line.what)
            if done_on is not None
            else self.tr("“%1” marked not done.").replace("%1", line.what),
        )

    def undo(self) -> None:
        """Put back the task last ticked as it was."""
        toggle = self.last_toggle
        if toggle is None or self.runner.busy:
            return
        self.last_toggle = None
        self._write(
            lambda s: meetings.set_task_done(s, toggle.key, toggle.before),
            self.tr("Undone: “%1” is as it was.").replace("%1", toggle.what),
        )

    def _write(self, work: Any, said: str) -> None:
        def done(_result: object) -> None:
            self._say(said)
            self.reload()

        def failed(error: Exception) -> None:
            self._failed(error)
            self.reload()

        self._buttons()
        self.runner.unit(self.vault, work, done, failed)

    def edit(self, row: int) -> None:
        """Open a task to change what, who and by when; saved when its dialog is."""
        if not 0 <= row < self.model.rowCount() or self.task_dialog is not None:
            return
        if self.data is None:
            return
        line = self.model.lines[row]
        dialog = TaskDialog(
            self.data.people,
            self,
            what=line.what,
            assignee_id=line.assignee_id,
            due_on=line.due_on,
            today=self.data.today,
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.task_dialog = dialog

        def finished(result: int) -> None:
            self.task_dialog = None
            dialog.deleteLater()
            if result != QDialog.DialogCode.Accepted:
                return
            what, who, due = dialog.what.text(), dialog.assignee_id(), dialog.due_on()
            self.last_toggle = None
            self._write(
                lambda s: meetings.update_task(s, line.key, what, assignee_id=who, due_on=due),
                self.tr("Task saved."),
            )

        dialog.finished.connect(finished)
        dialog.open()

    def remove(self, row: int) -> None:
        """Remove a task, after a question."""
        if not 0 <= row < self.model.rowCount() or self.question is not None:
            return
        line = self.model.lines[row]

        def answered(choice: str | None) -> None:
            self.question = None
            if choice == "removeTask":
                if self.last_toggle is not None and self.last_toggle.key == line.key:
                    self.last_toggle = None
                self._write(
                    lambda s: meetings.delete_task(s, line.key),
                    self.tr("“%1” removed.").replace("%1", line.what),
                )

        self.question = ask(
            self,
            name="removeTaskQuestion",
            title=self.tr("Remove the task"),
            text=self.tr("Remove the task “%1”? This cannot be undone.").replace("%1", line.what),
            choices=[
                Choice(
                    self.tr("&Remove the task"),
                    "removeTask",
                    QMessageBox.ButtonRole.DestructiveRole,
                ),
                Choice(self.tr("&Keep it"), "keepTask"),
            ],
            answered=answered,
            icon=QMessageBox.Icon.Warning,
        )

    def showEvent(self, event: QShowEvent) -> None:
        """On the first show, 820 x 520, or less on a small screen."""
        if not self._fitted:
            self._fitted = True
            fit.fit_to_screen(self, QSize(820, 520))
        super().showEvent(event)
