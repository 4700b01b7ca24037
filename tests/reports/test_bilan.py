"""The yearly bilan on the demo vault, read as a funder reads it: the DOCX through LibreOffice.

The sums are added up here from the tables with SQL, the person counts taken from the
JSON of the same protected report, the free texts of the vault read from its tables:
none of it through the code that writes the bilan.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from tests.reports.office import docx_paragraphs, docx_text, pdf_text
from vpi_groups.cli import EXIT_OK, main
from vpi_groups.demo.data import populate
from vpi_groups.demo.vault import DEMO_PASSPHRASE, demo_vault
from vpi_groups.reports import bilan as bilans
from vpi_groups.reports import files as report_export
from vpi_groups.reports.bilan import BilanFormat
from vpi_groups.reports.indicators import PeriodSpec
from vpi_groups.storage import vault as vaults

YEAR = dt.date.today().year - 1  # the demo's last whole year


@dataclass(frozen=True)
class Written:
    vault: vaults.Vault
    bilan: bilans.Bilan
    docx: Path
    text: str  # what LibreOffice reads in the DOCX
    report_json: dict[str, object]


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Written]:
    folder = tmp_path_factory.mktemp("bilan")
    with demo_vault() as vault:
        with vault.session() as s:
            bilan = bilans.build_bilan(s, PeriodSpec.year(YEAR))
        data = bilans.to_docx(bilan)
        path = folder / f"bilan-{YEAR}.docx"
        vault.run(lambda s: bilans.save(s, bilan, BilanFormat.DOCX, data, path))
        report_json = json.loads(report_export.to_json(bilan.report))
        yield Written(vault, bilan, path, docx_text(path, folder), report_json)


def _words(value: str) -> str:
    """Spaces of every kind made one plain space (LibreOffice keeps the thin ones)."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", value)


def _euros(cents: int) -> str:
    """An amount as the French write it, built here digit by digit."""
    units, rest = divmod(cents, 100)
    digits = str(units)
    groups: list[str] = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return f"{' '.join(groups)},{rest:02d} €"


def _sheet(text: str, title: str) -> str:
    """The text of one action's sheet: from its title to the next heading of its rank."""
    start = text.index(f"\n{title}\n")
    end = text.find("\nRevue annuelle", start)
    return text[start : text.find("\nPerspectives", end) + 200]


def test_every_action_of_the_year_has_its_sheet(written: Written) -> None:
    with written.vault.session() as s:
        titles = list(
            s.execute(
                text(
                    "SELECT a.title FROM action a LEFT JOIN working_group w ON w.action_id = a.id "
                    "WHERE a.year = :y AND w.body IS NULL"
                ),
                {"y": YEAR},
            ).scalars()
        )
    assert len(titles) >= 5
    for title in titles:
        assert f"\n{title}\n" in written.text, title
    for part in ("1. Le programme", "2. Les actions", "3. Le bilan financier", "4. Tableaux"):
        assert part in written.text


def test_the_funding_table_adds_up(written: Written) -> None:
    with written.vault.session() as s:
        rows = s.execute(
            text(
                "SELECT f.name, SUM(g.requested_cents), SUM(COALESCE(g.granted_cents, 0)), "
                "SUM((SELECT COALESCE(SUM(p.amount_cents), 0) FROM grant_payment p "
                "WHERE p.grant_id = g.id)) "
                "FROM funding_grant g JOIN funder f ON f.id = g.funder_id "
                "WHERE g.year = :y GROUP BY f.name"
            ),
            {"y": YEAR},
        ).all()
    assert len(rows) >= 2, "the demo funds the year through several funders"
    words = _words(written.text)
    for name, requested, granted, paid in rows:
        line = f"{name} {_euros(requested)} {_euros(granted)} {_euros(paid)} "
        line += _euros(granted - paid)
        assert _words(line) in words, line
    total = [sum(r[i] for r in rows) for i in (1, 2, 3)]
    expected = f"Total {_euros(total[0])} {_euros(total[1])} {_euros(total[2])}"
    assert _words(expected) in words


def test_the_budget_adds_up(written: Written) -> None:
    with written.vault.session() as s:
        planned, actual = s.execute(
            text(
                "SELECT SUM(planned_cents), SUM(COALESCE(actual_cents, 0)) FROM budget_line "
                "WHERE year = :y"
            ),
            {"y": YEAR},
        ).one()
        in_kind = s.execute(
            text("SELECT COALESCE(SUM(in_kind_value_cents), 0) FROM contribution WHERE year = :y"),
            {"y": YEAR},
        ).scalar_one()
    assert planned > 0
    expected = f"Total des charges {_euros(planned + in_kind)} {_euros(actual + in_kind)}"
    assert _words(expected) in _words(written.text)


