"""The command line: version, help, language choice."""

from __future__ import annotations

import subprocess
import sys

import pytest

from vpi_groups import __version__
from vpi_groups.cli import language, main, message


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"vpi-groups {__version__}"


def test_help_is_french_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "groupes de parole" in out
    assert "--demo" in out
    assert "commandes" in out


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "fr"),
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "fr"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"),
        ({"LC_ALL": "fr_FR.UTF-8", "LANG": "en_US.UTF-8"}, "fr"),
    ],
)
def test_language_from_locale(env: dict[str, str], expected: str) -> None:
    assert language(env) == expected


def test_message_in_english() -> None:
    assert message("lang", "en") == "interface language (fr or en)"
    assert message("lang", "fr") == "langue de l'interface (fr ou en)"


def test_module_entry_point_runs_without_qt() -> None:
    """``python -m vpi_groups --version`` works and never loads Qt."""
    code = (
        "import sys, runpy\n"
        "sys.argv = ['vpi-groups', '--version']\n"
        "try:\n"
        "    runpy.run_module('vpi_groups', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was loaded'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert __version__ in result.stdout
