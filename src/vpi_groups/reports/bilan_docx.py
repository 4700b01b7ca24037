"""The bilan as a Word document (.docx), in Word's own styles so that it can be restyled.

Headings are "Title" and "Heading 1" to "Heading 3", lists "List Bullet", tables "Table
Grid" and captions "Caption": changing one of these styles in Word or LibreOffice
changes every block of its kind. A4 pages; tables keep their header row on every page
they run over, numbers to the right and totals in bold. Tables of many columns
(:attr:`~vpi_groups.reports.document.Table.wide`) go on landscape pages, in a smaller
font (:func:`~vpi_groups.reports.document.page_runs` says which blocks). The footer of
every page gives the document's footer text and the page number.

The file names no one: no author, no last editor, no comment. python-docx is imported
when a file is written, not when the application starts.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from typing import TYPE_CHECKING

from vpi_groups import clock
from vpi_groups.reports.document import (
    Align,
    Bullets,
    Document,
    Fields,
    Heading,
    PageBreak,
    Paragraph,
    Table,
    fit_columns,
    page_runs,
    plain,
    table_cells,
)

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.oxml.table import CT_Row, CT_Tbl, CT_Tc
    from docx.section import Section
    from docx.text.paragraph import Paragraph as WordParagraph
    from docx.text.run import Run

__all__ = ["to_docx"]

PAGE_MM = (210, 297)  # A4, portrait
MARGIN_MM = 20
FOOTER_MM = 10  # from the page's bottom edge to the footer
BODY_POINTS = 10.5
TABLE_POINTS = 9.0
WIDE_POINTS = 8.0  # tables on landscape pages
SMALLEST_POINTS = 6.5  # a table's font shrinks down to this before its words are cut
NOTE_POINTS = 8.5
FOOTER_POINTS = 8.0
BODY_FONT = "Calibri"
# Widths are guessed from the characters (the fonts are the reader's, and LibreOffice
# may stand a wider one in for Calibri): each is taken as wide as a share of the font
# size, on the wide side (DejaVu Sans's); bold adds a fifth, and a cell a little room.
NARROW = frozenset("il.,;:!|'fjtI()[] \u00a0\u202f-/")
BROAD = frozenset("mwMW%")
BOLD_SHARE = 1.2
SLACK_POINTS = 2.0
CELL_PAD_TWIPS = 85  # left and right inside a cell (0.15 cm); 57 in wide tables
WIDE_CELL_PAD_TWIPS = 57
CELL_TOP_TWIPS = 30  # above and below a cell's text
KEEP_ROWS = 16  # a table of up to this many rows (header included) is never split
KEEP_FIRST_ROWS = 2  # a longer one starts with its header and this many rows on a page
HEADER_FILL = "DCE6F0"
TOTAL_FILL = "F2F2F2"
GREY = "595959"
LANGUAGES = {"fr": "fr-FR", "en": "en-GB"}


def to_docx(document: Document, *, when: dt.datetime | None = None, lang: str = "fr") -> bytes:
    """``document`` as the bytes of a .docx file.

    ``when``: the time the file says it was made and last changed (the files' clock,
    :func:`vpi_groups.clock.generated_at`, when None); with the same ``when`` the same
    document gives the same bytes. ``lang``: the language the spelling checker assumes.
    """
    # python-docx is imported here, not at start-up: only this export needs it.
    import docx
    from docx.enum.section import WD_SECTION

    moment = _utc(when or clock.generated_at())
    word = docx.Document()
    _prepare_styles(word, lang)
    for number, run in enumerate(page_runs(document.blocks)):
        # each run of pages in another orientation is a section of its own
        section = word.sections[0] if number == 0 else word.add_section(WD_SECTION.NEW_PAGE)
        _set_page(section, landscape=run.landscape)
        if number == 0:
            _footer(section, plain(document.footer))
            if document.title.strip():
                word.add_paragraph(plain(document.title), style="Title")
        _blocks(word, section, run.blocks)
    _properties(word, document, moment, lang)
    out = io.BytesIO()
    word.save(out)
    return _pinned(out.getvalue(), moment)


# ---------------------------------------------------------------- the file as a whole


def _utc(moment: dt.datetime) -> dt.datetime:
    """A naive UTC time to the second (an aware one is converted; a naive one is UTC)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0)


def _properties(word: WordDocument, document: Document, moment: dt.datetime, lang: str) -> None:
    """The core properties: the title, the times, and no one's name."""
    properties = word.core_properties
    properties.title = plain(document.title)
    properties.author = ""
    properties.last_modified_by = ""
    properties.comments = ""
    properties.keywords = ""
    properties.subject = ""
    properties.category = ""
    properties.revision = 1
    properties.language = LANGUAGES.get(lang, LANGUAGES["fr"])
    properties.created = moment
    properties.modified = moment


