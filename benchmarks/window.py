"""The real window on a true ten-year vault: UI-thread stalls, memory, start-up.

Two vaults, 2016-2025, built once and kept in a cache folder (keyed by their shape
and the vault's migrations; ``--cache DIR`` or ``VPI_BENCH_CACHE``, else
``~/.cache/vpi-groups-bench``), copied afresh for each run:

- ``big``: :mod:`benchmarks.big_vault` (60 weekly groups, 31,000 sessions, 150k lines);
- ``large``: :mod:`benchmarks.reports`'s programme without the purge: 480 groups
  (48 a year), 4,800 participants, ~188k register lines.

For each vault, a fresh process opens the real ``MainWindow`` (offscreen) as
``vpi-groups`` does, with a 10 ms heartbeat ``QTimer`` on the UI thread, and drives
every action of the issue through the event loop, waiting (bounded) until the
database worker and every page's runner are idle: unlock, each page shown, agenda
navigation (month, week and list views, months forward and back), a decade report
with every breakdown, scrolled to each of its tables in turn, a session dialog opened and
saved (the register), the lock. Per action it prints the worst gap between two
heartbeats (target <= 100 ms) and the median gap (target <= 50 ms); after the run,
the process's RSS (target <= 250 MB) and its peak, and how long each action that took
a second or more made the user wait (no target: the window stays responsive meanwhile,
with its progress shown).

Start-up, in fresh processes, in turn: the first paint of the unlock window against
the first paint of an empty PySide6 window (:mod:`benchmarks.first_paint`; target
<= 2x), and ``vpi-groups --version`` against ``python -c pass`` (target: the
difference of the medians <= 0.15 s).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.window
[--shapes big,large] [--rounds N] [--startup-runs N]``
"""

from __future__ import annotations

import argparse
import compileall
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

NAME = "window"
ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
BUILD_VERSION = 2  # bump when a shape's content changes
SHAPES = {
    "big": "big_vault.py: 60 weekly groups, 150k lines",
    "large": "480 groups, 4,800 participants, ~188k lines, no purge",
}
STALL_WORST_MS, STALL_MEDIAN_MS, RSS_MB = 100.0, 50.0, 250.0
STARTUP_RATIO, VERSION_SECONDS = 2.0, 0.15


# ---------------------------------------------------------------- vaults


def passphrase(shape: str) -> str:
    from benchmarks import big_vault, reports

    return big_vault.PASSPHRASE if shape == "big" else reports.PASSPHRASE


def cache_key(shape: str) -> str:
    versions = ROOT / "src" / "vpi_groups" / "storage" / "migrations" / "versions"
    migrations = sorted(p.name for p in versions.glob("*.py"))
    text = json.dumps([shape, BUILD_VERSION, migrations])
    return f"{shape}-{hashlib.sha256(text.encode()).hexdigest()[:12]}"


def cache_dir(given: str | None) -> Path:
    if given:
        return Path(given)
    if os.environ.get("VPI_BENCH_CACHE"):
        return Path(os.environ["VPI_BENCH_CACHE"])
    return Path.home() / ".cache" / "vpi-groups-bench"


def build_shape(shape: str, folder: Path) -> None:
    """Build one shape (run in its own process: its memory is not the window's)."""
    if shape == "big":
        from benchmarks.big_vault import build

        build(folder).lock()
        return
    from benchmarks import reports
    from vpi_groups.storage import vault as vaults

    vault, _ = vaults.create(folder, reports.PASSPHRASE, kdf_seconds=0)
    reports.build(vault, 48, purge=False)
    vault.lock()


