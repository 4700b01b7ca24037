"""The attacker on hand-made files: it finds what is there to find, and nothing else.

The documents are written here by hand in the shape of docs/report-format.md (not by
the application), with the true values in comments; what a reader can work out from
them is worked out by hand in each test.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.reports.attack.lp_attacker import (
    ALL,
    Violation,
    attack,
    attack_documents,
    attack_folder,
)

S = "suppressed"
JAN, FEB, MAR = "2025-01-01/2025-01-31", "2025-02-01/2025-02-28", "2025-03-01/2025-03-31"
Q1 = "2025-01-01/2025-03-31"
YEAR = "2025-01-01/2025-12-31"
JAN_TO_NOV = "2025-01-01/2025-11-30"
MONTHS = [
    f"2025-{m:02d}-01/2025-{m:02d}-{d}"
    for m, d in zip(range(1, 13), (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), strict=True)
]
REFERRALS = ["police", "social_services", "health", "justice", "association", "school", "self"]


def _label(key: str) -> dict[str, str]:
    return {"key": key, "fr": key, "en": key}


def table(
    indicator: str,
    breakdown: str,
    rows: list[str],
    columns: list[str],
    cells: list[list[Any]],
    row_totals: list[Any] | None = None,
    column_totals: list[Any] | None = None,
    grand_total: Any = None,
) -> dict[str, Any]:
    """One table of a report, as the JSON format writes it."""
    return {
        "id": f"{indicator}-by-{breakdown}",
        "indicator": indicator,
        "breakdown": breakdown,
        "unit": "people",
        "protected": True,
        "title": {"fr": indicator, "en": indicator},
        "rows": [_label(r) for r in rows],
        "columns": [_label(c) for c in columns],
        "cells": cells,
        "row_totals": row_totals,
        "column_totals": column_totals,
        "grand_total": grand_total,
    }


def document(period: str, by: str, k: int, tables: list[dict[str, Any]]) -> dict[str, Any]:
    """A whole report file around these tables."""
    start, end = period.split("/")
    return {
        "format": "vpi-groups-report",
        "version": 1,
        "generated_at": "2026-01-15T09:30:00+00:00",
        "period": {"start": start, "end": end, "by": by, "calendar": None},
        "disclosure": {"k": k, "rule": {"fr": "", "en": ""}},
        "breakdowns": ["month"],
        "notes": [],
        "tables": tables,
        "chart": {"title": {"fr": "", "en": ""}, "bars": []},
    }


def rules(violations: list[Violation]) -> set[str]:
    return {v.rule for v in violations}


def found(violations: list[Violation], rule: str, key: tuple[Any, ...]) -> list[Violation]:
    return [v for v in violations if v.rule == rule and v.population == key]


def span(text: str) -> tuple[Any, ...]:
    import datetime as dt

    a, b = text.split("/")
    return (dt.date.fromisoformat(a), dt.date.fromisoformat(b))


def test_two_hidden_cells_of_a_row_with_its_total_are_recovered() -> None:
    # Group 1 came 2 times in January and 7 in February (both hidden), 9 in all;
    # group 2's months are published. January's total 8 - 6 = 2: group 1's January.
    by_group = table(
        "attendances",
        "group",
        ["1", "2"],
        [JAN, FEB, MAR],
        [[S, S, 0], [6, 5, 4]],
        row_totals=[9, 15],
        column_totals=[8, 12, 4],
        grand_total=24,
    )
    violations = attack([document(Q1, "month", 5, [by_group])])
    jan, feb = (("attendances", ("group", "1"), span(m)) for m in (JAN, FEB))
    assert found(violations, "P1", jan), violations  # exactly 2
    assert "exactly 2" in str(found(violations, "P1", jan)[0])
    assert found(violations, "P2", jan)
    assert found(violations, "P2", feb)  # 7, known exactly: no longer hidden
    assert not found(violations, "P1", feb)  # 7 >= k: not a small count


def _year_by_month(k: int = 5) -> dict[str, Any]:
    # November 6 and December 2, hidden together: 1 <= December <= 7 in this file alone
    values: list[Any] = [30, 32, 37, 6, 0, 0, 0, 0, 32, 27, S, S]
    cells = [[v] for v in values]
    months = table("attendances", "month", MONTHS, [YEAR], cells, column_totals=[172])
    return document(YEAR, "year", k, [months])


def _january_to_november() -> dict[str, Any]:
    # A report from January to November, by axis, every count published
    rows = ["talk_group", "training", "public_action", "plenary"]
    by_axis = table("attendances", "axis", rows, [JAN_TO_NOV], [[170], [0], [0], [0]], None, [170])
    return document(JAN_TO_NOV, "year", 5, [by_axis])


def test_the_year_minus_january_to_november_gives_december() -> None:
    year, rest = _year_by_month(), _january_to_november()
    assert attack([year]) == []  # December: 1 to 7
    assert attack([rest]) == []  # nothing hidden
    violations = attack([year, rest], ["year.json", "jan-nov.json"])
    december = ("attendances", ALL, span(MONTHS[11]))
    november = ("attendances", ALL, span(MONTHS[10]))
    # January to November is the sum of its months: November = 170 - 164 = 6; then
    # December = 172 - 170 = 2
    assert found(violations, "P1", december), violations
    assert "exactly 2" in str(found(violations, "P1", december)[0])
    assert "year.json" in str(found(violations, "P1", december)[0])
    assert found(violations, "P2", november)


def test_files_are_read_from_a_folder(tmp_path: Path) -> None:
    for name, doc in (("year.json", _year_by_month()), ("rest.json", _january_to_november())):
        (tmp_path / name).write_text(json.dumps(doc), encoding="utf-8")
    december = ("attendances", ALL, span(MONTHS[11]))
    assert found(attack_folder(tmp_path), "P1", december)


def test_a_small_count_all_in_one_category_is_a_finding() -> None:
    # New participants: 10 in January, 2 in March (hidden), 12 in the quarter, so
    # March = 2; the referral table shows nobody new in March but from the police.
    by_month = table(
        "new-participants", "month", [JAN, FEB, MAR], [Q1], [[10], [0], [S]], column_totals=[12]
    )
    referral_cells: list[list[Any]] = [[5, 0, S], [5, 0, 0]]
    referral_cells += [[0, 0, 0] for _ in REFERRALS[2:]]
    by_referral = table(
        "new-participants",
        "referral-source",
        REFERRALS,
        [JAN, FEB, MAR],
        referral_cells,
        row_totals=[S, 5] + [0] * (len(REFERRALS) - 2),
        column_totals=[10, 0, S],
        grand_total=12,
    )
    violations = attack([document(Q1, "month", 5, [by_month, by_referral])])
    march = ("new-participants", ALL, span(MAR))
    assert found(violations, "P1", march), violations
    (p3,) = found(violations, "P3", march)
    assert "referral-source=police" in str(p3)


def test_distinct_people_do_not_add_up_over_months() -> None:
    # 6 people in January, 7 in February, some in March (hidden): 9 over the quarter.
    # Months of distinct people overlap, so March is anything from 1 to 9 for a reader
    # (an attacker adding the months would wrongly find 9 - 13 < 0).
    by_month = table(
        "participants", "month", [JAN, FEB, MAR], [Q1], [[6], [7], [S]], column_totals=[9]
    )
    assert attack([document(Q1, "month", 5, [by_month])]) == []


def test_newcomers_of_later_months_were_not_there_before() -> None:
    # 2 people in January (hidden), all new; 7 new people in February, 5 of the 9 in
    # March; 9 over the quarter (new people over the quarter hidden). The 7 newcomers
    # of February were not there in January: D(Q1) >= D(January) + N(February) +
    # N(March), so January is 1 or 2. Adding up months would only give 1 to 9.
    participants = table(
        "participants", "month", [JAN, FEB, MAR], [Q1], [[S], [7], [5]], column_totals=[9]
    )
    newcomers = table(
        "new-participants", "month", [JAN, FEB, MAR], [Q1], [[S], [7], [0]], column_totals=[S]
    )
    violations = attack([document(Q1, "month", 5, [participants, newcomers])])
    january = ("participants", ALL, span(JAN))
    (narrow,) = found(violations, "P2", january)
    assert "1..2" in str(narrow)


def test_a_safe_document_gives_nothing_away() -> None:
    # Two groups over two months, every attendance cell hidden, every margin published:
    # group 1's January can be anything from 5 to 15 (its 5 people came at least once;
    # then the other cells follow). Participants are all published.
    by_group = table(
        "attendances",
        "group",
        ["1", "2"],
        [JAN, FEB],
        [[S, S], [S, S]],
        row_totals=[20, 20],
        column_totals=[20, 20],
        grand_total=40,
    )
    both = "2025-01-01/2025-02-28"
    by_month = table("attendances", "month", [JAN, FEB], [both], [[20], [20]], None, [40])
    people = table(
        "participants",
        "group",
        ["1", "2"],
        [JAN, FEB],
        [[5, 5], [5, 5]],
        row_totals=[6, 5],
        column_totals=[10, 10],
        grand_total=11,
    )
    doc = document(both, "month", 5, [by_group, by_month, people])
    result = attack_documents([doc])
    assert result.violations == []
    assert result.unknowns > 0
    assert result.lps > 0


def test_a_count_published_twice_with_two_values_is_a_finding() -> None:
    # The same year's group total, 9 then 8: someone left the counts in between.
    def year(total: int) -> dict[str, Any]:
        by_group = table("attendances", "group", ["1"], [YEAR], [[total]], None, [total])
        return document(YEAR, "year", 5, [by_group])

    violations = attack([year(9), year(8)], ["before.json", "after.json"])
    assert rules(violations) == {"P0"}
    assert "published twice" in str(violations[0])


def test_a_hidden_zero_is_a_finding() -> None:
    # Zeros are published: a value hidden in one file and 0 in another breaks the promise.
    def quarter(value: Any) -> dict[str, Any]:
        by_axis = table(
            "attendances",
            "axis",
            ["talk_group", "training"],
            [Q1],
            [[12], [value]],
            None,
            [12 if value == 0 else S],
        )
        return document(Q1, "quarter", 5, [by_axis])

    violations = attack([quarter(0), quarter(S)], ["a.json", "b.json"])
    assert any(v.rule == "P0" and "published 0" in str(v) for v in violations), violations
