"""Text and focus can be read and seen: WCAG 2.2 contrast, on light and dark themes.

The ratios are computed here from WCAG's definition (relative luminance of sRGB
colours, then ``(L1 + 0.05) / (L2 + 0.05)``), independently of the application's own
computation, for the pairs the application shows: the palette's text on its
backgrounds, the error red, the focus ring, the chart, the agenda's shading and the
report's hidden cells. Text needs 4.5:1 (1.4.3); the focus ring and the parts of a
control 3:1 (1.4.11).

Two palettes: Qt's Fusion palette (what a light system theme gives), and a dark one
built as the dark system themes are (light text on dark grey, a blue highlight),
since the offscreen platform has no dark theme to ask for. The application does not
choose a palette: it takes the system's, made readable by ``readable_palette``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleFactory,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from vpi_groups.scheduling.agenda import AgendaEntry, DayMark, DayMarkKind
from vpi_groups.storage.models import ActionKind, SessionStatus
from vpi_groups.ui import chart
from vpi_groups.ui.errors import ERROR_COLOUR, error_colour, error_style
from vpi_groups.ui.focus_style import (
    FocusRingStyle,
    apply_focus_style,
    readable_palette,
    remove_focus_style,
    ring_colour,
)
from vpi_groups.ui.models.table import HeadersModel, Row
from vpi_groups.ui.pages import agenda
from vpi_groups.ui.pages.reports_page import ReportTableModel, TableGrid

TEXT = 4.5  # WCAG 1.4.3, normal text
NON_TEXT = 3.0  # WCAG 1.4.11, focus indicators and parts of controls

Role = QPalette.ColorRole


# ---------------------------------------------------------------- WCAG, from its text


def _channel(value: int) -> float:
    """An 8-bit sRGB channel made linear (WCAG 2.x, "relative luminance")."""
    srgb = value / 255
    return srgb / 12.92 if srgb <= 0.04045 else ((srgb + 0.055) / 1.055) ** 2.4


def _seen(colour: QColor, background: QColor) -> tuple[int, int, int]:
    """The 8-bit colour seen when ``colour`` (maybe translucent) is painted on ``background``."""
    alpha = colour.alpha() / 255
    return (
        round(colour.red() * alpha + background.red() * (1 - alpha)),
        round(colour.green() * alpha + background.green() * (1 - alpha)),
        round(colour.blue() * alpha + background.blue() * (1 - alpha)),
    )


def relative_luminance(rgb: tuple[int, int, int]) -> float:
    """L = 0.2126 R + 0.7152 G + 0.0722 B, on linear channels."""
    red, green, blue = (_channel(v) for v in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def ratio(foreground: QColor, background: QColor) -> float:
    """WCAG's contrast ratio of ``foreground`` painted on ``background``, 1 to 21."""
    back = (background.red(), background.green(), background.blue())
    first = relative_luminance(_seen(foreground, background))
    second = relative_luminance(back)
    return (max(first, second) + 0.05) / (min(first, second) + 0.05)


def test_the_ratio_is_the_published_one(qapp: QApplication) -> None:
    """Values published with WCAG's technique notes and by WebAIM's checker."""
    white, black = QColor("#ffffff"), QColor("#000000")
    assert ratio(black, white) == pytest.approx(21.0)
    assert ratio(white, black) == pytest.approx(21.0)
    assert ratio(white, white) == pytest.approx(1.0)
    assert round(ratio(QColor("#767676"), white), 2) == 4.54  # the lightest grey passing
    assert round(ratio(QColor("#777777"), white), 2) == 4.48  # one step lighter fails
    assert round(ratio(QColor("#0000ff"), white), 2) == 8.59
    assert round(ratio(QColor("#808080"), white), 2) == 3.95
    # A translucent colour is measured as seen: Qt's half-opacity black on white is #7f7f7f.
    assert _seen(QColor(0, 0, 0, 128), white) == (127, 127, 127)


# ---------------------------------------------------------------- palettes


