"""The audit's batch programs, checked against an independent solver.

:meth:`vpi_groups.reports.audit._Solver.reach` settles many unknowns with one program:
each capped at the value it must be able to take, their sum maximised, and those at
their cap in the optimum declared able to reach it. Here every unknown it declares so
is maximised on its own by scipy's ``linprog`` over the same relations, and must reach
that value; a need just above the true highest must never be declared reached.
"""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
from scipy.optimize import linprog

from vpi_groups.reports import audit
from vpi_groups.reports.audit import INF, Problem

Cell = tuple[str, int, int]


def grid(seed: int) -> tuple[Problem[Cell], dict[Cell, int], set[Cell]]:
    """A table of counts with row, column and grand totals; some cells hidden.

    Returns the problem, the lowest value a reader knows of each hidden cell, and the
    published cells. Row 0 has exactly one hidden cell: its own row pins it, so its
    column's upper bound is its value, below any need.
    """
    rng = random.Random(seed)
    rows, cols = rng.randint(3, 6), rng.randint(3, 6)
    problem: Problem[Cell] = Problem()
    cell: dict[tuple[int, int], Cell] = {}
    for r in range(rows):
        for c in range(cols):
            cell[r, c] = ("cell", r, c)
            problem.values[cell[r, c]] = rng.randint(0, 20)
    problem.values[cell[0, 0]] = max(problem.values[cell[0, 0]], 1)  # hidden: at least 1
    for r in range(rows):
        problem.values["row", r, 0] = sum(problem.values[cell[r, c]] for c in range(cols))
        problem.add_equal({("row", r, 0): 1.0, **{cell[r, c]: -1.0 for c in range(cols)}})
    for c in range(cols):
        problem.values["col", 0, c] = sum(problem.values[cell[r, c]] for r in range(rows))
        problem.add_equal({("col", 0, c): 1.0, **{cell[r, c]: -1.0 for r in range(rows)}})
    problem.values["all", 0, 0] = sum(problem.values[cell[r, c]] for r, c in cell)
    problem.add_equal({("all", 0, 0): 1.0, **{("row", r, 0): -1.0 for r in range(rows)}})
    hidden = {cell[0, 0]: 1}
    for r in range(1, rows):
        for c in range(cols):
            if rng.random() < 0.6:
                hidden[cell[r, c]] = min(1, problem.values[cell[r, c]])
    published = {key for key in problem.values if key not in hidden}
    return problem, hidden, published


def highest(problem: Problem[Cell], hidden: dict[Cell, int], key: Cell) -> float:
    """The highest value of ``key`` given the published values, by scipy's linprog."""
    keys = list(problem.values)
    index = {k: i for i, k in enumerate(keys)}
    published = [k for k in keys if k not in hidden]
    bounds = [
        (problem.values[k], problem.values[k]) if k in published else (hidden[k], None)
        for k in keys
    ]
    a_eq = np.zeros((len(problem.equal), len(keys)))
    for n, row in enumerate(problem.equal):
        for k, coef in row.items():
            a_eq[n, index[k]] = coef
    objective = np.zeros(len(keys))
    objective[index[key]] = -1.0
    result = linprog(objective, A_eq=a_eq, b_eq=np.zeros(len(problem.equal)), bounds=bounds)
    if result.status == 3:
        return INF
    assert result.status == 0, result.message
    return -float(result.fun)


def solver_for(
    problem: Problem[Cell], hidden: dict[Cell, int], published: set[Cell]
) -> audit._Solver[Cell]:
    solver: audit._Solver[Cell] = audit._Solver(problem)
    for key in published:
        solver.bound(key, problem.values[key], problem.values[key])
    for key, low in hidden.items():
        solver.bound(key, low, INF)
    return solver


def test_what_a_batch_declares_reached_is_reached() -> None:
    found = 0
    for seed in range(8):
        problem, hidden, published = grid(seed)
        tops = {key: highest(problem, hidden, key) for key in hidden}
        needs = {key: problem.values[key] + 3 for key in hidden}
        reached = solver_for(problem, hidden, published).reach(needs)
        can = {key for key in hidden if tops[key] >= needs[key] - 1e-6}
        assert reached <= can, seed
        pinned = next(key for key in hidden if key[1] == 0)
        assert tops[pinned] == problem.values[pinned]  # pinned by its row: never reached
        assert pinned not in reached
        found += len(reached)
    assert found >= 20  # the batches settle many, else the checks above say little


@pytest.mark.parametrize("seed", range(8))
def test_a_need_beyond_the_highest_is_never_declared_reached(seed: int) -> None:
    # the guard: caps one above what is possible; a batch that declared an unknown
    # reached because it sat at its cap (or at its column's bound) would be caught here
    problem, hidden, published = grid(seed)
    tops = {key: highest(problem, hidden, key) for key in hidden}
    beyond = {key: math.floor(top + 1e-6) + 1 for key, top in tops.items() if top != INF}
    assert beyond
    assert not solver_for(problem, hidden, published).reach(beyond)
    at = {key: math.floor(top + 1e-6) for key, top in tops.items() if top != INF}
    # and the very highest is reachable: for each unknown alone, the batch finds it
    for key, need in at.items():
        assert solver_for(problem, hidden, published).reach({key: need}) == {key}


def test_the_batch_leaves_the_model_as_it_was() -> None:
    # after a batch, each unknown's own highest is what it was before (costs and
    # bounds restored): the per-key programs that follow see the true system
    problem, hidden, published = grid(3)
    solver = solver_for(problem, hidden, published)
    before = {key: solver.extreme(key, -1) for key in hidden}
    solver.reach({key: problem.values[key] + 1 for key in hidden})
    after = {key: solver.extreme(key, -1) for key in hidden}
    assert after == pytest.approx(before)
    assert before == pytest.approx({key: highest(problem, hidden, key) for key in hidden})
