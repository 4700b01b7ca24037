"""A ten-year programme for the benchmarks: 60 weekly groups, 20,000+ sessions, 150k lines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.scheduling.conftest import make_directory, weekly

from vpi_groups.attendance import registers as attendance
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.scheduling import records, series
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import AttendanceStatus

PASSPHRASE = "un programme de dix ans 2016-2026"
STATUSES = list(AttendanceStatus)


def build(folder: Path, *, groups: int = 60, lines: int = 150_000) -> vaults.Vault:
    """Create the vault (minimum key derivation) and fill it; returns it open."""
    vault, _ = vaults.create(folder, PASSPHRASE, kdf_seconds=0)
    directory = make_directory(vault)
    session_ids: list[int] = []
    with vault.session() as s:
        for g in range(groups):
            start = dt.date(2016, 1, 4) + dt.timedelta(days=g % 7)
            change = series.create_group(
                s,
                records.GroupSpec(
                    f"Groupe {g + 1}",
                    directory.action,
                    directory.facilitators[:2] if g % 2 else directory.facilitators[2:],
                    weekly(start, weekday=(g % 5), count=360, at=dt.time(9 + g % 10, 0)),
                ),
            )
            session_ids.extend(x.id for x in change.created)
        people = [attendance.create_participant(s, ParticipantAttributes()).id for _ in range(12)]
    per_session = max(1, lines // len(session_ids) + 1)
    rows = []
    for i in range(lines):
        sid = session_ids[i // per_session]
        rows.append((sid, people[i % per_session], STATUSES[i % 3]))
    with vault.session() as s:
        attendance.bulk_record(s, rows)
    return vault
