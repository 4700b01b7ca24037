"""The session dialog's one service entry point: newcomers, people added by code, overlaps."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.scheduling.conftest import (  # the programme fixtures, shared with these tests
    Directory,
    directory,
    shared_vault,
    vault,
    weekly,
)
from vpi_groups.attendance import registers as att
from vpi_groups.attendance.registers import (
    AttendanceError,
    AttendanceErrorCode,
    ParticipantAttributes,
)
from vpi_groups.scheduling import records, series
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.scheduling.conflicts import ConflictKind
from vpi_groups.session_edits import (
    NewParticipant,
    ParticipantCode,
    SessionEdit,
    participant_codes,
    save_session,
)
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import (
    AgeBand,
    AttendanceStatus,
    Enrolment,
    Participant,
    ReferralSource,
    SessionStatus,
)
from vpi_groups.validation import SessionStateError

__all__ = ["directory", "shared_vault", "vault"]

P, A = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT


def _group(vault: vaults.Vault, directory: Directory, name: str, weekday: int) -> list[int]:
    """A closed weekly group at 18:00 led by the first two facilitators; its session ids."""
    with vault.session() as s:
        change = series.create_group(
            s,
            records.GroupSpec(
                name,
                directory.action,
                directory.facilitators[:2],
                weekly(dt.date(2026, 3, 2), weekday=weekday, count=3),
                room_id=directory.room,
            ),
        )
        return [c.id for c in change.created]


def _as_stored(vault: vaults.Vault, session_id: int) -> SessionEdit:
    with vault.session() as s:
        info = records.get_session(s, session_id)
    return SessionEdit(
        session_id=session_id,
        start=info.start,
        end=info.end,
        status=info.status,
        cancel_reason=info.cancel_reason,
        room_id=info.room_id,
        facilitator_ids=info.facilitator_ids,
    )


def _count(vault: vaults.Vault, model: type[Participant] | type[Enrolment]) -> int:
    with vault.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_a_newcomer_and_a_person_added_by_code_are_written_with_the_rest(
    vault: vaults.Vault, directory: Directory
) -> None:
    sid = _group(vault, directory, "Groupe du mardi", 1)[0]
    with vault.session() as s:
        known = att.create_participant(s, ParticipantAttributes()).id  # in no group yet
    newcomer = ParticipantAttributes(AgeBand.FROM_26_TO_35, referral_source=ReferralSource.UNKNOWN)
    edit = dataclasses.replace(
        _as_stored(vault, sid),
        note="Première séance",
        added=(known,),
        attendance={known: A},
        new_participants=(NewParticipant(newcomer, P),),
    )
    with vault.session() as s:
        saved = save_session(s, edit)
    (created,) = saved.new_participants
    assert created.code
    assert created.age_band is AgeBand.FROM_26_TO_35
    assert created.referral_source is ReferralSource.UNKNOWN
    with vault.session() as s:
        register = att.register(s, sid)
        assert {line.participant_id: line.status for line in register.lines} == {
            known: A,
            created.id: P,
        }
        assert all(line.enrolled for line in register.lines)
        assert att.get_note(s, sid) == "Première séance"
    assert {line.code for line in saved.register.lines} == {created.code} | {
        c.code for c in _codes(vault) if c.participant_id == known
    }


def _codes(vault: vaults.Vault) -> tuple[ParticipantCode, ...]:
    with vault.session() as s:
        return participant_codes(s)


def test_a_refused_save_leaves_no_newcomer_behind(
    vault: vaults.Vault, directory: Directory
) -> None:
    """Cancelling a session where someone is marked present is refused: nothing is kept."""
    sid = _group(vault, directory, "Groupe du mardi", 1)[0]
    people, enrolments = _count(vault, Participant), _count(vault, Enrolment)
    edit = dataclasses.replace(
        _as_stored(vault, sid),
        status=SessionStatus.CANCELLED,
        cancel_reason="Salle inondée",
        new_participants=(NewParticipant(ParticipantAttributes(), P),),
    )
    with pytest.raises(SessionStateError), vault.session() as s:
        save_session(s, edit)
    assert (_count(vault, Participant), _count(vault, Enrolment)) == (people, enrolments)


def test_newcomers_need_a_group_session(vault: vaults.Vault, directory: Directory) -> None:
    with vault.session() as s:
        start = dt.datetime(2026, 3, 4, 9, tzinfo=dt.UTC)
        info = scheduling.add_action_session(
            s, directory.training, start, start + dt.timedelta(hours=2)
        )
    edit = dataclasses.replace(
        _as_stored(vault, info.id), new_participants=(NewParticipant(ParticipantAttributes()),)
    )
    with pytest.raises(AttendanceError) as refused, vault.session() as s:
        save_session(s, edit)
    assert refused.value.code is AttendanceErrorCode.NOT_A_GROUP_SESSION
    assert _count(vault, Participant) == 0


def test_a_move_onto_another_session_reports_the_overlap_it_creates(
    vault: vaults.Vault, directory: Directory
) -> None:
    tuesday = _group(vault, directory, "Groupe du mardi", 1)
    wednesday = _group(vault, directory, "Groupe du mercredi", 2)
    edit = _as_stored(vault, tuesday[0])
    assert edit.start == dt.datetime(2026, 3, 3, 17, tzinfo=dt.UTC)  # 18:00 in Paris
    day = dt.timedelta(days=1)
    moved = dataclasses.replace(edit, start=edit.start + day, end=edit.end + day)
    with vault.preview() as s:
        tried = save_session(s, moved)
    # Both facilitators and the room are now booked twice, by the Wednesday session.
    assert [(o.kind, o.resource_name) for o in tried.overlaps] == [
        (ConflictKind.FACILITATOR, "Awa"),
        (ConflictKind.FACILITATOR, "Bruno"),
        (ConflictKind.ROOM, "Salle Jaurès"),
    ]
    assert {(o.session_id, o.title) for o in tried.overlaps} == {
        (wednesday[0], "Groupe du mercredi")
    }
    assert {(o.start, o.end) for o in tried.overlaps} == {
        (moved.start, moved.end)  # the Wednesday session's own times
    }
    with vault.session() as s:  # the preview kept nothing
        assert records.get_session(s, tuesday[0]).start == edit.start
    with vault.session() as s:
        saved = save_session(s, moved)
    assert len(saved.overlaps) == 3
    with vault.session() as s:  # Awa and Bruno were booked twice before: not reported again
        again = save_session(s, dataclasses.replace(moved, room_id=directory.small_room))
    assert again.overlaps == ()
    with vault.session() as s:
        back = save_session(s, dataclasses.replace(moved, room_id=directory.room))
    assert [(o.kind, o.resource_name) for o in back.overlaps] == [
        (ConflictKind.ROOM, "Salle Jaurès")
    ]


def test_participant_codes_lists_every_participant_by_code(
    vault: vaults.Vault, directory: Directory
) -> None:
    with vault.session() as s:
        made = {att.create_participant(s, ParticipantAttributes()) for _ in range(3)}
    with vault.session() as s:
        listed = participant_codes(s)
    assert [c.code for c in listed] == sorted(p.code for p in made)
    assert {(c.participant_id, c.code) for c in listed} == {(p.id, p.code) for p in made}
