"""The recovery key on paper: one page to print or save as PDF, then keep safe.

The words of the page are laid out by :func:`sheet_text` (plain values, testable
without reading a PDF) and painted by :func:`paint`, the one painter for the printer
and the PDF file. The key is written one group per numbered line, large, in a
monospace font, so that it is copied group by group without losing one's place.
The date says when the key was made in the programme's time zone, in words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
    QTime,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from vpi_groups import clock
from vpi_groups.storage.atomic import write_atomic
from vpi_groups.ui.models.labels import long_date_text

translate = QCoreApplication.translate

TITLE_POINTS = 20
BODY_POINTS = 12
KEY_POINTS = 28
SMALL_POINTS = 10
MARGIN_MM = 20
RESOLUTION = 300  # dots per inch of the PDF page's coordinates


@dataclass(frozen=True)
class SheetText:
    """Every word of the sheet, in reading order.

    Attributes:
        title: the heading.
        intro: what the key is for, one sentence.
        key_lines: the key's groups, each with its line number ("1", "2"...).
        advice_heading: the heading above the advice.
        advice: what to do with the sheet, two sentences.
        folder: where the vault is.
        created: when the key was made, in words.
    """

    title: str
    intro: str
    key_lines: tuple[tuple[str, str], ...]
    advice_heading: str
    advice: tuple[str, str]
    folder: str
    created: str


def key_groups(recovery_key: str) -> tuple[str, ...]:
    """The key's groups of characters, in order (the key is shown as ``XXXX-XXXX-...``)."""
    return tuple(group for group in recovery_key.replace(" ", "-").split("-") if group)


def time_words(moment: dt.datetime) -> str:
    """The time of day as French writes it ("18 h 05"), or the locale's short form."""
    locale = QLocale()
    if locale.language() == QLocale.Language.French:
        return f"{moment.hour} h {moment.minute:02d}"
    return locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def created_text(instant: dt.datetime) -> str:
    """When the key was made, in words, in the programme's time zone.

    E.g. "Created on Thursday 3 December 2026 at 6:05 PM" (in French "Créée le jeudi
    3 décembre 2026 à 18 h 05"): no time zone named, the programme has only one.
    """
    local = instant.astimezone(clock.PROGRAMME_ZONE)
    return (
        translate("RecoverySheet", "Created on %1 at %2.")
        .replace("%1", long_date_text(local.date()))
        .replace("%2", time_words(local))
    )


def sheet_text(
    recovery_key: str, vault_folder: Path, created: dt.datetime | None = None
) -> SheetText:
    """Lay out the words of the sheet.

    Args:
        recovery_key: the key as shown (groups joined by dashes).
        vault_folder: the vault's folder, printed so the sheet says which vault it opens.
        created: when the key was made (aware); now by default.
    """
    groups = key_groups(recovery_key)
    return SheetText(
        title=translate("RecoverySheet", "VPI Groups — vault recovery key"),
        intro=translate(
            "RecoverySheet",
            "This key opens the vault if the passphrase is forgotten. Whoever holds it can "
            "read everything in the vault.",
        ),
        key_lines=tuple((str(number), group) for number, group in enumerate(groups, 1)),
        advice_heading=translate("RecoverySheet", "What to do with this sheet"),
        advice=(
            translate(
                "RecoverySheet",
                "Keep it locked away, apart from the computer, and do not photograph it or "
                "copy it onto the computer.",
            ),
            translate(
                "RecoverySheet",
                "If the passphrase is forgotten, choose “Forgotten passphrase…” in the window "
                "that asks for it, type these %1 groups in order, then choose a new passphrase.",
            ).replace("%1", str(len(groups))),
        ),
        folder=translate("RecoverySheet", "Vault folder: %1").replace("%1", str(vault_folder)),
        created=created_text(created or clock.now()),
    )


