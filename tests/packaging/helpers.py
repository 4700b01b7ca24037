"""Build the wheel from a copy of the source tree and install it in a fresh venv, offline.

The fresh venv reuses the development venv's dependencies through a ``.pth`` line
(PySide6, SQLAlchemy... are not downloaded again), but the package itself comes from
the installed wheel only: the development venv's editable-install hook is a ``.pth``
file of its own, which a plain path line does not run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# What a wheel is built from (the rest of the checkout is not needed, nor copied).
SOURCE_PARTS = ("pyproject.toml", "setup.py", "README.md", "src", "resources", "packaging", "docs")
_SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "*.qm")


def copy_source(target: Path) -> Path:
    """Copy what the wheel is built from into ``target``; links stay links (ui/docs).

    The compiled catalogues of the checkout are left behind, so that the wheel's
    come from its own build step.
    """
    target.mkdir(parents=True, exist_ok=True)
    for part in SOURCE_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, symlinks=True, ignore=_SKIP)
        else:
            shutil.copy2(source, target / part)
    return target


def build_wheel(source: Path, out: Path) -> Path:
    """Build the wheel of ``source`` into ``out`` with this interpreter, without network."""
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "wheel", "--quiet"),
            *("--no-deps", "--no-build-isolation", "--no-index"),
            *("--wheel-dir", str(out), str(source)),
        ],
        check=True,
        timeout=120,
    )
    (wheel,) = out.glob("vpi_groups-*.whl")
    return wheel


def fresh_venv(folder: Path) -> Path:
    """Create a venv that sees the development venv's packages after its own; its python."""
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True, timeout=60
    )
    python = folder / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
        timeout=30,
    ).stdout.strip()
    (Path(site) / "dev-dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8"
    )
    return python


def install(python: Path, wheel: Path) -> None:
    """Install (or reinstall over an older one) ``wheel`` into the venv of ``python``."""
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"),
            *("--no-deps", "--no-index", "--disable-pip-version-check", str(wheel)),
        ],
        check=True,
        timeout=120,
    )


def uninstall(python: Path) -> None:
    """Uninstall the package from the venv of ``python`` (what an uninstaller does)."""
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "--python", str(python), "uninstall"),
            *("--yes", "--quiet", "--disable-pip-version-check", "vpi-groups"),
        ],
        check=True,
        timeout=60,
    )


def isolated_env(home: Path) -> dict[str, str]:
    """An environment whose settings and data folders are under ``home``, offscreen, French."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE"))}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(home / var.lower())
    env["HOME"] = str(home)
    env["LANG"] = "fr_FR.UTF-8"
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONPATH", None)
    return env


def system_tool(name: str, package: str) -> str:
    """The path of a system tool, or skip (fail in CI) when it is not installed.

    .ci/run installs the Debian package; a developer without it gets a skip with the
    command that installs it.
    """
    path = shutil.which(name)
    if path is None:
        reason = f"{name} is not installed (apt-get install {package})"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; CI must install it")
        pytest.skip(reason)
    return path
