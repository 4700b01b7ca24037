"""Every widget reached with Tab has a name a screen reader can say, and only its own.

The walk opens the unlocked main window on a demo vault, shows every page (and every
tab, view and table of it), then opens every dialog of the application: the unlock
window and its recovery page, the first-run wizard's pages, the session dialog on a
session with attendance, the participant form, the record editors, the calendar
export, the release ledger, the vault dialogs and the user guide. In each window it
takes the widgets Tab can reach (visible, enabled, accepting Tab focus, not passing
their focus on to another widget) and asks Qt's accessibility layer for the name it
gives them: the accessible name if one is set, else the text of the button or check
box, else the text of the label whose buddy the widget is. A widget without a name is
reported, and so are two widgets of one window with the same name: one of them is
named by another field's label (a buddy set on the wrong widget) or the two cannot
be told apart by ear.

The French catalogues are installed: the names are the ones a French user hears.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.demo import data as demo_data
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import SessionStatus
from vpi_groups.ui.calendar_dialog import CalendarExportDialog
from vpi_groups.ui.dialogs import (
    BackupDialog,
    ChangePassphraseDialog,
    NewRecoveryKeyDialog,
    RestoreDialog,
)
from vpi_groups.ui.editors.convention import LinesField
from vpi_groups.ui.help_viewer import HelpViewer, show_help
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.pages.agenda import View
from vpi_groups.ui.pages.partnership import PartnershipPage
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.session_dialog import NewParticipantDialog
from vpi_groups.ui.unlock import UnlockDialog
from vpi_groups.ui.widgets import select_id
from vpi_groups.ui.wizard import FirstRunWizard

TODAY = dt.date(2026, 11, 28)
LOAD_MS = 20_000  # a page or a dialog reading the demo vault on a busy machine

# Names that two widgets of one window may share, because a screen reader tells them
# apart by what surrounds them. Empty: every repeat found so far was a real fault.
SHARED_NAMES: frozenset[str] = frozenset()


def accessible_name(widget: QWidget) -> str:
    """The name Qt's accessibility layer gives ``widget``: what a screen reader says.

    Qt's own rules apply: the accessible name set on the widget, else a button's or a
    check box's text (mnemonic ampersand removed), else the text of the label whose
    buddy the widget is.
    """
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def tab_stops(window: QWidget) -> list[QWidget]:
    """The widgets of ``window`` that Tab reaches now: shown, enabled, taking focus.

    A widget that hands its focus to another (a spin box's line edit, a tab widget's
    tab bar) is not a stop of its own: the widget it hands focus to is.
    """
    stops = []
    for widget in [window, *window.findChildren(QWidget)]:
        takes_tab = bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)
        if not takes_tab or not widget.isVisible() or not widget.isEnabled():
            continue
        if widget.focusProxy() is not None:
            continue
        stops.append(widget)
    return stops


def _path(widget: QWidget, window: QWidget) -> str:
    """``window/parent/widget`` by object names: where to find the widget."""
    names = []
    current: QWidget | None = widget
    while current is not None:
        name = current.objectName()
        parent = current.parentWidget()
        if not name:
            kind = type(current)
            same = [w for w in (parent.children() if parent else []) if type(w) is kind]
            name = (
                f"<{kind.__name__}>"
                if len(same) < 2
                else f"<{kind.__name__}:{same.index(current)}>"
            )
        names.append(name)
        if current is window:
            break
        current = current.parentWidget()
    return "/".join(reversed(names))


def _module(widget: QWidget) -> str:
    """The application module that builds ``widget``: its window's or its page's.

    Helpers (a spin box with its check, a scroll area that fits the screen) come from
    shared modules; the label that should name the widget is made by the window or the
    page, so that is where the fix goes.
    """
    current: QWidget | None = widget
    nearest = "?"
    while current is not None:
        module = type(current).__module__
        if module.startswith("vpi_groups."):
            path = "src/" + module.replace(".", "/") + ".py"
            nearest = path if nearest == "?" else nearest
            parent = current.parentWidget()
            if current.isWindow() or isinstance(parent, QStackedWidget):
                return path
        current = current.parentWidget()
    return nearest


@dataclass(frozen=True)
class Finding:
    """One widget a screen reader cannot name, or names wrongly."""

    module: str
    path: str
    kind: str
    fault: str

    def __str__(self) -> str:
        return f"{self.module}: {self.path} ({self.kind}): {self.fault}"


def _finding(widget: QWidget, window: QWidget, fault: str) -> Finding:
    return Finding(_module(widget), _path(widget, window), type(widget).__name__, fault)


def _labelled(window: QWidget) -> list[tuple[QWidget, str]]:
    """Each (field, label text) of ``window``: a label's buddy, or a form row's field.

    Qt names a field after a label whose buddy it is, or after its label in a form
    layout: both count as the label claiming the field.
    """
    claims: list[tuple[QWidget, QLabel]] = []
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.isVisible():
            claims.append((buddy.focusProxy() or buddy, label))
    for form in window.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            title = label_item.widget() if label_item is not None else None
            field = field_item.widget() if field_item is not None else None
            if not isinstance(title, QLabel) or field is None or not title.isVisible():
                continue
            field = field.focusProxy() or field
            if not any(f is field and lab is title for f, lab in claims):
                claims.append((field, title))
    return [(field, label.text()) for field, label in claims]


def _label_around(widget: QWidget, window: QWidget, claims: list[tuple[QWidget, str]]) -> str:
    """The text of a label meant for ``widget``, or for a row holding it: its intended name.

    Qt looks for a buddy label among the widget's siblings only: a label elsewhere
    (beside the row that holds the field and its error line, or whose buddy is that
    row) names nothing. Said in the report, it tells what name to give.
    """
    current: QWidget | None = widget
    while current is not None and current is not window:
        for field, text in claims:
            if field is current:
                return text
        current = current.parentWidget()
    return ""


def check(window: QWidget) -> list[Finding]:
    """The naming faults among the widgets Tab reaches in ``window`` now.

    A widget without a name; a widget that two labels claim as their buddy (Qt names
    it after one of them, and the field the other label was meant for is named
    wrongly or not at all); two widgets with the same name.
    """
    stops = tab_stops(window)
    found = []
    buddies = _labelled(window)
    by_name: dict[str, list[QWidget]] = {}
    for widget in stops:
        name = accessible_name(widget)
        claims = [text for buddy, text in buddies if buddy is widget]
        if len(claims) > 1:
            found.append(_finding(widget, window, f"the buddy of several labels: {sorted(claims)}"))
        if not name:
            label = _label_around(widget, window, buddies)
            hint = f" (its label, out of Qt's reach: {label!r})" if label else ""
            found.append(_finding(widget, window, "no accessible name" + hint))
            continue
        by_name.setdefault(name.casefold(), []).append(widget)
    for name, widgets in by_name.items():
        if len(widgets) < 2 or name in SHARED_NAMES:
            continue
        for widget in widgets:
            found.append(_finding(widget, window, f"shares its name {accessible_name(widget)!r}"))
    return found


class Walk:
    """What the walk found, window after window, each fault once."""

    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self.windows: list[str] = []

    def look(self, window: QWidget, where: str) -> None:
        """Check ``window`` as it is shown now, and every tab of its tab widgets."""
        QApplication.processEvents()
        self.windows.append(where)
        self._add(check(window))
        for tabs in window.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            shown = tabs.currentIndex()
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                self._add(check(window))
            tabs.setCurrentIndex(shown)

    def _add(self, findings: Iterable[Finding]) -> None:
        for finding in findings:
            if finding not in self.findings:
                self.findings.append(finding)

    def report(self) -> str:
        """The faults, one a line, for the failure message."""
        return "\n".join(str(f) for f in self.findings)


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo vault on disk, made once: each test works on its own copy."""
    folder = tmp_path_factory.mktemp("demo") / "vault"
    vault, _recovery = vaults.create(folder, PASSPHRASE, kdf_seconds=0)
    with vault.session() as s:
        demo_data.populate(s, years=1, seed=5, today=TODAY)
    vault.lock()
    return folder


