"""The recovery sheet: the key one group per numbered line, dated in words, in local time."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from vpi_groups import clock
from vpi_groups.ui import recovery_sheet
from vpi_groups.ui.recovery_panel import RecoveryKeyPanel

KEY = "K7QM-2XD4-9HTR-B3NW-6FJP-Z8CV-Y5GA-1MRE"
GROUPS = ["K7QM", "2XD4", "9HTR", "B3NW", "6FJP", "Z8CV", "Y5GA", "1MRE"]
FOLDER = Path("/home/coordination/Documents/VPI Groups/coffre")
#: Thursday 3 December 2026, 17:05 UTC: 18:05 in Paris (winter time).
WINTER = dt.datetime(2026, 12, 3, 17, 5, tzinfo=dt.UTC)
#: Wednesday 1 July 2026, 7:30 UTC: 9:30 in Paris (summer time).
SUMMER = dt.datetime(2026, 7, 1, 7, 30, tzinfo=dt.UTC)
UTC_WORDS = ("UTC", "temps universel", "coordonné", "GMT")


def _all_words(text: recovery_sheet.SheetText) -> str:
    return "\n".join(
        [
            text.title,
            text.intro,
            *(f"{n} {g}" for n, g in text.key_lines),
            text.advice_heading,
            *text.advice,
            text.folder,
            text.created,
        ]
    )


@pytest.mark.usefixtures("french")
def test_the_key_is_one_numbered_group_per_line() -> None:
    text = recovery_sheet.sheet_text(KEY, FOLDER, WINTER)
    assert list(text.key_lines) == [(str(i), g) for i, g in enumerate(GROUPS, 1)]
    assert len(text.advice) == 2
    assert all(sentence.endswith(".") for sentence in text.advice)
    assert "8" in text.advice[1], "says how many groups to type"
    assert str(FOLDER) in text.folder


@pytest.mark.usefixtures("french")
@pytest.mark.parametrize(
    ("instant", "day", "time"),
    [
        (WINTER, "jeudi 3 décembre 2026", "18 h 05"),
        (SUMMER, "mercredi 1 juillet 2026", "9 h 30"),
    ],
)
def test_the_date_is_in_words_and_local_time(instant: dt.datetime, day: str, time: str) -> None:
    text = recovery_sheet.sheet_text(KEY, FOLDER, instant)
    assert day in text.created
    assert time in text.created
    words = _all_words(text).replace(str(FOLDER), "")
    for utc in UTC_WORDS:
        assert utc not in words, utc


@pytest.mark.usefixtures("english")
def test_the_time_in_english() -> None:
    text = recovery_sheet.sheet_text(KEY, FOLDER, WINTER)
    assert "Thursday 3 December 2026" in text.created
    assert "18 h" not in text.created


def _pdf_lines(data: bytes, folder: Path) -> list[str]:
    tool = shutil.which("pdftotext")
    if tool is None:
        if os.environ.get("CI") == "true":
            pytest.fail("pdftotext is not installed; CI must install poppler-utils")
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    source = folder / "sheet.pdf"
    source.write_bytes(data)
    out = subprocess.run(
        [tool, "-layout", str(source), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [line.strip() for line in out.splitlines() if line.strip()]


@pytest.mark.usefixtures("french")
def test_the_pdf_holds_the_groups_in_order_and_no_utc(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(clock, "now", lambda: WINTER)
    data = recovery_sheet.pdf_bytes(KEY, FOLDER)
    assert data.startswith(b"%PDF")
    lines = _pdf_lines(data, tmp_path)
    numbered = [line.split() for line in lines if line.split()[-1] in GROUPS]
    assert numbered == [[str(i), g] for i, g in enumerate(GROUPS, 1)]
    text = "\n".join(lines)
    assert "jeudi 3 décembre 2026" in text
    assert "18 h 05" in text
    assert "temps universel" not in text
    assert "UTC" not in text
    assert KEY not in text, "the key is not printed as one long line"


@pytest.mark.usefixtures("french")
def test_the_pdf_is_saved_for_its_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "cle.pdf"
    recovery_sheet.save_pdf(target, KEY, FOLDER)
    assert target.read_bytes().startswith(b"%PDF")
    if os.name == "posix":
        assert target.stat().st_mode & 0o077 == 0


def test_the_save_dialog_speaks_french(qtbot: QtBot, french: QApplication) -> None:
    panel = RecoveryKeyPanel()
    qtbot.addWidget(panel)
    dialog = panel.save_dialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    buttons = [button.text() for button in dialog.findChildren(QPushButton) if button.text()]
    shown = " ".join(labels + buttons)
    assert "Voir dans" in shown
    assert "Fichiers de type" in shown
    for english in ("Look in", "Files of", "File name", "Save", "Cancel"):
        assert english not in shown, english
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.defaultSuffix() == "pdf"
    dialog.deleteLater()


def test_a_failed_save_says_so(qtbot: QtBot, french: QApplication, tmp_path: Path) -> None:
    panel = RecoveryKeyPanel()
    qtbot.addWidget(panel)
    panel.show_key(KEY, FOLDER)
    target = tmp_path / "absent" / "cle.pdf"
    panel.save_pdf_to(target)
    assert not target.exists()
    assert panel.saved_label.text().startswith("Impossible d'écrire"), "not a success message"
    assert str(target) in panel.saved_label.text()


def test_the_pdf_button_saves_where_the_dialog_says(
    qtbot: QtBot, french: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "cle-de-secours"

    def choose(dialog: QFileDialog) -> int:
        assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
        dialog.selectFile(str(target))
        return int(QFileDialog.DialogCode.Accepted)

    monkeypatch.setattr(QFileDialog, "exec", choose)
    panel = RecoveryKeyPanel()
    qtbot.addWidget(panel)
    panel.show_key(KEY, FOLDER)
    qtbot.mouseClick(panel.pdf_button, Qt.MouseButton.LeftButton)
    saved = target.with_suffix(".pdf")
    assert saved.read_bytes().startswith(b"%PDF"), "the .pdf suffix is added"
    assert str(saved) in panel.saved_label.text()
