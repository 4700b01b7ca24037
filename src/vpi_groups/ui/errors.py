"""Sentences for the typed errors, in the interface language.

The words come from :mod:`vpi_groups.error_messages`, the table the command line uses
too: the window says the same core sentence, with its own hint where it has one.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from vpi_groups.language import of_locale

ERROR_STYLE = "color: #a00000;"  # every error message of the interface


def _language() -> str:
    """The interface language of the moment (the one the application was started in)."""
    return of_locale(QLocale().name())


def error_text(error: BaseException) -> str:
    """Return what to tell the user about ``error`` (no traceback, no record data)."""
    # Loaded on the first error, not at start-up: its table imports the services'
    # errors (SQLAlchemy, the models), which the unlock window must paint without.
    from vpi_groups import error_messages

    return error_messages.describe(error, _language(), "window")


def validation_text(error: BaseException) -> str:
    """Say in the interface language what is wrong with a field (no record data)."""
    return error_text(error)
