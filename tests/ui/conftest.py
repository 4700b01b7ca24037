"""UI test guards: a test must not leave a window open or a worker running."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def _no_leftovers(qapp: QApplication) -> Iterator[None]:
    """Fail the test if a top-level widget stays visible or a pooled worker still runs.

    pytest-qt closes the widgets registered with ``qtbot.addWidget`` before this
    finaliser runs, so anything still visible here was never registered.
    """
    yield
    QThreadPool.globalInstance().waitForDone(5000)
    busy = QThreadPool.globalInstance().activeThreadCount()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in visible:
        widget.close()
    assert busy == 0, f"{busy} worker(s) still running after the test"
    assert not visible, f"top-level widgets left open: {[w.objectName() for w in visible]}"