def test_person_counts_are_those_of_the_protected_report(written: Written) -> None:
    """Each talk group's participants, as the JSON of the same release publishes them."""
    with written.vault.session() as s:
        talk_groups: dict[int, str] = dict(
            s.execute(
                text("SELECT id, title FROM action WHERE year = :y AND kind = 'talk_group'"),
                {"y": YEAR},
            ).all()
        )
    assert talk_groups, "the demo's year has talk groups"
    listed = written.report_json["tables"]
    assert isinstance(listed, list)
    tables = {t["id"]: t for t in listed}
    checked = 0
    for table_id, label in (
        ("participants-by-action", "Participants différents"),
        ("attendances-by-action", r"Présences \(personnes-séances\)"),
    ):
        table = tables[table_id]
        for row, cells in zip(table["rows"], table["cells"], strict=True):
            title = talk_groups.get(int(row["key"]))
            if title is None:
                continue  # not a talk group: no count of people on its sheet
            value = cells[0]
            found = re.search(label + r"\s+(\S+)", _sheet(written.text, title))
            assert found is not None, (table_id, title)
            if isinstance(value, int):
                assert found.group(1) == str(value), (table_id, title)
            else:  # hidden in the report: hidden on the sheet, never a number
                assert value == "suppressed"
                assert not any(ch.isdigit() for ch in found.group(1)), (table_id, title)
            checked += 1
    assert checked >= 2


def test_the_bilan_is_in_the_release_ledger(written: Written) -> None:
    with written.vault.session() as s:
        row = s.execute(
            text("SELECT file_name, file_format, sha256 FROM release ORDER BY id DESC LIMIT 1")
        ).one()
    assert row[0] == written.docx.name
    assert row[1] == "docx"
    assert row[2] == hashlib.sha256(written.docx.read_bytes()).hexdigest()


def test_nothing_person_level_or_free_text_leaves(
    qapp: QApplication, written: Written, tmp_path: Path
) -> None:
    """No participant code, memo, session note or minutes, in the text or in any byte."""
    with written.vault.session() as s:
        secrets = [
            *s.execute(text("SELECT code FROM participant")).scalars(),
            *s.execute(text("SELECT memo FROM participant WHERE memo IS NOT NULL")).scalars(),
            *s.execute(text("SELECT text FROM session_note")).scalars(),
            *s.execute(text("SELECT text FROM meeting_minutes")).scalars(),
        ]
    assert len(secrets) > 10
    with zipfile.ZipFile(written.docx) as archive:
        raw = b"".join(archive.read(name) for name in archive.namelist())
    pdf = written.bilan.document
    from vpi_groups.ui.bilan_pdf import render_pdf

    pdf_path = tmp_path / "bilan.pdf"
    pdf_path.write_bytes(render_pdf(pdf))
    pdf_words = pdf_text(pdf_path)
    for secret in secrets:
        # long enough to mean something (codes are 7 characters; notes are sentences)
        probe = secret.strip()[:40]
        assert probe not in written.text
        assert probe.encode() not in raw
        assert probe not in pdf_words


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_command_line_writes_the_same_document(
    qapp: QApplication, tmp_path: Path, fmt: str
) -> None:
    folder, secret = tmp_path / "vault", tmp_path / "secret"
    vault, _ = vaults.create(folder, DEMO_PASSPHRASE, kdf_seconds=0)
    with vault.session() as s:
        populate(s, years=2, seed=7)
    vault.lock()
    secret.write_text(DEMO_PASSPHRASE, encoding="utf-8")
    out = tmp_path / f"cli.{fmt}"
    args = ["--vault", str(folder), "--lang", "fr", "bilan", "--year", str(YEAR)]
    args += ["--format", fmt, "--out", str(out), "--passphrase-file", str(secret)]
    assert main(args) == EXIT_OK
    vault = vaults.unlock(folder, passphrase=DEMO_PASSPHRASE)
    try:
        with vault.session() as s:
            again = bilans.build_bilan(s, PeriodSpec.year(YEAR))
            releases = s.execute(text("SELECT file_name, file_format FROM release")).all()
    finally:
        vault.lock()
    assert [tuple(r) for r in releases] == [(out.name, fmt)]
    if fmt == "docx":
        window = tmp_path / "window.docx"
        window.write_bytes(bilans.to_docx(again))
        assert docx_paragraphs(out) == docx_paragraphs(window)
    else:
        words = _words(pdf_text(out))
        for heading in ("1. Le programme", "2. Les actions", "3. Le bilan financier"):
            assert heading in words
