"""The yearly review: each action of a year, its figures, and the decision on it.

Prepared before the plenary day and filled in at it: for the action selected, a
decision (to be decided, renew, renew with changes, stop) and its reason (what
changes, why it stops), applied with "Apply" (Ctrl+Enter). Renewing creates next
year's action, with a copy of a talk group's groups, as "Renew next year" does on the
programme page (:func:`renew_with_groups`); it can be undone right after, while
nothing else was applied (:func:`undo_renewal`). The status and the renewal link are
one fact in the services: an action renewed cannot be stopped or put back to be
decided before its renewal is undone, and the screen says so.

A line at the top recalls a partnership convention to renew: one whose end is near
(or just passed) at the end of the year reviewed or today, and that no later
convention follows (:func:`vpi_groups.programme.partnership.renewal_reminders`).

The figures are the year's report's before small counts are masked: the screen is for
the people who run the programme, on this computer, and nothing here is exported.
Every read and write runs on the application's one database worker.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vpi_groups import clock
from vpi_groups.language import of_locale
from vpi_groups.programme import partnership
from vpi_groups.programme import records as programme
from vpi_groups.programme.partnership import RenewalReminder
from vpi_groups.programme.records import ActionKind, ReviewStatus
from vpi_groups.reports import review
from vpi_groups.reports.review import Decision, ReviewLine
from vpi_groups.scheduling import records, series
from vpi_groups.scheduling.series import SeriesChange
from vpi_groups.storage.vault import Vault
from vpi_groups.ui import fit
from vpi_groups.ui.errors import error_style, error_text
from vpi_groups.ui.help_key import give_help_key
from vpi_groups.ui.models.review import DECISION_ORDER, ReviewModel
from vpi_groups.ui.tasks import TaskRunner
from vpi_groups.ui.widgets import select_id, selected_id, table_view

COLUMN_SHARES = (0.24, 0.16, 0.3, 0.14)
"""The table's width given to the action, axis, figures and decision; the reason stretches."""

# ---------------------------------------------------------------- renewing, shared


@dataclass(frozen=True)
class Renewal:
    """A renewal just made, kept so that it can be undone while nothing else changed.

    ``status``/``reason``: the review the action had before; ``groups``: the groups
    created for the new action.
    """

    action_id: int
    title: str
    status: ReviewStatus
    reason: str | None
    created_id: int
    year: int
    groups: tuple[int, ...]


def renew_with_groups(
    session: Any, action_id: int, *, changed: bool = False, reason: str | None = None
) -> tuple[int, tuple[SeriesChange, ...]]:
    """Continue an action next year, with a copy of its talk groups (one unit of work).

    Returns the new action's id and the series created for it (none but for a talk
    group). ``changed``/``reason``: as :func:`vpi_groups.programme.records.renew_action`.
    """
    created = programme.renew_action(session, action_id, changed=changed, reason=reason).id
    return created, series.renew_groups(session, action_id, created)


def undo_renewal(session: Any, renewal: Renewal) -> str:
    """Delete what ``renewal`` created and give the action back its review.

    Returns "done"; or, with nothing written, "changed" (the new action was given
    other groups or sessions meanwhile) or "recorded" (attendance, a headcount or a
    note was recorded on its sessions).
    """
    current = tuple(g.id for g in records.list_groups(session, action_id=renewal.created_id))
    if sorted(current) != sorted(renewal.groups):
        return "changed"
    if any(not series.group_footprint(session, g).deletable for g in current):
        return "recorded"
    own = records.list_sessions(session, action_id=renewal.created_id)
    if any(x.group_id is None for x in own):
        return "changed"
    for group_id in current:
        series.delete_group(session, group_id)
    programme.cancel_renewal(
        session, renewal.action_id, renewal.created_id, renewal.status, renewal.reason
    )
    return "done"


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class ReviewSnapshot:
    """A year's review and the years that have actions, read in one unit of work.

    ``reminders``: the conventions to renew, counted from today (see :func:`reminders`).
    """

    year: int
    years: tuple[int, ...]
    lines: tuple[ReviewLine, ...]
    reminders: tuple[RenewalReminder, ...] = ()


