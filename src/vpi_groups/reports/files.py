r"""Writers of an anonymised report: CSV, XLSX and JSON bytes, and saving any of them.

The writers read only what a :class:`~vpi_groups.reports.indicators.Report` publishes: labels,
published values and marks for hidden cells. They never see a participant, a memo
or a note. The PDF is drawn by :mod:`vpi_groups.ui.report_pdf` (it needs Qt);
:func:`save` writes the bytes of any format atomically and records the export in
the audit log, in the caller's unit of work.

CSV
    For French Excel and LibreOffice: UTF-8 with a byte-order mark, CRLF line ends;
    in French ``;`` between fields and a decimal comma, in English ``,`` and a
    decimal point. A header block (title, organisation, period, threshold, rule,
    generation date, notes), then each table after a blank line: its title, a header
    row, its rows, and the "All" row of column totals.

XLSX
    A first sheet with the header block, the rule, the notes and the list of tables,
    then one sheet per table: its full title in A1, the rest of the header block
    below, then the table. Sheet names are short forms ("Distinct·es — âge"), as Excel
    wants them: at most 31 characters, unique, none of ``[]:*?/\``. Counts are numbers,
    hidden cells are the text mark.

JSON
    Machine-readable, language-neutral keys with French and English labels; the
    structure is documented (with a JSON Schema) in docs/report-format.md.

Every format names the organisation the vault's settings give
(:func:`vpi_groups.vault_settings.organisation`), passed in by the caller as
``organisation``; while it is unset ("") a neutral programme name stands in.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from vpi_groups.attendance.totals import PARIS
from vpi_groups.reports import ledger
from vpi_groups.reports.indicators import (
    Cell,
    CellState,
    Label,
    Report,
    Table,
    Unit,
    format_date,
    text,
)
from vpi_groups.reports.wording import has_text
from vpi_groups.storage import audit
from vpi_groups.storage.atomic import write_atomic
from vpi_groups.storage.models import AuditKind

JSON_FORMAT = "vpi-groups-report"
JSON_VERSION = 1
SHEET_NAME_MAX = 31
SHEET_NAME_FORBIDDEN = "[]:*?/\\"
"""Characters Excel refuses in a sheet name."""


class Format(StrEnum):
    """The file formats of a report."""

    CSV = "csv"
    XLSX = "xlsx"
    PDF = "pdf"
    JSON = "json"


_MARKS = {
    CellState.SUPPRESSED: "mark.suppressed",
    CellState.UNAVAILABLE: "mark.unavailable",
    CellState.NOT_APPLICABLE: "mark.not_applicable",
}


def mark(state: CellState, lang: str = "fr") -> str:
    """The text standing for a cell that is not published."""
    return text(_MARKS[state], lang)


def format_number(value: int | Decimal, unit: Unit, lang: str = "fr") -> str:
    """A published value as text: integers as is, averages with one decimal, euros with two."""
    if isinstance(value, int):
        out = str(value)
    else:
        places = Decimal("0.01") if unit is Unit.EUROS else Decimal("0.1")
        out = str(value.quantize(places))
    return out.replace(".", ",") if lang != "en" else out


def cell_text(cell: Cell, unit: Unit, lang: str = "fr") -> str:
    """What a reader sees in a cell: its value, or a mark."""
    value = cell.published
    if value is None:
        state = CellState.NOT_APPLICABLE if cell.state is CellState.PUBLISHED else cell.state
        return mark(state, lang)
    return format_number(value, unit, lang)


def generated_text(report: Report, lang: str = "fr") -> str:
    """The generation time in the programme's time zone: 15/01/2026 10:30 in French."""
    local = report.generated_at.astimezone(PARIS)
    return f"{format_date(local.date(), lang)} {local:%H:%M}"


def period_text(report: Report, lang: str = "fr") -> str:
    """The period, "du 01/01/2025 au 31/12/2025" in French."""
    period = report.period
    return text(
        "period_range",
        lang,
        start=format_date(period.start, lang),
        end=format_date(period.end, lang),
    )


def organisation_text(organisation: str, lang: str = "fr") -> str:
    """The organisation's name as printed: the one set, else a neutral programme name."""
    return organisation.strip() or text("programme", lang)


