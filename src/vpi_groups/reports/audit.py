"""The joint disclosure audit: what everything published allows one to infer, by linear programming.

The suppression routine (:mod:`vpi_groups.reports.disclosure`) checks lines one by one.
A reader holding several tables, several reports or several years of files can do
more: write every published value, every "hidden means at least 1" and every
relation the reports state as one system of linear constraints, and solve it. This
module does exactly that, with a real solver (HiGHS through ``highspy``), and adds
complementary suppression until the three properties of docs/report-format.md hold:

P1
    No small count derivable: an unknown that no table shows (a month of one
    category, the difference between two reports) is either not pinned to one value,
    or pinned to 0 or to k or more.
P2
    No hidden value narrowed down: every hidden count keeps at least ``min_range``
    possible integer values (lowest to highest consistent with everything published).
P3
    No shared attribute of a small group: where a population of 1 to k−1 people is
    split by an attribute (referral source, age band), the split does not show them
    all in one category; a zero of that split is hidden then (a hidden zero is the one
    case where a hidden mark may stand for 0).

The problem is stated in terms of *unknowns* (any hashable key) with their true
value, *equalities* and *inequalities* between them (sums with coefficients, ``<= 0``
or ``== 0``), and which unknowns are published, hidden, or never shown. Ranges are
those of the linear relaxation, rounded inward to integers; an integer solution
lies inside them, so a range found too narrow is at least that narrow for a reader
too, and hiding continues until it is wide enough.

Most unknowns are settled in batches: one program caps each at the value it must be
able to reach and maximises their sum; those that reach it in the optimum are safe, and
only the others get programs of their own (their lowest and highest values, and the
relations that hold them, which say what to hide next).

Hiding only ever removes constraints (a fixed value becomes a bound), so ranges only
widen: an unknown found safe stays safe, and each pass re-examines only what was
not yet safe and what was just hidden.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from vpi_groups import cancel
from vpi_groups.vault_settings import HIDDEN_RANGE_RANGE

INF = math.inf
EPS = 1e-6
# the lowest allowed (the vault setting's floor): a hidden count between two values
# would be a coin toss
MIN_RANGE = HIDDEN_RANGE_RANGE[0]
MAX_PASSES = 200

Unknown = TypeVar("Unknown", bound=Hashable)


@dataclass
class Problem(Generic[Unknown]):
    """Unknowns with their true values, and the linear relations a reader knows.

    Attributes:
        values: the true value of every unknown (never published as such).
        equal: relations ``sum(coef * x) == 0``.
        at_most: relations ``sum(coef * x) <= 0``.
    """

    values: dict[Unknown, int] = field(default_factory=dict)
    equal: list[dict[Unknown, float]] = field(default_factory=list)
    at_most: list[dict[Unknown, float]] = field(default_factory=list)

    def add_equal(self, terms: Mapping[Unknown, float]) -> None:
        """Add ``sum(coef * x) == 0``."""
        self._add(self.equal, terms)

    def add_at_most(self, terms: Mapping[Unknown, float]) -> None:
        """Add ``sum(coef * x) <= 0``."""
        self._add(self.at_most, terms)

    def _add(self, rows: list[dict[Unknown, float]], terms: Mapping[Unknown, float]) -> None:
        row: dict[Unknown, float] = {}
        for key, coef in terms.items():
            if key not in self.values:
                raise KeyError(key)
            row[key] = row.get(key, 0.0) + coef
        row = {k: c for k, c in row.items() if c != 0}
        if row:
            rows.append(row)


@dataclass
class Audit(Generic[Unknown]):
    """The outcome: what is published, what is hidden (and with which lower bound)."""

    published: set[Unknown]
    hidden: dict[Unknown, int]  # unknown -> lowest value a reader knows (1, or 0)
    # (lowest, highest) integer value of each unknown examined; when the highest alone
    # settled the question, the lowest is the true value (the lowest is at most that),
    # and for an unknown settled in a batch the highest is the value it had to reach
    # (the highest is at least that)
    ranges: dict[Unknown, tuple[int, float]]
    solved: int  # linear programs solved


class UnprotectableError(RuntimeError):
    """Some counts cannot be protected: everything tied to them was published before."""

    def __init__(self, keys: Sequence[Hashable]) -> None:
        super().__init__(f"{len(keys)} count(s) cannot be protected")
        self.keys = tuple(keys)


class _Model(Generic[Unknown]):
    """One HiGHS model: the unknowns of one component, the others' values moved to the right."""

    def __init__(
        self,
        keys: list[Unknown],
        rows: list[tuple[dict[Unknown, float], bool]],
        low: Mapping[Unknown, float],
        high: Mapping[Unknown, float],
    ) -> None:
        import highspy  # loaded only when a report is audited
        from highspy._core import _Highs

        self._status = highspy.HighsModelStatus
        inf = highspy.kHighsInf
        self.index = {key: i for i, key in enumerate(keys)}
        # The solver itself, without the Python wrapper's callbacks (unused here, and
        # they print a banner on standard output, which the command line keeps clean).
        h = _Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("log_to_console", False)
        h.setOptionValue("presolve", "off")  # one model, many objectives: warm starts win
        h.setOptionValue("simplex_strategy", 4)  # primal: the last basis stays feasible
        lows = [low[k] for k in keys]
        highs = [high[k] for k in keys]
        kept = []
        # the relations behind each row and each column's bounds, to say which bind
        self.row_of: list[dict[Unknown, float]] = []
        self.bounds_of: dict[int, list[dict[Unknown, float]]] = defaultdict(list)
        for row, equal in rows:
            idx, coefs, constant = [], [], 0.0
            for key, coef in row.items():
                i = self.index.get(key)
                if i is None:
                    constant += coef * low[key]  # a known value
                else:
                    idx.append(i)
                    coefs.append(coef)
            if len(idx) == 1:  # one unknown: a bound, not a row
                i, limit = idx[0], -constant / coefs[0]
                if coefs[0] > 0 or equal:
                    highs[i] = min(highs[i], limit)
                if coefs[0] < 0 or equal:
                    lows[i] = max(lows[i], limit)
                self.bounds_of[i].append(row)
            elif idx:
                kept.append((-constant if equal else -inf, -constant, idx, coefs))
                self.row_of.append(row)
        self.lows, self.highs = lows, [inf if x == INF else x for x in highs]
        h.addVars(len(keys), lows, self.highs)
        for row_low, row_high, idx, coefs in kept:
            h.addRow(row_low, row_high, len(idx), idx, coefs)
        self.h = h
        self._costed: int | None = None
        # No basis yet: the first program is solved from scratch (see :meth:`_cold`).
        self._fresh = True

    def _cold(self) -> None:
        """Solve from scratch: presolve and the dual simplex, then back to warm starts.

        A cold primal simplex without presolve took 43 s on a 10,000-column model that
        presolve and the dual simplex solve in under a second; the per-key programs that
        follow, one cost changed each, are fastest warm, in primal without presolve.
        """
        h = self.h
        h.clearSolver()
        h.setOptionValue("presolve", "on")
        h.setOptionValue("simplex_strategy", 1)
        h.run()
        h.setOptionValue("presolve", "off")
        h.setOptionValue("simplex_strategy", 4)
        self._fresh = False

    def extreme(self, key: Unknown, sense: int) -> float:
        h = self.h
        i = self.index[key]
        if self._costed is not None and self._costed != i:
            h.changeColCost(self._costed, 0.0)
        h.changeColCost(i, float(sense))
        self._costed = i
        if self._fresh:
            self._cold()
        else:
            h.run()
        status = h.getModelStatus()
        if status not in (self._status.kOptimal, self._status.kUnbounded):
            # The warm start went wrong (numerical trouble on a large model): solve this
            # one again from scratch with the dual simplex, then go on as before.
            h.clearSolver()
            h.setOptionValue("simplex_strategy", 1)
            h.run()
            h.setOptionValue("simplex_strategy", 4)
            status = h.getModelStatus()
        if status == self._status.kUnbounded:
            return INF if sense < 0 else -INF
        if status != self._status.kOptimal:
            raise RuntimeError(f"disclosure audit: the solver stopped with {status}")
        return float(h.getObjectiveValue()) * sense

    def reach(self, needs: Mapping[Unknown, float]) -> set[Unknown]:
        """The unknowns of ``needs`` that one point consistent with everything reaches.

        One program for all of them: each is capped at its need (its column's upper
        bound) and their sum maximised. The true values lie under the caps, so the
        program is feasible; an unknown at its cap in the optimum can take that value,
        so its highest is at least its need. The others are not settled either way.
        """
        h = self.h
        columns = [self.index[key] for key in needs]
        caps = [min(need, self.highs[i]) for i, need in zip(columns, needs.values(), strict=True)]
        n = len(columns)
        lows = [self.lows[i] for i in columns]
        if self._costed is not None:
            h.changeColCost(self._costed, 0.0)
            self._costed = None
        h.changeColsCost(n, columns, [-1.0] * n)
        h.changeColsBounds(n, columns, lows, caps)
        try:
            # from scratch: a warm start on a sum of thousands of columns once took
            # 72 s where this takes under one
            self._cold()
            reached: set[Unknown] = set()
            if h.getModelStatus() == self._status.kOptimal:
                values = h.getSolution().col_value
                reached = {
                    key
                    for key, i in zip(needs, columns, strict=True)
                    if values[i] >= needs[key] - EPS
                }
        finally:
            h.changeColsCost(n, columns, [0.0] * n)
            h.changeColsBounds(n, columns, lows, [self.highs[i] for i in columns])
            self._fresh = True  # the basis was for the capped program
        return reached

    def binding(self) -> list[dict[Unknown, float]]:
        """The relations that held the last optimum where it is (non-zero duals)."""
        import numpy as np  # tens of thousands of duals: filtered in C, not a Python loop

        solution = self.h.getSolution()
        rows = np.flatnonzero(np.abs(np.asarray(solution.row_dual)) > EPS)
        out = [self.row_of[i] for i in rows.tolist()]
        for i in np.flatnonzero(np.abs(np.asarray(solution.col_dual)) > EPS).tolist():
            out += self.bounds_of.get(i, ())
        return out


