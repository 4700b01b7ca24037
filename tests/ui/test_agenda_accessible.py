"""The week and month views as a screen reader sees them, and the week at 150 %.

A known fortnight in May 2026, in French: on Tuesday 12 "Matin" (10:00–11:30,
Salle Jaurès) and "Soirée" (18:00–19:30), on Wednesday 13 "Mercredi" (14:00–15:30,
cancelled); the next week the same three, none cancelled. The painted calendar
must show its days and sessions to assistive technology as items of their own:
named, placed, focusable, and a session opens with the "press" action.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.scheduling.conftest import make_directory, weekly
from tests.ui.conftest import PASSPHRASE
from vpi_groups.scheduling import records, series, sessions
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.pages.agenda import AgendaPage, CalendarCanvas, View
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.session_dialog import SessionDialog

MONDAY = dt.date(2026, 5, 11)
NEXT_MONDAY = dt.date(2026, 5, 18)


class Known(NamedTuple):
    """What the test knows of one of its sessions."""

    group: str
    start: str
    end: str
    room: str
    cancelled: bool
    week: dt.date


SESSIONS = {
    "matin": Known("Matin", "10:00", "11:30", "Salle Jaurès", False, MONDAY),
    "soirée": Known("Soirée", "18:00", "19:30", "", False, MONDAY),
    "mercredi": Known("Mercredi", "14:00", "15:30", "", True, MONDAY),
    "matin 2": Known("Matin", "10:00", "11:30", "Salle Jaurès", False, NEXT_MONDAY),
    "soirée 2": Known("Soirée", "18:00", "19:30", "", False, NEXT_MONDAY),
    "mercredi 2": Known("Mercredi", "14:00", "15:30", "", False, NEXT_MONDAY),
}
FRENCH_DAYS = ("Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche")


def french_date(day: dt.date) -> str:
    """A day as a French screen reader should hear it: "Mardi 12 mai 2026"."""
    assert day.month in (4, 5, 6)
    month = {4: "avril", 5: "mai", 6: "juin"}[day.month]
    return f"{FRENCH_DAYS[day.weekday()]} {day.day} {month} {day.year}"


@pytest.fixture
def fortnight(tmp_path: Path) -> Iterator[tuple[Vault, dict[str, int]]]:
    """Three groups over two weeks; the ids of their sessions, by the names above."""
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
        sessions.cancel_session(s, afternoon.created[0].id, "Salle inondée")
    ids = {
        "matin": morning.created[0].id,
        "soirée": evening.created[0].id,
        "mercredi": afternoon.created[0].id,
        "matin 2": morning.created[1].id,
        "soirée 2": evening.created[1].id,
        "mercredi 2": afternoon.created[1].id,
    }
    yield vault, ids
    if vault.is_open:
        vault.lock()


def _open_window(qtbot: QtBot, vault: Vault, preferences: Preferences) -> MainWindow:
    window = MainWindow(vault=vault, preferences=preferences)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.agenda_page
    window.sidebar.setCurrentRow(window.pages.index(page))
    return window


@pytest.fixture
def window(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    fortnight: tuple[Vault, dict[str, int]],
) -> Iterator[MainWindow]:
    """The main window on the agenda, week of 11 May, the week view."""
    window = _open_window(qtbot, fortnight[0], preferences)
    page = window.agenda_page
    page.go_to(MONDAY, View.WEEK)
    _loaded(qtbot, page, MONDAY, 3)
    yield window
    for dialog in list(window.session_dialogs.values()):
        dialog.done(0)
    window.close()


def _loaded(qtbot: QtBot, page: AgendaPage, first: dt.date, count: int) -> None:
    qtbot.waitUntil(
        lambda: (
            not page.runner.busy and page.canvas.first_day == first and len(page.entries) == count
        )
    )


def _interface(canvas: CalendarCanvas) -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(canvas)
    assert interface is not None
    return interface


def _children(interface: QAccessibleInterface) -> list[QAccessibleInterface]:
    children = [interface.child(i) for i in range(interface.childCount())]
    assert all(child is not None for child in children)
    return children


def _name(item: QAccessibleInterface) -> str:
    return item.text(QAccessible.Text.Name)


def _expected_week(first: dt.date) -> tuple[list[str], dict[str, Known]]:
    """The days' names the test expects, and its sessions of that week."""
    days = [french_date(first + dt.timedelta(days=d)) for d in range(7)]
    shown = {key: known for key, known in SESSIONS.items() if known.week == first}
    return days, shown


