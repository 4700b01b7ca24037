"""Reading exported calendars back: the raw lines, and the occurrences two parsers see.

- :func:`content_lines` checks line endings and folding on the bytes, then unfolds.
- :func:`components` splits the unfolded lines into components with their properties.
- :func:`read_with_icalendar` expands the file with ``recurring-ical-events`` over
  ``icalendar`` (which reads TZIDs through zoneinfo).
- :func:`read_with_vobject` expands it with ``vobject`` and dateutil, which read the
  file's own VTIMEZONE; overrides are matched to their master's instances here, and
  an override that matches no instance is an error.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import icalendar
import recurring_ical_events
import vobject

MAX_OCTETS = 75


@dataclass(frozen=True, order=True)
class Seen:
    """One occurrence as a reader sees it: instants in UTC, title, status."""

    start: dt.datetime
    end: dt.datetime
    title: str
    status: str = "CONFIRMED"


@dataclass(frozen=True)
class Property:
    """One content line: name, parameters, raw value (still escaped)."""

    name: str
    params: dict[str, str]
    value: str


@dataclass
class Component:
    """A BEGIN/END block with its properties and sub-components, in file order."""

    name: str
    properties: list[Property] = field(default_factory=list)
    children: list[Component] = field(default_factory=list)

    def all(self, name: str) -> list[Property]:
        return [p for p in self.properties if p.name == name]

    def one(self, name: str) -> Property:
        found = self.all(name)
        assert len(found) == 1, (name, found)
        return found[0]

    def has(self, name: str) -> bool:
        return bool(self.all(name))


def physical_lines(data: bytes) -> list[bytes]:
    """The lines as written: every one ends with CRLF, no lone CR or LF anywhere."""
    assert data.endswith(b"\r\n")
    lines = data[:-2].split(b"\r\n")
    for line in lines:
        assert b"\r" not in line
        assert b"\n" not in line
    return lines


def content_lines(data: bytes) -> list[str]:
    """Unfolded content lines, after checking the folding rules on the bytes."""
    assert not data.startswith(b"\xef\xbb\xbf"), "no BOM"
    data.decode("utf-8")  # valid UTF-8 as a whole
    unfolded: list[bytes] = []
    for line in physical_lines(data):
        assert len(line) <= MAX_OCTETS, line
        # Each physical line is valid UTF-8 on its own: no character was split.
        line.decode("utf-8")
        if line.startswith(b" "):
            assert unfolded, "a continuation line must follow a line"
            unfolded[-1] += line[1:]
        else:
            assert not line.startswith(b"\t")
            unfolded.append(line)
    return [line.decode("utf-8") for line in unfolded]


_NAME = re.compile(r"[A-Za-z0-9-]+")


def parse_line(line: str) -> Property:
    """Split a content line (our files quote no parameter values)."""
    head, _, value = line.partition(":")
    name, *params = head.split(";")
    assert _NAME.fullmatch(name), line
    parsed = {}
    for param in params:
        key, _, raw = param.partition("=")
        parsed[key.upper()] = raw
    return Property(name.upper(), parsed, value)


def components(data: bytes) -> Component:
    """The file as a tree of components (the root is VCALENDAR)."""
    stack: list[Component] = []
    root: Component | None = None
    for line in content_lines(data):
        prop = parse_line(line)
        if prop.name == "BEGIN":
            child = Component(prop.value)
            if stack:
                stack[-1].children.append(child)
            else:
                root = child
            stack.append(child)
        elif prop.name == "END":
            assert stack.pop().name == prop.value
        else:
            stack[-1].properties.append(prop)
    assert not stack
    assert root is not None
    assert root.name == "VCALENDAR"
    return root


def unescape(value: str) -> str:
    """A TEXT value as its reader sees it."""
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _utc(moment: dt.datetime) -> dt.datetime:
    assert moment.tzinfo is not None, "a floating time"
    return moment.astimezone(dt.UTC)


def read_with_icalendar(data: bytes) -> list[Seen]:
    """Every occurrence, as recurring-ical-events expands the file."""
    calendar = icalendar.Calendar.from_ical(data)
    found = recurring_ical_events.of(calendar).between(
        dt.datetime(1990, 1, 1, tzinfo=dt.UTC), dt.datetime(2110, 1, 1, tzinfo=dt.UTC)
    )
    return sorted(
        Seen(
            _utc(event["DTSTART"].dt),
            _utc(event["DTEND"].dt),
            str(event["SUMMARY"]),
            str(event.get("STATUS", "CONFIRMED")),
        )
        for event in found
    )


def read_with_vobject(data: bytes) -> list[Seen]:
    """Every occurrence, as vobject and dateutil expand the file."""
    calendar = vobject.readOne(data.decode("utf-8"))
    by_uid = defaultdict(list)
    for event in getattr(calendar, "vevent_list", []):
        by_uid[event.uid.value].append(event)
    seen: list[Seen] = []

    def of(event: Any, start: dt.datetime, end: dt.datetime) -> Seen:
        status = event.status.value if hasattr(event, "status") else "CONFIRMED"
        return Seen(_utc(start), _utc(end), event.summary.value, status)

    for uid, events in by_uid.items():
        masters = [e for e in events if not hasattr(e, "recurrence_id")]
        overrides = {_utc(e.recurrence_id.value): e for e in events if hasattr(e, "recurrence_id")}
        assert len(overrides) == len(events) - len(masters), f"repeated RECURRENCE-ID in {uid}"
        assert len(masters) <= 1, f"two masters for {uid}"
        if not masters:
            assert not overrides, f"overrides without their master: {uid}"
            continue
        master = masters[0]
        length = master.dtend.value - master.dtstart.value
        instances = list(master.getrruleset(addRDate=True) or [master.dtstart.value])
        for instance in instances:
            override = overrides.pop(_utc(instance), None)
            if override is not None:
                seen.append(of(override, override.dtstart.value, override.dtend.value))
            else:
                seen.append(of(master, instance, instance + length))
        assert not overrides, f"RECURRENCE-IDs that match no instance of {uid}"
    return sorted(seen)
