"""The session dialog is one unit: nothing is written before Save, closing with changes asks.

A user test found that "New participant" created the person at once: Escape then
closed the session without asking, the attendance mark was lost and the person stayed
enrolled. Newcomers and people added by code are now pending lines of the register,
written with the rest at Save; Cancel drops them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.attendance.conftest import GroupWithSessions, make_group
from tests.scheduling.conftest import make_directory, weekly
from tests.ui.conftest import PASSPHRASE
from vpi_groups import drafts
from vpi_groups.attendance import registers as attendance
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.programme import records as programme_records
from vpi_groups.scheduling import records, series
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import (
    AgeBand,
    AttendanceStatus,
    Enrolment,
    Gender,
    Participant,
    ReferralSource,
    SessionStatus,
)
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.session_dialog import NewParticipantDialog, RegisterModel, SessionDialog

START = dt.date(2026, 3, 2)  # a Monday; the group meets on Tuesdays at 18:00
Programme = tuple[vaults.Vault, GroupWithSessions, list[int], str]


@pytest.fixture
def programme(tmp_path: Path) -> Iterator[Programme]:
    """A closed group with two enrolled people, and one more person in no group."""
    vault, _ = vaults.create(tmp_path / "vault", PASSPHRASE)
    group = make_group(vault, make_directory(vault), start=START, count=3)
    with vault.session() as s:
        people = [attendance.create_participant(s, ParticipantAttributes()).id for _ in range(2)]
        for pid in people:
            attendance.enrol(s, pid, group.group_id, START)
        outsider = attendance.create_participant(s, ParticipantAttributes())
    yield vault, group, people, outsider.code
    if vault.is_open:
        vault.lock()


def _open(qtbot: QtBot, vault: vaults.Vault, session_id: int) -> SessionDialog:
    dialog = SessionDialog(vault, session_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.data is not None)
    return dialog


def _count(vault: vaults.Vault, model: type[Participant] | type[Enrolment]) -> int:
    with vault.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _question(qtbot: QtBot, dialog: SessionDialog, name: str) -> QMessageBox:
    """The question open over the dialog (an answered one may linger until deleted)."""
    # getattr: a dialog that never asks has no question at all
    qtbot.waitUntil(lambda: getattr(dialog, "question", None) is not None)
    box = dialog.question
    qtbot.waitExposed(box)
    assert box is not None
    assert box.objectName() == name
    return box


def _click(box: QMessageBox, name: str) -> None:
    button = box.findChild(QAbstractButton, name)
    assert button is not None
    button.click()


# ---------------------------------------------------------------- 1. one unit


def test_cancel_after_adding_a_new_person_leaves_no_participant(
    qtbot: QtBot, english: QApplication, programme: Programme
) -> None:
    vault, group, _people, _code = programme
    before = (_count(vault, Participant), _count(vault, Enrolment))
    dialog = _open(qtbot, vault, group.session_ids[0])
    dialog.add_participant(ParticipantAttributes(referral_source=ReferralSource.POLICE))
    model = dialog.register_model
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    assert (_count(vault, Participant), _count(vault, Enrolment)) == before, "nothing written"
    pid, label, status = model.lines[-1]
    assert pid < 0, "a newcomer has no participant id before Save"
    assert label == "new person 1"
    assert status is AttendanceStatus.PRESENT
    assert pid in model.pending
    assert dialog.cancel_button.text() == "Cancel"
    qtbot.keyClick(dialog.register_view, Qt.Key.Key_Escape)
    box = _question(qtbot, dialog, "discardQuestion")
    assert dialog.isVisible(), "Escape with changes asks first"
    with qtbot.waitSignal(dialog.rejected):
        _click(box, "discardChanges")
    assert not dialog.isVisible()
    assert (_count(vault, Participant), _count(vault, Enrolment)) == before
    with vault.session() as s:
        assert all(
            line.status is None for line in attendance.register(s, group.session_ids[0]).lines
        )


def test_escape_with_changes_asks_and_keep_editing_keeps_them(
    qtbot: QtBot, english: QApplication, programme: Programme
) -> None:
    vault, group, _people, _code = programme
    dialog = _open(qtbot, vault, group.session_ids[0])
    assert dialog.cancel_button.text() == "Close", "nothing to lose: the button only closes"
    dialog.notes.setPlainText("Une remarque")
    assert dialog.cancel_button.text() == "Cancel"
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Escape)
    box = _question(qtbot, dialog, "discardQuestion")
    assert box.text() == "Discard the changes made to this session?"
    _click(box, "keepEditing")
    qtbot.waitUntil(lambda: dialog.question is None)
    assert dialog.isVisible()
    assert dialog.notes.toPlainText() == "Une remarque"
    dialog.close()  # the window's close button asks too
    box = _question(qtbot, dialog, "discardQuestion")
    assert dialog.isVisible()
    _click(box, "keepEditing")
    qtbot.waitUntil(lambda: dialog.question is None)
    dialog.notes.setPlainText("")  # back as read: nothing to ask about
    assert dialog.cancel_button.text() == "Close"
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.notes, Qt.Key.Key_Escape)
    assert dialog.question is None, "nothing to lose: closed without a question"


def test_save_writes_the_newcomer_their_enrolment_and_mark_in_one_go(
    qtbot: QtBot, english: QApplication, programme: Programme
) -> None:
    vault, group, people, _code = programme
    sid = group.session_ids[0]
    before = _count(vault, Participant)
    dialog = _open(qtbot, vault, sid)
    dialog.add_participant(ParticipantAttributes(referral_source=ReferralSource.SOCIAL_SERVICES))
    qtbot.waitUntil(lambda: dialog.register_model.rowCount() == 3)
    assert _count(vault, Participant) == before, "nothing written before Save"
    view = dialog.register_view
    view.setFocus()
    view.setCurrentIndex(dialog.register_model.index(2, RegisterModel.STATUS))
    qtbot.keyClick(view, "E")  # the newcomer came, excused for the second half
    dialog.save()
    box = _question(qtbot, dialog, "newCodesBox")
    assert _count(vault, Participant) == before + 1
    with vault.session() as s:
        register = attendance.register(s, sid)
        (created,) = [line for line in register.lines if line.participant_id not in people]
        person = attendance.get_participant(s, created.participant_id)
    assert created.status is AttendanceStatus.EXCUSED
    assert created.enrolled
    assert person.group_ids == (group.group_id,)
    assert person.referral_source is ReferralSource.SOCIAL_SERVICES
    assert f"new person 1: {created.code}" in box.text(), "the code is given at save"
    assert dialog.register_model.lines[2][:2] == [created.participant_id, created.code]
    assert dialog.register_model.pending == set()
    assert dialog.draft_state() is None, "saved: nothing left to keep at a lock"
    with qtbot.waitSignal(dialog.accepted):
        _click(box, "codesSeen")


def test_a_refused_save_writes_no_newcomer(
    qtbot: QtBot, english: QApplication, programme: Programme
) -> None:
    """Cancelling a session with someone present is refused: the newcomer is not kept either."""
    vault, group, _people, _code = programme
    before = (_count(vault, Participant), _count(vault, Enrolment))
    dialog = _open(qtbot, vault, group.session_ids[0])
    dialog.add_participant(ParticipantAttributes(referral_source=ReferralSource.UNKNOWN))
    dialog.cancel_session()
    dialog.reason.setText("Salle inondée")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.message.text() != "" and dialog.isEnabled())
    assert dialog.isVisible()
    assert (_count(vault, Participant), _count(vault, Enrolment)) == before
    assert dialog.register_model.lines[-1][0] < 0, "still pending, nothing typed is lost"
    dialog.done(0)


# ---------------------------------------------------------------- 2. the form


def test_new_participant_opens_the_form_and_adds_a_pending_line(
    qtbot: QtBot, english: QApplication, programme: Programme
) -> None:
    vault, group, _people, _code = programme
    before = _count(vault, Participant)
    dialog = _open(qtbot, vault, group.session_ids[0])
    dialog.tabs.setCurrentIndex(1)
    qtbot.mouseClick(dialog.new_participant, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.participant_dialog is not None)
    form = dialog.participant_dialog
    assert form is not None
    qtbot.waitExposed(form)
    form.ok_button.click()
    assert form.isVisible(), "no referral chosen: refused"
    form.referral.setCurrentIndex(form.referral.findData(ReferralSource.HEALTH))
    form.ok_button.click()
    qtbot.waitUntil(lambda: dialog.register_model.rowCount() == 3)
    assert dialog.register_model.lines[-1][1:] == ["new person 1", AttendanceStatus.PRESENT]
    assert dialog.new_people[-1].referral_source is ReferralSource.HEALTH
    assert _count(vault, Participant) == before
    dialog.done(0)


def test_referral_starts_unchosen_and_ok_is_refused_until_a_choice(
    qtbot: QtBot, english: QApplication
) -> None:
    form = NewParticipantDialog(None)
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    assert form.referral.currentIndex() == -1
    assert form.referral.placeholderText() == "Choose…"
    assert form.referral.itemData(form.referral.count() - 1) == ReferralSource.UNKNOWN
    assert form.age.currentData() == AgeBand.UNKNOWN
    assert form.gender.currentData() == Gender.UNSAID
    qtbot.keyClick(form.age, Qt.Key.Key_Return)  # Enter presses OK
    assert form.isVisible(), "OK refused without a referral"
    assert form.result() != form.DialogCode.Accepted
    error = form.findChild(QLabel, "referralError")
    assert error is not None
    assert error.isVisible()
    assert "Not recorded" in error.text()
    assert QApplication.focusWidget() is form.referral
    form.referral.setCurrentIndex(form.referral.count() - 1)
    assert not error.isVisible()
    with qtbot.waitSignal(form.accepted):
        form.ok_button.click()
    assert form.attributes().referral_source is ReferralSource.UNKNOWN


def test_editing_a_participant_shows_their_referral(qtbot: QtBot, english: QApplication) -> None:
    form = NewParticipantDialog(None, ParticipantAttributes(referral_source=ReferralSource.SCHOOL))
    qtbot.addWidget(form)
    assert form.referral.currentData() == ReferralSource.SCHOOL
    state = form.state()
    blank = NewParticipantDialog(None)
    qtbot.addWidget(blank)
    assert blank.state()["referral"] == ""
    blank.apply_state(state)
    assert blank.referral.currentData() == ReferralSource.SCHOOL
    blank.apply_state({**state, "referral": ""})
    assert blank.referral.currentIndex() == -1


# ---------------------------------------------------------------- 3. add by code


# The offscreen platform can neither raise the completer's list nor give it the keyboard
# (it still shows).
@pytest.mark.qt_log_ignore(
    "This plugin does not support grabbing the keyboard", "This plugin does not support raise"
)
def test_add_an_existing_participant_by_code(
    qtbot: QtBot, english: QApplication, programme: Programme, qtmodeltester: object
) -> None:
    vault, group, people, code = programme
    sid = group.session_ids[0]
    dialog = _open(qtbot, vault, sid)
    dialog.tabs.setCurrentIndex(1)
    completer = dialog.code_completer
    qtmodeltester.check(dialog.code_model)  # type: ignore[attr-defined]
    with vault.session() as s:
        every = sorted(p.code for p in attendance.list_participants(s))
    assert dialog.code_model.stringList() == every
    assert completer.filterMode() == Qt.MatchFlag.MatchContains
    assert completer.caseSensitivity() == Qt.CaseSensitivity.CaseInsensitive
    field = dialog.code_field
    field.setText("ZZZZZZZ")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "No participant has the code “ZZZZZZZ”" in dialog.code_message.text()
    assert dialog.register_model.rowCount() == 2
    assert dialog.isVisible(), "Enter in the field never saves the session"

    field.clear()
    field.setFocus()
    qtbot.keyClicks(field, code[1:6].lower())  # a piece from the middle, in lower case
    popup = completer.popup()
    assert popup is not None
    assert popup.isVisible()
    assert [
        completer.completionModel().index(r, 0).data()
        for r in range(completer.completionModel().rowCount())
    ] == [code]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # one Enter: chosen and added
    assert dialog.register_model.rowCount() == 3
    pid, shown, status = dialog.register_model.lines[-1]
    assert (shown, status) == (code, AttendanceStatus.PRESENT)
    assert pid in dialog.register_model.pending
    assert field.text() == ""

    field.setText(code)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.code_message.text() == f"{code} is already on the register."
    assert dialog.register_model.rowCount() == 3

    with vault.session() as s:  # nothing written before Save
        assert pid not in {line.participant_id for line in attendance.register(s, sid).lines}
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    with vault.session() as s:
        lines = {line.participant_id: line for line in attendance.register(s, sid).lines}
    assert lines[pid].status is AttendanceStatus.PRESENT
    assert lines[pid].enrolled, "put on a closed group's register: enrolled with the save"
    assert set(lines) == {*people, pid}


# ---------------------------------------------------------------- 4. overlaps


@pytest.fixture
def two_groups(programme: Programme) -> tuple[vaults.Vault, int, int]:
    """The Tuesday group's first session, and a Wednesday group's led by the same people."""
    vault, group, _people, _code = programme
    with vault.session() as s:
        tuesday = records.get_session(s, group.session_ids[0])
        change = series.create_group(
            s,
            records.GroupSpec(
                "Groupe du mercredi",
                group.directory.action,
                tuesday.facilitator_ids,
                weekly(START, weekday=2, count=1),
            ),
        )
    return vault, tuesday.id, change.created[0].id


@pytest.mark.parametrize("answer", ["goBack", "saveAnyway"])
def test_a_save_that_overlaps_another_session_asks_first(
    qtbot: QtBot,
    french: QApplication,
    two_groups: tuple[vaults.Vault, int, int],
    answer: str,
) -> None:
    vault, tuesday, _wednesday = two_groups
    with vault.session() as s:
        before = records.get_session(s, tuesday)
    dialog = _open(qtbot, vault, tuesday)
    dialog.start.setDateTime(dialog.start.dateTime().addDays(1))  # onto Wednesday 18:00
    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    dialog.save()
    box = _question(qtbot, dialog, "overlapQuestion")
    assert accepted == []
    text = box.text()
    assert "Groupe du mercredi" in text
    assert "Awa" in text
    assert "Bruno" in text
    assert "mercredi 4 mars 2026" in text
    assert "18:00" in text
    assert "19:30" in text
    with vault.session() as s:
        assert records.get_session(s, tuesday).start == before.start, "asked before saving"
    if answer == "goBack":
        _click(box, "goBack")
        qtbot.waitUntil(lambda: dialog.question is None)
        assert dialog.isVisible()
        assert dialog.isEnabled()
        with vault.session() as s:
            assert records.get_session(s, tuesday).start == before.start
        dialog.done(0)
    else:
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            _click(box, "saveAnyway")
        with vault.session() as s:
            assert records.get_session(s, tuesday).start == before.start + dt.timedelta(days=1)


def test_a_save_that_books_nothing_new_does_not_ask(
    qtbot: QtBot, english: QApplication, two_groups: tuple[vaults.Vault, int, int]
) -> None:
    vault, tuesday, _wednesday = two_groups
    dialog = _open(qtbot, vault, tuesday)
    dialog.notes.setPlainText("Rien de neuf")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()


# ---------------------------------------------------------------- 5. names


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_buttons_say_what_they_do_and_mnemonics_are_unique(
    qtbot: QtBot, english: QApplication, programme: Programme
) -> None:
    vault, group, _people, _code = programme
    dialog = _open(qtbot, vault, group.session_ids[0])
    texts = [b.text() for b in dialog.findChildren(QAbstractButton)]
    texts += [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    tabs = dialog.findChild(QTabWidget, "sessionTabs")
    assert tabs is not None
    texts += [tabs.tabText(i) for i in range(tabs.count())]
    keys = [key for key in map(_mnemonic, texts) if key is not None]
    assert len(keys) == len(set(keys)), sorted(keys)
    assert len(keys) >= 14
    assert "Cancel" not in texts, "a bare Cancel only where edits would be dropped"
    assert dialog.cancel_button.text() == "Close"
    assert dialog.cancel_session_button.text() == "Cancel the sess&ion…"
    qtbot.mouseClick(dialog.cancel_session_button, Qt.MouseButton.LeftButton)
    assert dialog.status.currentData() == SessionStatus.CANCELLED
    assert QApplication.focusWidget() is dialog.reason
    assert not dialog.cancel_session_button.isEnabled()
    assert dialog.cancel_button.text() == "Cancel"
    dialog.done(0)


# ---------------------------------------------------------------- drafts


def test_pending_people_survive_a_lock_and_are_created_once(
    qtbot: QtBot, english: QApplication, preferences: Preferences, programme: Programme
) -> None:
    vault, group, _people, code = programme
    sid = group.session_ids[0]
    before = _count(vault, Participant)
    window = MainWindow(vault=vault, preferences=preferences)
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_session(sid)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.data is not None)
    dialog.add_participant(
        ParticipantAttributes(AgeBand.UNDER_18, referral_source=ReferralSource.SCHOOL)
    )
    dialog.add_by_code(code)
    with qtbot.waitSignal(window.locked):
        window.lock()
    assert not dialog.isVisible()
    unlock = window.unlock_dialog
    assert unlock is not None
    unlock.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    again = window.session_dialog
    assert again is not None
    assert again is not dialog
    qtbot.waitUntil(lambda: again.data is not None)
    current = window.vault
    assert current is not None
    with current.session() as s:
        assert [d.key for d in drafts.pending(s)] == [f"session:{sid}"]
    assert _count(current, Participant) == before, "still nothing written"
    shown = {line[1]: line for line in again.register_model.lines}
    assert shown["new person 1"][2] is AttendanceStatus.PRESENT
    assert shown[code][2] is AttendanceStatus.PRESENT
    assert again.register_model.pending == {shown["new person 1"][0], shown[code][0]}
    assert again.new_people[-1].referral_source is ReferralSource.SCHOOL
    again.save()
    box = _question(qtbot, again, "newCodesBox")
    with qtbot.waitSignal(again.accepted):
        _click(box, "codesSeen")
    assert _count(current, Participant) == before + 1
    with current.session() as s:
        lines = attendance.register(s, sid).lines
    assert {line.code for line in lines if line.status is AttendanceStatus.PRESENT} >= {code}
    assert len([line for line in lines if line.status is AttendanceStatus.PRESENT]) == 2
    window.close()


# ---------------------------------------------------------------- 6. attendance sheet


def test_the_attendance_sheet_button(
    qtbot: QtBot,
    english: QApplication,
    programme: Programme,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    sheet = pytest.importorskip("vpi_groups.ui.attendance_sheet")
    vault, group, _people, _code = programme
    calls: list[tuple[object, object, int]] = []

    def fake(parent: object, given: object, session_id: int) -> Path:
        calls.append((parent, given, session_id))
        return tmp_path / "emargement.pdf"

    monkeypatch.setattr(sheet, "save_attendance_sheet", fake)
    dialog = SessionDialog(vault, group.session_ids[0])
    qtbot.addWidget(dialog)
    button = dialog.findChild(QPushButton, "attendanceSheet")
    assert button is not None
    assert not button.isEnabled(), "nothing read yet"
    dialog.show()
    qtbot.waitUntil(lambda: dialog.data is not None)
    assert button.isEnabled()
    dialog.notes.setPlainText("pas encore enregistré")
    assert not button.isEnabled(), "the sheet shows the session as saved"
    dialog.notes.setPlainText("")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert calls == [(dialog, vault, group.session_ids[0])]
    assert str(tmp_path / "emargement.pdf") in dialog.message.text()


def test_register_model_with_pending_lines_passes_the_model_tester(
    qtmodeltester: object,
) -> None:
    model = RegisterModel()
    model.set_lines([(1, "AAAAAA1", None)])
    model.add_line(-1, "new person 1", AttendanceStatus.PRESENT)
    model.add_line(7, "BBBBBB2", None)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole).italic()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole) is None
    model.settle({-1: (9, "CCCCCC3")})
    assert model.lines[1][:2] == [9, "CCCCCC3"]
    assert model.pending == set()
    assert model.statuses() == {9: AttendanceStatus.PRESENT}


# ---------------------------------------------------------------- outside the action's year


@pytest.mark.parametrize("answer", ["goBack", "saveAnyway"])
def test_moving_a_session_out_of_its_actions_year_asks_first(
    qtbot: QtBot, french: QApplication, programme: Programme, answer: str
) -> None:
    """A 2027 action accepted a December 2026 session without a word."""
    vault, group, _people, _code = programme
    sid = group.session_ids[0]
    with vault.session() as s:
        before = records.get_session(s, sid)
        year = programme_records.get_action(s, before.action_id).spec.year
    assert before.start.year == year  # the fixture's sessions are in their action's year
    dialog = _open(qtbot, vault, sid)
    dialog.start.setDateTime(dialog.start.dateTime().addYears(1))
    dialog.save()
    box = _question(qtbot, dialog, "outsideYearQuestion")
    assert str(year) in box.text()
    assert str(year + 1) in box.text()
    with vault.session() as s:
        assert records.get_session(s, sid).start == before.start, "asked before saving"
    if answer == "goBack":
        _click(box, "goBack")
        qtbot.waitUntil(lambda: dialog.question is None)
        assert dialog.isVisible()
        with vault.session() as s:
            assert records.get_session(s, sid).start == before.start
        dialog.done(0)
    else:
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            _click(box, "saveAnyway")
        with vault.session() as s:
            assert records.get_session(s, sid).start.year == year + 1


def test_moving_a_session_within_its_actions_year_does_not_ask(
    qtbot: QtBot, french: QApplication, programme: Programme
) -> None:
    vault, group, _people, _code = programme
    sid = group.session_ids[0]
    dialog = _open(qtbot, vault, sid)
    dialog.start.setDateTime(dialog.start.dateTime().addDays(2))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()


def test_f1_opens_the_attendance_page_on_the_register_and_the_agenda_elsewhere(
    qtbot: QtBot, programme: Programme, help_calls: list[tuple[QWidget, str | None]]
) -> None:
    vault, group, _people, _outsider = programme
    dialog = _open(qtbot, vault, group.session_ids[0])
    dialog.tabs.setCurrentIndex(0)
    qtbot.keyClick(dialog.tabs, Qt.Key.Key_F1)
    dialog.tabs.setCurrentIndex(dialog.register_tab)
    qtbot.keyClick(dialog.tabs, Qt.Key.Key_F1)
    assert help_calls == [(dialog, "agenda"), (dialog, "attendance")]
    dialog.reject()
