"""Vault settings: defaults, ranges, persistence."""

from __future__ import annotations

from pathlib import Path

import pytest

from vpi_groups import vault_settings
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Setting
from vpi_groups.vault_settings import SettingOutOfRangeError, VaultSettings


@pytest.fixture
def vault(tmp_path: Path) -> vaults.Vault:
    v, _ = vaults.create(tmp_path / "v", "réglages du coffre 42", kdf_seconds=0)
    return v


def test_defaults(vault: vaults.Vault) -> None:
    with vault.session() as s:
        assert vault_settings.load(s) == VaultSettings(retention_months=24, suppression_k=5)
    vault.lock()


def test_saved_values_survive_a_lock(vault: vaults.Vault, tmp_path: Path) -> None:
    with vault.session() as s:
        vault_settings.save(s, VaultSettings(retention_months=12, suppression_k=11))
    vault.lock()
    with vaults.unlock(tmp_path / "v", passphrase="réglages du coffre 42") as v, v.session() as s:
        assert vault_settings.load(s) == VaultSettings(12, 11)


@pytest.mark.parametrize(("months", "k"), [(0, 5), (121, 5), (24, 2), (24, 12)])
def test_out_of_range_writes_nothing(vault: vaults.Vault, months: int, k: int) -> None:
    with pytest.raises(SettingOutOfRangeError), vault.session() as s:
        vault_settings.save(s, VaultSettings(months, k))
    with vault.session() as s:
        assert s.get(Setting, vault_settings.RETENTION_MONTHS) is None
        assert vault_settings.load(s) == VaultSettings()
    vault.lock()


def test_unreadable_stored_value_falls_back_to_default(vault: vaults.Vault) -> None:
    with vault.session() as s:
        s.add(Setting(key=vault_settings.SUPPRESSION_K, value="beaucoup"))
        s.add(Setting(key=vault_settings.RETENTION_MONTHS, value="999"))
    with vault.session() as s:
        assert vault_settings.load(s) == VaultSettings()
    vault.lock()


@pytest.mark.parametrize("values", [2, 11])
def test_the_hidden_range_has_a_safe_minimum(vault: vaults.Vault, values: int) -> None:
    """Fewer than three possible values per hidden count is refused (P2 of the report rule)."""
    with pytest.raises(SettingOutOfRangeError), vault.session() as s:
        vault_settings.save(s, VaultSettings(24, 5, values))
    with vault.session() as s:
        vault_settings.save(s, VaultSettings(24, 5, 4))
    with vault.session() as s:
        assert vault_settings.load(s).hidden_range == 4
        s.add(Setting(key="ignored", value="x"))
        s.get(Setting, vault_settings.HIDDEN_RANGE).value = "2"  # type: ignore[union-attr]
    with vault.session() as s:
        assert vault_settings.load(s).hidden_range == 3  # an unsafe stored value is not used
    vault.lock()
