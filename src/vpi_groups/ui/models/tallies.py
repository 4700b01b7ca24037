"""The partners' reception tallies: one line per month and partner, with its totals.

Only counts: the persons received in person and those informed or directed elsewhere,
and their sum. Latest month first, partners in dictionary order within a month (the
order :func:`vpi_groups.programme.tallies.tallies` gives).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt

from vpi_groups.language import alphabetical
from vpi_groups.programme.tallies import TallyLine
from vpi_groups.storage.models import TallyContact
from vpi_groups.ui.models.table import Index, Row, RowTableModel

_MONTHS = 10_000_000_000
"""A line's id: its month (``yyyymm``) times this, plus its partner's id."""


def tally_id(month: dt.date, organisation_id: int) -> int:
    """The id of the line of one partner's month (stable across reloads)."""
    return (month.year * 100 + month.month) * _MONTHS + organisation_id


def month_text(month: dt.date) -> str:
    """A month and its year in the interface language: ``mars 2026``."""
    return QLocale().toString(QDate(month.year, month.month, 1), "MMMM yyyy")


def count_text(persons: int) -> str:
    """A count of persons as the interface language writes numbers (``1 234`` in French)."""
    return QLocale().toString(persons)


def contact_total(line: TallyLine, contact: TallyContact) -> int:
    """The persons of one kind of contact in a line, all genders."""
    return sum(n for (kind, _gender), n in line.counts.items() if kind == contact)


class TallyModel(RowTableModel):
    """Months recorded: month, partner, received in person, informed or directed, total."""

    MONTH, PARTNER, RECEIVED, INFORMED, TOTAL = range(5)
    NUMBERS = (RECEIVED, INFORMED, TOTAL)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: dict[int, TallyLine] = {}

    def headers(self) -> tuple[str, ...]:
        """Column titles."""
        return (
            self.tr("Month"),
            self.tr("Partner"),
            self.tr("Received"),
            self.tr("Informed"),
            self.tr("Total"),
        )

    def set_lines(self, lines: Iterable[TallyLine]) -> None:
        """Show these partners' months (in the order given, unless sorted otherwise)."""
        rows = []
        self._lines = {}
        for line in lines:
            received = contact_total(line, TallyContact.RECEIVED)
            informed = contact_total(line, TallyContact.INFORMED)
            key = tally_id(line.month, line.organisation_id)
            self._lines[key] = line
            rows.append(
                Row(
                    (
                        month_text(line.month),
                        line.organisation,
                        count_text(received),
                        count_text(informed),
                        count_text(line.total),
                    ),
                    (line.month, alphabetical(line.organisation), received, informed, line.total),
                    key,
                )
            )
        self.set_rows(rows)

    def clear(self) -> None:
        """Drop every line."""
        self._lines = {}
        super().clear()

    def line(self, row: int) -> TallyLine:
        """The partner's month shown on this row."""
        return self._lines[self.row_id(row)]

    def row_of_tally(self, month: dt.date, organisation_id: int) -> int:
        """The row showing this partner's month, or -1."""
        return self.row_of(tally_id(month, organisation_id))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """As every table, with the counts aligned to the right."""
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and index.isValid()
            and index.column() in self.NUMBERS
            and 0 <= index.row() < self.rowCount()
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)
