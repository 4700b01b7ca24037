"""The programme's money over the years: one stacked bar a year, one part per funder.

:func:`paint_funding_chart` draws on any QPainter inside a given rectangle, in the
style of :mod:`vpi_groups.ui.chart` (its own white paper, dark text, the same grid and
round steps): each year is a bar made of the amounts granted by each funder, then the
partners' money contributions, in the order of the series, with the year's total
above it, and a legend under the chart. Parts are separated by a thin line of paper,
so that two colours side by side never need to be told apart by their contrast alone;
every colour reads at 3:1 or more on the paper (WCAG 1.4.11), and a series past the
palette's end is hatched as well as coloured.

:class:`FundingChart` is the widget: the same picture, the amount of the part under
the pointer as its tooltip, and the whole chart said in words as its accessible
description (the page shows the same figures in a table too).

Every word drawn comes from the caller, so this module has no strings of its own to
translate.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from vpi_groups.ui.chart import (
    AXIS_COLOUR,
    GRID_COLOUR,
    PAPER_COLOUR,
    TEXT_COLOUR,
    nice_step,
)
from vpi_groups.ui.models.labels import NARROW_NBSP, NBSP

SERIES_COLOURS: tuple[QColor, ...] = (
    QColor(58, 99, 153),  # blue, the attendance chart's bars
    QColor(176, 84, 0),  # burnt orange
    QColor(46, 125, 50),  # green
    QColor(142, 36, 170),  # purple
    QColor(183, 28, 28),  # red
    QColor(0, 110, 100),  # teal
    QColor(109, 76, 65),  # brown
    QColor(84, 110, 122),  # blue grey
)
"""The parts' colours, in the order of the series: each 3:1 or more on the paper."""

HATCHES = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.DiagCrossPattern,
)
"""A series past the palette's end gets the next hatching, over its colour's pale tint."""


def series_colour(index: int) -> QColor:
    """The colour of the ``index``-th series (the palette again after its end)."""
    return SERIES_COLOURS[index % len(SERIES_COLOURS)]