def _pinned(data: bytes, moment: dt.datetime) -> bytes:
    """The zip archive again, each member stamped with ``moment`` (not the clock's time)."""
    stamp = (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
    if moment.year < 1980:  # the earliest time a zip archive can hold
        stamp = (1980, 1, 1, 0, 0, 0)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            member = zipfile.ZipInfo(item.filename, date_time=stamp)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            target.writestr(member, source.read(item.filename))
    return out.getvalue()


def _prepare_styles(word: WordDocument, lang: str) -> None:
    """The template's styles, made sober; the language the spelling checker assumes."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    styles = word.styles
    styles["Normal"].font.size = Pt(BODY_POINTS)
    normal = styles["Normal"].paragraph_format
    normal.space_after = Pt(6)
    title = styles["Title"]
    title.font.size = Pt(22)
    title.paragraph_format.space_after = Pt(14)
    for name, size, before, after in (
        ("Heading 1", 15, 18, 8),
        ("Heading 2", 13, 14, 6),
        ("Heading 3", 11, 10, 3),
    ):
        style = styles[name]
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
    caption = styles["Caption"]
    caption.font.size = Pt(TABLE_POINTS + 0.5)
    caption.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    caption.paragraph_format.space_before = Pt(8)
    caption.paragraph_format.space_after = Pt(3)
    caption.paragraph_format.keep_with_next = True
    # the Caption style is hidden in the template's style gallery: show it
    hidden = caption.element.find(qn("w:semiHidden"))
    if hidden is not None:
        caption.element.remove(hidden)
    defaults = styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    language = defaults.find(f".//{qn('w:lang')}")
    if language is not None:
        language.set(qn("w:val"), LANGUAGES.get(lang, LANGUAGES["fr"]))
    fonts = defaults.find(f".//{qn('w:rFonts')}")
    if fonts is not None:  # the body in a plain sans serif, not the theme's Cambria
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme"):
            fonts.attrib.pop(qn(theme), None)
        for script in ("w:ascii", "w:hAnsi", "w:cs"):
            fonts.set(qn(script), BODY_FONT)


def _set_page(section: Section, *, landscape: bool) -> None:
    """A4 in the orientation asked, with the same margins everywhere."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    width, height = PAGE_MM
    if landscape:
        width, height = height, width
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width = Mm(width)
    section.page_height = Mm(height)
    section.left_margin = section.right_margin = Mm(MARGIN_MM)
    section.top_margin = section.bottom_margin = Mm(MARGIN_MM)
    section.header_distance = section.footer_distance = Mm(FOOTER_MM)


def _footer(section: Section, words: str) -> None:
    """The footer text and "page / pages", centred; later sections keep this footer."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph = section.footer.paragraphs[0]
    paragraph.style = "Footer"
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if words:
        _small(paragraph.add_run(f"{words}  —  "))
    _field(paragraph, "PAGE", "1")
    _small(paragraph.add_run(" / "))
    _field(paragraph, "NUMPAGES", "1")


def _small(run: Run) -> Run:
    from docx.shared import Pt, RGBColor

    run.font.size = Pt(FOOTER_POINTS)
    run.font.color.rgb = RGBColor.from_string(GREY)
    return run


def _field(paragraph: WordParagraph, instruction: str, shown: str) -> None:
    """A field Word and LibreOffice compute when they show the page (PAGE, NUMPAGES)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind: str) -> None:
        mark = OxmlElement("w:fldChar")
        mark.set(qn("w:fldCharType"), kind)
        _small(paragraph.add_run())._r.append(mark)

    char("begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    _small(paragraph.add_run())._r.append(code)
    char("separate")
    _small(paragraph.add_run(shown))
    char("end")


# ---------------------------------------------------------------- the blocks


def _blocks(word: WordDocument, section: Section, blocks: Sequence[object]) -> None:
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    after_table = False
    for block in blocks:
        if isinstance(block, Heading):
            level = min(max(block.level, 0), 3)
            style = "Title" if level == 0 else f"Heading {level}"
            word.add_paragraph(plain(block.text), style=style)
        elif isinstance(block, Paragraph):
            paragraph = word.add_paragraph()
            paragraph.add_run(plain(block.text)).italic = block.emphasis or None
            if after_table:
                paragraph.paragraph_format.space_before = Pt(8)
        elif isinstance(block, Bullets):
            for item in block.items:
                word.add_paragraph(plain(item), style="List Bullet")
        elif isinstance(block, Fields):
            _fields(word, block)
        elif isinstance(block, Table):
            _table(word, section, block)
        elif isinstance(block, PageBreak):
            word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        after_table = isinstance(block, Table)


def _fields(word: WordDocument, block: Fields) -> None:
    """One line a pair, the label in bold: "Période : du 1er janvier au 31 décembre"."""
    from docx.shared import Pt

    for index, (label, value) in enumerate(block.pairs):
        paragraph = word.add_paragraph()
        last = index == len(block.pairs) - 1
        paragraph.paragraph_format.space_after = Pt(10 if last else 2)
        if label:
            paragraph.add_run(f"{plain(label)}\u00a0: ").bold = True
        paragraph.add_run(plain(value))


def _em(character: str) -> float:
    if character in NARROW:
        return 0.33
    if character in BROAD:
        return 0.95
    if character.isdigit():
        return 0.64
    return 0.72 if character.isupper() else 0.6


def _width(words: str, points: float, *, bold: bool) -> float:
    """A guess of the width of a line of text, in points."""
    return sum(_em(c) for c in words) * points * (BOLD_SHARE if bold else 1.0)


def _widths(table: Table, room: float, pad: float) -> tuple[list[float], float]:
    """The columns' widths (points) and the font size at which the longest words fit."""
    size = WIDE_POINTS if table.wide else TABLE_POINTS
    while True:

        def measure(words: str, bold: bool, points: float = size) -> float:
            return _width(words, points, bold=bold)

        widths = fit_columns(table, room, measure, pad + SLACK_POINTS)
        if widths is not None:
            return widths, size
        if size <= SMALLEST_POINTS:  # the longest words are cut: the columns share evenly
            return [room / table.columns] * table.columns, size
        size -= 0.5


def _table(word: WordDocument, section: Section, table: Table) -> None:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor, Twips

    if table.columns == 0:
        return
    if table.caption:
        word.add_paragraph(plain(table.caption), style="Caption")
    grid = table_cells(table)
    pad_twips = WIDE_CELL_PAD_TWIPS if table.wide else CELL_PAD_TWIPS
    widths, size = _widths(table, _text_width(section), 2 * pad_twips / 20)
    made = word.add_table(rows=len(grid), cols=table.columns)
    made.style = word.styles["Table Grid"]
    made.autofit = False
    twips = [int(w * 20) for w in widths]  # rounded down: never wider than the page
    _table_layout(made._tbl, twips, pad_twips)
    first_total = len(grid) - table.total_rows
    short = len(grid) <= KEEP_ROWS
    for number, (line, row) in enumerate(zip(grid, made.rows, strict=True)):
        header = number == 0
        total = number >= first_total and not header
        # a short table stays on one page; a longer one starts with its header and first
        # rows on a page, and its last row never goes alone on the next
        keep = number < len(grid) - 1 and (
            short or number <= KEEP_FIRST_ROWS or number == len(grid) - 2
        )
        _row_properties(row._tr, header=header)
        for column, (words, cell) in enumerate(zip(line, row.cells, strict=True)):
            cell.width = Twips(twips[column])
            if header or total:
                _shade(cell._tc, HEADER_FILL if header else TOTAL_FILL)
            cell.vertical_alignment = (
                WD_CELL_VERTICAL_ALIGNMENT.BOTTOM if header else WD_CELL_VERTICAL_ALIGNMENT.TOP
            )
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_before = Pt(0)
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.paragraph_format.line_spacing = 1.0
            paragraph.paragraph_format.keep_with_next = keep or None
            if table.align(column) is Align.RIGHT:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if words:
                run = paragraph.add_run(words)
                run.font.size = Pt(size)
                run.bold = header or total or None
    if table.note:
        paragraph = word.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(3)
        run = paragraph.add_run(plain(table.note))
        run.italic = True
        run.font.size = Pt(NOTE_POINTS)
        run.font.color.rgb = RGBColor.from_string(GREY)


def _text_width(section: Section) -> float:
    """The width between the margins, in points."""
    sizes = (section.page_width, section.left_margin, section.right_margin)
    width, left, right = (0 if size is None else size for size in sizes)
    return (width - left - right) / 12700  # EMU a point


def _table_layout(tbl: CT_Tbl, twips: list[int], pad: int) -> None:
    """Fixed column widths adding up to the text's width, and the cells' inner margins."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = tbl.tblPr
    width = properties.find(qn("w:tblW"))
    if width is None:
        width = OxmlElement("w:tblW")
        properties.append(width)
    width.set(qn("w:type"), "dxa")
    width.set(qn("w:w"), str(sum(twips)))
    margins = OxmlElement("w:tblCellMar")
    for side, value in (
        ("top", CELL_TOP_TWIPS),
        ("left", pad),
        ("bottom", CELL_TOP_TWIPS),
        ("right", pad),
    ):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(value))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    look = properties.find(qn("w:tblLook"))
    if look is not None:  # the schema's order: tblLayout, tblCellMar, tblLook
        look.addprevious(margins)
    else:
        properties.append(margins)
    for column, value in zip(tbl.tblGrid.findall(qn("w:gridCol")), twips, strict=True):
        column.set(qn("w:w"), str(value))


def _row_properties(tr: CT_Row, *, header: bool) -> None:
    """A row never split over two pages; the header row repeated on each page."""
    from docx.oxml import OxmlElement

    properties = tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))
    if header:
        properties.append(OxmlElement("w:tblHeader"))


def _shade(tc: CT_Tc, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shade = OxmlElement("w:shd")
    shade.set(qn("w:val"), "clear")
    shade.set(qn("w:color"), "auto")
    shade.set(qn("w:fill"), fill)
    tc.get_or_add_tcPr().append(shade)
