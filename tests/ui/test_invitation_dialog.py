"""Inviting professionals from the window: the session dialog, the invitation dialog, Settings.

Through the window only: an organiser address typed in Settings, an address typed on a
facilitator's record, then "Invite…" on a training session writes an .ics and an .eml
that read back as the invitation; a talk group's session offers no invitation. A
training with several dates to come is invited to as a whole: one e-mail carrying an
invitation per date, or one .ics per date in a folder.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.message
import email.policy
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.scheduling.conftest import Directory, make_directory, weekly
from tests.ui.conftest import PASSPHRASE
from tests.ui.test_translations import _untranslated
from vpi_groups import vault_settings
from vpi_groups.calendar import invitations as inv
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import records, series
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.scheduling.records import GroupSpec
from vpi_groups.storage import vault as vaults
from vpi_groups.ui import file_dialogs
from vpi_groups.ui.editors.directory import FacilitatorDialog
from vpi_groups.ui.errors import error_text
from vpi_groups.ui.invitation_dialog import InvitationDialog
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.organisation_field import OrganisationField
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.session_dialog import SessionDialog

PARIS = ZoneInfo("Europe/Paris")


@dataclasses.dataclass(frozen=True)
class Setup:
    vault: vaults.Vault
    directory: Directory
    training_session: int
    talk_session: int


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[Setup]:
    vault, _ = vaults.create(tmp_path / "vault", PASSPHRASE)
    directory = make_directory(vault)
    with vault.session() as s:
        group = series.create_group(
            s,
            GroupSpec(
                "Groupe du mardi",
                directory.action,
                directory.facilitators[:2],
                weekly(dt.date(2026, 3, 2), count=2),
            ),
        ).group.id
        talk = records.list_sessions(s, group_id=group)[0].id
        training = scheduling.add_action_session(
            s,
            directory.training,
            dt.datetime(2026, 4, 7, 14, tzinfo=PARIS),
            dt.datetime(2026, 4, 7, 17, tzinfo=PARIS),
            facilitator_ids=directory.facilitators[:2],
            room_id=directory.room,
        ).id
        spec = programme.get_facilitator(s, directory.facilitators[1]).spec
        programme.update_facilitator(
            s, directory.facilitators[1], dataclasses.replace(spec, email="bruno@example.org")
        )
    yield Setup(vault, directory, training, talk)
    if vault.is_open:
        vault.lock()


@pytest.fixture
def window(qtbot: QtBot, preferences: Preferences, setup: Setup) -> Iterator[MainWindow]:
    shown = MainWindow(vault=setup.vault, preferences=preferences)
    qtbot.addWidget(shown)
    with qtbot.waitExposed(shown):
        shown.show()
    yield shown
    shown.close()


def _session_dialog(qtbot: QtBot, window: MainWindow, session_id: int) -> SessionDialog:
    dialog = window.open_session(session_id)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.data is not None)
    return dialog


def test_an_address_typed_on_a_facilitator_is_kept(
    qtbot: QtBot, french: QApplication, setup: Setup
) -> None:
    with setup.vault.session() as s:
        info = programme.get_facilitator(s, setup.directory.facilitators[0])
        organisations = programme.list_organisations(s)
    editor = FacilitatorDialog(info, organisations)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.email, "awa@example.org")
    assert editor.spec().email == "awa@example.org"
    assert editor.spec().name == info.spec.name


def test_the_organiser_address_is_saved_from_settings_and_a_wrong_one_is_said(
    qtbot: QtBot, french: QApplication, setup: Setup
) -> None:
    box = OrganisationField()
    qtbot.addWidget(box)
    box.load(setup.vault)
    qtbot.waitUntil(lambda: box.saved_email is not None)
    assert box.email.isEnabled()
    qtbot.keyClicks(box.email, "coordination")
    qtbot.keyClick(box.email, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(box.email_message.text()) and not box.runner.busy)
    assert "adresse électronique" in box.email_message.text()
    with setup.vault.session() as s:
        assert vault_settings.organiser_email(s) is None
    qtbot.keyClicks(box.email, "@example.org")
    qtbot.keyClick(box.email, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.saved_email == "coordination@example.org")
    assert box.email_message.text().startswith("Enregistrée")
    with setup.vault.session() as s:
        assert vault_settings.organiser_email(s) == "coordination@example.org"
    box.clear()


def test_a_talk_group_session_offers_no_invitation(
    qtbot: QtBot, french: QApplication, setup: Setup, window: MainWindow
) -> None:
    dialog = _session_dialog(qtbot, window, setup.talk_session)
    assert not dialog.invite_button.isEnabled()
    assert "groupes de parole" in dialog.invite_button.toolTip()
    dialog.invite()
    assert dialog.invitation_dialog is None
    dialog.reject()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_inviting_to_a_training_writes_the_ics_and_the_email_draft(
    qtbot: QtBot, french: QApplication, setup: Setup, window: MainWindow, tmp_path: Path
) -> None:
    with setup.vault.session() as s:
        vault_settings.save_organiser_email(s, "coordination@example.org")
    dialog = _session_dialog(qtbot, window, setup.training_session)
    assert dialog.invite_button.isEnabled()
    qtbot.mouseClick(dialog.invite_button, Qt.MouseButton.LeftButton)
    invitation = dialog.invitation_dialog
    assert isinstance(invitation, InvitationDialog)
    dialog.invite()  # a second click brings the same dialog forward
    assert dialog.invitation_dialog is invitation
    qtbot.waitUntil(lambda: invitation.people.count() > 0)
    # Bruno runs the session and has an address: listed and ticked. Awa has none.
    assert invitation.chosen() == ("bruno@example.org",)
    assert invitation.people.count() == 1
    assert invitation.ics_button.isEnabled()
    assert not _untranslated(invitation, {"Bruno", "bruno@example.org"})

    target = tmp_path / "invitation.ics"
    invitation.write_to(target, draft=False)
    qtbot.waitUntil(lambda: invitation.written == target)
    assert "Invitation pour 1 personne écrite" in invitation.message.text()
    event = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")[0]
    assert str(event["attendee"]) == "mailto:bruno@example.org"
    assert str(event["organizer"]) == "mailto:coordination@example.org"
    assert event.walk("VALARM")[0].decoded("trigger") == -dt.timedelta(days=1)
    assert not invitation.open_button.isVisible()

    invitation.reminder.setCurrentIndex(invitation.reminder.findData(0))
    draft = tmp_path / "invitation.eml"
    invitation.write_to(draft, draft=True)
    qtbot.waitUntil(lambda: invitation.written == draft)
    assert invitation.open_button.isVisible()
    message = email.message_from_bytes(draft.read_bytes(), policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    assert message["X-Unsent"] == "1"
    (attached,) = list(message.iter_attachments())
    calendar = attached.get_payload(decode=True)
    assert isinstance(calendar, bytes)
    assert b"BEGIN:VALARM" not in calendar  # "no reminder" was chosen

    # Nobody ticked: nothing can be written.
    invitation.people.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not invitation.ics_button.isEnabled()
    assert not invitation.eml_button.isEnabled()
    invitation.reject()
    qtbot.waitUntil(lambda: dialog.invitation_dialog is None)
    dialog.reject()


def test_without_an_organiser_address_the_dialog_says_where_to_set_it(
    qtbot: QtBot, french: QApplication, setup: Setup, tmp_path: Path
) -> None:
    invitation = InvitationDialog(setup.vault, setup.training_session)
    qtbot.addWidget(invitation)
    invitation.show()
    qtbot.waitUntil(lambda: invitation.people.count() > 0)
    target = tmp_path / "invitation.ics"
    invitation.write_to(target, draft=False)
    qtbot.waitUntil(lambda: bool(invitation.message.text()) and not invitation.runner.busy)
    assert "Paramètres" in invitation.message.text()
    assert not target.exists()
    assert invitation.ics_button.isEnabled()  # the user can try again once it is set
    invitation.reject()


# ---------------------------------------------------------------- a whole series


def _future_dates(setup: Setup, count: int) -> tuple[int, ...]:
    """``count`` dates of the training to come (weeks from today), Awa and Bruno running them."""
    first = dt.date.today() + dt.timedelta(days=30)
    made = []
    with setup.vault.session() as s:
        for week in range(count):
            day = first + dt.timedelta(weeks=week)
            made.append(
                scheduling.add_action_session(
                    s,
                    setup.directory.training,
                    dt.datetime.combine(day, dt.time(9), tzinfo=PARIS),
                    dt.datetime.combine(day, dt.time(12), tzinfo=PARIS),
                    facilitator_ids=setup.directory.facilitators[:2],
                    room_id=setup.directory.room,
                ).id
            )
        spec = programme.get_facilitator(s, setup.directory.facilitators[0]).spec
        programme.update_facilitator(
            s, setup.directory.facilitators[0], dataclasses.replace(spec, email="awa@example.org")
        )
        vault_settings.save_organiser_email(s, "coordination@example.org")
    return tuple(made)


def _days(setup: Setup, session_ids: tuple[int, ...]) -> list[dt.date]:
    with setup.vault.session() as s:
        return [records.get_session(s, i).start.astimezone(PARIS).date() for i in session_ids]


def _start_day(data: bytes) -> dt.date:
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    start = event.decoded("dtstart")
    assert isinstance(start, dt.datetime)
    return start.astimezone(PARIS).date()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_inviting_to_every_date_of_a_training_writes_one_email_or_one_file_each(
    qtbot: QtBot,
    french: QApplication,
    setup: Setup,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dates = _future_dates(setup, 2)
    days = _days(setup, dates)
    asked: list[str] = []

    def save_file_name(
        _parent: object, _caption: str, proposed: str, _filter: str
    ) -> tuple[str, str]:
        asked.append(proposed)
        return str(tmp_path / "invitations"), ""  # the suffix is added

    folder = tmp_path / "dossier"

    def existing_directory(_parent: object, _caption: str, _directory: str = "") -> str:
        asked.append("folder")
        return str(folder)

    monkeypatch.setattr(file_dialogs, "save_file_name", save_file_name)
    monkeypatch.setattr(file_dialogs, "existing_directory", existing_directory)

    dialog = _session_dialog(qtbot, window, dates[0])
    qtbot.mouseClick(dialog.invite_button, Qt.MouseButton.LeftButton)
    invitation = dialog.invitation_dialog
    assert isinstance(invitation, InvitationDialog)
    qtbot.waitUntil(lambda: invitation.people.count() > 0)
    assert invitation.chosen() == ("awa@example.org", "bruno@example.org")
    # The past date of the training is not offered: two dates to come.
    assert invitation.series.isVisible()
    assert invitation.series.isEnabled()
    assert "(2)" in invitation.series.text()
    assert not invitation.whole_series()  # this session only, unless ticked
    invitation.series.setChecked(True)
    assert invitation.whole_series()
    assert invitation.width() <= 1280
    assert invitation.height() <= 720

    # One e-mail draft carrying both invitations, one per date.
    draft = tmp_path / "invitations.eml"
    qtbot.mouseClick(invitation.eml_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: invitation.written == draft and not invitation.runner.busy)
    assert asked == [str(Path.home() / "invitations.eml")]
    assert invitation.open_button.isVisible()
    assert draft.name in invitation.message.text()
    message = email.message_from_bytes(draft.read_bytes(), policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    assert message["X-Unsent"] == "1"
    assert "awa@example.org" in str(message["To"])
    assert "bruno@example.org" in str(message["To"])
    attached = list(message.iter_attachments())
    assert [part.get_content_type() for part in attached] == ["text/calendar"] * 2
    found = []
    for part in attached:
        data = part.get_payload(decode=True)
        assert isinstance(data, bytes)
        found.append(_start_day(data))
    assert found == days
    assert not inv.removal_path(draft).exists()  # nobody left out

    # Awa is left out: one .ics per date in a folder, and her cancellation for each.
    invitation.people.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert invitation.chosen() == ("bruno@example.org",)
    qtbot.mouseClick(invitation.ics_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: invitation.written == folder and not invitation.runner.busy)
    assert asked[-1] == "folder"
    assert not invitation.open_button.isVisible()
    written = sorted(folder.iterdir())
    assert len(written) == 4
    assert set(invitation.written_files) == set(written)
    removals = [path for path in written if path.stem.endswith("-retrait")]
    invited = [path for path in written if path not in removals]
    assert len(invited) == len(removals) == 2
    assert sorted(_start_day(path.read_bytes()) for path in invited) == days
    for path in invited:
        event = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")[0]
        assert str(event["attendee"]) == "mailto:bruno@example.org"
    for path in removals:
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        assert str(calendar["method"]) == "CANCEL"
        assert str(calendar.walk("VEVENT")[0]["attendee"]) == "mailto:awa@example.org"
    assert "dossier" in invitation.message.text()
    invitation.reject()
    qtbot.waitUntil(lambda: dialog.invitation_dialog is None)
    dialog.reject()


def test_a_single_date_to_come_offers_no_series(
    qtbot: QtBot, french: QApplication, setup: Setup, tmp_path: Path
) -> None:
    (only,) = _future_dates(setup, 1)
    invitation = InvitationDialog(setup.vault, only)
    qtbot.addWidget(invitation)
    invitation.show()
    qtbot.waitUntil(lambda: invitation.people.count() > 0)
    assert invitation.action_id == setup.directory.training
    assert invitation.series.isHidden()
    assert not invitation.whole_series()
    # Written for this session only, as before.
    target = tmp_path / "invitation.ics"
    invitation.write_to(target, draft=False)
    qtbot.waitUntil(lambda: invitation.written == target and not invitation.runner.busy)
    assert _start_day(target.read_bytes()) == _days(setup, (only,))[0]
    invitation.reject()


def test_a_series_with_nothing_left_to_come_is_said_in_french(
    qtbot: QtBot, french: QApplication, setup: Setup, tmp_path: Path
) -> None:
    dates = _future_dates(setup, 2)
    invitation = InvitationDialog(setup.vault, dates[0])
    qtbot.addWidget(invitation)
    invitation.show()
    qtbot.waitUntil(lambda: invitation.people.count() > 0)
    invitation.series.setChecked(True)
    with setup.vault.session() as s:  # both dates deleted meanwhile (never invited to)
        for session_id in dates:
            scheduling.delete_session(s, session_id)
    target = tmp_path / "invitations.eml"
    invitation.write_to(target, draft=True)
    qtbot.waitUntil(lambda: bool(invitation.message.text()) and not invitation.runner.busy)
    assert not target.exists()
    assert invitation.message.text() == error_text(inv.InvitationError("no-session"))
    assert invitation.eml_button.isEnabled()
    invitation.reject()
