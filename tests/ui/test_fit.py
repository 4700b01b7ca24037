"""Every editor fits a small screen: 1366×768 at 150 % leaves about 910×480 for a window.

At 1280×720 the group editor's Save and Cancel were below the screen's edge. The
fields now scroll and the buttons stay in view, whatever the screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from vpi_groups.programme.records import (
    ActionInfo,
    ActionKind,
    ActionSpec,
    FacilitatorInfo,
    FacilitatorSpec,
    RoomInfo,
    RoomSpec,
)
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Sector
from vpi_groups.ui import fit
from vpi_groups.ui.editing import EditorDialog
from vpi_groups.ui.editors.convention import ConventionDialog
from vpi_groups.ui.editors.directory import (
    ContributionDialog,
    FacilitatorDialog,
    OrganisationDialog,
)
from vpi_groups.ui.editors.funding import BudgetLineDialog, FunderDialog, GrantDialog
from vpi_groups.ui.editors.programme import ActionDialog, GroupDialog
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.new_session_dialog import NewSessionDialog, SessionChoices
from vpi_groups.ui.preferences import Preferences

# 1366×768 at 150 % is 910×512 logical pixels; a task bar takes about 32 of them.
SMALL = QRect(0, 0, 910, 480)
LAPTOP = QRect(0, 0, 1280, 690)


def _facilitators() -> tuple[FacilitatorInfo, ...]:
    return tuple(
        FacilitatorInfo(id=n, spec=FacilitatorSpec(name=f"Animatrice {n}", sector=Sector.HEALTH))
        for n in range(1, 9)
    )


EDITORS: dict[str, Callable[[], EditorDialog]] = {
    "group": lambda: GroupDialog(
        1,
        None,
        _facilitators(),
        (RoomInfo(id=1, spec=RoomSpec(name="Salle B", capacity=12)),),
        action_year=2026,
    ),
    "action": lambda: ActionDialog(None, 2026),
    "organisation": lambda: OrganisationDialog(None),
    "facilitator": lambda: FacilitatorDialog(None, ()),
    "contribution": lambda: ContributionDialog(1, None),
    "convention": lambda: ConventionDialog(
        None, tuple((n, f"Partenaire n° {n} du réseau") for n in range(1, 9)), dt.date(2026, 5, 4)
    ),
    "funder": lambda: FunderDialog(None, ((1, "Mairie de Villeneuve"),)),
    "grant": lambda: GrantDialog(
        None, 2026, (), ((1, "Groupes de parole pour les victimes"),), dt.date(2026, 5, 4)
    ),
    "budget line": lambda: BudgetLineDialog(None, 2026, ((1, "Formation au repérage"),)),
    "new session": lambda: NewSessionDialog(
        SessionChoices(
            (ActionInfo(1, ActionSpec("Formation des professionnels", ActionKind.TRAINING, 2026)),),
            (),
            _facilitators(),
            (RoomInfo(id=1, spec=RoomSpec(name="Salle B", capacity=12)),),
        ),
        action_id=1,
    ),
}


def _inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("area", [SMALL, LAPTOP], ids=["1366x768-150pc", "1280x720"])
@pytest.mark.parametrize("which", sorted(EDITORS))
def test_an_editor_fits_the_screen_with_its_buttons_in_view(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, which: str, area: QRect
) -> None:
    monkeypatch.setattr(fit, "available_area", lambda _widget: area)
    editor = EDITORS[which]()
    qtbot.addWidget(editor)
    with qtbot.waitExposed(editor):
        editor.show()
    frame = editor.frameGeometry()
    assert frame.width() <= area.width(), frame
    assert frame.height() <= area.height(), frame
    assert area.contains(frame), (frame, area)
    for button in (editor.save_button, editor.cancel_button):
        assert button.isVisible()
        assert _inside(button, editor), (button.objectName(), editor.size())
    editor.done(0)


def test_a_large_screen_shows_the_whole_form_without_scrolling(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fit, "available_area", lambda _widget: QRect(0, 0, 2560, 1400))
    editor = EDITORS["group"]()
    qtbot.addWidget(editor)
    with qtbot.waitExposed(editor):
        editor.show()
    scroll = editor.findChild(fit.FittingScroll)
    assert scroll is not None
    assert not scroll.verticalScrollBar().isVisible()
    editor.done(0)


def test_a_small_screen_scrolls_the_fields_not_the_buttons(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fit, "available_area", lambda _widget: SMALL)
    editor = EDITORS["group"]()
    qtbot.addWidget(editor)
    with qtbot.waitExposed(editor):
        editor.show()
    scroll = editor.findChild(fit.FittingScroll)
    assert scroll is not None
    body = scroll.widget()
    assert body is not None
    if body.sizeHint().height() > scroll.viewport().height():
        assert scroll.verticalScrollBar().maximum() > 0
    editor.done(0)


def test_the_room_field_shows_a_room_name(qtbot: QtBot) -> None:
    """The room list was 30 pixels wide: "Choi…" was all one saw of its placeholder."""
    editor = EDITORS["group"]()
    assert isinstance(editor, GroupDialog)
    qtbot.addWidget(editor)
    with qtbot.waitExposed(editor):
        editor.show()
    room = editor.room
    wanted = room.fontMetrics().horizontalAdvance("Salle polyvalente du centre")
    assert room.width() >= wanted
    editor.done(0)


def test_the_action_editor_grows_to_show_its_axis_fields(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Choosing the training axis showed its counts in a sliver that had to be scrolled."""
    monkeypatch.setattr(fit, "available_area", lambda _widget: LAPTOP)
    editor = ActionDialog(None, 2026)
    qtbot.addWidget(editor)
    with qtbot.waitExposed(editor):
        editor.show()
    editor.kind.setCurrentIndex(editor.kind.findData("training"))
    scroll = editor.findChild(fit.FittingScroll)
    assert scroll is not None
    assert editor.trained_box.isVisible()
    assert scroll.verticalScrollBar().maximum() == 0  # everything in view, no scrolling
    assert _inside(editor.save_button, editor)
    editor.done(0)


