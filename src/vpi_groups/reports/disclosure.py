"""The one small-count suppression routine: primary and complementary suppression.

Published totals of talk groups are small, so most cells are small. The rule
(docs/domain.md, "Anonymised totals"), for a threshold ``k``:

Primary suppression
    Every count from 1 to k−1 is hidden. Zeros are published.

Complementary suppression
    Further counts are hidden so that no hidden count can be recomputed from the
    published totals of a line (a row or a column, margins included):

    (a) no line has exactly one hidden entry;
    (b) in a line whose total is published, the hidden entries add up to at least k,
        and to more than their number.

    Rule (a) is the programme's own rule. Rule (b) closes the gaps (a) leaves: zeros
    are published, so every hidden count is at least 1, and two hidden ones in a row
    whose total is published (1 + 1 = 2) would be recomputed exactly; so would k
    hidden ones of 1 each (1 + 1 + 1 = 3 with k = 3), which share k but leave none
    of them any room. With (b) a hidden entry of such a line lies between 1 and the
    hidden sum minus the other hidden entries, which is at least 2: a reader of
    that line alone can narrow none of them to a single value.

    While a line breaks (a) or (b), its smallest published non-zero entry is hidden
    too (a part before the line's total on equal values, then the order in which the
    entries were given). Zeros are never hidden, so a hidden mark always means "at
    least 1", whatever rule hid it.

The routine works on *entries* (counts with a key) and *lines* (a total and the
parts it covers). A table with margins is the usual case (:func:`suppress_table`);
several tables that share entries (the same count shown in two tables, or a total
of one table that is the sum of rows of another) are protected together by giving
the routine all their lines at once (:func:`suppress`), so a count is hidden
everywhere or nowhere.

A line's total must lie between the largest of its parts and their sum: equal to
the sum for additive counts (attendances), possibly less for distinct counts (a
person who came in March and in April counts once in the spring). Under that
condition a line breaking (a) or (b) always holds a published non-zero entry to
hide, so the routine always finishes, after at most one step per entry.

An entry may be *unavailable* (value None): a count that cannot be computed
exactly. It is never published, it never needs protecting, and a line holding one
gives no equation, so rule (b) does not apply to it; it still counts as hidden for
rule (a).

The two rules are checked line by line. What several lines, tables and reports
together allow one to infer is the joint audit's (:mod:`vpi_groups.reports.audit`,
fed by :mod:`vpi_groups.reports.joint`), which starts from this routine's result;
the routine then runs again from the audit's result (``start``), so that the lines
hold (a) and (b) in the end too.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


class Status(StrEnum):
    """What happens to one count when it is published."""

    PUBLISHED = "published"
    PRIMARY = "primary"  # a count from 1 to k-1
    COMPLEMENTARY = "complementary"  # hidden so that no primary one can be recomputed
    UNAVAILABLE = "unavailable"  # not known exactly, never published


HIDDEN = frozenset({Status.PRIMARY, Status.COMPLEMENTARY, Status.UNAVAILABLE})
SUPPRESSED = frozenset({Status.PRIMARY, Status.COMPLEMENTARY})
MIN_THRESHOLD = 2


class InconsistentLineError(ValueError):
    """A line's total is below its largest part or above the sum of its parts."""


@dataclass(frozen=True)
class Line(Generic[K]):
    """A total and the entries it covers (a row or a column of a table, for instance)."""

    parts: tuple[K, ...]
    total: K


def _check_threshold(k: int) -> None:
    if type(k) is not int or k < MIN_THRESHOLD:
        raise ValueError(f"threshold k must be an integer >= {MIN_THRESHOLD}")


def _check_values(values: Mapping[K, int | None]) -> None:
    for value in values.values():
        if value is not None and (type(value) is not int or value < 0):
            raise ValueError("counts are non-negative integers (or None when unavailable)")


def _clean_lines(values: Mapping[K, int | None], lines: Iterable[Line[K]]) -> list[Line[K]]:
    """Drop repeated parts and lines that say nothing; check every line's consistency."""
    out: list[Line[K]] = []
    for line in lines:
        parts = tuple(dict.fromkeys(p for p in line.parts if p != line.total))
        if not parts:
            continue  # a total equal to its only part: no equation
        for key in (*parts, line.total):
            if key not in values:
                raise KeyError(key)
        known = [values[p] for p in parts]
        total = values[line.total]
        if total is not None and all(v is not None for v in known):
            counts = [v for v in known if v is not None]
            if not max(counts) <= total <= sum(counts):
                raise InconsistentLineError("a total lies outside [largest part, sum of parts]")
        out.append(Line(parts, line.total))
    return out


