"""The panel a page shows in place of its table when it has no records yet.

It says what the page is for and what to do first, with a button for each first step,
so that a new vault never opens on blank tables that say nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


class EmptyState(QFrame):
    """A short explanation (word-wrapped) and up to a few buttons, centred.

    The page calls :meth:`explain` with the words and the buttons of the moment (they
    may change: the programme's first step depends on what the directory holds), and
    shows the panel instead of its table while it has nothing to list.
    """

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setObjectName(f"{name}Text")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setMaximumWidth(600)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.label.setFont(font)
        self.buttons: list[QPushButton] = []
        self._actions: dict[str, Callable[[], None]] = {}
        self._row = QHBoxLayout()
        self._row.addStretch(1)
        self._row.addStretch(1)
        # Centred by stretches, not by an alignment flag: a word-wrapped label given an
        # alignment in its layout gets too narrow a width and its text is cut.
        words = QHBoxLayout()
        words.addStretch(1)
        words.addWidget(self.label, 4)
        words.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(words)
        layout.addSpacing(12)
        layout.addLayout(self._row)
        layout.addStretch(2)

    def explain(self, text: str, *steps: tuple[str, str, Callable[[], None]]) -> None:
        """Say ``text``, with one button per step: (its text, its object name, its action).

        Each button's accessible description is the explanation, so that someone who
        reaches the button with Tab hears why it is there.
        """
        self.label.setText(text)
        self._actions = {name: action for _words, name, action in steps}
        wanted = [(words, name) for words, name, _action in steps]
        if wanted != [(b.text(), b.objectName()) for b in self.buttons]:
            # rebuilt only when the steps change: a button that has the focus keeps it
            for button in self.buttons:
                self._row.removeWidget(button)
                button.hide()
                button.deleteLater()
            self.buttons = []
            for position, (words, name) in enumerate(wanted):
                button = QPushButton(words, self)
                button.setObjectName(name)
                button.clicked.connect(lambda _checked=False, key=name: self._actions[key]())
                self._row.insertWidget(1 + position, button)
                button.show()  # at once, not when the layout gets round to it
                self.buttons.append(button)
        for button in self.buttons:
            button.setAccessibleDescription(text)
        # focus given to the panel (its table was shown and had it) goes to the first step
        if self.buttons:
            self.setFocusProxy(self.buttons[0])
        else:
            self.setFocusProxy(None)  # type: ignore[arg-type]  # Qt takes None: no proxy

    def text(self) -> str:
        """The explanation shown."""
        return self.label.text()

    def button(self, name: str) -> QPushButton | None:
        """The step button of this object name, if shown."""
        return next((b for b in self.buttons if b.objectName() == name), None)


def switch_to(stack: QStackedWidget, widget: QWidget) -> None:
    """Show ``widget`` in ``stack`` (a table or its empty state); the focus follows.

    When the widget shown until now held the keyboard focus (the panel's button that
    added the first record, say), the focus goes to the first field of the one shown,
    not wherever Qt would send it.
    """
    current, focused = stack.currentWidget(), QApplication.focusWidget()
    if current is widget:
        return
    had_focus = current is not None and focused is not None and current.isAncestorOf(focused)
    stack.setCurrentWidget(widget)
    if not had_focus:
        return
    tab = Qt.FocusPolicy.TabFocus
    target = next(
        (
            w
            for w in [widget, *widget.findChildren(QWidget)]
            if (w.focusPolicy() & tab) == tab and w.isVisibleTo(widget)
        ),
        widget,
    )
    target.setFocus(Qt.FocusReason.OtherFocusReason)
