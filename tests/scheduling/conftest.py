"""Fixtures for the programme and scheduling tests: one vault, emptied around each test.

Creating a vault derives two Argon2id keys (about 0.6 s here even at the minimum
parameters), so these tests share one vault and start from empty programme tables
instead of creating a vault each: the services only see a clean vault either way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import delete

from vpi_groups.programme import records as programme
from vpi_groups.scheduling.recurrence import Closure, Recurrence
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import (
    ActionKind,
    Base,
    Frequency,
    HolidayCalendar,
    Sector,
    Setting,
)

PASSPHRASE = "un jardin sous la pluie 1984"


def empty_programme(vault: vaults.Vault) -> None:
    """Delete every programme record (children first); the settings stay."""
    with vault.session() as s:
        for table in reversed(Base.metadata.sorted_tables):
            if table is not Setting.__table__:
                s.execute(delete(table))


@pytest.fixture(scope="session")
def shared_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[vaults.Vault]:
    """One open vault for the whole run (locked at the end)."""
    folder: Path = tmp_path_factory.mktemp("programme") / "vault"
    vault, _recovery = vaults.create(folder, PASSPHRASE, kdf_seconds=0)
    yield vault
    vault.lock()


@pytest.fixture
def vault(shared_vault: vaults.Vault) -> Iterator[vaults.Vault]:
    """The shared vault with no programme records, emptied again afterwards.

    The settings a test changes (the organisation's name, the organiser's address...)
    are put back too: a later test, in whatever order a worker runs them, sees the
    vault as it was made.
    """
    with shared_vault.session() as s:
        settings = {row.key: row.value for row in s.query(Setting)}
    empty_programme(shared_vault)
    yield shared_vault
    empty_programme(shared_vault)
    with shared_vault.session() as s:
        s.execute(delete(Setting))
        s.add_all(Setting(key=key, value=value) for key, value in settings.items())


@dataclass(frozen=True)
class Directory:
    """Ids of a small programme: a talk-group action, four facilitators, two rooms."""

    action: int
    training: int
    facilitators: tuple[int, int, int, int]
    room: int
    small_room: int


def make_directory(vault: vaults.Vault) -> Directory:
    """Create the small programme of :class:`Directory` in its own unit of work."""
    with vault.session() as s:
        action = programme.create_action(
            s, programme.ActionSpec("Groupe de parole", ActionKind.TALK_GROUP, 2026)
        )
        training = programme.create_action(
            s, programme.ActionSpec("Formation", ActionKind.TRAINING, 2026)
        )
        people = tuple(
            programme.create_facilitator(s, programme.FacilitatorSpec(name, sector)).id
            for name, sector in (
                ("Awa", Sector.SOCIAL),
                ("Bruno", Sector.JUSTICE),
                ("Chloé", Sector.HEALTH),
                ("Driss", Sector.EDUCATION),
            )
        )
        room = programme.create_room(s, programme.RoomSpec("Salle Jaurès", capacity=12))
        small = programme.create_room(s, programme.RoomSpec("Bureau 2", capacity=4))
    assert len(people) == 4
    return Directory(
        action.id, training.id, (people[0], people[1], people[2], people[3]), room.id, small.id
    )


@pytest.fixture
def directory(vault: vaults.Vault) -> Directory:
    """A small programme in a clean vault."""
    return make_directory(vault)


def weekly(
    start: dt.date = dt.date(2026, 3, 2),
    *,
    weekday: int = 1,
    at: dt.time = dt.time(18, 0),
    minutes: int = 90,
    count: int | None = 10,
    end: dt.date | None = None,
    interval: int = 1,
    holidays: HolidayCalendar = HolidayCalendar.NONE,
    closures: tuple[Closure, ...] = (),
) -> Recurrence:
    """A weekly rule (Tuesdays at 18:00 for 10 sessions unless told otherwise)."""
    return Recurrence(
        Frequency.WEEKLY,
        weekday,
        start,
        at,
        minutes,
        end_date=end,
        count=None if end is not None else count,
        interval=interval,
        holidays=holidays,
        closures=closures,
    )
