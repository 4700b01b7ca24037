"""Smoke test of the built bundle: its own binary, on a fresh vault, as a user would run it.

Usage: ``.venv/bin/python packaging/smoke_bundle.py [dist/vpi-groups]`` (``make dist``
runs it). Exit code 0 when every step passed, 1 otherwise; each step prints its time.

In a temporary home (settings and data folders included), with the bundled
``vpi-groups`` and nothing from the development install:

1. ``--version``;
2. ``init`` with a passphrase file, ``demo-data``, ``verify``;
3. a report in each format (csv, xlsx, pdf, json), a calendar (.ics), a backup
   restored into a new folder (the bundle hashes with CPython's own SHA-2, not OpenSSL);
4. on Linux, the bundle's trimmed ICU data (packaging/trim_icu.py): the bundle's QtCore
   and ICU libraries, loaded under this interpreter's PySide6 (the same version, with
   ``LD_PRELOAD``: the frozen program runs no other code), sort French names with
   accents, upper-case French letters, name the Paris time zone in French and open
   the Windows-1252 codec;
5. the window on that vault, to the unlock dialog. Under Xvfb (when installed), the
   step waits until a window titled as the French unlock dialog is mapped on the X
   display: proof that the window opened and that the bundle's French catalogue was
   loaded. Without Xvfb (or ``xwininfo``), the window runs on Qt's offscreen platform
   and the step checks that it is still running after a few seconds (it did not
   crash at start-up). Either way it is then ended (SIGTERM).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "une phrase de passe pour l'essai du paquet 2026"
UNLOCK_TITLE = "VPI Groups — déverrouillage"  # "VPI Groups — unlock" in the French catalogue
REPORT_FORMATS = ("csv", "xlsx", "pdf", "json")
WINDOW_LIMIT_S = 30.0
ALIVE_AFTER_S = 5.0


# Run under the bundle's QtCore and ICU (icu_step): prints what the checks compare.
ICU_PROBE = """
import json
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone
french = QLocale("fr_FR")
collator = QCollator(french)
paris = QTimeZone(b"Europe/Paris")
print(json.dumps({
    "sorted": sorted(%r, key=collator.sortKey),
    "upper": french.toUpper("élève œuvre à ça"),
    "zone": paris.displayName(QTimeZone.StandardTime, QTimeZone.LongName, french),
    "windows-1252": QStringDecoder("windows-1252").isValid(),
    "libraries": sorted({line.split()[-1] for line in open("/proc/self/maps")
                         if "libicudata" in line or "libQt6Core" in line}),
}))
"""
# In French order (accents count after the letters): not the order of code points,
# which puts É after Z.
FRENCH_NAMES = ("Élodie", "Eloïse", "Emile", "Émilie", "Fanny", "Zoé")
FRENCH_UPPER = "ÉLÈVE ŒUVRE À ÇA"
PARIS_IN_FRENCH = "heure normale d’Europe centrale"


class SmokeError(Exception):
    """A step of the smoke test failed; the message says which and why."""


def _environment(home: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("LC_", "LANGUAGE", "PYTHON", "QT_", "VIRTUAL_ENV"))
    }
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(home / var.lower())
    env["HOME"] = str(home)
    # A UTF-8 locale every machine has (titles are UTF-8 on X); French is the app's
    # language for any locale that is not English.
    env["LANG"] = "C.UTF-8"
    return env


def _run(binary: Path, env: dict[str, str], *args: str, timeout: float = 120) -> str:
    result = subprocess.run(
        [str(binary), *args], capture_output=True, text=True, env=env, timeout=timeout, check=False
    )
    if result.returncode != 0:
        raise SmokeError(
            f"vpi-groups {' '.join(args)} exited with {result.returncode}:\n{result.stderr}"
        )
    return result.stdout


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
def _xvfb(env: dict[str, str]) -> Iterator[str | None]:
    """Start Xvfb on a free display (from :300 up) and yield its name; None without Xvfb."""
    if shutil.which("Xvfb") is None or shutil.which("xwininfo") is None:
        if os.environ.get("CI") == "true":  # .ci/run installs them: the weaker check is a miss
            raise SmokeError("Xvfb and xwininfo are needed in CI (apt-get install xvfb x11-utils)")
        yield None
        return
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
        raise SmokeError("no free X display for Xvfb")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _window_titles(display: str, env: dict[str, str]) -> str:
    result = subprocess.run(
        ["xwininfo", "-root", "-tree", "-display", display],
        capture_output=True,
        text=True,
        env=env,
        timeout=10,
        check=False,
    )
    return result.stdout


def _wait_for(condition: Callable[[], bool], limit_s: float) -> bool:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)  # polling another process: there is no signal to wait on
    return False


def window_step(binary: Path, vault: Path, env: dict[str, str]) -> str:
    """Open the window on ``vault`` to its unlock dialog; return how it was checked."""
    with _xvfb(env) as display:
        window_env = dict(env)
        if display is None:
            window_env["QT_QPA_PLATFORM"] = "offscreen"
        else:
            window_env["DISPLAY"] = display
            window_env["QT_QPA_PLATFORM"] = "xcb"
        process = subprocess.Popen(
            [str(binary), "--vault", str(vault), "--lang", "fr"],
            env=window_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            if display is not None:
                shown = _wait_for(
                    lambda: (
                        process.poll() is not None
                        or UNLOCK_TITLE in _window_titles(display, window_env)
                    ),
                    WINDOW_LIMIT_S,
                )
                if process.poll() is not None:
                    raise SmokeError(f"the window exited ({process.returncode})")
                if not shown:
                    raise SmokeError(f"no window titled {UNLOCK_TITLE!r} within {WINDOW_LIMIT_S} s")
                how = f"unlock dialog mapped on Xvfb {display}, French title"
            else:
                _wait_for(lambda: process.poll() is not None, ALIVE_AFTER_S)
                if process.poll() is not None:
                    raise SmokeError(f"the window exited ({process.returncode})")
                how = f"offscreen, still running after {ALIVE_AFTER_S:.0f} s"
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
            try:
                _out, err = process.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                _out, err = process.communicate()
        if "Traceback" in err:
            raise SmokeError(f"the window printed a traceback:\n{err}")
        return how


def icu_step(bundle: Path) -> str:
    """Check French collation, case and zone names with the bundle's QtCore and ICU data."""
    qt_lib = bundle / "_internal" / "PySide6" / "Qt" / "lib"
    if not list(qt_lib.glob("libicudata.so.*")):
        return "no ICU data library in the bundle: skipped"
    shuffled = [FRENCH_NAMES[i] for i in (4, 3, 5, 1, 0, 2)]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "LD_"))}
    # The bundle's QtCore in place of this interpreter's: its ICU libraries come with it
    # (their RUNPATH is their own folder).
    env["LD_PRELOAD"] = str(qt_lib / "libQt6Core.so.6")
    result = subprocess.run(
        [sys.executable, "-c", ICU_PROBE % (shuffled,)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    if result.returncode != 0:
        raise SmokeError(f"the ICU probe failed:\n{result.stderr}")
    found = json.loads(result.stdout)
    outside = [path for path in found["libraries"] if not path.startswith(str(qt_lib.resolve()))]
    if outside or len(found["libraries"]) != 2:
        raise SmokeError(f"the probe did not run on the bundle's libraries: {found['libraries']}")
    expected = {
        "sorted": list(FRENCH_NAMES),
        "upper": FRENCH_UPPER,
        "zone": PARIS_IN_FRENCH,
        "windows-1252": True,
    }
    wrong = {key: found[key] for key, value in expected.items() if found[key] != value}
    if wrong:
        raise SmokeError(f"ICU data: expected {expected}, got {wrong}")
    return "French sorting, case, zone name, Windows-1252"


def smoke(bundle: Path) -> list[tuple[str, float, str]]:
    """Run every step against ``bundle``; return (step, seconds, note) for each."""
    binary = bundle / "vpi-groups"
    if not binary.is_file():
        raise SmokeError(f"{binary} not found: build the bundle first (make dist)")
    done: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory(prefix="vpi-smoke-") as tmp:
        home = Path(tmp) / "home"
        env = _environment(home)
        vault = home / "vault"
        secret = Path(tmp) / "passphrase"
        secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
        out = Path(tmp) / "out"
        out.mkdir()
        key = ("--passphrase-file", str(secret))

        def step(name: str, work: Callable[[], str]) -> None:
            start = time.perf_counter()
            note = work()
            done.append((name, time.perf_counter() - start, note))
            print(f"{name:<22} {done[-1][1]:6.2f} s  {note}", flush=True)

        def version() -> str:
            return _run(binary, env, "--version").strip()

        def init() -> str:
            _run(binary, env, "--vault", str(vault), "init", *key)
            return "vault created"

        def demo() -> str:
            return _run(binary, env, "--vault", str(vault), "demo-data", "--years", "1", *key)[:60]

        def verify() -> str:
            return _run(binary, env, "--vault", str(vault), "verify", *key).strip()[:60]

        def reports() -> str:
            year = time.localtime().tm_year
            sizes = []
            for fmt in REPORT_FORMATS:
                target = out / f"report.{fmt}"
                _run(
                    binary,
                    env,
                    *("--vault", str(vault), "report", "--year", str(year), "--format", fmt),
                    *("--breakdown", "action", "age-band", "--out", str(target), *key),
                )
                if target.stat().st_size == 0:
                    raise SmokeError(f"empty {fmt} report")
                sizes.append(f"{fmt} {target.stat().st_size} B")
            return ", ".join(sizes)

        def calendar() -> str:
            target = out / "agenda.ics"
            _run(binary, env, "--vault", str(vault), "export-ics", "--out", str(target), *key)
            text = target.read_text(encoding="utf-8")
            if not text.startswith("BEGIN:VCALENDAR") or "BEGIN:VEVENT" not in text:
                raise SmokeError("the .ics holds no event")
            return f"{text.count('BEGIN:VEVENT')} events"

        def backup() -> str:
            archive = out / "coffre.vpibak"
            _run(binary, env, "--vault", str(vault), "backup", "--out", str(archive), *key)
            restored = home / "restored"
            _run(binary, env, "restore", str(archive), "--to", str(restored), *key)
            return _run(binary, env, "--vault", str(restored), "verify", *key).strip()[:60]

        step("version", version)
        step("init", init)
        step("demo-data", demo)
        step("verify", verify)
        step("reports", reports)
        step("calendar", calendar)
        step("backup", backup)
        step("icu data", lambda: icu_step(bundle))
        step("window", lambda: window_step(binary, vault, env))
    return done


def main(argv: list[str]) -> int:
    """Smoke-test the bundle folder named in ``argv`` (default dist/vpi-groups)."""
    bundle = Path(argv[0]) if argv else ROOT / "dist" / "vpi-groups"
    start = time.perf_counter()
    try:
        smoke(bundle)
    except (SmokeError, subprocess.TimeoutExpired) as exc:
        print(f"SMOKE FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"smoke ok in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
