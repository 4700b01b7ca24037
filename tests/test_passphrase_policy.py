"""Passphrase policy: zxcvbn's estimate taught French passwords, AZERTY and phone numbers."""

from __future__ import annotations

import subprocess
import sys

import pytest

from vpi_groups.passphrase_policy import (
    MIN_LENGTH,
    CrackTime,
    Problem,
    Strength,
    assess,
    estimate,
    explain,
)

PROGRAMME = "Atelier VIF Montreuil"
FACILITATOR = "Nadia Benali"

#: Passphrases the test suite and the screenshots give to ``init``, ``passwd``, the
#: wizard or the new-passphrase field: the policy must keep accepting them.
SUITE_PASSPHRASES = [
    "un jardin sous la pluie 1984",
    "une toute autre phrase 77",
    "nouvelle phrase de passe 9",
    "recalibrée et solide 12",
    "trois tasses de thé au jardin",
    "le vent se lève sur la mer 7",
    "une nouvelle phrase pour demain",
    "la marée monte doucement ce soir",
    "une phrase de passe solide 31",
    "encore une autre phrase 2026",
    "une phrase pour les captures 2026",
    "purge et effacement en ligne de commande",
    "bilan annuel du centre social 2025",
    "un calendrier pour les partenaires 75",
]


@pytest.mark.parametrize(
    ("passphrase", "expected"),
    [
        ("1234567891", {Problem.COMMON, Problem.SEQUENCE}),
        ("abcdefghij", {Problem.SEQUENCE}),
        ("azerty1234", {Problem.KEYBOARD}),
        ("0612345678", {Problem.PHONE}),
        ("P@ssw0rd123", {Problem.COMMON}),
    ],
)
def test_weak_passphrases_are_refused_with_a_reason(
    passphrase: str, expected: set[Problem]
) -> None:
    strength = assess(passphrase)
    assert not strength.acceptable
    assert strength.score < 3
    assert strength.guesses_log10 < 8
    assert expected & set(strength.problems), strength.problems
    assert Problem.TOO_SHORT not in strength.problems  # all are 10 characters or more


@pytest.mark.parametrize(
    "number",
    ["0612345678", "06 12 34 56 78", "06.12.34.56.78", "07-98-76-54-32", "+33 6 12 34 56 78",
     "0033 6 12 34 56 78", "+33 (0)1 44 55 66 77", "0687419235"],
)  # fmt: skip
def test_french_phone_numbers_are_refused_as_such(number: str) -> None:
    strength = assess(number)
    assert not strength.acceptable
    assert strength.problems[0] is Problem.PHONE


def test_a_random_mobile_number_is_refused_only_as_a_phone_number() -> None:
    """On its own, zxcvbn rates 0687419235 well: its shape is what gives it away."""
    from zxcvbn import zxcvbn

    assert zxcvbn("0687419235")["score"] >= 3
    assert assess("0687419235").problems == (Problem.PHONE,)


def test_a_phone_number_inside_a_long_sentence_does_not_doom_it() -> None:
    assert assess("rendez-vous au 06 12 34 56 78 demain avec le jardinier").acceptable


@pytest.mark.parametrize("passphrase", ["qsdfghjklm", "mlkjhgfdsq", "wxcvbn2024!", "&é\"'(-è_çà"])
def test_azerty_rows_are_keyboard_patterns(passphrase: str) -> None:
    strength = assess(passphrase)
    assert not strength.acceptable
    assert Problem.KEYBOARD in strength.problems


@pytest.mark.parametrize("passphrase", ["chouchou doudou", "soleil marseille", "motdepasse"])
def test_french_favourites_are_common(passphrase: str) -> None:
    """Two pet names are two guesses from a short list, spaces or not."""
    strength = assess(passphrase)
    assert not strength.acceptable
    assert Problem.COMMON in strength.problems


def test_recent_years_are_dates() -> None:
    strength = assess("jetaime2024")
    assert not strength.acceptable
    assert Problem.DATE in strength.problems


def test_repetition() -> None:
    for passphrase in ("aaaaaaaaaaaa", "abcabcabcabc"):
        assert Problem.REPETITIVE in assess(passphrase).problems


@pytest.mark.parametrize(
    ("passphrase", "inputs"),
    [
        ("Atelier VIF Montreuil 2024", [PROGRAMME]),
        ("montreuil vif atelier", [PROGRAMME]),
        ("nadia benali 1979!", [PROGRAMME, FACILITATOR]),
    ],
)
def test_the_vaults_own_words_are_personal(passphrase: str, inputs: list[str]) -> None:
    assert assess(passphrase).acceptable, "acceptable to anyone who does not know the vault"
    strength = assess(passphrase, inputs)
    assert not strength.acceptable
    assert Problem.PERSONAL in strength.problems


