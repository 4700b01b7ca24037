"""The main window: sidebar, pages, menus, lock and auto-lock.

Start-up: a window opened on a locked vault shows its frame and the unlock dialog
first, with only the Qt widgets and what unlocking needs imported. The pages (and the
services and models they import) are built once the dialog has painted, or at the
unlock if that comes first. After unlocking, a page reads its data when it is first
shown, not all eight at once; the pages that show what others edit (agenda,
participants, the tallies' partners, the partnership's signatories and actions) read
again each time they are shown.

A convention of the partnership to renew is recalled at each unlock, in one line of the
status bar with a button to the partnership page (see :meth:`MainWindow.show_reminders`).

Switching the interface language restarts the application (see :meth:`MainWindow.restart`):
the vault is locked first, as a lock does, then the same command starts again.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QProcess, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from vpi_groups import __version__, memory
from vpi_groups.storage.errors import VaultError
from vpi_groups.ui import fit
from vpi_groups.ui.errors import error_text
from vpi_groups.ui.idle import IdleWatcher
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.session_lock import SessionLockWatcher
from vpi_groups.ui.tasks import TaskRunner, cancel_all, database_worker
from vpi_groups.ui.unlock import QUIT_KEY, UnlockDialog

if TYPE_CHECKING:  # imported when the pages are built (see the module's docstring)
    from vpi_groups.storage.vault import Vault
    from vpi_groups.ui.pages.agenda import AgendaPage
    from vpi_groups.ui.pages.base import Page
    from vpi_groups.ui.pages.directory import DirectoryPage
    from vpi_groups.ui.pages.participants import ParticipantsPage
    from vpi_groups.ui.pages.partnership import PartnershipPage
    from vpi_groups.ui.pages.programme_page import ProgrammePage
    from vpi_groups.ui.pages.reports_page import ReportsPage
    from vpi_groups.ui.pages.settings import SettingsPage
    from vpi_groups.ui.pages.tallies import TalliesPage
    from vpi_groups.ui.session_dialog import SessionDialog


_DONE = object()  # what next() gives once every page is built
PAGE_NAMES = (
    "agenda",
    "programme",
    "participants",
    "tallies",
    "directory",
    "partnership",
    "reports",
    "settings",
)
"""Each page's name, in the sidebar's order: what a page's ``wanted_page`` signal says."""
HELP_TOPICS = tuple("directory" if name == "tallies" else name for name in PAGE_NAMES)
"""The user guide's topic of each page, in the sidebar's order.

The reception tallies are told in the directory's page of the guide, with the partners
who count.
"""
BUILD_PAUSE_MS = 20

# What the pages read, none of it Qt: imported off the UI thread while the passphrase is
# typed (see MainWindow._build_steps).
PRELOADED = (
    "vpi_groups.storage.vault",
    "vpi_groups.scheduling.agenda",
    "vpi_groups.scheduling.series",
    "vpi_groups.scheduling.meetings",
    "vpi_groups.session_edits",
    "vpi_groups.reports.review",
    # What the participants' and the partnership's pages read: 14 ms of SQLAlchemy's
    # SQLite dialect for the first, 12 ms for the second.
    "vpi_groups.attendance.retention",
    "vpi_groups.programme.partnership",
    "vpi_groups.programme.funding",
    # The public holidays of every country (the agenda's first load asks for France's):
    # 75 ms of imports, which held the UI thread's page building for as long.
    "holidays.countries",
)

# The agenda page's widget modules, leaves first: imported on the UI thread one per step
# (see MainWindow._build_steps). Imported with the page in one step, they held the unlock
# dialog for 66 ms, the page's session dialogs and their panels being most of it.
AGENDA_MODULES = (
    "vpi_groups.ui.agenda_accessible",
    "vpi_groups.ui.models.table",
    "vpi_groups.ui.editing",
    "vpi_groups.ui.meeting_panels",
    "vpi_groups.ui.session_dialog",
    "vpi_groups.ui.new_session_dialog",
)


