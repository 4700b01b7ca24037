"""Re-exports: same bytes but DTSTAMP; same UIDs; SEQUENCE, LAST-MODIFIED raised on what changed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from tests.calendar.programmes import NOW, Programme, build, paris
from tests.calendar.readers import components
from vpi_groups.calendar import ics as ce
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import records, series
from vpi_groups.scheduling import sessions as sch
from vpi_groups.storage import vault as vaults

Key = tuple[str, str]  # (UID, RECURRENCE-ID or "")
State = dict[Key, tuple[int, str]]  # SEQUENCE, LAST-MODIFIED


@pytest.fixture
def made(vault: vaults.Vault) -> Programme:
    return build(vault)


def export(vault: vaults.Vault, options: ce.ExportOptions, now: dt.datetime = NOW) -> bytes:
    with vault.session() as s:
        return ce.export_calendar(s, options, now=now)


def state(data: bytes) -> State:
    found: State = {}
    for event in components(data).children:
        if event.name != "VEVENT":
            continue
        rid = event.all("RECURRENCE-ID")
        key = (event.one("UID").value, rid[0].value if rid else "")
        assert key not in found
        found[key] = (int(event.one("SEQUENCE").value), event.one("LAST-MODIFIED").value)
    return found


def without_dtstamp(data: bytes) -> list[bytes]:
    return [line for line in data.split(b"\r\n") if not line.startswith(b"DTSTAMP:")]


def raised(before: State, after: State) -> set[Key]:
    """Events whose SEQUENCE grew (their LAST-MODIFIED must have grown too)."""
    grown = set()
    for key in before.keys() & after.keys():
        (seq0, mod0), (seq1, mod1) = before[key], after[key]
        assert seq1 >= seq0, key
        if seq1 > seq0:
            assert mod1 > mod0, key
            grown.add(key)
        else:
            assert mod1 == mod0, key
    return grown


def test_exporting_again_gives_the_same_bytes_but_dtstamp(
    vault: vaults.Vault, made: Programme
) -> None:
    options = ce.ExportOptions(keep_cancelled=True, facilitator_names=True)
    first = export(vault, options)
    second = export(vault, options, now=NOW + dt.timedelta(days=3))
    assert first != second
    assert without_dtstamp(first) == without_dtstamp(second)


def uid(vault: vaults.Vault, *, group: int | None = None, session: int | None = None) -> str:
    with vault.session() as s:
        if group is not None:
            return records.get_group(s, group).uid
        assert session is not None
        return records.get_session(s, session).uid


def original(vault: vaults.Vault, session_id: int) -> str:
    with vault.session() as s:
        start = records.get_session(s, session_id).original_start
    assert start is not None
    return start.astimezone(paris(2026, 1, 1).tzinfo).strftime("%Y%m%dT%H%M%S")


Edit = Callable[[Session, Programme], object]


def move_an_override(s: Session, p: Programme) -> object:
    info = records.get_session(s, p.moved)
    return sch.move_session(
        s, p.moved, info.start + dt.timedelta(hours=1), info.end + dt.timedelta(hours=1)
    )


def cancel_a_plain_occurrence(s: Session, p: Programme) -> object:
    later = records.list_sessions(s, group_id=p.tuesday)[20]
    return sch.cancel_session(s, later.id, "Grève")


def move_a_plain_occurrence(s: Session, p: Programme) -> object:
    later = records.list_sessions(s, group_id=p.tuesday)[21]
    return sch.move_session(s, later.id, later.start, later.end + dt.timedelta(minutes=30))


def rename_the_group(s: Session, p: Programme) -> object:
    spec = records.get_group(s, p.tuesday).spec
    return series.update_group(s, p.tuesday, dataclasses.replace(spec, name="Mardis"))


def change_the_groups_capacity(s: Session, p: Programme) -> object:
    spec = records.get_group(s, p.tuesday).spec
    return series.update_group(s, p.tuesday, dataclasses.replace(spec, capacity_max=10))


def move_the_training(s: Session, p: Programme) -> object:
    info = records.get_session(s, p.training)
    return sch.move_session(s, p.training, info.start, info.end - dt.timedelta(hours=1))


def rename_the_small_room(s: Session, p: Programme) -> object:
    return programme.update_room(s, p.directory.small_room, programme.RoomSpec("Bureau 3", None, 4))


def test_each_edit_keeps_every_uid_and_raises_only_what_changed(
    vault: vaults.Vault, made: Programme
) -> None:
    tuesday = uid(vault, group=made.tuesday)
    thursday = uid(vault, group=made.thursday)
    training = uid(vault, session=made.training)
    moved = (tuesday, original(vault, made.moved))
    other_room = (tuesday, original(vault, made.other_room))
    options = ce.ExportOptions(facilitator_names=True)
    steps: list[tuple[Edit, set[Key]]] = [
        (move_an_override, {moved}),
        (cancel_a_plain_occurrence, {(tuesday, "")}),  # a new EXDATE on the master only
        (move_a_plain_occurrence, set()),  # a new override; the master is as it was
        (change_the_groups_capacity, set()),  # not shown in a calendar
        (move_the_training, {(training, "")}),
        # The master (its room), its overrides, and the other group's series.
        (rename_the_small_room, {other_room, (thursday, "")}),
    ]
    before = state(export(vault, options))
    for edit, changed in steps:
        with vault.session() as s:
            edit(s, made)
        after = state(export(vault, options))
        assert before.keys() <= after.keys(), edit.__name__  # every UID is kept
        assert raised(before, after) == changed, edit.__name__
        before = after
    # Renaming the group changes every one of its events (its extra session's too:
    # its title is the group's name), and nothing else.
    extra = uid(vault, session=made.extra)
    with vault.session() as s:
        rename_the_group(s, made)
    after = state(export(vault, options))
    assert raised(before, after) == {k for k in before if k[0] in {tuesday, extra}}
    assert len(raised(before, after)) == 6  # the master, four overrides, the extra session


def test_a_cancellation_raises_the_master_or_the_override_as_the_file_shows_it(
    vault: vaults.Vault, made: Programme
) -> None:
    tuesday = uid(vault, group=made.tuesday)
    default, kept = ce.ExportOptions(), ce.ExportOptions(keep_cancelled=True)
    before = {o: state(export(vault, o)) for o in (default, kept)}
    with vault.session() as s:
        target = records.list_sessions(s, group_id=made.tuesday)[-3]
        sch.cancel_session(s, target.id, "Fermeture")
    rid = original(vault, target.id)
    after = {o: state(export(vault, o)) for o in (default, kept)}
    assert raised(before[default], after[default]) == {(tuesday, "")}
    assert (tuesday, rid) not in after[default]
    # Kept as an "ANNULÉ" override: a new event; the master did not change.
    assert raised(before[kept], after[kept]) == set()
    assert (tuesday, rid) in after[kept].keys() - before[kept].keys()
    with vault.session() as s:
        sch.reinstate_session(s, target.id)
    again = {o: state(export(vault, o)) for o in (default, kept)}
    assert raised(after[default], again[default]) == {(tuesday, "")}
    assert (tuesday, rid) not in again[kept]


def test_in_a_facilitators_file_any_change_to_an_occurrence_raises_the_master(
    vault: vaults.Vault, made: Programme
) -> None:
    a, _b, c, _d = made.directory.facilitators
    tuesday = uid(vault, group=made.tuesday)
    options = ce.ExportOptions(facilitator_id=a)
    before = state(export(vault, options))
    with vault.session() as s:
        target = records.list_sessions(s, group_id=made.tuesday)[-2]
        sch.change_session_facilitators(s, target.id, [c])
    after = state(export(vault, options))
    # Awa no longer runs it: an EXDATE in her file, so her master's SEQUENCE grew.
    assert (tuesday, "") in raised(before, after)
    data = export(vault, options)
    (master,) = [
        e
        for e in components(data).children
        if e.name == "VEVENT" and e.one("UID").value == tuesday and not e.has("RECURRENCE-ID")
    ]
    assert original(vault, target.id) in {e.value for e in master.all("EXDATE")}


def test_events_older_than_the_record_of_changes_have_no_last_modified(
    vault: vaults.Vault, made: Programme
) -> None:
    """Rows from before migration 0004 have no time of change: none is made up."""
    with vault.session() as s:
        s.execute(text("UPDATE session SET modified_at = NULL"))
        s.execute(
            text("UPDATE talk_group SET modified_at = NULL, cancellations_modified_at = NULL")
        )
    root = components(export(vault, ce.ExportOptions()))
    events = [e for e in root.children if e.name == "VEVENT"]
    assert events
    assert not any(e.has("LAST-MODIFIED") for e in events)
    assert all(e.has("SEQUENCE") for e in events)
