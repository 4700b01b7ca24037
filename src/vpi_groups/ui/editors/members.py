"""A working group's members, in the action editor: who, who leads, how many.

A checkable list of the directory's active facilitators ("name — organisation"; a
member who left the directory since stays listed, so that saving loses nobody), a
choice of the lead among the ticked members, and a live count, with a warning when
the group is outside its usual 6 to 8 members (not for a governance body, which
gathers as many partners as it has). The list is read from the directory on the
database worker; members given before it arrives (a stored action, a draft put
back) are kept and ticked once it does.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from vpi_groups.language import alphabetical
from vpi_groups.programme import records as programme
from vpi_groups.programme.records import MEMBERS_USUAL
from vpi_groups.ui.errors import error_style


@dataclass(frozen=True)
class Candidate:
    """A facilitator who may be a member: id, name, organisation's name, still active."""

    id: int
    name: str
    organisation: str
    active: bool


def read_candidates(session: Session) -> tuple[Candidate, ...]:
    """Every facilitator of the directory, with their organisation's name (worker side)."""
    names = {o.id: o.spec.name for o in programme.list_organisations(session)}
    people = [
        Candidate(f.id, f.spec.name, names.get(f.spec.organisation_id or 0, ""), f.spec.active)
        for f in programme.list_facilitators(session)
    ]
    return tuple(sorted(people, key=lambda c: (alphabetical(c.name), c.id)))


class MembersField(QWidget):
    """Members (checkable list), lead (combo among them), and their count.

    ``value()`` / ``set_value()`` carry both members and lead as JSON text, so that
    the editor's undo and drafts keep them together.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("membersField")
        self._members: tuple[int, ...] = ()  # the source of truth, sorted ids
        self._lead: int | None = None
        self._candidates: dict[int, Candidate] = {}
        self._filling = False
        self._loaded_once = False
        self._warn_size = True
        self.list = QListWidget(self)
        self.list.setObjectName("membersList")
        self.list.setAccessibleName(self.tr("Members"))
        self.list.setMinimumHeight(120)
        self.list.setMaximumHeight(170)
        self.list.itemChanged.connect(self._ticked)
        self.lead = QComboBox(self)
        self.lead.setObjectName("membersLead")
        self.lead.setAccessibleName(self.tr("Led by"))
        self.lead.currentIndexChanged.connect(self._lead_chosen)
        self.count = QLabel(self)
        self.count.setObjectName("membersCount")
        self.warning = QLabel(self)
        self.warning.setObjectName("membersWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(error_style())
        self.empty = QLabel(self.tr("The directory has no facilitator yet: add them there."), self)
        self.empty.setObjectName("membersEmpty")
        self.empty.setWordWrap(True)
        self.empty.hide()
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        lead_label = QLabel(self.tr("Led by:"), self)
        lead_label.setBuddy(self.lead)
        form.addRow(lead_label, self.lead)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.count)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        self._refresh()

    # ------------------------------------------------------------ the directory

    def set_candidates(self, candidates: Sequence[Candidate]) -> None:
        """Offer the directory's active facilitators (and current members who left)."""
        self._candidates = {c.id: c for c in candidates}
        self._loaded_once = True
        self._refresh()

    def candidates_loaded(self) -> bool:
        """Whether the directory has been read."""
        return self._loaded_once

    def _label(self, person: Candidate | None, pid: int) -> str:
        if person is None:
            return self.tr("Facilitator %1").replace("%1", str(pid))
        text = person.name if not person.organisation else f"{person.name} — {person.organisation}"
        if not person.active:
            text = self.tr("%1 (no longer active)").replace("%1", text)
        return text

    def _refresh(self) -> None:
        """Show the list, the lead's choices and the count from the values held."""
        self._filling = True
        try:
            row = self.list.currentRow()
            self.list.clear()
            shown = [c for c in self._candidates.values() if c.active or c.id in self._members]
            known = {c.id for c in shown}
            for pid in self._members:  # a member unknown to the list read (never lost)
                if pid not in known:
                    shown.append(Candidate(pid, "", "", False))
            for person in shown:
                item = QListWidgetItem(
                    self._label(self._candidates.get(person.id), person.id), self.list
                )
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = person.id in self._members
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            if 0 <= row < self.list.count():
                self.list.setCurrentRow(row)
        finally:
            self._filling = False
        self._show_lead()

    def _show_lead(self) -> None:
        """The lead's choices (nobody, then the members), and the count."""
        self._filling = True
        try:
            self.lead.clear()
            self.lead.addItem(self.tr("Nobody in particular"), None)
            for pid in self._members:
                self.lead.addItem(self._name(pid), pid)
            self.lead.setCurrentIndex(max(0, self.lead.findData(self._lead)))
        finally:
            self._filling = False
        self._count()

    def _name(self, pid: int) -> str:
        person = self._candidates.get(pid)
        return person.name if person is not None else self._label(None, pid)

    def _count(self) -> None:
        number = len(self._members)
        self.count.setText(self.tr("%n member(s)", "", number))
        low, high = MEMBERS_USUAL
        self.warning.setText(
            self.tr("A working group usually has 6 to 8 members.")
            if self._warn_size and number and not low <= number <= high
            else ""
        )
        self.warning.setVisible(bool(self.warning.text()))
        self.empty.setVisible(self.list.count() == 0 and self._loaded_once)

    def set_usual_size_warned(self, warned: bool) -> None:
        """Whether a count outside the usual 6 to 8 members is warned about."""
        self._warn_size = warned
        self._count()

    # ------------------------------------------------------------ edits

    def _ticked(self, _item: QListWidgetItem) -> None:
        if self._filling:
            return
        ticked = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ticked.append(int(item.data(Qt.ItemDataRole.UserRole)))
        self._members = tuple(sorted(ticked))
        if self._lead not in self._members:
            self._lead = None
        self._show_lead()  # the list stays as it is: its items are not made anew
        self.changed.emit()

    def _lead_chosen(self, _index: int) -> None:
        if self._filling:
            return
        data = self.lead.currentData()
        self._lead = None if data is None else int(data)
        self.changed.emit()

    # ------------------------------------------------------------ the values

    def members(self) -> tuple[int, ...]:
        """The members' ids."""
        return self._members

    def lead_id(self) -> int | None:
        """The lead's id (None: nobody in particular)."""
        return self._lead

    def set_members(self, members: Sequence[int], lead: int | None) -> None:
        """Show these members and this lead (announced by ``changed``)."""
        self._members = tuple(sorted(set(members)))
        self._lead = lead if lead in self._members else None
        self._refresh()
        self.changed.emit()

    def set_checked(self, pid: int, checked: bool) -> None:
        """Tick or untick one facilitator, as a click does."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if int(item.data(Qt.ItemDataRole.UserRole)) == pid:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return

    def value(self) -> str:
        """Members and lead as JSON text (the editor's undo and drafts keep it)."""
        return json.dumps({"members": list(self._members), "lead": self._lead})

    def set_value(self, value: str) -> None:
        """Show the members and lead of :meth:`value`."""
        plain = json.loads(value or "{}")
        lead = plain.get("lead")
        self.set_members(
            [int(p) for p in plain.get("members", [])], None if lead is None else int(lead)
        )
