"""The attendance sheet of a session as an A4 PDF, to print and tick in the room.

Drawn with QPainter on a QPdfWriter, from the plain values of
:func:`vpi_groups.attendance.sheets.attendance_sheet`: every word of the page comes
from :mod:`vpi_groups.attendance.sheets` (and the organisation's name as the reports
print it, :func:`vpi_groups.reports.files.organisation_text`), in French or English,
so the window and the command line write the same page. One line per enrolled
participant, with the code in a monospace font cut for reading aloud and three empty
boxes; then empty lines for newcomers, whose code is given when the register is typed
in. The list goes on over as many pages as it needs, each repeating the column
headings, each numbered "page n/N".

:func:`save_attendance_sheet` is the window's way in: it reads and draws the sheet on
the worker, proposes a file name without participant data, and writes the file
atomically on the worker, saying in the interface language what went wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
)
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
from PySide6.QtWidgets import QMessageBox, QWidget

from vpi_groups.attendance import sheets
from vpi_groups.attendance.sheets import AttendanceSheet, words
from vpi_groups.language import of_locale
from vpi_groups.reports.files import organisation_text
from vpi_groups.storage.atomic import write_atomic
from vpi_groups.storage.vault import Vault
from vpi_groups.ui import file_dialogs
from vpi_groups.ui.errors import error_text
from vpi_groups.ui.report_pdf import ensure_application
from vpi_groups.ui.tasks import TaskRunner

translate = QCoreApplication.translate

RESOLUTION = 300  # dots per inch of the page's coordinates
MARGIN_MM = 15
ROW_MM = 9.0  # room to tick a box with a pen
BOX_MM = 5.0
FOOTER_MM = 11.0
COLUMN_SHARES = (0.08, 0.35, 0.19, 0.19, 0.19)  # number, code, present, excused, absent
INK = QColor(0, 0, 0)
GREY = QColor(110, 110, 110)
RULE = QColor(190, 190, 190)
HEADING_FILL = QColor(236, 239, 244)


def _dots(mm: float) -> float:
    """A length in millimetres, in the page's coordinates."""
    return mm / 25.4 * RESOLUTION


@dataclass(frozen=True)
class _Line:
    """One line of the table: a participant's code, or an empty line for a newcomer."""

    number: int | None
    code: str | None


class _Painter:
    """The painter on the writer, the fonts of the page and its measurements."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, lang: str) -> None:
        self.writer = writer
        self.painter = painter
        self.base = QFont(painter.font())  # the writer's default face, before any other
        self.lang = lang
        self.width = float(writer.width())
        self.height = float(writer.height())
        self.row = _dots(ROW_MM)
        self.footer = _dots(FOOTER_MM)
        self.bottom = self.height - self.footer
        self.columns = self._columns()

    def _columns(self) -> list[tuple[float, float]]:
        lefts, at = [], 0.0
        for share in COLUMN_SHARES:
            lefts.append((at, self.width * share))
            at += self.width * share
        return lefts

    def font(self, points: float, *, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.base)
        font.setPointSizeF(points)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def code_font(self) -> QFont:
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFixedPitch(True)
        font.setPointSizeF(13)
        font.setBold(True)
        return font

    def text_height(self, words: str, font: QFont) -> float:
        """The height of ``words`` wrapped across the page."""
        metrics = QFontMetricsF(font, self.writer)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        return metrics.boundingRect(QRectF(0, 0, self.width, self.height), flags, words).height()

    def paragraph(self, y: float, words: str, font: QFont, color: QColor = INK) -> float:
        """Write wrapped text across the page at ``y``; return the y below it."""
        height = self.text_height(words, font)
        self.painter.setFont(font)
        self.painter.setPen(color)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        self.painter.drawText(QRectF(0, y, self.width, height), flags, words)
        return y + height


def _first_heading(sheet: AttendanceSheet, lang: str) -> list[tuple[str, float, bool, bool]]:
    """The first page's heading: (text, points, bold, grey) for each paragraph."""
    return [
        (words("title", lang), 18, True, False),
        (f"{sheet.action_title} — {sheet.group_name}", 12, True, False),
        (
            f"{sheets.session_words(sheet, lang)} — {sheets.when_words(sheet, lang)}",
            12,
            False,
            False,
        ),
        (sheets.place_words(sheet, lang), 10, False, False),
        (sheets.facilitator_words(sheet, lang), 10, False, False),
        (words("how", lang), 9, False, True),
    ]


