"""A working group's meeting in the session dialog: members present, minutes, decisions, tasks.

Three tabs take the place of the register and the professionals (not meaningful for a
group of named professionals): who of the members came, the minutes (rich text:
bold, italic, bulleted lists), and the decisions and follow-up tasks of the meeting.
Nothing is written until the session dialog's Save, which applies the changes in
the same unit of work as the rest of the session (:func:`save_meeting`); the panels'
state is part of the dialog's draft when the window locks.

The minutes leave the vault only when the user sends them: "Send to the members
(.eml)…" writes the minutes as saved into an unsent e-mail to the group's members
(:func:`vpi_groups.scheduling.meetings.minutes_draft`, one audit entry), on the worker,
which the user's mail client then opens, ready to send.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextList,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from vpi_groups import clock
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import meetings
from vpi_groups.scheduling.meetings import DecisionInfo, Member
from vpi_groups.storage.atomic import write_atomic
from vpi_groups.storage.models import ActionKind
from vpi_groups.storage.vault import Vault
from vpi_groups.ui import file_dialogs
from vpi_groups.ui.errors import error_style, error_text
from vpi_groups.ui.models.tasks import TaskLine, TasksModel
from vpi_groups.ui.task_editor import DecisionDialog, TaskDialog
from vpi_groups.ui.tasks import TaskRunner


def today() -> dt.date:
    """Today in the programme's time zone."""
    return clock.now().astimezone(clock.PROGRAMME_ZONE).date()


# ---------------------------------------------------------------- reading and saving


@dataclass(frozen=True)
class MeetingData:
    """What the meeting's tabs show, read with the session."""

    action_id: int
    members: tuple[Member, ...]
    present: frozenset[int]
    minutes: str
    decisions: tuple[DecisionInfo, ...]
    tasks: tuple[TaskLine, ...]


def read_meeting(s: Session, session_id: int, action_id: int | None) -> MeetingData | None:
    """The meeting's data, or None when the session is not a working group's meeting."""
    if action_id is None:
        return None
    if programme.get_action(s, action_id).spec.kind is not ActionKind.WORKING_GROUP:
        return None
    return MeetingData(
        action_id,
        meetings.members(s, action_id),
        meetings.present_members(s, session_id),
        meetings.meeting_minutes(s, session_id),
        meetings.decisions(s, action_id, session_id=session_id),
        tuple(
            TaskLine.of(t)
            for t in meetings.tasks(s, action_id=action_id, include_done=True)
            if t.session_id == session_id
        ),
    )


@dataclass(frozen=True)
class MeetingChanges:
    """What the meeting's tabs changed, as the services take it (None: unchanged)."""

    action_id: int
    present: frozenset[int] | None = None
    minutes: str | None = None
    decisions_added: tuple[str, ...] = ()
    decisions_changed: tuple[tuple[int, str], ...] = ()
    decisions_removed: tuple[int, ...] = ()
    tasks_added: tuple[TaskLine, ...] = ()
    tasks_changed: tuple[TaskLine, ...] = ()
    tasks_removed: tuple[int, ...] = ()
    done: tuple[tuple[int, dt.date | None], ...] = field(default=())


def save_meeting(s: Session, session_id: int, changes: MeetingChanges) -> None:
    """Apply the meeting's changes in the caller's unit of work (after the session's)."""
    aid = changes.action_id
    if changes.present is not None:
        meetings.record_present(s, session_id, changes.present)
    if changes.minutes is not None:
        meetings.save_minutes(s, session_id, changes.minutes)
    for decision_id in changes.decisions_removed:
        meetings.delete_decision(s, decision_id)
    for decision_id, text in changes.decisions_changed:
        meetings.update_decision(s, decision_id, text)
    for text in changes.decisions_added:
        meetings.add_decision(s, aid, text, session_id=session_id)
    for task_id in changes.tasks_removed:
        meetings.delete_task(s, task_id)
    for line in changes.tasks_changed:
        meetings.update_task(
            s, line.key, line.what, assignee_id=line.assignee_id, due_on=line.due_on
        )
    for task_id, done_on in changes.done:
        meetings.set_task_done(s, task_id, done_on)
    for line in changes.tasks_added:
        task = meetings.add_task(
            s,
            aid,
            line.what,
            assignee_id=line.assignee_id,
            due_on=line.due_on,
            session_id=session_id,
        )
        if line.done_on is not None:
            meetings.set_task_done(s, task.id, line.done_on)


