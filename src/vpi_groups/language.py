"""The one rule for the interface's language: French, or English for an English locale.

The window, the command line and the report files all decide with :func:`of_locale`;
they differ only in where the locale name comes from (Qt's locale, the environment).
:func:`formatting_locale` is the one rule for the conventions of dates and numbers
that go with the chosen language; :func:`alphabetical` is the order of names in every
list.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Mapping

LANGUAGES = ("fr", "en")


def of_locale(name: str | None) -> str:
    """Return "en" for an English locale name ("en_GB.UTF-8", "en"), "fr" otherwise."""
    return "en" if (name or "").strip().lower().startswith("en") else "fr"


def of_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language of the POSIX locale variables, in their order of precedence."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(var, "")
        if value:
            return of_locale(value)
    return "fr"


def choose(requested: str | None, system_name: str | None) -> str:
    """Return "fr" or "en": the requested language, else the system locale's, else French."""
    if requested is not None and requested in LANGUAGES:
        return requested
    return of_locale(system_name)


# Dates and numbers in English follow a British-style locale unless the user's own
# locale is an English one: Qt's bare "English" is en_US (month first, "1/1/26"),
# which a French user choosing English would read as nonsense.
ENGLISH_FALLBACK = "en_GB"
FRENCH = "fr_FR"


def formatting_locale(lang: str, system_name: str | None) -> str:
    """The locale whose conventions dates and numbers follow when the interface is ``lang``.

    French is always fr_FR. English is the system's locale when that is an English one
    with a country (en_GB, en_IE, en_AU, en_US for an American), and en_GB otherwise (a
    French or German system with the interface switched to English, a bare "en").

    Args:
        lang: the interface language, "fr" or "en".
        system_name: the system locale's name ("en_IE", "fr_FR.UTF-8", "C"...), or None.

    Returns:
        A locale name such as "en_IE" or "fr_FR".
    """
    if lang != "en":
        return FRENCH
    # "en_IE.UTF-8", "en_IE@euro", "en-IE" all name the same locale.
    name = (system_name or "").split(".")[0].split("@")[0].replace("-", "_")
    language, _sep, country = name.partition("_")
    if language.lower() == "en" and country.isalpha() and len(country) == 2:
        return f"en_{country.upper()}"
    return ENGLISH_FALLBACK


def alphabetical(text: str) -> tuple[str, str]:
    """Sort key of names in dictionary order, as a French reader expects.

    Accents and capitals only break ties and ligatures are spelled out, so "Élodie"
    sorts between "Claire" and "Julien", "Œuvre" among the O and "de Vries" beside
    "Dubois", where the database's byte order put every accented or lower-case
    initial after "Z".
    """
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return plain.casefold().translate(_LIGATURES), text


# The ligatures Unicode does not decompose, spelled out as a dictionary files them.
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})
