"""Saving a session as its dialog edits it: one unit of work, kept whole or not at all."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from sqlalchemy import event, func, select

from tests.scheduling.conftest import Directory, weekly
from vpi_groups.attendance import registers as att
from vpi_groups.attendance.registers import (
    AttendanceError,
    AttendanceErrorCode,
    ParticipantAttributes,
)
from vpi_groups.scheduling import records, series
from vpi_groups.session_edits import SessionEdit, save_session
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Attendance, AttendanceStatus, SessionStatus
from vpi_groups.validation import RequiredError

P, E, A = AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT
HOUR = dt.timedelta(hours=1)


def _group_with_people(vault: vaults.Vault, directory: Directory) -> tuple[int, list[int]]:
    """A closed weekly group (first session's id) and two participants enrolled in it."""
    with vault.session() as s:
        change = series.create_group(
            s,
            records.GroupSpec(
                "Groupe du mardi",
                directory.action,
                directory.facilitators[:2],
                weekly(),
                room_id=directory.room,
            ),
        )
        people = [att.create_participant(s, ParticipantAttributes()).id for _ in range(2)]
        for pid in people:
            att.enrol(s, pid, change.group.id, dt.date(2026, 3, 1))
    return change.created[0].id, people


def _as_stored(vault: vaults.Vault, session_id: int) -> SessionEdit:
    """An edit that changes nothing: the session as stored, with its register and note."""
    with vault.session() as s:
        info = records.get_session(s, session_id)
        register = att.register(s, session_id)
        note = att.get_note(s, session_id)
    return SessionEdit(
        session_id=session_id,
        start=info.start,
        end=info.end,
        status=info.status,
        cancel_reason=info.cancel_reason,
        room_id=info.room_id,
        facilitator_ids=info.facilitator_ids,
        attendance={line.participant_id: line.status for line in register.lines if line.status},
        headcount=register.headcount,
        note=note,
    )


def test_fields_register_and_note_are_saved_in_one_unit(
    vault: vaults.Vault, directory: Directory
) -> None:
    sid, people = _group_with_people(vault, directory)
    before = _as_stored(vault, sid)
    edit = dataclasses.replace(
        before,
        start=before.start + HOUR,
        end=before.end + HOUR,
        status=SessionStatus.HELD,
        room_id=directory.small_room,
        facilitator_ids=(directory.facilitators[2],),
        attendance={people[0]: P, people[1]: A},
        note="Bonne séance.",
    )
    commits: list[int] = []

    def on_commit(_conn: Any) -> None:
        commits.append(1)

    event.listen(vault.engine, "commit", on_commit)
    try:
        with vault.session() as s:
            saved = save_session(s, edit)
    finally:
        event.remove(vault.engine, "commit", on_commit)
    assert len(commits) == 1
    assert (saved.info.start, saved.info.end) == (edit.start, edit.end)
    assert saved.info.status is SessionStatus.HELD
    assert saved.info.room_id == directory.small_room
    assert saved.info.facilitator_ids == (directory.facilitators[2],)
    assert (saved.info.moved, saved.info.room_edited, saved.info.facilitators_edited) == (
        True,
        True,
        True,
    )
    assert {line.participant_id: line.status for line in saved.register.lines} == {
        people[0]: P,
        people[1]: A,
    }
    assert saved.note == "Bonne séance."
    assert _as_stored(vault, sid) == edit


def test_saving_what_is_stored_changes_nothing(vault: vaults.Vault, directory: Directory) -> None:
    sid, _people = _group_with_people(vault, directory)
    with vault.session() as s:
        revision = records.get_session(s, sid).revision
        save_session(s, _as_stored(vault, sid))
        assert records.get_session(s, sid).revision == revision


def test_a_refused_register_keeps_none_of_the_edit(
    vault: vaults.Vault, directory: Directory
) -> None:
    sid, people = _group_with_people(vault, directory)
    with vault.session() as s:
        stranger = att.create_participant(s, ParticipantAttributes()).id
    before = _as_stored(vault, sid)
    edit = dataclasses.replace(
        before,
        start=before.start + HOUR,
        end=before.end + HOUR,
        room_id=None,
        facilitator_ids=directory.facilitators[2:],
        attendance={people[0]: P, stranger: P},  # a closed group: the stranger is refused
        note="Ne doit pas rester.",
    )
    with pytest.raises(AttendanceError) as exc, vault.session() as s:
        save_session(s, edit)
    assert exc.value.code == AttendanceErrorCode.NOT_ENROLLED
    assert _as_stored(vault, sid) == before  # times, room, facilitators and note as they were
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Attendance)) == 0
        assert records.get_session(s, sid).revision == 0


def test_one_save_moves_and_cancels(vault: vaults.Vault, directory: Directory) -> None:
    sid, _people = _group_with_people(vault, directory)
    before = _as_stored(vault, sid)
    edit = dataclasses.replace(
        before,
        start=before.start + HOUR,
        end=before.end + HOUR,
        status=SessionStatus.CANCELLED,
        cancel_reason="Salle indisponible",
    )
    with vault.session() as s:
        saved = save_session(s, edit)
    assert saved.info.status is SessionStatus.CANCELLED
    assert saved.info.cancel_reason == "Salle indisponible"
    assert saved.info.start == edit.start
    reinstated = dataclasses.replace(edit, status=SessionStatus.PLANNED, cancel_reason=None)
    with vault.session() as s:
        assert save_session(s, reinstated).info.status is SessionStatus.PLANNED


def test_a_cancellation_without_a_reason_keeps_none_of_the_edit(
    vault: vaults.Vault, directory: Directory
) -> None:
    sid, _people = _group_with_people(vault, directory)
    before = _as_stored(vault, sid)
    edit = dataclasses.replace(
        before, status=SessionStatus.CANCELLED, cancel_reason=None, note="Annulée ?"
    )
    with pytest.raises(RequiredError), vault.session() as s:
        save_session(s, edit)
    assert _as_stored(vault, sid) == before


def test_a_headcount_replaces_an_empty_register_and_back(
    vault: vaults.Vault, directory: Directory
) -> None:
    sid, people = _group_with_people(vault, directory)
    before = _as_stored(vault, sid)
    with vault.session() as s:
        saved = save_session(s, dataclasses.replace(before, attendance={}, headcount=5))
    assert saved.register.headcount == 5
    with vault.session() as s:
        saved = save_session(s, dataclasses.replace(before, attendance={people[0]: E}))
    assert saved.register.headcount is None
    assert [(line.participant_id, line.status) for line in saved.register.lines if line.status] == [
        (people[0], E)
    ]
