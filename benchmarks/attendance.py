"""Attendance figures: the window's register save and a bulk import, on a ten-year vault.

The vault is :mod:`benchmarks.big_vault`'s (2016-2025, 60 weekly groups, ``--lines``
register lines). Both sides of each figure work on that same vault (SQLCipher, same
key, same ``sqlcipher3`` library), in turn (A, B, A, B...):

- register save: what the session dialog's "Save" runs, ``session_edits.save_session``
  with the whole register of a session (12 participants, statuses changed each time)
  in one ``vault.session()``; against the same register lines upserted with one
  ``executemany`` and a commit on the vault's raw connection. Sessions rotate over
  ``--sessions`` different sessions of the decade. Target: within 2x.
- bulk import: ``attendance.bulk_record`` of ``--bulk`` lines in one unit of work,
  against the same lines by ``executemany`` on the raw connection (the lines are
  deleted, untimed, before each side). Target: within 1.5x.

Run: ``.venv/bin/python -m benchmarks.attendance [--lines N] [--saves N] [--bulk N]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
from pathlib import Path

from sqlalchemy import text

from benchmarks.big_vault import build
from benchmarks.timing import interleaved, median_ratio, report
from vpi_groups import session_edits
from vpi_groups.attendance import registers as attendance
from vpi_groups.scheduling import records
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import AttendanceStatus

NAME = "attendance"
UPSERT = (
    "INSERT INTO attendance (session_id, participant_id, status) VALUES (?, ?, ?)"
    " ON CONFLICT (session_id, participant_id) DO UPDATE SET status = excluded.status"
)


def choose_sessions(vault: vaults.Vault, count: int) -> list[int]:
    """``count`` group sessions spread over the decade, not cancelled."""
    with vault.engine.connect() as conn:
        ids = [
            int(sid)
            for (sid,) in conn.exec_driver_sql(
                "SELECT id FROM session WHERE group_id IS NOT NULL AND status != 'cancelled'"
                " ORDER BY starts_at, id"
            )
        ]
    step = max(1, len(ids) // count)
    return ids[::step][:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--lines", type=int, default=150_000, help="register lines in the vault")
    parser.add_argument("--saves", type=int, default=100, help="register saves per side")
    parser.add_argument("--sessions", type=int, default=50, help="sessions the saves rotate over")
    parser.add_argument("--bulk", type=int, default=50_000, help="lines of the bulk import")
    parser.add_argument("--repeat", type=int, default=3, help="bulk imports per side")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="vpi-att-bench-") as tmp:
        vault = build(Path(tmp) / "vault", lines=args.lines)
        with vault.engine.connect() as conn:
            people = [int(p) for (p,) in conn.exec_driver_sql("SELECT id FROM participant")]
            total = conn.exec_driver_sql("SELECT count(*) FROM attendance").scalar_one()
        sessions = choose_sessions(vault, args.sessions)
        with vault.session() as s:  # the register's people are enrolled, as in a real group
            infos = {sid: records.get_session(s, sid) for sid in sessions}
            for sid, info in infos.items():
                assert info.group_id is not None
                for pid in people:
                    attendance.enrol(s, pid, info.group_id, dt.date(2016, 1, 1))
                del sid
        print(
            f"vault: 2016-2025, {len(people)} participants, {total:,} register lines;"
            f" saves rotate over {len(sessions)} sessions"
        )
        statuses = list(AttendanceStatus)
        turn = iter(range(10**9))

        def register_of(n: int) -> tuple[int, dict[int, AttendanceStatus]]:
            sid = sessions[n % len(sessions)]
            return sid, {pid: statuses[(n + i) % len(statuses)] for i, pid in enumerate(people)}

        def app_save() -> None:
            sid, register = register_of(next(turn))
            info = infos[sid]
            edit = session_edits.SessionEdit(
                session_id=sid,
                start=info.start,
                end=info.end,
                status=info.status,
                cancel_reason=info.cancel_reason,
                room_id=info.room_id,
                facilitator_ids=tuple(info.facilitator_ids),
                attendance=register,
                note="",
            )
            with vault.session() as s:
                session_edits.save_session(s, edit)

        raw = vault.engine.raw_connection()

        def raw_save() -> None:
            sid, register = register_of(next(turn))
            cur = raw.cursor()
            cur.executemany(UPSERT, [(sid, pid, st.value) for pid, st in register.items()])
            raw.commit()

        for _ in range(5):
            app_save()
            raw_save()
        times, bases = interleaved(app_save, raw_save, args.saves)
        print(
            report(
                f"register save: save_session, {len(people)} lines (x{args.saves})",
                statistics.median(times),
                statistics.median(bases),
                2.0,
                ratio=median_ratio(times, bases),
                benchmark=NAME,
            )
        )

        with vault.engine.connect() as conn:
            lines = [
                (int(s), int(p), AttendanceStatus(st))
                for s, p, st in conn.exec_driver_sql(
                    f"SELECT session_id, participant_id, status FROM attendance"
                    f" ORDER BY session_id DESC, participant_id LIMIT {int(args.bulk)}"
                )
            ]
        plain = [(s, p, st.value) for s, p, st in lines]
        low = min(s for s, _p, _st in lines)

        def clear() -> None:
            with vault.session() as s:
                s.execute(text("DELETE FROM attendance WHERE session_id >= :low"), {"low": low})

        def service() -> None:
            with vault.session() as s:
                attendance.bulk_record(s, lines)

        def executemany() -> None:
            cur = raw.cursor()
            cur.executemany(
                "INSERT INTO attendance (session_id, participant_id, status) VALUES (?, ?, ?)",
                plain,
            )
            raw.commit()

        service_times: list[float] = []
        raw_times: list[float] = []
        for _ in range(args.repeat):
            for side, out in ((service, service_times), (executemany, raw_times)):
                clear()
                one, _none = interleaved(side, lambda: None, 1)
                out.extend(one)
        print(
            report(
                f"bulk import: bulk_record, {len(lines):,} lines",
                statistics.median(service_times),
                statistics.median(raw_times),
                1.5,
                ratio=median_ratio(service_times, raw_times),
                benchmark=NAME,
            )
        )
        raw.close()
        vault.lock()


if __name__ == "__main__":
    main()
