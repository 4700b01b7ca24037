"""Empty pages explain themselves: what the page is for, the first step, a button for it.

Each page is opened on a new, empty vault; the explanation shows instead of the table,
its button works, and the first record brings the table back. Run in English, so the
words checked are the source strings.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.scheduling.conftest import weekly
from tests.ui.conftest import PASSPHRASE
from vpi_groups.attendance import registers as attendance
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.programme import records as programme
from vpi_groups.programme import tallies
from vpi_groups.scheduling import records, series
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import ActionKind, Gender, Sector, TallyContact
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.empty_state import EmptyState
from vpi_groups.ui.pages.agenda import AgendaPage, CalendarCanvas
from vpi_groups.ui.pages.directory import DirectoryPage
from vpi_groups.ui.pages.participants import ParticipantsPage
from vpi_groups.ui.pages.programme_page import ProgrammePage
from vpi_groups.ui.pages.tallies import TalliesPage
from vpi_groups.ui.widgets import select_id


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    """A new vault: no partner, facilitator, action, group, session nor participant."""
    opened, _recovery = vaults.create(tmp_path / "vault", PASSPHRASE)
    yield opened
    if opened.is_open:
        opened.lock()


def _shown(qtbot: QtBot, page: QWidget) -> None:
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()


def _button(panel: EmptyState, name: str) -> QPushButton:
    button = panel.button(name)
    assert button is not None, name
    assert button.isVisible(), name
    return button


def _facilitators(vault: Vault, *names: str) -> None:
    with vault.session() as s:
        for name in names:
            programme.create_facilitator(s, programme.FacilitatorSpec(name, Sector.SOCIAL))


def test_an_empty_directory_says_it_comes_first_and_adds_the_first_partner(
    qtbot: QtBot, english: QApplication, vault: Vault
) -> None:
    page = DirectoryPage()
    _shown(qtbot, page)
    page.load(vault)
    qtbot.waitUntil(lambda: page.snapshot is not None)
    assert page.is_empty_shown()
    assert page.empty.isVisible()
    assert not page.organisation_view.isVisible()
    assert page.empty.text().startswith("Start with the directory")
    assert "facilitators" in page.empty.text()

    qtbot.mouseClick(_button(page.empty, "firstFacilitator"), Qt.MouseButton.LeftButton)
    assert page.editor is not None
    assert page.editor.objectName() == "facilitatorEditor"
    page.editor.reject()
    qtbot.waitUntil(lambda: page.editor is None)

    qtbot.mouseClick(_button(page.empty, "firstOrganisation"), Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor is not None
    assert editor.objectName() == "organisationEditor"
    editor.name.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor.name, "CIDFF du Val")  # type: ignore[attr-defined]
    sector = editor.sector  # type: ignore[attr-defined]
    sector.setCurrentIndex(sector.findData(Sector.ASSOCIATION.value))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy)
    assert page.organisations.rowCount() == 1
    assert not page.is_empty_shown(), "the first record brings the tables back"
    assert page.organisation_view.isVisible()


def test_an_empty_programme_says_action_first_and_where_facilitators_come_from(
    qtbot: QtBot, english: QApplication, vault: Vault
) -> None:
    page = ProgrammePage()
    _shown(qtbot, page)
    page.load(vault)
    qtbot.waitUntil(lambda: page.snapshot is not None)
    assert page.empty.isVisible()
    assert not page.action_view.isVisible()
    assert page.empty_text().startswith("No action yet. Create an action first")
    assert "two facilitators" in page.empty_text(), "none in the directory: said"
    with qtbot.waitSignal(page.wanted_page) as asked:
        qtbot.mouseClick(_button(page.empty, "goToDirectory"), Qt.MouseButton.LeftButton)
    assert asked.args == ["directory"]

    # The first action, through the panel's button.
    qtbot.mouseClick(_button(page.empty, "firstAction"), Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor is not None
    assert editor.objectName() == "actionEditor"
    qtbot.keyClicks(editor.title, "Groupe de parole")  # type: ignore[attr-defined]
    kind = editor.kind  # type: ignore[attr-defined]
    kind.setCurrentIndex(kind.findData(ActionKind.TALK_GROUP.value))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy)
    assert page.action_model.rowCount() == 1
    assert page.action_view.isVisible()
    assert not page.empty.isVisible()

    # The action has no group: said in place of the groups' table.
    select_id(page.action_view, page.action_model.row_id(0))
    assert page.groups_empty.isVisible()
    assert not page.group_view.isVisible()
    assert page.empty_text().startswith("This action has no group yet")
    assert "two facilitators" in page.empty_text()
    assert _button(page.groups_empty, "goToDirectory")

    # Two facilitators later, only the group's step is left.
    _facilitators(vault, "Awa Diallo", "Bruno Petit")
    page.load(vault)
    qtbot.waitUntil(lambda: page.snapshot is not None and len(page.snapshot.facilitators) == 2)
    select_id(page.action_view, page.action_model.row_id(0))
    assert "facilitators" not in page.empty_text()
    assert page.groups_empty.button("goToDirectory") is None
    qtbot.mouseClick(_button(page.groups_empty, "firstGroup"), Qt.MouseButton.LeftButton)
    assert page.editor is not None
    assert page.editor.objectName() == "groupEditor"
    page.editor.done(0)
    qtbot.waitUntil(lambda: page.editor is None)

    # A group, and the table is back.
    action_id = page.action_model.row_id(0)
    assert page.snapshot is not None
    people = tuple(f.id for f in page.snapshot.facilitators)
    with vault.session() as s:
        series.create_group(
            s, records.GroupSpec("Mardi", action_id, people, weekly(dt.date(2026, 3, 2)))
        )
    page.load(vault)
    qtbot.waitUntil(lambda: page.group_model.rowCount() == 1)
    assert page.group_view.isVisible()
    assert not page.groups_empty.isVisible()
    assert page.empty_text() == ""


def test_an_empty_agenda_points_to_the_programme(
    qtbot: QtBot, english: QApplication, vault: Vault
) -> None:
    page = AgendaPage()
    _shown(qtbot, page)
    page.day = dt.date(2026, 3, 2)
    page.load(vault)
    qtbot.waitUntil(lambda: page.no_session and not page.runner.busy)
    assert page.empty.isVisible()
    assert not page.canvas.isVisible()
    assert page.empty.text().startswith("No session yet")
    with qtbot.waitSignal(page.wanted_page) as asked:
        qtbot.mouseClick(_button(page.empty, "goToProgramme"), Qt.MouseButton.LeftButton)
    assert asked.args == ["programme"]

    _facilitators(vault, "Awa Diallo", "Bruno Petit")
    with vault.session() as s:
        action = programme.create_action(
            s, programme.ActionSpec("Groupe de parole", ActionKind.TALK_GROUP, 2026)
        )
        people = tuple(f.id for f in programme.list_facilitators(s))
        # in May: the week shown (March) stays empty, yet the vault has sessions
        series.create_group(
            s, records.GroupSpec("Mardi", action.id, people, weekly(dt.date(2026, 5, 4)))
        )
    page.reload()
    qtbot.waitUntil(lambda: not page.no_session and not page.runner.busy)
    assert page.canvas.isVisible()
    assert not page.empty.isVisible()
    assert not page.entries, "an empty week is a calendar, not the explanation"


def test_an_empty_participants_page_says_where_participants_come_from(
    qtbot: QtBot, english: QApplication, vault: Vault
) -> None:
    page = ParticipantsPage()
    _shown(qtbot, page)
    page.load(vault)
    qtbot.waitUntil(lambda: page.data is not None)
    assert page.is_empty_shown()
    assert page.empty.isVisible()
    assert not page.table.isVisible()
    assert "attendance sheet of a session" in page.empty.text()
    assert "code" in page.empty.text()
    with qtbot.waitSignal(page.wanted_page) as asked:
        qtbot.mouseClick(_button(page.empty, "goToAgenda"), Qt.MouseButton.LeftButton)
    assert asked.args == ["agenda"]

    with vault.session() as s:
        attendance.create_participant(s, ParticipantAttributes())
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.table.isVisible()
    assert not page.is_empty_shown()


def test_empty_tallies_say_what_they_are_and_where_partners_come_from(
    qtbot: QtBot, english: QApplication, vault: Vault
) -> None:
    page = TalliesPage()
    _shown(qtbot, page)
    page.load(vault)
    qtbot.waitUntil(lambda: page.snapshot is not None)
    assert page.is_empty_shown()
    assert page.empty.isVisible()
    assert not page.table.isVisible()
    assert page.empty.text().startswith("No tally recorded yet")
    assert "never a name nor a person" in page.empty.text()
    assert "like attendance" in page.empty.text()
    assert not page.editor_box.isEnabled(), "no partner to count for yet"
    with qtbot.waitSignal(page.wanted_page) as asked:
        qtbot.mouseClick(_button(page.empty, "goToDirectory"), Qt.MouseButton.LeftButton)
    assert asked.args == ["directory"]

    with vault.session() as s:
        partner = programme.create_organisation(
            s, programme.OrganisationSpec("CCAS", Sector.LOCAL_AUTHORITY)
        )
    page.load(vault)
    qtbot.waitUntil(lambda: page.editor_box.isEnabled() and not page.runner.busy)
    assert page.is_empty_shown(), "a partner, but nothing counted yet"
    assert _button(page.empty, "firstTally").text() == "&Enter a first month"
    with vault.session() as s:
        month = dt.date.fromisoformat(page.month.itemData(1))
        tallies.record_tally(s, month, partner.id, {(TallyContact.RECEIVED, Gender.WOMAN): 2})
    page.load(vault)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.table.isVisible()
    assert not page.is_empty_shown()
    page.clear()


NAMED = (QAbstractItemView, QLineEdit, QComboBox, CalendarCanvas)
"""The widgets a screen reader can only name by their accessible name or a label."""


@pytest.mark.parametrize(
    "page_class", [AgendaPage, DirectoryPage, ParticipantsPage, ProgrammePage, TalliesPage]
)
def test_every_field_table_and_view_has_a_name(
    qtbot: QtBot, english: QApplication, page_class: type[QWidget]
) -> None:
    """What a screen reader says on reaching a widget: its name, its label, or its words."""
    page = page_class()
    _shown(qtbot, page)
    labelled = {label.buddy() for label in page.findChildren(QLabel)} - {None}
    unnamed = []
    for widget in page.findChildren(QWidget):
        inside_combo = any(isinstance(w, QComboBox) for w in _ancestors(widget, page))
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget in labelled or inside_combo:
            continue
        if isinstance(widget, QAbstractButton):
            named = bool(re.search(r"[A-Za-z]", widget.text()) or widget.accessibleName())
        elif isinstance(widget, NAMED):
            named = bool(widget.accessibleName())
        else:
            continue
        if not named:
            unnamed.append(f"{type(widget).__name__}[{widget.objectName()}]")
    assert unnamed == []


def _ancestors(widget: QWidget, root: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        yield parent
        parent = parent.parentWidget()