def light_palette() -> QPalette:
    """Qt's Fusion palette: what Qt gives on a light system theme."""
    return QStyleFactory.create("Fusion").standardPalette()


def dark_palette() -> QPalette:
    """A palette as the dark system themes give it: light text on dark grey, blue highlight."""
    palette = QPalette(light_palette())
    white = QColor("#ffffff")
    half_white = QColor(255, 255, 255, 128)  # Qt's placeholder: the text at half opacity
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in (
            (Role.Window, QColor("#353535")),
            (Role.WindowText, white),
            (Role.Base, QColor("#2a2a2a")),
            (Role.AlternateBase, QColor("#424242")),
            (Role.Text, white),
            (Role.Button, QColor("#353535")),
            (Role.ButtonText, white),
            (Role.Highlight, QColor("#2a82da")),
            (Role.HighlightedText, white),
            (Role.PlaceholderText, half_white),
            (Role.Link, QColor("#2a82da")),
            (Role.LinkVisited, QColor("#8a5ad8")),
            (Role.Mid, QColor("#242424")),
        ):
            palette.setColor(group, role, colour)
    return palette


PALETTES: dict[str, Callable[[], QPalette]] = {"light": light_palette, "dark": dark_palette}

# Text on its background, as the widgets paint them.
TEXT_PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
]


@pytest.fixture(params=sorted(PALETTES))
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> QPalette:
    """The application's palette on a light, then a dark system theme."""
    return readable_palette(PALETTES[request.param]())


def _colour(palette: QPalette, role: QPalette.ColorRole) -> QColor:
    return palette.color(QPalette.ColorGroup.Active, role)


def _short(pairs: list[tuple[str, float]], minimum: float) -> list[str]:
    return [f"{name}: {value:.2f}:1" for name, value in pairs if value < minimum]


def test_the_system_palettes_alone_fall_short(qapp: QApplication) -> None:
    """Why the palette is corrected: Qt's own pairs below 4.5:1, on both themes."""
    light, dark = light_palette(), dark_palette()
    for palette in (light, dark):
        assert (
            ratio(_colour(palette, Role.HighlightedText), _colour(palette, Role.Highlight)) < TEXT
        )
    assert ratio(_colour(light, Role.PlaceholderText), _colour(light, Role.Base)) < TEXT
    assert ratio(_colour(dark, Role.Link), _colour(dark, Role.Base)) < TEXT


@pytest.mark.parametrize("group", [QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive])
def test_palette_text_reads_on_its_background(
    palette: QPalette, group: QPalette.ColorGroup
) -> None:
    measured = [
        (
            f"{fore.name}/{back.name}",
            ratio(palette.color(group, fore), palette.color(group, back)),
        )
        for fore, back in TEXT_PAIRS
    ]
    assert not _short(measured, TEXT)


def test_only_what_falls_short_changes(qapp: QApplication) -> None:
    """The system's colours stay the system's, but for the few that do not read."""
    for make in PALETTES.values():
        system = make()
        readable = readable_palette(system)
        for role in (Role.Window, Role.WindowText, Role.Base, Role.Text, Role.Button):
            assert _colour(readable, role) == _colour(system, role)
        before, after = _colour(system, Role.Highlight), _colour(readable, Role.Highlight)
        assert abs(before.hslHueF() - after.hslHueF()) < 0.02, "the highlight keeps its hue"


def test_the_focus_ring_stands_out(palette: QPalette) -> None:
    ring = ring_colour(palette, selected=False)
    on_selection = ring_colour(palette, selected=True)
    measured = [
        (f"ring/{role.name}", ratio(ring, _colour(palette, role)))
        for role in (Role.Window, Role.Base, Role.Button, Role.AlternateBase)
    ]
    measured.append(
        ("ring/Highlight (selected)", ratio(on_selection, _colour(palette, Role.Highlight)))
    )
    assert not _short(measured, NON_TEXT)


