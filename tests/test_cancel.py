"""Long work stops at its next check once its token is cancelled; other work is untouched."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from vpi_groups import cancel
from vpi_groups.error_messages import describe
from vpi_groups.reports.indicators import Breakdown, PeriodSpec, build_report
from vpi_groups.storage import vault as vaults

PASSPHRASE = "un calcul qu'on arrête en route"


def test_check_raises_only_inside_a_cancelled_scope() -> None:
    cancel.check()  # no scope: nothing to stop
    token = cancel.Token()
    with cancel.scope(token):
        cancel.check()
        token.cancel()
        with pytest.raises(cancel.WorkCancelledError):
            cancel.check()
        with cancel.scope(cancel.Token()):  # another unit of work inside: its own token
            cancel.check()
        with pytest.raises(cancel.WorkCancelledError):
            cancel.check()
    cancel.check()  # the scope is left: the thread's work is no longer that one


def test_a_token_is_read_per_thread() -> None:
    token = cancel.Token()
    token.cancel()
    seen: list[bool] = []

    def other() -> None:
        try:
            cancel.check()
        except cancel.WorkCancelledError:
            seen.append(False)
        else:
            seen.append(True)

    with cancel.scope(token):
        thread = threading.Thread(target=other)
        thread.start()
        thread.join()
    assert seen == [True]


def test_a_cancelled_report_stops_in_its_audit_and_writes_nothing(
    tmp_path: Path, qapp: object
) -> None:
    from sqlalchemy import text

    from vpi_groups.demo import data as demo_data

    vault, _ = vaults.create(tmp_path / "v", PASSPHRASE)
    try:
        with vault.session() as s:
            demo_data.populate(s, years=1, seed=5)
        spec = PeriodSpec.year(demo_data_year(vault))
        every = list(Breakdown)
        with vault.session() as s:
            build_report(s, spec, breakdowns=every)  # runs to its end outside a scope
        token = cancel.Token()
        token.cancel()
        with (
            cancel.scope(token),
            pytest.raises(cancel.WorkCancelledError) as stopped,
            vault.session() as s,
        ):
            build_report(s, spec, breakdowns=every)
        assert "interrompu" in describe(stopped.value, "fr")
        with vault.session() as s:
            assert s.execute(text("SELECT count(*) FROM release")).scalar() == 0
    finally:
        vault.lock()


def demo_data_year(vault: vaults.Vault) -> int:
    """The year of the demo's sessions (it is made around today)."""
    from sqlalchemy import text

    with vault.session() as s:
        first = s.execute(text("SELECT min(starts_at) FROM session")).scalar()
    assert first is not None
    return int(str(first)[:4])


def test_progress_reaches_the_token_of_the_scope_at_most_ten_times_a_second(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cancel.progress(1, 2)  # no scope: nobody to tell, nothing happens
    heard: list[tuple[int, int]] = []
    with cancel.scope(cancel.Token(report=lambda a, b: heard.append((a, b)))):
        cancel.progress(1, 10)
        cancel.progress(1, 9)  # at once after the first: dropped
        monkeypatch.setattr(cancel, "INTERVAL", 0.0)
        cancel.progress(1, 8)
        with cancel.scope(cancel.Token()):  # work without a listener inside
            cancel.progress(5, 5)
    assert heard == [(1, 10), (1, 8)]


def test_the_audit_reports_its_passes_and_what_each_has_left(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from vpi_groups.reports.audit import Problem, protect

    # a + b = 3 published, both hidden: a, b ∈ {1, 2}; the audit needs a second pass
    problem: Problem[str] = Problem()
    problem.values.update({"a": 1, "b": 2, "t": 3})
    problem.add_equal({"t": 1.0, "a": -1.0, "b": -1.0})
    monkeypatch.setattr(cancel, "INTERVAL", 0.0)
    heard: list[tuple[int, int]] = []
    with cancel.scope(cancel.Token(report=lambda a, b: heard.append((a, b)))):
        result = protect(problem, {"a": 1, "b": 1}, ["a", "b", "t"], k=5)
    assert "t" not in result.published
    passes = [p for p, _left in heard]
    assert passes[0] == 1
    assert max(passes) >= 2
    assert passes == sorted(passes)
    for audit_pass in set(passes):
        left = [n for p, n in heard if p == audit_pass]
        assert left == sorted(left, reverse=True)  # counts down within a pass
    assert heard[0] == (1, 2)  # the first pass examines the two hidden counts
