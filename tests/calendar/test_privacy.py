"""Privacy levels, and what never leaves: participants, registers, notes, memos, reasons."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event

from tests.calendar.programmes import (
    NOW,
    THURSDAY_NAME,
    TUESDAY_NAME,
    Programme,
    build,
    expected,
)
from tests.calendar.readers import (
    components,
    content_lines,
    read_with_icalendar,
    read_with_vobject,
    unescape,
)
from vpi_groups.calendar import ics as ce
from vpi_groups.scheduling import records
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import (
    Attendance,
    Enrolment,
    Participant,
    SessionHeadcount,
    SessionNote,
    Setting,
)

CODES = ("Z9Q7X3W", "W3X7Q9Z", "K2M8R4T")
MEMOS = ("Mémo : suivie par le CMP, ne pas appeler le soir", "Mémo : orientée par le SPIP")
NOTE = "Note de séance : tensions entre deux participantes, à reprendre"
PERSONAL_TABLES = (
    "participant",
    "enrolment",
    "attendance",
    "session_headcount",
    "session_note",
    "folded_attendance",
    "folded_participants",
)
VARIANTS = [
    ce.ExportOptions(),
    ce.ExportOptions(facilitator_names=True, keep_cancelled=True),
    ce.ExportOptions(privacy=ce.Privacy.BUSY, keep_cancelled=True),
]


@pytest.fixture
def made(vault: vaults.Vault) -> Programme:
    return build(vault)


@pytest.fixture
def people(vault: vaults.Vault, made: Programme) -> Programme:
    """Participants with codes and memos, a register, a note and a headcount."""
    with vault.session() as s:
        infos = records.list_sessions(s, group_id=made.tuesday)
        rows = [
            Participant(
                code=code,
                age_band="26-35",
                gender="woman",
                referral_source="police",
                memo=memo,
                created_at=NOW,
            )
            for code, memo in zip(CODES, (*MEMOS, None), strict=True)
        ]
        s.add_all(rows)
        s.flush()
        for row in rows:
            s.add(Enrolment(participant_id=row.id, group_id=made.tuesday, enrolled_on=NOW.date()))
            s.add(Attendance(session_id=infos[0].id, participant_id=row.id, status="present"))
        s.add(SessionNote(session_id=infos[0].id, text=NOTE, updated_at=NOW))
        s.add(SessionHeadcount(session_id=infos[1].id, present=7))
    return made


def export_all(vault: vaults.Vault, options: ce.ExportOptions) -> list[bytes]:
    with vault.session() as s:
        one = ce.export_calendar(s, options, now=NOW)
        many = ce.export_per_group(s, options, now=NOW)
    return [one, *many.values(), *(name.encode() for name in many)]


def readable(data: bytes) -> str:
    """The text as a reader sees it: unfolded, unescaped, any case."""
    try:
        return unescape("\n".join(content_lines(data))).casefold()
    except AssertionError:  # a file name, not a calendar
        return data.decode().casefold()


# ---------------------------------------------------------------- nothing personal, ever


@pytest.mark.parametrize("options", VARIANTS, ids=["default", "names-and-cancelled", "busy"])
def test_no_code_memo_note_or_reason_in_any_export(
    vault: vaults.Vault, people: Programme, options: ce.ExportOptions
) -> None:
    secrets = [*CODES, *MEMOS, NOTE, "Animatrice absente", "Salle prise", "CMP", "SPIP"]
    for data in export_all(vault, options):
        text = readable(data)
        for secret in secrets:
            assert secret.encode() not in data
            assert secret.casefold() not in text


@pytest.fixture
def statements(vault: vaults.Vault) -> Iterator[list[str]]:
    seen: list[str] = []

    def listen(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(vault.engine, "before_cursor_execute", listen)
    yield seen
    event.remove(vault.engine, "before_cursor_execute", listen)


def test_the_export_never_reads_a_personal_table(
    vault: vaults.Vault, people: Programme, statements: list[str]
) -> None:
    for options in VARIANTS:
        export_all(vault, options)
    assert len(statements) > 10
    pattern = re.compile(r"\b(" + "|".join(PERSONAL_TABLES) + r")\b", re.IGNORECASE)
    assert [s for s in statements if pattern.search(s)] == []
    # Not vacuous: the same listener sees the register when it is read.
    with vault.session() as s:
        s.query(Attendance).all()
    assert pattern.search(statements[-1])


# ---------------------------------------------------------------- the two levels


def test_partner_level_shows_a_place_only_where_it_may_be_shared(
    vault: vaults.Vault, made: Programme
) -> None:
    with vault.session() as s:
        data = ce.export_calendar(s, ce.ExportOptions(), now=NOW)
    for ev in components(data).children:
        if ev.name != "VEVENT":
            continue
        title = unescape(ev.one("SUMMARY").value)
        if title == TUESDAY_NAME:  # its series and its extra session
            assert ev.has("LOCATION")
        else:
            assert not ev.has("LOCATION"), title  # Thursdays' place is not shared; actions'
        assert not ev.has("DESCRIPTION")  # names were not asked for
    # Bureau 2 is the Thursday group's room (not shared) and the room one Tuesday
    # session moved to (shared, as that group's place may be).
    assert data.count(b"LOCATION:Bureau 2") == 1


def test_facilitators_names_appear_only_when_asked(vault: vaults.Vault, made: Programme) -> None:
    with vault.session() as s:
        without = ce.export_calendar(s, ce.ExportOptions(), now=NOW)
        named = ce.export_calendar(s, ce.ExportOptions(facilitator_names=True), now=NOW)
    for name in ("Awa", "Bruno", "Chloé"):
        assert name.encode() not in without
        assert name.encode() in named
    descriptions = {
        unescape(ev.one("DESCRIPTION").value)
        for ev in components(named).children
        if ev.name == "VEVENT"
    }
    assert descriptions == {
        "Animation : Awa, Bruno",
        "Animation : Awa, Chloé",  # the re-staffed occurrence
        "Animation : Bruno, Chloé",  # Thursdays
        "Animation : Chloé",  # the training day
    }


# Words that would say what meets: the kinds of action, the programme, the application.
TELLING = ("groupe", "parole", "formation", "plénière", "grand public", "animation", "vpi")
# What a busy event may carry: times, its neutral title, identity and revision counters.
BUSY_EVENT_PROPERTIES = {
    "UID",
    "DTSTAMP",
    "SEQUENCE",
    "LAST-MODIFIED",
    "DTSTART",
    "DTEND",
    "RRULE",
    "EXDATE",
    "RECURRENCE-ID",
    "SUMMARY",
    "STATUS",
}


def calendar_names(data: bytes) -> set[str]:
    root = components(data)
    return {unescape(root.one("NAME").value), unescape(root.one("X-WR-CALNAME").value)}


def test_busy_level_says_only_a_neutral_title_and_the_time(
    vault: vaults.Vault, made: Programme
) -> None:
    options = ce.ExportOptions(privacy=ce.Privacy.BUSY, facilitator_names=True, keep_cancelled=True)
    with vault.session() as s:
        data = ce.export_calendar(s, options, now=NOW)
        files = ce.export_per_group(s, options, now=NOW)
        want = expected(s, options)
    titles = set()
    for blob in (data, *files.values()):
        root = components(blob)
        assert calendar_names(blob) == {"Indisponible"}
        for ev in root.children:
            if ev.name == "VEVENT":
                titles.add(unescape(ev.one("SUMMARY").value))
                assert {p.name for p in ev.properties} <= BUSY_EVENT_PROPERTIES
        text = readable(blob)
        for shown in (TUESDAY_NAME, THURSDAY_NAME, "Salle Jaurès", "Paix", "Bureau", "Awa"):
            assert shown.casefold() not in text
        for word in TELLING:  # neither the kind of meeting nor the programme
            assert word not in text, word
    assert titles == {"Indisponible", "ANNULÉ — Indisponible"}
    assert read_with_icalendar(data) == want
    assert read_with_vobject(data) == want
    assert {w.start for w in want} >= {dt.datetime(2026, 10, 27, 8, 0, tzinfo=dt.UTC)}


def test_the_busy_title_and_the_calendars_name_are_options(
    vault: vaults.Vault, made: Programme
) -> None:
    own = ce.ExportOptions(privacy=ce.Privacy.BUSY, busy_title=" Occupé ")
    named = dataclasses.replace(own, calendar_name="Agenda ; équipe")
    with vault.session() as s:
        blobs = [
            ce.export_calendar(s, own, now=NOW),
            *ce.export_per_group(s, own, now=NOW).values(),
        ]
        renamed = [
            ce.export_calendar(s, named, now=NOW),
            *ce.export_per_group(s, named, now=NOW).values(),
        ]
        want = expected(s, own)
    assert {seen.title for seen in want} == {"Occupé"}
    for blob in blobs:
        assert calendar_names(blob) == {"Occupé"}
        assert {
            unescape(ev.one("SUMMARY").value)
            for ev in components(blob).children
            if ev.name == "VEVENT"
        } == {"Occupé"}
    for blob in renamed:  # a name given is the whole name, at the busy level too
        assert calendar_names(blob) == {"Agenda ; équipe"}
    # The partner level is untouched by the busy title.
    with vault.session() as s:
        partner = ce.export_calendar(s, ce.ExportOptions(busy_title="Occupé"), now=NOW)
    assert calendar_names(partner) == {ce.DEFAULT_CALENDAR_NAME}
    assert b"Occup" not in partner


# ---------------------------------------------------------------- UIDs, per level


def event_keys(data: bytes) -> list[tuple[str, str, str]]:
    """(UID, RECURRENCE-ID, DTSTART) of each event, in file order."""
    return [
        (
            ev.one("UID").value,
            ev.all("RECURRENCE-ID")[0].value if ev.has("RECURRENCE-ID") else "",
            ev.one("DTSTART").value,
        )
        for ev in components(data).children
        if ev.name == "VEVENT"
    ]


def stored_uids(vault: vaults.Vault) -> set[str]:
    with vault.session() as s:
        return {g.uid for g in records.list_groups(s)} | {i.uid for i in records.list_sessions(s)}


UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def test_busy_uids_are_unrelated_to_the_partner_levels_and_stable(
    vault: vaults.Vault, made: Programme
) -> None:
    busy = ce.ExportOptions(privacy=ce.Privacy.BUSY, keep_cancelled=True)
    with vault.session() as s:
        partner_file = ce.export_calendar(s, ce.ExportOptions(keep_cancelled=True), now=NOW)
        busy_file = ce.export_calendar(s, busy, now=NOW)
        busy_files = ce.export_per_group(s, busy, now=NOW)
    later = NOW + dt.timedelta(days=30)
    with vault.session() as s:  # another unit of work, another day
        again = ce.export_calendar(s, busy, now=later)
        titled = ce.export_calendar(s, dataclasses.replace(busy, busy_title="Pris"), now=later)
    partner, first = event_keys(partner_file), event_keys(busy_file)
    partner_uids, busy_uids = {k[0] for k in partner}, {k[0] for k in first}
    # The same events, at the same times, in the same order: only the UIDs differ.
    assert [k[1:] for k in partner] == [k[1:] for k in first]
    assert len(busy_uids) == len(partner_uids) > 3
    assert not partner_uids & busy_uids
    assert not any(uid.encode() in busy_file for uid in stored_uids(vault))
    # One UID per series or event, as at the partner level (overrides keep their master's).
    pairs = {(p[0], b[0]) for p, b in zip(partner, first, strict=True)}
    assert len(pairs) == len(partner_uids) == len(busy_uids)
    assert all(UUID.fullmatch(uid) for uid in busy_uids)
    # Stable: the same session at the same level has the same UID in every export.
    assert event_keys(again) == event_keys(titled) == first
    split = sorted(k for blob in busy_files.values() for k in event_keys(blob))
    assert split == sorted(first)


def test_busy_uids_are_keyed_by_the_vaults_secret(vault: vaults.Vault, made: Programme) -> None:
    busy = ce.ExportOptions(privacy=ce.Privacy.BUSY)
    with vault.session() as s:
        before = ce.export_calendar(s, busy, now=NOW)
        partner_before = ce.export_calendar(s, ce.ExportOptions(), now=NOW)
        row = s.get(Setting, ce.UID_KEY_SETTING)
        assert row is not None
        secret = row.value
        assert len(bytes.fromhex(secret)) == 32
    assert secret.encode() not in before
    try:
        with vault.session() as s:
            row = s.get(Setting, ce.UID_KEY_SETTING)
            assert row is not None
            row.value = "0" * 64  # another vault's secret
        with vault.session() as s:
            other = ce.export_calendar(s, busy, now=NOW)
            partner_other = ce.export_calendar(s, ce.ExportOptions(), now=NOW)
    finally:
        with vault.session() as s:
            row = s.get(Setting, ce.UID_KEY_SETTING)
            assert row is not None
            row.value = secret
    # Not a hash of the stored UID and the level alone: the secret changes every UID.
    keys_before, keys_other = event_keys(before), event_keys(other)
    assert [k[1:] for k in keys_before] == [k[1:] for k in keys_other]
    assert not {k[0] for k in keys_before} & {k[0] for k in keys_other}
    assert partner_other == partner_before
