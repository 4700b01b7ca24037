"""The convention editor: title, object, term; signatories, commitments and amendments.

The three lists are fields of :mod:`vpi_groups.ui.editors.record_list`, each on a tab
of the editor (with its count in the tab's title), so that a convention with six or
more signatories still fits a laptop's screen: "Add…" (or Insert), "Edit…" (Enter,
a double click) and "Remove" (Delete); each line is filled in a small dialog. A new
signatory's dialog offers "Add another" to type the next one at once. The lists'
changes go on the editor's undo stack and into its draft, and are written with the
convention, in one unit of work.

The service checks everything again; its refusal is said under the field, or under
the list, concerned (the tab of that list shown), and nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vpi_groups.programme.partnership import (
    AmendmentSpec,
    CommitmentKind,
    CommitmentSpec,
    ConventionInfo,
    ConventionSpec,
    SignatorySpec,
)
from vpi_groups.ui.editing import EditorDialog, settle_keyboard
from vpi_groups.ui.editors.record_list import RecordListField
from vpi_groups.ui.errors import error_style, validation_text
from vpi_groups.ui.help_key import give_help_key
from vpi_groups.ui.models.partnership import (
    AmendmentsModel,
    CommitmentsModel,
    SignatoriesModel,
    SpecListModel,
    amount_text,
    code_label,
    read_amount,
)
from vpi_groups.ui.widgets import (
    date_value,
    optional_date,
    set_date_value,
    start_unchosen,
)

MAX_LINES = 200
"""Lines one list of an editor holds at most (signatories, commitments, payments...)."""

Names = Callable[[], Sequence[tuple[int, str]]]
"""Organisations offered by a line's dialog: (id, name), in dictionary order."""


def qdate(day: dt.date) -> QDate:
    """A date for a date field."""
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    """A date field's date."""
    return dt.date(value.year(), value.month(), value.day())


def date_field(parent: QWidget, name: str, day: dt.date) -> QDateEdit:
    """A required date, with its calendar."""
    field = QDateEdit(parent)
    field.setObjectName(name)
    field.setCalendarPopup(True)
    field.setDate(qdate(day))
    return field


def amount_field(parent: QWidget, name: str, placeholder: str) -> QLineEdit:
    """A field for an amount in euros, typed French or English style."""
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setPlaceholderText(placeholder)
    field.setAlignment(Qt.AlignmentFlag.AlignRight)
    field.setMaximumWidth(field.fontMetrics().horizontalAdvance("0" * 18))
    return field


# ---------------------------------------------------------------- one line's dialog


