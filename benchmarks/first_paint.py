"""Start-up probe: print the wall-clock time of the first paint of a window, then exit.

Run in a fresh process by :mod:`benchmarks.window` (which takes the time before
starting it). Two modes, sharing this launcher so that both pay the same overhead:

- ``app FOLDER``: what ``vpi-groups --vault FOLDER`` does (``vpi_groups.cli.main``),
  with a probe on the QApplication the app creates: the first paint event of a widget
  of the unlock window ends the process;
- ``empty``: a QApplication and an empty QWidget, shown; its first paint ends it.

Nothing here is imported by the app; the probe hooks in by handing the app a
subclass of ``QApplication`` that installs an event filter when it is created.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.first_paint empty``
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any


def _painted() -> None:
    sys.stdout.write(f"painted {time.time():.6f}\n")
    sys.stdout.flush()
    os._exit(0)  # at once: shutting down is not part of the figure


def _is_unlock_window(obj: Any) -> bool:
    window = obj.window()
    name = window.objectName().casefold()
    return "unlock" in name or "unlock" in type(window).__name__.casefold()


def main() -> None:
    mode = sys.argv[1]
    from PySide6 import QtWidgets
    from PySide6.QtCore import QEvent, QObject

    wanted = _is_unlock_window if mode == "app" else (lambda _obj: True)

    class Probe(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and obj.isWidgetType() and wanted(obj):
                _painted()
            return False

    probe = Probe()

    class ProbedApplication(QtWidgets.QApplication):
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            self.installEventFilter(probe)

    if mode == "empty":
        app = ProbedApplication(sys.argv[:1])
        widget = QtWidgets.QWidget()
        widget.resize(640, 400)
        widget.show()
        app.exec()
        return
    setattr(QtWidgets, "QApplication", ProbedApplication)  # noqa: B010 - the app imports it after
    from vpi_groups import cli

    cli.main(["--vault", sys.argv[2], "--lang", "fr"])


if __name__ == "__main__":
    main()
