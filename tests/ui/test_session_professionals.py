"""Recording the professionals present at a training session, through the window only.

A training with two dates; 14 professionals from 5 organisations recorded on the first
date from the session dialog's "Professionnel·les" tab (one organisation outside the
directory), names typed for one of them, a line removed with Delete; saved, read back
by reopening, and counted once in the report's trained figure.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.scheduling.conftest import Directory, make_directory, weekly
from tests.ui.conftest import PASSPHRASE
from tests.ui.test_translations import _untranslated
from vpi_groups.labels import label
from vpi_groups.programme import records as programme
from vpi_groups.reports import indicators as reports
from vpi_groups.reports.indicators import PeriodSpec
from vpi_groups.scheduling import records, series
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.scheduling.professionals import session_professionals
from vpi_groups.scheduling.records import GroupSpec
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Sector
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.professionals_panel import ProfessionalsModel
from vpi_groups.ui.session_dialog import SessionDialog

PARIS = ZoneInfo("Europe/Paris")
PARTNERS = (
    ("CCAS", Sector.SOCIAL),
    ("CIDFF", Sector.ASSOCIATION),
    ("Commissariat", Sector.JUSTICE),
    ("Centre hospitalier", Sector.HEALTH),
)


@dataclasses.dataclass(frozen=True)
class Setup:
    vault: vaults.Vault
    directory: Directory
    first: int
    second: int
    talk: int


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[Setup]:
    vault, _ = vaults.create(tmp_path / "vault", PASSPHRASE)
    directory = make_directory(vault)
    with vault.session() as s:
        for name, sector in PARTNERS:
            programme.create_organisation(s, programme.OrganisationSpec(name, sector))
        dates = [
            scheduling.add_action_session(
                s,
                directory.training,
                dt.datetime(2026, 4, day, 9, tzinfo=PARIS),
                dt.datetime(2026, 4, day, 12, tzinfo=PARIS),
            ).id
            for day in (7, 14)
        ]
        group = series.create_group(
            s,
            GroupSpec("Mardi", directory.action, directory.facilitators[:2], weekly(count=1)),
        ).group.id
        talk = records.list_sessions(s, group_id=group)[0].id
    yield Setup(vault, directory, dates[0], dates[1], talk)
    if vault.is_open:
        vault.lock()


@pytest.fixture
def window(qtbot: QtBot, preferences: Preferences, setup: Setup) -> Iterator[MainWindow]:
    shown = MainWindow(vault=setup.vault, preferences=preferences)
    qtbot.addWidget(shown)
    with qtbot.waitExposed(shown):
        shown.show()
    yield shown
    shown.close()


def _open(qtbot: QtBot, window: MainWindow, session_id: int) -> SessionDialog:
    dialog = window.open_session(session_id)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.data is not None)
    return dialog


def _add(
    qtbot: QtBot, dialog: SessionDialog, organisation: str, present: int, names: str = ""
) -> None:
    panel = dialog.professionals
    index = next(
        i
        for i in range(panel.organisation.count())
        if panel.organisation.itemText(i) == organisation
    )
    panel.organisation.setCurrentIndex(index)
    panel.present.setValue(present)
    panel.names.setText(names)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)


def test_fourteen_professionals_from_five_organisations_are_recorded_and_counted_once(
    qtbot: QtBot, french: QApplication, window: MainWindow, setup: Setup
) -> None:
    dialog = _open(qtbot, window, setup.first)
    QAbstractItemModelTester(dialog.professionals.model)
    tabs = dialog.tabs
    assert tabs.isTabVisible(dialog.professionals_tab)
    assert tabs.tabText(dialog.professionals_tab) == "Professionnel·les"
    tabs.setCurrentIndex(dialog.professionals_tab)
    _add(qtbot, dialog, "CCAS (Social)", 4)
    _add(qtbot, dialog, "CIDFF (Associatif)", 2, "Anne Roy; Léa Dufour")
    _add(qtbot, dialog, "Commissariat (Justice)", 3)
    _add(qtbot, dialog, "Centre hospitalier (Santé)", 3)
    _add(qtbot, dialog, "Hors annuaire — Éducation", 2)
    _add(qtbot, dialog, "Hors annuaire — Autre", 9)  # typed by mistake
    model = dialog.professionals.model
    assert model.rowCount() == 6
    # the wrong line goes with Delete
    view = dialog.professionals.view
    view.setCurrentIndex(model.index(5, ProfessionalsModel.PRESENT))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert model.rowCount() == 5
    # names typed in place: the number follows when there are more names than people
    assert model.setData(model.index(2, ProfessionalsModel.NAMES), "A; B; C; D")
    assert model.lines[2].present == 4
    assert model.setData(model.index(2, ProfessionalsModel.NAMES), "")
    assert model.setData(model.index(2, ProfessionalsModel.PRESENT), 3)
    assert not model.setData(model.index(2, ProfessionalsModel.PRESENT), 0)  # refused
    assert dialog.professionals.total.text() == "14 professionnel·les présent·es"
    assert not _untranslated(
        dialog,
        {
            *(name for name, _ in PARTNERS),
            "Anne Roy; Léa Dufour",
            # sector names come from vpi_groups.labels (French here), not from Qt's catalogue
            *(label(sector, "fr") for sector in Sector),
            "Formation — mardi 7 avril 2026, 09:00",
            "Salle Jaurès",
            "Bureau 2",
            "Awa",
            "Bruno",
            "Chloé",
            "Driss",
        },
    )
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.save()
    with setup.vault.session() as s:
        stored = session_professionals(s, setup.first)
    assert sum(line.present for line in stored) == 14
    assert len(stored) == 5
    assert [line.names for line in stored if line.organisation == "CIDFF"] == [
        ("Anne Roy", "Léa Dufour")
    ]
    # the second date: the same CCAS people; the report still counts 14
    again = _open(qtbot, window, setup.second)
    _add(qtbot, again, "CCAS (Social)", 4)
    with qtbot.waitSignal(again.finished, timeout=10_000):
        again.save()
    with setup.vault.session() as s:
        report = reports.build_report(
            s, PeriodSpec.year(2026), k=3, now=dt.datetime(2027, 1, 5, tzinfo=dt.UTC)
        )
    trained = report.table("professionals-trained-by-sector")
    assert trained.column_totals is not None
    assert trained.column_totals[0].exact == 14
    # reopened: the lines as saved
    reopened = _open(qtbot, window, setup.first)
    assert [line.organisation for line in reopened.professionals.lines()] == [
        "CCAS",
        "Centre hospitalier",
        "CIDFF",
        "Commissariat",
        "",
    ]
    reopened.reject()


def test_a_talk_group_session_has_no_professionals_tab(
    qtbot: QtBot, french: QApplication, window: MainWindow, setup: Setup
) -> None:
    dialog = _open(qtbot, window, setup.talk)
    assert not dialog.tabs.isTabVisible(dialog.professionals_tab)
    assert dialog.edit().professionals is None
    dialog.reject()


def test_unsaved_professionals_are_kept_as_a_draft_and_put_back(
    qtbot: QtBot, french: QApplication, window: MainWindow, setup: Setup
) -> None:
    dialog = _open(qtbot, window, setup.first)
    _add(qtbot, dialog, "CCAS (Social)", 2, "Marc Petit")
    state = dialog.draft_state()
    assert state is not None
    assert state["professionals"][0]["names"] == ["Marc Petit"]
    dialog.done(0)  # as a lock closes it
    back = SessionDialog(setup.vault, setup.first, draft=state)
    qtbot.addWidget(back)
    qtbot.waitUntil(lambda: back.data is not None)
    assert [
        (line.organisation, line.present, line.names) for line in back.professionals.lines()
    ] == [("CCAS", 2, ("Marc Petit",))]
    assert back.draft_state() is not None  # still to be saved
