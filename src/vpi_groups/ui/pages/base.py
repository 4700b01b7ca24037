"""What every page offers the main window: load from an open vault, forget on lock."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from vpi_groups.storage.vault import Vault
from vpi_groups.ui.editing import EditorDialog
from vpi_groups.ui.errors import error_style, error_text
from vpi_groups.ui.tasks import TaskRunner

AGENDA, PROGRAMME, PARTICIPANTS, DIRECTORY = "agenda", "programme", "participants", "directory"
"""The keys a page gives :attr:`Page.wanted_page` (the user guide's topics of the pages)."""


class Page(QWidget):
    """A sidebar page. Subclasses fill ``load`` and ``clear``.

    ``wanted_page`` asks the window to show another page, by its key (:data:`AGENDA`,
    :data:`PROGRAMME`...): an empty page's first step may be on another page.
    """

    wanted_page = Signal(str)

    def load(self, vault: Vault) -> None:
        """Show the data of the open vault."""
        del vault

    def clear(self) -> None:
        """Forget every piece of record data (the vault is being locked)."""

    def holds_record_data(self) -> bool:
        """Whether the page still holds anything read from the vault."""
        return False

    def editor_draft(self) -> tuple[str, Mapping[str, Any]] | None:
        """An open editor's unsaved changes and their key, to keep when the window locks."""
        return None

    def offer_draft(self, key: str, state: Mapping[str, Any]) -> bool:
        """Take a draft kept at the last lock if it is this page's (reopened once loaded)."""
        del key, state
        return False


class RecordsPage(Page):
    """A page that shows a snapshot of records and edits them, one editor at a time.

    Subclasses build ``self.message`` and give ``_read(session)`` (the snapshot, read
    in the background) and ``_show(snapshot)`` (on the UI thread).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.runner = TaskRunner(self)
        self.editor: EditorDialog | None = None
        self.message: QLabel
        # which editor is open, and for which record: (method that opens it, record id)
        self._editor_origin: tuple[str, int | None] | None = None
        self._pending_draft: tuple[str, int | None, Mapping[str, Any]] | None = None

    def _read(self, session: Any) -> Any:
        raise NotImplementedError

    def _show(self, snapshot: Any) -> None:
        raise NotImplementedError

    def load(self, vault: Vault) -> None:
        """Read the page's records from the open vault in the background."""
        self.vault = vault
        self._run(None)

    def _run(self, change: Callable[[Any], Any] | None) -> None:
        """One unit of work without an editor: ``change(session)``, then read back."""
        vault = self.vault
        if vault is None:
            return

        def work(session: Any) -> Any:
            if change is not None:
                change(session)
            return self._read(session)

        self.runner.unit(vault, work, self._shown, self._fail)

    def _shown(self, snapshot: Any) -> None:
        self._show(snapshot)
        pending, self._pending_draft = self._pending_draft, None
        if pending is None:
            return
        method, record, state = pending
        if self._reopen(method, record) and self.editor is not None:
            self.editor.apply_draft(state)
        else:
            self.message.setStyleSheet(error_style())
            self.message.setText(
                self.tr(
                    "Changes not saved when the window locked could not be put back: the "
                    "record they belong to no longer exists."
                )
            )

    # ------------------------------------------------------------ drafts

    def _reopen(self, method: str, record: int | None) -> bool:
        """Select ``record`` and open the editor that ``method`` opens; False if impossible.

        Pages whose editors can be reopened after a lock override this.
        """
        del method, record
        return False

    def editor_draft(self) -> tuple[str, Mapping[str, Any]] | None:
        """The open editor's unsaved state and its key, to keep when the window locks.

        A draft offered back but not yet shown (the page was still loading) is handed
        back as it is, so that locking again loses nothing either.
        """
        if self._pending_draft is not None:
            method, record, pending = self._pending_draft
            self._pending_draft = None
            return f"{self.objectName()}:{method}:{'' if record is None else record}", pending
        editor, origin = self.editor, self._editor_origin
        if editor is None or origin is None or not editor.isVisible():
            return None
        state = editor.draft_state()
        if state is None:
            return None
        method, record = origin
        return f"{self.objectName()}:{method}:{'' if record is None else record}", state

    def offer_draft(self, key: str, state: Mapping[str, Any]) -> bool:
        """Take a draft kept at the last lock if it is this page's; reopen it once loaded."""
        name, _sep, rest = key.partition(":")
        method, _sep, record = rest.partition(":")
        if name != self.objectName() or not method:
            return False
        self._pending_draft = (method, int(record) if record.isdigit() else None, state)
        return True

    def _fail(self, error: Exception) -> None:
        self.message.setStyleSheet(error_style())
        self.message.setText(error_text(error))

    def _open(
        self,
        dialog: EditorDialog,
        on_save: Callable[[], None],
        origin: tuple[str, int | None] | None = None,
    ) -> None:
        """Show an editor (closing any other); its Save button calls ``on_save``.

        ``origin`` (the method that opens it, the record's id) lets a draft kept when
        the window locks reopen the same editor after unlocking.
        """
        self._close_editor()
        self.editor = dialog
        self._editor_origin = origin
        dialog.submitted.connect(on_save)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: EditorDialog) -> None:
        if self.editor is dialog:
            self.editor = None
            self._editor_origin = None
            dialog.deleteLater()

    def _close_editor(self) -> None:
        editor, self.editor = self.editor, None
        self._editor_origin = None
        if editor is not None:
            editor.done(0)
            editor.deleteLater()

    def _save(self, dialog: EditorDialog, change: Callable[[Any], Any]) -> None:
        """One unit of work: ``change(session)``, then read back; close the editor on success."""
        vault = self.vault
        if vault is None:
            return
        dialog.set_busy(True)

        def work(session: Any) -> Any:
            change(session)
            return self._read(session)

        def done(snapshot: Any) -> None:
            if self.editor is dialog:
                dialog.accept()
            self.message.clear()
            self._shown(snapshot)

        def failed(error: Exception) -> None:
            if self.editor is dialog:
                dialog.show_error(error)

        self.runner.unit(vault, work, done, failed)


def page_title(text: str, parent: QWidget) -> QLabel:
    """The large bold title at the top of every page."""
    title = QLabel(text, parent)
    title.setObjectName("pageTitle")
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    title.setFont(font)
    return title