@pytest.fixture
def demo_vault(demo_master: Path, tmp_path: Path) -> Iterator[vaults.Vault]:
    """An open copy of the demo vault, locked after the test."""
    folder = tmp_path / "demo"
    shutil.copytree(demo_master, folder)
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    yield vault
    if vault.is_open:
        vault.lock()


@pytest.fixture
def window(
    qtbot: QtBot, french: QApplication, demo_vault: vaults.Vault, preferences: Preferences
) -> Iterator[MainWindow]:
    """The main window on the demo vault, every page built, shown."""
    shown = MainWindow(vault=demo_vault, demo=True, preferences=preferences)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    shown.build_pages()
    yield shown
    shown.close()


def _dialog(qtbot: QtBot, dialog: QWidget, *, register: bool = True) -> QWidget:
    """Show ``dialog``; ``register`` False for one the window deletes once closed."""
    if register:
        qtbot.addWidget(dialog)
    if not dialog.isVisible():
        dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _close(dialog: QWidget) -> None:
    if isinstance(dialog, QDialog):
        dialog.done(0)
    dialog.close()


# ---------------------------------------------------------------- the walks


def _page(qtbot: QtBot, window: MainWindow, row: int, ready: Callable[[], bool]) -> None:
    window.sidebar.setCurrentRow(row)
    qtbot.waitUntil(ready, timeout=LOAD_MS)


