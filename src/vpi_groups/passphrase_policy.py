"""How strong a passphrase is: one rule for the CLI and the first-run wizard.

The estimate comes from zxcvbn (the number of guesses an attacker who knows the usual
patterns would need), taught what it ignores of French use: a list of common French
passwords, words and first names, and the AZERTY keyboard's rows
(``data/common_fr.txt``); French phone numbers; the years after 2019. The vault's own
words (programme name, facilitators' names) are passed as ``user_inputs``. Two
readings are stricter than zxcvbn's own: words joined by spaces count as the words
alone, and zxcvbn's flat bonus for every extra part of a match sequence (10⁴ each,
which alone lifts "doudou chouchou" to 10⁸) is left out.

A passphrase is refused when it is shorter than :data:`MIN_LENGTH` characters or when
it would fall in fewer than 10⁸ guesses (zxcvbn score below :data:`MIN_SCORE`).
:func:`explain` says why, in French or English, without Qt.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn: at least 10⁸ guesses
#: How many guesses per second the estimate line assumes: a determined attacker's
#: computer against the vault's Argon2id key derivation (zxcvbn's "offline, slow
#: hash" scenario).
GUESSES_PER_SECOND = 1e4
#: Only the start is analysed (the matching is quadratic); the rest only adds strength.
ANALYSED_LENGTH = 100
#: A phone number is known to the people around its owner: a handful of guesses.
PHONE_GUESSES = 1_000
#: zxcvbn's smallest year space, used for the years it does not know (2020 onwards).
MIN_YEAR_SPACE = 20

_WORD_LIST = "common_fr.txt"
_FRENCH = "vpi_french"
_KEYBOARD = "vpi_keyboard"
_PERSONAL = "user_inputs"
_MIN_KEYBOARD_RUN = 4
_MIN_PERSONAL_WORD = 3
#: Words of a programme's name too common to count as personal.
_STOP_WORDS = frozenset(
    {
        "les", "des", "une", "aux", "pour", "par", "sur", "dans", "avec", "sans", "chez",
        "entre", "vers", "et", "the", "and", "for", "with",
    }
)  # fmt: skip
_SEPARATOR = r"[\s.\-]?"
_PHONE = re.compile(
    r"(?<!\d)(?:(?:\+|00)33" + _SEPARATOR + r"(?:\(0\)" + _SEPARATOR + r")?|0)[1-9]"
    r"(?:" + _SEPARATOR + r"\d\d){4}(?!\d)"
)
_LATE_YEAR = re.compile(r"(?<!\d)20[2-4]\d(?!\d)")
_SPACES = re.compile(r"\s+")


class Problem(Enum):
    """Why a passphrase is refused (in the order :func:`explain` gives them)."""

    TOO_SHORT = "too-short"
    PERSONAL = "personal"  # contains the vault's own words
    PHONE = "phone"
    KEYBOARD = "keyboard"
    COMMON = "common"
    SEQUENCE = "sequence"
    REPETITIVE = "repetitive"
    DATE = "date"
    GUESSABLE = "guessable"  # low estimate, no pattern to name


class CrackTime(Enum):
    """How long a computer would take to find it, in words (see :data:`GUESSES_PER_SECOND`)."""

    INSTANT = "instant"
    SECONDS = "seconds"
    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"
    CENTURIES = "centuries"


_TIME_BANDS = (  # upper bound in seconds, band
    (1.0, CrackTime.INSTANT),
    (60.0, CrackTime.SECONDS),
    (3600.0, CrackTime.MINUTES),
    (86_400.0, CrackTime.HOURS),
    (31 * 86_400.0, CrackTime.DAYS),
    (365 * 86_400.0, CrackTime.MONTHS),
    (100 * 365 * 86_400.0, CrackTime.YEARS),
)


@dataclass(frozen=True)
class Strength:
    """An estimate of a passphrase's strength.

    Attributes:
        score: 0 (very weak) to 4 (very strong), zxcvbn's scale.
        guesses_log10: log10 of the guesses an informed attacker would need.
        problems: reasons to refuse it, most important first; empty when acceptable.
    """

    score: int
    guesses_log10: float
    problems: tuple[Problem, ...]

    @property
    def acceptable(self) -> bool:
        """Whether the passphrase may protect a vault."""
        return not self.problems

    @property
    def crack_time(self) -> CrackTime:
        """How long a computer would take, as a band."""
        seconds_log10 = self.guesses_log10 - math.log10(GUESSES_PER_SECOND)
        for bound, band in _TIME_BANDS:
            if seconds_log10 < math.log10(bound):
                return band
        return CrackTime.CENTURIES

    @property
    def guesses_exponent(self) -> int:
        """The power of ten of the guesses, for "about 10^n guesses"."""
        return max(0, math.floor(self.guesses_log10))


def assess(passphrase: str, user_inputs: Sequence[str] = ()) -> Strength:
    """Estimate how hard ``passphrase`` is to guess, and whether to accept it.

    Args:
        passphrase: what the user typed.
        user_inputs: the vault's own words (programme name, facilitators' names): a
            passphrase made of them is refused as :attr:`Problem.PERSONAL`.

    Returns:
        The estimate; ``problems`` lists every reason to refuse it.
    """
    too_short = len(passphrase) < MIN_LENGTH
    if not passphrase:
        return Strength(score=0, guesses_log10=0.0, problems=(Problem.TOO_SHORT,))
    from zxcvbn import matching, time_estimates  # slow: imported on first use

    text = passphrase[:ANALYSED_LENGTH]
    french, keyboard = _word_lists()
    personal = _personal_words(user_inputs)
    dictionaries: dict[str, dict[str, int]] = {
        **matching.RANKED_DICTIONARIES,
        _FRENCH: french,
        _KEYBOARD: keyboard,
        _PERSONAL: {word: rank for rank, word in enumerate(personal, 1)},
    }
    # Words joined by spaces are no harder than the words alone: keep the weaker reading.
    joined = _SPACES.sub("", text)
    readings = [text] if joined in ("", text) else [text, joined]
    guesses, sequence = min((_guesses(r, dictionaries) for r in readings), key=lambda g: g[0])
    guesses_log10 = float(guesses.log10()) if guesses > 0 else 0.0
    score = int(time_estimates.guesses_to_score(guesses))
    problems: list[Problem] = []
    if score < MIN_SCORE:
        problems = _problems(text, sequence, personal, keyboard)
    if too_short:
        problems.insert(0, Problem.TOO_SHORT)
    return Strength(score=score, guesses_log10=guesses_log10, problems=tuple(problems))


def _guesses(
    text: str, dictionaries: dict[str, dict[str, int]]
) -> tuple[Decimal, list[dict[str, Any]]]:
    """Estimate ``text`` with zxcvbn and the French additions; return its reading too."""
    from zxcvbn import matching, scoring  # slow: imported on first use

    matches: list[dict[str, Any]] = matching.omnimatch(text, dictionaries)
    matches += _phone_matches(text) + _year_matches(text)
    # Without zxcvbn's bonus for long match sequences (10⁴ per extra part): it alone
    # lifts any three-part sequence, such as "doudou chouchou", to 10⁸ guesses.
    result = scoring.most_guessable_match_sequence(text, matches, _exclude_additive=True)
    return Decimal(result["guesses"]), result["sequence"]


# ---------------------------------------------------------------- explanations

_REASONS: dict[Problem, tuple[str, str]] = {
    Problem.TOO_SHORT: (
        "Trop courte : au moins 10 caractères.",
        "Too short: at least 10 characters.",
    ),
    Problem.PERSONAL: (
        "Elle reprend les mots du dispositif (nom du programme, des animateurs) : "
        "ceux qui le connaissent les essaieront d'abord.",
        "It uses the programme's own words (its name, the facilitators' names): "
        "anyone who knows it will try them first.",
    ),
    Problem.PHONE: (
        "Elle contient un numéro de téléphone : ceux qui vous connaissent peuvent le deviner.",
        "It contains a phone number: people who know you can guess it.",
    ),
    Problem.KEYBOARD: (
        "Elle suit les touches du clavier (azerty, qsdf…) : c'est un des premiers essais.",
        "It follows the keyboard's keys (azerty, qwerty…): one of the first things tried.",
    ),
    Problem.COMMON: (
        "Elle contient un mot de passe, un mot ou un prénom très répandu.",
        "It contains a very common password, word or first name.",
    ),
    Problem.SEQUENCE: (
        "Elle contient une suite prévisible (abcd, 1234…).",
        "It contains a predictable sequence (abcd, 1234…).",
    ),
    Problem.REPETITIVE: (
        "Elle répète des caractères ou des groupes : variez-les.",
        "It repeats characters or groups: vary them.",
    ),
    Problem.DATE: (
        "Elle contient une date ou une année, facile à deviner.",
        "It contains a date or a year, easy to guess.",
    ),
    Problem.GUESSABLE: (
        "Trop facile à deviner : ajoutez quelques mots.",
        "Too easy to guess: add a few words.",
    ),
}

_TIMES: dict[CrackTime, tuple[str, str]] = {
    CrackTime.INSTANT: ("moins d'une seconde", "less than a second"),
    CrackTime.SECONDS: ("quelques secondes", "a few seconds"),
    CrackTime.MINUTES: ("quelques minutes", "a few minutes"),
    CrackTime.HOURS: ("quelques heures", "a few hours"),
    CrackTime.DAYS: ("quelques jours", "a few days"),
    CrackTime.MONTHS: ("quelques mois", "a few months"),
    CrackTime.YEARS: ("des années", "years"),
    CrackTime.CENTURIES: ("des siècles", "centuries"),
}


def explain(strength: Strength, lang: str) -> str:
    """Say why a passphrase is refused (or that it is fine), then estimate its strength.

    Args:
        strength: the result of :func:`assess`.
        lang: ``"en"`` for English; anything else gives French (as the CLI's messages).

    Returns:
        One line of reasons (every problem, most important first), a newline, and
        the estimate line, e.g. "Estimation : environ 10^6 essais — quelques minutes
        pour un ordinateur."
    """
    english = lang == "en"
    if strength.problems:
        reasons = [_REASONS[problem][english] for problem in strength.problems]
    elif strength.score >= 4:
        reasons = ["Strong passphrase." if english else "Phrase de passe solide."]
    else:
        reasons = [
            "Acceptable. A longer sentence would be stronger."
            if english
            else "Acceptable. Une phrase plus longue serait plus sûre."
        ]
    return " ".join(reasons) + "\n" + estimate(strength, lang)


def estimate(strength: Strength, lang: str) -> str:
    """The estimate line alone ("Estimate: about 10^6 guesses — …"), see :func:`explain`."""
    time = _TIMES[strength.crack_time]
    power = f"10^{strength.guesses_exponent}"
    if lang == "en":
        return f"Estimate: about {power} guesses — {time[1]} for a computer."
    return f"Estimation : environ {power} essais — {time[0]} pour un ordinateur."


# ---------------------------------------------------------------- matching


def _fold(text: str) -> str:
    """Lower case without accents ("Clé" -> "cle")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _with_folded(words: Iterable[str]) -> list[str]:
    """Each word, then its accent-free form when different; no duplicates."""
    out: dict[str, None] = {}
    for word in words:
        out.setdefault(word.casefold(), None)
        out.setdefault(_fold(word), None)
    return list(out)


@functools.cache
def _word_lists() -> tuple[dict[str, int], dict[str, int]]:
    """The shipped French list and keyboard runs, as zxcvbn ranked dictionaries."""
    import importlib.resources  # here: the unlock window imports this module

    source = importlib.resources.files("vpi_groups").joinpath("data", _WORD_LIST)
    sections: dict[str, list[str]] = {"common": [], "keyboard": []}
    current = sections["common"]
    for raw in source.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections[line[1:-1]]
            continue
        current.append(line)
    runs: dict[str, None] = {}
    for row in sections["keyboard"]:
        for size in range(len(row), _MIN_KEYBOARD_RUN - 1, -1):
            for start in range(len(row) - size + 1):
                runs.setdefault(row[start : start + size], None)
    french = _with_folded(sections["common"])
    return (
        {word: rank for rank, word in enumerate(french, 1)},
        {word: rank for rank, word in enumerate(runs, 1)},
    )


def _personal_words(user_inputs: Sequence[str]) -> list[str]:
    """The vault's words as zxcvbn should look for them: whole, joined, and word by word."""
    wholes: list[str] = []
    words: list[str] = []
    for text in user_inputs:
        tokens = re.findall(r"\w+", text.casefold())
        if not tokens:
            continue
        wholes += [" ".join(tokens), "".join(tokens), text.casefold().strip()]
        words += [t for t in tokens if len(t) >= _MIN_PERSONAL_WORD and t not in _STOP_WORDS]
    return [w for w in _with_folded(wholes + words) if len(w) >= _MIN_PERSONAL_WORD]


def _phone_matches(text: str) -> list[dict[str, Any]]:
    return [
        {
            "pattern": "phone",
            "token": found.group(0),
            "i": found.start(),
            "j": found.end() - 1,
            "guesses": PHONE_GUESSES,
            "guesses_log10": math.log10(PHONE_GUESSES),
        }
        for found in _PHONE.finditer(text)
    ]


def _year_matches(text: str) -> list[dict[str, Any]]:
    """Years zxcvbn (whose reference year is 2017) does not see as years."""
    from vpi_groups import clock  # here: its time zone costs the unlock window's start 4 ms

    this_year = clock.now().year
    out = []
    for found in _LATE_YEAR.finditer(text):
        guesses = max(abs(int(found.group(0)) - this_year), MIN_YEAR_SPACE)
        out.append(
            {
                "pattern": "regex",
                "regex_name": "recent_year",
                "token": found.group(0),
                "i": found.start(),
                "j": found.end() - 1,
                "guesses": guesses,
                "guesses_log10": math.log10(guesses),
            }
        )
    return out


_PATTERN_PROBLEMS = {
    "spatial": Problem.KEYBOARD,
    "sequence": Problem.SEQUENCE,
    "repeat": Problem.REPETITIVE,
    "date": Problem.DATE,
    "regex": Problem.DATE,
    "phone": Problem.PHONE,
}


def _problems(
    text: str,
    sequence: Sequence[dict[str, Any]],
    personal: Sequence[str],
    keyboard: dict[str, int],
) -> list[Problem]:
    """Name the patterns that made a refused passphrase easy to guess."""
    found: set[Problem] = set()
    for match in sequence:
        pattern = match["pattern"]
        if pattern == "dictionary":
            word = match["matched_word"]
            if match["dictionary_name"] == _PERSONAL:
                found.add(Problem.PERSONAL)
            elif word in keyboard:
                found.add(Problem.KEYBOARD)
            else:
                found.add(Problem.COMMON)
        elif pattern in _PATTERN_PROBLEMS:
            found.add(_PATTERN_PROBLEMS[pattern])
    # Said even when a cheaper reading of the same characters won: the person
    # should know that these are the first things an attacker tries.
    if _PHONE.search(text):
        found.add(Problem.PHONE)
    folded = _fold(text)
    if any(_fold(word) in folded for word in personal):
        found.add(Problem.PERSONAL)
    if not found:
        found.add(Problem.GUESSABLE)
    return [problem for problem in Problem if problem in found]