def series_brush(index: int) -> QBrush:
    """How the ``index``-th series is filled: its colour, hatched after the palette's end."""
    style = HATCHES[(index // len(SERIES_COLOURS)) % len(HATCHES)]
    return QBrush(series_colour(index), style)


def whole_euros(amount: float) -> str:
    """An amount rounded to the euro, French style: ``20 000 €``."""
    whole = f"{round(amount):d}"
    sign, digits = ("-", whole[1:]) if whole.startswith("-") else ("", whole)
    groups: list[str] = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return f"{sign}{NARROW_NBSP.join(groups)}{NBSP}€"


@dataclass(frozen=True)
class Part:
    """One part of a year's bar: which year and series, how much, where it is drawn."""

    year_index: int
    series_index: int
    value: Decimal
    rect: QRectF


@dataclass(frozen=True)
class _Layout:
    plot: QRectF
    axis_width: float
    ceiling: int
    step: int
    slot: float
    parts: tuple[Part, ...]
    legend: tuple[tuple[int, QRectF], ...]  # each series' swatch


def _font(base: QFont, points: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _legend(
    area: QRectF, names: Sequence[str], metrics: QFontMetricsF
) -> tuple[tuple[tuple[int, QRectF], ...], float]:
    """Each series' swatch, entries wrapped to the width; and the legend's height."""
    line = metrics.height()
    swatch = line * 0.8
    gap = line * 1.2
    x, y = area.left(), 0.0
    placed = []
    for index, name in enumerate(names):
        width = swatch + line * 0.4 + metrics.horizontalAdvance(name)
        if x > area.left() and x + width > area.right():
            x, y = area.left(), y + line * 1.3
        placed.append((index, QRectF(x, y, swatch, swatch)))
        x += width + gap
    height = (y + line * 1.3) if names else 0.0
    return tuple(placed), height


def _layout(
    area: QRectF,
    years: Sequence[str],
    series: Sequence[tuple[str, Sequence[Decimal]]],
    metrics: QFontMetricsF,
) -> _Layout | None:
    line = metrics.height()
    legend, legend_height = _legend(area, [name for name, _values in series], metrics)
    totals = [sum((values[i] for _name, values in series), Decimal(0)) for i in range(len(years))]
    top = max((float(t) for t in totals), default=0.0)
    height = area.height() - line * 1.4 - line * 1.6 - legend_height - line * 0.6
    # as many grid lines as the height holds, one line of text apart at least (5 at most)
    ticks = max(1, min(5, int(height / (line * 1.8))))
    step = nice_step(math.ceil(top), ticks)
    ceiling = max(step, math.ceil(top / step) * step)
    axis_width = metrics.horizontalAdvance(whole_euros(ceiling)) + line * 0.8
    plot = QRectF(
        area.left() + axis_width, area.top() + line * 1.4, area.width() - axis_width, height
    )
    if plot.height() <= line or plot.width() <= line or not years:
        return None
    legend_top = plot.bottom() + line * 1.6 + line * 0.6
    moved = tuple((i, rect.translated(0, legend_top)) for i, rect in legend)
    slot = plot.width() / len(years)
    width = min(slot * 0.6, line * 6)
    parts = []
    for year_index in range(len(years)):
        left = plot.left() + slot * year_index + (slot - width) / 2
        running = 0.0
        for series_index, (_name, values) in enumerate(series):
            value = values[year_index]
            if value <= 0:
                continue
            bottom = plot.bottom() - plot.height() * running / ceiling
            running += float(value)
            top_y = plot.bottom() - plot.height() * running / ceiling
            parts.append(
                Part(year_index, series_index, value, QRectF(left, top_y, width, bottom - top_y))
            )
    return _Layout(plot, axis_width, ceiling, step, slot, tuple(parts), moved)


def paint_funding_chart(
    painter: QPainter,
    rect: QRectF,
    years: Sequence[str],
    series: Sequence[tuple[str, Sequence[Decimal]]],
    *,
    title: str,
    empty_text: str,
    font_points: float = 8.0,
) -> tuple[Part, ...]:
    """Paint the stacked bars of ``series`` over ``years`` in ``rect``; return the parts drawn.

    Args:
        painter: an active painter on any device.
        rect: where to draw, in the painter's coordinates.
        years: the years, as labelled under the axis, in order.
        series: each series' name (in the legend) and its amount each year (as many
            as ``years``), in the order they are stacked, from the axis up.
        title: drawn above the chart.
        empty_text: drawn instead of the chart when there is no year or no amount.
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
        wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        bounds = title_metrics.boundingRect(
            QRectF(rect.left(), rect.top(), rect.width(), rect.height()), wrap, title
        )  # a long title (or a large font) wraps instead of being cut at the edge
        title_height = bounds.height() + title_metrics.height() * 0.6
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), title_height),
            int(
                Qt.AlignmentFlag.AlignLeft
                | Qt.AlignmentFlag.AlignVCenter
                | Qt.TextFlag.TextWordWrap
            ),
            title,
        )
        area = QRectF(
            rect.left(), rect.top() + title_height, rect.width(), rect.height() - title_height
        )
        painter.setFont(label_font)
        metrics = QFontMetricsF(label_font, painter.device())
        anything = any(v > 0 for _name, values in series for v in values)
        layout = _layout(area, years, series, metrics) if anything else None
        if layout is None:
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), empty_text)
            return ()
        _paint(painter, layout, years, series, metrics)
        return layout.parts
    finally:
        painter.restore()


def _paint(
    painter: QPainter,
    layout: _Layout,
    years: Sequence[str],
    series: Sequence[tuple[str, Sequence[Decimal]]],
    metrics: QFontMetricsF,
) -> None:
    line = metrics.height()
    plot = layout.plot
    thin = max(1.0, line / 14)

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * value / layout.ceiling

    for tick in range(0, layout.ceiling + 1, layout.step):
        y = y_of(tick)
        painter.setPen(QPen(GRID_COLOUR if tick else AXIS_COLOUR, thin))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(TEXT_COLOUR)
        painter.drawText(
            QRectF(
                plot.left() - layout.axis_width, y - line / 2, layout.axis_width - line * 0.4, line
            ),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            whole_euros(tick),
        )
    painter.setPen(QPen(AXIS_COLOUR, thin))
    painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))

    # the parts, each outlined with the paper: neighbours never touch
    separator = QPen(PAPER_COLOUR, max(1.5, line / 9))
    for part in layout.parts:
        painter.setPen(separator)
        painter.setBrush(QColor(series_colour(part.series_index)).lighter(175))
        if series_brush(part.series_index).style() != Qt.BrushStyle.SolidPattern:
            painter.drawRect(part.rect)  # the pale tint under the hatching
        painter.setBrush(series_brush(part.series_index))
        painter.drawRect(part.rect)

    # each year's label and its total above the bar
    for index, year in enumerate(years):
        centre = plot.left() + layout.slot * (index + 0.5)
        total = sum((values[index] for _name, values in series), Decimal(0))
        painter.setPen(TEXT_COLOUR)
        painter.drawText(
            QRectF(centre - layout.slot / 2, plot.bottom() + line * 0.2, layout.slot, line * 1.2),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            year,
        )
        text = whole_euros(float(total))
        if total > 0 and metrics.horizontalAdvance(text) <= layout.slot * 0.98:
            y = y_of(float(total))
            painter.drawText(
                QRectF(centre - layout.slot / 2, y - line * 1.2, layout.slot, line),
                int(Qt.AlignmentFlag.AlignCenter),
                text,
            )

    # the legend: a swatch like the parts, then the series' name
    for index, swatch in layout.legend:
        painter.setPen(QPen(AXIS_COLOUR, thin))
        painter.setBrush(QColor(series_colour(index)).lighter(175))
        painter.drawRect(swatch)
        painter.setBrush(series_brush(index))
        painter.drawRect(swatch)
        painter.setPen(TEXT_COLOUR)
        painter.drawText(
            QRectF(swatch.right() + line * 0.4, swatch.center().y() - line / 2, 10_000, line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            series[index][0],
        )


class FundingChart(QWidget):
    """The stacked bars on screen; the part under the pointer says its amount."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fundingChart")
        self.setMinimumHeight(160)
        self.years: tuple[str, ...] = ()
        self.series: tuple[tuple[str, tuple[Decimal, ...]], ...] = ()
        self.title = ""
        self.empty_text = ""
        self.parts: tuple[Part, ...] = ()
        self.money: Callable[[Decimal], str] = lambda amount: whole_euros(float(amount))
        self.tip = "%1, %2: %3"  # the year, the series, the amount

    def show_history(
        self,
        years: Sequence[str],
        series: Sequence[tuple[str, Sequence[Decimal]]],
        *,
        title: str,
        empty_text: str,
        description: str,
    ) -> None:
        """Show these bars; ``description`` says the same in words, for a screen reader."""
        self.years = tuple(years)
        self.series = tuple((name, tuple(values)) for name, values in series)
        self.title = title
        self.empty_text = empty_text
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        self.update()

    def sizeHint(self) -> QSize:
        """Room for a few years' bars and the legend."""
        return QSize(520, 260)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the chart in the whole widget."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        self.parts = paint_funding_chart(
            painter,
            QRectF(self.rect()).adjusted(6, 6, -6, -6),
            self.years,
            self.series,
            title=self.title,
            empty_text=self.empty_text,
        )
        painter.end()

    def part_at(self, point: QPointF) -> Part | None:
        """The part drawn under ``point`` (as last painted), if any."""
        return next((p for p in self.parts if p.rect.contains(point)), None)

    def tooltip_of(self, part: Part) -> str:
        """What the pointer over ``part`` shows: its year, series and amount."""
        return (
            self.tip.replace("%1", self.years[part.year_index])
            .replace("%2", self.series[part.series_index][0])
            .replace("%3", self.money(part.value))
        )

    def event(self, event: QEvent) -> bool:
        """The amount of the part under the pointer, as a tooltip."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            part = self.part_at(QPointF(event.pos()))
            if part is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_of(part), self)
            return True
        return super().event(event)