def _holds(widget: QWidget | None, inner: QWidget) -> bool:
    return widget is not None and widget.isAncestorOf(inner)


def _read(page: PartnershipPage) -> bool:
    return page.snapshot is not None and not page.runner.busy


def test_every_page_of_the_main_window(qtbot: QtBot, window: MainWindow) -> None:
    walk = Walk()
    agenda = window.agenda_page
    _page(qtbot, window, 0, lambda: agenda.group_filter.count() > 0)
    for view in View:
        agenda.go_to(dt.date(2026, 10, 5), view)
        qtbot.waitUntil(lambda: not agenda.runner.busy, timeout=LOAD_MS)
        walk.look(window, f"agenda ({view.name.lower()})")

    programme = window.programme_page
    _page(qtbot, window, 1, lambda: programme.action_model.rowCount() > 0)
    snapshot = programme.snapshot
    assert snapshot is not None
    with_groups = {g.spec.action_id for g in snapshot.groups}
    select_id(programme.action_view, next(a.id for a in snapshot.actions if a.id in with_groups))
    programme.group_view.selectRow(0)
    walk.look(window, "groups and actions")

    participants = window.participants_page
    _page(qtbot, window, 2, lambda: participants.model.rowCount() > 0)
    participants.table.selectRow(0)
    qtbot.waitUntil(lambda: participants.history_model.rowCount() > 0, timeout=LOAD_MS)
    walk.look(window, "participants")

    tallies = window.tallies_page
    _page(qtbot, window, 3, lambda: tallies.model.rowCount() > 0)
    tallies.table.selectRow(0)
    walk.look(window, "reception tallies")

    directory = window.directory_page
    _page(qtbot, window, 4, lambda: directory.facilitators.rowCount() > 0)
    book = directory.snapshot
    assert book is not None
    select_id(directory.organisation_view, book.contributions[0].spec.organisation_id)
    directory.contribution_view.selectRow(0)
    directory.facilitator_view.selectRow(0)
    walk.look(window, "directory")

    partnership = window.partnership_page
    _page(qtbot, window, 5, lambda: _read(partnership) and partnership.grants.rowCount() > 0)
    partnership.convention_view.selectRow(0)
    partnership.funder_view.selectRow(0)
    walk.look(window, "partnership")
    partnership.tabs.setCurrentIndex(2)  # its sections, each with its tables and buttons
    partnership.grant_view.selectRow(0)
    partnership.budget_view.selectRow(0)
    walk.look(window, "partnership (funding)")
    partnership.tabs.setCurrentIndex(0)

    reports = window.reports_page
    _page(qtbot, window, 6, lambda: reports.report is not None and not reports.runner.busy)
    qtbot.waitUntil(lambda: not reports.fitting(), timeout=LOAD_MS)
    walk.look(window, "reports")

    settings = window.settings_page
    _page(qtbot, window, 7, lambda: settings.save_records.isEnabled())
    walk.look(window, "settings")
    assert len(walk.windows) == len(View) + 8
    assert not walk.findings, walk.report()


