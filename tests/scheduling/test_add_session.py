"""add_session: one target only, and what the adder is told."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from tests.attendance.conftest import make_group
from tests.scheduling.conftest import Directory
from vpi_groups import error_messages, session_edits, validation
from vpi_groups.storage import vault as vaults

PARIS = ZoneInfo("Europe/Paris")
START = dt.datetime(2026, 4, 10, 10, 0, tzinfo=PARIS)
END = dt.datetime(2026, 4, 10, 11, 0, tzinfo=PARIS)


def test_both_or_neither_target_is_refused_in_plain_words(
    vault: vaults.Vault, directory: Directory
) -> None:
    group = make_group(vault, directory, count=2)
    with vault.session() as s:
        for group_id, action_id in ((None, None), (group.group_id, directory.training)):
            with pytest.raises(validation.RequiredError) as refused:
                session_edits.add_session(
                    s, start=START, end=END, group_id=group_id, action_id=action_id
                )
            assert error_messages.describe(refused.value, "fr") == (
                "Choisissez soit un groupe de parole, soit une action d'un autre type."
            )


def test_a_session_of_an_action_without_overlap_says_nothing_more(
    vault: vaults.Vault, directory: Directory
) -> None:
    with vault.session() as s:
        added = session_edits.add_session(
            s, start=START, end=END, action_id=directory.training, room_id=directory.room
        )
        assert added.overlaps == ()
        assert added.outside_year is None
        assert added.info.room_id == directory.room
        assert added.info.facilitator_ids == ()
        # the same room at the same time: the second one is told about the first
        again = session_edits.add_session(
            s, start=START, end=END, action_id=directory.training, room_id=directory.room
        )
    assert [(o.session_id, o.resource_name) for o in again.overlaps] == [
        (added.info.id, "Salle Jaurès")
    ]
