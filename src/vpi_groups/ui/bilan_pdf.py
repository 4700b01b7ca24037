"""The bilan as an A4 PDF: the same blocks, in the same order and words, as the DOCX.

Drawn with QPainter on a QPdfWriter. The pages are laid out first (every line of text
is a QTextLayout line, placed on a page), then painted, so that each page's footer can
say "page / pages". Paragraphs run over pages line by line; a table row never splits,
and a table's header row is drawn again at the top of each page it runs over. Tables of
many columns go on landscape pages in a smaller font, by the same rule as the DOCX
(:func:`vpi_groups.reports.document.page_runs`), and always fit the page's width: their
font shrinks until their longest words fit.

Every word comes from the document; this module adds none (the footer's "3 / 12" is
numbers only).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from vpi_groups.reports.document import (
    Align,
    Block,
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
from vpi_groups.ui.report_pdf import ensure_application

__all__ = ["render_pdf"]

RESOLUTION = 300  # dots per inch of the page's coordinates
MARGIN_MM = 18  # the DOCX's margins are 20 mm; its footer sits inside the bottom one
BODY_POINTS = 10.0
TABLE_POINTS = 9.0
WIDE_POINTS = 8.0  # tables on landscape pages
SMALLEST_POINTS = 6.5  # a table's font shrinks down to this before its words are cut
NOTE_POINTS = 8.5
FOOTER_POINTS = 8.0
LINE_SPACING = 1.18  # of a line's height, in paragraphs
KEEP_SHARE = 0.4  # a table up to this share of a page is never split
KEEP_FIRST_ROWS = 2  # a longer one starts with its header and this many rows on a page
# level: size, space above, space below (points)
HEADINGS = {0: (22.0, 0.0, 14.0), 1: (15.0, 18.0, 8.0), 2: (13.0, 14.0, 6.0), 3: (11.0, 10.0, 3.0)}
BLUE = QColor(31, 56, 100)
GREY = QColor(89, 89, 89)
RULE = QColor(79, 129, 189)
GRID = QColor(64, 64, 64)
HEADER_FILL = QColor(220, 230, 240)
TOTAL_FILL = QColor(242, 242, 242)


_Paint = Callable[[QPainter], None]


@dataclass
class _Page:
    landscape: bool
    paints: list[_Paint] = field(default_factory=list)


class _Flow:
    """Lays the blocks out down the pages; what to paint is kept page by page."""

    def __init__(self, writer: QPdfWriter, base: QFont) -> None:
        self.writer = writer
        self.base = base
        self.pages: list[_Page] = []
        self.y = 0.0
        self.width = self.height = 0.0
        self.footer = self.points(FOOTER_POINTS) * 3.2

    # ---------------------------------------------------------------- pages

    def points(self, size: float) -> float:
        """A size in points, in the page's coordinates."""
        return size * RESOLUTION / 72

    def start(self, *, landscape: bool) -> None:
        """Go on to a new page in the orientation asked."""
        rect = _page_layout(landscape=landscape).paintRectPixels(RESOLUTION)
        self.width, self.height = float(rect.width()), float(rect.height())
        self.pages.append(_Page(landscape))
        self.y = 0.0

    def new_page(self) -> None:
        self.start(landscape=self.pages[-1].landscape)

    @property
    def bottom(self) -> float:
        return self.height - self.footer

    def room_for(self, height: float) -> None:
        """Start a new page unless ``height`` fits below the cursor."""
        if self.y > 0 and self.y + height > self.bottom:
            self.new_page()

    def space(self, points: float) -> None:
        """Leave a gap (none at the top of a page)."""
        if self.y > 0:
            self.y = min(self.y + self.points(points), self.bottom)

    def paint(self, what: _Paint) -> None:
        self.pages[-1].paints.append(what)

    # ---------------------------------------------------------------- text

    def font(self, size: float, *, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.base)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def layout(
        self,
        words: str,
        font: QFont,
        width: float,
        *,
        right: bool = False,
        bold_prefix: int = 0,
        spacing: float = 1.0,
    ) -> tuple[QTextLayout, float]:
        """Wrap ``words`` within ``width``; return the layout and its height.

        Long words are cut where they do not fit; ``bold_prefix``: how many characters
        at the start are bold (a label).
        """
        layout = QTextLayout(words.replace("\n", "\u2028"), font, self.writer)
        option = QTextOption(Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        if bold_prefix:
            emphasis = QTextLayout.FormatRange()
            emphasis.start = 0
            emphasis.length = bold_prefix
            bold = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
            emphasis.format = bold
            layout.setFormats([emphasis])
        layout.beginLayout()
        top = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1.0, width))
            line.setPosition(QPointF(0, top))
            top += line.height() * spacing
        layout.endLayout()
        return layout, top

    def text(
        self,
        words: str,
        font: QFont,
        *,
        indent: float = 0.0,
        colour: QColor | None = None,
        bold_prefix: int = 0,
        spacing: float = LINE_SPACING,
        first: Callable[[float], None] | None = None,
    ) -> None:
        """Write wrapped text at the cursor, going on over the next page when full.

        ``first``: called with the top of the first line once placed (a bullet).
        """
        layout, _height = self.layout(
            words, font, self.width - indent, bold_prefix=bold_prefix, spacing=spacing
        )
        pen = colour or QColor(0, 0, 0)
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            step = line.height() * spacing
            if self.y > 0 and self.y + line.height() > self.bottom:
                self.new_page()
            if index == 0 and first is not None:
                first(self.y)

            origin = QPointF(indent, self.y - line.y())

            def draw(
                painter: QPainter, keep: QTextLayout = layout, n: int = index, at: QPointF = origin
            ) -> None:
                painter.setPen(pen)
                keep.lineAt(n).draw(painter, at)

            self.paint(draw)
            self.y += step

    def line_height(self, size: float) -> float:
        return QFontMetricsF(self.font(size), self.writer).height() * LINE_SPACING


