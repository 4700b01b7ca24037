"""File dialogs that speak French from end to end.

Qt's static ``QFileDialog.get…`` functions build a dialog no code can touch before it
shows. Where the system has no file dialog of its own, Qt's dialog is used, and Qt's
French catalogue (``qtbase_fr.qm``) lacks two of its labels ("&Look in:" and
"Files of &type:"): they showed in English. These functions take the same arguments
and give the same answers as the static ones, through a dialog whose labels are set.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

__all__ = ["complete_labels", "existing_directory", "open_file_name", "save_file_name"]


def complete_labels(dialog: QFileDialog) -> None:
    """Give Qt's own file dialog the labels its French catalogue lacks.

    Qt's own translations of the older strings ("Look in:", "Files of type:") are
    used, with a mnemonic on their first letter. A native dialog ignores these labels:
    it speaks the system's language.
    """
    for label, source in (
        (QFileDialog.DialogLabel.LookIn, "Look in:"),
        (QFileDialog.DialogLabel.FileType, "Files of type:"),
    ):
        words = QCoreApplication.translate("QFileDialog", source)
        dialog.setLabelText(label, words if "&" in words else "&" + words)


def make_dialog(
    parent: QWidget | None,
    caption: str,
    directory: str = "",
    name_filter: str = "",
    *,
    mode: QFileDialog.FileMode = QFileDialog.FileMode.ExistingFile,
    accept: QFileDialog.AcceptMode = QFileDialog.AcceptMode.AcceptOpen,
) -> QFileDialog:
    """A file dialog with its labels complete (not yet shown)."""
    dialog = QFileDialog(parent, caption, directory, name_filter)
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    complete_labels(dialog)
    return dialog


def _ask(dialog: QFileDialog) -> tuple[str, str]:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return "", ""
        return dialog.selectedFiles()[0], dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def save_file_name(
    parent: QWidget | None, caption: str, directory: str = "", name_filter: str = ""
) -> tuple[str, str]:
    """As ``QFileDialog.getSaveFileName``: the file chosen and its filter, or two ""."""
    return _ask(
        make_dialog(
            parent,
            caption,
            directory,
            name_filter,
            mode=QFileDialog.FileMode.AnyFile,
            accept=QFileDialog.AcceptMode.AcceptSave,
        )
    )


def open_file_name(
    parent: QWidget | None, caption: str, directory: str = "", name_filter: str = ""
) -> tuple[str, str]:
    """As ``QFileDialog.getOpenFileName``: the file chosen and its filter, or two ""."""
    return _ask(make_dialog(parent, caption, directory, name_filter))


def existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str:
    """As ``QFileDialog.getExistingDirectory``: the folder chosen, or ""."""
    dialog = make_dialog(parent, caption, directory, mode=QFileDialog.FileMode.Directory)
    return _ask(dialog)[0]
