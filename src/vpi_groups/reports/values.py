"""A report's values: tables of cells, each published, hidden or unavailable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from vpi_groups.reports.periods import PeriodSpec
from vpi_groups.reports.wording import Label, _label
from vpi_groups.vault_settings import HIDDEN_RANGE_DEFAULT

# ---------------------------------------------------------------- the report's values


class Breakdown(StrEnum):
    """How the rows of a table split a total."""

    AXIS = "axis"
    ACTION = "action"
    GROUP = "group"
    FACILITATOR_SECTOR = "facilitator-sector"
    REFERRAL_SOURCE = "referral-source"
    AGE_BAND = "age-band"
    GENDER = "gender"
    MONTH = "month"


class Indicator(StrEnum):
    """What a table counts (docs/domain.md, "What funders ask for")."""

    ACTIONS = "actions"
    SESSIONS = "sessions"
    ATTENDANCES = "attendances"
    AVERAGE_ATTENDANCE = "average-attendance"
    PARTICIPANTS = "participants"
    NEW_PARTICIPANTS = "new-participants"
    PROFESSIONALS_TRAINED = "professionals-trained"
    TRAINING_HOURS = "training-hours"
    PUBLIC_ACTIONS = "public-actions"
    PUBLIC_REACH = "public-reach"
    PUBLIC_SUPPORTS = "public-supports"
    PERSONS_RECEIVED = "persons-received"
    WORKING_GROUPS = "working-groups"
    MEETING_ATTENDANCE = "meeting-attendance"
    FACILITATORS = "facilitators"
    CONTRIBUTIONS = "contributions"
    IN_KIND_CONTRIBUTIONS = "in-kind-contributions"


class Unit(StrEnum):
    """What a table's numbers are."""

    PEOPLE = "people"  # protected by the suppression rule
    COUNT = "count"  # actions, sessions: published as they are
    AVERAGE = "average"  # hidden where the count it divides is hidden
    EUROS = "euros"  # amounts, published as they are
    HOURS = "hours"  # durations, one decimal, published as they are


class CellState(StrEnum):
    """Whether a cell's value is published."""

    PUBLISHED = "published"
    SUPPRESSED = "suppressed"
    UNAVAILABLE = "unavailable"
    NOT_APPLICABLE = "not-applicable"


Number = int | Decimal


@dataclass(frozen=True)
class Cell:
    """One number of a table: its exact value and whether it is published.

    Writers read :attr:`published` only; :attr:`exact` is there for checks (and is
    None when the value could not be computed exactly, or does not apply).
    """

    exact: Number | None
    state: CellState

    @property
    def published(self) -> Number | None:
        """The value a reader may see, or None."""
        return self.exact if self.state is CellState.PUBLISHED else None


@dataclass(frozen=True)
class Table:
    """One table of the report.

    ``row_totals`` is None when the table has a single column (the cells are their
    own totals) or when its columns do not add up (statuses of sessions);
    ``column_totals`` is None with a single row; ``grand_total`` is set only when
    both margins are.
    """

    id: str
    indicator: Indicator
    breakdown: str | None
    unit: Unit
    title: Label
    rows: tuple[Label, ...]
    columns: tuple[Label, ...]
    cells: tuple[tuple[Cell, ...], ...]
    row_totals: tuple[Cell, ...] | None
    column_totals: tuple[Cell, ...] | None
    grand_total: Cell | None

    @property
    def protected(self) -> bool:
        """Whether the suppression rule applies to this table's numbers."""
        return self.unit in (Unit.PEOPLE, Unit.AVERAGE)

    def all_cells(self) -> Iterable[Cell]:
        """Every cell, margins included."""
        for row in self.cells:
            yield from row
        yield from self.row_totals or ()
        yield from self.column_totals or ()
        if self.grand_total is not None:
            yield self.grand_total


@dataclass(frozen=True)
class Bar:
    """One month of the attendance chart: the published count, or None when hidden.

    ``short`` is the month as the chart's axis writes it ("mars 25").
    """

    label: Label
    short: Label
    value: int | None
    state: CellState


@dataclass(frozen=True)
class ReleasedCount:
    """One count of people a report shows or hides, as the release ledger keeps it.

    ``breakdown`` and ``category`` say which people (``"*"`` and ``""`` for all),
    ``start`` and ``end`` which months; ``value`` is the true count (kept in the vault
    only), ``published`` whether the report shows it.
    """

    indicator: str
    breakdown: str
    category: str
    start: dt.date
    end: dt.date
    value: int
    published: bool


@dataclass(frozen=True)
class AuditSummary:
    """What the joint audit did for one report: for the page and the benchmark."""

    counts: int  # counts of people in the report
    hidden: int  # of which hidden
    earlier_releases: int  # releases of the ledger audited with it
    programs: int  # linear programs solved
    hidden_range: int  # values each hidden count keeps possible, at least


@dataclass(frozen=True)
class Report:
    """A complete report: what it covers, the rule applied, its tables and its notes."""

    period: PeriodSpec
    k: int
    generated_at: dt.datetime
    breakdowns: tuple[Breakdown, ...]
    tables: tuple[Table, ...]
    notes: tuple[Label, ...]
    chart: tuple[Bar, ...]
    released: tuple[ReleasedCount, ...] = ()
    audit: AuditSummary | None = None

    @property
    def rule(self) -> Label:
        """The disclosure rule with the k applied, in both languages."""
        shown = self.audit.hidden_range if self.audit is not None else HIDDEN_RANGE_DEFAULT
        return _label("rule", k=self.k, k_minus=self.k - 1, range=shown)

    def table(self, table_id: str) -> Table:
        """The table with this id."""
        for table in self.tables:
            if table.id == table_id:
                return table
        raise KeyError(table_id)
