"""One way to ask a question without blocking: a window-modal box with named choices.

The last choice is the safe one: it is the default button and what Escape does.
``answered`` receives the object name of the button clicked (None if the box was closed
otherwise), once, after the box has closed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QMessageBox, QWidget


@dataclass(frozen=True)
class Choice:
    """One button of a question: its text, its object name, its role."""

    text: str
    name: str
    role: QMessageBox.ButtonRole = QMessageBox.ButtonRole.RejectRole


def ask(
    parent: QWidget,
    *,
    name: str,
    title: str,
    text: str,
    choices: Sequence[Choice],
    answered: Callable[[str | None], None],
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> QMessageBox:
    """Open the question over ``parent`` and return the box (still open)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    buttons = []
    for choice in choices:
        button = box.addButton(choice.text, choice.role)
        button.setObjectName(choice.name)
        buttons.append(button)
    box.setDefaultButton(buttons[-1])
    box.setEscapeButton(buttons[-1])

    def finished(_result: int) -> None:
        box.deleteLater()
        clicked = box.clickedButton()
        answered(next((b.objectName() for b in buttons if b is clicked), None))

    box.finished.connect(finished)
    box.open()
    return box