class _Cursor:
    """A painter going down the page."""

    def __init__(self, device: QPagedPaintDevice, painter: QPainter) -> None:
        self.device = device
        self.painter = painter
        self.width = float(device.width())
        self.y = 0.0
        self.family = painter.font().family()

    def font(self, points: float, *, bold: bool = False, monospace: bool = False) -> QFont:
        font = QFont("DejaVu Sans Mono" if monospace else self.family)
        if monospace:
            font.setStyleHint(QFont.StyleHint.Monospace)
            # A little air between characters: each one is read, then copied.
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def line_height(self, font: QFont) -> float:
        return QFontMetricsF(font, self.device).height()

    def paragraph(self, words: str, font: QFont, *, gap: float = 0.6, grey: bool = False) -> None:
        """Write wrapped text at the cursor, then leave ``gap`` lines of space."""
        self.painter.setFont(font)
        self.painter.setPen(QColor(90, 90, 90) if grey else QColor(0, 0, 0))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        box = self.painter.boundingRect(QRectF(0, 0, self.width, 1e6), flags, words)
        self.painter.drawText(QRectF(0, self.y, self.width, box.height()), flags, words)
        self.y += box.height() + self.line_height(font) * gap


def paint(device: QPagedPaintDevice, text: SheetText) -> None:
    """Paint the sheet on a printer or PDF writer (one page)."""
    painter = QPainter(device)
    try:
        page = _Cursor(device, painter)
        page.paragraph(text.title, page.font(TITLE_POINTS, bold=True), gap=0.8)
        page.paragraph(text.intro, page.font(BODY_POINTS), gap=1.0)
        key_font = page.font(KEY_POINTS, bold=True, monospace=True)
        number_font = page.font(BODY_POINTS + 4)
        key_height = page.line_height(key_font) * 1.25
        number_width = page.line_height(key_font) * 1.6
        indent = page.line_height(key_font) * 0.6
        # A light frame keeps the groups together as one thing to copy.
        frame = QRectF(0, page.y, page.width, key_height * (len(text.key_lines) + 0.5))
        painter.setPen(QPen(QColor(150, 150, 150), page.line_height(number_font) / 12))
        painter.drawRoundedRect(frame, key_height / 4, key_height / 4)
        page.y += key_height / 4
        metrics = QFontMetricsF(key_font, device)
        for number, group in text.key_lines:
            # Number and group on one baseline, the group centred in its line.
            baseline = page.y + (key_height + metrics.ascent() - metrics.descent()) / 2
            painter.setPen(QColor(90, 90, 90))
            painter.setFont(number_font)
            number_metrics = QFontMetricsF(number_font, device)
            painter.drawText(
                QPointF(indent + number_width - number_metrics.horizontalAdvance(number), baseline),
                number,
            )
            painter.setPen(QColor(0, 0, 0))
            painter.setFont(key_font)
            painter.drawText(QPointF(indent + number_width * 1.4, baseline), group)
            page.y += key_height
        page.y += key_height / 4 + page.line_height(key_font) * 0.6
        page.paragraph(text.advice_heading, page.font(BODY_POINTS + 2, bold=True), gap=0.3)
        for sentence in text.advice:
            page.paragraph(sentence, page.font(BODY_POINTS), gap=0.4)
        page.y += page.line_height(page.font(BODY_POINTS)) * 1.5
        small = page.font(SMALL_POINTS)
        page.paragraph(text.folder, small, gap=0.2, grey=True)
        page.paragraph(text.created, small, gap=0.2, grey=True)
    finally:
        painter.end()


def print_to(device: QPagedPaintDevice, recovery_key: str, vault_folder: Path) -> None:
    """Paint the sheet on a printer or PDF writer."""
    paint(device, sheet_text(recovery_key, vault_folder))


def pdf_bytes(recovery_key: str, vault_folder: Path) -> bytes:
    """The sheet as an A4 PDF document."""
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
    writer.setTitle(translate("RecoverySheet", "VPI Groups — vault recovery key"))
    writer.setCreator("VPI Groups")
    print_to(writer, recovery_key, vault_folder)
    buffer.close()
    return bytes(data.data())


def save_pdf(path: Path, recovery_key: str, vault_folder: Path) -> None:
    """Write the sheet as an A4 PDF, readable by its owner only, whole or not at all.

    Raises:
        WriteFailedError: the file could not be written (``DiskFullError`` when the
            disk is full); nothing is left at ``path``.
    """
    write_atomic(path, pdf_bytes(recovery_key, vault_folder))
