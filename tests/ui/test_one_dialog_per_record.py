"""One session dialog per session: a double-click opens one, a second open raises it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.attendance.conftest import GroupWithSessions
from tests.ui.test_agenda_and_sessions import START, programme  # noqa: F401 (fixture)
from vpi_groups.storage import vault as vaults
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.pages.agenda import View
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.session_dialog import SessionDialog

Programme = tuple[vaults.Vault, GroupWithSessions, list[int]]


def shown_dialogs() -> list[SessionDialog]:
    """The session dialogs on screen, whoever their parent."""
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, SessionDialog) and w.isVisible()
    ]


@pytest.fixture
def window(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    programme: Programme,  # noqa: F811
) -> Iterator[MainWindow]:
    vault, _group, _people = programme
    window = MainWindow(vault=vault, preferences=preferences)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    page = window.agenda_page
    window.sidebar.setCurrentRow(window.pages.index(page))
    page.day = START
    page.view_choice.setCurrentIndex(int(View.LIST))
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 5)
    yield window
    for dialog in shown_dialogs():
        dialog.reject()
    window.close()


# The offscreen platform cannot raise a window (it still activates it).
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_double_click_in_the_list_opens_one_dialog_and_a_second_open_raises_it(
    qtbot: QtBot,
    window: MainWindow,
    programme: Programme,  # noqa: F811
) -> None:
    _vault, group, _people = programme
    page = window.agenda_page
    view = page.list_view
    row = next(
        r
        for r in range(page.list_model.rowCount())
        if page.list_model.row_at(r).row_id == group.session_ids[0]
    )
    index = page.list_model.index(row, 0)
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: len(shown_dialogs()) >= 1)
    QApplication.processEvents()  # a second open posted by the double-click would show here
    first = shown_dialogs()
    assert len(first) == 1
    dialog = first[0]
    assert dialog.session_id == group.session_ids[0]
    qtbot.waitUntil(lambda: dialog.data is not None)

    # The same session asked for again (the page's open path): the same dialog, in front.
    page.open_row(index)
    QApplication.processEvents()
    assert shown_dialogs() == [dialog]
    assert window.open_session(group.session_ids[0]) is dialog
    assert shown_dialogs() == [dialog]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)

    # Another session: a second dialog.
    other = page.list_model.index(
        next(
            r
            for r in range(page.list_model.rowCount())
            if page.list_model.row_at(r).row_id == group.session_ids[1]
        ),
        0,
    )
    page.open_row(other)
    qtbot.waitUntil(lambda: len(shown_dialogs()) == 2)
    second = next(d for d in shown_dialogs() if d is not dialog)
    assert second.session_id == group.session_ids[1]
    qtbot.waitUntil(lambda: second.data is not None)

    # Closed, the first session opens a new dialog again.
    dialog.reject()
    qtbot.waitUntil(lambda: len(shown_dialogs()) == 1)
    page.open_row(index)
    qtbot.waitUntil(lambda: len(shown_dialogs()) == 2)
    again = [d for d in shown_dialogs() if d is not second]
    assert len(again) == 1
    assert again[0].session_id == group.session_ids[0]
    qtbot.waitUntil(lambda: again[0].data is not None)


def test_enter_on_a_row_of_the_list_opens_one_dialog(
    qtbot: QtBot,
    window: MainWindow,
    programme: Programme,  # noqa: F811
) -> None:
    _vault, group, _people = programme
    page = window.agenda_page
    view = page.list_view
    row = next(
        r
        for r in range(page.list_model.rowCount())
        if page.list_model.row_at(r).row_id == group.session_ids[0]
    )
    view.setFocus()
    view.setCurrentIndex(page.list_model.index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(shown_dialogs()) == 1)
    QApplication.processEvents()
    assert [d.session_id for d in shown_dialogs()] == [group.session_ids[0]]
    qtbot.waitUntil(lambda: shown_dialogs()[0].data is not None)
