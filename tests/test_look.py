"""Every screen at the sizes a chair shares (80×24, 120×40, 200×60) in both themes.

The look is reviewed by people: after a deliberate change run
`pytest tests/test_look.py --snapshot-update`, open the SVG files in
`tests/__snapshots__/test_look/` and commit them with the change.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from agenda.clock import ManualClock
from agenda.demo import add_demo
from agenda.i18n import Messages
from agenda.locations import Locations, resolve_locations
from agenda.settings import Settings, ThemeName
from agenda.storage import Store
from tests.conftest import TODAY
from tests.pilot import make_app
from tui.app import VliegwielApp
from tui.dialogs.course_history import CourseHistoryScreen
from tui.dialogs.member_form import MemberForm

Scene = Callable[[Pilot[None], VliegwielApp, ManualClock], Awaitable[None]]


async def meeting_at(pilot: Pilot[None], clock: ManualClock, step: int) -> None:
    await pilot.press("enter")
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    for _ in range(step):
        clock.advance(95)
        await pilot.press("f8")
        await pilot.pause()
    clock.advance(42)


def step(number: int) -> Scene:
    async def scene(pilot: Pilot[None], app: VliegwielApp, clock: ManualClock) -> None:
        await meeting_at(pilot, clock, number)

    return scene


def then(number: int, *keys: str) -> Scene:
    async def scene(pilot: Pilot[None], app: VliegwielApp, clock: ManualClock) -> None:
        await meeting_at(pilot, clock, number)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()

    return scene


async def start(pilot: Pilot[None], app: VliegwielApp, clock: ManualClock) -> None:
    await pilot.pause()


async def attendance(pilot: Pilot[None], app: VliegwielApp, clock: ManualClock) -> None:
    await pilot.press("enter")
    await pilot.pause()


async def case_edit(pilot: Pilot[None], app: VliegwielApp, clock: ManualClock) -> None:
    await pilot.press("e")
    await pilot.pause()


async def member_form(pilot: Pilot[None], app: VliegwielApp, clock: ManualClock) -> None:
    await pilot.pause()  # the case list first: the form opens over it
    case = app.store.load_case("demo")
    app.push_screen(MemberForm(case.team[1], [m.name for m in case.team]))
    await pilot.pause()


async def course_history(pilot: Pilot[None], app: VliegwielApp, clock: ManualClock) -> None:
    await pilot.pause()  # the case list first: the history opens over it
    app.push_screen(CourseHistoryScreen(app.store.load_case("demo")))
    await pilot.pause()


SCENES: dict[str, Scene] = {
    "start": start,
    "attendance": attendance,
    **{f"step{n + 1}": step(n) for n in range(7)},
    "stop": then(1, "f9"),
    "help": then(0, "f1"),
    "curtain": then(2, "f6"),
    "board": then(4, "f3"),
    "action-form": then(5, "n"),
    "course-change": then(3, "tab", "ctrl+k"),
    "minutes-preview": then(6, "shift+tab", "enter"),
    "case-edit": case_edit,
    "member-form": member_form,
    "course-history": course_history,
}
SIZES = [(80, 24), (120, 40), (200, 60)]
THEMES: list[ThemeName] = ["calm", "contrast"]


@pytest.mark.slow
@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", SCENES)
def test_look(
    snap_compare: Any,
    store: Store,
    locations: Locations,
    name: str,
    size: tuple[int, int],
    theme: ThemeName,
) -> None:
    add_demo(store, Messages("nl"), TODAY)
    store.save_settings(Settings(theme=theme))
    clock = ManualClock()
    # The case screen shows where custom agendas live: a fixed path, not a temp dir; the
    # start screen's backup command names the data folder only when it is not the usual one.
    shown = replace(
        locations,
        config_dir=Path("/home/voorzitter/.config/vliegwiel"),
        data_dir=resolve_locations().data_dir,
    )
    app = make_app(store, shown, clock)

    async def run_before(pilot: Pilot[None]) -> None:
        await SCENES[name](pilot, app, clock)
        for meeting in app.screen_stack:
            if hasattr(meeting, "refresh_clocks"):
                meeting.refresh_clocks()
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_before)
