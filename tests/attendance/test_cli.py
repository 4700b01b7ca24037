"""The purge and erase commands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.attendance.conftest import make_group
from tests.scheduling.conftest import make_directory
from vpi_groups.attendance import registers as att
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.cli import EXIT_OK, EXIT_OTHER, main
from vpi_groups.storage import audit
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import AttendanceStatus, AuditKind

PASSPHRASE = "purge et effacement en ligne de commande"


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, str]:
    """A vault with one old participant (2023) and one recent (this year); returns the old code."""
    folder = tmp_path / "vault"
    vault, _ = vaults.create(folder, PASSPHRASE, kdf_seconds=0)
    directory = make_directory(vault)
    old = make_group(vault, directory, name="Ancien", start=dt.date(2023, 1, 3), count=2)
    recent_start = dt.datetime.now(dt.UTC).date() - dt.timedelta(days=20)
    recent = make_group(vault, directory, name="Récent", start=recent_start, count=2)
    with vault.session() as s:
        early = dt.datetime(2022, 12, 1, tzinfo=dt.UTC)
        a = att.create_participant(s, ParticipantAttributes(), now=early)
        b = att.create_participant(s, ParticipantAttributes(), now=early)
        att.enrol(s, a.id, old.group_id, dt.date(2023, 1, 1))
        att.enrol(s, b.id, recent.group_id, recent_start)
        att.record_attendance(s, old.session_ids[0], {a.id: AttendanceStatus.PRESENT})
        att.record_attendance(s, recent.session_ids[0], {b.id: AttendanceStatus.PRESENT})
    vault.lock()
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    return folder, secret, b.code


def _count(folder: Path) -> int:
    with vaults.unlock(folder, passphrase=PASSPHRASE) as v, v.session() as s:
        return len(att.list_participants(s))


def test_purge_dry_run_then_purge(
    setup: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, secret, _code = setup
    base = ["--vault", str(folder), "purge", "--passphrase-file", str(secret)]
    assert main([*base, "--dry-run"]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("Simulation : 1 participant·e(s) et 1 ligne(s)")
    assert _count(folder) == 2
    assert main(base) == EXIT_OK
    assert "1 participant·e(s) et 1 ligne(s) de présence supprimées" in capsys.readouterr().out
    assert _count(folder) == 1


def test_erase_by_code(setup: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    folder, secret, code = setup
    args = ["--vault", str(folder), "erase", code.lower(), "--passphrase-file", str(secret)]
    assert main(args) == EXIT_OK
    assert "1 ligne(s) de présence" in capsys.readouterr().out
    assert _count(folder) == 1
    assert main(args) == EXIT_OTHER
    assert "Aucun·e participant·e" in capsys.readouterr().err
    with vaults.unlock(folder, passphrase=PASSPHRASE) as v, v.session() as s:
        kinds = [e.kind for e in audit.entries(s)]
    assert kinds == [AuditKind.ERASURE]
