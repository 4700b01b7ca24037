"""Storage figures: the vault's real write path and SQLCipher's cost, against SQLite without a key.

Both sides use the same library (``sqlcipher3``, the SQLite bundled with SQLCipher):
the baseline is a database file opened by ``sqlcipher3`` with no key, so plain SQLite
pages, with the vault's pragmas minus the cipher ones and the vault's very schema.
Every figure runs the two sides in turn (A, B, A, B...) in the same run.

- one saved edit: the app's real path, ``vault.session()`` holding one new row (a
  setting, through the ORM), committed; against the same row inserted and committed
  on an open ``sqlcipher3`` connection without a key. Target: within 1.5x.
- bulk insert of ``--rows`` rows and a GROUP BY over them, through the same
  SQLAlchemy Core code on both engines: what encryption costs on reads (target
  1.5x) and on a large write (no target). The report against raw SQL GROUP BY is
  measured by ``benchmarks/reports.py``.
- unlock time split into key derivation and the rest (no baseline, no target).

Run: ``.venv/bin/python -m benchmarks.storage [--rows N] [--commits N]``
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import (
    Column,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    insert,
    text,
)

from benchmarks.timing import interleaved, median_ratio, report
from vpi_groups.storage import keyfile
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.engine import PRAGMAS
from vpi_groups.storage.models import Setting

NAME = "storage"
PASSPHRASE = "banc d'essai du coffre 2026"
META = MetaData()
BENCH = Table(
    "bench_event",
    META,
    Column("id", Integer, primary_key=True),
    Column("group_id", Integer, nullable=False),
    Column("month", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("value", Integer, nullable=False),
)
GROUP_BY = text(
    "SELECT group_id, month, kind, count(*), sum(value) FROM bench_event "
    "GROUP BY group_id, month, kind"
)


def keyless_connection(path: Path) -> Any:
    """A ``sqlcipher3`` connection with no key (plain SQLite pages), the vault's other pragmas."""
    conn = sqlcipher.connect(str(path), check_same_thread=False)
    for pragma in PRAGMAS:
        if "cipher" not in pragma:
            conn.execute(pragma)
    return conn


def keyless_engine(path: Path) -> Engine:
    """The same, as an SQLAlchemy engine (same driver module as the vault's)."""
    return create_engine(
        f"sqlite:///{path}", module=sqlcipher, creator=lambda: keyless_connection(path)
    )


def copy_schema(vault: vaults.Vault, conn: Any) -> None:
    """Create the vault's tables and indexes in the keyless database."""
    with vault.engine.connect() as source:
        ddl = [
            sql
            for (sql,) in source.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL "
                "AND name NOT LIKE 'sqlite_%' ORDER BY type DESC, name"
            )
        ]
    for statement in ddl:
        conn.execute(statement)
    conn.commit()


def rows(n: int, seed: int = 7) -> list[dict[str, object]]:
    rng = random.Random(seed)
    kinds = ["present", "excused", "absent"]
    return [
        {
            "group_id": rng.randrange(60),
            "month": rng.randrange(120),
            "kind": rng.choice(kinds),
            "value": 1,
        }
        for _ in range(n)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rows", type=int, default=150_000)
    parser.add_argument("--commits", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    data = rows(args.rows)
    with tempfile.TemporaryDirectory(prefix="vpi-bench-") as tmp:
        root = Path(tmp)
        vault, _ = vaults.create(root / "vault", PASSPHRASE)  # calibrated, as for a user
        plain_conn = keyless_connection(root / "plain.db")
        copy_schema(vault, plain_conn)
        print(
            f"SQLCipher vault vs the same sqlcipher3 without a key "
            f"(SQLite {sqlcipher.sqlite_version}), interleaved, medians"
        )

        counter = iter(range(10**9))

        def app_edit() -> None:
            with vault.session() as s:
                s.add(Setting(key=f"bench-{next(counter)}", value="une valeur"))

        def keyless_edit() -> None:
            plain_conn.execute(
                "INSERT INTO setting (key, value) VALUES (?, ?)",
                (f"bench-{next(counter)}", "une valeur"),
            )
            plain_conn.commit()

        for _ in range(10):  # warm both connections and caches
            app_edit()
            keyless_edit()
        times, bases = interleaved(app_edit, keyless_edit, args.commits)
        print(
            report(
                f"one saved edit: vault.session() + 1 row (x{args.commits})",
                statistics.median(times),
                statistics.median(bases),
                1.5,
                ratio=median_ratio(times, bases),
                benchmark=NAME,
            )
        )
        plain_conn.close()

        cipher = vault.engine
        plain = keyless_engine(root / "plain-bulk.db")
        META.create_all(cipher)
        META.create_all(plain)

        def bulk(engine: Engine) -> Any:
            def run() -> None:
                with engine.begin() as conn:
                    conn.execute(text("DELETE FROM bench_event"))
                    conn.execute(insert(BENCH), data)

            return run

        times, bases = interleaved(bulk(cipher), bulk(plain), 3)
        print(
            report(
                f"bulk insert of {args.rows:,} rows (delete + insert)",
                statistics.median(times),
                statistics.median(bases),
                None,
                ratio=median_ratio(times, bases),
                benchmark=NAME,
            )
        )

        def group_by(engine: Engine) -> Any:
            def run() -> object:
                with engine.connect() as conn:
                    return conn.execute(GROUP_BY).fetchall()

            return run

        times, bases = interleaved(group_by(cipher), group_by(plain), args.repeat)
        print(
            report(
                f"GROUP BY over {args.rows:,} rows",
                statistics.median(times),
                statistics.median(bases),
                1.5,
                ratio=median_ratio(times, bases),
                benchmark=NAME,
            )
        )
        plain.dispose()
        vault.lock()

        empty_dir = root / "empty"
        vaults.create(empty_dir, PASSPHRASE)[0].lock()
        for label, folder in (
            ("empty vault", empty_dir),
            (f"{args.rows:,}-row vault", root / "vault"),
        ):
            timings = []
            for _ in range(3):
                unlocked = vaults.unlock(folder, passphrase=PASSPHRASE)
                timings.append(unlocked.unlock_timings)
                unlocked.lock()
            derive = statistics.median(t.key_derivation for t in timings)
            rest = statistics.median(t.checks_and_open for t in timings)
            size = (folder / "vault.db").stat().st_size / 1e6
            print(
                f"unlock, {label} ({size:.1f} MB), median of 3: key derivation "
                f"{derive * 1000:.0f} ms + checks and open {rest * 1000:.0f} ms (no target)"
            )
        header = keyfile.read(root / "vault" / "vault.key")
        print(f"Argon2id parameters calibrated here: {header.kdf}")


if __name__ == "__main__":
    main()
