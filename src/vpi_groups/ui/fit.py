"""Windows that fit the screen: a 1280×720 laptop, or 1366×768 at 150 % (about 910×512).

A dialog's fields go in a scroll area and its buttons stay below it, so the buttons are
always on screen; a window opens at its preferred size, never larger than the screen's
free area (the task bar excluded), and inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QScrollArea, QStackedWidget, QStyle, QWidget

__all__ = [
    "CurrentPageStack",
    "FittingScroll",
    "WrappingRow",
    "available_area",
    "fit_to_screen",
]

# The least a scrolled body keeps in view: a few lines of a form.
MIN_BODY_HEIGHT = 120
# The least a page keeps in view across, when it may scroll sideways.
MIN_BODY_WIDTH = 360


def available_area(widget: QWidget) -> QRect:
    """The free area of the screen the window is on (or of the primary screen)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


class FittingScroll(QScrollArea):
    """A frameless scroll area that asks for its whole body, but may shrink to a few lines.

    Qt's own scroll area caps its size hint (about 24 lines high), so a long form
    scrolled even on a large screen; this one asks for everything and lets the window
    decide, with :func:`fit_to_screen`, how much the screen allows.
    """

    def __init__(
        self, body: QWidget, parent: QWidget | None = None, *, narrow: bool = False
    ) -> None:
        """Hold ``body``, resized with the area.

        ``narrow``: the area may also be narrower than the body (which then scrolls
        sideways), for a whole page on a small screen.
        """
        super().__init__(parent)
        self.narrow = narrow
        self.setObjectName(f"{body.objectName() or 'body'}Scroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setWidget(body)
        # Not a Tab stop of its own (a stop with nothing to say): the fields inside
        # take the focus, and the area scrolls to the one that has it.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _bar(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def sizeHint(self) -> QSize:
        """The body's whole size, with room for a vertical scroll bar."""
        body = self.widget()
        hint = body.sizeHint() if body is not None else QSize(0, 0)
        return QSize(hint.width() + self._bar(), hint.height())

    def minimumSizeHint(self) -> QSize:
        """As narrow as the body allows, as low as a few lines."""
        body = self.widget()
        width = body.minimumSizeHint().width() if body is not None else 0
        if self.narrow:
            width = min(width, MIN_BODY_WIDTH)
        height = min(MIN_BODY_HEIGHT, self.sizeHint().height())
        return QSize(width + self._bar(), height)


def fit_to_screen(window: QWidget, wanted: QSize | None = None) -> None:
    """Size ``window`` to ``wanted`` (default: its size hint), within the screen, and inside it."""
    area = available_area(window)
    frame = window.frameGeometry().size() - window.geometry().size()
    room = area.size() - frame
    size = window.sizeHint() if wanted is None else wanted
    size = size.expandedTo(window.minimumSizeHint()).boundedTo(room)
    window.resize(size.expandedTo(window.minimumSize()))
    geometry = window.frameGeometry()
    x = min(max(geometry.x(), area.left()), area.right() + 1 - geometry.width())
    y = min(max(geometry.y(), area.top()), area.bottom() + 1 - geometry.height())
    x, y = max(x, area.left()), max(y, area.top())
    if (x, y) != (geometry.x(), geometry.y()):
        window.move(x, y)


class WrappingRow(QWidget):
    """Groups of widgets side by side, one group per line when the row is too narrow.

    A row of buttons is as wide as all its buttons; at 150 % scaling the reports page's
    export buttons made the whole page scroll sideways. This row asks only for its
    widest group, and stacks the groups when the width given is less than their sum.
    """

    def __init__(self, *groups: QBoxLayout, parent: QWidget | None = None) -> None:
        """Lay ``groups`` (horizontal layouts) out in that order, left to right if they fit."""
        super().__init__(parent)
        self.groups = groups
        self.outer = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        for group in groups:
            self.outer.addLayout(group)

    def _side_by_side(self) -> int:
        spacing = max(self.outer.spacing(), 0) * (len(self.groups) - 1)
        return sum(g.minimumSize().width() for g in self.groups) + spacing

    def minimumSizeHint(self) -> QSize:
        """As wide as the widest group; as high as the groups need at the current width."""
        widest = max((g.minimumSize().width() for g in self.groups), default=0)
        return QSize(widest, self.outer.minimumSize().height())

    def sizeHint(self) -> QSize:
        """As wide as the groups side by side, whatever the current direction.

        Once stacked, the layout's own hint is the widest group only: a form that keeps
        fields at their hint would then never give the row back the room to unstack.
        """
        return QSize(self._side_by_side(), self.outer.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """One line when every group fits across, one line per group otherwise."""
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= self._side_by_side()
            else QBoxLayout.Direction.TopToBottom
        )
        if self.outer.direction() != wanted:
            self.outer.setDirection(wanted)
            self.updateGeometry()
        super().resizeEvent(event)


class CurrentPageStack(QStackedWidget):
    """A stack of pages that asks for the room of the page shown, not of the largest one.

    Qt's stack is as wide and as tall as its largest page, shown or not: at 150 % the
    directory's least width made the agenda scroll sideways, and the settings' height
    gave every page a vertical scroll bar.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty stack; the window's layout is asked again whenever the page changes."""
        super().__init__(parent)
        self._coming: QWidget | None = None
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def _sized_for(self) -> QWidget | None:
        return self._coming if self._coming is not None else self.currentWidget()

    def sizeHint(self) -> QSize:
        """The page shown's size hint."""
        page = self._sized_for()
        return super().sizeHint() if page is None else page.sizeHint()

    def minimumSizeHint(self) -> QSize:
        """The page shown's least size."""
        page = self._sized_for()
        if page is None:
            return super().minimumSizeHint()
        return page.minimumSizeHint().expandedTo(page.minimumSize())

    def heightForWidth(self, width: int) -> int:
        """The page shown's height for ``width``.

        Qt's stack answers the most of every page's: each page was then as tall as the
        tallest (the agenda's last week and the reports page's export buttons below the
        fold at 1280x720), and the scroll area, which asks again for each pixel of its
        scroll bar's width, laid out every page's wrapped text each time (about 35 ms
        of each page change on the ten-year benchmark vault).
        """
        page = self._sized_for()
        return page.heightForWidth(width) if page is not None else -1

    def turn_to(self, index: int) -> None:
        """Show page ``index``, laid out once: at the size the stack has with it.

        Qt's stack lays a page out at the size the stack had for the page before, and the
        scroll area holding the stack then gives it the new page's size: the page is laid
        out twice, at two widths (the reports page: its whole column of tables and titles).
        Here the scroll area sizes the stack for the new page first, the stack's layout
        held meanwhile (the page before is neither laid out again nor painted: it is
        hidden just after). Showing the reports page again after the agenda, on the
        ten-year benchmark vault, until every posted event is handled: 58-82 ms, against
        75-92 ms (three runs each).
        """
        page, area, layout = self.widget(index), self._scroll_area(), self.layout()
        if page is None or page is self.currentWidget() or area is None or layout is None:
            self.setCurrentIndex(index)
            return
        self._coming = page
        layout.setEnabled(False)
        try:
            self.updateGeometry()
            QCoreApplication.sendEvent(area, QEvent(QEvent.Type.LayoutRequest))
        finally:
            self._coming = None
            layout.setEnabled(True)
        self.setCurrentIndex(index)

    def _scroll_area(self) -> QScrollArea | None:
        """The scroll area that holds this stack as its body, if any."""
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        return area if isinstance(area, QScrollArea) and area.widget() is self else None