def test_error_messages_read_on_both_themes(palette: QPalette) -> None:
    styled = QColor(error_style(palette).removeprefix("color: ").removesuffix(";"))
    assert styled.name() == error_colour(palette).name()
    measured = [
        (f"error/{role.name}", ratio(styled, _colour(palette, role)))
        for role in (Role.Window, Role.Base)
    ]
    assert not _short(measured, TEXT)
    assert styled.red() > 2 * max(styled.green(), styled.blue()), "still a red"


def test_the_old_error_red_did_not_read_on_a_dark_theme(qapp: QApplication) -> None:
    dark = readable_palette(dark_palette())
    assert ratio(QColor(ERROR_COLOUR), _colour(dark, Role.Window)) < TEXT
    light = readable_palette(light_palette())
    assert error_colour(light) == QColor(ERROR_COLOUR), "unchanged where it read already"


# ---------------------------------------------------------------- the app's own colours


def test_the_chart_reads_on_its_paper(qapp: QApplication) -> None:
    """Text on the chart's own paper; the bars and the hidden months' hatching 3:1."""
    paper = chart.PAPER_COLOUR
    measured = [
        ("title, ticks, values", ratio(chart.TEXT_COLOUR, paper)),
        ("axis", ratio(chart.AXIS_COLOUR, paper)),
        ("hidden mark (text)", ratio(chart.HIDDEN_COLOUR, paper)),
    ]
    assert not _short(measured, TEXT)
    assert ratio(chart.BAR_COLOUR, paper) >= NON_TEXT


