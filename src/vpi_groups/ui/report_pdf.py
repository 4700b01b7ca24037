"""The report as an A4 PDF: a title page, the attendance chart, then every table.

Drawn with QPainter on a QPdfWriter. Every word comes from the report itself
(:func:`vpi_groups.reports.indicators.text` and the tables' labels), in French or English, so
this module adds no string to translate. The chart is the one painter of
:mod:`vpi_groups.ui.chart`, which the reports page uses on screen.

Tables wider than the page are cut into slices of columns, each repeating the row
labels; tables longer than the page go on over the next pages, repeating their
header row.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass

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
)

from vpi_groups.reports.files import (
    cell_text,
    header_block,
    period_text,
    table_grid,
)
from vpi_groups.reports.indicators import Cell, CellState, Label, Report, Table, text
from vpi_groups.ui.chart import ChartBar, paint_bar_chart

RESOLUTION = 300  # dots per inch of the page's coordinates
MARGIN_MM = 15
BODY_POINTS = 8.5
LABEL_SHARE = 0.34  # of the page width, for the row labels
MIN_COLUMN_MM = 15

_application: QGuiApplication | None = None


def ensure_application() -> None:
    """Make sure a QGuiApplication exists (fonts and the PDF writer need one).

    Without a display (a command run over SSH, a server), Qt's offscreen platform is
    chosen unless the caller chose one.
    """
    global _application
    if QGuiApplication.instance() is not None:
        return
    headless = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if headless and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _application = QGuiApplication(["vpi-groups"])


class _Pages:
    """A painter on the writer, a cursor going down the page, and page breaks."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, lang: str) -> None:
        self.writer = writer
        self.painter = painter
        self.lang = lang
        self.width = float(writer.width())
        self.height = float(writer.height())
        self.footer = self.points(BODY_POINTS) * 2.2
        self.y = 0.0
        self.number = 1
        self._paint_footer()

    def points(self, size: float) -> float:
        """A size in points, in the page's coordinates."""
        return size * RESOLUTION / 72

    def font(self, size: float = BODY_POINTS, *, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.painter.font())
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    @property
    def bottom(self) -> float:
        return self.height - self.footer

    def new_page(self, orientation: QPageLayout.Orientation | None = None) -> None:
        """Go on to a new page (in another orientation if asked)."""
        if orientation is not None:
            self.writer.setPageOrientation(orientation)
        self.writer.newPage()
        self.width = float(self.writer.width())
        self.height = float(self.writer.height())
        self.number += 1
        self.y = 0.0
        self._paint_footer()

    def room_for(self, height: float) -> None:
        """Start a new page unless ``height`` fits below the cursor."""
        if self.y > 0 and self.y + height > self.bottom:
            self.new_page()

    def _paint_footer(self) -> None:
        self.painter.setFont(self.font(BODY_POINTS - 1))
        self.painter.setPen(QColor(110, 110, 110))
        rect = QRectF(0, self.height - self.footer * 0.7, self.width, self.footer * 0.7)
        words = f"{text('title', self.lang)} — {self.number}"
        self.painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), words)
        self.painter.setPen(QColor(0, 0, 0))

    def paragraph(
        self, words: str, *, size: float = BODY_POINTS, bold: bool = False, gap: float = 0.5
    ) -> None:
        """Write wrapped text across the page at the cursor, then leave a gap."""
        font = self.font(size, bold=bold)
        self.painter.setFont(font)
        self.painter.setPen(QColor(0, 0, 0))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        box = self.painter.boundingRect(QRectF(0, 0, self.width, self.bottom), flags, words)
        self.room_for(box.height())
        self.painter.drawText(QRectF(0, self.y, self.width, box.height()), flags, words)
        self.y += box.height() + QFontMetricsF(font, self.writer).height() * gap


