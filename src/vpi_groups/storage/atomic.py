"""The one place that writes files atomically: temp file, fsync, replace, fsync dir."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from vpi_groups.storage.errors import DiskFullError, WriteFailedError

_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def fsync_dir(directory: Path) -> None:
    """Flush a directory entry to disk (no-op where the platform cannot)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_error(path: Path, exc: OSError) -> WriteFailedError:
    """Turn an OSError from a write into the vault's typed error."""
    name = errno.errorcode.get(exc.errno or 0, "EIO")
    if exc.errno in _FULL:
        return DiskFullError(path, name)
    return WriteFailedError(path, name)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old or the new file, never half.

    Raises:
        DiskFullError: the disk is full; ``path`` is unchanged.
        WriteFailedError: any other write failure; ``path`` is unchanged.
    """
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise write_error(path, exc) from None
