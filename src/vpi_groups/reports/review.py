"""The yearly review: each action of a year, its figures, and the decision taken on it.

Before the plenary day the coordinator prepares, for every action of the year, its
figures and a proposed decision; at the plenary the decision is taken: renew as it
was, renew with changes (saying what changes), or stop (saying why). Renewing creates
next year's action, linked to this one: the link and the status are one fact
(:mod:`vpi_groups.programme.records`), so the screen can never say "renewed" while
the report counts no renewal.

The figures are those of the year's report, read before protection: this screen is
for the people who run the programme, on their own machine, and is never exported.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sqlalchemy.orm import Session

from vpi_groups.programme import records as programme
from vpi_groups.reports.indicators import Breakdown, PeriodSpec, Report, Table, build_report
from vpi_groups.scheduling import professionals
from vpi_groups.storage.models import ActionKind, PeriodKind, ReviewStatus

__all__ = ["Decision", "ReviewLine", "decision_of", "year_review"]

Number = int | Decimal


class Decision(StrEnum):
    """The yearly review's decision on an action, as the plenary day takes it."""

    PENDING = "pending"  # not taken yet (proposed or running)
    RENEW = "renew"  # renewed as it was
    CHANGE = "change"  # renewed with changes (the reason says which)
    STOP = "stop"  # not renewed (the reason says why)


def decision_of(spec: programme.ActionSpec) -> Decision:
    """The decision an action's review status stands for."""
    status = ReviewStatus(spec.review_status)
    if status is ReviewStatus.RENEWED:
        return Decision.CHANGE if spec.review_changed else Decision.RENEW
    if status is ReviewStatus.NOT_RENEWED:
        return Decision.STOP
    return Decision.PENDING


@dataclass(frozen=True)
class ReviewLine:
    """One action of the year under review.

    Attributes:
        action: the action as stored (its review status, reason, "with changes").
        decision: what its status stands for.
        renewal_id: next year's action continuing it, if any.
        figures: its figures for the year, by key (see :data:`FIGURES`), in order.
    """

    action: programme.ActionInfo
    decision: Decision
    renewal_id: int | None
    figures: Mapping[str, Number]


# Which figures each kind of action shows, in order (keys of ReviewLine.figures).
FIGURES: Mapping[ActionKind, tuple[str, ...]] = {
    ActionKind.TALK_GROUP: ("sessions-held", "sessions-cancelled", "attendances", "participants"),
    ActionKind.TRAINING: ("sessions-held", "training-hours", "professionals-trained"),
    ActionKind.PUBLIC_ACTION: ("sessions-held", "supports", "reach"),
    ActionKind.PLENARY: ("sessions-held", "orientations"),
    ActionKind.WORKING_GROUP: ("meetings-held", "members", "present", "decisions"),
}


def _rows(report: Report, table_id: str) -> dict[str, Sequence[Number | None]]:
    """A table's rows by key: their exact values (before protection), whole period."""
    table: Table | None = next((t for t in report.tables if t.id == table_id), None)
    if table is None:
        return {}
    return {
        label.key: [cell.exact for cell in row]
        for label, row in zip(table.rows, table.cells, strict=True)
    }


def year_review(session: Session, year: int) -> tuple[ReviewLine, ...]:
    """Every action of ``year`` with its figures and decision, in the programme's order."""
    actions = programme.list_actions(session, year=year)
    report = build_report(
        session,
        PeriodSpec.year(year, by=PeriodKind.YEAR),
        breakdowns=(Breakdown.ACTION,),
    )
    sessions = _rows(report, "sessions-by-action")
    attendances = _rows(report, "attendances-by-action")
    participants = _rows(report, "participants-by-action")
    hours = _rows(report, "training-hours-by-action")
    groups = _rows(report, "working-groups-by-action")
    trainings = {a.id: year for a in actions if a.spec.kind is ActionKind.TRAINING}
    trained = professionals.trained_by_sector(session, trainings) if trainings else {}
    renewals = {
        a.spec.previous_action_id: a.id
        for a in programme.list_actions(session, year=year + 1)
        if a.spec.previous_action_id is not None
    }
    out = []
    for action in actions:
        spec = action.spec
        key = str(action.id)
        figures: dict[str, Number] = {}

        def first(rows: Mapping[str, Sequence[Number | None]], column: int = 0) -> Number:
            found = rows.get(key)  # noqa: B023 - read at once, in this iteration
            value = None if found is None else found[column]
            return 0 if value is None else value

        held = first(sessions, 0)
        kind = ActionKind(spec.kind)
        if kind is ActionKind.TALK_GROUP:
            figures = {
                "sessions-held": held,
                "sessions-cancelled": first(sessions, 1),
                "attendances": first(attendances),
                "participants": first(participants),
            }
        elif kind is ActionKind.TRAINING:
            typed = sum(spec.trained.values())
            counted = sum(trained.get(action.id, {}).values())
            figures = {
                "sessions-held": held,
                "training-hours": first(hours),
                "professionals-trained": typed + counted,
            }
        elif kind is ActionKind.PUBLIC_ACTION:
            reach = spec.estimated_reach
            if reach is None:
                reach = sum(s.estimated_reach or 0 for s in spec.supports)
            figures = {"sessions-held": held, "supports": len(spec.supports), "reach": reach}
        elif kind is ActionKind.PLENARY:
            figures = {"sessions-held": held, "orientations": len(spec.orientations)}
        else:
            figures = {
                "meetings-held": first(groups, 1),
                "members": len(spec.members),
                "present": first(groups, 2),
                "decisions": first(groups, 3),
            }
        out.append(ReviewLine(action, decision_of(spec), renewals.get(action.id), figures))
    return tuple(out)
