"""The participants page: "not recorded" referrals shown, sorted last, and found by a filter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from vpi_groups.attendance import registers as attendance
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import ReferralSource
from vpi_groups.ui.pages.participants import ParticipantsPage

REFERRAL_COLUMN = 3
SOURCES = (
    ReferralSource.UNKNOWN,
    ReferralSource.OTHER,
    ReferralSource.POLICE,
    ReferralSource.UNKNOWN,
    ReferralSource.HEALTH,
)


@pytest.fixture
def people(tmp_path: Path) -> Iterator[tuple[vaults.Vault, dict[int, ReferralSource]]]:
    vault, _ = vaults.create(tmp_path / "vault", PASSPHRASE)
    with vault.session() as s:
        ids = {
            attendance.create_participant(s, ParticipantAttributes(referral_source=source)).id: (
                source
            )
            for source in SOURCES
        }
    yield vault, ids
    if vault.is_open:
        vault.lock()


def test_not_recorded_is_shown_sorted_last_and_filtered(
    qtbot: QtBot,
    french: QApplication,
    people: tuple[vaults.Vault, dict[int, ReferralSource]],
    qtmodeltester: Any,
) -> None:
    vault, ids = people
    unknown = {pid for pid, source in ids.items() if source is ReferralSource.UNKNOWN}
    page = ParticipantsPage()
    qtbot.addWidget(page)
    page.show()
    page.load(vault)
    qtbot.waitUntil(lambda: page.model.rowCount() == len(SOURCES) and not page.runner.busy)
    qtmodeltester.check(page.model)
    for pid in unknown:
        assert page.model.cells(page.model.row_of(pid))[REFERRAL_COLUMN] == "Non renseigné"

    # Sorted in the order of the list (the reports' order): "not recorded" last, after
    # "other", never among the real sources.
    page.table.sortByColumn(REFERRAL_COLUMN, Qt.SortOrder.AscendingOrder)
    shown = [page.model.cells(row)[REFERRAL_COLUMN] for row in range(page.model.rowCount())]
    assert shown == [
        "Police ou gendarmerie",
        "Santé (médecin, hôpital, PMI, CMP)",
        "Autre",
        "Non renseigné",
        "Non renseigné",
    ]

    box = page.referral_filter
    assert box.itemData(0) is None  # everyone
    assert box.itemText(box.count() - 1) == "Non renseigné"
    assert box.itemText(box.count() - 2) == "Autre"
    box.setCurrentIndex(box.count() - 1)
    assert {page.model.row_at(r).row_id for r in range(page.model.rowCount())} == unknown
    qtmodeltester.check(page.model)
    # The code search narrows within the filter.
    one = min(unknown)
    page.search.setText(attendance_code(vault, one))
    assert [page.model.row_at(r).row_id for r in range(page.model.rowCount())] == [one]
    page.search.clear()
    box.setCurrentIndex(0)
    assert page.model.rowCount() == len(SOURCES)
    box.setCurrentIndex(box.count() - 1)
    page.clear()
    assert box.currentIndex() == 0
    assert not page.holds_record_data()


def attendance_code(vault: vaults.Vault, participant_id: int) -> str:
    with vault.session() as s:
        return attendance.get_participant(s, participant_id).code


def test_the_code_search_forgives_case_dashes_and_look_alikes(
    qtbot: QtBot,
    french: QApplication,
    people: tuple[vaults.Vault, dict[int, ReferralSource]],
) -> None:
    """A code read over the phone is typed in lower case, with a dash, O for 0, I for 1."""
    vault, ids = people
    page = ParticipantsPage()
    qtbot.addWidget(page)
    page.show()
    page.load(vault)
    qtbot.waitUntil(lambda: page.model.rowCount() == len(SOURCES) and not page.runner.busy)
    one = min(ids)
    code = attendance_code(vault, one)
    sloppy = (code[:3] + "-" + code[3:]).lower().replace("0", "o").replace("1", "i")
    page.search.setText(sloppy)
    assert [page.model.row_at(r).row_id for r in range(page.model.rowCount())] == [one]
    page.search.setText(" " + code[2:5].lower() + " ")
    assert one in {page.model.row_at(r).row_id for r in range(page.model.rowCount())}
