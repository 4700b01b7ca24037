"""One session: details, facilitators, notes, and a keyboard-driven attendance register.

In the register, P marks present, E excused, A absent (and moves to the next line),
Space cycles, Delete clears; Ctrl+Z / Ctrl+Shift+Z undo and redo. People are put on
the register by their code (type-ahead over the vault's codes) or as newcomers, who
get a provisional label ("new person 1") and their code only when the session is
saved. Nothing is written until "Save", which applies every change in one unit of
work; closing with changes asks first. A save that double-books a facilitator or a
room asks before it is kept.

"Delete the session" is tried first in a unit of work that is rolled back: a refusal
(an occurrence of its series, a session with records) is said at once, else the
dialog asks. "Duplicate" opens the new-session editor on the session as saved, one
week later (with unsaved changes, it asks first); once the copy is saved, the dialog
closes as saved, so that the pages read the sessions again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QStringListModel,
    Qt,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
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
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from vpi_groups import clock, session_edits
from vpi_groups.attendance import codes as participant_codes
from vpi_groups.attendance import registers as attendance
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import professionals, records
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.scheduling.conflicts import ConflictKind
from vpi_groups.scheduling.professionals import ProfessionalsLine
from vpi_groups.scheduling.records import SessionInfo
from vpi_groups.session_edits import (
    NewParticipant,
    Overlap,
    ParticipantCode,
    SavedSession,
    SessionEdit,
)
from vpi_groups.storage.models import (
    AgeBand,
    AttendanceStatus,
    Gender,
    ReferralSource,
    Sector,
    SessionStatus,
)
from vpi_groups.storage.vault import Vault
from vpi_groups.ui import fit
from vpi_groups.ui.editing import settle_keyboard
from vpi_groups.ui.errors import error_style, error_text
from vpi_groups.ui.help_key import give_help_key
from vpi_groups.ui.meeting_panels import MeetingData, MeetingPanels, read_meeting, save_meeting
from vpi_groups.ui.models.labels import age_band_label, gender_label, referral_label
from vpi_groups.ui.professionals_panel import ProfessionalsPanel
from vpi_groups.ui.question import Choice, ask
from vpi_groups.ui.tasks import TaskRunner
from vpi_groups.ui.widgets import ROOM_NAME_CHARS, CheckedSpinBox, distinct_keys

if TYPE_CHECKING:  # the new-session dialog uses this module's questions: imported when used
    # The invitation dialog brings icalendar: imported when a user invites, not with
    # the participants page that needs this module's participant form.
    from vpi_groups.ui.invitation_dialog import InvitationDialog
    from vpi_groups.ui.new_session_dialog import NewSessionDialog, SessionChoices

PARIS = QTimeZone(clock.PROGRAMME_ZONE_NAME.encode("ascii"))
STATUS_KEYS = {
    Qt.Key.Key_P: AttendanceStatus.PRESENT,
    Qt.Key.Key_E: AttendanceStatus.EXCUSED,
    Qt.Key.Key_A: AttendanceStatus.ABSENT,
}
CYCLE = [None, AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT]
_ROOT = QModelIndex()
translate = QCoreApplication.translate


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
    codes: tuple[ParticipantCode, ...] = ()  # every participant's, to add one by code
    # an action's session: the professionals present, and the directory to add them from
    professionals: tuple[ProfessionalsLine, ...] = ()
    organisations: tuple[tuple[int, str, Sector], ...] = ()
    # a working group's meeting: members present, minutes, decisions, tasks
    meeting: MeetingData | None = None


def read_session(s: Session, session_id: int) -> SessionData:
    """Read a session and what its dialog needs (in the worker's unit of work)."""
    info = records.get_session(s, session_id)
    codes: tuple[ParticipantCode, ...] = ()
    present: tuple[ProfessionalsLine, ...] = ()
    organisations: tuple[tuple[int, str, Sector], ...] = ()
    meeting = None
    if info.group_id is not None:
        group = records.get_group(s, info.group_id)
        title, is_open = group.spec.name, group.spec.is_open
        codes = session_edits.participant_codes(s)
    else:
        title, is_open = programme.get_action(s, info.action_id).spec.title, False
        meeting = read_meeting(s, session_id, info.action_id)
        present = professionals.session_professionals(s, session_id)
        organisations = tuple(
            (o.id, o.spec.name, o.spec.sector) for o in programme.list_organisations(s)
        )
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
        codes,
        present,
        organisations,
        meeting,
    )


class RegisterModel(QAbstractTableModel):
    """The register: one line per participant (code, status); statuses are edited in place.

    A line's id is the participant's; a newcomer not saved yet has a negative id
    (-1 for the dialog's first one, -2...) and a provisional label instead of a code.
    Lines added in the dialog (newcomers, people added by code) are *pending* until
    the session is saved, and shown in italics.
    """

    CODE, STATUS = range(2)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[list[Any]] = []  # [participant_id, code, status | None]
        self.pending: set[int] = set()  # ids of the lines added since the last save
        self.undo = QUndoStack(self)

    def set_lines(self, lines: list[tuple[int, str, AttendanceStatus | None]]) -> None:
        """Replace every line (and forget the undo history)."""
        self.beginResetModel()
        self.lines = [list(line) for line in lines]
        self.pending = set()
        self.endResetModel()
        self.undo.clear()

    def add_line(
        self,
        participant_id: int,
        code: str,
        status: AttendanceStatus | None,
        *,
        pending: bool = True,
    ) -> int:
        """Append a participant (a newcomer or one added by code); returns its row."""
        row = len(self.lines)
        self.beginInsertRows(_ROOT, row, row)
        self.lines.append([participant_id, code, status])
        if pending:
            self.pending.add(participant_id)
        self.endInsertRows()
        return row

    def row_of(self, participant_id: int) -> int:
        """The row of a participant (-1 when not on the register)."""
        return next((r for r, line in enumerate(self.lines) if line[0] == participant_id), -1)

    def settle(self, ids: Mapping[int, tuple[int, str]]) -> None:
        """After a save: newcomers get their id and code; no line is pending any more."""
        for line in self.lines:
            if line[0] in ids:
                line[0], line[1] = ids[line[0]]
        self.pending = set()
        if self.lines:
            last = self.index(len(self.lines) - 1, self.STATUS)
            self.dataChanged.emit(self.index(0, self.CODE), last)

    def statuses(self) -> dict[int, AttendanceStatus]:
        """The statuses set, by participant id (negative: a newcomer)."""
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
        """The code, or the status word; pending lines in italics, with a tip."""
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        pid, code, status = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return code if index.column() == self.CODE else self.status_label(status)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{code} {self.status_label(status)}"
        if pid in self.pending:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                if pid < 0:
                    return self.tr("Not saved yet: the code is given when the session is saved.")
                return self.tr("Added here: enrolled in the group when the session is saved.")
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


