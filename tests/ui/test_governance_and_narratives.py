"""Governance bodies, the bilan's texts of an action, and the convention to renew.

A steering committee is made in the action editor of the window (a working group
underneath: it works on no axis), with members of two organisations; a meeting is
planned, the members present ticked, a decision added, and all of it read back.
The bilan's texts of an action are written in their dialog (opened by its key), the
Tab key moving between fields, Ctrl+Enter saving, and read back from the vault; a
refused save keeps every word; a renewal's texts start from last year's. The yearly
review says that a convention is to renew when it ends within 90 days, not 91.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, Qt, QTime
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from tests.ui.test_shortcuts import duplicates, shortcuts
from vpi_groups import clock
from vpi_groups.programme import narratives, partnership
from vpi_groups.programme import records as programme
from vpi_groups.programme.narratives import NarrativeSpec
from vpi_groups.programme.partnership import ConventionSpec
from vpi_groups.programme.records import (
    ActionSpec,
    FacilitatorSpec,
    OrganisationSpec,
    ReviewStatus,
)
from vpi_groups.scheduling import meetings, records
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import ActionKind, GovernanceBody, Sector
from vpi_groups.ui import fit
from vpi_groups.ui.editors.narrative import NarrativeDialog
from vpi_groups.ui.editors.programme import ActionDialog
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.models.programme import ActionModel
from vpi_groups.ui.new_session_dialog import NewSessionDialog
from vpi_groups.ui.pages.programme_page import NARRATIVE_KEY, ProgrammePage
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.review_dialog import ReviewDialog
from vpi_groups.ui.session_dialog import SessionDialog
from vpi_groups.ui.task_editor import DecisionDialog
from vpi_groups.ui.widgets import select_id
from vpi_groups.validation import InvalidValueError

PEOPLE = (
    ("Agnès Martin", "CIDFF"),
    ("Bruno Roux", "CIDFF"),
    ("Claire Petit", "Gendarmerie"),
    ("David Leroy", "Gendarmerie"),
    ("Émilie Garnier", "CIDFF"),
    ("Farid Benali", "Gendarmerie"),
    ("Gaëlle Morel", "CIDFF"),
    ("Hugo Lambert", "Gendarmerie"),
    ("Inès Fabre", "CIDFF"),
    ("Jules Perrin", "Gendarmerie"),
)
SMALL = QRect(0, 0, 910, 480)  # 1366×768 at 150 %, a task bar taken
LAPTOP = QRect(0, 0, 1280, 690)


@dataclasses.dataclass(frozen=True)
class Partners:
    vault: vaults.Vault
    people: tuple[int, ...]  # in the order of PEOPLE


@pytest.fixture
def partners(tmp_path: Path) -> Iterator[Partners]:
    vault, _ = vaults.create(tmp_path / "vault", PASSPHRASE)
    with vault.session() as s:
        organisations = {
            name: programme.create_organisation(s, OrganisationSpec(name, sector)).id
            for name, sector in (("CIDFF", Sector.ASSOCIATION), ("Gendarmerie", Sector.JUSTICE))
        }
        people = tuple(
            programme.create_facilitator(
                s, FacilitatorSpec(name, Sector.SOCIAL, organisation_id=organisations[where])
            ).id
            for name, where in PEOPLE
        )
    yield Partners(vault, people)
    if vault.is_open:
        vault.lock()


@pytest.fixture
def window(qtbot: QtBot, preferences: Preferences, partners: Partners) -> Iterator[MainWindow]:
    shown = MainWindow(vault=partners.vault, preferences=preferences)
    qtbot.addWidget(shown)
    with qtbot.waitExposed(shown):
        shown.show()
    yield shown
    shown.close()


def _page(qtbot: QtBot, window: MainWindow) -> ProgrammePage:
    window.sidebar.setCurrentRow(1)
    page = window.programme_page
    qtbot.waitUntil(lambda: page.snapshot is not None and not page.runner.busy)
    return page


def _saved(qtbot: QtBot, page: ProgrammePage) -> None:
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy, timeout=10_000)


# ---------------------------------------------------------------- governance bodies


def _steering_committee(qtbot: QtBot, window: MainWindow, partners: Partners) -> int:
    """A steering committee of ten members, made in the action editor; its action's id."""
    page = _page(qtbot, window)
    QAbstractItemModelTester(page.action_model)
    page.new_action()
    editor = page.editor
    assert isinstance(editor, ActionDialog)
    qtbot.waitUntil(editor.members.candidates_loaded)
    editor.title.setText("Comité de pilotage du réseau")
    editor.kind.setCurrentIndex(editor.kind.findData(ActionKind.WORKING_GROUP.value))
    assert editor.body.isVisibleTo(editor)
    assert editor.body.currentData() is None  # a working group, as before
    assert editor.axis.isVisibleTo(editor)
    # an axis chosen first, then the steering committee: the axis goes
    editor.axis.setCurrentIndex(editor.axis.findData(ActionKind.TRAINING.value))
    editor.body.setCurrentIndex(editor.body.findData(GovernanceBody.STEERING_COMMITTEE.value))
    assert editor.body.currentText() == "Steering committee"
    assert not editor.axis.isVisibleTo(editor)
    assert not editor.axis.isEnabled()
    for pid in partners.people:
        editor.members.set_checked(pid, True)
    assert editor.members.count.text().startswith("10 member")
    assert not editor.members.warning.isVisibleTo(editor), "a body has as many members as it has"
    spec = editor.spec()
    assert spec.body is GovernanceBody.STEERING_COMMITTEE
    assert spec.theme_axis is None
    # back to a working group: its axis is there again, and 10 members are warned about
    editor.body.setCurrentIndex(0)
    assert editor.axis.isEnabled()
    assert editor.spec().theme_axis is ActionKind.TRAINING
    assert editor.members.warning.isVisibleTo(editor)
    editor.undo_stack.undo()  # the body chosen again
    assert editor.governance_body() is GovernanceBody.STEERING_COMMITTEE
    assert editor.spec().theme_axis is None
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    _saved(qtbot, page)
    with partners.vault.session() as s:
        (action,) = programme.list_actions(s)
    assert action.spec.kind is ActionKind.WORKING_GROUP
    assert action.spec.body is GovernanceBody.STEERING_COMMITTEE
    assert action.spec.theme_axis is None
    assert action.spec.members == tuple(sorted(partners.people))
    return action.id