def test_the_unlock_window_and_its_recovery_page(
    qtbot: QtBot, french: QApplication, vault_folder: tuple[Path, str]
) -> None:
    walk = Walk()
    dialog = UnlockDialog(vault_folder[0])
    _dialog(qtbot, dialog)
    walk.look(dialog, "unlock")
    dialog.show_recovery()
    walk.look(dialog, "unlock (recovery key)")
    _close(dialog)
    assert not walk.findings, walk.report()


def test_every_page_of_the_first_run_wizard(
    qtbot: QtBot, french: QApplication, tmp_path: Path
) -> None:
    walk = Walk()
    wizard = FirstRunWizard(tmp_path / "vault")
    _dialog(qtbot, wizard)
    walk.look(wizard, "wizard (introduction)")
    wizard.next()
    entry = wizard.passphrase_page.entry
    entry.first.setText(PASSPHRASE)
    entry.second.setText(PASSPHRASE)
    walk.look(wizard, "wizard (passphrase)")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=LOAD_MS)
    walk.look(wizard, "wizard (recovery key)")
    wizard.recovery_page.kept.setChecked(True)
    wizard.accept()
    assert wizard.vault is not None
    wizard.vault.lock()
    assert not walk.findings, walk.report()


def test_the_session_dialog_and_the_participant_form(
    qtbot: QtBot, window: MainWindow, demo_vault: vaults.Vault
) -> None:
    walk = Walk()
    agenda = window.agenda_page
    agenda.go_to(dt.date(2026, 10, 5), View.MONTH)
    qtbot.waitUntil(lambda: bool(agenda.entries) and not agenda.runner.busy, timeout=LOAD_MS)
    held = next(
        e for e in agenda.entries if e.status == SessionStatus.HELD and e.group_id is not None
    )
    dialog = window.open_session(held.session_id)
    assert dialog is not None  # the window deletes it once closed, or closes it at lock
    qtbot.waitUntil(lambda: dialog.data is not None and dialog.isEnabled(), timeout=LOAD_MS)
    assert dialog.register_model.rowCount() > 0, "a session with its attendance"
    walk.look(dialog, "session")
    newcomer = NewParticipantDialog(dialog)
    _dialog(qtbot, newcomer, register=False)  # deleted with the session dialog
    walk.look(newcomer, "new participant")
    _close(newcomer)
    _close(dialog)

    participants = window.participants_page
    _page(qtbot, window, 2, lambda: participants.model.rowCount() > 0)
    form = NewParticipantDialog(
        participants, ParticipantAttributes(memo="Orientée par l'assistante sociale")
    )
    _dialog(qtbot, form)
    walk.look(form, "participant")
    _close(form)
    assert not walk.findings, walk.report()


def _editor_of(qtbot: QtBot, page: object, open_it: Callable[[], None]) -> QWidget:
    open_it()
    qtbot.waitUntil(lambda: getattr(page, "editor", None) is not None, timeout=LOAD_MS)
    editor = page.editor  # type: ignore[attr-defined]  # the page deletes it once closed
    qtbot.waitExposed(editor)
    return editor  # type: ignore[no-any-return]