def cached_vault(shape: str, cache: Path) -> Path:
    """The shape's vault in the cache, built first if missing."""
    target = cache / cache_key(shape)
    if (target / "vault.db").exists():
        print(f"[{shape}] cached vault: {target}", flush=True)
        return target
    cache.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f"{shape}-", dir=cache))
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "benchmarks.window", "build", shape, str(staging / "vault")],
        check=True,
        cwd=ROOT,
    )
    (staging / "vault").rename(target)
    staging.rmdir()
    print(f"[{shape}] built in {time.perf_counter() - started:.0f} s: {target}", flush=True)
    return target


# ---------------------------------------------------------------- the window, driven


class Driver:
    """A 10 ms heartbeat on the UI thread and the actions, each measured by its gaps."""

    def __init__(self, window: Any) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        from vpi_groups.ui.tasks import TaskRunner, database_worker

        self.window = window
        self._runner_type = TaskRunner
        self._worker = database_worker()
        self._loop_type = QEventLoop
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        # Beats and gaps are kept as C doubles, not float objects: a float kept from
        # each beat of a long report would land among the report's short-lived objects
        # and keep their memory from being reused or returned (the RSS is measured).
        self.ticks = array("d")
        self.results: dict[str, array[float]] = {}  # action -> every gap (ms) of every run
        self.waits: dict[str, array[float]] = {}  # action -> seconds until done, each run
        self._done: Callable[[], bool] = lambda: True
        self._quiet = 0
        self._deadline = 0.0
        self._loop: Any = None
        self.began = time.perf_counter()
        self.verbose = bool(os.environ.get("VPI_BENCH_VERBOSE"))

    def idle(self) -> bool:
        """No task on the worker and no runner with a result not yet delivered."""
        if self._worker.activeThreadCount():
            return False
        return not any(r.busy for r in self.window.findChildren(self._runner_type))

    def _tick(self) -> None:
        now = time.perf_counter()
        self.ticks.append(now)
        if self._loop is None:
            return
        ready = self._done() and self.idle()
        self._quiet = self._quiet + 1 if ready else 0
        # Done and idle for 5 beats in a row (50 ms): the paints and any deferred work
        # queued by the last result have run and been measured.
        if self._quiet >= 5 or now > self._deadline:
            if now > self._deadline:
                print(f"    (gave up waiting after {self._budget:.0f} s)", flush=True)
            self._loop.quit()

    def act(
        self, label: str, start: Callable[[], object], done: Callable[[], bool] = lambda: True
    ) -> array[float]:
        """Run ``start``, then the event loop until ``done()`` and idle; keep the gaps."""
        self._done, self._quiet = done, 0
        self._budget = 300.0
        self._deadline = time.perf_counter() + self._budget
        self.ticks = array("d", [time.perf_counter()])
        self._loop = self._loop_type()
        if not self.timer.isActive():
            self.timer.start()
        start()
        self._loop.exec()
        self._loop = None
        ticks = self.ticks
        gaps = array("d", ((ticks[i + 1] - ticks[i]) * 1000 for i in range(len(ticks) - 1)))
        self.results.setdefault(label, array("d")).extend(gaps)
        # until done and idle: the 50 ms of quiet beats that confirm it are left out
        waited = max(0.0, ticks[-1] - ticks[0] - 0.05)
        self.waits.setdefault(label, array("d")).append(waited)
        if self.verbose:
            took = self.ticks[-1] - self.ticks[0]
            print(f"    {label}: {took:.2f} s, worst gap {max(gaps, default=0):.0f} ms", flush=True)
        return gaps