def _page_layout(*, landscape: bool) -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


# ---------------------------------------------------------------- the blocks


def _heading(flow: _Flow, words: str, level: int) -> None:
    size, before, after = HEADINGS[min(max(level, 0), 3)]
    font = flow.font(size, bold=True)
    _layout, height = flow.layout(words, font, flow.width)
    flow.space(before)
    # a heading keeps with the next lines: never alone at the bottom of a page
    flow.room_for(height + 3 * flow.line_height(BODY_POINTS))
    flow.text(words, font, colour=BLUE, spacing=1.05)
    if level <= 0:  # the title is underlined by a rule across the page
        rule = flow.y + flow.points(3)
        width = flow.width

        def draw(painter: QPainter) -> None:
            painter.setPen(QPen(RULE, flow.points(0.75)))
            painter.drawLine(QPointF(0, rule), QPointF(width, rule))

        flow.paint(draw)
        flow.y = rule
    flow.space(after)


def _paragraph(flow: _Flow, block: Paragraph) -> None:
    flow.text(plain(block.text), flow.font(BODY_POINTS, italic=block.emphasis))
    flow.space(6)


def _bullets(flow: _Flow, block: Bullets) -> None:
    font = flow.font(BODY_POINTS)
    indent = flow.points(18)
    for item in block.items:

        def bullet(top: float) -> None:
            def draw(painter: QPainter) -> None:
                painter.setPen(QColor(0, 0, 0))
                painter.setFont(font)
                ascent = QFontMetricsF(font, flow.writer).ascent()
                painter.drawText(QPointF(flow.points(5), top + ascent), "•")

            flow.paint(draw)

        flow.text(plain(item), font, indent=indent, first=bullet)
    flow.space(6)


def _fields(flow: _Flow, block: Fields) -> None:
    font = flow.font(BODY_POINTS)
    for label, value in block.pairs:
        prefix = f"{plain(label)}\u00a0: " if label else ""
        flow.text(prefix + plain(value), font, bold_prefix=len(prefix))
        flow.space(2)
    flow.space(8)


@dataclass(frozen=True)
class _Row:
    cells: tuple[tuple[QTextLayout, float], ...]
    height: float
    header: bool
    total: bool


def _table_font(flow: _Flow, table: Table, pad: float) -> tuple[list[float], float]:
    """The columns' widths and the font size at which the longest words fit the page."""
    size = WIDE_POINTS if table.wide else TABLE_POINTS
    while True:
        metrics = {
            bold: QFontMetricsF(flow.font(size, bold=bold), flow.writer) for bold in (False, True)
        }

        def measure(words: str, bold: bool, chosen: dict[bool, QFontMetricsF] = metrics) -> float:
            return chosen[bold].horizontalAdvance(words)

        widths = fit_columns(table, flow.width, measure, 2 * pad + 1)
        if widths is not None:
            return widths, size
        if size <= SMALLEST_POINTS:  # the longest words are cut: the columns share evenly
            return [flow.width / table.columns] * table.columns, size
        size -= 0.5


