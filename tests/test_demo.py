"""The demo vault lives in a temporary folder and disappears with the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from vpi_groups.demo.vault import demo_vault
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Setting


def test_demo_vault_is_usable_then_deleted() -> None:
    with demo_vault(populated=False) as vault:
        folder = vault.folder
        assert vault.is_open
        with vault.session() as s:
            s.add(Setting(key="demo", value="oui"))
        with vault.session() as s:
            assert s.scalars(select(Setting.value)).all() == ["oui"]
        assert (folder / "vault.db").exists()
    assert not vault.is_open
    assert not folder.exists()
    assert not folder.parent.exists()


def test_demo_vault_is_deleted_after_an_error() -> None:
    folder: Path | None = None
    with pytest.raises(RuntimeError), demo_vault(populated=False) as vault:  # noqa: PT012
        folder = vault.folder
        raise RuntimeError("window crashed")
    assert folder is not None
    assert not folder.exists()


def test_demo_vault_is_a_real_vault() -> None:
    with demo_vault() as vault:
        assert vaults.is_vault(vault.folder)
        assert vault.verify().schema