def _session_child(
    children: list[QAccessibleInterface], group: str, start: str, end: str
) -> QAccessibleInterface:
    found = [
        c
        for c in children
        if c.role() == QAccessible.Role.Button
        and group in _name(c)
        and start in _name(c)
        and end in _name(c)
    ]
    assert len(found) == 1, (group, start, [_name(c) for c in children])
    return found[0]


def test_the_week_view_lists_its_days_and_sessions(qtbot: QtBot, window: MainWindow) -> None:
    canvas = window.agenda_page.canvas
    interface = _interface(canvas)
    days, shown = _expected_week(MONDAY)
    assert interface.childCount() == len(days) + len(shown) == 10

    children = _children(interface)
    day_items = [c for c in children if c.role() == QAccessible.Role.ListItem]
    assert [_name(c) for c in day_items] == days
    screen_rect = QRect(canvas.mapToGlobal(canvas.rect().topLeft()), canvas.size())
    for key, known in shown.items():
        item = _session_child(children, known.group, known.start, known.end)
        name = _name(item)
        assert known.room in name, key
        assert ("annulée" in name) == known.cancelled, name
        assert item.parent() is interface
        assert interface.indexOfChild(item) == children.index(item)
        assert item.rect().isValid(), key
        assert screen_rect.contains(item.rect()), key
        assert interface.childAt(item.rect().center().x(), item.rect().center().y()) is item
    # A day, then its sessions: Tuesday 12 May is followed by its two sessions, morning first.
    tuesday = [_name(c) for c in children].index(french_date(MONDAY + dt.timedelta(days=1)))
    assert "Matin" in _name(children[tuesday + 1])
    assert "Soirée" in _name(children[tuesday + 2])
    assert "Chloé" in children[tuesday + 1].text(QAccessible.Text.Description)


def test_the_arrows_move_the_focused_item(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    canvas = window.agenda_page.canvas
    interface = _interface(canvas)
    told: list[tuple[QAccessible.Event, int]] = []

    def record(event: QAccessibleEvent) -> None:
        told.append((event.type(), event.child()))

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    # Coming into the view, the day in focus (Monday, the first item) is said.
    qtbot.waitUntil(lambda: (QAccessible.Event.Focus, 0) in told)

    def focused() -> list[str]:
        return [_name(c) for c in _children(interface) if c.state().focused]

    assert focused() == [french_date(MONDAY)]
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert focused() == [french_date(MONDAY + dt.timedelta(days=1))]
    told.clear()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    [name] = focused()
    assert "Matin" in name
    assert "10:00" in name
    focus_child = interface.focusChild()
    assert focus_child is not None
    assert _name(focus_child) == name
    index = [_name(c) for c in _children(interface)].index(name)
    assert (QAccessible.Event.Focus, index) in told, "the focus event names the session"
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    [name] = focused()
    assert "Soirée" in name
    assert "18:00" in name
    selected = [_name(c) for c in _children(interface) if c.state().selected]
    assert selected == [name]


# The offscreen platform cannot raise a window.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_press_action_opens_the_session(
    qtbot: QtBot, window: MainWindow, fortnight: tuple[Vault, dict[str, int]]
) -> None:
    _vault, ids = fortnight
    interface = _interface(window.agenda_page.canvas)
    item = _session_child(_children(interface), "Soirée", "18:00", "19:30")
    actions = item.actionInterface()
    assert actions is not None
    press = QAccessibleActionInterface.pressAction()
    assert press in actions.actionNames()
    assert window.session_dialogs == {}
    actions.doAction(press)
    qtbot.waitUntil(lambda: ids["soirée"] in window.session_dialogs)
    dialog = window.session_dialogs[ids["soirée"]]
    assert isinstance(dialog, SessionDialog)
    assert dialog.isVisible()
    assert list(window.session_dialogs) == [ids["soirée"]]
    dialog.done(0)
    qtbot.waitUntil(lambda: not window.session_dialogs)


