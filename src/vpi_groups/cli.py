"""Command line entry point: starts the window, or runs one job without a display.

Every export and maintenance job the window offers is also a subcommand here, so it
can be scripted and tested headless. Messages are French first, English when the
user's locale asks for it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from vpi_groups import __version__

EXIT_OK = 0
EXIT_OTHER = 1
EXIT_USAGE = 2

_MESSAGES: dict[str, tuple[str, str]] = {
    "description": (
        "VPI Groups : groupes de parole et actions de prévention des violences "
        "intrafamiliales. Sans sous-commande, ouvre la fenêtre.",
        "VPI Groups: talk groups and domestic-violence prevention actions. "
        "Without a subcommand, opens the window.",
    ),
    "vault": (
        "dossier du coffre (par défaut : le dossier de données de l'utilisateur)",
        "vault folder (default: the user's data folder)",
    ),
    "demo": (
        "ouvrir un coffre de démonstration temporaire, effacé à la fermeture",
        "open a temporary demo vault, deleted on exit",
    ),
    "lang": ("langue de l'interface (fr ou en)", "interface language (fr or en)"),
    "commands": ("commandes", "commands"),
    "no_display": (
        "Impossible d'ouvrir la fenêtre : aucun affichage disponible ({detail}).",
        "Cannot open the window: no display available ({detail}).",
    ),
}


def language(environ: dict[str, str] | None = None) -> str:
    """Return "en" when the locale is English, otherwise "fr" (French when unsure)."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "fr"
    return "fr"


def message(key: str, lang: str | None = None, **fields: object) -> str:
    """Return the user-facing sentence for ``key`` in the chosen language."""
    french, english = _MESSAGES[key]
    text = english if (lang or language()) == "en" else french
    return text.format(**fields) if fields else text


def build_parser(lang: str | None = None) -> argparse.ArgumentParser:
    """Build the argument parser with every subcommand."""
    parser = argparse.ArgumentParser(prog="vpi-groups", description=message("description", lang))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--vault", metavar="DIR", help=message("vault", lang))
    parser.add_argument("--demo", action="store_true", help=message("demo", lang))
    parser.add_argument("--lang", choices=("fr", "en"), help=message("lang", lang))
    parser.add_subparsers(dest="command", title=message("commands", lang), metavar="COMMANDE")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _run_gui(args)
    handler: Callable[[argparse.Namespace], int] = args.handler
    return handler(args)


def main_gui() -> int:
    """Entry point of the graphical launcher (no console on Windows)."""
    return main()


def _run_gui(args: argparse.Namespace) -> int:
    """Start the Qt application; imported lazily so headless commands never load Qt."""
    from vpi_groups.ui.app import run

    return run(demo=args.demo, vault_dir=args.vault, lang=args.lang)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
