"""The vault: one folder, one key header, one SQLCipher database.

Create, unlock (passphrase or recovery key), lock, change or reset the passphrase,
back up, restore and verify. Every user action works in one unit of work::

    with vault.session() as s:
        s.add(...)

Files in the folder: ``vault.key`` (key slots) and its copy ``vault.key.bak``,
``vault.db`` (+ ``-wal``/``-shm`` while open), ``vault.lock``, ``backups/``
(automatic backups taken before a migration).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import secrets
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, exc
from sqlalchemy.orm import Session, sessionmaker

from vpi_groups.storage import audit, keyfile, migrate
from vpi_groups.storage import backup as backup_format
from vpi_groups.storage.atomic import write_atomic, write_error
from vpi_groups.storage.engine import check_database, is_disk_full, make_engine, open_connection
from vpi_groups.storage.errors import (
    DiskFullError,
    NotAVaultError,
    VaultDamagedError,
    VaultExistsError,
    VaultLockedError,
    VaultTooNewError,
    WriteFailedError,
)
from vpi_groups.storage.lock import VaultLock
from vpi_groups.storage.models import AuditKind

KEY_NAME = "vault.key"
KEY_COPY_NAME = "vault.key.bak"
DB_NAME = "vault.db"
BACKUP_DIR = "backups"
DEFAULT_KDF_SECONDS = 0.5

Progress = Callable[[int, int], None]
"""Called with (done, total) steps of a long operation."""


@dataclass(frozen=True)
class VerifyReport:
    """The result of a full verification (every check passed when returned)."""

    vault_id: str
    schema: str
    key_copy_ok: bool  # False: vault.key.bak was missing or damaged (and has been rewritten)
    database_bytes: int


@dataclass(frozen=True)
class UnlockTimings:
    """Where the time of an unlock went, in seconds (diagnostics and benchmarks)."""

    key_derivation: float
    checks_and_open: float


@dataclass(frozen=True)
class BackupResult:
    """A backup written and verified."""

    path: Path
    size: int
    schema: str


def _no_progress(_done: int, _total: int) -> None:
    return None


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


@contextlib.contextmanager
def _translate_write_errors(file: Path) -> Iterator[None]:
    """Turn SQLite's and the OS's write failures into typed vault errors."""
    try:
        yield
    except (exc.OperationalError, sqlcipher.OperationalError) as error:
        if is_disk_full(error):
            raise DiskFullError(file, "ENOSPC") from None
        if "disk I/O error" in str(getattr(error, "orig", error)):
            raise WriteFailedError(file, "EIO") from None
        raise
    except OSError as error:
        raise write_error(file, error) from None


def _read_key(folder: Path) -> tuple[keyfile.KeyHeader, bool]:
    """Read ``vault.key``; on damage, say whether the kept copy is intact.

    A damaged or missing copy beside a good key file is rewritten from it.

    Returns:
        The header, and whether the kept copy was intact before any rewrite.
    """
    main, copy = folder / KEY_NAME, folder / KEY_COPY_NAME
    if not main.exists() and not copy.exists():
        if (folder / DB_NAME).exists():
            raise VaultDamagedError(main, "missing")
        raise NotAVaultError(folder)
    try:
        header = keyfile.read(main)
    except VaultDamagedError as damage:
        try:
            keyfile.read(copy)
        except VaultDamagedError:
            raise damage from None
        raise VaultDamagedError(main, damage.reason, kept_copy_ok=True) from None
    good = main.read_bytes()  # checked by keyfile.read just above
    try:
        copy_ok = copy.read_bytes() == good
    except FileNotFoundError:
        copy_ok = False
    if not copy_ok:
        with contextlib.suppress(WriteFailedError):
            write_atomic(copy, good)
    return header, copy_ok


def _write_key(folder: Path, header: keyfile.KeyHeader) -> None:
    """Write the key header and its kept copy, each atomically."""
    data = keyfile.serialize(header)
    write_atomic(folder / KEY_NAME, data)
    write_atomic(folder / KEY_COPY_NAME, data)


class Vault:
    """An unlocked vault, as returned by :func:`create`, :func:`unlock` and friends."""

    def __init__(
        self, folder: Path, header: keyfile.KeyHeader, data_key: bytes, lock: VaultLock
    ) -> None:
        self.folder = folder
        self.vault_id = header.vault_id
        self._header: keyfile.KeyHeader | None = header
        self._data_key: bytes | None = data_key
        self._lock = lock
        self._engine: Engine | None = make_engine(folder / DB_NAME, data_key)
        self._sessions: sessionmaker[Session] | None = sessionmaker(
            self._engine, expire_on_commit=False
        )
        self.unlock_timings = UnlockTimings(0.0, 0.0)
        # whether vault.key.bak was intact when the vault was opened (rewritten if not)
        self.key_copy_was_ok = True

    # ------------------------------------------------------------ state

    @property
    def is_open(self) -> bool:
        """Whether the vault is unlocked."""
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        """The open vault's engine (for migrations, benchmarks and bulk inserts)."""
        if self._engine is None:
            raise VaultLockedError
        return self._engine

    @property
    def db_path(self) -> Path:
        """Path of the database file."""
        return self.folder / DB_NAME

    def _key(self) -> bytes:
        if self._data_key is None:
            raise VaultLockedError
        return self._data_key

    def _current_header(self) -> keyfile.KeyHeader:
        if self._header is None:
            raise VaultLockedError
        return self._header

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits at the end, rolls back on any error.

        Raises:
            VaultLockedError: the vault is locked.
            DiskFullError / WriteFailedError: the commit could not be written;
                nothing of this unit is kept and every earlier commit is intact.
        """
        if self._sessions is None:
            raise VaultLockedError
        with _translate_write_errors(self.db_path), self._sessions.begin() as session:
            yield session

    def lock(self) -> None:
        """Close every connection, drop the key and release the folder."""
        if self._engine is not None:
            self._engine.dispose()
        self._engine = None
        self._sessions = None
        self._data_key = None
        self._header = None
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.lock()

    # ------------------------------------------------------------ secrets

    def check_passphrase(self, passphrase: str) -> None:
        """Check a passphrase against the passphrase slot (slow: one key derivation).

        Raises:
            WrongSecretError: it does not open this vault.
        """
        keyfile.unwrap(self._current_header(), passphrase=passphrase)

    def change_passphrase(self, new_passphrase: str, *, kdf_seconds: float | None = None) -> None:
        """Rewrap the data key under a new passphrase; no data is re-encrypted.

        The old passphrase stops working at once; the recovery key keeps working.
        ``kdf_seconds`` recalibrates the key derivation on this machine (None keeps
        the current parameters).
        """
        header = self._current_header()
        params = header.kdf if kdf_seconds is None else keyfile.calibrate(kdf_seconds)
        slot = keyfile.wrap_with_passphrase(self._key(), new_passphrase, header.vault_id, params)
        new_header = dataclasses.replace(header.with_slot(slot), kdf=params)
        _write_key(self.folder, new_header)
        self._header = new_header
        self._audit(AuditKind.PASSPHRASE_CHANGE, {})

    def _audit(self, kind: AuditKind, counts: dict[str, int]) -> None:
        """Append an audit entry; a full disk must not turn a done job into an error."""
        with contextlib.suppress(WriteFailedError), self.session() as s:
            audit.record(s, kind, counts)

    # ------------------------------------------------------------ backup

    def backup(
        self, out: Path, progress: Progress = _no_progress, *, audited: bool = True
    ) -> BackupResult:
        """Write the whole vault to one encrypted file, then read it back to verify it.

        ``audited`` adds an entry to the audit log (not for the backup taken before a
        migration, when the log's table may not exist yet).

        Raises:
            DiskFullError / WriteFailedError: nothing is left at ``out``.
            VaultDamagedError: the copy failed its check (nothing is left at ``out``).
        """
        engine, key, header = self.engine, self._key(), self._current_header()
        out = out.resolve()
        partial = out.with_name(f".{out.name}.partial-{secrets.token_hex(4)}")
        total = 4
        try:
            progress(0, total)
            with _translate_write_errors(out), engine.connect() as conn:
                conn.exec_driver_sql("VACUUM INTO ?", (str(partial),))
            progress(1, total)
            self._check_copy(partial, key)
            payload = partial.read_bytes()
            schema = migrate.current_revision(engine) or ""
            data = backup_format.serialize(header, schema, _now_iso(), payload, key)
            progress(2, total)
            write_atomic(out, data)
            progress(3, total)
            written_header, written_payload = backup_format.read(out)
            backup_format.check_mac(written_header, written_payload, key, out)
            progress(4, total)
        except BaseException:
            backup_format.remove_quietly(partial)
            if out.exists() and not _backup_intact(out, key):
                backup_format.remove_quietly(out)
            raise
        backup_format.remove_quietly(partial)
        if audited:
            self._audit(AuditKind.BACKUP, {"bytes": len(data)})
        return BackupResult(out, len(data), schema)

    @staticmethod
    def _check_copy(path: Path, key: bytes) -> None:
        conn = open_connection(path, key)
        try:
            problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        except sqlcipher.DatabaseError:
            problems = ["unreadable"]
        finally:
            conn.close()
        if problems:
            raise VaultDamagedError(path, "backup copy failed its check")

    # ------------------------------------------------------------ verify

    def verify(self) -> VerifyReport:
        """Check the key files, every database page and the schema version.

        Raises:
            VaultDamagedError / VaultTooNewError: what was found.
        """
        header, copy_ok = _read_key(self.folder)
        copy_ok = copy_ok and self.key_copy_was_ok
        check_database(self.engine, self.db_path, full=True)
        schema = migrate.current_revision(self.engine)
        if schema != migrate.head_revision():
            if schema not in migrate.known_revisions():
                raise VaultTooNewError(f"schema {schema}")
            raise VaultDamagedError(self.db_path, f"schema {schema} was not migrated")
        return VerifyReport(header.vault_id, schema, copy_ok, self.db_path.stat().st_size)


def _backup_intact(path: Path, key: bytes) -> bool:
    try:
        header, payload = backup_format.read(path)
        backup_format.check_mac(header, payload, key, path)
    except (VaultDamagedError, VaultTooNewError, OSError):
        return False
    return True


# ---------------------------------------------------------------- opening


def _prepare_empty_folder(folder: Path) -> None:
    if folder.exists():
        if not folder.is_dir() or any(folder.iterdir()):
            raise VaultExistsError(folder)
    else:
        try:
            folder.mkdir(parents=True, mode=0o700)
        except OSError as error:
            raise write_error(folder, error) from None


def create(folder: Path, passphrase: str, *, kdf_seconds: float | None = None) -> tuple[Vault, str]:
    """Create a vault in an empty (or new) folder.

    ``kdf_seconds`` is the key-derivation time to calibrate for on this machine
    (default :data:`DEFAULT_KDF_SECONDS`; never below the minimum parameters).

    Returns:
        The open vault and the recovery key to show the user once.

    Raises:
        VaultExistsError: the folder is not empty.
        DiskFullError / WriteFailedError: the folder could not be written.
    """
    folder = folder.resolve()
    _prepare_empty_folder(folder)
    lock = VaultLock(folder)
    lock.acquire()
    try:
        data_key = secrets.token_bytes(keyfile.DATA_KEY_BYTES)
        recovery_raw, recovery_text = keyfile.new_recovery_key()
        header = keyfile.new_header(
            data_key,
            passphrase,
            recovery_raw,
            keyfile.calibrate(DEFAULT_KDF_SECONDS if kdf_seconds is None else kdf_seconds),
        )
        _write_key(folder, header)
        # Created empty and private first, so SQLite (and its -wal/-shm, which copy the
        # database's mode) never make group- or world-readable files.
        with _translate_write_errors(folder / DB_NAME):
            os.close(os.open(folder / DB_NAME, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        vault = Vault(folder, header, data_key, lock)
        with _translate_write_errors(vault.db_path):
            migrate.upgrade(vault.engine)
    except BaseException:
        lock.release()
        _empty_again(folder)
        raise
    return vault, recovery_text


def _empty_again(folder: Path) -> None:
    """Remove what a failed create or restore wrote into the folder it found empty.

    Whatever failed, the user may try again in the same folder.
    """
    for entry in folder.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            backup_format.remove_quietly(entry)


def _open(folder: Path, header: keyfile.KeyHeader, data_key: bytes, lock: VaultLock) -> Vault:
    """Open the database with an unwrapped key: check it, migrate it if needed."""
    db = folder / DB_NAME
    if not db.exists() or db.stat().st_size == 0:
        raise VaultDamagedError(db, "missing or empty")
    vault = Vault(folder, header, data_key, lock)
    try:
        check_database(vault.engine, db)
        schema = migrate.current_revision(vault.engine)
        head = migrate.head_revision()
        if schema is None:
            raise VaultDamagedError(db, "no schema")
        if schema != head:
            if schema not in migrate.known_revisions():
                raise VaultTooNewError(f"schema {schema}")
            backups = folder / BACKUP_DIR
            backups.mkdir(mode=0o700, exist_ok=True)
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
            vault.backup(backups / f"before-{head}-{stamp}{backup_format.SUFFIX}", audited=False)
            with _translate_write_errors(db):
                migrate.upgrade(vault.engine)
    except BaseException:
        vault.lock()
        raise
    return vault


def unlock(
    folder: Path, *, passphrase: str | None = None, recovery_key: str | None = None
) -> Vault:
    """Open a vault with its passphrase or its recovery key.

    Raises:
        NotAVaultError, VaultInUseError, VaultDamagedError, VaultTooNewError,
        WrongSecretError, WriteFailedError: see :mod:`vpi_groups.storage.errors`.
    """
    folder = folder.resolve()
    if not folder.is_dir():
        raise NotAVaultError(folder)
    lock = VaultLock(folder)
    lock.acquire()
    try:
        header, copy_ok = _read_key(folder)
        recovery = keyfile.parse_recovery_key(recovery_key) if recovery_key is not None else None
        started = time.perf_counter()
        data_key = keyfile.unwrap(header, passphrase=passphrase, recovery=recovery)
        derived = time.perf_counter()
        vault = _open(folder, header, data_key, lock)
        vault.unlock_timings = UnlockTimings(derived - started, time.perf_counter() - derived)
        vault.key_copy_was_ok = copy_ok
        return vault
    except BaseException:
        lock.release()
        raise


def reset_passphrase(folder: Path, recovery_key: str, new_passphrase: str) -> Vault:
    """Unlock with the recovery key and set a new passphrase; return the open vault."""
    vault = unlock(folder, recovery_key=recovery_key)
    try:
        vault.change_passphrase(new_passphrase)
    except BaseException:
        vault.lock()
        raise
    return vault


def restore(
    backup_file: Path,
    to: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
) -> VerifyReport:
    """Restore a backup into an empty (or new) folder and verify the result.

    The restored vault opens with the passphrase (and recovery key) that were
    valid when the backup was made.

    Raises:
        VaultDamagedError: the backup is damaged or was altered.
        WrongSecretError, VaultTooNewError, VaultExistsError, WriteFailedError.
    """
    header, payload = backup_format.read(backup_file)
    recovery = keyfile.parse_recovery_key(recovery_key) if recovery_key is not None else None
    data_key = keyfile.unwrap(header.key, passphrase=passphrase, recovery=recovery)
    backup_format.check_mac(header, payload, data_key, backup_file)
    if header.schema not in migrate.known_revisions():
        raise VaultTooNewError(f"schema {header.schema}")
    to = to.resolve()
    _prepare_empty_folder(to)
    lock = VaultLock(to)
    lock.acquire()
    try:
        write_atomic(to / DB_NAME, payload)
        _write_key(to, header.key)
        vault = _open(to, header.key, data_key, lock)
    except BaseException:
        lock.release()
        _empty_again(to)
        raise
    try:
        report = vault.verify()
        vault._audit(AuditKind.RESTORE, {"bytes": len(payload)})
        return report
    finally:
        vault.lock()


def is_vault(folder: Path) -> bool:
    """Whether the folder looks like a vault (a key file or its copy is there)."""
    return (folder / KEY_NAME).exists() or (folder / KEY_COPY_NAME).exists()