def suppress(
    values: Mapping[K, int | None],
    lines: Iterable[Line[K]],
    k: int,
    *,
    start: Mapping[K, Status] | None = None,
    keep: Iterable[K] = (),
) -> dict[K, Status]:
    """Return the status of every entry after primary and complementary suppression.

    Args:
        values: every entry's exact count, or None when it is not known exactly.
            Their order breaks ties between equal candidates for complementary
            suppression.
        lines: totals and their parts (keys of ``values``).
        k: the threshold: counts from 1 to k−1 are hidden.
        start: statuses to start from (an earlier result that other checks changed,
            such as the joint audit's): entries it hides stay hidden, more are hidden
            where a line still breaks (a) or (b).
        keep: published entries never to hide (the joint audit showed them because
            hiding them protects nothing); a line that only they could complete is
            left as it is, the audit having found it safe.

    Raises:
        ValueError: k below 2, or a negative or non-integer count.
        InconsistentLineError: a total outside [largest part, sum of parts].
        KeyError: a line names an entry absent from ``values``.
    """
    _check_threshold(k)
    _check_values(values)
    checked = _clean_lines(values, lines)
    order = {key: index for index, key in enumerate(values)}
    status: dict[K, Status] = {}
    for key, value in values.items():
        if value is None:
            status[key] = Status.UNAVAILABLE
        elif start is not None:
            status[key] = start[key]
        elif 1 <= value < k:
            status[key] = Status.PRIMARY
        else:
            status[key] = Status.PUBLISHED
    kept = frozenset(keep)

    lines_of: dict[K, list[int]] = {}
    for index, line in enumerate(checked):
        for key in (*line.parts, line.total):
            lines_of.setdefault(key, []).append(index)

    def needs_more(line: Line[K]) -> bool:
        entries = (*line.parts, line.total)
        hidden = [key for key in entries if status[key] in HIDDEN]
        if not any(status[key] in SUPPRESSED for key in hidden):
            return False
        if len(hidden) == 1:
            return True  # rule (a)
        if status[line.total] is not Status.PUBLISHED:
            return False
        if any(status[key] is Status.UNAVAILABLE for key in entries):
            return False
        hidden_sum = sum(values[key] or 0 for key in hidden)
        return hidden_sum < k or hidden_sum <= len(hidden)  # rule (b)

    def candidate(line: Line[K]) -> K | None:
        entries = (*line.parts, line.total)
        published = [
            key
            for key in entries
            if status[key] is Status.PUBLISHED and (values[key] or 0) > 0 and key not in kept
        ]
        # The module docstring shows a published non-zero entry always exists here
        # (unless ``keep`` rules it out).
        if not published:
            return None
        return min(published, key=lambda key: (values[key] or 0, key == line.total, order[key]))

    queue = deque(range(len(checked)))
    queued = [True] * len(checked)
    while queue:
        index = queue.popleft()
        queued[index] = False
        line = checked[index]
        if not needs_more(line):
            continue
        chosen = candidate(line)
        if chosen is None:
            continue
        status[chosen] = Status.COMPLEMENTARY
        for other in lines_of[chosen]:
            if not queued[other]:
                queue.append(other)
                queued[other] = True
        if not queued[index]:
            queue.append(index)  # the line may need yet another entry (rule b)
            queued[index] = True
    return status


# ---------------------------------------------------------------- one table with margins


Position = tuple[str, int, int]
"""Where an entry sits in a table: ("cell", row, column), ("row", row, 0),
("column", 0, column) or ("grand", 0, 0)."""


@dataclass(frozen=True)
class CountTable:
    """A two-way table of counts with its margins (None: not known exactly).

    For additive counts the margins are the sums (:meth:`additive`); for distinct
    counts a margin may be less than the sum of its line, never less than its
    largest part.
    """

    cells: tuple[tuple[int | None, ...], ...]
    row_totals: tuple[int | None, ...]
    column_totals: tuple[int | None, ...]
    grand_total: int | None

    def __post_init__(self) -> None:
        if not self.cells or not self.cells[0]:
            raise ValueError("a table has at least one row and one column")
        width = len(self.cells[0])
        if any(len(row) != width for row in self.cells):
            raise ValueError("every row has the same number of cells")
        if len(self.row_totals) != len(self.cells) or len(self.column_totals) != width:
            raise ValueError("one margin per row and per column")

    @classmethod
    def additive(cls, cells: Sequence[Sequence[int]]) -> CountTable:
        """A table whose margins are the sums of its rows and columns."""
        rows = tuple(tuple(row) for row in cells)
        columns = tuple(sum(column) for column in zip(*rows, strict=True))
        return cls(rows, tuple(sum(row) for row in rows), columns, sum(columns))

    @property
    def shape(self) -> tuple[int, int]:
        """Number of rows and columns (margins excluded)."""
        return len(self.cells), len(self.cells[0])

    def entries(self) -> dict[Position, int | None]:
        """Every count by position: cells row by row, then row, column and grand totals."""
        rows, columns = self.shape
        out: dict[Position, int | None] = {}
        for r in range(rows):
            for c in range(columns):
                out["cell", r, c] = self.cells[r][c]
        for r in range(rows):
            out["row", r, 0] = self.row_totals[r]
        for c in range(columns):
            out["column", 0, c] = self.column_totals[c]
        out["grand", 0, 0] = self.grand_total
        return out

    def lines(self) -> list[Line[Position]]:
        """Every row and column, the margin row and the margin column included."""
        rows, columns = self.shape
        out: list[Line[Position]] = [
            Line(tuple(("cell", r, c) for c in range(columns)), ("row", r, 0)) for r in range(rows)
        ]
        out.append(Line(tuple(("column", 0, c) for c in range(columns)), ("grand", 0, 0)))
        out += [
            Line(tuple(("cell", r, c) for r in range(rows)), ("column", 0, c))
            for c in range(columns)
        ]
        out.append(Line(tuple(("row", r, 0) for r in range(rows)), ("grand", 0, 0)))
        return out


@dataclass(frozen=True)
class SuppressedTable:
    """A table's counts with the status of each cell and margin."""

    table: CountTable
    k: int
    cells: tuple[tuple[Status, ...], ...]
    row_totals: tuple[Status, ...]
    column_totals: tuple[Status, ...]
    grand_total: Status


def suppress_table(table: CountTable, k: int) -> SuppressedTable:
    """Apply primary and complementary suppression to one table and its margins."""
    result = suppress(table.entries(), table.lines(), k)
    rows, columns = table.shape
    return SuppressedTable(
        table=table,
        k=k,
        cells=tuple(tuple(result["cell", r, c] for c in range(columns)) for r in range(rows)),
        row_totals=tuple(result["row", r, 0] for r in range(rows)),
        column_totals=tuple(result["column", 0, c] for c in range(columns)),
        grand_total=result["grand", 0, 0],
    )
