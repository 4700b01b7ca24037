"""The bilan's PDF: the DOCX's blocks and words, on A4 pages as poppler reads them."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.reports.office import (
    CONTROL,
    WIDE_LAST,
    PdfPage,
    first_missing,
    pdf_pages,
    pdf_text,
    sample_document,
    tool,
    words,
)
from vpi_groups.reports.document import Document, PageBreak, Paragraph, Table
from vpi_groups.ui.bilan_pdf import render_pdf

POINTS_PER_MM = 72 / 25.4
SAMPLE = sample_document()
TABLES = [block for block in SAMPLE.blocks if isinstance(block, Table)]
WIDE = next(table for table in TABLES if table.wide)


@dataclass(frozen=True)
class Drawn:
    """The sample drawn once, and what poppler reads in it."""

    path: Path
    text: str  # pdftotext -layout
    page_texts: list[str]
    pages: list[PdfPage]


@pytest.fixture(scope="module")
def drawn(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Drawn:
    path = tmp_path_factory.mktemp("bilan-pdf") / "bilan.pdf"
    path.write_bytes(render_pdf(SAMPLE))
    text = pdf_text(path)
    return Drawn(path, text, text.split("\f")[:-1], pdf_pages(path))


def _info(path: Path) -> str:
    return subprocess.run(
        [tool("pdfinfo"), str(path)], capture_output=True, check=True, text=True, timeout=60
    ).stdout


def test_it_is_an_a4_pdf_with_the_documents_title(drawn: Drawn) -> None:
    assert drawn.path.read_bytes().startswith(b"%PDF-")
    assert len(drawn.pages) == len(drawn.page_texts) >= 4
    for page in drawn.pages:
        assert sorted((round(page.width), round(page.height))) == [595, 842]  # A4, in points
    info = _info(drawn.path)
    assert f"Title:           {SAMPLE.title}\n" in info
    assert "Author:" not in info or "Author:          \n" in info


def test_every_word_is_there_in_order(drawn: Drawn) -> None:
    assert first_missing(SAMPLE.text(), drawn.text) is None
    assert first_missing("Bilan 2025 Bilan 2024", drawn.text) is not None  # the check can fail
    assert CONTROL not in drawn.text
    assert "Un caractère de contrôle est retiré." in drawn.text


def test_each_page_gives_the_footer_and_its_number(drawn: Drawn) -> None:
    count = len(drawn.page_texts)
    for number, shown in enumerate(drawn.page_texts, start=1):
        assert f"{SAMPLE.footer} — {number} / {count}" in shown, number


def test_the_page_break_starts_the_actions_on_a_new_page(drawn: Drawn) -> None:
    assert "2. Les actions" not in drawn.page_texts[0]
    assert drawn.page_texts[1].lstrip().startswith("2. Les actions")


def test_the_wide_table_fits_a_landscape_page(drawn: Drawn) -> None:
    at = next(i for i, shown in enumerate(drawn.page_texts) if WIDE.caption in shown)
    landscape = [page.width > page.height for page in drawn.pages]
    assert landscape[at]
    assert not any(landscape[:at])
    page = drawn.pages[at]
    # its last column is drawn whole, at the right of the page, not cut off
    assert first_missing(" ".join(WIDE.rows[-1]), drawn.page_texts[at]) is None
    last = WIDE_LAST.split("\u202f")[-1]
    right = max(r for word, _l, r in page.words if word == last)
    assert right > page.width * 0.85
    margin = 15 * POINTS_PER_MM
    for number, each in enumerate(drawn.pages):
        for word, left, right in each.words:
            assert margin <= left, (number, word, left)
            assert right <= each.width - margin, (number, word, right)


def test_the_long_table_repeats_its_header_on_each_page(drawn: Drawn) -> None:
    partners = next(t for t in TABLES if len(t.rows) > 40)
    pages = [shown for shown in drawn.page_texts if "Partenaire numéro" in shown]
    assert len(pages) >= 2
    for shown in pages:
        header = shown.split("Partenaire numéro")[0]
        assert all(label in header for label in partners.header)
    rows = [f"Partenaire numéro {n} " for n in range(1, len(partners.rows) + 1)]
    assert all(sum(shown.count(row) for shown in pages) == 1 for row in rows)  # each row once


def test_a_page_break_never_leaves_a_blank_page(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "breaks.pdf"
    document = Document(
        title="Sauts",
        blocks=(Paragraph("un"), PageBreak(), PageBreak(), Paragraph("deux"), PageBreak()),
    )
    path.write_bytes(render_pdf(document))
    assert [words(page) for page in pdf_text(path).split("\f")[:-1]] == [
        ["Sauts", "un", "1", "2"],
        ["deux", "2", "2"],
    ]


def test_it_draws_from_the_command_line_without_a_window(tmp_path: Path) -> None:
    """A process with no QGuiApplication yet: render_pdf makes one."""
    path = tmp_path / "cli.pdf"
    probe = (
        "import sys\n"
        "from vpi_groups.reports.document import Document, Paragraph\n"
        "from vpi_groups.ui.bilan_pdf import render_pdf\n"
        "data = render_pdf(Document(title='Ligne de commande', blocks=(Paragraph('ok'),)))\n"
        "open(sys.argv[1], 'wb').write(data)\n"
    )
    subprocess.run([sys.executable, "-c", probe, str(path)], check=True, timeout=120)
    assert "Ligne de commande" in pdf_text(path)


def test_a_short_table_is_never_split(qapp: QApplication, tmp_path: Path) -> None:
    rows = tuple((f"Ligne {n}", str(n)) for n in range(1, 9))
    table = Table(header=("Libellé", "Nombre"), rows=rows, caption="Tableau court")
    filler = Paragraph("\n".join(f"Texte de remplissage {n}" for n in range(1, 41)))
    path = tmp_path / "short.pdf"
    path.write_bytes(render_pdf(Document(title="Court", blocks=(filler, table))))
    pages = pdf_text(path).split("\f")[:-1]
    assert len(pages) == 2
    assert "Texte de remplissage 40" in pages[0]  # the page had room for some rows...
    assert all(f"Ligne {n} " in pages[1] for n in range(1, 9))  # ...but the table moved whole
    assert "Tableau court" in pages[1]
