"""The vault's life: create, write, lock, unlock, secrets, locks, versions, migrations."""

from __future__ import annotations

import dataclasses
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from tests.storage.conftest import PASSPHRASE
from vpi_groups.storage import keyfile, migrate
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.errors import (
    NotAVaultError,
    VaultDamagedError,
    VaultExistsError,
    VaultInUseError,
    VaultLockedError,
    VaultTooNewError,
    WrongSecretError,
)
from vpi_groups.storage.models import Setting

HOLDER = Path(__file__).with_name("holder.py")


def _put(vault: vaults.Vault, key: str, value: str) -> None:
    with vault.session() as s:
        s.add(Setting(key=key, value=value))


def _all(vault: vaults.Vault) -> dict[str, str]:
    with vault.session() as s:
        return {row.key: row.value for row in s.scalars(select(Setting))}


def test_round_trip_with_passphrase_and_recovery_key(vault_dir: Path) -> None:
    vault, recovery = vaults.create(vault_dir, PASSPHRASE)
    _put(vault, "a", "première valeur")
    vault.lock()
    assert not vault.is_open
    with vaults.unlock(vault_dir, passphrase=PASSPHRASE) as again:
        assert _all(again) == {"a": "première valeur"}
        _put(again, "b", "deuxième")
    with vaults.unlock(vault_dir, recovery_key=recovery) as by_recovery:
        assert _all(by_recovery) == {"a": "première valeur", "b": "deuxième"}


def test_change_passphrase_refuses_the_old_one(vault_dir: Path) -> None:
    vault, recovery = vaults.create(vault_dir, PASSPHRASE)
    rows = {f"k{i}": "v" * 500 for i in range(300)}
    with vault.session() as s:
        s.add_all(Setting(key=k, value=v) for k, v in rows.items())
    vault.lock()
    db_before = (vault_dir / "vault.db").read_bytes()
    vault = vaults.unlock(vault_dir, passphrase=PASSPHRASE)
    assert vault.change_passphrase("une toute autre phrase 77") is None, "recovery key kept"
    vault.lock()
    # Re-keyed: a new database file (new salt), every page encrypted anew.
    db_after = (vault_dir / "vault.db").read_bytes()
    assert db_after[:16] != db_before[:16], "a new SQLCipher salt"
    pages = range(4096, min(len(db_before), len(db_after)), 4096)
    same = [p for p in pages if db_before[p : p + 4096] == db_after[p : p + 4096]]
    assert len(pages) > 40
    assert same == []
    with pytest.raises(WrongSecretError):
        vaults.unlock(vault_dir, passphrase=PASSPHRASE)
    with vaults.unlock(vault_dir, passphrase="une toute autre phrase 77") as v:
        assert _all(v) == rows
    with vaults.unlock(vault_dir, recovery_key=recovery) as v:
        assert _all(v) == rows