def test_the_chart_paints_its_paper_whatever_the_theme(qapp: QApplication) -> None:
    """On a dark window the chart is still dark text on its light paper, not on the dark."""
    image = QImage(400, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a2a2a"))
    painter = QPainter(image)
    bars = [chart.ChartBar("janv.", 12), chart.ChartBar("févr.", None)]
    chart.paint_bar_chart(
        painter, QRectF(10, 10, 380, 220), bars, title="Présences", hidden_mark="*", empty_text=""
    )
    painter.end()
    seen = image.pixelColor(12, 12)
    assert ratio(chart.TEXT_COLOUR, seen) >= TEXT


def _entry(action_id: int, axis: ActionKind) -> AgendaEntry:
    start = dt.datetime(2026, 3, 3, 17, tzinfo=dt.UTC)
    return AgendaEntry(
        session_id=1,
        start=start,
        end=start + dt.timedelta(hours=2),
        title="Groupe",
        group_id=1,
        action_id=action_id,
        axis=axis,
        status=SessionStatus.PLANNED,
        facilitators=(),
        room=None,
        conflict=False,
        moved=False,
    )


def test_the_agenda_session_colours_read(qapp: QApplication) -> None:
    """Session titles on their colours, whatever the theme: both are fixed."""
    measured = []
    for axis in ActionKind:
        for action_id in range(70):  # every lightness the colours take
            fill = agenda.colour_for(_entry(action_id, axis))
            measured.append((f"title on {axis.name} {fill.name()}", ratio(agenda._TEXT, fill)))
    measured.append(("cancelled", ratio(agenda._TEXT_CANCELLED, QColor(225, 225, 225))))
    for name, shade in (
        ("today", agenda._TODAY),
        ("holiday", agenda._HOLIDAY),
        ("closure", agenda._CLOSURE),
    ):
        measured.append((f"holiday name on {name}", ratio(agenda._MARK_TEXT, shade)))
    assert not _short(measured, TEXT)


def _strongest(image: QImage, area: QRectF, background: QColor) -> float:
    """The highest contrast of a pixel of ``area`` with ``background``: the text's own.

    A glyph's edges are blended into the background; its core pixels carry the text's
    colour, and so the highest ratio found is the text's.
    """
    best = 1.0
    rect = area.toAlignedRect().intersected(image.rect())
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            best = max(best, ratio(image.pixelColor(x, y), background))
    return best


@pytest.mark.parametrize("view", [agenda.View.WEEK, agenda.View.MONTH], ids=["week", "month"])
def test_the_agenda_day_numbers_read_on_the_shaded_days(
    qtbot: QtBot, palette: QPalette, view: agenda.View
) -> None:
    """Today's, a holiday's and a closed day's number or name on their fixed light shading.

    Painted by src/vpi_groups/ui/pages/agenda.py's canvas with the theme's palette, then
    measured on the picture: the shadings stay light on a dark theme.
    """
    today = dt.date.today()
    first, _last = agenda.period_of(view, today)
    canvas = agenda.CalendarCanvas()
    qtbot.addWidget(canvas)
    canvas.setPalette(palette)
    canvas.resize(980, 640)
    canvas.set_period(view, first, today.replace(day=1))
    days = [first + dt.timedelta(days=n) for n in range(7)]
    holiday, closed = [d for d in days if d != today][:2]
    canvas.marks = {
        holiday: [DayMark(holiday, DayMarkKind.HOLIDAY, "Férié")],
        closed: [DayMark(closed, DayMarkKind.CLOSURE, "Fermé")],
    }
    image = canvas.grab().toImage()
    line = canvas.fontMetrics().height()
    boxes = dict((day, box) for box, day in canvas._day_boxes)
    measured = []
    for name, day, shade in (
        ("today", today, agenda._TODAY),
        ("holiday", holiday, agenda._HOLIDAY),
        ("closure", closed, agenda._CLOSURE),
    ):
        box = boxes[day]
        # the first line of the day's box: its name (week) or its number (month, on the right)
        top = QRectF(box.left() + box.width() / 2, box.top() + 2, box.width() / 2 - 4, line)
        measured.append((f"day on {name}", _strongest(image, top, shade)))
    assert not _short(measured, TEXT)


@contextmanager
def _application_palette(app: QApplication, palette: QPalette) -> Iterator[None]:
    """The application on ``palette`` (models read the theme from it), then back."""
    app.setPalette(palette)
    try:
        yield
    finally:
        app.setPalette(QPalette())  # an empty palette: back to the platform's own


def _seen_colour(brush: object, fallback: QColor) -> QColor:
    return brush.color() if isinstance(brush, QBrush) else fallback


def test_a_hidden_report_cell_reads_on_both_themes(
    qapp: QApplication, palette: QPalette, qtmodeltester: Any
) -> None:
    """Its mark on its grey, as the report's table shows it (reports_page.py's model)."""
    model = ReportTableModel()
    model.show_grid(TableGrid((("", "2026"), ("Présences", "*")), frozenset({(1, 1)})))
    qtmodeltester.check(model)
    with _application_palette(qapp, palette):
        cell = model.index(0, 1)
        text = _seen_colour(
            model.data(cell, Qt.ItemDataRole.ForegroundRole), _colour(palette, Role.Text)
        )
        shade = _seen_colour(
            model.data(cell, Qt.ItemDataRole.BackgroundRole), _colour(palette, Role.Base)
        )
    assert shade != _colour(palette, Role.Base), "a hidden cell is shaded"
    assert ratio(text, shade) >= TEXT, f"{ratio(text, shade):.2f}:1"


def test_a_row_in_conflict_reads_on_both_themes(
    qapp: QApplication, palette: QPalette, qtmodeltester: Any
) -> None:
    """The red of a row in conflict (models/table.py) on a table's base."""
    model = HeadersModel(lambda: ["Séance"])
    model.set_rows([Row(("mardi 3 mars",), ("2026-03-03",), 1, warning=True)])
    qtmodeltester.check(model)
    with _application_palette(qapp, palette):
        brush = model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush)
    assert ratio(brush.color(), _colour(palette, Role.Base)) >= TEXT, brush.color().name()


# ---------------------------------------------------------------- the ring, as painted


@pytest.fixture
def ring_style(qapp: QApplication) -> Iterator[QStyle]:
    """The focus ring over Fusion, for the widgets of one test only."""
    style = FocusRingStyle("Fusion")
    yield style
    style.deleteLater()


