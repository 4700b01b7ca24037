"""The yearly review, opened from the programme page of the window.

The programme of 2025 built below is known by heart; its figures are counted by hand:

- "Groupes 2025" (talk groups): one group "Mardi", Tuesdays 4, 11 and 18 March at
  18:00; P1, P2, P3 enrolled. 4 March: P1 and P2 present, P3 absent; 11 March: all
  three present; 18 March cancelled. So 2 sessions held, 1 cancelled, 2 + 3 = 5
  attendances, 3 participants.
- "Formation 2025" (training): one session on 15 April from 09:00 to 12:00, headcount
  14; professionals trained typed by hand: social 12, health 3. So 1 session held,
  3 hours of training, 15 professionals trained.
- "Affiches 2025" (public action): posters, estimated reach 400, no support, no
  session. So 0 sessions, 0 supports, 400 people reached.

The dialog's words are compared with the catalogue's (French once translated).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from tests.ui.test_accessibility import Walk
from vpi_groups.attendance import registers as att
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.programme import records as programme
from vpi_groups.reports import review
from vpi_groups.scheduling import records, series
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.scheduling.recurrence import Recurrence
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import (
    ActionKind,
    AgeBand,
    AttendanceStatus,
    Frequency,
    PublicActionKind,
    ReviewStatus,
    Sector,
)
from vpi_groups.ui import fit
from vpi_groups.ui.errors import error_text
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.models.review import SEPARATOR, ReviewModel
from vpi_groups.ui.pages.programme_page import ProgrammePage
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.review_dialog import ReviewDialog, renew_with_groups
from vpi_groups.ui.tasks import database_worker
from vpi_groups.ui.widgets import select_id

PARIS = ZoneInfo("Europe/Paris")
X, A = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT
Ids = dict[str, int]


def _words(source: str, context: str = "ReviewDialog") -> str:
    """What the interface says for ``source`` (the catalogue's French once translated)."""
    return QCoreApplication.translate(context, source)


@pytest.fixture
def known(vault_folder: tuple[Path, str]) -> tuple[Path, Ids]:
    """The programme of the module docstring, in a locked vault."""
    folder = vault_folder[0]
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    with vault.session() as s:
        awa, bruno, driss = (
            programme.create_facilitator(s, programme.FacilitatorSpec(name, sector)).id
            for name, sector in (
                ("Awa", Sector.SOCIAL),
                ("Bruno", Sector.JUSTICE),
                ("Driss", Sector.EDUCATION),
            )
        )
        talk = programme.create_action(
            s,
            programme.ActionSpec("Groupes 2025", ActionKind.TALK_GROUP, 2025, ReviewStatus.RUNNING),
        ).id
        training = programme.create_action(
            s,
            programme.ActionSpec(
                "Formation 2025",
                ActionKind.TRAINING,
                2025,
                ReviewStatus.RUNNING,
                trained={Sector.SOCIAL: 12, Sector.HEALTH: 3},
            ),
        ).id
        posters = programme.create_action(
            s,
            programme.ActionSpec(
                "Affiches 2025",
                ActionKind.PUBLIC_ACTION,
                2025,
                ReviewStatus.RUNNING,
                public_kind=PublicActionKind.POSTERS,
                estimated_reach=400,
            ),
        ).id
        rule = Recurrence(Frequency.WEEKLY, 1, dt.date(2025, 3, 4), dt.time(18, 0), 90, count=3)
        group = series.create_group(s, records.GroupSpec("Mardi", talk, (awa, bruno), rule))
        first, second, third = (x.id for x in records.list_sessions(s, group_id=group.group.id))
        people = [
            att.create_participant(
                s,
                ParticipantAttributes(AgeBand.FROM_26_TO_35),
                now=dt.datetime(2025, 2, 1, tzinfo=dt.UTC),
            ).id
            for _ in range(3)
        ]
        for person in people:
            att.enrol(s, person, group.group.id, dt.date(2025, 3, 1))
        p1, p2, p3 = people
        att.record_attendance(s, first, {p1: X, p2: X, p3: A})
        att.record_attendance(s, second, {p1: X, p2: X, p3: X})
        scheduling.cancel_session(s, third, "Salle indisponible")
        start = dt.datetime(2025, 4, 15, 9, 0, tzinfo=PARIS)
        day = scheduling.add_action_session(
            s, training, start, start + dt.timedelta(hours=3), facilitator_ids=[driss]
        ).id
        att.set_headcount(s, day, 14)
    vault.lock()
    return folder, {"talk": talk, "training": training, "posters": posters, "awa": awa}


@pytest.fixture
def window(
    qtbot: QtBot, french: QApplication, preferences: Preferences, known: tuple[Path, Ids]
) -> Iterator[MainWindow]:
    vault = vaults.unlock(known[0], passphrase=PASSPHRASE)
    shown = MainWindow(vault=vault, preferences=preferences)
    qtbot.addWidget(shown)
    shown.resize(1280, 720)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    yield shown
    shown.close()


@pytest.fixture
def ids(known: tuple[Path, Ids]) -> Ids:
    return known[1]


def _page(qtbot: QtBot, window: MainWindow) -> ProgrammePage:
    page = window.programme_page
    window.sidebar.setCurrentRow(window.pages.index(page))
    qtbot.waitUntil(lambda: page.snapshot is not None and not page.runner.busy)
    return page


def _open(qtbot: QtBot, window: MainWindow, year: int = 2025) -> ReviewDialog:
    """Show ``year`` on the programme page, then open its review with the button."""
    page = _page(qtbot, window)
    page.year_filter.setCurrentIndex(page.year_filter.findData(year))
    assert page.review_button.isEnabled()
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    dialog = page.review_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.snapshot is not None and not dialog.runner.busy)
    return dialog


