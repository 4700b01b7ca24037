"""A programme of four vaults on four machines, paired and exchanging bundles by files.

The coordinator (the Centre social) and three facilitators (the CIDFF, France Victimes,
the CCAS), each a demo programme of its own (different seeds, so different groups and
people). Everything after the vaults' creation goes through the command line, as a
coordinator's script would: cards, keys, pairing, export, import.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from vpi_groups import vault_settings
from vpi_groups.cli import main
from vpi_groups.demo import data as demo_data
from vpi_groups.storage import vault as vaults

YEAR = 2026
TODAY = dt.date(2026, 11, 20)
PASSPHRASE = "quatre coffres pour un seul bilan consolidé"
PROGRAMME = "Atelier technique VIF de Villeneuve"
COORDINATOR = "Centre social des Coteaux"
MEMO = "Mémo : suivie par l'assistante sociale"
NOTE = "Note de séance : une participante a parlé de son départ"
SENDERS = {"CIDFF du département": 11, "France Victimes 47": 22, "CCAS de Villeneuve": 33}


@dataclass(frozen=True)
class Network:
    """Where each vault, key and bundle of the programme lies."""

    root: Path
    secret: Path
    coordinator: Path
    senders: dict[str, Path]  # organisation -> vault folder
    bundles: dict[str, Path]  # organisation -> its bundle of the year
    card: Path


def cli(network_secret: Path, folder: Path, *args: str) -> tuple[int, str]:
    """Run one command on a vault; return its exit code and what it printed (both streams)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(
            [
                "--vault",
                str(folder),
                "--lang",
                "fr",
                *args,
                "--passphrase-file",
                str(network_secret),
            ]
        )
    return code, out.getvalue() + err.getvalue()


def make_vault(folder: Path, seed: int, organisation: str) -> None:
    """A new vault holding a year of the demo programme, under its organisation's name."""
    vault, _ = vaults.create(folder, PASSPHRASE, kdf_seconds=0)
    try:
        with vault.session() as s:
            demo_data.populate(s, years=1, seed=seed, today=TODAY)
            vault_settings.save_organisation(s, organisation)
            # free text that must never leave: a participant's memo, a session's note
            s.execute(
                text(
                    "UPDATE participant SET memo = :memo "
                    "WHERE id = (SELECT min(id) FROM participant)"
                ),
                {"memo": f"{MEMO} {seed}"},
            )
            s.execute(
                text(
                    "INSERT INTO session_note (session_id, text, updated_at) "
                    "SELECT min(session_id), :note, '2026-03-01 10:00:00' FROM attendance"
                ),
                {"note": f"{NOTE} {seed}"},
            )
    finally:
        vault.lock()


def build(root: Path) -> Network:
    """Four vaults, paired through their files, each facilitator's year exported."""
    secret = root / "secret"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    coordinator = root / "coordinator"
    make_vault(coordinator, 5, COORDINATOR)
    card = root / "carte.json"
    code, said = cli(
        secret, coordinator, "consolidate", "card", "--programme", PROGRAMME, "--out", str(card)
    )
    assert code == 0, said
    senders, bundles = {}, {}
    for n, (name, seed) in enumerate(SENDERS.items()):
        folder = root / f"sender{n}"
        make_vault(folder, seed, name)
        code, said = cli(secret, folder, "consolidate", "pair", str(card))
        assert code == 0, said
        key = root / f"cle{n}.json"
        code, said = cli(secret, folder, "consolidate", "key", "--out", str(key))
        assert code == 0, said
        code, said = cli(secret, coordinator, "consolidate", "pair", str(key))
        assert code == 0, said
        bundle = root / f"envoi{n}.vpibundle"
        code, said = cli(
            secret, folder, "consolidate", "export", "--year", str(YEAR), "--out", str(bundle)
        )
        assert code == 0, said
        senders[name], bundles[name] = folder, bundle
    return Network(root, secret, coordinator, senders, bundles, card)


def copy_vault(folder: Path, to: Path) -> Path:
    """A copy of a locked vault's folder (another machine's state, to change freely)."""
    shutil.copytree(folder, to)
    return to


def state(folder: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables an import, a pairing or an export may change."""
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    try:
        with vault.session() as s:
            return {
                table: [tuple(r) for r in s.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]
                for table in (
                    "consolidation_key",
                    "consolidation_peer",
                    "received_bundle",
                    "release",
                    "audit_event",
                )
            }
    finally:
        vault.lock()
