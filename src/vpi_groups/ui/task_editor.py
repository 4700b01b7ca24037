"""Small dialogs of a working group's follow-up: a task (what, who, by when), a decision.

Both are window-modal and opened with ``open()``; the caller reads the fields once
they are accepted. An empty text is refused next to the field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vpi_groups.scheduling.meetings import DECISION_MAX, TASK_MAX
from vpi_groups.ui.editing import settle_keyboard
from vpi_groups.ui.errors import error_style
from vpi_groups.ui.help_key import give_help_key


def _message(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(error_style())
    label.setWordWrap(True)
    label.hide()
    return label


class TaskDialog(QDialog):
    """What is to be done, by whom (one of ``people``, or nobody yet), by when (optional)."""

    HELP_TOPIC = "programme"

    def __init__(
        self,
        people: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
        *,
        what: str = "",
        assignee_id: int | None = None,
        due_on: dt.date | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        give_help_key(self, self.HELP_TOPIC)
        self.setObjectName("taskDialog")
        self.setWindowTitle(self.tr("Follow-up task") if what else self.tr("New follow-up task"))
        self.what = QLineEdit(self)
        self.what.setObjectName("taskWhat")
        self.what.setMaxLength(TASK_MAX)
        self.what.setText(what)
        self.who = QComboBox(self)
        self.who.setObjectName("taskWho")
        self.who.addItem(self.tr("Nobody yet"), None)
        for pid, name in people:
            self.who.addItem(name, pid)
        if assignee_id is not None and self.who.findData(assignee_id) < 0:
            self.who.addItem(self.tr("Facilitator %1").replace("%1", str(assignee_id)), assignee_id)
        self.who.setCurrentIndex(max(0, self.who.findData(assignee_id)))
        self.has_due = QCheckBox(self.tr("By:"), self)
        self.has_due.setObjectName("taskHasDue")
        self.due = QDateEdit(self)
        self.due.setObjectName("taskDue")
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(self.tr("Due date"))
        start = due_on or (today or dt.date.today()) + dt.timedelta(days=14)
        self.due.setDate(QDate(start.year, start.month, start.day))
        self.has_due.setChecked(due_on is not None)
        self.due.setEnabled(due_on is not None)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.error = _message(self, "taskError")
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        form = QFormLayout()
        what_label = QLabel(self.tr("Wh&at:"), self)
        what_label.setBuddy(self.what)
        who_label = QLabel(self.tr("&Who:"), self)
        who_label.setBuddy(self.who)
        form.addRow(what_label, self.what)
        form.addRow(self.error)
        form.addRow(who_label, self.who)
        form.addRow(self.tr("Due:"), due_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("taskOk")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())
        settle_keyboard(self, self.what, self.ok_button)

    def accept(self) -> None:
        """Close with the fields; refused while "What" is empty."""
        if not self.what.text().strip():
            self.error.setText(self.tr("Say what is to be done."))
            self.error.show()
            self.what.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    def assignee_id(self) -> int | None:
        """Who does it (None: nobody yet)."""
        data = self.who.currentData()
        return None if data is None else int(data)

    def assignee(self) -> str:
        """Their name as shown ("" for nobody)."""
        return "" if self.who.currentData() is None else self.who.currentText()

    def due_on(self) -> dt.date | None:
        """By when (None: no date)."""
        if not self.has_due.isChecked():
            return None
        day = self.due.date()
        return dt.date(day.year(), day.month(), day.day())


class DecisionDialog(QDialog):
    """The wording of a decision taken at a meeting."""

    HELP_TOPIC = "programme"

    def __init__(self, parent: QWidget | None = None, *, text: str = "") -> None:
        super().__init__(parent)
        give_help_key(self, self.HELP_TOPIC)
        self.setObjectName("decisionDialog")
        self.setWindowTitle(self.tr("Decision") if text else self.tr("New decision"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("decisionText")
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Decision taken"))
        self.text.setPlainText(text)
        self.error = _message(self, "decisionError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("decisionOk")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Decision taken:"), self))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(480, 220)
        settle_keyboard(self, self.text, self.ok_button)

    def accept(self) -> None:
        """Close with the text; refused while empty or too long."""
        text = self.text.toPlainText().strip()
        if not text or len(text) > DECISION_MAX:
            self.error.setText(
                self.tr("Write the decision taken.")
                if not text
                else self.tr("At most %1 characters.").replace("%1", str(DECISION_MAX))
            )
            self.error.show()
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    def value(self) -> str:
        """The decision's wording."""
        return self.text.toPlainText().strip()
