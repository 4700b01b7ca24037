"""The one base of every error the application reports to people.

Each error has a stable ``code`` (what :mod:`vpi_groups.error_messages` looks up to say
it in French or English, for the window and the command line alike) and the command
line's ``exit_code``: 1 other error, 2 usage, 3 wrong passphrase or recovery key,
4 damaged vault or backup, 5 vault in use. Messages given to constructors are for
developers and logs: never record data, never a secret.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_OTHER = 1
EXIT_USAGE = 2
EXIT_WRONG_SECRET = 3
EXIT_DAMAGED = 4
EXIT_IN_USE = 5


class AppError(Exception):
    """Base class of every error the application says to its user."""

    code: str = "error"
    exit_code: int = EXIT_OTHER
