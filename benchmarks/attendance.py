"""Bulk attendance: 150,000 register lines through the service against raw SQLite inserts.

The service path is ``attendance.bulk_record`` in one unit of work of the vault
(SQLCipher, foreign keys on); the baseline, measured in the same run, is the
``sqlite3`` module's ``executemany`` into a plain SQLite file with the very same
table (its DDL is read from the vault), its index, and parent rows for its foreign
keys, also enforced. Target: within 3x.

Run: ``.venv/bin/python -m benchmarks.attendance [--rows N]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import delete
from tests.scheduling.conftest import make_directory, weekly

from vpi_groups.attendance import registers as attendance
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.scheduling import records, series
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Attendance, AttendanceStatus

PASSPHRASE = "banc d'essai des présences 2026"
STATUSES = list(AttendanceStatus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=150_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="vpi-att-bench-") as tmp:
        vault, _ = vaults.create(Path(tmp) / "vault", PASSPHRASE, kdf_seconds=0)
        directory = make_directory(vault)
        per_session = 12
        sessions_needed = args.rows // per_session + 1
        session_ids: list[int] = []
        with vault.session() as s:
            while len(session_ids) < sessions_needed:
                start = dt.date(2016, 1, 4) + dt.timedelta(days=len(session_ids) % 3000)
                change = series.create_group(
                    s,
                    records.GroupSpec(
                        f"Groupe {len(session_ids)}",
                        directory.action,
                        directory.facilitators[:2],
                        weekly(start, count=500, at=dt.time(9 + len(session_ids) % 9, 0)),
                    ),
                )
                session_ids.extend(x.id for x in change.created)
            people = [
                attendance.create_participant(s, ParticipantAttributes()).id
                for _ in range(per_session)
            ]
        rows = [
            (session_ids[i // per_session], people[i % per_session], STATUSES[i % 3])
            for i in range(args.rows)
        ]
        plain = [(sid, pid, st.value) for sid, pid, st in rows]
        with vault.engine.connect() as conn:
            ddl = [
                sql
                for (sql,) in conn.exec_driver_sql(
                    "SELECT sql FROM sqlite_master WHERE tbl_name = 'attendance' "
                    "AND sql IS NOT NULL ORDER BY type DESC"
                )
            ]

        def service() -> float:
            with vault.session() as s:
                s.execute(delete(Attendance))
            start = time.perf_counter()
            with vault.session() as s:
                attendance.bulk_record(s, rows)
            return time.perf_counter() - start

        def raw() -> float:
            path = Path(tmp) / "plain.db"
            path.unlink(missing_ok=True)
            conn = sqlite3.connect(path)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("CREATE TABLE session (id INTEGER PRIMARY KEY)")
            conn.execute("CREATE TABLE participant (id INTEGER PRIMARY KEY)")
            conn.executemany("INSERT INTO session VALUES (?)", [(i,) for i in session_ids])
            conn.executemany("INSERT INTO participant VALUES (?)", [(i,) for i in people])
            for statement in ddl:
                conn.execute(statement)
            conn.commit()
            start = time.perf_counter()
            conn.executemany("INSERT INTO attendance VALUES (?, ?, ?)", plain)
            conn.commit()
            elapsed = time.perf_counter() - start
            conn.close()
            return elapsed

        service_s = statistics.median(service() for _ in range(args.repeat))
        raw_s = statistics.median(raw() for _ in range(args.repeat))
        vault.lock()
    ratio = service_s / raw_s
    verdict = "ok" if ratio <= 3 else "MISSED"
    print(f"{args.rows:,} register lines, median of {args.repeat}:")
    print(f"  service (vault, SQLCipher)   {service_s * 1000:8.1f} ms")
    print(f"  raw sqlite3 executemany      {raw_s * 1000:8.1f} ms")
    print(f"  ratio                        {ratio:8.2f}x  (target <= 3x: {verdict})")


if __name__ == "__main__":
    main()
