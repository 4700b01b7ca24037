"""Locking never loses typed work: open editors' changes are kept in the vault, then put back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.attendance.conftest import GroupWithSessions
from tests.ui.conftest import PASSPHRASE, shown_window
from vpi_groups import drafts
from vpi_groups.attendance import registers as attendance
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Draft
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.session_dialog import NewParticipantDialog, SessionDialog

NOTE = "Une participante a parlé de son départ ; revoir la salle pour la prochaine fois."


def _unlock(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.unlock_dialog
    assert dialog is not None
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def _open_loaded(qtbot: QtBot, window: MainWindow, session_id: int) -> SessionDialog:
    dialog = window.open_session(session_id)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.data is not None)
    return dialog


def _leave_locked(window: MainWindow) -> None:
    """Close the passphrase question so that another opener may read the vault."""
    assert window.unlock_dialog is not None
    window.unlock_dialog.done(1)
    window.unlock_dialog = None


def _kept(folder: Path) -> list[str]:
    """The drafts in the vault, read as a separate process would (the window is locked)."""
    with vaults.unlock(folder, passphrase=PASSPHRASE) as vault, vault.session() as s:
        return list(s.scalars(select(Draft.key)))


def test_a_note_typed_before_the_auto_lock_comes_back_after_unlock(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    unlocked_group: tuple[vaults.Vault, GroupWithSessions],
) -> None:
    vault, group = unlocked_group
    folder, session_id = vault.folder, group.session_ids[0]
    window = shown_window(qtbot, preferences, vault)
    dialog = _open_loaded(qtbot, window, session_id)
    dialog.notes.setPlainText(NOTE)
    with qtbot.waitSignal(window.locked):
        window.idle.timer.timeout.emit()  # the one-minute auto-lock
    assert not window.holds_record_data()
    assert not dialog.isVisible()
    _leave_locked(window)
    assert _kept(folder) == [f"session:{session_id}"]
    window.ask_passphrase()
    _unlock(qtbot, window)
    again = window.session_dialog
    assert again is not None
    assert again is not dialog
    qtbot.waitUntil(lambda: again.data is not None)
    assert again.notes.toPlainText() == NOTE
    assert "verrouill" in again.message.text()
    current = window.vault
    assert current is not None
    with current.session() as s:
        assert attendance.get_note(s, session_id) == "", "nothing saved before Save"
        assert [d.key for d in drafts.pending(s)] == [f"session:{session_id}"], "kept until lock"
    with qtbot.waitSignal(again.accepted, timeout=10_000):
        again.save()
    with current.session() as s:
        assert attendance.get_note(s, session_id) == NOTE
    window.lock()  # nothing open: the old draft is replaced by none
    _leave_locked(window)
    assert _kept(folder) == []
    window.close()


def test_an_untouched_editor_keeps_no_draft(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    unlocked_group: tuple[vaults.Vault, GroupWithSessions],
) -> None:
    vault, group = unlocked_group
    folder = vault.folder
    window = shown_window(qtbot, preferences, vault)
    _open_loaded(qtbot, window, group.session_ids[0])
    window.lock()
    _leave_locked(window)
    assert _kept(folder) == []
    window.close()


def test_a_directory_editor_is_reopened_with_what_was_typed(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    unlocked_group: tuple[vaults.Vault, GroupWithSessions],
) -> None:
    vault, _group = unlocked_group
    window = shown_window(qtbot, preferences, vault)
    page = window.directory_page
    window.sidebar.setCurrentRow(window.pages.index(page))  # a page reads when first shown
    qtbot.waitUntil(lambda: page.snapshot is not None)
    page.new_facilitator()
    editor = page.editor
    assert editor is not None
    name = editor.findChild(QLineEdit, "facilitatorName")
    assert name is not None
    name.setText("Nadia Benali")
    window.lock()
    assert not editor.isVisible()
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    reopened = page.editor
    assert reopened is not None
    assert reopened is not editor
    field = reopened.findChild(QLineEdit, "facilitatorName")
    assert field is not None
    assert field.text() == "Nadia Benali"
    assert window.stack.currentWidget() is page
    assert not reopened.undo_stack.isClean(), "Cancel asks before dropping it"
    reopened.done(0)
    window.close()


def test_a_participant_memo_being_edited_survives_a_lock(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    unlocked_group: tuple[vaults.Vault, GroupWithSessions],
) -> None:
    """The participant editor is modal (its own event loop): lock and unlock around it."""
    vault, _group = unlocked_group
    with vault.session() as s:
        person = attendance.create_participant(s, attendance.ParticipantAttributes())
    window = shown_window(qtbot, preferences, vault)
    page = window.participants_page
    window.sidebar.setCurrentRow(window.pages.index(page))  # a page reads when first shown
    qtbot.waitUntil(lambda: page.data is not None)
    page.selected = next(p for p in page.data.participants if p.id == person.id)  # type: ignore[union-attr]
    seen: list[str] = []

    def when_editing(act: Callable[[NewParticipantDialog], None]) -> QTimer:
        """Act on the editor once its own event loop runs (a timer, not a sleep)."""
        timer = QTimer(window)

        def poll() -> None:
            if page._editing is not None:
                timer.stop()
                act(page._editing[0])

        timer.timeout.connect(poll)
        timer.start(5)
        return timer

    def type_then_lock(editor: NewParticipantDialog) -> None:
        editor.memo.setPlainText("Préfère être appelée le matin.")
        window.lock()

    first = when_editing(type_then_lock)
    page._edit()
    qtbot.waitUntil(lambda: window.vault is None)
    first.deleteLater()

    def look_then_cancel(editor: NewParticipantDialog) -> None:
        seen.append(editor.memo.toPlainText())
        editor.reject()

    second = when_editing(look_then_cancel)
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: seen != [], timeout=10_000)
    second.deleteLater()
    assert seen == ["Préfère être appelée le matin."]
    current = window.vault
    assert current is not None
    with current.session() as s:
        assert attendance.get_memo(s, person.id) is None, "Cancel dropped it: nothing saved"
    window.close()


def test_two_session_dialogs_open_at_the_lock_both_come_back(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    unlocked_group: tuple[vaults.Vault, GroupWithSessions],
) -> None:
    """One dialog per session, several sessions at once: none of their notes is lost."""
    vault, group = unlocked_group
    folder = vault.folder
    first, second = group.session_ids[0], group.session_ids[1]
    window = shown_window(qtbot, preferences, vault)
    a = _open_loaded(qtbot, window, first)
    b = _open_loaded(qtbot, window, second)
    a.notes.setPlainText(NOTE)
    b.notes.setPlainText(NOTE + " (2)")
    window.session_dialog = b  # the last one opened is not the only one kept
    with qtbot.waitSignal(window.locked):
        window.lock()
    _leave_locked(window)
    assert sorted(_kept(folder)) == sorted([f"session:{first}", f"session:{second}"])
    window.ask_passphrase()
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: len(window.session_dialogs) == 2)
    back = {sid: d for sid, d in window.session_dialogs.items()}
    qtbot.waitUntil(lambda: all(d.data is not None for d in back.values()))
    assert back[first].notes.toPlainText() == NOTE
    assert back[second].notes.toPlainText() == NOTE + " (2)"
    window.close()
