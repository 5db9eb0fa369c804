"""Vliegwiel works with the network cut off, and its code asks for none.

The behavioural tests count: they run the real app and the real command line with every
socket refused. The source check is a quick guard on our own imports only (Textual and
its dependencies import what they like; what matters is that nothing is ever called).
"""

from __future__ import annotations

import ast
import socket
import urllib.request
from pathlib import Path

import pytest
from textual.widgets import DataTable

from agenda.clock import ManualClock
from agenda.demo import add_demo
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.storage import Store
from tests.conftest import TODAY
from tests.offline import NetworkRefused, no_network
from tests.pilot import make_app, start_meeting, type_text
from tui.cli import main
from tui.screens.start import StartScreen

REPO = Path(__file__).resolve().parent.parent

NETWORK_MODULES = frozenset(
    {
        "socket",
        "socketserver",
        "ssl",
        "http",
        "urllib",
        "urllib3",
        "ftplib",
        "smtplib",
        "imaplib",
        "poplib",
        "telnetlib",
        "xmlrpc",
        "webbrowser",
        "requests",
        "httpx",
        "aiohttp",
        "websockets",
    }
)
# asyncio's own ways of opening connections, used as attributes (`asyncio.open_connection`).
NETWORK_CALLS = frozenset(
    {"open_connection", "start_server", "create_connection", "create_server", "sock_connect"}
)


def test_the_guard_refuses_every_way_out() -> None:
    with no_network() as attempts:
        with pytest.raises(NetworkRefused):
            socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        with pytest.raises(NetworkRefused):
            socket.create_connection(("127.0.0.1", 9))
        with pytest.raises(NetworkRefused):
            socket.getaddrinfo("localhost", 80)
        with pytest.raises(OSError):  # urllib wraps it in URLError, an OSError too
            urllib.request.urlopen("http://127.0.0.1:9/")
    assert len(attempts) == 4
    assert "create_connection" in attempts[3]


async def test_a_whole_meeting_without_network(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    """Start screen → attendance → every step of the agenda → end → start screen → quit."""
    with no_network() as attempts:
        add_demo(store, Messages("nl"), TODAY)
        app = make_app(store, locations, clock)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            table = app.screen.query_one("#cases", DataTable)
            assert str(table.get_row_at(0)[0]) == "Casus X (voorbeeld)"
            screen = await start_meeting(pilot)
            await type_text(pilot, "Zonder netwerk")
            for _ in range(6):
                clock.advance(60)
                await pilot.press("f8")
            assert screen.session.step.title == "Check-out"
            await pilot.press("shift+tab", "enter")  # the close step's end button
            await pilot.pause()
            await pilot.press("enter")  # save the minutes it shows, and close
            await pilot.pause()
            assert isinstance(app.screen, StartScreen)
            await pilot.press("ctrl+q")
        assert app.return_code == 0
    assert attempts == []
    assert store.open_meeting("demo") is None
    assert len(store.list_meetings("demo")) == 2  # the demo's earlier one and this one
    assert sorted(p.name for p in locations.minutes_dir.iterdir()) == [
        f"2026-11-28_casus-x-voorbeeld.{ending}" for ending in ("html", "ics", "md", "txt")
    ]


def test_command_line_without_network(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    with no_network() as attempts:
        with Store(data) as store:
            add_demo(store, Messages("en"), TODAY)
        assert main(["--lang", "en", "cases", "--data-dir", str(data)]) == 0
        assert main(["erase", "demo", "--yes", "--data-dir", str(data)]) == 0
    assert attempts == []
    assert "Case X (example)" in capsys.readouterr().out
    assert not (data / "cases" / "demo").exists()


def network_imports(source: str) -> list[str]:
    """Network-related modules imported, or asyncio connections opened, by `source`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
            if node.module == "asyncio":
                names += [a.name for a in node.names if a.name in NETWORK_CALLS]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name | ast.Attribute):
            called = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
            if called in NETWORK_CALLS:
                found.append(f"{called}()")
            if called in ("import_module", "__import__") and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    names = [first.value]
                else:
                    continue
            else:
                continue
        else:
            continue
        found += [n for n in names if n.split(".")[0] in NETWORK_MODULES or n in NETWORK_CALLS]
    return found


@pytest.mark.parametrize(
    "source",
    [
        "import socket",
        "import http.client as h",
        "from urllib.request import urlopen",
        "from asyncio import open_connection",
        "import asyncio\nasync def f():\n    await asyncio.open_connection('h', 1)",
        "import importlib\nimportlib.import_module('ssl')",
    ],
)
def test_the_source_check_finds_network_use(source: str) -> None:
    assert network_imports(source)


def test_agenda_and_tui_import_nothing_network_related() -> None:
    files = sorted([*REPO.glob("agenda/**/*.py"), *REPO.glob("tui/**/*.py")])
    assert len(files) > 20
    found = {
        str(path.relative_to(REPO)): hits
        for path in files
        if (hits := network_imports(path.read_text(encoding="utf-8")))
    }
    assert found == {}
