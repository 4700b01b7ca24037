"""The release ledger in the window: what left the machine, listed from the Reports page."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from vpi_groups.demo import data as demo_data
from vpi_groups.reports.files import Format
from vpi_groups.reports.indicators import PeriodSpec, Report
from vpi_groups.reports.ledger import ReleaseInfo
from vpi_groups.reports.values import AuditSummary
from vpi_groups.storage import vault as vaults
from vpi_groups.ui.pages.reports_page import ReportsPage
from vpi_groups.ui.releases_dialog import ReleasesDialog, ReleasesModel

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def vault(vault_folder: tuple[Path, str]) -> vaults.Vault:
    opened = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    with opened.session() as s:
        demo_data.populate(s, years=1, seed=5, today=TODAY)
    return opened


def _release(n: int, hidden: int) -> ReleaseInfo:
    return ReleaseInfo(
        id=n,
        at=dt.datetime(2026, 1, n, 9, 0, tzinfo=dt.UTC),
        file_name=f"bilan-{n}.csv",
        file_format="csv",
        sha256=f"{n:064x}",
        period=(dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        columns="quarter",
        breakdowns=("month",),
        k=5,
        published=100 - hidden,
        hidden=hidden,
    )


def test_the_ledger_model_passes_the_model_tester(
    french: QApplication, qtmodeltester: object
) -> None:
    model = ReleasesModel()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.show_releases([_release(1, 10), _release(2, 40)])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 2
    assert model.index(0, 1).data() == "bilan-1.csv"
    assert model.index(0, 3).data() == "trimestres"
    assert model.index(1, 6).data() == "40"
    model.sort(6, pytest.importorskip("PySide6.QtCore").Qt.SortOrder.DescendingOrder)
    assert model.index(0, 6).data() == "40"
    model.show_releases([])
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_an_export_appears_in_the_list_with_its_checksum(
    qtbot: QtBot, french: QApplication, vault: vaults.Vault, tmp_path: Path
) -> None:
    page = ReportsPage()
    qtbot.addWidget(page)
    page.show()
    page.load(vault)
    qtbot.waitUntil(lambda: page.report is not None and not page.runner.busy, timeout=20_000)
    page.report = None
    page.period.choose(PeriodSpec.year(2026))
    page.compute()
    qtbot.waitUntil(lambda: page.report is not None and not page.runner.busy, timeout=20_000)
    summary = page.hidden_summary.text()
    assert page.report is not None
    audit = page.report.audit
    assert audit is not None
    assert f"{audit.hidden} effectifs de personnes sur {audit.counts}" in summary
    path = tmp_path / "bilan.csv"
    page.export_to(Format.CSV, path)
    qtbot.waitUntil(lambda: page.written == path and not page.runner.busy, timeout=20_000)
    page.show_releases()
    qtbot.waitUntil(lambda: page.releases_dialog is not None, timeout=20_000)
    dialog = page.releases_dialog
    assert isinstance(dialog, ReleasesDialog)
    assert dialog.isVisible()
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "bilan.csv"
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert dialog.model.index(0, 7).data() == digest[:16] + "…"
    assert dialog.model.index(0, 6).data() == str(audit.hidden)
    dialog.close()
    page.clear()
    vault.lock()


def test_most_hidden_suggests_a_coarser_layout(french: QApplication) -> None:
    page = ReportsPage()

    def said(hidden: int) -> str:
        audit = AuditSummary(
            counts=100, hidden=hidden, earlier_releases=2, programs=50, hidden_range=3
        )
        return page.summary_text(cast(Report, SimpleNamespace(audit=audit)))

    assert "trimestre" in said(70)
    assert "trimestre" not in said(30)
    assert "30 effectifs de personnes sur 100" in said(30)
