"""Where things live on this computer by default."""

from __future__ import annotations

from pathlib import Path

APP_DIR_NAME = "vpi-groups"


def default_vault_dir() -> Path:
    """The vault folder used when none is chosen: the user's data folder."""
    # Imported here: the window started on a folder it was given (or the one the
    # preferences remember) paints without it (6 ms).
    from platformdirs import user_data_path

    return user_data_path(APP_DIR_NAME, appauthor=False) / "vault"
