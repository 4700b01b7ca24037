"""The coordinator's consolidation, in the window: pairing, sending and receiving totals.

Three tabs, the same steps as ``vpi-groups consolidate`` (docs/consolidation.md):

- **Pairing**: this vault's keys as words, the coordinator card and a facilitator's
  key written to files, a card or a key registered (its words then read by phone),
  the vaults paired, and a sender revoked.
- **Send** (a facilitator): a month, a quarter or a year prepared, its summary read,
  then the bundle sealed for the coordinator and written (recorded in the ledger).
- **Receive** (the coordinator): bundles imported, each on its own (a refused one
  changes nothing), by the button or dropped on the tab; what each sender sent for a
  year and the months still missing.

Every step runs on the vault's one worker (:class:`~vpi_groups.ui.tasks.TaskRunner`),
the files it reads and writes included; the dialog only shows what it hands back.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vpi_groups import clock
from vpi_groups.consolidation import bundles, crypto
from vpi_groups.consolidation.bundles import Imported, OwnKeys, Peer, Prepared, SenderStatus
from vpi_groups.reports.periods import FIRST_YEAR, LAST_YEAR
from vpi_groups.storage.atomic import write_atomic
from vpi_groups.storage.vault import Vault
from vpi_groups.ui import file_dialogs, fit
from vpi_groups.ui.errors import error_colour, error_style, error_text
from vpi_groups.ui.help_key import give_help_key
from vpi_groups.ui.models.table import Row, RowTableModel
from vpi_groups.ui.period_names import month_names, quarter_names
from vpi_groups.ui.tasks import TaskRunner

Months = tuple[int, int]

CARD_NAME = "carte-coordinateur.json"
BUNDLE_SUFFIX = ".vpibundle"
KEY_FILE_BYTES = crypto.MAX_TEXT_FILE_BYTES + 1  # one more: too large is then said
BUNDLE_FILE_BYTES = crypto.MAX_BUNDLE_BYTES + 1
RESULT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role of an import result: "received", "replaced" or "refused"."""


def month_index(year: int, month: int) -> int:
    """The month index of ``month`` (1 to 12) of ``year``, as bundles count months."""
    return year * 12 + month - 1