def today() -> dt.date:
    """Today in the programme's time zone."""
    return clock.now().astimezone(clock.PROGRAMME_ZONE).date()


def reminders(session: Any, year: int, on: dt.date) -> tuple[RenewalReminder, ...]:
    """The conventions to renew at the end of ``year`` or on ``on`` (today), soonest first.

    A convention the end of the year reminds of is told from ``on`` too: its days
    left are counted from today, as the sentence is read today.
    """
    found: dict[int, RenewalReminder] = {}
    for reminder in partnership.renewal_reminders(session, dt.date(year, 12, 31)):
        found[reminder.convention_id] = dataclasses.replace(
            reminder, days_left=(reminder.ends_on - on).days
        )
    for reminder in partnership.renewal_reminders(session, on):
        found[reminder.convention_id] = reminder
    return tuple(sorted(found.values(), key=lambda r: (r.ends_on, r.title, r.convention_id)))


def read_review(session: Any, year: int) -> ReviewSnapshot:
    """Read ``year``'s review and the years of the programme (inside a unit of work)."""
    years = {a.spec.year for a in programme.list_actions(session)} | {year}
    return ReviewSnapshot(
        year,
        tuple(sorted(years)),
        review.year_review(session, year),
        reminders(session, year, today()),
    )


@dataclass(frozen=True)
class Applied:
    """What applying a decision did: the review read back, and the renewal made if any."""

    snapshot: ReviewSnapshot
    renewal: Renewal | None = None
    sessions: int = 0


# ---------------------------------------------------------------- the dialog


