"""Editors of the programme's money: funders, a year's grants (and their payments), budget lines.

Amounts are typed in euros, French or English style ("12500", "12 500", "12500,50");
one that is not an amount is said under its field before anything is sent. The rest
is checked by the services, whose refusal is said under the field concerned; nothing
typed is lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from vpi_groups.programme.funding import (
    BudgetCategory,
    BudgetLineInfo,
    BudgetLineSpec,
    FunderInfo,
    FunderKind,
    FunderSpec,
    GrantInfo,
    GrantSpec,
    PaymentSpec,
)
from vpi_groups.ui.editing import EditorDialog
from vpi_groups.ui.editors.convention import (
    LineDialog,
    LinesField,
    amount_field,
    amount_refused,
    date_field,
    pydate,
    qdate,
)
from vpi_groups.ui.errors import error_style
from vpi_groups.ui.models.labels import euros
from vpi_groups.ui.models.partnership import (
    PaymentsModel,
    amount_text,
    code_label,
    programme_wide,
    read_amount,
)
from vpi_groups.ui.widgets import (
    date_value,
    optional_date,
    say_unchosen,
    set_date_value,
    start_unchosen,
)

Choices = Sequence[tuple[int, str]]
"""Records offered by a list: (id, name), in the order shown."""


def _amounts_refused(dialog: EditorDialog, fields: Sequence[tuple[QLineEdit, str, bool]]) -> bool:
    """Say under each amount field what is wrong with it; True if one was refused.

    ``fields``: each field, its error line's key and whether it is required.
    """
    first: QLineEdit | None = None
    for field, key, required in fields:
        try:
            value = read_amount(field.text())
        except ValueError:
            text = amount_refused()
        else:
            if value is not None or not required:
                continue
            text = dialog.tr("Enter the amount, in euros.")
        label = dialog.error_label(key)
        label.setStyleSheet(error_style())
        label.setText(text)
        label.show()
        first = first or field
    if first is not None:
        first.setFocus()
    return first is not None


def _action_combo(parent: QWidget, name: str, actions: Choices, chosen: int | None) -> QComboBox:
    """The programme as a whole, then the year's actions."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.addItem(programme_wide(), None)
    for action_id, title in actions:
        combo.addItem(title, action_id)
    combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
    return combo


def _money_row(parent: QWidget, amount: QLineEdit, day: QWidget, on: str) -> QWidget:
    """An amount and its date on one line: ``[ 12 500 ] €  on [ date ]``."""
    row = QWidget(parent)
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    amount.setParent(row)
    line.addWidget(amount)
    line.addWidget(QLabel("€", row))
    line.addSpacing(12)
    label = QLabel(on, row)
    label.setBuddy(day)
    line.addWidget(label)
    day.setParent(row)
    line.addWidget(day)
    line.addStretch(1)
    row.setFocusProxy(amount)
    return row


# ---------------------------------------------------------------- funders


