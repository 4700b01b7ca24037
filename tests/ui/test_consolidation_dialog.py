"""The consolidation in the window: two vaults paired, a bundle sent, received, revoked.

Everything goes through the widgets a person uses: the Settings page opens the dialog,
its buttons ask for files (the file dialogs are answered here), the worker does the
rest. What was kept is read back with SQL; the figures a bundle and the consolidated
report show are compared with single-vault reports built on each vault.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tests.ui.conftest import PASSPHRASE
from vpi_groups import vault_settings
from vpi_groups.consolidation import bundles
from vpi_groups.consolidation.errors import ConsolidationError, ConsolidationErrorCode
from vpi_groups.demo import data as demo_data
from vpi_groups.reports.indicators import PeriodSpec, Report, build_report
from vpi_groups.storage import vault as vaults
from vpi_groups.ui import consolidation_dialog, file_dialogs
from vpi_groups.ui.consolidation_dialog import ConsolidationDialog, PeerModel, StatusModel
from vpi_groups.ui.errors import error_text
from vpi_groups.ui.help_viewer import HelpViewer
from vpi_groups.ui.pages.reports_page import ReportsPage
from vpi_groups.ui.pages.settings import SettingsPage
from vpi_groups.ui.preferences import Preferences

TODAY = dt.date(2026, 11, 28)
YEAR = 2026
PROGRAMME = "Programme VIF du Val"
COORDINATION = "Coordination VIF"
FACILITATOR = "CCAS de Villeneuve"
WHOLE_YEAR = (YEAR * 12, YEAR * 12 + 11)


@dataclass
class Vaults:
    coordinator: vaults.Vault
    facilitator: vaults.Vault


@pytest.fixture
def two(tmp_path: Path) -> Iterator[Vaults]:
    """A coordinator's vault and a facilitator's, each with a year of demo programme."""
    opened = []
    for name, seed, organisation in (("coordinator", 3, COORDINATION), ("ccas", 4, FACILITATOR)):
        vault = vaults.create(tmp_path / name, PASSPHRASE, kdf_seconds=0)[0]
        with vault.session() as s:
            demo_data.populate(s, years=1, seed=seed, today=TODAY)
            vault_settings.save_organisation(s, organisation)
        opened.append(vault)
    yield Vaults(*opened)
    for vault in opened:
        vault.lock()


@dataclass
class Files:
    """The answers the file dialogs give, and what they were asked."""

    saves: list[Path] = field(default_factory=list)
    opens: list[list[Path]] = field(default_factory=list)
    suggested: list[str] = field(default_factory=list)  # the default file names offered


@pytest.fixture
def files(monkeypatch: pytest.MonkeyPatch) -> Files:
    answers = Files()

    def save(_parent: object, _caption: str, directory: str = "", _f: str = "") -> tuple[str, str]:
        answers.suggested.append(Path(directory).name)
        return str(answers.saves.pop(0)), ""

    def open_one(_parent: object, _caption: str, _d: str = "", _f: str = "") -> tuple[str, str]:
        return str(answers.opens.pop(0)[0]), ""

    def open_several(_parent: object, _caption: str, _d: str, _f: str) -> list[str]:
        return [str(p) for p in answers.opens.pop(0)]

    monkeypatch.setattr(file_dialogs, "save_file_name", save)
    monkeypatch.setattr(file_dialogs, "open_file_name", open_one)
    monkeypatch.setattr(consolidation_dialog, "open_file_names", open_several)
    return answers


# ---------------------------------------------------------------- helpers


def _settings(qtbot: QtBot, preferences: Preferences, vault: vaults.Vault) -> SettingsPage:
    page = SettingsPage(preferences)
    qtbot.addWidget(page)
    page.show()
    page.load(vault)
    qtbot.waitUntil(
        lambda: page.consolidation_button.isEnabled() and bool(page.consolidation_status.text())
    )
    return page


def _open(qtbot: QtBot, page: SettingsPage) -> ConsolidationDialog:
    """The dialog, opened by its button (deleted when closed: not given to qtbot)."""
    qtbot.mouseClick(page.consolidation_button, Qt.MouseButton.LeftButton)
    dialog = page.consolidation_dialog
    assert dialog is not None
    _idle(qtbot, dialog)
    return dialog


def _idle(qtbot: QtBot, dialog: ConsolidationDialog) -> None:
    qtbot.waitUntil(lambda: dialog.snapshot is not None and not dialog.busy, timeout=20_000)


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _close_pairing_box(qtbot: QtBot, dialog: ConsolidationDialog) -> str:
    qtbot.waitUntil(lambda: dialog.pairing_box is not None and not dialog.busy)
    box = dialog.pairing_box
    assert box is not None
    said = box.text()
    ok = box.button(QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pairing_box is None)
    return said


def _become_coordinator(qtbot: QtBot, dialog: ConsolidationDialog) -> None:
    _click(qtbot, dialog.become_button)
    asked = dialog.programme_dialog
    assert asked is not None
    entry = asked.findChild(QLineEdit)
    assert entry is not None
    qtbot.keyClicks(entry, PROGRAMME)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: dialog.snapshot is not None and dialog.snapshot.coordinates and not dialog.busy
    )


def _pair(
    qtbot: QtBot,
    files: Files,
    tmp_path: Path,
    coordinator: ConsolidationDialog,
    facilitator: ConsolidationDialog,
) -> None:
    """Coordinator's card to the facilitator, the facilitator's key back."""
    _become_coordinator(qtbot, coordinator)
    card = tmp_path / "carte.json"
    files.saves.append(card)
    _click(qtbot, coordinator.card_button)
    qtbot.waitUntil(lambda: card.is_file() and not coordinator.busy)
    files.opens.append([card])
    _click(qtbot, facilitator.register_button)
    _close_pairing_box(qtbot, facilitator)
    key = tmp_path / "cle.json"
    files.saves.append(key)
    _click(qtbot, facilitator.key_button)
    qtbot.waitUntil(lambda: key.is_file() and not facilitator.busy)
    files.opens.append([key])
    _click(qtbot, coordinator.register_button)
    _close_pairing_box(qtbot, coordinator)


def _write_year(
    qtbot: QtBot, files: Files, dialog: ConsolidationDialog, path: Path, period: int = 0
) -> None:
    """Prepare the whole year (or the ``period``-th choice) on the Send tab, then write it."""
    dialog.tabs.setCurrentWidget(dialog.send_tab)
    dialog.send_year.setValue(YEAR)
    dialog.send_period.setCurrentIndex(period)
    _click(qtbot, dialog.prepare_button)
    qtbot.waitUntil(lambda: dialog.prepared is not None and not dialog.busy, timeout=20_000)
    files.saves.append(path)
    _click(qtbot, dialog.write_button)
    qtbot.waitUntil(lambda: dialog.written == path and not dialog.busy, timeout=20_000)


def _import(
    qtbot: QtBot, files: Files, dialog: ConsolidationDialog, paths: list[Path]
) -> list[tuple[str, str]]:
    before = dialog.results.count()
    dialog.tabs.setCurrentWidget(dialog.receive_tab)
    files.opens.append(paths)
    _click(qtbot, dialog.import_button)
    qtbot.waitUntil(
        lambda: dialog.results.count() == before + len(paths) and not dialog.busy,
        timeout=20_000,
    )
    return dialog.result_lines()[before:]


def _drop(qtbot: QtBot, dialog: ConsolidationDialog, path: Path) -> list[tuple[str, str]]:
    """Drop ``path`` on the Receive tab, as a file manager does."""
    before = dialog.results.count()
    dialog.tabs.setCurrentWidget(dialog.receive_tab)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPointF(dialog.receive_tab.rect().center())
    enter = QDragEnterEvent(
        where.toPoint(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(dialog.receive_tab, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        where,
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(dialog.receive_tab, drop)
    qtbot.waitUntil(lambda: dialog.results.count() == before + 1 and not dialog.busy)
    return dialog.result_lines()[before:]


def _cells(view_model: PeerModel | StatusModel) -> list[tuple[str, ...]]:
    return [view_model.cells(r) for r in range(view_model.rowCount())]


def _attendances(vault: vaults.Vault) -> int:
    """The year's attendances in one vault's own report (exact, before any protection)."""
    with vault.session() as s:
        report = build_report(s, PeriodSpec.year(YEAR))
    totals = report.table("attendances-by-month").column_totals
    assert totals is not None
    assert totals[0].exact is not None
    return int(totals[0].exact)


def _count(vault: vaults.Vault, sql: str) -> int:
    with vault.session() as s:
        return int(s.execute(text(sql)).scalar_one())


def _reports(qtbot: QtBot, vault: vaults.Vault) -> ReportsPage:
    page = ReportsPage()
    qtbot.addWidget(page)
    page.show()
    page.load(vault)
    qtbot.waitUntil(lambda: page.report is not None and not page.runner.busy, timeout=30_000)
    return page


def _recomputed(qtbot: QtBot, page: ReportsPage) -> Report:
    """Press Compute and wait for the new report.

    A report the page started by itself (a period chosen) is awaited first: its
    button is disabled meanwhile, and its report was asked before the click.
    """
    qtbot.waitUntil(lambda: not page.runner.busy and page.compute_button.isEnabled())
    before = page.report
    _click(qtbot, page.compute_button)
    qtbot.waitUntil(lambda: page.report is not before and not page.runner.busy, timeout=30_000)
    assert page.report is not None
    return page.report


def _table_ids(page: ReportsPage) -> set[str]:
    assert page.report is not None
    return {t.id for t in page.report.tables}


def _mnemonic(words: str) -> str | None:
    found = re.search(r"&([^&])", words.replace("&&", ""))
    return found.group(1).lower() if found else None


# ---------------------------------------------------------------- tests


def test_pair_send_and_receive_through_the_window(
    qtbot: QtBot,
    english: QApplication,
    two: Vaults,
    files: Files,
    preferences: Preferences,
    tmp_path: Path,
) -> None:
    c_page = _settings(qtbot, preferences, two.coordinator)
    f_page = _settings(qtbot, preferences, two.facilitator)
    assert c_page.consolidation_status.text() == "Not paired yet."
    coordinator, facilitator = _open(qtbot, c_page), _open(qtbot, f_page)
    # Nothing to send nor receive before pairing: the tabs say so, their buttons wait.
    assert not facilitator.send_notice.isHidden()
    assert not facilitator.prepare_button.isEnabled()
    assert not facilitator.key_button.isEnabled()
    assert not coordinator.receive_notice.isHidden()
    assert not coordinator.import_button.isEnabled()
    assert not coordinator.card_button.isEnabled()

    # The coordinator's key, its card, and the card registered by the facilitator.
    _become_coordinator(qtbot, coordinator)
    snapshot = coordinator.snapshot
    assert snapshot is not None
    words = snapshot.keys.coordinator_words
    assert words is not None
    assert len(words.split()) == 6
    assert words in coordinator.own_coordinator.text()
    assert PROGRAMME in coordinator.own_coordinator.text()
    assert coordinator.receive_notice.isHidden()
    assert not coordinator.become_button.isEnabled()
    card = tmp_path / "carte.json"
    files.saves.append(card)
    _click(qtbot, coordinator.card_button)
    qtbot.waitUntil(lambda: card.is_file() and not coordinator.busy)
    assert files.suggested[-1] == "carte-coordinateur.json"
    with two.coordinator.session() as s:
        assert card.read_bytes() == bundles.card(s)

    files.opens.append([card])
    _click(qtbot, facilitator.register_button)
    said = _close_pairing_box(qtbot, facilitator)
    assert words in said
    assert PROGRAMME in said
    assert facilitator.last_pairing is not None
    assert facilitator.last_pairing.words == words  # the same words on both screens
    assert facilitator.send_notice.isHidden()
    assert facilitator.prepare_button.isEnabled()

    # The facilitator's key, registered by the coordinator.
    key = tmp_path / "cle.json"
    files.saves.append(key)
    _click(qtbot, facilitator.key_button)
    qtbot.waitUntil(lambda: key.is_file() and not facilitator.busy)
    assert files.suggested[-1] == "cle-ccas-de-villeneuve.json"
    f_snapshot = facilitator.snapshot
    assert f_snapshot is not None
    assert f_snapshot.keys.signing_words is not None
    f_words = f_snapshot.keys.signing_words
    assert f_words in facilitator.own_signing.text()
    files.opens.append([key])
    _click(qtbot, coordinator.register_button)
    said = _close_pairing_box(qtbot, coordinator)
    assert f_words in said
    assert FACILITATOR in said
    rows = _cells(coordinator.peer_model)
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("Organisation", FACILITATOR, f_words, "")]
    assert re.fullmatch(r"\d\d/\d\d/\d{4}", rows[0][3])

    # The facilitator prepares the year: the summary is what the bundle holds.
    facilitator.tabs.setCurrentWidget(facilitator.send_tab)
    facilitator.send_year.setValue(YEAR)
    facilitator.send_period.setCurrentIndex(0)
    assert not facilitator.write_button.isEnabled(), "nothing is written before it is read"
    _click(qtbot, facilitator.prepare_button)
    qtbot.waitUntil(lambda: facilitator.prepared is not None and not facilitator.busy)
    summary = facilitator.summary.toPlainText()
    titles = {
        row[0]
        for row in two.facilitator.run(
            lambda s: s.execute(
                text(
                    "SELECT title FROM action WHERE year = :y "
                    "AND kind IN ('talk_group', 'training', 'plenary')"
                ),
                {"y": YEAR},
            ).all()
        )
    }
    assert titles
    for title in titles:
        assert f"{title} ({YEAR})" in summary
    assert f"Attendances: {_attendances(two.facilitator)}" in summary
    assert "01/2026–12/2026" in summary
    assert PROGRAMME in summary
    assert words in summary
    assert _count(two.facilitator, "SELECT count(*) FROM release") == 0, "preparing writes nothing"
    # Another period: the summary goes, and the bundle cannot be written unread.
    facilitator.send_period.setCurrentIndex(4)  # Q4
    assert facilitator.summary.toPlainText() == ""
    assert facilitator.prepared is None
    assert not facilitator.write_button.isEnabled()
    assert facilitator.bundle_file_name() == "envoi-ccas-de-villeneuve-2026-T4.vpibundle"
    bundle = tmp_path / "envoi.vpibundle"
    _write_year(qtbot, files, facilitator, bundle)
    assert files.suggested[-1] == "envoi-ccas-de-villeneuve-2026.vpibundle"
    assert bundle.is_file()
    assert _count(two.facilitator, "SELECT count(*) FROM release WHERE file_format = 'bundle'") == 1

    # The coordinator imports it: received, and nothing missing for the year.
    lines = _import(qtbot, files, coordinator, [bundle])
    assert lines == [
        ("received", f"envoi.vpibundle: received from {FACILITATOR} for 01/2026–12/2026.")
    ]
    coordinator.status_year.setValue(YEAR)
    qtbot.waitUntil(lambda: not coordinator.busy)
    assert _cells(coordinator.status_model) == [(FACILITATOR, "01/2026–12/2026", "nothing missing")]
    coordinator.status_year.setValue(YEAR + 1)
    qtbot.waitUntil(
        lambda: (
            not coordinator.busy
            and coordinator.snapshot is not None
            and coordinator.snapshot.year == YEAR + 1
        )
    )
    missing = ", ".join(f"{m:02d}/{YEAR + 1}" for m in range(1, 13))
    assert _cells(coordinator.status_model) == [
        (FACILITATOR, "01/2026–12/2026", f"nothing received for {missing}")
    ]
    kept = _count(two.coordinator, "SELECT count(*) FROM received_bundle")
    assert kept == 1

    # The same file again, dropped on the tab: refused, and nothing changes.
    lines = _drop(qtbot, coordinator, bundle)
    refusal = error_text(ConsolidationError(ConsolidationErrorCode.DUPLICATE))
    assert lines == [("refused", f"envoi.vpibundle: refused. {refusal}")]
    assert _count(two.coordinator, "SELECT count(*) FROM received_bundle") == 1

    # Closed: the Settings pages say what each vault is now.
    coordinator.done(0)
    facilitator.done(0)
    qtbot.waitUntil(
        lambda: (
            c_page.consolidation_status.text()
            == f"This vault coordinates the programme “{PROGRAMME}”."
        )
    )
    qtbot.waitUntil(
        lambda: (
            f_page.consolidation_status.text() == f"Paired with the coordinator of “{PROGRAMME}”."
        )
    )
    c_page.clear()
    f_page.clear()


def test_a_newer_bundle_replaces_the_older_and_revoking_removes_them(
    qtbot: QtBot,
    english: QApplication,
    two: Vaults,
    files: Files,
    preferences: Preferences,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    coordinator = _open(qtbot, _settings(qtbot, preferences, two.coordinator))
    facilitator = _open(qtbot, _settings(qtbot, preferences, two.facilitator))
    _pair(qtbot, files, tmp_path, coordinator, facilitator)
    first, second = tmp_path / "first.vpibundle", tmp_path / "second.vpibundle"
    _write_year(qtbot, files, facilitator, first)
    _write_year(qtbot, files, facilitator, second)
    attendances = _attendances(two.facilitator)
    assert [kind for kind, _text in _import(qtbot, files, coordinator, [first])] == ["received"]
    lines = _import(qtbot, files, coordinator, [second])
    assert len(lines) == 1
    assert lines[0][0] == "replaced"
    assert f"attendances {attendances} → {attendances}" in lines[0][1]
    # The older one, once more: refused as older than what is kept.
    lines = _import(qtbot, files, coordinator, [first])
    assert lines[0][0] == "refused"
    assert error_text(ConsolidationError(ConsolidationErrorCode.REPLAYED)) in lines[0][1]
    assert _count(two.coordinator, "SELECT count(*) FROM received_bundle") == 1
    # A quarter, newer still: the year stays for the other nine months, and the line says so.
    quarter = tmp_path / "q2.vpibundle"
    _write_year(qtbot, files, facilitator, quarter, period=2)  # Q2
    lines = _import(qtbot, files, coordinator, [quarter])
    assert lines[0][0] == "replaced"
    assert f"received from {FACILITATOR} for 04/{YEAR}–06/{YEAR}." in lines[0][1]
    assert (
        f"The earlier bundle (01/{YEAR}–12/{YEAR}) still counts for the months this one lacks."
        in lines[0][1]
    )
    assert _count(two.coordinator, "SELECT count(*) FROM received_bundle") == 2
    assert _cells(coordinator.status_model) == [
        (FACILITATOR, f"01/{YEAR}–12/{YEAR}, 04/{YEAR}–06/{YEAR}", "nothing missing")
    ]

    asked: list[QMessageBox.StandardButton] = []
    answer = QMessageBox.StandardButton.No

    def question(*args: object) -> QMessageBox.StandardButton:
        default = args[-1]
        assert isinstance(default, QMessageBox.StandardButton)
        asked.append(default)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    coordinator.tabs.setCurrentWidget(coordinator.pairing_tab)
    assert not coordinator.revoke_button.isEnabled(), "nothing selected"
    coordinator.peer_view.selectRow(0)
    _click(qtbot, coordinator.revoke_button)
    assert asked == [QMessageBox.StandardButton.No], "No is the default"
    qtbot.waitUntil(lambda: not coordinator.busy)
    assert _count(two.coordinator, "SELECT count(*) FROM received_bundle") == 2, "answered No"
    answer = QMessageBox.StandardButton.Yes
    _click(qtbot, coordinator.revoke_button)
    qtbot.waitUntil(
        lambda: (
            not coordinator.busy
            and coordinator.snapshot is not None
            and coordinator.snapshot.peers[0].revoked_at is not None
        )
    )
    assert _count(two.coordinator, "SELECT count(*) FROM received_bundle") == 0
    assert _count(two.coordinator, "SELECT count(*) FROM consolidation_peer") == 1
    assert coordinator.peer_model.cells(0)[4] != ""
    (row,) = _cells(coordinator.status_model)
    assert row[0] == FACILITATOR
    assert row[1].startswith("revoked on ")
    coordinator.peer_view.selectRow(0)
    assert not coordinator.revoke_button.isEnabled(), "revoked once"
    # Its bundles are refused from now on.
    lines = _import(qtbot, files, coordinator, [second])
    assert lines[0][0] == "refused"
    assert error_text(ConsolidationError(ConsolidationErrorCode.REVOKED_SENDER)) in lines[0][1]
    coordinator.done(0)
    facilitator.done(0)


def test_the_reports_page_offers_the_consolidated_report_to_a_coordinator(
    qtbot: QtBot,
    english: QApplication,
    two: Vaults,
    files: Files,
    preferences: Preferences,
    tmp_path: Path,
) -> None:
    coordinator = _open(qtbot, _settings(qtbot, preferences, two.coordinator))
    facilitator = _open(qtbot, _settings(qtbot, preferences, two.facilitator))
    _pair(qtbot, files, tmp_path, coordinator, facilitator)
    bundle = tmp_path / "envoi.vpibundle"
    _write_year(qtbot, files, facilitator, bundle)
    assert [kind for kind, _text in _import(qtbot, files, coordinator, [bundle])] == ["received"]
    coordinator.done(0)
    facilitator.done(0)

    pages = {
        "coordinator": _reports(qtbot, two.coordinator),
        "facilitator": _reports(qtbot, two.facilitator),
    }
    assert not pages["facilitator"].consolidated.isVisible(), "a facilitator has nothing to add"
    page = pages["coordinator"]
    assert page.consolidated.isVisible()
    assert not page.consolidated.isChecked()
    assert "attendances-by-sender" not in _table_ids(page)

    page.period.choose(PeriodSpec.year(YEAR))
    page.consolidated.setChecked(True)
    report = _recomputed(qtbot, page)
    expected = _attendances(two.coordinator) + _attendances(two.facilitator)
    index = next(i for i, t in enumerate(report.tables) if t.id == "attendances-by-sender")
    table = report.tables[index]
    assert [r.text("en") for r in table.rows] == [COORDINATION, FACILITATOR]
    assert table.grand_total is not None
    assert table.grand_total.exact == expected
    shown = page.table_models[index]
    total = shown.index(shown.rowCount() - 1, shown.columnCount() - 1).data()
    # shown as computed, own plus received, unless the protection hides it (then "s")
    published = table.grand_total.published
    assert total == (str(expected) if published is not None else "s"), total
    # Unchecked: the vault's own report again.
    page.consolidated.setChecked(False)
    _recomputed(qtbot, page)
    assert "attendances-by-sender" not in _table_ids(page)
    for shown_page in pages.values():
        shown_page.clear()
    assert not page.consolidated.isVisible()


def test_models_pass_the_model_tester(
    qtbot: QtBot, english: QApplication, qtmodeltester: object
) -> None:
    paired = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    peers = [
        bundles.Peer(1, "coordinator", PROGRAMME, PROGRAMME, "a b c d e f", paired, None),
        bundles.Peer(2, "sender", FACILITATOR, PROGRAMME, "g h i j k l", paired, None),
        bundles.Peer(3, "sender", "Mairie", PROGRAMME, "m n o p q r", paired, paired),
    ]
    peer_model = PeerModel()
    peer_model.show_peers(peers)
    qtmodeltester.check(peer_model)  # type: ignore[attr-defined]
    assert peer_model.cells(2)[4] == "02/03/2026"
    received = bundles.Received(WHOLE_YEAR, paired, paired)
    status_model = StatusModel()
    status_model.show_status(
        [
            bundles.SenderStatus(peers[1], (received,), ()),
            bundles.SenderStatus(peers[2], (), ()),
            bundles.SenderStatus(peers[1], (), (YEAR * 12 + 10, YEAR * 12 + 11)),
        ]
    )
    qtmodeltester.check(status_model)  # type: ignore[attr-defined]
    assert _cells(status_model) == [
        (FACILITATOR, "01/2026–12/2026", "nothing missing"),
        ("Mairie", "revoked on 02/03/2026", ""),
        (FACILITATOR, "nothing received", "nothing received for 11/2026, 12/2026"),
    ]
    status_model.show_status([])
    peer_model.show_peers([])
    qtmodeltester.check(status_model)  # type: ignore[attr-defined]
    qtmodeltester.check(peer_model)  # type: ignore[attr-defined]


def test_mnemonics_are_unique_and_the_dialog_fits_a_small_screen(
    qtbot: QtBot, english: QApplication, two: Vaults, preferences: Preferences
) -> None:
    dialog = _open(qtbot, _settings(qtbot, preferences, two.facilitator))
    texts = [b.text() for b in dialog.findChildren(QAbstractButton)]
    texts += [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    texts += [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    keys = [k for k in map(_mnemonic, texts) if k is not None]
    assert len(keys) == len(set(keys)) >= 15, texts
    for label in dialog.findChildren(QLabel):
        if _mnemonic(label.text()) is not None:
            assert label.buddy() is not None, label.text()
    # At 150 % on a 1366×768 screen the window has about 910×512 pixels to give.
    least = dialog.minimumSizeHint()
    assert least.width() <= 900, least
    assert least.height() <= 500, least
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().width() <= screen.width()
    assert dialog.frameGeometry().height() <= screen.height()
    dialog.done(0)


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_f1_opens_the_guide_on_consolidation(
    qtbot: QtBot, english: QApplication, two: Vaults, preferences: Preferences
) -> None:
    """The dialog is a window of its own: F1 there must not open the Settings page's topic."""
    dialog = _open(qtbot, _settings(qtbot, preferences, two.facilitator))
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    qtbot.keyClick(dialog.tabs, Qt.Key.Key_F1)
    viewers = [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpViewer)]
    assert len(viewers) == 1
    viewer = viewers[0]
    qtbot.addWidget(viewer)
    assert viewer.isVisible()
    assert viewer.current_page() == "consolidation.md"
    viewer.close()
    dialog.done(0)
