"""`vpi-groups verify` on 50 random edits of the key file's fields (checksum recomputed).

Type changes, out-of-range numbers, missing and extra fields, slots from another vault,
duplicated or removed slots: each one, made to both key files as an attacker with the
folder would, must end in exit code 3 (wrong secret) or 4 (damaged), with one readable
line and no traceback; never exit 1, never a success, never a hang (the key file cannot
ask for more key-derivation work than calibration chooses).
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.storage.conftest import PASSPHRASE
from vpi_groups.cli import EXIT_DAMAGED, EXIT_WRONG_SECRET, main
from vpi_groups.storage import vault as vaults

EDITS = 50
SEED = 20261203
ODD_VALUES: list[Any] = [
    None,
    True,
    False,
    "",
    "x" * 300,
    1.5,
    -1,
    0,
    2**64,
    10**9,
    [],
    {},
    [[[[[]]]]],
    "AAAA",
]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], Any]:
    """A vault, its key file's JSON, and a slot from another vault."""
    root = tmp_path_factory.mktemp("edits")
    vaults.create(root / "vault", PASSPHRASE, kdf_seconds=0)[0].lock()
    vaults.create(root / "other", PASSPHRASE + " autre", kdf_seconds=0)[0].lock()
    body = json.loads((root / "vault" / "vault.key").read_bytes().split(b"\n")[1])
    other = json.loads((root / "other" / "vault.key").read_bytes().split(b"\n")[1])
    return root / "vault", body, other["slots"]


def _paths(body: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in the JSON object that holds a value."""
    found = [prefix] if prefix else []
    if isinstance(body, dict):
        for key, value in body.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(body, list):
        for index, value in enumerate(body):
            found += _paths(value, (*prefix, index))
    return found


def _edit(body: dict[str, Any], foreign_slots: list[Any], rng: random.Random) -> str:
    """Change ``body`` in place in one random way; return a label of what was done."""
    choice = rng.randrange(6)
    if choice == 0:  # a slot of another vault
        index = rng.randrange(2)
        body["slots"][index] = foreign_slots[index]
        return f"foreign slot {index}"
    if choice == 1:  # a slot duplicated, removed, or its kind changed
        what = rng.choice(["duplicate", "remove", "kind"])
        if what == "duplicate":
            body["slots"].append(body["slots"][0])
        elif what == "remove":
            body["slots"].pop(rng.randrange(2))
        else:
            body["slots"][rng.randrange(2)]["kind"] = rng.choice(
                ["passphrase", "recovery key", "x"]
            )
        return f"slots {what}"
    path = rng.choice(_paths(body))
    parent = body
    for step in path[:-1]:
        parent = parent[step]
    if choice == 2 and isinstance(parent, dict):
        del parent[path[-1]]
        return f"missing {path}"
    if choice == 3 and isinstance(parent, dict):
        parent["extra"] = 1
        return f"extra field beside {path}"
    value = parent[path[-1]]
    if choice == 4 and type(value) is int:
        parent[path[-1]] = rng.choice([value + 1, value - 1, value * 1000, -value, 2**63])
        return f"number {path}"
    parent[path[-1]] = rng.choice(ODD_VALUES)
    return f"type {path}"


def _cases() -> list[int]:
    return list(range(EDITS))


@pytest.mark.parametrize("case", _cases())
def test_verify_after_a_random_field_edit(
    case: int,
    pristine: tuple[Path, dict[str, Any], Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, body, foreign = pristine
    rng = random.Random(SEED + case)
    edited = json.loads(json.dumps(body))
    label = _edit(edited, json.loads(json.dumps(foreign)), rng)
    if edited == body:
        label = "type vault_id"
        edited["vault_id"] = 7
    work = tmp_path / "vault"
    shutil.copytree(folder, work)
    line = json.dumps(edited, sort_keys=True, separators=(",", ":")).encode()
    digest = hashlib.sha256(line).hexdigest().encode()
    data = b"VPI-GROUPS-VAULT-KEY\n" + line + b"\nsha256:" + digest + b"\n"
    for name in ("vault.key", "vault.key.bak"):
        (work / name).write_bytes(data)
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    code = main(["--vault", str(work), "verify", "--passphrase-file", str(secret)])
    captured = capsys.readouterr()
    assert code in (EXIT_WRONG_SECRET, EXIT_DAMAGED), (label, code, captured.err)
    assert captured.out == ""
    assert captured.err.startswith("vpi-groups: ")
    assert captured.err.count("\n") == 1
    assert "Traceback" not in captured.err
    assert (work / "vault.key").read_bytes() == data, "nothing rewritten"