def test_a_steering_committee_meets_and_decides_as_a_working_group(
    qtbot: QtBot, english: QApplication, window: MainWindow, partners: Partners
) -> None:
    action_id = _steering_committee(qtbot, window, partners)
    page = window.programme_page
    # the list says what it is
    model = page.action_model
    row = model.row_of(action_id)
    assert row >= 0
    assert model.data(model.index(row, ActionModel.AXIS)) == "Steering committee"

    # reopened: the body chosen, no axis offered
    select_id(page.action_view, action_id)
    page.edit_action()
    editor = page.editor
    assert isinstance(editor, ActionDialog)
    qtbot.waitUntil(editor.members.candidates_loaded)
    assert editor.governance_body() is GovernanceBody.STEERING_COMMITTEE
    assert not editor.axis.isVisibleTo(editor)
    assert editor.draft_state() is None
    editor.done(0)
    qtbot.waitUntil(lambda: page.editor is None)

    # a meeting, planned from the page
    page.new_session()
    planner = page.editor
    assert isinstance(planner, NewSessionDialog)
    assert planner.action.currentData() == action_id
    planner.date.setDate(QDate(2026, 6, 16))
    planner.start_time.setTime(QTime(9, 30))
    planner.end_time.setTime(QTime(11, 30))
    qtbot.mouseClick(planner.save_button, Qt.MouseButton.LeftButton)
    _saved(qtbot, page)
    with partners.vault.session() as s:
        (meeting,) = records.list_sessions(s, action_id=action_id)

    # attendance, named with each member's organisation, and a decision
    dialog = window.open_session(meeting.id)
    assert isinstance(dialog, SessionDialog)
    qtbot.waitUntil(lambda: dialog.data is not None)
    tabs = dialog.tabs
    assert tabs.isTabVisible(dialog.present_tab)
    assert not tabs.isTabVisible(dialog.register_tab)
    present = dialog.meeting.present
    assert present.list.count() == 10
    texts = [present.list.item(i).text() for i in range(present.list.count())]
    assert "Agnès Martin — CIDFF" in texts
    assert "Claire Petit — Gendarmerie" in texts
    for i in (0, 2, 3):
        present.list.item(i).setCheckState(Qt.CheckState.Checked)
    ids = present.present()
    assert len(ids) == 3
    assert present.count.text().startswith("3 of 10")
    tabs.setCurrentIndex(dialog.follow_up_tab)
    follow = dialog.meeting.follow_up
    QAbstractItemModelTester(follow.model)
    qtbot.mouseClick(follow.add_decision_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: follow.dialog is not None)
    decision = follow.dialog
    assert isinstance(decision, DecisionDialog)
    decision.text.setPlainText("Renouveler la convention de partenariat pour trois ans.")
    decision.accept()
    qtbot.waitUntil(lambda: follow.dialog is None)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session_dialog is None, timeout=10_000)

    with partners.vault.session() as s:
        assert meetings.present_members(s, meeting.id) == ids
        (stored,) = meetings.decisions(s, action_id, session_id=meeting.id)
        assert programme.get_action(s, action_id).spec.body is GovernanceBody.STEERING_COMMITTEE
    assert stored.text == "Renouveler la convention de partenariat pour trois ans."