def header_block(report: Report, lang: str = "fr", organisation: str = "") -> list[tuple[str, str]]:
    """The lines every file starts with: title, organisation, period, columns, k, date."""
    return [
        (text("title", lang), ""),
        (organisation_text(organisation, lang), ""),
        (text("period", lang), period_text(report, lang)),
        (text("by", lang), text(f"by.{report.period.by.value}", lang)),
        (text("threshold", lang), text("threshold_value", lang, k=report.k)),
        (text("generated", lang), generated_text(report, lang)),
    ]


def table_grid(table: Table, lang: str = "fr") -> list[list[Label | Cell | None]]:
    """A table as rows of labels and cells, header row and "All" row included.

    The first row holds the column labels (first entry None); each following row a
    row label and its cells (then its row total when the table has row totals).
    """
    total_label = Label("total", text("total", "fr"), text("total", "en"))
    header: list[Label | Cell | None] = [None, *table.columns]
    if table.row_totals is not None:
        header.append(total_label)
    grid = [header]
    for index, (label, cells) in enumerate(zip(table.rows, table.cells, strict=True)):
        line: list[Label | Cell | None] = [label, *cells]
        if table.row_totals is not None:
            line.append(table.row_totals[index])
        grid.append(line)
    if table.column_totals is not None:
        all_label = Label("all", text("all", "fr"), text("all", "en"))
        footer: list[Label | Cell | None] = [all_label, *table.column_totals]
        if table.row_totals is not None:
            footer.append(table.grand_total)
        grid.append(footer)
    return grid


def grid_texts(table: Table, lang: str = "fr") -> list[list[str]]:
    """A table as the rows of words a reader sees (the header row first)."""
    out = []
    for line in table_grid(table, lang):
        row = []
        for item in line:
            if item is None:
                row.append("")
            elif isinstance(item, Label):
                row.append(item.text(lang))
            else:
                row.append(cell_text(item, table.unit, lang))
        out.append(row)
    return out


# ---------------------------------------------------------------- CSV


def to_csv(report: Report, lang: str = "fr", *, organisation: str = "") -> bytes:
    """The report as one CSV file for French (or English) spreadsheets."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if lang != "en" else ",", lineterminator="\r\n")
    for name, value in header_block(report, lang, organisation):
        writer.writerow([name, value] if value else [name])
    writer.writerow([text("rule_title", lang), report.rule.text(lang)])
    writer.writerow(["", text("legend", lang)])
    for index, note in enumerate(report.notes):
        writer.writerow([text("notes_title", lang) if index == 0 else "", note.text(lang)])
    for table in report.tables:
        writer.writerow([])
        writer.writerow([table.title.text(lang)])
        writer.writerows(grid_texts(table, lang))
    return buffer.getvalue().encode("utf-8-sig")


# ---------------------------------------------------------------- XLSX


def _sheet_words(table: Table, lang: str) -> str:
    """A table's short name: "Distinct·es — âge"; its full title if no short form is known."""
    indicator = f"sheet.{table.indicator.value}"
    if not has_text(indicator):
        return table.title.text(lang)
    words = text(indicator, lang)
    breakdown = f"sheet.bd.{table.breakdown}"
    if table.breakdown and has_text(breakdown):
        words = f"{words} — {text(breakdown, lang)}"
    return words


def safe_sheet_name(words: str, taken: Iterable[str] = (), limit: int = SHEET_NAME_MAX) -> str:
    """A sheet name Excel accepts, unlike any of ``taken`` (compared ignoring case).

    Forbidden characters become "-", spaces are tidied, an apostrophe may neither start
    nor end it (Excel refuses both), a name too long is cut and ends with "…", and a
    name already taken gets " (2)", " (3)"... ("History" is Excel's own).
    """
    for bad in SHEET_NAME_FORBIDDEN:
        words = words.replace(bad, "-")
    words = " ".join(words.split()).strip("'").strip() or "-"
    used = {name.lower() for name in taken} | {"history"}

    def cut(name: str, room: int) -> str:
        if len(name) <= room:
            return name
        return name[: room - 1].rstrip(" -—'") + "…"

    name, number = cut(words, limit), 2
    while name.lower() in used:
        suffix = f" ({number})"
        name = cut(words, limit - len(suffix)) + suffix
        number += 1
    return name


def summary_sheet_name(lang: str = "fr") -> str:
    """The first sheet's name: the report's title."""
    return safe_sheet_name(text("title", lang))


