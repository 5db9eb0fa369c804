"""Build the real app on a temp data folder for pilot tests."""

from __future__ import annotations

import html
import io
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from typing import Any, TypeVar

from rich.console import Console
from rich.text import Text
from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Static

from agenda.clock import ManualClock
from agenda.demo import add_demo
from agenda.i18n import Lang, Messages
from agenda.locations import Locations
from agenda.storage import Store
from agenda.templates import StepKind
from tests.conftest import NOW, TODAY
from tui.app import VliegwielApp
from tui.screens.meeting import MeetingScreen


class Wall:
    """A wall clock tied to the manual monotonic clock, so both move together."""

    def __init__(self, clock: ManualClock, start: datetime = NOW) -> None:
        self.clock = clock
        self.origin = clock()
        self.start = start

    def __call__(self) -> datetime:
        return self.start + timedelta(seconds=self.clock() - self.origin)


def make_app(
    store: Store, locations: Locations, clock: ManualClock, lang: Lang = "nl"
) -> VliegwielApp:
    return VliegwielApp(store=store, locations=locations, lang=lang, clock=clock, wall=Wall(clock))


async def type_text(pilot: Pilot[None], text: str) -> None:
    """Type like a person: one key per character."""
    keys = ["space" if ch == " " else ch for ch in text]
    await pilot.press(*keys)


async def run_from_palette(pilot: Pilot[None], title: str) -> None:
    """Ctrl+P, the command's name typed, Enter: as a chair who does not know its key."""
    titles = {c.title for c in pilot.app.get_system_commands(pilot.app.screen)}
    assert title in titles, sorted(titles)
    await pilot.press("ctrl+p")
    await type_text(pilot, title.partition(" (")[0])
    await pilot.pause(0.3)  # the palette searches in a worker
    await pilot.press("enter")
    await pilot.pause()


async def start_meeting(pilot: Pilot[None]) -> MeetingScreen:
    """From the start screen: Enter on the selected case, Enter to confirm attendance."""
    await pilot.press("enter")
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, MeetingScreen), type(screen)
    return screen


@asynccontextmanager
async def demo_meeting(
    store: Store,
    locations: Locations,
    clock: ManualClock,
    size: tuple[int, int] = (120, 40),
    lang: Lang = "nl",
) -> AsyncIterator[tuple[Pilot[None], MeetingScreen]]:
    """The app on the demo case, its meeting started with Enter, Enter."""
    add_demo(store, Messages(lang), TODAY)
    app = make_app(store, locations, clock, lang)
    async with app.run_test(size=size) as pilot:
        yield pilot, await start_meeting(pilot)


async def open_step(pilot: Pilot[None], screen: MeetingScreen, kind: StepKind) -> None:
    """Open the first step of `kind` at once, as the screen does after F7/F8."""
    steps = screen.session.meeting.steps
    screen.session.go_to(next(i for i, s in enumerate(steps) if s.kind is kind))
    await screen.show_step()
    await pilot.pause()


def terminal_text(app: App[Any]) -> str:
    """What the terminal would show now, as text (from Textual's screenshot, so control
    characters it would send are in it too); rows run together, words stay whole. (For
    the text of a screen's `Static` widgets, see `shown_text`.)"""
    svg = app.export_screenshot()
    body = svg[svg.index("<g") :]  # after the style sheet
    return html.unescape(re.sub(r"<[^>]+>", "", body)).replace("\xa0", " ")


async def press_f8_to(pilot: Pilot[None], screen: MeetingScreen, kind: StepKind) -> None:
    """F8 until the first step of `kind` is open, as a chair moves on."""
    while screen.session.step.kind is not kind:
        await pilot.press("f8")
    await pilot.pause()


def on_top(app: App[Any]) -> Screen[Any]:
    """The screen on top now. A call, so that a type checked before a key was pressed
    (`isinstance(app.screen, ActionForm)`) is not taken to hold after it."""
    return app.screen


ScreenT = TypeVar("ScreenT", bound=Screen[Any])


def showing(app: App[Any], kind: type[ScreenT]) -> ScreenT:
    """The screen on top, which must be a `kind`."""
    screen = app.screen
    assert isinstance(screen, kind), type(screen)
    return screen


def shown_text(screen: Screen[Any], width: int = 200) -> str:
    """Every `Static` on `screen` as the text it shows (tables included), one per line."""
    lines = []
    for widget in screen.query(Static):
        content = widget.content
        if isinstance(content, str | Text):
            lines.append(str(content))
            continue
        console = Console(width=width, file=io.StringIO(), record=True)
        console.print(content)
        lines.append(console.export_text())
    return "\n".join(lines)
