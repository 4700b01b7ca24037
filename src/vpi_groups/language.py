"""The one rule for the interface's language: French, or English for an English locale.

The window, the command line and the report files all decide with :func:`of_locale`;
they differ only in where the locale name comes from (Qt's locale, the environment).
"""

from __future__ import annotations

import os
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
