"""Scheduling figures: a 10-year programme generated, then its double bookings found.

Builds, in a fresh vault, ten years of a programme (2026-2035): 30 facilitators, 8 rooms,
one talk-group action and one training action per year, and ``--groups`` talk groups
(default 60: two thirds weekly for the whole decade, the rest fortnightly or monthly on
the nth weekday), skipping metropolitan public holidays and each August, with two
facilitators and a room drawn at random; plus a one-off training day per month. That
is over 20,000 sessions. Each group is created by ``scheduling.create_group`` in its
own unit of work, as the window would.

Prints medians, each against a baseline measured in the same run:

- generation: every group through the service, against the same session and booking
  rows written with raw ``executemany`` (rules already expanded);
- conflict detection: ``scheduling.find_conflicts`` over the whole programme, and over
  one month, against a plain SQL self-join overlap query (checked to find the same
  pairs);
- one series edit (new time for a decade-long group) against a bare re-expansion.

Run: ``.venv/bin/python -m benchmarks.scheduling [--groups N] [--repeat N]``
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from benchmarks.timing import median_seconds, report
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import conflicts, records, recurrence, series
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.scheduling.recurrence import Closure, Recurrence
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import ActionKind, Frequency, HolidayCalendar, Sector

PASSPHRASE = "banc d'essai du planning 2026"
FIRST_YEAR, LAST_YEAR = 2026, 2035
SLOTS = (dt.time(9, 30), dt.time(14, 0), dt.time(18, 0))

OVERLAPS = text(
    """
    SELECT 'facilitator', a.facilitator_id, sa.id, sb.id
    FROM session_facilitator AS a
    JOIN session_facilitator AS b
      ON b.facilitator_id = a.facilitator_id AND b.session_id > a.session_id
    JOIN session AS sa ON sa.id = a.session_id
    JOIN session AS sb ON sb.id = b.session_id
    WHERE sa.status != 'cancelled' AND sb.status != 'cancelled'
      AND sa.starts_at < sb.ends_at AND sb.starts_at < sa.ends_at
      AND sa.ends_at > :low AND sa.starts_at < :high
      AND sb.ends_at > :low AND sb.starts_at < :high
    UNION ALL
    SELECT 'room', sa.room_id, sa.id, sb.id
    FROM session AS sa
    JOIN session AS sb ON sb.room_id = sa.room_id AND sb.id > sa.id
    WHERE sa.status != 'cancelled' AND sb.status != 'cancelled'
      AND sa.starts_at < sb.ends_at AND sb.starts_at < sa.ends_at
      AND sa.ends_at > :low AND sa.starts_at < :high
      AND sb.ends_at > :low AND sb.starts_at < :high
    """
)
EVER = ("0001-01-01", "9999-12-31")


@dataclass(frozen=True)
class Plan:
    """What to create: the directory's size and every group's settings."""

    facilitators: int
    rooms: int
    groups: list[tuple[str, Recurrence, int, int, int]]  # name, rule, two people, room


@contextmanager
def fresh_vault() -> Iterator[vaults.Vault]:
    with tempfile.TemporaryDirectory(prefix="vpi-bench-scheduling-") as folder:
        vault, _recovery = vaults.create(Path(folder) / "vault", PASSPHRASE, kdf_seconds=0)
        try:
            yield vault
        finally:
            vault.lock()


def make_plan(groups: int, seed: int = 7) -> Plan:
    rng = random.Random(seed)
    augusts = tuple(
        Closure(dt.date(y, 8, 1), dt.date(y, 8, 31)) for y in range(FIRST_YEAR, LAST_YEAR + 1)
    )
    plan = []
    for number in range(groups):
        kind = number % 6
        rule = Recurrence(
            Frequency.WEEKLY,
            weekday=rng.randrange(5),
            start_date=dt.date(FIRST_YEAR, 1, 5) + dt.timedelta(days=rng.randrange(60)),
            start_time=rng.choice(SLOTS),
            duration_minutes=rng.choice((90, 120)),
            end_date=dt.date(LAST_YEAR, 12, 31),
            holidays=HolidayCalendar.METROPOLE,
            closures=augusts,
        )
        if kind == 4:
            rule = dataclasses.replace(rule, interval=2)
        elif kind == 5:
            nth = rng.choice((1, 2, 3, -1))
            rule = dataclasses.replace(rule, frequency=Frequency.MONTHLY_NTH, nth=nth)
        first, second = rng.sample(range(30), 2)
        plan.append((f"Groupe {number + 1}", rule, first, second, rng.randrange(8)))
    return Plan(facilitators=30, rooms=8, groups=plan)


def build(vault: vaults.Vault, plan: Plan) -> tuple[list[int], float]:
    """Create the directory, then every group through the service.

    Returns the group ids and the seconds spent in ``create_group`` units of work.
    """
    sectors = list(Sector)
    with vault.session() as s:
        people = [
            programme.create_facilitator(
                s, programme.FacilitatorSpec(f"Animateur {i}", sectors[i % len(sectors)])
            ).id
            for i in range(plan.facilitators)
        ]
        rooms = [
            programme.create_room(s, programme.RoomSpec(f"Salle {i}", capacity=12)).id
            for i in range(plan.rooms)
        ]
        talks = {
            y: programme.create_action(
                s, programme.ActionSpec(f"Groupes {y}", ActionKind.TALK_GROUP, y)
            ).id
            for y in range(FIRST_YEAR, LAST_YEAR + 1)
        }
        trainings = {
            y: programme.create_action(
                s, programme.ActionSpec(f"Formation {y}", ActionKind.TRAINING, y)
            ).id
            for y in range(FIRST_YEAR, LAST_YEAR + 1)
        }
        for y in range(FIRST_YEAR, LAST_YEAR + 1):
            for month in range(1, 13):
                day = dt.datetime(y, month, 15, 9, tzinfo=dt.UTC)
                scheduling.add_action_session(
                    s,
                    trainings[y],
                    day,
                    day + dt.timedelta(hours=7),
                    facilitator_ids=[people[month % plan.facilitators]],
                    room_id=rooms[month % plan.rooms],
                )
    ids = []
    spent = 0.0
    for name, rule, first, second, room in plan.groups:
        spec = records.GroupSpec(
            name,
            talks[rule.start_date.year],
            (people[first], people[second]),
            rule,
            room_id=rooms[room],
        )
        start = time.perf_counter()
        with vault.session() as s:
            ids.append(series.create_group(s, spec).group.id)
        spent += time.perf_counter() - start
    return ids, spent


def raw_insert(vault: vaults.Vault, plan: Plan) -> float:
    """Write the same sessions and bookings with executemany; return the seconds."""
    fmt = "%Y-%m-%d %H:%M:%S.%f"
    expanded = [(rule, recurrence.expand(rule)) for _name, rule, _a, _b, _r in plan.groups]
    raw = vault.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.executemany(
            "INSERT INTO facilitator (id, name, sector, active) VALUES (?, ?, 'social', 1)",
            [(i + 1, f"Animateur {i}") for i in range(plan.facilitators)],
        )
        cur.executemany(
            "INSERT INTO room (id, name, capacity) VALUES (?, ?, 12)",
            [(i + 1, f"Salle {i}") for i in range(plan.rooms)],
        )
        cur.execute(
            "INSERT INTO action (id, title, kind, year, review_status)"
            " VALUES (1, 'Groupes', 'talk_group', 2026, 'proposed')"
        )
        raw.commit()
        start = time.perf_counter()
        session_id = 0
        for number, ((name, _rule, first, second, room), (rule, occurrences)) in enumerate(
            zip(plan.groups, expanded, strict=True), start=1
        ):
            cur.execute(
                "INSERT INTO talk_group (id, uid, revision, name, action_id, is_open,"
                " capacity_min, capacity_max, room_id, location_shared, frequency,"
                " rule_interval, weekday, nth, start_date, end_date, start_time,"
                " duration_minutes, timezone, holiday_calendar)"
                " VALUES (?, ?, 0, ?, 1, 0, 6, 8, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?,"
                " 'Europe/Paris', 'metropole')",
                (
                    number,
                    f"g{number}",
                    name,
                    room + 1,
                    rule.frequency.value,
                    rule.interval,
                    rule.weekday,
                    rule.nth,
                    rule.start_date.isoformat(),
                    (rule.end_date or rule.start_date).isoformat(),
                    rule.start_time.isoformat(),
                    rule.duration_minutes,
                ),
            )
            rows = []
            links = []
            for o in occurrences:
                session_id += 1
                begin = o.start.replace(tzinfo=None).strftime(fmt)
                rows.append(
                    (
                        session_id,
                        f"s{session_id}",
                        number,
                        begin,
                        begin,
                        o.end.replace(tzinfo=None).strftime(fmt),
                        room + 1,
                    )
                )
                links += [(session_id, first + 1), (session_id, second + 1)]
            cur.executemany(
                "INSERT INTO session (id, uid, revision, group_id, original_starts_at,"
                " starts_at, ends_at, status, room_id, moved, facilitators_edited,"
                " room_edited) VALUES (?, ?, 0, ?, ?, ?, ?, 'planned', ?, 0, 0, 0)",
                rows,
            )
            cur.executemany(
                "INSERT INTO session_facilitator (session_id, facilitator_id) VALUES (?, ?)",
                links,
            )
            raw.commit()
        return time.perf_counter() - start
    finally:
        raw.close()


def sql_pairs(vault: vaults.Vault, low: str, high: str) -> set[tuple[str, int, int, int]]:
    with vault.engine.connect() as conn:
        return {
            (str(kind), int(resource), int(a), int(b))
            for kind, resource, a, b in conn.execute(OVERLAPS, {"low": low, "high": high})
        }


def service_pairs(
    vault: vaults.Vault, start: dt.datetime | None = None, end: dt.datetime | None = None
) -> set[tuple[str, int, int, int]]:
    with vault.session() as s:
        return {
            (c.kind.value, c.resource_id, c.first_session_id, c.second_session_id)
            for c in conflicts.find_conflicts(s, start=start, end=end)
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    plan = make_plan(args.groups)
    expansion_time = median_seconds(
        lambda: [recurrence.expand(rule) for _n, rule, _a, _b, _r in plan.groups], args.repeat
    )

    generation, raw = [], []
    for _ in range(args.repeat):
        with fresh_vault() as vault:
            _ids, spent = build(vault, plan)
            generation.append(spent)
        with fresh_vault() as vault:
            raw.append(raw_insert(vault, plan))

    with fresh_vault() as vault:
        ids, _spent = build(vault, plan)
        with vault.engine.connect() as conn:
            sessions = conn.execute(text("SELECT count(*) FROM session")).scalar_one()
            bookings = conn.execute(text("SELECT count(*) FROM session_facilitator")).scalar_one()
        found = service_pairs(vault)
        if found != sql_pairs(vault, *EVER):
            raise SystemExit("find_conflicts and the SQL overlap query disagree")
        everything = median_seconds(lambda: service_pairs(vault), args.repeat)
        everything_sql = median_seconds(lambda: sql_pairs(vault, *EVER), args.repeat)

        month = (dt.datetime(2030, 3, 1, tzinfo=dt.UTC), dt.datetime(2030, 4, 1, tzinfo=dt.UTC))
        month_text = tuple(m.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f") for m in month)
        if service_pairs(vault, *month) != sql_pairs(vault, *month_text):
            raise SystemExit("the one-month conflicts disagree")
        one_month = median_seconds(lambda: service_pairs(vault, *month), args.repeat)
        one_month_sql = median_seconds(lambda: sql_pairs(vault, *month_text), args.repeat)

        with vault.session() as s:
            target = records.get_group(s, ids[0])
        edits = [dt.time(11, 0), dt.time(10, 0), dt.time(11, 0), dt.time(10, 0), dt.time(11, 0)]
        edit_times = []
        for at in edits[: max(args.repeat, 1)]:
            spec = target.spec
            spec = records.GroupSpec(
                spec.name,
                spec.action_id,
                spec.facilitator_ids,
                dataclasses.replace(spec.recurrence, start_time=at),
                room_id=spec.room_id,
            )
            start = time.perf_counter()
            with vault.session() as s:
                change = series.update_group(
                    s, target.id, spec, effective_from=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
                )
            edit_times.append(time.perf_counter() - start)
        series_sessions = len(change.updated)
        edit = sorted(edit_times)[len(edit_times) // 2]
        bare = median_seconds(lambda: recurrence.expand(spec.recurrence), args.repeat)

    print(
        f"programme: {len(plan.groups)} groups, {sessions} sessions, {bookings} facilitator"
        f" bookings, {len(found)} conflicts (years {FIRST_YEAR}-{LAST_YEAR})"
    )
    print(f"rule expansion alone (no database)           {expansion_time * 1000:10.2f} ms")
    print(
        report(
            "generate: create_group x all (vs executemany)",
            statistics.median(generation),
            statistics.median(raw),
        )
    )
    print(report("conflicts: find_conflicts, all (vs SQL join)", everything, everything_sql))
    print(report("conflicts: find_conflicts, one month (vs SQL)", one_month, one_month_sql))
    print(report(f"series edit: new time, {series_sessions} sessions (vs expand)", edit, bare))


if __name__ == "__main__":
    main()