def test_user_inputs_match_without_accents_and_ignore_small_words() -> None:
    strength = assess("jean pierre lefevre 1980", ["Jean-Pierre Lefèvre"])
    assert Problem.PERSONAL in strength.problems
    # "de" and "la" of a programme's name are not personal words.
    assert assess("un jardin sous la pluie 1984", ["Maison de la famille"]).acceptable


@pytest.mark.parametrize(
    "passphrase",
    ["un jardin sous la pluie 1984", "nous irons au bois mardi prochain", *SUITE_PASSPHRASES],
)
def test_good_passphrases_are_accepted(passphrase: str) -> None:
    strength = assess(passphrase, [PROGRAMME, FACILITATOR])
    assert strength.acceptable, strength
    assert strength.problems == ()
    assert strength.score >= 3
    assert strength.guesses_log10 >= 8


def test_too_short_is_refused_even_when_random() -> None:
    strength = assess("Xk#9qL!2v")
    assert len("Xk#9qL!2v") < MIN_LENGTH
    assert strength.score >= 3
    assert strength.problems == (Problem.TOO_SHORT,)
    assert assess("Xk#9qL!2vW").acceptable


def test_too_short_comes_first() -> None:
    """The CLI reported the first problem: "azerty" must still say "too short"."""
    assert assess("azerty").problems[0] is Problem.TOO_SHORT
    assert assess("").problems == (Problem.TOO_SHORT,)


def test_the_values_the_cli_knows_are_kept() -> None:
    assert {p.value for p in Problem} >= {"too-short", "common", "repetitive"}


def test_importing_the_policy_does_not_import_zxcvbn() -> None:
    code = (
        "import sys, vpi_groups.passphrase_policy as p\n"
        "assert 'zxcvbn' not in sys.modules\n"
        "p.assess('un jardin sous la pluie')\n"
        "assert 'zxcvbn' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("problem", list(Problem))
def test_explain_says_every_problem_in_both_languages(problem: Problem) -> None:
    strength = Strength(score=0, guesses_log10=3.2, problems=(problem,))
    french, english = explain(strength, "fr"), explain(strength, "en")
    assert french != english
    assert french.endswith(
        "\nEstimation : environ 10^3 essais — moins d'une seconde pour un ordinateur."
    )
    assert english.endswith("\nEstimate: about 10^3 guesses — less than a second for a computer.")
    reason_fr, reason_en = french.split("\n")[0], english.split("\n")[0]
    assert len(reason_fr) > 20
    assert len(reason_en) > 20
    others = [p for p in Problem if p is not problem]
    for other in others:
        other_strength = Strength(score=0, guesses_log10=3.2, problems=(other,))
        assert explain(other_strength, "fr").split("\n")[0] != reason_fr


def test_explain_gives_every_reason_in_order() -> None:
    strength = assess("azerty")
    text = explain(strength, "fr")
    assert text.startswith("Trop courte : au moins 10 caractères. Elle suit les touches du clavier")


def test_explain_an_acceptable_passphrase() -> None:
    strong = assess("nous irons au bois mardi prochain")
    assert explain(strong, "fr").startswith("Phrase de passe solide.\nEstimation : environ 10^")
    assert explain(strong, "en").startswith("Strong passphrase.\nEstimate: about 10^")
    fair = Strength(score=3, guesses_log10=9.0, problems=())
    assert explain(fair, "fr").startswith("Acceptable. Une phrase plus longue")
    assert "a few days" in explain(fair, "en")  # 10⁹ guesses at 10⁴ a second


@pytest.mark.parametrize(
    ("log10", "band"),
    [
        (0.0, CrackTime.INSTANT),
        (5.0, CrackTime.SECONDS),
        (6.0, CrackTime.MINUTES),
        (8.0, CrackTime.HOURS),
        (9.0, CrackTime.DAYS),
        (11.0, CrackTime.MONTHS),
        (12.0, CrackTime.YEARS),
        (20.0, CrackTime.CENTURIES),
    ],
)
def test_every_time_band_is_worded(log10: float, band: CrackTime) -> None:
    strength = Strength(score=4, guesses_log10=log10, problems=())
    assert strength.crack_time is band
    french, english = estimate(strength, "fr"), estimate(strength, "en")
    assert french.startswith(f"Estimation : environ 10^{int(log10)} essais — ")
    assert english.startswith(f"Estimate: about 10^{int(log10)} guesses — ")
    assert french != english
