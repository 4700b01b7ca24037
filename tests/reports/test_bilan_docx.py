"""The bilan's DOCX: Word's own styles, tables that read well, no one's name in it.

The file is read back with python-docx (its structure) and through LibreOffice (its
words, and the pages LibreOffice lays out): two conversions for the whole module.
"""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
import zipfile
from dataclasses import dataclass

import docx
import pytest
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.table import Table as WordTable

from tests.reports.office import (
    CONTROL,
    WIDE_LAST,
    PdfPage,
    convert,
    docx_text,
    first_missing,
    pdf_pages,
    pdf_text,
    sample_document,
)
from vpi_groups.reports.bilan_docx import to_docx
from vpi_groups.reports.document import (
    Align,
    Bullets,
    Document,
    Fields,
    Heading,
    PageBreak,
    Paragraph,
    Table,
    column_widths,
    page_runs,
    plain,
)

WHEN = dt.datetime(2026, 1, 15, 9, 30, tzinfo=dt.UTC)
POINTS_PER_MM = 72 / 25.4
SAMPLE = sample_document()
TABLES = [block for block in SAMPLE.blocks if isinstance(block, Table)]
WIDE = next(table for table in TABLES if table.wide)
CHARGES = next(table for table in TABLES if table.total_rows and not table.wide)


@dataclass(frozen=True)
class Read:
    """The sample written once, and what LibreOffice makes of it."""

    data: bytes
    word: WordDocument
    text: str  # LibreOffice's text export
    pages: list[PdfPage]  # LibreOffice's PDF, page by page
    page_texts: list[str]


@pytest.fixture(scope="module")
def read(tmp_path_factory: pytest.TempPathFactory) -> Read:
    data = to_docx(SAMPLE, when=WHEN)
    folder = tmp_path_factory.mktemp("bilan-docx")
    path = folder / "bilan.docx"
    path.write_bytes(data)
    text = docx_text(path, folder / "text")
    pdf = convert(path, "pdf", folder / "pdf")
    return Read(
        data,
        docx.Document(io.BytesIO(data)),
        text,
        pdf_pages(pdf),
        pdf_text(pdf).split("\f"),
    )


def _table(word: WordDocument, table: Table) -> WordTable:
    """The table of the file whose header row is ``table``'s."""
    for made in word.tables:
        if tuple(cell.text for cell in made.rows[0].cells) == table.header:
            return made
    raise AssertionError(f"no table headed {table.header}")


def _section_of(word: WordDocument, made: WordTable) -> int:
    """The index of the section a table is in (a section ends at a paragraph's sectPr)."""
    ended = 0
    for element in word.element.body.iterchildren():
        if element is made._tbl:
            return ended
        if element.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            ended += 1
    raise AssertionError("table not in the body")


# ---------------------------------------------------------------- the structure


def test_headings_lists_and_captions_use_words_own_styles(read: Read) -> None:
    names = {0: "Title", 1: "Heading 1", 2: "Heading 2", 3: "Heading 3"}
    headings = [("Title", SAMPLE.title)] + [
        (names[block.level], block.text) for block in SAMPLE.blocks if isinstance(block, Heading)
    ]
    styled = [
        (p.style.name, p.text)
        for p in read.word.paragraphs
        if p.style is not None and p.style.name in names.values()
    ]
    assert styled == headings
    bullets = [
        item for block in SAMPLE.blocks if isinstance(block, Bullets) for item in block.items
    ]
    listed = [p.text for p in read.word.paragraphs if p.style and p.style.name == "List Bullet"]
    assert listed == bullets
    captions = [p.text for p in read.word.paragraphs if p.style and p.style.name == "Caption"]
    assert captions == [table.caption for table in TABLES]
    assert all(
        made.style is not None and made.style.name == "Table Grid" for made in read.word.tables
    )


def test_fields_give_the_label_in_bold(read: Read) -> None:
    fields = next(block for block in SAMPLE.blocks if isinstance(block, Fields))
    for label, value in fields.pairs:
        line = next(p for p in read.word.paragraphs if p.text == f"{label}\u00a0: {value}")
        assert line.runs[0].bold is True
        assert line.runs[-1].text == value
        assert not line.runs[-1].bold


