"""A full disk: the failing write reports the error, every earlier commit survives.

Three ways to fill the disk: SQLite's own page limit (SQLITE_FULL, as a full disk
gives), ENOSPC injected into the atomic writer, and a real 3 MiB tmpfs where the
machine lets us mount one (root on Linux).
"""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from tests.storage.conftest import PASSPHRASE
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.errors import DiskFullError, WrongSecretError
from vpi_groups.storage.models import Setting

BLOB = "x" * 4000


def _write_until_full(vault: vaults.Vault, limit: int = 5000) -> int:
    """Commit rows until the disk is full; return how many commits succeeded."""
    for i in range(limit):
        try:
            with vault.session() as s:
                s.add(Setting(key=f"r{i}", value=BLOB))
        except DiskFullError:
            return i
    raise AssertionError("the disk never filled up")


def _count(vault: vaults.Vault) -> int:
    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(Setting)) or 0


def test_database_full_keeps_every_earlier_commit(
    created: tuple[vaults.Vault, str], vault_dir: Path
) -> None:
    vault, _ = created
    engine = vault.engine
    with engine.connect() as connection:
        schema_pages = int(connection.exec_driver_sql("PRAGMA page_count").scalar_one())
    engine.dispose()
    # The schema as it is (it grows with migrations) and room for a few rows only.
    limit = schema_pages + 8

    @event.listens_for(engine, "connect")
    def _limit_pages(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {limit}")

    committed = _write_until_full(vault)
    assert committed > 0
    vault.lock()
    with vaults.unlock(vault_dir, passphrase=PASSPHRASE) as again:
        again.verify()
        assert _count(again) == committed


def test_key_file_write_failure_keeps_the_old_passphrase(
    created: tuple[vaults.Vault, str], vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = created
    before = (vault_dir / "vault.key").read_bytes()

    def full_disk(fd: int, data: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full_disk)
    with pytest.raises(DiskFullError) as exc:
        vault.change_passphrase("une nouvelle phrase jamais écrite")
    monkeypatch.undo()
    assert exc.value.file.name == "vault.key.rekey", "the staged key file could not be written"
    assert (vault_dir / "vault.key").read_bytes() == before
    assert not [p for p in vault_dir.iterdir() if ".tmp-" in p.name or "rekey" in p.name]
    with vault.session() as s:  # the open vault still works on its old key
        s.add(Setting(key="après", value="l'échec"))
    vault.lock()
    vaults.unlock(vault_dir, passphrase=PASSPHRASE).lock()
    with pytest.raises(WrongSecretError):
        vaults.unlock(vault_dir, passphrase="une nouvelle phrase jamais écrite")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 3 MiB filesystem (tmpfs), where the machine allows mounting one."""
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root; the page-limit test covers SQLITE_FULL")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip("this machine refuses tmpfs mounts; the page-limit test covers SQLITE_FULL")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=True)


def test_real_full_disk(small_disk: Path, tmp_path: Path) -> None:
    folder = small_disk / "vault"
    vault, _ = vaults.create(folder, PASSPHRASE)
    committed = _write_until_full(vault)
    assert committed > 0
    with pytest.raises(DiskFullError):
        vault.backup(small_disk / "b.vpibak")
    assert not [p.name for p in small_disk.iterdir() if p.name != "vault"]
    vault.lock()
    # Free the space the way a user would (elsewhere on the disk), then reopen.
    with vaults.unlock(folder, passphrase=PASSPHRASE) as again:
        again.verify()
        assert _count(again) == committed
        again.backup(tmp_path / "ailleurs.vpibak")