class CodeField(QLineEdit):
    """A code typed to put someone on the register: Enter adds them (it never saves)."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter adds the person typed; the dialog's Save is not pressed by it."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class NewParticipantDialog(QDialog):
    """Coarse attributes of a newcomer (the code is drawn by the application), or edits.

    Given ``current`` attributes, the dialog edits them, private memo included. For a
    newcomer, "Referred by" starts with no choice: OK is refused, with a sentence
    next to the field, until one is made ("Not recorded" is a choice of its own, so
    that nobody is recorded under a source by default).
    """

    HELP_TOPIC = "attendance"

    def __init__(
        self, parent: QWidget | None = None, current: ParticipantAttributes | None = None
    ) -> None:
        super().__init__(parent)
        give_help_key(self, self.HELP_TOPIC)
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
        # "Not recorded" last: a choice made on purpose, after the real sources.
        sources = [s for s in ReferralSource if s is not ReferralSource.UNKNOWN]
        for source in [*sources, ReferralSource.UNKNOWN]:
            self.referral.addItem(referral_label(source), source)
        self.referral.setPlaceholderText(self.tr("Choose…"))
        self.referral.setCurrentIndex(-1)
        self.referral_error = QLabel(self)
        self.referral_error.setObjectName("referralError")
        self.referral_error.setStyleSheet(error_style())
        self.referral_error.setWordWrap(True)
        self.referral_error.hide()
        self.referral.currentIndexChanged.connect(self._referral_chosen)
        note = QLabel(
            self.tr("No name is recorded: the application gives the person a code."), self
        )
        note.setWordWrap(True)
        self.memo = QPlainTextEdit(self)
        self.memo.setObjectName("memo")
        self.memo.setAccessibleName(self.tr("Private memo"))
        self.memo.setPlaceholderText(self.tr("Private memo (stays in the vault, never exported)"))
        self.editing = current is not None  # a new participant has no memo yet
        self.memo.setVisible(self.editing)
        form = QFormLayout()
        form.addRow(self.tr("&Age band:"), self.age)
        form.addRow(self.tr("&Gender:"), self.gender)
        form.addRow(self.tr("&Referred by:"), self.referral)
        form.addRow(self.referral_error)  # under the field, the whole width
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
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("participantOk")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        settle_keyboard(self, self.age, self.ok_button)

    def _referral_chosen(self, index: int) -> None:
        if index >= 0:
            self.referral_error.clear()
            self.referral_error.hide()

    def accept(self) -> None:
        """Close with the choices made; refused while "Referred by" has no choice."""
        if self.referral.currentIndex() < 0:
            self.referral_error.setText(
                self.tr("Choose who referred this person, or “Not recorded” if nobody knows.")
            )
            self.referral_error.show()
            self.adjustSize()  # the sentence was hidden when the form was laid out
            self.referral.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    def state(self) -> dict[str, Any]:
        """The fields as plain values (a draft kept when the window locks)."""
        referral = self.referral.currentData()
        return {
            "age_band": str(self.age.currentData()),
            "gender": str(self.gender.currentData()),
            "referral": "" if referral is None else str(referral),
            "memo": self.memo.toPlainText(),
        }

    def apply_state(self, state: Mapping[str, Any]) -> None:
        """Put back fields from :meth:`state`."""
        self.age.setCurrentIndex(max(0, self.age.findData(AgeBand(state["age_band"]))))
        self.gender.setCurrentIndex(max(0, self.gender.findData(Gender(state["gender"]))))
        referral = str(state.get("referral") or "")
        self.referral.setCurrentIndex(
            self.referral.findData(ReferralSource(referral)) if referral else -1
        )
        self.memo.setPlainText(str(state["memo"]))

    def attributes(self) -> ParticipantAttributes:
        """What was chosen (an accepted dialog always has a referral source)."""
        referral = self.referral.currentData()
        return ParticipantAttributes(
            age_band=AgeBand(self.age.currentData()),
            gender=Gender(self.gender.currentData()),
            # Read before OK only (a test, a draft): nothing chosen is "not recorded".
            referral_source=ReferralSource(referral or ReferralSource.UNKNOWN),
            consent_date=self._consent,
            memo=(self.memo.toPlainText().strip() or None) if self.editing else None,
        )


# ---------------------------------------------------------------- questions before a save
# Asked by this dialog and by the new-session dialog: one wording for both. The texts
# keep this dialog's translation context.


def ask_outside_year(
    parent: QWidget, year: int, start: dt.datetime, answered: Callable[[str | None], None]
) -> QMessageBox:
    """Ask whether to save a session dated outside its action's ``year`` ("saveAnyway")."""
    when = QDateTime.fromSecsSinceEpoch(int(start.timestamp()), PARIS)
    return ask(
        parent,
        name="outsideYearQuestion",
        title=translate("SessionDialog", "Session outside the action's year"),
        text=translate(
            "SessionDialog",
            "The action is for %1, but the session would fall on %2. Reports will "
            "count it in its own year. Save anyway?",
        )
        .replace("%1", str(year))
        .replace("%2", QLocale().toString(when, "dddd d MMMM yyyy")),
        choices=[
            Choice(
                translate("SessionDialog", "&Save anyway"),
                "saveAnyway",
                QMessageBox.ButtonRole.AcceptRole,
            ),
            Choice(translate("SessionDialog", "&Go back"), "goBack"),
        ],
        answered=answered,
        icon=QMessageBox.Icon.Warning,
    )


