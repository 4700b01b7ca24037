"""How strong a passphrase is: one rule for the CLI and the first-run wizard."""

from __future__ import annotations

import math
import string
from dataclasses import dataclass
from enum import Enum

MIN_LENGTH = 10
_COMMON = frozenset(
    {
        "motdepasse",
        "password",
        "azertyuiop",
        "qwertyuiop",
        "1234567890",
        "0123456789",
        "soleil",
        "bonjour",
        "doudou",
        "loulou",
        "chouchou",
        "marseille",
        "iloveyou",
        "jetaime",
        "administrateur",
        "motdepasse123",
        "password123",
        "azerty123",
    }
)


class Problem(Enum):
    """Why a passphrase is refused."""

    TOO_SHORT = "too-short"
    COMMON = "common"
    REPETITIVE = "repetitive"


@dataclass(frozen=True)
class Strength:
    """An estimate of a passphrase's strength.

    Attributes:
        bits: a rough entropy estimate.
        score: 0 (very weak) to 4 (very strong).
        problems: reasons to refuse it; empty when acceptable.
    """

    bits: float
    score: int
    problems: tuple[Problem, ...]

    @property
    def acceptable(self) -> bool:
        """Whether the passphrase may protect a vault."""
        return not self.problems


def _alphabet_size(text: str) -> int:
    size = 0
    if any(c in string.ascii_lowercase for c in text):
        size += 26
    if any(c in string.ascii_uppercase for c in text):
        size += 26
    if any(c in string.digits for c in text):
        size += 10
    if any(c in string.punctuation or c == " " for c in text):
        size += 33
    if any(ord(c) > 127 for c in text):
        size += 40  # accented letters and other symbols
    return max(size, 1)


def assess(passphrase: str) -> Strength:
    """Estimate strength: length, variety, repetition and a list of common choices."""
    problems: list[Problem] = []
    folded = passphrase.casefold()
    if len(passphrase) < MIN_LENGTH:
        problems.append(Problem.TOO_SHORT)
    if folded.rstrip("0123456789!.") in _COMMON or folded in _COMMON:
        problems.append(Problem.COMMON)
    distinct = len(set(passphrase))
    if passphrase and distinct <= max(2, len(passphrase) // 4):
        problems.append(Problem.REPETITIVE)
    bits = len(passphrase) * math.log2(_alphabet_size(passphrase))
    bits *= min(1.0, distinct / max(1, len(passphrase)) * 2)
    score = 0 if problems else min(4, 1 + int(bits // 25))
    return Strength(bits=bits, score=score, problems=tuple(problems))