def _run(window: MainWindow, work: Any) -> Any:
    """One unit of work on the window's vault, once the worker is idle."""
    vault = window.vault
    assert vault is not None
    database_worker().waitForDone()
    return vault.run(work)


def _cells(dialog: ReviewDialog, action_id: int) -> tuple[str, ...]:
    return dialog.model.cells(dialog.model.row_of(action_id))


def _numbers(figures: str) -> list[int]:
    """The number each figure of a line starts with ("2 séances réalisées" gives 2)."""
    found = []
    for part in figures.split(SEPARATOR):
        match = re.match(r"[\d\s\u202f\u00a0]+", part)
        assert match is not None, part
        found.append(int(re.sub(r"\D", "", match.group())))
    return found


def _apply(qtbot: QtBot, dialog: ReviewDialog) -> None:
    """Ctrl+Enter from the widget that has the focus, then wait for the worker."""
    focused = QApplication.focusWidget()
    assert focused is not None
    assert dialog.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.runner.busy)


def _type_reason(qtbot: QtBot, dialog: ReviewDialog, text: str) -> None:
    dialog.reason.setFocus()
    dialog.reason.selectAll()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(dialog.reason, text)


def _actions(window: MainWindow, year: int) -> list[programme.ActionInfo]:
    return list(_run(window, lambda s: programme.list_actions(s, year=year)))


# ---------------------------------------------------------------- the tests


def test_the_review_shows_each_actions_figures_counted_by_hand(
    qtbot: QtBot, window: MainWindow, ids: Ids
) -> None:
    dialog = _open(qtbot, window)
    assert dialog.windowTitle() == _words("Yearly review of the actions")
    assert dialog.year_choice.currentData() == 2025
    assert dialog.model.rowCount() == 3
    talk, training, posters = (_cells(dialog, ids[k]) for k in ("talk", "training", "posters"))
    assert talk[0] == "Groupes 2025"
    assert talk[1] == "3. Groupes de parole"
    # held, cancelled, attendances, participants
    assert _numbers(talk[ReviewModel.FIGURES]) == [2, 1, 5, 3]
    # held, hours, professionals trained
    assert _numbers(training[ReviewModel.FIGURES]) == [1, 3, 15]
    # held, supports, reach
    assert _numbers(posters[ReviewModel.FIGURES]) == [0, 0, 400]
    pending = _words("To be decided", "ReviewModel")
    assert {talk[ReviewModel.DECISION], training[ReviewModel.DECISION]} == {pending}
    # the explanation line says the figures are the report's, on this computer only
    intro = dialog.findChild(QLabel, "reviewIntro")
    assert intro is not None
    assert intro.isVisible()
    assert intro.text() == _words(
        "For each action of the year, its figures and the decision of the plenary day: renew "
        "it, renew it with changes, or stop it. The figures are the year's report's before "
        "small counts are masked: they are shown only on this computer."
    )
    assert "cet ordinateur" in intro.text()  # said in French