def test_a_governance_body_cannot_be_given_an_axis(
    qtbot: QtBot, english: QApplication, partners: Partners
) -> None:
    """Whatever the hidden axis field holds, a body is saved without an axis."""
    editor = ActionDialog(None, 2026, vault=partners.vault)
    qtbot.addWidget(editor)
    editor.kind.setCurrentIndex(editor.kind.findData(ActionKind.WORKING_GROUP.value))
    editor.body.setCurrentIndex(editor.body.findData(GovernanceBody.CISPD.value))
    editor.axis.setCurrentIndex(editor.axis.findData(ActionKind.PUBLIC_ACTION.value))
    assert editor.spec().theme_axis is None
    assert editor.spec().body is GovernanceBody.CISPD
    # another kind of action: no body
    editor.kind.setCurrentIndex(editor.kind.findData(ActionKind.TRAINING.value))
    assert editor.spec().body is None
    qtbot.waitUntil(lambda: not editor.runner.busy)
    editor.done(0)


def test_the_working_group_editor_with_its_choice_fits_a_small_screen(
    qtbot: QtBot, english: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fit, "available_area", lambda _widget: SMALL)
    editor = ActionDialog(None, 2026)
    qtbot.addWidget(editor)
    editor.kind.setCurrentIndex(editor.kind.findData(ActionKind.WORKING_GROUP.value))
    with qtbot.waitExposed(editor):
        editor.show()
    assert SMALL.contains(editor.frameGeometry())
    assert _inside(editor.save_button, editor)
    editor.done(0)


# ---------------------------------------------------------------- the bilan's texts


