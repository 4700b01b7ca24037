"""Settings: auto-lock, passphrase, retention, suppression threshold, language, vault.

A new interface language needs a restart: the pages set their words once, when built.
Choosing one offers the restart at once, in the language chosen (a person who cannot
read French can switch to English), and saying "Later" keeps it for the next start.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vpi_groups import vault_settings
from vpi_groups.language import choose, of_locale
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.app import translated_into
from vpi_groups.ui.dialogs import (
    BackupDialog,
    ChangePassphraseDialog,
    NewRecoveryKeyDialog,
    RestoreDialog,
)
from vpi_groups.ui.errors import error_style, error_text
from vpi_groups.ui.organisation_field import OrganisationField
from vpi_groups.ui.pages.base import Page, page_title
from vpi_groups.ui.preferences import AUTO_LOCK_RANGE, Preferences
from vpi_groups.ui.tasks import TaskRunner
from vpi_groups.ui.widgets import CheckedSpinBox

if TYPE_CHECKING:
    from vpi_groups.ui.consolidation_dialog import ConsolidationDialog

# The offer to restart speaks the language just chosen, not the one on screen: these
# are translated with translated_into(), so they are marked for the catalogue here
# (str(): the marker returns its text, typed as any object).
_WILL_BE = {
    "fr": str(
        QT_TRANSLATE_NOOP("SettingsPage", "The interface will be in French after a restart.")
    ),
    "en": str(
        QT_TRANSLATE_NOOP("SettingsPage", "The interface will be in English after a restart.")
    ),
}
_KEPT = str(
    QT_TRANSLATE_NOOP(
        "SettingsPage",
        "Restarting locks the vault: unsaved changes in open editors are kept and offered "
        "again once the passphrase is typed.",
    )
)
_DEMO_LOST = str(
    QT_TRANSLATE_NOOP(
        "SettingsPage",
        "Restarting opens a new demo vault: the changes made in this one are lost.",
    )
)
_RESTART_NOW = str(QT_TRANSLATE_NOOP("SettingsPage", "Restart &now"))
_LATER = str(QT_TRANSLATE_NOOP("SettingsPage", "La&ter"))


class SettingsPage(Page):
    """Every setting of the application, each saved as soon as it is confirmed."""

    auto_lock_changed = Signal(int)
    open_vault_requested = Signal(Path)
    restart_requested = Signal()
    """The user accepted to restart the application (to switch its language)."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.demo = False  # set by the window: a restart then loses the demo vault
        self.vault: Vault | None = None
        self.runner = TaskRunner(self)
        self._loaded: vault_settings.VaultSettings | None = None

        title = page_title(self.tr("Settings"), self)

        # Security
        security = QGroupBox(self.tr("Security"), self)
        self.auto_lock = CheckedSpinBox(
            security,
            *AUTO_LOCK_RANGE,
            preferences.auto_lock_minutes,
            "autoLockMinutes",
            range_text=self.tr("Between %1 and %2 minutes"),
        )
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.valueChanged.connect(self._auto_lock_edited)
        self.change_passphrase = QPushButton(self.tr("Change the &passphrase…"), security)
        self.change_passphrase.setObjectName("changePassphraseButton")
        self.change_passphrase.clicked.connect(self._change_passphrase)
        self.new_recovery_key = QPushButton(self.tr("New &recovery key…"), security)
        self.new_recovery_key.setObjectName("newRecoveryKeyButton")
        self.new_recovery_key.clicked.connect(self._new_recovery_key)
        form = self._form(security)
        form.addRow(
            self._label(self.tr("Lock after inactivity of:"), self.auto_lock),
            self.auto_lock.with_message(),
        )
        row = QHBoxLayout()
        row.addWidget(self.change_passphrase)
        row.addWidget(self.new_recovery_key)
        row.addStretch(1)
        form.addRow(row)

        # Records
        records = QGroupBox(self.tr("Records"), self)
        low, _high = vault_settings.RETENTION_RANGE
        self.retention = CheckedSpinBox(
            records,
            *vault_settings.RETENTION_RANGE,
            low,
            "retentionMonths",
            range_text=self.tr("Between %1 and %2 months"),
        )
        self.retention.setSuffix(self.tr(" months"))
        low, _high = vault_settings.K_RANGE
        self.threshold = CheckedSpinBox(records, *vault_settings.K_RANGE, low, "suppressionK")
        low, _high = vault_settings.HIDDEN_RANGE_RANGE
        self.hidden_range = CheckedSpinBox(
            records,
            *vault_settings.HIDDEN_RANGE_RANGE,
            low,
            "hiddenRange",
            range_text=self.tr("Between %1 and %2 values"),
        )
        self.hidden_range.setSuffix(self.tr(" values"))
        self.save_records = QPushButton(self.tr("&Save"), records)
        self.save_records.setObjectName("saveRecordSettings")
        self.save_records.clicked.connect(self._save_records)
        self.records_message = QLabel(records)
        self.records_message.setObjectName("recordsMessage")
        self.records_message.setWordWrap(True)
        help_retention = QLabel(
            self.tr(
                "Person-level attendance is kept this long after a participant's last "
                "attendance, then folded into anonymous totals and deleted (CNIL: 24 months)."
            ),
            records,
        )
        help_retention.setWordWrap(True)
        help_threshold = QLabel(
            self.tr(
                "In anonymised totals, counts from 1 to k−1 are hidden (k = 5 by default; "
                "3 is INSEE's minimum, 11 the DGFiP rule for individuals)."
            ),
            records,
        )
        help_threshold.setWordWrap(True)
        help_range = QLabel(
            self.tr(
                "Each hidden count keeps at least this many possible values for whoever holds "
                "every report released (3 at least: a hidden count is 1 or more, so two "
                "values would say nearly everything). More hides more."
            ),
            records,
        )
        help_range.setWordWrap(True)
        form = self._form(records)
        form.addRow(
            self._label(self.tr("Keep person-level records for:"), self.retention),
            self.retention.with_message(),
        )
        form.addRow(help_retention)
        form.addRow(
            self._label(self.tr("Suppression threshold k:"), self.threshold),
            self.threshold.with_message(),
        )
        form.addRow(help_threshold)
        form.addRow(
            self._label(self.tr("Hidden counts keep at &least:"), self.hidden_range),
            self.hidden_range.with_message(),
        )
        form.addRow(help_range)
        form.addRow(self.save_records, self.records_message)

        # Language
        language = QGroupBox(self.tr("Language"), self)
        self.language = QComboBox(language)
        self.language.setObjectName("languageChoice")
        self.language.addItem(self.tr("As the system (French when unsure)"), "")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language or "")))
        self.language.currentIndexChanged.connect(self._language_edited)
        self.restart_offer = QFrame(language)
        self.restart_offer.setObjectName("restartOffer")
        self.restart_offer.setFrameShape(QFrame.Shape.StyledPanel)
        self.restart_text = QLabel(self.restart_offer)
        self.restart_text.setObjectName("restartText")
        self.restart_text.setWordWrap(True)
        self.restart_now = QPushButton(self.restart_offer)
        self.restart_now.setObjectName("restartNowButton")
        self.restart_now.clicked.connect(self._restart_now)
        self.restart_later = QPushButton(self.restart_offer)
        self.restart_later.setObjectName("restartLaterButton")
        self.restart_later.clicked.connect(self._restart_later)
        offer = QVBoxLayout(self.restart_offer)
        offer.addWidget(self.restart_text)
        offer_buttons = QHBoxLayout()
        offer_buttons.addWidget(self.restart_now)
        offer_buttons.addWidget(self.restart_later)
        offer_buttons.addStretch(1)
        offer.addLayout(offer_buttons)
        self.restart_offer.hide()
        form = self._form(language)
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.restart_offer)

        # Vault
        vault_box = QGroupBox(self.tr("Vault"), self)
        self.location = QLabel(vault_box)
        self.location.setObjectName("vaultLocation")
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("Open the &folder"), vault_box)
        open_folder.setObjectName("openFolderButton")
        open_folder.clicked.connect(self._open_folder)
        self.backup_button = QPushButton(self.tr("&Back up now…"), vault_box)
        self.backup_button.setObjectName("backupButton")
        self.backup_button.clicked.connect(self._backup)
        self.restore_button = QPushButton(self.tr("&Restore a backup…"), vault_box)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self._restore)
        buttons = QHBoxLayout()
        buttons.addWidget(open_folder)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        form = self._form(vault_box)
        form.addRow(self.tr("Location:"), self.location)
        form.addRow(buttons)

        # Consolidation: the coordinator's totals, or this vault's sent to it
        consolidation = QGroupBox(self.tr("Consolidation"), self)
        self.consolidation_dialog: ConsolidationDialog | None = None
        self.consolidation_status = QLabel(consolidation)
        self.consolidation_status.setObjectName("consolidationStatus")
        self.consolidation_status.setWordWrap(True)
        self.consolidation_button = QPushButton(self.tr("&Consolidation…"), consolidation)
        self.consolidation_button.setObjectName("consolidationButton")
        self.consolidation_button.setToolTip(
            self.tr(
                "Pair this vault with the coordinator's, send it this vault's totals, or "
                "receive the organisations' totals"
            )
        )
        self.consolidation_button.clicked.connect(self.open_consolidation)
        form = self._form(consolidation)
        form.addRow(self.consolidation_status)
        row = QHBoxLayout()
        row.addWidget(self.consolidation_button)
        row.addStretch(1)
        form.addRow(row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(security)
        layout.addWidget(records)
        layout.addWidget(OrganisationField.attach(self))
        layout.addWidget(language)
        layout.addWidget(vault_box)
        layout.addWidget(consolidation)
        layout.addStretch(1)
        self._set_enabled(False)

    @staticmethod
    def _label(text: str, field: QWidget) -> QLabel:
        """A form label for ``field`` itself, not for the row that holds it and its message.

        Its mnemonic then reaches the field, and the field is named after it: Qt names
        a field by a label only when both have the same parent, and the row is between.
        """
        label = QLabel(text, field.parentWidget())
        label.setBuddy(field)
        spoken = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        field.setAccessibleName(spoken.rstrip(" :\u00a0"))
        return label

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        """A form whose fields keep their natural width (no metre-long spin boxes)."""
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        box.setMaximumWidth(900)
        return form

    # ------------------------------------------------------------ Page

    def load(self, vault: Vault) -> None:
        """Read the vault's settings (in the background) and show its location."""
        self.vault = vault
        self.location.setText(str(vault.folder))
        self.refresh_consolidation()
        self.runner.unit(vault, vault_settings.load, self._show, self._fail)

    def _show(self, settings: vault_settings.VaultSettings) -> None:
        if self.vault is None:
            return  # locked meanwhile
        self._loaded = settings
        self.retention.setValue(settings.retention_months)
        self.threshold.setValue(settings.suppression_k)
        self.hidden_range.setValue(settings.hidden_range)
        self._set_enabled(True)

    def clear(self) -> None:
        """Forget the vault and its settings."""
        self.vault = None
        self._loaded = None
        self.location.clear()
        self.consolidation_status.clear()
        self.records_message.clear()
        self.retention.setValue(vault_settings.RETENTION_DEFAULT)
        self.threshold.setValue(vault_settings.K_DEFAULT)
        self.hidden_range.setValue(vault_settings.HIDDEN_RANGE_DEFAULT)
        self._set_enabled(False)

    def holds_record_data(self) -> bool:
        """Whether anything read from the vault is still held."""
        return self.vault is not None or self._loaded is not None

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.retention,
            self.threshold,
            self.hidden_range,
            self.save_records,
            self.change_passphrase,
            self.new_recovery_key,
            self.backup_button,
            self.consolidation_button,
        ):
            widget.setEnabled(enabled)

    # ------------------------------------------------------------ actions

    def _auto_lock_edited(self, minutes: int) -> None:
        self.preferences.auto_lock_minutes = minutes
        self.auto_lock_changed.emit(minutes)

    def _language_edited(self, _index: int) -> None:
        """Keep the choice, and offer to restart if it changes the language on screen."""
        self.preferences.language = self.language.currentData() or None
        wanted = choose(self.preferences.language, QLocale.system().name())
        if wanted == of_locale(QLocale().name()):
            self.restart_offer.hide()  # back to the language on screen: nothing to do
            return
        words = [_WILL_BE[wanted], _DEMO_LOST if self.demo else _KEPT]
        self.restart_text.setText(
            " ".join(translated_into(wanted, "SettingsPage", w) for w in words)
        )
        self.restart_now.setText(translated_into(wanted, "SettingsPage", _RESTART_NOW))
        self.restart_later.setText(translated_into(wanted, "SettingsPage", _LATER))
        # Read aloud in the language chosen too: a screen reader says what is shown.
        self.restart_offer.setAccessibleName(self.restart_text.text())
        self.restart_offer.show()

    def _restart_now(self) -> None:
        self.restart_requested.emit()

    def _restart_later(self) -> None:
        """The choice is kept for the next start; the offer goes."""
        self.restart_offer.hide()
        self.language.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_records(self) -> None:
        vault = self.vault
        if vault is None:
            return
        wanted = vault_settings.VaultSettings(
            self.retention.value(), self.threshold.value(), self.hidden_range.value()
        )

        def work(session: Any) -> vault_settings.VaultSettings:
            vault_settings.save(session, wanted)
            return wanted

        self.save_records.setEnabled(False)
        self.runner.unit(vault, work, self._saved, self._fail)

    def _saved(self, settings: vault_settings.VaultSettings) -> None:
        self._loaded = settings
        self.save_records.setEnabled(self.vault is not None)
        self.records_message.setStyleSheet("")
        self.records_message.setText(self.tr("Saved."))

    def _fail(self, error: Exception) -> None:
        self.save_records.setEnabled(self.vault is not None)
        self.records_message.setStyleSheet(error_style())
        self.records_message.setText(error_text(error))

    def _change_passphrase(self) -> None:
        if self.vault is not None:
            ChangePassphraseDialog(self.vault, self).exec()

    def _new_recovery_key(self) -> None:
        if self.vault is not None:
            NewRecoveryKeyDialog(self.vault, self).exec()

    def _backup(self) -> None:
        if self.vault is not None:
            BackupDialog(self.vault, self).exec()

    def _restore(self) -> None:
        dialog = RestoreDialog(self)
        dialog.exec()
        if dialog.restored_to is not None:
            self.open_vault_requested.emit(dialog.restored_to)

    def _open_folder(self) -> None:
        if self.vault is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.vault.folder)))

    # ------------------------------------------------------------ consolidation

    def refresh_consolidation(self) -> None:
        """Say (read on the worker) whether this vault coordinates, sends, or neither yet."""
        vault = self.vault
        if vault is None:
            return

        def work(session: Any) -> tuple[str | None, str | None]:
            from vpi_groups.consolidation import bundles

            coordinator = next(
                (p for p in bundles.peers(session) if p.role == bundles.COORDINATOR), None
            )
            return (
                bundles.own_keys(session).programme,
                None if coordinator is None else coordinator.programme,
            )

        self.runner.unit(vault, work, self._show_consolidation, self._consolidation_failed)

    def _show_consolidation(self, found: tuple[str | None, str | None]) -> None:
        if self.vault is None:
            return  # locked meanwhile
        own, paired = found
        if own is not None:
            text = self.tr("This vault coordinates the programme “%1”.").replace("%1", own)
        elif paired is not None:
            text = self.tr("Paired with the coordinator of “%1”.").replace("%1", paired)
        else:
            text = self.tr("Not paired yet.")
        self.consolidation_status.setStyleSheet("")
        self.consolidation_status.setText(text)

    def _consolidation_failed(self, error: Exception) -> None:
        if self.vault is None:
            return
        self.consolidation_status.setStyleSheet(error_style())
        self.consolidation_status.setText(error_text(error))

    def open_consolidation(self) -> ConsolidationDialog | None:
        """Open the consolidation's dialog (pairing, sending, receiving) over the page."""
        if self.vault is None:
            return None
        from vpi_groups.ui.consolidation_dialog import ConsolidationDialog

        dialog = ConsolidationDialog(self.vault, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        # Read again once closed, on the next turn: a lock closes the dialog first and
        # clears the page after, and nothing must be read from a vault being locked.
        dialog.finished.connect(
            lambda _result: QTimer.singleShot(0, self, self._consolidation_closed)
        )
        self.consolidation_dialog = dialog
        dialog.show()
        return dialog

    def _consolidation_closed(self) -> None:
        self.consolidation_dialog = None
        self.refresh_consolidation()
