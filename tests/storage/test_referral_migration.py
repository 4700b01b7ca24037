"""Migration 0009_referral_unknown: "not recorded" allowed, every row and constraint kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine, exc, inspect, text

from tests.attendance.conftest import make_group
from tests.scheduling.conftest import make_directory
from tests.storage.conftest import PASSPHRASE
from vpi_groups.attendance import registers as att
from vpi_groups.attendance import retention
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.storage import migrate
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import AgeBand, AttendanceStatus, Base, Gender, ReferralSource

BEFORE = "0008_release_ledger"
REFERRAL_TABLES = ("participant", "folded_attendance", "folded_participants")
# every table whose rows the rebuild could lose: the three rebuilt, and those referring
# to participants
KEPT_TABLES = (*REFERRAL_TABLES, "enrolment", "attendance")
START = dt.date(2026, 3, 2)


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[vaults.Vault]:
    vault, _recovery = vaults.create(tmp_path / "vault", PASSPHRASE)
    yield vault
    vault.lock()


def rows(engine: Engine, table: str) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2, 3"))]


def schema(engine: Engine) -> dict[str, dict[str, object]]:
    """Each table's columns, keys, indexes and constraints, in an order-free form.

    Rebuilding a table may write its constraints in another order: the comparison
    is of what the database enforces, not of the text of its CREATE TABLE.
    """
    inspector = inspect(engine)
    out: dict[str, dict[str, object]] = {}
    for table in inspector.get_table_names():
        if table == "alembic_version":
            continue
        out[table] = {
            "columns": [
                (c["name"], str(c["type"]), c["nullable"], c.get("default"))
                for c in inspector.get_columns(table)
            ],
            "primary key": inspector.get_pk_constraint(table),
            "foreign keys": sorted(
                (
                    str(fk["name"]),
                    tuple(fk["constrained_columns"]),
                    fk["referred_table"],
                    tuple(fk["referred_columns"]),
                    tuple(sorted(fk["options"].items())),
                )
                for fk in inspector.get_foreign_keys(table)
            ),
            "indexes": sorted(
                (str(i["name"]), tuple(str(c) for c in i["column_names"]), bool(i["unique"]))
                for i in inspector.get_indexes(table)
            ),
            "unique": sorted(
                (str(u["name"]), tuple(u["column_names"]))
                for u in inspector.get_unique_constraints(table)
            ),
            "checks": sorted(
                (str(c["name"]), " ".join(c["sqltext"].replace(f"{table}.", "").split()))
                for c in inspector.get_check_constraints(table)
            ),
        }
    return out


def from_the_models() -> dict[str, dict[str, object]]:
    """The schema the models describe, created directly (no migration involved)."""
    engine = sa.create_engine("sqlite://")
    try:
        Base.metadata.create_all(engine)
        return schema(engine)
    finally:
        engine.dispose()


def columns_unordered(tables: dict[str, dict[str, object]]) -> dict[str, dict[str, object]]:
    """The same schema with each table's columns sorted by name."""
    return {
        name: {**parts, "columns": sorted(parts["columns"])}  # type: ignore[call-overload]
        for name, parts in tables.items()
    }


def insert_unknown(conn: sa.Connection, table: str, session_id: int) -> None:
    """Write one row saying "unknown" into a table holding a referral source."""
    if table == "participant":
        conn.execute(
            text(
                "INSERT INTO participant (code, age_band, gender, referral_source, created_at) "
                "VALUES ('ZZZZZZ9', 'unknown', 'unsaid', :r, '2026-03-01 09:00:00')"
            ),
            {"r": "unknown"},
        )
    elif table == "folded_attendance":
        conn.execute(
            text(
                "INSERT INTO folded_attendance VALUES (:sid, 'present', 'unknown', 'unsaid', :r, 1)"
            ),
            {"sid": session_id, "r": "unknown"},
        )
    else:
        conn.execute(
            text(
                "INSERT INTO folded_participants VALUES ('year', '2026-01-01', 'programme', 0, "
                "'unknown', 'unsaid', :r, 1, 1)"
            ),
            {"r": "unknown"},
        )


def build_records(vault: vaults.Vault) -> int:
    """People with real referral sources, their registers, and folded totals of an erasure.

    Returns the first session's id.
    """
    directory = make_directory(vault)
    group = make_group(vault, directory, start=START, count=4)
    sources = [ReferralSource.POLICE, ReferralSource.HEALTH, ReferralSource.SELF] * 2
    with vault.session() as s:
        people = [
            att.create_participant(
                s, ParticipantAttributes(AgeBand.FROM_26_TO_35, Gender.WOMAN, source)
            ).id
            for source in sources
        ]
        for pid in people:
            att.enrol(s, pid, group.group_id, START)
        for sid in group.session_ids[:3]:
            att.record_attendance(s, sid, dict.fromkeys(people, AttendanceStatus.PRESENT))
        retention.erase(s, people[0])  # leaves anonymous totals in both folded tables
    return group.session_ids[0]