def rss_mb() -> tuple[float, float]:
    """Current and peak resident memory of this process, in MB (/proc/self/status)."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _sep, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0]) / 1024
    if not found:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return peak, peak
    return found["VmRSS"], found["VmHWM"]


def drive(shape: str, folder: Path, rounds: int) -> None:
    """Open the real window on ``folder`` and drive every action (in this process)."""
    import datetime as dt
    import faulthandler
    import signal

    faulthandler.register(signal.SIGUSR1)  # kill -USR1 PID: where is it waiting?

    from PySide6.QtCore import QSettings

    from vpi_groups.ui.app import freeze_after_start_up, make_application
    from vpi_groups.ui.main_window import MainWindow
    from vpi_groups.ui.preferences import Preferences

    _app, _translators = make_application(sys.argv[:1], "fr")
    settings = QSettings(str(folder.parent / "prefs.ini"), QSettings.Format.IniFormat)
    preferences = Preferences(settings)
    window = MainWindow(folder=folder, preferences=preferences)
    window.unlocked.connect(freeze_after_start_up)  # as ui.app.run does: the app's GC policy
    window.show()
    driver = Driver(window)
    driver.act("open the locked window", window.ask_passphrase, lambda: bool(window.unlock_dialog))
    dialog = window.unlock_dialog
    assert dialog is not None
    dialog.passphrase.setText(passphrase(shape))
    driver.act("unlock (and the first page)", dialog.submit_passphrase, lambda: bool(window.vault))
    # Only now: imported before, they would spare the window the imports it does itself
    # while the passphrase is typed (the ORM, the models), and hide their cost.
    from vpi_groups.reports.periods import PeriodSpec
    from vpi_groups.storage.models import AttendanceStatus
    from vpi_groups.ui.pages.agenda import View

    vault = window.vault
    assert vault is not None
    with vault.engine.connect() as conn:  # the session to open: a 2025 register
        session_id = conn.exec_driver_sql(
            "SELECT a.session_id FROM attendance a JOIN session s ON s.id = a.session_id"
            " WHERE s.starts_at >= '2025-03-01' ORDER BY s.starts_at LIMIT 1"
        ).scalar_one()
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    agenda, reports = window.agenda_page, window.reports_page

    def show_page(index: int) -> Callable[[], object]:
        return lambda: window.sidebar.setCurrentRow(index)

    def click(button: Any, times: int) -> Callable[[], object]:
        def run() -> None:
            for _ in range(times):
                button.click()

        return run

    for round_ in range(rounds):
        for index, title in enumerate(titles):
            driver.act(f"page shown: {title}", show_page(index))
        driver.act("agenda page", show_page(titles.index(titles[0])))
        driver.act(
            "agenda: go to March 2025, month view",
            lambda: agenda.go_to(dt.date(2025, 3, 3), View.MONTH),
        )
        for _ in range(6):
            driver.act("agenda: next month (x6)", click(agenda.next_button, 1))
        for _ in range(6):
            driver.act("agenda: previous month (x6)", click(agenda.previous_button, 1))
        driver.act("agenda: week view", lambda: agenda.view_choice.setCurrentIndex(View.WEEK))
        for _ in range(4):
            driver.act("agenda: next/previous week (x8)", click(agenda.next_button, 1))
            driver.act("agenda: next/previous week (x8)", click(agenda.previous_button, 1))
        driver.act("agenda: list view", lambda: agenda.view_choice.setCurrentIndex(View.LIST))
        for _ in range(3):
            driver.act("agenda: list, next week (x3)", click(agenda.next_button, 1))
        agenda.view_choice.setCurrentIndex(View.MONTH)

        driver.act("reports page", show_page(window.pages.index(reports)))
        reports.period.choose(PeriodSpec.whole_years(2016, 2025))
        reports.by.setCurrentIndex(reports.by.count() - 1)  # by year
        for box in reports.breakdowns.values():
            box.setChecked(True)
        before = [reports.report]
        driver.act(
            "decade report, every breakdown",
            reports.compute_button.click,
            lambda before=before: (  # type: ignore[misc]
                reports.report is not before[0]
                and reports.report is not None
                and not reports.fitting()
            ),
        )
        for i in range(reports.contents.count()):
            name = reports.contents.item(i).text()
            gaps = driver.act(
                "report tables scrolled to, each in turn",
                lambda i=i: reports.contents.setCurrentRow(i),  # type: ignore[misc]
            )
            if round_ == 0 and max(gaps, default=0) > STALL_WORST_MS:
                print(f"    report table {name!r}: worst gap {max(gaps):.0f} ms", flush=True)

        opened: list[Any] = []

        def open_dialog(opened: list[Any] = opened) -> None:
            opened.append(window.open_session(int(session_id)))

        def dialog_shown(opened: list[Any] = opened) -> bool:
            return bool(opened) and opened[0] is not None and opened[0].data is not None

        driver.act("session dialog opened (register)", open_dialog, dialog_shown)
        session_dialog = opened[0]
        # A register of the dialog as the user leaves it: every line marked present.
        model = session_dialog.register_model
        for row in range(model.rowCount()):
            model.set_status(row, AttendanceStatus.PRESENT)

        def saved(dialog: Any = session_dialog) -> bool:
            # closed once saved; left open (enabled, a message shown) if the save failed
            return window.session_dialog is None or (dialog.isEnabled() and not dialog.runner.busy)

        driver.act("session dialog saved (register)", session_dialog.save, saved)
        if window.session_dialog is not None:
            print(f"    the save failed: {session_dialog.message.text()!r}", flush=True)
            session_dialog.done(0)
        # The window lets go of the dialog once it is closed (deleteLater): so does this
        # driver, or the dialog's register and every participant's code would be counted
        # in the RSS after the lock, where the app no longer has them.
        opened.clear()
        del session_dialog, model, saved
    driver.act("lock", window.lock, lambda: window.vault is None)
    current, peak = rss_mb()
    print(f"[{shape}] actions done in {time.perf_counter() - driver.began:.0f} s", flush=True)
    driver.timer.stop()
    print(f"[{shape}] worst / median heartbeat gap per action ({rounds} round(s)):", flush=True)
    for label, gaps in driver.results.items():
        worst, median = max(gaps, default=0.0), statistics.median(gaps) if gaps else 0.0
        ok = worst <= STALL_WORST_MS and median <= STALL_MEDIAN_MS
        print(
            f"  {label:<44} worst {worst:7.1f} ms  median {median:5.1f} ms  "
            f"(targets <= {STALL_WORST_MS:g} / {STALL_MEDIAN_MS:g} ms: {'ok' if ok else 'MISSED'})",
            flush=True,
        )
        _record_stall(shape, label, worst, median)
    from benchmarks.timing import absolute

    print(absolute(NAME, f"{shape}: RSS after the run", current, RSS_MB, "MB"))
    print(absolute(NAME, f"{shape}: peak RSS during the run", peak, None, "MB"))
    for label, waits in driver.waits.items():
        if max(waits) >= 1.0:
            longest = max(waits)
            print(absolute(NAME, f"{shape}: {label}, time until done", longest, None, "s"))
    window.close()
    print(f"[{shape}] window closed after {time.perf_counter() - driver.began:.0f} s", flush=True)
    os._exit(0)  # the figures are printed; Qt's teardown is not measured


def _record_stall(shape: str, label: str, worst: float, median: float) -> None:
    from benchmarks.timing import record

    ok = worst <= STALL_WORST_MS and median <= STALL_MEDIAN_MS
    record(
        NAME,
        f"{shape}: {label} (worst; median gap)",
        measured=worst,
        baseline=median,
        target=STALL_WORST_MS,
        unit="ms",
        kind="stall",
        note=f"median {median:.1f} ms, target <= {STALL_MEDIAN_MS:g}",
        verdict_of="ok" if ok else "MISSED",
    )


# ---------------------------------------------------------------- start-up


def _fresh_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(home)  # the app's preferences: none from this user
    return env


def first_paint(args: list[str], env: dict[str, str]) -> float:
    """Seconds from starting a fresh process to its first paint (see first_paint.py)."""
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.first_paint", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    words = out.stdout.split()
    if len(words) < 2 or words[0] != "painted":
        raise RuntimeError(f"no paint from {args[0]}: {out.stderr.strip()[-800:]}")
    return float(words[1]) - started


def wall(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, env=env, cwd=ROOT, check=True, timeout=60)
    return time.perf_counter() - started


def startup(runs: int) -> None:
    from benchmarks.timing import absolute, median_ratio, report, spread
    from vpi_groups.storage import vault as vaults

    with tempfile.TemporaryDirectory(prefix="vpi-bench-start-") as tmp:
        home = Path(tmp)
        folder = home / "vault"
        vaults.create(folder, "le premier affichage 2026", kdf_seconds=0)[0].lock()
        env = _fresh_env(home)
        first_paint(["empty"], env)  # warm the file cache for both sides
        first_paint(["app", str(folder)], env)
        apps, empties = [], []
        for _ in range(runs):
            apps.append(first_paint(["app", str(folder)], env))
            empties.append(first_paint(["empty"], env))
        ratios = [a / e for a, e in zip(apps, empties, strict=True)]
        print(
            report(
                f"first paint: unlock window vs empty QWidget (x{runs})",
                statistics.median(apps),
                statistics.median(empties),
                STARTUP_RATIO,
                ratio=median_ratio(apps, empties),
                benchmark=NAME,
            )
            + f"  [per-run ratios {spread(ratios)}]"
        )
        version, bare = [], []
        for _ in range(runs):
            version.append(wall([str(BIN / "vpi-groups"), "--version"], env))
            bare.append(wall([sys.executable, "-c", "pass"], env))
        v, b = statistics.median(version), statistics.median(bare)
        print(
            absolute(
                NAME,
                f"vpi-groups --version minus python -c pass (x{runs})",
                v - b,
                VERSION_SECONDS,
                "s",
                baseline=b,
                note=f"--version {v:.3f} s, python -c pass {b:.3f} s",
            )
            + f"  [--version {v:.3f} s raw, python -c pass {b:.3f} s raw]"
        )


# ---------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--shapes", default="big,large", help="vaults to open: big, large")
    parser.add_argument("--rounds", type=int, default=1, help="times every action is done")
    parser.add_argument("--startup-runs", type=int, default=7)
    parser.add_argument("--cache", help="folder of the built vaults (kept between runs)")
    parser.add_argument("--no-startup", action="store_true")
    if len(sys.argv) > 1 and sys.argv[1] in ("build", "drive"):
        command, shape, folder = sys.argv[1], sys.argv[2], Path(sys.argv[3])
        if command == "build":
            build_shape(shape, folder)
        else:
            drive(shape, folder, int(sys.argv[4]))
        return
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The project's bytecode, as an installed copy has it (pip compiles a wheel's
    # modules). An editable install run with PYTHONDONTWRITEBYTECODE=1 never writes it,
    # and every process would compile each module as it is imported: about 0.3 s of the
    # unlock spent compiling the pages, counted as stalls no user has.
    compileall.compile_dir(ROOT / "src" / "vpi_groups", quiet=1)
    cache = cache_dir(args.cache)
    for shape in [s for s in args.shapes.split(",") if s]:
        if shape not in SHAPES:
            raise SystemExit(f"unknown shape {shape!r}: {', '.join(SHAPES)}")
        source = cached_vault(shape, cache)
        with tempfile.TemporaryDirectory(prefix=f"vpi-bench-window-{shape}-") as tmp:
            folder = Path(tmp) / "vault"
            shutil.copytree(source, folder)
            print(f"[{shape}] {SHAPES[shape]}: the real MainWindow, 10 ms heartbeat", flush=True)
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "benchmarks.window",
                    "drive",
                    shape,
                    str(folder),
                    str(args.rounds),
                ],
                check=True,
                cwd=ROOT,
                env=_fresh_env(Path(tmp)),
            )
    if not args.no_startup:
        startup(args.startup_runs)


if __name__ == "__main__":
    main()
