"""The demo vault: a throw-away vault in a temporary folder, deleted on exit."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from vpi_groups import vault_settings
from vpi_groups.demo import data as demo_data
from vpi_groups.storage import vault as vaults

DEMO_PASSPHRASE = "démo"
DEMO_ORGANISATION = "Atelier technique VIF de Villeneuve (démonstration)"
"""The invented programme's organisation, printed at the top of the demo's reports."""


@contextmanager
def demo_vault(*, populated: bool = True, seed: int = 2026) -> Iterator[vaults.Vault]:
    """Create and open a temporary demo vault; lock and delete it afterwards.

    Its passphrase is :data:`DEMO_PASSPHRASE`, shown in the window so that locking
    can be tried. Key derivation uses the minimum parameters so the demo opens at once.
    ``populated`` fills it with three years of an invented programme, run by
    :data:`DEMO_ORGANISATION`.
    """
    folder = Path(tempfile.mkdtemp(prefix="vpi-groups-demo-"))
    try:
        vault, _recovery = vaults.create(folder / "vault", DEMO_PASSPHRASE, kdf_seconds=0)
        try:
            if populated:
                with vault.session() as session:
                    demo_data.populate(session, years=3, seed=seed)
                    vault_settings.save_organisation(session, DEMO_ORGANISATION)
            yield vault
        finally:
            vault.lock()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
