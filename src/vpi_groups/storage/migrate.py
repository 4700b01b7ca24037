"""Schema migrations with Alembic, run on the open vault's own connection."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

# Alembic (about 90 ms to import) is loaded by the functions below, on first use:
# importing the vault module, as the command line and the window do at start-up,
# does not load it.

SCRIPT_LOCATION = "vpi_groups.storage:migrations"
VERSION_TABLE = "alembic_version"  # where Alembic keeps a database's revision (its default)

HEAD = "0019_consolidation"
"""The newest revision in ``SCRIPT_LOCATION`` (a test checks it against Alembic's view).

Known without Alembic so that the unlock of an up-to-date vault, the usual case, reads
its revision and compares it without importing Alembic (125 ms, on the unlock's path).
A new migration script changes it.
"""


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


def head_revision() -> str:
    """Return the newest schema revision this version knows."""
    return HEAD


def scripts_head() -> str:
    """Return the newest revision of the migration scripts, as Alembic reads them."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Return every revision this version knows."""
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """Return the vault's schema revision (None for a database without one).

    Read from Alembic's version table directly when it holds the one row a linear
    history leaves; anything else (no table, several rows) is left to Alembic, which
    answers None or refuses as it always did.
    """
    with engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (VERSION_TABLE,)
        ).first()
        if found is not None:
            rows = conn.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").all()
            if len(rows) == 1:
                return str(rows[0][0])
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision, in one transaction."""
    from alembic import command

    _run(engine, lambda config: command.upgrade(config, "head"))


def downgrade(engine: Engine, revision: str) -> None:
    """Take the schema back to ``revision``, in one transaction (for tests and repairs)."""
    from alembic import command

    _run(engine, lambda config: command.downgrade(config, revision))


class ForeignKeyBrokenError(RuntimeError):
    """A migration left a row that refers to nothing; it was rolled back."""


def _run(engine: Engine, step: Callable[[Config], None]) -> None:
    """Run ``step`` in one explicit transaction, foreign keys off, checked before commit.

    SQLite's own procedure for changing a table's definition: a table that others refer
    to is rebuilt (copy, drop, rename) with foreign keys off, and ``foreign_key_check``
    must find nothing before the commit. The pragma is set outside the transaction (it
    does nothing inside one) and set back on the connection before it returns to the
    pool. ``BEGIN`` is explicit: the driver would otherwise run the DDL before the first
    row change outside any transaction.
    """
    config = _config()
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        conn.commit()
        try:
            with conn.begin():
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                config.attributes["connection"] = conn
                step(config)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise ForeignKeyBrokenError(f"{len(broken)} row(s) refer to nothing")
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")
            conn.commit()
