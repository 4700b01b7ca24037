"""The SQLCipher engine of an open vault, and the checks run at unlock."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, create_engine, exc, text

from vpi_groups.storage.errors import VaultDamagedError

SQLITE_FULL = 13

PRAGMAS = (
    # SQLCipher 4's settings, pinned: a later SQLCipher with other defaults still opens it.
    "PRAGMA cipher_compatibility = 4",
    "PRAGMA cipher_log_level = NONE",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    # Deleted records (purges, erasures) are overwritten, not left in free pages.
    "PRAGMA secure_delete = ON",
)


def key_literal(data_key: bytes) -> str:
    """Return SQLCipher's raw-key form ``x'<hex>'`` (hex digits only, no passphrase)."""
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return "x'" + data_key.hex() + "'"


def key_pragma(data_key: bytes) -> str:
    """Return the PRAGMA that gives SQLCipher the raw key (hex digits only, no passphrase)."""
    return 'PRAGMA key = "' + key_literal(data_key) + '"'


def open_connection(path: Path, data_key: bytes) -> Any:
    """Open one raw DB-API connection with the key set first, then the pragmas."""
    conn = sqlcipher.connect(str(path), check_same_thread=False)
    try:
        _configure(conn, data_key)
    except BaseException:
        conn.close()  # at once: an open handle keeps -wal/-shm beside a damaged file
        raise
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

    Each connection is made by :func:`open_connection`, so the key is its very first
    statement, before anything SQLAlchemy sends when it first meets the database.
    Connections are kept in the pool between units of work, keyed and set up once;
    they are closed by ``engine.dispose()`` when the vault locks. The pool hands out the
    connection used last: its page cache holds the pages the last unit decrypted and
    wrote, where another pooled connection would read and decrypt them again.
    """
    key = bytes(data_key)
    return create_engine(
        f"sqlite:///{path}",  # a file URL: the file pool, not the in-memory singleton
        module=sqlcipher,
        hide_parameters=True,
        creator=lambda: open_connection(path, key),
        pool_use_lifo=True,
    )


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
            quick = conn.execute(text("PRAGMA quick_check")).fetchall() if full else [("ok",)]
    except (sqlcipher.DatabaseError, exc.DatabaseError):
        raise VaultDamagedError(path, "cannot be decrypted or read") from None
    if problems:
        raise VaultDamagedError(path, f"{len(problems)} page(s) fail their check")
    if [tuple(row) for row in quick] != [("ok",)]:
        raise VaultDamagedError(path, f"structure check failed ({len(quick)} problem(s))")
    size = path.stat().st_size
    if complete and size != int(page_size) * int(page_count):
        raise VaultDamagedError(path, "truncated or extended")


def database_salt(path: Path) -> bytes:
    """Return the SQLCipher salt of a database file: its first 16 bytes, in clear.

    They name the database: a key file records the salt of the one it opens.
    """
    try:
        with path.open("rb") as handle:
            return handle.read(16)
    except (FileNotFoundError, IsADirectoryError):
        return b""


def export_rekeyed(source: Path, data_key: bytes, target: Path, new_key: bytes) -> None:
    """Copy a whole database into a new file encrypted under ``new_key``.

    ``sqlcipher_export`` writes every table, index and row into the attached file;
    the new file has its own salt. The copy is flushed to disk before returning.

    Raises:
        sqlcipher.OperationalError: the copy could not be written (disk full...).
    """
    conn = open_connection(source, data_key)
    try:
        conn.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(target), key_literal(new_key)))
        conn.execute("SELECT sqlcipher_export('rekeyed')")
        conn.commit()
        conn.execute("DETACH DATABASE rekeyed")
    finally:
        conn.close()
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
