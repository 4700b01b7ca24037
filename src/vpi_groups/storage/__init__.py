"""Encrypted storage: the vault, its engine, the ORM models and migrations (no Qt).

This package's own module stays light: the window imports it before its first paint
to know whether a folder holds a vault, long before SQLCipher, SQLAlchemy and the
models are needed (``storage.vault`` loads them).
"""

from __future__ import annotations

from pathlib import Path

# The key file and its copy: ``vault.KEY_NAME`` and ``vault.KEY_COPY_NAME``
# (tests/test_startup.py checks that they are the same names).
KEY_FILES = ("vault.key", "vault.key.bak")


def is_vault(folder: Path) -> bool:
    """Whether the folder looks like a vault (a key file or its copy is there).

    The same test as ``vault.is_vault``, without loading the vault module.
    """
    return any((folder / name).exists() for name in KEY_FILES)