def _title_page(pages: _Pages, report: Report, organisation: str) -> None:
    lang = pages.lang
    pages.y = pages.points(60)
    head = header_block(report, lang, organisation)
    pages.paragraph(head[0][0], size=22, bold=True, gap=0.3)  # the title
    pages.paragraph(head[1][0], size=12, gap=2)  # the organisation
    for name, value in head[2:]:
        pages.paragraph(f"{name} : {value}" if lang != "en" else f"{name}: {value}", size=11)
    pages.y += pages.points(12)
    pages.paragraph(text("rule_title", lang), size=11, bold=True, gap=0.3)
    pages.paragraph(report.rule.text(lang))
    pages.paragraph(text("legend", lang), gap=1.5)
    pages.paragraph(text("notes_title", lang), size=11, bold=True, gap=0.3)
    for note in report.notes:
        pages.paragraph(f"• {note.text(lang)}")


def _chart_page(pages: _Pages, report: Report) -> None:
    pages.new_page(QPageLayout.Orientation.Landscape)
    lang = pages.lang
    bars = [ChartBar(bar.short.text(lang), bar.value) for bar in report.chart]
    height = pages.bottom * 0.62
    paint_bar_chart(
        pages.painter,
        QRectF(0, 0, pages.width, height),
        bars,
        title=f"{text('chart_title', lang)} — {period_text(report, lang)}",
        hidden_mark=text("mark.suppressed", lang),
        empty_text=text("chart_empty", lang),
        font_points=BODY_POINTS,
    )
    pages.y = height + pages.points(18)


def _column_slices(count: int, fits: int) -> list[range]:
    """Cut ``count`` value columns into slices of at most ``fits`` columns."""
    fits = max(1, fits)
    return [range(start, min(start + fits, count)) for start in range(0, count, fits)]


def _cell_words(item: Label | Cell | None, table: Table, lang: str) -> tuple[str, bool]:
    """The text of a grid entry and whether it is a mark (drawn in grey italics)."""
    if item is None:
        return "", False
    if isinstance(item, Label):
        return item.text(lang), False
    words = cell_text(item, table.unit, lang)
    return words, item.published is None and item.state is not CellState.PUBLISHED


@dataclass(frozen=True)
class _Slice:
    """Where one slice of a table's columns goes on the page."""

    columns: range
    label_width: float
    column_width: float
    row_height: float
    header_height: float
    header_points: float
    pad: float

    @property
    def right(self) -> float:
        return self.label_width + self.column_width * len(self.columns)


def _paint_row(
    pages: _Pages,
    table: Table,
    geometry: _Slice,
    line: Sequence[Label | Cell | None],
    *,
    header: bool,
    total: bool,
) -> None:
    painter = pages.painter
    top = pages.y
    height = geometry.header_height if header else geometry.row_height
    if header or total:
        painter.fillRect(QRectF(0, top, geometry.right, height), QColor(236, 239, 244))
    entries = [line[0], *(line[c + 1] for c in geometry.columns)]
    for index, item in enumerate(entries):
        words, is_mark = _cell_words(item, table, pages.lang)
        if index == 0:
            left, width = 0.0, geometry.label_width
            align = Qt.AlignmentFlag.AlignLeft
        else:
            left = geometry.label_width + geometry.column_width * (index - 1)
            width = geometry.column_width
            align = Qt.AlignmentFlag.AlignRight
        size = geometry.header_points if header else BODY_POINTS
        painter.setFont(pages.font(size, bold=header or total, italic=is_mark))
        painter.setPen(QColor(120, 120, 120) if is_mark else QColor(0, 0, 0))
        inner = width - 2 * geometry.pad
        flags = int(align | Qt.AlignmentFlag.AlignVCenter)
        if header and index > 0:
            painter.drawText(
                QRectF(left + geometry.pad, top, inner, height),
                flags | int(Qt.TextFlag.TextWordWrap),
                words,
            )
            continue
        shown = QFontMetricsF(painter.font(), pages.writer).elidedText(
            words, Qt.TextElideMode.ElideRight, inner
        )
        painter.drawText(QRectF(left + geometry.pad, top, inner, height), flags, shown)
    painter.setPen(QPen(QColor(205, 205, 205), max(1.0, pages.points(0.4))))
    bottom = top + height
    painter.drawLine(QPointF(0, bottom), QPointF(geometry.right, bottom))
    pages.y += height


