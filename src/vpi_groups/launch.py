"""The ``vpi-groups`` command's entry point: the window at once, or the command line.

Starting the window alone (``vpi-groups``, ``--vault DIR``, ``--demo``, ``--lang fr``)
needs neither the commands nor their parser. Read here, it goes straight to the window
without loading :mod:`vpi_groups.cli` (some 2,500 lines and their imports, about 10 ms
before the unlock window can paint). Anything else (a command, ``--help``,
``--version``, a mistake) goes to :func:`vpi_groups.cli.main`, whose full parser reads
it, answers and explains.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``vpi-groups`` with these arguments; return the process exit code."""
    window = window_arguments(argv)
    if window is not None:
        return run_window(window)
    from vpi_groups import cli

    return cli.main(argv)


def main_gui() -> int:
    """Entry point of the graphical launcher (no console on Windows)."""
    return main()


def window_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The arguments of a start of the window alone, or None for anything else.

    The window's own options, as :func:`vpi_groups.cli.build_parser` reads them (a test
    holds the two equal). argparse costs nothing here: PySide6 loads it too.
    """
    # No abbreviations: "--v" is --vault here but --vault or --version for the full
    # parser, which refuses it. An abbreviation goes there (the window opens all the same).
    window = argparse.ArgumentParser(
        prog="vpi-groups", add_help=False, exit_on_error=False, allow_abbrev=False
    )
    window.add_argument("--vault")
    window.add_argument("--demo", action="store_true")
    window.add_argument("--lang", choices=("fr", "en"))
    try:
        args, rest = window.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return None if rest else args


def run_window(args: argparse.Namespace) -> int:
    """Start the window with the options read (Qt is loaded only now)."""
    from vpi_groups.ui.app import run

    return run(demo=args.demo, vault_dir=args.vault, lang=args.lang)
