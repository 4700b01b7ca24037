"""The week and month views with the keyboard only, and what they tell a screen reader.

A known fortnight in May 2026: on Tuesday 12 a morning group (10:00, Salle Jaurès)
and an evening group (18:00), on Wednesday 13 an afternoon group (14:00); the same
again the next week. Run in English, so the words checked are the source strings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.scheduling.conftest import make_directory, weekly
from tests.ui.conftest import PASSPHRASE
from vpi_groups.scheduling import records, series
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.pages.agenda import AgendaPage, View
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.session_dialog import SessionDialog

MONDAY = dt.date(2026, 5, 11)
TUESDAY, WEDNESDAY = dt.date(2026, 5, 12), dt.date(2026, 5, 13)


@pytest.fixture
def fortnight(tmp_path: Path) -> Iterator[tuple[Vault, dict[str, int]]]:
    """Three groups; the ids of their sessions of the week of 11 May 2026."""
    vault, _recovery = vaults.create(tmp_path / "vault", PASSPHRASE)
    directory = make_directory(vault)
    awa, bruno, chloe, driss = directory.facilitators
    with vault.session() as s:
        evening = series.create_group(
            s,
            records.GroupSpec("Soirée", directory.action, (awa, bruno), weekly(MONDAY, count=2)),
        )
        morning = series.create_group(
            s,
            records.GroupSpec(
                "Matin",
                directory.action,
                (chloe, driss),
                weekly(MONDAY, at=dt.time(10, 0), count=2),
                room_id=directory.room,
            ),
        )
        afternoon = series.create_group(
            s,
            records.GroupSpec(
                "Mercredi",
                directory.action,
                (awa, chloe),
                weekly(MONDAY, weekday=2, at=dt.time(14, 0), count=2),
            ),
        )
    ids = {
        "morning": morning.created[0].id,
        "evening": evening.created[0].id,
        "afternoon": afternoon.created[0].id,
        "next morning": morning.created[1].id,
    }
    yield vault, ids
    if vault.is_open:
        vault.lock()


@pytest.fixture
def window(
    qtbot: QtBot,
    english: QApplication,
    preferences: Preferences,
    fortnight: tuple[Vault, dict[str, int]],
) -> Iterator[MainWindow]:
    """The main window on the agenda, week of 11 May, the week view."""
    vault, _ids = fortnight
    window = MainWindow(vault=vault, preferences=preferences)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.agenda_page
    window.sidebar.setCurrentRow(window.pages.index(page))
    page.go_to(MONDAY, View.WEEK)
    qtbot.waitUntil(lambda: len(page.entries) == 3 and not page.runner.busy)
    yield window
    for dialog in list(window.session_dialogs.values()):
        dialog.done(0)
    window.close()


def _press(qtbot: QtBot, page: AgendaPage, key: Qt.Key) -> None:
    qtbot.keyClick(page.canvas, key)


def test_tab_reaches_the_week_view(qtbot: QtBot, window: MainWindow) -> None:
    page = window.agenda_page
    page.view_choice.setFocus()
    qtbot.waitUntil(page.view_choice.hasFocus)
    for _press_tab in range(8):
        if page.canvas.hasFocus():
            break
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert page.canvas.hasFocus(), "Tab never reached the week view"


# The offscreen platform cannot raise a window (the second Enter raises the dialog).
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_arrows_go_through_the_days_and_sessions_and_enter_opens_one(
    qtbot: QtBot, window: MainWindow, fortnight: tuple[Vault, dict[str, int]]
) -> None:
    _vault, ids = fortnight
    page, canvas = window.agenda_page, window.agenda_page.canvas
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    assert (canvas.focus_day, canvas.focus_session) == (MONDAY, None)

    steps = [
        (Qt.Key.Key_Right, TUESDAY, None),
        (Qt.Key.Key_Down, TUESDAY, ids["morning"]),  # 10:00 first
        (Qt.Key.Key_Down, TUESDAY, ids["evening"]),  # then 18:00
        (Qt.Key.Key_Down, TUESDAY, ids["evening"]),  # the last one stays
        (Qt.Key.Key_Up, TUESDAY, ids["morning"]),
        (Qt.Key.Key_Up, TUESDAY, None),  # back to the day itself
        (Qt.Key.Key_Right, WEDNESDAY, None),
        (Qt.Key.Key_Down, WEDNESDAY, ids["afternoon"]),
        (Qt.Key.Key_Left, TUESDAY, None),
        (Qt.Key.Key_End, dt.date(2026, 5, 17), None),
        (Qt.Key.Key_Home, MONDAY, None),
    ]
    for key, day, session in steps:
        _press(qtbot, page, key)
        assert (canvas.focus_day, canvas.focus_session) == (day, session), key
        assert page.day == day, "the page follows the day in focus"

    # Enter opens the session in focus, through the window: one dialog per session.
    _press(qtbot, page, Qt.Key.Key_Right)
    _press(qtbot, page, Qt.Key.Key_Down)
    assert canvas.focus_session == ids["morning"]
    _press(qtbot, page, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ids["morning"] in window.session_dialogs)
    dialog = window.session_dialogs[ids["morning"]]
    assert isinstance(dialog, SessionDialog)
    assert dialog.isVisible()
    qtbot.keyClick(canvas, Qt.Key.Key_Enter)  # again: the same dialog, not a second one
    assert list(window.session_dialogs) == [ids["morning"]]
    dialog.done(0)
    qtbot.waitUntil(lambda: not window.session_dialogs)


def test_leaving_the_week_and_page_keys_change_the_period(
    qtbot: QtBot, window: MainWindow, fortnight: tuple[Vault, dict[str, int]]
) -> None:
    _vault, ids = fortnight
    page, canvas = window.agenda_page, window.agenda_page.canvas
    canvas.setFocus()
    page.go_to(TUESDAY)
    qtbot.waitUntil(lambda: not page.runner.busy and len(page.entries) == 3)

    _press(qtbot, page, Qt.Key.Key_PageDown)
    assert canvas.focus_day == TUESDAY + dt.timedelta(days=7)
    assert canvas.first_day == MONDAY + dt.timedelta(days=7)
    qtbot.waitUntil(lambda: not page.runner.busy and len(page.entries) == 3)
    assert ids["next morning"] in {e.session_id for e in page.entries}
    _press(qtbot, page, Qt.Key.Key_Down)
    assert canvas.focus_session == ids["next morning"]

    _press(qtbot, page, Qt.Key.Key_PageUp)
    assert canvas.first_day == MONDAY
    qtbot.waitUntil(lambda: not page.runner.busy and len(page.entries) == 3)

    _press(qtbot, page, Qt.Key.Key_Home)
    _press(qtbot, page, Qt.Key.Key_Left)  # from Monday: the Sunday before, the week before
    assert canvas.focus_day == MONDAY - dt.timedelta(days=1)
    assert canvas.first_day == MONDAY - dt.timedelta(days=7)
    assert "Week of 4" in page.period_label.text()


def test_month_view_moves_by_week_rows_through_the_sessions(
    qtbot: QtBot, window: MainWindow, fortnight: tuple[Vault, dict[str, int]]
) -> None:
    _vault, ids = fortnight
    page, canvas = window.agenda_page, window.agenda_page.canvas
    page.go_to(TUESDAY, View.MONTH)
    qtbot.waitUntil(lambda: not page.runner.busy and len(page.entries) == 6)
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    assert canvas.focus_day == TUESDAY
    # Down: the day's sessions, then the same day a week later; Up walks it back.
    down = [
        (TUESDAY, ids["morning"]),
        (TUESDAY, ids["evening"]),
        (TUESDAY + dt.timedelta(days=7), None),
        (TUESDAY + dt.timedelta(days=7), ids["next morning"]),
    ]
    for day, session in down:
        _press(qtbot, page, Qt.Key.Key_Down)
        assert (canvas.focus_day, canvas.focus_session) == (day, session)
    _press(qtbot, page, Qt.Key.Key_Up)
    _press(qtbot, page, Qt.Key.Key_Up)
    assert (canvas.focus_day, canvas.focus_session) == (TUESDAY, ids["evening"])
    _press(qtbot, page, Qt.Key.Key_PageDown)  # June, on the same day of the month
    assert canvas.focus_day == dt.date(2026, 6, 12)
    assert canvas.month == dt.date(2026, 6, 1)


def test_the_session_in_focus_is_said_and_framed(
    qtbot: QtBot,
    window: MainWindow,
    fortnight: tuple[Vault, dict[str, int]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _vault, ids = fortnight
    page, canvas = window.agenda_page, window.agenda_page.canvas
    told: list[tuple[QAccessible.Event, object]] = []

    def record(event: QAccessibleEvent) -> None:
        told.append((event.type(), event.object()))

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    _press(qtbot, page, Qt.Key.Key_Right)
    told.clear()
    _press(qtbot, page, Qt.Key.Key_Down)
    assert canvas.focus_session == ids["morning"]
    said = canvas.accessibleDescription()
    for words in ("Matin", "Salle Jaurès", "Chloé", "Driss", "10:00", "11:30"):
        assert words in said, words
    assert "Soirée" not in said
    assert (QAccessible.Event.Focus, canvas) in told, "the screen reader is told to read again"
    assert canvas.accessibleName(), "the view has a name"
    assert said in page.focus_line.text(), "and the words show under the calendar"

    # The focus frame: the highlight colour just outside the session's block.
    canvas.repaint()
    block = next(r for r, sid in canvas.hits if sid == ids["morning"])
    image = canvas.grab().toImage()
    ratio = image.devicePixelRatio()
    edge = QPoint(int((block.left() - 1) * ratio), int(block.center().y() * ratio))
    assert image.pixelColor(edge) == canvas.palette().highlight().color()

    _press(qtbot, page, Qt.Key.Key_Up)
    assert "Matin" not in canvas.accessibleDescription(), "the day is said, not the session"
