"""Backups: one file, restorable with either secret, verified, refusing to overwrite."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.storage.conftest import PASSPHRASE
from vpi_groups.storage import audit, migrate
from vpi_groups.storage import backup as backup_format
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.errors import (
    VaultDamagedError,
    VaultExistsError,
    VaultLockedError,
    WrongSecretError,
)
from vpi_groups.storage.models import AuditKind, Setting


def _fill(vault: vaults.Vault, n: int) -> dict[str, str]:
    rows = {f"clé {i}": f"valeur n°{i} — éàç" for i in range(n)}
    with vault.session() as s:
        s.add_all(Setting(key=k, value=v) for k, v in rows.items())
    return rows


def _read(
    folder: Path, *, passphrase: str | None = None, recovery_key: str | None = None
) -> dict[str, str]:
    with (
        vaults.unlock(folder, passphrase=passphrase, recovery_key=recovery_key) as v,
        v.session() as s,
    ):
        return {r.key: r.value for r in s.scalars(select(Setting))}


def test_backup_restores_with_passphrase_and_recovery_key(
    created: tuple[vaults.Vault, str], tmp_path: Path
) -> None:
    vault, recovery = created
    rows = _fill(vault, 200)
    steps: list[tuple[int, int]] = []
    result = vault.backup(
        tmp_path / "sauvegarde.vpibak", progress=lambda d, t: steps.append((d, t))
    )
    assert result.path.stat().st_size == result.size
    assert steps[0] == (0, 4)
    assert steps[-1] == (4, 4)
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]

    restored = vaults.restore(result.path, tmp_path / "r1", passphrase=PASSPHRASE)
    assert restored.report.vault_id == vault.vault_id
    assert restored.created.startswith(str(dt.date.today().year))
    assert _read(tmp_path / "r1", passphrase=PASSPHRASE) == rows
    vaults.restore(result.path, tmp_path / "r2", recovery_key=recovery)
    assert _read(tmp_path / "r2", recovery_key=recovery) == rows


def test_backup_is_taken_while_the_vault_stays_usable(
    created: tuple[vaults.Vault, str], tmp_path: Path
) -> None:
    vault, _ = created
    _fill(vault, 3)
    vault.backup(tmp_path / "b.vpibak")
    with vault.session() as s:
        s.add(Setting(key="après", value="la sauvegarde"))
    vaults.restore(tmp_path / "b.vpibak", tmp_path / "r", passphrase=PASSPHRASE)
    assert "après" not in _read(tmp_path / "r", passphrase=PASSPHRASE)


def test_restore_refuses_wrong_secret_and_non_empty_folder(
    created: tuple[vaults.Vault, str], tmp_path: Path
) -> None:
    vault, _ = created
    vault.backup(tmp_path / "b.vpibak")
    with pytest.raises(WrongSecretError):
        vaults.restore(tmp_path / "b.vpibak", tmp_path / "r", passphrase="mauvaise")
    assert not (tmp_path / "r").exists()
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "document.odt").write_bytes(b"precious")
    with pytest.raises(VaultExistsError):
        vaults.restore(tmp_path / "b.vpibak", occupied, passphrase=PASSPHRASE)
    assert [p.name for p in occupied.iterdir()] == ["document.odt"]


def test_restore_detects_a_rebuilt_backup(
    created: tuple[vaults.Vault, str], tmp_path: Path
) -> None:
    """Someone alters the payload and recomputes every plain checksum: the HMAC still fails."""
    vault, _ = created
    _fill(vault, 5)
    path = tmp_path / "b.vpibak"
    vault.backup(path)
    header, payload = backup_format.read(path)
    forged = bytearray(payload)
    forged[len(forged) // 2] ^= 0xFF
    # Rebuild with a different key: checksums are right, the HMAC is not.
    rebuilt = backup_format.serialize(
        header.key, header.schema, header.created, bytes(forged), b"\x00" * 32
    )
    path.write_bytes(rebuilt)
    with pytest.raises(VaultDamagedError) as exc:
        vaults.restore(path, tmp_path / "r", passphrase=PASSPHRASE)
    assert exc.value.reason == "payload authentication failed"
    assert not (tmp_path / "r").exists()


def test_backup_of_a_locked_vault_needs_unlocking(vault_dir: Path, tmp_path: Path) -> None:
    vault, _ = vaults.create(vault_dir, PASSPHRASE)
    vault.lock()
    with pytest.raises(VaultLockedError):
        vault.backup(tmp_path / "b.vpibak")
    assert not (tmp_path / "b.vpibak").exists()


def test_backup_restore_and_passphrase_change_are_audited(
    created: tuple[vaults.Vault, str], tmp_path: Path
) -> None:
    vault, _ = created
    result = vault.backup(tmp_path / "b.vpibak")
    vault.change_passphrase("une phrase toute neuve ici")
    with vault.session() as s:
        entries = audit.entries(s)
    assert [(e.kind, dict(e.counts)) for e in entries] == [
        (AuditKind.BACKUP, {"bytes": result.size}),
        (AuditKind.PASSPHRASE_CHANGE, {}),
    ]
    vaults.restore(tmp_path / "b.vpibak", tmp_path / "r", passphrase=PASSPHRASE)
    with vaults.unlock(tmp_path / "r", passphrase=PASSPHRASE) as restored, restored.session() as s:
        kinds = [e.kind for e in audit.entries(s)]
    assert kinds == [AuditKind.RESTORE], "the backup holds the log as it was, plus the restore"


def test_a_failed_create_or_restore_leaves_the_folder_ready_for_a_retry(
    created: tuple[vaults.Vault, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = created
    rows = _fill(vault, 3)
    path = tmp_path / "b.vpibak"
    vault.backup(path)

    def broken(*_args: object) -> None:
        raise VaultDamagedError(tmp_path / "x", "simulated")

    target = tmp_path / "restored"
    with monkeypatch.context() as patch:
        patch.setattr(vaults, "check_database", broken)
        with pytest.raises(VaultDamagedError):
            vaults.restore(path, target, passphrase=PASSPHRASE)
    assert not target.exists(), "nothing is built in place: a hidden sibling is used"
    assert list(tmp_path.glob(".restored.restoring-*")) == [], "and removed on failure"
    vaults.restore(path, target, passphrase=PASSPHRASE)  # the retry works
    assert rows.items() <= _read(target, passphrase=PASSPHRASE).items()

    fresh = tmp_path / "fresh"
    with monkeypatch.context() as patch:
        patch.setattr(migrate, "upgrade", broken)
        with pytest.raises(VaultDamagedError):
            vaults.create(fresh, PASSPHRASE, kdf_seconds=0)
    assert list(fresh.iterdir()) == []
    again, _ = vaults.create(fresh, PASSPHRASE, kdf_seconds=0)
    again.lock()
