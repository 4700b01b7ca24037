"""Tables of the partnership page: conventions, funders, grants, the year's sums, the budget.

Amounts are shown the French way (``12 500,00 €``, :func:`~vpi_groups.ui.models.labels.euros`)
and sorted as amounts; amounts typed in the editors are read by :func:`read_amount`.
The lists inside the convention and grant editors (signatories, commitments,
amendments, payments) are small models over the services' specs, with the ``items``
and ``set_items`` a :class:`~vpi_groups.ui.editors.record_list.RecordListField` needs;
the page shows the selected convention's lists with the same models.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont

from vpi_groups import labels
from vpi_groups.language import alphabetical, of_locale
from vpi_groups.programme.funding import (
    PARTNERS_SERIES,
    PROGRAMME_WIDE,
    BudgetLineInfo,
    FunderInfo,
    FundingHistory,
    GrantInfo,
    InKindRow,
    MoneyRow,
    PaymentSpec,
)
from vpi_groups.programme.partnership import (
    AmendmentSpec,
    CommitmentSpec,
    ConventionInfo,
    SignatorySpec,
)
from vpi_groups.ui.models.labels import NARROW_NBSP, NBSP, date_text, euros
from vpi_groups.ui.models.table import Index, Row, RowTableModel

translate = QCoreApplication.translate
_ROOT = QModelIndex()
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
TOTAL_ID = -1
"""The row id of a table's total line."""


def code_label(code: StrEnum) -> str:
    """The words of a coded value (a kind of funder, a budget category...) in the UI language."""
    return labels.label(code, of_locale(QLocale().name()))


def money(amount: Decimal | None) -> str:
    """An amount as shown in the tables (``12 500,00 €``); "" for None."""
    return "" if amount is None else euros(amount)


# ---------------------------------------------------------------- typing amounts

_SPACES = (" ", NBSP, NARROW_NBSP, "\u2009", "€")
_PLAIN = re.compile(r"\d+(?:[.,]\d+)?")  # 12500 / 12500,50 / 12500.5
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")  # 12.500,50 (dots between thousands)