def test_renew_with_changes_undo_stop_and_back_to_be_decided(
    qtbot: QtBot, window: MainWindow, ids: Ids
) -> None:
    dialog = _open(qtbot, window)
    QAbstractItemModelTester(
        dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal, dialog
    )
    page = window.programme_page

    # renew the talk groups with changes, saying nothing: refused, nothing created
    select_id(dialog.view, ids["talk"])
    dialog.view.setFocus()
    dialog.choose(review.Decision.CHANGE)
    _type_reason(qtbot, dialog, "")
    _apply(qtbot, dialog)
    assert dialog.message.text() == _words(
        "Say what changes next year: a renewal with changes needs it, in the reason field."
    )
    assert "color" in dialog.message.styleSheet()
    assert _actions(window, 2026) == []

    # with what changes: next year's action and a copy of its group
    _type_reason(qtbot, dialog, "Un groupe de plus le samedi")
    _apply(qtbot, dialog)
    renewed = _actions(window, 2026)
    assert [a.spec.previous_action_id for a in renewed] == [ids["talk"]]
    groups = _run(window, lambda s: records.list_groups(s, action_id=renewed[0].id))
    assert [g.spec.name for g in groups] == ["Mardi"]
    talk = _run(window, lambda s: programme.get_action(s, ids["talk"]))
    assert talk.spec.review_status is ReviewStatus.RENEWED
    assert talk.spec.review_changed
    assert talk.spec.review_reason == "Un groupe de plus le samedi"
    cells = _cells(dialog, ids["talk"])
    assert cells[ReviewModel.DECISION] == _words("Renewed with changes", "ReviewModel")
    assert cells[ReviewModel.REASON] == "Un groupe de plus le samedi"
    # the programme page read it again
    qtbot.waitUntil(lambda: not page.runner.busy)
    assert page.snapshot is not None
    assert any(a.spec.previous_action_id == ids["talk"] for a in page.snapshot.actions)

    # renewed, it cannot be stopped before the renewal is undone: the choice says so
    dialog.choose(review.Decision.STOP)
    assert not dialog.apply_button.isEnabled()
    assert dialog.hint.isVisible()
    assert "2026" in dialog.hint.text()

    # undo: next year's action and its group are gone, the action is to be decided
    assert dialog.undo_button.isVisible()
    assert dialog.undo_button.isEnabled()
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.runner.busy and dialog.renewal is None)
    assert _actions(window, 2026) == []
    talk = _run(window, lambda s: programme.get_action(s, ids["talk"]))
    assert talk.spec.review_status is ReviewStatus.RUNNING
    assert talk.spec.review_reason is None
    assert not talk.spec.review_changed
    assert _cells(dialog, ids["talk"])[ReviewModel.DECISION] == _words(
        "To be decided", "ReviewModel"
    )
    assert not dialog.undo_button.isVisible()

    # stop the training: a reason is required, then recorded
    select_id(dialog.view, ids["training"])
    dialog.choose(review.Decision.STOP)
    _type_reason(qtbot, dialog, "")
    _apply(qtbot, dialog)
    assert dialog.message.text() == _words("Say why the action stops, in the reason field.")
    _type_reason(qtbot, dialog, "Plus de formatrice")
    _apply(qtbot, dialog)
    training = _run(window, lambda s: programme.get_action(s, ids["training"]))
    assert training.spec.review_status is ReviewStatus.NOT_RENEWED
    assert training.spec.review_reason == "Plus de formatrice"
    cells = _cells(dialog, ids["training"])
    assert cells[ReviewModel.DECISION] == _words("Stopped", "ReviewModel")
    assert cells[ReviewModel.REASON] == "Plus de formatrice"

    # back to be decided: running again, its reason cleared
    dialog.choose(review.Decision.PENDING)
    assert not dialog.reason.isEnabled()
    dialog.apply_button.setFocus()
    _apply(qtbot, dialog)
    training = _run(window, lambda s: programme.get_action(s, ids["training"]))
    assert training.spec.review_status is ReviewStatus.RUNNING
    assert training.spec.review_reason is None
    assert _cells(dialog, ids["training"])[ReviewModel.DECISION] == _words(
        "To be decided", "ReviewModel"
    )
    assert _actions(window, 2026) == []