class _Solver(Generic[Unknown]):
    """The problem's linear programs, solved one component at a time.

    Known values split the relations into independent groups of unknowns (a hidden
    count and the ones hidden with it): each program is solved on its group only,
    which is small, instead of on the whole report.
    """

    def __init__(self, problem: Problem[Unknown]) -> None:
        self.rows: list[tuple[dict[Unknown, float], bool]] = [
            *((row, True) for row in problem.equal),
            *((row, False) for row in problem.at_most),
        ]
        self.touching: dict[Unknown, list[int]] = defaultdict(list)
        for n, (row, _equal) in enumerate(self.rows):
            for key in row:
                self.touching[key].append(n)
        # the same, as the relations themselves, and the equalities among them
        self.relations: dict[Unknown, list[dict[Unknown, float]]] = {
            key: [self.rows[n][0] for n in rows] for key, rows in self.touching.items()
        }
        self.equalities: dict[Unknown, list[dict[Unknown, float]]] = {
            key: [self.rows[n][0] for n in rows if self.rows[n][1]]
            for key, rows in self.touching.items()
        }
        self.low: dict[Unknown, float] = dict.fromkeys(problem.values, 0.0)
        self.high: dict[Unknown, float] = dict.fromkeys(problem.values, INF)
        self.models: dict[Unknown, _Model[Unknown]] = {}
        self.last: _Model[Unknown] | None = None
        self.solved = 0

    def known(self, key: Unknown) -> bool:
        return self.low[key] == self.high[key]

    def bound(self, key: Unknown, low: float, high: float) -> None:
        was = self.known(key), self.low[key]
        self.low[key], self.high[key] = float(low), float(high)
        if (self.known(key), self.low[key]) != was:
            self.models.clear()  # the components change: rebuilt when next needed

    def _model(self, key: Unknown) -> _Model[Unknown]:
        model = self.models.get(key)
        if model is None:
            component = [key]
            seen = {key}
            rows: set[int] = set()
            for current in component:
                for n in self.touching.get(current, ()):
                    if n in rows:
                        continue
                    rows.add(n)
                    for other in self.rows[n][0]:
                        if other not in seen and not self.known(other):
                            seen.add(other)
                            component.append(other)
            model = _Model(component, [self.rows[n] for n in sorted(rows)], self.low, self.high)
            for member in component:
                self.models[member] = model
        return model

    def extreme(self, key: Unknown, sense: int) -> float:
        """Lowest (sense 1) or highest (sense -1) value of ``key``; inf if unbounded."""
        if self.known(key):
            self.last = None
            return self.low[key]
        cancel.check()  # between two programs: a lock stops a long audit here
        self.solved += 1
        self.last = self._model(key)
        return self.last.extreme(key, sense)

    def reach(self, needs: Mapping[Unknown, float]) -> set[Unknown]:
        """The unknowns whose highest value is at least their need, proven in batches.

        One program per component (:meth:`_Model.reach`), again on those not yet
        reached while a round reaches more; the rest are left to one program each.
        """
        proven: set[Unknown] = set()
        left = {key: need for key, need in needs.items() if not self.known(key)}
        while left:
            groups: dict[int, dict[Unknown, float]] = defaultdict(dict)
            models: dict[int, _Model[Unknown]] = {}
            for key, need in left.items():
                model = self._model(key)
                models[id(model)] = model
                groups[id(model)][key] = need
            reached: set[Unknown] = set()
            for n, group in groups.items():
                cancel.check()
                self.solved += 1
                reached |= models[n].reach(group)
            if not reached:
                break
            proven |= reached
            left = {key: need for key, need in left.items() if key not in reached}
        self.last = None
        return proven

    def binding(self) -> list[dict[Unknown, float]]:
        """The relations that held the last program's optimum (see :meth:`_Model.binding`)."""
        return [] if self.last is None else self.last.binding()