def test_another_week_shows_its_own_items(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, canvas = window.agenda_page, window.agenda_page.canvas
    interface = _interface(canvas)
    told: list[QAccessible.Event] = []
    monkeypatch.setattr(QAccessible, "updateAccessibility", lambda e: told.append(e.type()))
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    qtbot.keyClick(canvas, Qt.Key.Key_PageDown)
    _loaded(qtbot, page, NEXT_MONDAY, 3)

    days, shown = _expected_week(NEXT_MONDAY)
    assert interface.childCount() == len(days) + len(shown)
    children = _children(interface)
    assert [_name(c) for c in children if c.role() == QAccessible.Role.ListItem] == days
    for known in shown.values():
        item = _session_child(children, known.group, known.start, known.end)
        assert ("annulée" in _name(item)) == known.cancelled
    assert QAccessible.Event.ObjectReorder in told, "the screen reader is told the items changed"

    page.go_to(NEXT_MONDAY, View.MONTH)
    qtbot.waitUntil(lambda: not page.runner.busy and canvas.view == View.MONTH)
    # May 2026 in six weeks from Monday 27 April: all six sessions of the fortnight.
    qtbot.waitUntil(lambda: len(page.entries) == len(SESSIONS))
    assert interface.childCount() == 42 + len(SESSIONS)
    names = [_name(c) for c in _children(interface)]
    assert names[0] == french_date(dt.date(2026, 4, 27))
    assert french_date(dt.date(2026, 6, 7)) in names


def test_items_survive_many_changes_and_go_with_the_canvas(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Items are rebuilt as the sessions change, and handed back to Qt with the canvas."""
    page = window.agenda_page
    entries = page.entries
    canvas = CalendarCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(700, 500)
    canvas.show()
    interface = _interface(canvas)
    for turn in range(60):
        shown = entries[: turn % (len(entries) + 1)]
        canvas.show_entries(View.WEEK, MONDAY, MONDAY.replace(day=1), shown)
        assert interface.childCount() == 7 + len(shown)
        for item in _children(interface):
            assert _name(item)
            assert item.parent() is interface
    ids = [QAccessible.uniqueId(item) for item in _children(interface)]
    assert all(QAccessible.accessibleInterface(i) is not None for i in ids)
    canvas.close()
    canvas.deleteLater()
    qtbot.waitUntil(lambda: QAccessible.accessibleInterface(ids[0]) is None)
    assert all(QAccessible.accessibleInterface(i) is None for i in ids)


# ------------------------------------------------------------ 1366×768 at 150 %


@pytest.mark.parametrize("width", [911, 880])
@pytest.mark.parametrize("view", [View.WEEK, View.MONTH])
def test_the_calendar_fits_a_small_screen_without_scrolling_sideways(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    fortnight: tuple[Vault, dict[str, int]],
    width: int,
    view: View,
) -> None:
    """At 150 % on 1366×768 (911×512) the week was wider than the window: it scrolled.

    The window's stack of pages asks for the room of the page shown only, so the
    agenda's own least width is what counts here.
    """
    window = _open_window(qtbot, fortnight[0], preferences)
    page = window.agenda_page
    page.go_to(MONDAY, view)
    qtbot.waitUntil(lambda: not page.runner.busy and page.canvas.view == view)
    window.resize(width, 512)
    qtbot.waitUntil(lambda: window.width() == width)
    area = window.page_area
    assert window.minimumSizeHint().width() <= width
    assert page.minimumSizeHint().width() <= area.viewport().width()
    qtbot.waitUntil(lambda: page.width() == area.viewport().width())
    assert area.horizontalScrollBar().maximum() == 0, (page.minimumSizeHint(), page.width())
    right = page.canvas.mapTo(area.viewport(), page.canvas.rect().topRight()).x()
    assert right < area.viewport().width(), "the seventh day is in view"
    for button in (page.previous_button, page.next_button, page.facilitator_filter):
        corner = button.mapTo(area.viewport(), button.rect().bottomRight())
        assert area.viewport().rect().contains(corner), button.objectName()
    window.close()
