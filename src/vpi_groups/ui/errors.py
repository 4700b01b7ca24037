"""Sentences for the vault's typed errors, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vpi_groups import validation
from vpi_groups.attendance.registers import AttendanceError, AttendanceErrorCode
from vpi_groups.storage import errors
from vpi_groups.vault_settings import SettingOutOfRangeError

translate = QCoreApplication.translate
ERROR_STYLE = "color: #a00000;"  # every error message of the interface


def error_text(error: BaseException) -> str:
    """Return what to tell the user about ``error`` (no traceback, no record data)."""
    if isinstance(error, validation.ValidationError):
        return validation_text(error)
    if isinstance(error, AttendanceError):
        return _attendance_text(error.code)
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
    if isinstance(error, errors.VaultMismatchError):
        return translate(
            "VaultErrors",
            "The key file and the database in this folder do not belong together (%1): one "
            "comes from another vault, or the start of vault.db is damaged. Nothing was "
            "changed. Put back the right vault.key, or restore your latest backup.",
        ).replace("%1", str(error.file))
    if isinstance(error, errors.VaultRolledBackError):
        return translate(
            "VaultErrors",
            "The database is older than its key file: an older copy of vault.db was put "
            "back. People erased since may have come back. Nothing was changed.",
        )
    if isinstance(error, errors.TargetExistsError):
        return translate("VaultErrors", "%1 already exists: choose another name.").replace(
            "%1", str(error.path)
        )
    if isinstance(error, errors.TargetInVaultError):
        return translate(
            "VaultErrors",
            "%1 is inside the vault folder: a backup must go elsewhere (another disk, a USB "
            "stick).",
        ).replace("%1", str(error.path))
    if isinstance(error, errors.VaultDamagedError):
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


def validation_text(error: BaseException) -> str:
    """Say in the interface language what is wrong with a field (no record data)."""
    if not isinstance(error, validation.ValidationError):
        return error_text(error)
    field = error.field
    if isinstance(error, validation.RequiredError):
        if field == "reason":
            return translate("FieldErrors", "Say why the session is cancelled.")
        if field == "amount":
            return translate("FieldErrors", "Enter an amount or describe the contribution in kind.")
        if field == "review_reason":
            return translate("FieldErrors", "Say why the action is not renewed.")
        if field == "public_kind":
            return translate("FieldErrors", "Choose the kind of public action.")
        if field == "end_date":
            return translate("FieldErrors", "Give an end date or a number of sessions.")
        return translate("FieldErrors", "This field is required.")
    if isinstance(error, validation.TooLongError):
        return translate("FieldErrors", "Too long: at most %1 characters.").replace(
            "%1", str(error.maximum)
        )
    if isinstance(error, validation.OutOfRangeError):
        if error.minimum is None:
            return translate("FieldErrors", "Must be at most %1.").replace("%1", str(error.maximum))
        if error.maximum is None:
            return translate("FieldErrors", "Must be at least %1.").replace(
                "%1", str(error.minimum)
            )
        return (
            translate("FieldErrors", "Must be between %1 and %2.")
            .replace("%1", str(error.minimum))
            .replace("%2", str(error.maximum))
        )
    if isinstance(error, validation.InvalidValueError):
        if error.reason == "not-a-number":
            return translate("FieldErrors", "Enter an amount in euros, for example 1 500,00.")
        if error.reason == "range":
            return translate("FieldErrors", "The amount must be between 0 and 100 000 000 €.")
        if error.reason == "fraction-of-cent":
            return translate("FieldErrors", "Amounts are kept to the cent: at most two decimals.")
        return translate("FieldErrors", "This value is not valid.")
    if isinstance(error, validation.CapacityRangeError):
        return translate("FieldErrors", "The minimum is above the maximum.")
    if isinstance(error, validation.TooFewFacilitatorsError):
        return translate("FieldErrors", "Choose at least %1 facilitators.").replace(
            "%1", str(error.minimum)
        )
    if isinstance(error, validation.InactiveError):
        return translate(
            "FieldErrors", "A facilitator who is no longer active cannot be newly assigned."
        )
    if isinstance(error, validation.EndBeforeStartError):
        return translate("FieldErrors", "The end comes before the start.")
    if isinstance(error, validation.DuplicateError):
        return translate("FieldErrors", "This name is already used.")
    if isinstance(error, validation.NotFoundError):
        return translate(
            "FieldErrors", "This record no longer exists. Close the editor and try again."
        )
    if isinstance(error, validation.NotApplicableError):
        return translate("FieldErrors", "This field does not apply here.")
    if isinstance(error, validation.InvalidChoiceError):
        return translate("FieldErrors", "Choose a value from the list.")
    if isinstance(error, validation.WrongActionKindError):
        return translate("FieldErrors", "Talk groups belong to an action of the talk-group axis.")
    if isinstance(error, validation.InUseError):
        return translate(
            "FieldErrors", "The axis cannot change: groups or sessions belong to this action."
        )
    if isinstance(error, validation.EmptyRuleError):
        return translate(
            "FieldErrors", "No date is left once public holidays and closures are skipped."
        )
    if isinstance(error, validation.RuleTooLongError):
        return translate("FieldErrors", "Too many sessions: at most %1 in one series.").replace(
            "%1", str(error.limit)
        )
    if isinstance(error, validation.SessionStateError):
        return _session_state_text(error.reason)
    if isinstance(error, validation.AlreadyRenewedError):
        return translate("FieldErrors", "This action is already continued the following year.")
    return translate("FieldErrors", "This value is not valid.")


def _session_state_text(reason: str) -> str:
    if reason == "held":
        return translate("FieldErrors", "A session marked held keeps its date and time.")
    if reason == "cancelled":
        return translate("FieldErrors", "This session is cancelled: reinstate it first.")
    if reason == "not-started":
        return translate("FieldErrors", "A session cannot be marked held before it starts.")
    if reason == "rule-occurrence":
        return translate(
            "FieldErrors", "A session of a series cannot be deleted: cancel it instead."
        )
    if reason == "has-records":
        return translate(
            "FieldErrors",
            "This session has a register, a headcount or notes: cancel it instead of deleting it.",
        )
    if reason == "attendance-recorded":
        return translate(
            "FieldErrors",
            "People are recorded present at this session: mark them absent or excused, "
            "or set the headcount to 0, before cancelling it.",
        )
    return translate("FieldErrors", "This session cannot be changed in its current state.")


def _attendance_text(code: AttendanceErrorCode) -> str:
    if code is AttendanceErrorCode.UNKNOWN_PARTICIPANT:
        return translate("AttendanceErrors", "This participant no longer exists.")
    if code is AttendanceErrorCode.NOT_A_GROUP_SESSION:
        return translate(
            "AttendanceErrors",
            "Only sessions of a talk group have a register: record a headcount instead.",
        )
    if code is AttendanceErrorCode.NOT_ENROLLED:
        return translate(
            "AttendanceErrors", "A participant of the register is not enrolled in this group."
        )
    if code is AttendanceErrorCode.HEADCOUNT_SESSION:
        return translate(
            "AttendanceErrors",
            "This session is recorded as a headcount: untick it to fill in the register.",
        )
    if code is AttendanceErrorCode.REGISTER_SESSION:
        return translate(
            "AttendanceErrors",
            "This session already has a register: a headcount cannot replace it.",
        )
    if code is AttendanceErrorCode.CANCELLED_SESSION:
        return translate(
            "AttendanceErrors",
            "This session is cancelled: nobody can be marked present. Reinstate it first.",
        )
    if code is AttendanceErrorCode.NEGATIVE_HEADCOUNT:
        return translate("AttendanceErrors", "The headcount cannot be negative.")
    if code is AttendanceErrorCode.TOO_LONG:
        return translate("AttendanceErrors", "The text is too long.")
    if code is AttendanceErrorCode.INVALID_CODE:
        return translate("AttendanceErrors", "This participant code is not valid.")
    return translate("AttendanceErrors", "The consent date cannot be in the future.")
