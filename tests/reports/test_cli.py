"""The report command: every format written, audited, and bad requests refused with exit 2."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.reports.conftest import make_programme
from vpi_groups.cli import EXIT_OK, EXIT_USAGE, main
from vpi_groups.storage import audit
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import AuditKind

PASSPHRASE = "bilan annuel du centre social 2025"


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A locked vault holding the programme of conftest.py, and its passphrase file."""
    root = tmp_path_factory.mktemp("report-cli")
    folder = root / "vault"
    vault, _ = vaults.create(folder, PASSPHRASE, kdf_seconds=0)
    make_programme(vault)
    vault.lock()
    secret = root / "secret"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    return folder, secret


def run(setup: tuple[Path, Path], *args: str) -> int:
    folder, secret = setup
    return main(["--vault", str(folder), "report", *args, "--passphrase-file", str(secret)])


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json", "pdf"])
def test_report_in_every_format(
    qapp: QApplication,
    setup: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    fmt: str,
) -> None:
    out = tmp_path / f"bilan.{fmt}"
    code = run(
        setup,
        "--from",
        "01/01/2025",
        "--to",
        "2025-12-31",
        "--by",
        "quarter",
        "--breakdown",
        "group",
        "age-band",
        "--threshold",
        "3",
        "--format",
        fmt,
        "--out",
        str(out),
    )
    assert code == EXIT_OK
    said = capsys.readouterr().out
    assert said.startswith(f"Bilan écrit : {out} (")
    assert said.rstrip().endswith("k = 3).")
    head = out.read_bytes()[:8]
    expected = {"csv": b"\xef\xbb\xbf", "xlsx": b"PK", "json": b"{", "pdf": b"%PDF-"}
    assert head.startswith(expected[fmt])
    folder, _secret = setup
    with vaults.unlock(folder, passphrase=PASSPHRASE) as vault, vault.session() as s:
        last = [e for e in audit.entries(s) if e.kind is AuditKind.EXPORT_REPORT][-1]
    assert last.counts[f"format_{fmt}"] == 1
    assert last.counts["k"] == 3


def test_json_from_the_command_line(setup: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "bilan.json"
    args = ["--from", "2025-01-01", "--to", "2025-03-31", "--format", "json", "--out", str(out)]
    assert run(setup, *args) == EXIT_OK
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["disclosure"]["k"] == 5  # the vault's default
    assert document["breakdowns"] == ["month"]
    assert document["period"]["calendar"] == "quarter"
    months = next(t for t in document["tables"] if t["id"] == "attendances-by-month")
    # March's 10 attendances: shown, or hidden with the quarter's total when earlier
    # releases of this vault (the tests above) make them part of a small difference
    assert months["cells"][:2] == [[0], [0]]
    assert months["cells"][2] in ([10], ["suppressed"])
    assert months["column_totals"] == months["cells"][2]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--from", "2025-13-01", "--to", "2025-12-31"], "Date invalide pour --from"),
        (["--from", "2025-02-01", "--to", "2025-01-31"], "précède son début"),
        (["--from", "2025-01-01", "--to", "2025-12-31", "--threshold", "12"], "k va de 3 à 11"),
        (["--from", "1990-01-01", "--to", "2025-12-31"], "entre les années 2000 et 2100"),
        (["--from", "2025-03-01", "--to", "2025-04-30"], "par soustraction"),
    ],
)
def test_bad_requests_exit_with_usage(
    setup: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    words: str,
) -> None:
    out = tmp_path / "bilan.csv"
    assert run(setup, *args, "--format", "csv", "--out", str(out)) == EXIT_USAGE
    assert words in capsys.readouterr().err
    assert not out.exists()


def test_unknown_breakdown_is_an_argparse_error(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        run(setup, "--from", "2025-01-01", "--to", "2025-12-31", "--breakdown", "nationality")
    assert stopped.value.code == EXIT_USAGE
    assert "nationality" in capsys.readouterr().err


def test_releases_lists_every_file_written_with_its_checksum(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "vault"
    vault, _ = vaults.create(folder, PASSPHRASE, kdf_seconds=0)
    make_programme(vault)
    vault.lock()
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    common = ["--vault", str(folder)]
    tail = ["--passphrase-file", str(secret)]
    assert main([*common, "releases", *tail]) == EXIT_OK
    assert "Aucun bilan" in capsys.readouterr().out
    files = [tmp_path / "annee.json", tmp_path / "t1.csv"]
    assert (
        main(
            [*common, "report", "--year", "2025", "--format", "json", "--out", str(files[0]), *tail]
        )
        == EXIT_OK
    )
    assert (
        main(
            [
                *common,
                "report",
                "--quarter",
                "2025-Q1",
                "--format",
                "csv",
                "--out",
                str(files[1]),
                *tail,
            ]
        )
        == EXIT_OK
    )
    capsys.readouterr()
    assert main([*common, "releases", *tail]) == EXIT_OK
    listed = capsys.readouterr().out.splitlines()
    assert listed[0].startswith("2 bilan(s) diffusé(s)")
    # newest first, each with the start of the SHA-256 of the bytes actually written
    for line, path in zip(listed[1:], reversed(files), strict=True):
        assert path.name in line
        assert hashlib.sha256(path.read_bytes()).hexdigest()[:12] in line
    assert "du 2025-01-01 au 2025-12-31" in listed[2]
