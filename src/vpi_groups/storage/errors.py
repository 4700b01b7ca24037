"""Typed vault errors. The UI and the CLI turn each into a sentence for the user.

Messages given to the constructors are for developers and logs: they never hold
record data, passphrases or keys.
"""

from __future__ import annotations

from pathlib import Path

from vpi_groups.errors import EXIT_DAMAGED, EXIT_IN_USE, EXIT_WRONG_SECRET, AppError


class VaultError(AppError):
    """Base class of every error the vault reports to its callers."""

    code = "vault-error"


class NotAVaultError(VaultError):
    """The folder holds no vault (no key file)."""

    code = "not-a-vault"

    def __init__(self, path: Path) -> None:
        super().__init__(f"no vault in {path}")
        self.path = path


class VaultExistsError(VaultError):
    """A vault (or other files) already exists where a new one should be created."""

    code = "vault-exists"

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is not empty")
        self.path = path


class WrongSecretError(VaultError):
    """The passphrase or the recovery key does not open this vault."""

    code = "wrong-secret"
    exit_code = EXIT_WRONG_SECRET

    def __init__(self, kind: str) -> None:
        super().__init__(f"wrong {kind}")
        self.kind = kind


class VaultInUseError(VaultError):
    """Another process has this vault open."""

    code = "in-use"
    exit_code = EXIT_IN_USE

    def __init__(self, path: Path) -> None:
        super().__init__(f"vault {path} is open in another process")
        self.path = path


class VaultDamagedError(VaultError):
    """A vault file (or a backup) is damaged or has been tampered with.

    Attributes:
        file: the damaged file.
        reason: what was found (for developers; no record data).
    """

    code = "damaged"
    exit_code = EXIT_DAMAGED

    def __init__(self, file: Path, reason: str) -> None:
        super().__init__(f"{file.name}: {reason}")
        self.file = file
        self.reason = reason


class VaultMismatchError(VaultDamagedError):
    """The key file and the database do not belong together.

    Either the key file comes from another vault, or the database was replaced by
    another vault's (or its first bytes, which name it, are damaged). ``file`` names
    the side found to be foreign when it can be told, else the database.
    """

    code = "mismatch"


class VaultRolledBackError(VaultError):
    """The database is older than its key file: an older copy of it was put back.

    Records erased since (participants, purged attendance) may have come back.
    Opening it anyway is the user's choice, recorded in the audit log.
    """

    code = "rolled-back"
    exit_code = EXIT_DAMAGED

    def __init__(self, path: Path, database_generation: int, key_generation: int) -> None:
        super().__init__(
            f"{path.name}: database generation {database_generation} older than "
            f"key file generation {key_generation}"
        )
        self.path = path
        self.database_generation = database_generation
        self.key_generation = key_generation


class TargetExistsError(VaultError):
    """A file to write already exists (and replacing it was not asked for)."""

    code = "target-exists"

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} already exists")
        self.path = path


class TargetInVaultError(VaultError):
    """A file to write (a backup) would land inside the vault's own folder."""

    code = "target-in-vault"

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is inside the vault folder")
        self.path = path


class VaultTooNewError(VaultError):
    """The vault was written by a newer version of the application."""

    code = "too-new"

    def __init__(self, found: str) -> None:
        super().__init__(f"vault written by a newer version ({found})")
        self.found = found


class WriteFailedError(VaultError):
    """Writing to disk failed; nothing that was already committed is lost."""

    code = "write-failed"

    def __init__(self, file: Path, errno_name: str) -> None:
        super().__init__(f"cannot write {file.name}: {errno_name}")
        self.file = file
        self.errno_name = errno_name


class DiskFullError(WriteFailedError):
    """The disk (or the quota) is full."""

    code = "disk-full"


class VaultLockedError(VaultError):
    """The vault was locked: the operation needs it open."""

    code = "locked"

    def __init__(self) -> None:
        super().__init__("the vault is locked")
