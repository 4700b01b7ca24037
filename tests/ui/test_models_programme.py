"""Programme tables: Qt model contract, axis order, preview of a series."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vpi_groups.programme.records import ActionInfo, ActionKind, ActionSpec, ReviewStatus
from vpi_groups.scheduling import recurrence
from vpi_groups.scheduling.records import GroupInfo, GroupSpec
from vpi_groups.scheduling.recurrence import Closure, Recurrence
from vpi_groups.storage.models import Frequency, HolidayCalendar
from vpi_groups.ui.models.programme import ActionModel, GroupModel, PreviewModel

RULE = Recurrence(
    Frequency.WEEKLY,
    0,  # Mondays
    dt.date(2026, 12, 14),
    dt.time(18, 0),
    120,
    count=3,
    holidays=HolidayCalendar.METROPOLE,
    closures=(Closure(dt.date(2026, 12, 21), dt.date(2026, 12, 21)),),
)


def test_action_model_sorts_by_axis(qtmodeltester, french: QApplication) -> None:
    model = ActionModel()
    model.set_actions(
        [
            ActionInfo(1, ActionSpec("Groupe", ActionKind.TALK_GROUP, 2026)),
            ActionInfo(2, ActionSpec("Affiches", ActionKind.PUBLIC_ACTION, 2025)),
            ActionInfo(3, ActionSpec("Formation", ActionKind.TRAINING, 2026, ReviewStatus.RENEWED)),
        ]
    )
    qtmodeltester.check(model)
    model.sort(ActionModel.AXIS, Qt.SortOrder.AscendingOrder)
    assert [model.row_id(r) for r in range(3)] == [3, 2, 1]
    assert model.cells(0)[ActionModel.REVIEW] == "Reconduite"
    model.sort(ActionModel.YEAR, Qt.SortOrder.DescendingOrder)
    assert model.row_id(2) == 2


def test_group_model(qtmodeltester, french: QApplication) -> None:
    model = GroupModel()
    spec = GroupSpec("Mardi", 1, (1, 2), RULE, is_open=True)
    model.set_groups([GroupInfo(1, "uid", 0, spec)], {1: "Claire", 2: "Karim"})
    qtmodeltester.check(model)
    assert model.cells(0) == ("Mardi", "Ouvert", "Hebdomadaire", "Claire, Karim")


def test_preview_model_marks_holidays_and_closures(qtmodeltester, french: QApplication) -> None:
    model = PreviewModel()
    model.set_expansion(recurrence.expand_rule(RULE), RULE.timezone, RULE.holidays)
    qtmodeltester.check(model)
    # Mondays from 14 Dec 2026: 21 Dec closed, 28 Dec kept, 4 Jan 2027 kept.
    assert [model.cells(r) for r in range(model.rowCount())] == [
        ("lundi 14 décembre 2026", "18:00–20:00", "Séance 1"),
        ("lundi 21 décembre 2026", "18:00", "Sautée : fermeture"),
        ("lundi 28 décembre 2026", "18:00–20:00", "Séance 2"),
        ("lundi 4 janvier 2027", "18:00–20:00", "Séance 3"),
    ]
