"""Passphrase entry with confirmation and a strength meter (one widget, reused).

The verdict and the estimate are worded here with ``tr()``, from the same
:class:`~vpi_groups.passphrase_policy.Strength` that the CLI words with
:func:`~vpi_groups.passphrase_policy.explain`: the interface follows the application's
translators (and their language changes), and its sentences are in the catalogues
that the translation tests check.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from vpi_groups.passphrase_policy import MIN_SCORE, CrackTime, Problem, Strength, assess
from vpi_groups.ui.errors import error_style
from vpi_groups.ui.secret_field import TOGGLE_SHORTCUT, SecretField, decorate

_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


class Level(IntEnum):
    """The strength as one word, and the meter's value."""

    WEAK = 1
    MEDIUM = 2
    GOOD = 3
    EXCELLENT = 4


def level_of(strength: Strength) -> Level:
    """The level shown for an estimate: the policy's score, never above medium if refused.

    zxcvbn's scores 0 and 1 are both weak; 3 is the least the policy accepts
    (:data:`~vpi_groups.passphrase_policy.MIN_SCORE`), so a good or excellent level
    always means the passphrase may be used.
    """
    level = Level(max(strength.score, Level.WEAK))
    if not strength.acceptable:
        return min(level, Level.MEDIUM)
    return level


