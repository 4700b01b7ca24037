"""Storage figures: SQLCipher vault against plain SQLite, measured in the same run.

Prints the median single-commit latency, a bulk insert of 150,000 rows and a GROUP BY
over them, each for the vault and for a plain SQLite file with the same pragmas and
the same SQLAlchemy code, with their ratio; then the unlock time split into key
derivation and the rest (on the empty vault and on the 150k-row one).

Run: ``.venv/bin/python -m benchmarks.storage [--rows N]``
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    event,
    insert,
    text,
)

from benchmarks.timing import median_seconds, report
from vpi_groups.storage import keyfile
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.engine import PRAGMAS

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


def plain_engine(path: Path) -> Engine:
    """A plain SQLite engine with the vault's pragmas (minus the cipher ones)."""
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        for pragma in PRAGMAS:
            if "cipher" not in pragma:
                dbapi_connection.execute(pragma)

    return engine


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


def single_commits(engine: Engine, count: int) -> float:
    """Median seconds of one commit holding one row."""
    times = []
    for i in range(count):
        start = time.perf_counter()
        with engine.begin() as conn:
            conn.execute(
                insert(BENCH), {"group_id": i % 60, "month": i % 120, "kind": "present", "value": 1}
            )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bulk_insert(engine: Engine, data: list[dict[str, object]]) -> float:
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM bench_event"))
    start = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(insert(BENCH), data)
    return time.perf_counter() - start


def group_by(engine: Engine) -> Callable[[], object]:
    def run() -> object:
        with engine.connect() as conn:
            return conn.execute(GROUP_BY).fetchall()

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=150_000)
    parser.add_argument("--commits", type=int, default=200)
    args = parser.parse_args()
    data = rows(args.rows)
    with tempfile.TemporaryDirectory(prefix="vpi-bench-") as tmp:
        root = Path(tmp)
        vault, _ = vaults.create(root / "vault", PASSPHRASE)  # calibrated, as for a user
        cipher = vault.engine
        plain = plain_engine(root / "plain.db")
        META.create_all(cipher)
        META.create_all(plain)
        print(f"SQLCipher vault vs plain SQLite, {args.rows:,} rows, medians")
        c1, p1 = single_commits(cipher, args.commits), single_commits(plain, args.commits)
        print(report(f"single commit (median of {args.commits})", c1, p1, target=1.5))
        cb = statistics.median(bulk_insert(cipher, data) for _ in range(3))
        pb = statistics.median(bulk_insert(plain, data) for _ in range(3))
        print(report(f"bulk insert of {args.rows:,} rows", cb, pb))
        cg, pg = median_seconds(group_by(cipher)), median_seconds(group_by(plain))
        print(report(f"GROUP BY over {args.rows:,} rows", cg, pg, target=1.5))
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
                f"{derive * 1000:.0f} ms + checks and open {rest * 1000:.0f} ms"
            )
        header = keyfile.read(root / "vault" / "vault.key")
        print(f"Argon2id parameters calibrated here: {header.kdf}")


if __name__ == "__main__":
    main()
