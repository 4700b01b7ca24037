"""The agenda's calendar: overlapping sessions side by side, right day headers, marked days.

Run in English, so the texts checked are the source strings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.scheduling.conftest import Directory, make_directory, weekly
from tests.ui.conftest import PASSPHRASE
from vpi_groups.scheduling import records, series
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.scheduling.recurrence import Closure
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.pages.agenda import AgendaPage, View, lay_out_columns

PARIS = ZoneInfo("Europe/Paris")
WEEK = dt.date(2026, 5, 11)  # Monday; Ascension is Thursday 14 May 2026


# ---------------------------------------------------------------- columns, a pure function


def _at(hour: float) -> dt.datetime:
    return dt.datetime(2026, 5, 12, tzinfo=PARIS) + dt.timedelta(hours=hour)


def test_overlapping_sessions_share_the_day_in_columns() -> None:
    intervals = [
        (_at(18), _at(19.5)),  # A
        (_at(18.5), _at(20)),  # B overlaps A
        (_at(19.5), _at(21)),  # C overlaps B only: takes A's column back
        (_at(21), _at(22)),  # D touches C: alone, the whole width
        (_at(9), _at(10)),  # E, given out of order, alone
    ]
    assert lay_out_columns(intervals) == [(0, 2), (1, 2), (0, 2), (0, 1), (0, 1)]
    assert lay_out_columns([]) == []


def _overlap(a: tuple[dt.datetime, dt.datetime], b: tuple[dt.datetime, dt.datetime]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@given(
    st.lists(
        st.tuples(st.integers(0, 48), st.integers(1, 12)).map(
            lambda t: (_at(t[0] / 4), _at(t[0] / 4 + t[1] / 4))
        ),
        max_size=14,
    )
)
def test_columns_never_overlap_and_fill_the_day(
    intervals: list[tuple[dt.datetime, dt.datetime]],
) -> None:
    placed = lay_out_columns(intervals)
    assert len(placed) == len(intervals)
    for i, a in enumerate(intervals):
        column, columns = placed[i]
        assert 0 <= column < columns
        for j, b in enumerate(intervals[:i]):
            if _overlap(a, b):
                assert placed[j][0] != column, "two overlapping sessions share a column"
                assert placed[j][1] == columns, "sessions that overlap split the day alike"
    # Sessions linked by overlaps (a cluster, found here by a union-find) use every
    # column from 0 to their count, so together they fill the day's width, and no more
    # columns than the most sessions running at one moment (counted by a sweep).
    owner = list(range(len(intervals)))

    def root(k: int) -> int:
        while owner[k] != k:
            k = owner[k]
        return k

    for i, a in enumerate(intervals):
        for j, b in enumerate(intervals[:i]):
            if _overlap(a, b):
                owner[root(i)] = root(j)
    clusters: dict[int, list[int]] = {}
    for i in range(len(intervals)):
        clusters.setdefault(root(i), []).append(i)
    for members in clusters.values():
        columns = placed[members[0]][1]
        assert {placed[k][0] for k in members} == set(range(columns))
        deepest = max(
            sum(1 for k in members if intervals[k][0] <= intervals[m][0] < intervals[k][1])
            for m in members
        )
        assert columns == deepest


# ---------------------------------------------------------------- day headers


def test_day_headers_follow_the_title_before_any_vault(qtbot: QtBot, french: QApplication) -> None:
    page = AgendaPage()
    qtbot.addWidget(page)
    page.show()
    monday = page.day - dt.timedelta(days=page.day.weekday())
    assert page.canvas.first_day == monday, "at first paint: this week's Monday"
    page.go_to(dt.date(2030, 1, 10))  # a Thursday; locked, nothing is read
    assert page.period_label.text() == "Semaine du 7 janvier au 13 janvier 2030"
    assert page.canvas.first_day == dt.date(2030, 1, 7)
    locale = QLocale()
    days = [locale.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]
    assert page.canvas.week_labels()[0] == f"{days[0]} 7 janv."
    assert page.canvas.week_labels()[6] == f"{days[6]} 13 janv."
    page.canvas.repaint()
    page.view_choice.setCurrentIndex(int(View.MONTH))
    assert page.canvas.first_day == dt.date(2029, 12, 31), "the Monday before 1 January"


# ---------------------------------------------------------------- with sessions


@pytest.fixture
def agenda_vault(tmp_path: Path) -> Iterator[tuple[Vault, Directory, dict[str, int]]]:
    """Two groups on Tuesdays: one at 18:00 closed 19–20 May, one at 18:30; one moved."""
    vault, _recovery = vaults.create(tmp_path / "vault", PASSPHRASE)
    directory = make_directory(vault)
    awa, bruno, chloe, driss = directory.facilitators
    with vault.session() as s:
        first = series.create_group(
            s,
            records.GroupSpec(
                "Mardi",
                directory.action,
                (awa, bruno),
                weekly(
                    dt.date(2026, 5, 4),
                    count=4,
                    closures=(Closure(dt.date(2026, 5, 19), dt.date(2026, 5, 20)),),
                ),
            ),
        )
        second = series.create_group(
            s,
            records.GroupSpec(
                "Autre", directory.action, (chloe, driss), weekly(WEEK, at=dt.time(18, 30))
            ),
        )
        moved = first.created[2]  # Tuesday 26 May at 18:00, moved to Wednesday 27 at 10:00
        scheduling.move_session(
            s, moved.id, moved.start + dt.timedelta(hours=16), moved.end + dt.timedelta(hours=16)
        )
    ids = {
        "mardi": first.created[1].id,  # Tuesday 12 May, 18:00
        "autre": second.created[0].id,  # Tuesday 12 May, 18:30
        "moved": moved.id,
    }
    yield vault, directory, ids
    if vault.is_open:
        vault.lock()


def _agenda(qtbot: QtBot, vault: Vault, day: dt.date, view: View = View.WEEK) -> AgendaPage:
    page = AgendaPage()
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.day = day
    page.view_choice.setCurrentIndex(int(view))
    page.load(vault)
    qtbot.waitUntil(lambda: bool(page.entries) and not page.runner.busy)
    return page


def test_overlapping_sessions_are_drawn_side_by_side(
    qtbot: QtBot, english: QApplication, agenda_vault: tuple[Vault, Directory, dict[str, int]]
) -> None:
    vault, _directory, ids = agenda_vault
    page = _agenda(qtbot, vault, WEEK)
    page.canvas.repaint()
    rects = {session_id: rect for rect, session_id in page.canvas.hits}
    mardi, autre = rects[ids["mardi"]], rects[ids["autre"]]
    assert not mardi.intersects(autre), "drawn side by side, not on top of each other"
    assert mardi.left() < autre.left()
    day = (page.canvas.width() - 48) / 7
    assert mardi.width() + autre.width() == pytest.approx(day - 4, abs=2)
    page.clear()


def test_holidays_closures_and_moved_sessions_are_shown(
    qtbot: QtBot, english: QApplication, agenda_vault: tuple[Vault, Directory, dict[str, int]]
) -> None:
    vault, _directory, ids = agenda_vault
    page = _agenda(qtbot, vault, WEEK)
    assert page.canvas.mark_text(dt.date(2026, 5, 14)) == "Ascension Day"
    assert page.canvas.mark_text(dt.date(2026, 5, 13)) == ""
    page.canvas.repaint()

    page.go_to(dt.date(2026, 5, 25))
    qtbot.waitUntil(lambda: not page.runner.busy and page.canvas.first_day == dt.date(2026, 5, 25))
    qtbot.waitUntil(lambda: ids["moved"] in {e.session_id for e in page.entries})
    assert page.canvas.mark_text(dt.date(2026, 5, 25)) == "Pentecost Monday"
    moved = next(e for e in page.entries if e.session_id == ids["moved"])
    assert moved.moved
    assert moved.original_start == dt.datetime(2026, 5, 26, 18, 0, tzinfo=PARIS)
    tip = page.canvas.tooltip_for(ids["moved"]).splitlines()
    assert tip[0] == "Mardi"
    locale = QLocale()
    tuesday = locale.toString(QDate(2026, 5, 26), "ddd d MMM")
    assert tip[2] == f"↷ Moved from {tuesday} 18:00"
    page.canvas.repaint()
    block = next(b for b in page.canvas._by_day[dt.date(2026, 5, 27)] if b.entry == moved)
    assert block.mark == "↷ "

    page.go_to(dt.date(2026, 5, 1), View.MONTH)
    qtbot.waitUntil(lambda: not page.runner.busy and page.canvas.view == View.MONTH)
    qtbot.waitUntil(lambda: bool(page.canvas.marks))
    assert page.canvas.mark_text(dt.date(2026, 5, 19)) == "Closure: Mardi"
    assert page.canvas.mark_text(dt.date(2026, 5, 1)) == "Labor Day"
    page.canvas.repaint()

    page.go_to(dt.date(2026, 5, 1), View.LIST)
    qtbot.waitUntil(lambda: not page.runner.busy and page.list_model.rowCount() > 0)
    statuses = [page.list_model.row_at(r).cells[3] for r in range(page.list_model.rowCount())]
    assert sum("moved from" in text for text in statuses) == 1
    page.clear()
