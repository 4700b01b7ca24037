"""Take the documentation screenshots of the French interface (run under Xvfb).

Usage, the two screens every window must fit::

    xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python packaging/screenshots.py [DIR]
    QT_SCALE_FACTOR=1.5 xvfb-run -a -s "-screen 0 1366x768x24" \
        .venv/bin/python packaging/screenshots.py [DIR]

Writes PNG files into DIR (default docs/screenshots/); at 150 % their names end in
``-150``. The main window takes the whole screen (1280×720, or 911×512 logical pixels
at 150 %), as on a laptop; dialogs open at the size they choose within it.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSize, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from vpi_groups.demo import data as demo_data
from vpi_groups.programme import records as programme_records
from vpi_groups.reports.files import Format
from vpi_groups.reports.indicators import PeriodSpec
from vpi_groups.scheduling import meetings
from vpi_groups.scheduling import records as scheduling_records
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import PeriodKind
from vpi_groups.ui.app import make_application
from vpi_groups.ui.dialogs import (
    BackupDialog,
    ChangePassphraseDialog,
    NewRecoveryKeyDialog,
    RestoreDialog,
)
from vpi_groups.ui.fit import fit_to_screen
from vpi_groups.ui.help_viewer import HelpViewer, show_help
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.pages.agenda import View
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.unlock import UnlockDialog
from vpi_groups.ui.wizard import FirstRunWizard

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
PASSPHRASE = "une phrase pour les captures 2026"
TODAY = dt.date(2026, 11, 28)
SUFFIX = "-150" if os.environ.get("QT_SCALE_FACTOR") == "1.5" else ""


def settle(ms: int = 300) -> None:
    """Let the event loop paint."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def until(condition: object, limit_ms: int = 20_000) -> None:
    """Run the event loop until ``condition()`` holds."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: loop.quit() if condition() else None)  # type: ignore[operator]
    timer.start()
    QTimer.singleShot(limit_ms, loop.quit)
    loop.exec()
    timer.stop()


def shoot(widget: QWidget, name: str) -> None:
    """Save what the widget shows."""
    settle()
    path = OUT / f"{name}{SUFFIX}.png"
    widget.grab().save(str(path))
    print(path)


def laptop(window: QWidget) -> None:
    """Show ``window`` as large as a 1280×720 laptop's screen allows."""
    window.show()
    fit_to_screen(window, QSize(1280, 720))
    window.move(0, 0)


def governance_and_bilan_shots(window: MainWindow) -> None:
    """A governance body in the working-group editor, and an action's texts for the bilan.

    On the programme page of the demo: its steering committee, then this year's talk
    groups (a renewal, whose texts start from last year's).
    """
    from vpi_groups.ui.editors.narrative import NarrativeDialog
    from vpi_groups.ui.widgets import select_id

    programme = window.programme_page
    programme.year_filter.setCurrentIndex(programme.year_filter.findData(TODAY.year))
    until(lambda: not programme.runner.busy)
    assert programme.snapshot is not None
    actions = [a for a in programme.snapshot.actions if a.spec.year == TODAY.year]
    committee = next(a for a in actions if a.spec.body == "steering_committee")
    select_id(programme.action_view, committee.id)
    programme.edit_action()
    until(lambda: programme.editor is not None)
    editor = programme.editor
    assert editor is not None
    until(editor.members.candidates_loaded)  # type: ignore[attr-defined]
    shoot(editor, "governance-editor")
    editor.done(0)
    renewed = next(a for a in actions if a.spec.kind == "talk_group" and a.spec.previous_action_id)
    select_id(programme.action_view, renewed.id)
    programme.edit_narrative()
    dialog = programme.editor
    assert isinstance(dialog, NarrativeDialog)
    until(lambda: dialog.loaded)
    shoot(dialog, "bilan-texts")
    dialog.done(0)


