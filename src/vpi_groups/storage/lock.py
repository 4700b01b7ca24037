"""An advisory lock that refuses a second process on the same vault.

The operating system drops the lock when its holder dies, so a lock left by a
killed process never blocks the next start.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from vpi_groups.storage.atomic import write_error
from vpi_groups.storage.errors import VaultInUseError

LOCK_NAME = "vault.lock"

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


class VaultLock:
    """Holds the lock of one vault folder while the vault is open."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock.

        Raises:
            VaultInUseError: another process holds it.
            WriteFailedError: the lock file cannot be created.
        """
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise write_error(self.path, exc) from None
        if not _try_lock(fd):
            os.close(fd)
            raise VaultInUseError(self.path.parent)
        self._fd = fd

    def release(self) -> None:
        """Drop the lock (closing the descriptor releases it)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
