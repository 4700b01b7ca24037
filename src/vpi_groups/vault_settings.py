"""Settings that belong to the records, kept encrypted in the vault.

Retention and the suppression threshold shape what is kept and what is published,
so they live with the data, not in the per-user preferences. So does the name of the
organisation that every report prints in its header: the files leave with it.

The organisation's name is read and written on its own (:func:`organisation`,
:func:`save_organisation`), not through :class:`VaultSettings`: the numbers are saved
together from one form, the name from its own field, and saving one never touches
the other. So is the organiser's e-mail address (:func:`organiser_email`), the
ORGANIZER of the invitations sent to professionals, to whom their replies go.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from vpi_groups.errors import AppError
from vpi_groups.storage.models import Setting
from vpi_groups.validation import ValidationError, clean_email, clean_text

RETENTION_MONTHS = "retention_months"
SUPPRESSION_K = "suppression_k"
HIDDEN_RANGE = "hidden_range"
ORGANISATION = "organisation"
ORGANISER_EMAIL = "organiser_email"

RETENTION_RANGE = (1, 120)
RETENTION_DEFAULT = 24
K_RANGE = (3, 11)  # INSEE's minimum frequency to the DGFiP rule for natural persons
K_DEFAULT = 5
# How many values each hidden count must keep possible, given everything published (P2
# of docs/report-format.md). Three is the least that leaves a reader more than a coin
# toss between two neighbours (hidden ones are at least 1: "1 or 2" would tell a lot).
HIDDEN_RANGE_RANGE = (3, 10)
HIDDEN_RANGE_DEFAULT = 3
# The longest organisation name: room for "Atelier technique de prévention des violences
# intrafamiliales" and a long town or inter-municipal body after it, yet one or two lines
# on a report's title page and in a spreadsheet cell.
ORGANISATION_MAX = 150
ORGANISATION_DEFAULT = ""  # unset: the exports print a neutral programme name instead


class SettingOutOfRangeError(AppError, ValueError):
    """A setting's value lies outside its allowed range; nothing was written."""

    def __init__(self, name: str, value: int, low: int, high: int) -> None:
        super().__init__(f"{name}={value} outside {low}..{high}")
        self.name = name
        self.value = value
        self.low = low
        self.high = high


@dataclass(frozen=True)
class VaultSettings:
    """The vault's settings, with defaults filled in."""

    retention_months: int = RETENTION_DEFAULT
    suppression_k: int = K_DEFAULT
    hidden_range: int = HIDDEN_RANGE_DEFAULT


_RANGES = {
    RETENTION_MONTHS: RETENTION_RANGE,
    SUPPRESSION_K: K_RANGE,
    HIDDEN_RANGE: HIDDEN_RANGE_RANGE,
}
_DEFAULTS = {
    RETENTION_MONTHS: RETENTION_DEFAULT,
    SUPPRESSION_K: K_DEFAULT,
    HIDDEN_RANGE: HIDDEN_RANGE_DEFAULT,
}


def _read_int(session: Session, name: str) -> int:
    row = session.get(Setting, name)
    if row is None:
        return _DEFAULTS[name]
    try:
        value = int(row.value)
    except ValueError:
        return _DEFAULTS[name]
    low, high = _RANGES[name]
    return value if low <= value <= high else _DEFAULTS[name]


def load(session: Session) -> VaultSettings:
    """Return the vault's settings (defaults where unset or unreadable)."""
    return VaultSettings(
        retention_months=_read_int(session, RETENTION_MONTHS),
        suppression_k=_read_int(session, SUPPRESSION_K),
        hidden_range=_read_int(session, HIDDEN_RANGE),
    )


def save(session: Session, settings: VaultSettings) -> None:
    """Check and store the settings.

    Raises:
        SettingOutOfRangeError: a value is outside its range (nothing is written).
    """
    values = {
        RETENTION_MONTHS: settings.retention_months,
        SUPPRESSION_K: settings.suppression_k,
        HIDDEN_RANGE: settings.hidden_range,
    }
    for name, value in values.items():
        low, high = _RANGES[name]
        if not low <= value <= high:
            raise SettingOutOfRangeError(name, value, low, high)
    for name, value in values.items():
        row = session.get(Setting, name)
        if row is None:
            session.add(Setting(key=name, value=str(value)))
        else:
            row.value = str(value)


def clean_organisation(name: str) -> str:
    """The name as it is kept: trimmed, every run of spaces, tabs or line breaks made one space.

    Raises:
        RequiredError: nothing is left once trimmed (field ``organisation``).
        TooLongError: longer than :data:`ORGANISATION_MAX` characters once cleaned.
    """
    # A line break would split the name over two lines of a CSV header or an .ics
    # property; the name is one line wherever it is printed.
    cleaned = clean_text(
        " ".join(name.split()), ORGANISATION, maximum=ORGANISATION_MAX, required=True
    )
    assert cleaned is not None  # required: never None
    return cleaned


def organisation(session: Session) -> str:
    """The organisation's name, or "" while it is unset (or unreadable)."""
    row = session.get(Setting, ORGANISATION)
    if row is None:
        return ORGANISATION_DEFAULT
    try:
        return clean_organisation(row.value)
    except ValidationError:
        return ORGANISATION_DEFAULT


def save_organisation(session: Session, name: str) -> str:
    """Check and store the organisation's name; return it as kept.

    Raises:
        RequiredError, TooLongError: see :func:`clean_organisation` (nothing is written).
    """
    cleaned = clean_organisation(name)
    row = session.get(Setting, ORGANISATION)
    if row is None:
        session.add(Setting(key=ORGANISATION, value=cleaned))
    else:
        row.value = cleaned
    return cleaned


def clean_organiser_email(address: str | None) -> str | None:
    """The organiser's address as it is kept (blank: None).

    Raises:
        InvalidValueError: not one e-mail address. TooLongError: over 200 characters.
    """
    return clean_email(address, ORGANISER_EMAIL)


def organiser_email(session: Session) -> str | None:
    """The address invitations come from and replies go to; None while unset."""
    row = session.get(Setting, ORGANISER_EMAIL)
    if row is None:
        return None
    try:
        return clean_organiser_email(row.value)
    except ValidationError:
        return None


def save_organiser_email(session: Session, address: str | None) -> str | None:
    """Check and store the organiser's address (blank removes it); return it as kept.

    Raises:
        InvalidValueError: not one e-mail address (nothing is written).
        TooLongError: longer than 200 characters.
    """
    cleaned = clean_organiser_email(address)
    row = session.get(Setting, ORGANISER_EMAIL)
    if cleaned is None:
        if row is not None:
            session.delete(row)
            session.flush()
    elif row is None:
        session.add(Setting(key=ORGANISER_EMAIL, value=cleaned))
    else:
        row.value = cleaned
    return cleaned
