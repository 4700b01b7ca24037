"""The vault: one folder, one key header, one SQLCipher database.

Create, unlock (passphrase or recovery key), lock, change the passphrase (re-keying the
database), issue a new recovery key, back up, restore and verify. Every user action
works in one unit of work::

    with vault.session() as s:
        s.add(...)

Files in the folder: ``vault.key`` (key slots) and its copy ``vault.key.bak``,
``vault.db`` (+ ``-wal``/``-shm`` while open), ``vault.lock``, ``backups/``
(automatic backups taken before a migration). While the database is being re-keyed,
``vault.db.rekey`` and ``vault.key.rekey`` stand beside them; the next unlock finishes
or undoes an interrupted re-keying.

Unlocking never changes a key file before the secret has opened the database with
it: each readable key file (the main one, its copy, a staged one) is tried in turn,
and only the one that opened the database is written back over the others.

One cohesive thing, kept in one module past the house's usual 800 lines: every
operation above shares the same private state (the open/closed gate, the key files
that opened the database, the write generation, the staged re-keying files) and the
order in which they change; split, each half would reach into the other's state.
The file formats it relies on live apart (``keyfile``, ``backup``, ``engine``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import secrets
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, exc
from sqlalchemy.orm import Session, sessionmaker

from vpi_groups import clock
from vpi_groups.storage import KEY_COPY_NAME as KEY_COPY_NAME
from vpi_groups.storage import KEY_NAME as KEY_NAME
from vpi_groups.storage import audit, keyfile, migrate
from vpi_groups.storage import backup as backup_format
from vpi_groups.storage import is_vault as is_vault
from vpi_groups.storage.atomic import fsync_dir, write_atomic, write_error
from vpi_groups.storage.engine import (
    check_database,
    database_salt,
    export_rekeyed,
    is_disk_full,
    make_engine,
    open_connection,
)
from vpi_groups.storage.errors import (
    DiskFullError,
    NotAVaultError,
    TargetExistsError,
    TargetInVaultError,
    VaultDamagedError,
    VaultError,
    VaultExistsError,
    VaultLockedError,
    VaultMismatchError,
    VaultRolledBackError,
    VaultTooNewError,
    WriteFailedError,
    WrongSecretError,
)
from vpi_groups.storage.lock import LOCK_NAME, VaultLock
from vpi_groups.storage.models import AuditKind, VaultMeta

KEY_STAGED_NAME = "vault.key.rekey"
DB_NAME = "vault.db"
DB_STAGED_NAME = "vault.db.rekey"
BACKUP_DIR = "backups"
DEFAULT_KDF_SECONDS = 0.5
_WAL_FILES = ("-wal", "-shm", "-journal")

_T = TypeVar("_T")

Progress = Callable[[int, int], None]
"""Called with (done, total) steps of a long operation."""


@dataclass(frozen=True)
class KeyRepair:
    """A key file rewritten at unlock from the one that opened the database.

    Attributes:
        file: the file rewritten (``vault.key`` or ``vault.key.bak``).
        reason: ``missing``, ``damaged`` or ``foreign`` (it belonged to another vault).
        kept_as: for a foreign key file, the name it was kept under beside the vault.
    """

    file: str
    reason: str
    kept_as: str | None = None


@dataclass(frozen=True)
class VerifyReport:
    """The result of a full verification (every check passed when returned)."""

    vault_id: str
    schema: str
    repairs: tuple[KeyRepair, ...]  # key files rewritten when the vault was opened
    database_bytes: int
    generation: int


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


@dataclass(frozen=True)
class RestoreResult:
    """A backup restored and verified: where it came from, what it holds."""

    report: VerifyReport
    created: str  # when the backup was made (ISO 8601, UTC)
    warnings: tuple[str, ...]


def _no_progress(_done: int, _total: int) -> None:
    return None


def _now_iso() -> str:
    return clock.now().replace(microsecond=0).isoformat()


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


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError, IsADirectoryError, PermissionError):
        path.unlink()


class _Gate:
    """Units of work share the database; re-keying waits for them and keeps it alone."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._shared = 0
        self._exclusive = False

    @contextlib.contextmanager
    def shared(self) -> Iterator[None]:
        with self._cond:
            while self._exclusive:
                self._cond.wait()
            self._shared += 1
        try:
            yield
        finally:
            with self._cond:
                self._shared -= 1
                self._cond.notify_all()

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._cond:
            while self._exclusive or self._shared:
                self._cond.wait()
            self._exclusive = True
        try:
            yield
        finally:
            with self._cond:
                self._exclusive = False
                self._cond.notify_all()


