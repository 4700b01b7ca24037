"""Locking when the desktop locks, the screen saver starts or the computer sleeps."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from jeepney import DBusAddress, new_method_call, new_signal
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE, shown_window
from vpi_groups.storage import vault as vaults
from vpi_groups.ui import session_lock
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.session_lock import (
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    SessionLockWatcher,
    bus_addresses,
    lock_reason,
    slept,
    windows_lock_reason,
)

OUR_SESSION = "/org/freedesktop/login1/session/_32"
MANAGER = DBusAddress("/org/freedesktop/login1", interface="org.freedesktop.login1.Manager")


class FakeClock:
    """Two clocks that only move when told to."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0
        self.mono = 5_000.0

    def wall(self) -> float:
        return self.now

    def monotonic(self) -> float:
        return self.mono

    def advance(self, wall: float, monotonic: float | None = None) -> None:
        self.now += wall
        self.mono += wall if monotonic is None else monotonic


@pytest.fixture
def no_bus(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No session bus and no system bus, as in a container."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("DBUS_SYSTEM_BUS_ADDRESS", raising=False)
    monkeypatch.setattr(session_lock, "SYSTEM_BUS_SOCKETS", (str(tmp_path / "none"),))


def _window(qtbot: QtBot, preferences: Preferences, folder: Path) -> MainWindow:
    return shown_window(qtbot, preferences, vaults.unlock(folder, passphrase=PASSPHRASE))


def _bus_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "session-lock-dbus"]


# ------------------------------------------------------------ clock gap


def test_a_wall_clock_jump_locks_the_vault(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    vault_folder: tuple[Path, str],
    no_bus: None,
) -> None:
    window = _window(qtbot, preferences, vault_folder[0])
    vault = window.vault
    assert vault is not None
    watcher = window.desktop_lock
    assert watcher.running
    assert watcher.timer.isActive()
    clock = FakeClock()
    watcher.set_clocks(clock.wall, clock.monotonic)
    clock.advance(5)
    watcher.tick()
    assert window.vault is vault
    clock.advance(3 * 3600, monotonic=5)  # the lid was closed for three hours
    with qtbot.waitSignal(watcher.lock_requested) as requested, qtbot.waitSignal(window.locked):
        watcher.tick()
    assert requested.args == ["resume"]
    assert window.vault is None
    assert not vault.is_open
    assert not window.holds_record_data()
    assert window.unlock_dialog is not None
    assert not watcher.running, "no watching while locked"
    assert not watcher.timer.isActive()
    window.close()


def test_regular_ticks_do_not_lock(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    vault_folder: tuple[Path, str],
    no_bus: None,
) -> None:
    window = _window(qtbot, preferences, vault_folder[0])
    watcher = window.desktop_lock
    clock = FakeClock()
    watcher.set_clocks(clock.wall, clock.monotonic)
    requests: list[str] = []
    watcher.lock_requested.connect(requests.append)
    for late_by in (0, 1, 12, 35):  # a busy event loop may tick late, not 40 s late
        clock.advance(5 + late_by)
        watcher.tick()
    clock.advance(-3600, monotonic=5)  # the clock set back an hour
    watcher.tick()
    assert requests == []
    assert window.vault is not None
    assert window.vault.is_open
    window.close()


@pytest.mark.parametrize(
    ("wall", "monotonic", "expected"),
    [
        (5.0, 5.0, False),
        (40.0, 40.0, False),  # the limit: 2 x 5 s + 30 s
        (40.5, 5.0, True),  # Linux: the monotonic clock stops during sleep
        (7200.0, 7200.0, True),  # a clock that counts sleep, or a frozen application
        (-3600.0, 5.0, False),  # the wall clock set back
        (-3600.0, 7200.0, True),  # set back, but the monotonic clock saw the gap
    ],
)
def test_slept(wall: float, monotonic: float, expected: bool) -> None:
    assert slept(wall, monotonic, 5.0) is expected


# ------------------------------------------------------------ D-Bus messages


def test_our_sessions_lock_signal_means_session_lock() -> None:
    ours = DBusAddress(OUR_SESSION, interface="org.freedesktop.login1.Session")
    other = DBusAddress(
        "/org/freedesktop/login1/session/c2", interface="org.freedesktop.login1.Session"
    )
    assert lock_reason(new_signal(ours, "Lock"), OUR_SESSION) == "session-lock"
    assert lock_reason(new_signal(other, "Lock"), OUR_SESSION) is None
    assert lock_reason(new_signal(ours, "Unlock"), OUR_SESSION) is None
    # Our session unknown: any session's Lock counts, nothing outside logind's sessions.
    assert lock_reason(new_signal(other, "Lock"), None) == "session-lock"
    stray = DBusAddress("/elsewhere", interface="org.freedesktop.login1.Session")
    assert lock_reason(new_signal(stray, "Lock"), None) is None


def test_prepare_for_sleep_true_means_suspend() -> None:
    going = new_signal(MANAGER, "PrepareForSleep", "b", (True,))
    waking = new_signal(MANAGER, "PrepareForSleep", "b", (False,))
    assert lock_reason(going, OUR_SESSION) == "suspend"
    assert lock_reason(waking, OUR_SESSION) is None


