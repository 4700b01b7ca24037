"""The SQLCipher engine of an open vault, and the checks run at unlock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, create_engine, event, exc, text

from vpi_groups.storage.errors import VaultDamagedError

SQLITE_FULL = 13

PRAGMAS = (
    "PRAGMA cipher_log_level = NONE",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    # Deleted records (purges, erasures) are overwritten, not left in free pages.
    "PRAGMA secure_delete = ON",
)


def key_pragma(data_key: bytes) -> str:
    """Return the PRAGMA that gives SQLCipher the raw key (hex digits only, no passphrase)."""
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return "PRAGMA key = \"x'" + data_key.hex() + "'\""


def open_connection(path: Path, data_key: bytes) -> Any:
    """Open one raw DB-API connection with the key set first, then the pragmas."""
    conn = sqlcipher.connect(str(path), check_same_thread=False)
    _configure(conn, data_key)
    return conn


def _configure(dbapi_connection: Any, data_key: bytes) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(key_pragma(data_key))
        for pragma in PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def make_engine(path: Path, data_key: bytes) -> Engine:
    """Create the engine of one open vault: SQLCipher, key on every connection.

    Pooled connections are closed by ``engine.dispose()`` when the vault locks.
    """
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher,
        hide_parameters=True,
        connect_args={"check_same_thread": False},
    )
    key = bytes(data_key)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        _configure(dbapi_connection, key)

    return engine


def is_disk_full(error: BaseException) -> bool:
    """Whether a SQLite error means the disk (or the page limit) is full."""
    original = getattr(error, "orig", None) or error
    return getattr(original, "sqlite_errorcode", None) == SQLITE_FULL or "disk is full" in str(
        original
    )


def _checkpoint(conn: Connection) -> bool:
    """Move the WAL into the main file; return whether every page now lies there.

    On a full disk the WAL stays (SQLite reads through it): the vault still opens.
    """
    try:
        busy, wal_frames, copied = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    except exc.OperationalError as error:
        if is_disk_full(error):
            return False
        raise
    return int(busy) == 0 and int(wal_frames) == int(copied)


def check_database(engine: Engine, path: Path, *, full: bool = False) -> None:
    """Check every page's HMAC and the file's size; raise if anything is off.

    ``full`` adds SQLite's structural check (reads every row; for ``verify``).

    Raises:
        VaultDamagedError: the file cannot be decrypted, a page fails its HMAC,
            or pages are missing.
    """
    try:
        with engine.connect() as conn:
            complete = _checkpoint(conn)
            problems = conn.execute(text("PRAGMA cipher_integrity_check")).fetchall()
            page_size = conn.execute(text("PRAGMA page_size")).scalar_one()
            page_count = conn.execute(text("PRAGMA page_count")).scalar_one()
            quick = conn.execute(text("PRAGMA quick_check")).scalar_one() if full else "ok"
    except (sqlcipher.DatabaseError, exc.DatabaseError):
        raise VaultDamagedError(path, "cannot be decrypted or read") from None
    if problems:
        raise VaultDamagedError(path, f"{len(problems)} page(s) fail their check")
    if quick != "ok":
        raise VaultDamagedError(path, "structure check failed")
    size = path.stat().st_size
    if complete and size != int(page_size) * int(page_count):
        raise VaultDamagedError(path, "truncated or extended")