def file_slug(name: str) -> str:
    """``name`` as a part of a file name: plain letters and digits, words joined by "-"."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-").lower()
    return slug[:60].strip("-") or "vpi-groups"


def _day(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    return moment.astimezone(clock.PROGRAMME_ZONE).strftime("%d/%m/%Y")


def _read(path: Path, limit: int) -> bytes:
    with path.open("rb") as handle:
        return handle.read(limit)


def open_file_names(parent: QWidget, caption: str, directory: str, name_filter: str) -> list[str]:
    """Several existing files chosen in one file dialog (labels complete), or none."""
    dialog = file_dialogs.make_dialog(
        parent, caption, directory, name_filter, mode=QFileDialog.FileMode.ExistingFiles
    )
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return []
        return list(dialog.selectedFiles())
    finally:
        dialog.deleteLater()


# ---------------------------------------------------------------- what the worker reads


@dataclass(frozen=True)
class Snapshot:
    """What the dialog shows of the vault, read in one unit of work."""

    keys: OwnKeys
    sender: str  # the name this vault sends under (its organisation's)
    peers: tuple[Peer, ...]
    year: int  # the year of ``status``
    status: tuple[SenderStatus, ...]

    @property
    def coordinates(self) -> bool:
        """Whether this vault holds a coordinator key."""
        return self.keys.programme is not None

    @property
    def coordinator(self) -> Peer | None:
        """The coordinator card registered here (a facilitator's vault), if any."""
        return next((p for p in self.peers if p.role == bundles.COORDINATOR), None)


def read_snapshot(session: Any, year: int) -> Snapshot:
    """This vault's keys, the vaults paired and, for a coordinator, the status of ``year``."""
    keys = bundles.own_keys(session)
    status: list[SenderStatus] = []
    if keys.programme is not None:
        status = bundles.status(session, (month_index(year, 1), month_index(year, 12)))
    return Snapshot(
        keys, bundles.sender_name(session), tuple(bundles.peers(session)), year, tuple(status)
    )


@dataclass(frozen=True)
class Paired:
    """A card or a key registered, and the vault as it is now."""

    peer: Peer
    snapshot: Snapshot


# ---------------------------------------------------------------- the tables


class PeerModel(RowTableModel):
    """The vaults paired: role, name, fingerprint words, paired on, revoked on."""

    def headers(self) -> tuple[str, ...]:
        """The column titles, translated."""
        return (
            self.tr("Role"),
            self.tr("Name"),
            self.tr("Fingerprint"),
            self.tr("Paired on"),
            self.tr("Revoked on"),
        )

    def show_peers(self, peers: Sequence[Peer]) -> None:
        """Replace the rows with these vaults (a revoked one struck through)."""
        rows = []
        for peer in peers:
            role = (
                self.tr("Coordinator")
                if peer.role == bundles.COORDINATOR
                else self.tr("Organisation")
            )
            rows.append(
                Row(
                    cells=(
                        role,
                        peer.name,
                        peer.words,
                        _day(peer.paired_at),
                        _day(peer.revoked_at),
                    ),
                    keys=(
                        peer.role != bundles.COORDINATOR,
                        peer.name.casefold(),
                        peer.words,
                        peer.paired_at,
                        peer.revoked_at,
                    ),
                    row_id=peer.id,
                    struck=peer.revoked_at is not None,
                )
            )
        self.set_rows(rows)


class StatusModel(RowTableModel):
    """Each sender of a year: what it sent, and the months of the year still missing."""

    def headers(self) -> tuple[str, ...]:
        """The column titles, translated."""
        return (self.tr("Organisation"), self.tr("Received"), self.tr("Missing"))

    def show_status(self, status: Sequence[SenderStatus]) -> None:
        """Replace the rows with these senders (missing months in red)."""
        rows = []
        for entry in status:
            peer = entry.peer
            if peer.revoked_at is not None:
                received = self.tr("revoked on %1").replace("%1", _day(peer.revoked_at))
            elif entry.received:
                received = ", ".join(bundles.months_label(r.months) for r in entry.received)
            else:
                received = self.tr("nothing received")
            if entry.missing:
                shown = ", ".join(bundles.month_label(m) for m in entry.missing)
                missing = self.tr("nothing received for %1").replace("%1", shown)
            else:
                missing = "" if peer.revoked_at is not None else self.tr("nothing missing")
            rows.append(
                Row(
                    cells=(peer.name, received, missing),
                    keys=(peer.name.casefold(), received, len(entry.missing)),
                    row_id=peer.id,
                    struck=peer.revoked_at is not None,
                    warning=bool(entry.missing),
                )
            )
        self.set_rows(rows)


def _table(view: QTableView, model: RowTableModel, name: str) -> None:
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table: arrows move inside it
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)


class DropArea(QWidget):
    """A tab that takes files dropped on it (bundles), as ``dropped(paths)``."""

    dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accepting = False  # set by the dialog: only a coordinator imports
        self.setAcceptDrops(True)

    @staticmethod
    def _files(event: QDropEvent) -> list[Path]:
        data = event.mimeData()
        if data is None or not data.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Take local files only, and only when bundles can be imported."""
        if self.accepting and self._files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """As on entering: the same files, the same answer."""
        if self.accepting and self._files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Hand the files dropped over."""
        files = self._files(event)
        if self.accepting and files:
            event.acceptProposedAction()
            self.dropped.emit(files)
        else:
            event.ignore()


# ---------------------------------------------------------------- the dialog


