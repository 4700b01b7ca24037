"""Start-up probe: print the wall-clock time of the first paint of a window, then exit.

Run in a fresh process by :mod:`benchmarks.window` (which takes the time before
starting it). Two modes, sharing this launcher so that both pay the same overhead:

- ``app FOLDER``: what ``vpi-groups --vault FOLDER`` does (``vpi_groups.launch.main``);
  the first paint of the unlock dialog (the top-level widget of the unlock window,
  painted before any of its children) ends the process;
- ``empty``: a QApplication and an empty QWidget, shown; its first paint ends it.

Both sides are probed the same way and only there: a Python ``paintEvent`` on the one
window watched. The unlock dialog has a Python ``paintEvent`` of its own (it tells the
main window it has painted), which the probe replaces; the empty window gets one, so
that both sides pay the same one call. An event filter on the whole application
(the first way this was probed) ran Python for each of the ~1,100 events the app
handles before its first paint, and cost the app side about 22 ms that no user waits
for (the main window's construction took 30 ms under it, 8 ms without).

Nothing here is imported by the app; the app's modules are not imported before
``vpi_groups.launch`` would import them, but for the unlock dialog's, whose class is
patched just before ``launch.main`` runs (the same modules, imported a moment earlier).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.first_paint empty``
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any


def _painted(*_args: Any) -> None:
    sys.stdout.write(f"painted {time.time():.6f}\n")
    sys.stdout.flush()
    os._exit(0)  # at once: shutting down is not part of the figure


def main() -> None:
    mode = sys.argv[1]
    from PySide6 import QtWidgets

    if mode == "empty":

        class Empty(QtWidgets.QWidget):
            def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
                _painted()

        app = QtWidgets.QApplication(sys.argv[:1])
        widget = Empty()
        widget.resize(640, 400)
        widget.show()
        app.exec()
        return
    from vpi_groups import launch
    from vpi_groups.ui.unlock import UnlockDialog

    setattr(UnlockDialog, "paintEvent", _painted)  # noqa: B010 - before any is made
    launch.main(["--vault", sys.argv[2], "--lang", "fr"])


if __name__ == "__main__":
    main()
