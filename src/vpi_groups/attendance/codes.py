"""Pseudonymous participant codes: random, short, easy to read aloud, with a check character.

Six Crockford base-32 characters (30 random bits, no I, L, O or U to misread) and one
check character from Crockford's mod-37 scheme, which catches any single mistyped
character and any swap of two neighbours. A code is drawn at random: it is never
derived from anything about the person.
"""

from __future__ import annotations

import secrets

from vpi_groups.errors import AppError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_SYMBOLS = ALPHABET + "*~$=U"
DATA_CHARS = 6
CODE_LENGTH = DATA_CHARS + 1


class InvalidCodeError(AppError, ValueError):
    """Text that is not a well-formed participant code (or has a typo)."""

    code = "invalid-code"

    def __init__(self, text: str) -> None:
        super().__init__("not a participant code")
        self.length = len(text)


def _value(chars: str) -> int:
    value = 0
    for ch in chars:
        value = value * 32 + ALPHABET.index(ch)
    return value


def _check(value: int) -> str:
    return CHECK_SYMBOLS[value % 37]


def new_code() -> str:
    """Draw a new random code (the caller makes sure it is not already used)."""
    value = secrets.randbits(5 * DATA_CHARS)
    chars = "".join(ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(DATA_CHARS)))
    return chars + _check(value)


def normalise(text: str) -> str:
    """Return the canonical form of a typed code.

    Case, spaces and dashes are ignored; I and L read as 1, O as 0.

    Raises:
        InvalidCodeError: wrong length, a character outside the alphabet, or a
            check character that does not match (a typo).
    """
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t")
    # I, L and O are in neither alphabet: they can only be a misread 1 or 0.
    cleaned = cleaned.translate(str.maketrans("ILO", "110"))
    data = cleaned[:DATA_CHARS]
    if len(cleaned) != CODE_LENGTH or any(ch not in ALPHABET for ch in data):
        raise InvalidCodeError(text)
    if cleaned[DATA_CHARS] != _check(_value(data)):
        raise InvalidCodeError(text)
    return data + cleaned[DATA_CHARS]


def is_valid(text: str) -> bool:
    """Whether ``text`` is a well-formed code."""
    try:
        normalise(text)
    except InvalidCodeError:
        return False
    return True
