"""Working groups: members, meetings like any session, who came, minutes, decisions, tasks.

The figures the report publishes are counted here by hand from what the tests wrote.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import json
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, text

from tests.scheduling.conftest import Directory
from vpi_groups import vault_settings
from vpi_groups.programme import records as programme
from vpi_groups.reports import indicators as reports
from vpi_groups.reports.indicators import PeriodSpec
from vpi_groups.scheduling import agenda, conflicts, records
from vpi_groups.scheduling import meetings as wg
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.storage import audit, migrate
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Action, ActionKind, AuditKind, Sector
from vpi_groups.validation import (
    InvalidChoiceError,
    InvalidValueError,
    NaiveDateTimeError,
    NotApplicableError,
    NotFoundError,
    OutOfRangeError,
    RequiredError,
    SessionStateError,
)

PARIS = ZoneInfo("Europe/Paris")


def at(month: int, day: int, hour: int) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, tzinfo=PARIS)


def group_spec(directory: Directory, **changes: object) -> programme.ActionSpec:
    awa, bruno, chloe, _driss = directory.facilitators
    spec = programme.ActionSpec(
        "Commission formation",
        ActionKind.WORKING_GROUP,
        2026,
        members=(awa, bruno, chloe),
        lead_id=bruno,
        theme_axis=ActionKind.TRAINING,
    )
    return dataclasses.replace(spec, **changes)  # type: ignore[arg-type]


@pytest.fixture
def group(vault: vaults.Vault, directory: Directory) -> int:
    with vault.session() as s:
        return programme.create_action(s, group_spec(directory)).id


def test_a_working_group_keeps_its_members_lead_and_axis(
    vault: vaults.Vault, directory: Directory, group: int
) -> None:
    awa, bruno, chloe, driss = directory.facilitators
    with vault.session() as s:
        info = programme.get_action(s, group)
        # members come back in dictionary order: Awa, Bruno, Chloé
        assert info.spec.members == (awa, bruno, chloe)
        assert info.spec.lead_id == bruno
        assert info.spec.theme_axis is ActionKind.TRAINING
        changed = programme.update_action(
            s, group, dataclasses.replace(info.spec, members=(driss, awa), lead_id=driss)
        )
        assert changed.spec.members == (awa, driss)
        assert [m.name for m in wg.members(s, group)] == ["Awa", "Driss"]
        # renewed next year: the same people on the same axis
        renewal = programme.renew_action(s, group)
        assert renewal.spec.members == (awa, driss)
        assert renewal.spec.lead_id == driss
        assert renewal.spec.theme_axis is ActionKind.TRAINING


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"lead_id": -1}, InvalidValueError),  # a lead who is not a member
        ({"members": (999_999,), "lead_id": None}, NotFoundError),
        ({"theme_axis": ActionKind.PLENARY}, InvalidChoiceError),
        ({"kind": ActionKind.TRAINING}, NotApplicableError),  # members on a training
    ],
)
def test_what_a_working_group_refuses(
    vault: vaults.Vault, directory: Directory, changes: dict[str, object], error: type[Exception]
) -> None:
    if changes.get("lead_id") == -1:
        changes = {"lead_id": directory.facilitators[3]}  # Driss is not a member
    with vault.session() as s, pytest.raises(error):
        programme.create_action(s, group_spec(directory, **changes))
    with vault.session() as s:
        assert programme.list_actions(s, kind=ActionKind.WORKING_GROUP) == ()


def test_meetings_are_sessions_in_the_agenda_with_their_conflicts(
    vault: vaults.Vault, directory: Directory, group: int
) -> None:
    awa = directory.facilitators[0]
    with vault.session() as s:
        meeting = scheduling.add_action_session(
            s, group, at(3, 10, 14), at(3, 10, 16), facilitator_ids=[awa], room_id=directory.room
        )
        training = scheduling.add_action_session(
            s, directory.training, at(3, 10, 15), at(3, 10, 17), facilitator_ids=[awa]
        )
        shown = agenda.entries(s, at(3, 1, 0), at(4, 1, 0))
        assert [(e.session_id, e.title) for e in shown] == [
            (meeting.id, "Commission formation"),
            (training.id, "Formation"),
        ]
        found = conflicts.find_conflicts(s, session_ids=[training.id])
        assert [(c.kind, c.first_session_id, c.second_session_id) for c in found] == [
            (conflicts.ConflictKind.FACILITATOR, meeting.id, training.id)
        ]


def test_members_present_minutes_and_what_a_meeting_keeps_from_deletion(
    vault: vaults.Vault, directory: Directory, group: int
) -> None:
    awa, bruno, _chloe, driss = directory.facilitators
    with vault.session() as s:
        meeting = scheduling.add_action_session(s, group, at(3, 10, 14), at(3, 10, 16)).id
        assert wg.record_present(s, meeting, [awa, bruno]) == {awa, bruno}
        with pytest.raises(InvalidValueError, match="not-a-member"):
            wg.record_present(s, meeting, [driss])
        wg.save_minutes(s, meeting, "<p>Tour de table</p>", now=at(3, 10, 17))
        assert wg.meeting_minutes(s, meeting) == "<p>Tour de table</p>"
        # what was recorded at it is not lost by a deletion or a cancellation
        with pytest.raises(SessionStateError):
            scheduling.delete_session(s, meeting)
        with pytest.raises(SessionStateError):
            scheduling.cancel_session(s, meeting, "salle indisponible")
        wg.record_present(s, meeting, [])
        wg.save_minutes(s, meeting, "  ")  # blank: forgotten
        assert wg.meeting_minutes(s, meeting) == ""
        scheduling.delete_session(s, meeting)
        # a training's session is not a meeting
        other = scheduling.add_action_session(s, directory.training, at(3, 11, 9), at(3, 11, 12))
        with pytest.raises(InvalidValueError, match="not-a-meeting"):
            wg.save_minutes(s, other.id, "<p>non</p>")
        with pytest.raises(InvalidValueError, match="not-a-working-group"):
            wg.add_meeting(s, directory.training, at(3, 12, 9), at(3, 12, 12))


def test_decisions_and_tasks_with_my_tasks_across_groups(
    vault: vaults.Vault, directory: Directory, group: int
) -> None:
    awa, bruno, chloe, _driss = directory.facilitators
    with vault.session() as s:
        other = programme.create_action(
            s,
            group_spec(
                directory, title="Commission communication", members=(awa, chloe), lead_id=None
            ),
        ).id
        meeting = scheduling.add_action_session(s, group, at(3, 10, 14), at(3, 10, 16)).id
        decided = wg.add_decision(s, group, "Deux dates retenues", session_id=meeting)
        assert decided.decided_on == dt.date(2026, 3, 10)  # the meeting's day
        with pytest.raises(RequiredError):
            wg.add_decision(s, group, "   ")
        with pytest.raises(InvalidValueError, match="other-group"):
            wg.add_decision(s, other, "Ailleurs", session_id=meeting)
        first = wg.add_task(
            s,
            group,
            "Réserver la salle",
            assignee_id=awa,
            due_on=dt.date(2026, 4, 1),
            today=dt.date(2026, 3, 10),
        )
        wg.add_task(s, other, "Relire les affiches", assignee_id=awa, due_on=dt.date(2026, 3, 20))
        wg.add_task(s, group, "Envoyer le compte rendu", assignee_id=bruno)
        mine = wg.tasks(s, assignee_id=awa, include_done=False)
        # by due date, across both groups
        assert [(t.what, t.group) for t in mine] == [
            ("Relire les affiches", "Commission communication"),
            ("Réserver la salle", "Commission formation"),
        ]
        wg.set_task_done(s, first.id, dt.date(2026, 3, 25))
        assert [t.what for t in wg.tasks(s, assignee_id=awa, include_done=False)] == [
            "Relire les affiches"
        ]
        assert wg.tasks(s, assignee_id=awa)[-1].done_on == dt.date(2026, 3, 25)
        assert [t.assignee for t in wg.tasks(s, action_id=group, include_done=False)] == ["Bruno"]


def test_the_report_publishes_meetings_attendance_and_decisions_as_counted(
    vault: vaults.Vault, directory: Directory, group: int
) -> None:
    awa, bruno, chloe, _driss = directory.facilitators
    with vault.session() as s:
        held = []
        for day in (10, 17):
            meeting = scheduling.add_action_session(s, group, at(3, day, 14), at(3, day, 16)).id
            scheduling.mark_held(s, meeting, now=at(3, day, 17))
            held.append(meeting)
        wg.record_present(s, held[0], [awa, bruno, chloe])  # social, justice, health
        wg.record_present(s, held[1], [awa, chloe])  # social, health
        scheduling.add_action_session(s, group, at(6, 9, 14), at(6, 9, 16))  # not held yet
        wg.add_decision(s, group, "Deux dates retenues", session_id=held[0])
        report = reports.build_report(
            s,
            PeriodSpec(dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
            breakdowns=(reports.Breakdown.AXIS,),
            k=3,
        )
    summary = next(t for t in report.tables if t.id == "working-groups-by-action")
    assert [c.exact for c in summary.cells[0]] == [3, 2, 5, 1]  # members, held, present, decisions
    assert summary.row_totals is None  # its columns count different things
    by_sector = next(t for t in report.tables if t.id == "meeting-attendance-by-sector")
    sectors = {
        label.key: cells[0].exact
        for label, cells in zip(by_sector.rows, by_sector.cells, strict=True)
    }
    assert (sectors[Sector.SOCIAL], sectors[Sector.JUSTICE], sectors[Sector.HEALTH]) == (2, 1, 2)
    assert all(c.state is reports.CellState.PUBLISHED for c in by_sector.all_cells())
    # the meetings are not sessions of the programme's actions: no held session, no
    # facilitator at work, no axis row of their own in the sessions' tables
    sessions = next(t for t in report.tables if t.id == "sessions-by-axis")
    assert "working_group" not in [label.key for label in sessions.rows]
    assert sessions.column_totals is not None
    assert [c.exact for c in sessions.column_totals][:2] == [0, 0]  # held, cancelled
    facilitators = next(t for t in report.tables if t.id == "facilitators-by-sector")
    assert all(c.exact == 0 for c in facilitators.all_cells())


def test_the_migration_adds_the_kind_and_its_downgrade_forgets_working_groups(
    tmp_path: object, directory: Directory, vault: vaults.Vault
) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    fresh, _ = vaults.create(
        tmp_path / "fresh", "une commission qui se réunit souvent", kdf_seconds=0
    )
    try:
        with fresh.session() as s:
            people = [
                programme.create_facilitator(s, programme.FacilitatorSpec(n, Sector.SOCIAL)).id
                for n in ("Awa", "Bruno")
            ]
            training = programme.create_action(
                s, programme.ActionSpec("Formation", ActionKind.TRAINING, 2026)
            ).id
            group = programme.create_action(
                s,
                programme.ActionSpec(
                    "Commission", ActionKind.WORKING_GROUP, 2026, members=tuple(people)
                ),
            ).id
            meeting = scheduling.add_action_session(s, group, at(3, 10, 14), at(3, 10, 16)).id
            wg.record_present(s, meeting, people)
            wg.add_task(s, group, "Réserver la salle")
        migrate.downgrade(fresh.engine, "0016_reception_tally")
        with fresh.engine.connect() as c:
            kinds = [r[0] for r in c.execute(text("SELECT kind FROM action"))]
            assert kinds == ["training"]  # the working group and its meeting are gone
            assert c.execute(text("SELECT count(*) FROM session")).scalar() == 0
            with pytest.raises(Exception, match="CHECK"):
                c.execute(text("UPDATE action SET kind = 'working_group'"))
        migrate.upgrade(fresh.engine)
        with fresh.session() as s:
            assert s.scalar(select(func.count()).select_from(Action)) == 1
            programme.create_action(
                s, programme.ActionSpec("Commission", ActionKind.WORKING_GROUP, 2026)
            )
            assert programme.get_action(s, training).spec.kind is ActionKind.TRAINING
    finally:
        fresh.lock()


def test_a_meeting_added_like_any_session_books_the_active_members(
    vault: vaults.Vault, directory: Directory, group: int
) -> None:
    from vpi_groups import session_edits

    awa, bruno, chloe, _driss = directory.facilitators
    with vault.session() as s:
        info = programme.get_facilitator(s, chloe)
        programme.update_facilitator(s, chloe, dataclasses.replace(info.spec, active=False))
        added = session_edits.add_session(
            s, start=at(3, 10, 14), end=at(3, 10, 16), action_id=group
        )
        assert set(added.info.facilitator_ids) == {awa, bruno}  # Chloé has left
        direct = wg.add_meeting(s, group, at(3, 17, 14), at(3, 17, 16))
        assert set(records.get_session(s, direct).facilitator_ids) == {awa, bruno}
        other = session_edits.add_session(
            s, start=at(3, 11, 9), end=at(3, 11, 12), action_id=directory.training
        )
        assert other.info.facilitator_ids == ()  # a training books nobody by default


# ---------------------------------------------------------------- a series of meetings


def test_a_series_of_meetings_every_n_weeks_books_the_active_members(
    vault: vaults.Vault, directory: Directory, group: int
) -> None:
    awa, bruno, chloe, _driss = directory.facilitators
    with vault.session() as s:
        info = programme.get_facilitator(s, chloe)
        programme.update_facilitator(s, chloe, dataclasses.replace(info.spec, active=False))
        # Tuesdays 18:00-20:00 every three weeks, four times, across the change of time
        planned = wg.add_meetings(
            s,
            group,
            at(3, 10, 18),
            at(3, 10, 20),
            every_weeks=3,
            count=4,
            room_id=directory.room,
        )
        assert len(planned) == 4
        found = [records.get_session(s, sid) for sid in planned]
        local = [(i.start.astimezone(PARIS), i.end.astimezone(PARIS)) for i in found]
        assert [start.date() for start, _end in local] == [
            dt.date(2026, 3, 10),
            dt.date(2026, 3, 31),  # summer time since the 29th: still 18:00 on the clock
            dt.date(2026, 4, 21),
            dt.date(2026, 5, 12),
        ]
        assert {(start.hour, end.hour) for start, end in local} == {(18, 20)}
        assert all(set(i.facilitator_ids) == {awa, bruno} for i in found)  # Chloé left
        assert {i.room_id for i in found} == {directory.room}
        assert {i.action_id for i in found} == {group}
        # one meeting by default, as add_meeting plans it
        (single,) = wg.add_meetings(s, group, at(6, 2, 9), at(6, 2, 11), every_weeks=1, count=1)
        assert records.get_session(s, single).start == at(6, 2, 9)


@pytest.mark.parametrize(
    ("every_weeks", "count", "field"),
    [(1, 0, "count"), (1, 53, "count"), (0, 2, "every_weeks"), (13, 2, "every_weeks")],
)
def test_what_a_series_of_meetings_refuses(
    vault: vaults.Vault, directory: Directory, group: int, every_weeks: int, count: int, field: str
) -> None:
    with vault.session() as s:
        with pytest.raises(OutOfRangeError) as refused:
            wg.add_meetings(
                s, group, at(3, 10, 14), at(3, 10, 16), every_weeks=every_weeks, count=count
            )
        assert refused.value.field == field
        with pytest.raises(InvalidValueError, match="not-a-working-group"):
            wg.add_meetings(
                s, directory.training, at(3, 10, 14), at(3, 10, 16), every_weeks=1, count=2
            )
        with pytest.raises(NaiveDateTimeError):
            wg.series_times(dt.datetime(2026, 3, 10, 14), at(3, 10, 16), every_weeks=1, count=2)
        assert records.list_sessions(s, action_id=group) == ()


# ---------------------------------------------------------------- minutes sent to the members


def _members_with_addresses(vault: vaults.Vault, directory: Directory) -> None:
    """Awa and Bruno have an address, Chloé none; the vault has an organiser."""
    awa, bruno, _chloe, _driss = directory.facilitators
    with vault.session() as s:
        for person, address in ((awa, "awa@cidff.example.org"), (bruno, "b.roux@spip.example.org")):
            info = programme.get_facilitator(s, person)
            programme.update_facilitator(s, person, dataclasses.replace(info.spec, email=address))
        vault_settings.save_organisation(s, "Réseau VIF Sud")
        vault_settings.save_organiser_email(s, "coordination@vif.example.org")


def test_the_minutes_go_to_the_members_as_an_unsent_email_with_both_parts(
    vault: vaults.Vault, directory: Directory, group: int
) -> None:
    _members_with_addresses(vault, directory)
    minutes = (
        "<html><head><style>p { margin: 0 }</style></head><body>"
        "<p><b>Ordre du jour</b> : le relogement &amp; l'urgence.</p>"
        "<ul><li>Fiche réflexe</li><li>Annuaire</li></ul></body></html>"
    )
    with vault.session() as s:
        meeting = wg.add_meeting(s, group, at(5, 12, 14), at(5, 12, 16))
        wg.save_minutes(s, meeting, minutes)
        before = len(audit.entries(s))
        data = wg.minutes_draft(s, meeting, now=at(5, 13, 9))
        entries = audit.entries(s)
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Compte rendu : Commission formation — 12/05/2026"
    (sender,) = message["From"].addresses
    assert (sender.display_name, sender.addr_spec) == (
        "Réseau VIF Sud",
        "coordination@vif.example.org",
    )
    # the members with an address, in dictionary order: Chloé has none
    assert [(a.display_name, a.addr_spec) for a in message["To"].addresses] == [
        ("Awa", "awa@cidff.example.org"),
        ("Bruno", "b.roux@spip.example.org"),
    ]
    assert message.get_content_type() == "multipart/alternative"
    plain = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    assert plain is not None
    assert html is not None
    # as the mail client reads them: lines end with CRLF on the wire
    assert plain.get_content().replace("\r\n", "\n") == (
        "Ordre du jour : le relogement & l'urgence.\n- Fiche réflexe\n- Annuaire\n"
    )
    assert html.get_content().replace("\r\n", "\n") == minutes + "\n"
    # one audit entry: counts only, never a word of the minutes, nor an address
    (entry,) = entries[before:]
    assert entry.kind is AuditKind.EXPORT_REPORT
    assert entry.counts == {"minutes": 1, "recipients": 2, "bytes": len(data)}
    said = json.dumps(dict(entry.counts))
    for word in ("Ordre", "relogement", "Fiche", "awa@", "Awa"):
        assert word not in said


def test_minutes_in_plain_text_are_sent_line_by_line(
    vault: vaults.Vault, directory: Directory, group: int
) -> None:
    _members_with_addresses(vault, directory)
    with vault.session() as s:
        meeting = wg.add_meeting(s, group, at(5, 12, 14), at(5, 12, 16))
        wg.save_minutes(s, meeting, "Présent·es : 5\nProchaine réunion <en juin>")
        data = wg.minutes_draft(s, meeting)
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    plain = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    assert plain is not None
    assert html is not None
    assert plain.get_content().replace("\r\n", "\n") == (
        "Présent·es : 5\nProchaine réunion <en juin>\n"
    )
    assert "<p>Prochaine réunion &lt;en juin&gt;</p>" in html.get_content()


def test_minutes_are_sent_only_when_saved_with_an_organiser_and_addresses(
    vault: vaults.Vault, directory: Directory, group: int
) -> None:
    with vault.session() as s:
        meeting = wg.add_meeting(s, group, at(5, 12, 14), at(5, 12, 16))
        other = scheduling.add_action_session(s, directory.training, at(5, 13, 9), at(5, 13, 12))
        before = len(audit.entries(s))
        with pytest.raises(InvalidValueError, match="no-minutes"):
            wg.minutes_draft(s, meeting)
        wg.save_minutes(s, meeting, "<p>Tour de table</p>")
        with pytest.raises(InvalidValueError, match="no-organiser"):
            wg.minutes_draft(s, meeting)
        vault_settings.save_organiser_email(s, "coordination@vif.example.org")
        with pytest.raises(InvalidValueError, match="no-recipient"):
            wg.minutes_draft(s, meeting)  # nobody of the group has an address
        with pytest.raises(InvalidValueError, match="not-a-meeting"):
            wg.minutes_draft(s, other.id)
        with pytest.raises(NotFoundError):
            wg.minutes_draft(s, 999_999)
        assert len(audit.entries(s)) == before  # nothing made, nothing recorded
