"""Participants: codes and coarse attributes, their groups and attendance; erase on request.

With no participant yet, the page says where they come from (a session's register, no
name, a code) instead of showing an empty list, with the way to the agenda.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QItemSelection, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vpi_groups import clock
from vpi_groups.attendance import codes as participant_codes
from vpi_groups.attendance import registers as attendance
from vpi_groups.attendance import retention
from vpi_groups.attendance.registers import HistoryLine, ParticipantAttributes, ParticipantInfo
from vpi_groups.scheduling import records
from vpi_groups.storage.models import AgeBand, AttendanceStatus, Gender, ReferralSource
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.empty_state import EmptyState, switch_to
from vpi_groups.ui.errors import error_style, error_text
from vpi_groups.ui.models.columns import bounded_columns, fit_columns
from vpi_groups.ui.models.labels import age_band_label, gender_label, referral_label
from vpi_groups.ui.models.table import HeadersModel, Row
from vpi_groups.ui.pages.base import AGENDA, Page, page_title
from vpi_groups.ui.session_dialog import NewParticipantDialog
from vpi_groups.ui.tasks import TaskRunner

PARIS = clock.PROGRAMME_ZONE


@dataclass(frozen=True)
class ParticipantsData:
    """The page's content: participants, group names, and the list's rows, formatted."""

    participants: tuple[ParticipantInfo, ...]
    groups: dict[int, str]
    rows: tuple[Row, ...]
    by_id: Mapping[int, ParticipantInfo]


@dataclass(frozen=True)
class RowWords:
    """What formatting the rows needs from the UI thread: words of coded values, the locale."""

    age_bands: Mapping[AgeBand, str]
    genders: Mapping[Gender, str]
    referrals: Mapping[ReferralSource, str]
    locale: QLocale

    @classmethod
    def now(cls) -> RowWords:
        """The words in the interface language of the moment (read on the UI thread)."""
        return cls(
            {band: age_band_label(band) for band in AgeBand},
            {gender: gender_label(gender) for gender in Gender},
            {source: referral_label(source) for source in ReferralSource},
            QLocale(),
        )


_NEVER = dt.datetime.min.replace(tzinfo=dt.UTC)


def participant_rows(
    participants: tuple[ParticipantInfo, ...], groups: Mapping[int, str], words: RowWords
) -> tuple[Row, ...]:
    """The list's rows, each formatted once (in the worker: thousands of participants)."""
    # Coded columns sort in the order of their lists (the reports' order too), so that
    # "not recorded" comes last, after "other", and never among the real values.
    band_order = {band: i for i, band in enumerate(AgeBand)}
    referral_order = {source: i for i, source in enumerate(ReferralSource)}
    days: dict[dt.date, str] = {}  # many people share a first or last day: format it once

    def day_text(instant: dt.datetime | None) -> str:
        if instant is None:
            return "—"
        day = instant.astimezone(PARIS).date()
        text = days.get(day)
        if text is None:
            text = words.locale.toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
            )
            days[day] = text
        return text

    rows = []
    for p in participants:
        names = ", ".join(groups.get(g, "?") for g in p.group_ids)
        rows.append(
            Row(
                cells=(
                    p.code,
                    words.age_bands[p.age_band],
                    words.genders[p.gender],
                    words.referrals[p.referral_source],
                    names,
                    day_text(p.first_attendance),
                    day_text(p.last_attendance),
                ),
                keys=(
                    p.code,
                    band_order[p.age_band],
                    p.gender.value,
                    referral_order[p.referral_source],
                    names.casefold(),
                    p.first_attendance or _NEVER,
                    p.last_attendance or _NEVER,
                ),
                row_id=p.id,
            )
        )
    return tuple(rows)


