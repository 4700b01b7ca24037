"""Every file dialog the app opens shows French labels, even Qt's own dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

import vpi_groups
from vpi_groups.ui import file_dialogs

SOURCES = Path(vpi_groups.__file__).parent


def test_no_code_calls_the_static_file_dialogs() -> None:
    """The static functions show Qt's dialog with "&Look in:" in English under a French UI."""
    static = [
        f"{path.relative_to(SOURCES)}:{number}"
        for path in SOURCES.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "QFileDialog.get" in line and path.name != "file_dialogs.py"
    ]
    assert static == []


ASKS: dict[str, Callable[[QWidget], object]] = {
    "save": lambda parent: file_dialogs.save_file_name(parent, "Enregistrer", "", "*.pdf"),
    "open": lambda parent: file_dialogs.open_file_name(parent, "Ouvrir", "", "*.vpibak"),
    "folder": lambda parent: file_dialogs.existing_directory(parent, "Dossier"),
}


@pytest.mark.parametrize("kind", ASKS)
@pytest.mark.usefixtures("french")
def test_each_dialog_labels_its_fields_in_french(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, kind: str
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}
    chosen = tmp_path / "bilan.pdf"

    def exec_(dialog: QFileDialog) -> int:
        seen["look_in"] = dialog.labelText(QFileDialog.DialogLabel.LookIn)
        seen["file_type"] = dialog.labelText(QFileDialog.DialogLabel.FileType)
        seen["mode"] = dialog.fileMode()
        dialog.selectFile(str(chosen))
        return QFileDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QFileDialog, "exec", exec_)
    answer = ASKS[kind](parent)
    assert seen["look_in"] == "&Voir dans\xa0:"
    assert seen["file_type"] == "&Fichiers de type\xa0:"
    wanted_mode = {
        "save": QFileDialog.FileMode.AnyFile,
        "open": QFileDialog.FileMode.ExistingFile,
        "folder": QFileDialog.FileMode.Directory,
    }[kind]
    assert seen["mode"] == wanted_mode
    path = answer if isinstance(answer, str) else answer[0]  # type: ignore[index]
    assert Path(path).name == "bilan.pdf"


def test_a_cancelled_dialog_answers_nothing(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "exec", lambda _d: QFileDialog.DialogCode.Rejected.value)
    assert file_dialogs.save_file_name(parent, "Enregistrer") == ("", "")
    assert file_dialogs.existing_directory(parent, "Dossier") == ""
