"""Sentences for the typed errors, in the interface language.

The words come from :mod:`vpi_groups.error_messages`, the table the command line uses
too: the window says the same core sentence, with its own hint where it has one.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from vpi_groups.language import of_locale
from vpi_groups.ui.focus_style import TEXT_CONTRAST, readable_on

ERROR_COLOUR = "#a00000"  # the error red: 7.3:1 on Fusion's light window
# The red above as a style sheet: readable on light themes only. Prefer error_style(),
# which gives a lighter red on a dark theme (#a00000 is 1.5:1 on a dark grey window).
ERROR_STYLE = f"color: {ERROR_COLOUR};"


def error_colour(palette: QPalette | None = None) -> QColor:
    """The red of error messages, readable (4.5:1) on ``palette``'s window and fields.

    ``palette`` defaults to the application's. The red is #a00000 where that reads,
    else the nearest lighter red that does (on a dark theme). Cheap enough for a
    table's ``data()``: worked out once per pair of backgrounds.
    """
    shown = palette if palette is not None else QGuiApplication.palette()
    window, base = (
        shown.color(QPalette.ColorGroup.Active, role).rgba()
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base)
    )
    return QColor(_readable_red(window, base))


@functools.lru_cache(maxsize=8)
def _readable_red(window: int, base: int) -> str:
    """The error red for these backgrounds (ARGB values), worked out once per theme."""
    backgrounds = [QColor.fromRgba(window), QColor.fromRgba(base)]
    # A hair above the minimum: the style sheet rounds the colour to 8 bits a channel.
    return readable_on(QColor(ERROR_COLOUR), backgrounds, TEXT_CONTRAST + 0.1).name()


def error_style(palette: QPalette | None = None) -> str:
    """The style sheet of an error message, in :func:`error_colour` for the theme."""
    return f"color: {error_colour(palette).name()};"


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