class ConsolidationDialog(QDialog):
    """Pairing, sending and receiving, each step on the vault's worker."""

    HELP_TOPIC = "consolidation"

    changed = Signal()
    """Something was kept in the vault: a key, a pairing, a bundle, a revocation."""

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, *, year: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consolidationDialog")
        self.setWindowTitle(self.tr("Consolidation"))
        self.vault = vault
        self.runner = TaskRunner(self)
        self.snapshot: Snapshot | None = None
        self.prepared: Prepared | None = None
        self.last_pairing: Peer | None = None
        self.pairing_box: QMessageBox | None = None
        self.programme_dialog: QInputDialog | None = None
        self.written: Path | None = None  # the last bundle written
        self._working = 0  # units of work under way: the buttons wait for them
        self._fitted = False
        today = clock.now().astimezone(clock.PROGRAMME_ZONE).date()
        chosen_year = today.year if year is None else year

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("consolidationTabs")
        self.pairing_tab = QWidget(self.tabs)
        self.send_tab = QWidget(self.tabs)
        self.receive_tab = DropArea(self.tabs)
        self.receive_tab.dropped.connect(self.import_files)
        self._build_pairing()
        self._build_send(chosen_year)
        self._build_receive(chosen_year)
        self.tabs.addTab(self.pairing_tab, self.tr("P&airing"))
        self.tabs.addTab(self.send_tab, self.tr("&Send"))
        self.tabs.addTab(self.receive_tab, self.tr("Recei&ve"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.help_shortcut = give_help_key(self, self.HELP_TOPIC)
        self._update_buttons()
        self.refresh()

    # ------------------------------------------------------------ building

    def _button(self, text: str, name: str, slot: Callable[[], object], parent: QWidget) -> Any:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter in a field does not press it
        button.clicked.connect(lambda _checked=False: slot())
        return button

    @staticmethod
    def _notice(parent: QWidget, name: str, text: str) -> QLabel:
        """Why a tab's steps wait (in bold: it comes before the tab's own words)."""
        label = QLabel(text, parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    @staticmethod
    def _message(parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _build_pairing(self) -> None:
        tab = self.pairing_tab
        intro = QLabel(
            self.tr(
                "The coordinator gives each organisation its card; each organisation gives "
                "back its key. Once a file is registered, read the fingerprint words to each "
                "other by phone: the same words on both sides mean the right key."
            ),
            tab,
        )
        intro.setWordWrap(True)
        self.own_coordinator = self._message(tab, "ownCoordinatorWords")
        self.own_signing = self._message(tab, "ownSigningWords")
        keys = QFormLayout()
        keys.addRow(self.tr("Coordinator key:"), self.own_coordinator)
        keys.addRow(self.tr("This vault's key:"), self.own_signing)
        self.become_button = self._button(
            self.tr("&Become the coordinator…"), "becomeCoordinator", self.ask_programme, tab
        )
        self.card_button = self._button(
            self.tr("Save the coordinator &card…"), "saveCard", self._ask_card_file, tab
        )
        self.register_button = self._button(
            self.tr("Re&gister a card or key…"), "registerFile", self._ask_register_file, tab
        )
        self.key_button = self._button(
            self.tr("Save this vault's &key…"), "saveKey", self._ask_key_file, tab
        )
        coordinator_row = QHBoxLayout()
        coordinator_row.addWidget(self.become_button)
        coordinator_row.addWidget(self.card_button)
        organisation_row = QHBoxLayout()
        organisation_row.addWidget(self.register_button)
        organisation_row.addWidget(self.key_button)
        organisation_row.addStretch(1)
        self.peer_model = PeerModel(self)
        self.peer_view = QTableView(tab)
        _table(self.peer_view, self.peer_model, "peerTable")
        self.peer_view.setAccessibleName(self.tr("Vaults paired"))
        self.peer_view.selectionModel().selectionChanged.connect(
            lambda *_args: self._update_buttons()
        )
        peers_label = QLabel(self.tr("Vau&lts paired:"), tab)
        peers_label.setBuddy(self.peer_view)
        self.revoke_button = self._button(self.tr("&Revoke…"), "revokeSender", self.ask_revoke, tab)
        self.revoke_button.setToolTip(
            self.tr("Its bundles are removed from the consolidation and new ones refused")
        )
        self.pairing_message = self._message(tab, "pairingMessage")
        bottom = QHBoxLayout()
        bottom.addWidget(self.revoke_button)
        bottom.addWidget(self.pairing_message, 1)
        layout = QVBoxLayout(tab)
        layout.addWidget(intro)
        layout.addLayout(keys)
        layout.addWidget(fit.WrappingRow(coordinator_row, organisation_row, parent=tab))
        layout.addWidget(peers_label)
        layout.addWidget(self.peer_view, 1)
        layout.addLayout(bottom)

    def _build_send(self, year: int) -> None:
        tab = self.send_tab
        self.send_notice = self._notice(
            tab,
            "sendNotice",
            self.tr(
                "Register the coordinator's card first (tab Pairing): the bundle is "
                "encrypted for it, and only the coordinator can open it."
            ),
        )
        intro = QLabel(
            self.tr(
                "A bundle holds this vault's totals for a month, a quarter or a year, without "
                "any name or code. Prepare it, read what it holds, then write it and send the "
                "file to the coordinator."
            ),
            tab,
        )
        intro.setWordWrap(True)
        self.send_year = QSpinBox(tab)
        self.send_year.setObjectName("sendYear")
        self.send_year.setRange(FIRST_YEAR, LAST_YEAR)
        self.send_year.setValue(year)
        self.send_period = QComboBox(tab)
        self.send_period.setObjectName("sendPeriod")
        self.send_period.addItem(self.tr("Whole year"), (1, 12))
        for quarter, name in enumerate(quarter_names()):
            self.send_period.addItem(name, (quarter * 3 + 1, quarter * 3 + 3))
        for month, name in enumerate(month_names(), start=1):
            self.send_period.addItem(name, (month, month))
        year_label = QLabel(self.tr("&Year:"), tab)
        year_label.setBuddy(self.send_year)
        period_label = QLabel(self.tr("Perio&d:"), tab)
        period_label.setBuddy(self.send_period)
        self.prepare_button = self._button(self.tr("&Prepare"), "prepareBundle", self.prepare, tab)
        period_row = QHBoxLayout()
        period_row.addWidget(year_label)
        period_row.addWidget(self.send_year)
        period_row.addSpacing(12)
        period_row.addWidget(period_label)
        period_row.addWidget(self.send_period)
        period_row.addSpacing(12)
        period_row.addWidget(self.prepare_button)
        period_row.addStretch(1)
        self.summary = QPlainTextEdit(tab)
        self.summary.setObjectName("bundleSummary")
        self.summary.setReadOnly(True)
        self.summary.setTabChangesFocus(True)
        self.summary.setAccessibleName(self.tr("What the bundle holds"))
        self.summary.setPlaceholderText(
            self.tr("Choose the period, then Prepare: what the bundle holds shows here.")
        )
        summary_label = QLabel(self.tr("What the bundle &holds:"), tab)
        summary_label.setBuddy(self.summary)
        self.write_button = self._button(
            self.tr("&Write the bundle…"), "writeBundle", self._ask_bundle_file, tab
        )
        self.send_message = self._message(tab, "sendMessage")
        bottom = QHBoxLayout()
        bottom.addWidget(self.write_button)
        bottom.addWidget(self.send_message, 1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.send_notice)
        layout.addWidget(intro)
        layout.addLayout(period_row)
        layout.addWidget(summary_label)
        layout.addWidget(self.summary, 1)
        layout.addLayout(bottom)
        self.send_year.valueChanged.connect(lambda _v: self._period_changed())
        self.send_period.currentIndexChanged.connect(lambda _i: self._period_changed())

    def _build_receive(self, year: int) -> None:
        tab = self.receive_tab
        self.receive_notice = self._notice(
            tab,
            "receiveNotice",
            self.tr(
                "Only the coordinator's vault receives bundles: become the coordinator first "
                "(tab Pairing)."
            ),
        )
        intro = QLabel(
            self.tr(
                "Import the bundles the organisations sent, or drop their files here. Each "
                "file is checked on its own: a refused one changes nothing. A newer bundle "
                "replaces the older one for the months it holds."
            ),
            tab,
        )
        intro.setWordWrap(True)
        self.import_button = self._button(
            self.tr("&Import bundles…"), "importBundles", self._ask_bundle_files, tab
        )
        self.results = QListWidget(tab)
        self.results.setObjectName("importResults")
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setAccessibleName(self.tr("Files imported"))
        results_label = QLabel(self.tr("Files i&mported:"), tab)
        results_label.setBuddy(self.results)
        self.status_year = QSpinBox(tab)
        self.status_year.setObjectName("statusYear")
        self.status_year.setRange(FIRST_YEAR, LAST_YEAR)
        self.status_year.setValue(year)
        self.status_year.valueChanged.connect(lambda _v: self.refresh())
        status_year_label = QLabel(self.tr("Bundles received for the y&ear:"), tab)
        status_year_label.setBuddy(self.status_year)
        self.status_model = StatusModel(self)
        self.status_view = QTableView(tab)
        _table(self.status_view, self.status_model, "statusTable")
        self.status_view.setAccessibleName(self.tr("Bundles received for the year"))
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addStretch(1)
        year_row = QHBoxLayout()
        year_row.addWidget(status_year_label)
        year_row.addWidget(self.status_year)
        year_row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.receive_notice)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(results_label)
        layout.addWidget(self.results, 1)
        layout.addLayout(year_row)
        layout.addWidget(self.status_view, 2)

    # ------------------------------------------------------------ running work

    @property
    def busy(self) -> bool:
        """Whether a unit of work of this dialog is under way or not yet shown."""
        return self._working > 0 or self.runner.busy

    def _run(
        self,
        work: Callable[[Any], Any],
        done: Callable[[Any], None],
        message: QLabel | None,
        *,
        preview: bool = False,
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """One unit of work on the worker; the buttons wait, an error is said in ``message``."""
        self._working += 1
        self._update_buttons()

        def succeeded(result: Any) -> None:
            self._working -= 1
            done(result)
            self._update_buttons()

        def refused(error: Exception) -> None:
            self._working -= 1
            if failed is not None:
                failed(error)
            elif message is not None:
                self._say(message, error_text(error), error=True)
            self._update_buttons()

        self.runner.unit(self.vault, work, succeeded, refused, preview=preview)

    @staticmethod
    def _say(label: QLabel, text: str, *, error: bool = False) -> None:
        label.setStyleSheet(error_style() if error else "")
        label.setText(text)

    def refresh(self) -> None:
        """Read the keys, the vaults paired and the year's status again."""
        year = self.status_year.value()
        self._run(lambda s: read_snapshot(s, year), self._show, self.pairing_message)

    def _show(self, snapshot: Snapshot) -> None:
        if snapshot.year != self.status_year.value():
            return  # another year asked since: its own read follows
        self.snapshot = snapshot
        keys = snapshot.keys
        if keys.programme is not None:
            self.own_coordinator.setText(
                self.tr("programme “%1”: %2")
                .replace("%1", keys.programme)
                .replace("%2", keys.coordinator_words or "")
            )
        else:
            self.own_coordinator.setText(self.tr("none (this vault is not the coordinator)"))
        if keys.signing_words is not None:
            self.own_signing.setText(
                self.tr("“%1”: %2").replace("%1", snapshot.sender).replace("%2", keys.signing_words)
            )
        else:
            self.own_signing.setText(self.tr("not made yet (made when it is first saved)"))
        selected = self.selected_peer()
        self.peer_model.show_peers(snapshot.peers)
        if selected is not None:
            row = self.peer_model.row_of(selected.id)
            if row >= 0:
                self.peer_view.selectRow(row)
        self.status_model.show_status(snapshot.status)
        self.send_notice.setVisible(snapshot.coordinator is None)
        self.receive_notice.setVisible(not snapshot.coordinates)
        self._update_buttons()

    def _update_buttons(self) -> None:
        snapshot, idle = self.snapshot, self._working == 0
        coordinates = snapshot is not None and snapshot.coordinates
        paired = snapshot is not None and snapshot.coordinator is not None
        selected = self.selected_peer()
        self.become_button.setEnabled(idle and snapshot is not None and not coordinates)
        self.card_button.setEnabled(idle and coordinates)
        self.register_button.setEnabled(idle and snapshot is not None)
        self.key_button.setEnabled(idle and paired)
        self.revoke_button.setEnabled(
            idle
            and selected is not None
            and selected.role == bundles.SENDER
            and selected.revoked_at is None
        )
        fields: tuple[QWidget, ...] = (self.send_year, self.send_period, self.summary)
        for widget in fields:
            widget.setEnabled(paired)
        self.prepare_button.setEnabled(idle and paired)
        self.write_button.setEnabled(idle and paired and self.prepared is not None)
        fields = (self.results, self.status_year, self.status_view)
        for widget in fields:
            widget.setEnabled(coordinates)
        self.import_button.setEnabled(idle and coordinates)
        self.receive_tab.accepting = coordinates

    # ------------------------------------------------------------ pairing

    def ask_programme(self) -> QInputDialog:
        """Ask the programme's name (written on the card), then make the coordinator key."""
        dialog = QInputDialog(self)
        dialog.setObjectName("programmeDialog")
        dialog.setWindowTitle(self.tr("Become the coordinator"))
        dialog.setLabelText(
            self.tr("Name of the programme, as the organisations know it (written on the card):")
        )
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        field = dialog.findChild(QLineEdit)
        if field is not None:
            field.setMaxLength(bundles.NAME_MAX)
        dialog.textValueSelected.connect(self.become_coordinator)
        dialog.finished.connect(lambda _result: self._programme_closed(dialog))
        self.programme_dialog = dialog
        dialog.open()
        return dialog

    def _programme_closed(self, dialog: QInputDialog) -> None:
        if self.programme_dialog is dialog:
            self.programme_dialog = None
        dialog.deleteLater()

    def become_coordinator(self, programme: str) -> None:
        """Make this vault the coordinator of ``programme`` (kept if it already is one)."""
        name = " ".join(programme.split())
        if not name:
            self._say(self.pairing_message, self.tr("Give the programme's name."), error=True)
            return
        year = self.status_year.value()

        def work(session: Any) -> Snapshot:
            bundles.create_coordinator_key(session, name)
            return read_snapshot(session, year)

        def done(snapshot: Snapshot) -> None:
            self._show(snapshot)
            self._say(
                self.pairing_message,
                self.tr(
                    "This vault coordinates the programme “%1”. Save the card and give it to "
                    "each organisation."
                ).replace("%1", snapshot.keys.programme or name),
            )
            self.changed.emit()

        self._run(work, done, self.pairing_message)

    def _save_path(self, caption: str, name: str, name_filter: str) -> Path | None:
        path, _filter = file_dialogs.save_file_name(
            self, caption, str(Path.home() / name), name_filter
        )
        return Path(path) if path else None

    def _ask_card_file(self) -> None:
        path = self._save_path(
            self.tr("Save the coordinator card"),
            CARD_NAME,
            self.tr("Coordinator cards (*.json)"),
        )
        if path is not None:
            self.save_card(path)

    def save_card(self, path: Path) -> None:
        """Write the coordinator card to ``path`` (on the worker)."""

        def work(session: Any) -> Path:
            write_atomic(path, bundles.card(session))
            return path

        def done(written: Path) -> None:
            words = self.snapshot.keys.coordinator_words if self.snapshot else ""
            self._say(
                self.pairing_message,
                self.tr("Card written: %1. Its fingerprint: %2.")
                .replace("%1", str(written))
                .replace("%2", words or ""),
            )

        self._run(work, done, self.pairing_message)

    def key_file_name(self) -> str:
        """The default name of this vault's key file: ``cle-<organisation>.json``."""
        sender = self.snapshot.sender if self.snapshot else ""
        return f"cle-{file_slug(sender)}.json"

    def _ask_key_file(self) -> None:
        path = self._save_path(
            self.tr("Save this vault's key"),
            self.key_file_name(),
            self.tr("Organisation keys (*.json)"),
        )
        if path is not None:
            self.save_key(path)

    def save_key(self, path: Path) -> None:
        """Write this facilitator vault's public key to ``path`` (made the first time)."""
        year = self.status_year.value()

        def work(session: Any) -> Snapshot:
            write_atomic(path, bundles.sender_key_file(session))
            return read_snapshot(session, year)

        def done(snapshot: Snapshot) -> None:
            self._show(snapshot)
            self._say(
                self.pairing_message,
                self.tr("Key written: %1. Its fingerprint: %2.")
                .replace("%1", str(path))
                .replace("%2", snapshot.keys.signing_words or ""),
            )
            self.changed.emit()

        self._run(work, done, self.pairing_message)

    def _ask_register_file(self) -> None:
        path, _filter = file_dialogs.open_file_name(
            self,
            self.tr("Register a card or a key"),
            str(Path.home()),
            self.tr("Cards and keys (*.json);;All files (*)"),
        )
        if path:
            self.register(Path(path))

    def register(self, path: Path) -> None:
        """Register the card or the key in ``path``; then show its words to compare."""
        year = self.status_year.value()

        def work(session: Any) -> Paired:
            peer = bundles.pair(session, _read(path, KEY_FILE_BYTES))
            return Paired(peer, read_snapshot(session, year))

        def done(paired: Paired) -> None:
            self._show(paired.snapshot)
            self.last_pairing = peer = paired.peer
            if peer.role == bundles.COORDINATOR:
                text = self.tr(
                    "Coordinator of the programme “%1” registered.\n\nCall the coordinator and "
                    "compare the fingerprint words: they must read the same words on their "
                    "screen.\n\n%2"
                ).replace("%1", peer.programme)
            else:
                text = self.tr(
                    "Organisation “%1” registered.\n\nCall the organisation and compare the "
                    "fingerprint words: they must read the same words on their screen.\n\n%2"
                ).replace("%1", peer.name)
            text = text.replace("%2", peer.words)
            self._say(self.pairing_message, text.replace("\n\n", " "))
            self.show_pairing(text)
            self.changed.emit()

        self._run(work, done, self.pairing_message)

    def show_pairing(self, text: str) -> QMessageBox:
        """Say who was registered and the words to compare by phone (not blocking)."""
        if self.pairing_box is not None:
            self.pairing_box.done(0)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Compare the fingerprint"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("pairingBox")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.finished.connect(lambda _result: self._pairing_closed(box))
        self.pairing_box = box
        box.open()
        return box

    def _pairing_closed(self, box: QMessageBox) -> None:
        if self.pairing_box is box:
            self.pairing_box = None
        box.deleteLater()

    def selected_peer(self) -> Peer | None:
        """The vault selected in the table, if any."""
        snapshot = self.snapshot
        rows = self.peer_view.selectionModel().selectedRows()
        if snapshot is None or not rows:
            return None
        peer_id = self.peer_model.row_id(rows[0].row())
        return next((p for p in snapshot.peers if p.id == peer_id), None)

    def ask_revoke(self) -> None:
        """Ask, then revoke the organisation selected."""
        peer = self.selected_peer()
        if peer is None or peer.role != bundles.SENDER:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Revoke this organisation?"),
            self.tr(
                "Revoke the key of “%1”? What it sent is removed from the consolidation, "
                "and its next bundles are refused. To receive its bundles again, it must "
                "make a new key."
            ).replace("%1", peer.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.revoke(peer.id)

    def revoke(self, peer_id: int) -> None:
        """Revoke a sender: its bundles are dropped (on the worker)."""
        year = self.status_year.value()

        def work(session: Any) -> tuple[Peer, Snapshot]:
            return bundles.revoke(session, peer_id), read_snapshot(session, year)

        def done(result: tuple[Peer, Snapshot]) -> None:
            peer, snapshot = result
            self._show(snapshot)
            self._say(
                self.pairing_message,
                self.tr("“%1” revoked: its bundles are removed.").replace("%1", peer.name),
            )
            self.changed.emit()

        self._run(work, done, self.pairing_message)

    # ------------------------------------------------------------ sending

    def months(self) -> Months:
        """The months chosen on the Send tab, as month indexes."""
        first, last = self.send_period.currentData()
        year = self.send_year.value()
        return month_index(year, first), month_index(year, last)

    def period_slug(self) -> str:
        """The period chosen, as a part of a file name: 2026, 2026-T1 or 2026-03."""
        first, last = self.send_period.currentData()
        year = self.send_year.value()
        if (first, last) == (1, 12):
            return str(year)
        if first != last:
            return f"{year}-T{(first - 1) // 3 + 1}"
        return f"{year}-{first:02d}"

    def bundle_file_name(self) -> str:
        """The default name of the bundle: ``envoi-<organisation>-<period>.vpibundle``."""
        sender = self.snapshot.sender if self.snapshot else ""
        return f"envoi-{file_slug(sender)}-{self.period_slug()}{BUNDLE_SUFFIX}"

    def _period_changed(self) -> None:
        """Another period: what was prepared is no longer what would be sent."""
        self.prepared = None
        self.summary.clear()
        self.send_message.clear()
        self._update_buttons()

    def prepare(self) -> None:
        """Read the totals of the months chosen (nothing is written) and show them."""
        months = self.months()
        self.prepared = None
        self.summary.clear()
        self._say(self.send_message, self.tr("Preparing…"))

        def done(prepared: Prepared) -> None:
            if prepared.months != self.months():
                return  # another period chosen meanwhile
            self.prepared = prepared
            self.summary.setPlainText(self.summary_text(prepared))
            self._say(
                self.send_message,
                self.tr("Read what the bundle holds, then write it."),
            )

        self._run(
            lambda s: bundles.prepare_export(s, months), done, self.send_message, preview=True
        )

    def summary_text(self, prepared: Prepared) -> str:
        """What the bundle holds, in words a person checks before sending."""
        figures = prepared.figures
        none = self.tr("none")
        lines = [
            self.tr("Bundle from “%1” for %2.")
            .replace("%1", prepared.sender)
            .replace("%2", bundles.months_label(prepared.months)),
            self.tr(
                "Encrypted for the coordinator of the programme “%1”, whose fingerprint is:"
            ).replace("%1", prepared.programme),
            f"    {prepared.coordinator_words}",
            "",
            self.tr("It holds totals without any name or code:"),
        ]
        for words, key in (
            (self.tr("Sessions planned or held: %1"), "sessions"),
            (self.tr("Sessions held: %1"), "held"),
            (self.tr("Attendances: %1"), "attendances"),
            (self.tr("Distinct participants: %1"), "participants"),
            (self.tr("Persons received by partners: %1"), "received"),
        ):
            lines.append("    " + words.replace("%1", str(figures.get(key, 0))))
        for words, names in (
            (self.tr("Actions (%1):"), prepared.actions),
            (self.tr("Talk groups (%1):"), prepared.groups),
            (self.tr("Partners, for their receptions (%1):"), prepared.partners),
        ):
            lines.append("")
            lines.append(words.replace("%1", str(len(names))))
            lines.extend(f"    {name}" for name in names or [none])
        return "\n".join(lines)

    def _ask_bundle_file(self) -> None:
        if self.prepared is None:
            return
        path = self._save_path(
            self.tr("Write the bundle"),
            self.bundle_file_name(),
            self.tr("VPI Groups bundles (*.vpibundle)"),
        )
        if path is not None:
            if path.suffix != BUNDLE_SUFFIX:
                path = path.with_name(path.name + BUNDLE_SUFFIX)
            self.write_bundle(path)

    def write_bundle(self, path: Path) -> None:
        """Seal what was prepared for the coordinator and write it (recorded in the ledger)."""
        prepared = self.prepared
        if prepared is None:
            return

        def done(_data: bytes) -> None:
            self.written = path
            self._say(
                self.send_message,
                self.tr("Bundle written: %1. Send this file to the coordinator.").replace(
                    "%1", str(path)
                ),
            )
            self.changed.emit()

        self._say(self.send_message, self.tr("Writing the file…"))
        self._run(lambda s: bundles.export(s, prepared, path), done, self.send_message)

    # ------------------------------------------------------------ receiving

    def _ask_bundle_files(self) -> None:
        files = open_file_names(
            self,
            self.tr("Import bundles"),
            str(Path.home()),
            self.tr("VPI Groups bundles (*.vpibundle);;All files (*)"),
        )
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, paths: Sequence[Path]) -> None:
        """Import each file in its own unit of work; say what became of each."""
        if self.snapshot is None or not self.snapshot.coordinates:
            return
        for path in paths:
            self._import_one(Path(path))
        self.refresh()  # after them: one worker, in order

    def _import_one(self, path: Path) -> None:
        def done(imported: Imported) -> None:
            text = (
                self.tr("%1: received from %2 for %3.")
                .replace("%1", path.name)
                .replace("%2", imported.sender)
                .replace("%3", bundles.months_label(imported.months))
            )
            kind = "received"
            for months in imported.replaced:
                kind = "replaced"
                before = imported.before or {}
                text += "\n" + (
                    self.tr(
                        "Replaces the earlier bundle (%1): attendances %2 → %3, "
                        "participants %4 → %5."
                    )
                    .replace("%1", bundles.months_label(months))
                    .replace("%2", str(before.get("attendances", "?")))
                    .replace("%3", str(imported.figures.get("attendances", 0)))
                    .replace("%4", str(before.get("participants", "?")))
                    .replace("%5", str(imported.figures.get("participants", 0)))
                )
            for months in imported.kept:
                kind = "replaced"
                text += "\n" + self.tr(
                    "The earlier bundle (%1) still counts for the months this one lacks."
                ).replace("%1", bundles.months_label(months))
            self._result(text, kind)
            self.changed.emit()

        def failed(error: Exception) -> None:
            text = (
                self.tr("%1: refused. %2").replace("%1", path.name).replace("%2", error_text(error))
            )
            self._result(text, "refused")

        self._run(
            lambda s: bundles.import_bundle(s, _read(path, BUNDLE_FILE_BYTES)),
            done,
            None,
            failed=failed,
        )

    def _result(self, text: str, kind: str) -> None:
        item = QListWidgetItem(text)
        item.setData(RESULT_ROLE, kind)
        item.setToolTip(text)
        if kind == "refused":
            item.setForeground(QBrush(error_colour()))
        self.results.addItem(item)
        self.results.scrollToItem(item)

    def result_lines(self) -> list[tuple[str, str]]:
        """Each file's result as shown: (kind, text), oldest first."""
        return [
            (self.results.item(i).data(RESULT_ROLE), self.results.item(i).text())
            for i in range(self.results.count())
        ]

    # ------------------------------------------------------------ window

    def showEvent(self, event: QShowEvent) -> None:
        """On the first show, 900 × 620, or less on a small screen (the tables scroll)."""
        if not self._fitted:
            self._fitted = True
            fit.fit_to_screen(self, QSize(900, 620))
        super().showEvent(event)
