"""One rule for the interface's language, whatever gives the locale."""

from __future__ import annotations

import pytest

from vpi_groups.language import of_environment, of_locale


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
