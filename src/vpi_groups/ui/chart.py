"""The one bar-chart painter: attendance per month, on screen and in the PDF report.

:func:`paint_bar_chart` draws on any QPainter (a widget's, a PDF writer's, an
image's) inside a given rectangle, so the reports page and the PDF show the same
chart. Sizes of text follow the painter's device (points), sizes of shapes follow
the rectangle. A month whose count is hidden by the suppression rule gets no bar:
a hatched stub at the baseline and the hidden-cell mark, so its height cannot be
read off the picture. The chart brings its own white paper: on a dark theme it is a
light card with dark text, as on the printed page.

Every word drawn comes from the caller (the report's labels), so this module has
no strings of its own to translate.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

# The chart is painted on its own paper, white as the PDF's page, so that its dark
# text reads on a dark theme too. Contrast on the paper (WCAG 2.2): text 4.5:1 or
# more (the hidden mark is text: 5.1:1), bars 3:1 or more (6.1:1); the grid is a
# guide only, the axis and the bars carry the reading.
PAPER_COLOUR = QColor(255, 255, 255)
BAR_COLOUR = QColor(58, 99, 153)
HIDDEN_COLOUR = QColor(110, 110, 110)
AXIS_COLOUR = QColor(90, 90, 90)
GRID_COLOUR = QColor(225, 225, 225)
TEXT_COLOUR = QColor(30, 30, 30)


@dataclass(frozen=True)
class ChartBar:
    """One bar: its label under the axis and its count (None when hidden)."""

    label: str
    value: int | None


def nice_step(maximum: int, ticks: int = 5) -> int:
    """A round step (1, 2 or 5 times a power of ten) giving about ``ticks`` grid lines."""
    if maximum <= 0:
        return 1
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return max(1, int(factor * power))
    return int(10 * power)


def _font(base: QFont, points: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def paint_bar_chart(
    painter: QPainter,
    rect: QRectF,
    bars: Sequence[ChartBar],
    *,
    title: str,
    hidden_mark: str,
    empty_text: str,
    font_points: float = 8.0,
) -> None:
    """Paint a bar chart of counts per month in ``rect``.

    Args:
        painter: an active painter on any device.
        rect: where to draw, in the painter's coordinates.
        bars: the months in order, with their published counts (None: hidden).
        title: drawn above the chart.
        hidden_mark: drawn above the stub of a hidden month (the report's mark).
        empty_text: drawn instead of the chart when there is no month at all.
        font_points: size of the labels; the title is a third larger.
    """
    painter.save()
    try:
        painter.fillRect(rect, PAPER_COLOUR)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        base = painter.font()
        title_font = _font(base, font_points * 1.35, bold=True)
        label_font = _font(base, font_points)
        painter.setFont(title_font)
        painter.setPen(TEXT_COLOUR)
        title_metrics = QFontMetricsF(title_font, painter.device())
        title_height = title_metrics.height() * 1.6
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), title_height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            title,
        )
        area = QRectF(
            rect.left(), rect.top() + title_height, rect.width(), rect.height() - title_height
        )
        painter.setFont(label_font)
        metrics = QFontMetricsF(label_font, painter.device())
        if not bars:
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), empty_text)
            return
        _paint_bars(painter, area, bars, metrics, hidden_mark)
    finally:
        painter.restore()


def _paint_bars(
    painter: QPainter,
    area: QRectF,
    bars: Sequence[ChartBar],
    metrics: QFontMetricsF,
    hidden_mark: str,
) -> None:
    line = metrics.height()
    top = max((b.value for b in bars if b.value is not None), default=0)
    step = nice_step(top)
    ceiling = max(step, math.ceil(top / step) * step)
    axis_width = metrics.horizontalAdvance(str(ceiling)) + line * 0.8
    widest_label = max(metrics.horizontalAdvance(b.label) for b in bars)
    slot = (area.width() - axis_width) / len(bars)
    upright = widest_label + line * 0.3 <= slot
    label_height = line * 1.4 if upright else widest_label + line * 0.8
    plot = QRectF(
        area.left() + axis_width,
        area.top() + line * 1.2,
        area.width() - axis_width,
        area.height() - label_height - line * 1.2,
    )
    if plot.height() <= 0 or plot.width() <= 0:
        return

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * value / ceiling

    # grid and vertical axis
    thin = max(1.0, line / 14)
    for tick in range(0, ceiling + 1, step):
        y = y_of(tick)
        painter.setPen(QPen(GRID_COLOUR if tick else AXIS_COLOUR, thin))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(TEXT_COLOUR)
        painter.drawText(
            QRectF(area.left(), y - line / 2, axis_width - line * 0.4, line),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(tick),
        )
    painter.setPen(QPen(AXIS_COLOUR, thin))
    painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))

    # one label in every few when they would overlap even upright
    every = 1
    if not upright and line * 1.1 > slot:
        every = math.ceil(line * 1.1 / slot)
    show_values = metrics.horizontalAdvance(str(top)) <= slot * 0.95
    width = slot * 0.7
    for index, bar in enumerate(bars):
        left = plot.left() + slot * index + (slot - width) / 2
        centre = left + width / 2
        if bar.value is None:
            stub = QRectF(left, plot.bottom() - line * 0.6, width, line * 0.6)
            painter.setPen(QPen(HIDDEN_COLOUR, thin))
            painter.setBrush(QBrush(HIDDEN_COLOUR, Qt.BrushStyle.BDiagPattern))
            painter.drawRect(stub)
            painter.setPen(HIDDEN_COLOUR)
            painter.drawText(
                QRectF(centre - slot / 2, stub.top() - line * 1.1, slot, line),
                int(Qt.AlignmentFlag.AlignCenter),
                hidden_mark,
            )
        elif bar.value > 0:
            body = QRectF(left, y_of(bar.value), width, plot.bottom() - y_of(bar.value))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BAR_COLOUR)
            painter.drawRect(body)
            if show_values:
                painter.setPen(TEXT_COLOUR)
                painter.drawText(
                    QRectF(centre - slot / 2, body.top() - line * 1.1, slot, line),
                    int(Qt.AlignmentFlag.AlignCenter),
                    str(bar.value),
                )
        if index % every:
            continue
        painter.setPen(TEXT_COLOUR)
        if upright:
            painter.drawText(
                QRectF(centre - slot / 2, plot.bottom() + line * 0.2, slot, line * 1.2),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                bar.label,
            )
        else:
            painter.save()
            painter.translate(centre, plot.bottom() + line * 0.3)
            painter.rotate(-90)
            painter.drawText(
                QRectF(-label_height, -line / 2, label_height - line * 0.2, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                bar.label,
            )
            painter.restore()
