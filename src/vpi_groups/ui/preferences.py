"""Per-user, non-sensitive preferences in QSettings (never anything from the vault)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

AUTO_LOCK_MINUTES_DEFAULT = 5
AUTO_LOCK_RANGE = (1, 120)


class Preferences:
    """Typed access to the application's QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    @property
    def auto_lock_minutes(self) -> int:
        """Minutes of inactivity before the vault locks itself."""
        value = self._settings.value("security/auto_lock_minutes", AUTO_LOCK_MINUTES_DEFAULT)
        try:
            minutes = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return AUTO_LOCK_MINUTES_DEFAULT
        low, high = AUTO_LOCK_RANGE
        return minutes if low <= minutes <= high else AUTO_LOCK_MINUTES_DEFAULT

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        low, high = AUTO_LOCK_RANGE
        self._settings.setValue("security/auto_lock_minutes", max(low, min(high, minutes)))

    @property
    def language(self) -> str | None:
        """The chosen language (fr or en); None follows the system."""
        value = self._settings.value("ui/language", "")
        return value if value in ("fr", "en") else None

    @language.setter
    def language(self, lang: str | None) -> None:
        self._settings.setValue("ui/language", lang or "")

    @property
    def window_geometry(self) -> QByteArray | None:
        """The main window's saved geometry."""
        value = self._settings.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue("ui/geometry", geometry)

    @property
    def vault_folder(self) -> Path | None:
        """The vault folder last opened (a restored vault may live elsewhere)."""
        value = self._settings.value("vault/folder", "")
        return Path(value) if isinstance(value, str) and value else None

    @vault_folder.setter
    def vault_folder(self, folder: Path) -> None:
        self._settings.setValue("vault/folder", str(folder))

    @property
    def tasks_person(self) -> int | None:
        """The person last chosen in the follow-up tasks' filter (None: everyone)."""
        value = self._settings.value("tasks/person", "")
        return int(value) if isinstance(value, str) and value.isdigit() else None

    @tasks_person.setter
    def tasks_person(self, person: int | None) -> None:
        self._settings.setValue("tasks/person", "" if person is None else str(person))

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._settings.sync()