def test_the_programme_and_directory_editors(qtbot: QtBot, window: MainWindow) -> None:
    walk = Walk()
    programme = window.programme_page
    _page(qtbot, window, 1, lambda: programme.action_model.rowCount() > 0)
    snapshot = programme.snapshot
    assert snapshot is not None
    with_groups = {g.spec.action_id for g in snapshot.groups}
    select_id(programme.action_view, next(a.id for a in snapshot.actions if a.id in with_groups))
    programme.group_view.selectRow(0)
    for name, open_it in (
        ("new action", programme.new_action),
        ("action", programme.edit_action),
        ("new group", programme.new_group),
        ("group", programme.edit_group),
        ("new session", programme.new_session),
    ):
        editor = _editor_of(qtbot, programme, open_it)
        walk.look(editor, name)
        _close(editor)

    directory = window.directory_page
    _page(qtbot, window, 4, lambda: directory.facilitators.rowCount() > 0)
    book = directory.snapshot
    assert book is not None
    select_id(directory.organisation_view, book.contributions[0].spec.organisation_id)
    directory.contribution_view.selectRow(0)
    directory.facilitator_view.selectRow(0)
    for name, open_it in (
        ("new organisation", directory.new_organisation),
        ("organisation", directory.edit_organisation),
        ("new contribution", directory.add_contribution),
        ("contribution", directory.edit_contribution),
        ("new facilitator", directory.new_facilitator),
        ("facilitator", directory.edit_facilitator),
    ):
        editor = _editor_of(qtbot, directory, open_it)
        walk.look(editor, name)
        _close(editor)

    partnership = window.partnership_page
    _page(qtbot, window, 5, lambda: _read(partnership) and partnership.grants.rowCount() > 0)
    partnership.convention_view.selectRow(0)
    partnership.funder_view.selectRow(0)
    partnership.grant_view.selectRow(0)
    partnership.budget_view.selectRow(0)
    for name, open_it in (
        ("new convention", partnership.new_convention),
        ("convention", partnership.edit_convention),
        ("new funder", partnership.new_funder),
        ("funder", partnership.edit_funder),
        ("new grant", partnership.new_grant),
        ("grant", partnership.edit_grant),
        ("new budget line", partnership.new_budget_line),
        ("budget line", partnership.edit_budget_line),
    ):
        editor = _editor_of(qtbot, partnership, open_it)
        walk.look(editor, name)
        # the dialog of one line of each list: a signatory, a commitment, a payment...
        tabs = editor.findChild(QTabWidget)
        for field in editor.findChildren(LinesField):
            if tabs is not None:  # the convention's lists, each on its tab
                shown = [i for i in range(tabs.count()) if _holds(tabs.widget(i), field)]
                tabs.setCurrentIndex(shown[0] if shown else tabs.currentIndex())
            if not field.items():
                continue
            field.edit_item(0)
            line = field.dialog
            assert line is not None
            _dialog(qtbot, line, register=False)
            walk.look(line, f"{name}: {line.objectName()}")
            _close(line)
            qtbot.waitUntil(lambda: field.dialog is None, timeout=LOAD_MS)  # noqa: B023
        _close(editor)
    assert len(walk.windows) == 19 + 4  # the convention's three lists, the grant's payments
    assert not walk.findings, walk.report()


def test_the_calendar_export_releases_and_the_guide(qtbot: QtBot, window: MainWindow) -> None:
    walk = Walk()
    calendar = window.export_calendar()
    assert isinstance(calendar, CalendarExportDialog)
    _dialog(qtbot, calendar, register=False)
    walk.look(calendar, "calendar export")
    calendar.use_period.setChecked(True)  # the period's dates and the neutral title enabled
    calendar.privacy.setCurrentIndex(calendar.privacy.count() - 1)
    walk.look(calendar, "calendar export (busy only, a period)")
    _close(calendar)

    reports = window.reports_page
    _page(qtbot, window, 6, lambda: reports.report is not None and not reports.runner.busy)
    reports.show_releases()
    qtbot.waitUntil(lambda: reports.releases_dialog is not None, timeout=LOAD_MS)
    releases = reports.releases_dialog
    assert releases is not None
    _dialog(qtbot, releases)
    walk.look(releases, "releases")
    _close(releases)

    show_help(window, "agenda")
    viewer = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HelpViewer))
    _dialog(qtbot, viewer)
    walk.look(viewer, "guide")
    viewer.find_bar.show()
    walk.look(viewer, "guide (find)")
    viewer.close()
    assert not walk.findings, walk.report()


