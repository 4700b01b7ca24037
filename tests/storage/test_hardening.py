"""The vault tried as an attacker and a careless user would: each finding, reproduced.

Foreign key files, downgraded key derivation, rotation after a passphrase change, a new
recovery key, rollback of the database, backups' headers, restore interrupted,
permissions, several structure problems, and the order of the first statements.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import os
import shutil
import threading
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import select

from tests.storage.conftest import PASSPHRASE
from vpi_groups.storage import atomic, audit, engine, keyfile
from vpi_groups.storage import backup as backup_format
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.errors import (
    TargetExistsError,
    TargetInVaultError,
    VaultDamagedError,
    VaultExistsError,
    VaultMismatchError,
    VaultRolledBackError,
    WriteFailedError,
    WrongSecretError,
)
from vpi_groups.storage.models import AuditKind, Setting

OTHER = "une autre maison au bord de l'eau 55"


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and p.name != "vault.lock"
    }


def _checked(magic: bytes, line: bytes) -> bytes:
    """The first three lines of a key or backup file: magic, JSON, its SHA-256."""
    return magic + b"\n" + line + b"\nsha256:" + hashlib.sha256(line).hexdigest().encode() + b"\n"


def _rows(folder: Path, **secret: str) -> dict[str, str]:
    with vaults.unlock(folder, **secret) as vault, vault.session() as s:  # type: ignore[arg-type]
        return {r.key: r.value for r in s.scalars(select(Setting))}


def _make(folder: Path, passphrase: str, rows: dict[str, str]) -> str:
    vault, recovery = vaults.create(folder, passphrase)
    with vault.session() as s:
        s.add_all(Setting(key=k, value=v) for k, v in rows.items())
    vault.lock()
    return recovery


def _edit_body(path: Path, change: object) -> None:
    """Edit the JSON line of a key file and recompute its checksum, as an attacker can."""
    lines = path.read_bytes().split(b"\n")
    body = json.loads(lines[1])
    change(body)  # type: ignore[operator]
    line = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    path.write_bytes(_checked(lines[0], line))


@pytest.fixture
def two_vaults(tmp_path: Path) -> tuple[Path, str, Path, str]:
    """Vault A and vault B, each with its own rows, passphrase and recovery key."""
    a, b = tmp_path / "a", tmp_path / "b"
    recovery_a = _make(a, OTHER, {"a": "données de A"})
    recovery_b = _make(b, PASSPHRASE, {"b": "données de B"})
    return a, recovery_a, b, recovery_b


# ---------------------------------------------------------------- 1. the kept copy


@pytest.mark.parametrize("secret", ["a-passphrase", "wrong", "a-recovery"])
def test_a_foreign_key_file_never_destroys_the_kept_copy(
    two_vaults: tuple[Path, str, Path, str], secret: str
) -> None:
    a, recovery_a, b, _recovery_b = two_vaults
    shutil.copy(a / "vault.key", b / "vault.key")
    before = _files(b)
    kwargs = {
        "a-passphrase": {"passphrase": OTHER},
        "wrong": {"passphrase": "ni l'une ni l'autre 000"},
        "a-recovery": {"recovery_key": recovery_a},
    }[secret]
    with pytest.raises(VaultMismatchError) as exc:
        vaults.unlock(b, **kwargs)  # type: ignore[arg-type]
    assert exc.value.file.name == "vault.key", "the foreign key file is named"
    assert _files(b) == before, "both key files exactly as they were"


@pytest.mark.parametrize("secret", ["passphrase", "recovery"])
def test_the_real_secret_mends_a_foreign_key_file_and_keeps_it_aside(
    two_vaults: tuple[Path, str, Path, str], secret: str
) -> None:
    a, _recovery_a, b, recovery_b = two_vaults
    foreign = (a / "vault.key").read_bytes()
    shutil.copy(a / "vault.key", b / "vault.key")
    kwargs = {"passphrase": PASSPHRASE} if secret == "passphrase" else {"recovery_key": recovery_b}
    with vaults.unlock(b, **kwargs) as vault:  # type: ignore[arg-type]
        (repair,) = vault.repairs
        assert (repair.file, repair.reason) == ("vault.key", "foreign")
        with vault.session() as s:
            assert s.get(Setting, "b") is not None
    assert repair.kept_as is not None
    assert (b / repair.kept_as).read_bytes() == foreign, "A's key file is not lost either"
    assert (b / "vault.key").read_bytes() == (b / "vault.key.bak").read_bytes()
    assert keyfile.read(b / "vault.key").vault_id != keyfile.parse(foreign, b).vault_id
    assert _rows(a, passphrase=OTHER) == {"a": "données de A"}


def test_a_database_from_another_vault_is_named(two_vaults: tuple[Path, str, Path, str]) -> None:
    a, _recovery_a, b, _recovery_b = two_vaults
    shutil.copy(a / "vault.db", b / "vault.db")
    before = _files(b)
    with pytest.raises(VaultMismatchError) as exc:
        vaults.unlock(b, passphrase=PASSPHRASE)
    assert exc.value.file.name == "vault.db"
    assert _files(b) == before


def test_the_vault_id_inside_the_database_must_match(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _make(folder, PASSPHRASE, {})
    with vaults.unlock(folder, passphrase=PASSPHRASE) as vault, vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE vault_meta SET vault_id = ?", ("0" * 32,))
    with pytest.raises(VaultMismatchError) as exc:
        vaults.unlock(folder, passphrase=PASSPHRASE)
    assert exc.value.file.name == "vault.db"


# ---------------------------------------------------------------- 2. key derivation


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("iterations", 1),
        ("iterations", 10**9),
        ("memory_kib", 8),
        ("memory_kib", 2**40),
        ("lanes", 0),
        ("iterations", 3.0),
        ("iterations", True),
        ("iterations", "3"),
    ],
)
def test_kdf_parameters_out_of_range_are_damage(tmp_path: Path, field: str, value: object) -> None:
    folder = tmp_path / "v"
    _make(folder, PASSPHRASE, {})
    for name in ("vault.key", "vault.key.bak"):
        _edit_body(folder / name, lambda body: body["kdf"].__setitem__(field, value))
    with pytest.raises(VaultDamagedError) as exc:
        vaults.unlock(folder, passphrase=PASSPHRASE)
    assert "malformed header" in exc.value.reason


def test_a_weakened_but_in_range_kdf_cannot_survive_a_recovery_reset(tmp_path: Path) -> None:
    """The reported attack: lower the cost, let the user reset with the recovery key."""
    folder = tmp_path / "v"
    recovery = _make(folder, PASSPHRASE, {"k": "v"})
    before = _files(folder)
    for name in ("vault.key", "vault.key.bak"):
        _edit_body(folder / name, lambda body: body["kdf"].__setitem__("iterations", 4))
    with pytest.raises(WrongSecretError):
        vaults.unlock(folder, passphrase=PASSPHRASE)
    with pytest.raises(VaultDamagedError) as exc:
        vaults.reset_passphrase(folder, recovery, "une toute nouvelle phrase 88")
    assert "authentication" in exc.value.reason
    assert {k: v for k, v in _files(folder).items() if not k.startswith("vault.key")} == {
        k: v for k, v in before.items() if not k.startswith("vault.key")
    }


def test_every_header_field_is_authenticated(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _make(folder, PASSPHRASE, {})
    edits = {
        "generation": lambda body: body.__setitem__("generation", body["generation"] + 7),
        "db_salt": lambda body: body.__setitem__("db_salt", base64.b64encode(b"\0" * 16).decode()),
        "recipient": lambda body: body["slots"][1].__setitem__(
            "recipient", keyfile.new_recovery_slot(os.urandom(32), "0" * 32)[0].recipient
        ),
    }
    pristine = {name: (folder / name).read_bytes() for name in ("vault.key", "vault.key.bak")}
    data_key = keyfile.unwrap(keyfile.read(folder / "vault.key"), passphrase=PASSPHRASE)
    for label, change in edits.items():
        for name, data in pristine.items():
            (folder / name).write_bytes(data)
        _edit_body(folder / "vault.key", change)
        altered = keyfile.read(folder / "vault.key")
        assert not keyfile.mac_ok(altered, data_key), label


# ---------------------------------------------------------------- 3. rotation


def test_after_passwd_an_old_key_file_and_old_passphrase_open_nothing_new(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _make(folder, PASSPHRASE, {"avant": "1"})
    old_key_file = (folder / "vault.key").read_bytes()
    old_data_key = keyfile.unwrap(keyfile.parse(old_key_file, folder), passphrase=PASSPHRASE)
    with vaults.unlock(folder, passphrase=PASSPHRASE) as vault:
        steps: list[tuple[int, int]] = []
        vault.change_passphrase(OTHER, progress=lambda d, t: steps.append((d, t)))
        with vault.session() as s:
            s.add(Setting(key="après", value="2"))
    assert steps[0] == (0, 5)
    assert steps[-1] == (5, 5)
    # The attacker's way: the old key file gives the old data key; try it on today's file.
    conn = sqlcipher.connect(str(folder / "vault.db"))
    conn.execute(engine.key_pragma(old_data_key))
    with pytest.raises(sqlcipher.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchall()
    conn.close()
    # The vault's way: the old key file put back is refused, and nothing is changed.
    (folder / "vault.key").write_bytes(old_key_file)
    (folder / "vault.key.bak").write_bytes(old_key_file)
    with pytest.raises(VaultMismatchError):
        vaults.unlock(folder, passphrase=PASSPHRASE)
    assert (folder / "vault.key").read_bytes() == old_key_file


def test_the_recovery_key_survives_passwd(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    recovery = _make(folder, PASSPHRASE, {"k": "v"})
    with vaults.unlock(folder, passphrase=PASSPHRASE) as vault:
        assert vault.has_recovery_identity
        assert vault.change_passphrase(OTHER) is None
        assert vault.change_passphrase(PASSPHRASE + " encore") is None
    assert _rows(folder, recovery_key=recovery) == {"k": "v"}


def test_a_new_recovery_key_replaces_the_old_one(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    old_recovery = _make(folder, PASSPHRASE, {"k": "v"})
    old_key_file = keyfile.read(folder / "vault.key")
    with vaults.unlock(folder, passphrase=PASSPHRASE) as vault:
        with pytest.raises(WrongSecretError):
            vault.new_recovery_key("pas la bonne phrase 12")
        new_recovery = vault.new_recovery_key(PASSPHRASE)
        with vault.session() as s:
            kinds = [e.kind for e in audit.entries(s)]
    assert kinds[-1] == AuditKind.RECOVERY_KEY_CHANGE
    assert new_recovery != old_recovery
    with pytest.raises(WrongSecretError):
        vaults.unlock(folder, recovery_key=old_recovery)
    assert _rows(folder, recovery_key=new_recovery) == {"k": "v"}
    assert _rows(folder, passphrase=PASSPHRASE) == {"k": "v"}
    old_data_key = keyfile.unwrap(old_key_file, recovery=keyfile.parse_recovery_key(old_recovery))
    conn = sqlcipher.connect(str(folder / "vault.db"))
    conn.execute(engine.key_pragma(old_data_key))
    with pytest.raises(sqlcipher.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchall()
    conn.close()


def test_a_first_version_vault_opens_and_gets_a_new_recovery_key_at_passwd(
    tmp_path: Path,
) -> None:
    """A format-1 key file (symmetric recovery slot) written here by hand."""
    folder = tmp_path / "v"
    _make(folder, PASSPHRASE, {"k": "v"})
    data_key = keyfile.unwrap(keyfile.read(folder / "vault.key"), passphrase=PASSPHRASE)
    header = keyfile.read(folder / "vault.key")
    raw, text = keyfile.new_recovery_key()
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    salt, nonce = os.urandom(16), os.urandom(12)
    kek = HKDF(hashes.SHA256(), 32, salt, b"vpi-groups recovery slot").derive(raw)
    aad = json.dumps([header.vault_id, "recovery key"]).encode()
    wrapped = AESGCM(kek).encrypt(nonce, data_key, aad)
    b64 = lambda data: base64.b64encode(data).decode()  # noqa: E731
    body = {
        "format_version": 1,
        "vault_id": header.vault_id,
        "kdf": header.kdf.as_dict(),
        "slots": [
            {
                "kind": "passphrase",
                "salt": b64(header.passphrase.salt),
                "nonce": b64(header.passphrase.nonce),
                "wrapped": b64(header.passphrase.wrapped),
            },
            {
                "kind": "recovery key",
                "salt": b64(salt),
                "nonce": b64(nonce),
                "wrapped": b64(wrapped),
            },
        ],
    }
    line = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    legacy = _checked(b"VPI-GROUPS-VAULT-KEY", line)
    for name in ("vault.key", "vault.key.bak"):
        (folder / name).write_bytes(legacy)
    assert _rows(folder, recovery_key=text) == {"k": "v"}
    assert keyfile.read(folder / "vault.key").format_version == keyfile.FORMAT_VERSION
    with vaults.unlock(folder, passphrase=PASSPHRASE) as vault:
        assert not vault.has_recovery_identity
        issued = vault.change_passphrase(OTHER)
    assert issued is not None
    assert _rows(folder, recovery_key=issued) == {"k": "v"}
    with pytest.raises(WrongSecretError):
        vaults.unlock(folder, recovery_key=text)


# ---------------------------------------------------------------- 5. smaller defects


def test_verify_with_several_structure_problems_is_damage(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _make(folder, PASSPHRASE, {})
    with vaults.unlock(folder, passphrase=PASSPHRASE) as vault, vault.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x)")
        conn.exec_driver_sql("INSERT INTO t VALUES (NULL), (NULL), (NULL)")
        conn.exec_driver_sql("PRAGMA writable_schema = ON")
        conn.exec_driver_sql(
            "UPDATE sqlite_schema SET sql = 'CREATE TABLE t (x NOT NULL)' WHERE name = 't'"
        )
    with vaults.unlock(folder, passphrase=PASSPHRASE) as vault:
        with vault.engine.connect() as conn:
            assert len(conn.exec_driver_sql("PRAGMA quick_check").fetchall()) > 1
        with pytest.raises(VaultDamagedError) as exc:
            vault.verify()
    assert "structure" in exc.value.reason


def test_backup_never_overwrites_without_being_asked(
    created: tuple[vaults.Vault, str], vault_dir: Path, tmp_path: Path
) -> None:
    vault, _ = created
    existing = tmp_path / "déjà là.vpibak"
    existing.write_bytes(b"un autre fichier")
    with pytest.raises(TargetExistsError):
        vault.backup(existing)
    assert existing.read_bytes() == b"un autre fichier"
    for inside in (vault_dir / "vault.db", vault_dir / "backups" / "b.vpibak", vault_dir / "x"):
        with pytest.raises(TargetInVaultError):
            vault.backup(inside, overwrite=True)
    vault.backup(existing, overwrite=True)
    assert existing.read_bytes() != b"un autre fichier"
    with vault.session() as s:
        assert s.scalars(select(Setting)).all() == []  # the live database is untouched


def test_a_backup_header_is_authenticated_and_names_its_vault(
    created: tuple[vaults.Vault, str], tmp_path: Path
) -> None:
    vault, _ = created
    path = tmp_path / "b.vpibak"
    vault.backup(path)
    header, _payload = backup_format.read(path)
    assert header.vault_id == vault.vault_id
    data = path.read_bytes()
    first, line, _check, payload = data.split(b"\n", 3)
    body = json.loads(line)
    body["created"] = "2020-01-01T00:00:00+00:00"
    line = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    path.write_bytes(_checked(first, line) + payload)
    with pytest.raises(VaultDamagedError) as exc:
        vaults.restore(path, tmp_path / "r", passphrase=PASSPHRASE)
    assert exc.value.reason == "header authentication failed"
    assert not (tmp_path / "r").exists()


def test_an_interrupted_restore_leaves_nothing_and_the_next_one_cleans_up(
    created: tuple[vaults.Vault, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = created
    path = tmp_path / "b.vpibak"
    vault.backup(path)
    target = tmp_path / "restauré"
    # A crash mid-way leaves a hidden staging folder: simulate one by hand.
    stale = tmp_path / ".restauré.restoring-dead"
    stale.mkdir()
    (stale / "vault.db").write_bytes(b"a half")
    real_replace = os.replace

    def fail_rename(src: object, dst: object) -> None:
        if Path(str(dst)) == target:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)  # type: ignore[arg-type]

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", fail_rename)
        with pytest.raises(WriteFailedError):
            vaults.restore(path, target, passphrase=PASSPHRASE)
    assert not target.exists()
    assert list(tmp_path.glob(".restauré.restoring-*")) == [], "its own and the old leftover"
    vaults.restore(path, target, passphrase=PASSPHRASE)
    vaults.unlock(target, passphrase=PASSPHRASE).lock()


def test_stale_temporaries_of_an_interrupted_passwd_are_cleaned(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _make(folder, PASSPHRASE, {})
    (folder / ".vault.key.tmp-4242").write_bytes(b"half")
    (folder / "vault.db.rekey").write_bytes(b"half a copy")
    (folder / "vault.key.rekey").write_bytes(b"staged key")
    vaults.unlock(folder, passphrase=PASSPHRASE).lock()
    assert sorted(p.name for p in folder.iterdir()) == [
        "vault.db",
        "vault.key",
        "vault.key.bak",
        "vault.lock",
    ]


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_init_and_restore_tighten_an_existing_folder(
    created: tuple[vaults.Vault, str], tmp_path: Path
) -> None:
    vault, _ = created
    path = tmp_path / "b.vpibak"
    vault.backup(path)
    for name in ("ouvert", "restauré"):
        (tmp_path / name).mkdir()
        (tmp_path / name).chmod(0o777)
    vaults.create(tmp_path / "ouvert", PASSPHRASE)[0].lock()
    vaults.restore(path, tmp_path / "restauré", passphrase=PASSPHRASE)
    for name in ("ouvert", "restauré"):
        folder = tmp_path / name
        assert folder.stat().st_mode & 0o777 == 0o700, name
        for file in folder.iterdir():
            assert file.stat().st_mode & 0o077 == 0, file


def test_restore_refuses_a_non_empty_folder_before_writing(
    created: tuple[vaults.Vault, str], tmp_path: Path
) -> None:
    vault, _ = created
    path = tmp_path / "b.vpibak"
    vault.backup(path)
    (tmp_path / "plein").mkdir()
    (tmp_path / "plein" / "à garder.txt").write_text("x")
    with pytest.raises(VaultExistsError):
        vaults.restore(path, tmp_path / "plein", passphrase=PASSPHRASE)
    assert [p.name for p in (tmp_path / "plein").iterdir()] == ["à garder.txt"]


def test_an_older_database_put_back_is_reported_and_opened_only_by_choice(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _make(folder, PASSPHRASE, {"gardé": "1"})
    older = (folder / "vault.db").read_bytes()
    with vaults.unlock(folder, passphrase=PASSPHRASE) as vault, vault.session() as s:
        s.delete(s.get(Setting, "gardé"))  # an erasure
    (folder / "vault.db").write_bytes(older)
    before = _files(folder)
    with pytest.raises(VaultRolledBackError) as exc:
        vaults.unlock(folder, passphrase=PASSPHRASE)
    assert exc.value.database_generation < exc.value.key_generation
    assert _files(folder) == before, "nothing changed by refusing"
    with (
        vaults.unlock(folder, passphrase=PASSPHRASE, accept_rollback=True) as vault,
        vault.session() as s,
    ):
        assert s.get(Setting, "gardé") is not None
        kinds = [e.kind for e in audit.entries(s)]
    assert AuditKind.ROLLBACK_ACCEPTED in kinds
    vaults.unlock(folder, passphrase=PASSPHRASE).lock()  # accepted once, then it is current


def test_the_key_is_the_first_statement_on_every_connection(
    created: tuple[vaults.Vault, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = created
    seen: list[list[str]] = []
    real_connect = sqlcipher.connect

    def traced(*args: object, **kwargs: object) -> object:
        conn = real_connect(*args, **kwargs)
        statements: list[str] = []
        conn.set_trace_callback(statements.append)
        seen.append(statements)
        return conn

    monkeypatch.setattr(sqlcipher, "connect", traced)
    fresh = engine.make_engine(vault.db_path, vault._key())
    with fresh.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    fresh.dispose()
    assert seen
    for statements in seen:
        assert statements[0].startswith("PRAGMA key"), statements[:2]
        assert statements[1] == "PRAGMA cipher_compatibility = 4"


def test_a_mismatch_is_also_a_damage_for_older_callers() -> None:
    assert issubclass(VaultMismatchError, VaultDamagedError)
    assert dataclasses.is_dataclass(vaults.KeyRepair)


# ---------------------------------------------------------------- review: re-keying edges


def test_lock_during_a_re_keying_waits_and_writes_the_new_key_files(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    recovery = _make(folder, PASSPHRASE, {"k": "v"})
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    started, go = threading.Event(), threading.Event()
    real_export = engine.export_rekeyed

    def held_export(*args: object) -> None:
        started.set()
        assert go.wait(30)
        real_export(*args)  # type: ignore[arg-type]

    setattr(vaults, "export_rekeyed", held_export)  # noqa: B010 - patched for this test only
    try:
        changer = threading.Thread(target=lambda: vault.change_passphrase(OTHER))
        changer.start()
        assert started.wait(30)
        locker = threading.Thread(target=vault.lock)  # the idle timer, the screen saver...
        locker.start()
        go.set()
        changer.join(30)
        locker.join(30)
    finally:
        setattr(vaults, "export_rekeyed", real_export)  # noqa: B010
    assert not vault.is_open
    with pytest.raises(WrongSecretError):
        vaults.unlock(folder, passphrase=PASSPHRASE)
    assert _rows(folder, passphrase=OTHER) == {"k": "v"}
    assert _rows(folder, recovery_key=recovery) == {"k": "v"}


def _fail_once_on(monkeypatch: pytest.MonkeyPatch, name: str, error: BaseException) -> None:
    """Make the next atomic write of ``name`` fail.

    During a re-keying, the first write of ``vault.key`` or ``vault.key.bak`` comes after
    the commit point (before it, only ``vault.key.rekey`` is written).
    """
    real = atomic.write_atomic
    state = {"done": False}

    def write(path: Path, data: bytes) -> None:
        if path.name == name and not state["done"]:
            state["done"] = True
            raise error
        real(path, data)

    monkeypatch.setattr(vaults, "write_atomic", write)


def test_a_failure_after_the_commit_point_loses_nothing_and_a_retry_is_safe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "v"
    _make(folder, PASSPHRASE, {"k": "v"})
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    _fail_once_on(monkeypatch, "vault.key", WriteFailedError(folder / "vault.key", "EIO"))
    vault.change_passphrase(OTHER)  # committed; the key files are written back later
    assert (folder / "vault.key.rekey").exists()
    with vault.session() as s:  # the open vault follows the database in place
        s.add(Setting(key="entre", value="deux"))
    monkeypatch.undo()
    real_export = engine.export_rekeyed

    def broken_export(*_args: object) -> None:
        raise WriteFailedError(folder / "vault.db.rekey", "ENOSPC")

    monkeypatch.setattr(vaults, "export_rekeyed", broken_export)
    with pytest.raises(WriteFailedError):
        vault.change_passphrase(OTHER + " encore")
    monkeypatch.setattr(vaults, "export_rekeyed", real_export)
    vault._close()  # a crash: nothing written at lock
    vault._lock.release()
    assert _rows(folder, passphrase=OTHER) == {"k": "v", "entre": "deux"}
    assert sorted(p.name for p in folder.iterdir()) == [
        "vault.db",
        "vault.key",
        "vault.key.bak",
        "vault.lock",
    ]


class _Killed(BaseException):
    """Stands for SIGKILL in the middle of a re-keying (nothing after it runs)."""


@pytest.mark.parametrize("cut", ["vault.key", "vault.key.bak"])
def test_the_old_passphrase_after_an_interrupted_change_is_just_wrong(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cut: str
) -> None:
    """Not "key file and database of different vaults ... restore a backup"."""
    folder = tmp_path / "v"
    _make(folder, PASSPHRASE, {"k": "v"})
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    _fail_once_on(monkeypatch, cut, _Killed())
    with pytest.raises(_Killed):
        vault.change_passphrase(OTHER)
    monkeypatch.undo()
    vault._close()
    vault._lock.release()
    with pytest.raises(WrongSecretError):
        vaults.unlock(folder, passphrase=PASSPHRASE)
    with pytest.raises(WrongSecretError):
        vaults.unlock(folder, passphrase=OTHER + "x")
    assert _rows(folder, passphrase=OTHER) == {"k": "v"}


def test_a_new_recovery_key_is_shown_even_if_its_key_files_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "v"
    old = _make(folder, PASSPHRASE, {"k": "v"})
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    _fail_once_on(monkeypatch, "vault.key", WriteFailedError(folder / "vault.key", "ENOSPC"))
    new = vault.new_recovery_key(PASSPHRASE)
    monkeypatch.undo()
    vault.lock()
    with pytest.raises(WrongSecretError):
        vaults.unlock(folder, recovery_key=old)
    assert _rows(folder, recovery_key=new) == {"k": "v"}


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_files_stay_private_after_a_re_keying_and_a_backup(
    created: tuple[vaults.Vault, str], vault_dir: Path, tmp_path: Path
) -> None:
    vault, _ = created
    old_umask = os.umask(0o022)
    try:
        vault.change_passphrase(OTHER)
        vault.backup(tmp_path / "b.vpibak")
        for path in vault_dir.iterdir():
            if path.is_file():
                assert path.stat().st_mode & 0o077 == 0, path.name
    finally:
        os.umask(old_umask)


@pytest.mark.parametrize("field", ["payload_sha256", "payload_hmac", "header_hmac", "created"])
def test_odd_backup_header_fields_are_damage_not_a_crash(
    created: tuple[vaults.Vault, str], tmp_path: Path, field: str
) -> None:
    vault, _ = created
    path = tmp_path / "b.vpibak"
    vault.backup(path)
    first, line, _check, payload = path.read_bytes().split(b"\n", 3)
    body = json.loads(line)
    body[field] = "é"
    line = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    path.write_bytes(_checked(first, line) + payload)
    with pytest.raises(VaultDamagedError):
        vaults.restore(path, tmp_path / "r", passphrase=PASSPHRASE)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_pipe_in_place_of_a_key_file_neither_hangs_nor_stops_the_vault(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _make(folder, PASSPHRASE, {"k": "v"})
    (folder / "vault.key").unlink()
    os.mkfifo(folder / "vault.key")
    with vaults.unlock(folder, passphrase=PASSPHRASE) as vault:
        assert [(r.file, r.reason) for r in vault.repairs] == [("vault.key", "damaged")]
    assert (folder / "vault.key").is_file()
