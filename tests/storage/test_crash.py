"""Crash safety: SIGKILL at random moments never loses a reported commit nor damages the vault.

30 commit rounds and 8 passphrase-change rounds here (bounded for the suite);
``benchmarks/crash.py`` runs 200.
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
_INTERRUPTED: list[bool] = []  # per passphrase round: was a re-keying left half done?


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
    assert result.found_transactions >= result.reported


@pytest.mark.parametrize("round_no", range(PASSWD_ROUNDS))
def test_sigkill_during_passphrase_change_keeps_the_vault_openable(
    round_no: int, tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    vault = vaults.create(folder, PASSPHRASE, kdf_seconds=0)[0]
    with vault.session() as s:
        s.add(Setting(key="canary", value="toujours là"))
    vault.lock()
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    opened_with, interrupted = passwd_round(folder, secret, random.Random(round_no))
    assert opened_with in (PASSPHRASE, PASSPHRASE + " bis")
    _INTERRUPTED.append(interrupted)


def test_the_kill_loop_landed_inside_a_re_keying() -> None:
    """The rounds above are not vacuous: some kills hit a re-keying half done."""
    assert len(_INTERRUPTED) == PASSWD_ROUNDS
    assert any(_INTERRUPTED)
