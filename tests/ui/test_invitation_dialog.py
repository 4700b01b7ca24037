"""Inviting professionals from the window: the session dialog, the invitation dialog, Settings.

Through the window only: an organiser address typed in Settings, an address typed on a
facilitator's record, then "Invite…" on a training session writes an .ics and an .eml
that read back as the invitation; a talk group's session offers no invitation.
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
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import records, series
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.scheduling.records import GroupSpec
from vpi_groups.storage import vault as vaults
from vpi_groups.ui.editors.directory import FacilitatorDialog
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