class FunderDialog(EditorDialog):
    """Create or edit a funder and the names of its programmes."""

    HELP_TOPIC = "partnership"

    def __init__(
        self, info: FunderInfo | None, organisations: Choices, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("funderEditor")
        self.info = info
        self.setWindowTitle(self.tr("New funder") if info is None else self.tr("Funder"))
        self.name = QLineEdit(self)
        self.name.setObjectName("funderName")
        self.name.setPlaceholderText(self.tr("e.g. Prefecture (State)"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("funderKind")
        for kind in FunderKind:
            self.kind.addItem(code_label(kind), kind.value)
        start_unchosen(self.kind, self.tr("Choose…"))
        self.partner = QComboBox(self)
        self.partner.setObjectName("funderPartner")
        self.partner.addItem(self.tr("(none)"), None)
        for organisation_id, name in organisations:
            self.partner.addItem(name, organisation_id)
        self.partner.setToolTip(
            self.tr("The same organisation in the directory, when the funder is a partner too")
        )
        self.programmes = QPlainTextEdit(self)
        self.programmes.setObjectName("funderProgrammes")
        self.programmes.setTabChangesFocus(True)
        self.programmes.setPlaceholderText(self.tr("One per line, e.g.\nFIPD\nREAAP"))
        self.programmes.setFixedHeight(self.programmes.fontMetrics().lineSpacing() * 4 + 12)
        self.add_field(self.tr("&Name:"), self.name, "name")
        self.add_field(self.tr("&Kind:"), self.kind, "funder_kind")
        self.add_field(self.tr("&Partner in the directory:"), self.partner, "organisation_id")
        self.add_field(self.tr("P&rogrammes or funds:"), self.programmes, "programmes")
        self.finish_layout()
        if info is not None:
            spec = info.spec
            self.name.setText(spec.name)
            self.kind.setCurrentIndex(self.kind.findData(spec.kind.value))
            self.partner.setCurrentIndex(max(0, self.partner.findData(spec.organisation_id)))
            self.programmes.setPlainText("\n".join(spec.programmes))
        self.fields.line_edit(self.name)
        self.fields.combo(self.kind)
        self.fields.combo(self.partner)
        self.fields.plain_text(self.programmes)
        self.fields.reset()
        self.resize(520, self.sizeHint().height())

    def ready_to_save(self) -> bool:
        """Refuse to save while no kind is chosen (said next to it)."""
        return not say_unchosen(
            [(self.kind, self.error_label("funder_kind"), self.tr("Choose the kind of funder."))]
        )

    def spec(self) -> FunderSpec:
        """What the form says; one programme a line, blank lines left out."""
        lines = (line.strip() for line in self.programmes.toPlainText().splitlines())
        return FunderSpec(
            name=self.name.text(),
            kind=FunderKind(self.kind.currentData()),
            organisation_id=self.partner.currentData(),
            programmes=tuple(line for line in lines if line),
        )


# ---------------------------------------------------------------- grants


class PaymentDialog(LineDialog):
    """One payment received: when, how much."""

    def __init__(self, spec: PaymentSpec | None, parent: QWidget, today: dt.date) -> None:
        super().__init__(
            self.tr("Payment") if spec else self.tr("New payment"),
            "paymentEditor",
            parent,
            another=spec is None,
        )
        self.paid_on = date_field(self, "paymentDate", today)
        self.amount = amount_field(self, "paymentAmount", self.tr("e.g. 6 000"))
        self.form.addRow(self.tr("Paid &on:"), self.paid_on)
        self.form.addRow(self.tr("&Amount (€):"), self.amount)
        if spec is not None:
            self.paid_on.setDate(qdate(spec.paid_on))
            self.amount.setText(amount_text(spec.amount))
        self.finish(self.paid_on)

    def check(self) -> tuple[str, QWidget] | None:
        """An amount is required, and must be one."""
        try:
            value = read_amount(self.amount.text())
        except ValueError:
            return amount_refused(), self.amount
        if value is None:
            return self.tr("Enter the amount received, in euros."), self.amount
        return None

    def spec(self) -> PaymentSpec:
        """The payment as typed (once :meth:`check` found nothing wrong)."""
        amount = read_amount(self.amount.text())
        assert amount is not None
        return PaymentSpec(pydate(self.paid_on.date()), amount)


class PaymentsField(LinesField):
    """The payments received on a grant."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(PaymentsModel(), "Payment", parent)
        self.today = today
        self.words(
            self.tr("Add a pa&yment…"),
            self.tr("Edit the pa&yment…"),
            self.tr("Remove the payme&nt"),
            self.tr("Payments received"),
        )

    def make_dialog(self, current: PaymentSpec | None) -> PaymentDialog:
        """One payment's dialog."""
        return PaymentDialog(current, self, self.today)

    def to_plain(self, item: PaymentSpec) -> dict[str, Any]:
        """A payment as plain values."""
        return {"paid_on": item.paid_on.isoformat(), "amount": str(item.amount)}

    def from_plain(self, value: dict[str, Any]) -> PaymentSpec:
        """The payment :meth:`to_plain` made."""
        return PaymentSpec(dt.date.fromisoformat(value["paid_on"]), Decimal(value["amount"]))


class GrantDialog(EditorDialog):
    """Create or edit one grant of a year: whom it is asked of, for what, and its money."""

    HELP_TOPIC = "partnership"

    def __init__(
        self,
        info: GrantInfo | None,
        year: int,
        funders: Sequence[FunderInfo],
        actions: Choices,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("grantEditor")
        self.info = info
        self.year = info.spec.year if info is not None else year
        self.funders = {f.id: f for f in funders}
        self.setWindowTitle(
            (self.tr("New grant, %1") if info is None else self.tr("Grant, %1")).replace(
                "%1", str(self.year)
            )
        )
        spec = info.spec if info is not None else None
        self.funder = QComboBox(self)
        self.funder.setObjectName("grantFunder")
        for funder in funders:
            self.funder.addItem(funder.spec.name, funder.id)
        start_unchosen(self.funder, self.tr("Choose…"))
        self.programme = QComboBox(self)
        self.programme.setObjectName("grantProgramme")
        self.action = _action_combo(
            self, "grantAction", actions, None if spec is None else spec.action_id
        )
        self.requested = amount_field(self, "grantRequested", self.tr("e.g. 12 500"))
        self.requested_on = optional_date(self, "grantRequestedOn")
        self.granted = amount_field(self, "grantGranted", self.tr("blank: pending"))
        self.granted.setToolTip(self.tr("Leave blank while it is not decided; 0 if refused"))
        self.granted_on = optional_date(self, "grantGrantedOn")
        self.payments = PaymentsField(today, self)
        self.summary = QLabel(self)
        self.summary.setObjectName("grantSummary")
        year_label = QLabel(str(self.year), self)
        year_label.setObjectName("grantYear")
        self.form.addRow(self.tr("Year:"), year_label)
        self.add_field(self.tr("&Funder:"), self.funder, "funder_id")
        self.add_field(self.tr("&Programme:"), self.programme, "programme_id")
        self.add_field(self.tr("&Action:"), self.action, "action_id")
        self.add_field(
            self.tr("Re&quested:"),
            _money_row(self, self.requested, self.requested_on, self.tr("as&ked on")),
            "requested",
        )
        self.add_field(
            self.tr("&Granted:"),
            _money_row(self, self.granted, self.granted_on, self.tr("grante&d on")),
            "granted",
        )
        self.add_field(self.tr("Pa&yments:"), self.payments, "payments")
        self.form.addRow("", self.summary)
        # the dates' own error lines: the service names them apart
        self._errors["granted_on"] = self._errors["granted"]
        self._error_fields["granted_on"] = self.granted_on
        self._errors["requested_on"] = self._errors["requested"]
        self._error_fields["requested_on"] = self.requested_on
        self._errors["paid_on"] = self._errors["payments"]
        self._error_fields["paid_on"] = self.payments
        self._errors["year"] = self._errors["action_id"]
        self.funder.currentIndexChanged.connect(lambda _i: self._fill_programmes())
        self.finish_layout(first=self.funder)
        if spec is not None:
            self.funder.setCurrentIndex(self.funder.findData(spec.funder_id))
            self._fill_programmes(spec.programme_id)
            self.requested.setText(amount_text(spec.requested))
            set_date_value(self.requested_on, spec.requested_on)
            self.granted.setText(amount_text(spec.granted))
            set_date_value(self.granted_on, spec.granted_on)
            self.payments.set_items(spec.payments)
        else:
            self._fill_programmes()
        self.granted.textChanged.connect(lambda _t: self._sum_up())
        self.payments.changed.connect(self._sum_up)
        self._sum_up()
        self.fields.combo(self.funder)
        self.fields.combo(self.programme)
        self.fields.combo(self.action)
        self.fields.line_edit(self.requested)
        self.fields.date(self.requested_on)
        self.fields.line_edit(self.granted)
        self.fields.date(self.granted_on)
        self.fields.bind(
            self.payments, self.payments.changed, self.payments.value, self.payments.set_value
        )
        self.fields.reset()
        self.resize(max(620, self.sizeHint().width()), self.sizeHint().height())

    def _fill_programmes(self, chosen: int | None = None) -> None:
        """The chosen funder's programmes (none chosen: "(none)" only)."""
        keep = chosen if chosen is not None else self.programme.currentData()
        funder = self.funders.get(self.funder.currentData())
        self.programme.blockSignals(True)
        self.programme.clear()
        self.programme.addItem(self.tr("(none)"), None)
        if funder is not None:
            for programme_id, name in zip(
                funder.programme_ids, funder.spec.programmes, strict=True
            ):
                self.programme.addItem(name, programme_id)
        self.programme.setCurrentIndex(max(0, self.programme.findData(keep)))
        self.programme.blockSignals(False)
        self.programme.setEnabled(self.programme.count() > 1)

    def _sum_up(self) -> None:
        """Say what was paid and what is still to be received, as typed."""
        paid = sum((p.amount for p in self.payments.items()), Decimal(0))
        try:
            granted = read_amount(self.granted.text())
        except ValueError:
            granted = None
        if granted is None:
            text = self.tr("Paid: %1. Not granted yet.").replace("%1", euros(paid))
        else:
            text = (
                self.tr("Paid: %1. To receive: %2.")
                .replace("%1", euros(paid))
                .replace("%2", euros(granted - paid))
            )
        self.summary.setText(text)

    def ready_to_save(self) -> bool:
        """A funder chosen, and amounts that are amounts (the amount asked required)."""
        unchosen = say_unchosen(
            [(self.funder, self.error_label("funder_id"), self.tr("Choose the funder."))]
        )
        refused = _amounts_refused(
            self, [(self.requested, "requested", True), (self.granted, "granted", False)]
        )
        return not unchosen and not refused

    def spec(self) -> GrantSpec:
        """What the form says (once :meth:`ready_to_save` found nothing wrong)."""
        requested = read_amount(self.requested.text())
        assert requested is not None
        return GrantSpec(
            funder_id=int(self.funder.currentData()),
            year=self.year,
            requested=requested,
            action_id=self.action.currentData(),
            programme_id=self.programme.currentData(),
            requested_on=date_value(self.requested_on),
            granted=read_amount(self.granted.text()),
            granted_on=date_value(self.granted_on),
            payments=tuple(self.payments.items()),
        )


# ---------------------------------------------------------------- budget lines


class BudgetLineDialog(EditorDialog):
    """Create or edit a line of a year's budget: planned, and actual once known."""

    HELP_TOPIC = "partnership"

    def __init__(
        self,
        info: BudgetLineInfo | None,
        year: int,
        actions: Choices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("budgetLineEditor")
        self.info = info
        self.year = info.spec.year if info is not None else year
        self.setWindowTitle(
            (
                self.tr("New budget line, %1") if info is None else self.tr("Budget line, %1")
            ).replace("%1", str(self.year))
        )
        spec = info.spec if info is not None else None
        self.category = QComboBox(self)
        self.category.setObjectName("budgetCategory")
        for category in BudgetCategory:
            self.category.addItem(code_label(category), category.value)
        start_unchosen(self.category, self.tr("Choose…"))
        self.label = QLineEdit(self)
        self.label.setObjectName("budgetLabel")
        self.label.setPlaceholderText(self.tr("e.g. printing of the posters"))
        self.action = _action_combo(
            self, "budgetAction", actions, None if spec is None else spec.action_id
        )
        self.planned = amount_field(self, "budgetPlanned", self.tr("e.g. 1 200"))
        self.actual = amount_field(self, "budgetActual", self.tr("blank: not known yet"))
        self.add_field(self.tr("&Category:"), self.category, "category")
        self.add_field(self.tr("&Label:"), self.label, "label")
        self.add_field(self.tr("&Action:"), self.action, "action_id", extra=None)
        self.add_field(self.tr("&Planned:"), self.planned, "planned", extra=QLabel("€", self))
        self.add_field(self.tr("A&ctual:"), self.actual, "actual", extra=QLabel("€", self))
        self._errors["year"] = self._errors["action_id"]
        self.finish_layout(first=self.category)
        if spec is not None:
            self.category.setCurrentIndex(self.category.findData(spec.category.value))
            self.label.setText(spec.label)
            self.planned.setText(amount_text(spec.planned))
            self.actual.setText(amount_text(spec.actual))
        self.fields.combo(self.category)
        self.fields.line_edit(self.label)
        self.fields.combo(self.action)
        self.fields.line_edit(self.planned)
        self.fields.line_edit(self.actual)
        self.fields.reset()
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())

    def ready_to_save(self) -> bool:
        """A category chosen, and amounts that are amounts (the amount planned required)."""
        unchosen = say_unchosen(
            [(self.category, self.error_label("category"), self.tr("Choose the category."))]
        )
        refused = _amounts_refused(
            self, [(self.planned, "planned", True), (self.actual, "actual", False)]
        )
        return not unchosen and not refused

    def spec(self) -> BudgetLineSpec:
        """What the form says (once :meth:`ready_to_save` found nothing wrong)."""
        planned = read_amount(self.planned.text())
        assert planned is not None
        return BudgetLineSpec(
            year=self.year,
            category=BudgetCategory(self.category.currentData()),
            label=self.label.text(),
            planned=planned,
            actual=read_amount(self.actual.text()),
            action_id=self.action.currentData(),
        )