def _import_all(modules: Sequence[str]) -> None:
    """Import ``modules`` (in a thread; an error surfaces again where the page imports it)."""
    for name in modules:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


def _set_option(arguments: Sequence[str], option: str, value: str | None) -> list[str]:
    """``arguments`` without ``option`` (``--x V`` or ``--x=V``), then with ``option value``.

    ``value`` None only removes it.
    """
    kept: list[str] = []
    skip = False
    for argument in arguments:
        if skip:
            skip = False
        elif argument == option:
            skip = True  # its value is the next argument
        elif not argument.startswith(option + "="):
            kept.append(argument)
    return kept if value is None else [*kept, option, value]


def restart_command(
    vault_folder: Path | None = None,
    *,
    executable: str | None = None,
    argv: Sequence[str] | None = None,
    orig_argv: Sequence[str] | None = None,
    frozen: bool | None = None,
) -> tuple[str, list[str]]:
    """The program and arguments that start this application again as it was started.

    The same interpreter with the same options before the program (``-m vpi_groups``
    or the launcher script), or the frozen bundle's executable, and the same arguments,
    but for two: ``--lang`` is dropped (the restart is for the language chosen in the
    settings, which ``--lang`` would override), and a ``--vault`` given is set to the
    vault folder open now (the settings may have opened a restored vault elsewhere).

    Args:
        vault_folder: the vault folder open now, for ``--vault``; None keeps it as given.
        executable: the interpreter or bundle (default ``sys.executable``).
        argv: the program's arguments (default ``sys.argv``).
        orig_argv: the interpreter's own command line (default ``sys.orig_argv``).
        frozen: whether this is a frozen bundle (default: ``sys.frozen`` is set).

    Returns:
        The program to start and its arguments.
    """
    executable = sys.executable if executable is None else executable
    argv = sys.argv if argv is None else argv
    orig_argv = sys.orig_argv if orig_argv is None else orig_argv
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    arguments = _set_option(argv[1:], "--lang", None)
    if vault_folder is not None and any(
        a == "--vault" or a.startswith("--vault=") for a in arguments
    ):
        arguments = _set_option(arguments, "--vault", str(vault_folder))
    if frozen:  # the bundle's executable is the program, its arguments follow
        return executable, arguments
    # What came before the program's arguments: the interpreter's options and
    # "-m vpi_groups", or the launcher script. Not argv[0]: under -m it is the path of
    # __main__.py, which run as a script would import the wrong "calendar" module.
    before = list(orig_argv[1 : len(orig_argv) - len(argv) + 1])
    return executable, [*before, *arguments]


def relaunch(program: str, arguments: Sequence[str]) -> bool:
    """Start ``program`` as a new process independent of this one; whether it started."""
    started, _pid = QProcess.startDetached(program, list(arguments), os.getcwd())
    return bool(started)