def _integer_range(low: float, high: float) -> tuple[int, float]:
    lo = math.ceil(low - EPS)
    hi = INF if high == INF else float(math.floor(high + EPS))
    return lo, hi


def _width(rng: tuple[int, float]) -> float:
    lo, hi = rng
    return INF if hi == INF else hi - lo + 1


@dataclass(frozen=True)
class Split(Generic[Unknown]):
    """A population and the categories a published breakdown splits it into (for P3)."""

    total: Unknown
    parts: tuple[Unknown, ...]


def protect(
    problem: Problem[Unknown],
    hidden: Mapping[Unknown, int],
    shown: Iterable[Unknown],
    k: int,
    *,
    min_range: int = MIN_RANGE,
    fixed: Iterable[Unknown] = (),
    splits: Sequence[Split[Unknown]] = (),
    order: Callable[[Unknown], Any] | None = None,
    zero_may_hide: Callable[[Unknown], bool] = lambda _key: False,
) -> Audit[Unknown]:
    """Hide more of ``shown`` until P1–P3 hold for everything the problem describes.

    Args:
        problem: unknowns, true values and relations.
        hidden: unknowns already hidden, with the lowest value a reader knows (1 for a
            hidden count; an unavailable one is given 0 and no range is required).
        shown: unknowns published today, some of which may be hidden now.
        k: the threshold.
        min_range: the number of possible values each hidden count must keep (>= 3).
        fixed: unknowns published earlier (in the ledger): known, never to hide.
        splits: the attribute breakdowns to check for P3.
        order: which published cell to hide first among candidates (smallest key first).
        zero_may_hide: which published zeros may be hidden (the published rule says
            where a hidden mark may stand for 0).

    Every unknown neither shown, hidden nor fixed is never shown: its range must
    satisfy P1.

    Between two programs it calls :func:`cancel.check` (a lock stops it there) and
    :func:`cancel.progress` with the pass (from 1) and the unknowns this pass has
    still to examine.
    """
    if min_range < MIN_RANGE:
        raise ValueError(f"min_range is at least {MIN_RANGE}")
    values = problem.values
    shown_set = set(shown)
    hidden_low: dict[Unknown, int] = dict(hidden)
    fixed_set = set(fixed)
    published = {key for key in shown_set if key not in hidden_low} | fixed_set
    settled_before = set(fixed_set)
    hideable = {key for key in shown_set if key not in fixed_set}
    never = [key for key in values if key not in published and key not in hidden_low]
    solver: _Solver[Unknown] = _Solver(problem)
    rank = order or (lambda key: 0)
    # What the earlier releases alone tell (their published counts, their hidden ones
    # at least 1): a count they pin to one value is known, so it is shown, never hidden
    # (hiding it would protect nothing and could not be made uncertain).
    before: _Solver[Unknown] | None = None
    if fixed_set:
        before = _Solver(problem)
        for key in fixed_set:
            before.bound(key, values[key], values[key])
        for key, low in hidden_low.items():
            if key not in shown_set:
                before.bound(key, low, INF)

    def known_before(key: Unknown) -> bool:
        if before is None:
            return False
        v = values[key]
        return before.extreme(key, -1) < v + 0.5 and before.extreme(key, 1) > v - 0.5

    def settle(key: Unknown) -> None:
        hidden_low.pop(key, None)
        published.add(key)
        fixed_set.add(key)
        hideable.discard(key)
        solver.bound(key, values[key], values[key])

    for key in published:
        solver.bound(key, values[key], values[key])
    for key, low in hidden_low.items():
        solver.bound(key, low, INF)
    touching = solver.relations
    ranges: dict[Unknown, tuple[int, float]] = {}
    blockers: dict[Unknown, list[dict[Unknown, float]]] = {}
    # what must be (re)examined: hidden counts for P2, never-shown ones for P1
    pending: set[Unknown] = set(hidden_low) | set(never)
    passes = 0

    def need(key: Unknown) -> int | None:
        """The highest value ``key`` must be able to take, or None if nothing is needed.

        The true value ``v`` is always possible, so the lowest is at most ``v``: a
        hidden count whose highest is ``v + min_range - 1`` or more keeps enough
        values, and a never-shown one that can exceed ``v`` is not pinned.
        """
        v = values[key]
        if key in hidden_low and hidden_low[key] == 0 and v == 0:
            return min_range - 1  # a zero hidden for P3 keeps its range too
        if key not in hidden_low and not 1 <= v < k:
            return None  # 0 or k and more may be known exactly (P1)
        return v + min_range - 1 if key in hidden_low else v + 1

    def violates(key: Unknown, reached: bool) -> bool:
        """Examine ``key``: one program when its highest value settles it, else two.

        ``reached``: a batch program already found a point where ``key`` takes its
        need (:meth:`_Solver.reach`); nothing more is solved for it then.
        """
        v = values[key]
        needed = need(key)
        if needed is None:
            return False
        if reached:
            ranges[key] = (v, float(needed))  # the highest is at least that
            return False
        if key in hidden_low and hidden_low[key] == 0 and v == 0:
            high0 = solver.extreme(key, -1)
            if high0 >= needed - EPS:
                return False
            blockers[key] = solver.binding()
            ranges[key] = (0, float(math.floor(high0 + EPS)))
            return True
        high = _integer_range(0.0, solver.extreme(key, -1))[1]
        if high >= needed:
            ranges[key] = (v, high)
            return False
        blockers[key] = solver.binding()
        low = _integer_range(solver.extreme(key, 1), 0.0)[0]
        blockers[key] += solver.binding()
        ranges[key] = (low, high)
        if key in hidden_low:
            if _width(ranges[key]) >= min_range:
                return False
            if key in hideable and known_before(key):
                settle(key)
                return False
            return True
        return low == high

    def hide(key: Unknown, low: int) -> None:
        published.discard(key)
        hidden_low[key] = low
        solver.bound(key, low, INF)
        pending.add(key)

    def usable(other: Unknown) -> bool:
        return other in published and other in hideable and values[other] > 0

    def usable_zero(other: Unknown) -> bool:
        return (
            other in published and other in hideable and values[other] == 0 and zero_may_hide(other)
        )

    equalities = solver.equalities

    def cost(other: Unknown) -> tuple[int, int, Any]:
        """How little hiding ``other`` gives away: first the sums that would pin it again.

        A count that is the only unknown of several published sums would be recomputed
        at once from each: hiding it helps only if more are hidden with it.
        """
        pinned = sum(
            1
            for row in equalities.get(other, ())
            if all(member == other or member in published for member in row)
        )
        return pinned, values[other], rank(other)

    def candidates(key: Unknown) -> list[Unknown]:
        """Published, hideable, non-zero counts whose relations keep ``key`` narrow.

        The smallest of each relation that binds at the optimum found for ``key``
        (hiding one count in each widens its range at once); else the smallest count
        up to three relations away.
        """
        chosen: list[Unknown] = []
        zero = hidden_low.get(key) == 0 and values[key] == 0
        for row in blockers.get(key, ()):
            if any(other in chosen for other in row):
                continue
            # a hidden zero kept uncertain may need another zero hidden beside it
            choices = [o for o in row if usable(o) or (zero and usable_zero(o))]
            for other in sorted(choices, key=cost):
                if not known_before(other):
                    chosen.append(other)
                    break
                settle(other)
        if chosen:
            return chosen
        found = candidate(key)
        return [] if found is None else [found]

    def candidate(key: Unknown) -> Unknown | None:
        """The smallest published, hideable, non-zero count up to three relations away."""
        seen = {key}
        scanned: set[int] = set()  # a relation read once: its members are all seen then
        frontier = [key]
        for _hop in range(3):
            cancel.check()  # a hop over a large system is long: a lock need not wait
            found = []
            following = []
            for current in frontier:
                for n in solver.touching.get(current, ()):
                    if n in scanned:
                        continue
                    scanned.add(n)
                    for other in solver.rows[n][0]:
                        if other in seen:
                            continue
                        seen.add(other)
                        following.append(other)
                        if other in published and other in hideable and values[other] > 0:
                            found.append(other)
            for other in sorted(found, key=lambda o: (values[o], rank(o))):
                if not known_before(other):
                    return other
                settle(other)
            frontier = following
        return None

    def split_zeros() -> None:
        """P3: hide a zero where a small population sits in one category.

        One zero per such split, all at once; a zero that other counts pin to 0 is
        shown again (hiding it would tell nothing) and the split's next zero tried.
        """
        tries: dict[int, list[Unknown]] = {}
        for n, split in enumerate(splits):
            if not 1 <= values[split.total] < k:
                continue
            nonzero = [p for p in split.parts if values[p] != 0]
            # a zero an earlier release published stays published: hiding it here
            # would hide nothing, and the audit would count on a doubt nobody has
            zeros = [p for p in split.parts if p in published and p in hideable and values[p] == 0]
            if len(nonzero) == 1 and zeros and len(zeros) == len(split.parts) - 1:
                tries[n] = sorted(zeros, key=rank)
        while tries:
            trying = {n: zeros.pop(0) for n, zeros in tries.items()}
            for zero in trying.values():
                hide(zero, 0)
            for n, zero in trying.items():
                if solver.extreme(zero, -1) >= min_range - 1 - EPS:
                    del tries[n]
                    continue
                del hidden_low[zero]  # pinned to 0 by other counts: shown again
                published.add(zero)
                solver.bound(zero, 0.0, 0.0)
                if not tries[n]:
                    del tries[n]

    def last_resort(bad: list[Unknown]) -> bool:
        """Nothing non-zero left to hide beside ``bad``: show what needs no hiding, hide zeros.

        A hidden count that stays pinned to 0 or to k or more gives nothing away (P1):
        it is shown, hiding it protected nothing. For a small one, zeros beside it are
        hidden (a hidden zero may be 0: see P3).
        """
        moved = False
        for key in bad:
            if key in hidden_low and key in hideable and not 1 <= values[key] < k:
                settle(key)
                moved = True
                continue
            for row in touching.get(key, ()):
                for other in row:
                    if usable_zero(other):
                        hide(other, 0)
                        moved = True
        return moved

    split_zeros()
    while True:
        passes += 1
        if passes > MAX_PASSES:
            raise RuntimeError("disclosure audit: no protection found")
        ordered = sorted(pending, key=rank)
        cancel.progress(passes, len(ordered))
        reached = solver.reach({key: n for key in ordered if (n := need(key)) is not None})
        left = sum(1 for key in ordered if key not in reached)
        bad = []
        for key in ordered:
            if key not in reached:
                cancel.progress(passes, left)  # what the window shows while it waits
                left -= 1
            if violates(key, key in reached):
                bad.append(key)
        pending = set()
        if not bad:
            break
        progressed = False
        for key in bad:
            pending.add(key)
            for other in candidates(key):
                if other in published:
                    hide(other, min(1, values[other]))
                    progressed = True
        if not progressed:
            # nothing near enough: hide every published cell that shares a relation
            # with a failing unknown, whatever its value (a last resort, always safe)
            for key in bad:
                for row in touching.get(key, ()):
                    for other in row:
                        if other in published and other in hideable and values[other] > 0:
                            hide(other, 1)
                            progressed = True
            if not progressed:
                progressed = last_resort(bad)
            if not progressed:
                raise UnprotectableError(bad)
    return Audit(
        published=published - settled_before,
        hidden=hidden_low,
        ranges=ranges,
        solved=solver.solved,
    )
