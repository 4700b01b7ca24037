"""Drafts kept in the vault: read back after unlock, replaced at the next lock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from vpi_groups import drafts
from vpi_groups.storage import vault as vaults

NOW = dt.datetime(2026, 12, 3, 9, 30, tzinfo=dt.UTC)


def test_drafts_stay_until_the_next_lock_replaces_them(tmp_path: Path) -> None:
    vault, _ = vaults.create(tmp_path / "v", "un jardin sous la pluie 1984", kdf_seconds=0)
    with vault.session() as s:
        drafts.replace_all(
            s, [("session:4", {"note": "à garder"}), ("page3:new_action:", {})], now=NOW
        )
    for _ in range(2):  # reading them does not remove them: a crash loses nothing
        with vault.session() as s:
            kept = drafts.pending(s)
        assert [(d.key, dict(d.state)) for d in kept] == [
            ("page3:new_action:", {}),
            ("session:4", {"note": "à garder"}),
        ]
    with vault.session() as s:
        drafts.replace_all(s, [], now=NOW)
        assert drafts.pending(s) == ()
    vault.lock()


def test_a_draft_that_is_not_json_is_refused(tmp_path: Path) -> None:
    vault, _ = vaults.create(tmp_path / "v", "un jardin sous la pluie 1984", kdf_seconds=0)
    with pytest.raises(ValueError, match="draft key"), vault.session() as s:
        drafts.keep(s, "x" * 65, {}, now=NOW)
    with pytest.raises(TypeError), vault.session() as s:
        drafts.keep(s, "session:1", {"when": NOW}, now=NOW)
    with vault.session() as s:
        assert drafts.pending(s) == ()
    vault.lock()
