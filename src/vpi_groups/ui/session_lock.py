"""Lock when the desktop session locks, the screen saver starts or the computer sleeps.

Three sources feed one signal, :attr:`SessionLockWatcher.lock_requested`:

* Linux: systemd-logind on the system bus (our session's ``Lock`` signal and
  ``PrepareForSleep(true)``) and the screen saver on the session bus
  (``ActiveChanged(true)``), read with jeepney on a daemon thread. jeepney is imported on
  that thread, never when this module loads, and it only speaks unix sockets: D-Bus here
  never leaves the computer. Without a bus, nothing starts.
* Windows: session notifications (``WTS_SESSION_LOCK``) and ``PBT_APMSUSPEND``, read
  from the window's native messages.
* Everywhere: a clock check every few seconds. A gap far longer than the interval means
  the computer slept, or the application was frozen for that long; either way the person
  may have left, so the window locks.

Which message means "lock" is decided by pure functions (:func:`lock_reason`,
:func:`windows_lock_reason`, :func:`slept`) so that it can be tested without a bus.
"""

from __future__ import annotations

import contextlib
import os
import selectors
import sys
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QWidget

SESSION_LOCK = "session-lock"
SCREENSAVER = "screensaver"
SUSPEND = "suspend"
RESUME = "resume"

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
LOGIN1_SESSIONS = "/org/freedesktop/login1/session"
SCREENSAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")
SYSTEM_BUS_SOCKETS = ("/run/dbus/system_bus_socket", "/var/run/dbus/system_bus_socket")

CLOCK_INTERVAL_MS = 5_000
_CALL_TIMEOUT = 2.0  # seconds for each D-Bus call made while subscribing
_JOIN_TIMEOUT = 3.0  # seconds stop() waits for the bus thread

# D-Bus message type and header field codes (jeepney's MessageType and HeaderFields).
_SIGNAL = 4
_PATH, _INTERFACE, _MEMBER = 1, 2, 3

# Windows messages.
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
_NOTIFY_FOR_THIS_SESSION = 0


def lock_reason(message: Any, session_path: str | None) -> str | None:
    """Tell whether a D-Bus message means "lock now", and why.

    Args:
        message: A received jeepney ``Message``, or anything with ``header.message_type``,
            ``header.fields`` (keyed by D-Bus header field code) and ``body``.
        session_path: Our logind session's object path. When it is unknown (None), any
            session's ``Lock`` counts: locking too often is safer than too rarely.

    Returns:
        ``"session-lock"``, ``"suspend"`` or ``"screensaver"``; None for any other message.
    """
    header = message.header
    if getattr(header.message_type, "value", header.message_type) != _SIGNAL:
        return None
    fields = header.fields
    interface, member, path = fields.get(_INTERFACE), fields.get(_MEMBER), fields.get(_PATH)
    switched_on = tuple(message.body)[:1] == (True,)
    if interface == LOGIN1_SESSION and member == "Lock":
        ours = path == session_path if session_path else str(path).startswith(LOGIN1_SESSIONS + "/")
        return SESSION_LOCK if ours else None
    if interface == LOGIN1_MANAGER and member == "PrepareForSleep" and switched_on:
        return SUSPEND
    if interface in SCREENSAVERS and member == "ActiveChanged" and switched_on:
        return SCREENSAVER
    return None


def windows_lock_reason(message: int, wparam: int) -> str | None:
    """Tell whether a Windows message means "lock now", and why.

    Args:
        message: The message code (``MSG.message``).
        wparam: Its ``wParam``.

    Returns:
        ``"session-lock"`` or ``"suspend"``; None for any other message.
    """
    if message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK:
        return SESSION_LOCK
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return SUSPEND
    return None


def slept(wall_elapsed: float, monotonic_elapsed: float, interval: float) -> bool:
    """Tell whether the time between two clock checks is far longer than their interval.

    Args:
        wall_elapsed: Seconds the wall clock advanced (it keeps counting during sleep).
        monotonic_elapsed: Seconds the monotonic clock advanced (it may not, on Linux).
        interval: Seconds the checks are meant to be apart.

    Returns:
        True when either clock advanced by more than twice the interval plus 30 seconds.
    """
    return max(wall_elapsed, monotonic_elapsed) > 2 * interval + 30


def bus_addresses(
    environ: Mapping[str, str], exists: Callable[[str], bool] = os.path.exists
) -> dict[str, str]:
    """Return the D-Bus buses to listen on, by name (``"system"``, ``"session"``).

    Only unix-socket addresses are kept. The session bus needs
    ``DBUS_SESSION_BUS_ADDRESS``; the system bus is ``DBUS_SYSTEM_BUS_ADDRESS`` or its
    usual socket, when that exists.

    Args:
        environ: The environment (``os.environ``).
        exists: Whether a file exists (``os.path.exists``).

    Returns:
        The addresses found; empty without any bus (containers, CI).
    """
    system = environ.get("DBUS_SYSTEM_BUS_ADDRESS", "") or next(
        (f"unix:path={path}" for path in SYSTEM_BUS_SOCKETS if exists(path)), ""
    )
    candidates = {"system": system, "session": environ.get("DBUS_SESSION_BUS_ADDRESS", "")}
    return {
        bus: address
        for bus, address in candidates.items()
        if any(part.startswith("unix:") for part in address.split(";"))
    }