def _next_heading(sheet: AttendanceSheet, lang: str) -> str:
    """The heading of the pages after the first: enough to put a loose page back."""
    title = words("continued", lang, title=words("title", lang))
    day = sheets.day_words(sheet.start.date(), lang)
    return f"{title} — {sheet.group_name} — {sheets.session_words(sheet, lang)} — {day}"


def _heading_height(page: _Painter, sheet: AttendanceSheet, first: bool) -> float:
    gap = _dots(1.5)
    if not first:
        return page.text_height(_next_heading(sheet, page.lang), page.font(10, bold=True)) + gap * 3
    return (
        sum(
            page.text_height(line, page.font(size, bold=bold)) + gap
            for line, size, bold, _grey in _first_heading(sheet, page.lang)
        )
        + gap * 3
    )


def _paint_heading(page: _Painter, sheet: AttendanceSheet, first: bool) -> float:
    gap = _dots(1.5)
    y = 0.0
    if not first:
        y = page.paragraph(y, _next_heading(sheet, page.lang), page.font(10, bold=True))
        return y + gap * 3
    for line, size, bold, grey in _first_heading(sheet, page.lang):
        y = page.paragraph(y, line, page.font(size, bold=bold), GREY if grey else INK) + gap
    return y + gap * 3


def _paint_column_headings(page: _Painter, y: float) -> float:
    lang = page.lang
    labels = ("number", "code", "present", "excused", "absent")
    painter = page.painter
    height = page.row * 0.8
    painter.fillRect(QRectF(0, y, page.width, height), HEADING_FILL)
    painter.setFont(page.font(9.5, bold=True))
    painter.setPen(INK)
    pad = _dots(2)
    for (left, width), key in zip(page.columns, labels, strict=True):
        align = Qt.AlignmentFlag.AlignLeft if key == "code" else Qt.AlignmentFlag.AlignHCenter
        painter.drawText(
            QRectF(left + pad, y, width - 2 * pad, height),
            int(align | Qt.AlignmentFlag.AlignVCenter),
            words(key, lang),
        )
    _rule(page, y + height, strong=True)
    return y + height


def _rule(page: _Painter, y: float, *, strong: bool = False) -> None:
    pen = QPen(INK if strong else RULE, _dots(0.3 if strong else 0.2))
    page.painter.setPen(pen)
    page.painter.drawLine(QPointF(0, y), QPointF(page.width, y))


