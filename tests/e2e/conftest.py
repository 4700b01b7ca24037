"""End-to-end tests use the UI tests' guards and fixtures."""

from tests.ui.conftest import _minimum_kdf, _no_leftovers, french, preferences, vault_folder

__all__ = ["_minimum_kdf", "_no_leftovers", "french", "preferences", "vault_folder"]
