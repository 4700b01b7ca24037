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