def test_a_paragraph_keeps_its_line_breaks_and_loses_control_characters(read: Read) -> None:
    emphasised = next(b for b in SAMPLE.blocks if isinstance(b, Paragraph) and b.emphasis)
    assert CONTROL in emphasised.text
    shown = next(p for p in read.word.paragraphs if p.text == emphasised.text.replace(CONTROL, ""))
    assert all(run.italic for run in shown.runs)
    broken = next(b for b in SAMPLE.blocks if isinstance(b, Paragraph) and "\n" in b.text)
    first_line = broken.text.split("\n")[0]
    paragraph = next(p for p in read.word.paragraphs if p.text.startswith(first_line))
    assert paragraph.text == broken.text  # python-docx reads a <w:br/> as "\n"
    assert paragraph._p.findall(f".//{qn('w:br')}")


def test_a_page_break_starts_the_actions_on_a_new_page(read: Read) -> None:
    paragraphs = read.word.paragraphs
    actions = next(i for i, p in enumerate(paragraphs) if p.text == "2. Les actions")
    breaks = paragraphs[actions - 1]._p.findall(f".//{qn('w:br')}")
    assert [b.get(qn("w:type")) for b in breaks] == ["page"]
    on_page = next(i for i, page in enumerate(read.page_texts) if "2. Les actions" in page)
    assert on_page == 1
    assert read.page_texts[on_page].lstrip().startswith("2. Les actions")


def test_tables_header_repeated_numbers_right_totals_bold(read: Read) -> None:
    for table in TABLES:
        made = _table(read.word, table)
        assert len(made.rows) == 1 + len(table.rows)
        first_total = len(made.rows) - table.total_rows
        for number, row in enumerate(made.rows):
            properties = row._tr.trPr
            assert properties is not None
            assert properties.find(qn("w:cantSplit")) is not None
            assert (properties.find(qn("w:tblHeader")) is not None) == (number == 0)
            expected = table.header if number == 0 else table.rows[number - 1]
            assert tuple(cell.text for cell in row.cells) == expected
            bold = number == 0 or number >= first_total
            for column, cell in enumerate(row.cells):
                paragraph = cell.paragraphs[0]
                right = table.align(column) is Align.RIGHT
                assert (paragraph.alignment == WD_ALIGN_PARAGRAPH.RIGHT) == right, (number, column)
                assert all(bool(run.bold) == bold for run in paragraph.runs), (number, column)


def test_a_table_note_follows_it_in_small_italics(read: Read) -> None:
    note = next(p for p in read.word.paragraphs if p.text == CHARGES.note)
    (run,) = note.runs
    assert run.italic is True
    assert run.font.size is not None
    assert run.font.size.pt < 10
    made = _table(read.word, CHARGES)
    assert made._tbl.getnext() is note._p


def test_the_wide_table_goes_landscape_in_a_smaller_font(read: Read) -> None:
    sections = read.word.sections
    assert [s.orientation for s in sections] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE]
    wide = _table(read.word, WIDE)
    narrow = _table(read.word, CHARGES)
    assert _section_of(read.word, wide) == 1
    assert _section_of(read.word, narrow) == 0
    size = wide.rows[1].cells[1].paragraphs[0].runs[0].font.size
    normal = narrow.rows[1].cells[1].paragraphs[0].runs[0].font.size
    assert size is not None
    assert normal is not None
    assert size < normal
    for made in read.word.tables:
        section = sections[_section_of(read.word, made)]
        assert section.page_width is not None
        assert section.left_margin is not None
        assert section.right_margin is not None
        room = section.page_width - section.left_margin - section.right_margin
        widths = [int(c.get(qn("w:w"))) for c in made._tbl.tblGrid.findall(qn("w:gridCol"))]
        assert sum(widths) * 635 <= room  # twips to EMU