@pytest.mark.parametrize("interface", ["org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"])
def test_screen_saver_active_means_screensaver(interface: str) -> None:
    saver = DBusAddress("/org/freedesktop/ScreenSaver", interface=interface)
    assert lock_reason(new_signal(saver, "ActiveChanged", "b", (True,)), None) == "screensaver"
    assert lock_reason(new_signal(saver, "ActiveChanged", "b", (False,)), None) is None


def test_other_messages_mean_nothing() -> None:
    bus = DBusAddress("/org/freedesktop/DBus", interface="org.freedesktop.DBus")
    assert lock_reason(new_signal(bus, "NameAcquired", "s", (":1.42",)), None) is None
    saver = DBusAddress(
        "/org/freedesktop/ScreenSaver",
        bus_name="org.freedesktop.ScreenSaver",
        interface="org.freedesktop.ScreenSaver",
    )
    # A method call that looks like the signal (someone asking the screen saver) is not one.
    assert lock_reason(new_method_call(saver, "ActiveChanged", "b", (True,)), None) is None
    session = DBusAddress(
        OUR_SESSION, bus_name="org.freedesktop.login1", interface="org.freedesktop.login1.Session"
    )
    assert lock_reason(new_method_call(session, "Lock"), OUR_SESSION) is None


def test_windows_messages() -> None:
    assert windows_lock_reason(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK) == "session-lock"
    assert windows_lock_reason(WM_WTSSESSION_CHANGE, 0x8) is None  # WTS_SESSION_UNLOCK
    assert windows_lock_reason(WM_POWERBROADCAST, PBT_APMSUSPEND) == "suspend"
    assert windows_lock_reason(WM_POWERBROADCAST, 0x12) is None  # PBT_APMRESUMEAUTOMATIC
    assert windows_lock_reason(0x0010, WTS_SESSION_LOCK) is None  # WM_CLOSE


def test_bus_addresses(tmp_path: Path) -> None:
    socket_file = tmp_path / "system_bus_socket"
    assert bus_addresses({}, exists=lambda _path: False) == {}
    assert bus_addresses({"DBUS_SESSION_BUS_ADDRESS": ""}, exists=lambda _path: False) == {}
    session = "unix:path=/run/user/1000/bus"
    assert bus_addresses({"DBUS_SESSION_BUS_ADDRESS": session}, exists=lambda _p: False) == {
        "session": session
    }
    found = bus_addresses({}, exists=lambda path: path == "/run/dbus/system_bus_socket")
    assert found == {"system": "unix:path=/run/dbus/system_bus_socket"}
    explicit = {"DBUS_SYSTEM_BUS_ADDRESS": f"unix:path={socket_file}"}
    assert bus_addresses(explicit, exists=lambda _p: False) == {
        "system": f"unix:path={socket_file}"
    }
    # Never a network transport.
    tcp = {"DBUS_SESSION_BUS_ADDRESS": "tcp:host=10.0.0.1,port=5555"}
    assert bus_addresses(tcp, exists=lambda _p: False) == {}


# ------------------------------------------------------------ the watcher


def test_without_a_bus_nothing_starts_and_stop_is_clean(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    vault_folder: tuple[Path, str],
    no_bus: None,
) -> None:
    window = _window(qtbot, preferences, vault_folder[0])
    watcher = window.desktop_lock
    assert watcher.running
    assert watcher.listener is None
    assert _bus_threads() == []
    window.close()
    assert not watcher.running
    assert not watcher.timer.isActive()
    assert _bus_threads() == []


def test_an_unreachable_bus_ends_its_thread_quietly(qtbot: QtBot, tmp_path: Path) -> None:
    watcher = SessionLockWatcher(buses={"session": f"unix:path={tmp_path / 'no-bus'}"})
    requests: list[str] = []
    watcher.lock_requested.connect(requests.append)
    watcher.start()
    listener = watcher.listener
    assert listener is not None
    assert listener.thread.daemon
    watcher.stop()
    assert watcher.listener is None
    assert not listener.thread.is_alive()
    assert not listener.listening.is_set()
    assert _bus_threads() == []
    assert requests == []


def test_a_bus_signal_from_another_thread_locks_on_the_ui_thread(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    vault_folder: tuple[Path, str],
    no_bus: None,
) -> None:
    window = _window(qtbot, preferences, vault_folder[0])
    watcher = window.desktop_lock
    seen_on: list[threading.Thread] = []
    watcher.lock_requested.connect(lambda _reason: seen_on.append(threading.current_thread()))
    emitter = threading.Thread(target=watcher._from_bus.emit, args=("screensaver",))
    with qtbot.waitSignal(watcher.lock_requested) as requested, qtbot.waitSignal(window.locked):
        emitter.start()
        emitter.join()
    assert requested.args == ["screensaver"]
    assert seen_on == [threading.main_thread()]
    assert window.vault is None
    window.close()


def test_nothing_is_delivered_after_stop(qtbot: QtBot) -> None:
    watcher = SessionLockWatcher(buses={})
    requests: list[str] = []
    watcher.lock_requested.connect(requests.append)
    watcher.start()
    watcher.stop()
    emitter = threading.Thread(target=watcher._from_bus.emit, args=("suspend",))
    emitter.start()
    emitter.join()
    QCoreApplication.sendPostedEvents(watcher)
    assert requests == []
    watcher.start()
    emitter = threading.Thread(target=watcher._from_bus.emit, args=("suspend",))
    emitter.start()
    emitter.join()
    QCoreApplication.sendPostedEvents(watcher)
    assert requests == ["suspend"]
    watcher.stop()
