"""Sentences for the vault's typed errors, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vpi_groups.storage import errors
from vpi_groups.vault_settings import SettingOutOfRangeError

translate = QCoreApplication.translate


def error_text(error: BaseException) -> str:
    """Return what to tell the user about ``error`` (no traceback, no record data)."""
    if isinstance(error, errors.WrongSecretError):
        if error.kind == "passphrase":
            return translate(
                "VaultErrors", "Wrong passphrase. Check the keyboard layout and Caps Lock."
            )
        return translate("VaultErrors", "Wrong recovery key. Check each group of characters.")
    if isinstance(error, errors.VaultInUseError):
        return translate(
            "VaultErrors",
            "This vault is already open in another VPI Groups window or command. "
            "Close it, then try again.",
        )
    if isinstance(error, errors.VaultDamagedError):
        if error.kept_copy_ok:
            return (
                translate(
                    "VaultErrors",
                    "The file %1 is damaged or was altered. Nothing was changed. Its copy "
                    "vault.key.bak is intact: replace vault.key with a copy of vault.key.bak, "
                    "then try again.",
                )
            ).replace("%1", str(error.file))
        return translate(
            "VaultErrors",
            "The file %1 is damaged or was altered. Nothing was changed. Restore your "
            "latest backup (Settings, Restore).",
        ).replace("%1", str(error.file))
    if isinstance(error, errors.VaultTooNewError):
        return translate(
            "VaultErrors",
            "This vault was written by a newer version of VPI Groups. Install the latest "
            "version to open it.",
        )
    if isinstance(error, errors.NotAVaultError):
        return translate("VaultErrors", "There is no vault in %1.").replace("%1", str(error.path))
    if isinstance(error, errors.VaultExistsError):
        return translate("VaultErrors", "%1 is not empty: choose a new or empty folder.").replace(
            "%1", str(error.path)
        )
    if isinstance(error, errors.DiskFullError):
        return translate(
            "VaultErrors",
            "The disk is full: %1 could not be written. Everything saved before is intact. "
            "Free some space, then try again.",
        ).replace("%1", str(error.file))
    if isinstance(error, errors.WriteFailedError):
        return (
            translate(
                "VaultErrors", "%1 could not be written (%2). Everything saved before is intact."
            )
            .replace("%1", str(error.file))
            .replace("%2", error.errno_name)
        )
    if isinstance(error, errors.VaultLockedError):
        return translate("VaultErrors", "The vault is locked.")
    if isinstance(error, SettingOutOfRangeError):
        return (
            translate("VaultErrors", "The value %1 is outside the allowed range (%2 to %3).")
            .replace("%1", str(error.value))
            .replace("%2", str(error.low))
            .replace("%3", str(error.high))
        )
    if isinstance(error, OSError):
        return translate("VaultErrors", "File error: %1.").replace(
            "%1", error.strerror or type(error).__name__
        )
    return translate(
        "VaultErrors", "Unexpected error (%1). Everything saved before is intact."
    ).replace("%1", type(error).__name__)
