"""Professionals present at a training's sessions, and the trained figure computed from them."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session

from tests.scheduling.conftest import Directory, weekly
from vpi_groups import session_edits
from vpi_groups.programme import records as programme
from vpi_groups.reports import indicators as reports
from vpi_groups.reports.indicators import PeriodSpec
from vpi_groups.scheduling import records, series, sessions
from vpi_groups.scheduling.professionals import (
    ProfessionalsLine,
    record_professionals,
    session_professionals,
    trained_by_sector,
)
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import ActionKind, Sector, SessionStatus
from vpi_groups.validation import (
    InvalidValueError,
    NotFoundError,
    OutOfRangeError,
    SessionStateError,
    TooLongError,
)

PARIS = ZoneInfo("Europe/Paris")


def at(day: int, hour: int) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, tzinfo=PARIS)


def partners(vault: vaults.Vault) -> dict[str, int]:
    """Five organisations of four sectors."""
    with vault.session() as s:
        return {
            name: programme.create_organisation(s, programme.OrganisationSpec(name, sector)).id
            for name, sector in (
                ("CCAS", Sector.SOCIAL),
                ("CIDFF", Sector.ASSOCIATION),
                ("Commissariat", Sector.JUSTICE),
                ("Centre hospitalier", Sector.HEALTH),
                ("Collège Jaurès", Sector.EDUCATION),
            )
        }


def two_dates(vault: vaults.Vault, directory: Directory) -> tuple[int, int]:
    with vault.session() as s:
        first = sessions.add_action_session(s, directory.training, at(3, 9), at(3, 12))
        second = sessions.add_action_session(s, directory.training, at(10, 9), at(10, 12))
    return first.id, second.id


def trained(vault: vaults.Vault, action_id: int) -> dict[Sector, int]:
    with vault.session() as s:
        return trained_by_sector(s, [action_id]).get(action_id, {})


def test_a_training_with_two_dates_counts_each_person_once(
    vault: vaults.Vault, directory: Directory
) -> None:
    org = partners(vault)
    first, second = two_dates(vault, directory)
    day_one = [
        ProfessionalsLine(org["CCAS"], Sector.OTHER, 4),
        ProfessionalsLine(org["CIDFF"], Sector.OTHER, 2),
        ProfessionalsLine(org["Commissariat"], Sector.OTHER, 3),
        ProfessionalsLine(org["Centre hospitalier"], Sector.OTHER, 3),
        ProfessionalsLine(org["Collège Jaurès"], Sector.OTHER, 2),
    ]
    with vault.session() as s:
        stored = record_professionals(s, first, day_one)
        # the second date: the same people, one CCAS worker missing
        record_professionals(
            s, second, [*day_one[1:], ProfessionalsLine(org["CCAS"], Sector.OTHER, 3)]
        )
    assert sum(line.present for line in stored) == 14
    # the sector is the directory's, whatever the line said
    assert {line.organisation: line.sector for line in stored}["CIDFF"] is Sector.ASSOCIATION
    assert trained(vault, directory.training) == {
        Sector.SOCIAL: 4,
        Sector.ASSOCIATION: 2,
        Sector.JUSTICE: 3,
        Sector.HEALTH: 3,
        Sector.EDUCATION: 2,
    }


def test_names_over_the_dates_count_different_people(
    vault: vaults.Vault, directory: Directory
) -> None:
    org = partners(vault)
    first, second = two_dates(vault, directory)
    with vault.session() as s:
        record_professionals(
            s, first, [ProfessionalsLine(org["CCAS"], Sector.OTHER, 2, ("Anne Roy", "Marc Petit"))]
        )
        # Marc again (spelt otherwise), and a newcomer: three different people in all
        record_professionals(
            s,
            second,
            [ProfessionalsLine(org["CCAS"], Sector.OTHER, 2, ("marc  petit", "Léa Dufour"))],
        )
    assert trained(vault, directory.training) == {Sector.SOCIAL: 3}


def test_people_outside_the_directory_count_under_their_sector(
    vault: vaults.Vault, directory: Directory
) -> None:
    first, _second = two_dates(vault, directory)
    with vault.session() as s:
        stored = record_professionals(
            s,
            first,
            [
                ProfessionalsLine(None, Sector.HEALTH, 5),
                ProfessionalsLine(None, Sector.JUSTICE, 1),
            ],
        )
    assert [(line.organisation_id, line.sector, line.present) for line in stored] == [
        (None, Sector.JUSTICE, 1),
        (None, Sector.HEALTH, 5),
    ]
    assert trained(vault, directory.training) == {Sector.HEALTH: 5, Sector.JUSTICE: 1}


def test_recording_again_replaces_and_an_empty_list_clears(
    vault: vaults.Vault, directory: Directory
) -> None:
    org = partners(vault)
    first, _second = two_dates(vault, directory)
    with vault.session() as s:
        record_professionals(s, first, [ProfessionalsLine(org["CCAS"], Sector.OTHER, 6)])
        record_professionals(s, first, [ProfessionalsLine(org["CIDFF"], Sector.OTHER, 1)])
        assert [line.organisation for line in session_professionals(s, first)] == ["CIDFF"]
        record_professionals(s, first, [])
        assert session_professionals(s, first) == ()


def test_cancelled_sessions_and_other_actions_count_nothing(
    vault: vaults.Vault, directory: Directory
) -> None:
    org = partners(vault)
    first, second = two_dates(vault, directory)
    with vault.session() as s:
        plenary = programme.create_action(
            s, programme.ActionSpec("Plénière", ActionKind.PLENARY, 2026)
        )
        day = sessions.add_action_session(s, plenary.id, at(20, 9), at(20, 17))
        record_professionals(s, day.id, [ProfessionalsLine(org["CCAS"], Sector.OTHER, 30)])
        record_professionals(s, first, [ProfessionalsLine(org["CCAS"], Sector.OTHER, 2)])
        sessions.cancel_session(s, second, "Formatrice malade")
    assert trained(vault, directory.training) == {Sector.SOCIAL: 2}
    assert trained(vault, plenary.id) == {}


def test_what_is_refused(vault: vaults.Vault, directory: Directory) -> None:
    org = partners(vault)
    first, second = two_dates(vault, directory)
    ccas = org["CCAS"]
    cases: list[tuple[type[Exception], list[ProfessionalsLine]]] = [
        (OutOfRangeError, [ProfessionalsLine(ccas, Sector.OTHER, 0)]),
        (OutOfRangeError, [ProfessionalsLine(ccas, Sector.OTHER, 1000)]),
        (NotFoundError, [ProfessionalsLine(99_999, Sector.OTHER, 1)]),
        (
            InvalidValueError,
            [ProfessionalsLine(ccas, Sector.OTHER, 1), ProfessionalsLine(ccas, Sector.OTHER, 2)],
        ),
        (
            InvalidValueError,
            [ProfessionalsLine(None, Sector.HEALTH, 1), ProfessionalsLine(None, Sector.HEALTH, 2)],
        ),
        (InvalidValueError, [ProfessionalsLine(ccas, Sector.OTHER, 1, ("Anne", "Marc"))]),
        (InvalidValueError, [ProfessionalsLine(ccas, Sector.OTHER, 2, ("Anne", "ANNE"))]),
        (TooLongError, [ProfessionalsLine(ccas, Sector.OTHER, 1, ("x" * 201,))]),
    ]
    for error, lines in cases:
        with pytest.raises(error), vault.session() as s:
            record_professionals(s, first, lines)
    with vault.session() as s:
        group_session = _a_group_session(s, directory)
        sessions.cancel_session(s, second, "Annulée")
    with pytest.raises(InvalidValueError) as talk, vault.session() as s:
        record_professionals(s, group_session, [ProfessionalsLine(ccas, Sector.OTHER, 1)])
    assert talk.value.reason == "talk-group-session"
    with pytest.raises(SessionStateError) as refused, vault.session() as s:
        record_professionals(s, second, [ProfessionalsLine(ccas, Sector.OTHER, 1)])
    assert refused.value.reason == "cancelled"
    with vault.session() as s:
        assert session_professionals(s, first) == ()  # nothing partial was kept


def _a_group_session(s: Session, directory: Directory) -> int:
    change = series.create_group(
        s,
        records.GroupSpec(
            "Mardi",
            directory.action,
            directory.facilitators[:2],
            weekly(count=2),
            room_id=directory.room,
        ),
    )
    return change.created[0].id


def test_a_session_with_professionals_is_cancelled_only_once_they_are_removed(
    vault: vaults.Vault, directory: Directory
) -> None:
    org = partners(vault)
    first, _second = two_dates(vault, directory)
    with vault.session() as s:
        record_professionals(s, first, [ProfessionalsLine(org["CCAS"], Sector.OTHER, 3)])
    with pytest.raises(SessionStateError) as refused, vault.session() as s:
        sessions.cancel_session(s, first, "Salle indisponible")
    assert refused.value.reason == "attendance-recorded"
    with pytest.raises(SessionStateError) as kept, vault.session() as s:
        sessions.delete_session(s, first)
    assert kept.value.reason == "has-records"


def test_the_session_dialog_saves_the_professionals_with_the_rest(
    vault: vaults.Vault, directory: Directory
) -> None:
    org = partners(vault)
    first, _second = two_dates(vault, directory)
    with vault.session() as s:
        info = records.get_session(s, first)
        saved = session_edits.save_session(
            s,
            session_edits.SessionEdit(
                session_id=first,
                start=info.start,
                end=info.end,
                status=SessionStatus.PLANNED,
                cancel_reason=None,
                room_id=info.room_id,
                facilitator_ids=info.facilitator_ids,
                note="Support envoyé aux participant·es",
                professionals=(ProfessionalsLine(org["Commissariat"], Sector.OTHER, 7),),
            ),
        )
    assert [(p.organisation, p.present) for p in saved.professionals] == [("Commissariat", 7)]
    assert saved.note == "Support envoyé aux participant·es"


def test_the_report_adds_typed_and_recorded_professionals(
    vault: vaults.Vault, directory: Directory
) -> None:
    org = partners(vault)
    first, _second = two_dates(vault, directory)
    with vault.session() as s:
        action = programme.get_action(s, directory.training)
        spec = action.spec
        programme.update_action(
            s,
            directory.training,
            programme.ActionSpec(spec.title, spec.kind, spec.year, trained={Sector.SOCIAL: 10}),
        )
        record_professionals(
            s,
            first,
            [
                ProfessionalsLine(org["CCAS"], Sector.OTHER, 4),
                ProfessionalsLine(org["Commissariat"], Sector.OTHER, 3),
            ],
        )
        report = reports.build_report(
            s, PeriodSpec.year(2026), k=3, now=dt.datetime(2027, 1, 10, tzinfo=dt.UTC)
        )
    table = report.table("professionals-trained-by-sector")
    by_row = {row.key: cells[0].exact for row, cells in zip(table.rows, table.cells, strict=True)}
    assert by_row["social"] == 14
    assert by_row["justice"] == 3
    assert by_row["health"] == 0