def test_libreoffice_lays_it_out_within_the_pages(read: Read) -> None:
    count = len(read.pages)
    assert count >= 4
    landscape = [page.width > page.height for page in read.pages]
    wide_page = next(i for i, words in enumerate(read.page_texts) if WIDE.caption in words)
    assert landscape[wide_page]
    assert not any(landscape[:wide_page])
    margin = 15 * POINTS_PER_MM
    for page in read.pages:
        for word, left, right in page.words:
            assert margin <= left, (word, left)
            assert right <= page.width - margin, (word, right)
    last = read.pages[wide_page].words
    assert max(right for _w, _l, right in last) > read.pages[wide_page].width * 0.8
    assert WIDE_LAST.split("\u202f")[-1] in read.page_texts[wide_page]
    for number, words in enumerate(read.page_texts[:count], start=1):
        assert f"{number} / {count}" in words
        assert SAMPLE.footer in words


def test_the_long_table_repeats_its_header_on_each_page(read: Read) -> None:
    partners = next(t for t in TABLES if len(t.rows) > 40)
    pages = [shown for shown in read.page_texts if "Partenaire numéro" in shown]
    assert len(pages) >= 2
    for shown in pages:
        header = shown.split("Partenaire numéro")[0]  # above the page's first row
        assert all(label in header for label in partners.header)


def test_libreoffice_reads_every_word_in_order(read: Read) -> None:
    assert first_missing(SAMPLE.text(), read.text) is None
    assert first_missing("Bilan 2025 Bilan 2024", read.text) is not None  # the check can fail
    assert CONTROL not in read.text


# ---------------------------------------------------------------- the file as a file


def test_the_properties_name_no_one(read: Read) -> None:
    properties = read.word.core_properties
    assert properties.title == SAMPLE.title
    assert properties.author == ""
    assert properties.last_modified_by == ""
    assert properties.comments == ""
    assert properties.keywords == ""
    assert properties.created == WHEN
    assert properties.modified == WHEN
    with zipfile.ZipFile(io.BytesIO(read.data)) as archive:
        core = archive.read("docProps/core.xml")
    assert b"python-docx" not in core


def test_the_footer_gives_the_text_and_the_page_number(read: Read) -> None:
    first, *others = read.word.sections
    xml = first.footer._element.xml
    assert SAMPLE.footer in xml
    codes = [c.text.strip() for c in first.footer._element.iter(qn("w:instrText"))]
    assert codes == ["PAGE", "NUMPAGES"]
    assert all(section.footer.is_linked_to_previous for section in others)


def test_the_same_document_gives_the_same_bytes(read: Read) -> None:
    assert to_docx(SAMPLE, when=WHEN) == read.data
    later = to_docx(SAMPLE, when=WHEN + dt.timedelta(days=1))
    assert later != read.data
    with zipfile.ZipFile(io.BytesIO(read.data)) as archive:
        assert {item.date_time for item in archive.infolist()} == {(2026, 1, 15, 9, 30, 0)}


def test_characters_no_xml_can_hold_are_dropped() -> None:
    bad = "\x00A\x01b\x0bc\x1f\ufffe\ud800d"
    document = Document(
        title=f"Titre{bad}",
        footer=f"Pied{bad}",
        blocks=(
            Heading(f"Partie{bad}", 1),
            Paragraph(f"Texte{bad}"),
            Bullets((f"Point{bad}",)),
            Fields(((f"Nom{bad}", f"Valeur{bad}"),)),
            Table(header=(f"Col{bad}",), rows=((f"Cell{bad}",),), caption=bad, note=bad),
        ),
    )
    word = docx.Document(io.BytesIO(to_docx(document, when=WHEN)))
    texts = [p.text for p in word.paragraphs]
    assert texts[:4] == ["TitreAbcd", "PartieAbcd", "TexteAbcd", "PointAbcd"]
    assert "NomAbcd\u00a0: ValeurAbcd" in texts
    assert word.tables[0].rows[1].cells[0].text == "CellAbcd"
    assert word.core_properties.title == "TitreAbcd"