# ---------------------------------------------------------------- members present


class PresentPanel(QWidget):
    """The group's members, ticked when present, with their count."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentPanel")
        help_text = QLabel(
            self.tr("Tick the members who came. Members are professionals: they are named."),
            self,
        )
        help_text.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("presentMembers")
        self.list.setAccessibleName(self.tr("Members who came"))
        self.list.itemChanged.connect(self._ticked)
        self.count = QLabel(self)
        self.count.setObjectName("presentCount")
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        self._filling = False

    def set_members(self, members: Sequence[Member], present: frozenset[int]) -> None:
        """List the members, those present ticked."""
        self._filling = True
        try:
            self.list.clear()
            for member in members:
                text = member.name
                if member.organisation:
                    text = f"{member.name} — {member.organisation}"
                item = QListWidgetItem(text, self.list)
                item.setData(Qt.ItemDataRole.UserRole, member.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = member.id in present
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        finally:
            self._filling = False
        self._ticked()
        if self.list.count():
            self.list.setCurrentRow(0)

    def present(self) -> frozenset[int]:
        """The ids of the members ticked."""
        return frozenset(
            int(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_present(self, present: frozenset[int]) -> None:
        """Tick these members, untick the others."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            ticked = int(item.data(Qt.ItemDataRole.UserRole)) in present
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _ticked(self, *_args: object) -> None:
        if self._filling:
            return
        count, total = len(self.present()), self.list.count()
        self.count.setText(
            self.tr("%1 of %2 members present").replace("%1", str(count)).replace("%2", str(total))
            if total
            else self.tr("The working group has no member: add them in its action.")
        )
        self.changed.emit()


# ---------------------------------------------------------------- minutes


