"""The attendance sheet as a PDF: pages, codes only, and saving it from the window."""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import os
import re
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.attendance.conftest import GroupWithSessions, make_group
from tests.reports.test_report_files import tool
from tests.scheduling.conftest import make_directory
from tests.ui.conftest import PASSPHRASE
from vpi_groups.attendance import registers as attendance
from vpi_groups.attendance import sheets
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.cli import EXIT_OK, main
from vpi_groups.storage import vault as vaults
from vpi_groups.ui import file_dialogs
from vpi_groups.ui.attendance_sheet import (
    render_attendance_sheet,
    save_attendance_sheet,
    write_attendance_sheet,
)
from vpi_groups.ui.tasks import TaskRunner

MARKER = "MEMO-b41d-jamais-imprime"
START = dt.date(2026, 3, 2)  # the group meets on Tuesdays at 18:00 for 90 minutes
PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")  # a page object, not the /Pages tree


@dataclasses.dataclass
class Programme:
    vault: vaults.Vault
    folder: Path
    group: GroupWithSessions
    codes: list[str]


def _programme(tmp_path: Path, people: int) -> Programme:
    folder = tmp_path / "vault"
    vault, _ = vaults.create(folder, PASSPHRASE)
    directory = make_directory(vault)
    group = make_group(vault, directory, start=START, count=10)
    codes = []
    with vault.session() as s:
        for i in range(people):
            attrs = ParticipantAttributes(memo=MARKER) if i == 0 else ParticipantAttributes()
            person = attendance.create_participant(s, attrs)
            attendance.enrol(s, person.id, group.group_id, START)
            codes.append(person.code)
    return Programme(vault, folder, group, codes)


@pytest.fixture
def sixty(tmp_path: Path) -> Iterator[Programme]:
    programme = _programme(tmp_path, 60)
    yield programme
    if programme.vault.is_open:
        programme.vault.lock()


@pytest.fixture
def few(tmp_path: Path) -> Iterator[Programme]:
    programme = _programme(tmp_path, 4)
    yield programme
    if programme.vault.is_open:
        programme.vault.lock()


def _sheet(programme: Programme, index: int = 2) -> sheets.AttendanceSheet:
    with programme.vault.session() as s:
        return sheets.attendance_sheet(s, programme.group.session_ids[index])


def _text(data: bytes, folder: Path) -> str:
    """The PDF's text as poppler reads it, pages apart (form feeds), ligatures undone."""
    source = folder / "read.pdf"
    source.write_bytes(data)
    read = subprocess.run(
        [tool("pdftotext"), str(source), "-"], capture_output=True, text=True, check=True
    ).stdout
    return unicodedata.normalize("NFKC", read)


# ---------------------------------------------------------------- the PDF


def test_sixty_participants_take_three_pages_with_every_code_once(
    qapp: QApplication, sixty: Programme, tmp_path: Path
) -> None:
    data = render_attendance_sheet(_sheet(sixty))
    assert data.startswith(b"%PDF-")
    # A4 less 2 × 15 mm of margins and the 11 mm footer leaves 256 mm; the first page's
    # heading and the column headings take about 56 mm, the later pages' about 23 mm;
    # lines are 9 mm: 22 lines on the first page, 26 on the others. 60 codes and the
    # closed group's 3 lines for newcomers: 22 + 26 + 15, three pages.
    assert len(PAGE.findall(data)) == 3
    assert MARKER.encode() not in data
    text = _text(data, tmp_path)
    pages = text.split("\f")[:-1]
    assert len(pages) == 3
    for code in sixty.codes:
        assert text.count(sheets.reading_form(code)) == 1, code
    assert MARKER not in text
    assert "Séance 3/10 — mardi 17 mars 2026, 18 h – 19 h 30" in pages[0]
    assert "Groupe de parole — Groupe du mardi" in pages[0]
    assert "Lieu : non renseigné" in pages[0]
    assert "Animateur·rices : Awa, Bruno" in pages[0]
    for number, page in enumerate(pages, start=1):
        assert f"page {number}/3" in page
        assert "Document interne — ne pas diffuser" in page
        assert "Programme de prévention des violences intrafamiliales" in page
        assert "Présent·e" in page
    assert "Feuille d'émargement (suite)" in pages[1]
    assert pages[2].count("Nouvelle personne") == 3


def test_a_short_list_fits_on_one_page(qapp: QApplication, few: Programme, tmp_path: Path) -> None:
    data = render_attendance_sheet(_sheet(few))
    assert len(PAGE.findall(data)) == 1
    text = _text(data, tmp_path)
    assert "page 1/1" in text
    assert sorted(sheets.reading_form(code) for code in few.codes) == [
        line for line in text.splitlines() if re.fullmatch(r"[0-9A-Z]{3} [0-9A-Z]{4}", line)
    ]


def test_the_sheet_is_written_atomically(
    qapp: QApplication, few: Programme, tmp_path: Path
) -> None:
    target = tmp_path / "feuille.pdf"
    target.write_bytes(b"old")
    write_attendance_sheet(target, _sheet(few))
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir() if ".tmp-" in p.name] == []


# ---------------------------------------------------------------- from the window