def ask_overlaps(
    parent: QWidget, overlaps: tuple[Overlap, ...], answered: Callable[[str | None], None]
) -> QMessageBox:
    """Ask whether to save a session that double-books someone or a room ("saveAnyway")."""
    return ask(
        parent,
        name="overlapQuestion",
        title=translate("SessionDialog", "Overlapping sessions"),
        text=translate("SessionDialog", "This session overlaps %1. Save anyway?").replace(
            "%1", overlaps_text(overlaps)
        ),
        choices=[
            Choice(
                translate("SessionDialog", "&Save anyway"),
                "saveAnyway",
                QMessageBox.ButtonRole.AcceptRole,
            ),
            Choice(translate("SessionDialog", "&Go back"), "goBack"),
        ],
        answered=answered,
        icon=QMessageBox.Icon.Warning,
    )


def overlaps_text(overlaps: tuple[Overlap, ...]) -> str:
    """Each other session once: its title, who or what is booked twice, when."""
    by_session: dict[int, list[Overlap]] = {}
    for overlap in overlaps:
        by_session.setdefault(overlap.session_id, []).append(overlap)
    locale = QLocale()
    parts = []
    for same in by_session.values():
        first = same[0]
        start = QDateTime.fromSecsSinceEpoch(int(first.start.timestamp()), PARIS)
        end = QDateTime.fromSecsSinceEpoch(int(first.end.timestamp()), PARIS)
        what = ", ".join(
            (
                translate("SessionDialog", "facilitator %1")
                if o.kind is ConflictKind.FACILITATOR
                else translate("SessionDialog", "room %1")
            ).replace("%1", o.resource_name)
            for o in same
        )
        parts.append(
            translate("SessionDialog", "“%1” (%2, on %3 from %4 to %5)")
            .replace("%1", first.title)
            .replace("%2", what)
            .replace("%3", locale.toString(start, "dddd d MMMM yyyy"))
            .replace("%4", locale.toString(start, "HH:mm"))
            .replace("%5", locale.toString(end, "HH:mm"))
        )
    return "; ".join(parts)


