"""Migration 0006_codes: the sectors' French codes become English, every link kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import exc, text

from tests.scheduling.conftest import PASSPHRASE, make_directory, weekly
from vpi_groups.scheduling import records, series
from vpi_groups.storage import migrate
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.errors import VaultDamagedError
from vpi_groups.storage.models import Facilitator, Organisation, Sector


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[vaults.Vault]:
    vault, _recovery = vaults.create(tmp_path / "vault", PASSPHRASE, kdf_seconds=0)
    yield vault
    vault.lock()


def scalar(vault: vaults.Vault, sql: str) -> object:
    with vault.engine.connect() as conn:
        return conn.execute(text(sql)).scalar_one()


def test_old_codes_are_recoded_and_every_reference_kept(fresh: vaults.Vault) -> None:
    directory = make_directory(fresh)
    with fresh.session() as s:
        group = series.create_group(
            s, records.GroupSpec("Mardis", directory.action, directory.facilitators[:3], weekly())
        ).group
    links = scalar(fresh, "SELECT count(*) FROM group_facilitator")
    sessions = scalar(fresh, "SELECT count(*) FROM session_facilitator")
    migrate.downgrade(fresh.engine, "0005_vault_meta")
    # Chloé (health) is stored as 'sante' again; write the other French codes as a
    # vault of the first versions would hold them.
    assert scalar(fresh, "SELECT sector FROM facilitator WHERE name = 'Chloé'") == "sante"
    with fresh.engine.begin() as conn:
        conn.execute(text("INSERT INTO organisation (name, sector) VALUES ('CIDFF', 'associatif')"))
        conn.execute(
            text("INSERT INTO organisation (name, sector) VALUES ('Mairie', 'collectivite')")
        )
        conn.execute(
            text(
                "UPDATE facilitator SET organisation_id = (SELECT id FROM organisation "
                "WHERE name = 'CIDFF') WHERE name = 'Awa'"
            )
        )
        conn.execute(
            text(
                "INSERT INTO action_trained (action_id, sector, trained) "
                f"VALUES ({directory.training}, 'sante', 12)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO draft (key, saved_at, payload) VALUES "
                "('organisation:new', '2026-12-03 10:00:00', '{\"sector\": \"autre\"}')"
            )
        )
        with pytest.raises(exc.IntegrityError):  # the old constraint refused the new codes
            conn.execute(text("INSERT INTO organisation (name, sector) VALUES ('X', 'health')"))

    migrate.upgrade(fresh.engine)

    assert migrate.current_revision(fresh.engine) == migrate.head_revision()
    with fresh.session() as s:
        sectors = {o.name: o.sector for o in s.query(Organisation)}
        chloe = s.query(Facilitator).filter_by(name="Chloé").one()
        awa = s.query(Facilitator).filter_by(name="Awa").one()
        assert sectors == {"CIDFF": Sector.ASSOCIATION, "Mairie": Sector.LOCAL_AUTHORITY}
        assert chloe.sector is Sector.HEALTH
        assert awa.organisation_id is not None
        assert len(records.list_sessions(s, group_id=group.id)) > 0
    assert scalar(fresh, "SELECT sector FROM action_trained") == "health"
    # A draft's text is left as typed (a role "autre" stays "autre").
    assert scalar(fresh, "SELECT payload FROM draft") == '{"sector": "autre"}'
    assert scalar(fresh, "SELECT count(*) FROM group_facilitator") == links
    assert scalar(fresh, "SELECT count(*) FROM session_facilitator") == sessions
    assert scalar(fresh, "PRAGMA foreign_keys") == 1
    with fresh.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []
    with pytest.raises(exc.IntegrityError), fresh.engine.begin() as conn:
        conn.execute(text("INSERT INTO organisation (name, sector) VALUES ('Y', 'sante')"))


def test_a_migration_that_breaks_a_reference_is_rolled_back(fresh: vaults.Vault) -> None:
    make_directory(fresh)
    migrate.downgrade(fresh.engine, "0005_vault_meta")
    with fresh.engine.connect() as conn:
        conn.execute(text("PRAGMA foreign_keys = OFF"))
        conn.execute(text("UPDATE facilitator SET organisation_id = 999 WHERE name = 'Awa'"))
        conn.commit()
        conn.execute(text("PRAGMA foreign_keys = ON"))
    with pytest.raises(migrate.ForeignKeyBrokenError):
        migrate.upgrade(fresh.engine)
    assert migrate.current_revision(fresh.engine) == "0005_vault_meta"
    assert scalar(fresh, "SELECT sector FROM facilitator WHERE name = 'Chloé'") == "sante"
    assert scalar(fresh, "PRAGMA foreign_keys") == 1
    # Unlocking says the vault is damaged (not "unexpected error"), and changes nothing.
    folder = fresh.folder
    fresh.lock()
    with pytest.raises(VaultDamagedError, match="refer to nothing"):
        vaults.unlock(folder, passphrase=PASSPHRASE)


def test_an_unknown_code_is_refused_before_sql(fresh: vaults.Vault) -> None:
    with fresh.session() as s:
        s.add(Organisation(name="Z", sector="sante"))
        with pytest.raises(exc.StatementError, match="sante"):
            s.flush()
        s.rollback()