def test_change_passphrase_can_recalibrate(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, recovery = vaults.create(vault_dir, PASSPHRASE)
    asked: list[float] = []
    stronger = keyfile.KdfParams(iterations=5, memory_kib=64 * 1024, lanes=4)

    def calibrate(seconds: float) -> keyfile.KdfParams:  # timing-free: the machine may be busy
        asked.append(seconds)
        return stronger

    monkeypatch.setattr(keyfile, "calibrate", calibrate)
    vault.change_passphrase("recalibrée et solide 12", kdf_seconds=0.6)
    vault.lock()
    assert asked == [0.6]
    assert keyfile.read(vault_dir / "vault.key").kdf == stronger
    vaults.unlock(vault_dir, passphrase="recalibrée et solide 12").lock()
    vaults.unlock(vault_dir, recovery_key=recovery).lock()
    asked.clear()
    vaults.reset_passphrase(vault_dir, recovery, "une autre après la perte 31").lock()
    assert asked == [vaults.DEFAULT_KDF_SECONDS], "a reset calibrates anew, never reuses"


def test_reset_passphrase_with_recovery_key(vault_dir: Path) -> None:
    vault, recovery = vaults.create(vault_dir, PASSPHRASE)
    _put(vault, "k", "v")
    vault.lock()
    with vaults.reset_passphrase(vault_dir, recovery, "nouvelle phrase de passe 9") as v:
        assert _all(v) == {"k": "v"}
    with pytest.raises(WrongSecretError):
        vaults.unlock(vault_dir, passphrase=PASSPHRASE)
    vaults.unlock(vault_dir, passphrase="nouvelle phrase de passe 9").lock()


def test_wrong_secrets_change_nothing(vault_dir: Path) -> None:
    vault, _recovery = vaults.create(vault_dir, PASSPHRASE)
    vault.lock()
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    with pytest.raises(WrongSecretError):
        vaults.unlock(vault_dir, passphrase="pas la bonne")
    with pytest.raises(WrongSecretError):
        vaults.unlock(vault_dir, recovery_key=keyfile.new_recovery_key()[1])
    after = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    assert after == before


def test_locked_vault_refuses_work(vault_dir: Path) -> None:
    vault, _ = vaults.create(vault_dir, PASSPHRASE)
    vault.lock()
    with pytest.raises(VaultLockedError), vault.session():
        pass
    with pytest.raises(VaultLockedError):
        vault.backup(vault_dir.parent / "b.vpibak")


def test_a_failed_unit_of_work_keeps_nothing(created: tuple[vaults.Vault, str]) -> None:
    vault, _ = created
    _put(vault, "kept", "1")

    def cancelled_action() -> None:
        with vault.session() as s:
            s.add(Setting(key="dropped", value="2"))
            s.flush()
            raise RuntimeError("user cancelled")

    with pytest.raises(RuntimeError):
        cancelled_action()
    assert _all(vault) == {"kept": "1"}


def test_not_a_vault(tmp_path: Path) -> None:
    with pytest.raises(NotAVaultError):
        vaults.unlock(tmp_path, passphrase=PASSPHRASE)
    with pytest.raises(NotAVaultError):
        vaults.unlock(tmp_path / "absent", passphrase=PASSPHRASE)


def test_create_refuses_a_non_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("à garder", encoding="utf-8")
    with pytest.raises(VaultExistsError):
        vaults.create(tmp_path, PASSPHRASE)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "à garder"


def test_second_opening_in_the_same_process_is_refused(
    created: tuple[vaults.Vault, str], vault_dir: Path
) -> None:
    with pytest.raises(VaultInUseError):
        vaults.unlock(vault_dir, passphrase=PASSPHRASE)


def _start_holder(vault_dir: Path, tmp_path: Path) -> subprocess.Popen[str]:
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, str(HOLDER), str(vault_dir), str(secret)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    return child


def test_another_process_gets_in_use_and_a_killed_one_leaves_no_lock(
    vault_dir: Path, tmp_path: Path
) -> None:
    vault, _ = vaults.create(vault_dir, PASSPHRASE)
    _put(vault, "k", "v")
    vault.lock()
    child = _start_holder(vault_dir, tmp_path)
    try:
        with pytest.raises(VaultInUseError):
            vaults.unlock(vault_dir, passphrase=PASSPHRASE)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.stdin is not None
        assert child.stdout is not None
        child.stdin.close()
        child.stdout.close()
    assert (vault_dir / "vault.lock").exists()  # left behind by the killed process
    with vaults.unlock(vault_dir, passphrase=PASSPHRASE) as v:
        assert _all(v) == {"k": "v"}


def test_key_copy_is_kept_and_healed(vault_dir: Path) -> None:
    vault, _ = vaults.create(vault_dir, PASSPHRASE)
    vault.lock()
    key, copy = vault_dir / "vault.key", vault_dir / "vault.key.bak"
    assert copy.read_bytes() == key.read_bytes()
    copy.unlink()
    vaults.unlock(vault_dir, passphrase=PASSPHRASE).lock()
    assert copy.read_bytes() == key.read_bytes()


def test_damaged_key_file_is_mended_from_the_copy_that_opened_the_vault(
    vault_dir: Path,
) -> None:
    vault, _ = vaults.create(vault_dir, PASSPHRASE)
    vault.lock()
    key = vault_dir / "vault.key"
    cut = key.read_bytes()[:-10]
    key.write_bytes(cut)
    with pytest.raises(WrongSecretError):
        vaults.unlock(vault_dir, passphrase="pas la bonne phrase")
    assert key.read_bytes() == cut, "nothing is mended before the passphrase opened the vault"
    with vaults.unlock(vault_dir, passphrase=PASSPHRASE) as again:
        assert [(r.file, r.reason) for r in again.repairs] == [("vault.key", "damaged")]
    assert key.read_bytes() == (vault_dir / "vault.key.bak").read_bytes()
    keyfile.read(key)


def test_missing_database_is_damage_not_a_new_vault(vault_dir: Path) -> None:
    vault, _ = vaults.create(vault_dir, PASSPHRASE)
    vault.lock()
    (vault_dir / "vault.db").write_bytes(b"")
    with pytest.raises(VaultDamagedError) as exc:
        vaults.unlock(vault_dir, passphrase=PASSPHRASE)
    assert exc.value.file.name == "vault.db"
    assert (vault_dir / "vault.db").read_bytes() == b""


def test_key_file_from_a_newer_version(vault_dir: Path) -> None:
    vault, _ = vaults.create(vault_dir, PASSPHRASE)
    vault.lock()
    header = keyfile.read(vault_dir / "vault.key")
    newer = keyfile.serialize(
        dataclasses.replace(header, format_version=keyfile.FORMAT_VERSION + 1)
    )
    (vault_dir / "vault.key").write_bytes(newer)
    (vault_dir / "vault.key.bak").write_bytes(newer)
    with pytest.raises(VaultTooNewError):
        vaults.unlock(vault_dir, passphrase=PASSPHRASE)
    assert (vault_dir / "vault.key").read_bytes() == newer


def test_schema_from_a_newer_version(vault_dir: Path) -> None:
    vault, _ = vaults.create(vault_dir, PASSPHRASE)
    with vault.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    vault.lock()
    with pytest.raises(VaultTooNewError):
        vaults.unlock(vault_dir, passphrase=PASSPHRASE)


NEXT_REVISION = '''"""Test-only revision."""

import sqlalchemy as sa
from alembic import op

revision = "0999_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("setting", sa.Column("note", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("setting", "note")
'''


def test_migration_at_unlock_runs_after_a_backup(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = vaults.create(vault_dir, PASSPHRASE)
    _put(vault, "k", "avant migration")
    vault.lock()
    scripts = tmp_path / "migrations"
    shutil.copytree(Path(migrate.__file__).with_name("migrations"), scripts)
    (scripts / "versions" / "0999_test.py").write_text(
        NEXT_REVISION.format(head=migrate.head_revision()), encoding="utf-8"
    )
    old_head = migrate.head_revision()
    monkeypatch.setattr(migrate, "SCRIPT_LOCATION", str(scripts))
    monkeypatch.setattr(migrate, "HEAD", migrate.scripts_head())  # a new version's
    with vaults.unlock(vault_dir, passphrase=PASSPHRASE) as v:
        assert migrate.current_revision(v.engine) == "0999_test"
        with v.engine.connect() as conn:
            assert conn.execute(text("SELECT value, note FROM setting")).one() == (
                "avant migration",
                None,
            )
    backups = list((vault_dir / "backups").iterdir())
    assert len(backups) == 1
    monkeypatch.setattr(migrate, "SCRIPT_LOCATION", "vpi_groups.storage:migrations")
    monkeypatch.setattr(migrate, "HEAD", old_head)
    restored = tmp_path / "restored"
    result = vaults.restore(backups[0], restored, passphrase=PASSPHRASE)
    assert result.report.schema == old_head


def test_vault_files_are_private(created: tuple[vaults.Vault, str], vault_dir: Path) -> None:
    vault, _ = created
    _put(vault, "k", "v")
    assert vault_dir.stat().st_mode & 0o077 == 0
    for path in vault_dir.iterdir():
        assert path.stat().st_mode & 0o077 == 0, path.name


def test_a_preview_never_keeps_anything(created: tuple[vaults.Vault, str]) -> None:
    vault, _ = created
    with vault.preview() as s:
        s.add(Setting(key="essai", value="jamais gardé"))
        s.flush()
        assert s.get(Setting, "essai") is not None, "the preview sees its own change"
    assert _all(vault) == {}

    def failing() -> None:
        with vault.preview() as s:
            s.add(Setting(key="essai", value="non plus"))
            raise RuntimeError("a failure inside the preview")

    with pytest.raises(RuntimeError):
        failing()
    assert _all(vault) == {}
    vault.lock()
    with pytest.raises(VaultLockedError), vault.preview():
        pass
