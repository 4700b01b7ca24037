"""Crash safety: SIGKILL at random moments never loses a reported commit nor damages the vault.

30 commit rounds, 12 passphrase-change rounds (each change re-encrypts the database)
and 2 kills at chosen steps of a re-keying here (bounded for the suite);
``benchmarks/crash.py`` runs 200 and 20.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.storage.conftest import PASSPHRASE
from tests.storage.crashes import kill_round, passwd_round
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Setting

ROUNDS = 30
PASSWD_ROUNDS = 12


@pytest.fixture(scope="module")
def crash_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("crash")
    folder = root / "vault"
    vaults.create(folder, PASSPHRASE, kdf_seconds=0)[0].lock()
    secret = root / "secret"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    return folder, secret


@pytest.mark.parametrize("round_no", range(ROUNDS))
def test_sigkill_loses_no_reported_commit(round_no: int, crash_vault: tuple[Path, Path]) -> None:
    folder, secret = crash_vault
    rng = random.Random(1000 + round_no)
    result = kill_round(folder, secret, first_id=round_no * 10_000, rng=rng)
    assert result.reported >= 1, "a round that waited for no commit would check nothing"
    assert result.found_transactions >= result.reported


@pytest.mark.parametrize("round_no", range(PASSWD_ROUNDS))
def test_sigkill_during_passphrase_change_keeps_the_vault_openable(
    round_no: int, tmp_path: Path
) -> None:
    folder, secret = _passwd_vault(tmp_path)
    opened_with, _interrupted = passwd_round(folder, secret, random.Random(round_no))
    assert opened_with in (PASSPHRASE, PASSPHRASE + " bis")


@pytest.mark.parametrize("step", [1, 2])
def test_a_kill_inside_a_re_keying_is_finished_or_undone(step: int, tmp_path: Path) -> None:
    """Killed once the staged copy exists (1) or is checked (2).

    The key derivation of the new slot still lies ahead then (a few tenths of a second),
    so the kill lands inside the re-keying whatever the machine's load. The random
    rounds above also land after the staged key file and after the commit point.
    """
    folder, secret = _passwd_vault(tmp_path)
    opened_with, interrupted = passwd_round(
        folder, secret, random.Random(step), kill_after_step=step
    )
    assert interrupted, "the kill left a re-keying half done"
    assert opened_with in (PASSPHRASE, PASSPHRASE + " bis")


def _passwd_vault(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "vault"
    vault = vaults.create(folder, PASSPHRASE, kdf_seconds=0)[0]
    with vault.session() as s:
        s.add(Setting(key="canary", value="toujours là"))
    vault.lock()
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    return folder, secret
