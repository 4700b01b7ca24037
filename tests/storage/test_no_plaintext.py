"""No plaintext on disk: canaries written into every text column are found in no file.

The workload fills every text column of every table (one row per table, parents
first; CHECK and foreign-key constraints are switched off on that one connection,
so that even coded columns carry a canary and no table needs a hand-written row),
then commits, backs up, changes the passphrase, locks and unlocks. Every
file under the vault folder, the temp dir (files touched during the test) and the
config/data/cache dirs is scanned for each canary in UTF-8, UTF-16-LE and UTF-16-BE.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer, Numeric, String, Table, Text, Time
from sqlalchemy.engine import Connection

from tests.storage.conftest import PASSPHRASE
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Base

SQLITE_MAGIC = b"SQLite format 3\x00"


def _canary(table: str, column: str) -> str:
    return f"Canari-été-{table}.{column}-Zq7"


def _value_for(column: Any, table: Table, parents: dict[str, Any]) -> Any:
    kind = getattr(column.type, "impl_instance", column.type)  # a TypeDecorator's base type
    if column.foreign_keys:
        fk = next(iter(column.foreign_keys))
        return parents.get(fk.column.table.name, 1)  # self-references: any id (FKs are off)
    if isinstance(kind, Enum):
        enum_class = kind.enum_class
        if enum_class is not None and issubclass(enum_class, enum.Enum):
            return next(iter(enum_class))
        return kind.enums[0]
    python_type: Any
    try:
        python_type = kind.python_type
    except NotImplementedError:
        python_type = None
    if isinstance(kind, String | Text) or python_type is str:
        return _canary(table.name, column.name)
    if isinstance(kind, Boolean) or python_type is bool:
        return True
    if isinstance(kind, DateTime) or python_type is dt.datetime:
        return dt.datetime(2026, 3, 29, 9, 30, tzinfo=dt.UTC)
    if isinstance(kind, Date) or python_type is dt.date:
        return dt.date(2026, 3, 29)
    if isinstance(kind, Time) or python_type is dt.time:
        return dt.time(9, 30)
    if isinstance(kind, Numeric) or python_type is decimal.Decimal:
        return decimal.Decimal("12.50")
    if isinstance(kind, Integer) or python_type is int:
        return 7
    raise AssertionError(f"no canary value for {table.name}.{column.name} ({kind!r})")


def _is_text(column: Any) -> bool:
    if isinstance(column.type, Enum):
        return False  # a coded value holds one of its codes, never free text
    try:
        return column.type.python_type is str or isinstance(column.type, String | Text)
    except NotImplementedError:
        return isinstance(column.type, String | Text)


def _fill_every_table(conn: Connection) -> set[str]:
    """Insert one row per table, parents first; return every canary written.

    The caller discards the connection afterwards (its constraint pragmas are off).
    """
    conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
    conn.exec_driver_sql("PRAGMA ignore_check_constraints = ON")
    parents: dict[str, Any] = {}
    canaries: set[str] = set()
    for table in Base.metadata.sorted_tables:
        row: dict[str, Any] = {}
        for column in table.columns:
            single_pk = len(table.primary_key.columns) == 1
            if (
                single_pk
                and column.primary_key
                and isinstance(column.type, Integer)
                and not column.foreign_keys
            ):
                continue  # the row id: SQLite assigns it
            row[column.name] = _value_for(column, table, parents)
            if isinstance(row[column.name], str) and row[column.name].startswith("Canari"):
                canaries.add(row[column.name])
        result = conn.execute(table.insert().values(**row))
        pk = result.inserted_primary_key
        parents[table.name] = pk[0] if pk is not None and len(pk) else None
    return canaries


def _files(roots: list[Path], since: float) -> Iterator[Path]:
    for root in roots:
        if not root.exists():
            continue
        for dirpath, _dirs, names in os.walk(root):
            for name in names:
                path = Path(dirpath) / name
                try:
                    if path.is_file() and not path.is_symlink() and path.stat().st_mtime >= since:
                        yield path
                except OSError:
                    continue


def _scan(roots: list[Path], since: float, canaries: set[str]) -> list[str]:
    needles = {
        c.encode(enc): f"{c} ({enc})"
        for c in canaries
        for enc in ("utf-8", "utf-16-le", "utf-16-be")
    }
    hits: list[str] = []
    for path in _files(roots, since):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        hits.extend(f"{path}: {label}" for needle, label in needles.items() if needle in data)
    return hits


def test_no_canary_reaches_any_file(tmp_path: Path) -> None:
    since = time.time() - 1
    folder = tmp_path / "vault"
    vault, recovery = vaults.create(folder, PASSPHRASE)
    with vault.engine.connect() as conn:
        canaries = _fill_every_table(conn)
        conn.commit()
        conn.invalidate()  # never hand this constraint-free connection back to the pool
    expected = {
        f"{t.name}.{c.name}"
        for t in Base.metadata.sorted_tables
        for c in t.columns
        if not c.foreign_keys and _is_text(c)
    }
    assert {c.split("-")[2] for c in canaries} >= expected, "a text column got no canary"
    assert canaries, "the workload wrote no text at all"
    roots = [
        tmp_path,
        Path(tempfile.gettempdir()),
        *(Path(os.environ[v]) for v in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")),
    ]
    assert _scan(roots, since, canaries) == [], "plaintext while open (WAL, shm, temp files)"
    vault.backup(tmp_path / "sauvegarde.vpibak")
    vault.change_passphrase("une autre phrase très longue")
    vault.lock()
    vaults.unlock(folder, recovery_key=recovery).lock()

    assert _scan(roots, since, canaries) == []
    assert (folder / "vault.db").read_bytes()[:16] != SQLITE_MAGIC
    assert SQLITE_MAGIC not in (tmp_path / "sauvegarde.vpibak").read_bytes()


def test_the_scan_would_find_a_leak(tmp_path: Path) -> None:
    """Control: the scanner finds a canary written in clear, in each encoding."""
    since = time.time() - 1
    canary = _canary("demo", "col")
    (tmp_path / "a.txt").write_text(f"x {canary} y", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(canary.encode("utf-16-le"))
    hits = _scan([tmp_path], since, {canary})
    assert len(hits) == 2