def sheet_names(report: Report, lang: str = "fr") -> list[str]:
    """One short, readable, unique sheet name per table, as Excel wants them.

    At most 31 characters, none of :data:`SHEET_NAME_FORBIDDEN`; the table's full
    title goes in cell A1 of its sheet.
    """
    names: list[str] = [summary_sheet_name(lang)]
    for table in report.tables:
        names.append(safe_sheet_name(_sheet_words(table, lang), names))
    return names[1:]


def _value_for_sheet(cell: Cell, unit: Unit, lang: str) -> int | float | str:
    value = cell.published
    if value is None:
        return cell_text(cell, unit, lang)
    return value if isinstance(value, int) else float(value)


def _header_rows(
    sheet: Any, report: Report, lang: str, organisation: str, title: str | None = None
) -> int:
    """Write the header block on a sheet (an openpyxl Worksheet); return the next free row.

    ``title`` (a table's full title) replaces the report's title in A1: a sheet's
    name is a short form, A1 says in full what the sheet holds.
    """
    from openpyxl.styles import Font  # type: ignore[import-untyped]

    bold = Font(bold=True)
    row = 1
    for name, value in header_block(report, lang, organisation):
        if row == 1 and title is not None:
            sheet.cell(row=row, column=1, value=title).font = Font(bold=True, size=13)
            row += 1
            continue
        sheet.cell(row=row, column=1, value=name).font = bold
        if value:
            sheet.cell(row=row, column=2, value=value)
        row += 1
    sheet.cell(row=row, column=1, value=text("rule_title", lang)).font = bold
    sheet.cell(row=row, column=2, value=report.rule.text(lang))
    sheet.cell(row=row + 1, column=2, value=text("legend", lang))
    return row + 3


def to_xlsx(report: Report, lang: str = "fr", *, organisation: str = "") -> bytes:
    """The report as a workbook: a summary sheet, then one sheet per table."""
    # openpyxl is imported here, not at start-up: only this export needs it.
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    workbook = Workbook()
    moment = report.generated_at.astimezone(dt.UTC).replace(tzinfo=None)
    workbook.properties.creator = "VPI Groups"
    workbook.properties.lastModifiedBy = "VPI Groups"
    workbook.properties.created = moment
    workbook.properties.modified = moment
    workbook.properties.title = text("title", lang)
    summary = workbook.active
    assert summary is not None
    summary.title = summary_sheet_name(lang)
    row = _header_rows(summary, report, lang, organisation)
    bold = Font(bold=True)
    summary.cell(row=row, column=1, value=text("notes_title", lang)).font = bold
    for note in report.notes:
        summary.cell(row=row, column=2, value=note.text(lang))
        row += 1
    row += 1
    summary.cell(row=row, column=1, value=text("tables_title", lang)).font = bold
    names = sheet_names(report, lang)
    for name, table in zip(names, report.tables, strict=True):
        summary.cell(row=row, column=2, value=name)
        summary.cell(row=row, column=3, value=table.title.text(lang))
        row += 1
    summary.column_dimensions["A"].width = 24
    summary.column_dimensions["B"].width = 60
    summary.column_dimensions["C"].width = 60
    wrap = Alignment(wrap_text=True, vertical="top")
    for line in summary.iter_rows(min_col=2, max_col=2):
        for item in line:
            item.alignment = wrap

    for name, table in zip(names, report.tables, strict=True):
        sheet = workbook.create_sheet(name)
        first = _header_rows(sheet, report, lang, organisation, table.title.text(lang))
        sheet.cell(row=first, column=1, value=table.title.text(lang)).font = bold
        top = first + 1
        number_format = "#,##0.00" if table.unit is Unit.EUROS else "0.0"
        for r, line in enumerate(table_grid(table, lang)):
            for c, item in enumerate(line):
                target = sheet.cell(row=top + r, column=c + 1)
                if item is None:
                    continue
                if isinstance(item, Label):
                    target.value = item.text(lang)
                    if r == 0 or c == 0:
                        target.font = bold
                else:
                    target.value = _value_for_sheet(item, table.unit, lang)
                    if isinstance(target.value, float):
                        target.number_format = number_format
                    target.alignment = Alignment(horizontal="right")
        sheet.column_dimensions["A"].width = 36
        for c in range(2, len(table.columns) + 3):
            sheet.column_dimensions[get_column_letter(c)].width = 14
        sheet.freeze_panes = sheet.cell(row=top + 1, column=2)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


# ---------------------------------------------------------------- JSON


def _json_label(label: Label) -> dict[str, str]:
    return {"key": label.key, "fr": label.fr, "en": label.en}


