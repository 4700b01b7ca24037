"""Shared by the crash test and ``benchmarks/crash.py``: one kill-and-recover round."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from vpi_groups.storage import vault as vaults
from vpi_groups.storage.errors import WrongSecretError
from vpi_groups.storage.models import Setting

WORKER = Path(__file__).with_name("crash_worker.py")


@dataclass(frozen=True)
class RoundResult:
    """What one round saw: commits reported before the kill, rows found after."""

    reported: int
    found_transactions: int


def kill_round(folder: Path, secret_file: Path, first_id: int, rng: random.Random) -> RoundResult:
    """Start a worker, let it commit, SIGKILL it at a random moment, then check the vault.

    The kill comes after a random number (1-40) of reported commits plus a random
    number of extra bytes of busy-work, so it lands anywhere in a transaction.

    Raises:
        AssertionError: a reported commit is missing, a transaction is partial,
            or verification fails.
    """
    child = subprocess.Popen(
        [sys.executable, str(WORKER), str(folder), str(secret_file), str(first_id)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    reported: list[int] = []
    try:
        assert child.stdout.readline().strip() == "ready"
        wait_for = rng.randrange(1, 41)  # at least one commit to check after the kill
        while len(reported) < wait_for:
            line = child.stdout.readline()
            if not line:
                break
            reported.append(int(line))
        spin = rng.randrange(0, 200_000)
        while spin:  # a random extra delay without sleeping: the kill lands mid-transaction
            spin -= 1
        child.send_signal(signal.SIGKILL)
        child.wait()
        reported.extend(int(line) for line in child.stdout.read().split())
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
    with vaults.unlock(folder, passphrase=secret_file.read_text(encoding="utf-8")) as vault:
        vault.verify()
        with vault.session() as s:
            keys = set(s.scalars(select(Setting.key).where(Setting.key.like("t%"))))
    transactions: dict[str, set[str]] = {}
    for key in keys:
        number, part = key[1:].split("-")
        transactions.setdefault(number, set()).add(part)
    partial = {n for n, parts in transactions.items() if parts != {"a", "b", "c"}}
    assert not partial, f"partial transactions after a crash: {sorted(partial)}"
    missing = [i for i in reported if str(i) not in transactions]
    assert not missing, f"commits reported but lost: {missing}"
    return RoundResult(len(reported), len(transactions))


def passwd_round(
    folder: Path, secret_file: Path, rng: random.Random, *, kill_after_step: int | None = None
) -> tuple[str, bool]:
    """Kill a worker that keeps changing the passphrase; the vault must open with one of the two.

    The worker reports each step of a re-keying (``step N``, N from 0 to 5) and each
    passphrase that came into force. The kill comes after 0 to 2 whole changes, then
    after step ``kill_after_step`` of the next one (random when not given), then after
    a random bit of busy work: anywhere in a re-keying.

    Returns the passphrase that opened it (and rewrites ``secret_file`` to it), and
    whether the kill left a re-keying half done (staged files found before unlocking).
    """
    child = subprocess.Popen(
        [sys.executable, str(WORKER), str(folder), str(secret_file), "0", "passwd"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    original = secret_file.read_text(encoding="utf-8")
    last = original
    changes = rng.randrange(0, 3)
    step = rng.randrange(0, 6) if kill_after_step is None else kill_after_step
    try:
        assert child.stdout.readline().strip() == "ready"
        while True:
            line = child.stdout.readline().rstrip("\n")
            if not line:
                break
            if not line.startswith("step "):
                last, changes = line, changes - 1
            elif changes <= 0 and int(line[5:]) == step:
                break
        spin = rng.randrange(0, 100_000) if kill_after_step is None else 0
        while spin:  # a random extra delay without sleeping
            spin -= 1
        child.send_signal(signal.SIGKILL)
        child.wait()
        tail = [line for line in child.stdout.read().splitlines() if not line.startswith("step ")]
        last = tail[-1] if tail else last
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
    interrupted = any("rekey" in p.name for p in folder.iterdir())
    # The change in flight may or may not have landed: the last reported one, or the next.
    candidates = [last, original if last != original else original + " bis"]
    for candidate in candidates:
        try:
            vault = vaults.unlock(folder, passphrase=candidate)
        except WrongSecretError:
            continue
        vault.verify()
        with vault.session() as s:
            assert s.get(Setting, "canary") is not None, "the data survived the re-keying"
        vault.lock()
        staged = [p.name for p in folder.iterdir() if "rekey" in p.name or ".tmp-" in p.name]
        assert staged == [], f"left behind after the next unlock: {staged}"
        secret_file.write_text(candidate, encoding="utf-8")
        return candidate, interrupted
    raise AssertionError("neither the last reported passphrase nor the next one opens the vault")
