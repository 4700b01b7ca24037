"""Tampering: a flipped byte or a cut file is always reported as damage, or mended.

120 seeded random cases over vault.key, vault.db and a backup file. An altered
database or backup must make unlock, verify or restore raise VaultDamagedError: never
another exception, never a success (which could return wrong data). An altered
vault.key beside an intact copy is noticed and mended from the copy once the
passphrase has opened the database with it: the data comes back whole.
"""

from __future__ import annotations

import random
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.storage.conftest import PASSPHRASE
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.errors import VaultDamagedError
from vpi_groups.storage.models import Setting

CASES = 120
SEED = 20261128


@dataclass(frozen=True)
class Case:
    target: str  # "vault.key", "vault.db" or "backup"
    action: str  # "flip" or "truncate"
    fraction: float  # where in the file, 0..1
    bit: int


def _cases() -> list[Case]:
    rng = random.Random(SEED)
    targets = ["vault.key", "vault.db", "backup"]
    return [
        Case(
            target=targets[i % 3],
            action="truncate" if rng.random() < 0.25 else "flip",
            fraction=rng.random(),
            bit=rng.randrange(8),
        )
        for i in range(CASES)
    ]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    """A locked vault with data, and a backup of it, made once for all cases."""
    root = tmp_path_factory.mktemp("pristine")
    folder = root / "vault"
    vault, _ = vaults.create(folder, PASSPHRASE, kdf_seconds=0)
    rows = {f"k{i}": f"valeur {i} " * (1 + i % 7) for i in range(300)}
    with vault.session() as s:
        s.add_all(Setting(key=k, value=v) for k, v in rows.items())
    backup = root / "b.vpibak"
    vault.backup(backup)
    vault.lock()
    return folder, backup, rows


def _alter(path: Path, case: Case) -> None:
    data = bytearray(path.read_bytes())
    pos = min(int(case.fraction * len(data)), len(data) - 1)
    if case.action == "truncate":
        del data[pos:]
    else:
        data[pos] ^= 1 << case.bit
    path.write_bytes(bytes(data))


def _open_and_read(folder: Path) -> dict[str, str]:
    with vaults.unlock(folder, passphrase=PASSPHRASE) as v:
        v.verify()
        with v.session() as s:
            return {r.key: r.value for r in s.scalars(select(Setting))}


@pytest.mark.parametrize("case", _cases(), ids=lambda c: f"{c.target}-{c.action}-{c.fraction:.3f}")
def test_alteration_is_reported_as_damage(
    case: Case, pristine: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    folder, backup, _rows = pristine
    work = tmp_path / "vault"
    shutil.copytree(folder, work)
    if case.target == "backup":
        copy = tmp_path / "b.vpibak"
        shutil.copy(backup, copy)
        _alter(copy, case)
        with pytest.raises(VaultDamagedError) as exc:
            vaults.restore(copy, tmp_path / "restored", passphrase=PASSPHRASE)
        assert exc.value.file == copy
        return
    _alter(work / case.target, case)
    before = {p.name: p.read_bytes() for p in work.iterdir() if p.is_file()}
    if case.target == "vault.key":
        with vaults.unlock(work, passphrase=PASSPHRASE) as mended:
            assert [(r.file, r.reason) for r in mended.repairs] == [("vault.key", "damaged")]
        assert _open_and_read(work) == _rows
        assert (work / "vault.key").read_bytes() == (work / "vault.key.bak").read_bytes()
        return
    with pytest.raises(VaultDamagedError) as exc:
        _open_and_read(work)
    assert exc.value.file.name == case.target
    after = {p.name: p.read_bytes() for p in work.iterdir() if p.is_file()}
    assert {k: v for k, v in after.items() if k != "vault.lock"} == {
        k: v for k, v in before.items() if k != "vault.lock"
    }, "detecting damage must not change the vault's files"


def test_pristine_copies_open_with_all_their_data(
    pristine: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    """The control: unaltered copies open and return exactly the rows written."""
    folder, backup, rows = pristine
    shutil.copytree(folder, tmp_path / "vault")
    assert _open_and_read(tmp_path / "vault") == rows
    vaults.restore(backup, tmp_path / "restored", passphrase=PASSPHRASE)
    assert _open_and_read(tmp_path / "restored") == rows


def test_both_key_files_damaged(
    pristine: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    folder, _backup, _rows = pristine
    work = tmp_path / "vault"
    shutil.copytree(folder, work)
    for name in ("vault.key", "vault.key.bak"):
        data = bytearray((work / name).read_bytes())
        data[40] ^= 0x20
        (work / name).write_bytes(bytes(data))
    before = {p.name: p.read_bytes() for p in work.iterdir() if p.is_file()}
    with pytest.raises(VaultDamagedError) as exc:
        vaults.unlock(work, passphrase=PASSPHRASE)
    assert exc.value.file.name == "vault.key"
    assert {p.name: p.read_bytes() for p in work.iterdir() if p.is_file()} == before
