"""The window's thread and the database worker share one interpreter: the window waits less.

How long the window waits is measured by ``benchmarks/window.py`` (a page painted while
the worker builds a report); here, only that the application asks for the shorter turn.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from vpi_groups.ui.app import SWITCH_INTERVAL, make_application


@pytest.fixture
def python_default_turn() -> Iterator[None]:
    """Python's own switch interval (5 ms) before the test; whatever was set, after it."""
    before, locale = sys.getswitchinterval(), QLocale()
    sys.setswitchinterval(0.005)
    yield
    sys.setswitchinterval(before)
    QLocale.setDefault(locale)


def test_the_application_shortens_the_worker_s_turn(
    qapp: QApplication, python_default_turn: None
) -> None:
    assert sys.getswitchinterval() == pytest.approx(0.005)  # the guard: Python's default
    app, translators = make_application([], "fr")
    for translator in translators:
        app.removeTranslator(translator)
    assert SWITCH_INTERVAL <= 0.001
    assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL)
