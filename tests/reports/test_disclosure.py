"""The suppression routine: its invariants on random tables, and small worked examples."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vpi_groups.reports.disclosure import (
    HIDDEN,
    SUPPRESSED,
    CountTable,
    InconsistentLineError,
    Line,
    Status,
    suppress,
    suppress_table,
)

P, C = Status.PUBLISHED, Status.PRIMARY


# ---------------------------------------------------------------- the invariants, as a checker


def check(
    values: Mapping[object, int | None],
    lines: Sequence[Line[object]],
    status: Mapping[object, Status],
    k: int,
) -> None:
    """Assert every promise of the routine for this outcome."""
    assert set(status) == set(values)
    for key, value in values.items():
        if value is None:
            assert status[key] is Status.UNAVAILABLE
        elif 1 <= value < k:
            assert status[key] is Status.PRIMARY, (key, value)
        elif value == 0:
            assert status[key] is Status.PUBLISHED, "zeros are published"
        else:
            assert status[key] in (Status.PUBLISHED, Status.COMPLEMENTARY)
        # a published value is the exact count, and never a small one
        if status[key] is Status.PUBLISHED:
            assert value is not None
            assert not 1 <= value < k
    for line in lines:
        entries = list(dict.fromkeys((*line.parts, line.total)))
        if len(entries) < 2:
            continue
        hidden = [e for e in entries if status[e] in HIDDEN]
        suppressed = [e for e in hidden if status[e] in SUPPRESSED]
        # rule (a): never exactly one hidden entry that needed hiding
        assert not (len(hidden) == 1 and suppressed), (line, hidden)
        # rule (b): with the total published, hidden parts share at least k, and
        # more than their number (else each would be 1)
        known = all(values[e] is not None for e in entries)
        if suppressed and known and status[line.total] is Status.PUBLISHED:
            assert sum(values[e] or 0 for e in hidden) >= k, (line, hidden)
            assert sum(values[e] or 0 for e in hidden) > len(hidden), (line, hidden)


def table_lines(table: CountTable) -> list[Line[object]]:
    return list(table.lines())  # type: ignore[arg-type]


# ---------------------------------------------------------------- strategies


thresholds = st.integers(3, 11)
small_counts = st.integers(0, 14)


@st.composite
def additive_tables(draw: st.DrawFn) -> CountTable:
    rows = draw(st.integers(1, 6))
    columns = draw(st.integers(1, 6))
    cells = [[draw(small_counts) for _ in range(columns)] for _ in range(rows)]
    return CountTable.additive(cells)


@st.composite
def distinct_tables(draw: st.DrawFn) -> CountTable:
    """Margins between the largest part and the sum, as distinct counts have."""
    table = draw(additive_tables())

    def margin(parts: Sequence[int | None]) -> int:
        known = [p or 0 for p in parts]
        return draw(st.integers(max(known), sum(known)))

    rows = [margin(row) for row in table.cells]
    columns = [margin(column) for column in zip(*table.cells, strict=True)]
    low = max(max(rows), max(columns))
    high = min(sum(rows), sum(columns))
    grand = draw(st.integers(low, max(low, high)))
    if grand > sum(rows) or grand > sum(columns):  # no grand total fits both: use the sums
        return table
    return CountTable(table.cells, tuple(rows), tuple(columns), grand)


@st.composite
def tables_with_gaps(draw: st.DrawFn) -> CountTable:
    """Some entries unknown (None), as counts that could not be computed exactly."""
    table = draw(st.one_of(additive_tables(), distinct_tables()))

    def maybe(value: int | None) -> int | None:
        return None if draw(st.integers(0, 5)) == 0 else value

    return CountTable(
        tuple(tuple(maybe(v) for v in row) for row in table.cells),
        tuple(maybe(v) for v in table.row_totals),
        tuple(maybe(v) for v in table.column_totals),
        maybe(table.grand_total),
    )


# ---------------------------------------------------------------- properties


@settings(max_examples=400, deadline=None)
@given(table=additive_tables(), k=thresholds)
def test_additive_tables_keep_every_promise(table: CountTable, k: int) -> None:
    result = suppress_table(table, k)
    entries = table.entries()
    status = suppress(entries, table.lines(), k)
    check(entries, table_lines(table), status, k)  # type: ignore[arg-type]
    # the table view carries the same statuses
    rows, columns = table.shape
    assert result.cells == tuple(
        tuple(status["cell", r, c] for c in range(columns)) for r in range(rows)
    )
    assert result.grand_total is status["grand", 0, 0]


@settings(max_examples=300, deadline=None)
@given(table=distinct_tables(), k=thresholds)
def test_margins_below_the_sum_keep_every_promise(table: CountTable, k: int) -> None:
    entries = table.entries()
    check(entries, table_lines(table), suppress(entries, table.lines(), k), k)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(table=tables_with_gaps(), k=thresholds)
def test_unknown_entries_are_never_published(table: CountTable, k: int) -> None:
    entries = table.entries()
    status = suppress(entries, table.lines(), k)
    check(entries, table_lines(table), status, k)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(
    cells=st.lists(st.lists(st.integers(0, 3), min_size=2, max_size=5), min_size=2, max_size=5),
    k=st.integers(5, 11),
)
def test_small_margins_are_hidden_and_protected(cells: list[list[int]], k: int) -> None:
    """Tiny cells make small margins: they are hidden, and their own lines protect them."""
    width = min(len(row) for row in cells)
    table = CountTable.additive([row[:width] for row in cells])
    entries = table.entries()
    status = suppress(entries, table.lines(), k)
    check(entries, table_lines(table), status, k)  # type: ignore[arg-type]
    rows, columns = table.shape
    margins = [("row", r, 0) for r in range(rows)] + [("column", 0, c) for c in range(columns)]
    for margin in margins:
        if 1 <= (entries[margin] or 0) < k:
            assert status[margin] is Status.PRIMARY


@st.composite
def linked_pairs(draw: st.DrawFn) -> tuple[CountTable, CountTable]:
    """Two breakdowns of the same counts: different rows, the same column totals."""
    first = draw(additive_tables())
    parts = draw(st.integers(1, 4))
    columns: list[list[int]] = []
    for total in first.column_totals:
        cuts = sorted(draw(st.integers(0, total or 0)) for _ in range(parts - 1))
        bounds = [0, *cuts, total or 0]
        columns.append([b - a for a, b in pairwise(bounds)])
    second = CountTable.additive([list(row) for row in zip(*columns, strict=True)])
    return first, second


@settings(max_examples=300, deadline=None)
@given(pair=linked_pairs(), k=thresholds)
def test_linked_tables_hide_a_shared_count_everywhere(
    pair: tuple[CountTable, CountTable], k: int
) -> None:
    """Two tables sharing their column totals, suppressed together, keep every promise."""
    values: dict[tuple[str, object], int | None] = {}
    lines: list[Line[tuple[str, object]]] = []

    def key(name: str, position: tuple[str, int, int]) -> tuple[str, object]:
        return ("shared", position) if position[0] in ("column", "grand") else (name, position)

    for name, table in zip("ab", pair, strict=True):
        for position, value in table.entries().items():
            values[key(name, position)] = value
        for line in table.lines():
            lines.append(Line(tuple(key(name, p) for p in line.parts), key(name, line.total)))
    status = suppress(values, lines, k)
    check(values, lines, status, k)  # type: ignore[arg-type]


# ---------------------------------------------------------------- worked examples


def test_one_small_cell_takes_the_smallest_neighbour_with_it() -> None:
    #   3  20 | 23        s   s | 23
    #  10  12 | 22   ->   s   s | 22
    #  13  32 | 45       13  32 | 45
    result = suppress_table(CountTable.additive([[3, 20], [10, 12]]), 5)
    assert result.cells == ((C, Status.COMPLEMENTARY), (Status.COMPLEMENTARY, Status.COMPLEMENTARY))
    assert result.row_totals == (P, P)
    assert result.column_totals == (P, P)
    assert result.grand_total is P


def test_two_ones_in_a_row_are_not_enough_protection() -> None:
    # 1 + 1 with a published total of 12 would give both away: a third cell is hidden
    result = suppress_table(CountTable.additive([[1, 1, 10], [6, 7, 8]]), 5)
    assert result.cells[0] == (C, C, Status.COMPLEMENTARY)
    assert result.row_totals[0] is P


def test_ones_as_many_as_k_are_not_enough_protection() -> None:
    # 1 + 1 + 1 = 3 = k, but three hidden cells of at least 1 each making 3 are
    # all 1: the 7 is hidden too, so that each hidden cell could be 1 to 8
    result = suppress_table(CountTable.additive([[1, 1, 1, 7], [9, 9, 9, 9]]), 3)
    assert result.cells[0] == (C, C, C, Status.COMPLEMENTARY)
    assert result.row_totals[0] is P


def test_zeros_are_published_and_never_used_as_complements() -> None:
    result = suppress_table(CountTable.additive([[2, 0, 9], [7, 0, 5]]), 3)
    assert result.cells[0][1] is P
    assert result.cells[1][1] is P
    assert result.cells[0][0] is C
    assert result.column_totals[1] is P


def test_a_small_total_is_hidden_with_a_second_entry_of_its_line() -> None:
    # totals 2 + 8 + 9 = 19: the margin "2" is small, so its own cells are too
    result = suppress_table(CountTable.additive([[1, 1], [4, 4], [5, 4]]), 3)
    assert result.row_totals[0] is C
    assert result.cells[0] == (C, C)
    hidden_totals = [s for s in result.row_totals if s in HIDDEN]
    assert len(hidden_totals) >= 2


def test_a_single_row_table() -> None:
    result = suppress_table(CountTable.additive([[3, 20]]), 5)
    assert result.cells == ((C, Status.COMPLEMENTARY),)
    assert result.column_totals == (C, Status.COMPLEMENTARY)
    assert result.row_totals == (P,)


def test_nothing_small_nothing_hidden() -> None:
    result = suppress_table(CountTable.additive([[0, 5], [12, 7]]), 5)
    assert {s for row in result.cells for s in row} == {P}


def test_an_unknown_entry_counts_as_hidden_but_needs_no_protection() -> None:
    values: dict[str, int | None] = {"a": 7, "b": None, "t": 30}
    status = suppress(values, [Line(("a", "b"), "t")], 5)
    assert status == {"a": P, "b": Status.UNAVAILABLE, "t": P}
    values = {"a": 2, "b": None, "t": 30}
    assert suppress(values, [Line(("a", "b"), "t")], 5)["t"] is P  # two hidden: enough


def test_inconsistent_totals_are_refused() -> None:
    with pytest.raises(InconsistentLineError):
        suppress({"a": 5, "b": 5, "t": 11}, [Line(("a", "b"), "t")], 5)
    with pytest.raises(InconsistentLineError):
        suppress({"a": 5, "b": 5, "t": 4}, [Line(("a", "b"), "t")], 5)


@pytest.mark.parametrize("k", [1, 0, -3])
def test_thresholds_below_two_are_refused(k: int) -> None:
    with pytest.raises(ValueError, match="threshold"):
        suppress({"a": 1}, [], k)


def test_negative_counts_are_refused() -> None:
    with pytest.raises(ValueError, match="non-negative"):
        suppress({"a": -1}, [], 5)


def test_a_line_naming_an_unknown_entry_is_refused() -> None:
    with pytest.raises(KeyError):
        suppress({"a": 1}, [Line(("a", "b"), "a")], 5)


def test_ragged_tables_are_refused() -> None:
    with pytest.raises(ValueError, match="same number"):
        CountTable(((1, 2), (3,)), (3, 3), (4, 2), 6)


# ---------------------------------------------------------------- again, after the joint audit


def test_starting_from_the_audits_result_completes_the_lines_it_left_with_one_hidden() -> None:
    # distinct people: three groups of 3, 3 and 4, six in all; the audit hid the 6
    values = {"g1": 3, "g2": 3, "g3": 4, "all": 6}
    lines = [Line(("g1", "g2", "g3"), "all")]
    start = {"g1": P, "g2": P, "g3": P, "all": Status.COMPLEMENTARY}
    assert suppress(values, lines, 3) == {key: P for key in values}  # nothing small
    status = suppress(values, lines, 3, start=start)
    assert status["all"] is Status.COMPLEMENTARY  # what the audit hid stays hidden
    assert status["g1"] is Status.COMPLEMENTARY  # the smallest, first given
    assert [status["g2"], status["g3"]] == [P, P]
    check(values, lines, status, 3)  # type: ignore[arg-type]


def test_entries_to_keep_are_never_hidden_even_if_a_line_then_breaks_rule_a() -> None:
    values = {"g1": 3, "g2": 3, "g3": 4, "all": 6}
    lines = [Line(("g1", "g2", "g3"), "all")]
    start = {"g1": P, "g2": P, "g3": P, "all": Status.COMPLEMENTARY}
    status = suppress(values, lines, 3, start=start, keep={"g1"})
    assert status["g1"] is P
    assert status["g2"] is Status.COMPLEMENTARY
    # with every candidate kept, the line is left as the audit made it
    assert suppress(values, lines, 3, start=start, keep={"g1", "g2", "g3"}) == start
