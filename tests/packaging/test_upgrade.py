"""An upgrade or an uninstall keeps the vault, which lives in the user's data folder.

The wheel of this version is installed in a fresh venv; its command line creates a
vault in the default place (the platform's user-data folder, here under a temporary
``XDG_DATA_HOME``) and fills it with the demo programme. The package is uninstalled,
then a newer build (the same sources with the next version number) is installed,
and it opens the vault: the keys and every page check out, and the calendar it
exports is the one exported before the upgrade.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from tests.packaging.helpers import (
    build_wheel,
    copy_source,
    fresh_venv,
    install,
    isolated_env,
    uninstall,
)

pytestmark = pytest.mark.slow

PASSPHRASE = "une phrase de passe qui survit aux mises à jour 9"


def _next_version(source: Path) -> str:
    init = source / "src" / "vpi_groups" / "__init__.py"
    text = init.read_text(encoding="utf-8")
    match = re.search(r'__version__ = "(\d+)\.(\d+)\.(\d+)"', text)
    assert match is not None
    major, minor, patch = (int(part) for part in match.groups())
    newer = f"{major}.{minor}.{patch + 1}"
    init.write_text(text.replace(match.group(0), f'__version__ = "{newer}"'), encoding="utf-8")
    return newer


def test_upgrade_and_uninstall_keep_the_vault(built_wheel: Path, tmp_path: Path) -> None:
    python = fresh_venv(tmp_path / "venv")
    install(python, built_wheel)
    cli = str(tmp_path / "venv" / "bin" / "vpi-groups")
    env = isolated_env(tmp_path / "home")
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    key = ("--passphrase-file", str(secret))

    def run(*args: str) -> str:
        done = subprocess.run(
            [cli, *args], capture_output=True, text=True, env=env, timeout=60, check=False
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def calendar(name: str) -> list[str]:
        out = tmp_path / name
        run("export-ics", "--out", str(out), *key)
        # PRODID names the version that wrote the file and DTSTAMP the time it was
        # written; everything else comes from the vault.
        return [
            line
            for line in out.read_text(encoding="utf-8").splitlines()
            if not line.startswith(("PRODID", "DTSTAMP"))
        ]

    run("init", *key)
    run("demo-data", "--years", "1", "--seed", "7", *key)
    vault = tmp_path / "home" / "xdg_data_home" / "vpi-groups" / "vault"
    assert (vault / "vault.key").is_file()  # the default place: the user's data folder
    before = calendar("before.ics")
    assert any(line == "BEGIN:VEVENT" for line in before)

    uninstall(python)
    assert not Path(cli).exists()
    assert (vault / "vault.key").is_file()  # an uninstall leaves the vault alone

    source = copy_source(tmp_path / "newer-source")
    newer = _next_version(source)
    install(python, build_wheel(source, tmp_path / "newer-wheel"))

    assert run("--version").split() == ["vpi-groups", newer]
    run("verify", *key)  # keys, every page's HMAC, the schema: exit code 0
    assert calendar("after.ics") == before