def _inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def _activate(qtbot: QtBot, dialog: QWidget) -> None:
    """Give the keyboard back to ``dialog`` (its keys are heard in the active window)."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def _narrative_dialog(qtbot: QtBot, page: ProgrammePage) -> NarrativeDialog:
    qtbot.waitUntil(lambda: isinstance(page.editor, NarrativeDialog))
    dialog = page.editor
    assert isinstance(dialog, NarrativeDialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    return dialog


def test_the_bilan_texts_are_written_in_their_dialog_and_kept(
    qtbot: QtBot,
    english: QApplication,
    window: MainWindow,
    partners: Partners,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with partners.vault.session() as s:
        action_id = programme.create_action(
            s, ActionSpec("Formation des professionnels de santé", ActionKind.TRAINING, 2026)
        ).id
    page = _page(qtbot, window)
    page.year_filter.setCurrentIndex(page.year_filter.findData(2026))
    assert not page.narrative_button.isEnabled()  # no action selected
    select_id(page.action_view, action_id)
    assert page.narrative_button.isEnabled()
    assert page.narrative_action in page.action_menu.actions()
    assert page.narrative_action.shortcut() == NARRATIVE_KEY
    assert duplicates(shortcuts(window)) == []
    # by its key, from the actions' table
    page.action_view.setFocus()
    qtbot.waitUntil(page.action_view.hasFocus)
    qtbot.keyClick(
        page.action_view,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = _narrative_dialog(qtbot, page)
    assert duplicates(shortcuts(dialog)) == []
    assert "Formation des professionnels de santé" in dialog.heading.text()
    assert not dialog.hint.isVisibleTo(dialog)
    assert all(field.toPlainText() == "" for field in dialog.text_fields())
    qtbot.waitUntil(dialog.aims.hasFocus)
    # typed key by key: QTest types ASCII only
    qtbot.keyClicks(dialog.aims, "Mieux reperer les violences")
    qtbot.keyClick(dialog.aims, Qt.Key.Key_Tab)
    assert dialog.audience.hasFocus()
    assert "\t" not in dialog.aims.toPlainText()
    qtbot.keyClicks(dialog.audience, "Medecins et infirmiers")
    qtbot.keyClick(dialog.audience, Qt.Key.Key_Tab)
    assert dialog.narrative.hasFocus()
    qtbot.keyClicks(dialog.narrative, "Deux sessions.")
    qtbot.keyClick(dialog.narrative, Qt.Key.Key_Return)  # a new line, not a save
    qtbot.keyClicks(dialog.narrative, "Trente participants.")
    assert page.editor is dialog
    qtbot.keyClick(dialog.narrative, Qt.Key.Key_Tab)
    assert dialog.next_steps.hasFocus()
    qtbot.keyClicks(dialog.next_steps, "Une session de plus")

    # Escape asks before losing anything; keep editing
    qtbot.keyClick(dialog.next_steps, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.discard_box is not None)
    box = dialog.discard_box
    assert isinstance(box, QMessageBox)
    keep = box.findChild(QAbstractButton, "keepEditing")
    assert keep is not None
    keep.click()
    qtbot.waitUntil(lambda: dialog.discard_box is None)
    assert dialog.isVisible()

    # a refused save: the reason beside its field, every word still there
    def refuse(_session: object, _action_id: int, _spec: NarrativeSpec) -> NarrativeSpec:
        raise InvalidValueError("narrative", "refused for the test")

    monkeypatch.setattr(narratives, "set_narrative", refuse)
    _activate(qtbot, dialog)  # the question had the keyboard
    qtbot.keyClick(dialog.next_steps, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.runner.busy and dialog.save_button.isEnabled())
    assert page.editor is dialog
    assert dialog.error_label("narrative").isVisibleTo(dialog)
    assert dialog.narrative.toPlainText() == "Deux sessions.\nTrente participants."
    assert dialog.next_steps.toPlainText() == "Une session de plus"
    monkeypatch.undo()

    # Ctrl+Enter saves
    _activate(qtbot, dialog)
    qtbot.keyClick(dialog.aims, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _saved(qtbot, page)
    assert "saved" in page.message.text()
    with partners.vault.session() as s:
        stored = narratives.get_narrative(s, action_id)
    assert stored == NarrativeSpec(
        aims="Mieux reperer les violences",
        audience="Medecins et infirmiers",
        narrative="Deux sessions.\nTrente participants.",
        next_steps="Une session de plus",
    )

    # from the context menu: read back as saved, nothing to save
    page.narrative_action.trigger()
    again = _narrative_dialog(qtbot, page)
    assert again.spec() == stored
    assert again.draft_state() is None
    assert not again.hint.isVisibleTo(again)
    again.narrative.setPlainText("")  # a draft kept when the window locks comes back
    state = page.editor_draft()
    assert state is not None
    again.done(0)
    qtbot.waitUntil(lambda: page.editor is None)
    assert page.offer_draft(*state)
    page.load(partners.vault)  # as after unlocking: the editor opens again, with the draft
    back = _narrative_dialog(qtbot, page)
    assert back.action.id == action_id
    assert back.narrative.toPlainText() == ""
    assert back.aims.toPlainText() == "Mieux reperer les violences"
    assert back.draft_state() is not None
    back.done(0)
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy)


def test_a_renewal_starts_from_last_years_words(
    qtbot: QtBot, english: QApplication, partners: Partners
) -> None:
    with partners.vault.session() as s:
        last = programme.create_action(
            s,
            ActionSpec(
                "Groupe de parole", ActionKind.TALK_GROUP, 2025, review_status=ReviewStatus.RUNNING
            ),
        )
        narratives.set_narrative(
            s,
            last.id,
            NarrativeSpec(
                aims="Rompre l'isolement",
                audience="Femmes victimes",
                narrative="Douze séances.",
                next_steps="Ouvrir un second groupe",
            ),
        )
        renewed = programme.renew_action(s, last.id)
    dialog = NarrativeDialog(renewed, vault=partners.vault)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.carried_over
    assert dialog.hint.isVisibleTo(dialog)
    assert "last year" in dialog.hint.text()
    assert dialog.aims.toPlainText() == "Rompre l'isolement"
    assert dialog.audience.toPlainText() == "Femmes victimes"
    assert dialog.narrative.toPlainText() == ""  # this year's is still to write
    # saved as they are: this year's texts from now on
    assert dialog.spec() == NarrativeSpec(aims="Rompre l'isolement", audience="Femmes victimes")
    dialog.done(0)
    with partners.vault.session() as s:
        first = programme.create_action(s, ActionSpec("Nouvelle action", ActionKind.TRAINING, 2026))
    fresh = NarrativeDialog(first, vault=partners.vault)
    qtbot.addWidget(fresh)
    qtbot.waitUntil(lambda: fresh.loaded)
    assert not fresh.carried_over
    assert not fresh.hint.isVisibleTo(fresh)
    fresh.done(0)


@pytest.mark.parametrize("area", [SMALL, LAPTOP], ids=["1366x768-150pc", "1280x720"])
def test_the_bilan_texts_dialog_fits_the_screen(
    qtbot: QtBot,
    english: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    partners: Partners,
    area: QRect,
) -> None:
    monkeypatch.setattr(fit, "available_area", lambda _widget: area)
    with partners.vault.session() as s:
        action = programme.create_action(
            s, ActionSpec("Campagne d'affichage", ActionKind.TRAINING, 2026)
        )
    dialog = NarrativeDialog(action, vault=partners.vault)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    with qtbot.waitExposed(dialog):
        dialog.show()
    frame = dialog.frameGeometry()
    assert area.contains(frame), (frame, area)
    for button in (dialog.save_button, dialog.cancel_button):
        assert _inside(button, dialog)
    for field in dialog.text_fields():  # every field shows at least two lines
        assert field.height() >= field.fontMetrics().lineSpacing() * 2
        assert _inside(field, dialog) or area == SMALL
    dialog.done(0)


# ---------------------------------------------------------------- the convention to renew

TODAY = dt.date(2026, 3, 2)


@pytest.mark.parametrize(("days", "shown"), [(90, True), (91, False)])
def test_the_review_recalls_a_convention_to_renew(
    qtbot: QtBot,
    english: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    partners: Partners,
    days: int,
    shown: bool,
) -> None:
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC))
    ends = TODAY + dt.timedelta(days=days)
    with partners.vault.session() as s:
        programme.create_action(s, ActionSpec("Formation", ActionKind.TRAINING, 2025))
        partnership.create_convention(
            s,
            ConventionSpec("Convention du réseau VIF", dt.date(2023, 6, 1), ends),
        )
    dialog = ReviewDialog(partners.vault, 2025)
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(dialog.model)
    with qtbot.waitExposed(dialog):
        dialog.show()
    qtbot.waitUntil(lambda: dialog.snapshot is not None and not dialog.runner.busy)
    assert dialog.reminder.isVisibleTo(dialog) is shown
    if shown:
        text = dialog.reminder.text()
        assert "Convention du réseau VIF" in text
        assert "in 90 days" in text
        # at the top of the dialog, above everything else
        assert dialog.reminder.geometry().top() < dialog.view.geometry().top()
    else:
        assert dialog.reminder.text() == ""
    dialog.done(0)


def test_the_review_recalls_a_convention_that_ended_with_the_year(
    qtbot: QtBot, english: QApplication, monkeypatch: pytest.MonkeyPatch, partners: Partners
) -> None:
    """Ended 91 days ago (not due today), but due at the end of the year reviewed."""
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC))
    with partners.vault.session() as s:
        programme.create_action(s, ActionSpec("Formation", ActionKind.TRAINING, 2025))
        partnership.create_convention(
            s, ConventionSpec("Convention 2023-2025", dt.date(2023, 1, 1), dt.date(2025, 12, 1))
        )
    dialog = ReviewDialog(partners.vault, 2025)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.snapshot is not None and not dialog.runner.busy)
    assert dialog.reminder.isVisibleTo(dialog)
    assert "expired on 1 December 2025 (91 days ago)" in dialog.reminder.text()
    # the year before: nothing to recall then, nor today
    dialog.year_choice.addItem("2024", 2024)
    dialog.year_choice.setCurrentIndex(dialog.year_choice.findData(2024))
    qtbot.waitUntil(lambda: dialog.snapshot is not None and dialog.snapshot.year == 2024)
    qtbot.waitUntil(lambda: not dialog.runner.busy)
    assert not dialog.reminder.isVisibleTo(dialog)
    dialog.clear()
    assert dialog.reminder.text() == ""
    dialog.done(0)
