"""The yearly review's table: each action of a year, its figures in words, its decision.

The figures are those of :func:`vpi_groups.reports.review.year_review`, read before
protection (the screen stays on this computer); they are written on one line, in the
order :data:`vpi_groups.reports.review.FIGURES` gives ("38 séances réalisées · 206
présences · 31 participant·es").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale

from vpi_groups.reports.review import FIGURES, Decision, Number, ReviewLine
from vpi_groups.storage.models import ActionKind
from vpi_groups.ui.models.labels import kind_label, kind_order
from vpi_groups.ui.models.table import Row, RowTableModel

DECISION_ORDER = (Decision.PENDING, Decision.RENEW, Decision.CHANGE, Decision.STOP)
"""The decisions in the order the screen offers them."""

SEPARATOR = " · "
"""Between two figures of one line."""


def number_text(value: Number) -> str:
    """A figure as the interface language writes numbers (``1 234``, ``2,5``)."""
    if isinstance(value, Decimal) and value != value.to_integral_value():
        return QLocale().toString(float(value), "f", 1)
    return QLocale().toString(int(value))


def _first(figures: Mapping[str, Number]) -> Number | None:
    """The first figure (sessions or meetings held): what the figures column sorts by."""
    return next(iter(figures.values()), None)


class ReviewModel(RowTableModel):
    """The actions of one year: action, axis, figures, decision, reason."""

    ACTION, AXIS, FIGURES, DECISION, REASON = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: dict[int, ReviewLine] = {}

    def headers(self) -> tuple[str, ...]:
        """Column titles."""
        return (
            self.tr("Action"),
            self.tr("Axis"),
            self.tr("Figures of the year"),
            self.tr("Decision"),
            self.tr("Reason"),
        )

    def decision_label(self, decision: Decision) -> str:
        """The words of a decision, as the table shows it."""
        return {
            Decision.PENDING: self.tr("To be decided"),
            Decision.RENEW: self.tr("Renewed"),
            Decision.CHANGE: self.tr("Renewed with changes"),
            Decision.STOP: self.tr("Stopped"),
        }[Decision(decision)]

    def figures_text(self, kind: ActionKind, figures: Mapping[str, Number]) -> str:
        """An action's figures in words, on one line, in the order of its kind."""
        parts = []
        for key in FIGURES.get(ActionKind(kind), tuple(figures)):
            value = figures.get(key)
            if value is None or (key == "sessions-cancelled" and not value):
                continue  # no cancelled session: nothing to say
            parts.append(self._figure(key, value))
        return SEPARATOR.join(parts)

    def _figure(self, key: str, value: Number) -> str:
        n = int(value)
        words = {
            "sessions-held": lambda: self.tr("%Ln session(s) held", "", n),
            "sessions-cancelled": lambda: self.tr("%Ln cancelled", "", n),
            "attendances": lambda: self.tr("%Ln attendance(s)", "", n),
            "participants": lambda: self.tr("%Ln participant(s)", "", n),
            "training-hours": lambda: self.tr("%1 h of training"),
            "professionals-trained": lambda: self.tr("%Ln professional(s) trained", "", n),
            "supports": lambda: self.tr("%Ln support(s)", "", n),
            "reach": lambda: self.tr("%Ln people reached (estimate)", "", n),
            "orientations": lambda: self.tr("%Ln orientation(s) adopted", "", n),
            "meetings-held": lambda: self.tr("%Ln meeting(s) held", "", n),
            "members": lambda: self.tr("%Ln member(s)", "", n),
            "present": lambda: self.tr("%Ln attendance(s) at meetings", "", n),
            "decisions": lambda: self.tr("%Ln decision(s)", "", n),
        }
        said = words.get(key)
        if said is None:
            return f"{key}: {number_text(value)}"
        # %Ln: the number as the interface language writes it (1 234)
        return said().replace("%1", number_text(value))

    def set_lines(self, lines: Iterable[ReviewLine]) -> None:
        """Show these actions (one row each, by action id)."""
        rows = []
        self._lines = {}
        for line in lines:
            spec = line.action.spec
            self._lines[line.action.id] = line
            decision = self.decision_label(line.decision)
            reason = spec.review_reason or ""
            rows.append(
                Row(
                    (
                        spec.title,
                        kind_label(spec.kind),
                        self.figures_text(spec.kind, line.figures),
                        decision,
                        reason,
                    ),
                    (
                        spec.title.casefold(),
                        (kind_order(spec.kind), spec.title.casefold()),
                        _first(line.figures),
                        DECISION_ORDER.index(line.decision),
                        reason.casefold(),
                    ),
                    line.action.id,
                )
            )
        self.set_rows(rows)

    def line(self, action_id: int | None) -> ReviewLine | None:
        """The review line of one action shown, if any."""
        return None if action_id is None else self._lines.get(action_id)

    def clear(self) -> None:
        """Drop every row."""
        self._lines = {}
        super().clear()
