"""Privacy levels, and what never leaves: participants, registers, notes, memos, reasons."""

from __future__ import annotations

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


def test_busy_level_says_only_a_neutral_title_and_the_time(
    vault: vaults.Vault, made: Programme
) -> None:
    options = ce.ExportOptions(privacy=ce.Privacy.BUSY, facilitator_names=True)
    with vault.session() as s:
        data = ce.export_calendar(s, options, now=NOW)
        files = ce.export_per_group(s, options, now=NOW)
        want = expected(s, options)
    titles = set()
    for blob in (data, *files.values()):
        for ev in components(blob).children:
            if ev.name == "VEVENT":
                titles.add(unescape(ev.one("SUMMARY").value))
                assert not ev.has("LOCATION")
                assert not ev.has("DESCRIPTION")
        text = readable(blob)
        for shown in (TUESDAY_NAME, THURSDAY_NAME, "Salle Jaurès", "Paix", "Bureau", "Awa"):
            assert shown.casefold() not in text
    assert titles == {"Groupe de parole", "Formation / information"}
    assert set(files) == {
        f"groupe-de-parole-{made.tuesday}.ics",
        f"groupe-de-parole-{made.thursday}.ics",
        f"formation-information-{made.directory.training}.ics",
    }
    assert read_with_icalendar(data) == want
    assert read_with_vobject(data) == want
    assert {w.start for w in want} >= {dt.datetime(2026, 10, 27, 8, 0, tzinfo=dt.UTC)}
