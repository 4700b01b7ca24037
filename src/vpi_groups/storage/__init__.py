"""Encrypted storage: the vault, its engine, the ORM models and migrations (no Qt).

This package's own module stays light: the window imports it before its first paint
to know whether a folder holds a vault, long before SQLCipher, SQLAlchemy and the
models are needed (``storage.vault`` loads them).
"""

from __future__ import annotations

from pathlib import Path

KEY_NAME = "vault.key"  # the key file
KEY_COPY_NAME = "vault.key.bak"  # its copy
KEY_FILES = (KEY_NAME, KEY_COPY_NAME)


def is_vault(folder: Path) -> bool:
    """Whether the folder looks like a vault (a key file or its copy is there)."""
    return any((folder / name).exists() for name in KEY_FILES)
