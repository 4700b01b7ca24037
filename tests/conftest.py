"""Test-wide guards: no network, private settings and data dirs, offscreen Qt."""

from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path
from typing import Any

import pytest

# Qt must never find a real display nor the developer's settings. These are set
# before any test module imports Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_HOME = Path(tempfile.mkdtemp(prefix="vpi-tests-home-"))
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_HOME / _var.lower())
os.environ["LANG"] = "fr_FR.UTF-8"
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)
os.environ.pop("LANGUAGE", None)


class NetworkAccessError(RuntimeError):
    """Raised when a test tries to open an Internet socket."""


_REAL_SOCKET = socket.socket


class _GuardedSocket(_REAL_SOCKET):
    """A socket class that refuses AF_INET and AF_INET6; local sockets still work."""

    def __init__(self, family: Any = -1, type: Any = -1, proto: int = -1, fileno: Any = None):
        effective = socket.AF_INET if family == -1 and fileno is None else family
        if effective in (socket.AF_INET, socket.AF_INET6):
            raise NetworkAccessError(f"a test opened a network socket (family {effective!r})")
        super().__init__(family, type, proto, fileno)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any AF_INET/AF_INET6 socket creation fail during every test."""
    monkeypatch.setattr(socket, "socket", _GuardedSocket)
