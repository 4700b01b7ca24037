"""Retention and erasure: totals of past periods never change; nothing personal remains."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import String, Text, func, select, text

from tests.attendance.conftest import make_group
from tests.scheduling.conftest import empty_programme, make_directory
from vpi_groups.attendance import registers as att
from vpi_groups.attendance import retention, totals
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.storage import audit
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import (
    AgeBand,
    AttendanceStatus,
    AuditKind,
    Base,
    Gender,
    Participant,
    PeriodKind,
    ReferralSource,
    ScopeKind,
)

EVERYTHING = (
    dt.datetime(2000, 1, 1, tzinfo=dt.UTC),
    dt.datetime(2100, 1, 1, tzinfo=dt.UTC),
)

attributes = st.builds(
    ParticipantAttributes,
    age_band=st.sampled_from(AgeBand),
    gender=st.sampled_from(Gender),
    referral_source=st.sampled_from(ReferralSource),
)


@dataclass(frozen=True)
class Spec:
    """A random programme: groups (start, sessions, open?), people, register marks."""

    groups: list[tuple[dt.date, int, bool]]
    people: list[ParticipantAttributes]
    marks: list[AttendanceStatus | None]


@st.composite
def programmes(draw: st.DrawFn) -> Spec:
    groups = draw(
        st.lists(
            st.tuples(
                st.dates(dt.date(2024, 1, 1), dt.date(2026, 6, 30)),
                st.integers(2, 8),
                st.booleans(),
            ),
            min_size=1,
            max_size=3,
        )
    )
    people = draw(st.lists(attributes, min_size=1, max_size=10))
    marks = draw(
        st.lists(
            st.sampled_from([None, *AttendanceStatus]),
            min_size=len(people) * 8 * len(groups),
            max_size=len(people) * 8 * len(groups),
        )
    )
    return Spec(groups, people, marks)


def _build(vault: vaults.Vault, spec: Spec) -> list[int]:
    empty_programme(vault)
    directory = make_directory(vault)
    groups = [
        make_group(vault, directory, name=f"G{i}", start=start, count=count, is_open=is_open)
        for i, (start, count, is_open) in enumerate(spec.groups)
    ]
    marks = iter(spec.marks)
    with vault.session() as s:
        ids = [
            att.create_participant(s, a, now=dt.datetime(2024, 1, 1, tzinfo=dt.UTC)).id
            for a in spec.people
        ]
        for g in groups:
            for pid in ids:
                att.enrol(s, pid, g.group_id, dt.date(2024, 1, 1))
            for sid in g.session_ids:
                statuses = {}
                for pid in ids:
                    mark = next(marks)
                    if mark is not None:
                        statuses[pid] = mark
                if statuses:
                    att.record_attendance(s, sid, statuses)
    return ids


def _snapshot(vault: vaults.Vault) -> tuple[object, object]:
    with vault.session() as s:
        return totals.attendance_counts(s, *EVERYTHING), totals.distinct_participants(s)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    spec=programmes(),
    now=st.dates(dt.date(2024, 6, 1), dt.date(2029, 1, 1)),
    months=st.integers(1, 36),
)
def test_purge_keeps_every_total(
    shared_vault: vaults.Vault, spec: Spec, now: dt.date, months: int
) -> None:
    _build(shared_vault, spec)
    before = _snapshot(shared_vault)
    moment = dt.datetime.combine(now, dt.time(12), tzinfo=dt.UTC)
    with shared_vault.session() as s:
        planned = retention.purge(s, months=months, now=moment, dry_run=True)
    assert _snapshot(shared_vault) == before, "a dry run changes nothing"
    with shared_vault.session() as s:
        done = retention.purge(s, months=months, now=moment)
        left = s.scalar(select(func.count()).select_from(Participant))
    assert (done.participants, done.attendance_lines) == (
        planned.participants,
        planned.attendance_lines,
    )
    assert left == len(spec.people) - done.participants
    assert _snapshot(shared_vault) == before


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(spec=programmes(), which=st.integers(0, 9))
def test_erasure_keeps_every_total(shared_vault: vaults.Vault, spec: Spec, which: int) -> None:
    ids = _build(shared_vault, spec)
    before = _snapshot(shared_vault)
    with shared_vault.session() as s:
        retention.erase(s, ids[which % len(ids)])
    assert _snapshot(shared_vault) == before


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(spec=programmes(), data=st.data())
def test_erasing_everyone_in_turn_keeps_every_total(
    shared_vault: vaults.Vault, spec: Spec, data: st.DataObject
) -> None:
    """Later folds add to the rows earlier ones left (same sessions, periods, attributes)."""
    ids = _build(shared_vault, spec)
    before = _snapshot(shared_vault)
    for pid in data.draw(st.permutations(ids)):
        with shared_vault.session() as s:
            retention.erase(s, pid)
        assert _snapshot(shared_vault) == before


def test_two_alike_erased_in_turn_add_up(vault: vaults.Vault) -> None:
    group = make_group(vault, make_directory(vault), count=1)
    with vault.session() as s:
        alike = [att.create_participant(s, ParticipantAttributes()).id for _ in range(3)]
        for pid in alike:
            att.enrol(s, pid, group.group_id, dt.date(2026, 1, 1))
        att.record_attendance(
            s, group.session_ids[0], dict.fromkeys(alike, AttendanceStatus.PRESENT)
        )
    for pid in alike:
        with vault.session() as s:
            retention.erase(s, pid)
    with vault.session() as s:
        counts = totals.attendance_counts(s, *EVERYTHING)
        people = totals.distinct_participants(s)
    assert list(counts.values()) == [3]
    assert {(key[0], key[2]): value.distinct for key, value in people.items()} == {
        (kind, scope): 3 for kind in PeriodKind for scope in ScopeKind
    }
    assert {value.new for value in people.values()} == {3}


def test_purge_takes_only_those_past_retention(vault: vaults.Vault) -> None:
    directory = make_directory(vault)
    old = make_group(vault, directory, name="Ancien", start=dt.date(2023, 1, 3), count=3)
    recent = make_group(vault, directory, name="Récent", start=dt.date(2026, 1, 6), count=3)
    with vault.session() as s:
        early = dt.datetime(2022, 12, 1, tzinfo=dt.UTC)
        a = att.create_participant(s, ParticipantAttributes(), now=early).id
        b = att.create_participant(s, ParticipantAttributes(), now=early).id
        never = att.create_participant(s, ParticipantAttributes(), now=early).id
        att.enrol(s, a, old.group_id, dt.date(2023, 1, 1))
        att.enrol(s, b, old.group_id, dt.date(2023, 1, 1))
        att.enrol(s, b, recent.group_id, dt.date(2026, 1, 1))
        att.record_attendance(
            s, old.session_ids[0], {a: AttendanceStatus.PRESENT, b: AttendanceStatus.PRESENT}
        )
        att.record_attendance(s, recent.session_ids[1], {b: AttendanceStatus.PRESENT})
    now = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
    with vault.session() as s:
        assert retention.candidates(s, now, 24) == sorted([a, never])
        report = retention.purge(s, months=24, now=now)
    assert (report.participants, report.attendance_lines) == (2, 1)
    with vault.session() as s:
        assert [p.id for p in att.list_participants(s)] == [b]
        entries = audit.entries(s)
    assert [(e.kind, dict(e.counts)) for e in entries] == [
        (AuditKind.PURGE, {"participants": 2, "attendance_lines": 1, "months": 24})
    ]


def _text_columns_containing(vault: vaults.Vault, needle: str) -> list[str]:
    hits = []
    with vault.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, String | Text):
                    n = conn.execute(
                        text(f'SELECT count(*) FROM "{table.name}" WHERE "{column.name}" LIKE :n'),
                        {"n": f"%{needle}%"},
                    ).scalar_one()
                    if n:
                        hits.append(f"{table.name}.{column.name}")
    return hits


@pytest.mark.parametrize("how", ["erase", "purge"])
def test_removed_code_and_memo_are_nowhere(tmp_path: Path, how: str) -> None:
    folder = tmp_path / "vault"
    vault, _ = vaults.create(folder, "effacement sur demande 2026", kdf_seconds=0)
    memo = "Canari-mémo-effacement-Zq9"
    try:
        directory = make_directory(vault)
        group = make_group(vault, directory)
        with vault.session() as s:
            person = att.create_participant(s, ParticipantAttributes(memo=memo))
            att.enrol(s, person.id, group.group_id, dt.date(2026, 3, 1))
            att.record_attendance(s, group.session_ids[0], {person.id: AttendanceStatus.PRESENT})
        assert _text_columns_containing(vault, person.code) == ["participant.code"]
        with vault.session() as s:
            if how == "erase":
                assert retention.erase(s, person.id).attendance_lines == 1
            else:
                later = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
                assert retention.purge(s, months=24, now=later).participants == 1
        assert _text_columns_containing(vault, person.code) == []
        assert _text_columns_containing(vault, memo) == []
        with vault.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        vault.lock()
    for dirpath, _dirs, files in os.walk(tmp_path):
        for name in files:
            data = (Path(dirpath) / name).read_bytes()
            for needle in (person.code, memo):
                for encoding in ("utf-8", "utf-16-le"):
                    assert needle.encode(encoding) not in data, name
