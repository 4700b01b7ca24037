"""The attendance sheet's values: the enrolled codes only, the session's place in its cycle."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest

from tests.scheduling.conftest import Directory, weekly
from vpi_groups import vault_settings
from vpi_groups.attendance import registers as att
from vpi_groups.attendance import sheets
from vpi_groups.attendance.registers import (
    AttendanceError,
    AttendanceErrorCode,
    ParticipantAttributes,
)
from vpi_groups.attendance.sheets import AttendanceSheet, attendance_sheet
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import records, series
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import AgeBand, Gender, ReferralSource
from vpi_groups.validation import NotFoundError

MARKER = "MEMO-7f3a-ne-doit-jamais-sortir"
PARIS = ZoneInfo("Europe/Paris")
FIELD = re.compile(r"\{(\w+)\}")


def _group(
    vault: vaults.Vault, directory: Directory, name: str, *, is_open: bool = False
) -> tuple[int, tuple[int, ...]]:
    """A weekly group (Tuesdays 18:00, 90 minutes, 10 sessions from 3 March 2026) in a room."""
    with vault.session() as s:
        change = series.create_group(
            s,
            records.GroupSpec(
                name,
                directory.action,
                directory.facilitators[:2],
                weekly(dt.date(2026, 3, 2), count=10),
                is_open=is_open,
                room_id=directory.room,
            ),
        )
        found = records.list_sessions(s, group_id=change.group.id)
    return change.group.id, tuple(x.id for x in found)


def test_the_sheet_holds_exactly_the_enrolled_codes_and_never_a_memo(
    vault: vaults.Vault, directory: Directory
) -> None:
    group, session_ids = _group(vault, directory, "Groupe du mardi")
    other, _ = _group(vault, directory, "Groupe du jeudi")
    rich = ParticipantAttributes(
        age_band=AgeBand.FROM_26_TO_35,
        gender=Gender.WOMAN,
        referral_source=ReferralSource.POLICE,
        consent_date=dt.date(2026, 2, 1),
        memo=MARKER,
    )
    with vault.session() as s:
        enrolled = [
            att.create_participant(s, rich if i == 0 else ParticipantAttributes()) for i in range(5)
        ]
        elsewhere = [att.create_participant(s, ParticipantAttributes()) for _ in range(2)]
        nowhere = att.create_participant(s, ParticipantAttributes(memo=MARKER))
        for person in enrolled:
            att.enrol(s, person.id, group, dt.date(2026, 3, 1))
        for person in elsewhere:
            att.enrol(s, person.id, other, dt.date(2026, 3, 1))
        sheet = attendance_sheet(s, session_ids[2])

    assert sheet.codes == tuple(sorted(p.code for p in enrolled))
    assert not {p.code for p in [*elsewhere, nowhere]} & set(sheet.codes)
    # Nothing but the codes of the participants: no memo, no attribute.
    values = repr(dataclasses.astuple(sheet))
    assert MARKER not in values
    for word in ("26-35", "woman", "police", "2026-02-01"):
        assert word not in values
    assert sheet.group_name == "Groupe du mardi"
    assert sheet.action_title == "Groupe de parole"
    assert sheet.facilitators == ("Awa", "Bruno")
    assert sheet.room == "Salle Jaurès"
    # The third Tuesday from 2 March 2026: 17 March, 18:00 to 19:30 in Paris.
    assert sheet.start == dt.datetime(2026, 3, 17, 18, 0, tzinfo=PARIS)
    assert sheet.end == dt.datetime(2026, 3, 17, 19, 30, tzinfo=PARIS)
    assert (sheet.number, sheet.total) == (3, 10)


def test_cancelled_sessions_are_not_counted_and_have_no_sheet(
    vault: vaults.Vault, directory: Directory
) -> None:
    _group_id, session_ids = _group(vault, directory, "Groupe du mardi")
    with vault.session() as s:
        scheduling.cancel_session(s, session_ids[1], "Salle indisponible")
    with vault.session() as s:
        sheet = attendance_sheet(s, session_ids[2])
        assert (sheet.number, sheet.total) == (2, 9)
        assert attendance_sheet(s, session_ids[9]).number == 9
        with pytest.raises(AttendanceError) as refused:
            attendance_sheet(s, session_ids[1])
    assert refused.value.code is AttendanceErrorCode.CANCELLED_SESSION


def test_an_unknown_session_is_a_typed_error(vault: vaults.Vault, directory: Directory) -> None:
    _group_id, session_ids = _group(vault, directory, "Groupe du mardi")
    with vault.session() as s, pytest.raises(NotFoundError) as missing:
        attendance_sheet(s, max(session_ids) + 1000)
    assert missing.value.code == "not-found"
    assert missing.value.entity == "session"
    assert missing.value.ids == (max(session_ids) + 1000,)


def test_a_session_of_another_action_has_no_sheet(
    vault: vaults.Vault, directory: Directory
) -> None:
    start = dt.datetime(2026, 4, 7, 9, 0, tzinfo=PARIS)
    with vault.session() as s:
        training = scheduling.add_action_session(
            s, directory.training, start, start + dt.timedelta(hours=3)
        )
        with pytest.raises(AttendanceError) as refused:
            attendance_sheet(s, training.id)
    assert refused.value.code is AttendanceErrorCode.NOT_A_GROUP_SESSION


def test_an_empty_group_gives_a_sheet_without_codes_and_no_room_is_said(
    vault: vaults.Vault, directory: Directory
) -> None:
    with vault.session() as s:
        change = series.create_group(
            s,
            records.GroupSpec(
                "Groupe ouvert",
                directory.action,
                directory.facilitators[2:],
                weekly(dt.date(2026, 3, 2), count=2),
                is_open=True,
            ),
        )
        first = records.list_sessions(s, group_id=change.group.id)[0]
        sheet = attendance_sheet(s, first.id)
    assert sheet.codes == ()
    assert sheet.room is None
    assert sheet.facilitators == ("Chloé", "Driss")
    assert sheet.newcomer_lines == sheets.NEWCOMER_LINES_OPEN
    assert sheets.place_words(sheet) == "Lieu : non renseigné"


def test_the_room_address_is_on_one_line(vault: vaults.Vault, directory: Directory) -> None:
    with vault.session() as s:
        room = programme.create_room(
            s, programme.RoomSpec("Salle Aubrac", address="Centre social\n12 rue Haute\n")
        )
        change = series.create_group(
            s,
            records.GroupSpec(
                "Groupe du soir",
                directory.action,
                directory.facilitators[:2],
                weekly(dt.date(2026, 3, 2), count=1),
                room_id=room.id,
            ),
        )
        sheet = attendance_sheet(s, records.list_sessions(s, group_id=change.group.id)[0].id)
    assert sheet.address == "Centre social, 12 rue Haute"
    assert sheets.place_words(sheet) == "Lieu : Salle Aubrac, Centre social, 12 rue Haute"
    assert sheets.place_words(sheet, "en") == "Place: Salle Aubrac, Centre social, 12 rue Haute"


def test_the_sheet_names_the_organisation_of_the_settings(
    vault: vaults.Vault, directory: Directory
) -> None:
    _group_id, session_ids = _group(vault, directory, "Groupe du mardi")
    with vault.session() as s:
        assert attendance_sheet(s, session_ids[0]).organisation == ""
        vault_settings.save_organisation(s, "Centre social Les Tilleuls")
        assert attendance_sheet(s, session_ids[0]).organisation == "Centre social Les Tilleuls"


# ---------------------------------------------------------------- the words


def _sheet(start: dt.datetime, end: dt.datetime, **changes: object) -> AttendanceSheet:
    sheet = AttendanceSheet(
        session_id=1,
        action_title="Groupe de parole",
        group_name="Groupe du jeudi après-midi",
        is_open=False,
        number=3,
        total=10,
        start=start,
        end=end,
        room=None,
        address=None,
        facilitators=("Awa Diallo", "Bruno Martin"),
        codes=(),
    )
    return dataclasses.replace(sheet, **changes)  # type: ignore[arg-type]


def test_when_the_session_happens_in_words() -> None:
    sheet = _sheet(
        dt.datetime(2027, 1, 14, 14, 0, tzinfo=PARIS), dt.datetime(2027, 1, 14, 16, 0, tzinfo=PARIS)
    )
    assert sheets.when_words(sheet) == "jeudi 14 janvier 2027, 14 h – 16 h"
    assert sheets.when_words(sheet, "en") == "Thursday 14 January 2027, 14:00 – 16:00"
    assert sheets.session_words(sheet) == "Séance 3/10"
    assert sheets.session_words(sheet, "en") == "Session 3 of 10"
    assert sheets.facilitator_words(sheet) == "Animateur·rices : Awa Diallo, Bruno Martin"
    half = _sheet(
        dt.datetime(2027, 10, 1, 9, 30, tzinfo=PARIS), dt.datetime(2027, 10, 1, 11, 5, tzinfo=PARIS)
    )
    assert sheets.when_words(half) == "vendredi 1er octobre 2027, 9 h 30 – 11 h 05"
    late = _sheet(
        dt.datetime(2027, 3, 6, 22, 0, tzinfo=PARIS), dt.datetime(2027, 3, 7, 1, 0, tzinfo=PARIS)
    )
    assert sheets.when_words(late) == "samedi 6 mars 2027, 22 h – dimanche 7 mars 2027, 1 h"


def test_codes_are_cut_for_reading_aloud() -> None:
    assert sheets.reading_form("K7M2QX4") == "K7M 2QX4"
    assert sheets.reading_form("0000000") == "000 0000"


def test_the_file_name_holds_the_day_and_the_group_only() -> None:
    sheet = _sheet(
        dt.datetime(2027, 1, 14, 14, 0, tzinfo=PARIS),
        dt.datetime(2027, 1, 14, 16, 0, tzinfo=PARIS),
        group_name="Groupe d'Élan — Mardi",
        codes=("K7M2QX4",),
    )
    assert sheets.file_name(sheet) == "emargement-2027-01-14-groupe-d-elan-mardi.pdf"


def test_every_word_of_the_sheet_has_both_languages_with_the_same_fields() -> None:
    for key, (french, english) in sheets.WORDS.items():
        assert french.strip(), key
        assert english.strip(), key
        assert set(FIELD.findall(french)) == set(FIELD.findall(english)), key
