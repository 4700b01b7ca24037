"""Auto-lock: a timer restarted by every keyboard or mouse input in the application."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without user input.

    It watches the application's events only while it counts (unlocked): every event
    of the application goes through its filter, a Python call each. Locked, none does;
    the lock itself disables the whole window, about 5,600 events on a full window.
    """

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setObjectName("idleTimer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.restarts = 0  # how often input restarted the countdown (diagnostics, tests)
        self.watching: QCoreApplication | None = None  # the application filtered, if any
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        """Change the delay; counting restarts."""
        self.timer.setInterval(minutes * 60_000)
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        """Start counting (the vault was unlocked), watching the application's input."""
        app = QCoreApplication.instance()
        if self.watching is None and app is not None:
            app.installEventFilter(self)
            self.watching = app
        self.timer.start()

    def stop(self) -> None:
        """Stop counting (the vault is locked), and stop watching."""
        self.timer.stop()
        if self.watching is not None:
            self.watching.removeEventFilter(self)
            self.watching = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Restart the countdown on user input; never consume the event."""
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
            self.restarts += 1
        return False
