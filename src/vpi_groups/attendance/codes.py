"""Pseudonymous participant codes: random, short, easy to read aloud, with a check character.

A code is six characters drawn at random (30 bits: it is never derived from anything
about the person) and one check character, all seven from one alphabet: Crockford's
base 32, the digits and the capital letters without I, L, O and U. No symbol, nothing
to spell ("star", "tilde"), no letter that reads as a digit.

The check character is Damm's: the code is run through a table of 32 × 32 characters
(a weakly totally anti-symmetric quasigroup with a zero diagonal, built below from the
field of 32 elements) and the check character is where it stops. Any single mistyped
character and any swap of two neighbouring characters, the two commonest typing
mistakes, give a code that does not check out.

Codes issued before (the *legacy* scheme) have the same six characters and a check
character from Crockford's mod-37 scheme, which may be one of ``* ~ $ = U``. Vaults
keep them: they are still shown as issued, found when typed (with their own check
character) and never reissued. :func:`normalise` accepts both schemes; a typing slip in
a current code that happens to pass the legacy check (about 1 in 37) is then refused
by the lookup, which finds no such participant.

Typing is forgiving in both schemes: case, spaces and dashes are ignored, and I and L
read as 1, O as 0 (those letters are in no code).
"""

from __future__ import annotations

import secrets
from enum import Enum

from vpi_groups.errors import AppError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
#: The check characters of codes issued before the current scheme (mod 37).
LEGACY_CHECK_SYMBOLS = ALPHABET + "*~$=U"
DATA_CHARS = 6
CODE_LENGTH = DATA_CHARS + 1
BITS_PER_CHAR = 5

#: x⁵ + x² + 1, irreducible over GF(2): the field of 32 elements in which the
#: Damm table is built.
_FIELD_POLYNOMIAL = 0b100101
#: Any element other than 0 and 1 makes the table below totally anti-symmetric.
_MULTIPLIER = 2
_IGNORED = " -\t"
_LOOKALIKES = str.maketrans("ILO", "110")


class Scheme(Enum):
    """How a code's check character was computed."""

    CURRENT = "damm-32"
    LEGACY = "mod-37"


class InvalidCodeError(AppError, ValueError):
    """Text that is not a well-formed participant code (or has a typo)."""

    code = "invalid-code"

    def __init__(self, text: str) -> None:
        super().__init__("not a participant code")
        self.length = len(text)


def _field_multiply(a: int, b: int) -> int:
    """Multiply two elements of GF(32) (polynomials over GF(2), modulo the field's)."""
    product = 0
    while b:
        if b & 1:
            product ^= a
        b >>= 1
        a <<= 1
        if a & (1 << BITS_PER_CHAR):
            a ^= _FIELD_POLYNOMIAL
    return product


def _damm_table() -> tuple[tuple[int, ...], ...]:
    """Damm's table: ``x * y = m·(x + y)`` in GF(32), with ``m`` not 0 nor 1.

    Each row and column is a permutation (x + y is, and so is multiplying by m ≠ 0);
    ``x * x = 0`` since x + x = 0; and ``(c * x) * y = (c * y) * x`` reduces to
    ``(m² + m)(x + y) = 0``, so to ``x = y`` since m² + m = m(m + 1) ≠ 0.
    """
    size = len(ALPHABET)
    return tuple(
        tuple(_field_multiply(_MULTIPLIER, x ^ y) for y in range(size)) for x in range(size)
    )


DAMM_TABLE = _damm_table()


def _damm(chars: str) -> int:
    interim = 0
    for ch in chars:
        interim = DAMM_TABLE[interim][ALPHABET.index(ch)]
    return interim


def check_character(body: str) -> str:
    """The current scheme's check character of six code characters."""
    return ALPHABET[_damm(body)]


def legacy_check_character(body: str) -> str:
    """The check character that codes of the legacy scheme carry (mod 37)."""
    value = 0
    for ch in body:
        value = value * len(ALPHABET) + ALPHABET.index(ch)
    return LEGACY_CHECK_SYMBOLS[value % 37]


def code_from_number(number: int) -> str:
    """The code whose six characters spell ``number`` (0 to 2³⁰ − 1) in base 32."""
    if not 0 <= number < 1 << (BITS_PER_CHAR * DATA_CHARS):
        raise ValueError("number out of range")
    body = "".join(
        ALPHABET[(number >> (BITS_PER_CHAR * i)) & 31] for i in reversed(range(DATA_CHARS))
    )
    return body + check_character(body)


def new_code() -> str:
    """Draw a new random code (the caller makes sure it is not already used)."""
    return code_from_number(secrets.randbits(BITS_PER_CHAR * DATA_CHARS))


def search_text(text: str) -> str:
    """What was typed, in the form codes are stored: for finding codes by a part of one.

    Upper case, without spaces nor dashes, with I and L as 1 and O as 0.
    """
    cleaned = "".join(ch for ch in text.upper() if ch not in _IGNORED)
    # I, L and O are in no code: they can only be a misread 1 or 0.
    return cleaned.translate(_LOOKALIKES)


def scheme_of(text: str) -> Scheme | None:
    """The scheme whose check ``text`` passes (the current one first), or None."""
    cleaned = search_text(text)
    body, check = cleaned[:DATA_CHARS], cleaned[DATA_CHARS:]
    if len(cleaned) != CODE_LENGTH or any(ch not in ALPHABET for ch in body):
        return None
    if check == check_character(body):
        return Scheme.CURRENT
    if check == legacy_check_character(body):
        return Scheme.LEGACY
    return None


def normalise(text: str) -> str:
    """Return the canonical form of a typed code, of either scheme.

    Case, spaces and dashes are ignored; I and L read as 1, O as 0.

    Raises:
        InvalidCodeError: wrong length, a character outside the alphabet, or a
            check character that matches neither scheme (a typo).
    """
    if scheme_of(text) is None:
        raise InvalidCodeError(text)
    return search_text(text)


def is_valid(text: str) -> bool:
    """Whether ``text`` is a well-formed code of the current scheme (as issued now)."""
    return scheme_of(text) is Scheme.CURRENT


def same_code(typed: str, code: str) -> bool:
    """Whether ``typed`` is ``code`` typed forgivingly (for confirming by typing a code)."""
    return scheme_of(typed) is not None and search_text(typed) == code
