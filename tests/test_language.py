"""One rule for the interface's language, whatever gives the locale."""

from __future__ import annotations

import pytest

from vpi_groups.language import alphabetical, choose, formatting_locale, of_environment, of_locale


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("en_GB.UTF-8", "en"),
        ("en", "en"),
        ("EN_us", "en"),
        ("fr_FR.UTF-8", "fr"),
        ("de_DE", "fr"),
        ("", "fr"),
        (None, "fr"),
        ("C", "fr"),
    ],
)
def test_of_locale(name: str | None, expected: str) -> None:
    assert of_locale(name) == expected


def test_of_environment_follows_posix_precedence() -> None:
    assert of_environment({"LANG": "en_GB.UTF-8", "LC_ALL": "fr_FR.UTF-8"}) == "fr"
    assert of_environment({"LANG": "en_GB.UTF-8", "LC_MESSAGES": ""}) == "en"
    assert of_environment({"LANGUAGE": "en"}) == "en"
    assert of_environment({}) == "fr"


@pytest.mark.parametrize(
    ("requested", "system", "expected"),
    [
        ("en", "fr_FR", "en"),
        ("fr", "en_GB", "fr"),
        (None, "en_IE", "en"),
        (None, "de_DE", "fr"),
        ("de", "en_US", "en"),  # not a language of the interface: the system's
        (None, None, "fr"),
    ],
)
def test_choose(requested: str | None, system: str | None, expected: str) -> None:
    assert choose(requested, system) == expected


@pytest.mark.parametrize(
    ("lang", "system", "expected"),
    [
        # the user's own English locale, whichever it is
        ("en", "en_GB", "en_GB"),
        ("en", "en_IE.UTF-8", "en_IE"),
        ("en", "en_AU@euro", "en_AU"),
        ("en", "en-CA", "en_CA"),
        ("en", "en_US", "en_US"),  # an American gets American dates
        # not an English locale: British-style day-month, never en_US by accident
        ("en", "fr_FR", "en_GB"),
        ("en", "de_DE.UTF-8", "en_GB"),
        ("en", "en", "en_GB"),
        ("en", "C", "en_GB"),
        ("en", "", "en_GB"),
        ("en", None, "en_GB"),
        # French is France's
        ("fr", "fr_FR", "fr_FR"),
        ("fr", "en_US", "fr_FR"),
        ("fr", None, "fr_FR"),
    ],
)
def test_formatting_locale(lang: str, system: str | None, expected: str) -> None:
    assert formatting_locale(lang, system) == expected


def test_accents_and_capitals_only_break_ties() -> None:
    names = ["Zoé", "Élodie", "eloise", "Œuvre", "Eloïse", "Claire", "de Vries", "Dubois", "Ours"]
    assert sorted(names, key=alphabetical) == [
        "Claire",
        "de Vries",
        "Dubois",
        "Élodie",
        "Eloïse",
        "eloise",
        "Œuvre",
        "Ours",
        "Zoé",
    ]
