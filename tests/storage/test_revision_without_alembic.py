"""An up-to-date vault opens without importing Alembic; the revision read agrees with it.

The unlock compares the database's revision with the newest one shipped. Both are known
without Alembic (its import took 125 ms on the unlock's path, on the worker thread the
window's first page also needs): the revision is read from Alembic's own table and the
newest one is the constant ``migrate.HEAD``. These tests hold that constant to the
scripts, the revision read to Alembic's, and the unlock to not importing Alembic.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from tests.storage.conftest import PASSPHRASE
from vpi_groups.storage import migrate
from vpi_groups.storage import vault as vaults

# A fresh interpreter opens the vault and says which Alembic modules it imported.
CHILD = """
import json, sys
from vpi_groups.storage import migrate, vault
with vault.unlock(__import__("pathlib").Path(sys.argv[1]), passphrase=sys.argv[2]) as v:
    revision = migrate.current_revision(v.engine)
print(json.dumps({
    "revision": revision,
    "alembic": sorted(m for m in sys.modules if m == "alembic" or m.startswith("alembic.")),
}))
"""


def _open_in_child(folder: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), PASSPHRASE],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _alembic_revision(engine: sa.Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def test_head_is_the_newest_script() -> None:
    config = migrate._config()
    assert ScriptDirectory.from_config(config).get_current_head() == migrate.HEAD
    assert migrate.head_revision() == migrate.HEAD == migrate.scripts_head()


def test_the_revision_read_is_alembics(vault_dir: Path, tmp_path: Path) -> None:
    vault, _ = vaults.create(vault_dir, PASSPHRASE)
    try:
        assert migrate.current_revision(vault.engine) == _alembic_revision(vault.engine)
        assert migrate.current_revision(vault.engine) == migrate.HEAD
        migrate.downgrade(vault.engine, "0017_working_group")
        assert migrate.current_revision(vault.engine) == "0017_working_group"
        assert _alembic_revision(vault.engine) == "0017_working_group"
    finally:
        vault.lock()
    bare = sa.create_engine(f"sqlite:///{tmp_path / 'bare.db'}")
    try:  # no version table: None, as Alembic says
        assert migrate.current_revision(bare) is None
        assert _alembic_revision(bare) is None
        with bare.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32))")
        assert migrate.current_revision(bare) is None  # empty table: no revision
        assert _alembic_revision(bare) is None
    finally:
        bare.dispose()


def test_an_up_to_date_vault_opens_without_alembic(vault_dir: Path) -> None:
    vaults.create(vault_dir, PASSPHRASE)[0].lock()
    opened = _open_in_child(vault_dir)
    assert opened == {"revision": migrate.HEAD, "alembic": []}


def test_the_child_sees_alembic_when_a_migration_is_due(vault_dir: Path) -> None:
    """The check above can fail: an older vault is migrated, and Alembic is imported."""
    vault, _ = vaults.create(vault_dir, PASSPHRASE)
    try:
        migrate.downgrade(vault.engine, "0018_partnership_funding")
    finally:
        vault.lock()
    opened = _open_in_child(vault_dir)
    assert opened["revision"] == migrate.HEAD  # migrated at the unlock
    assert "alembic.runtime.migration" in list(opened["alembic"])  # type: ignore[call-overload]
