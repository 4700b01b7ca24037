"""A ten-year programme for benchmarks (2016-2025): 60 weekly groups, 31,000 sessions, 150k lines.

Every group meets weekly from its first week of January 2016 to the end of December
2025 (about 520 sessions each); the register lines (``lines``, 150,000 by default) are
spread over the sessions in date order, from the first week to the last, so the
registers too span the ten years.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.scheduling.conftest import make_directory, weekly

from vpi_groups.attendance import registers as attendance
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.scheduling import records, series
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import AttendanceStatus

PASSPHRASE = "un programme de dix ans 2016-2025"
FIRST_DAY, LAST_DAY = dt.date(2016, 1, 4), dt.date(2025, 12, 31)
STATUSES = list(AttendanceStatus)


def build(folder: Path, *, groups: int = 60, lines: int = 150_000) -> vaults.Vault:
    """Create the vault (minimum key derivation) and fill it; returns it open."""
    vault, _ = vaults.create(folder, PASSPHRASE, kdf_seconds=0)
    directory = make_directory(vault)
    group_ids: list[int] = []
    with vault.session() as s:
        for g in range(groups):
            start = FIRST_DAY + dt.timedelta(days=g % 7)
            change = series.create_group(
                s,
                records.GroupSpec(
                    f"Groupe {g + 1}",
                    directory.action,
                    directory.facilitators[:2] if g % 2 else directory.facilitators[2:],
                    weekly(start, weekday=(g % 5), end=LAST_DAY, at=dt.time(9 + g % 10, 0)),
                ),
            )
            group_ids.append(change.group.id)
        people = [attendance.create_participant(s, ParticipantAttributes()).id for _ in range(12)]
        for group_id in group_ids:  # enrolled, as the window's register save requires
            for person in people:
                attendance.enrol(s, person, group_id, FIRST_DAY)
    with vault.engine.connect() as conn:  # in date order: the registers span the decade
        ordered = [
            sid for (sid,) in conn.exec_driver_sql("SELECT id FROM session ORDER BY starts_at, id")
        ]
    sessions = len(ordered)
    per_session = min(len(people), max(1, -(-lines // sessions)))
    rows = []
    for i in range(lines):
        # spread evenly: line i goes to the session at the same fraction of the decade
        sid = ordered[i * sessions // lines]
        rows.append((sid, people[i % per_session], STATUSES[i % 3]))
    with vault.session() as s:
        attendance.bulk_record(s, rows)
    return vault
