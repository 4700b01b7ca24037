"""What every page offers the main window: load from an open vault, forget on lock."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from vpi_groups.storage.vault import Vault


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


def page_title(text: str, parent: QWidget) -> QLabel:
    """The large bold title at the top of every page."""
    title = QLabel(text, parent)
    title.setObjectName("pageTitle")
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    title.setFont(font)
    return title
