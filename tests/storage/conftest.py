"""Fixtures for storage tests: fast (minimum) key derivation, a fresh vault per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from vpi_groups.storage import vault as vaults

PASSPHRASE = "un jardin sous la pluie 1984"


@pytest.fixture(autouse=True)
def _minimum_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Calibrate to the minimum parameters (t=3, 64 MiB, p=4) to keep the suite fast."""
    monkeypatch.setattr(vaults, "DEFAULT_KDF_SECONDS", 0.0)


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def created(vault_dir: Path) -> Iterator[tuple[vaults.Vault, str]]:
    """A new open vault and its recovery key; locked after the test."""
    vault, recovery = vaults.create(vault_dir, PASSPHRASE)
    yield vault, recovery
    vault.lock()
