"""Focus that can be seen and colours that can be read, whatever the system theme.

Two things the styles and the system palettes do not guarantee, made sure of here
once for the whole application by :func:`apply_focus_style` (WCAG 2.2, level AA):

* **A visible focus ring.** The styles draw keyboard focus thinly: Fusion gives a
  focused button a 1-pixel outline barely darker than its frame, and a table's
  current cell a faint rectangle. Every style asks for the focus rectangle
  (``PE_FrameFocusRect``) when it paints a focused check box, radio button, tab or
  item of a list or table, and paints a focused button's, combo box's or text field's
  own outline on its panel; :class:`FocusRingStyle` paints both as a solid 2-pixel
  ring (2.4.7, 2.4.11) with a contrast of at least
  3:1 against the window, the fields and the buttons (1.4.11), or in the selected
  text's colour on a selected item, whose fill is the highlight colour. The rest is
  painted by the style the platform chose, unchanged. A proxy style rather than an
  application style sheet: a rule giving ``QPushButton:focus`` a border makes Qt paint
  every button with the style sheet's plain box instead of the platform's, so a button
  would change shape when it takes the focus.
* **Readable text on the palette (1.4.3).** Qt's own palettes put white text on a
  highlight of about 3.7:1 (Fusion, light) and placeholder text at half opacity
  (about 4:1); :func:`readable_palette` moves the highlight, the placeholder and the
  link colours just as far as needed for 4.5:1, keeping their hue, and leaves every
  other colour of the system theme as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

RING_WIDTH = 2  # pixels: WCAG 2.4.11's minimum area is a 2 CSS-pixel thick perimeter
TEXT_CONTRAST = 4.5  # WCAG 1.4.3, text of normal size
NON_TEXT_CONTRAST = 3.0  # WCAG 1.4.11, parts of controls and focus indicators

_ACTIVE = QPalette.ColorGroup.Active
_Role = QPalette.ColorRole


def _linear(channel: float) -> float:
    """One sRGB channel (0 to 1) made linear, as WCAG's relative luminance defines it."""
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _over(colour: QColor, background: QColor) -> QColor:
    """``colour`` as seen painted over an opaque ``background`` (its alpha applied)."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def luminance(colour: QColor) -> float:
    """WCAG's relative luminance of an opaque colour: 0 for black, 1 for white."""
    return (
        0.2126 * _linear(colour.redF())
        + 0.7152 * _linear(colour.greenF())
        + 0.0722 * _linear(colour.blueF())
    )


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG's contrast ratio (1 to 21) of ``foreground`` painted on ``background``."""
    first = luminance(_over(foreground, background))
    second = luminance(background)
    light, dark = max(first, second), min(first, second)
    return (light + 0.05) / (dark + 0.05)


def readable_on(colour: QColor, backgrounds: list[QColor], minimum: float) -> QColor:
    """``colour``, or the nearest shade of it reaching ``minimum`` against every background.

    The shade moves away from the backgrounds' lightness (darker on light backgrounds,
    lighter on dark ones), one small step at a time, keeping the hue; it ends at black
    or white, which always reach 4.5:1 against a background that is light or dark.
    """
    shade = _over(colour, backgrounds[0])
    dark_backgrounds = sum(luminance(b) for b in backgrounds) / len(backgrounds) < 0.18
    for _step in range(100):
        if all(contrast(shade, b) >= minimum for b in backgrounds):
            return shade
        hue, saturation = max(shade.hslHueF(), 0.0), shade.hslSaturationF()  # grey: hue -1
        step = 0.02 if dark_backgrounds else -0.02
        lightness = min(1.0, max(0.0, shade.lightnessF() + step))
        shade = QColor.fromHslF(hue, saturation, lightness)
    return QColor("white") if dark_backgrounds else QColor("black")


