"""One session: details, facilitators, notes, and a keyboard-driven attendance register.

In the register, P marks present, E excused, A absent (and moves to the next line),
Space cycles, Delete clears; Ctrl+Z / Ctrl+Shift+Z undo and redo. Nothing is written
until "Save", which applies every change in one unit of work.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimeZone,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from vpi_groups import clock, session_edits
from vpi_groups.attendance import registers as attendance
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import records
from vpi_groups.scheduling.records import SessionInfo
from vpi_groups.session_edits import SessionEdit
from vpi_groups.storage.models import (
    AgeBand,
    AttendanceStatus,
    Gender,
    ReferralSource,
    SessionStatus,
)
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.editing import settle_keyboard
from vpi_groups.ui.errors import ERROR_STYLE, error_text
from vpi_groups.ui.models.labels import age_band_label, gender_label, referral_label
from vpi_groups.ui.tasks import TaskRunner

PARIS = QTimeZone(clock.PROGRAMME_ZONE_NAME.encode("ascii"))
STATUS_KEYS = {
    Qt.Key.Key_P: AttendanceStatus.PRESENT,
    Qt.Key.Key_E: AttendanceStatus.EXCUSED,
    Qt.Key.Key_A: AttendanceStatus.ABSENT,
}
CYCLE = [None, AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT]
_ROOT = QModelIndex()


@dataclass(frozen=True)
class SessionData:
    """Everything the dialog shows, read in one unit of work."""

    info: SessionInfo
    title: str
    group_open: bool
    facilitators: tuple[tuple[int, str], ...]
    rooms: tuple[tuple[int, str], ...]
    register: attendance.Register
    note: str


def read_session(s: Session, session_id: int) -> SessionData:
    """Read a session and what its dialog needs (in the worker's unit of work)."""
    info = records.get_session(s, session_id)
    if info.group_id is not None:
        group = records.get_group(s, info.group_id)
        title, is_open = group.spec.name, group.spec.is_open
    else:
        title, is_open = programme.get_action(s, info.action_id).spec.title, False
    people = tuple((f.id, f.spec.name) for f in programme.list_facilitators(s))
    rooms = tuple((r.id, r.spec.name) for r in programme.list_rooms(s))
    return SessionData(
        info,
        title,
        is_open,
        people,
        rooms,
        attendance.register(s, session_id),
        attendance.get_note(s, session_id),
    )


class RegisterModel(QAbstractTableModel):
    """The register: one line per participant (code, status); statuses are edited in place."""

    CODE, STATUS = range(2)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[list[Any]] = []  # [participant_id, code, status | None]
        self.undo = QUndoStack(self)

    def set_lines(self, lines: list[tuple[int, str, AttendanceStatus | None]]) -> None:
        """Replace every line (and forget the undo history)."""
        self.beginResetModel()
        self.lines = [list(line) for line in lines]
        self.endResetModel()
        self.undo.clear()

    def add_line(self, participant_id: int, code: str, status: AttendanceStatus | None) -> int:
        """Append a participant (created on the fly); returns its row."""
        row = len(self.lines)
        self.beginInsertRows(_ROOT, row, row)
        self.lines.append([participant_id, code, status])
        self.endInsertRows()
        return row

    def statuses(self) -> dict[int, AttendanceStatus]:
        """The statuses set, by participant id."""
        return {pid: status for pid, _code, status in self.lines if status is not None}

    def status_label(self, status: AttendanceStatus | None) -> str:
        """The word shown for a status."""
        if status is None:
            return "—"
        return {
            AttendanceStatus.PRESENT: self.tr("Present"),
            AttendanceStatus.EXCUSED: self.tr("Excused"),
            AttendanceStatus.ABSENT: self.tr("Absent"),
        }[status]

    def set_status(self, row: int, status: AttendanceStatus | None) -> None:
        """Change one line's status through the undo stack."""
        if 0 <= row < len(self.lines) and self.lines[row][2] != status:
            self.undo.push(_SetStatus(self, row, status))

    def apply(self, row: int, status: AttendanceStatus | None) -> None:
        """Change a status without recording it (used by the undo commands)."""
        self.lines[row][2] = status
        index = self.index(row, self.STATUS)
        self.dataChanged.emit(index, index)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        """Lines of the register."""
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        """Code and status."""
        return 0 if parent.isValid() else 2

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The code, or the status word."""
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        _pid, code, status = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return code if index.column() == self.CODE else self.status_label(status)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{code} {self.status_label(status)}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return [self.tr("Code"), self.tr("Attendance")][section] if section < 2 else None
        return str(section + 1)


class _SetStatus(QUndoCommand):
    def __init__(self, model: RegisterModel, row: int, status: AttendanceStatus | None) -> None:
        super().__init__()
        self.model, self.row, self.new = model, row, status
        self.old = model.lines[row][2]

    def redo(self) -> None:
        self.model.apply(self.row, self.new)

    def undo(self) -> None:
        self.model.apply(self.row, self.old)


class RegisterView(QTableView):
    """The register table: P, E, A set a status and go down; Space cycles; Delete clears."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Status keys; everything else as usual."""
        model = self.model()
        row = self.currentIndex().row()
        if not isinstance(model, RegisterModel) or row < 0:
            super().keyPressEvent(event)
            return
        key = Qt.Key(event.key())
        if key in STATUS_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            model.set_status(row, STATUS_KEYS[key])
            self._go(row + 1)
        elif key == Qt.Key.Key_Space:
            current = model.lines[row][2]
            model.set_status(row, CYCLE[(CYCLE.index(current) + 1) % len(CYCLE)])
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            model.set_status(row, None)
        else:
            super().keyPressEvent(event)

    def _go(self, row: int) -> None:
        model = self.model()
        if 0 <= row < model.rowCount():
            self.setCurrentIndex(model.index(row, RegisterModel.STATUS))


class NewParticipantDialog(QDialog):
    """Coarse attributes of a newcomer (the code is drawn by the application), or edits.

    Given ``current`` attributes, the dialog edits them, private memo included.
    """

    def __init__(
        self, parent: QWidget | None = None, current: ParticipantAttributes | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newParticipantDialog")
        self.setWindowTitle(
            self.tr("New participant") if current is None else self.tr("Participant")
        )
        self.age = QComboBox(self)
        self.age.setObjectName("ageBand")
        for band in AgeBand:
            self.age.addItem(age_band_label(band), band)
        self.age.setCurrentIndex(self.age.findData(AgeBand.UNKNOWN))
        self.gender = QComboBox(self)
        self.gender.setObjectName("gender")
        for gender in Gender:
            self.gender.addItem(gender_label(gender), gender)
        self.gender.setCurrentIndex(self.gender.findData(Gender.UNSAID))
        self.referral = QComboBox(self)
        self.referral.setObjectName("referral")
        for source in ReferralSource:
            self.referral.addItem(referral_label(source), source)
        note = QLabel(
            self.tr("No name is recorded: the application gives the person a code."), self
        )
        note.setWordWrap(True)
        self.memo = QPlainTextEdit(self)
        self.memo.setObjectName("memo")
        self.memo.setPlaceholderText(self.tr("Private memo (stays in the vault, never exported)"))
        self.editing = current is not None  # a new participant has no memo yet
        self.memo.setVisible(self.editing)
        form = QFormLayout()
        form.addRow(self.tr("&Age band:"), self.age)
        form.addRow(self.tr("&Gender:"), self.gender)
        form.addRow(self.tr("&Referred by:"), self.referral)
        form.addRow(self.memo)
        if current is not None:
            self.age.setCurrentIndex(self.age.findData(current.age_band))
            self.gender.setCurrentIndex(self.gender.findData(current.gender))
            self.referral.setCurrentIndex(self.referral.findData(current.referral_source))
            self.memo.setPlainText(current.memo or "")
            self._consent = current.consent_date
        else:
            self._consent = None
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        settle_keyboard(self, self.age, buttons.button(QDialogButtonBox.StandardButton.Ok))

    def state(self) -> dict[str, Any]:
        """The fields as plain values (a draft kept when the window locks)."""
        return {
            "age_band": str(self.age.currentData()),
            "gender": str(self.gender.currentData()),
            "referral": str(self.referral.currentData()),
            "memo": self.memo.toPlainText(),
        }

    def apply_state(self, state: Mapping[str, Any]) -> None:
        """Put back fields from :meth:`state`."""
        self.age.setCurrentIndex(max(0, self.age.findData(AgeBand(state["age_band"]))))
        self.gender.setCurrentIndex(max(0, self.gender.findData(Gender(state["gender"]))))
        self.referral.setCurrentIndex(
            max(0, self.referral.findData(ReferralSource(state["referral"])))
        )
        self.memo.setPlainText(str(state["memo"]))

    def attributes(self) -> ParticipantAttributes:
        """What was chosen."""
        return ParticipantAttributes(
            age_band=self.age.currentData(),
            gender=self.gender.currentData(),
            referral_source=self.referral.currentData(),
            consent_date=self._consent,
            memo=(self.memo.toPlainText().strip() or None) if self.editing else None,
        )


class SessionDialog(QDialog):
    """Open one session; "Save" writes every change at once."""

    def __init__(
        self,
        vault: Vault,
        session_id: int,
        parent: QWidget | None = None,
        *,
        draft: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionDialog")
        self.vault = vault
        self.session_id = session_id
        self.data: SessionData | None = None
        self._pending_draft = draft  # state kept at the last lock, shown once loaded
        self._loaded_state: dict[str, Any] | None = None
        self.runner = TaskRunner(self)
        self.setWindowTitle(self.tr("Session"))
        self.resize(720, 560)

        self.heading = QLabel(self)
        self.heading.setObjectName("sessionHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sessionTabs")
        self.tabs.addTab(self._details_tab(), self.tr("&Details"))
        self.tabs.addTab(self._register_tab(), self.tr("A&ttendance"))
        self.tabs.addTab(self._notes_tab(), self.tr("&Notes"))
        self.message = QLabel(self)
        self.message.setObjectName("sessionMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveSession")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        settle_keyboard(self, None, self.save_button)  # the start field, once loaded
        self.setEnabled(False)
        self.runner.unit(vault, lambda s: read_session(s, session_id), self._show, self._failed)

    # ------------------------------------------------------------ tabs

    def _details_tab(self) -> QWidget:
        tab = QWidget(self)
        self.start = QDateTimeEdit(tab)
        self.start.setObjectName("sessionStart")
        self.start.setCalendarPopup(True)
        self.start.setTimeZone(PARIS)
        self.start.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.duration = QSpinBox(tab)
        self.duration.setObjectName("sessionDuration")
        self.duration.setRange(15, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.status = QComboBox(tab)
        self.status.setObjectName("sessionStatus")
        self.status.addItem(self.tr("Planned"), SessionStatus.PLANNED)
        self.status.addItem(self.tr("Held"), SessionStatus.HELD)
        self.status.addItem(self.tr("Cancelled"), SessionStatus.CANCELLED)
        self.reason = QLineEdit(tab)
        self.reason.setObjectName("cancelReason")
        self.reason.setPlaceholderText(self.tr("Why it is cancelled (required)"))
        self.room = QComboBox(tab)
        self.room.setObjectName("sessionRoom")
        self.people = QListWidget(tab)
        self.people.setObjectName("sessionFacilitators")
        self.status.currentIndexChanged.connect(self._status_changed)
        form = QFormLayout(tab)
        form.addRow(self.tr("&Start:"), self.start)
        form.addRow(self.tr("D&uration:"), self.duration)
        form.addRow(self.tr("S&tatus:"), self.status)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("R&oom:"), self.room)
        form.addRow(self.tr("&Facilitators:"), self.people)
        return tab

    def _register_tab(self) -> QWidget:
        tab = QWidget(self)
        self.register_model = RegisterModel(self)
        self.register_view = RegisterView(tab)
        self.register_view.setObjectName("registerView")
        self.register_view.setModel(self.register_model)
        self.register_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.register_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.register_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.register_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.register_view.verticalHeader().setVisible(False)
        help_text = QLabel(
            self.tr(
                "Keyboard: P present, E excused, A absent (then the next line), Space to "
                "cycle, Delete to clear, Ctrl+Z to undo."
            ),
            tab,
        )
        help_text.setWordWrap(True)
        self.new_participant = QPushButton(self.tr("New &participant…"), tab)
        self.new_participant.setObjectName("newParticipantButton")
        self.new_participant.clicked.connect(self._ask_new_participant)
        self.headcount_only = QCheckBox(self.tr("&Headcount only (no register)"), tab)
        self.headcount_only.setObjectName("headcountOnly")
        self.headcount = QSpinBox(tab)
        self.headcount.setObjectName("headcount")
        self.headcount.setRange(0, 500)
        self.headcount.setEnabled(False)
        self.headcount_only.toggled.connect(self._headcount_toggled)
        undo_keys = [QKeySequence(QKeySequence.StandardKey.Undo), QKeySequence("Ctrl+Z")]
        redo_keys = [
            QKeySequence(QKeySequence.StandardKey.Redo),
            QKeySequence("Ctrl+Shift+Z"),
            QKeySequence("Ctrl+Y"),
        ]
        for keys, slot in (
            (undo_keys, self.register_model.undo.undo),
            (redo_keys, self.register_model.undo.redo),
        ):
            for key in {k.toString(): k for k in keys if not k.isEmpty()}.values():
                shortcut = QShortcut(key, tab)
                shortcut.activated.connect(slot)
        row = QHBoxLayout()
        row.addWidget(self.new_participant)
        row.addStretch(1)
        row.addWidget(self.headcount_only)
        row.addWidget(self.headcount)
        layout = QVBoxLayout(tab)
        layout.addWidget(help_text)
        layout.addWidget(self.register_view, 1)
        layout.addLayout(row)
        return tab

    def _notes_tab(self) -> QWidget:
        tab = QWidget(self)
        self.notes = QPlainTextEdit(tab)
        self.notes.setObjectName("sessionNotes")
        self.notes.setPlaceholderText(
            self.tr("Notes for the facilitators. They stay in the vault and are never exported.")
        )
        layout = QVBoxLayout(tab)
        layout.addWidget(self.notes)
        return tab

    # ------------------------------------------------------------ showing

    def _show(self, data: SessionData) -> None:
        self.data = data
        info = data.info
        start = QDateTime.fromSecsSinceEpoch(int(info.start.timestamp()), PARIS)
        when = QLocale().toString(start, "dddd d MMMM yyyy, HH:mm")
        self.heading.setText(f"{data.title} — {when}")
        self.start.setDateTime(start)
        self.duration.setValue(int((info.end - info.start).total_seconds() // 60))
        self.status.setCurrentIndex(self.status.findData(info.status))
        self.reason.setText(info.cancel_reason or "")
        self.room.clear()
        self.room.addItem(self.tr("No room"), None)
        for room_id, name in data.rooms:
            self.room.addItem(name, room_id)
        self.room.setCurrentIndex(max(0, self.room.findData(info.room_id)))
        self.people.clear()
        for person_id, name in data.facilitators:
            item = QListWidgetItem(name, self.people)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            checked = person_id in info.facilitator_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.register_model.set_lines(
            [(line.participant_id, line.code, line.status) for line in data.register.lines]
        )
        self.headcount_only.setChecked(data.register.headcount is not None)
        self.headcount.setValue(data.register.headcount or 0)
        group_session = info.group_id is not None
        self.new_participant.setEnabled(group_session)
        self.register_view.setEnabled(group_session)
        self.notes.setPlainText(data.note)
        self._status_changed()
        self.setEnabled(True)
        self.start.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.register_model.rowCount():
            self.register_view.setCurrentIndex(self.register_model.index(0, RegisterModel.STATUS))
        self._loaded_state = self._state()
        draft, self._pending_draft = self._pending_draft, None
        if draft is not None and dict(draft) != self._loaded_state:  # not saved since
            self.apply_draft(draft)

    # ------------------------------------------------------------ drafts

    def draft_key(self) -> str:
        """The key of this dialog's draft in the vault."""
        return f"session:{self.session_id}"

    def _state(self) -> dict[str, Any]:
        return {
            "start": self.start.dateTime().toSecsSinceEpoch(),
            "duration": self.duration.value(),
            "status": str(self.status.currentData()),
            "reason": self.reason.text(),
            "room": self.room.currentData(),
            "people": sorted(self.checked_facilitators()),
            "statuses": {
                str(pid): str(status) for pid, status in self.register_model.statuses().items()
            },
            "headcount_only": self.headcount_only.isChecked(),
            "headcount": self.headcount.value(),
            "note": self.notes.toPlainText(),
        }

    def draft_state(self) -> dict[str, Any] | None:
        """What was changed and not saved (None when nothing was, or nothing is loaded)."""
        if self._loaded_state is None:
            return None
        state = self._state()
        return None if state == self._loaded_state else state

    def apply_draft(self, state: Mapping[str, Any]) -> None:
        """Show a kept draft over the session as read (saving writes it, Cancel drops it)."""
        self.start.setDateTime(QDateTime.fromSecsSinceEpoch(int(state["start"]), PARIS))
        self.duration.setValue(int(state["duration"]))
        self.status.setCurrentIndex(max(0, self.status.findData(SessionStatus(state["status"]))))
        self.reason.setText(str(state["reason"]))
        self.room.setCurrentIndex(max(0, self.room.findData(state["room"])))
        people = set(state["people"])
        for i in range(self.people.count()):
            item = self.people.item(i)
            ticked = item.data(Qt.ItemDataRole.UserRole) in people
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        statuses = {int(pid): AttendanceStatus(value) for pid, value in state["statuses"].items()}
        for row, (pid, _code, _status) in enumerate(self.register_model.lines):
            self.register_model.set_status(row, statuses.get(pid))
        self.headcount_only.setChecked(bool(state["headcount_only"]))
        self.headcount.setValue(int(state["headcount"]))
        self.notes.setPlainText(str(state["note"]))
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr(
                "Changes not saved when the window locked have been put back. Save them, "
                "or Cancel to drop them."
            )
        )

    def _status_changed(self, _index: int = 0) -> None:
        self.reason.setEnabled(self.status.currentData() == SessionStatus.CANCELLED)

    def _headcount_toggled(self, on: bool) -> None:
        self.headcount.setEnabled(on)
        self.register_view.setEnabled(not on and bool(self.data and self.data.info.group_id))

    def _failed(self, error: Exception) -> None:
        self.setEnabled(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(error))

    # ------------------------------------------------------------ new participant

    def _ask_new_participant(self) -> None:
        dialog = NewParticipantDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_participant(dialog.attributes())

    def add_participant(self, attrs: ParticipantAttributes) -> None:
        """Create a participant now (their code is shown at once) and mark them present."""
        data, vault = self.data, self.vault
        if data is None or data.info.group_id is None:
            return
        group_id, day = data.info.group_id, data.info.start.date()

        def work(s: Session) -> attendance.ParticipantInfo:
            person = attendance.create_participant(s, attrs)
            attendance.enrol(s, person.id, group_id, day)
            return person

        self.runner.unit(vault, work, self._participant_added, self._failed)

    def _participant_added(self, person: attendance.ParticipantInfo) -> None:
        row = self.register_model.add_line(person.id, person.code, AttendanceStatus.PRESENT)
        self.register_view.setCurrentIndex(self.register_model.index(row, RegisterModel.STATUS))
        self.message.setStyleSheet("")
        self.message.setText(self.tr("New participant: code %1.").replace("%1", person.code))

    # ------------------------------------------------------------ saving

    def checked_facilitators(self) -> list[int]:
        """Ids of the facilitators ticked."""
        return [
            int(self.people.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        """Write every change in one unit of work, in the background."""
        data = self.data
        if data is None or self.runner.busy:
            return
        start = dt.datetime.fromtimestamp(self.start.dateTime().toSecsSinceEpoch(), dt.UTC)
        edit = SessionEdit(
            session_id=self.session_id,
            start=start,
            end=start + dt.timedelta(minutes=self.duration.value()),
            status=self.status.currentData(),
            cancel_reason=self.reason.text().strip() or None,
            room_id=self.room.currentData(),
            facilitator_ids=tuple(self.checked_facilitators()),
            attendance=self.register_model.statuses(),
            headcount=self.headcount.value() if self.headcount_only.isChecked() else None,
            note=self.notes.toPlainText(),
        )
        self.setEnabled(False)
        self.runner.unit(
            self.vault, lambda s: session_edits.save_session(s, edit), self._saved, self._failed
        )

    def _saved(self, _result: object) -> None:
        self.setEnabled(True)
        self.accept()

    def reject(self) -> None:
        """Close without saving (not while a save runs)."""
        if self.runner.busy:
            return
        super().reject()