def consolidation_shots(root: Path, prefs: Preferences) -> None:
    """The coordinator's consolidation, on two demo vaults: a coordinator and a facilitator.

    They are paired and the facilitator's year is sent as the steps do it (the service
    calls the dialog makes); the screenshots show the dialog's three tabs and the
    consolidated report.
    """
    from vpi_groups import vault_settings
    from vpi_groups.consolidation import bundles
    from vpi_groups.ui.consolidation_dialog import ConsolidationDialog

    year = TODAY.year
    made = []
    for name, seed, organisation in (
        ("coordination", 11, "Coordination VIF du Val"),
        ("ccas", 12, "CCAS de Villeneuve"),
    ):
        vault = vaults.create(root / name, PASSPHRASE, kdf_seconds=0)[0]
        with vault.session() as session:
            demo_data.populate(session, years=1, seed=seed, today=TODAY)
            vault_settings.save_organisation(session, organisation)
        made.append(vault)
    coordinator, facilitator = made
    with coordinator.session() as session:
        bundles.create_coordinator_key(session, "Programme VIF du Val")
        card = bundles.card(session)
    with facilitator.session() as session:
        bundles.pair(session, card)
        key = bundles.sender_key_file(session)
    with coordinator.session() as session:
        bundles.pair(session, key)

    # The facilitator's side: the year prepared, its summary read before writing.
    sender = ConsolidationDialog(facilitator, year=year)
    sender.show()
    until(lambda: sender.snapshot is not None and not sender.busy)
    sender.tabs.setCurrentWidget(sender.send_tab)
    sender.send_year.setValue(year)
    sender.send_period.setCurrentIndex(0)  # the whole year
    sender.prepare()
    until(lambda: sender.prepared is not None and not sender.busy)
    shoot(sender, "consolidation-send")
    bundle = root / "envoi-ccas-de-villeneuve.vpibundle"
    sender.write_bundle(bundle)
    until(lambda: sender.written == bundle and not sender.busy)
    # A corrected second quarter, sent later: it replaces the year for its months only.
    sender.send_period.setCurrentIndex(2)  # Q2
    sender.prepare()
    until(lambda: sender.prepared is not None and not sender.busy)
    correction = root / "envoi-ccas-de-villeneuve-T2.vpibundle"
    sender.write_bundle(correction)
    until(lambda: sender.written == correction and not sender.busy)
    sender.done(0)
    sender.deleteLater()
    facilitator.lock()

    # The coordinator's side, opened from its Settings page.
    window = MainWindow(vault=coordinator, preferences=prefs)
    laptop(window)
    window.sidebar.setCurrentRow(window.pages.index(window.settings_page))
    until(lambda: window.settings_page.consolidation_button.isEnabled())
    dialog = window.settings_page.open_consolidation()
    assert dialog is not None
    until(lambda: dialog.snapshot is not None and not dialog.busy)
    dialog.peer_view.selectRow(0)
    dialog.peer_view.setFocus()
    shoot(dialog, "consolidation-pairing")
    dialog.tabs.setCurrentWidget(dialog.receive_tab)
    dialog.status_year.setValue(year)
    dialog.import_files([bundle, correction])
    until(lambda: dialog.results.count() == 2 and not dialog.busy)
    shoot(dialog, "consolidation-receive")
    dialog.done(0)

    # The consolidated report: this vault's totals and the bundle received, added up.
    page = window.reports_page
    window.sidebar.setCurrentRow(window.pages.index(page))
    until(lambda: page.report is not None and not page.runner.busy)
    page.consolidated.setChecked(True)
    page.period.choose(PeriodSpec.year(year))
    page.by.setCurrentIndex(page.by.findData(PeriodKind.YEAR))  # each total in view
    before = page.report
    page.compute()
    until(lambda: page.report is not before and not page.runner.busy and not page.fitting())
    report = page.report
    assert report is not None
    ids = [table.id for table in report.tables]
    page.contents.setCurrentRow(ids.index("attendances-by-sender"))
    shoot(window, "consolidation-report")
    window.close()