# ---------------------------------------------------------------- key files


@dataclass(frozen=True)
class _Candidate:
    """One key file found in the folder, parsed or not."""

    name: str
    data: bytes | None
    header: keyfile.KeyHeader | None
    error: VaultError | None


def _read_candidate(folder: Path, name: str) -> _Candidate:
    path = folder / name
    if path.exists() and not path.is_file():  # a folder, a pipe: never read (a pipe blocks)
        return _Candidate(name, b"", None, VaultDamagedError(path, "not a regular file"))
    try:
        with path.open("rb") as handle:
            data = handle.read(keyfile.MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return _Candidate(name, None, None, VaultDamagedError(path, "missing"))
    except OSError:
        return _Candidate(name, None, None, VaultDamagedError(path, "unreadable"))
    try:
        return _Candidate(name, data, keyfile.parse(data, path), None)
    except (VaultDamagedError, VaultTooNewError) as error:
        return _Candidate(name, data, None, error)


def _finish_or_undo_rekey(folder: Path) -> None:
    """Undo a re-keying that stopped before its commit point; remove stale temporaries.

    The commit point is the rename of ``vault.db.rekey`` over ``vault.db``. Before it,
    the old database and key files are whole: the staged files are dropped. After it,
    ``vault.key.rekey`` is the key file of the database in place: unlocking tries it
    first and writes it over the others once it has opened the database.
    """
    staged_db, staged_key = folder / DB_STAGED_NAME, folder / KEY_STAGED_NAME
    if staged_db.exists():
        for suffix in ("", *_WAL_FILES):
            _remove(folder / (DB_STAGED_NAME + suffix))
        # The staged key file goes with the staged copy, unless it names the database in
        # place: then an earlier re-keying committed and it is that database's key file.
        with contextlib.suppress(VaultDamagedError, VaultTooNewError):
            if keyfile.read(staged_key).db_salt != database_salt(folder / DB_NAME):
                _remove(staged_key)
    for stale in folder.glob(".vault.key*.tmp-*"):
        _remove(stale)


def _candidates(folder: Path) -> list[_Candidate]:
    names = [KEY_NAME, KEY_COPY_NAME]
    if (folder / KEY_STAGED_NAME).exists():
        names.insert(0, KEY_STAGED_NAME)
    return [_read_candidate(folder, name) for name in names]


def _write_key(folder: Path, header: keyfile.KeyHeader) -> None:
    """Write the key header and its kept copy, each atomically."""
    data = keyfile.serialize(header)
    write_atomic(folder / KEY_NAME, data)
    write_atomic(folder / KEY_COPY_NAME, data)


def _repair_reason(candidate: _Candidate, vault_id: str) -> str | None:
    if candidate.data is None:
        return "missing"
    if candidate.header is None:
        return "damaged"
    if candidate.header.vault_id != vault_id:
        return "foreign"
    return None


class Vault:
    """An unlocked vault, as returned by :func:`create`, :func:`unlock` and friends."""

    def __init__(
        self, folder: Path, header: keyfile.KeyHeader, data_key: bytes, lock: VaultLock
    ) -> None:
        self.folder = folder
        self._db = folder / DB_NAME  # named once: every unit of work refers to it
        self.vault_id = header.vault_id
        self._header: keyfile.KeyHeader | None = header
        self._data_key: bytes | None = data_key
        self._lock = lock
        self._gate = _Gate()
        self._engine: Engine | None = make_engine(folder / DB_NAME, data_key)
        self._sessions: sessionmaker[Session] | None = sessionmaker(
            self._engine, expire_on_commit=False
        )
        self.unlock_timings = UnlockTimings(0.0, 0.0)
        self.repairs: tuple[KeyRepair, ...] = ()  # key files rewritten when opened
        self.warnings: tuple[str, ...] = ()  # e.g. "folder-owner": another user owns it

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
        return self._db

    @property
    def generation(self) -> int:
        """The write generation of the key file in force."""
        return self._current_header().generation

    @property
    def has_recovery_identity(self) -> bool:
        """Whether the recovery key survives re-keying (False for a format-1 slot)."""
        return isinstance(self._current_header().recovery, keyfile.RecoverySlot)

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
        with self._gate.shared(), self._unit() as session:
            yield session

    @contextlib.contextmanager
    def _unit(self) -> Iterator[Session]:
        """A unit of work without the gate (for code that already holds it)."""
        if self._sessions is None:
            raise VaultLockedError
        with _translate_write_errors(self._db), self._sessions.begin() as session:
            yield session

    def run(self, work: Callable[[Session], _T]) -> _T:
        """Run ``work(session)`` as one unit of work and return its result.

        The window's worker calls this: the session is opened, committed or rolled back
        here, never in a widget.
        """
        with self.session() as session:
            return work(session)

    def try_out(self, work: Callable[[Session], _T]) -> _T:
        """Run ``work(session)`` in a :meth:`preview` (always rolled back); return its result."""
        with self.preview() as session:
            return work(session)

    @contextlib.contextmanager
    def preview(self) -> Iterator[Session]:
        """A unit of work that is always rolled back: to try a change and read its outcome.

        Previews and dry runs (a file as it would be written, what a series edit would
        do) use it, so that nothing is kept and no exception is needed to undo.

        Raises:
            VaultLockedError: the vault is locked.
        """
        with self._gate.shared():
            if self._sessions is None:
                raise VaultLockedError
            session = self._sessions()
            try:
                yield session
            finally:
                session.rollback()
                session.close()

    def _close(self) -> None:
        """Close every connection and drop the key, keeping the folder's lock."""
        if self._engine is not None:
            self._engine.dispose()
        self._engine = None
        self._sessions = None
        self._data_key = None
        self._header = None

    def lock(self) -> None:
        """Move the generation on, close every connection, drop the key, release the folder.

        Waits for units of work and a re-keying under way: the key files are then written
        from the header in force once they are done.
        """
        with self._gate.exclusive():
            if self._engine is not None:
                with contextlib.suppress(VaultError, exc.SQLAlchemyError, sqlcipher.Error):
                    self._advance_generation(self._current_header())
            self._close()
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.lock()

    # ------------------------------------------------------------ generation

    def _read_meta(self) -> VaultMeta | None:
        with self._unit() as s:
            return s.get(VaultMeta, 1)

    def _advance_generation(self, header: keyfile.KeyHeader) -> None:
        """Write generation + 1 into the database, then into both key files.

        In that order: a crash between the two leaves a database newer than its key
        file, which is fine; the opposite would be reported as a rollback.
        """
        meta = self._read_meta()
        current = max(header.generation, meta.generation if meta else 0)
        new = current + 1
        with self._unit() as s:
            row = s.get(VaultMeta, 1)
            if row is None:
                s.add(VaultMeta(id=1, vault_id=header.vault_id, generation=new))
            else:
                row.generation = new
        sealed = keyfile.seal(
            dataclasses.replace(header, generation=new, db_salt=database_salt(self.db_path)),
            self._key(),
        )
        _write_key(self.folder, sealed)
        self._header = sealed
        _remove(self.folder / KEY_STAGED_NAME)  # written back: a staged copy is no longer needed

    def _bind(self, chosen: _Candidate, found: list[_Candidate], *, accept_rollback: bool) -> None:
        """Check the database against the key file that opened it, then write that file back.

        Raises:
            VaultMismatchError: the database belongs to another vault.
            VaultRolledBackError: the database is older than an authentic key file.
        """
        header, data_key = self._current_header(), self._key()
        meta = self._read_meta()
        if meta is not None and meta.vault_id != header.vault_id:
            raise VaultMismatchError(self.db_path, "database of another vault")
        # Every key file this data key authenticates counts: a stale copy must not hide
        # a newer generation.
        key_generation = max(
            [header.generation]
            + [
                c.header.generation
                for c in found
                if c.header is not None
                and c.header.vault_id == header.vault_id
                and keyfile.mac_ok(c.header, data_key)
            ]
        )
        if meta is not None and meta.generation < key_generation:
            if not accept_rollback:
                raise VaultRolledBackError(self.db_path, meta.generation, key_generation)
            self._audit(
                AuditKind.ROLLBACK_ACCEPTED,
                {"database_generation": meta.generation, "key_generation": key_generation},
            )
        repairs: list[KeyRepair] = []
        for candidate in found:
            if candidate.name == chosen.name or candidate.name == KEY_STAGED_NAME:
                continue
            reason = _repair_reason(candidate, header.vault_id)
            kept_as = None
            if reason == "foreign" and candidate.data is not None:
                assert candidate.header is not None
                kept_as = f"{candidate.name}.foreign-{candidate.header.vault_id[:8]}"
                write_atomic(self.folder / kept_as, candidate.data)
            if reason is not None:
                repairs.append(KeyRepair(candidate.name, reason, kept_as))
        self.repairs = tuple(repairs)
        try:
            self._advance_generation(dataclasses.replace(header, generation=key_generation))
        except WriteFailedError:
            if repairs or chosen.name != KEY_NAME:
                raise  # the files must be mended now, or the next start tries the bad one
            # A full disk must not keep the vault shut: the generation moves on next time.
        _remove(self.folder / KEY_STAGED_NAME)

    # ------------------------------------------------------------ secrets

    def check_passphrase(self, passphrase: str) -> None:
        """Check a passphrase against the passphrase slot (slow: one key derivation).

        Raises:
            WrongSecretError: it does not open this vault.
        """
        keyfile.unwrap(self._current_header(), passphrase=passphrase)

    def change_passphrase(
        self,
        new_passphrase: str,
        *,
        progress: Progress = _no_progress,
        kdf_seconds: float | None = None,
    ) -> str | None:
        """Set a new passphrase and re-encrypt the database under a new data key.

        The old passphrase stops working at once, and an old key file (from an old
        backup) no longer opens the database. The recovery key keeps working, except
        on a vault made by the first version, whose recovery slot cannot follow a new
        data key: a new recovery key is then issued.

        ``kdf_seconds`` is the key-derivation time to calibrate for (default
        :data:`DEFAULT_KDF_SECONDS`): the file's parameters are never reused.

        Returns:
            The new recovery key's display form when one was issued, else None.
        """
        recovery = self._rekey(
            new_passphrase, new_recovery=False, progress=progress, kdf=kdf_seconds
        )
        self._audit(AuditKind.PASSPHRASE_CHANGE, {})
        return recovery

    def new_recovery_key(self, passphrase: str, *, progress: Progress = _no_progress) -> str:
        """Issue a new recovery key (shown once); the old one stops working.

        The database is re-encrypted under a new data key too, so that the old recovery
        key with an old key file opens nothing written from now on.

        Raises:
            WrongSecretError: ``passphrase`` is not this vault's passphrase.
        """
        self.check_passphrase(passphrase)
        recovery = self._rekey(passphrase, new_recovery=True, progress=progress, kdf=None)
        assert recovery is not None
        self._audit(AuditKind.RECOVERY_KEY_CHANGE, {})
        return recovery

    def _rekey(
        self, passphrase: str, *, new_recovery: bool, progress: Progress, kdf: float | None
    ) -> str | None:
        """Re-encrypt the database under a new data key, crash-safe (see the module)."""
        total = 5
        progress(0, total)
        params = keyfile.calibrate(DEFAULT_KDF_SECONDS if kdf is None else kdf)
        with self._gate.exclusive():
            header, old_key = self._current_header(), self._key()
            new_key = secrets.token_bytes(keyfile.DATA_KEY_BYTES)
            generation = header.generation + 1
            staged_db, staged_key = self.folder / DB_STAGED_NAME, self.folder / KEY_STAGED_NAME
            _finish_or_undo_rekey(self.folder)
            if staged_key.exists():
                # An earlier re-keying committed but could not write the key files back:
                # write them from the header in force before staging anything new.
                _write_key(self.folder, header)
                _remove(staged_key)
            try:
                with _translate_write_errors(staged_db):
                    # Created empty and private first: SQLite would make it 0644 (umask).
                    os.close(os.open(staged_db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
                    export_rekeyed(self.db_path, old_key, staged_db, new_key)
                    conn = open_connection(staged_db, new_key)
                    try:
                        conn.execute(
                            "UPDATE vault_meta SET generation = ? WHERE id = 1", (generation,)
                        )
                        conn.commit()
                        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    finally:
                        conn.close()
                progress(1, total)
                self._check_copy(staged_db, new_key)
                progress(2, total)
                recovery_text = None
                if new_recovery or not isinstance(header.recovery, keyfile.RecoverySlot):
                    recovery, _raw, recovery_text = keyfile.new_recovery_slot(
                        new_key, header.vault_id
                    )
                else:
                    recovery = keyfile.reseal_recovery(header.recovery, new_key)
                new_header = keyfile.seal(
                    keyfile.KeyHeader(
                        vault_id=header.vault_id,
                        kdf=params,
                        passphrase=keyfile.wrap_with_passphrase(
                            new_key, passphrase, header.vault_id, params
                        ),
                        recovery=recovery,
                        generation=generation,
                        db_salt=database_salt(staged_db),
                    ),
                    new_key,
                )
                write_atomic(staged_key, keyfile.serialize(new_header))
                progress(3, total)
                self._release_database()
                # Commit point: from here on the new database is the vault's.
                with _translate_write_errors(self.db_path):
                    os.replace(staged_db, self.db_path)
            except BaseException:
                _finish_or_undo_rekey(self.folder)  # not committed: the old vault, whole
                raise
            self._data_key, self._header = new_key, new_header
            self._engine = make_engine(self.db_path, new_key)
            self._sessions = sessionmaker(self._engine, expire_on_commit=False)
            # Committed: the staged key file opens the database in place. Writing it back
            # over the others may fail (a full disk) without undoing anything: the next
            # lock, re-keying or unlock writes it back. A new recovery key is returned.
            with contextlib.suppress(WriteFailedError, OSError):
                fsync_dir(self.folder)
                write_atomic(self.folder / KEY_NAME, keyfile.serialize(new_header))
                _remove(staged_key)
                fsync_dir(self.folder)
                write_atomic(self.folder / KEY_COPY_NAME, keyfile.serialize(new_header))
            progress(4, total)
        progress(total, total)
        return recovery_text

    def _release_database(self) -> None:
        """Close every connection and make sure no journal of the old database is left.

        A leftover ``-wal`` would be replayed onto the database renamed into place.
        """
        engine = self.engine
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()
        wal = self.folder / (DB_NAME + "-wal")
        if wal.exists() and wal.stat().st_size:
            raise WriteFailedError(wal, "EBUSY")
        for suffix in _WAL_FILES:
            _remove(self.folder / (DB_NAME + suffix))

    def _audit(self, kind: AuditKind, counts: dict[str, int]) -> None:
        """Append an audit entry; a full disk must not turn a done job into an error."""
        with contextlib.suppress(WriteFailedError), self.session() as s:
            audit.record(s, kind, counts)

    # ------------------------------------------------------------ backup

    def backup(
        self,
        out: Path,
        progress: Progress = _no_progress,
        *,
        overwrite: bool = False,
    ) -> BackupResult:
        """Write the whole vault to one encrypted file, then read it back to verify it.

        Raises:
            TargetInVaultError: ``out`` lies inside the vault's folder.
            TargetExistsError: ``out`` exists and ``overwrite`` was not given.
            DiskFullError / WriteFailedError: nothing is left at ``out``.
            VaultDamagedError: the copy failed its check (nothing is left at ``out``).
        """
        out = out.resolve()
        if out.is_relative_to(self.folder.resolve()):
            raise TargetInVaultError(out)
        if out.exists() and (not overwrite or out.is_dir()):
            raise TargetExistsError(out)
        result = self._write_backup(out, progress)
        self._audit(AuditKind.BACKUP, {"bytes": result.size})
        return result

    def _write_backup(self, out: Path, progress: Progress = _no_progress) -> BackupResult:
        with self._gate.shared():  # not while a re-keying replaces the database
            return self._write_backup_shared(out, progress)

    def _write_backup_shared(self, out: Path, progress: Progress) -> BackupResult:
        engine, key, header = self.engine, self._key(), self._current_header()
        partial = out.with_name(f".{out.name}.partial-{secrets.token_hex(4)}")
        total = 4
        try:
            progress(0, total)
            with _translate_write_errors(out), engine.connect() as conn:
                # Created empty and private first: SQLite would make it 0644 (umask).
                os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
                conn.exec_driver_sql("VACUUM INTO ?", (str(partial),))
            progress(1, total)
            self._check_copy(partial, key)
            payload = partial.read_bytes()
            schema = migrate.current_revision(engine) or ""
            # The copy has a salt of its own: the key header in the backup names it.
            inner = keyfile.seal(dataclasses.replace(header, db_salt=payload[:16]), key)
            data = backup_format.serialize(inner, schema, _now_iso(), payload, key)
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
            raise VaultDamagedError(path, "copy failed its check")

    # ------------------------------------------------------------ verify

    def verify(self) -> VerifyReport:
        """Check the key files, every database page and the schema version.

        Raises:
            VaultDamagedError / VaultTooNewError: what was found.
        """
        with self._gate.shared():  # not while a re-keying replaces the database
            return self._verify_shared()

    def _verify_shared(self) -> VerifyReport:
        key_file = self.folder / KEY_NAME
        header = keyfile.read(key_file)
        keyfile.check_mac(header, self._key(), key_file)
        if header.db_salt != database_salt(self.db_path):
            raise VaultMismatchError(key_file, "does not name this database")
        copy = self.folder / KEY_COPY_NAME
        if keyfile.serialize(keyfile.read(copy)) != keyfile.serialize(header):
            raise VaultDamagedError(copy, "differs from vault.key")
        check_database(self.engine, self.db_path, full=True)
        schema = migrate.current_revision(self.engine)
        if schema != migrate.head_revision():
            if schema not in migrate.known_revisions():
                raise VaultTooNewError(f"schema {schema}")
            raise VaultDamagedError(self.db_path, f"schema {schema} was not migrated")
        meta = self._read_meta()
        if meta is None or meta.vault_id != header.vault_id:
            raise VaultMismatchError(self.db_path, "not bound to this key file")
        return VerifyReport(
            header.vault_id, schema, self.repairs, self.db_path.stat().st_size, header.generation
        )


def _backup_intact(path: Path, key: bytes) -> bool:
    try:
        header, payload = backup_format.read(path)
        backup_format.check_mac(header, payload, key, path)
    except (VaultDamagedError, VaultTooNewError, OSError):
        return False
    return True


# ---------------------------------------------------------------- opening


def _prepare_empty_folder(folder: Path) -> tuple[str, ...]:
    """Make sure ``folder`` is a new or empty folder, private to this user.

    Returns:
        Warnings: ``folder-owner`` when another user owns the folder.
    """
    warnings: list[str] = []
    if folder.exists():
        if not folder.is_dir() or any(folder.iterdir()):
            raise VaultExistsError(folder)
        try:
            folder.chmod(0o700)
        except OSError as error:
            raise write_error(folder, error) from None
        if hasattr(os, "getuid") and folder.stat().st_uid != os.getuid():
            warnings.append("folder-owner")
    else:
        try:
            folder.mkdir(parents=True, mode=0o700)
        except OSError as error:
            raise write_error(folder, error) from None
    return tuple(warnings)


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
    warnings = _prepare_empty_folder(folder)
    lock = VaultLock(folder)
    lock.acquire()
    try:
        data_key = secrets.token_bytes(keyfile.DATA_KEY_BYTES)
        params = keyfile.calibrate(DEFAULT_KDF_SECONDS if kdf_seconds is None else kdf_seconds)
        db = folder / DB_NAME
        # Created empty and private first, so SQLite (and its -wal/-shm, which copy the
        # database's mode) never make group- or world-readable files.
        with _translate_write_errors(db):
            os.close(os.open(db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            engine = make_engine(db, data_key)
            try:
                migrate.upgrade(engine)
            finally:
                engine.dispose()
        header, recovery_text = keyfile.new_header(
            data_key, passphrase, params, db_salt=database_salt(db)
        )
        vault = Vault(folder, header, data_key, lock)
        vault.warnings = warnings
        with _translate_write_errors(db), vault.session() as s:
            s.add(VaultMeta(id=1, vault_id=header.vault_id, generation=header.generation))
        _write_key(folder, header)
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
    """Open the database with an unwrapped key: check it, migrate it if needed.

    On failure the connections are closed; the folder's lock stays held.
    """
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
            stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
            vault._write_backup(backups / f"before-{head}-{stamp}{backup_format.SUFFIX}")
            with _translate_write_errors(db):
                try:
                    migrate.upgrade(vault.engine)
                except migrate.ForeignKeyBrokenError as error:  # rolled back: still as it was
                    raise VaultDamagedError(db, str(error)) from None
    except BaseException:
        vault._close()
        raise
    return vault


def _choose_error(
    failures: list[tuple[_Candidate, VaultError]], ineligible: list[_Candidate], folder: Path
) -> VaultError:
    """Say the most useful thing when no key file opened the database.

    First what the database said of a key that opened a slot, then an altered key file,
    then key files that name another database, and last a wrong secret.
    """
    errors = [error for _candidate, error in failures]
    for error in errors:
        if isinstance(error, VaultTooNewError):
            return error
    for error in errors:
        if isinstance(error, VaultDamagedError) and error.file.name == DB_NAME:
            return error
    for error in errors:
        if isinstance(error, VaultDamagedError):
            return error
    foreign = {c.header.vault_id for c in ineligible if c.header is not None}
    tried = {c.header.vault_id for c, _error in failures if c.header is not None}
    if ineligible and (not failures or foreign - tried):
        # Key files of two vaults side by side: the one naming another database is foreign.
        # Otherwise no key file names this database: the database is the odd one out.
        blamed = folder / ineligible[0].name if tried - foreign else folder / DB_NAME
        return VaultMismatchError(blamed, "key file and database of different vaults")
    # Key files of this same vault that name an older database (a passphrase change cut
    # short) do not make a wrong passphrase a damaged vault.
    return errors[0]


def _unlock_folder(
    folder: Path,
    lock: VaultLock,
    *,
    passphrase: str | None,
    recovery: bytes | None,
    accept_rollback: bool,
) -> Vault:
    _finish_or_undo_rekey(folder)
    found = _candidates(folder)
    if all(c.data is None for c in found):
        if (folder / DB_NAME).exists():
            raise VaultDamagedError(folder / KEY_NAME, "missing")
        raise NotAVaultError(folder)
    parsed: list[_Candidate] = []
    for candidate in found:
        if candidate.header is not None and all(p.data != candidate.data for p in parsed):
            parsed.append(candidate)
    if not parsed:
        errors = [c.error for c in found if c.error is not None and c.data is not None]
        too_new = [e for e in errors if isinstance(e, VaultTooNewError)]
        raise (too_new or errors)[0]
    db = folder / DB_NAME
    if not db.exists() or db.stat().st_size == 0:
        raise VaultDamagedError(db, "missing or empty")
    salt = database_salt(db)
    eligible = [
        c for c in parsed if c.header and (not c.header.authenticated or c.header.db_salt == salt)
    ]
    ineligible = [c for c in parsed if c not in eligible]
    failures: list[tuple[_Candidate, VaultError]] = []
    for candidate in eligible:
        header = candidate.header
        assert header is not None
        path = folder / candidate.name
        started = time.perf_counter()
        try:
            data_key = keyfile.unwrap(header, passphrase=passphrase, recovery=recovery, file=path)
            keyfile.check_mac(header, data_key, path)
        except (WrongSecretError, VaultDamagedError) as error:
            failures.append((candidate, error))
            continue
        derived = time.perf_counter()
        try:
            vault = _open(folder, header, data_key, lock)
        except (VaultDamagedError, VaultTooNewError) as error:
            failures.append((candidate, error))
            continue
        try:
            vault._bind(candidate, found, accept_rollback=accept_rollback)
        except VaultMismatchError as error:
            vault._close()
            failures.append((candidate, error))
            continue
        except BaseException:
            vault._close()
            raise
        vault.unlock_timings = UnlockTimings(derived - started, time.perf_counter() - derived)
        return vault
    raise _choose_error(failures, ineligible, folder)


def unlock(
    folder: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    accept_rollback: bool = False,
) -> Vault:
    """Open a vault with its passphrase or its recovery key.

    ``accept_rollback`` opens a database older than its key file all the same (the
    user's choice, recorded in the audit log).

    Raises:
        NotAVaultError, VaultInUseError, VaultDamagedError (VaultMismatchError),
        VaultRolledBackError, VaultTooNewError, WrongSecretError, WriteFailedError:
        see :mod:`vpi_groups.storage.errors`.
    """
    folder = folder.resolve()
    if not folder.is_dir():
        raise NotAVaultError(folder)
    lock = VaultLock(folder)
    lock.acquire()
    try:
        recovery = keyfile.parse_recovery_key(recovery_key) if recovery_key is not None else None
        return _unlock_folder(
            folder,
            lock,
            passphrase=passphrase,
            recovery=recovery,
            accept_rollback=accept_rollback,
        )
    except BaseException:
        lock.release()
        raise


def reset_passphrase(
    folder: Path,
    recovery_key: str,
    new_passphrase: str,
    *,
    progress: Progress = _no_progress,
    accept_rollback: bool = False,
) -> Vault:
    """Unlock with the recovery key and set a new passphrase; return the open vault."""
    vault = unlock(folder, recovery_key=recovery_key, accept_rollback=accept_rollback)
    try:
        vault.change_passphrase(new_passphrase, progress=progress)
    except BaseException:
        vault.lock()
        raise
    return vault


def _staging_folder(to: Path) -> Path:
    """Make a private sibling folder to build a restored vault in, out of sight."""
    to.parent.mkdir(parents=True, exist_ok=True)
    for stale in to.parent.glob(f".{to.name}.restoring-*"):
        lock = VaultLock(stale)
        try:
            lock.acquire()
        except VaultError:
            continue  # another restore is under way there
        lock.release()
        shutil.rmtree(stale, ignore_errors=True)
    staging = to.parent / f".{to.name}.restoring-{secrets.token_hex(4)}"
    staging.mkdir(mode=0o700)
    return staging


def restore(
    backup_file: Path,
    to: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
) -> RestoreResult:
    """Restore a backup into an empty (or new) folder and verify the result.

    The vault is built in a hidden sibling folder and renamed into place once verified:
    a crash leaves ``to`` as it was, and the next restore removes the leftover. The
    restored vault opens with the recovery key, and with the passphrase, that were valid
    when the backup was made; given the passphrase, its derivation is calibrated anew.

    Raises:
        VaultDamagedError: the backup is damaged or was altered.
        WrongSecretError, VaultTooNewError, VaultExistsError, WriteFailedError.
    """
    header, payload = backup_format.read(backup_file)
    recovery = keyfile.parse_recovery_key(recovery_key) if recovery_key is not None else None
    key_header = header.key
    data_key = keyfile.unwrap(
        key_header, passphrase=passphrase, recovery=recovery, file=backup_file
    )
    backup_format.check_mac(header, payload, data_key, backup_file)
    keyfile.check_mac(key_header, data_key, backup_file)
    if header.schema not in migrate.known_revisions():
        raise VaultTooNewError(f"schema {header.schema}")
    to = to.resolve()
    warnings = _prepare_empty_folder(to) if to.exists() else ()
    if passphrase is not None:
        params = keyfile.calibrate(DEFAULT_KDF_SECONDS)
        key_header = dataclasses.replace(
            key_header,
            kdf=params,
            passphrase=keyfile.wrap_with_passphrase(
                data_key, passphrase, key_header.vault_id, params
            ),
        )
    key_header = keyfile.seal(dataclasses.replace(key_header, db_salt=payload[:16]), data_key)
    try:
        staging = _staging_folder(to)
    except OSError as error:
        raise write_error(to, error) from None
    lock = VaultLock(staging)
    try:
        lock.acquire()
        write_atomic(staging / DB_NAME, payload)
        _write_key(staging, key_header)
        vault = _open(staging, key_header, data_key, lock)
        try:
            vault._bind(_Candidate(KEY_NAME, None, key_header, None), [], accept_rollback=False)
            report = vault.verify()
            vault._audit(AuditKind.RESTORE, {"bytes": len(payload)})
        finally:
            vault._close()
        lock.release()
        _remove(staging / LOCK_NAME)
        with _translate_write_errors(to):
            if to.exists():
                to.rmdir()
            os.replace(staging, to)
            fsync_dir(to.parent)
    except BaseException:
        lock.release()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    report = dataclasses.replace(report, repairs=())
    return RestoreResult(report, header.created, warnings)