def _form(qtbot: QtBot, style: QStyle | None) -> tuple[QWidget, dict[str, QWidget]]:
    """A window with a field first (focus starts there), then the widgets to focus."""
    window = QWidget()
    window.setObjectName("focusSample")
    window.setPalette(readable_palette(light_palette()))
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    start = QLineEdit(window)
    field = QLineEdit("Groupe du mardi", window)  # Tab follows the order of creation
    button = QPushButton("&Enregistrer", window)
    check = QCheckBox("Écrire les noms des animateurs", window)
    combo = QComboBox(window)
    combo.addItems(["Partenaires", "Occupé seulement"])
    table = QTableWidget(2, 2, window)
    for row in range(2):
        for column in range(2):
            table.setItem(row, column, QTableWidgetItem(f"{row}{column}"))
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setCurrentCell(0, 0)
    widgets = {
        "text field": field,
        "button": button,
        "check box": check,
        "combo box": combo,
        "table": table,
    }
    for widget in (start, *widgets.values()):
        layout.addWidget(widget)
        if style is not None:
            widget.setStyle(style)
    window.resize(360, 300)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    start.setFocus()
    return window, widgets


def _changed_pixels(qtbot: QtBot, widget: QWidget) -> int:
    """Pixels whose colour changes by 3:1 or more when the widget takes the focus by Tab.

    WCAG 2.4.11/2.4.13's measure: the focus indicator is the area that changes, and it
    must change with a contrast of 3:1 between the unfocused and the focused states.
    """
    unfocused = widget.grab().toImage()
    window = widget.window()
    for _press in range(8):  # Tab, as a keyboard user does (the style knows it)
        if widget.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    assert widget.hasFocus(), QApplication.focusWidget()
    focused = widget.grab().toImage()
    count = 0
    for y in range(unfocused.height()):
        for x in range(unfocused.width()):
            before, after = unfocused.pixelColor(x, y), focused.pixelColor(x, y)
            if before != after and ratio(after, before) >= NON_TEXT:
                count += 1
    return count


@pytest.mark.parametrize("name", ["text field", "button", "check box", "combo box", "table"])
def test_focus_is_a_ring_that_can_be_seen(qtbot: QtBot, ring_style: QStyle, name: str) -> None:
    """At least a 2-pixel ring around the focus area changes by 3:1: not Fusion's own."""
    _window, widgets = _form(qtbot, ring_style)
    widget = widgets[name]
    changed = _changed_pixels(qtbot, widget)
    # A 2-pixel ring around even a small focus area (a table cell, a check box's
    # label: 60 x 16 pixels) is over 300 pixels; Fusion's own tint or 1-pixel outline
    # changes far fewer by 3:1 (see the next test).
    assert changed >= 300, changed


# Not a text field: Tab selects its text, and the selection alone changes enough.
@pytest.mark.parametrize("name", ["button", "check box", "combo box", "table"])
def test_fusion_alone_shows_the_focus_too_faintly(qtbot: QtBot, name: str) -> None:
    """The fault the user test found, measured the same way: without the ring, too little."""
    fusion = QStyleFactory.create("Fusion")
    _window, widgets = _form(qtbot, fusion)
    assert _changed_pixels(qtbot, widgets[name]) < 300


def test_the_application_gets_the_ring_and_the_palette_once(qapp: QApplication) -> None:
    """What the application calls at start: its style and palette, then put back as they were."""
    system_style = qapp.style().name()
    system_highlight = _colour(qapp.palette(), Role.Highlight)
    apply_focus_style(qapp)
    try:
        style = qapp.style()
        assert isinstance(style, FocusRingStyle)
        assert style.baseStyle().name() == system_style
        shown = qapp.palette()
        assert ratio(_colour(shown, Role.HighlightedText), _colour(shown, Role.Highlight)) >= TEXT
        assert ratio(_colour(shown, Role.PlaceholderText), _colour(shown, Role.Base)) >= TEXT
        apply_focus_style(qapp)
        assert qapp.style() is style, "a second call changes nothing"
    finally:
        remove_focus_style(qapp)
    assert not isinstance(qapp.style(), FocusRingStyle)
    assert qapp.style().name() == system_style
    assert _colour(qapp.palette(), Role.Highlight) == system_highlight