def main() -> None:
    """Take every screenshot."""
    global OUT
    if len(sys.argv) > 1:
        OUT = Path(sys.argv[1])
    OUT.mkdir(parents=True, exist_ok=True)
    app, _translators = make_application(sys.argv[:1], "fr")
    with tempfile.TemporaryDirectory(prefix="vpi-shots-") as tmp:
        root = Path(tmp)
        wizard = FirstRunWizard(root / "coffre")
        wizard.show()
        shoot(wizard, "wizard-1-intro")
        wizard.next()
        wizard.passphrase_page.entry.first.setText(PASSPHRASE)
        wizard.passphrase_page.entry.second.setText(PASSPHRASE)
        shoot(wizard, "wizard-2-passphrase")
        wizard.next()
        until(lambda: wizard.currentPage() is wizard.recovery_page)
        shoot(wizard, "wizard-3-recovery-key")
        wizard.recovery_page.kept.setChecked(True)
        wizard.accept()
        assert wizard.vault is not None
        wizard.vault.lock()

        dialog = UnlockDialog(root / "coffre")
        dialog.show()
        dialog.passphrase.setText("pas la bonne")
        dialog.submit_passphrase()
        until(lambda: dialog.message.text() != "")
        shoot(dialog, "unlock")
        dialog.close()

        vault = vaults.unlock(root / "coffre", passphrase=PASSPHRASE)
        prefs = Preferences()
        window = MainWindow(vault=vault, preferences=prefs)
        laptop(window)
        shoot(window, "main-window")
        # a new vault's pages say what they are for and offer the first step
        window.sidebar.setCurrentRow(1)
        settle()
        shoot(window, "programme-empty")
        window.sidebar.setCurrentRow(window.pages.index(window.tallies_page))
        until(lambda: window.tallies_page.snapshot is not None)
        shoot(window, "tallies-empty")
        window.sidebar.setCurrentRow(window.pages.index(window.directory_page))
        settle()
        shoot(window, "directory-empty")
        window.sidebar.setCurrentRow(window.pages.index(window.settings_page))
        until(lambda: window.settings_page.save_records.isEnabled())
        shoot(window, "settings")
        change = ChangePassphraseDialog(vault, window)
        change.show()
        change.current.setText(PASSPHRASE)
        change.new.first.setText("la marée monte doucement ce soir")
        change.new.second.setText("la marée monte doucement ce soir")
        shoot(change, "change-passphrase")
        change.close()
        fresh = NewRecoveryKeyDialog(vault, window)
        fresh.show()
        fresh.passphrase.setText(PASSPHRASE)
        fresh.start()
        until(lambda: fresh.succeeded)
        shoot(fresh, "new-recovery-key")
        fresh.recovery.kept.setChecked(True)
        fresh.close()
        window.close()

        older = (root / "coffre" / "vault.db").read_bytes()
        vaults.unlock(root / "coffre", passphrase=PASSPHRASE).lock()
        (root / "coffre" / "vault.db").write_bytes(older)  # an older copy put back
        dialog = UnlockDialog(root / "coffre")
        dialog.show()
        dialog.passphrase.setText(PASSPHRASE)
        dialog.submit_passphrase()
        until(lambda: dialog.rollback_box is not None)
        assert dialog.rollback_box is not None
        shoot(dialog.rollback_box, "unlock-older-database")
        dialog.rollback_box.reject()
        dialog.close()

        demo = vaults.create(root / "demo", PASSPHRASE, kdf_seconds=0)[0]
        with demo.session() as session:
            demo_data.populate(session, years=3, seed=2026, today=TODAY)
        window = MainWindow(vault=demo, demo=True, preferences=prefs)
        laptop(window)
        agenda = window.agenda_page
        agenda.go_to(dt.date(2026, 10, 5), View.WEEK)
        until(lambda: bool(agenda.entries))
        shoot(window, "agenda-week")
        agenda.go_to(dt.date(2026, 10, 5), View.MONTH)
        until(lambda: len(agenda.entries) > 5)
        shoot(window, "agenda-month")
        agenda.go_to(dt.date(2026, 10, 5), View.LIST)
        until(lambda: agenda.list_model.rowCount() > 5)
        shoot(window, "agenda-list")
        held = next(e for e in agenda.entries if e.status.value == "held" and e.group_id)
        dialog = window.open_session(held.session_id)
        assert dialog is not None
        until(lambda: dialog.data is not None)
        dialog.tabs.setCurrentIndex(1)
        shoot(dialog, "session-attendance")
        dialog.tabs.setCurrentIndex(0)
        shoot(dialog, "session-details")
        dialog.new_participant.click()
        until(lambda: dialog.participant_dialog is not None)
        form = dialog.participant_dialog
        assert form is not None
        shoot(form, "participant-form")
        form.reject()
        until(lambda: dialog.participant_dialog is None)
        dialog.notes.setPlainText("Salle trop petite : demander la salle B pour la suite.")
        window.lock()
        assert window.unlock_dialog is not None
        window.unlock_dialog.passphrase.setText(PASSPHRASE)
        window.unlock_dialog.submit_passphrase()
        until(lambda: window.session_dialog is not None and window.session_dialog.data is not None)
        dialog = window.session_dialog
        assert dialog is not None
        dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)  # the notes
        shoot(dialog, "session-draft-restored")
        dialog.reject()
        agenda.go_to(dt.date(2026, 3, 1), View.LIST)
        until(lambda: agenda.list_model.rowCount() > 5)
        training = next(
            e for e in agenda.entries if e.group_id is None and e.status.value == "held"
        )
        dialog = window.open_session(training.session_id)
        assert dialog is not None
        until(lambda: dialog.data is not None and bool(dialog.professionals.lines()))
        dialog.tabs.setCurrentIndex(dialog.professionals_tab)
        shoot(dialog, "session-professionals")
        dialog.reject()
        agenda.go_to(dt.date(2026, 10, 5), View.LIST)
        until(lambda: agenda.list_model.rowCount() > 5)
        meeting = next(e for e in agenda.entries if e.group_id is None)
        dialog = window.open_session(meeting.session_id)
        assert dialog is not None
        until(lambda: dialog.data is not None)
        dialog.invite()
        invitation = dialog.invitation_dialog
        assert invitation is not None
        until(lambda: invitation.people.count() > 0)
        shoot(invitation, "invitation")
        invitation.reject()
        dialog.reject()
        window.sidebar.setCurrentRow(2)
        participants = window.participants_page
        until(lambda: participants.model.rowCount() > 0)
        participants.table.selectRow(0)
        until(lambda: participants.history_model.rowCount() > 0)
        shoot(window, "participants")
        window.sidebar.setCurrentRow(window.pages.index(window.tallies_page))
        tallies = window.tallies_page
        until(lambda: tallies.model.rowCount() > 0)
        tallies.table.selectRow(0)
        shoot(window, "tallies")
        window.sidebar.setCurrentRow(window.pages.index(window.directory_page))
        until(lambda: window.directory_page.facilitators.rowCount() > 0)
        shoot(window, "directory")
        directory = window.directory_page
        directory.new_organisation()
        until(lambda: directory.editor is not None)
        assert directory.editor is not None
        shoot(directory.editor, "organisation-editor")
        directory.editor.done(0)
        directory.new_facilitator()
        until(lambda: directory.editor is not None)
        assert directory.editor is not None
        shoot(directory.editor, "facilitator-editor")
        directory.editor.done(0)
        directory.organisation_view.selectRow(0)
        directory.add_contribution()
        until(lambda: directory.editor is not None)
        assert directory.editor is not None
        shoot(directory.editor, "contribution-editor")
        directory.editor.done(0)
        # the partnership: its convention (to renew), funders, the money of a year
        window.sidebar.setCurrentRow(window.pages.index(window.partnership_page))
        partner = window.partnership_page
        until(lambda: partner.snapshot is not None and not partner.runner.busy)
        partner.show_convention()
        shoot(window, "partnership-convention")
        partner.edit_convention()
        until(lambda: partner.editor is not None)
        assert partner.editor is not None
        shoot(partner.editor, "convention-editor")
        partner.editor.done(0)
        partner.tabs.setCurrentIndex(1)
        shoot(window, "partnership-funders")
        partner.tabs.setCurrentIndex(2)
        partner.choose_year(TODAY.year - 1)  # a whole year: granted, paid, spent
        until(
            lambda: (
                partner.snapshot is not None
                and partner.snapshot.year == TODAY.year - 1
                and not partner.runner.busy
            )
        )
        partner.money_tabs.setCurrentIndex(0)
        shoot(window, "partnership-funding")
        partner.money_tabs.setCurrentIndex(1)
        shoot(window, "partnership-totals")
        partner.money_tabs.setCurrentIndex(2)
        shoot(window, "partnership-budget")
        partner.money_tabs.setCurrentIndex(4)
        shoot(window, "partnership-history")
        partner.money_tabs.setCurrentIndex(0)
        partner.grant_view.selectRow(0)
        partner.edit_grant()
        until(lambda: partner.editor is not None)
        assert partner.editor is not None
        shoot(partner.editor, "grant-editor")
        partner.editor.done(0)
        partner.choose_year(TODAY.year)
        partner.tabs.setCurrentIndex(0)
        window.sidebar.setCurrentRow(1)
        until(lambda: window.programme_page.action_model.rowCount() > 0)
        shoot(window, "programme")
        programme = window.programme_page
        for row in range(programme.action_model.rowCount()):
            programme.action_view.selectRow(row)
            until(lambda: not programme.runner.busy)
            if programme.group_model.rowCount() > 0:
                break
        programme.group_view.selectRow(0)
        programme.edit_group()
        until(lambda: programme.editor is not None)
        assert programme.editor is not None
        shoot(programme.editor, "group-editor")
        programme.editor.done(0)
        programme.new_session()  # on the selected action and group: an extra session
        until(lambda: programme.editor is not None)
        assert programme.editor is not None
        shoot(programme.editor, "new-session-editor")
        programme.editor.done(0)
        programme.new_action()
        until(lambda: programme.editor is not None)
        editor = programme.editor
        assert editor is not None
        editor.kind.setCurrentIndex(editor.kind.findData("training"))  # type: ignore[attr-defined]
        shoot(editor, "action-editor")
        editor.done(0)
        for row in range(programme.action_model.rowCount()):  # the poster campaign
            programme.action_view.selectRow(row)
            until(lambda: not programme.runner.busy)
            chosen = programme._selected_action()
            if chosen is not None and chosen.spec.supports:
                break
        programme.edit_action()
        until(lambda: programme.editor is not None)
        editor = programme.editor
        assert editor is not None
        shoot(editor, "campaign-editor")
        supports = editor.supports  # type: ignore[attr-defined]
        supports.edit_item(0)
        until(lambda: supports.dialog is not None)
        shoot(supports.dialog, "support-editor")
        supports.dialog.reject()
        editor.done(0)
        for row in range(programme.action_model.rowCount()):  # a plenary day with orientations
            programme.action_view.selectRow(row)
            until(lambda: not programme.runner.busy)
            chosen = programme._selected_action()
            if chosen is not None and any(o.action_ids for o in chosen.spec.orientations):
                break
        programme.edit_action()
        until(lambda: programme.editor is not None)
        editor = programme.editor
        assert editor is not None
        shoot(editor, "plenary-editor")
        orientations = editor.orientations  # type: ignore[attr-defined]
        orientations.edit_item(0)
        until(lambda: orientations.dialog is not None)
        shoot(orientations.dialog, "orientation-editor")
        orientations.dialog.reject()
        editor.done(0)
        for row in range(programme.action_model.rowCount()):  # a working group and its members
            programme.action_view.selectRow(row)
            until(lambda: not programme.runner.busy)
            chosen = programme._selected_action()
            if chosen is not None and chosen.spec.members:
                break
        programme.edit_action()
        until(lambda: programme.editor is not None)
        editor = programme.editor
        assert editor is not None
        until(editor.members.candidates_loaded)  # type: ignore[attr-defined]
        shoot(editor, "working-group-editor")
        editor.done(0)
        programme.new_session()  # a new meeting of that group, planned three times
        until(lambda: programme.editor is not None)
        editor = programme.editor
        assert editor is not None
        editor.repeat_count.setValue(3)  # type: ignore[attr-defined]
        editor.repeat_every.setValue(2)  # type: ignore[attr-defined]
        shoot(editor, "new-meeting-series")
        editor.done(0)
        governance_and_bilan_shots(window)
        # a working group's past meeting: members present, minutes, decisions and tasks
        assert window.vault is not None  # unlocked again after the draft shot
        with window.vault.session() as session:
            held = [
                m.id
                for a in programme_records.list_actions(session)
                if a.spec.kind == "working_group"
                for m in scheduling_records.list_sessions(session, action_id=a.id)
                if m.status.value == "held" and meetings.meeting_minutes(session, m.id)
            ]
        meeting = window.open_session(held[0])
        assert meeting is not None
        until(lambda: meeting.data is not None)
        for tab, name in (
            (meeting.present_tab, "meeting-present"),
            (meeting.minutes_tab, "meeting-minutes"),
            (meeting.follow_up_tab, "meeting-decisions-tasks"),
        ):
            meeting.tabs.setCurrentIndex(tab)
            shoot(meeting, name)
        meeting.reject()
        tasks = window.open_tasks()
        assert tasks is not None
        until(lambda: tasks.data is not None and not tasks.runner.busy)  # type: ignore[attr-defined]
        tasks.show_done.setChecked(True)  # type: ignore[attr-defined]
        until(lambda: not tasks.runner.busy)  # type: ignore[attr-defined]
        shoot(tasks, "follow-up-tasks")
        tasks.done(0)
        # the yearly review of the demo's first year, a talk-group action selected
        programme.year_filter.setCurrentIndex(programme.year_filter.findData(TODAY.year - 2))
        programme.open_review()
        review = programme.review_dialog
        assert review is not None
        until(lambda: review.snapshot is not None and not review.runner.busy)
        assert review.snapshot is not None
        talk = next(x for x in review.snapshot.lines if x.action.spec.kind == "talk_group")
        review.select_action(talk.action.id)
        review.view.setFocus()
        shoot(review, "year-review")
        review.done(0)
        window.sidebar.setCurrentRow(window.pages.index(window.reports_page))
        until(lambda: window.reports_page.report is not None)
        until(lambda: not window.reports_page.fitting())
        shoot(window, "reports")
        # a long report under way: the message the audit's progress keeps up to date
        page = window.reports_page
        page.compute_button.setEnabled(False)
        page.stop_button.setEnabled(True)
        page._checking(3, 412)
        shoot(window, "reports-computing")
        page.compute_button.setEnabled(True)
        page.stop_button.setEnabled(False)
        page.message.clear()
        bilan = window.reports_page.open_bilan()  # the yearly bilan, last year's outline
        assert bilan is not None
        bilan.year.setValue(TODAY.year - 1)
        bilan.prepare()
        until(lambda: bilan.bilan is not None and not bilan.runner.busy)
        shoot(bilan, "bilan-dialog")
        bilan.done(0)
        # the release ledger, after one export (written to a folder that is thrown away)
        with tempfile.TemporaryDirectory() as exported:
            page = window.reports_page
            target = Path(exported) / "bilan.csv"
            page.export_to(Format.CSV, target)
            until(lambda: page.written == target and not page.runner.busy)
            page.show_releases()
            until(lambda: page.releases_dialog is not None)
            assert page.releases_dialog is not None
            settle()
            shoot(page.releases_dialog, "releases")
            page.releases_dialog.close()
        backup = BackupDialog(demo, window)
        backup.show()
        shoot(backup, "backup")
        backup.close()
        # a backup restored into a new folder, as the user sees it once verified
        with tempfile.TemporaryDirectory() as kept:
            copy = Path(kept) / "coffre.vpibak"
            assert window.vault is not None
            window.vault.backup(copy)
            restore = RestoreDialog(window)
            restore.show()
            restore.file.setText(str(copy))
            restore.folder.setText(str(Path(kept) / "coffre restauré"))
            restore.passphrase.setText(PASSPHRASE)
            restore.start()
            until(lambda: restore.restored_to is not None)
            settle()
            shoot(restore, "restore")
            restore.close()
        show_help(window, "reports")
        viewer = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HelpViewer))
        shoot(viewer, "guide")
        viewer.close()
        calendar = window.export_calendar()
        if calendar is not None:
            settle()
            shoot(calendar, "calendar")
            calendar.close()
        window.close()
        consolidation_shots(root, prefs)
    del app


if __name__ == "__main__":
    main()