class _BusListener:
    """Reads lock signals from the D-Bus buses on a daemon thread until stopped.

    The thread only calls ``deliver(reason)``; ``stop()`` wakes it by closing one end
    of a pipe it watches together with the bus connections.
    """

    def __init__(self, addresses: Mapping[str, str], deliver: Callable[[str], None]) -> None:
        self.addresses = dict(addresses)
        self.deliver = deliver
        self.stopping = threading.Event()
        self.listening = threading.Event()  # subscriptions made (diagnostics, manual checks)
        self._wake_read, self._wake_write = os.pipe()
        self.thread = threading.Thread(target=self._run, name="session-lock-dbus", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.stopping.set()
        with contextlib.suppress(OSError):  # already closed by an earlier stop()
            os.close(self._wake_write)  # end of file: the thread's select returns
        self.thread.join(_JOIN_TIMEOUT)

    def _run(self) -> None:
        connections: list[Any] = []
        try:
            # A bus that fails or goes away leaves the clock check; nothing to report.
            with contextlib.suppress(Exception):
                session_path = self._subscribe(connections)
                if connections:
                    self.listening.set()
                    self._read(connections, session_path)
        finally:
            for connection in connections:
                connection.close()
            os.close(self._wake_read)

    def _subscribe(self, connections: list[Any]) -> str | None:
        """Connect to each bus and ask for the lock signals; return our session's path."""
        from jeepney.io.blocking import open_dbus_connection

        session_path = None
        for bus, address in self.addresses.items():
            if self.stopping.is_set():
                break
            try:
                connection = open_dbus_connection(bus=address)
            except Exception:  # no socket, refused, not a bus
                continue
            try:
                session_path = self._ask_for_signals(connection, bus) or session_path
            except Exception:  # the bus went away or refused: do without it
                connection.close()
                continue
            connections.append(connection)
        return session_path

    @staticmethod
    def _ask_for_signals(connection: Any, bus: str) -> str | None:
        """Add the match rules of one bus; on the system bus, return our session's path."""
        from jeepney.bus_messages import MatchRule, message_bus
        from jeepney.wrappers import unwrap_msg

        session_path = None
        if bus == "system":
            session_path = _our_session(connection)
            rules = [
                MatchRule(
                    type="signal",
                    sender=LOGIN1,
                    interface=LOGIN1_MANAGER,
                    member="PrepareForSleep",
                    path=LOGIN1_PATH,
                ),
                MatchRule(
                    type="signal",
                    sender=LOGIN1,
                    interface=LOGIN1_SESSION,
                    member="Lock",
                    path=session_path,
                    path_namespace=None if session_path else LOGIN1_SESSIONS,
                ),
            ]
        else:
            rules = [
                MatchRule(type="signal", interface=name, member="ActiveChanged")
                for name in SCREENSAVERS
            ]
        for rule in rules:
            unwrap_msg(
                connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=_CALL_TIMEOUT)
            )
        return session_path

    def _read(self, connections: list[Any], session_path: str | None) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self._wake_read, selectors.EVENT_READ, None)
            for connection in connections:
                selector.register(connection.sock, selectors.EVENT_READ, connection)
            while not self.stopping.is_set():
                for key, _events in selector.select():
                    if key.data is None:
                        return
                    try:
                        messages = _available(key.data)
                    except OSError:  # this bus closed; the others go on
                        selector.unregister(key.fileobj)
                        continue
                    for message in messages:
                        reason = lock_reason(message, session_path)
                        if reason is not None and not self.stopping.is_set():
                            self.deliver(reason)


def _available(connection: Any) -> list[Any]:
    """Return the messages a readable connection holds, without waiting for more."""
    messages = []
    with contextlib.suppress(TimeoutError):
        while True:
            messages.append(connection.receive(timeout=0))
    return messages


