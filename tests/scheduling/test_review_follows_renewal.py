"""An action is "renewed" exactly when next year's action continues it.

The review screen showed the stored status and the report counted the renewal links:
"Reconduite" could sit beside a report counting 0 renewed actions.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from vpi_groups import error_messages
from vpi_groups.demo import data as demo_data
from vpi_groups.programme import records as p
from vpi_groups.reports import indicators as reports
from vpi_groups.reports.periods import PeriodSpec
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import ActionKind, ReviewStatus
from vpi_groups.validation import ReviewMismatchError

TRAINING = p.ActionSpec("Formation repérage", ActionKind.TRAINING, 2026)


def test_renewed_cannot_be_chosen_without_next_years_action(vault: vaults.Vault) -> None:
    with vault.session() as s:
        action = p.create_action(s, TRAINING)
    for attempt in (
        lambda s: p.review_action(s, action.id, ReviewStatus.RENEWED),
        lambda s: p.create_action(
            s, dataclasses.replace(TRAINING, review_status=ReviewStatus.RENEWED)
        ),
    ):
        with pytest.raises(ReviewMismatchError) as refused, vault.session() as s:
            attempt(s)
        assert refused.value.reason == "no-renewal"
        assert error_messages.describe(refused.value, "fr") == (
            "Une action est reconduite quand l'action de l'année suivante existe : utilisez "
            "« Reconduire l'année suivante »."
        )
    with vault.session() as s:
        assert p.get_action(s, action.id).spec.review_status is ReviewStatus.PROPOSED


def test_a_renewed_action_keeps_its_status_until_the_renewal_is_cancelled(
    vault: vaults.Vault,
) -> None:
    with vault.session() as s:
        action = p.create_action(s, TRAINING)
        p.review_action(s, action.id, ReviewStatus.RUNNING)
        renewal = p.renew_action(s, action.id)
        assert p.get_action(s, action.id).spec.review_status is ReviewStatus.RENEWED
    with pytest.raises(ReviewMismatchError) as refused, vault.session() as s:
        p.review_action(s, action.id, ReviewStatus.NOT_RENEWED, "Fin du financement")
    assert refused.value.reason == "renewed"
    with vault.session() as s:
        restored = p.cancel_renewal(s, action.id, renewal.id, ReviewStatus.RUNNING)
    assert restored.spec.review_status is ReviewStatus.RUNNING
    with vault.session() as s:  # and now another status may be chosen
        p.review_action(s, action.id, ReviewStatus.NOT_RENEWED, "Fin du financement")


def test_a_link_made_or_undone_in_the_editor_moves_the_earlier_actions_status(
    vault: vaults.Vault,
) -> None:
    with vault.session() as s:
        first = p.create_action(
            s, dataclasses.replace(TRAINING, review_status=ReviewStatus.RUNNING)
        )
        later = p.create_action(s, dataclasses.replace(TRAINING, year=2027))
        assert p.get_action(s, first.id).spec.review_status is ReviewStatus.RUNNING
        p.update_action(s, later.id, dataclasses.replace(later.spec, previous_action_id=first.id))
        assert p.get_action(s, first.id).spec.review_status is ReviewStatus.RENEWED
        p.update_action(s, later.id, dataclasses.replace(later.spec, previous_action_id=None))
        assert p.get_action(s, first.id).spec.review_status is ReviewStatus.RUNNING


def test_the_demo_reports_as_many_renewed_actions_as_its_review_shows(
    vault: vaults.Vault,
) -> None:
    """The demo marked every past action renewed, and its report counted none."""
    with vault.session() as s:
        demo_data.populate(s, years=3, seed=7, today=dt.date(2026, 10, 1))
        for year in (2025, 2026):
            shown_renewed = sum(
                1
                for a in p.list_actions(s, year=year - 1)
                if a.spec.review_status is ReviewStatus.RENEWED
            )
            report = reports.build_report(s, PeriodSpec.year(year), breakdowns=[], k=3)
            table = report.table("actions-by-axis")
            column = [c.key for c in table.columns].index("renewed")
            assert table.column_totals is not None
            counted = table.column_totals[column].published
            assert shown_renewed > 0
            assert counted == shown_renewed, year
