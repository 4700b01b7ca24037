"""The suite's own guard: a test that opens an Internet socket fails."""

from __future__ import annotations

import socket

import pytest

from tests.conftest import NetworkAccessError


@pytest.mark.parametrize("family", [socket.AF_INET, socket.AF_INET6])
def test_internet_sockets_are_refused(family: socket.AddressFamily) -> None:
    with pytest.raises(NetworkAccessError):
        socket.socket(family, socket.SOCK_STREAM)


def test_default_family_is_refused() -> None:
    with pytest.raises(NetworkAccessError):
        socket.socket()


def test_create_connection_is_refused() -> None:
    with pytest.raises(NetworkAccessError):
        socket.create_connection(("127.0.0.1", 9))


def test_local_sockets_still_work() -> None:
    left, right = socket.socketpair(socket.AF_UNIX)
    with left, right:
        left.sendall(b"ok")
        assert right.recv(2) == b"ok"
