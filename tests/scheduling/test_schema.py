"""The programme migration creates exactly the tables the models describe."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import IntegrityError, StatementError

from tests.scheduling.conftest import PASSPHRASE
from vpi_groups.storage import migrate
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Base, ProgrammeSession, Room, UTCDateTime

PROGRAMME_TABLES = {
    "organisation",
    "contribution",
    "facilitator",
    "room",
    "action",
    "action_trained",
    "talk_group",
    "group_facilitator",
    "group_closure",
    "session",
    "session_facilitator",
}


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[vaults.Vault]:
    """A vault of its own, for a test that changes its schema."""
    vault, _recovery = vaults.create(tmp_path / "vault", PASSPHRASE, kdf_seconds=0)
    yield vault
    vault.lock()


def differences(engine: Engine, metadata: sa.MetaData) -> list[object]:
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": True}
        )
        return list(compare_metadata(context, metadata))


def normalised(sql: str, table: str) -> str:
    sql = sql.replace(f"{table}.", "")
    return " ".join(sql.replace("(", " ( ").replace(")", " ) ").split())


def rendered(constraint: sa.CheckConstraint) -> str:
    """The constraint's SQL as CREATE TABLE writes it (enum checks hold bound values)."""
    compiled = constraint.sqltext.compile(
        dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}
    )
    return str(compiled)


def test_the_new_vault_is_at_the_programme_revision(shared_vault: vaults.Vault) -> None:
    assert "0002_programme" in migrate.known_revisions()
    assert migrate.current_revision(shared_vault.engine) == migrate.head_revision()
    assert set(inspect(shared_vault.engine).get_table_names()) >= PROGRAMME_TABLES


def test_migrated_schema_matches_the_models(shared_vault: vaults.Vault) -> None:
    assert differences(shared_vault.engine, Base.metadata) == []


def test_the_comparison_sees_a_drift(shared_vault: vaults.Vault) -> None:
    """Not vacuous: a model with one more column differs from the migrated schema."""
    drifted = sa.MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.sorted_tables:
        copy = table.to_metadata(drifted)
        if table.name == "room":
            copy.append_column(sa.Column("floor", sa.Integer(), nullable=True))
    found = differences(shared_vault.engine, drifted)
    assert len(found) == 1
    assert "floor" in repr(found[0])


def test_check_constraints_match_the_models(shared_vault: vaults.Vault) -> None:
    inspector = inspect(shared_vault.engine)
    for table in Base.metadata.sorted_tables:
        expected = {
            (str(c.name), normalised(rendered(c), table.name))
            for c in table.constraints
            if isinstance(c, sa.CheckConstraint)
        }
        found = {
            (c["name"], normalised(c["sqltext"], table.name))
            for c in inspector.get_check_constraints(table.name)
        }
        assert found == expected, table.name
    sector = next(
        c
        for c in inspector.get_check_constraints("organisation")
        if c["name"] == "ck_organisation_sector"
    )
    assert "'local_authority'" in sector["sqltext"]


def test_downgrade_removes_the_programme_and_upgrade_brings_it_back(fresh: vaults.Vault) -> None:
    migrate.downgrade(fresh.engine, "0001_vault")
    assert set(inspect(fresh.engine).get_table_names()) == {"alembic_version", "setting"}
    migrate.upgrade(fresh.engine)
    assert set(inspect(fresh.engine).get_table_names()) >= PROGRAMME_TABLES
    assert differences(fresh.engine, Base.metadata) == []


def test_instants_are_stored_in_utc_and_read_back_aware(vault: vaults.Vault) -> None:
    paris_winter = dt.timezone(dt.timedelta(hours=1))
    with vault.session() as s:
        s.execute(
            text(
                "INSERT INTO action (id, title, kind, year, review_status)"
                " VALUES (1, 'A', 'training', 2026, 'proposed')"
            )
        )
        s.add(
            ProgrammeSession(
                uid="u1",
                revision=0,
                action_id=1,
                starts_at=dt.datetime(2026, 3, 3, 18, 0, tzinfo=paris_winter),
                ends_at=dt.datetime(2026, 3, 3, 19, 30, tzinfo=paris_winter),
                status="planned",
                moved=False,
                facilitators_edited=False,
                room_edited=False,
            )
        )
    with vault.engine.connect() as conn:
        raw = conn.execute(text("SELECT starts_at, ends_at FROM session")).one()
    assert tuple(raw) == ("2026-03-03 17:00:00.000000", "2026-03-03 18:30:00.000000")
    with vault.session() as s:
        row = s.scalars(sa.select(ProgrammeSession)).one()
        assert row.starts_at == dt.datetime(2026, 3, 3, 17, 0, tzinfo=dt.UTC)
        assert row.starts_at.tzinfo is dt.UTC


def test_a_naive_instant_is_refused() -> None:
    column = UTCDateTime()
    with pytest.raises(ValueError, match="naive"):
        column.process_bind_param(
            dt.datetime(2026, 3, 3, 18, 0), sa.create_engine("sqlite://").dialect
        )


def test_naive_instants_never_reach_the_database(vault: vaults.Vault) -> None:
    with pytest.raises(StatementError), vault.session() as s:
        s.execute(
            sa.insert(ProgrammeSession),
            [
                {
                    "uid": "u",
                    "revision": 0,
                    "action_id": 1,
                    "starts_at": dt.datetime(2026, 3, 3, 18, 0),
                    "ends_at": dt.datetime(2026, 3, 3, 19, 0),
                    "status": "planned",
                    "moved": False,
                    "facilitators_edited": False,
                    "room_edited": False,
                }
            ],
        )


def test_the_database_refuses_what_the_constraints_forbid(vault: vaults.Vault) -> None:
    with pytest.raises(IntegrityError), vault.session() as s:
        s.add(Room(name="Salle", capacity=0))
    with pytest.raises(IntegrityError), vault.session() as s:
        s.execute(
            text(
                "INSERT INTO action (title, kind, year, review_status)"
                " VALUES ('A', 'training', 2026, 'maybe')"
            )
        )