def _header_font(pages: _Pages, labels: Sequence[str], width: float) -> float:
    """The largest size (down to 6 points) at which every word of the headings fits."""
    words = [word for label in labels for word in label.split()]
    size = BODY_POINTS
    while size > 6:
        metrics = QFontMetricsF(pages.font(size, bold=True), pages.writer)
        if all(metrics.horizontalAdvance(word) <= width for word in words):
            break
        size -= 0.5
    return size


def _header_height(
    pages: _Pages, labels: Sequence[str], width: float, row: float, size: float
) -> float:
    """The height of a header row whose labels wrap within their columns."""
    pages.painter.setFont(pages.font(size, bold=True))
    flags = int(Qt.AlignmentFlag.AlignRight | Qt.TextFlag.TextWordWrap)
    tallest = max(
        (
            pages.painter.boundingRect(QRectF(0, 0, width, pages.height), flags, words).height()
            for words in labels
        ),
        default=0.0,
    )
    return max(row, tallest + row * 0.35)


def _table(pages: _Pages, table: Table) -> None:
    lang = pages.lang
    grid = table_grid(table, lang)
    metrics = QFontMetricsF(pages.font(bold=True), pages.writer)
    row_height = metrics.height() * 1.55
    pad = metrics.height() * 0.3
    labels = [item.text(lang) for item in (line[0] for line in grid[1:]) if isinstance(item, Label)]
    widest = max((metrics.horizontalAdvance(words) for words in labels), default=0.0)
    label_width = min(pages.width * LABEL_SHARE, widest + 3 * pad)
    min_column = pages.points(MIN_COLUMN_MM / 25.4 * 72)
    fits = int((pages.width - label_width) // min_column)
    has_totals = table.column_totals is not None
    for part, columns in enumerate(_column_slices(len(grid[0]) - 1, fits)):
        column_width = min((pages.width - label_width) / len(columns), pages.points(80))
        headings = [item.text(lang) for c in columns if isinstance(item := grid[0][c + 1], Label)]
        inner = column_width - 2 * pad
        size = _header_font(pages, headings, inner)
        geometry = _Slice(
            columns=columns,
            label_width=label_width,
            column_width=column_width,
            row_height=row_height,
            header_height=_header_height(pages, headings, inner, row_height, size),
            header_points=size,
            pad=pad,
        )
        title = table.title.text(lang)
        continued = text("continued", lang, title=title)
        pages.room_for(row_height * 3 + geometry.header_height)
        pages.paragraph(continued if part else title, size=BODY_POINTS + 1.5, bold=True, gap=0.2)
        _paint_row(pages, table, geometry, grid[0], header=True, total=False)
        for index, line in enumerate(grid[1:], start=1):
            if pages.y + row_height > pages.bottom:
                pages.new_page()
                pages.paragraph(continued, size=BODY_POINTS + 1.5, bold=True, gap=0.2)
                _paint_row(pages, table, geometry, grid[0], header=True, total=False)
            last = index == len(grid) - 1
            _paint_row(pages, table, geometry, line, header=False, total=has_totals and last)
        pages.y += row_height * 0.8


def render_pdf(report: Report, lang: str = "fr", *, organisation: str = "") -> bytes:
    """Draw the report on A4 pages and return the PDF's bytes.

    ``organisation``: the name the vault's settings give ("" while unset: a neutral
    programme name is printed instead, as in the other formats).
    """
    ensure_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(f"{text('title', lang)} — {period_text(report, lang)}")
    writer.setCreator("VPI Groups")
    painter = QPainter(writer)
    try:
        pages = _Pages(writer, painter, lang)
        _title_page(pages, report, organisation)
        _chart_page(pages, report)
        for table in report.tables:
            _table(pages, table)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())