class MinutesPanel(QWidget):
    """The minutes: rich text with bold, italic and bulleted lists (Ctrl+B, Ctrl+I).

    With a runner, a vault and the meeting's session (:meth:`MeetingPanels`' opener
    gives them), "Send to the members (.eml)…" writes the minutes as saved into an
    e-mail draft to the members, then offers to open it in the mail client.
    """

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
        vault: Vault | None = None,
        session_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("minutesPanel")
        self.runner, self.vault, self.session_id = runner, vault, session_id
        self.written: Path | None = None  # the last e-mail draft written
        self.editor = QTextEdit(self)
        self.editor.setObjectName("meetingMinutes")
        self.editor.setAcceptRichText(True)
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(self.tr("Minutes of the meeting"))
        self.editor.setPlaceholderText(
            self.tr(
                "Minutes of the meeting. They stay in the vault and are never exported: "
                "send them to the members yourself if you wish."
            )
        )
        self.bold = self._tool(
            self.tr("Bold"),
            "minutesBold",
            QKeySequence.StandardKey.Bold,
            self._set_bold,
            self.tr("Bold (%1)"),
        )
        bold_font = self.bold.font()
        bold_font.setBold(True)
        self.bold.setFont(bold_font)
        self.italic = self._tool(
            self.tr("Italic"),
            "minutesItalic",
            QKeySequence.StandardKey.Italic,
            self._set_italic,
            self.tr("Italic (%1)"),
        )
        italic_font = self.italic.font()
        italic_font.setItalic(True)
        self.italic.setFont(italic_font)
        self.bullets = self._tool(self.tr("Bulleted list"), "minutesBullets", None, self._bullets)
        self.editor.currentCharFormatChanged.connect(self._format_shown)
        self.editor.cursorPositionChanged.connect(self._list_shown)
        self.editor.textChanged.connect(self.changed)
        tools = QHBoxLayout()
        tools.addWidget(self.bold)
        tools.addWidget(self.italic)
        tools.addWidget(self.bullets)
        tools.addStretch(1)
        self.send_button = QPushButton(self.tr("Send to the members (.eml)…"), self)
        self.send_button.setObjectName("sendMinutes")
        self.send_button.setAutoDefault(False)
        self.send_button.setToolTip(
            self.tr(
                "An e-mail ready to send, the minutes as saved addressed to the members "
                "who have an address, that your mail program opens: nothing is sent from "
                "here."
            )
        )
        self.send_button.clicked.connect(self.send_to_members)
        self.open_button = QPushButton(self.tr("Open the e-mail"), self)
        self.open_button.setObjectName("openMinutesEmail")
        self.open_button.setAutoDefault(False)
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self._open_draft)
        self.send_message = QLabel(self)
        self.send_message.setObjectName("minutesMessage")
        self.send_message.setWordWrap(True)
        self.send_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sending = QHBoxLayout()
        sending.addWidget(self.send_button)
        sending.addWidget(self.open_button)
        sending.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.editor, 1)
        layout.addLayout(sending)
        layout.addWidget(self.send_message)
        can_send = runner is not None and vault is not None and session_id is not None
        self.send_button.setVisible(can_send)
        self._loaded = ""

    def _tool(
        self,
        text: str,
        name: str,
        key: QKeySequence.StandardKey | None,
        slot: Any,
        described: str = "",
    ) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        if key is not None:
            sequence = QKeySequence(key)
            # on the panel: the keys work while the text has the focus, not only the button
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.click)
            shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(described.replace("%1", shown))
            button.setAccessibleName(described.replace("%1", shown))
        else:
            button.setToolTip(text)
        button.clicked.connect(slot)
        return button

    def _set_bold(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        self.editor.mergeCurrentCharFormat(fmt)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_italic(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(on)
        self.editor.mergeCurrentCharFormat(fmt)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _bullets(self, on: bool) -> None:
        cursor = self.editor.textCursor()
        current: QTextList | None = cursor.currentList()  # None outside a list
        if on and current is None:
            cursor.createList(QTextListFormat.Style.ListDisc)
        elif not on and current is not None:
            block = cursor.block()
            current.remove(block)
            fmt = cursor.blockFormat()
            fmt.setIndent(0)
            cursor.setBlockFormat(fmt)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _format_shown(self, fmt: QTextCharFormat) -> None:
        self.bold.setChecked(fmt.fontWeight() >= QFont.Weight.Bold)
        self.italic.setChecked(fmt.fontItalic())

    def _list_shown(self) -> None:
        self.bullets.setChecked(self.editor.textCursor().currentList() is not None)

    def set_html(self, html: str, *, loaded: bool = False) -> None:
        """Show these minutes (``loaded``: as stored, the starting point of changes)."""
        if html:
            self.editor.setHtml(html)
        else:
            self.editor.clear()
        if loaded:
            self._loaded = self.html()

    def html(self) -> str:
        """The minutes as HTML ("" when empty)."""
        if not self.editor.toPlainText().strip():
            return ""
        return self.editor.toHtml()

    def is_changed(self) -> bool:
        """Whether the minutes differ from those read."""
        return self.html() != self._loaded

    # ------------------------------------------------------------ sent to the members

    def _say(self, text: str, *, error: bool = False) -> None:
        self.send_message.setStyleSheet(error_style() if error else "")
        self.send_message.setText(text)

    def send_to_members(self) -> None:
        """Ask where to save the e-mail draft of the saved minutes, then write it.

        Only minutes already saved are sent: none yet, or unsaved changes, is said.
        """
        runner = self.runner
        if runner is None or runner.busy:
            return
        if self.is_changed():
            self._say(
                self.tr(
                    "The minutes have changes not saved yet: save the session first, "
                    "then send them (the e-mail holds the minutes as saved)."
                ),
                error=True,
            )
            return
        if not self._loaded:
            self._say(
                self.tr(
                    "No minutes saved yet: write them, save the session, then send them "
                    "to the members."
                ),
                error=True,
            )
            return
        path, _filter = file_dialogs.save_file_name(
            self,
            self.tr("Send the minutes to the members"),
            str(Path.home() / self.tr("minutes.eml")),
            self.tr("E-mails (*.eml)"),
        )
        if path:
            self.write_to(Path(path if path.endswith(".eml") else path + ".eml"))

    def write_to(self, target: Path) -> None:
        """Write the e-mail draft of the saved minutes to ``target``, on the worker."""
        runner, vault, session_id = self.runner, self.vault, self.session_id
        if runner is None or vault is None or session_id is None:
            return

        def work(s: Session) -> tuple[Path, int]:
            data = meetings.minutes_draft(s, session_id)
            # written inside the unit of work: no audit entry for a file not written
            write_atomic(target, data)
            return target, len(meetings.minutes_recipients(s, session_id))

        self.send_button.setEnabled(False)
        self.open_button.setVisible(False)
        self._say("")
        runner.unit(vault, work, self._written, self._send_failed)

    def _written(self, result: tuple[Path, int]) -> None:
        path, count = result
        self.written = path
        self.send_button.setEnabled(True)
        self._say(
            self.tr(
                "E-mail to %n member(s) written in %1: open it in your mail program to send it.",
                "",
                count,
            ).replace("%1", str(path))
        )
        self.open_button.setVisible(True)

    def _send_failed(self, error: Exception) -> None:
        self.send_button.setEnabled(True)
        self._say(error_text(error), error=True)

    def _open_draft(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))


# ---------------------------------------------------------------- decisions and tasks


class _KeyedList(QListWidget):
    """A list where Enter edits and Delete removes the current item."""

    edit_requested = Signal()
    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter edits, Delete removes; the rest as usual."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            event.accept()
            self.edit_requested.emit()
        elif key == Qt.Key.Key_Delete and self.currentRow() >= 0:
            event.accept()
            self.remove_requested.emit()
        else:
            super().keyPressEvent(event)


class TasksView(QTableView):
    """Tasks: Space ticks done, Enter edits, Delete removes (the owner decides)."""

    toggle_requested = Signal(int)
    edit_requested = Signal(int)
    remove_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space, Enter and Delete on the current task; the rest as a table takes them."""
        row = self.currentIndex().row()
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if row >= 0 and plain and key == Qt.Key.Key_Space:
            event.accept()
            self.toggle_requested.emit(row)
        elif row >= 0 and plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.edit_requested.emit(row)
        elif row >= 0 and plain and key == Qt.Key.Key_Delete:
            event.accept()
            self.remove_requested.emit(row)
        else:
            super().keyPressEvent(event)


def tasks_view(model: TasksModel, parent: QWidget, name: str) -> TasksView:
    """A table of tasks, one row selected at a time."""
    view = TasksView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    model.modelReset.connect(view.resizeColumnsToContents)
    model.done_toggled.connect(lambda row, _done: view.toggle_requested.emit(row))
    return view


class FollowUpPanel(QWidget):
    """The meeting's decisions (list) and follow-up tasks (table), each with its buttons."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpPanel")
        self.people: list[tuple[int, str]] = []  # the members, for "who"
        self.dialog: TaskDialog | DecisionDialog | None = None
        self._next_key = -1
        self.decisions = _KeyedList(self)
        self.decisions.setObjectName("meetingDecisions")
        self.decisions.setAccessibleName(self.tr("Decisions"))
        self.decisions.setWordWrap(True)
        self.decisions.edit_requested.connect(self.edit_decision)
        self.decisions.remove_requested.connect(self.remove_decision)
        self.decisions.itemDoubleClicked.connect(lambda _item: self.edit_decision())
        self.add_decision_button = self._button(self.tr("Add a decision…"), "addDecision")
        self.add_decision_button.clicked.connect(lambda: self.edit_decision(new=True))
        self.edit_decision_button = self._button(self.tr("Change…"), "editDecision")
        self.edit_decision_button.clicked.connect(lambda: self.edit_decision())
        self.remove_decision_button = self._button(self.tr("Remove"), "removeDecision")
        self.remove_decision_button.clicked.connect(self.remove_decision)

        self.model = TasksModel(self, with_group=False)
        self.tasks = tasks_view(self.model, self, "meetingTasks")
        self.tasks.setAccessibleName(self.tr("Follow-up tasks"))
        self.tasks.toggle_requested.connect(self.toggle_task)
        self.tasks.edit_requested.connect(self.edit_task)
        self.tasks.remove_requested.connect(self.remove_task)
        self.tasks.doubleClicked.connect(lambda index: self.edit_task(index.row()))
        self.add_task_button = self._button(self.tr("Add a task…"), "addTask")
        self.add_task_button.clicked.connect(lambda: self.edit_task(-1))
        self.edit_task_button = self._button(self.tr("Change…"), "editTask")
        self.edit_task_button.clicked.connect(
            lambda: self.edit_task(self.tasks.currentIndex().row())
        )
        self.remove_task_button = self._button(self.tr("Remove"), "removeTask")
        self.remove_task_button.clicked.connect(
            lambda: self.remove_task(self.tasks.currentIndex().row())
        )
        decisions_title = QLabel(self.tr("Decisions taken at this meeting:"), self)
        decisions_title.setBuddy(self.decisions)
        tasks_title = QLabel(
            self.tr("Follow-up tasks (Space: done; Enter: change; Delete: remove):"), self
        )
        tasks_title.setWordWrap(True)
        tasks_title.setBuddy(self.tasks)
        decision_row = QHBoxLayout()
        decision_row.addWidget(self.add_decision_button)
        decision_row.addWidget(self.edit_decision_button)
        decision_row.addWidget(self.remove_decision_button)
        decision_row.addStretch(1)
        task_row = QHBoxLayout()
        task_row.addWidget(self.add_task_button)
        task_row.addWidget(self.edit_task_button)
        task_row.addWidget(self.remove_task_button)
        task_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(decisions_title)
        layout.addWidget(self.decisions, 1)
        layout.addLayout(decision_row)
        layout.addWidget(tasks_title)
        layout.addWidget(self.tasks, 1)
        layout.addLayout(task_row)
        for signal in (
            self.model.dataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.modelReset,
        ):
            signal.connect(self._model_changed)
        self.decisions.currentRowChanged.connect(lambda _row: self._buttons())
        self.tasks.selectionModel().currentChanged.connect(lambda *_args: self._buttons())
        self._buttons()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _buttons(self) -> None:
        has_decision = self.decisions.currentRow() >= 0
        self.edit_decision_button.setEnabled(has_decision)
        self.remove_decision_button.setEnabled(has_decision)
        has_task = self.tasks.currentIndex().row() >= 0
        self.edit_task_button.setEnabled(has_task)
        self.remove_task_button.setEnabled(has_task)

    def _model_changed(self, *_args: object) -> None:
        self._buttons()
        self.changed.emit()

    # ------------------------------------------------------------ decisions

    def set_decisions(self, decisions: Sequence[tuple[int, str]]) -> None:
        """Show these decisions: (id, or negative for one not saved yet; text)."""
        self.decisions.clear()
        for key, text in decisions:
            item = QListWidgetItem(text, self.decisions)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self._next_key = min(self._next_key, key - 1)
        if self.decisions.count():
            self.decisions.setCurrentRow(0)
        self._buttons()
        self.changed.emit()

    def decision_lines(self) -> list[tuple[int, str]]:
        """The decisions shown: (id or negative key, text)."""
        return [
            (
                int(self.decisions.item(i).data(Qt.ItemDataRole.UserRole)),
                self.decisions.item(i).text(),
            )
            for i in range(self.decisions.count())
        ]

    def edit_decision(self, *, new: bool = False) -> None:
        """Open the decision's dialog (``new``: a new decision)."""
        if self.dialog is not None:
            return
        row = -1 if new else self.decisions.currentRow()
        if not new and row < 0:
            return
        text = "" if row < 0 else self.decisions.item(row).text()
        dialog = DecisionDialog(self, text=text)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result != DecisionDialog.DialogCode.Accepted:
                return
            if row < 0:
                item = QListWidgetItem(dialog.value(), self.decisions)
                item.setData(Qt.ItemDataRole.UserRole, self._take_key())
                self.decisions.setCurrentItem(item)
            else:
                self.decisions.item(row).setText(dialog.value())
            self._buttons()
            self.changed.emit()
            self.decisions.setFocus(Qt.FocusReason.OtherFocusReason)

        dialog.finished.connect(finished)
        dialog.open()

    def remove_decision(self) -> None:
        """Remove the current decision (written at Save; Cancel keeps it)."""
        row = self.decisions.currentRow()
        if row >= 0:
            self.decisions.takeItem(row)
            self._buttons()
            self.changed.emit()

    def _take_key(self) -> int:
        key = self._next_key
        self._next_key -= 1
        return key

    # ------------------------------------------------------------ tasks

    def set_tasks(self, lines: Sequence[TaskLine]) -> None:
        """Show these tasks."""
        for line in lines:
            self._next_key = min(self._next_key, line.key - 1)
        self.model.set_lines(lines, today())
        if self.model.rowCount():
            self.tasks.setCurrentIndex(self.model.index(0, TasksModel.WHAT))

    def toggle_task(self, row: int) -> None:
        """Mark a task done today, or not done."""
        if 0 <= row < self.model.rowCount():
            line = self.model.lines[row]
            self.model.set_done(row, None if line.done else today())

    def edit_task(self, row: int) -> None:
        """Open a task's dialog (``row`` -1: a new task)."""
        if self.dialog is not None:
            return
        current = self.model.lines[row] if 0 <= row < self.model.rowCount() else None
        dialog = TaskDialog(
            self.people,
            self,
            what="" if current is None else current.what,
            assignee_id=None if current is None else current.assignee_id,
            due_on=None if current is None else current.due_on,
            today=today(),
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result != TaskDialog.DialogCode.Accepted:
                return
            what = dialog.what.text().strip()
            if current is None:
                line = TaskLine(
                    self._take_key(),
                    what,
                    dialog.assignee_id(),
                    dialog.assignee(),
                    dialog.due_on(),
                    None,
                )
                added = self.model.add_line(line)
                self.tasks.setCurrentIndex(self.model.index(added, TasksModel.WHAT))
            else:
                self.model.replace_line(
                    row,
                    TaskLine(
                        current.key,
                        what,
                        dialog.assignee_id(),
                        dialog.assignee(),
                        dialog.due_on(),
                        current.done_on,
                        current.group,
                    ),
                )
            self.tasks.setFocus(Qt.FocusReason.OtherFocusReason)

        dialog.finished.connect(finished)
        dialog.open()

    def remove_task(self, row: int) -> None:
        """Remove a task (written at Save; Cancel keeps it)."""
        if 0 <= row < self.model.rowCount():
            self.model.remove_line(row)
            if self.model.rowCount():
                self.tasks.setCurrentIndex(
                    self.model.index(min(row, self.model.rowCount() - 1), TasksModel.WHAT)
                )


# ---------------------------------------------------------------- the three together


class MeetingPanels:
    """The three tabs of a meeting, their state (drafts) and their changes (Save).

    ``runner``, ``vault`` and ``session_id``: the opener's, for sending the minutes.
    """

    def __init__(
        self,
        parent: QWidget,
        *,
        runner: TaskRunner | None = None,
        vault: Vault | None = None,
        session_id: int | None = None,
    ) -> None:
        self.present = PresentPanel(parent)
        self.minutes = MinutesPanel(parent, runner=runner, vault=vault, session_id=session_id)
        self.follow_up = FollowUpPanel(parent)
        self.data: MeetingData | None = None
        self._loaded: dict[str, Any] | None = None

    def signals(self) -> list[Any]:
        """The signals of a change in any of the tabs."""
        return [self.present.changed, self.minutes.changed, self.follow_up.changed]

    def show(self, data: MeetingData | None) -> None:
        """Show a meeting as read (None: the session is not a meeting)."""
        self.data = data
        if data is None:
            self._loaded = None
            return
        self.present.set_members(data.members, data.present)
        self.minutes.set_html(data.minutes, loaded=True)
        self.follow_up.people = [(m.id, m.name) for m in data.members]
        self.follow_up.set_decisions([(d.id, d.text) for d in data.decisions])
        self.follow_up.set_tasks(data.tasks)
        self._loaded = self.state()

    def state(self) -> dict[str, Any] | None:
        """The tabs as plain values (None: not a meeting)."""
        if self.data is None:
            return None
        return {
            "present": sorted(self.present.present()),
            "minutes": self.minutes.html(),
            "decisions": [[key, text] for key, text in self.follow_up.decision_lines()],
            "tasks": [line.plain() for line in self.follow_up.model.lines],
        }

    def apply_state(self, state: Mapping[str, Any] | None) -> None:
        """Put back the tabs of a draft."""
        if self.data is None or not state:
            return
        self.present.set_present(frozenset(int(p) for p in state.get("present", [])))
        self.minutes.set_html(str(state.get("minutes") or ""))
        self.follow_up.set_decisions(
            [(int(key), str(text)) for key, text in state.get("decisions", [])]
        )
        self.follow_up.set_tasks([TaskLine.from_plain(p) for p in state.get("tasks", [])])

    def changes(self) -> MeetingChanges | None:
        """What to write at Save (None: not a meeting)."""
        data = self.data
        if data is None:
            return None
        present = self.present.present()
        stored_decisions = {d.id: d.text for d in data.decisions}
        shown_decisions = self.follow_up.decision_lines()
        stored_tasks = {t.key: t for t in data.tasks}
        shown_tasks = self.follow_up.model.lines
        kept = {line.key for line in shown_tasks}
        return MeetingChanges(
            action_id=data.action_id,
            present=None if present == data.present else present,
            minutes=self.minutes.html() if self.minutes.is_changed() else None,
            decisions_added=tuple(text for key, text in shown_decisions if key < 0),
            decisions_changed=tuple(
                (key, text)
                for key, text in shown_decisions
                if key > 0 and stored_decisions.get(key) != text
            ),
            decisions_removed=tuple(
                key for key in stored_decisions if key not in {k for k, _ in shown_decisions}
            ),
            tasks_added=tuple(line for line in shown_tasks if line.key < 0),
            tasks_changed=tuple(
                line
                for line in shown_tasks
                if line.key > 0
                and (old := stored_tasks.get(line.key)) is not None
                and (old.what, old.assignee_id, old.due_on)
                != (line.what, line.assignee_id, line.due_on)
            ),
            tasks_removed=tuple(key for key in stored_tasks if key not in kept),
            done=tuple(
                (line.key, line.done_on)
                for line in shown_tasks
                if line.key > 0
                and (old := stored_tasks.get(line.key)) is not None
                and old.done_on != line.done_on
            ),
        )