class ElidedLabel(QLabel):
    """A one-line label that ends its text with "…" when it lacks room, never wider.

    The whole text stays its tooltip and what a screen reader says.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        """Show ``text`` (cut with "…" if need be); its whole is the tooltip and the name."""
        super().setText(text)
        self.setToolTip(text)
        self.setAccessibleName(text)

    def minimumSizeHint(self) -> QSize:
        """As narrow as a few letters: the window never grows for it."""
        return QSize(
            self.fontMetrics().horizontalAdvance("…") * 4, super().minimumSizeHint().height()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        """The text, cut with "…" at the width given."""
        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            self.contentsRect(),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            shown,
        )
        painter.end()


class MainWindow(QMainWindow):
    """Top-level window. Holds the open vault; locking clears every page and drops it."""

    locked = Signal()
    unlocked = Signal()

    # Set by _build_pages (at once when the window is given an open vault).
    agenda_page: AgendaPage
    programme_page: ProgrammePage
    participants_page: ParticipantsPage
    tallies_page: TalliesPage
    directory_page: DirectoryPage
    partnership_page: PartnershipPage
    reports_page: ReportsPage
    settings_page: SettingsPage

    def __init__(
        self,
        *,
        vault: Vault | None = None,
        folder: Path | None = None,
        demo: bool = False,
        preferences: Preferences | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.vault: Vault | None = None
        self.folder = vault.folder if vault is not None else folder
        self.demo = demo
        self.preferences = preferences if preferences is not None else Preferences()
        self.unlock_dialog: UnlockDialog | None = None
        self.session_dialog: SessionDialog | None = None  # the last one opened or raised
        self.session_dialogs: dict[int, SessionDialog] = {}  # the open ones, by session id
        self.lost_drafts = 0  # editors whose unsaved changes could not be kept at the last lock

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setAccessibleDescription(
            self.tr("The page shown on the right. Ctrl+1 to Ctrl+8 show a page from anywhere.")
        )
        self.sidebar.setFixedWidth(220)
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { font-size: 11pt; }"
            "QListWidget#sidebar::item { padding: 9px 12px; }"
        )
        for title in self._page_titles():
            QListWidgetItem(title, self.sidebar)
        self.stack = fit.CurrentPageStack(self)
        self.stack.setObjectName("pages")
        self.stack.setAccessibleName(self.tr("Page content"))
        self.pages: list[Page] = []  # filled by _build_steps
        self._building = self._build_steps()
        self._preloading: threading.Thread | None = None
        self._loaded: set[Page] = set()  # the pages that read the open vault's data
        self.sidebar.currentRowChanged.connect(self._page_changed)
        self.central = QWidget(self)
        layout = QHBoxLayout(self.central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        # a page larger than a small screen (1366x768 at 150 %) scrolls; the window fits
        self.page_area = fit.FittingScroll(self.stack, self.central, narrow=True)
        layout.addWidget(self.page_area, 1)
        self.setCentralWidget(self.central)

        self.vault_label = QLabel(self)
        self.vault_label.setObjectName("vaultStatus")
        # Its text is what a screen reader reads; the description says what it is about.
        self.vault_label.setAccessibleDescription(self.tr("Vault status"))
        self.statusBar().addPermanentWidget(self.vault_label)
        # A convention to renew: one line, and the way to its page (see show_reminders).
        self.reminders: tuple[Any, ...] = ()
        self.notice = QWidget(self)
        self.notice.setObjectName("renewalNotice")
        self.notice_text = ElidedLabel(self.notice)
        self.notice_text.setObjectName("renewalNoticeText")
        self.notice_button = QPushButton(self.tr("Show the convention"), self.notice)
        self.notice_button.setObjectName("renewalNoticeButton")
        self.notice_button.setToolTip(self.tr("Open the partnership page on this convention"))
        self.notice_button.setAccessibleName(self.tr("Show the convention to renew"))
        self.notice_button.clicked.connect(self.show_renewal)
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.setContentsMargins(4, 0, 4, 0)
        notice_layout.addWidget(self.notice_text, 1)
        notice_layout.addWidget(self.notice_button)
        self.notice.hide()
        self.statusBar().addWidget(self.notice, 1)
        self.runner = TaskRunner(self)  # the window's own reads (the reminders)

        self.idle = IdleWatcher(self.preferences.auto_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        self.desktop_lock = SessionLockWatcher(self)
        self.desktop_lock.lock_requested.connect(self.lock)

        self._build_menus()
        self.setWindowTitle(self._title())
        geometry = self.preferences.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(self._first_size())
        self.sidebar.setCurrentRow(0)
        if vault is not None:
            self.set_vault(vault)
        else:
            self._show_locked_state()

    # ------------------------------------------------------------ building

    def _page_titles(self) -> list[str]:
        """The sidebar's entries, in the order of the pages."""
        return [
            self.tr("Agenda"),
            self.tr("Groups and actions"),
            self.tr("Participants"),
            self.tr("Tallies"),
            self.tr("Directory"),
            self.tr("Partnership"),
            self.tr("Reports"),
            self.tr("Settings"),
        ]

    def build_pages(self) -> None:
        """Build what is left of the eight pages at once (later calls do nothing)."""
        for _step in self._building:
            if self._preloading is not None:
                self._preloading.join()  # not a turn per poll: the rest at once

    def _build_steps(self) -> Iterator[None]:
        """Import and build the pages one step at a time: each ``yield`` lets Qt paint.

        Built while the passphrase is typed, one step per turn of the event loop, so the
        unlock dialog never freezes for more than one step; :meth:`build_pages` runs the
        steps left at once. The modules without widgets come first, imported by a thread
        while the steps wait (the ORM alone took 350-390 ms on the UI thread, the vault
        module and what the pages read 0.6 s): the dialog answers keys meanwhile. The
        pages' widget modules are imported here, a page's at a time, and the agenda's
        one module at a time (``AGENDA_MODULES``).
        """
        self._preloading = threading.Thread(
            target=_import_all, args=(PRELOADED,), name="preload", daemon=True
        )
        self._preloading.start()
        while self._preloading.is_alive():
            yield
        for name in AGENDA_MODULES:
            importlib.import_module(name)
            yield
        from vpi_groups.ui.pages.agenda import AgendaPage

        yield
        self.agenda_page = AgendaPage(self.stack)
        self.agenda_page.session_requested.connect(self.open_session)
        self._add_page(self.agenda_page)
        yield
        from vpi_groups.ui.pages.programme_page import ProgrammePage

        yield
        self.programme_page = ProgrammePage(self.stack)
        self._add_page(self.programme_page)
        yield
        from vpi_groups.ui.pages.participants import ParticipantsPage

        self.participants_page = ParticipantsPage(self.stack)
        self._add_page(self.participants_page)
        yield
        from vpi_groups.ui.pages.tallies import TalliesPage

        self.tallies_page = TalliesPage(self.stack)
        self._add_page(self.tallies_page)
        yield
        from vpi_groups.ui.pages.directory import DirectoryPage

        self.directory_page = DirectoryPage(self.stack)
        self._add_page(self.directory_page)
        yield
        from vpi_groups.ui.pages.partnership import PartnershipPage

        yield
        self.partnership_page = PartnershipPage(self.stack)
        self.partnership_page.reminders_read.connect(self.show_reminders)
        self._add_page(self.partnership_page)
        yield
        from vpi_groups.ui.pages.reports_page import ReportsPage

        yield
        self.reports_page = ReportsPage(self.stack)
        self.reports_page.calendar_requested.connect(self.export_calendar)
        self._add_page(self.reports_page)
        yield
        from vpi_groups.ui.pages.settings import SettingsPage

        self.settings_page = SettingsPage(self.preferences, self.stack)
        self.settings_page.auto_lock_changed.connect(self.idle.set_minutes)
        self.settings_page.open_vault_requested.connect(self._offer_to_open)
        self.settings_page.restart_requested.connect(self.restart)
        self.settings_page.demo = self.demo
        self._add_page(self.settings_page)
        self.stack.setCurrentIndex(max(0, self.sidebar.currentRow()))

    def _built(self) -> bool:
        """One more step of the pages' building, if any is left; whether all are built."""
        return next(self._building, _DONE) is _DONE

    def _build_pages_after_paint(self) -> None:
        """The unlock dialog is on screen: build the pages while the passphrase is typed."""
        QTimer.singleShot(0, self._build_next)

    def _build_next(self) -> None:
        # A pause between steps: keys and paints waiting are handled between two steps.
        if next(self._building, _DONE) is not _DONE:
            QTimer.singleShot(BUILD_PAUSE_MS, self._build_next)

    def open_session(
        self, session_id: int, draft: Mapping[str, Any] | None = None
    ) -> SessionDialog | None:
        """Open one session's dialog over the window; pages refresh when it is saved.

        One dialog per session: a session whose dialog is open already gets that dialog
        raised and activated (with its changes, ``draft`` then ignored), not a second one.
        ``draft`` is the dialog's unsaved state kept at the last lock, shown again.
        """
        if self.vault is None:
            return None
        shown = self.session_dialogs.get(session_id)
        if shown is not None and shown.isVisible():
            self.session_dialog = shown
            shown.raise_()
            shown.activateWindow()
            return shown
        from vpi_groups.ui.session_dialog import SessionDialog

        dialog = SessionDialog(self.vault, session_id, self, draft=draft)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(self._session_saved)
        dialog.finished.connect(lambda _result: self._session_closed(dialog))
        self.session_dialog = dialog
        self.session_dialogs[session_id] = dialog
        dialog.open()
        return dialog

    def _session_closed(self, dialog: SessionDialog) -> None:
        if self.session_dialog is dialog:
            self.session_dialog = None
        if self.session_dialogs.get(dialog.session_id) is dialog:
            del self.session_dialogs[dialog.session_id]
        dialog.deleteLater()

    def open_tasks(self) -> QDialog | None:
        """Open the working groups' follow-up tasks over the window."""
        if self.vault is None:
            return None
        from vpi_groups.ui.tasks_dialog import TasksDialog

        dialog = TasksDialog(self.vault, self, self.preferences)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def export_calendar(self) -> QDialog | None:
        """Open the calendar export over the window."""
        if self.vault is None:
            return None
        # icalendar and the export are loaded on first use, not at start-up.
        from vpi_groups.ui.calendar_dialog import CalendarExportDialog

        dialog = CalendarExportDialog(self.vault, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _backup(self) -> None:
        if self.vault is None:
            return
        from vpi_groups.ui.dialogs import BackupDialog

        BackupDialog(self.vault, self).exec()

    def _session_saved(self) -> None:
        """The page on screen shows the saved session now; the others when next shown."""
        shown = self.stack.currentWidget()
        if shown is self.agenda_page:
            self.agenda_page.reload()
        elif shown is self.participants_page:
            self.participants_page.reload()

    def _page_changed(self, index: int) -> None:
        """Show a page: it reads its data the first time, and again if it follows edits."""
        if not 0 <= index < len(self.pages):
            return  # the pages are not built yet: the sidebar's row is shown when they are
        self.stack.turn_to(index)
        page, vault = self.pages[index], self.vault
        if vault is None:
            return
        if page not in self._loaded:
            self._load(page)
        elif page is self.agenda_page:  # filters too: groups and people are edited elsewhere
            self.agenda_page.load(vault)
        elif page is self.participants_page:  # the session dialog's registers add people
            self.participants_page.reload()
        elif page is self.tallies_page:  # the partners are added in the directory
            self.tallies_page.reload()
        elif page is self.partnership_page:  # signatories and actions are edited elsewhere
            self.partnership_page.reload()

    def _load(self, page: Page) -> None:
        """Have ``page`` read the open vault's data, once per unlock."""
        if self.vault is not None and page not in self._loaded:
            self._loaded.add(page)
            page.load(self.vault)

    def _add_page(self, page: Page) -> None:
        page.setObjectName(f"page{len(self.pages)}")
        self.pages.append(page)
        self.stack.addWidget(page)
        # A page may send the user elsewhere (an empty page's "add a group first").
        wanted = getattr(page, "wanted_page", None)
        if wanted is not None:
            wanted.connect(self.show_page)

    def show_page(self, name: str) -> None:
        """Show the page called ``name`` (see :data:`PAGE_NAMES`); an unknown name is ignored."""
        if name in PAGE_NAMES:
            self.sidebar.setCurrentRow(PAGE_NAMES.index(name))

    def _first_size(self) -> QSize:
        """1280 x 800, or the screen's free area when smaller (a small laptop)."""
        wanted = QSize(1280, 800)
        free = fit.available_area(self).size()
        free.setHeight(free.height() - 40)  # the title bar, not known before showing
        return wanted.boundedTo(free).expandedTo(self.minimumSizeHint())

    def _build_menus(self) -> None:
        self.menuBar().setAccessibleName(self.tr("Menu bar"))
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.backup_action = QAction(self.tr("&Back up the vault…"), self)
        self.backup_action.setObjectName("backupAction")
        self.backup_action.triggered.connect(self._backup)
        file_menu.addAction(self.backup_action)
        self.export_ics_action = QAction(self.tr("&Export the calendar (.ics)…"), self)
        self.export_ics_action.setObjectName("exportIcsAction")
        self.export_ics_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        self.export_ics_action.triggered.connect(self.export_calendar)
        file_menu.addAction(self.export_ics_action)
        self.tasks_action = QAction(self.tr("Follow-up &tasks…"), self)
        self.tasks_action.setObjectName("tasksAction")
        self.tasks_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_T))
        self.tasks_action.triggered.connect(self.open_tasks)
        file_menu.addAction(self.tasks_action)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.triggered.connect(self.lock)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setObjectName("quitAction")
        # Ctrl+Q alone: StandardKey.Quit is Ctrl+Q too on Linux desktops, and one key
        # held twice by an action is ambiguous to Qt, which then fires neither.
        self.quit_action.setShortcut(QUIT_KEY)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index in range(self.sidebar.count()):
            action = QAction(self.sidebar.item(index).text(), self)
            action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key(Qt.Key.Key_1 + index)))
            action.triggered.connect(lambda _checked=False, i=index: self.sidebar.setCurrentRow(i))
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("User &guide"), self)
        self.guide_action.setObjectName("guideAction")
        self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.guide_action.triggered.connect(self.show_guide)
        help_menu.addAction(self.guide_action)
        about = QAction(self.tr("&About VPI Groups"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _title(self) -> str:
        title = self.tr("VPI Groups — Talk groups and prevention actions")
        if self.demo:
            title = self.tr("%1 (demo vault)").replace("%1", title)
        return title

    # ------------------------------------------------------------ vault

    def set_vault(self, vault: Vault) -> None:
        """Hold an open vault, show it on the current page, start the idle countdown."""
        self.build_pages()
        self.vault = vault
        self.folder = vault.folder
        self._loaded.clear()
        self.lock_action.setEnabled(True)
        self.backup_action.setEnabled(True)
        self.export_ics_action.setEnabled(True)
        self.tasks_action.setEnabled(True)
        self.central.setEnabled(True)
        if self.demo:
            from vpi_groups.demo.vault import DEMO_PASSPHRASE

            self.vault_label.setText(
                self.tr("Demo vault, deleted when the window closes (passphrase: %1)").replace(
                    "%1", DEMO_PASSPHRASE
                )
            )
        else:
            self.vault_label.setText(self.tr("Vault: %1").replace("%1", str(vault.folder)))
        self.idle.start()
        self.desktop_lock.start()
        self._reopen_drafts(vault)  # may show another page, which then reads its data
        self._load(self.pages[self.sidebar.currentRow()])
        self._read_reminders(vault)
        self.unlocked.emit()

    # ------------------------------------------------------------ the convention to renew

    def _read_reminders(self, vault: Vault) -> None:
        """Read the conventions to renew today, in the background, for the status bar."""
        from vpi_groups.ui.pages.partnership import read_reminders

        def shown(reminders: tuple[Any, ...]) -> None:
            if self.vault is vault:
                self.show_reminders(reminders)

        def failed(_error: Exception) -> None:
            pass  # a reminder only: the partnership page says what went wrong, if shown

        self.runner.unit(vault, read_reminders, shown, failed)

    def show_reminders(self, reminders: tuple[Any, ...]) -> None:
        """Recall the first convention to renew in the status bar (none: the line goes)."""
        from vpi_groups.ui.pages.partnership import reminder_sentences

        self.reminders = tuple(reminders)
        if not self.reminders or self.vault is None:
            self.notice.hide()
            self.notice_text.setText("")
            return
        first = reminder_sentences(self.reminders[:1])[0]
        others = len(self.reminders) - 1
        if others:
            first = self.tr("%1 (and %n other convention(s) to renew)", "", others).replace(
                "%1", first
            )
        self.notice_text.setText(first)
        self.notice.show()

    def show_renewal(self) -> None:
        """Show the partnership page on the first convention to renew."""
        if not self.reminders:
            return
        self.show_page("partnership")
        self.partnership_page.show_convention(self.reminders[0].convention_id)

    def _reopen_drafts(self, vault: Vault) -> None:
        """Reopen the editors whose unsaved changes were kept when the window locked."""
        from vpi_groups import drafts

        try:
            kept = vault.run(drafts.pending)  # a few rows: at once, before the pages load
        except VaultError as error:
            self.vault_label.setText(error_text(error))
            return
        for draft in kept:
            kind, _sep, rest = draft.key.partition(":")
            if kind == "session" and rest.isdigit():
                self.open_session(int(rest), draft.state)
                continue
            for page in self.pages:
                if page.offer_draft(draft.key, draft.state):
                    self.sidebar.setCurrentRow(self.pages.index(page))
                    break

    def _keep_drafts(self) -> None:
        """Keep every open editor's unsaved changes in the vault before it locks."""
        vault = self.vault
        if vault is None:
            return
        from vpi_groups import drafts

        kept: list[tuple[str, Mapping[str, Any]]] = []
        # every open session dialog (one per session), not only the last one opened
        open_dialogs = dict.fromkeys([*self.session_dialogs.values(), self.session_dialog])
        for dialog in open_dialogs:
            if dialog is None or not dialog.isVisible():
                continue
            state = dialog.draft_state()
            if state is not None:
                kept.append((dialog.draft_key(), state))
        for page in self.pages:
            draft = page.editor_draft()
            if draft is not None:
                kept.append(draft)
        from vpi_groups import clock  # here: its time zone would cost the first paint 4 ms

        now = clock.now()
        # The drafts of the last lock are replaced (by nothing if no editor is open).
        # A full disk must not keep the window from locking: the drafts are then lost,
        # and the user is told on the locked window.
        try:  # the worker is idle (waited for above): written at once, before the lock
            vault.run(lambda s: drafts.replace_all(s, kept, now=now))
        except (VaultError, ValueError, TypeError):  # the window must lock whatever happens
            self.lost_drafts = len(kept)
        else:
            self.lost_drafts = 0

    def lock(self) -> None:
        """Clear every page, drop the key, close the database, ask for the passphrase."""
        if self.vault is None:
            return
        self._drop_vault()
        self._show_locked_state()
        self.locked.emit()
        self.ask_passphrase()

    def _drop_vault(self) -> None:
        """Close every open dialog without saving, clear the pages, lock the vault.

        Dialogs hold record data (a session, a participant's memo, a question about
        a record); the unlock dialog is the only one left open.
        """
        self.idle.stop()
        self.desktop_lock.stop()
        # Every unit of work under way finishes before the vault closes: a save or an
        # export to its end, a report's audit at its next step (it writes nothing).
        cancel_all()
        database_worker().waitForDone()
        self._keep_drafts()
        self.session_dialog = None
        for dialog in self.findChildren(QDialog):
            if dialog is self.unlock_dialog or not dialog.isVisible():
                continue
            dialog.done(0)
        for page in self.pages:
            page.clear()
        self._loaded.clear()
        if self.vault is not None:
            self.vault.lock()
            self.vault = None
            # What the pages and the reports held is freed: back to the system, off the
            # UI thread (the large benchmark vault's window: 280 -> 270 MB once locked).
            threading.Thread(target=memory.give_back, name="give back", daemon=True).start()

    def _show_locked_state(self) -> None:
        self.central.setEnabled(False)
        self.lock_action.setEnabled(False)
        self.backup_action.setEnabled(False)
        self.export_ics_action.setEnabled(False)
        self.tasks_action.setEnabled(False)
        self.reminders = ()
        self.notice.hide()
        self.notice_text.setText("")
        self.vault_label.setText(self.tr("Vault locked"))
        if self.lost_drafts:
            self.vault_label.setText(
                self.tr(
                    "Vault locked. Unsaved changes in %n editor(s) could not be kept: the "
                    "disk is full or cannot be written.",
                    "",
                    self.lost_drafts,
                )
            )

    def ask_passphrase(self) -> None:
        """Show the unlock dialog over this window (window-modal, non-blocking)."""
        if self.folder is None or self.unlock_dialog is not None:
            return
        dialog = UnlockDialog(self.folder, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _result: self._unlock_finished(dialog))
        dialog.ready = self._built
        if not self.pages:
            dialog.painted.connect(self._build_pages_after_paint)
        self.unlock_dialog = dialog
        dialog.open()

    def _unlock_finished(self, dialog: UnlockDialog) -> None:
        self.unlock_dialog = None
        vault = dialog.vault
        dialog.deleteLater()
        if vault is not None:
            self.set_vault(vault)
        else:
            self.close()

    def holds_record_data(self) -> bool:
        """Whether any page (or the window) still holds data read from the vault."""
        return self.vault is not None or any(p.holds_record_data() for p in self.pages)

    def _offer_to_open(self, folder: Path) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Open the restored vault"),
            self.tr("Open the restored vault in %1 now? The current vault will be locked.").replace(
                "%1", str(folder)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.switch_to(folder)

    def restart(self) -> bool:
        """Start the application again (a new language needs it); whether it restarts.

        The vault is locked first as a lock does it (open editors' unsaved changes kept
        as drafts, offered again after the next unlock; every dialog closed), the
        preferences are written, then the same command starts again
        (:func:`restart_command`) and this window closes. If the new process cannot
        start, the window stays, locked, says so and asks for the passphrase.
        """
        if self.unlock_dialog is not None:
            return False  # nothing to lock; closing now would drop a key derivation
        if self.vault is not None:
            self._drop_vault()
            self._show_locked_state()
            self.locked.emit()
        self.preferences.window_geometry = self.saveGeometry()
        self.preferences.sync()  # the new process reads the language chosen
        program, arguments = restart_command(None if self.demo else self.folder)
        if not relaunch(program, arguments):
            QMessageBox.warning(
                self,
                self.tr("Restart"),
                self.tr(
                    "VPI Groups could not start again. The new language will be used "
                    "at the next start: close the application and open it again."
                ),
            )
            self.ask_passphrase()
            return False
        self.close()
        return True

    def switch_to(self, folder: Path) -> None:
        """Lock the current vault and open another folder (asks its passphrase)."""
        self.preferences.vault_folder = folder
        if self.vault is not None:
            self._drop_vault()
            self._show_locked_state()
            self.locked.emit()
        self.folder = folder
        self.ask_passphrase()

    # ------------------------------------------------------------ window

    def help_topic(self) -> str:
        """The user guide's topic of the page on screen (the guide opens there)."""
        return HELP_TOPICS[max(0, min(self.sidebar.currentRow(), len(HELP_TOPICS) - 1))]

    def show_guide(self) -> None:
        """Open the user guide at the topic of the page on screen (F1)."""
        # The viewer (and what it reads) is loaded on first use, not at start-up.
        from vpi_groups.ui.help_viewer import show_help

        show_help(self, self.help_topic())

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About VPI Groups"),
            self.tr(
                "VPI Groups %1\n\nTalk groups and prevention actions against domestic "
                "violence. Everything stays on this computer, encrypted; the application "
                "never uses the network."
            ).replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the geometry, lock the vault, stop watching input."""
        if self.unlock_dialog is not None:
            if self.unlock_dialog.working:
                event.ignore()  # a key derivation is under way; its vault must be closed
                return
            dialog, self.unlock_dialog = self.unlock_dialog, None
            dialog.finished.disconnect()
            dialog.close()
            dialog.deleteLater()
        self.preferences.window_geometry = self.saveGeometry()
        self.preferences.sync()
        self.idle.stop()  # input is no longer watched
        self._drop_vault()
        super().closeEvent(event)