def test_a_plain_renewal_and_an_error_of_the_services(
    qtbot: QtBot, window: MainWindow, ids: Ids
) -> None:
    dialog = _open(qtbot, window)
    select_id(dialog.view, ids["posters"])
    dialog.choose(review.Decision.RENEW)
    dialog.apply_button.setFocus()
    _apply(qtbot, dialog)
    renewed = _actions(window, 2026)
    assert [a.spec.title for a in renewed] == ["Affiches 2025"]
    assert _cells(dialog, ids["posters"])[ReviewModel.DECISION] == _words("Renewed", "ReviewModel")
    # the service refuses to copy a group without two active facilitators: said in French
    awa = _run(window, lambda s: programme.get_facilitator(s, ids["awa"]))
    _run(
        window,
        lambda s: programme.update_facilitator(
            s, ids["awa"], dataclasses.replace(awa.spec, active=False)
        ),
    )
    select_id(dialog.view, ids["talk"])
    dialog.choose(review.Decision.RENEW)
    dialog.apply_button.setFocus()
    _apply(qtbot, dialog)
    assert [a.spec.title for a in _actions(window, 2026)] == ["Affiches 2025"]
    error = _run(window, lambda s: _renewal_error(s, ids["talk"]))
    assert dialog.message.text() == error_text(error)
    assert "color" in dialog.message.styleSheet()
    # nothing changed: the posters' renewal can still be undone
    assert dialog.renewal is not None
    assert dialog.renewal.action_id == ids["posters"]


def _renewal_error(session: Any, action_id: int) -> Exception:
    """The error the services give for renewing ``action_id`` (nothing kept)."""
    nested = session.begin_nested()
    try:
        renew_with_groups(session, action_id)
    except Exception as error:
        return error
    finally:
        nested.rollback()
    raise AssertionError("the renewal was not refused")


def test_the_year_chooser_keyboard_and_names(qtbot: QtBot, window: MainWindow, ids: Ids) -> None:
    _run(
        window,
        lambda s: programme.create_action(
            s, programme.ActionSpec("Ancienne action", ActionKind.TRAINING, 2024)
        ),
    )
    dialog = _open(qtbot, window)
    years = [dialog.year_choice.itemData(i) for i in range(dialog.year_choice.count())]
    assert 2024 in years
    assert 2025 in years
    dialog.year_choice.setCurrentIndex(dialog.year_choice.findData(2024))
    qtbot.waitUntil(lambda: not dialog.runner.busy and dialog.year == 2024)
    assert [dialog.model.cells(r)[0] for r in range(dialog.model.rowCount())] == ["Ancienne action"]
    # every stop of the keyboard has a name a screen reader says
    walk = Walk()
    walk.look(dialog, "yearly review")
    assert not walk.findings, walk.report()


def test_the_dialog_fits_a_small_screen_and_locking_forgets_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = QRect(0, 0, 910, 512)  # 1366x768 at 150 %
    monkeypatch.setattr(fit, "available_area", lambda _widget: small)
    dialog = _open(qtbot, window)
    assert dialog.width() <= small.width()
    assert dialog.height() <= small.height()
    assert dialog.apply_button.isVisible()
    page = window.programme_page
    window.lock()
    assert page.review_dialog is None
    assert not dialog.holds_record_data()
    assert not window.holds_record_data()


def test_the_model_alone_under_the_tester(qtbot: QtBot, window: MainWindow) -> None:
    lines = _run(window, lambda s: review.year_review(s, 2025))
    model = ReviewModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal, model)
    model.set_lines(lines)
    assert model.rowCount() == 3
    assert model.columnCount() == 5
    model.sort(ReviewModel.FIGURES, Qt.SortOrder.DescendingOrder)
    model.sort(ReviewModel.DECISION)
    model.clear()
    assert model.rowCount() == 0
