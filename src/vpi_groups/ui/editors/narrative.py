"""The words of one action in the yearly bilan: its aims, audience, what was done, what next.

Four plain-text fields, opened from the programme page ("Texts for the bilan…") for
the selected action. They start from what is stored; for a renewed action with
nothing stored yet, from last year's words
(:func:`vpi_groups.programme.narratives.starting_point`), which a line above the fields
says. The texts are read on the database worker when the dialog opens; the page
saves them (:func:`vpi_groups.programme.narratives.set_narrative`), and a refused
save leaves every word typed in place, with the reason next to its field.

Keyboard: Tab goes from field to field (it never types a tab), Enter starts a new
line, Ctrl+Enter saves, Escape closes after asking when something was changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from vpi_groups.programme import narratives
from vpi_groups.programme.narratives import NarrativeSpec
from vpi_groups.programme.records import ActionInfo
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.editing import EditorDialog
from vpi_groups.ui.models.labels import body_label, kind_label
from vpi_groups.ui.tasks import TaskRunner

FIELDS = ("aims", "audience", "narrative", "next_steps")
"""The fields of :class:`NarrativeSpec`, in the order shown."""


def read_texts(session: Any, action_id: int) -> tuple[NarrativeSpec, NarrativeSpec]:
    """The texts stored for an action and those its sheet starts from (worker side)."""
    return (
        narratives.get_narrative(session, action_id),
        narratives.starting_point(session, action_id),
    )


class _TextField(QPlainTextEdit):
    """A plain-text field that asks for ``lines`` lines and may shrink to fewer."""

    def __init__(self, lines: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.lines = lines
        self.setTabChangesFocus(True)  # Tab moves on: a text for a report has no tabs
        self.setMinimumHeight(self._height(2))

    def _height(self, lines: int) -> int:
        margins = self.contentsMargins()
        document = int(self.document().documentMargin() * 2)
        return (
            self.fontMetrics().lineSpacing() * lines + margins.top() + margins.bottom() + document
        )

    def sizeHint(self) -> QSize:
        """Wide enough for a sentence, high enough for its lines."""
        return QSize(self.fontMetrics().averageCharWidth() * 72, self._height(self.lines))


class NarrativeDialog(EditorDialog):
    """The bilan's texts of one action; ``submitted`` asks the page to save :meth:`spec`.

    With a ``vault`` (by default the parent page's), the texts are read on the worker
    and shown when they arrive (:attr:`loaded`); otherwise :meth:`show_texts` gives them.
    """

    HELP_TOPIC = "programme"

    def __init__(
        self,
        action: ActionInfo,
        parent: QWidget | None = None,
        *,
        vault: Vault | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("narrativeEditor")
        self.action = action
        self.loaded = False
        self.carried_over = False
        self._draft: Mapping[str, Any] | None = None
        spec = action.spec
        self.setWindowTitle(self.tr("Texts for the bilan"))
        what = kind_label(spec.kind) if spec.body is None else body_label(spec.body)
        self.heading = QLabel(
            self.tr("“%1” — %2, %3")
            .replace("%1", spec.title)
            .replace("%2", what)
            .replace("%3", str(spec.year)),
            self,
        )
        self.heading.setObjectName("narrativeAction")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = QLabel(self)
        self.hint.setObjectName("narrativeHint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.aims = _TextField(3, "narrativeAims", self)
        self.aims.setPlaceholderText(self.tr("What the action sets out to do"))
        self.audience = _TextField(2, "narrativeAudience", self)
        self.audience.setPlaceholderText(self.tr("Who it is for"))
        self.narrative = _TextField(7, "narrativeText", self)
        self.narrative.setPlaceholderText(
            self.tr("What was done this year: when, where, with which partners, how it went")
        )
        self.next_steps = _TextField(3, "narrativeNextSteps", self)
        self.next_steps.setPlaceholderText(self.tr("What comes next year"))
        self.form.addRow(self.heading)
        self.form.addRow(self.hint)
        self.add_field(self.tr("&Aims:"), self.aims, "aims")
        self.add_field(self.tr("A&udience:"), self.audience, "audience")
        self.add_field(self.tr("&What was done:"), self.narrative, "narrative")
        self.add_field(self.tr("Ne&xt steps:"), self.next_steps, "next_steps")
        self.finish_layout()
        self.save_button.setToolTip(self.tr("Save the texts (Ctrl+Enter)"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            save = QShortcut(QKeySequence(keys), self)
            save.activated.connect(self.save_button.click)
        for field in self.text_fields():
            self.fields.plain_text(field)
        self.fields.reset()
        self._set_loading(True)
        self.resize(680, self.sizeHint().height())
        self._read(vault if vault is not None else getattr(parent, "vault", None))

    def text_fields(self) -> tuple[QPlainTextEdit, ...]:
        """The four fields, in the order of :data:`FIELDS`."""
        return (self.aims, self.audience, self.narrative, self.next_steps)

    # ------------------------------------------------------------ reading

    def _read(self, vault: object) -> None:
        if not isinstance(vault, Vault):
            return
        self.runner = TaskRunner(self)
        action_id = self.action.id
        self.runner.unit(
            vault, lambda s: read_texts(s, action_id), self._texts_read, self._read_failed
        )

    def _texts_read(self, texts: tuple[NarrativeSpec, NarrativeSpec]) -> None:
        self.show_texts(*texts)

    def _read_failed(self, error: Exception) -> None:
        self.show_error(error)
        self.save_button.setEnabled(False)

    def _set_loading(self, loading: bool) -> None:
        for field in self.text_fields():
            field.setReadOnly(loading)
        self.save_button.setEnabled(not loading)

    def show_texts(self, stored: NarrativeSpec, start: NarrativeSpec) -> None:
        """Show ``start`` (what the sheet starts from); say so when it is last year's.

        ``stored``: what is saved for this action (empty: nothing yet). A draft put
        back before the texts arrived is applied over them.
        """
        for field, name in zip(self.text_fields(), FIELDS, strict=True):
            field.setPlainText(getattr(start, name) or "")
        self.fields.reset()
        self.carried_over = stored.is_empty and not start.is_empty
        if self.carried_over:
            self.hint.setText(
                self.tr(
                    "Taken from last year's texts of the action it renews: bring them up "
                    "to date, then save them for this year."
                )
            )
        self.hint.setVisible(self.carried_over)
        self.loaded = True
        self._set_loading(False)
        draft, self._draft = self._draft, None
        if draft is not None:
            super().apply_draft(draft)
        self.aims.setFocus()
        self.refit()

    # ------------------------------------------------------------ values

    def spec(self) -> NarrativeSpec:
        """The texts as typed (a blank field: nothing)."""
        values = {
            name: field.toPlainText() if field.toPlainText().strip() else None
            for field, name in zip(self.text_fields(), FIELDS, strict=True)
        }
        return NarrativeSpec(**values)

    def draft_state(self) -> dict[str, Any] | None:
        """The texts typed and not saved (kept when the window locks)."""
        if not self.loaded:
            return None if self._draft is None else dict(self._draft)
        return super().draft_state()

    def apply_draft(self, state: Mapping[str, Any]) -> None:
        """Put back a kept draft, once the texts are read (they would replace it)."""
        if not self.loaded:
            self._draft = state
            return
        super().apply_draft(state)