@pytest.mark.parametrize("area", [SMALL, LAPTOP], ids=["1366x768-150pc", "1280x720"])
def test_the_main_window_fits_the_screen_on_every_page(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    preferences: Preferences,
    vault_folder: tuple[Path, str],
    area: QRect,
) -> None:
    """At 150 % on 1366x768 the window was larger than the screen.

    Sunday, the filters and the bottom buttons were out of reach: pages now scroll
    inside a window that fits.
    """
    monkeypatch.setattr(fit, "available_area", lambda _widget: area)
    vault = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    window = MainWindow(vault=vault, preferences=preferences)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    for row in range(len(window.pages)):
        window.sidebar.setCurrentRow(row)
        hint = window.minimumSizeHint()
        assert hint.width() <= area.width(), (row, hint)
        assert hint.height() <= area.height(), (row, hint)
    assert window.width() <= area.width()
    assert window.height() <= area.height()
    window.close()


def test_the_session_and_calendar_dialogs_fit_a_small_screen(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, vault_folder: tuple[Path, str]
) -> None:
    """They opened at 720x560 and 860x640 whatever the screen: taller than 512."""
    from tests.attendance.conftest import make_group
    from tests.scheduling.conftest import make_directory
    from vpi_groups.ui.calendar_dialog import CalendarExportDialog
    from vpi_groups.ui.session_dialog import SessionDialog

    monkeypatch.setattr(fit, "available_area", lambda _widget: SMALL)
    vault = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    try:
        group = make_group(vault, make_directory(vault), start=dt.date(2026, 3, 2), count=2)
        session = SessionDialog(vault, group.session_ids[0])
        calendar = CalendarExportDialog(vault)
        for dialog in (session, calendar):
            qtbot.addWidget(dialog)
            with qtbot.waitExposed(dialog):
                dialog.show()
            assert dialog.width() <= SMALL.width(), type(dialog).__name__
            assert dialog.height() <= SMALL.height(), type(dialog).__name__
        qtbot.waitUntil(lambda: session.data is not None)
        assert _inside(session.save_button, session)
        session.done(0)
        calendar.done(0)
    finally:
        vault.lock()


def test_no_page_is_wider_than_the_window_at_150_percent(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    preferences: Preferences,
    vault_folder: tuple[Path, str],
) -> None:
    """At 150 % the agenda, reports and settings pages were wider than the window.

    The page then scrolled sideways, and wrapped help text ran past the right edge:
    every page's least width now fits the room the sidebar leaves.
    """
    monkeypatch.setattr(fit, "available_area", lambda _widget: SMALL)
    vault = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    window = MainWindow(vault=vault, preferences=preferences)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    room = SMALL.width() - window.sidebar.width() - window.page_area.verticalScrollBar().width()
    too_wide = {
        type(page).__name__: page.minimumSizeHint().width()
        for page in window.pages
        if page.minimumSizeHint().width() > room
    }
    assert not too_wide, (room, too_wide)
    # and the window asks for the room of the page shown, not of the largest page
    for row, page in enumerate(window.pages):
        window.sidebar.setCurrentRow(row)
        assert window.stack.minimumSizeHint() == page.minimumSizeHint(), type(page).__name__
        qtbot.waitUntil(lambda: not window.page_area.horizontalScrollBar().isVisible())
    window.close()


