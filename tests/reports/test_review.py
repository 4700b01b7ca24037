"""The yearly review: each action's figures, and decisions that never contradict renewals.

The programme of tests/reports/conftest.py (year 2025) is known by heart: its figures
below are counted by hand from the module docstring there.
"""

from __future__ import annotations

import pytest

from tests.reports.conftest import Programme
from vpi_groups.programme import records as programme
from vpi_groups.reports import review
from vpi_groups.reports.review import Decision
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import ReviewStatus
from vpi_groups.validation import (
    InvalidValueError,
    NotApplicableError,
    RequiredError,
    ReviewMismatchError,
)


def _line(vault: vaults.Vault, action_id: int, year: int = 2025) -> review.ReviewLine:
    with vault.session() as s:
        return next(x for x in review.year_review(s, year) if x.action.id == action_id)


def test_a_talk_group_action_shows_its_year_as_the_report_counts_it(
    vault: vaults.Vault, known: Programme
) -> None:
    line = _line(vault, known.talk_action)
    # Mardi: 4 dates, 25 March cancelled, 4 March marked held, 11 and 18 with registers;
    # Jeudi: 27 March, 3 April with registers, 10 April headcount: 6 held, 1 cancelled
    assert line.figures["sessions-held"] == 6
    assert line.figures["sessions-cancelled"] == 1
    # present lines: 2 + 2 + 3 (Mardi) + 3 + 1 (Jeudi) + headcount 4 = 15
    assert line.figures["attendances"] == 15
    assert line.figures["participants"] == 5
    assert line.decision is Decision.PENDING


def test_the_training_shows_its_hours_and_trained_professionals(
    vault: vaults.Vault, known: Programme
) -> None:
    line = _line(vault, known.training_action)
    assert line.figures["sessions-held"] == 1  # 15 April, headcount recorded
    assert str(line.figures["training-hours"]) == "3.0"
    assert line.figures["professionals-trained"] == 15  # typed: social 12, santé 3


def test_renew_with_changes_stop_and_their_rules(vault: vaults.Vault, known: Programme) -> None:
    with vault.session() as s:
        with pytest.raises(InvalidValueError, match="changes-unsaid"):  # say which
            programme.renew_action(s, known.talk_action, changed=True)
        renewal = programme.renew_action(
            s, known.talk_action, changed=True, reason="Un groupe de plus le samedi"
        )
    line = _line(vault, known.talk_action)
    assert line.decision is Decision.CHANGE
    assert line.renewal_id == renewal.id
    assert line.action.spec.review_reason == "Un groupe de plus le samedi"
    with vault.session() as s:
        # "renewed" without the renewal, or another status while it exists: refused
        with pytest.raises(ReviewMismatchError):
            programme.review_action(s, known.talk_action, ReviewStatus.NOT_RENEWED, "fin")
        with pytest.raises(ReviewMismatchError):
            programme.review_action(s, known.training_action, ReviewStatus.RENEWED)
        with pytest.raises(RequiredError):
            programme.review_action(s, known.training_action, ReviewStatus.NOT_RENEWED)
        with pytest.raises(NotApplicableError):
            programme.review_action(
                s, known.training_action, ReviewStatus.RUNNING, "en cours", changed=False
            )
        with pytest.raises(NotApplicableError):  # "with changes" is a renewal
            programme.review_action(
                s, known.training_action, ReviewStatus.NOT_RENEWED, "fin", changed=True
            )
        programme.review_action(
            s, known.training_action, ReviewStatus.NOT_RENEWED, "Plus de formatrice"
        )
        # undoing the renewal gives the review back, and forgets "with changes"
        programme.cancel_renewal(s, known.talk_action, renewal.id, ReviewStatus.RUNNING)
    assert _line(vault, known.training_action).decision is Decision.STOP
    undone = _line(vault, known.talk_action)
    assert undone.decision is Decision.PENDING
    assert undone.renewal_id is None
    assert undone.action.spec.review_reason is None


def test_the_screen_and_the_report_agree_on_renewals(vault: vaults.Vault, known: Programme) -> None:
    from vpi_groups.reports import indicators as reports

    with vault.session() as s:
        programme.renew_action(s, known.talk_action)
        lines = review.year_review(s, 2025)
        next_year = reports.build_report(s, reports.PeriodSpec.year(2026), k=3)
    renewed_on_screen = sum(1 for x in lines if x.decision in (Decision.RENEW, Decision.CHANGE))
    table = next(t for t in next_year.tables if t.id == "actions-by-axis")
    assert table.column_totals is not None
    assert table.column_totals[1].exact == renewed_on_screen == 1
