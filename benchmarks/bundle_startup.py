"""Start-up of the bundled window (PyInstaller, ``make dist``) against the development install.

Both sides open the window on the same fresh vault, as ``vpi-groups --vault DIR`` does,
in fresh processes, in turn (bundle, development, bundle...): the time runs from the
start of the process to the moment the French unlock dialog is mapped on an Xvfb
display (polled with ``xwininfo`` every 10 ms, the same for both sides; neither
program is changed or probed). Target: the bundle's median of per-round ratios
<= 1.3x the development install's.

Needs a built bundle (``make dist``), Xvfb and xwininfo (x11-utils).

Run: ``.venv/bin/python -m benchmarks.bundle_startup [--runs N] [--bundle DIR]``
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.timing import interleaved, median_ratio, report, spread

NAME = "bundle_startup"
ROOT = Path(__file__).resolve().parent.parent
DEV_BINARY = Path(sys.executable).parent / "vpi-groups"
PASSPHRASE = "une phrase de passe pour mesurer le démarrage 7"
UNLOCK_TITLE = "VPI Groups — déverrouillage"
TARGET = 1.3
LIMIT_S = 60.0


def _answers(display: str, env: dict[str, str] | None) -> bool:
    """Whether an X server accepts clients on ``display``."""
    probe = subprocess.run(
        ["xwininfo", "-root", "-display", display],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=10,
        check=False,
    )
    return probe.returncode == 0


@contextmanager
def xvfb(env: dict[str, str] | None = None) -> Iterator[str]:
    """An Xvfb server on a free display (from :300 up, away from the usual ones)."""
    for number in range(300 + os.getpid() % 300, 1000):
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        # -noreset: by default the server resets when its last client leaves, and
        # refuses the next one for that moment (one run's window closing, the next's opening).
        server = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", "1280x720x24", "-nolisten", "tcp", "-noreset"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while server.poll() is None and time.monotonic() < deadline:
            if _answers(f":{number}", env):
                break
            time.sleep(0.05)  # the server says nothing when it is ready: ask it
        if server.poll() is None and _answers(f":{number}", env):
            break
        server.kill()
        server.wait()
    else:
        raise RuntimeError("no free X display for Xvfb")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def mapped(display: str, env: dict[str, str]) -> bool:
    """Whether the unlock dialog is on the display."""
    found = subprocess.run(
        ["xwininfo", "-display", display, "-name", UNLOCK_TITLE],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    return found.returncode == 0


def start_to_window(binary: Path, vault: Path, display: str, env: dict[str, str]) -> None:
    """Start ``binary`` on ``vault`` and return once its unlock dialog is mapped."""
    process = subprocess.Popen(
        [str(binary), "--vault", str(vault), "--lang", "fr"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + LIMIT_S
        while not mapped(display, env):
            if process.poll() is not None:
                _out, err = process.communicate()
                raise SystemExit(f"{binary} exited with {process.returncode}:\n{err.decode()}")
            if time.monotonic() > deadline:
                raise SystemExit(f"{binary}: no unlock window within {LIMIT_S:.0f} s")
            time.sleep(0.01)  # polling another process's window: no signal to wait on
    finally:
        process.terminate()
        process.wait(timeout=10)
    # The next run must not see this window still mapped.
    while mapped(display, env):
        time.sleep(0.01)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="rounds (each side once a round)")
    parser.add_argument("--bundle", default=str(ROOT / "dist" / "vpi-groups"))
    args = parser.parse_args()
    bundled = Path(args.bundle) / "vpi-groups"
    for needed in ("Xvfb", "xwininfo"):
        if shutil.which(needed) is None:
            raise SystemExit(f"{needed} is needed (apt-get install xvfb x11-utils)")
    if not bundled.is_file():
        raise SystemExit(f"{bundled} not found: run `make dist` first")

    from vpi_groups.storage import vault as vaults

    with tempfile.TemporaryDirectory(prefix="vpi-bundle-bench-") as tmp:
        home = Path(tmp)
        vault_dir = home / "vault"
        vaults.create(vault_dir, PASSPHRASE, kdf_seconds=0)[0].lock()
        with xvfb() as display:
            env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "LC_"))}
            env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", LANG="C.UTF-8", HOME=str(home))
            for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
                env[var] = str(home / var.lower())
            # One run each first: the page cache holds both sides' files before timing.
            start_to_window(bundled, vault_dir, display, env)
            start_to_window(DEV_BINARY, vault_dir, display, env)
            times, bases = interleaved(
                lambda: start_to_window(bundled, vault_dir, display, env),
                lambda: start_to_window(DEV_BINARY, vault_dir, display, env),
                repeat=args.runs,
            )
    ratios = [t / b for t, b in zip(times, bases, strict=True)]
    print(
        report(
            "unlock window: bundle vs development install",
            statistics.median(times),
            statistics.median(bases),
            TARGET,
            ratio=median_ratio(times, bases),
            benchmark=NAME,
        )
    )
    print(f"{args.runs} rounds; per-round ratios {spread(ratios)}")


if __name__ == "__main__":
    main()
