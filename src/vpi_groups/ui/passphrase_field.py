"""Passphrase entry with confirmation and a strength meter (one widget, reused).

The verdict and the estimate are worded here with ``tr()``, from the same
:class:`~vpi_groups.passphrase_policy.Strength` that the CLI words with
:func:`~vpi_groups.passphrase_policy.explain`: the interface follows the application's
translators (and their language changes), and its sentences are in the catalogues
that the translation tests check.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from vpi_groups.passphrase_policy import MIN_SCORE, CrackTime, Problem, Strength, assess
from vpi_groups.ui.errors import ERROR_STYLE
from vpi_groups.ui.secret_field import SecretField, decorate

_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


class NewPassphraseField(QWidget):
    """Two password fields and a meter; ``acceptable`` when strong enough and equal.

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
        self.meter = QProgressBar(self)
        self.meter.setObjectName("strengthMeter")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("strengthVerdict")
        self.verdict.setWordWrap(True)
        self.estimate = QLabel(self)
        self.estimate.setObjectName("strengthEstimate")
        self.estimate.setWordWrap(True)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._first_label = QLabel(self)
        self._second_label = QLabel(self)
        layout.addRow(self._first_label, self.first)
        layout.addRow("", self.first_caps)
        layout.addRow(self._second_label, self.second)
        layout.addRow("", self.second_caps)
        layout.addRow(self.meter)
        layout.addRow(self.verdict)
        layout.addRow(self.estimate)
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
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.first_secret.retranslate()
        self.second_secret.retranslate()
        self._update()

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

    def _update(self) -> None:
        text = self.first.text()
        strength = self.strength()
        self.meter.setValue(strength.score)
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
        self.verdict.setStyleSheet(ERROR_STYLE if text and refused else "")
        self.estimate.setText(self.estimate_text(strength) if text else "")
        self.changed.emit()
