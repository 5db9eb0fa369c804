"""Run code with the network cut off: any attempt to use it raises and is recorded.

Vliegwiel promises never to make a network connection. `no_network()` replaces the
socket module's entry points for as long as the block lasts; every attempt is recorded,
so a test fails on it even when the code under test swallows the error.

    with no_network() as attempts:
        ...the whole test...
    assert attempts == []
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

# Everything in `socket` that opens a connection, a listener or a name lookup.
_FUNCTIONS = (
    "create_connection",
    "create_server",
    "getaddrinfo",
    "gethostbyname",
    "gethostbyname_ex",
    "gethostbyaddr",
    "getnameinfo",
    "socketpair",
    "fromfd",
)


class NetworkRefused(OSError):
    """Raised instead of a network call; an OSError, like a laptop that is offline."""


@contextmanager
def no_network() -> Iterator[list[str]]:
    """Refuse every socket for the duration; yield the list of attempts made."""
    attempts: list[str] = []

    def refuse(what: str) -> NetworkRefused:
        attempts.append(what)
        return NetworkRefused(f"network use refused in this test: {what}")

    class RefusedSocket(socket.socket):
        """Still a `socket.socket` to isinstance checks, but it cannot be made."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            raise refuse(f"socket.socket{args}")

    def refusing(name: str) -> Callable[..., object]:
        def refused(*args: object, **kwargs: object) -> object:
            raise refuse(f"socket.{name}{args}")

        return refused

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket, "socket", RefusedSocket)
        for name in _FUNCTIONS:
            patch.setattr(socket, name, refusing(name))
        yield attempts
