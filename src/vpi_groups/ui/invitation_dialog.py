"""Invite professionals to a session: who, the reminder, then an .ics file or an e-mail draft.

Opened from a session of a training, a public action or the plenary day (never a talk
group's). The list holds everyone of the directory with an e-mail address, the
session's facilitators first and ticked; the invitation is made from the session as
saved (:mod:`vpi_groups.calendar.invitations`), off the UI thread, with one audit
entry per file written. The e-mail draft (.eml) can then be opened in the user's mail
client, which sends it: the application itself never uses the network.

When the session's action has more than one session to come (a training's dates, a
working group's meetings), a box invites to all of them at once, as ``vpi-groups
invite-series`` does: one invitation per session (iTIP wants one event per message),
all attached to one e-mail draft, or written one file each into a folder; the
cancellations for people left out are written beside them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from vpi_groups.calendar import ics
from vpi_groups.calendar import invitations as inv
from vpi_groups.language import of_locale
from vpi_groups.scheduling import records
from vpi_groups.storage.vault import Vault
from vpi_groups.ui import file_dialogs, fit
from vpi_groups.ui.errors import error_style, error_text
from vpi_groups.ui.help_key import give_help_key
from vpi_groups.ui.tasks import TaskRunner

# The reminders offered, in minutes before the start (0: none); one day by default.
REMINDERS = (0, 60, 24 * 60, 2 * 24 * 60, 7 * 24 * 60)
DEFAULT_REMINDER = 24 * 60


class InvitationDialog(QDialog):
    """Choose the people and the reminder, then write the invitation or its e-mail draft."""

    HELP_TOPIC = "calendar"

    def __init__(self, vault: Vault, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_help_key(self, self.HELP_TOPIC)
        self.setObjectName("invitationDialog")
        self.setWindowTitle(self.tr("Invite professionals"))
        self.vault = vault
        self.session_id = session_id
        self.runner = TaskRunner(self)
        self.written: Path | None = None
        # every file of the last writing (the invitations, then the cancellations)
        self.written_files: tuple[Path, ...] = ()
        self.action_id: int | None = None
        self._fitted = False

        intro = QLabel(
            self.tr(
                "Tick the people to invite: everyone of the directory with an e-mail "
                "address, the session's facilitators first. The invitation is made from "
                "the session as saved; send it again after a change, and once the session "
                "is cancelled the file cancels it in their calendars."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.people = QListWidget(self)
        self.people.setObjectName("invitees")
        self.people.setAccessibleName(self.tr("People to invite"))
        self.people.itemChanged.connect(self._ticked)
        self.reminder = QComboBox(self)
        self.reminder.setObjectName("invitationReminder")
        for minutes, words in zip(
            REMINDERS,
            (
                self.tr("No reminder"),
                self.tr("1 hour before"),
                self.tr("1 day before"),
                self.tr("2 days before"),
                self.tr("1 week before"),
            ),
            strict=True,
        ):
            self.reminder.addItem(words, minutes)
        self.reminder.setCurrentIndex(REMINDERS.index(DEFAULT_REMINDER))
        form = QFormLayout()
        people_label = QLabel(self.tr("&People:"), self)
        people_label.setBuddy(self.people)
        form.addRow(people_label, self.people)
        reminder_label = QLabel(self.tr("&Reminder:"), self)
        reminder_label.setBuddy(self.reminder)
        form.addRow(reminder_label, self.reminder)
        # Shown once the action is known to have more than one session to come.
        self.series = QCheckBox(self)
        self.series.setObjectName("invitationSeries")
        self.series.setVisible(False)
        self.series.setEnabled(False)
        self.series.toggled.connect(self._series_toggled)
        form.addRow(self.series)
        self.message = QLabel(self)
        self.message.setObjectName("invitationMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(self)
        self.ics_button = buttons.addButton(
            self._ics_label(series=False), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.ics_button.setObjectName("saveInvitation")
        self.ics_button.clicked.connect(lambda: self._ask_where(draft=False))
        self.eml_button = buttons.addButton(
            self.tr("Prepare the &e-mail (.eml)…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.eml_button.setObjectName("saveInvitationEmail")
        self.eml_button.setToolTip(
            self.tr(
                "An e-mail ready to send, the invitation attached, that your mail "
                "program opens: nothing is sent from here."
            )
        )
        self.eml_button.clicked.connect(lambda: self._ask_where(draft=True))
        self.open_button = QPushButton(self.tr("&Open the e-mail"), self)
        self.open_button.setObjectName("openInvitationEmail")
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self._open_draft)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        for button in (self.ics_button, self.eml_button, self.open_button):
            button.setAutoDefault(False)
            button.setEnabled(False)
        self.open_button.setEnabled(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)

        def read(s: Session) -> _Found:
            action_id = records.get_session(s, session_id).action_id
            return _Found(
                inv.invitees(s, session_id),
                inv.unusable_addresses(s),
                action_id,
                len(inv.series_sessions(s, action_id)),
            )

        self.runner.unit(vault, read, self._show_people, self._failed)

    def showEvent(self, event: QShowEvent) -> None:
        """On the first show, 640 x 520, or less on a small screen."""
        if not self._fitted:
            self._fitted = True
            fit.fit_to_screen(self, QSize(640, 520))
        super().showEvent(event)

    # ------------------------------------------------------------ who

    def _show_people(self, found: _Found) -> None:
        people, unusable = found.people, found.unusable
        self.action_id = found.action_id
        if found.to_come > 1:  # the action's sessions to come: invite to all at once
            self.series.setText(
                self.tr("Invite to every session to come of this action (%n)", "", found.to_come)
            )
            self.series.setToolTip(
                self.tr(
                    "One invitation per session, each to accept or decline in the calendar: "
                    "all attached to one e-mail, or one file each in a folder."
                )
            )
            self.series.setVisible(True)
            self.series.setEnabled(True)
        self.people.blockSignals(True)
        for person in people:
            # The role and organisation on a second line: a long one is never cut off.
            text = f"{person.name} — {person.email}"
            item = QListWidgetItem(f"{text}\n{person.detail}" if person.detail else text)
            self.people.addItem(item)
            item.setData(Qt.ItemDataRole.UserRole, person.email)
            item.setCheckState(Qt.CheckState.Checked if person.chosen else Qt.CheckState.Unchecked)
        self.people.blockSignals(False)
        said = []
        if not people:
            said.append(
                self.tr(
                    "Nobody in the directory has an e-mail address yet: add addresses to "
                    "facilitators or partners in the Directory, then invite."
                )
            )
        if unusable:
            said.append(
                self.tr(
                    "Not offered, their address is not one e-mail address (correct it in "
                    "the Directory): %1."
                ).replace("%1", ", ".join(unusable))
            )
        self.message.setText("\n".join(said))
        self._ticked()
        self.people.setFocus()

    def chosen(self) -> tuple[str, ...]:
        """The ticked addresses, in the list's order."""
        return tuple(
            str(self.people.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        )

    def _ticked(self, *_args: object) -> None:
        some = bool(self.chosen())
        for button in (self.ics_button, self.eml_button):
            button.setEnabled(some and not self.runner.busy)

    def _ics_label(self, *, series: bool) -> str:
        if series:
            return self.tr("Save the &invitations in a folder (.ics)…")
        return self.tr("Save the &invitation (.ics)…")

    def _series_toggled(self, ticked: bool) -> None:
        self.ics_button.setText(self._ics_label(series=ticked))

    def whole_series(self) -> bool:
        """Whether every session to come of the action is invited to, not this one only."""
        return not self.series.isHidden() and self.series.isChecked()

    # ------------------------------------------------------------ writing

    def _ask_where(self, *, draft: bool) -> None:
        if self.whole_series() and not draft:
            folder = file_dialogs.existing_directory(
                self, self.tr("Folder for the invitations"), str(Path.home())
            )
            if folder:
                self.write_to(Path(folder), draft=False)
            return
        suffix = ".eml" if draft else ".ics"
        stem = "invitations" if self.whole_series() else "invitation"
        path, _filter = file_dialogs.save_file_name(
            self,
            self.tr("Save the e-mail draft") if draft else self.tr("Save the invitation"),
            str(Path.home() / f"{stem}{suffix}"),
            self.tr("E-mails (*.eml)") if draft else self.tr("Calendars (*.ics)"),
        )
        if path:
            self.write_to(Path(path if path.endswith(suffix) else path + suffix), draft=draft)

    def write_to(self, target: Path, *, draft: bool) -> None:
        """Make the invitation for the ticked people and write it (or its draft) to ``target``.

        With the series box ticked, every session to come of the action is invited to:
        ``target`` is then the e-mail draft carrying them all, or (``draft`` false) the
        folder that receives one .ics per session.
        """
        chosen, minutes = self.chosen(), int(self.reminder.currentData())
        reminder = dt.timedelta(minutes=minutes) if minutes else None
        lang = of_locale(QLocale().name())
        session_id = self.session_id
        if self.whole_series() and self.action_id is not None:
            action_id = self.action_id

            def all_to_come(s: Session) -> _Series:
                made = inv.make_series_invitations(
                    s, action_id, chosen, reminder=reminder, lang=lang
                )
                return _Series(
                    target, draft, inv.write_series(made, target, draft=draft, lang=lang)
                )

            self._start(all_to_come)
            return

        def work(s: Session) -> tuple[Path, inv.Invitation]:
            made = inv.make_invitation(s, session_id, chosen, reminder=reminder, lang=lang)
            ics.write_calendar(target, inv.email_draft(made) if draft else made.data)
            if made.removal is not None:  # people left out: their own cancellation, beside it
                removal = made.removal
                data = inv.email_draft(removal) if draft else removal.data
                ics.write_calendar(inv.removal_path(target), data)
            return target, made

        self._start(work)

    def _start(self, work: Callable[[Session], object]) -> None:
        for button in (self.ics_button, self.eml_button):
            button.setEnabled(False)
        self.series.setEnabled(False)
        self.open_button.setVisible(False)
        self.runner.unit(self.vault, work, self._done, self._failed)

    def _done(self, result: tuple[Path, inv.Invitation] | _Series) -> None:
        self.series.setEnabled(True)
        if isinstance(result, _Series):
            self._series_written(result)
        else:
            self._written(result)

    def _series_written(self, result: _Series) -> None:
        self.written = result.target
        written = result.written
        files = tuple(dict.fromkeys(path for _made, path in written.files))
        removal_files = tuple(dict.fromkeys(path for _made, path in written.removals))
        self.written_files = files + removal_files
        self._ticked()
        self.message.setStyleSheet("")
        count = len(written.files)
        if result.draft:
            text = self.tr("E-mail carrying %n invitation(s) written in %1.", "", count)
        else:
            text = self.tr("%n invitation file(s) written in the folder %1.", "", count)
        text = text.replace("%1", str(result.target))
        if removal_files:
            if result.draft:
                where = str(removal_files[0])
            else:  # in the same folder: their names are enough
                where = ", ".join(path.name for path in removal_files)
            text += " " + self.tr(
                "%n person(s) no longer invited to some of these sessions: their "
                "cancellations are in %1, to send too.",
                "",
                len({p.email.casefold() for r, _path in written.removals for p in r.attendees}),
            ).replace("%1", where)
        self.message.setText(text)
        self.open_button.setVisible(result.draft)

    def _written(self, result: tuple[Path, inv.Invitation]) -> None:
        path, made = result
        self.written = path
        self.written_files = (path,) + (() if made.removal is None else (inv.removal_path(path),))
        self._ticked()
        self.message.setStyleSheet("")
        if made.method is inv.Method.CANCEL:
            text = self.tr("Cancellation for %n person(s) written in %1.", "", len(made.attendees))
        else:
            text = self.tr("Invitation for %n person(s) written in %1.", "", len(made.attendees))
        text = text.replace("%1", str(path))
        if made.removal is not None:
            text += " " + self.tr(
                "%n person(s) no longer invited: their cancellation is in %1, to send too.",
                "",
                len(made.removal.attendees),
            ).replace("%1", str(inv.removal_path(path)))
        self.message.setText(text)
        self.open_button.setVisible(path.suffix == ".eml")

    def _open_draft(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))

    def _failed(self, error: Exception) -> None:
        self.series.setEnabled(True)
        self._ticked()
        self.message.setStyleSheet(error_style())
        self.message.setText(error_text(error))

    def reject(self) -> None:
        """Close (not while a file is being written)."""
        if self.runner.busy:
            return
        super().reject()


@dataclass(frozen=True)
class _Found:
    """What the dialog reads first: the people, and the action's sessions to come."""

    people: tuple[inv.Invitee, ...]
    unusable: tuple[str, ...]
    action_id: int
    to_come: int


@dataclass(frozen=True)
class _Series:
    """The invitations to a series and where they were written."""

    target: Path  # the e-mail draft, or the folder
    draft: bool
    written: inv.SeriesFiles
