"""The organisation's name in calendars for partners: their description, never at the busy level.

Read back with two parsers (vobject, and the plain content-line reader of the tests),
not with the library that wrote the file.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import vobject

from tests.calendar.programmes import NOW, Programme, build
from tests.calendar.readers import components, unescape
from vpi_groups import vault_settings
from vpi_groups.calendar import ics as ce
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Setting

NAME = "Atelier VIF de Villeneuve, CCAS ; Centre social « Les Tilleuls »"  # , and ; escaped


@pytest.fixture
def made(vault: vaults.Vault) -> Programme:
    return build(vault)


@pytest.fixture
def named(vault: vaults.Vault) -> Iterator[None]:
    """The shared vault with the organisation's name set, unset again afterwards."""
    with vault.session() as s:
        vault_settings.save_organisation(s, NAME)
    yield
    with vault.session() as s:
        row = s.get(Setting, vault_settings.ORGANISATION)
        if row is not None:
            s.delete(row)


def descriptions(data: bytes) -> dict[str, list[str]]:
    """The calendar's own DESCRIPTION and X-WR-CALDESC, as the content lines say them."""
    calendar = components(data)
    assert calendar.name == "VCALENDAR"
    return {
        name: [unescape(p.value) for p in calendar.all(name)]
        for name in ("DESCRIPTION", "X-WR-CALDESC")
    }


@pytest.mark.usefixtures("named")
def test_partner_calendars_carry_the_name(vault: vaults.Vault, made: Programme) -> None:
    with vault.session() as s:
        one = ce.export_calendar(s, ce.ExportOptions(), now=NOW)
        per_group = ce.export_per_group(s, ce.ExportOptions(), now=NOW)
    assert descriptions(one) == {"DESCRIPTION": [NAME], "X-WR-CALDESC": [NAME]}
    parsed = vobject.readOne(one.decode("utf-8"))
    assert parsed.description.value == NAME
    assert len(per_group) >= 2
    for data in per_group.values():
        assert descriptions(data) == {"DESCRIPTION": [NAME], "X-WR-CALDESC": [NAME]}


@pytest.mark.usefixtures("named")
def test_busy_calendars_never_name_the_organisation(vault: vaults.Vault, made: Programme) -> None:
    """A name about domestic violence would say what the "busy" events are."""
    busy = ce.ExportOptions(privacy=ce.Privacy.BUSY)
    with vault.session() as s:
        files = [
            ce.export_calendar(s, busy, now=NOW),
            *ce.export_per_group(s, busy, now=NOW).values(),
        ]
    for data in files:
        assert descriptions(data) == {"DESCRIPTION": [], "X-WR-CALDESC": []}
        assert "Villeneuve" not in data.decode("utf-8")


def test_unset_no_description_is_written(vault: vaults.Vault, made: Programme) -> None:
    with vault.session() as s:
        assert vault_settings.organisation(s) == ""
        data = ce.export_calendar(s, ce.ExportOptions(), now=NOW)
    assert descriptions(data) == {"DESCRIPTION": [], "X-WR-CALDESC": []}
