"""Passphrase entry with confirmation and a strength meter (one widget, reused)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from vpi_groups.passphrase_policy import Problem, assess


class NewPassphraseField(QWidget):
    """Two password fields and a meter; ``acceptable`` when strong enough and equal."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit(self)
        self.first.setObjectName("newPassphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(self)
        self.second.setObjectName("confirmPassphrase")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar(self)
        self.meter.setObjectName("strengthMeter")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("strengthVerdict")
        self.verdict.setWordWrap(True)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._first_label = QLabel(self)
        self._second_label = QLabel(self)
        layout.addRow(self._first_label, self.first)
        layout.addRow(self._second_label, self.second)
        layout.addRow(self.meter)
        layout.addRow(self.verdict)
        self._first_label.setBuddy(self.first)
        self._second_label.setBuddy(self.second)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the visible strings."""
        self._first_label.setText(self.tr("&Passphrase:"))
        self._second_label.setText(self.tr("&Confirm:"))
        self.first.setPlaceholderText(self.tr("A sentence you will remember"))
        self._update()

    def passphrase(self) -> str:
        """The passphrase typed (check ``acceptable`` first)."""
        return self.first.text()

    def clear(self) -> None:
        """Forget what was typed."""
        self.first.clear()
        self.second.clear()

    @property
    def acceptable(self) -> bool:
        """Strong enough, and confirmed."""
        return assess(self.first.text()).acceptable and self.first.text() == self.second.text()

    def _update(self) -> None:
        text = self.first.text()
        strength = assess(text)
        self.meter.setValue(strength.score)
        if not text:
            verdict = self.tr(
                "At least 10 characters. A short sentence is easy to remember and hard to guess."
            )
        elif Problem.TOO_SHORT in strength.problems:
            verdict = self.tr("Too short: at least 10 characters.")
        elif Problem.COMMON in strength.problems:
            verdict = self.tr("Too common: anyone could guess it.")
        elif Problem.REPETITIVE in strength.problems:
            verdict = self.tr("Too repetitive: vary the characters.")
        elif self.second.text() and self.second.text() != text:
            verdict = self.tr("The two entries differ.")
        elif strength.score <= 2:
            verdict = self.tr("Acceptable. A longer sentence would be stronger.")
        else:
            verdict = self.tr("Strong passphrase.")
        self.verdict.setText(verdict)
        self.changed.emit()
