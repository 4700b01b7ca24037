"""Settings that belong to the records, kept encrypted in the vault.

Retention and the suppression threshold shape what is kept and what is published,
so they live with the data, not in the per-user preferences.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from vpi_groups.errors import AppError
from vpi_groups.storage.models import Setting

RETENTION_MONTHS = "retention_months"
SUPPRESSION_K = "suppression_k"
HIDDEN_RANGE = "hidden_range"

RETENTION_RANGE = (1, 120)
RETENTION_DEFAULT = 24
K_RANGE = (3, 11)  # INSEE's minimum frequency to the DGFiP rule for natural persons
K_DEFAULT = 5
# How many values each hidden count must keep possible, given everything published (P2
# of docs/report-format.md). Three is the least that leaves a reader more than a coin
# toss between two neighbours (hidden ones are at least 1: "1 or 2" would tell a lot).
HIDDEN_RANGE_RANGE = (3, 10)
HIDDEN_RANGE_DEFAULT = 3


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