def _json_cell(cell: Cell) -> int | float | str:
    value = cell.published
    if value is None:
        state = CellState.NOT_APPLICABLE if cell.state is CellState.PUBLISHED else cell.state
        return state.value
    return value if isinstance(value, int) else float(value)


def _json_cells(cells: Iterable[Cell] | None) -> list[int | float | str] | None:
    return None if cells is None else [_json_cell(c) for c in cells]


def to_dict(report: Report, *, organisation: str = "") -> dict[str, object]:
    """The report as plain JSON values (see docs/report-format.md)."""
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "generated_at": report.generated_at.astimezone(dt.UTC).isoformat(timespec="seconds"),
        "organisation": {
            "fr": organisation_text(organisation, "fr"),
            "en": organisation_text(organisation, "en"),
        },
        "period": {
            "start": report.period.start.isoformat(),
            "end": report.period.end.isoformat(),
            "by": report.period.by.value,
            "calendar": (
                None if report.period.calendar_kind is None else report.period.calendar_kind.value
            ),
        },
        "disclosure": {
            "k": report.k,
            "rule": {"fr": report.rule.fr, "en": report.rule.en},
        },
        "breakdowns": [b.value for b in report.breakdowns],
        "notes": [_json_label(n) for n in report.notes],
        "tables": [
            {
                "id": table.id,
                "indicator": table.indicator.value,
                "breakdown": table.breakdown,
                "unit": table.unit.value,
                "protected": table.protected,
                "title": {"fr": table.title.fr, "en": table.title.en},
                "rows": [_json_label(r) for r in table.rows],
                "columns": [_json_label(c) for c in table.columns],
                "cells": [[_json_cell(c) for c in row] for row in table.cells],
                "row_totals": _json_cells(table.row_totals),
                "column_totals": _json_cells(table.column_totals),
                "grand_total": None if table.grand_total is None else _json_cell(table.grand_total),
            }
            for table in report.tables
        ],
        "chart": {
            "title": {"fr": text("chart_title", "fr"), "en": text("chart_title", "en")},
            "bars": [
                {
                    **_json_label(bar.label),
                    "value": bar.value if bar.value is not None else bar.state.value,
                }
                for bar in report.chart
            ],
        },
    }


def to_json(report: Report, *, organisation: str = "") -> bytes:
    """The report as UTF-8 JSON (indented, keys in a fixed order)."""
    document = to_dict(report, organisation=organisation)
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def render(report: Report, fmt: Format, lang: str = "fr", *, organisation: str = "") -> bytes:
    """The bytes of a report in CSV, XLSX or JSON (the PDF needs the UI layer).

    ``organisation``: the name the vault's settings give ("" while unset).
    """
    if fmt is Format.CSV:
        return to_csv(report, lang, organisation=organisation)
    if fmt is Format.XLSX:
        return to_xlsx(report, lang, organisation=organisation)
    if fmt is Format.JSON:
        return to_json(report, organisation=organisation)
    raise ValueError("the PDF is drawn by vpi_groups.ui.report_pdf")


# ---------------------------------------------------------------- saving


def audit_counts(report: Report, fmt: Format, size: int) -> dict[str, int]:
    """What the audit log keeps about an export: numbers only."""
    states = [cell.state for table in report.tables for cell in table.all_cells()]
    return {
        f"format_{fmt.value}": 1,
        "bytes": size,
        "k": report.k,
        "tables": len(report.tables),
        "cells_published": states.count(CellState.PUBLISHED),
        "cells_suppressed": states.count(CellState.SUPPRESSED),
        "cells_unavailable": states.count(CellState.UNAVAILABLE),
        "period_start": int(report.period.start.strftime("%Y%m%d")),
        "period_end": int(report.period.end.strftime("%Y%m%d")),
    }


def save(session: Session, report: Report, fmt: Format, data: bytes, path: Path) -> None:
    """Write an export atomically; record it in the audit log and the release ledger.

    All in the caller's unit of work: the file and its records are kept together.

    Raises:
        DiskFullError, WriteFailedError: the file could not be written (nothing is
            recorded: the caller's unit of work rolls back).
    """
    # Recorded first: a file that cannot be written leaves no record (the unit of work
    # rolls back), and a written file is never missing from the ledger.
    audit.record(session, AuditKind.EXPORT_REPORT, audit_counts(report, fmt, len(data)))
    ledger.record(session, report, fmt.value, data, path)
    write_atomic(path, data)
