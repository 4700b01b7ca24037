"""The wheel works on its own: installed in a fresh venv, its CLI runs and its window speaks French.

Built as ``pip wheel .`` builds it (the translations are compiled by the build, not by
``make``), installed without network into a venv that is not the development one.
"""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.packaging.helpers import fresh_venv, install, isolated_env

pytestmark = pytest.mark.slow

# Runs in the installed venv: the package must be the installed one, and the window's
# strings must come out of the wheel's French catalogue.
WINDOW_CHILD = """
import sys, tempfile
from pathlib import Path
import vpi_groups
assert "/site-packages/vpi_groups/" in vpi_groups.__file__.replace("\\\\", "/"), vpi_groups.__file__
from vpi_groups.ui.app import make_application
from vpi_groups.ui.main_window import MainWindow
app, translators = make_application(sys.argv[:1], "fr")
window = MainWindow(folder=Path(tempfile.mkdtemp()))
print(vpi_groups.__file__)
print(window.windowTitle())
print("icon", not app.windowIcon().isNull())
"""


def test_wheel_carries_compiled_catalogues_and_the_guide(built_wheel: Path) -> None:
    names = zipfile.ZipFile(built_wheel).namelist()
    assert "vpi_groups/ui/i18n/vpi_groups_fr.qm" in names
    assert "vpi_groups/ui/i18n/vpi_groups_en.qm" in names
    # ui/docs is a link in the checkout: the wheel holds real files, not a link.
    assert "vpi_groups/ui/docs/guide/index.md" in names
    assert "vpi_groups/ui/docs/screenshots/unlock.png" in names
    with zipfile.ZipFile(built_wheel) as wheel:
        info = wheel.getinfo("vpi_groups/ui/docs/guide/index.md")
        assert info.external_attr >> 28 != 0o12  # not stored as a symbolic link
        assert wheel.read("vpi_groups/ui/docs/guide/index.md").startswith(b"#")


def test_installed_wheel_runs_cli_and_french_window(built_wheel: Path, tmp_path: Path) -> None:
    python = fresh_venv(tmp_path / "venv")
    install(python, built_wheel)
    env = isolated_env(tmp_path / "home")

    version = subprocess.run(
        [str(tmp_path / "venv" / "bin" / "vpi-groups"), "--version"],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
        check=True,
    )
    assert version.stdout.split() == ["vpi-groups", _source_version()]

    window = subprocess.run(
        [str(python), "-c", WINDOW_CHILD],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert window.returncode == 0, window.stderr
    location, title, icon = window.stdout.splitlines()
    assert Path(location).is_relative_to(tmp_path / "venv")
    assert title == "VPI Groups — Groupes de parole et actions de prévention"
    assert icon == "icon True"


def _source_version() -> str:
    # Read from the source text, not by importing the package under test.
    root = Path(__file__).resolve().parents[2]
    init = (root / "src" / "vpi_groups" / "__init__.py").read_text(encoding="utf-8")
    (line,) = [line for line in init.splitlines() if line.startswith("__version__")]
    return line.split("=")[1].strip().strip("\"'")
