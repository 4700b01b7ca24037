"""F1 in every dialog opens the guide at the dialog's own page.

A dialog is a window of its own, where the main window's F1 never arrives: each one
must name its topic and answer F1 itself. The expected topics are written here, not
read from the classes, so that a wrong one shows.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

import vpi_groups.ui
from vpi_groups.ui import help_viewer

EXPECTED = {
    "ActionDialog": "programme",
    "AmendmentDialog": "partnership",
    "BackupDialog": "settings",
    "BilanDialog": "reports",
    "BudgetLineDialog": "partnership",
    "CalendarExportDialog": "calendar",
    "ChangePassphraseDialog": "settings",
    "CommitmentDialog": "partnership",
    "ConsolidationDialog": "consolidation",
    "ContributionDialog": "directory",
    "ConventionDialog": "partnership",
    "DecisionDialog": "programme",
    "FacilitatorDialog": "directory",
    "FirstRunWizard": "wizard",
    "FunderDialog": "partnership",
    "GrantDialog": "partnership",
    "GroupDialog": "programme",
    "InvitationDialog": "calendar",
    "NarrativeDialog": "programme",
    "NewParticipantDialog": "attendance",
    "NewRecoveryKeyDialog": "settings",
    "NewSessionDialog": "agenda",
    "OrganisationDialog": "directory",
    "OrientationDialog": "programme",
    "PaymentDialog": "partnership",
    "ReleasesDialog": "reports",
    "RestoreDialog": "settings",
    "ReviewDialog": "programme",
    "SessionDialog": "agenda",
    "SignatoryDialog": "partnership",
    "SupportDialog": "programme",
    "TaskDialog": "programme",
    "TasksDialog": "programme",
    "UnlockDialog": "unlock",
}
"""Every dialog the user can open (bases left out), and the topic F1 opens there."""


def _dialog_classes() -> dict[str, type[QDialog]]:
    for module in pkgutil.walk_packages(vpi_groups.ui.__path__, "vpi_groups.ui."):
        importlib.import_module(module.name)
    found: dict[str, type[QDialog]] = {}
    todo: list[type[QDialog]] = [QDialog]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("vpi_groups.") and not sub.__name__.startswith("_"):
                found[sub.__name__] = sub
    return found


def test_every_dialog_names_its_page_of_the_guide(qapp: QApplication) -> None:
    classes = _dialog_classes()
    bases = {"EditorDialog", "LineDialog"}  # never opened themselves
    assert set(classes) - bases == set(EXPECTED)
    for name, topic in EXPECTED.items():
        assert getattr(classes[name], "HELP_TOPIC", None) == topic, name
        assert topic in help_viewer.TOPICS, topic


def test_the_guard_sees_a_dialog_without_a_topic(qapp: QApplication) -> None:
    """A dialog added without a topic is caught by the walk above."""

    class _Forgotten(QDialog):
        pass

    _Forgotten.__module__ = "vpi_groups.ui.forgotten"
    _Forgotten.__name__ = "ForgottenDialog"
    assert "ForgottenDialog" in _dialog_classes()
    assert "ForgottenDialog" not in EXPECTED


def _make(owner: QWidget) -> dict[str, Callable[[], QDialog]]:
    """The dialogs that open without a vault, each as its page opens it."""
    from vpi_groups.attendance.registers import ParticipantAttributes
    from vpi_groups.ui.dialogs import RestoreDialog
    from vpi_groups.ui.editors.directory import ContributionDialog, OrganisationDialog
    from vpi_groups.ui.editors.funding import PaymentDialog
    from vpi_groups.ui.editors.orientations import OrientationDialog
    from vpi_groups.ui.editors.programme import ActionDialog, GroupDialog
    from vpi_groups.ui.editors.supports import SupportDialog
    from vpi_groups.ui.releases_dialog import ReleasesDialog
    from vpi_groups.ui.session_dialog import NewParticipantDialog
    from vpi_groups.ui.task_editor import DecisionDialog, TaskDialog

    return {
        "ActionDialog": lambda: ActionDialog(None, 2026),
        "GroupDialog": lambda: GroupDialog(1, None, (), ()),
        "OrganisationDialog": lambda: OrganisationDialog(None),
        "ContributionDialog": lambda: ContributionDialog(1, None),
        "PaymentDialog": lambda: PaymentDialog(None, owner, dt.date(2026, 12, 5)),
        "OrientationDialog": lambda: OrientationDialog(None, (), 2027),
        "SupportDialog": lambda: SupportDialog(None),
        "TaskDialog": lambda: TaskDialog(()),
        "DecisionDialog": lambda: DecisionDialog(),
        "NewParticipantDialog": lambda: NewParticipantDialog(None, ParticipantAttributes()),
        "ReleasesDialog": lambda: ReleasesDialog([]),
        "RestoreDialog": lambda: RestoreDialog(),
    }


SAMPLE = (
    "ActionDialog",
    "GroupDialog",
    "OrganisationDialog",
    "ContributionDialog",
    "PaymentDialog",
    "OrientationDialog",
    "SupportDialog",
    "TaskDialog",
    "DecisionDialog",
    "NewParticipantDialog",
    "ReleasesDialog",
    "RestoreDialog",
)


@pytest.mark.parametrize("name", SAMPLE)
def test_f1_in_a_dialog_opens_its_page(
    qtbot: QtBot, qapp: QApplication, help_calls: list[tuple[QWidget, str | None]], name: str
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    dialog = _make(owner)[name]()
    if dialog.parent() is None:
        qtbot.addWidget(dialog)  # else it goes with its owner
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    focus = QApplication.focusWidget() or dialog
    qtbot.keyClick(focus, Qt.Key.Key_F1)
    assert help_calls == [(dialog, EXPECTED[name])], name
    dialog.close()
