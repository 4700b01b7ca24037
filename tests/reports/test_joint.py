"""The joint audit on hand-made systems: each property enforced, and each check shown to bite.

The systems here are written by hand, with their true values, as a reader would see
them; the ranges a reader can deduce are worked out by hand in the comments.
"""

from __future__ import annotations

import pytest

from vpi_groups.reports import audit
from vpi_groups.reports.audit import Problem, Split, protect


def row_total(problem: Problem[str], total: str, parts: list[str]) -> None:
    terms = {total: 1.0}
    for part in parts:
        terms[part] = terms.get(part, 0.0) - 1.0
    problem.add_equal(terms)


def table(values: dict[str, int]) -> Problem[str]:
    problem: Problem[str] = Problem()
    problem.values.update(values)
    return problem


def test_two_hidden_cells_with_a_published_total_are_widened_or_hidden_more() -> None:
    # a + b = 12 published, a = 1 and b = 11: a alone hidden → a = 12 − b exactly.
    # The line rule hides b too; then a ∈ [1, 11]: 11 values, safe.
    problem = table({"a": 1, "b": 11, "t": 12})
    row_total(problem, "t", ["a", "b"])
    result = protect(problem, {"a": 1, "b": 1}, ["a", "b", "t"], k=5)
    assert result.ranges["a"][1] >= 3
    assert "t" in result.published


def test_a_hidden_cell_pinned_by_the_others_makes_the_audit_hide_more() -> None:
    # a + b = 3 published with both hidden: a, b ∈ {1, 2}, two values only (P2 wants 3).
    problem = table({"a": 1, "b": 2, "t": 3})
    row_total(problem, "t", ["a", "b"])
    result = protect(problem, {"a": 1, "b": 1}, ["a", "b", "t"], k=5)
    assert "t" not in result.published  # the total had to go
    lo, hi = result.ranges["a"]
    assert hi == audit.INF or hi - lo + 1 >= 3


def test_the_range_setting_is_enforced() -> None:
    # a + b = 7 with both hidden: a ∈ [1, 6], six values: enough for 3, not for 7.
    problem = table({"a": 3, "b": 4, "t": 7})
    row_total(problem, "t", ["a", "b"])
    kept = protect(problem, {"a": 1, "b": 1}, ["a", "b", "t"], k=3, min_range=3)
    assert "t" in kept.published
    wider = protect(problem, {"a": 1, "b": 1}, ["a", "b", "t"], k=3, min_range=7)
    assert "t" not in wider.published
    with pytest.raises(ValueError, match="at least 3"):
        protect(problem, {}, ["a", "b", "t"], k=3, min_range=2)


def test_a_difference_between_two_releases_is_protected() -> None:
    # the year (fixed, released earlier) = January..November (released now) + December.
    # December is never shown; 2 people: with both totals shown, it is derivable (P1).
    problem = table({"year": 30, "jan_nov": 28, "dec": 2})
    row_total(problem, "year", ["jan_nov", "dec"])
    result = protect(problem, {}, ["jan_nov"], k=5, fixed=["year"])
    assert "jan_nov" not in result.published  # hidden now, December stays unknown
    assert "year" not in result.hidden


def test_a_count_the_earlier_releases_already_pin_is_shown_not_hidden() -> None:
    # quarter = its three months, all released earlier: the quarter is known; the line
    # rule hid it today (a small count), the audit shows it as it is (nothing to protect).
    problem = table({"q": 4, "m1": 0, "m2": 0, "m3": 4})
    row_total(problem, "q", ["m1", "m2", "m3"])
    result = protect(problem, {"q": 1}, ["q"], k=5, fixed=["m1", "m2", "m3"])
    assert "q" in result.published
    assert "q" not in result.hidden


def test_a_small_group_in_one_category_gets_a_hidden_zero() -> None:
    # 2 newcomers in October, both referred by an association; the other sources 0.
    problem = table({"all": 2, "police": 0, "assoc": 2, "health": 0, "year": 40, "rest": 38})
    row_total(problem, "all", ["police", "assoc", "health"])
    row_total(problem, "year", ["all", "rest"])
    split = Split("all", ("police", "assoc", "health"))
    result = protect(
        problem,
        {"all": 1, "assoc": 1, "rest": 1},
        ["all", "police", "assoc", "health", "year", "rest"],
        k=5,
        splits=[split],
    )
    zeros = [p for p in ("police", "health") if p in result.hidden]
    assert zeros
    assert all(result.hidden[z] == 0 for z in zeros)  # "hidden, maybe 0"
    without = protect(
        problem,
        {"all": 1, "assoc": 1, "rest": 1},
        ["all", "police", "assoc", "health", "year", "rest"],
        k=5,
    )
    assert {"police", "health"} <= without.published  # the check is what hides it


def test_inequalities_of_distinct_counts_are_used() -> None:
    # distinct people of a year lie between the largest month and the sum of months:
    # year = 5 published, months 3 (hidden) and 2 (published): 3 ≤ year, and the year
    # gives m1 ≥ 5 − 2 = 3, with m1 ≤ year = 5: m1 ∈ {3, 4, 5}: exactly three values.
    problem = table({"year": 5, "m1": 3, "m2": 2})
    problem.add_at_most({"year": 1.0, "m1": -1.0, "m2": -1.0})
    problem.add_at_most({"m1": 1.0, "year": -1.0})
    problem.add_at_most({"m2": 1.0, "year": -1.0})
    result = protect(problem, {"m1": 1}, ["year", "m1", "m2"], k=5)
    assert result.ranges["m1"] == (3, 5.0)
    stricter = protect(problem, {"m1": 1}, ["year", "m1", "m2"], k=5, min_range=4)
    assert stricter.published != result.published  # four values need more hidden


def test_a_count_everything_published_before_pins_is_refused_not_leaked() -> None:
    # five newcomers, one per category: the total and the zeros were released before.
    # Each hidden 1 is pinned (5 = 1 + 1 + 1 + 1 + 1) and nothing is left to hide.
    parts = ["a", "b", "c", "d", "e"]
    problem = table({"all": 5, "z": 0, **dict.fromkeys(parts, 1)})
    row_total(problem, "all", [*parts, "z"])
    with pytest.raises(audit.UnprotectableError) as caught:
        protect(problem, dict.fromkeys(parts, 1), parts, k=5, fixed=["all", "z"])
    assert set(caught.value.keys) == set(parts)
    # with the total not released before, hiding it is enough
    fine = protect(problem, dict.fromkeys(parts, 1), [*parts, "all"], k=5, fixed=["z"])
    assert "all" not in fine.published