def _our_session(connection: Any) -> str | None:
    """Return this process's logind session path, by PID then by ``XDG_SESSION_ID``."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.wrappers import DBusErrorResponse, unwrap_msg

    manager = DBusAddress(LOGIN1_PATH, bus_name=LOGIN1, interface=LOGIN1_MANAGER)
    calls: list[tuple[str, str, tuple[object, ...]]] = [("GetSessionByPID", "u", (os.getpid(),))]
    if os.environ.get("XDG_SESSION_ID"):
        calls.append(("GetSession", "s", (os.environ["XDG_SESSION_ID"],)))
    for method, signature, args in calls:
        call = new_method_call(manager, method, signature, args)
        try:
            (path,) = unwrap_msg(connection.send_and_get_reply(call, timeout=_CALL_TIMEOUT))
        except (DBusErrorResponse, TimeoutError):  # not in a session, or no logind
            continue
        return str(path)
    return None


class _WindowsMessages(QAbstractNativeEventFilter):
    """Passes the session-lock and suspend messages of Windows to ``deliver``."""

    def __init__(self, deliver: Callable[[str], None]) -> None:
        super().__init__()
        self.deliver = deliver

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> tuple[bool, int]:
        """Look at one native message; never consume it."""
        kind = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
        if sys.platform == "win32" and kind == b"windows_generic_MSG":
            import ctypes.wintypes

            msg = ctypes.wintypes.MSG.from_address(int(message))
            reason = windows_lock_reason(msg.message, msg.wParam)
            if reason is not None:
                self.deliver(reason)
        return False, 0


class SessionLockWatcher(QObject):
    """Asks for a lock when the desktop locks, the screen saver starts or the computer sleeps.

    ``lock_requested`` is always emitted on the UI thread, with the reason:
    ``"session-lock"``, ``"screensaver"``, ``"suspend"`` or ``"resume"`` (a clock gap).
    Nothing is emitted between ``stop()`` and the next ``start()``.

    Args:
        parent: The window (on Windows, its native handle receives session messages).
        interval_ms: Milliseconds between clock checks.
        wall: The wall clock, ``time.time`` (replaceable for tests).
        monotonic: The monotonic clock, ``time.monotonic``.
        buses: D-Bus addresses to listen on; None finds them in the environment at
            each start.
    """

    lock_requested = Signal(str)
    _from_bus = Signal(str)  # emitted on the bus thread, queued to the UI thread

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        interval_ms: int = CLOCK_INTERVAL_MS,
        wall: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        buses: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setObjectName("sessionClockTimer")
        self.timer.setTimerType(Qt.TimerType.CoarseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self._from_bus.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._buses = buses
        self._wall = wall
        self._monotonic = monotonic
        self._last = (wall(), monotonic())
        self._running = False
        self.listener: _BusListener | None = None
        self._windows: _WindowsMessages | None = None
        self._hwnd: int | None = None

    @property
    def running(self) -> bool:
        """Whether the watcher is between ``start()`` and ``stop()``."""
        return self._running

    def set_clocks(self, wall: Callable[[], float], monotonic: Callable[[], float]) -> None:
        """Replace both clocks and count from their current readings."""
        self._wall = wall
        self._monotonic = monotonic
        self._last = (wall(), monotonic())

    def start(self) -> None:
        """Start watching (the vault was unlocked); a second call restarts."""
        self.stop()
        self._running = True
        self._last = (self._wall(), self._monotonic())
        self.timer.start()
        if sys.platform.startswith("linux"):
            buses = bus_addresses(os.environ) if self._buses is None else self._buses
            if buses:
                self.listener = _BusListener(buses, self._from_bus.emit)
                self.listener.start()
        elif sys.platform == "win32":
            self._start_windows()

    def stop(self) -> None:
        """Stop watching (the vault is locked or the window closes); joins the bus thread."""
        self._running = False
        self.timer.stop()
        if self.listener is not None:
            listener, self.listener = self.listener, None
            listener.stop()
        self._stop_windows()

    @Slot()
    def tick(self) -> None:
        """Compare both clocks with the previous check; a long gap means the computer slept."""
        now = (self._wall(), self._monotonic())
        wall_elapsed, monotonic_elapsed = now[0] - self._last[0], now[1] - self._last[1]
        self._last = now
        if self._running and slept(wall_elapsed, monotonic_elapsed, self.timer.interval() / 1000):
            self.lock_requested.emit(RESUME)

    @Slot(str)
    def _deliver(self, reason: str) -> None:
        if self._running:
            self.lock_requested.emit(reason)

    def _start_windows(self) -> None:
        """Install the native message filter; register the window for session messages."""
        app = QCoreApplication.instance()
        if app is None:
            return
        self._windows = _WindowsMessages(self._deliver)
        app.installNativeEventFilter(self._windows)
        window = self.parent()
        if sys.platform == "win32" and isinstance(window, QWidget):
            import ctypes

            hwnd = int(window.winId())
            if ctypes.windll.wtsapi32.WTSRegisterSessionNotification(
                hwnd, _NOTIFY_FOR_THIS_SESSION
            ):
                self._hwnd = hwnd

    def _stop_windows(self) -> None:
        app = QCoreApplication.instance()
        if self._windows is not None and app is not None:
            app.removeNativeEventFilter(self._windows)
        self._windows = None
        if sys.platform == "win32" and self._hwnd is not None:
            import ctypes

            ctypes.windll.wtsapi32.WTSUnRegisterSessionNotification(self._hwnd)
        self._hwnd = None