def test_a_document_without_blocks_still_makes_a_file() -> None:
    word = docx.Document(io.BytesIO(to_docx(Document(title="Seul"), when=WHEN)))
    assert [p.text for p in word.paragraphs] == ["Seul"]
    assert len(word.sections) == 1
    word = docx.Document(io.BytesIO(to_docx(Document(title=""), when=WHEN)))
    assert [p.text for p in word.paragraphs if p.text] == []


def test_python_docx_waits_until_a_file_is_written() -> None:
    probe = (
        "import sys, vpi_groups.reports.bilan_docx, vpi_groups.reports.document; "
        "sys.exit(1 if 'docx' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", probe], check=False, timeout=60).returncode == 0


# ---------------------------------------------------------------- the rules both writers follow


def _wide(columns: int = 14) -> Table:
    return Table(header=tuple(f"c{n}" for n in range(columns)), rows=())


def test_a_wide_table_takes_its_heading_and_notes_to_landscape_pages() -> None:
    narrow = Table(header=("a", "b"), rows=())
    blocks = (
        Heading("Partie", 1),
        Paragraph("Récit"),
        narrow,
        Heading("Statistiques", 2),
        Paragraph("Introduction"),
        _wide(),
        Heading("Notes", 3),
        Bullets(("note",)),
        PageBreak(),
        Heading("Finances", 1),
        narrow,
    )
    runs = page_runs(blocks)
    assert [run.landscape for run in runs] == [False, True, False]
    assert runs[0].blocks == blocks[:3]
    assert runs[1].blocks == blocks[3:8]
    assert runs[2].blocks == blocks[9:]  # the page break where the run ends is left out


def test_blocks_between_two_wide_tables_of_a_part_stay_landscape() -> None:
    between = (PageBreak(), Heading("Suite", 2), Table(header=("a",), rows=()))
    runs = page_runs((_wide(), *between, _wide(), Heading("Autre partie", 1), _wide()))
    assert [run.landscape for run in runs] == [True]
    assert runs[0].blocks[1:4] == between
    assert [b.landscape for b in page_runs((_wide(), Heading("P", 1), Paragraph("x")))] == [
        True,
        False,
    ]


def test_a_page_break_at_the_start_follows_the_title() -> None:
    blocks = (PageBreak(), Paragraph("x"), PageBreak())
    assert page_runs(blocks)[0].blocks == blocks[:2]
    (empty,) = page_runs(())  # the title still has a page
    assert empty.blocks == ()
    assert not empty.landscape
    assert not _wide(8).wide
    assert _wide(9).wide


def test_column_widths_fill_the_room() -> None:
    natural, least = [100.0, 20.0, 20.0], [40.0, 20.0, 20.0]
    roomy = column_widths(natural, least, 280, [True, False, False])
    assert roomy is not None
    assert sum(roomy) == pytest.approx(280)
    assert roomy[1] == roomy[2]
    assert roomy[0] - 100 == pytest.approx(2 * 100 / 20 * (roomy[1] - 20))  # twice its share
    tight = column_widths(natural, least, 110, [True, False, False])
    assert tight == pytest.approx([70.0, 20.0, 20.0])  # only the text column gives way
    assert column_widths(natural, least, 79, [True, False, False]) is None


def test_plain_drops_control_characters_and_keeps_lines() -> None:
    assert plain("a\r\nb\rc\td\x07e\x00") == "a\nb\nc\tde"


def test_short_tables_stay_on_one_page_and_long_ones_keep_their_ends(read: Read) -> None:
    for table in TABLES:
        made = _table(read.word, table)
        count = len(made.rows)
        kept = [
            all(cell.paragraphs[0].paragraph_format.keep_with_next for cell in row.cells)
            for row in made.rows
        ]
        if count <= 16:
            assert kept == [True] * (count - 1) + [False], table.caption
        else:  # the header and two rows; the last row never alone
            assert kept == [True] * 3 + [False] * (count - 5) + [True, False], table.caption
