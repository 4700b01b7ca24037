"""Participant codes read aloud: one alphabet, Damm's check, and the codes issued before."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vpi_groups.attendance import codes
from vpi_groups.attendance import registers as att
from vpi_groups.attendance.registers import AttendanceError, AttendanceErrorCode
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import AgeBand, Gender, Participant, ReferralSource

#: Digits and capital letters, without the letters that read as digits (I, L, O) and
#: without U: written out here rather than taken from the module under test.
SPOKEN = frozenset("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

#: Codes issued by the legacy scheme (Crockford's mod-37 check), as vaults hold them:
#: some end with a symbol or a U.
LEGACY_CODES = ("7K3M9QK", "H4RT2WV", "T91JVT$", "NEWA5N~", "CMBHN5=", "VN36WKU", "XH1M7Z*")

NUMBERS = st.integers(min_value=0, max_value=2**30 - 1)


@given(NUMBERS)
def test_every_new_code_reads_aloud(number: int) -> None:
    code = codes.code_from_number(number)
    assert len(code) == 7
    assert set(code) <= SPOKEN, code


def test_drawn_codes_read_aloud() -> None:
    for _ in range(500):
        assert set(codes.new_code()) <= SPOKEN


def test_the_damm_table_is_a_totally_anti_symmetric_quasigroup() -> None:
    """Damm's conditions, checked over the whole table."""
    table = codes.DAMM_TABLE
    size = len(SPOKEN)
    assert len(table) == size
    every = set(range(size))
    for x in range(size):
        assert set(table[x]) == every, f"row {x} is not a permutation"
        assert {table[y][x] for y in range(size)} == every, f"column {x} is not a permutation"
        assert table[x][x] == 0
    for c in range(size):
        for x in range(size):
            for y in range(x + 1, size):
                assert table[table[c][x]][y] != table[table[c][y]][x], (c, x, y)


def _sample(count: int) -> list[str]:
    rng = random.Random(20261203)
    return [codes.code_from_number(rng.randrange(2**30)) for _ in range(count)]


@pytest.mark.parametrize("code", _sample(60))
def test_every_single_substitution_is_caught(code: str) -> None:
    assert codes.is_valid(code)
    for position in range(len(code)):
        for wrong in sorted(SPOKEN - {code[position]}):
            typo = code[:position] + wrong + code[position + 1 :]
            assert not codes.is_valid(typo), typo


@pytest.mark.parametrize("code", _sample(60))
def test_every_adjacent_swap_is_caught(code: str) -> None:
    for position in range(len(code) - 1):
        if code[position] == code[position + 1]:
            continue
        swapped = code[:position] + code[position + 1] + code[position] + code[position + 2 :]
        assert not codes.is_valid(swapped), swapped


def test_the_check_character_is_damms() -> None:
    """Worked by hand from the table's definition: m·(x + y) in GF(32), m = 2.

    "000001": 0*0 = 0 five times, then 0*1 = 2·1 = 2, so the check is "2".
    "100000": 0*1 = 2, then 2*0 = 2·2 = 4, 4*0 = 8, 8*0 = 16, 16*0 = 2·16 = x⁵,
    which is x² + 1 = 5 in the field, and 5*0 = 10: the check is "A".
    """
    assert codes.code_from_number(1) == "0000012"
    assert codes.code_from_number(1 << 25) == "100000A"


@pytest.mark.parametrize("code", LEGACY_CODES)
def test_a_legacy_code_still_checks_out(code: str) -> None:
    assert codes.normalise(code) == code
    assert codes.scheme_of(code) is codes.Scheme.LEGACY
    sloppy = f" {code[:3].lower()}-{code[3:]} ".replace("1", "l").replace("0", "o")
    assert codes.normalise(sloppy) == code
    assert codes.same_code(sloppy, code)
    assert not codes.is_valid(code), "never issued again"
    typo = code[:2] + ("2" if code[2] != "2" else "3") + code[3:]
    with pytest.raises(codes.InvalidCodeError):
        codes.normalise(typo)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ab-c d", "ABCD"),
        ("o1l", "011"),
        ("Xh1m7z*", "XH1M7Z*"),
        ("i", "1"),
    ],
)
def test_search_text_forgives_like_the_codes(typed: str, expected: str) -> None:
    assert codes.search_text(typed) == expected


def test_same_code_refuses_another_code() -> None:
    code, other = _sample(2)
    assert codes.same_code(code.lower(), code)
    assert not codes.same_code(other, code)
    assert not codes.same_code(code[:-1], code)


def test_legacy_codes_in_a_vault_are_found(vault: vaults.Vault) -> None:
    """A vault holding codes of both schemes: each is found, as typed or sloppily."""
    with vault.session() as s:
        for code in LEGACY_CODES:
            s.add(
                Participant(
                    code=code,
                    age_band=AgeBand.UNKNOWN,
                    gender=Gender.UNSAID,
                    referral_source=ReferralSource.UNKNOWN,
                    created_at=dt.datetime(2025, 5, 6, 14, 0, tzinfo=dt.UTC),
                )
            )
        s.flush()
        fresh = att.create_participant(s, att.ParticipantAttributes())
    with vault.session() as s:
        assert codes.is_valid(fresh.code)
        assert att.find_by_code(s, fresh.code).id == fresh.id
        for code in LEGACY_CODES:
            found = att.find_by_code(s, code.lower())
            assert found.code == code
        listed = {p.code for p in att.list_participants(s)}
        assert set(LEGACY_CODES) <= listed
        with pytest.raises(AttendanceError) as exc:
            att.find_by_code(s, "XH1M7Z~")
        assert exc.value.code == AttendanceErrorCode.INVALID_CODE