class NewPassphraseField(QWidget):
    """Two password fields, a show/hide box and a meter; ``acceptable`` when strong and equal.

    Args:
        parent: the owning widget.
        user_inputs: the vault's own words (programme name, facilitators' names); a
            passphrase made of them is refused. See :meth:`set_user_inputs`.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, user_inputs: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self._user_inputs: tuple[str, ...] = tuple(user_inputs)
        self._assessed: tuple[str, tuple[str, ...], Strength] | None = None
        self.first = QLineEdit(self)
        self.first.setObjectName("newPassphrase")
        self.first_caps = QLabel(self)
        self.first_caps.setObjectName("newPassphraseCapsLock")
        self.second = QLineEdit(self)
        self.second.setObjectName("confirmPassphrase")
        self.second_caps = QLabel(self)
        self.second_caps.setObjectName("confirmPassphraseCapsLock")
        self.first_secret: SecretField = decorate(self.first, self.first_caps)
        self.second_secret: SecretField = decorate(self.second, self.second_caps)
        self.show_text = QCheckBox(self)
        self.show_text.setObjectName("showPassphrase")
        self.meter = QProgressBar(self)
        self.meter.setObjectName("strengthMeter")
        self.meter.setRange(0, len(Level))
        self.meter.setTextVisible(False)
        self.level = QLabel(self)
        self.level.setObjectName("strengthLevel")
        self.verdict = QLabel(self)
        self.verdict.setObjectName("strengthVerdict")
        self.verdict.setWordWrap(True)
        self.estimate = QLabel(self)
        self.estimate.setObjectName("strengthEstimate")
        self.estimate.setWordWrap(True)
        form = QFormLayout()
        self._first_label = QLabel(self)
        self._second_label = QLabel(self)
        form.addRow(self._first_label, self.first)
        form.addRow("", self.first_caps)
        form.addRow(self._second_label, self.second)
        form.addRow("", self.second_caps)
        form.addRow("", self.show_text)
        strength_row = QHBoxLayout()
        strength_row.addWidget(self.level)
        strength_row.addWidget(self.meter, 1)
        # The sentences below the form, not in it: a form row does not grow with a
        # wrapped label, and the second line of a reason was cut off.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(strength_row)
        layout.addWidget(self.verdict)
        layout.addWidget(self.estimate)
        self._first_label.setBuddy(self.first)
        self._second_label.setBuddy(self.second)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        # One state for the check box, the eye in each field and Ctrl+H: a new
        # passphrase is shown or hidden whole, its confirmation with it.
        for control in (self.show_text, self.first_secret.toggle, self.second_secret.toggle):
            control.toggled.connect(self._set_shown)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the visible strings."""
        self._first_label.setText(self.tr("&Passphrase:"))
        self._second_label.setText(self.tr("&Confirm:"))
        self.first.setPlaceholderText(self.tr("A sentence you will remember"))
        self.show_text.setText(self.tr("Sho&w the passphrase"))
        self.show_text.setToolTip(
            self.tr("Show or hide both fields (%1 in a field).").replace(
                "%1", TOGGLE_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.meter.setAccessibleName(self.tr("Strength of the passphrase"))
        # As wide as its longest wording: the meter beside it does not jump as one types.
        metrics = self.level.fontMetrics()
        self.level.setMinimumWidth(
            max(
                metrics.horizontalAdvance(self.tr("Strength: %1").replace("%1", self.level_word(x)))
                for x in Level
            )
        )
        self.first_secret.retranslate()
        self.second_secret.retranslate()
        self._update()

    @property
    def shown(self) -> bool:
        """Whether the passphrase and its confirmation are readable."""
        return self.show_text.isChecked()

    def _set_shown(self, shown: bool) -> None:
        for control in (self.show_text, self.first_secret.toggle, self.second_secret.toggle):
            if control.isChecked() != shown:
                control.setChecked(shown)  # its signal comes back here, with nothing to do

    def set_user_inputs(self, user_inputs: Sequence[str]) -> None:
        """Words a passphrase must not be made of: the programme's and facilitators' names."""
        self._user_inputs = tuple(user_inputs)
        self._update()

    def passphrase(self) -> str:
        """The passphrase typed (check ``acceptable`` first)."""
        return self.first.text()

    def clear(self) -> None:
        """Forget what was typed."""
        self.first.clear()
        self.second.clear()
        self._assessed = None

    def strength(self) -> Strength:
        """The estimate of the passphrase typed (computed once per text)."""
        text = self.first.text()
        cached = self._assessed
        if cached is not None and cached[0] == text and cached[1] == self._user_inputs:
            return cached[2]
        strength = assess(text, self._user_inputs)
        self._assessed = (text, self._user_inputs, strength)
        return strength

    @property
    def acceptable(self) -> bool:
        """Strong enough, and confirmed."""
        return self.strength().acceptable and self.first.text() == self.second.text()

    def problem_text(self, problem: Problem) -> str:
        """The sentence shown for one reason to refuse a passphrase."""
        texts = {
            Problem.TOO_SHORT: lambda: self.tr("Too short: at least 10 characters."),
            Problem.PERSONAL: lambda: self.tr(
                "It uses the programme's own words (its name, the facilitators' names): "
                "anyone who knows it will try them first."
            ),
            Problem.PHONE: lambda: self.tr(
                "It contains a phone number: people who know you can guess it."
            ),
            Problem.KEYBOARD: lambda: self.tr(
                "It follows the keyboard's keys (azerty, qwerty…): one of the first things tried."
            ),
            Problem.COMMON: lambda: self.tr(
                "It contains a very common password, word or first name."
            ),
            Problem.SEQUENCE: lambda: self.tr("It contains a predictable sequence (abcd, 1234…)."),
            Problem.REPETITIVE: lambda: self.tr("It repeats characters or groups: vary them."),
            Problem.DATE: lambda: self.tr("It contains a date or a year, easy to guess."),
            Problem.GUESSABLE: lambda: self.tr("Too easy to guess: add a few words."),
        }
        return texts[problem]()

    def estimate_text(self, strength: Strength) -> str:
        """The estimate line: about how many guesses, and how long for a computer."""
        times = {
            CrackTime.INSTANT: lambda: self.tr("less than a second"),
            CrackTime.SECONDS: lambda: self.tr("a few seconds"),
            CrackTime.MINUTES: lambda: self.tr("a few minutes"),
            CrackTime.HOURS: lambda: self.tr("a few hours"),
            CrackTime.DAYS: lambda: self.tr("a few days"),
            CrackTime.MONTHS: lambda: self.tr("a few months"),
            CrackTime.YEARS: lambda: self.tr("years"),
            CrackTime.CENTURIES: lambda: self.tr("centuries"),
        }
        power = "10" + str(strength.guesses_exponent).translate(_SUPERSCRIPTS)
        return (
            self.tr("Estimate: about %1 guesses — %2 for a computer.")
            .replace("%1", power)
            .replace("%2", times[strength.crack_time]())
        )

    def level_word(self, level: Level) -> str:
        """The word for a level of strength ("weak", "good"...)."""
        words = {
            Level.WEAK: lambda: self.tr("weak"),
            Level.MEDIUM: lambda: self.tr("medium"),
            Level.GOOD: lambda: self.tr("good"),
            Level.EXCELLENT: lambda: self.tr("excellent"),
        }
        return words[level]()

    def _update(self) -> None:
        text = self.first.text()
        strength = self.strength()
        level = level_of(strength)
        self.meter.setValue(level.value if text else 0)
        level_text = self.tr("Strength: %1").replace("%1", self.level_word(level)) if text else ""
        self.level.setText(level_text)
        # What a screen reader says of the meter: the word, not a percentage.
        self.meter.setFormat(self.level_word(level) if text else "")
        refused = not strength.acceptable
        if not text:
            verdict = self.tr(
                "At least 10 characters. A short sentence is easy to remember and hard to guess."
            )
        elif Problem.TOO_SHORT in strength.problems:
            verdict = self.problem_text(Problem.TOO_SHORT)  # the rest can wait
        elif refused:
            verdict = " ".join(self.problem_text(p) for p in strength.problems)
        elif self.second.text() and self.second.text() != text:
            verdict = self.tr("The two entries differ.")
        elif strength.score <= MIN_SCORE:
            verdict = self.tr("Acceptable. A longer sentence would be stronger.")
        else:
            verdict = self.tr("Strong passphrase.")
        self.verdict.setText(verdict)
        self.verdict.setStyleSheet(error_style() if text and refused else "")
        estimate = self.estimate_text(strength) if text else ""
        self.estimate.setText(estimate)
        self.meter.setAccessibleDescription(f"{level_text} {estimate}".strip())
        self.changed.emit()