class Dialogs:
    """Stand-ins for the file dialog and the warning box: answers given, questions kept."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> None:
        self.answers = answers
        self.proposed: list[str] = []
        self.warnings: list[str] = []
        self.on_ask: Any = None
        monkeypatch.setattr(file_dialogs, "save_file_name", self._ask)
        monkeypatch.setattr(QMessageBox, "warning", self._warn)

    def _ask(self, _parent: QWidget, _title: str, proposed: str, _filter: str) -> tuple[str, str]:
        self.proposed.append(proposed)
        if self.on_ask is not None:
            self.on_ask()
        return (self.answers.pop(0) if self.answers else ""), ""

    def _warn(self, _parent: QWidget, _title: str, text: str) -> QMessageBox.StandardButton:
        self.warnings.append(text)
        return QMessageBox.StandardButton.Ok


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_window_proposes_a_name_without_codes_and_writes_the_file(
    french: QApplication,
    parent: QWidget,
    few: Programme,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen = tmp_path / "sans-extension"
    dialogs = Dialogs(monkeypatch, [str(chosen)])
    written = save_attendance_sheet(parent, few.vault, few.group.session_ids[2])
    assert written == tmp_path / "sans-extension.pdf"
    assert written.read_bytes().startswith(b"%PDF-")
    proposed = Path(dialogs.proposed[0])
    assert proposed == Path.home() / "emargement-2026-03-17-groupe-du-mardi.pdf"
    assert dialogs.warnings == []
    # A second sheet uses the same runner: none is left behind per click.
    dialogs.answers.append(str(tmp_path / "deux.pdf"))
    assert save_attendance_sheet(parent, few.vault, few.group.session_ids[3]) is not None
    assert len(parent.findChildren(TaskRunner)) == 1


def test_cancelling_the_file_dialog_writes_nothing(
    french: QApplication,
    parent: QWidget,
    few: Programme,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialogs = Dialogs(monkeypatch, [])
    assert save_attendance_sheet(parent, few.vault, few.group.session_ids[0]) is None
    assert len(dialogs.proposed) == 1
    assert not list(tmp_path.glob("*.pdf"))


def test_an_unknown_session_is_explained_and_no_file_is_asked_for(
    french: QApplication, parent: QWidget, few: Programme, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs = Dialogs(monkeypatch, ["/nowhere.pdf"])
    missing = max(few.group.session_ids) + 1000
    assert save_attendance_sheet(parent, few.vault, missing) is None
    assert len(dialogs.warnings) == 1
    assert dialogs.warnings[0].startswith("Cette fiche n'existe plus.")
    assert dialogs.proposed == []


def test_a_full_disk_is_explained_and_the_dialog_comes_back(
    french: QApplication,
    parent: QWidget,
    few: Programme,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    full, other = tmp_path / "plein.pdf", tmp_path / "ailleurs.pdf"
    dialogs = Dialogs(monkeypatch, [str(full), str(other)])
    real_write = os.write
    failures: list[int] = []

    def write(fd: int, data: Any) -> int:
        if not failures:  # the first file written: the disk is full
            failures.append(fd)
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    written = save_attendance_sheet(parent, few.vault, few.group.session_ids[0])
    monkeypatch.undo()
    assert written == other
    assert other.read_bytes().startswith(b"%PDF-")
    assert not full.exists()
    assert [p.name for p in tmp_path.iterdir() if ".tmp-" in p.name] == []
    assert len(dialogs.warnings) == 1
    assert dialogs.warnings[0].startswith(f"Le disque est plein : impossible d'écrire {full}.")
    assert dialogs.proposed[1] == str(full)  # the dialog comes back where it was


def test_a_folder_without_write_permission_is_explained(
    french: QApplication,
    parent: QWidget,
    few: Programme,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    closed = tmp_path / "ferme"
    closed.mkdir()
    dialogs = Dialogs(monkeypatch, [str(closed / "feuille.pdf")])
    real_open = os.open

    def refuse(path: Any, flags: int, mode: int = 0o777, **kwargs: Any) -> int:
        if Path(path).parent == closed:  # the tests run as root: chmod would not refuse
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, mode, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    assert save_attendance_sheet(parent, few.vault, few.group.session_ids[0]) is None
    monkeypatch.undo()
    assert dialogs.warnings[0].startswith(
        f"Impossible d'écrire {closed / 'feuille.pdf'} (EACCES). Ce qui était déjà enregistré"
    )
    assert list(closed.iterdir()) == []


def test_a_lock_while_the_dialog_is_open_writes_nothing(
    french: QApplication,
    parent: QWidget,
    few: Programme,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialogs = Dialogs(monkeypatch, [str(tmp_path / "apres-verrou.pdf")])
    dialogs.on_ask = few.vault.lock
    assert save_attendance_sheet(parent, few.vault, few.group.session_ids[0]) is None
    assert not (tmp_path / "apres-verrou.pdf").exists()


def test_the_window_and_the_command_line_write_the_same_sheet(
    french: QApplication,
    parent: QWidget,
    few: Programme,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Dialogs(monkeypatch, [str(tmp_path / "fenetre.pdf")])
    session_id = few.group.session_ids[4]
    from_window = save_attendance_sheet(parent, few.vault, session_id)
    assert from_window is not None
    few.vault.lock()
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    out = tmp_path / "commande.pdf"
    args = ["--vault", str(few.folder), "attendance-sheet", str(session_id), "--output", str(out)]
    assert main([*args, "--passphrase-file", str(secret)]) == EXIT_OK
    window_text = _text(from_window.read_bytes(), tmp_path)
    assert window_text == _text(out.read_bytes(), tmp_path)
    assert "mardi 31 mars 2026" in window_text
