"""The look of every screen as the team reads it off the chair's shared screen.

Grouped per feature; each look says in one line what it proves and is taken only at the
sizes (80×24, 120×40, 200×60) and in the themes where it differs: the meeting's steps at
every size in the calm theme and once in high contrast (the themes differ in colour only,
and `tests/test_contrast.py` measures every colour pair of both); dialogs at the tightest
size and once in high contrast. Every look also checks what a picture hides from a quick
review: no key in the key bar is cut, no field or table is scrolled sideways.

The look is reviewed by people: after a deliberate change run
`pytest tests/test_look.py --snapshot-update`, open the SVG files in
`tests/__snapshots__/test_look/` and commit them with the change.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from textual.pilot import Pilot
from textual.widget import Widget

from agenda.clock import ManualClock
from agenda.demo import add_demo
from agenda.i18n import Messages
from agenda.locations import Locations, resolve_locations
from agenda.settings import Settings, ThemeName
from agenda.storage import Store
from tests.conftest import TODAY
from tests.pilot import make_app, type_text
from tui.app import VliegwielApp
from tui.dialogs.course_history import CourseHistoryScreen
from tui.dialogs.member_form import MemberForm
from tui.widgets.key_bar import KeyBar

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


def clock_after(number: int, seconds: float) -> Scene:
    """Step `number`, its clock `seconds` further on."""

    async def scene(pilot: Pilot[None], app: VliegwielApp, clock: ManualClock) -> None:
        await meeting_at(pilot, clock, number)
        clock.advance(seconds)

    return scene


async def long_answer(pilot: Pilot[None], app: VliegwielApp, clock: ManualClock) -> None:
    await meeting_at(pilot, clock, 0)
    await pilot.press("tab")
    await type_text(pilot, LONG_ANSWER)
    await pilot.press("tab")
    await pilot.pause()


LONG_ANSWER = "Ik draag alles alleen; moeder belt mij dagelijks en de school vraagt om een gesprek"

ALL = ((80, 24), (120, 40), (200, 60))
NARROW, MIDDLE, WIDE = ALL


@dataclass(frozen=True)
class Look:
    proves: str
    """What a reader checks in the picture, in one line."""
    scene: Scene
    calm: tuple[tuple[int, int], ...]
    contrast: tuple[tuple[int, int], ...] = (MIDDLE,)


STEPS = {
    1: "the check-in: a row per member, the floor marked in words, answers wrapped",
    2: "Actualiteit: one text field over the step's width, the koers panel beside it",
    3: "Voortgang analyse: the analysis's term, its notes, the questions parked",
    4: "Koers: each course point with its status on one line",
    5: "Terugkoppeling acties: the actions due, their feedback and the follow-through",
    6: "Volgende stappen: the new actions' table using the width",
    7: "Check-out: how we keep each other informed and the next meeting",
}

LOOKS: dict[str, Look] = {
    # -- the case list and the way into a meeting --------------------------------------------
    "start": Look("the case list: alias, next meeting and the keys, whole", start, ALL),
    "attendance": Look("who is there: the team's names as checkboxes", attendance, (NARROW,)),
    # -- the meeting's steps, at every size ---------------------------------------------------
    **{f"step{n}": Look(proves, step(n - 1), ALL) for n, proves in STEPS.items()},
    # -- the clocks ------------------------------------------------------------------------
    "clock-ending": Look(
        "the step clock amber with 'bijna tijd' in its last fifth",
        clock_after(1, 300),
        (MIDDLE,),
        (MIDDLE,),
    ),
    "clock-over": Look(
        "the step clock red with 'over tijd', the meeting clock warning that the rest no "
        "longer fits",
        clock_after(1, 17 * 60),
        (NARROW, MIDDLE),
        (MIDDLE,),
    ),
    # -- the shared screen at its narrowest -------------------------------------------------
    "panel-overlay": Look(
        "at 80 columns F2 brings the koers panel back over the step, not squeezed beside it",
        then(1, "f2"),
        (NARROW,),
        (),
    ),
    "long-answer": Look(
        "a long answer wraps over lines and, without the cursor, shows its start",
        long_answer,
        (NARROW, WIDE),
        (),
    ),
    # -- dialogs and other screens ------------------------------------------------------------
    "stop": Look("the stop button's dialog over a paused meeting", then(1, "f9"), (NARROW,)),
    "help": Look("F1: every key of the step with its meaning", then(0, "f1"), (NARROW,)),
    "curtain": Look("the curtain hides the case from the shared screen", then(2, "f6"), (NARROW,)),
    "board": Look("F3: the action board using the width", then(4, "f3"), (NARROW, WIDE)),
    "action-form": Look("a new action's form", then(5, "n"), (NARROW,)),
    "course-change": Look("a course decision's form", then(3, "tab", "ctrl+k"), (NARROW,)),
    "minutes-preview": Look(
        "the minutes' preview from check-out", then(6, "shift+tab", "enter"), (NARROW, WIDE)
    ),
    "case-edit": Look("the case's own screen", case_edit, (NARROW,)),
    "member-form": Look("a team member's form", member_form, (NARROW,)),
    "course-history": Look("the course's history", course_history, (NARROW,)),
}

CASES = [
    pytest.param(name, size, theme, id=f"{name}-{size[0]}x{size[1]}-{theme}")
    for name, look in LOOKS.items()
    for theme, sizes in (("calm", look.calm), ("contrast", look.contrast))
    for size in sizes
]


def unreadable(app: VliegwielApp) -> list[str]:
    """What a picture can hide: a key in the key bar cut or split over two lines, a
    line of the bar wider than the bar, anything scrolled sideways."""
    found = []
    for bar in app.screen.query(KeyBar):
        lines = str(bar.content).split("\n")
        width = bar.content_region.width
        found += [
            f"key bar line wider than {width}: {line!r}" for line in lines if cell_len(line) > width
        ]
        items, palette = bar.items()
        for item in [*items, *([palette] if palette else [])]:
            if not any(item.plain in line for line in lines):
                found.append(f"key cut: {item.plain!r} in {lines!r}")
    for widget in app.screen.walk_children(Widget):
        if widget.scroll_offset.x != 0:
            found.append(f"scrolled sideways: {widget!r}")
    return found


@pytest.mark.slow
@pytest.mark.parametrize(("name", "size", "theme"), CASES)
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
        await LOOKS[name].scene(pilot, app, clock)
        for meeting in app.screen_stack:
            if hasattr(meeting, "refresh_clocks"):
                meeting.refresh_clocks()
        await pilot.pause()
        assert unreadable(app) == []

    assert snap_compare(app, terminal_size=size, run_before=run_before)
