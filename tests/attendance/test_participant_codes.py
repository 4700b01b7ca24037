"""Participant codes: format, randomness, typo detection."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vpi_groups.attendance.codes import (
    ALPHABET,
    CODE_LENGTH,
    InvalidCodeError,
    is_valid,
    new_code,
    normalise,
)


def test_format() -> None:
    code = new_code()
    assert len(code) == CODE_LENGTH
    assert set(code[:-1]) <= set(ALPHABET)
    assert normalise(code) == code


def test_codes_are_random() -> None:
    codes = {new_code() for _ in range(2000)}
    assert len(codes) >= 1995  # 2^30 possibilities: collisions are rare


def test_typing_is_forgiving() -> None:
    code = new_code()
    sloppy = f" {code[:3].lower()}-{code[3:]} ".replace("1", "l").replace("0", "o")
    assert normalise(sloppy) == code


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_any_single_substitution_is_caught(data: st.DataObject) -> None:
    code = new_code()
    pos = data.draw(st.integers(0, CODE_LENGTH - 2), label="position")
    wrong = data.draw(st.sampled_from([c for c in ALPHABET if c != code[pos]]), label="char")
    assert not is_valid(code[:pos] + wrong + code[pos + 1 :])


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_any_adjacent_swap_is_caught(data: st.DataObject) -> None:
    code = new_code()
    pos = data.draw(st.integers(0, CODE_LENGTH - 3), label="position")
    if code[pos] == code[pos + 1]:
        return
    swapped = code[:pos] + code[pos + 1] + code[pos] + code[pos + 2 :]
    assert not is_valid(swapped)


@pytest.mark.parametrize("text", ["", "ABC", "ABCDEFGH", "ABCDE!1", "ÀBCDEF1"])
def test_malformed(text: str) -> None:
    with pytest.raises(InvalidCodeError):
        normalise(text)


def test_a_check_character_typed_as_a_letter_is_forgiven() -> None:
    code = next(c for c in iter(new_code, None) if c[-1] in "01")
    typed = code[:-1] + ("l" if code[-1] == "1" else "o")
    assert normalise(typed) == code