def readable_palette(palette: QPalette) -> QPalette:
    """A copy of ``palette`` whose text colours reach 4.5:1 on their backgrounds.

    Only what falls short changes: the highlight (against its own text colour), the
    placeholder text and the links (against the fields), in the active and inactive
    groups (an inactive window still shows its selection and its text; a disabled
    control is exempt, WCAG 1.4.3).
    """
    # A hair above the minimum: a colour set from the result is rounded to 8 bits.
    wanted = TEXT_CONTRAST + 0.1
    result = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        base = palette.color(group, _Role.Base)
        selected_text = palette.color(group, _Role.HighlightedText)
        highlight = palette.color(group, _Role.Highlight)
        if contrast(selected_text, highlight) < TEXT_CONTRAST:
            result.setColor(group, _Role.Highlight, readable_on(highlight, [selected_text], wanted))
        for role in (_Role.PlaceholderText, _Role.Link, _Role.LinkVisited):
            colour = palette.color(group, role)
            if contrast(colour, base) < TEXT_CONTRAST:
                result.setColor(group, role, readable_on(colour, [base], wanted))
    return result


def ring_colour(palette: QPalette, *, selected: bool) -> QColor:
    """The focus ring's colour: the highlight, seen at 3:1 on windows, fields, rows, buttons.

    On a selected item (filled with the highlight) the ring takes the selected text's
    colour, which the palette keeps readable on the highlight.
    """
    if selected:
        return palette.color(_ACTIVE, _Role.HighlightedText)
    surfaces = (_Role.Window, _Role.Base, _Role.AlternateBase, _Role.Button)
    backgrounds = [palette.color(_ACTIVE, role) for role in surfaces]
    return readable_on(palette.color(_ACTIVE, _Role.Highlight), backgrounds, NON_TEXT_CONTRAST)


# The panels a style paints with a focus outline of its own rather than asking for
# the focus rectangle: a button's or a combo box's, and a text field's frame.
_FOCUS_PANELS = (
    QStyle.PrimitiveElement.PE_PanelButtonCommand,
    QStyle.PrimitiveElement.PE_FrameLineEdit,
)


class FocusRingStyle(QProxyStyle):
    """The platform's style, with a solid focus ring in place of its focus rectangle."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Paint the focus rectangle as the ring; anything else as the base style does.

        A focused button, combo box or text field gets the ring around its panel or
        frame too: Fusion (and styles like it) show their focus there, as a thin
        outline, and never ask for the focus rectangle.
        """
        focus_rect = element == QStyle.PrimitiveElement.PE_FrameFocusRect
        if not focus_rect:
            super().drawPrimitive(element, option, painter, widget)
        state = option.state
        if not focus_rect and not (
            element in _FOCUS_PANELS and state & QStyle.StateFlag.State_HasFocus
        ):
            return
        selected = bool(state & QStyle.StateFlag.State_Selected)
        pen = QPen(ring_colour(option.palette, selected=selected), RING_WIDTH)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(pen)
        painter.setBrush(QColor(0, 0, 0, 0))
        rect: QRect = option.rect
        # The pen is centred on the outline: keep the whole ring inside the rectangle.
        half = RING_WIDTH // 2
        painter.drawRect(rect.adjusted(half, half, -half, -half))
        painter.restore()


class _ThemeFollower(QObject):
    """Makes the system palette readable again after each light/dark switch."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("readablePaletteFollower")
        self.app = app
        app.styleHints().colorSchemeChanged.connect(self.follow)

    def follow(self) -> None:
        """Take the theme's palette again and make it readable."""
        self.app.setPalette(QPalette())  # an empty palette: back to the theme's colours
        self.app.setPalette(readable_palette(QGuiApplication.palette()))


def apply_focus_style(app: QApplication) -> None:
    """Give ``app`` the focus ring and a readable palette (later calls do nothing).

    Call it once, after the application is made and before the first window is shown.
    The palette follows the system's switches between light and dark.
    """
    current = app.style()
    if isinstance(current, FocusRingStyle):
        return
    # A new instance of the same style: the proxy owns its base style, and the
    # application deletes the style it replaces.
    app.setStyle(FocusRingStyle(current.name()))
    app.setPalette(readable_palette(app.palette()))
    _ThemeFollower(app)


def remove_focus_style(app: QApplication) -> None:
    """Undo :func:`apply_focus_style`: the platform's style and palette again."""
    current = app.style()
    if not isinstance(current, FocusRingStyle):
        return
    for follower in app.findChildren(_ThemeFollower):
        app.styleHints().colorSchemeChanged.disconnect(follower.follow)
        follower.deleteLater()
    base = current.baseStyle()
    app.setStyle(base.name() if base is not None else current.name())
    app.setPalette(QPalette())
