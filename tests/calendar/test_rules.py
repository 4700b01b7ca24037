"""Each rule real clients need, checked on the bytes of an export."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from icalendar import Calendar

from tests.calendar.programmes import (
    BASTILLE_DAY,
    NOW,
    PARIS,
    THURSDAY_NAME,
    TUESDAY_NAME,
    Programme,
    build,
    expected,
    paris,
)
from tests.calendar.readers import (
    Component,
    components,
    content_lines,
    physical_lines,
    read_with_icalendar,
    read_with_vobject,
    unescape,
)
from tests.scheduling.conftest import make_directory, weekly
from vpi_groups.calendar import ics as ce
from vpi_groups.scheduling import records
from vpi_groups.scheduling import sessions as sch
from vpi_groups.scheduling.series import create_group, update_group
from vpi_groups.storage import vault as vaults

DATE_TIME = re.compile(r"\d{8}T\d{6}")
UTC_TIME = re.compile(r"\d{8}T\d{6}Z")


@pytest.fixture
def made(vault: vaults.Vault) -> Programme:
    return build(vault)


def export(vault: vaults.Vault, **options: object) -> bytes:
    with vault.session() as s:
        return ce.export_calendar(s, ce.ExportOptions(**options), now=NOW)  # type: ignore[arg-type]


def events(root: Component) -> list[Component]:
    return [c for c in root.children if c.name == "VEVENT"]


def by_uid(root: Component, uid: str) -> list[Component]:
    return [e for e in events(root) if e.one("UID").value == uid]


def uid_of_group(vault: vaults.Vault, group_id: int) -> str:
    with vault.session() as s:
        return records.get_group(s, group_id).uid


# ---------------------------------------------------------------- the file


def test_lines_end_in_crlf_fold_at_75_octets_and_never_split_a_character(
    vault: vaults.Vault, made: Programme
) -> None:
    name = "Groupe " + "é€ü" * 40  # 2, 3 and 2 octets: a fold must often step back
    with vault.session() as s:
        group = records.get_group(s, made.thursday)
        update_group(s, made.thursday, dataclasses.replace(group.spec, name=name))
    data = export(vault, facilitator_names=True)
    assert not data.startswith(b"\xef\xbb\xbf")
    lines = physical_lines(data)  # every line ends in CRLF, no lone CR or LF
    assert max(len(line) for line in lines) <= 75
    continued = [line for line in lines if line.startswith(b" ")]
    # Folds fell right before multi-byte characters, never inside one: every physical
    # line is valid UTF-8 on its own (checked by content_lines) ...
    assert any(line[1] >= 0xC0 for line in continued)
    # ... and the value reads back whole.
    summaries = {
        unescape(line[len("SUMMARY:") :])
        for line in content_lines(data)
        if line.startswith("SUMMARY:")
    }
    assert {name, TUESDAY_NAME} <= summaries


def test_the_calendar_says_what_clients_look_for(vault: vaults.Vault, made: Programme) -> None:
    root = components(export(vault, calendar_name="Agenda; partenaires, VIF \\ 2026"))
    assert root.one("VERSION").value == "2.0"
    assert root.one("PRODID").value.startswith("-//VPI Groups//")
    assert root.one("CALSCALE").value == "GREGORIAN"
    assert root.one("METHOD").value == "PUBLISH"
    for name in ("NAME", "X-WR-CALNAME"):
        assert root.one(name).value == "Agenda\\; partenaires\\, VIF \\\\ 2026"
    refresh = root.one("REFRESH-INTERVAL")
    assert (refresh.params, refresh.value) == ({"VALUE": "DURATION"}, "P1D")
    assert root.one("X-PUBLISHED-TTL").value == "P1D"


def test_the_time_zone_comes_first_in_rrule_form(vault: vaults.Vault, made: Programme) -> None:
    root = components(export(vault))
    names = [c.name for c in root.children]
    assert names[0] == "VTIMEZONE"
    assert names.count("VTIMEZONE") == 1
    assert set(names[1:]) == {"VEVENT"}
    zone = root.children[0]
    assert zone.one("TZID").value == "Europe/Paris"
    parts = {c.name: c for c in zone.children}
    assert set(parts) == {"STANDARD", "DAYLIGHT"}
    assert parts["DAYLIGHT"].one("RRULE").value in {
        "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    }
    assert "BYMONTH=10" in parts["STANDARD"].one("RRULE").value
    assert (
        parts["DAYLIGHT"].one("TZOFFSETFROM").value,
        parts["DAYLIGHT"].one("TZOFFSETTO").value,
    ) == ("+0100", "+0200")
    assert parts["DAYLIGHT"].one("DTSTART").value.endswith("T020000")
    assert parts["STANDARD"].one("DTSTART").value.endswith("T030000")
    assert not any(p.has("RDATE") for p in parts.values())


def test_every_date_time_has_a_tzid_or_is_utc_never_both_never_floating(
    vault: vaults.Vault, made: Programme
) -> None:
    root = components(export(vault, keep_cancelled=True))
    zones = {c.one("TZID").value for c in root.children if c.name == "VTIMEZONE"}
    checked = 0
    for event in events(root):
        for prop in event.properties:
            if prop.name not in {"DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE"}:
                continue
            checked += 1
            assert "VALUE" not in prop.params  # DATE-TIME, the default: never a DATE
            if "TZID" in prop.params:
                assert prop.params["TZID"] in zones
                assert DATE_TIME.fullmatch(prop.value), prop
            else:
                assert UTC_TIME.fullmatch(prop.value), prop
        for name in ("DTSTAMP", "LAST-MODIFIED"):
            for prop in event.all(name):
                assert UTC_TIME.fullmatch(prop.value)
                assert prop.params == {}
    assert checked > 20


def test_dtstamp_is_the_export_time(vault: vaults.Vault, made: Programme) -> None:
    root = components(export(vault))
    assert {e.one("DTSTAMP").value for e in events(root)} == {"20261201T080000Z"}


# ---------------------------------------------------------------- a series


def test_a_recurring_group_is_one_series_with_its_exceptions(
    vault: vaults.Vault, made: Programme
) -> None:
    root = components(export(vault))
    uid = uid_of_group(vault, made.tuesday)
    series = by_uid(root, uid)
    master, *overrides = series
    assert not master.has("RECURRENCE-ID"), "the master comes first"
    assert all(o.has("RECURRENCE-ID") for o in overrides)
    start = master.one("DTSTART")
    assert (start.params, start.value) == ({"TZID": "Europe/Paris"}, "20260224T180000")
    assert master.one("DTEND").value == "20260224T193000"
    rule = dict(part.split("=") for part in master.one("RRULE").value.split(";"))
    assert rule == {"FREQ": "WEEKLY", "BYDAY": "TU", "UNTIL": "20261117T170000Z"}
    exdates = master.all("EXDATE")
    assert all(e.params == start.params for e in exdates)
    with vault.session() as s:
        cancelled = records.get_session(s, made.cancelled)
    assert [e.value for e in exdates] == [
        cancelled.start.astimezone(PARIS).strftime("%Y%m%dT%H%M%S"),
        BASTILLE_DAY.strftime("%Y%m%dT%H%M%S"),
    ]
    # Moved, re-roomed, re-staffed: overrides at their original start, in the master's TZID.
    with vault.session() as s:
        originals = {
            records.get_session(s, i).original_start
            for i in (made.moved, made.other_room, made.other_people)
        }
    assert {o.one("RECURRENCE-ID").params["TZID"] for o in overrides} == {"Europe/Paris"}
    assert {
        dt.datetime.strptime(o.one("RECURRENCE-ID").value, "%Y%m%dT%H%M%S").replace(tzinfo=PARIS)
        for o in overrides
    } == originals
    moved = next(o for o in overrides if o.one("RECURRENCE-ID").value == "20260317T180000")
    assert moved.one("DTSTART").value == "20260318T180000"
    assert moved.one("UID").value == uid


def test_nth_weekday_rules_are_byday_with_the_number(vault: vaults.Vault, made: Programme) -> None:
    data = export(vault)
    master = by_uid(components(data), uid_of_group(vault, made.thursday))[0]
    assert "BYDAY=2TH" in master.one("RRULE").value
    assert b"BYSETPOS" not in data
    assert master.one("RRULE").value.split(";")[0] == "FREQ=MONTHLY"
    assert UTC_TIME.fullmatch(re.search(r"UNTIL=([^;]+)", master.one("RRULE").value).group(1))  # type: ignore[union-attr]


def test_other_sessions_are_events_of_their_own_with_their_own_uid(
    vault: vaults.Vault, made: Programme
) -> None:
    root = components(export(vault))
    with vault.session() as s:
        extra = records.get_session(s, made.extra)
        training = records.get_session(s, made.training)
    for info, title in ((extra, TUESDAY_NAME), (training, "Formation")):
        (event,) = by_uid(root, info.uid)
        assert not event.has("RRULE")
        assert not event.has("RECURRENCE-ID")
        assert unescape(event.one("SUMMARY").value) == title
    assert by_uid(root, sch_uid(vault, made.extra_cancelled)) == []


def sch_uid(vault: vaults.Vault, session_id: int) -> str:
    with vault.session() as s:
        return records.get_session(s, session_id).uid


def test_sequence_and_last_modified_come_from_the_records(
    vault: vaults.Vault, made: Programme
) -> None:
    root = components(export(vault))
    tuesday = by_uid(root, uid_of_group(vault, made.tuesday))
    # One rule occurrence cancelled: the master's EXDATEs changed once.
    assert tuesday[0].one("SEQUENCE").value == "1"
    assert {o.one("SEQUENCE").value for o in tuesday[1:]} == {"1"}
    thursday = by_uid(root, uid_of_group(vault, made.thursday))
    assert [e.one("SEQUENCE").value for e in thursday] == ["0"]
    assert all(e.has("LAST-MODIFIED") for e in events(root))


# ---------------------------------------------------------------- cancelled sessions


def test_cancelled_sessions_are_left_out_by_default(vault: vaults.Vault, made: Programme) -> None:
    data = export(vault)
    assert b"CANCELLED" not in data
    assert ce.CANCELLED_PREFIX.encode() not in data


def test_kept_cancelled_sessions_are_cancelled_overrides_and_events(
    vault: vaults.Vault, made: Programme
) -> None:
    root = components(export(vault, keep_cancelled=True))
    with vault.session() as s:
        cancelled = records.get_session(s, made.cancelled)
        extra = records.get_session(s, made.extra_cancelled)
    tuesday = by_uid(root, uid_of_group(vault, made.tuesday))
    original = cancelled.start.astimezone(PARIS).strftime("%Y%m%dT%H%M%S")
    assert original not in {e.value for e in tuesday[0].all("EXDATE")}
    (override,) = [o for o in tuesday[1:] if o.one("RECURRENCE-ID").value == original]
    (standalone,) = by_uid(root, extra.uid)
    for event in (override, standalone):
        assert event.one("STATUS").value == "CANCELLED"
        assert unescape(event.one("SUMMARY").value).startswith("ANNULÉ — ")
    # Nothing of the reasons given.
    data = export(vault, keep_cancelled=True)
    assert b"Animatrice absente" not in data
    assert b"Salle prise" not in data


# ---------------------------------------------------------------- text


def test_text_is_escaped(vault: vaults.Vault, made: Programme) -> None:
    root = components(export(vault, facilitator_names=True))
    master = by_uid(root, uid_of_group(vault, made.tuesday))[0]
    assert master.one("SUMMARY").value == (
        "Groupe du mardi\\, salle 1\\; étage \\\\ 2 — « Écoute » et échanges entre pairs"
    )
    assert master.one("LOCATION").value == "Salle Jaurès\\, 12\\, rue de la Paix\\; Bât. B"
    assert master.one("DESCRIPTION").value == "Animation : Awa\\, Bruno"


def test_line_breaks_are_escaped_and_control_characters_dropped(
    vault: vaults.Vault, made: Programme
) -> None:
    with vault.session() as s:
        group = records.get_group(s, made.thursday)
        update_group(
            s, made.thursday, dataclasses.replace(group.spec, name="Jeudis\r\naprès-midi\x07 !")
        )
    data = export(vault)
    assert b"\x07" not in data
    root = components(data)
    master = by_uid(root, uid_of_group(vault, made.thursday))[0]
    assert master.one("SUMMARY").value == "Jeudis\\naprès-midi !"


# ---------------------------------------------------------------- both readers agree with the app


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"keep_cancelled": True},
        {"privacy": ce.Privacy.BUSY},
        {"facilitator_names": True},
    ],
    ids=["default", "keep-cancelled", "busy", "names"],
)
def test_both_readers_see_the_apps_sessions(
    vault: vaults.Vault, made: Programme, options: dict[str, object]
) -> None:
    data = export(vault, **options)
    with vault.session() as s:
        want = expected(s, ce.ExportOptions(**options))  # type: ignore[arg-type]
    assert read_with_icalendar(data) == want
    assert read_with_vobject(data) == want


def test_thursdays_name_is_plain(vault: vaults.Vault, made: Programme) -> None:
    root = components(export(vault))
    assert unescape(by_uid(root, uid_of_group(vault, made.thursday))[0].one("SUMMARY").value) == (
        THURSDAY_NAME
    )


def test_events_in_the_repeated_hour_or_across_a_change_are_written_in_utc(
    vault: vaults.Vault,
) -> None:
    d = make_directory(vault)
    second_pass = dt.datetime(2026, 10, 25, 1, 30, tzinfo=dt.UTC)  # 02:30 CET, after 02:30 CEST
    first_pass = dt.datetime(2026, 10, 25, 0, 30, tzinfo=dt.UTC)  # 02:30 CEST
    spring = dt.datetime(2026, 3, 29, 0, 30, tzinfo=dt.UTC)  # 01:30 CET, ends 04:00 CEST
    plain = paris(2026, 10, 25, 9)
    with vault.session() as s:
        made = [
            sch.add_action_session(s, d.training, start, start + length)
            for start, length in (
                (second_pass, dt.timedelta(hours=1)),
                (first_pass, dt.timedelta(minutes=30)),
                (spring, dt.timedelta(minutes=90)),
                (plain, dt.timedelta(hours=2)),
            )
        ]
    data = export(vault)
    root = components(data)
    written = []
    for info in made:
        (event,) = by_uid(root, info.uid)
        written.append(
            tuple((event.one(n).params, event.one(n).value) for n in ("DTSTART", "DTEND"))
        )
    tz = {"TZID": "Europe/Paris"}
    assert written == [
        (({}, "20261025T013000Z"), ({}, "20261025T023000Z")),
        (({}, "20261025T003000Z"), ({}, "20261025T010000Z")),
        (({}, "20260329T003000Z"), ({}, "20260329T020000Z")),
        ((tz, "20261025T090000"), (tz, "20261025T110000")),
    ]
    with vault.session() as s:
        want = expected(s, ce.ExportOptions())
    assert read_with_icalendar(data) == want
    assert read_with_vobject(data) == want


def test_a_night_series_across_both_changes_reads_the_same_everywhere(vault: vaults.Vault) -> None:
    """02:30 on Sundays: missing on the spring change day, repeated on the autumn one."""
    d = make_directory(vault)
    rule = weekly(dt.date(2026, 3, 1), weekday=6, at=dt.time(2, 30), minutes=60, count=40)
    with vault.session() as s:
        group = create_group(s, records.GroupSpec("Nuit", d.action, d.facilitators[:2], rule)).group
    data = export(vault)
    master, *overrides = by_uid(components(data), group.uid)
    assert master.one("DTSTART").value == "20260301T023000"
    assert {o.one("RECURRENCE-ID").value for o in overrides} == {
        "20260329T023000",
        "20261025T023000",
    }
    with vault.session() as s:
        want = expected(s, ce.ExportOptions())
    assert len(want) == 40
    assert read_with_icalendar(data) == want
    assert read_with_vobject(data) == want
    assert paris(2026, 3, 29, 3, 30) in {w.start for w in want}


def test_what_icalendars_own_calendar_properties_would_write() -> None:
    """Why the export adds NAME, X-WR-CALNAME and REFRESH-INTERVAL itself."""
    calendar = Calendar()
    calendar.calendar_name = "Agenda; partenaires, VIF"
    calendar.refresh_interval = dt.timedelta(days=1)
    lines = calendar.to_ical().decode().split("\r\n")
    assert "NAME:Agenda; partenaires, VIF" in lines  # not escaped as TEXT
    assert "REFRESH-INTERVAL:P1D" in lines  # without the VALUE=DURATION RFC 7986 requires
