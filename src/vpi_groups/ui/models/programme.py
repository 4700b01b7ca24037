"""Tables of "Groups and actions": actions, talk groups, and a series' preview of dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from vpi_groups.programme.records import ActionInfo
from vpi_groups.scheduling.records import GroupInfo
from vpi_groups.scheduling.recurrence import Expansion, public_holidays, zone
from vpi_groups.storage.models import HolidayCalendar
from vpi_groups.ui.models.labels import (
    body_label,
    frequency_label,
    kind_label,
    kind_order,
    long_date_text,
    review_label,
)
from vpi_groups.ui.models.table import Row, RowTableModel


class ActionModel(RowTableModel):
    """Actions: axis, title, year, yearly review.

    A working group that is a governance body (the CISPD, the steering committee) is
    shown as that body in the axis column, after the other working groups.
    """

    AXIS, TITLE, YEAR, REVIEW = range(4)

    def headers(self) -> tuple[str, ...]:
        """Column titles."""
        return (self.tr("Axis"), self.tr("Action"), self.tr("Year"), self.tr("Yearly review"))

    def set_actions(self, actions: Iterable[ActionInfo]) -> None:
        """Show these actions."""
        rows = []
        for info in actions:
            spec = info.spec
            review = review_label(spec.review_status)
            body = spec.body
            kind = kind_label(spec.kind) if body is None else body_label(body)
            rows.append(
                Row(
                    (kind, spec.title, str(spec.year), review),
                    (
                        (kind_order(spec.kind), body is not None, kind, spec.title.casefold()),
                        spec.title.casefold(),
                        spec.year,
                        review.casefold(),
                    ),
                    info.id,
                )
            )
        self.set_rows(rows)


class GroupModel(RowTableModel):
    """Talk groups of one action: name, open or closed, rhythm, facilitators."""

    NAME, KIND, RHYTHM, FACILITATORS = range(4)

    def headers(self) -> tuple[str, ...]:
        """Column titles."""
        return (self.tr("Group"), self.tr("Type"), self.tr("Rhythm"), self.tr("Facilitators"))

    def set_groups(self, groups: Iterable[GroupInfo], facilitators: Mapping[int, str]) -> None:
        """Show these groups; ``facilitators`` maps ids to names."""
        rows = []
        for info in groups:
            spec = info.spec
            kind = self.tr("Open") if spec.is_open else self.tr("Closed")
            rule = spec.recurrence
            rhythm = frequency_label(rule.frequency)
            if rule.interval > 1:
                rhythm = (
                    self.tr("%1, every %2").replace("%1", rhythm).replace("%2", str(rule.interval))
                )
            names = ", ".join(sorted(facilitators.get(i, "?") for i in spec.facilitator_ids))
            rows.append(
                Row(
                    (spec.name, kind, rhythm, names),
                    (spec.name.casefold(), kind, rhythm, names.casefold()),
                    info.id,
                )
            )
        self.set_rows(rows)


class PreviewModel(RowTableModel):
    """Every date of a series as the recurrence service gives it, skipped ones included."""

    DATE, TIME, WHAT = range(3)

    def headers(self) -> tuple[str, ...]:
        """Column titles."""
        return (self.tr("Date"), self.tr("Time"), self.tr("Session"))

    def set_expansion(self, expansion: Expansion, timezone: str, calendar: HolidayCalendar) -> None:
        """Show the sessions kept and the dates skipped (public holiday or closure)."""
        tz = zone(timezone)
        holidays: set[dt.date] = set()
        for year in {o.local_date.year for o in expansion.occurrences} | {
            s.date().year for s in expansion.skipped
        }:
            holidays.update(public_holidays(calendar, year))
        entries: list[tuple[dt.datetime, dt.datetime | None, str]] = []
        for number, occurrence in enumerate(expansion.occurrences, start=1):
            entries.append(
                (
                    occurrence.start.astimezone(tz),
                    occurrence.end.astimezone(tz),
                    self.tr("Session %1").replace("%1", str(number)),
                )
            )
        for skipped in expansion.skipped:
            reason = (
                self.tr("Skipped: public holiday")
                if skipped.date() in holidays
                else self.tr("Skipped: closure")
            )
            entries.append((skipped.astimezone(tz), None, reason))
        entries.sort(key=lambda e: e[0])
        rows = []
        for index, (start, end, what) in enumerate(entries):
            time = start.strftime("%H:%M")
            if end is not None:
                time += "–" + end.strftime("%H:%M")
            rows.append(
                Row(
                    (long_date_text(start.date()), time, what),
                    (start, time, what),
                    index,
                )
            )
        self.set_rows(rows)
