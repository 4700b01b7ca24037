"""The files as others open them: the PDF by poppler, the XLSX by LibreOffice, any byte scanned.

Every format's bytes, and the text a reader can get out of them, are scanned for
anything person-level.

LibreOffice (``soffice``) and poppler (``pdftoppm``, ``pdftotext``) are system tools,
found and run by :mod:`tests.reports.office` (skipped when missing on a developer's
machine, failing when missing in CI).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import subprocess
import zipfile
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from tests.reports.conftest import IN_KIND, MEMO, NOTE, Programme
from tests.reports.office import convert, pdf_text
from tests.reports.office import tool as tool  # where tests/ui imports it from
from vpi_groups.reports import files as report_export
from vpi_groups.reports import indicators as reports
from vpi_groups.reports.files import Format
from vpi_groups.reports.indicators import Breakdown, CellState, PeriodSpec, Report
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import PeriodKind
from vpi_groups.ui.chart import ChartBar, nice_step, paint_bar_chart
from vpi_groups.ui.report_pdf import render_pdf

LIBREOFFICE_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def build(vault: vaults.Vault, k: int = 3) -> Report:
    with vault.session() as s:
        return reports.build_report(
            s,
            PeriodSpec.year(2025, by=PeriodKind.QUARTER),
            breakdowns=list(Breakdown),
            k=k,
            now=dt.datetime(2026, 1, 15, 9, 30, tzinfo=dt.UTC),
        )


# ---------------------------------------------------------------- nothing person-level


def _pdf_streams(data: bytes) -> bytes:
    """Every stream of a PDF, inflated where it is compressed."""
    out = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, flags=re.DOTALL):
        try:
            out.append(zlib.decompress(match.group(1)))
        except zlib.error:
            out.append(match.group(1))
    return b"\n".join(out)


def _readable(fmt: Format, data: bytes, tmp_path: Path) -> bytes:
    """The bytes of a file and every text a reader could get out of it."""
    if fmt is Format.XLSX:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return data + b"\n".join(archive.read(name) for name in archive.namelist())
    if fmt is Format.PDF:
        target = tmp_path / "scan.pdf"
        target.write_bytes(data)
        return _pdf_streams(data) + b"\n" + pdf_text(target).encode()
    return data


@pytest.mark.parametrize("fmt", list(Format))
def test_no_export_holds_codes_memos_or_notes(
    qapp: QApplication, vault: vaults.Vault, known: Programme, tmp_path: Path, fmt: Format
) -> None:
    report = build(vault)
    data = render_pdf(report) if fmt is Format.PDF else report_export.render(report, fmt)
    readable = _readable(fmt, data, tmp_path)
    secrets = [*known.codes, MEMO, NOTE, IN_KIND]
    for secret in secrets:
        for variant in {secret, secret.lower()}:
            for encoding in ("utf-8", "utf-16-be", "utf-16-le"):
                assert variant.encode(encoding) not in readable, (fmt, secret)
    if fmt is Format.PDF:
        # the scan does see the words that are drawn
        assert "Bilan d'activité anonymisé".encode() in readable
        assert b"Mardi" in readable


# ---------------------------------------------------------------- the PDF


def test_pdf_renders_with_poppler(
    qapp: QApplication, vault: vaults.Vault, known: Programme, tmp_path: Path
) -> None:
    report = build(vault, k=5)
    pdf = tmp_path / "bilan.pdf"
    pdf.write_bytes(render_pdf(report, "fr"))
    assert pdf.read_bytes().startswith(b"%PDF-")
    subprocess.run(
        [tool("pdftoppm"), "-r", "40", "-png", str(pdf), str(tmp_path / "page")],
        check=True,
        timeout=120,
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 3
    first = QImage(str(pages[0]))
    assert first.height() > first.width()  # the title page is portrait
    second = QImage(str(pages[1]))
    assert second.width() > second.height()  # the chart and the tables are landscape
    for page in pages:
        image = QImage(str(page))
        inked = sum(
            1
            for y in range(0, image.height(), 2)
            for x in range(0, image.width(), 2)
            if QColor(image.pixel(x, y)).lightness() < 200
        )
        assert inked > 100, f"{page.name} looks blank"
    words = pdf_text(pdf)
    assert "Bilan d'activité anonymisé" in words
    assert "Période : du 01/01/2025 au 31/12/2025" in words
    assert "Seuil de diffusion : k = 5" in words
    assert "Édité le : 15/01/2026 10:30" in words
    assert "Règle de diffusion" in words
    for table in report.tables:
        assert table.title.fr.split(",")[0] in words


def test_the_pdf_in_english(qapp: QApplication, vault: vaults.Vault, known: Programme) -> None:
    data = render_pdf(build(vault), "en")
    assert data.startswith(b"%PDF-")
    assert b"Anonymised activity report" in _pdf_streams(data)  # the document's title


# ---------------------------------------------------------------- the chart painter


def test_chart_paints_bars_and_hidden_months(qapp: QApplication) -> None:
    image = QImage(400, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    bars = [ChartBar("janv.", 12), ChartBar("févr.", None), ChartBar("mars", 0)]
    paint_bar_chart(
        painter,
        QRectF(0, 0, 400, 240),
        bars,
        title="Présences",
        hidden_mark="s",
        empty_text="Rien",
    )
    painter.end()
    bar_colour = QColor(58, 99, 153).rgb()
    columns = {x for x in range(400) for y in range(240) if image.pixel(x, y) == bar_colour}
    assert columns, "the January bar is drawn"
    assert max(columns) < 400 / 3 + 40, "only January has a bar"


def test_chart_without_months_says_so(qapp: QApplication) -> None:
    image = QImage(200, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_bar_chart(
        painter, QRectF(0, 0, 200, 120), [], title="T", hidden_mark="s", empty_text="Rien"
    )
    painter.end()
    assert any(QColor(image.pixel(x, 70)).lightness() < 128 for x in range(200))


@pytest.mark.parametrize(
    ("top", "step"), [(0, 1), (4, 1), (19, 5), (23, 5), (120, 50), (999, 200), (1, 1)]
)
def test_round_steps(top: int, step: int) -> None:
    assert nice_step(top) == step


# ---------------------------------------------------------------- the XLSX in LibreOffice


def test_libreoffice_reads_the_same_numbers(
    vault: vaults.Vault, known: Programme, tmp_path: Path
) -> None:
    report = build(vault, k=3)
    workbook = tmp_path / "bilan.xlsx"
    workbook.write_bytes(report_export.to_xlsx(report, "fr"))
    # sheet names become file names: LibreOffice needs a UTF-8 locale to write them
    utf8 = {**os.environ, "LC_ALL": "C.UTF-8"}
    out = convert(workbook, LIBREOFFICE_CSV, tmp_path, env=utf8).parent  # one CSV a sheet
    names = report_export.sheet_names(report, "fr")
    compared = 0
    for name, table in zip(names, report.tables, strict=True):
        sheet = out / f"bilan-{name}.csv"
        assert sheet.exists(), sorted(p.name for p in out.iterdir())
        lines = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8"))))
        assert lines[2][:2] == ["Période", "du 01/01/2025 au 31/12/2025"]
        assert lines[4][:2] == ["Seuil de diffusion", "k = 3"]
        # A1 holds the title too: the grid's title is the next line that does.
        start = next(
            i for i, line in enumerate(lines) if i > 0 and line and line[0] == table.title.fr
        )
        body = lines[start + 2 :]
        for line, cells, label in zip(body, table.cells, table.rows, strict=False):
            assert line[0] == label.fr
            for shown, c in zip(line[1:], cells, strict=False):
                value = c.published
                if value is None:
                    expected = "s" if c.state is CellState.SUPPRESSED else shown
                    assert shown == expected
                    assert shown in {"s", "–", "n.d."}
                else:
                    assert float(shown) == float(value), (table.id, label.key)
                    compared += 1
        if table.column_totals is not None:
            footer = body[len(table.rows)]
            assert footer[0] == "Ensemble"
            for shown, c in zip(footer[1:], table.column_totals, strict=False):
                if c.published is not None:
                    assert float(shown) == float(c.published)
                    compared += 1
    assert compared > 200