def _table(flow: _Flow, table: Table) -> None:
    if table.columns == 0:
        return
    grid = table_cells(table)
    pad = flow.points(2.5 if table.wide else 4)
    vpad = flow.points(1.8)
    widths, size = _table_font(flow, table, pad)
    first_total = len(grid) - table.total_rows
    rows: list[_Row] = []
    for number, line in enumerate(grid):
        header = number == 0
        total = number >= first_total and not header
        font = flow.font(size, bold=header or total)
        cells = tuple(
            flow.layout(words, font, widths[c] - 2 * pad, right=table.align(c) is Align.RIGHT)
            for c, words in enumerate(line)
        )
        height = max(h for _layout, h in cells) + 2 * vpad
        rows.append(_Row(cells, height, header, total))
    caption_font = flow.font(TABLE_POINTS + 0.5, bold=True)
    _layout, caption_height = flow.layout(plain(table.caption), caption_font, flow.width)
    flow.space(8)
    # a short table goes on one page; a longer one starts with its header and first rows
    above = (caption_height + flow.points(3)) if table.caption else 0.0
    whole = above + sum(row.height for row in rows)
    if whole <= flow.bottom * KEEP_SHARE:
        flow.room_for(whole)
    else:
        flow.room_for(above + sum(row.height for row in rows[: 1 + KEEP_FIRST_ROWS]))
    if table.caption:
        flow.text(plain(table.caption), caption_font, colour=BLUE, spacing=1.05)
        flow.y += flow.points(3)
    _paint_row(flow, rows[0], widths, pad, vpad)
    on_page = 0
    for index, row in enumerate(rows[1:], start=1):
        # the last row never goes alone on a page: the one before goes with it
        widow = (
            index == len(rows) - 2
            and on_page >= KEEP_FIRST_ROWS
            and flow.y + row.height + rows[-1].height > flow.bottom
        )
        if flow.y + row.height > flow.bottom or widow:
            flow.new_page()
            _paint_row(flow, rows[0], widths, pad, vpad)  # the header again
            on_page = 0
        _paint_row(flow, row, widths, pad, vpad)
        on_page += 1
    if table.note:
        flow.y += flow.points(3)
        flow.text(plain(table.note), flow.font(NOTE_POINTS, italic=True), colour=GREY)
    flow.space(8)


def _paint_row(flow: _Flow, row: _Row, widths: Sequence[float], pad: float, vpad: float) -> None:
    top = flow.y
    total_width = sum(widths)
    line_width = flow.points(0.5)

    def draw(painter: QPainter) -> None:
        if row.header or row.total:
            painter.fillRect(
                QRectF(0, top, total_width, row.height), HEADER_FILL if row.header else TOTAL_FILL
            )
        painter.setPen(QColor(0, 0, 0))
        left = 0.0
        for (layout, height), width in zip(row.cells, widths, strict=True):
            # header cells sit on the row's bottom, the others at its top
            down = row.height - vpad - height if row.header else vpad
            layout.draw(painter, QPointF(left + pad, top + down))
            left += width
        painter.setPen(QPen(GRID, line_width))
        painter.drawLine(QPointF(0, top), QPointF(total_width, top))
        painter.drawLine(QPointF(0, top + row.height), QPointF(total_width, top + row.height))
        left = 0.0
        for width in (0.0, *widths):
            left += width
            painter.drawLine(QPointF(left, top), QPointF(left, top + row.height))

    flow.paint(draw)
    flow.y += row.height


def _blocks(flow: _Flow, blocks: Sequence[Block]) -> None:
    for block in blocks:
        if isinstance(block, Heading):
            _heading(flow, plain(block.text), block.level)
        elif isinstance(block, Paragraph):
            _paragraph(flow, block)
        elif isinstance(block, Bullets):
            _bullets(flow, block)
        elif isinstance(block, Fields):
            _fields(flow, block)
        elif isinstance(block, Table):
            _table(flow, block)
        elif isinstance(block, PageBreak) and flow.y > 0:  # never a blank page
            flow.new_page()


def _footer(flow: _Flow, painter: QPainter, words: str, number: int, pages: int) -> None:
    font = flow.font(FOOTER_POINTS)
    painter.setFont(font)
    painter.setPen(GREY)
    shown = f"{words}  —  {number} / {pages}" if words else f"{number} / {pages}"
    height = QFontMetricsF(font, flow.writer).height()
    rect = QRectF(0, flow.height - height, flow.width, height)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), shown)


def render_pdf(document: Document) -> bytes:
    """Draw ``document`` on A4 pages and return the PDF's bytes."""
    ensure_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(plain(document.title))
    writer.setCreator("VPI Groups")
    base = QFont(QGuiApplication.font())
    flow = _Flow(writer, base)
    for number, run in enumerate(page_runs(document.blocks)):
        flow.start(landscape=run.landscape)
        if number == 0 and document.title.strip():
            _heading(flow, plain(document.title), 0)
        _blocks(flow, run.blocks)
    writer.setPageLayout(_page_layout(landscape=flow.pages[0].landscape))
    painter = QPainter(writer)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        footer = plain(document.footer)
        for number, page in enumerate(flow.pages, start=1):
            if number > 1:
                writer.setPageLayout(_page_layout(landscape=page.landscape))
                writer.newPage()
            flow.width = float(writer.width())
            flow.height = float(writer.height())
            for paint in page.paints:
                paint(painter)
            _footer(flow, painter, footer, number, len(flow.pages))
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())