class LineDialog(QDialog):
    """The small dialog of one line of a list: a form, an error line, OK and Cancel.

    A new line's dialog may offer "Add another": OK, then the list opens a new one at
    once (``again`` says it was chosen). :meth:`check` refuses what cannot be kept,
    with a sentence shown in the dialog, which stays open.
    """

    HELP_TOPIC = "partnership"

    def __init__(self, title: str, name: str, parent: QWidget | None, *, another: bool) -> None:
        super().__init__(parent)
        give_help_key(self, self.HELP_TOPIC)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.again = False
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.message = QLabel(self)
        self.message.setObjectName(f"{name}Error")
        self.message.setStyleSheet(error_style())
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("OK"))
        self.ok_button.setObjectName("lineOk")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setObjectName("lineCancel")
        self.another_button: QPushButton | None = None
        if another:
            self.another_button = self.buttons.addButton(
                self.tr("OK, add &another"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.another_button.setObjectName("lineAnother")
            self.another_button.setToolTip(self.tr("Keep this line and type the next one"))
            self.another_button.clicked.connect(self._another)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self, first: QWidget) -> None:
        """Lay the form out; the dialog opens on ``first``; Enter in a field is OK."""
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        settle_keyboard(self, first, self.ok_button)
        self.resize(max(480, self.sizeHint().width()), self.sizeHint().height())

    def check(self) -> tuple[str, QWidget] | None:
        """What refuses the line (a sentence and the field to correct), or None."""
        return None

    def say(self, text: str, field: QWidget) -> None:
        """Show why the line cannot be kept, and go to the field concerned."""
        self.message.setText(text)
        self.message.show()
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        """Keep the line if :meth:`check` finds nothing wrong; else say what."""
        refused = self.check()
        if refused is not None:
            self.again = False
            self.say(*refused)
            return
        super().accept()

    def _another(self) -> None:
        self.again = True
        self.accept()


def organisation_combo(
    parent: QWidget, name: str, choices: Sequence[tuple[int, str]], chosen: int | None
) -> QComboBox:
    """A list of organisations by name, on ``chosen`` (or on no choice, "Choose…")."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setMaxVisibleItems(15)
    for organisation_id, organisation in choices:
        combo.addItem(organisation, organisation_id)
    start_unchosen(combo, combo.tr("Choose…"))
    if chosen is not None:
        combo.setCurrentIndex(combo.findData(chosen))
    return combo


class SignatoryDialog(LineDialog):
    """One signatory: the organisation (from the directory), who signed, when."""

    def __init__(
        self, spec: SignatorySpec | None, choices: Sequence[tuple[int, str]], parent: QWidget
    ) -> None:
        super().__init__(
            self.tr("Signatory") if spec else self.tr("New signatory"),
            "signatoryEditor",
            parent,
            another=spec is None,
        )
        self.organisation = organisation_combo(
            self, "signatoryOrganisation", choices, None if spec is None else spec.organisation_id
        )
        self.signed_by = QLineEdit(self)
        self.signed_by.setObjectName("signatorySignedBy")
        self.signed_by.setPlaceholderText(self.tr("e.g. Ms Durand, director"))
        self.signed_on = optional_date(self, "signatorySignedOn")
        self.form.addRow(self.tr("&Organisation:"), self.organisation)
        self.form.addRow(self.tr("Signed &by:"), self.signed_by)
        self.form.addRow(self.tr("Signed &on:"), self.signed_on)
        if not choices:
            self.message.setText(
                self.tr(
                    "Every organisation of the directory signs already: add the partner to "
                    "the directory first."
                )
            )
            self.message.show()
        if spec is not None:
            self.signed_by.setText(spec.signed_by or "")
            set_date_value(self.signed_on, spec.signed_on)
        self.finish(self.organisation)

    def check(self) -> tuple[str, QWidget] | None:
        """An organisation must be chosen."""
        if self.organisation.currentIndex() < 0:
            return self.tr("Choose the organisation that signed."), self.organisation
        return None

    def spec(self) -> SignatorySpec:
        """The signatory as typed."""
        return SignatorySpec(
            int(self.organisation.currentData()),
            self.signed_by.text().strip() or None,
            date_value(self.signed_on),
        )


class CommitmentDialog(LineDialog):
    """One commitment: whose (a signatory), what kind, what, how much."""

    def __init__(
        self, spec: CommitmentSpec | None, choices: Sequence[tuple[int, str]], parent: QWidget
    ) -> None:
        super().__init__(
            self.tr("Commitment") if spec else self.tr("New commitment"),
            "commitmentEditor",
            parent,
            another=spec is None,
        )
        self.organisation = organisation_combo(
            self, "commitmentOrganisation", choices, None if spec is None else spec.organisation_id
        )
        self.kind = QComboBox(self)
        self.kind.setObjectName("commitmentKind")
        for kind in CommitmentKind:
            self.kind.addItem(code_label(kind), kind.value)
        start_unchosen(self.kind, self.tr("Choose…"))
        self.description = QLineEdit(self)
        self.description.setObjectName("commitmentDescription")
        self.description.setPlaceholderText(self.tr("e.g. a psychologist for the talk groups"))
        self.amount = amount_field(self, "commitmentAmount", self.tr("e.g. 5 000"))
        self.amount.setToolTip(
            self.tr("The money committed, or the estimated value of the staff, rooms or help")
        )
        self.form.addRow(self.tr("&Signatory:"), self.organisation)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Description:"), self.description)
        self.form.addRow(self.tr("&Amount or value (€):"), self.amount)
        if not choices:
            self.message.setText(self.tr("Add the signatories first: a commitment is theirs."))
            self.message.show()
        if spec is not None:
            self.kind.setCurrentIndex(self.kind.findData(spec.kind.value))
            self.description.setText(spec.description)
            self.amount.setText(amount_text(spec.amount))
        self.finish(self.organisation)

    def check(self) -> tuple[str, QWidget] | None:
        """A signatory, a kind, words and an amount that is one (or none)."""
        if self.organisation.currentIndex() < 0:
            return self.tr("Choose the signatory who commits."), self.organisation
        if self.kind.currentIndex() < 0:
            return self.tr("Choose what kind of commitment it is."), self.kind
        if not self.description.text().strip():
            return self.tr("Describe the commitment."), self.description
        try:
            read_amount(self.amount.text())
        except ValueError:
            return amount_refused(), self.amount
        return None

    def spec(self) -> CommitmentSpec:
        """The commitment as typed (once :meth:`check` found nothing wrong)."""
        return CommitmentSpec(
            int(self.organisation.currentData()),
            CommitmentKind(self.kind.currentData()),
            self.description.text().strip(),
            read_amount(self.amount.text()),
        )


def amount_refused() -> str:
    """The sentence for an amount that is not one."""
    return QCoreApplication.translate(
        "Amounts",
        "Enter an amount in euros, with digits only: for example 12500, 12 500 or 12 500,50.",
    )


class AmendmentDialog(LineDialog):
    """One amendment: when it was signed, what it changes, the convention's new end."""

    def __init__(self, spec: AmendmentSpec | None, parent: QWidget, today: dt.date) -> None:
        super().__init__(
            self.tr("Amendment") if spec else self.tr("New amendment"),
            "amendmentEditor",
            parent,
            another=False,
        )
        self.signed_on = date_field(self, "amendmentSignedOn", today)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("amendmentText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("e.g. Amendment no. 1: the convention is extended"))
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 4 + 12)
        self.new_end = optional_date(self, "amendmentNewEnd")
        self.new_end.setToolTip(self.tr("Leave the dash if the amendment does not move the end"))
        self.form.addRow(self.tr("Signed &on:"), self.signed_on)
        self.form.addRow(self.tr("&What it changes:"), self.text)
        self.form.addRow(self.tr("&New end:"), self.new_end)
        if spec is not None:
            self.signed_on.setDate(qdate(spec.signed_on))
            self.text.setPlainText(spec.text)
            set_date_value(self.new_end, spec.new_end)
        self.finish(self.signed_on)

    def check(self) -> tuple[str, QWidget] | None:
        """Words are required."""
        if not self.text.toPlainText().strip():
            return self.tr("Say what the amendment changes."), self.text
        return None

    def spec(self) -> AmendmentSpec:
        """The amendment as typed."""
        return AmendmentSpec(
            pydate(self.signed_on.date()),
            self.text.toPlainText().strip(),
            date_value(self.new_end),
        )


# ---------------------------------------------------------------- the lists


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _day(text: Any) -> dt.date | None:
    return None if not text else dt.date.fromisoformat(str(text))


def _decimal(text: Any) -> Decimal | None:
    return None if text is None else Decimal(str(text))


class LinesField(RecordListField):
    """A list of lines inside an editor; Insert adds one, as "Add…" does.

    ``counted`` is called with the number of lines whenever it changes (a tab's title).
    """

    def __init__(self, model: SpecListModel, name: str, parent: QWidget | None = None) -> None:
        view = QTableView()
        super().__init__(model, view, name, MAX_LINES, parent)
        self.setObjectName(f"{name[0].lower()}{name[1:]}Field")
        model.setParent(self)
        view.setObjectName(f"{name[0].lower()}{name[1:]}View")
        view.setAccessibleDescription(
            self.tr("Insert adds a line, Enter edits the current one, Delete removes it.")
        )
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        view.setMinimumHeight(view.verticalHeader().defaultSectionSize() * 4 + 30)
        self.counted: Callable[[int], None] = lambda _count: None
        self.changed.connect(lambda: self.counted(len(self.model.items)))

    def stretch(self, column: int) -> None:
        """Give ``column`` the room left (a description): no line scrolls sideways."""
        header = self.view.horizontalHeader()  # type: ignore[attr-defined]
        header.setStretchLastSection(False)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def words(self, add: str, edit: str, remove: str, accessible: str) -> None:
        """The buttons' texts and the list's name, in the words of the list."""
        self.add_button.setText(add)
        self.edit_button.setText(edit)
        self.remove_button.setText(remove)
        self.view.setAccessibleName(accessible)

    def set_items(self, items: Sequence[Any]) -> None:
        """Show these lines, the columns fitted to them."""
        super().set_items(items)
        assert isinstance(self.view, QTableView)
        self.view.resizeColumnsToContents()

    def edit_item(self, row: int) -> None:
        """Open a line's dialog; a new line's "Add another" opens the next one after it."""
        super().edit_item(row)
        dialog = self.dialog
        if dialog is not None and row < 0:

            def finished(result: int) -> None:
                if result == QDialog.DialogCode.Accepted and getattr(dialog, "again", False):
                    QTimer.singleShot(0, lambda: self.edit_item(-1))

            dialog.finished.connect(finished)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Insert adds a line; Enter and Delete as in every list of an editor."""
        if (
            watched is self.view
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Insert
            and self.view.state() != QAbstractItemView.State.EditingState
        ):
            self.edit_item(-1)
            return True
        return super().eventFilter(watched, event)


class SignatoriesField(LinesField):
    """The convention's signatories."""

    def __init__(
        self, organisations: Sequence[tuple[int, str]], parent: QWidget | None = None
    ) -> None:
        names = dict(organisations)
        super().__init__(SignatoriesModel(lambda oid: names.get(oid, "?")), "Signatory", parent)
        self.organisations = list(organisations)
        self.words(
            self.tr("&Add a signatory…"),
            self.tr("&Edit…"),
            self.tr("Re&move"),
            self.tr("Signatories"),
        )

    def make_dialog(self, current: SignatorySpec | None) -> SignatoryDialog:
        """One signatory's dialog: the organisations that do not sign yet (and its own)."""
        taken = {s.organisation_id for s in self.model.items if s is not current}
        choices = [(o, name) for o, name in self.organisations if o not in taken]
        return SignatoryDialog(current, choices, self)

    def to_plain(self, item: SignatorySpec) -> dict[str, Any]:
        """A signatory as plain values."""
        return {
            "organisation_id": item.organisation_id,
            "signed_by": item.signed_by,
            "signed_on": _iso(item.signed_on),
        }

    def from_plain(self, value: dict[str, Any]) -> SignatorySpec:
        """The signatory :meth:`to_plain` made."""
        return SignatorySpec(
            int(value["organisation_id"]), value.get("signed_by"), _day(value.get("signed_on"))
        )

    def signatories(self) -> list[tuple[int, str]]:
        """The organisations signing now, in order: (id, name)."""
        names = dict(self.organisations)
        return [(s.organisation_id, names.get(s.organisation_id, "?")) for s in self.model.items]


class CommitmentsField(LinesField):
    """The signatories' commitments."""

    def __init__(
        self,
        organisations: Sequence[tuple[int, str]],
        signatories: Names,
        parent: QWidget | None = None,
    ) -> None:
        names = dict(organisations)
        super().__init__(CommitmentsModel(lambda oid: names.get(oid, "?")), "Commitment", parent)
        self.signatories = signatories
        self.words(
            self.tr("&Add a commitment…"),
            self.tr("&Edit…"),
            self.tr("Re&move"),
            self.tr("Commitments"),
        )
        self.stretch(2)

    def make_dialog(self, current: CommitmentSpec | None) -> CommitmentDialog:
        """One commitment's dialog, among the signatories of the moment."""
        return CommitmentDialog(current, self.signatories(), self)

    def to_plain(self, item: CommitmentSpec) -> dict[str, Any]:
        """A commitment as plain values."""
        return {
            "organisation_id": item.organisation_id,
            "kind": item.kind.value,
            "description": item.description,
            "amount": None if item.amount is None else str(item.amount),
        }

    def from_plain(self, value: dict[str, Any]) -> CommitmentSpec:
        """The commitment :meth:`to_plain` made."""
        return CommitmentSpec(
            int(value["organisation_id"]),
            CommitmentKind(value["kind"]),
            str(value["description"]),
            _decimal(value.get("amount")),
        )


class AmendmentsField(LinesField):
    """The convention's amendments."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(AmendmentsModel(), "Amendment", parent)
        self.today = today
        self.words(
            self.tr("&Add an amendment…"),
            self.tr("&Edit…"),
            self.tr("Re&move"),
            self.tr("Amendments"),
        )
        self.stretch(1)

    def make_dialog(self, current: AmendmentSpec | None) -> AmendmentDialog:
        """One amendment's dialog."""
        return AmendmentDialog(current, self, self.today)

    def to_plain(self, item: AmendmentSpec) -> dict[str, Any]:
        """An amendment as plain values."""
        return {
            "signed_on": item.signed_on.isoformat(),
            "text": item.text,
            "new_end": _iso(item.new_end),
        }

    def from_plain(self, value: dict[str, Any]) -> AmendmentSpec:
        """The amendment :meth:`to_plain` made."""
        signed_on = _day(value.get("signed_on"))
        assert signed_on is not None
        return AmendmentSpec(signed_on, str(value["text"]), _day(value.get("new_end")))


# ---------------------------------------------------------------- the editor

FIELD_OF_ERROR = {
    "signed_by": "signatories",
    "signed_on": "signatories",
    "commitment_kind": "commitments",
    "commitment": "commitments",
    "commitment_amount": "commitments",
    "amendment_signed_on": "amendments",
    "amendment_text": "amendments",
    "new_end": "amendments",
}
"""The service's fields of one line, and the list whose error line says them."""


class ConventionDialog(EditorDialog):
    """Create or edit a convention and everything it says."""

    HELP_TOPIC = "partnership"

    def __init__(
        self,
        info: ConventionInfo | None,
        organisations: Sequence[tuple[int, str]],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conventionEditor")
        self.info = info
        self.setWindowTitle(self.tr("New convention") if info is None else self.tr("Convention"))
        self.title = QLineEdit(self)
        self.title.setObjectName("conventionTitle")
        self.title.setPlaceholderText(self.tr("e.g. Partnership convention of the network"))
        self.object = QPlainTextEdit(self)
        self.object.setObjectName("conventionObject")
        self.object.setTabChangesFocus(True)
        self.object.setPlaceholderText(self.tr("What the partners agree to do together"))
        self.object.setFixedHeight(self.object.fontMetrics().lineSpacing() * 4 + 14)
        self.object.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.starts_on = date_field(self, "conventionStart", dt.date(today.year, 1, 1))
        self.ends_on = date_field(self, "conventionEnd", dt.date(today.year + 2, 12, 31))
        self.add_field(self.tr("&Title:"), self.title, "title")
        self.add_field(self.tr("O&bject:"), self.object, "object")
        self.add_field(self.tr("&From:"), self.starts_on, "starts_on")
        self.add_field(self.tr("&Until:"), self.ends_on, "ends_on")

        self.signatories = SignatoriesField(organisations, self)
        self.commitments = CommitmentsField(organisations, self.signatories.signatories, self)
        self.amendments = AmendmentsField(today, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("conventionLists")
        self.lists: dict[str, tuple[LinesField, int, str]] = {}
        for field, key, words in (
            (self.signatories, "signatories", self.tr("&Signatories (%1)")),
            (self.commitments, "commitments", self.tr("Co&mmitments (%1)")),
            (self.amendments, "amendments", self.tr("Amen&dments (%1)")),
        ):
            page = QWidget(self.tabs)
            column = QVBoxLayout(page)
            field.setParent(page)
            column.addWidget(field, 1)
            error = QLabel(page)
            error.setObjectName(f"{key}Error")
            error.setStyleSheet(error_style())
            error.setWordWrap(True)
            error.hide()
            column.addWidget(error)
            self._errors[key] = error
            self._error_fields[key] = field
            index = self.tabs.addTab(page, words.replace("%1", "0"))
            self.lists[key] = (field, index, words)
            field.counted = self._counter(index, words)
        self.form.addRow(self.tabs)
        self.finish_layout(first=self.title)
        if info is not None:
            spec = info.spec
            self.title.setText(spec.title)
            self.title.setCursorPosition(0)  # the start of a long title in view
            self.object.setPlainText(spec.object or "")
            self.starts_on.setDate(qdate(spec.starts_on))
            self.ends_on.setDate(qdate(spec.ends_on))
            self.signatories.set_items(spec.signatories)
            self.commitments.set_items(spec.commitments)
            self.amendments.set_items(spec.amendments)
        self.fields.line_edit(self.title)
        self.fields.plain_text(self.object)
        self.fields.date(self.starts_on)
        self.fields.date(self.ends_on)
        for field in (self.signatories, self.commitments, self.amendments):
            self.fields.bind(field, field.changed, field.value, field.set_value)
        self.fields.reset()

    def sizeHint(self) -> QSize:
        """Room for the form and six lines of a list, seen whole (the screen may cut it)."""
        return super().sizeHint().expandedTo(QSize(780, 660))

    def _counter(self, index: int, words: str) -> Callable[[int], None]:
        """What shows a list's count in its tab's title."""
        return lambda count: self.tabs.setTabText(index, words.replace("%1", str(count)))

    def spec(self) -> ConventionSpec:
        """What the form says."""
        return ConventionSpec(
            title=self.title.text(),
            starts_on=pydate(self.starts_on.date()),
            ends_on=pydate(self.ends_on.date()),
            object=self.object.toPlainText(),
            signatories=tuple(self.signatories.items()),
            commitments=tuple(self.commitments.items()),
            amendments=tuple(self.amendments.items()),
        )

    def show_error(self, error: BaseException) -> None:
        """Say why saving failed under the field, or the list (its tab shown), concerned."""
        self.set_busy(False)
        field = getattr(error, "field", "")
        field = FIELD_OF_ERROR.get(field, field)
        label = self.error_label(field)
        label.setStyleSheet(error_style())
        label.setText(validation_text(error))
        label.show()
        if field in self.lists:
            _list, index, _words = self.lists[field]
            self.tabs.setCurrentIndex(index)
        widget = self._error_fields.get(field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
