"""Calendar export figures: 20,000 sessions to .ics, against icalendar alone on the same events.

Builds, in a fresh vault, a ten-year programme (2026-2035) of ``--groups`` weekly talk
groups (default 48, skipping public holidays and each August) and a training day a
month: over 20,000 sessions. Then edits it as users do: in every group, about one
session in forty moved, one in forty cancelled, one in forty given another room, and
two extra sessions.

Prints medians, each against a baseline measured in the same run, the two in turn
(A, B, A, B...), with the target and verdict:

- ``export_calendar`` of everything (read from the vault, series worked out, events
  built, serialised, audit entry), against building and serialising the very same
  components with ``icalendar`` alone from plain values already in memory (date-times,
  text, numbers, rules: every value of every event encoded by ``add``, the obvious
  way; checked to give the same bytes), with the cycle collector paused as the
  export pauses it: the cost of the export's own work on top of icalendar's.
  Target: within 1.3x;
- the same export against a baseline given every text and number already encoded
  (no target): what the export's sharing of encoded values is worth, credited to
  the baseline instead (see :func:`plain_value`);
- ``export_per_group`` (one file per group) against the first baseline (no target);
- for scale, icalendar alone serialising one flat event per session (no series),
  against the first baseline (no target).

Run: ``.venv/bin/python -m benchmarks.ics [--groups N] [--repeat N]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Component, Event, Timezone, TimezoneDaylight, TimezoneStandard
from icalendar.prop import vDDDLists, vInt, vRecur, vText, vUTCOffset
from sqlalchemy import text

from benchmarks.timing import interleaved, median_ratio, report
from vpi_groups import memory
from vpi_groups.calendar import ics as calendar_export
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import records, series
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.scheduling.recurrence import Closure, Recurrence
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import ActionKind, Frequency, HolidayCalendar, Sector

NAME = "ics"
TARGET = 1.3
PASSPHRASE = "banc d'essai du calendrier 2026"
FIRST_YEAR, LAST_YEAR = 2026, 2035
SLOTS = (dt.time(9, 30), dt.time(14, 0), dt.time(18, 0))
PARIS = ZoneInfo("Europe/Paris")
NOW = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)
OPTIONS = calendar_export.ExportOptions(facilitator_names=True)


@contextmanager
def fresh_vault() -> Iterator[vaults.Vault]:
    with tempfile.TemporaryDirectory(prefix="vpi-bench-ics-") as folder:
        vault, _recovery = vaults.create(Path(folder) / "vault", PASSPHRASE, kdf_seconds=0)
        try:
            yield vault
        finally:
            vault.lock()


def build(vault: vaults.Vault, groups: int, seed: int = 11) -> None:
    """The programme, then the edits, each group in its own unit of work."""
    rng = random.Random(seed)
    augusts = tuple(
        Closure(dt.date(y, 8, 1), dt.date(y, 8, 31)) for y in range(FIRST_YEAR, LAST_YEAR + 1)
    )
    sectors = list(Sector)
    with vault.session() as s:
        people = [
            programme.create_facilitator(
                s, programme.FacilitatorSpec(f"Animatrice {i}", sectors[i % len(sectors)])
            ).id
            for i in range(30)
        ]
        rooms = [
            programme.create_room(
                s, programme.RoomSpec(f"Salle {i}", f"{i} rue de la Paix, Lyon", capacity=12)
            ).id
            for i in range(8)
        ]
        talks = programme.create_action(
            s, programme.ActionSpec("Groupes de parole", ActionKind.TALK_GROUP, FIRST_YEAR)
        ).id
        training = programme.create_action(
            s, programme.ActionSpec("Formation des professionnels", ActionKind.TRAINING, 2026)
        ).id
        for year in range(FIRST_YEAR, LAST_YEAR + 1):
            for month in range(1, 13):
                day = dt.datetime(year, month, 15, 9, tzinfo=PARIS)
                scheduling.add_action_session(
                    s, training, day, day + dt.timedelta(hours=7), facilitator_ids=[people[month]]
                )
    for number in range(groups):
        rule = Recurrence(
            Frequency.WEEKLY,
            weekday=rng.randrange(5),
            start_date=dt.date(FIRST_YEAR, 1, 5) + dt.timedelta(days=rng.randrange(30)),
            start_time=rng.choice(SLOTS),
            duration_minutes=rng.choice((90, 120)),
            end_date=dt.date(LAST_YEAR, 12, 31),
            holidays=HolidayCalendar.METROPOLE,
            closures=augusts,
        )
        first, second = rng.sample(people, 2)
        spec = records.GroupSpec(
            f"Groupe {number + 1} — « parole », quartier {number % 7}",
            talks,
            (first, second),
            rule,
            room_id=rng.choice(rooms),
            location_shared=number % 2 == 0,
        )
        with vault.session() as s:
            group = series.create_group(s, spec).group
            infos = records.list_sessions(s, group_id=group.id)
            for info in rng.sample(infos, len(infos) // 40):
                later = dt.timedelta(days=1)
                scheduling.move_session(s, info.id, info.start + later, info.end + later)
            for info in rng.sample(infos, len(infos) // 20)[: len(infos) // 40]:
                if records.get_session(s, info.id).moved:
                    continue
                scheduling.cancel_session(s, info.id, "Fermeture")
            for info in rng.sample(infos, len(infos) // 40):
                if records.get_session(s, info.id).status == "planned":
                    scheduling.change_session_room(s, info.id, rng.choice(rooms))
            for info in rng.sample(infos, 2):
                extra = info.start + dt.timedelta(days=2)
                scheduling.add_extra_session(s, group.id, extra, extra + dt.timedelta(hours=2))


Properties = list[tuple[str, Any, dict[str, str]]]
Plain = list[tuple[str, Properties, list[tuple[str, Properties]]]]


def plain_value(value: Any, *, encoded_text: bool = False) -> Any:
    """A property's value as Python gives it, for icalendar to encode again.

    Date-times, dates and durations, text, integers, recurrence rules and UTC offsets:
    so that icalendar alone builds every value of every event, as ``add`` does
    (EXDATE's date-times included: over 3,000 lines). The export builds each of its
    date-times too, but encodes a text or a number once per export and shares it
    between the events that write it (SUMMARY, LOCATION, DESCRIPTION, STATUS,
    SEQUENCE): its own saving, which ``encoded_text`` gives the baseline as well,
    for free (text and integers given already encoded, as read).

    The export writes one date per EXDATE line; a line of several would come back as
    a list, i.e. several lines, and the byte comparison in :func:`main` would say so.
    Other values (the calendar's few X- and unknown properties) are given as they are.
    """
    if isinstance(value, vDDDLists):
        dates = [d.dt for d in value.dts]
        return dates[0] if len(dates) == 1 else dates
    if isinstance(value, vText | vInt) and encoded_text:
        return value
    if isinstance(value, vText):
        return str(value)
    if isinstance(value, vInt):
        return int(value)
    if isinstance(value, vRecur):
        return dict(value)
    if isinstance(value, vUTCOffset):
        return value.td
    return getattr(value, "dt", value)


def plain_values(data: bytes, *, encoded_text: bool = False) -> tuple[Properties, Plain]:
    """The calendar's properties and components as plain values (read once, not timed).

    ``encoded_text``: see :func:`plain_value`.
    """

    def props(component: Component) -> Properties:
        found: Properties = []
        for name, value in component.property_items(recursive=False, sorted=False):
            if name in ("BEGIN", "END"):
                continue
            # TZID comes back with the date-time's zone: icalendar writes it from that.
            given: dict[str, str] = getattr(value, "params", {})
            params = {k: v for k, v in given.items() if k != "TZID"}
            found.append((name, plain_value(value, encoded_text=encoded_text), params))
        return found

    calendar = Calendar.from_ical(data)
    children: Plain = []
    for child in calendar.subcomponents:
        nested = [(str(grand.name), props(grand)) for grand in child.subcomponents]
        children.append((str(child.name), props(child), nested))
    return props(calendar), children


def icalendar_alone(head: Properties, children: Plain) -> bytes:
    """Build and serialise the same calendar with icalendar, from plain values."""
    kinds: dict[str, type[Component]] = {
        "VEVENT": Event,
        "VTIMEZONE": Timezone,
        "STANDARD": TimezoneStandard,
        "DAYLIGHT": TimezoneDaylight,
    }
    calendar = Calendar()
    for name, value, params in head:
        calendar.add(name, value, parameters=params)
    for kind, properties, nested in children:
        component = kinds[kind]()
        for name, value, params in properties:
            component.add(name, value, parameters=params)
        for grand_kind, grand_properties in nested:
            part = kinds[grand_kind]()
            for name, value, params in grand_properties:
                part.add(name, value, parameters=params)
            component.add_component(part)
        calendar.add_component(component)
    data: bytes = calendar.to_ical()
    return data


def flat_events(vault: vaults.Vault) -> list[tuple[str, dt.datetime, dt.datetime, str]]:
    with vault.session() as s:
        names = {g.id: g.spec.name for g in records.list_groups(s)}
        return [
            (
                i.uid,
                i.start.astimezone(PARIS),
                i.end.astimezone(PARIS),
                names.get(i.group_id or 0, "Formation"),
            )
            for i in records.list_sessions(s)
            if i.status != "cancelled"
        ]


def one_event_per_session(rows: list[tuple[str, dt.datetime, dt.datetime, str]]) -> bytes:
    calendar = Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", "-//bench//FR")
    for uid, start, end, title in rows:
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", NOW)
        event.add("dtstart", start)
        event.add("dtend", end)
        event.add("summary", title)
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--groups", type=int, default=48)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with fresh_vault() as vault:
        start = time.perf_counter()
        build(vault, args.groups)
        built = time.perf_counter() - start
        with vault.engine.connect() as conn:
            sessions = conn.execute(text("SELECT count(*) FROM session")).scalar_one()
            cancelled = conn.execute(
                text("SELECT count(*) FROM session WHERE status = 'cancelled'")
            ).scalar_one()

        def export() -> bytes:
            with vault.session() as s:
                return calendar_export.export_calendar(s, OPTIONS, now=NOW)

        def per_group() -> dict[str, bytes]:
            with vault.session() as s:
                return calendar_export.export_per_group(s, OPTIONS, now=NOW)

        data = export()
        head, children = plain_values(data)
        shared = plain_values(data, encoded_text=True)
        for given in ((head, children), shared):
            if icalendar_alone(*given) != data:
                raise SystemExit("icalendar alone did not give the same bytes: not the same events")
        rows = flat_events(vault)
        flat = one_event_per_session(rows)

        def flat_serialise() -> bytes:
            return one_event_per_session(rows)

        def baseline() -> bytes:
            # With the cycle collector paused, as the export pauses it: the export's
            # own work is what is left, not the collections the baseline would run.
            with memory.collector_paused():
                return icalendar_alone(head, children)

        def baseline_shared() -> bytes:
            with memory.collector_paused():
                return icalendar_alone(*shared)

        figures = [
            ("export_calendar, everything (vs icalendar alone)", export, baseline, TARGET),
            (
                "export_calendar (vs icalendar alone, text and numbers given encoded)",
                export,
                baseline_shared,
                None,
            ),
            ("export_per_group (vs icalendar alone)", per_group, baseline, None),
            ("icalendar alone, one event per session (vs same)", flat_serialise, baseline, None),
        ]
        measured = []
        for label, work, base, target in figures:
            times, bases = interleaved(work, base, args.repeat)
            measured.append((label, times, bases, target))

    events = data.count(b"BEGIN:VEVENT\r\n")
    print(
        f"programme: {args.groups} groups, {sessions} sessions ({cancelled} cancelled),"
        f" built in {built:.1f} s; the file: {events} events, {len(data):,} bytes"
        f" (one event per session: {len(rows)} events, {len(flat):,} bytes)"
    )
    for label, times, bases, target in measured:
        print(
            report(
                label,
                statistics.median(times),
                statistics.median(bases),
                target,
                ratio=median_ratio(times, bases),
                benchmark=NAME,
            )
        )


if __name__ == "__main__":
    main()