class ReviewDialog(QDialog):
    """The yearly review of the actions of one year (the year chooser changes it).

    ``changed`` is emitted after every write, so that the page that opened it reads
    the programme again.
    """

    HELP_TOPIC = "programme"

    changed = Signal()

    def __init__(
        self,
        vault: Vault,
        year: int,
        parent: QWidget | None = None,
        *,
        action_id: int | None = None,
    ) -> None:
        """The review of ``year``, read at once; ``action_id``: the action to select first."""
        super().__init__(parent)
        give_help_key(self, self.HELP_TOPIC)
        self.setObjectName("reviewDialog")
        self.setWindowTitle(self.tr("Yearly review of the actions"))
        self.vault: Vault | None = vault
        self.year = year
        self.snapshot: ReviewSnapshot | None = None
        self.renewal: Renewal | None = None
        self.to_select = action_id
        self.runner = TaskRunner(self)
        self._fitted = False

        intro = QLabel(
            self.tr(
                "For each action of the year, its figures and the decision of the plenary "
                "day: renew it, renew it with changes, or stop it. The figures are the "
                "year's report's before small counts are masked: they are shown only on "
                "this computer."
            ),
            self,
        )
        intro.setObjectName("reviewIntro")
        intro.setWordWrap(True)
        self.reminder = QLabel(self)
        self.reminder.setObjectName("renewalReminder")
        self.reminder.setWordWrap(True)
        self.reminder.setTextFormat(Qt.TextFormat.PlainText)
        self.reminder.setAccessibleName(self.tr("Convention to renew"))
        bold = self.reminder.font()
        bold.setBold(True)
        self.reminder.setFont(bold)
        self.reminder.hide()

        self.year_choice = QComboBox(self)
        self.year_choice.setObjectName("reviewYear")
        self.year_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_choice.currentIndexChanged.connect(self._year_chosen)
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year_choice)
        year_row = QHBoxLayout()
        year_row.addWidget(year_label)
        year_row.addWidget(self.year_choice)
        year_row.addStretch(1)

        self.model = ReviewModel(self)
        self.view = table_view(self.model, self, "reviewTable")
        # Five columns in the width of a laptop at 150 %: shared by proportion, the
        # longer texts wrapped on two lines rather than scrolled sideways.
        self.model.modelReset.disconnect(self.view.resizeColumnsToContents)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.horizontalScrollBar().setEnabled(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName(self.tr("Actions of the year"))
        self.view.setMinimumHeight(self.fontMetrics().height() * 5)
        self.view.selectionModel().selectionChanged.connect(self._action_selected)

        self.decision_box = QGroupBox(self.tr("Decision on the selected action"), self)
        self.decision_box.setObjectName("decisionBox")
        self.choices = QButtonGroup(self)
        self.choices.setExclusive(True)
        labels = {
            Decision.PENDING: self.tr("To be &decided"),
            Decision.RENEW: self.tr("&Renew"),
            Decision.CHANGE: self.tr("Renew with &changes"),
            Decision.STOP: self.tr("S&top"),
        }
        self.choice_buttons: dict[Decision, QRadioButton] = {}
        choice_row = QHBoxLayout()
        for number, decision in enumerate(DECISION_ORDER):
            button = QRadioButton(labels[decision], self.decision_box)
            button.setObjectName(f"decision-{decision.value}")
            self.choices.addButton(button, number)
            self.choice_buttons[decision] = button
            choice_row.addWidget(button)
        choice_row.addStretch(1)
        self.choices.buttonToggled.connect(self._choice_toggled)

        self.reason = QPlainTextEdit(self.decision_box)
        self.reason.setObjectName("reviewReason")
        self.reason.setTabChangesFocus(True)
        lines = self.reason.fontMetrics().lineSpacing()
        self.reason.setFixedHeight(lines * 3 + 12)
        self.reason.textChanged.connect(self._update_state)
        self.reason_label = QLabel(self.tr("Rea&son:"), self.decision_box)
        self.reason_label.setBuddy(self.reason)
        self.reason_label.setWordWrap(True)
        self.hint = QLabel(self.decision_box)
        self.hint.setObjectName("reviewHint")
        self.hint.setWordWrap(True)

        self.apply_button = QPushButton(self.tr("&Apply"), self.decision_box)
        self.apply_button.setObjectName("applyDecision")
        self.apply_button.setToolTip(self.tr("Record the decision (Ctrl+Enter)"))
        self.apply_button.setAutoDefault(False)
        self.apply_button.clicked.connect(lambda _checked=False: self.apply())
        self.undo_button = QPushButton(self.tr("&Undo the renewal"), self.decision_box)
        self.undo_button.setObjectName("undoReviewRenewal")
        self.undo_button.setToolTip(
            self.tr("Delete next year's action the renewal just created, and its groups")
        )
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(lambda _checked=False: self.undo())
        self.undo_button.hide()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.apply)

        box_layout = QVBoxLayout(self.decision_box)
        box_layout.addLayout(choice_row)
        box_layout.addWidget(self.reason_label)
        box_layout.addWidget(self.reason)
        box_layout.addWidget(self.hint)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.apply_button)
        buttons_row.addWidget(self.undo_button)
        buttons_row.addStretch(1)
        box_layout.addLayout(buttons_row)

        self.message = QLabel(self)
        self.message.setObjectName("reviewMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        for closing in close.buttons():
            if isinstance(closing, QPushButton):
                closing.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.reminder)
        layout.addWidget(intro)
        layout.addLayout(year_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.decision_box)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self._update_state()
        self._read(year)

    # ------------------------------------------------------------ showing

    def showEvent(self, event: QShowEvent) -> None:
        """On the first show, 1100 x 640, or less on a small screen (the table shrinks)."""
        if not self._fitted:
            self._fitted = True
            fit.fit_to_screen(self, QSize(1100, 640))
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Share the table's width between its columns again."""
        super().resizeEvent(event)
        self._size_columns()

    def _size_columns(self) -> None:
        """Action, axis, figures, decision by share of the width; the reason has the rest."""
        width = self.view.viewport().width()
        header = self.view.horizontalHeader()
        for column, share in enumerate(COLUMN_SHARES):
            header.resizeSection(column, int(width * share))
        self.view.resizeRowsToContents()

    def clear(self) -> None:
        """Forget every record (the vault is locking): empty table, nothing to undo."""
        self.vault = None
        self.snapshot = None
        self.renewal = None
        self.to_select = None
        self.model.clear()
        self.reason.clear()
        self._show_reminders(())
        self._set_message("")
        self.undo_button.hide()
        self._update_state()

    def holds_record_data(self) -> bool:
        """Whether anything read from the vault is still held."""
        return (
            self.vault is not None
            or self.snapshot is not None
            or self.renewal is not None
            or self.model.rowCount() > 0
        )

    def _read(self, year: int) -> None:
        vault = self.vault
        if vault is None:
            return

        def done(snapshot: ReviewSnapshot) -> None:
            if self.vault is vault:
                self._show(snapshot)

        self.runner.unit(vault, lambda s: read_review(s, year), done, self._fail)
        self._update_state()

    def _show(self, snapshot: ReviewSnapshot, select: int | None = None) -> None:
        chosen = selected_id(self.view) if select is None else select
        if self.to_select is not None:
            chosen, self.to_select = self.to_select, None
        self.snapshot = snapshot
        self.year = snapshot.year
        self.year_choice.blockSignals(True)
        self.year_choice.clear()
        for year in reversed(snapshot.years):
            self.year_choice.addItem(str(year), year)
        self.year_choice.setCurrentIndex(max(0, self.year_choice.findData(snapshot.year)))
        self.year_choice.blockSignals(False)
        self.model.set_lines(snapshot.lines)
        self._show_reminders(snapshot.reminders)
        self._size_columns()
        if chosen is not None and self.model.row_of(chosen) >= 0:
            select_id(self.view, chosen)
        elif self.model.rowCount() > 0:
            self.view.selectRow(0)
        self._action_selected()

    def _show_reminders(self, found: tuple[RenewalReminder, ...]) -> None:
        """One line above the review: the conventions to renew (none: no line)."""
        lang = of_locale(QLocale().name())
        text = " ".join(partnership.reminder_text(r, lang) for r in found)
        self.reminder.setText("⚠ " + text if text else "")
        self.reminder.setVisible(bool(text))

    def _year_chosen(self) -> None:
        year = self.year_choice.currentData()
        if year is None or self.snapshot is None or year == self.snapshot.year:
            return
        self._forget_renewal()
        self._set_message("")
        self._read(int(year))

    def select_action(self, action_id: int) -> None:
        """Select the row of one action (if shown)."""
        select_id(self.view, action_id)

    def selected_line(self) -> ReviewLine | None:
        """The review line of the action selected."""
        return self.model.line(selected_id(self.view))

    def _action_selected(self) -> None:
        line = self.selected_line()
        self.choices.blockSignals(True)
        for decision, button in self.choice_buttons.items():
            button.setChecked(line is not None and decision is line.decision)
        self.choices.blockSignals(False)
        self.reason.blockSignals(True)
        self.reason.setPlainText("" if line is None else line.action.spec.review_reason or "")
        self.reason.blockSignals(False)
        if line is None:
            self.decision_box.setTitle(self.tr("Decision on the selected action"))
        else:
            self.decision_box.setTitle(
                self.tr("Decision on “%1”").replace("%1", line.action.spec.title)
            )
        self._update_state()

    # ------------------------------------------------------------ the choice

    def chosen(self) -> Decision | None:
        """The decision chosen (checked) for the selected action."""
        number = self.choices.checkedId()
        return DECISION_ORDER[number] if 0 <= number < len(DECISION_ORDER) else None

    def choose(self, decision: Decision) -> None:
        """Check one decision's button, as a click would."""
        self.choice_buttons[decision].setChecked(True)

    def _choice_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._update_state()

    def _reason_text(self) -> str | None:
        return self.reason.toPlainText().strip() or None

    def _blocked(self, line: ReviewLine, choice: Decision) -> bool:
        """Whether the choice contradicts the renewal (which must be undone first)."""
        return line.renewal_id is not None and choice in (Decision.PENDING, Decision.STOP)

    def _update_state(self) -> None:
        line = self.selected_line()
        choice = self.chosen()
        busy = self.runner.busy
        self.decision_box.setEnabled(line is not None and self.vault is not None)
        labels = {
            Decision.CHANGE: self.tr("Rea&son — what changes next year (required):"),
            Decision.STOP: self.tr("Rea&son — why it stops (required):"),
            Decision.RENEW: self.tr("Rea&son (optional):"),
        }
        plain = self.tr("Rea&son:")
        self.reason_label.setText(plain if choice is None else labels.get(choice, plain))
        self.reason.setEnabled(choice is not None and choice is not Decision.PENDING)
        hint = ""
        can_apply = False
        if line is not None and choice is not None:
            if self._blocked(line, choice):
                hint = self._undo_first(line)
            elif line.renewal_id is not None:
                hint = self.tr(
                    "Its %1 action exists: applying records only the reason, and whether "
                    "it changes."
                ).replace("%1", str(line.action.spec.year + 1))
            elif choice is Decision.PENDING and line.decision is not Decision.PENDING:
                hint = self.tr("The action goes back to “to be decided”; its reason is cleared.")
            elif choice in (Decision.RENEW, Decision.CHANGE):
                following = str(line.action.spec.year + 1)
                if line.action.spec.kind is ActionKind.TALK_GROUP:
                    hint = self.tr(
                        "Applying creates the %1 action, with a copy of its talk groups "
                        "and their sessions; it can be undone right after."
                    )
                else:
                    hint = self.tr("Applying creates the %1 action; it can be undone right after.")
                hint = hint.replace("%1", following)
            can_apply = not self._blocked(line, choice) and self._differs(line, choice)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.apply_button.setEnabled(can_apply and not busy)
        self.undo_button.setEnabled(self.renewal is not None and not busy)

    def _undo_first(self, line: ReviewLine) -> str:
        following = str(line.action.spec.year + 1)
        if self.renewal is not None and self.renewal.action_id == line.action.id:
            return self.tr(
                "This action is renewed: its %1 action exists. To decide otherwise, first "
                "undo the renewal (“Undo the renewal” below)."
            ).replace("%1", following)
        return self.tr(
            "This action is renewed: its %1 action exists. To decide otherwise, the "
            "renewal must be undone first, which is offered right after renewing only; "
            "the %1 action can still be changed on the Groups and actions page."
        ).replace("%1", following)

    def _differs(self, line: ReviewLine, choice: Decision) -> bool:
        """Whether applying would change anything."""
        reason = self._reason_text() if choice is not Decision.PENDING else None
        if choice is not line.decision:
            return True
        return choice is not Decision.PENDING and reason != line.action.spec.review_reason

    # ------------------------------------------------------------ applying

    def apply(self) -> None:
        """Record the decision chosen for the selected action (Ctrl+Enter)."""
        line, choice, vault = self.selected_line(), self.chosen(), self.vault
        if line is None or choice is None or vault is None or self.runner.busy:
            return
        if not self.apply_button.isEnabled():
            return
        reason = self._reason_text()
        if choice is Decision.CHANGE and reason is None:
            self._refuse(
                self.tr(
                    "Say what changes next year: a renewal with changes needs it, in the "
                    "reason field."
                )
            )
            return
        if choice is Decision.STOP and reason is None:
            self._refuse(self.tr("Say why the action stops, in the reason field."))
            return
        action, year = line.action, line.action.spec.year
        renewing = choice in (Decision.RENEW, Decision.CHANGE) and line.renewal_id is None

        def work(session: Any) -> Applied:
            made: Renewal | None = None
            sessions = 0
            if renewing:
                created, groups = renew_with_groups(
                    session, action.id, changed=choice is Decision.CHANGE, reason=reason
                )
                sessions = sum(len(change.created) for change in groups)
                made = Renewal(
                    action.id,
                    action.spec.title,
                    action.spec.review_status,
                    action.spec.review_reason,
                    created,
                    year + 1,
                    tuple(change.group.id for change in groups),
                )
            elif choice in (Decision.RENEW, Decision.CHANGE):
                programme.review_action(
                    session,
                    action.id,
                    ReviewStatus.RENEWED,
                    reason,
                    changed=choice is Decision.CHANGE,
                )
            elif choice is Decision.STOP:
                programme.review_action(session, action.id, ReviewStatus.NOT_RENEWED, reason)
            else:
                programme.review_action(session, action.id, ReviewStatus.RUNNING)
            return Applied(read_review(session, year), made, sessions)

        def done(applied: Applied) -> None:
            if self.vault is not vault:
                return
            self.renewal = applied.renewal
            self.undo_button.setVisible(applied.renewal is not None)
            self._show(applied.snapshot, action.id)
            self._say(self._applied_text(action.spec.title, choice, applied))
            self.changed.emit()

        self._set_message("")
        self.runner.unit(vault, work, done, self._fail)
        self._update_state()

    def _applied_text(self, title: str, choice: Decision, applied: Applied) -> str:
        made = applied.renewal
        if made is not None and made.groups:
            return (
                self.tr(
                    "“%1” continues in %2: its %2 action was created with %3 group(s) and "
                    "%4 session(s). “Undo the renewal” deletes them."
                )
                .replace("%1", title)
                .replace("%2", str(made.year))
                .replace("%3", str(len(made.groups)))
                .replace("%4", str(applied.sessions))
            )
        if made is not None:
            return (
                self.tr(
                    "“%1” continues in %2: its %2 action was created, to be filled in. "
                    "“Undo the renewal” deletes it."
                )
                .replace("%1", title)
                .replace("%2", str(made.year))
            )
        return (
            self.tr("Decision recorded for “%1”: %2.")
            .replace("%1", title)
            .replace("%2", self.model.decision_label(choice).lower())
        )

    def undo(self) -> None:
        """Delete what the renewal just made created, if nothing else changed since."""
        renewal, vault = self.renewal, self.vault
        if renewal is None or vault is None or self.runner.busy:
            return

        def work(session: Any) -> tuple[str, ReviewSnapshot | None]:
            outcome = undo_renewal(session, renewal)
            read = read_review(session, renewal.year - 1) if outcome == "done" else None
            return outcome, read

        def done(result: tuple[str, ReviewSnapshot | None]) -> None:
            if self.vault is not vault:
                return
            outcome, snapshot = result
            self._forget_renewal()
            if snapshot is None:
                if outcome == "recorded":
                    text = self.tr(
                        "The renewal cannot be undone: attendance was recorded on sessions "
                        "of the %1 action meanwhile."
                    )
                else:
                    text = self.tr(
                        "The renewal cannot be undone: the %1 action was changed meanwhile."
                    )
                self._refuse(text.replace("%1", str(renewal.year)))
                return
            self._show(snapshot, renewal.action_id)
            self._say(
                self.tr("Renewal undone: the %1 action “%2” and its groups were deleted.")
                .replace("%1", str(renewal.year))
                .replace("%2", renewal.title)
            )
            self.changed.emit()

        self._set_message("")
        self.runner.unit(vault, work, done, self._fail)
        self._update_state()

    def _forget_renewal(self) -> None:
        self.renewal = None
        self.undo_button.hide()

    # ------------------------------------------------------------ messages

    def _set_message(self, text: str) -> None:
        """Show ``text`` under the decision (the line takes no room while empty)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _say(self, text: str) -> None:
        self.message.setStyleSheet("")
        self._set_message(text)
        self._update_state()

    def _refuse(self, text: str) -> None:
        self.message.setStyleSheet(error_style())
        self._set_message(text)
        self._update_state()
        if self.reason.isEnabled():
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fail(self, error: Exception) -> None:
        self.message.setStyleSheet(error_style())
        self._set_message(error_text(error))
        self._update_state()