def test_a_vault_of_0008_keeps_everything_and_accepts_not_recorded(
    fresh: vaults.Vault,
) -> None:
    session_id = build_records(fresh)
    migrate.downgrade(fresh.engine, BEFORE)
    assert migrate.current_revision(fresh.engine) == BEFORE
    before = {table: rows(fresh.engine, table) for table in KEPT_TABLES}
    assert all(before[table] for table in KEPT_TABLES), "every table holds rows"
    for table in REFERRAL_TABLES:  # what the user test found: 'unknown' refused
        with pytest.raises(exc.IntegrityError), fresh.engine.begin() as conn:
            insert_unknown(conn, table, session_id)

    migrate.upgrade(fresh.engine)

    assert migrate.current_revision(fresh.engine) == migrate.head_revision()
    assert {table: rows(fresh.engine, table) for table in KEPT_TABLES} == before
    with fresh.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []
    with fresh.engine.begin() as conn:
        for table in REFERRAL_TABLES:
            insert_unknown(conn, table, session_id)
    for table in REFERRAL_TABLES:
        found = rows(fresh.engine, table)
        assert len(found) == len(before[table]) + 1
        assert sum("unknown" in row for row in found) >= 1
    with pytest.raises(exc.IntegrityError), fresh.engine.begin() as conn:
        conn.execute(text("UPDATE participant SET referral_source = 'friend'"))
    # The registers still reach their people: the rebuilt table kept its ids.
    with fresh.session() as s:
        listed = att.list_participants(s)
    assert len(listed) == len(before["participant"]) + 1
    assert any(p.referral_source is ReferralSource.UNKNOWN for p in listed)


def test_the_migrated_schema_is_the_one_a_new_vault_has(
    fresh: vaults.Vault, tmp_path: Path
) -> None:
    build_records(fresh)
    migrate.downgrade(fresh.engine, BEFORE)
    migrate.upgrade(fresh.engine)
    migrated = schema(fresh.engine)
    other, _recovery = vaults.create(tmp_path / "new", PASSPHRASE)
    try:
        new = schema(other.engine)
    finally:
        other.lock()
    assert migrated == new
    # Also the models' own schema, created without any migration (column order aside: a
    # column added by a later revision comes last in a migrated table).
    assert columns_unordered(migrated) == columns_unordered(from_the_models())
    for table in REFERRAL_TABLES:  # the rebuilt tables keep their column order too
        assert migrated[table] == from_the_models()[table]
    checks = dict(migrated["participant"]["checks"])  # type: ignore[call-overload]
    assert "'other', 'unknown')" in checks["ck_participant_referral_source"]
    # Not vacuous: the schema at 0008 is another one.
    migrate.downgrade(fresh.engine, BEFORE)
    assert schema(fresh.engine) != migrated


def test_a_downgrade_counts_not_recorded_as_other(fresh: vaults.Vault) -> None:
    """Back to 0008 (tests and repairs only): "unknown" is added to its "other" twin."""
    directory = make_directory(fresh)
    group = make_group(fresh, directory, start=START, count=2)
    first, second = group.session_ids
    with fresh.session() as s:
        unknown = [att.create_participant(s, ParticipantAttributes()).id for _ in range(4)]
        other = [
            att.create_participant(
                s, ParticipantAttributes(referral_source=ReferralSource.OTHER)
            ).id
            for _ in range(2)
        ]
        for pid in (*unknown, *other):
            att.enrol(s, pid, group.group_id, START)
        att.record_attendance(s, first, dict.fromkeys((*unknown, *other), AttendanceStatus.PRESENT))
        att.record_attendance(s, second, {unknown[2]: AttendanceStatus.ABSENT})
        # Folded: at the first session 3 unknown and 1 other present (the same age band
        # and gender: twins of one key); at the second, 1 unknown absent (no twin).
        for pid in (*unknown[:3], other[0]):
            retention.erase(s, pid)
    with fresh.engine.connect() as conn:
        total_before = conn.execute(text("SELECT sum(count) FROM folded_attendance")).scalar()
    assert total_before == 5

    migrate.downgrade(fresh.engine, BEFORE)

    with fresh.engine.connect() as conn:
        folded = conn.execute(
            text(
                "SELECT session_id, status, referral_source, count FROM folded_attendance "
                "ORDER BY session_id"
            )
        ).all()
        people = conn.execute(text("SELECT referral_source FROM participant")).scalars().all()
        programme = conn.execute(
            text(
                "SELECT referral_source, distinct_count, new_count FROM folded_participants "
                "WHERE period_kind = 'year' AND scope_kind = 'programme'"
            )
        ).all()
    assert [tuple(r) for r in folded] == [
        (first, "present", "other", 4),
        (second, "absent", "other", 1),
    ]
    assert people == ["other", "other"]  # unknown[3] and other[1], not erased
    assert [tuple(r) for r in programme] == [("other", 4, 4)]
    migrate.upgrade(fresh.engine)
    assert migrate.current_revision(fresh.engine) == migrate.head_revision()
