"""What every page offers the main window: load from an open vault, forget on lock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from vpi_groups.storage.vault import Vault
from vpi_groups.ui.editing import EditorDialog
from vpi_groups.ui.errors import ERROR_STYLE, error_text
from vpi_groups.ui.tasks import TaskRunner


class Page(QWidget):
    """A sidebar page. Subclasses fill ``load`` and ``clear``."""

    def load(self, vault: Vault) -> None:
        """Show the data of the open vault."""
        del vault

    def clear(self) -> None:
        """Forget every piece of record data (the vault is being locked)."""

    def holds_record_data(self) -> bool:
        """Whether the page still holds anything read from the vault."""
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

        def work() -> Any:
            with vault.session() as session:
                if change is not None:
                    change(session)
                return self._read(session)

        self.runner.start(work, self._show, self._fail)

    def _fail(self, error: Exception) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(error))

    def _open(self, dialog: EditorDialog, on_save: Callable[[], None]) -> None:
        """Show an editor (closing any other); its Save button calls ``on_save``."""
        self._close_editor()
        self.editor = dialog
        dialog.submitted.connect(on_save)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: EditorDialog) -> None:
        if self.editor is dialog:
            self.editor = None
            dialog.deleteLater()

    def _close_editor(self) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            editor.done(0)
            editor.deleteLater()

    def _save(self, dialog: EditorDialog, change: Callable[[Any], Any]) -> None:
        """One unit of work: ``change(session)``, then read back; close the editor on success."""
        vault = self.vault
        if vault is None:
            return
        dialog.set_busy(True)

        def work() -> Any:
            with vault.session() as session:
                change(session)
                return self._read(session)

        def done(snapshot: Any) -> None:
            if self.editor is dialog:
                dialog.accept()
            self.message.clear()
            self._show(snapshot)

        def failed(error: Exception) -> None:
            if self.editor is dialog:
                dialog.show_error(error)

        self.runner.start(work, done, failed)


def page_title(text: str, parent: QWidget) -> QLabel:
    """The large bold title at the top of every page."""
    title = QLabel(text, parent)
    title.setObjectName("pageTitle")
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    title.setFont(font)
    return title
