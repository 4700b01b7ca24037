"""The attendance-sheet command: a PDF of the enrolled codes, a clear refusal otherwise."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.attendance.conftest import make_group
from tests.scheduling.conftest import make_directory
from vpi_groups.attendance import registers as att
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.cli import EXIT_OK, EXIT_OTHER, EXIT_USAGE, main
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.storage import vault as vaults

PASSPHRASE = "une feuille pour la salle du mardi"
MARKER = "MEMO-c9e2-reste-dans-le-coffre"
PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, list[int]]:
    """A vault with a group of 10 sessions (the second cancelled) and 3 enrolled people."""
    folder = tmp_path / "vault"
    vault, _ = vaults.create(folder, PASSPHRASE, kdf_seconds=0)
    directory = make_directory(vault)
    group = make_group(vault, directory, start=dt.date(2026, 3, 2), count=10)
    with vault.session() as s:
        for i in range(3):
            person = att.create_participant(
                s, ParticipantAttributes(memo=MARKER if i == 0 else None)
            )
            att.enrol(s, person.id, group.group_id, dt.date(2026, 3, 1))
        scheduling.cancel_session(s, group.session_ids[1], "Salle prise")
    vault.lock()
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    return folder, secret, list(group.session_ids)


def _args(folder: Path, secret: Path, *more: str) -> list[str]:
    return ["--vault", str(folder), "attendance-sheet", *more, "--passphrase-file", str(secret)]


def test_the_command_writes_the_sheet(
    setup: tuple[Path, Path, list[int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, secret, session_ids = setup
    out = tmp_path / "emargement.pdf"
    assert main(_args(folder, secret, str(session_ids[2]), "--output", str(out))) == EXIT_OK
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(PAGE.findall(data)) == 1
    assert MARKER.encode() not in data
    said = capsys.readouterr().out
    assert said == (
        f"Feuille d'émargement écrite : {out} (3 participant·e(s) inscrit·e(s)). "
        "Document interne, à ne pas diffuser.\n"
    )


def test_an_unknown_session_is_refused_in_plain_words(
    setup: tuple[Path, Path, list[int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, secret, session_ids = setup
    out = tmp_path / "rien.pdf"
    missing = str(max(session_ids) + 1000)
    assert main(_args(folder, secret, missing, "--output", str(out))) == EXIT_USAGE
    assert capsys.readouterr().err == f"vpi-groups: Aucune séance n° {missing}.\n"
    assert not out.exists()


def test_a_cancelled_session_is_refused_with_the_reason(
    setup: tuple[Path, Path, list[int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, secret, session_ids = setup
    out = tmp_path / "annulee.pdf"
    assert main(_args(folder, secret, str(session_ids[1]), "--output", str(out))) == EXIT_OTHER
    assert "Cette séance est annulée" in capsys.readouterr().err
    assert not out.exists()


def test_the_output_is_required(
    setup: tuple[Path, Path, list[int]], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, secret, session_ids = setup
    with pytest.raises(SystemExit) as stopped:
        main(_args(folder, secret, str(session_ids[0])))
    assert stopped.value.code == EXIT_USAGE
    assert "--output" in capsys.readouterr().err


def test_the_command_line_loads_qt_only_when_the_sheet_is_drawn() -> None:
    """Importing the command line and reading its help load neither Qt nor the sheets."""
    probe = (
        "import sys, vpi_groups.cli as c\n"
        "try:\n"
        "    c.main(['attendance-sheet', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'vpi_groups.attendance'))]\n"
        "print(sorted(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert "SESSION_ID" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "[]"
