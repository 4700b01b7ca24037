"""The reports page's period picker: the calendar grid only, by keyboard, in 1280×720."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from tests.ui.test_translations import _untranslated
from vpi_groups import clock
from vpi_groups.reports.periods import FIRST_YEAR, LAST_YEAR, MAX_YEARS, PeriodSpec
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import PeriodKind
from vpi_groups.ui.pages.reports_page import (
    PeriodChoice,
    PeriodPicker,
    Preset,
    ReportsPage,
    preset_spec,
)

SIDEBAR = 240  # room the main window's sidebar takes beside the page, at most


def _page(qtbot: QtBot) -> ReportsPage:
    page = ReportsPage()
    qtbot.addWidget(page)
    page.resize(1280 - SIDEBAR, 720)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def _focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _type_year(qtbot: QtBot, box: QSpinBox, year: int) -> None:
    _focus(qtbot, box)
    box.selectAll()
    qtbot.keyClicks(box, str(year))
    qtbot.keyClick(box, Qt.Key.Key_Enter)
    assert box.value() == year


def _shown(picker: PeriodPicker) -> set[str]:
    fields = {
        "quarter": (picker.quarter_label, picker.quarter),
        "month": (picker.month_label, picker.month),
        "last_year": (picker.last_year_label, picker.last_year),
    }
    shown = set()
    for name, (label, field) in fields.items():
        assert label.isVisibleTo(picker) == field.isVisibleTo(picker), name
        if field.isVisibleTo(picker):
            shown.add(name)
    return shown


def test_the_current_calendar_year_at_first(
    qtbot: QtBot, french: QApplication, qtmodeltester: object
) -> None:
    page = _page(qtbot)
    picker = page.period
    year = QDate.currentDate().year()
    assert picker.choice() is PeriodChoice.YEAR
    assert page.spec() == PeriodSpec.year(year)
    assert _shown(picker) == set()
    assert [picker.kind.itemText(i) for i in range(picker.kind.count())] == [
        "Année",
        "Trimestre",
        "Mois",
        "Plusieurs années",
    ]
    assert (picker.year.minimum(), picker.year.maximum()) == (FIRST_YEAR, LAST_YEAR)
    for combo in (picker.kind, picker.quarter, picker.month):
        qtmodeltester.check(combo.model())  # type: ignore[attr-defined]
    assert picker.quarter.count() == 4
    assert picker.month.count() == 12
    assert picker.month.itemText(7) == "Août"


def test_every_kind_by_keyboard(qtbot: QtBot, french: QApplication) -> None:
    page = _page(qtbot)
    picker = page.period
    page.by.setCurrentIndex(page.by.findData(PeriodKind.QUARTER))

    _focus(qtbot, picker.kind)
    qtbot.keyClick(picker.kind, Qt.Key.Key_Down)  # Trimestre
    assert picker.choice() is PeriodChoice.QUARTER
    assert _shown(picker) == {"quarter"}
    qtbot.keyClick(picker.kind, Qt.Key.Key_Tab)
    assert picker.year.hasFocus()
    _type_year(qtbot, picker.year, 2025)
    qtbot.keyClick(picker.year, Qt.Key.Key_Tab)
    assert picker.quarter.hasFocus()
    picker.quarter.setCurrentIndex(0)
    qtbot.keyClick(picker.quarter, Qt.Key.Key_Down)
    qtbot.keyClick(picker.quarter, Qt.Key.Key_Down)
    assert page.spec() == PeriodSpec.quarter(2025, 3, PeriodKind.QUARTER)
    qtbot.keyClick(picker.quarter, Qt.Key.Key_Tab)
    assert page.presets[Preset.THIS_YEAR].hasFocus(), "hidden fields are skipped"

    _focus(qtbot, picker.kind)
    qtbot.keyClick(picker.kind, Qt.Key.Key_Down)  # Mois
    assert picker.choice() is PeriodChoice.MONTH
    assert _shown(picker) == {"month"}
    picker.month.setCurrentIndex(0)
    _focus(qtbot, picker.month)
    qtbot.keyClick(picker.month, Qt.Key.Key_End)  # décembre
    assert page.spec() == PeriodSpec.month(2025, 12, PeriodKind.QUARTER)

    _focus(qtbot, picker.kind)
    qtbot.keyClick(picker.kind, Qt.Key.Key_Down)  # Plusieurs années
    assert picker.choice() is PeriodChoice.YEARS
    assert _shown(picker) == {"last_year"}
    _type_year(qtbot, picker.year, 2016)
    _type_year(qtbot, picker.last_year, 2025)
    assert page.spec() == PeriodSpec.whole_years(2016, 2025, PeriodKind.QUARTER)
    assert picker.year_label.text() == "Ann&ées :"

    _focus(qtbot, picker.kind)
    qtbot.keyClick(picker.kind, Qt.Key.Key_Home)  # Année
    assert picker.choice() is PeriodChoice.YEAR
    assert _shown(picker) == set()
    assert picker.year_label.text() == "Ann&ée :"
    assert page.spec() == PeriodSpec.year(2016, PeriodKind.QUARTER)


def test_a_run_of_years_stays_within_the_limit(qtbot: QtBot, french: QApplication) -> None:
    picker = _page(qtbot).period
    picker.choose(PeriodSpec.whole_years(2016, 2025))
    assert picker.choice() is PeriodChoice.YEARS
    assert (picker.last_year.minimum(), picker.last_year.maximum()) == (2016, 2016 + MAX_YEARS - 1)
    picker.year.setValue(2030)  # after the last year: the run is pushed to one year
    assert picker.last_year.value() == 2030
    assert picker.spec() == PeriodSpec.whole_years(2030, 2030)
    picker.year.setValue(2090)  # no year after LAST_YEAR
    assert picker.last_year.maximum() == LAST_YEAR
    picker.last_year.setValue(LAST_YEAR + 5)
    assert picker.spec() == PeriodSpec.whole_years(2090, LAST_YEAR)


@pytest.mark.parametrize(
    "spec",
    [
        PeriodSpec.year(2024),
        PeriodSpec.quarter(2025, 4),
        PeriodSpec.month(2024, 2),
        PeriodSpec.whole_years(2016, 2025),
    ],
)
def test_choose_shows_a_period_and_spec_gives_it_back(
    qtbot: QtBot, french: QApplication, spec: PeriodSpec
) -> None:
    page = _page(qtbot)
    page.period.choose(spec)
    page.by.setCurrentIndex(page.by.findData(PeriodKind.YEAR))
    assert page.spec() == PeriodSpec(spec.start, spec.end, PeriodKind.YEAR)


def test_labels_have_buddies_and_mnemonics(qtbot: QtBot, english: QApplication) -> None:
    page = _page(qtbot)
    picker = page.period
    picker.choose(PeriodSpec.whole_years(2020, 2022))
    period_label = next(
        label for label in page.findChildren(QLabel) if label.buddy() is picker.kind
    )
    pairs: list[tuple[QLabel, QWidget]] = [
        (period_label, picker.kind),
        (picker.year_label, picker.year),
        (picker.quarter_label, picker.quarter),
        (picker.month_label, picker.month),
        (picker.last_year_label, picker.last_year),
    ]
    letters = []
    for label, field in pairs:
        assert label.buddy() is field
        text = label.text().replace("&&", "")
        assert "&" in text, text
        letters.append(text[text.index("&") + 1].lower())
    assert len(set(letters)) == len(letters), letters
    # a mnemonic moves the focus to its field
    qtbot.keyClick(page, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(picker.year.hasFocus)
    qtbot.keyClick(page, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(picker.last_year.hasFocus)
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(picker.kind.hasFocus)


def _inside(widget: QWidget, page: QWidget) -> bool:
    top_left = widget.mapTo(page, widget.rect().topLeft())
    return page.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("choice", list(PeriodChoice))
def test_the_picker_fits_and_is_translated(
    qtbot: QtBot, french: QApplication, choice: PeriodChoice
) -> None:
    page = _page(qtbot)
    picker = page.period
    picker.kind.setCurrentIndex(picker.kind.findData(choice))
    qtbot.waitUntil(lambda: picker.year.isVisible())
    assert page.minimumSizeHint().width() <= 1280 - SIDEBAR
    assert page.minimumSizeHint().height() <= 720
    shown = [w for w in picker.findChildren(QWidget) if w.isVisible()]
    assert shown
    for widget in shown:
        assert _inside(widget, page), widget.objectName()
        if isinstance(widget, QComboBox):  # the chosen item is never cut
            text = widget.currentText()
            assert widget.width() > widget.fontMetrics().horizontalAdvance(text)
    assert _untranslated(page, set()) == []


def test_the_report_covers_the_period_picked(
    qtbot: QtBot, french: QApplication, vault_folder: tuple[Path, str]
) -> None:
    vault = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    page = _page(qtbot)
    page.load(vault)
    qtbot.waitUntil(lambda: page.report is not None and not page.runner.busy, timeout=20_000)
    assert page.report is not None
    assert page.report.period == PeriodSpec.year(QDate.currentDate().year())
    page.period.choose(PeriodSpec.month(2025, 3))
    page.compute()
    qtbot.waitUntil(lambda: page.report is not None and not page.runner.busy, timeout=20_000)
    assert page.report.period == PeriodSpec.month(2025, 3)
    assert page.message.text() == ""
    page.clear()
    vault.lock()


# ---------------------------------------------------------------- the usual periods


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (
            dt.date(2026, 2, 10),
            {
                Preset.THIS_YEAR: PeriodSpec(dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
                Preset.LAST_YEAR: PeriodSpec(dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
                Preset.THIS_QUARTER: PeriodSpec(dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
                Preset.LAST_QUARTER: PeriodSpec(dt.date(2025, 10, 1), dt.date(2025, 12, 31)),
            },
        ),
        (
            dt.date(2026, 7, 1),
            {
                Preset.THIS_YEAR: PeriodSpec(dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
                Preset.LAST_YEAR: PeriodSpec(dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
                Preset.THIS_QUARTER: PeriodSpec(dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
                Preset.LAST_QUARTER: PeriodSpec(dt.date(2026, 4, 1), dt.date(2026, 6, 30)),
            },
        ),
        (
            dt.date(2025, 12, 31),
            {
                Preset.THIS_YEAR: PeriodSpec(dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
                Preset.LAST_YEAR: PeriodSpec(dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
                Preset.THIS_QUARTER: PeriodSpec(dt.date(2025, 10, 1), dt.date(2025, 12, 31)),
                Preset.LAST_QUARTER: PeriodSpec(dt.date(2025, 7, 1), dt.date(2025, 9, 30)),
            },
        ),
    ],
)
def test_the_usual_periods(today: dt.date, expected: dict[Preset, PeriodSpec]) -> None:
    assert {preset: preset_spec(preset, today) for preset in Preset} == expected


def test_each_usual_period_is_one_click_away(
    qtbot: QtBot,
    french: QApplication,
    vault_folder: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A click shows the period in the picker and computes its report at once."""
    # 00:30 on 1 January in Paris is still 31 December in UTC: the programme's day counts.
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2025, 12, 31, 23, 30, tzinfo=dt.UTC))
    vault = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    page = _page(qtbot)
    page.load(vault)
    qtbot.waitUntil(lambda: page.report is not None and not page.runner.busy, timeout=20_000)
    page.by.setCurrentIndex(page.by.findData(PeriodKind.QUARTER))
    expected = {
        Preset.THIS_YEAR: PeriodSpec.year(2026, PeriodKind.QUARTER),
        Preset.LAST_YEAR: PeriodSpec.year(2025, PeriodKind.QUARTER),
        Preset.THIS_QUARTER: PeriodSpec.quarter(2026, 1, PeriodKind.QUARTER),
        Preset.LAST_QUARTER: PeriodSpec.quarter(2025, 4, PeriodKind.QUARTER),
    }
    for preset, spec in expected.items():
        button = page.findChild(QPushButton, f"reportPreset-{preset.value}")
        assert button is page.presets[preset]
        assert button.isVisible()
        assert _inside(button, page)
        page.report = None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.report is not None and not page.runner.busy, timeout=20_000)
        assert page.spec() == spec
        assert page.report is not None
        assert page.report.period == spec
    # The presets are reached from their label's mnemonic.
    label = next(
        w for w in page.findChildren(QLabel) if w.buddy() is page.presets[Preset.THIS_YEAR]
    )
    assert "&" in label.text()
    page.clear()
    vault.lock()