def test_the_releases_dialog_fits_a_small_screen(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It opened at 980 px wide whatever the screen: wider than 1366x768 at 150 %."""
    from vpi_groups.ui.releases_dialog import ReleasesDialog

    monkeypatch.setattr(fit, "available_area", lambda _widget: SMALL)
    dialog = ReleasesDialog([])
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.width() <= SMALL.width()
    assert dialog.height() <= SMALL.height()
    dialog.done(0)


class _CountedPage(QWidget):
    """A page of a given least size that keeps the size of each resize it is given."""

    def __init__(self, width: int, height: int) -> None:
        super().__init__()
        self.setMinimumSize(width, height)
        self.sizes: list[tuple[int, int]] = []

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.sizes.append(event.size().toTuple())
        super().resizeEvent(event)


def _two_pages_in_a_scroll_area(
    qtbot: QtBot,
) -> tuple[fit.FittingScroll, fit.CurrentPageStack, list[_CountedPage]]:
    stack = fit.CurrentPageStack()
    pages = [_CountedPage(700, 900), _CountedPage(500, 600)]
    for page in pages:
        stack.addWidget(page)
    area = fit.FittingScroll(stack, narrow=True)
    qtbot.addWidget(area)
    area.resize(400, 300)
    with qtbot.waitExposed(area):
        area.show()
    return area, stack, pages


def test_a_page_turned_to_is_laid_out_once_at_its_own_size(qtbot: QtBot) -> None:
    """Qt's stack gave a page the size of the page before, then its own: two layouts.

    The reports page's column of tables and wrapped titles took tens of milliseconds
    each time it was shown after another page.
    """
    _area, stack, (first, second) = _two_pages_in_a_scroll_area(qtbot)
    assert stack.size().toTuple() == (700, 900)  # the first page's least size
    stack.turn_to(1)
    QApplication.sendPostedEvents()  # what the scroll area does next, done now
    assert second.sizes == [(500, 600)], "one resize, to its own size"
    assert stack.size().toTuple() == (500, 600)
    stack.turn_to(0)
    QApplication.sendPostedEvents()
    assert first.sizes == [(700, 900)], "back at the size it kept: not laid out again"
    assert stack.currentWidget() is first
    assert not second.isVisible()


def test_the_stack_alone_lays_a_page_out_twice(qtbot: QtBot) -> None:
    """The guard: Qt's own page change, as the window did, gives the page two sizes."""
    _area, stack, (_first, second) = _two_pages_in_a_scroll_area(qtbot)
    stack.setCurrentIndex(1)
    QApplication.sendPostedEvents()
    assert second.sizes == [(700, 900), (500, 600)]


def _wrapped_page(words: int) -> QWidget:
    page = QWidget()
    label = QLabel(" ".join(["mot"] * words), page)
    label.setWordWrap(True)
    QVBoxLayout(page).addWidget(label)
    return page


def test_the_stack_is_as_tall_as_the_page_shown_at_a_width(qtbot: QtBot) -> None:
    """Qt's stack answered the tallest page's height for a width, for every page shown.

    The scroll area asks it again and again as it places its scroll bar: every page's
    wrapped text was laid out each time (35 ms of each page change on the ten-year vault).
    """
    long_page, short_page = _wrapped_page(400), _wrapped_page(3)
    stack = fit.CurrentPageStack()
    qtbot.addWidget(stack)
    stack.addWidget(long_page)
    stack.addWidget(short_page)
    stack.setCurrentIndex(1)
    assert short_page.heightForWidth(200) < long_page.heightForWidth(200)  # the two differ
    assert stack.heightForWidth(200) == short_page.heightForWidth(200)
    stack.setCurrentIndex(0)
    assert stack.heightForWidth(200) == long_page.heightForWidth(200)
    # the guard: Qt's own stack gives the tallest page's, whichever is shown
    plain = QStackedWidget()
    qtbot.addWidget(plain)
    long_copy, short_copy = _wrapped_page(400), _wrapped_page(3)
    plain.addWidget(long_copy)
    plain.addWidget(short_copy)
    plain.setCurrentIndex(1)
    assert plain.heightForWidth(200) == long_copy.heightForWidth(200)