class SessionDialog(QDialog):
    """Open one session; "Save" writes every change at once, closing with changes asks.

    "Delete the session" deletes it (after a question; refused, with the reason, for a
    held session, an occurrence of its series or one with records); "Duplicate" opens
    a new session's editor on the same settings a week later.
    """

    HELP_TOPIC = "agenda"

    def __init__(
        self,
        vault: Vault,
        session_id: int,
        parent: QWidget | None = None,
        *,
        draft: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        give_help_key(self, self._help_topic)
        self.setObjectName("sessionDialog")
        self.vault = vault
        self.session_id = session_id
        self.data: SessionData | None = None
        self._pending_draft = draft  # state kept at the last lock, shown once loaded
        self._loaded_state: dict[str, Any] | None = None
        self._committing = False  # a save is being written
        self.new_people: dict[int, ParticipantAttributes] = {}  # by negative line id
        self.added_ids: list[int] = []  # existing participants put on the register here
        self.codes: dict[str, int] = {}  # every participant's code: their id
        self.participant_dialog: NewParticipantDialog | None = None
        self.question: QMessageBox | None = None  # the question open over the dialog
        self.runner = TaskRunner(self)
        self.setWindowTitle(self.tr("Session"))
        self._fitted = False

        self.heading = QLabel(self)
        self.heading.setObjectName("sessionHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sessionTabs")
        self.tabs.addTab(self._details_tab(), self.tr("&Details"))
        self.register_tab = self.tabs.addTab(self._register_tab(), self.tr("&Attendance"))
        # a working group's meeting: who of the members came, minutes, decisions and tasks
        self.meeting = MeetingPanels(self, runner=self.runner, vault=vault, session_id=session_id)
        self.present_tab = self.tabs.addTab(self.meeting.present, self.tr("Mem&bers present"))
        self.minutes_tab = self.tabs.addTab(self.meeting.minutes, self.tr("Minutes"))
        self.follow_up_tab = self.tabs.addTab(
            self.meeting.follow_up, self.tr("Decisions and tas&ks")
        )
        for tab in (self.present_tab, self.minutes_tab, self.follow_up_tab):
            self.tabs.setTabVisible(tab, False)
        # an action's session: who came, by organisation (not shown for talk groups)
        self.professionals = ProfessionalsPanel(self)
        self.professionals_tab = self.tabs.addTab(self.professionals, self.tr("Professionals"))
        self.tabs.setTabVisible(self.professionals_tab, False)
        self.tabs.addTab(self._notes_tab(), self.tr("&Notes"))
        self.message = QLabel(self)
        self.message.setObjectName("sessionMessage")
        self.message.setWordWrap(True)
        # Two rows: the session's other actions, then Save and Close. In one row they
        # were wider than a 1366x768 screen at 150 %.
        self.action_buttons = QDialogButtonBox(self)
        self.action_buttons.setObjectName("sessionActions")
        self.buttons = QDialogButtonBox(self)
        self.sheet_button = self.action_buttons.addButton(
            self.tr("Attendance sh&eet (PDF)…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.sheet_button.setObjectName("attendanceSheet")
        self.sheet_button.setEnabled(False)
        self.sheet_button.clicked.connect(self._save_sheet)
        self.delete_button = self.action_buttons.addButton(
            self.tr("De&lete the session…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.delete_button.setObjectName("deleteSession")
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.delete_session)
        self.duplicate_button = self.action_buttons.addButton(
            self.tr("Duplicate a &week later…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.duplicate_button.setObjectName("duplicateSession")
        self.duplicate_button.setToolTip(
            self.tr(
                "Open a new session with the same action, group, times, facilitators and "
                "room, one week later; nothing is saved until you save it."
            )
        )
        self.duplicate_button.setEnabled(False)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.new_session_dialog: NewSessionDialog | None = None  # the copy being made
        self.invite_button = self.action_buttons.addButton(
            self.tr("In&vite…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.invite_button.setObjectName("inviteToSession")
        self.invite_button.setEnabled(False)
        self.invite_button.clicked.connect(self.invite)
        self.invitation_dialog: InvitationDialog | None = None
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveSession")
        # "Close" while nothing would be lost, "Cancel" once there are changes to drop.
        self.cancel_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setObjectName("closeSessionDialog")
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        # the tabs scroll on a small screen (1366x768 at 150 %); the buttons stay in view
        layout.addWidget(fit.FittingScroll(self.tabs, self), 1)
        layout.addWidget(self.message)
        layout.addWidget(self.action_buttons)
        layout.addWidget(self.buttons)
        settle_keyboard(self, None, self.save_button)  # the start field, once loaded
        for signal in (
            self.start.dateTimeChanged,
            self.duration.valueChanged,
            self.status.currentIndexChanged,
            self.reason.textChanged,
            self.room.currentIndexChanged,
            self.people.itemChanged,
            self.register_model.dataChanged,
            self.register_model.rowsInserted,
            self.register_model.modelReset,
            self.headcount_only.toggled,
            self.headcount.valueChanged,
            self.notes.textChanged,
            self.professionals.changed,
            *self.meeting.signals(),
        ):
            signal.connect(self._changed)
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
        self.duration = CheckedSpinBox(
            tab, 15, 24 * 60, 15, "sessionDuration", range_text=self.tr("Between %1 and %2 minutes")
        )
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.status = QComboBox(tab)
        self.status.setObjectName("sessionStatus")
        self.status.addItem(self.tr("Planned"), SessionStatus.PLANNED)
        self.status.addItem(self.tr("Held"), SessionStatus.HELD)
        self.status.addItem(self.tr("Cancelled"), SessionStatus.CANCELLED)
        # The action is named in full: a bare "Cancel" beside "Cancelled" reads as either.
        self.cancel_session_button = QPushButton(self.tr("Cancel the sess&ion…"), tab)
        self.cancel_session_button.setObjectName("cancelSessionButton")
        self.cancel_session_button.setToolTip(
            self.tr("Mark the session cancelled; give the reason, then Save.")
        )
        self.cancel_session_button.clicked.connect(self.cancel_session)
        self.reason = QLineEdit(tab)
        self.reason.setObjectName("cancelReason")
        self.reason.setPlaceholderText(self.tr("Why it is cancelled (required)"))
        self.room = QComboBox(tab)
        self.room.setObjectName("sessionRoom")
        self.room.setMinimumContentsLength(ROOM_NAME_CHARS)
        self.room.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.people = QListWidget(tab)
        self.people.setObjectName("sessionFacilitators")
        self.status.currentIndexChanged.connect(self._status_changed)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.cancel_session_button)
        status_label = QLabel(self.tr("S&tatus:"), tab)
        status_label.setBuddy(self.status)
        form = QFormLayout(tab)
        form.addRow(self.tr("Sta&rt:"), self.start)
        form.addRow(self.tr("D&uration:"), self.duration.with_message())
        form.addRow(status_label, status_row)
        form.addRow(self.tr("Reas&on:"), self.reason)
        form.addRow(self.tr("Roo&m:"), self.room)
        form.addRow(self.tr("&Facilitators:"), self.people)
        return tab

    def _help_topic(self) -> str:
        """F1 on the register opens the guide's attendance page; elsewhere, the agenda's."""
        on_register = self.tabs.currentIndex() == self.register_tab
        return "attendance" if on_register else self.HELP_TOPIC

    def _register_tab(self) -> QWidget:
        tab = QWidget(self)
        self.register_model = RegisterModel(self)
        self.register_view = RegisterView(tab)
        self.register_view.setObjectName("registerView")
        self.register_view.setAccessibleName(self.tr("Attendance register"))
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
        self.code_field = CodeField(tab)
        self.code_field.setObjectName("addByCode")
        self.code_field.setPlaceholderText(self.tr("Type a code, then Enter"))
        self.code_model = QStringListModel(self)
        self.code_completer = QCompleter(self.code_model, self)
        self.code_completer.setObjectName("codeCompleter")
        self.code_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.code_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.code_field.setCompleter(self.code_completer)
        self.code_field.submitted.connect(self._code_submitted)
        code_label = QLabel(self.tr("Add by &code:"), tab)
        code_label.setBuddy(self.code_field)
        self.code_message = QLabel(tab)
        self.code_message.setObjectName("addByCodeMessage")
        self.code_message.setWordWrap(True)
        self.new_participant = QPushButton(self.tr("New &participant…"), tab)
        self.new_participant.setObjectName("newParticipantButton")
        self.new_participant.clicked.connect(self._ask_new_participant)
        self.headcount_only = QCheckBox(self.tr("&Headcount only (no register)"), tab)
        self.headcount_only.setObjectName("headcountOnly")
        self.headcount = CheckedSpinBox(tab, 0, 500, 0, "headcount")
        self.headcount.setEnabled(False)
        self.headcount_only.toggled.connect(self._headcount_toggled)
        undo_keys = distinct_keys(QKeySequence.StandardKey.Undo, "Ctrl+Z")
        redo_keys = distinct_keys(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y")
        for keys, slot in (
            (undo_keys, self.register_model.undo.undo),
            (redo_keys, self.register_model.undo.redo),
        ):
            for key in keys:
                shortcut = QShortcut(key, tab)
                shortcut.activated.connect(slot)
        add_row = QHBoxLayout()
        add_row.addWidget(code_label)
        add_row.addWidget(self.code_field, 1)
        add_row.addWidget(self.new_participant)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.headcount_only)
        row.addWidget(self.headcount.with_message())
        layout = QVBoxLayout(tab)
        layout.addWidget(help_text)
        layout.addWidget(self.register_view, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.code_message)
        layout.addLayout(row)
        return tab

    def _notes_tab(self) -> QWidget:
        tab = QWidget(self)
        self.notes = QPlainTextEdit(tab)
        self.notes.setObjectName("sessionNotes")
        self.notes.setAccessibleName(self.tr("Notes for the facilitators"))
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
        self.codes = {entry.code: entry.participant_id for entry in data.codes}
        self.code_model.setStringList([entry.code for entry in data.codes])
        self.headcount_only.setChecked(data.register.headcount is not None)
        self.headcount.setValue(data.register.headcount or 0)
        self.notes.setPlainText(data.note)
        self.professionals.set_directory(data.organisations)
        self.professionals.set_lines(data.professionals)
        self.meeting.show(data.meeting)
        is_meeting = data.meeting is not None
        self.tabs.setTabVisible(self.professionals_tab, info.group_id is None and not is_meeting)
        self.tabs.setTabVisible(self.register_tab, not is_meeting)
        for tab in (self.present_tab, self.minutes_tab, self.follow_up_tab):
            self.tabs.setTabVisible(tab, is_meeting)
        self.setEnabled(True)
        held = info.status is SessionStatus.HELD
        self.delete_button.setEnabled(not held)
        self.delete_button.setToolTip(
            self.tr("A session marked held is not deleted: reports count it.")
            if held
            else self.tr("Delete this session; asks first.")
        )
        self.duplicate_button.setEnabled(True)
        self._headcount_toggled(self.headcount_only.isChecked())
        self._status_changed()
        self.start.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.register_model.rowCount():
            self.register_view.setCurrentIndex(self.register_model.index(0, RegisterModel.STATUS))
        self._loaded_state = self._state()
        draft, self._pending_draft = self._pending_draft, None
        if draft is not None and dict(draft) != self._loaded_state:  # not saved since
            self.apply_draft(draft)
        self._changed()

    def _changed(self, *_args: object) -> None:
        """Name the closing button for what it does; the sheet shows what is saved."""
        changed = self.draft_state() is not None
        self.cancel_button.setText(self.tr("Cancel") if changed else self.tr("Close"))
        self.sheet_button.setEnabled(self._loaded_state is not None and not changed)
        talk_group = self.data is None or self.data.info.group_id is not None
        self.invite_button.setEnabled(
            self._loaded_state is not None and not changed and not talk_group
        )
        self.invite_button.setToolTip(
            self.tr("Talk-group sessions never get invitations.")
            if talk_group
            else self.tr("Save first: the invitation is made from the session as saved.")
            if changed
            else self.tr("Invite professionals of the directory: an .ics file or an e-mail draft.")
        )
        self.sheet_button.setToolTip(
            self.tr("Save first: the sheet lists the register as saved.")
            if changed
            else self.tr("A PDF sheet to sign, with the participants' codes only.")
        )

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
            "professionals": self.professionals.state(),
            "meeting": self.meeting.state(),
            # Newcomers and people added by code are part of the draft: a lock keeps them.
            "new": [
                {
                    "id": pid,
                    "age_band": str(attrs.age_band),
                    "gender": str(attrs.gender),
                    "referral": str(attrs.referral_source),
                }
                for pid, attrs in self.new_people.items()
            ],
            "added": [
                {"id": pid, "code": self.register_model.lines[row][1]}
                for pid in self.added_ids
                if (row := self.register_model.row_of(pid)) >= 0
            ],
        }

    def draft_state(self) -> dict[str, Any] | None:
        """What was changed and not saved (None when nothing was, or nothing is loaded)."""
        if self._loaded_state is None or self._committing:
            # A save under way when the window locks has been written by then (the lock
            # waits for it): keeping its newcomers as a draft would create them twice.
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
        for entry in state.get("added", []):
            pid = int(entry["id"])
            if self.register_model.row_of(pid) < 0:  # not enrolled since
                self._put_on_register(pid, str(entry["code"]))
        for entry in state.get("new", []):
            attrs = ParticipantAttributes(
                age_band=AgeBand(entry["age_band"]),
                gender=Gender(entry["gender"]),
                referral_source=ReferralSource(entry["referral"]),
            )
            self._add_newcomer(attrs, int(entry["id"]))
        statuses = {int(pid): AttendanceStatus(value) for pid, value in state["statuses"].items()}
        for row, (pid, _code, _status) in enumerate(self.register_model.lines):
            self.register_model.set_status(row, statuses.get(pid))
        self.headcount_only.setChecked(bool(state["headcount_only"]))
        self.headcount.setValue(int(state["headcount"]))
        self.notes.setPlainText(str(state["note"]))
        self.professionals.apply_state(state.get("professionals", []))
        self.meeting.apply_state(state.get("meeting"))
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr(
                "Changes not saved when the window locked have been put back. Save them, "
                "or Cancel to drop them."
            )
        )

    def _status_changed(self, _index: int = 0) -> None:
        cancelled = self.status.currentData() == SessionStatus.CANCELLED
        self.reason.setEnabled(cancelled)
        self.cancel_session_button.setEnabled(not cancelled)

    def cancel_session(self) -> None:
        """Mark the session cancelled and ask for the reason (saved with "Save")."""
        self.status.setCurrentIndex(self.status.findData(SessionStatus.CANCELLED))
        self.tabs.setCurrentIndex(0)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Give the reason for cancelling, then Save."))

    def _headcount_toggled(self, on: bool) -> None:
        self.headcount.setEnabled(on)
        register = not on and bool(self.data and self.data.info.group_id)
        self.register_view.setEnabled(register)
        self.code_field.setEnabled(register)
        self.new_participant.setEnabled(register)

    def _failed(self, error: Exception) -> None:
        self._committing = False
        self.setEnabled(True)
        self.message.setStyleSheet(error_style())
        self.message.setText(error_text(error))

    # ------------------------------------------------------------ deleting, duplicating

    def delete_session(self) -> None:
        """Delete the session, after a question; a refusal says why and deletes nothing.

        The deletion is first tried in a unit of work that is rolled back: the session
        is held, an occurrence of its series or has records, and the service refuses,
        or the question is asked. Unsaved changes go with the session (the question
        says so).
        """
        vault = self.vault
        if self.data is None or self.runner.busy or self.question is not None:
            return
        sid = self.session_id
        self.runner.unit(
            vault,
            lambda s: scheduling.delete_session(s, sid),
            lambda _none: self._ask_deletion(),
            self._deletion_refused,
            preview=True,
        )

    def _deletion_refused(self, error: Exception) -> None:
        self.message.setStyleSheet(error_style())
        self.message.setText(error_text(error))

    def _ask_deletion(self) -> None:
        if self.data is None or not self.isVisible():
            return
        start = QDateTime.fromSecsSinceEpoch(int(self.data.info.start.timestamp()), PARIS)
        text = self.tr("Delete the session of %1 (%2)? This cannot be undone.")
        text = text.replace("%1", QLocale().toString(start, "dddd d MMMM yyyy, HH:mm"))
        text = text.replace("%2", self.data.title)
        if self.draft_state() is not None:
            text += "\n\n" + self.tr("The changes made in this window are lost with it.")

        def answered(choice: str | None) -> None:
            self.question = None
            if choice == "confirmDelete":
                self._delete()

        self.question = ask(
            self,
            name="deleteSessionQuestion",
            title=self.tr("Delete the session"),
            text=text,
            choices=[
                Choice(
                    self.tr("&Delete the session"),
                    "confirmDelete",
                    QMessageBox.ButtonRole.DestructiveRole,
                ),
                Choice(self.tr("&Keep it"), "keepSession"),
            ],
            answered=answered,
            icon=QMessageBox.Icon.Warning,
        )

    def _delete(self) -> None:
        sid = self.session_id
        self.setEnabled(False)
        self._committing = True  # no draft of a session being deleted

        def done(_none: object) -> None:
            self._committing = False
            self.setEnabled(True)
            self.accept()  # the pages showing sessions read them again

        def failed(error: Exception) -> None:
            self._failed(error)

        self.runner.unit(self.vault, lambda s: scheduling.delete_session(s, sid), done, failed)

    def invite(self) -> None:
        """Open the invitation dialog of this session (one; a second click raises it)."""
        if self.data is None or self.data.info.group_id is not None:
            return
        if self.invitation_dialog is not None:
            self.invitation_dialog.raise_()
            self.invitation_dialog.activateWindow()
            return
        from vpi_groups.ui.invitation_dialog import InvitationDialog

        self.invitation_dialog = InvitationDialog(self.vault, self.session_id, self)
        self.invitation_dialog.finished.connect(self._invitation_closed)
        self.invitation_dialog.show()

    def _invitation_closed(self, _result: int) -> None:
        self.invitation_dialog = None

    def duplicate(self) -> None:
        """Open a new session's editor on this session's settings, one week later.

        The copy is made from the session as saved: with unsaved changes, the dialog
        asks first; they are lost only once the copy is saved (this dialog then closes).
        """
        if self.data is None or self.runner.busy or self.question is not None:
            return
        if self.new_session_dialog is not None:
            return
        if self.draft_state() is None:
            self._read_choices()
            return

        def answered(choice: str | None) -> None:
            self.question = None
            if choice == "duplicateSaved":
                self._read_choices()

        self.question = ask(
            self,
            name="duplicateQuestion",
            title=self.tr("Duplicate the session"),
            text=self.tr(
                "The changes made in this window are not saved. The copy is made from the "
                "session as saved, and once the copy is saved this window closes without "
                "them."
            ),
            choices=[
                Choice(
                    self.tr("&Duplicate the saved session"),
                    "duplicateSaved",
                    QMessageBox.ButtonRole.AcceptRole,
                ),
                Choice(self.tr("&Keep editing"), "keepEditing"),
            ],
            answered=answered,
        )

    def _read_choices(self) -> None:
        # Loaded on first use: this module's questions are the new-session dialog's too.
        from vpi_groups.ui.new_session_dialog import read_choices

        data = self.data
        if data is None:
            return
        action_id = data.info.action_id
        self.runner.unit(
            self.vault, lambda s: read_choices(s, action_id), self._open_copy, self._failed
        )

    def _open_copy(self, choices: SessionChoices) -> None:
        from vpi_groups.ui.new_session_dialog import NewSessionDialog, save_through, week_later

        if self.data is None or not self.isVisible() or self.new_session_dialog is not None:
            return
        dialog = NewSessionDialog(choices, self, template=week_later(self.data.info))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.new_session_dialog = dialog

        def finished(_result: int) -> None:
            if self.new_session_dialog is dialog:
                self.new_session_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        # The copy saved, this window closes as saved: the pages read the sessions again.
        save_through(dialog, self.runner, self.vault, lambda _added: self.accept())
        dialog.open()

    # ------------------------------------------------------------ adding people

    def _ask_new_participant(self) -> None:
        if self.participant_dialog is not None:
            return
        dialog = NewParticipantDialog(self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.participant_dialog = dialog

        def finished(result: int) -> None:
            self.participant_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self.add_participant(dialog.attributes())

        dialog.finished.connect(finished)
        dialog.open()

    def add_participant(self, attrs: ParticipantAttributes) -> None:
        """Put a newcomer on the register, marked present; created when the session is saved.

        Until then the line shows a provisional label ("new person 1"); their code is
        drawn when the session is saved.
        """
        data = self.data
        if data is None or data.info.group_id is None:
            return
        row = self._add_newcomer(attrs, -(len(self.new_people) + 1))
        self.register_model.set_status(row, AttendanceStatus.PRESENT)
        self.register_view.setCurrentIndex(self.register_model.index(row, RegisterModel.STATUS))
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("Added to the register: %1. The code is given when you save.").replace(
                "%1", self.register_model.lines[row][1]
            )
        )

    def _add_newcomer(self, attrs: ParticipantAttributes, line_id: int) -> int:
        while line_id in self.new_people:  # a draft's numbers are kept; never reuse one
            line_id -= 1
        self.new_people[line_id] = attrs
        label = self.tr("new person %1").replace("%1", str(-line_id))
        return self.register_model.add_line(line_id, label, None)

    def _put_on_register(self, participant_id: int, code: str) -> int:
        self.added_ids.append(participant_id)
        return self.register_model.add_line(participant_id, code, None)

    def _code_submitted(self) -> None:
        self.add_by_code(self.code_field.text())

    def add_by_code(self, text: str) -> None:
        """Put an existing participant on the register by their code (marked present)."""
        typed = text.strip()
        if not typed or self.data is None or self.data.info.group_id is None:
            return
        code = self._resolve(typed)
        if code is None:
            self._code_error(
                self.tr(
                    "No participant has the code “%1”. Choose a code from the list shown "
                    "while you type, or add a new participant."
                ).replace("%1", typed)
            )
            return
        pid = self.codes[code]
        row = self.register_model.row_of(pid)
        if row >= 0:
            self.register_view.setCurrentIndex(self.register_model.index(row, RegisterModel.STATUS))
            self._code_error(self.tr("%1 is already on the register.").replace("%1", code))
            return
        row = self._put_on_register(pid, code)
        self.register_model.set_status(row, AttendanceStatus.PRESENT)
        self.register_view.setCurrentIndex(self.register_model.index(row, RegisterModel.STATUS))
        self.code_field.clear()
        self.code_message.setStyleSheet("")
        self.code_message.setText(
            self.tr("%1 is on the register: saved with the session.").replace("%1", code)
        )

    def _resolve(self, typed: str) -> str | None:
        """The code meant by what was typed: the code itself, or the only one containing it."""
        try:
            code = participant_codes.normalise(typed)
        except participant_codes.InvalidCodeError:
            code = None
        if code is not None and code in self.codes:
            return code
        wanted = typed.upper()
        matches = [known for known in self.codes if wanted in known]
        return matches[0] if len(matches) == 1 else None

    def _code_error(self, text: str) -> None:
        self.code_message.setStyleSheet(error_style())
        self.code_message.setText(text)
        self.code_field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.code_field.selectAll()

    # ------------------------------------------------------------ attendance sheet

    def _save_sheet(self) -> None:
        # Loaded on first use: the PDF machinery is not needed to open a session.
        from vpi_groups.ui.attendance_sheet import save_attendance_sheet

        path = save_attendance_sheet(self, self.vault, self.session_id)
        if path is not None:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Attendance sheet saved: %1").replace("%1", str(path)))

    # ------------------------------------------------------------ saving

    def checked_facilitators(self) -> list[int]:
        """Ids of the facilitators ticked."""
        return [
            int(self.people.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]

    def edit(self) -> SessionEdit:
        """Every change shown in the dialog, as the service takes it."""
        start = dt.datetime.fromtimestamp(self.start.dateTime().toSecsSinceEpoch(), dt.UTC)
        statuses = self.register_model.statuses()
        return SessionEdit(
            session_id=self.session_id,
            start=start,
            end=start + dt.timedelta(minutes=self.duration.value()),
            status=self.status.currentData(),
            cancel_reason=self.reason.text().strip() or None,
            room_id=self.room.currentData(),
            facilitator_ids=tuple(self.checked_facilitators()),
            attendance={pid: status for pid, status in statuses.items() if pid > 0},
            headcount=self.headcount.value() if self.headcount_only.isChecked() else None,
            note=self.notes.toPlainText(),
            added=tuple(self.added_ids),
            new_participants=tuple(
                NewParticipant(attrs, statuses.get(pid)) for pid, attrs in self.new_people.items()
            ),
            professionals=(
                self.professionals.lines()
                if self.data is not None
                and self.data.info.group_id is None
                and self.data.meeting is None  # a meeting's members are ticked, not counted
                else None
            ),
        )

    def showEvent(self, event: QShowEvent) -> None:
        """On the first show, 720 x 560, or less on a small screen."""
        if not self._fitted:
            self._fitted = True
            fit.fit_to_screen(self, QSize(720, 560))
        super().showEvent(event)

    def save(self) -> None:
        """Write every change in one unit of work, in the background.

        An edit that books a time, a room or facilitators anew is first tried in a
        preview (rolled back): if it double-books someone or a room, the dialog asks
        before saving for real.
        """
        if self.data is None or self.runner.busy or self.question is not None:
            return
        edit = self.edit()
        self.setEnabled(False)
        if not session_edits.may_book_twice(self.data.info, edit):
            self._commit(edit)
            return
        work = self._work(edit)
        self.runner.unit(
            self.vault,
            work,
            lambda tried: self._tried(edit, tried),
            self._failed,
            preview=True,
        )

    def _tried(self, edit: SessionEdit, tried: SavedSession) -> None:
        if tried.outside_year is not None:
            self._ask_outside_year(edit, tried)
            return
        self._check_overlaps(edit, tried)

    def _ask_outside_year(self, edit: SessionEdit, tried: SavedSession) -> None:
        """The session moved to another year than its action's: say it, save only if told."""
        self.setEnabled(True)
        year = tried.outside_year
        assert year is not None

        def answered(choice: str | None) -> None:
            self.question = None
            if choice == "saveAnyway":
                self.setEnabled(False)
                self._check_overlaps(edit, tried)
            elif choice is not None:  # None: closed by a lock, which closes the dialog too
                self.message.setStyleSheet("")
                self.message.setText(self.tr("Not saved: choose a day in the action's year."))
                self.tabs.setCurrentIndex(0)
                self.start.setFocus(Qt.FocusReason.OtherFocusReason)

        self.question = ask_outside_year(self, year, edit.start, answered)

    def _check_overlaps(self, edit: SessionEdit, tried: SavedSession) -> None:
        """Save, or first ask about the double bookings the edit would create."""
        if not tried.overlaps:
            self._commit(edit)
            return
        self.setEnabled(True)

        def answered(choice: str | None) -> None:
            self.question = None
            if choice == "saveAnyway":
                self.setEnabled(False)
                self._commit(edit)
            elif choice is not None:  # None: closed by a lock, which closes the dialog too
                self.message.setStyleSheet("")
                self.message.setText(
                    self.tr("Not saved: change the time, the room or the facilitators.")
                )
                self.tabs.setCurrentIndex(0)
                self.start.setFocus(Qt.FocusReason.OtherFocusReason)

        self.question = ask_overlaps(self, tried.overlaps, answered)

    def _work(self, edit: SessionEdit) -> Callable[[Session], SavedSession]:
        """The unit of work of a save: the session, then a meeting's tabs (if one)."""
        changes = self.meeting.changes()
        sid = self.session_id

        def work(s: Session) -> SavedSession:
            saved = session_edits.save_session(s, edit)
            if changes is not None:
                save_meeting(s, sid, changes)
            return saved

        return work

    def _commit(self, edit: SessionEdit) -> None:
        self._committing = True
        self.runner.unit(self.vault, self._work(edit), self._saved, self._failed)

    def _saved(self, saved: SavedSession) -> None:
        # The lines added here are saved: newcomers get their id and code, nothing is
        # pending any more, and a lock from now on keeps no draft of them.
        self._committing = False
        given = list(zip(self.new_people, saved.new_participants, strict=True))
        labels = {
            pid: self.register_model.lines[self.register_model.row_of(pid)][1] for pid, _ in given
        }
        self.register_model.settle({pid: (person.id, person.code) for pid, person in given})
        self.new_people = {}
        self.added_ids = []
        self._loaded_state = self._state()
        self._changed()
        self.setEnabled(True)
        if not given:
            self.accept()
            return

        def answered(choice: str | None) -> None:
            self.question = None
            if choice is not None:  # None: closed by a lock, which closes the dialog too
                self.accept()

        lines = "\n".join(
            self.tr("%1: %2").replace("%1", labels[pid]).replace("%2", person.code)
            for pid, person in given
        )
        self.question = ask(
            self,
            name="newCodesBox",
            title=self.tr("Codes given"),
            text=self.tr(
                "Saved. The new participants have their codes:\n%1\n\nThe codes are also "
                "on the Participants page."
            ).replace("%1", lines),
            choices=[Choice(self.tr("OK"), "codesSeen", QMessageBox.ButtonRole.AcceptRole)],
            answered=answered,
            icon=QMessageBox.Icon.Information,
        )

    def reject(self) -> None:
        """Close; with unsaved changes, ask first (not while a save runs).

        Locking closes the dialog with ``done()``, which does not ask (the changes are
        kept as a draft).
        """
        if self.runner.busy or self.question is not None:
            return
        if self.draft_state() is None:
            super().reject()
            return

        def answered(choice: str | None) -> None:
            self.question = None
            if choice == "discardChanges":
                QDialog.reject(self)

        self.question = ask(
            self,
            name="discardQuestion",
            title=self.tr("Unsaved changes"),
            text=self.tr("Discard the changes made to this session?"),
            choices=[
                Choice(
                    self.tr("&Discard the changes"),
                    "discardChanges",
                    QMessageBox.ButtonRole.DestructiveRole,
                ),
                Choice(self.tr("&Keep editing"), "keepEditing"),
            ],
            answered=answered,
        )
