"""The export's bytes do not change when its code does: a mixed programme against stored files.

The files in ``golden/`` were written by the export as it was before it read the
vault in one pass (one query per table, each rule expanded once), from the programme
built below: both talk groups of :mod:`tests.calendar.programmes` with their edits, a
night series across both changes of offset, an action's sessions in the repeated
autumn hour and across the spring change, a series edited from its middle (kept
sessions of the earlier rule, a moved one kept although its day left the rule, days
of the new rule before the edit left empty), and a monthly group in another time
zone. Every export option is exercised, in one file and one file per group. The busy
level's files were written again when that level got UIDs of its own, one neutral title
("Indisponible", also the calendar's name), its own PRODID and file names without
record numbers; nothing else in them changed, and in the other files only the
placeholders' numbers did.

UIDs are random (the busy level's are keyed by a random secret of the vault): each is
replaced, in order of first appearance, by a placeholder of the same length (the
folding stays the same). PRODID carries the version: it is replaced too.
``VPI_GOLDEN_WRITE=1`` writes the files again (only after checking by other means that
a change of bytes is meant).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.calendar.programmes import NOW, Programme, build, paris
from tests.scheduling.conftest import weekly
from vpi_groups import clock
from vpi_groups.calendar import ics as ce
from vpi_groups.scheduling import records, series
from vpi_groups.scheduling import sessions as sch
from vpi_groups.scheduling.recurrence import Recurrence
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Frequency, HolidayCalendar

GOLDEN = Path(__file__).parent / "golden"
WRITE = os.environ.get("VPI_GOLDEN_WRITE") == "1"
EDITED_AT = dt.datetime(2026, 2, 2, 9, 15, 7, tzinfo=dt.UTC)
MONTREAL = ZoneInfo("America/Montreal")
_UID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclasses.dataclass(frozen=True)
class Mixed:
    made: Programme
    night: int
    edited: int
    montreal: int


def build_mixed(vault: vaults.Vault) -> Mixed:
    made = build(vault)
    d = made.directory
    a, b, c, e = d.facilitators
    with vault.session() as s:
        night = series.create_group(
            s,
            records.GroupSpec(
                "Nuit",
                d.action,
                (a, e),
                weekly(dt.date(2026, 3, 1), weekday=6, at=dt.time(2, 30), minutes=60, count=40),
                room_id=d.small_room,
                location_shared=True,
            ),
        ).group.id
        for start, length in (
            (dt.datetime(2026, 10, 25, 1, 30, tzinfo=dt.UTC), dt.timedelta(hours=1)),
            (dt.datetime(2026, 10, 25, 0, 30, tzinfo=dt.UTC), dt.timedelta(minutes=30)),
            (dt.datetime(2026, 3, 29, 0, 30, tzinfo=dt.UTC), dt.timedelta(minutes=90)),
        ):
            sch.add_action_session(s, d.training, start, start + length, facilitator_ids=[b])
        spec = records.GroupSpec(
            "Groupe modifié",
            d.action,
            (b, c),
            weekly(dt.date(2026, 9, 1), weekday=2, at=dt.time(10, 0), count=14),
            room_id=d.room,
        )
        edited = series.create_group(s, spec).group.id
        infos = records.list_sessions(s, group_id=edited)
        later = dt.timedelta(days=1)
        sch.move_session(s, infos[8].id, infos[8].start + later, infos[8].end + later)
        sch.cancel_session(s, infos[2].id, "Grève")
        sch.change_session_facilitators(s, infos[10].id, [a, b])
        new_rule = weekly(dt.date(2026, 8, 20), weekday=3, at=dt.time(9, 30), count=16)
        series.update_group(
            s,
            edited,
            dataclasses.replace(spec, recurrence=new_rule, facilitator_ids=(b, c, e)),
            effective_from=infos[5].start,
        )
        montreal = series.create_group(
            s,
            records.GroupSpec(
                "Montréal",
                d.action,
                (c, e),
                Recurrence(
                    Frequency.MONTHLY_NTH,
                    0,
                    dt.date(2026, 1, 1),
                    dt.time(1, 30),
                    90,
                    end_date=dt.date(2027, 6, 30),
                    nth=-1,
                    timezone="America/Montreal",
                    holidays=HolidayCalendar.NONE,
                ),
                room_id=d.room,
                location_shared=True,
            ),
        ).group.id
        first = records.list_sessions(s, group_id=montreal)[3]
        sch.move_session(
            s, first.id, first.start - dt.timedelta(hours=3), first.end - dt.timedelta(hours=3)
        )
    return Mixed(made, night, edited, montreal)


def normalised(data: bytes, uids: dict[bytes, bytes]) -> bytes:
    def placeholder(match: re.Match[bytes]) -> bytes:
        found = match.group(0)
        if found not in uids:
            uids[found] = f"00000000-0000-4000-8000-{len(uids):012d}".encode()
        return uids[found]

    return _UID.sub(placeholder, data.replace(ce.PRODID.encode(), b"-//PRODID//"))


def options_of(mixed: Mixed) -> dict[str, ce.ExportOptions]:
    d = mixed.made.directory
    return {
        "all": ce.ExportOptions(),
        "names": ce.ExportOptions(facilitator_names=True, calendar_name="Agenda; VIF, 2026"),
        "busy": ce.ExportOptions(privacy=ce.Privacy.BUSY, facilitator_names=True),
        "kept": ce.ExportOptions(keep_cancelled=True, facilitator_names=True),
        "groups": ce.ExportOptions(group_ids=(mixed.edited, mixed.night, mixed.made.tuesday)),
        "facilitator": ce.ExportOptions(facilitator_id=d.facilitators[1], keep_cancelled=True),
        "period": ce.ExportOptions(start=paris(2026, 3, 15, 0), end=paris(2026, 10, 10, 0)),
        "talks": ce.ExportOptions(action_id=d.action, start=paris(2026, 9, 20, 0)),
        "training": ce.ExportOptions(action_id=d.training),
    }


def compare(name: str, data: bytes, uids: dict[bytes, bytes]) -> None:
    path = GOLDEN / name
    if WRITE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(normalised(data, uids))
    assert normalised(data, uids) == path.read_bytes(), name


def test_the_export_writes_the_same_bytes_as_before(
    vault: vaults.Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "now", lambda: EDITED_AT)
    mixed = build_mixed(vault)
    uids: dict[bytes, bytes] = {}
    with vault.session() as s:
        for name, options in options_of(mixed).items():
            compare(f"{name}.ics", ce.export_calendar(s, options, now=NOW), uids)
        for privacy in ce.Privacy:
            files = ce.export_per_group(
                s, ce.ExportOptions(privacy=privacy, keep_cancelled=True), now=NOW
            )
            folder = f"per-group-{privacy.value}"
            if not WRITE:
                assert sorted(p.name for p in (GOLDEN / folder).iterdir()) == sorted(files)
            for file_name, data in files.items():
                compare(f"{folder}/{file_name}", data, uids)
    assert len(uids) > 15
