"""UI responsiveness on a ten-year vault: open the agenda, switch months, open a session.

A 5 ms timer ticks on the UI thread; the largest gap between ticks while each action
runs is the worst stall. Target: under 100 ms. Baseline in the same run: the idle
event loop.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.ui``
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.big_vault import build
from benchmarks.ui_unlock import worst_gap
from vpi_groups.ui.app import make_application
from vpi_groups.ui.pages.agenda import AgendaPage, View
from vpi_groups.ui.session_dialog import SessionDialog


def main() -> None:
    app, _translators = make_application([], "fr")
    with tempfile.TemporaryDirectory(prefix="vpi-ui-bench-") as tmp:
        vault = build(Path(tmp) / "vault")
        with vault.engine.connect() as conn:
            n_sessions = conn.exec_driver_sql("SELECT count(*) FROM session").scalar_one()
            n_lines = conn.exec_driver_sql("SELECT count(*) FROM attendance").scalar_one()
        print(f"vault: {n_sessions:,} sessions, {n_lines:,} attendance lines")
        idle = worst_gap(_nothing, _after(0.5))
        page = AgendaPage()
        page.resize(1100, 700)
        page.show()
        page.day = dt.date(2021, 3, 1)
        page.view_choice.setCurrentIndex(int(View.MONTH))
        opened = worst_gap(lambda: page.load(vault), lambda: bool(page.entries))
        month_gaps = []
        for _ in range(12):
            month_gaps.append(worst_gap(_next_month(page), _changed(page, page.entries)))
        session_id = page.entries[0].session_id
        dialog = SessionDialog(vault, session_id)
        dialog.show()
        open_gap = worst_gap(_nothing, lambda: dialog.data is not None)
        dialog.close()
        page.clear()
        vault.lock()
    rows = [
        ("idle event loop (baseline)", idle),
        ("opening the agenda (month view)", opened),
        ("switching months, worst of 12", max(month_gaps)),
        ("opening a session (register of 7+)", open_gap),
    ]
    for label, gap in rows:
        verdict = "ok" if gap < 0.1 else "MISSED"
        print(f"worst UI-thread gap {label:<40} {gap * 1000:6.1f} ms  (target < 100 ms: {verdict})")
    del app


def _next_month(page: AgendaPage) -> Callable[[], None]:
    return lambda: page.move_by(1)


def _nothing() -> None:
    return None


def _after(seconds: float) -> Callable[[], bool]:
    deadline = time.perf_counter() + seconds
    return lambda: time.perf_counter() > deadline


def _changed(page: AgendaPage, before: object) -> Callable[[], bool]:
    return lambda: page.entries is not before


if __name__ == "__main__":
    main()