def read_amount(text: str) -> Decimal | None:
    """Read an amount in euros as typed: ``12500``, ``12 500``, ``12500,50``, ``12 500 €``.

    Spaces between thousands and the euro sign are left out; the decimal separator is a
    comma or a point. Blank is None. Cents beyond two and amounts out of range are left
    to the services, which say so in their own words.

    Raises:
        ValueError: the text is not an amount ("abc", "12,50,3", "1e5", "-5").
    """
    cleaned = text.strip()
    for space in _SPACES:
        cleaned = cleaned.replace(space, "")
    if not cleaned:
        return None
    if _GROUPED.fullmatch(cleaned):
        cleaned = cleaned.replace(".", "")
    elif not _PLAIN.fullmatch(cleaned):
        raise ValueError(text)
    try:
        return Decimal(cleaned.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the patterns above only let numbers through
        raise ValueError(text) from None


def amount_text(amount: Decimal | None) -> str:
    """An amount as put in a field to edit: ``12500,50`` (no spaces, no euro sign)."""
    if amount is None:
        return ""
    shown = euros(amount).replace(NARROW_NBSP, "").replace(NBSP + "€", "")
    return shown.removesuffix(",00")


# ---------------------------------------------------------------- read-only tables


class AmountTable(RowTableModel):
    """A table whose amount columns are aligned right; a total line in bold, kept last."""

    AMOUNTS: tuple[int, ...] = ()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """As :class:`RowTableModel`; amounts aligned right, the total line in bold."""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.isValid() and index.column() in self.AMOUNTS:
                return RIGHT
            return None
        if (
            role == Qt.ItemDataRole.FontRole
            and index.isValid()
            and 0 <= index.row() < self.rowCount()
            and self.row_id(index.row()) == TOTAL_ID
        ):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        """Sort the lines; the total line stays last."""
        total = [r for r in self._rows if r.row_id == TOTAL_ID]
        self._rows = [r for r in self._rows if r.row_id != TOTAL_ID]
        super()._sort_rows(column, order)
        self._rows += total


class ConventionModel(AmountTable):
    """Conventions: title, start, end as amended, signatories."""

    TITLE, START, END, SIGNATORIES = range(4)
    AMOUNTS = (SIGNATORIES,)

    def headers(self) -> tuple[str, ...]:
        """Column titles."""
        return (
            self.tr("Title"),
            self.tr("From"),
            self.tr("Until (as amended)"),
            self.tr("Signatories"),
        )

    def set_conventions(self, conventions: Iterable[ConventionInfo]) -> None:
        """Show these conventions."""
        rows = []
        for info in conventions:
            spec = info.spec
            end = info.effective_end
            end_text = date_text(end)
            if end != spec.ends_on:
                end_text = self.tr("%1 (amended)").replace("%1", end_text)
            count = len(spec.signatories)
            rows.append(
                Row(
                    (spec.title, date_text(spec.starts_on), end_text, QLocale().toString(count)),
                    (alphabetical(spec.title), spec.starts_on, end, count),
                    info.id,
                )
            )
        self.set_rows(rows)


class FunderModel(AmountTable):
    """Funders: name, kind, programmes, the partner it is in the directory, grants."""

    NAME, KIND, PROGRAMMES, PARTNER, GRANTS = range(5)
    AMOUNTS = (GRANTS,)

    def headers(self) -> tuple[str, ...]:
        """Column titles."""
        return (
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Programmes"),
            self.tr("Partner in the directory"),
            self.tr("Grants"),
        )

    def set_funders(
        self,
        funders: Iterable[FunderInfo],
        organisations: Mapping[int, str],
        grants: Mapping[int, int],
    ) -> None:
        """Show these funders; ``grants`` counts each one's grants, every year."""
        rows = []
        for info in funders:
            spec = info.spec
            kind = code_label(spec.kind)
            programmes = ", ".join(spec.programmes)
            partner = (
                "" if spec.organisation_id is None else organisations.get(spec.organisation_id, "")
            )
            count = grants.get(info.id, 0)
            rows.append(
                Row(
                    (spec.name, kind, programmes, partner, QLocale().toString(count)),
                    (
                        alphabetical(spec.name),
                        alphabetical(kind),
                        alphabetical(programmes),
                        alphabetical(partner),
                        count,
                    ),
                    info.id,
                )
            )
        self.set_rows(rows)


def programme_wide() -> str:
    """The words of "the programme as a whole": a grant or a budget line for no one action.

    The services name it in French (:data:`~vpi_groups.programme.funding.PROGRAMME_WIDE`);
    the window says it in the interface language.
    """
    return translate("Partnership", "Programme (as a whole)")


def partners_series() -> str:
    """The words of the partners' money contributions, as a series of the chart."""
    return translate("Partnership", "Partners (contributions)")


class GrantModel(AmountTable):
    """A year's grants: funder, programme, action, requested, granted, paid, to receive."""

    FUNDER, PROGRAMME, ACTION, REQUESTED, GRANTED, PAID, REMAINING = range(7)
    AMOUNTS = (REQUESTED, GRANTED, PAID, REMAINING)

    def headers(self) -> tuple[str, ...]:
        """Column titles."""
        return (
            self.tr("Funder"),
            self.tr("Programme"),
            self.tr("Action"),
            self.tr("Requested"),
            self.tr("Granted"),
            self.tr("Paid"),
            self.tr("To receive"),
        )

    def set_grants(self, grants: Iterable[GrantInfo]) -> None:
        """Show these grants (not decided yet: the granted column says so)."""
        pending, refused = self.tr("pending"), self.tr("refused")
        whole = programme_wide()
        rows = []
        for info in grants:
            spec = info.spec
            action = info.action_title or whole
            granted = (
                pending
                if spec.granted is None
                else refused
                if spec.granted == 0
                else money(spec.granted)
            )
            rows.append(
                Row(
                    (
                        info.funder_name,
                        info.programme_name or "",
                        action,
                        money(spec.requested),
                        granted,
                        money(info.paid),
                        money(info.remaining),
                    ),
                    (
                        alphabetical(info.funder_name),
                        alphabetical(info.programme_name or ""),
                        (info.action_title is None, alphabetical(action)),
                        spec.requested,
                        spec.granted,
                        info.paid,
                        info.remaining,
                    ),
                    info.id,
                )
            )
        self.set_rows(rows)


class MoneyModel(AmountTable):
    """Sums of a year's grants (by funder or by action), with the total line last."""

    LABEL, REQUESTED, GRANTED, PAID, REMAINING = range(5)
    AMOUNTS = (REQUESTED, GRANTED, PAID, REMAINING)

    def __init__(self, first: Callable[[], str], parent: QObject | None = None) -> None:
        """``first``: the first column's title, translated ("Funder", "Action")."""
        super().__init__(parent)
        self._first = first

    def headers(self) -> tuple[str, ...]:
        """Column titles."""
        return (
            self._first(),
            self.tr("Requested"),
            self.tr("Granted"),
            self.tr("Paid"),
            self.tr("To receive"),
        )

    def set_sums(self, lines: Sequence[MoneyRow], total: MoneyRow | None) -> None:
        """Show these sums, then the total (none: no total line)."""
        rows = []
        whole = programme_wide()
        for number, line in enumerate(lines):
            label = whole if line.label == PROGRAMME_WIDE else line.label
            rows.append(self._row(label, line, number))
        if total is not None and lines:
            rows.append(self._row(self.tr("Total"), total, TOTAL_ID))
        self.set_rows(rows)

    def _row(self, label: str, line: MoneyRow, row_id: int) -> Row:
        return Row(
            (
                label,
                money(line.requested),
                money(line.granted),
                money(line.paid),
                money(line.remaining),
            ),
            (
                (label == programme_wide(), alphabetical(label)),
                line.requested,
                line.granted,
                line.paid,
                line.remaining,
            ),
            row_id,
        )


class BudgetModel(AmountTable):
    """A year's budget lines: category, label, action, planned, actual, gap; total last."""

    CATEGORY, LABEL, ACTION, PLANNED, ACTUAL, GAP = range(6)
    AMOUNTS = (PLANNED, ACTUAL, GAP)

    def headers(self) -> tuple[str, ...]:
        """Column titles."""
        return (
            self.tr("Category"),
            self.tr("Label"),
            self.tr("Action"),
            self.tr("Planned"),
            self.tr("Actual"),
            self.tr("Gap"),
        )

    def set_lines(self, lines: Sequence[BudgetLineInfo], planned: Decimal, actual: Decimal) -> None:
        """Show these lines, then their totals. The gap is actual minus planned."""
        whole = programme_wide()
        rows = []
        for info in lines:
            spec = info.spec
            category = code_label(spec.category)
            gap = None if spec.actual is None else spec.actual - spec.planned
            action = info.action_title or whole
            rows.append(
                Row(
                    (
                        category,
                        spec.label,
                        action,
                        money(spec.planned),
                        money(spec.actual),
                        signed_money(gap),
                    ),
                    (
                        category,  # "60 – Achats": in the order of the accounts
                        alphabetical(spec.label),
                        (info.action_title is None, alphabetical(action)),
                        spec.planned,
                        spec.actual,
                        gap,
                    ),
                    info.id,
                )
            )
        if lines:
            rows.append(
                Row(
                    (
                        self.tr("Total"),
                        "",
                        "",
                        money(planned),
                        money(actual),
                        signed_money(actual - planned),
                    ),
                    ("", "", "", planned, actual, actual - planned),
                    TOTAL_ID,
                )
            )
        self.set_rows(rows)


def signed_money(amount: Decimal | None) -> str:
    """A gap: ``+1 200,00 €`` over, ``-300,00 €`` under, "" when not known."""
    if amount is None:
        return ""
    return ("+" if amount > 0 else "") + euros(amount)


class InKindModel(AmountTable):
    """The partners' help in kind of a year: partner, what, estimated value, action."""

    PARTNER, WHAT, VALUE, ACTION = range(4)
    AMOUNTS = (VALUE,)

    def headers(self) -> tuple[str, ...]:
        """Column titles."""
        return (
            self.tr("Partner"),
            self.tr("In kind"),
            self.tr("Estimated value"),
            self.tr("Action"),
        )

    def set_help(self, rows_in_kind: Sequence[InKindRow]) -> None:
        """Show these contributions in kind."""
        whole = programme_wide()
        rows = []
        for number, line in enumerate(rows_in_kind):
            action = line.action_title or whole
            rows.append(
                Row(
                    (line.organisation, line.what, money(line.value), action),
                    (
                        alphabetical(line.organisation),
                        alphabetical(line.what),
                        line.value,
                        (line.action_title is None, alphabetical(action)),
                    ),
                    number,
                )
            )
        self.set_rows(rows)


class HistoryModel(QAbstractTableModel):
    """The amounts of :class:`FundingHistory` as text: one line per series, one column a year.

    What the chart draws, readable by a screen reader and copyable: the last line is
    each year's total.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.years: tuple[int, ...] = ()
        self.series: tuple[tuple[str, tuple[Decimal, ...]], ...] = ()

    def set_history(self, history: FundingHistory | None) -> None:
        """Show this history (None: nothing)."""
        self.beginResetModel()
        if history is None or not history.years:
            self.years, self.series = (), ()
        else:
            self.years = history.years
            self.series = tuple(
                (partners_series() if name == PARTNERS_SERIES else name, values)
                for name, values in history.series
            )
        self.endResetModel()

    def totals(self) -> tuple[Decimal, ...]:
        """Each year's total over every series."""
        return tuple(
            sum((values[i] for _name, values in self.series), Decimal(0))
            for i in range(len(self.years))
        )

    def rowCount(self, parent: Index = _ROOT) -> int:
        """One line per series, and the total line."""
        if parent.isValid() or not self.series:
            return 0
        return len(self.series) + 1

    def columnCount(self, parent: Index = _ROOT) -> int:
        """The name, then one column per year."""
        return 0 if parent.isValid() else 1 + len(self.years)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A series' name or its amount of one year; the totals on the last line."""
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row, column = index.row(), index.column()
        if not 0 <= column < self.columnCount():
            return None
        total = row == len(self.series)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return self.tr("Total") if total else self.series[row][0]
            values = self.totals() if total else self.series[row][1]
            return euros(values[column - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The first column's title ("Funder"), then the years."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Funder")
        if 1 <= section <= len(self.years):
            return str(self.years[section - 1])
        return None


# ---------------------------------------------------------------- lists inside the editors


class SpecListModel(QAbstractTableModel):
    """Specs of one kind, one per line, read only (the editors change them by dialog)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[Any] = []

    def set_items(self, items: Sequence[Any]) -> None:
        """Show these specs."""
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        """The column titles, translated."""
        return ()

    def cells(self, item: Any) -> tuple[str, ...]:
        """The texts of one line."""
        raise NotImplementedError

    AMOUNTS: tuple[int, ...] = ()

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Lines shown."""
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Columns shown."""
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Each cell's text (the whole text as its tooltip); amounts aligned right."""
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        if not 0 <= index.column() < self.columnCount():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.cells(self.items[index.row()])[index.column()]
            return text.replace("\n", " ") if role == Qt.ItemDataRole.DisplayRole else text
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.AMOUNTS:
            return RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The columns' titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None


class SignatoriesModel(SpecListModel):
    """Signatories: organisation, signed by, signed on."""

    def __init__(self, names: Callable[[int], str], parent: QObject | None = None) -> None:
        """``names`` gives an organisation's name from its id."""
        super().__init__(parent)
        self.names = names

    def headers(self) -> tuple[str, ...]:
        """Column titles."""
        return (self.tr("Organisation"), self.tr("Signed by"), self.tr("Signed on"))

    def cells(self, item: SignatorySpec) -> tuple[str, ...]:
        """The organisation's name, who signed, when."""
        return (self.names(item.organisation_id), item.signed_by or "", date_text(item.signed_on))


class CommitmentsModel(SpecListModel):
    """Commitments: signatory, kind, description, amount or value."""

    AMOUNTS = (3,)

    def __init__(self, names: Callable[[int], str], parent: QObject | None = None) -> None:
        """``names`` gives an organisation's name from its id."""
        super().__init__(parent)
        self.names = names

    def headers(self) -> tuple[str, ...]:
        """Column titles."""
        return (
            self.tr("Signatory"),
            self.tr("Commitment"),
            self.tr("Description"),
            self.tr("Amount or value"),
        )

    def cells(self, item: CommitmentSpec) -> tuple[str, ...]:
        """Whose, what kind, what, how much."""
        return (
            self.names(item.organisation_id),
            code_label(item.kind),
            item.description,
            money(item.amount),
        )


class AmendmentsModel(SpecListModel):
    """Amendments: signed on, what they change, the convention's new end."""

    def headers(self) -> tuple[str, ...]:
        """Column titles."""
        return (self.tr("Signed on"), self.tr("Amendment"), self.tr("New end"))

    def cells(self, item: AmendmentSpec) -> tuple[str, ...]:
        """When, what, until when."""
        return (date_text(item.signed_on), item.text, date_text(item.new_end))


class PaymentsModel(SpecListModel):
    """Payments received on a grant: date, amount."""

    AMOUNTS = (1,)

    def headers(self) -> tuple[str, ...]:
        """Column titles."""
        return (self.tr("Paid on"), self.tr("Amount"))

    def cells(self, item: PaymentSpec) -> tuple[str, ...]:
        """When, how much."""
        return (date_text(item.paid_on), money(item.amount))
