"""The organisation's name, as a box of the Settings page: read, edited and saved on its own.

Every report (CSV, XLSX, PDF, JSON) prints this name under its title, and partner
calendars carry it as their description; while it is unset a neutral programme name
stands in (:mod:`vpi_groups.vault_settings`). The box saves the name alone, so the
page's other settings and this one never overwrite each other. Below it, saved on its
own too, the organiser's e-mail address: the ORGANIZER of invitations to
professionals' meetings, where their replies go.

:meth:`OrganisationField.attach` adds the box to a page in one call and makes it
follow the page: read when the page loads a vault, emptied when the page is cleared.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from vpi_groups import vault_settings
from vpi_groups.language import of_locale
from vpi_groups.reports import wording
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.errors import error_style, error_text
from vpi_groups.ui.pages.base import Page
from vpi_groups.ui.tasks import TaskRunner


class OrganisationField(QGroupBox):
    """Edit the organisation's name printed on every report; Enter or Save stores it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your organisation"), parent)
        self.setObjectName("organisationBox")
        self.vault: Vault | None = None
        self.saved: str | None = None  # the name as stored ("" unset); None: not read
        self.runner = TaskRunner(self)

        self.name = QLineEdit(self)
        self.name.setObjectName("organisationName")
        # One character more than allowed, so that typing or pasting past the limit
        # gets the service's own refusal rather than a silently cut name.
        self.name.setMaxLength(vault_settings.ORGANISATION_MAX + 1)
        self.name.setMinimumWidth(240)
        self.name.textEdited.connect(self._edited)
        self.name.returnPressed.connect(self.save)
        self.save_button = QPushButton(self.tr("Save the &name"), self)
        self.save_button.setObjectName("saveOrganisation")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setObjectName("organisationMessage")
        self.message.setWordWrap(True)
        self.saved_email: str | None = None  # as stored ("" unset); None: not read
        self.email = QLineEdit(self)
        self.email.setObjectName("organiserEmail")
        self.email.setPlaceholderText(self.tr("e.g. coordination@example.org"))
        self.email.textEdited.connect(self._email_edited)
        self.email.returnPressed.connect(self.save_email)
        self.save_email_button = QPushButton(self.tr("Save the a&ddress"), self)
        self.save_email_button.setObjectName("saveOrganiserEmail")
        self.save_email_button.setAutoDefault(False)
        self.save_email_button.clicked.connect(self.save_email)
        self.email_message = QLabel(self)
        self.email_message.setObjectName("organiserEmailMessage")
        self.email_message.setWordWrap(True)
        email_help = QLabel(
            self.tr(
                "The organiser of the invitations sent to professionals (trainings, "
                "public actions, plenary day): their replies go to this address."
            ),
            self,
        )
        email_help.setWordWrap(True)
        email_label = QLabel(self.tr("Address for in&vitations:"), self)
        email_label.setBuddy(self.email)
        help_text = QLabel(
            self.tr(
                "Printed under the title of every report (CSV, XLSX, PDF, JSON) and given "
                "as the description of calendars for partners. At most %1 characters."
            ).replace("%1", str(vault_settings.ORGANISATION_MAX)),
            self,
        )
        help_text.setWordWrap(True)
        label = QLabel(self.tr("Organisation's na&me:"), self)
        label.setBuddy(self.name)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.save_button)
        form = QFormLayout(self)
        form.addRow(label, row)
        form.addRow(help_text)
        form.addRow(self.message)
        email_row = QHBoxLayout()
        email_row.addWidget(self.email, 1)
        email_row.addWidget(self.save_email_button)
        form.addRow(email_label, email_row)
        form.addRow(email_help)
        form.addRow(self.email_message)
        self.setMaximumWidth(900)
        self._set_enabled(False)

    @classmethod
    def attach(cls, page: Page) -> OrganisationField:
        """A box that follows ``page``: read at its ``load``, emptied at its ``clear``.

        The page's own methods still run first; the box only adds its part, and says
        it holds record data while it does. Returns the box, to be put in a layout.
        """
        field = cls(page)
        load, clear, holds = page.load, page.clear, page.holds_record_data

        def loaded(vault: Vault) -> None:
            load(vault)
            field.load(vault)

        def cleared() -> None:
            clear()
            field.clear()

        def holding() -> bool:
            return holds() or field.holds_record_data()

        # Instance attributes: the main window calls page.load / clear / holds_record_data.
        page.load = loaded  # type: ignore[method-assign]
        page.clear = cleared  # type: ignore[method-assign]
        page.holds_record_data = holding  # type: ignore[method-assign]
        return field

    # ------------------------------------------------------------ the vault

    def load(self, vault: Vault) -> None:
        """Read the stored name in the background."""
        self.vault = vault

        def read(session: Any) -> tuple[str, str]:
            return (
                vault_settings.organisation(session),
                vault_settings.organiser_email(session) or "",
            )

        self.runner.unit(vault, read, self._show, self._fail)

    def clear(self) -> None:
        """Forget the vault and the name (the vault is being locked)."""
        self.vault = None
        self.saved = None
        self.saved_email = None
        self.name.clear()
        self.message.clear()
        self.email.clear()
        self.email_message.clear()
        self._set_enabled(False)

    def holds_record_data(self) -> bool:
        """Whether a name read from the vault is still shown or held."""
        return (
            self.vault is not None
            or self.saved is not None
            or bool(self.name.text())
            or bool(self.email.text())
        )

    def has_unsaved_changes(self) -> bool:
        """Whether the name or the address shown differs from the one stored."""
        return (self.saved is not None and self.name.text().strip() != self.saved) or (
            self.saved_email is not None and self.email.text().strip() != self.saved_email
        )

    # ------------------------------------------------------------ editing

    def save(self) -> None:
        """Store the name typed (checked by the service); say so, or say why not."""
        vault = self.vault
        if vault is None or self.saved is None:
            return
        wanted = self.name.text()

        def work(session: Any) -> str:
            return vault_settings.save_organisation(session, wanted)

        self.save_button.setEnabled(False)
        self.runner.unit(vault, work, self._saved, self._fail)

    def save_email(self) -> None:
        """Store the organiser's address typed (blank clears it); say so, or say why not."""
        vault = self.vault
        if vault is None or self.saved_email is None:
            return
        wanted = self.email.text()

        def work(session: Any) -> str:
            return vault_settings.save_organiser_email(session, wanted) or ""

        self.save_email_button.setEnabled(False)
        self.runner.unit(vault, work, self._email_saved, self._email_failed)

    def _show(self, stored: tuple[str, str]) -> None:
        if self.vault is None:
            return  # locked meanwhile
        name, address = stored
        self.saved = name
        self.saved_email = address
        self.name.setText(name)
        self.email.setText(address)
        self._set_enabled(True)
        self._explain_unset()

    def _email_saved(self, address: str) -> None:
        if self.vault is None:
            return
        self.saved_email = address
        self.email.setText(address)
        self._set_enabled(True)
        self.email_message.setStyleSheet("")
        self.email_message.setText(
            self.tr("Saved: invitations now come from this address.")
            if address
            else self.tr("Cleared: no invitation can be made until an address is saved.")
        )

    def _email_failed(self, error: Exception) -> None:
        self._set_enabled(self.vault is not None and self.saved_email is not None)
        self.email_message.setStyleSheet(error_style())
        self.email_message.setText(error_text(error))
        self.email.setFocus()

    def _email_edited(self, _text: str) -> None:
        self.email_message.clear()

    def _saved(self, name: str) -> None:
        if self.vault is None:
            return
        self.saved = name
        self.name.setText(name)  # as kept: trimmed, spaces tidied
        self._set_enabled(True)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved: the next reports will print this name."))

    def _fail(self, error: Exception) -> None:
        self._set_enabled(self.vault is not None and self.saved is not None)
        self.message.setStyleSheet(error_style())
        self.message.setText(error_text(error))
        self.name.setFocus()

    def _edited(self, _text: str) -> None:
        self.message.clear()

    def _explain_unset(self) -> None:
        self.message.setStyleSheet("")
        if self.saved:
            self.message.clear()
            return
        neutral = wording.text("programme", of_locale(QLocale().name()))
        self.message.setText(
            self.tr('Not set yet: reports print "%1" instead.').replace("%1", neutral)
        )
        self.name.setPlaceholderText(neutral)

    def _set_enabled(self, enabled: bool) -> None:
        self.name.setEnabled(enabled)
        self.save_button.setEnabled(enabled)
        self.email.setEnabled(enabled)
        self.save_email_button.setEnabled(enabled)
