"""A page whose features are not built yet: it says so, plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from vpi_groups.ui.pages.base import Page


class ComingSoonPage(Page):
    """Title, what the page will offer, and an honest 'not yet available'."""

    def __init__(self, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title, self)
        self.title.setObjectName("pageTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.purpose = QLabel(purpose, self)
        self.purpose.setObjectName("pagePurpose")
        self.purpose.setWordWrap(True)
        self.status = QLabel(
            self.tr("This page is not available yet in this version of VPI Groups."), self
        )
        self.status.setObjectName("pageStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.title)
        layout.addWidget(self.purpose)
        layout.addSpacing(12)
        layout.addWidget(self.status)
