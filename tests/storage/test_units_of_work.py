"""Units of work reuse the vault's keyed connections, with their settings and durability.

Keying a connection and running its pragmas costs, and a connection whose page cache
is cold reads and decrypts again what the last unit wrote: units of work take a
pooled connection, the one used last, and never open one of their own.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, func, select

from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Room


def _add_room(vault: vaults.Vault, name: str) -> None:
    with vault.session() as s:
        s.add(Room(name=name))


def test_units_of_work_reuse_one_keyed_connection(created: tuple[vaults.Vault, str]) -> None:
    vault, _recovery = created
    opened: list[Any] = []
    event.listen(vault.engine, "connect", lambda dbapi, _record: opened.append(dbapi))
    for number in range(20):
        _add_room(vault, f"Salle {number}")
    assert len(opened) <= 1
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Room)) == 20
        connection = s.connection()
        # the settings of every connection hold on the reused one
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


def test_the_connection_used_last_serves_the_next_unit(
    created: tuple[vaults.Vault, str],
) -> None:
    vault, _recovery = created
    with vault.session() as outer, vault.session() as inner:  # two pooled connections
        outer.connection()
        inner.connection()
    used: list[Any] = []
    event.listen(vault.engine, "checkout", lambda dbapi, _record, _proxy: used.append(dbapi))
    for number in range(4):
        _add_room(vault, f"Salle {number}")
    assert len(set(map(id, used))) == 1
    assert vault.engine.pool.checkedin() == 2  # type: ignore[attr-defined]


def test_a_unit_after_a_failed_one_starts_clean(created: tuple[vaults.Vault, str]) -> None:
    vault, _recovery = created
    _add_room(vault, "Salle A")
    try:
        with vault.session() as s:
            s.add(Room(name="Salle B"))
            s.flush()
            raise RuntimeError("the user's work failed")
    except RuntimeError:
        pass
    _add_room(vault, "Salle C")
    with vault.session() as s:
        assert sorted(s.scalars(select(Room.name))) == ["Salle A", "Salle C"]