def _day(instant: dt.datetime | None) -> str:
    if instant is None:
        return "—"
    day = instant.astimezone(PARIS).date()
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class ParticipantsPage(Page):
    """The list of participants, one's details and history, and erasure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.runner = TaskRunner(self)
        self.data: ParticipantsData | None = None
        self.selected: ParticipantInfo | None = None
        # the participant editor while it is open: (dialog, person id, fields as opened)
        self._editing: tuple[NewParticipantDialog, int, dict[str, Any]] | None = None
        self._pending_draft: tuple[int, Mapping[str, Any]] | None = None

        title = page_title(self.tr("Participants"), self)
        self.search = QLineEdit(self)
        self.search.setObjectName("codeSearch")
        self.search.setPlaceholderText(self.tr("Find a code…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find a code"))
        self.search.setAccessibleDescription(
            self.tr("Shows the participants whose code holds the characters typed.")
        )
        self.search.textChanged.connect(self._refill)
        # Finds, among others, the people whose referral is not recorded yet, to complete it.
        self.referral_filter = QComboBox(self)
        self.referral_filter.setObjectName("referralFilter")
        self.referral_filter.setAccessibleName(self.tr("Referred by"))
        self.referral_filter.addItem(self.tr("All referral sources"), None)
        for source in ReferralSource:
            self.referral_filter.addItem(referral_label(source), source.value)
        self.referral_filter.currentIndexChanged.connect(lambda _i: self._refill())
        self.model = HeadersModel(self._headers, self)
        self.table = QTableView(self)
        self.table.setObjectName("participantsTable")
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setAccessibleDescription(
            self.tr("One line per participant; choose one to see their details and history.")
        )
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # Sized from a sample of rows when the list is read, never from all of them.
        bounded_columns(self.table, stretch_last=True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        details = QWidget(self)
        self.code = QLabel(details)
        self.code.setObjectName("participantCode")
        code_font = self.code.font()
        code_font.setPointSizeF(code_font.pointSizeF() * 1.5)
        code_font.setBold(True)
        self.code.setFont(code_font)
        self.attributes = QLabel(details)
        self.attributes.setObjectName("participantAttributes")
        self.attributes.setWordWrap(True)
        self.history_model = HeadersModel(self._history_headers, self)
        self.history = QTableView(details)
        self.history.setObjectName("participantHistory")
        self.history.setAccessibleName(self.tr("Attendance history"))
        self.history.setModel(self.history_model)
        self.history.setSortingEnabled(True)
        self.history.verticalHeader().setVisible(False)
        bounded_columns(self.history, stretch_last=True)
        self.edit_button = QPushButton(self.tr("&Edit…"), details)
        self.edit_button.setObjectName("editParticipant")
        self.edit_button.clicked.connect(self._edit)
        self.erase_button = QPushButton(self.tr("E&rase this person…"), details)
        self.erase_button.setObjectName("eraseParticipant")
        self.erase_button.clicked.connect(self._ask_erase)
        self.message = QLabel(details)
        self.message.setObjectName("participantsMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.code)
        form.addRow(self.attributes)
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(form)
        details_layout.addWidget(QLabel(self.tr("Attendance history:"), details))
        details_layout.addWidget(self.history, 1)
        details_layout.addLayout(buttons)
        details_layout.addWidget(self.message)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.referral_filter)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.split = split
        self.empty = EmptyState(self, "participantsEmpty")
        self.empty.explain(
            self.tr(
                "No participant yet. Participants are added from the attendance sheet of "
                "a session, without their name: the application gives each one a code. "
                "Open a session from the agenda to take its register."
            ),
            (self.tr("&Open the agenda"), "goToAgenda", self._go_to_agenda),
        )
        self.content = QStackedWidget(self)
        self.content.addWidget(split)
        self.content.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.content, 1)
        self._show_details(None, ())

    def _go_to_agenda(self) -> None:
        self.wanted_page.emit(AGENDA)

    def is_empty_shown(self) -> bool:
        """Whether the explanation of an empty list is shown instead of the list."""
        return self.content.currentWidget() is self.empty

    def _headers(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Age band"),
            self.tr("Gender"),
            self.tr("Referred by"),
            self.tr("Groups"),
            self.tr("First attendance"),
            self.tr("Last attendance"),
        ]

    def _history_headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Group"), self.tr("Attendance")]

    # ------------------------------------------------------------ Page

    def load(self, vault: Vault) -> None:
        """Read every participant (in the background)."""
        self.vault = vault
        self.reload()

    def reload(self) -> None:
        """Read again after a change."""
        vault = self.vault
        if vault is None:
            return

        words = RowWords.now()

        def work(s: Any) -> ParticipantsData:
            groups = {g.id: g.spec.name for g in records.list_groups(s)}
            people = attendance.list_participants(s)
            rows = participant_rows(people, groups, words)  # formatted here, not on the UI
            return ParticipantsData(people, groups, rows, {p.id: p for p in people})

        self.runner.unit(vault, work, self._show, self._failed)

    def clear(self) -> None:
        """Forget every code, attribute and history line."""
        self.vault = None
        self.data = None
        self.model.clear()
        self._show_details(None, ())
        self.search.clear()
        self.referral_filter.setCurrentIndex(0)
        self.message.clear()
        self.content.setCurrentWidget(self.split)

    def holds_record_data(self) -> bool:
        """Whether codes or histories are still held."""
        return bool(
            self.vault is not None
            or self.data is not None
            or self.model.rowCount()
            or self.history_model.rowCount()
            or self.selected is not None
        )

    # ------------------------------------------------------------ showing

    def _show(self, data: ParticipantsData) -> None:
        if self.vault is None:
            return
        first = not self.model.rowCount()
        self.data = data
        switch_to(self.content, self.empty if not data.participants else self.split)
        self._refill()
        if first:  # sized once, when rows appear: a later reload keeps the user's widths
            fit_columns(self.table)
        pending, self._pending_draft = self._pending_draft, None
        if pending is not None:
            self._reopen(*pending)

    # ------------------------------------------------------------ drafts

    def editor_draft(self) -> tuple[str, Mapping[str, Any]] | None:
        """The participant editor's unsaved changes (the memo too), kept at a lock."""
        if self._pending_draft is not None:
            person_id, state = self._pending_draft
            self._pending_draft = None
            return f"participant:{person_id}", state
        if self._editing is None:
            return None
        dialog, person_id, opened = self._editing
        state = dialog.state()
        if not dialog.isVisible() or state == opened:
            return None
        return f"participant:{person_id}", state

    def offer_draft(self, key: str, state: Mapping[str, Any]) -> bool:
        """Take the participant editor's draft; reopen it once the list is read."""
        kind, _sep, rest = key.partition(":")
        if kind != "participant" or not rest.isdigit():
            return False
        self._pending_draft = (int(rest), state)
        return True

    def _reopen(self, person_id: int, state: Mapping[str, Any]) -> None:
        person = next(
            (p for p in (self.data.participants if self.data else ()) if p.id == person_id), None
        )
        if person is None:
            self.message.setStyleSheet(error_style())
            self.message.setText(
                self.tr(
                    "Changes not saved when the window locked could not be put back: the "
                    "participant no longer exists."
                )
            )
            return
        self.selected = person
        self._edit(draft=state)

    def _refill(self) -> None:
        if self.data is None:
            return
        wanted = participant_codes.search_text(self.search.text())
        source = self.referral_filter.currentData()
        by_id = self.data.by_id
        # The rows are formatted already: filtering keeps those whose code and referral match.
        self.model.set_rows(
            [
                r
                for r in self.data.rows
                if wanted in r.cells[0]
                and (source is None or by_id[r.row_id].referral_source.value == source)
            ]
        )

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes or self.data is None or self.vault is None:
            self._show_details(None, ())
            return
        row = self.model.row_at(indexes[0].row())
        person = self.data.by_id[row.row_id]
        vault = self.vault

        def work(s: Any) -> tuple[ParticipantInfo, tuple[HistoryLine, ...]]:
            return person, attendance.history(s, person.id)

        self.runner.unit(vault, work, lambda r: self._show_details(*r), self._failed)

    def _show_details(self, person: ParticipantInfo | None, lines: tuple[HistoryLine, ...]) -> None:
        self.selected = person
        self.edit_button.setEnabled(person is not None)
        self.erase_button.setEnabled(person is not None)
        if person is None:
            self.code.setText(self.tr("No participant selected"))
            self.attributes.clear()
            self.history_model.clear()
            return
        self.code.setText(person.code)
        self.attributes.setText(
            "\n".join(
                [
                    self.tr("Age band: %1").replace("%1", age_band_label(person.age_band)),
                    self.tr("Gender: %1").replace("%1", gender_label(person.gender)),
                    self.tr("Referred by: %1").replace(
                        "%1", referral_label(person.referral_source)
                    ),
                ]
            )
        )
        words = {
            AttendanceStatus.PRESENT: self.tr("Present"),
            AttendanceStatus.EXCUSED: self.tr("Excused"),
            AttendanceStatus.ABSENT: self.tr("Absent"),
        }
        self.history_model.set_rows(
            [
                Row(
                    cells=(_day(line.start), line.group_name, words[line.status]),
                    keys=(line.start, line.group_name.casefold(), line.status.value),
                    row_id=line.session_id,
                )
                for line in lines
            ]
        )
        fit_columns(self.history)

    def _failed(self, error: Exception) -> None:
        self.message.setStyleSheet(error_style())
        self.message.setText(error_text(error))

    # ------------------------------------------------------------ actions

    def _edit(self, draft: Mapping[str, Any] | None = None) -> None:
        person, vault = self.selected, self.vault
        if person is None or vault is None:
            return

        self.runner.unit(
            vault,
            lambda s: attendance.get_memo(s, person.id),
            lambda memo: self._edit_with(person, memo, draft),
            self._failed,
        )

    def _edit_with(
        self, person: ParticipantInfo, memo: str | None, draft: Mapping[str, Any] | None = None
    ) -> None:
        current = ParticipantAttributes(
            person.age_band, person.gender, person.referral_source, person.consent_date, memo
        )
        dialog = NewParticipantDialog(self, current)
        dialog.setObjectName("participantEditor")
        self._editing = (dialog, person.id, dialog.state())
        if draft is not None and dict(draft) != dialog.state():  # not saved since
            dialog.apply_state(draft)
            self.message.setStyleSheet("")
            self.message.setText(
                self.tr(
                    "Changes not saved when the window locked have been put back. Save them, "
                    "or Cancel to drop them."
                )
            )
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self._editing = None
        if not accepted or self.vault is None:
            return
        attrs, vault = dialog.attributes(), self.vault

        self.runner.unit(
            vault,
            lambda s: attendance.update_participant(s, person.id, attrs),
            lambda _r: self.reload(),
            self._failed,
        )

    def _ask_erase(self) -> None:
        person = self.selected
        if person is None:
            return
        typed, ok = QInputDialog.getText(
            self,
            self.tr("Erase a participant"),
            self.tr(
                "Erasing deletes this person's code, attributes, memo and register lines. "
                "Their attendance stays in the anonymous totals. This cannot be undone.\n\n"
                "Type the code %1 to confirm:"
            ).replace("%1", person.code),
        )
        if ok:
            self.erase(person, typed)

    def erase(self, person: ParticipantInfo, typed_code: str) -> None:
        """Erase the person if the typed code matches theirs."""
        vault = self.vault
        if vault is None:
            return
        if not participant_codes.same_code(typed_code, person.code):
            self.message.setStyleSheet(error_style())
            self.message.setText(self.tr("The code typed does not match: nothing was erased."))
            return

        self.runner.unit(vault, lambda s: retention.erase(s, person.id), self._erased, self._failed)

    def _erased(self, report: retention.ErasureReport) -> None:
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("Erased. %1 register line(s) folded into the anonymous totals.").replace(
                "%1", str(report.attendance_lines)
            )
        )
        self._show_details(None, ())
        self.reload()