def test_the_vault_dialogs(
    qtbot: QtBot, french: QApplication, demo_vault: vaults.Vault, tmp_path: Path
) -> None:
    walk = Walk()
    change = ChangePassphraseDialog(demo_vault)
    _dialog(qtbot, change)
    walk.look(change, "change the passphrase")
    _close(change)

    fresh = NewRecoveryKeyDialog(demo_vault)
    _dialog(qtbot, fresh)
    walk.look(fresh, "new recovery key")
    fresh.passphrase.setText(PASSPHRASE)
    fresh.start()
    qtbot.waitUntil(lambda: fresh.succeeded, timeout=LOAD_MS)
    walk.look(fresh, "new recovery key (shown)")
    fresh.recovery.kept.setChecked(True)
    _close(fresh)

    backup = BackupDialog(demo_vault)
    _dialog(qtbot, backup)
    walk.look(backup, "back up")
    _close(backup)

    restore = RestoreDialog()
    _dialog(qtbot, restore)
    walk.look(restore, "restore")
    _close(restore)
    assert not walk.findings, walk.report()


def test_tab_goes_along_the_rows_of_the_restore_dialog(qtbot: QtBot, french: QApplication) -> None:
    """Each file field, then its Browse button: the order in which the rows read."""
    dialog = RestoreDialog()
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.file.setFocus()
    seen = []
    for _press in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        seen.append(focused.objectName() if focused is not None else "")
    assert seen == [
        "restoreBrowseFile",
        "restoreFolder",
        "restoreBrowseFolder",
        "restorePassphrase",
    ]
    _close(dialog)


def test_the_walk_reports_unnamed_fields_a_misplaced_buddy_and_repeated_names(
    qtbot: QtBot, french: QApplication
) -> None:
    """The walk's own check: it finds what the user test found, and passes a good form."""
    dialog = QDialog()
    dialog.setObjectName("sample")
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    end = QLineEdit(dialog)
    end.setObjectName("end")
    counted = QLineEdit(dialog)
    counted.setObjectName("counted")
    memo = QLineEdit(dialog)
    memo.setObjectName("memo")
    first = QPushButton("Parcourir…", dialog)
    first.setObjectName("browseFile")
    second = QPushButton("Parcourir…", dialog)
    second.setObjectName("browseFolder")
    end_label = QLabel("&Fin :", dialog)
    end_label.setBuddy(end)
    form.addRow(end_label, end)
    counted_label = QLabel("Ce qui est &compté :", dialog)
    counted_label.setBuddy(counted)
    form.addRow(counted_label, counted)
    form.addRow(memo)  # no label at all
    form.addRow(first, second)
    counted_label.setBuddy(end)  # the user test's fault: the end date claimed by another label
    dialog.show()
    qtbot.waitExposed(dialog)

    found = {(f.path, f.fault) for f in check(dialog)}
    assert found == {
        ("sample/memo", "no accessible name"),
        # the label beside it in the form still claims it, but names the end date
        (
            "sample/counted",
            "no accessible name (its label, out of Qt's reach: 'Ce qui est &compté :')",
        ),
        ("sample/end", "the buddy of several labels: ['&Fin :', 'Ce qui est &compté :']"),
        ("sample/browseFile", "shares its name 'Parcourir…'"),
        ("sample/browseFolder", "shares its name 'Parcourir…'"),
    }

    counted_label.setBuddy(counted)
    memo.setAccessibleName("Mémo")
    second.setAccessibleName("Choisir le dossier")
    assert check(dialog) == []
    assert accessible_name(end) == "Fin :"
    assert accessible_name(counted) == "Ce qui est compté :"
    assert accessible_name(first) == "Parcourir…"
