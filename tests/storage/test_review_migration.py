"""Migration 0010: every earlier vault's review statuses in step with the renewal links."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.storage.conftest import PASSPHRASE
from vpi_groups.programme import records as p
from vpi_groups.storage import migrate
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import ActionKind, ReviewStatus

BEFORE = "0009_referral_unknown"


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[vaults.Vault]:
    vault, _recovery = vaults.create(tmp_path / "vault", PASSPHRASE)
    yield vault
    vault.lock()


def test_contradictions_of_an_earlier_vault_are_put_in_step(fresh: vaults.Vault) -> None:
    migrate.downgrade(fresh.engine, BEFORE)
    # as an earlier version could leave them: "renewed" with nothing continuing it, a
    # continued action still "proposed", and two that already agree
    statuses = {
        "alone-renewed": ("renewed", None),
        "continued-proposed": ("proposed", None),
        "continued-renewed": ("renewed", None),
        "stopped": ("not_renewed", "Fin du financement"),
    }
    with fresh.engine.begin() as conn:
        ids = {}
        for title, (status, reason) in statuses.items():
            ids[title] = conn.execute(
                text(
                    "INSERT INTO action (title, kind, year, review_status, review_reason) "
                    "VALUES (:t, 'training', 2025, :s, :r) RETURNING id"
                ),
                {"t": title, "s": status, "r": reason},
            ).scalar_one()
        for earlier in ("continued-proposed", "continued-renewed"):
            conn.execute(
                text(
                    "INSERT INTO action (title, kind, year, review_status, previous_action_id) "
                    "VALUES (:t, 'training', 2026, 'proposed', :p)"
                ),
                {"t": earlier + " 2026", "p": ids[earlier]},
            )
    migrate.upgrade(fresh.engine)
    assert migrate.current_revision(fresh.engine) == migrate.head_revision()
    with fresh.session() as s:
        found = {a.spec.title: a.spec for a in p.list_actions(s, year=2025)}
    assert found["alone-renewed"].review_status is ReviewStatus.RUNNING
    assert found["continued-proposed"].review_status is ReviewStatus.RENEWED
    assert found["continued-renewed"].review_status is ReviewStatus.RENEWED
    assert found["stopped"].review_status is ReviewStatus.NOT_RENEWED
    assert found["stopped"].review_reason == "Fin du financement"
    assert {spec.kind for spec in found.values()} == {ActionKind.TRAINING}