def _paint_line(page: _Painter, line: _Line, y: float, lang: str) -> None:
    painter = page.painter
    pad = _dots(2)
    middle = int(Qt.AlignmentFlag.AlignVCenter)
    (n_left, n_width), (c_left, c_width), *boxes = page.columns
    if line.code is None:  # a newcomer: a line to write the code on, nothing to tick
        painter.setPen(QPen(GREY, _dots(0.2), Qt.PenStyle.DotLine))
        base = y + page.row * 0.72
        painter.drawLine(QPointF(c_left + pad, base), QPointF(c_left + c_width - pad, base))
        painter.setFont(page.font(9, italic=True))
        painter.setPen(GREY)
        rest = boxes[0][0]
        painter.drawText(
            QRectF(rest + pad, y, page.width - rest - pad, page.row),
            int(Qt.AlignmentFlag.AlignLeft) | middle,
            words("newcomer", lang),
        )
    else:
        painter.setFont(page.font(9))
        painter.setPen(GREY)
        painter.drawText(
            QRectF(n_left, y, n_width, page.row),
            int(Qt.AlignmentFlag.AlignHCenter) | middle,
            str(line.number),
        )
        painter.setFont(page.code_font())
        painter.setPen(INK)
        painter.drawText(
            QRectF(c_left + pad, y, c_width - 2 * pad, page.row),
            int(Qt.AlignmentFlag.AlignLeft) | middle,
            sheets.reading_form(line.code),
        )
        side = _dots(BOX_MM)
        painter.setPen(QPen(INK, _dots(0.35)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for left, width in boxes:
            painter.drawRect(
                QRectF(left + (width - side) / 2, y + (page.row - side) / 2, side, side)
            )
    _rule(page, y + page.row)


def _paint_footer(page: _Painter, sheet: AttendanceSheet, number: int, total: int) -> None:
    painter = page.painter
    lang = page.lang
    top = page.bottom + _dots(3)
    _rule(page, top - _dots(1.5))
    small = page.font(7.5)
    line = QFontMetricsF(small, page.writer).height()
    painter.setFont(small)
    painter.setPen(GREY)
    left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    name = QFontMetricsF(small, page.writer).elidedText(
        organisation_text(sheet.organisation, lang), Qt.TextElideMode.ElideRight, page.width * 0.8
    )
    painter.drawText(QRectF(0, top, page.width * 0.8, line), left, name)
    painter.drawText(
        QRectF(0, top, page.width, line), right, words("page", lang, number=number, total=total)
    )
    painter.setFont(page.font(6.5, italic=True))
    painter.drawText(QRectF(0, top + line, page.width, line), left, words("internal", lang))


def _lines(sheet: AttendanceSheet) -> list[_Line]:
    listed = [_Line(n, code) for n, code in enumerate(sheet.codes, start=1)]
    return listed + [_Line(None, None)] * sheet.newcomer_lines


def _pages(page: _Painter, sheet: AttendanceSheet, count: int) -> list[range]:
    """Cut ``count`` lines into pages: what fits under the first heading, then the others."""
    table_top = page.row * 0.8
    nobody = 0.0 if sheet.codes else page.row
    first = int((page.bottom - _heading_height(page, sheet, True) - table_top - nobody) // page.row)
    later = int((page.bottom - _heading_height(page, sheet, False) - table_top) // page.row)
    first, later = max(1, first), max(1, later)
    cuts = [range(0, min(count, first))]
    at = first
    while at < count:
        cuts.append(range(at, min(count, at + later)))
        at += later
    return cuts


def render_attendance_sheet(sheet: AttendanceSheet, lang: str = "fr") -> bytes:
    """Draw the sheet on A4 portrait pages and return the PDF's bytes."""
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
    # The document's title is shown by PDF readers: the group and the day, no code.
    day = sheets.day_words(sheet.start.date(), lang)
    writer.setTitle(f"{words('title', lang)} — {sheet.group_name} — {day}")
    writer.setCreator("VPI Groups")
    painter = QPainter(writer)
    try:
        page = _Painter(writer, painter, lang)
        lines = _lines(sheet)
        cuts = _pages(page, sheet, len(lines))
        for index, cut in enumerate(cuts):
            if index:
                writer.newPage()
            y = _paint_heading(page, sheet, first=index == 0)
            y = _paint_column_headings(page, y)
            if index == 0 and not sheet.codes:
                page.painter.setFont(page.font(10, italic=True))
                page.painter.setPen(GREY)
                page.painter.drawText(
                    QRectF(_dots(2), y, page.width, page.row),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    words("nobody", lang),
                )
                _rule(page, y + page.row)
                y += page.row
            for at in cut:
                _paint_line(page, lines[at], y, lang)
                y += page.row
            _paint_footer(page, sheet, index + 1, len(cuts))
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def write_attendance_sheet(path: Path, sheet: AttendanceSheet, lang: str = "fr") -> None:
    """Write the sheet as a PDF file, atomically (the old file or the new one, never half).

    Raises:
        DiskFullError, WriteFailedError: the file could not be written; ``path`` is
            unchanged.
    """
    write_atomic(path, render_attendance_sheet(sheet, lang))


# ---------------------------------------------------------------- from the window

_BUSY = "attendanceSheetBusy"  # a dynamic property of the parent while a sheet is made


def _language() -> str:
    """The interface language: the sheet is written in it."""
    return of_locale(QLocale().name())


def _runner(parent: QWidget) -> TaskRunner:
    """The parent's runner for sheets (one per parent, kept as long as it lives)."""
    runner = parent.findChild(TaskRunner, "attendanceSheetRunner")
    if runner is None:
        runner = TaskRunner(parent)
        runner.setObjectName("attendanceSheetRunner")
    return runner


def _on_worker(parent: QWidget, work: Callable[[], Any]) -> tuple[Any, Exception | None] | None:
    """Run ``work`` on the database worker and wait for it, the window still painting.

    The wait is a local event loop that leaves user input aside (a click on the
    dialog waits its turn), so the short read or write behaves like a modal step
    while the window repaints and a lock can still come. Returns (result, None),
    (None, error), or None if the parent was deleted first.
    """
    runner = _runner(parent)
    loop = QEventLoop()
    outcome: list[tuple[Any, Exception | None]] = []

    def succeeded(value: object) -> None:
        outcome.append((value, None))
        loop.quit()

    def failed(error: Exception) -> None:
        outcome.append((None, error))
        loop.quit()

    runner.destroyed.connect(loop.quit)  # the parent went away: stop waiting
    runner.start(work, succeeded, failed)
    if not outcome:
        # Clicks wait their turn: say so, should the worker finish something long first.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            QGuiApplication.restoreOverrideCursor()
    if not outcome:
        return None
    runner.destroyed.disconnect(loop.quit)
    return outcome[0]


def _prepare(vault: Vault, session_id: int, lang: str) -> tuple[AttendanceSheet, bytes]:
    """On the worker: read the sheet in a unit of work, then draw it."""
    sheet = vault.run(lambda s: sheets.attendance_sheet(s, session_id))
    return sheet, render_attendance_sheet(sheet, lang)


def save_attendance_sheet(parent: QWidget, vault: Vault, session_id: int) -> Path | None:
    """Make the attendance sheet of a session and save it where the user chooses.

    The sheet is read and drawn on the worker; a save dialog proposes
    "emargement-AAAA-MM-JJ-<groupe>.pdf" in the home folder; the file is written
    atomically on the worker. A file that cannot be written (full disk, a folder
    without the right to write) is explained and the dialog comes back, with the
    sheet still in hand. The caller says that the file was saved.

    Returns:
        The file written, or None when the user cancelled, the sheet could not be
        made (the reason was shown), or the vault was locked meanwhile.
    """
    if parent.property(_BUSY):  # already making one for this parent
        return None
    parent.setProperty(_BUSY, True)
    try:
        return _save(parent, vault, session_id)
    finally:
        parent.setProperty(_BUSY, False)


def _save(parent: QWidget, vault: Vault, session_id: int) -> Path | None:
    lang = _language()
    done = _on_worker(parent, lambda: _prepare(vault, session_id, lang))
    if done is None:
        return None
    prepared, error = done
    if error is not None:
        QMessageBox.warning(
            parent,
            translate("AttendanceSheet", "The attendance sheet cannot be made"),
            error_text(error),
        )
        return None
    sheet, data = prepared
    proposed = Path.home() / sheets.file_name(sheet, lang)
    # Asked again after a failed write; a lock meanwhile (it closes every dialog) ends it.
    while vault.is_open:
        chosen, _filter = file_dialogs.save_file_name(
            parent,
            translate("AttendanceSheet", "Save the attendance sheet"),
            str(proposed),
            translate("AttendanceSheet", "PDF files (*.pdf)"),
        )
        if not chosen or not vault.is_open:  # cancelled, or locked meanwhile
            return None
        path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        done = _on_worker(parent, partial(write_atomic, path, data))
        if done is None:
            return None
        _nothing, error = done
        if error is None:
            return path
        QMessageBox.warning(
            parent,
            translate("AttendanceSheet", "Attendance sheet not saved"),
            error_text(error)
            + "\n\n"
            + translate(
                "AttendanceSheet",
                "Choose another folder (or free some space), then save again.",
            ),
        )
        proposed = path
    return None
