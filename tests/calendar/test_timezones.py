"""VTIMEZONE: rules, not lists of dates; and the offsets readers get from it are the zone's."""

from __future__ import annotations

import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
from dateutil import tz as dateutil_tz
from icalendar import Calendar, Timezone, vRecur

from tests.calendar.readers import Component, components
from vpi_groups.calendar import ics as ce
from vpi_groups.validation import UnknownTimeZoneError


def as_file(zone: Timezone) -> bytes:
    calendar = Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", "-//test//FR")
    calendar.add_component(zone)
    data: bytes = calendar.to_ical()
    return data


def parts(zone_name: str, first: int, last: int) -> list[Component]:
    root = components(as_file(ce.vtimezone(zone_name, first, last)))
    (zone,) = root.children
    assert zone.one("TZID").value == zone_name
    return zone.children


def instants_to_check(zone: ZoneInfo, first: int, last: int) -> list[dt.datetime]:
    """Around every change of offset (a minute and an hour either side), and mid-month."""
    found = []
    moment = dt.datetime(first, 1, 1, tzinfo=dt.UTC)
    end = dt.datetime(last + 1, 1, 1, tzinfo=dt.UTC)
    step = dt.timedelta(hours=6)
    while moment < end:
        following = moment + step
        if moment.astimezone(zone).utcoffset() != following.astimezone(zone).utcoffset():
            low, high = moment, following
            while high - low > dt.timedelta(minutes=1):
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == moment.astimezone(zone).utcoffset():
                    low = middle
                else:
                    high = middle
            for delta in (-60, -1, 0, 1, 60):
                found.append(high + dt.timedelta(minutes=delta))
        moment = following
    found += [
        dt.datetime(y, m, 15, 12, tzinfo=dt.UTC) for y in range(first, last + 1) for m in (1, 7)
    ]
    return found


Misread = tuple[dt.datetime, str, object, object]  # instant, reader, offset read, zone's


def offsets_read_back(zone_name: str, first: int, last: int) -> list[Misread]:
    """(instant, offset) as dateutil reads the VTIMEZONE, and as icalendar's to_tz does."""
    data = as_file(ce.vtimezone(zone_name, first, last)).decode()
    by_dateutil = dateutil_tz.tzical(io.StringIO(data)).get(zone_name)
    # lookup_tzid=False: build from the definition, not from the zone of that name.
    definition = Calendar.from_ical(data).walk("VTIMEZONE")[0]
    assert isinstance(definition, Timezone)
    by_icalendar = definition.to_tz(lookup_tzid=False)
    zone = ZoneInfo(zone_name)
    wrong: list[Misread] = []
    for instant in instants_to_check(zone, first, last):
        want = instant.astimezone(zone).utcoffset()
        for name, reader in (("dateutil", by_dateutil), ("icalendar", by_icalendar)):
            got = instant.astimezone(reader).utcoffset()
            if got != want:
                wrong.append((instant, name, got, want))
    return wrong


def test_europe_paris_is_two_yearly_rules_last_sunday_of_march_and_october() -> None:
    daylight, standard = parts("Europe/Paris", 2026, 2027)
    assert (daylight.name, standard.name) == ("DAYLIGHT", "STANDARD")
    assert daylight.one("DTSTART").value == "20250330T020000"
    assert standard.one("DTSTART").value == "20251026T030000"
    for part, month in ((daylight, "3"), (standard, "10")):
        rule = dict(p.split("=") for p in part.one("RRULE").value.split(";"))
        assert rule == {"FREQ": "YEARLY", "BYMONTH": month, "BYDAY": "-1SU"}
        assert not part.has("RDATE")
        assert part.one("DTSTART").params == {}  # local time of the onset, as RFC 5545 says
    assert (daylight.one("TZNAME").value, standard.one("TZNAME").value) == ("CEST", "CET")
    assert (daylight.one("TZOFFSETFROM").value, daylight.one("TZOFFSETTO").value) == (
        "+0100",
        "+0200",
    )
    assert (standard.one("TZOFFSETFROM").value, standard.one("TZOFFSETTO").value) == (
        "+0200",
        "+0100",
    )


def test_europe_paris_reads_back_as_the_zone_from_2000_to_2100() -> None:
    assert offsets_read_back("Europe/Paris", 2000, 2100) == []


def test_the_read_back_check_sees_a_wrong_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not vacuous: both readers use the definition, so a wrong one shows."""
    real = ce.vtimezone

    def wrong(zone_name: str, first: int, last: int) -> Timezone:
        zone = real(zone_name, first, last)
        for part in zone.walk("STANDARD"):
            part["RRULE"] = vRecur({"FREQ": "YEARLY", "BYMONTH": 10, "BYDAY": "1SU"})
        return zone

    monkeypatch.setattr(ce, "vtimezone", wrong)
    found = offsets_read_back("Europe/Paris", 2026, 2026)
    assert {reader for _instant, reader, _got, _want in found} == {"dateutil", "icalendar"}


def test_a_zone_without_changes_is_one_standard_part() -> None:
    (standard,) = parts("Indian/Reunion", 2026, 2027)
    assert standard.name == "STANDARD"
    assert standard.one("TZOFFSETFROM").value == standard.one("TZOFFSETTO").value == "+0400"
    assert not standard.has("RRULE")
    assert offsets_read_back("Indian/Reunion", 2026, 2027) == []


def test_another_rule_is_found_as_well() -> None:
    """Saint-Pierre-et-Miquelon: second Sunday of March, first Sunday of November."""
    daylight, standard = parts("America/Miquelon", 2026, 2030)
    assert "BYDAY=2SU" in daylight.one("RRULE").value
    assert "BYDAY=1SU" in standard.one("RRULE").value
    assert offsets_read_back("America/Miquelon", 2026, 2030) == []


def test_changes_that_follow_no_rule_are_listed() -> None:
    """Brazil gave up daylight saving time in 2019: no yearly rule fits 2017-2021."""
    found = parts("America/Sao_Paulo", 2017, 2021)
    assert not any(p.has("RRULE") for p in found)
    assert any(p.has("RDATE") for p in found)
    assert offsets_read_back("America/Sao_Paulo", 2017, 2021) == []


def test_icalendars_own_vtimezone_is_lists_of_dates_ending_in_2037() -> None:
    """Why the export builds its own: what icalendar 7 offers for Europe/Paris."""
    theirs = components(as_file(Timezone.from_tzid("Europe/Paris"))).children[0]
    assert any(p.has("RDATE") for p in theirs.children)
    assert not any(p.has("RRULE") for p in theirs.children)


def test_an_unknown_zone_is_a_typed_error() -> None:
    with pytest.raises(UnknownTimeZoneError):
        ce.vtimezone("Europe/Atlantis", 2026, 2026)
