"""Participants, enrolments, registers, headcounts and notes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import event, func, select

from tests.attendance.conftest import GroupWithSessions, make_group
from tests.scheduling.conftest import Directory
from vpi_groups.attendance import codes as participant_codes
from vpi_groups.attendance import registers as att
from vpi_groups.attendance import retention
from vpi_groups.attendance.registers import (
    AttendanceError,
    AttendanceErrorCode,
    ParticipantAttributes,
)
from vpi_groups.scheduling import records
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import (
    AgeBand,
    Attendance,
    AttendanceStatus,
    Participant,
    ReferralSource,
    SessionStatus,
)
from vpi_groups.validation import NotFoundError, SessionStateError

P, E, A = AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT


def _people(vault: vaults.Vault, group: GroupWithSessions, n: int) -> list[int]:
    with vault.session() as s:
        ids = [
            att.create_participant(
                s,
                ParticipantAttributes(AgeBand.FROM_26_TO_35, referral_source=ReferralSource.POLICE),
            ).id
            for _ in range(n)
        ]
        for pid in ids:
            att.enrol(s, pid, group.group_id, dt.date(2026, 3, 1))
    return ids


def test_participant_gets_a_valid_random_code(vault: vaults.Vault) -> None:
    with vault.session() as s:
        a = att.create_participant(s, ParticipantAttributes(memo="suivie par le CMP"))
        b = att.create_participant(s, ParticipantAttributes())
        assert participant_codes.is_valid(a.code)
        assert a.code != b.code
        assert att.get_memo(s, a.id) == "suivie par le CMP"
        assert att.find_by_code(s, a.code.lower()).id == a.id
        with pytest.raises(AttendanceError) as exc:
            att.find_by_code(s, "ZZZZZZZ")
        assert exc.value.code in (
            AttendanceErrorCode.INVALID_CODE,
            AttendanceErrorCode.UNKNOWN_PARTICIPANT,
        )


def test_consent_in_the_future_writes_nothing(vault: vaults.Vault) -> None:
    tomorrow = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)
    with pytest.raises(AttendanceError) as exc, vault.session() as s:
        att.create_participant(s, ParticipantAttributes(consent_date=tomorrow))
    assert exc.value.code == AttendanceErrorCode.CONSENT_IN_FUTURE
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Participant)) == 0


def test_register_of_eight_is_one_transaction(
    vault: vaults.Vault, group: GroupWithSessions
) -> None:
    ids = _people(vault, group, 8)
    commits: list[int] = []

    def on_commit(_conn: Any) -> None:
        commits.append(1)

    event.listen(vault.engine, "commit", on_commit)
    try:
        statuses = {pid: (P if i < 6 else E if i == 6 else A) for i, pid in enumerate(ids)}
        with vault.session() as s:
            reg = att.record_attendance(s, group.session_ids[0], statuses)
    finally:
        event.remove(vault.engine, "commit", on_commit)
    assert len(commits) == 1
    assert [line.status for line in reg.lines].count(P) == 6
    assert {line.participant_id for line in reg.lines} == set(ids)


def test_one_bad_line_keeps_the_whole_register_out(
    vault: vaults.Vault, group: GroupWithSessions
) -> None:
    ids = _people(vault, group, 7)
    with vault.session() as s:
        stranger = att.create_participant(s, ParticipantAttributes()).id
    statuses = dict.fromkeys(ids, P) | {stranger: P}
    with pytest.raises(AttendanceError) as exc, vault.session() as s:
        att.record_attendance(s, group.session_ids[0], statuses)
    assert exc.value.code == AttendanceErrorCode.NOT_ENROLLED
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Attendance)) == 0


def test_open_group_takes_newcomers_and_enrols_them(
    vault: vaults.Vault, directory: Directory
) -> None:
    group = make_group(vault, directory, is_open=True, name="Groupe ouvert")
    with vault.session() as s:
        newcomer = att.add_participant_to_session(
            s, group.session_ids[1], ParticipantAttributes(AgeBand.FROM_36_TO_45)
        )
        reg = att.register(s, group.session_ids[1])
    assert newcomer.group_ids == (group.group_id,)
    assert [(line.code, line.status, line.enrolled) for line in reg.lines] == [
        (newcomer.code, P, True)
    ]


def test_a_register_written_is_read_back_later_and_headcount_says_which_mode(
    vault: vaults.Vault, group: GroupWithSessions
) -> None:
    ids = _people(vault, group, 2)
    first, second = group.session_ids[0], group.session_ids[1]
    with vault.session() as s:
        att.write_attendance(s, first, {ids[0]: P, ids[1]: A})
        att.set_headcount(s, second, 7)
    with vault.session() as s:
        marks = {line.participant_id: line.status for line in att.register(s, first).lines}
        assert marks == {ids[0]: P, ids[1]: A}
        assert att.headcount(s, first) is None
        assert att.headcount(s, second) == 7
        with pytest.raises(AttendanceError) as exc:
            att.write_attendance(s, second, {ids[0]: P})
    assert exc.value.code == AttendanceErrorCode.HEADCOUNT_SESSION


def test_correcting_a_register(vault: vaults.Vault, group: GroupWithSessions) -> None:
    ids = _people(vault, group, 2)
    sid = group.session_ids[0]
    with vault.session() as s:
        att.record_attendance(s, sid, {ids[0]: P, ids[1]: A})
    with vault.session() as s:
        reg = att.record_attendance(s, sid, {ids[1]: E})
    assert {line.participant_id: line.status for line in reg.lines} == {ids[0]: P, ids[1]: E}


def test_first_and_last_attendance_are_derived(
    vault: vaults.Vault, group: GroupWithSessions
) -> None:
    (pid,) = _people(vault, group, 1)
    with vault.session() as s:
        assert att.get_participant(s, pid).first_attendance is None
        att.record_attendance(s, group.session_ids[2], {pid: P})
        att.record_attendance(s, group.session_ids[5], {pid: P})
        att.record_attendance(s, group.session_ids[7], {pid: A})
        info = att.get_participant(s, pid)
        listed = att.list_participants(s, group_id=group.group_id)
    with vault.session() as s:
        starts = {sid: records.get_session(s, sid).start for sid in group.session_ids}
    assert info.first_attendance == starts[group.session_ids[2]]
    assert info.last_attendance == starts[group.session_ids[5]], "an absence is not attendance"
    assert listed == (info,)


def test_headcount_mode(vault: vaults.Vault, group: GroupWithSessions) -> None:
    ids = _people(vault, group, 1)
    first, second = group.session_ids[:2]
    with vault.session() as s:
        att.set_headcount(s, first, 9)
        assert att.register(s, first).headcount == 9
    with pytest.raises(AttendanceError) as exc, vault.session() as s:
        att.record_attendance(s, first, {ids[0]: P})
    assert exc.value.code == AttendanceErrorCode.HEADCOUNT_SESSION
    with vault.session() as s:
        att.record_attendance(s, second, {ids[0]: P})
    with pytest.raises(AttendanceError) as exc, vault.session() as s:
        att.set_headcount(s, second, 4)
    assert exc.value.code == AttendanceErrorCode.REGISTER_SESSION
    with pytest.raises(AttendanceError), vault.session() as s:
        att.set_headcount(s, first, -1)
    with vault.session() as s:
        att.set_headcount(s, first, None)
        assert att.register(s, first).headcount is None


def _cancel_refused(vault: vaults.Vault, session_id: int) -> None:
    with pytest.raises(SessionStateError) as exc, vault.session() as s:
        scheduling.cancel_session(s, session_id, "Salle indisponible")
    assert (exc.value.operation, exc.value.reason) == ("cancel", "attendance-recorded")
    with vault.session() as s:
        assert records.get_session(s, session_id).status == SessionStatus.PLANNED


def test_a_session_where_people_came_cannot_be_cancelled(
    vault: vaults.Vault, group: GroupWithSessions
) -> None:
    """Cancelled sessions have no attendance: the reports would count it otherwise."""
    ids = _people(vault, group, 2)
    marked, counted, purged, empty = group.session_ids[:4]
    with vault.session() as s:
        att.record_attendance(s, marked, {ids[0]: P, ids[1]: E})
        att.set_headcount(s, counted, 3)
        att.record_attendance(s, purged, {ids[1]: P})
        att.record_attendance(s, empty, {ids[0]: A, ids[1]: E})
    _cancel_refused(vault, marked)
    _cancel_refused(vault, counted)
    with vault.session() as s:  # once folded into the anonymous totals, still there
        retention.erase(s, ids[1])
    _cancel_refused(vault, purged)
    with vault.session() as s:  # nobody present: the session may be cancelled
        att.record_attendance(s, marked, {ids[0]: A})
        att.set_headcount(s, counted, 0)
        for sid in (marked, counted, empty):
            scheduling.cancel_session(s, sid, "Salle indisponible")
            assert records.get_session(s, sid).status == SessionStatus.CANCELLED
    with pytest.raises(AttendanceError) as exc, vault.session() as s:  # nor come in afterwards
        att.set_headcount(s, counted, 5)
    assert exc.value.code == AttendanceErrorCode.CANCELLED_SESSION
    with pytest.raises(AttendanceError) as exc, vault.session() as s:
        att.record_attendance(s, empty, {ids[0]: P})
    assert exc.value.code == AttendanceErrorCode.CANCELLED_SESSION
    with vault.session() as s:
        att.set_headcount(s, counted, 0)
        assert att.register(s, counted).headcount == 0


def test_notes(vault: vaults.Vault, group: GroupWithSessions) -> None:
    sid = group.session_ids[0]
    with vault.session() as s:
        assert att.get_note(s, sid) == ""
        att.set_note(s, sid, "Thème : la confiance. Deux nouvelles personnes.")
    with vault.session() as s:
        assert att.get_note(s, sid).startswith("Thème")
        att.set_note(s, sid, "   ")
    with vault.session() as s:
        assert att.get_note(s, sid) == ""
    with pytest.raises(AttendanceError), vault.session() as s:
        att.set_note(s, sid, "x" * (att.NOTE_MAX + 1))


def test_unknown_records_are_the_shared_not_found_error(vault: vaults.Vault) -> None:
    """Ids that name nothing: the same typed error as every other service (validation)."""
    with vault.session() as s:
        person = att.create_participant(s, ParticipantAttributes())
    cases = {
        "session": lambda s: att.register(s, 987_654),
        "group": lambda s: att.enrol(s, person.id, 987_654, dt.date(2026, 3, 2)),
        "participant": lambda s: retention.erase(s, 987_654),
    }
    for entity, call in cases.items():
        with pytest.raises(NotFoundError) as exc, vault.session() as s:
            call(s)
        assert exc.value.entity == entity
        assert exc.value.ids == (987_654,)
