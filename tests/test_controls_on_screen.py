"""No control character of a case's text reaches the screen, on any screen of the app.

Every typed field of a case, its actions and its meeting holds escape sequences, a BEL and
C1 controls (`tests/faults/scene.py` fills them all, found from the models' types). The app
is walked through each screen and dialog that shows them, and every frame is searched for
a control character (Textual's screenshot holds the characters it would send). The stored
files still hold the text exactly (`tests/faults/test_bad_input.py`); here it is shown as
� (`agenda.display.printable`). The same walk with a text without controls finds its
words on screen, so the search looks where the text is.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.pilot import Pilot

from agenda.clock import ManualClock
from agenda.display import printable
from agenda.locations import Locations
from agenda.storage import Store
from agenda.templates import StepKind
from tests.faults.scene import scene
from tests.pilot import make_app, on_top, terminal_text
from tui.dialogs.member_form import MemberForm
from tui.screens.meeting import MeetingScreen
from tui.screens.start import StartScreen
from tui.widgets.course_editor import CourseEditor
from tui.widgets.team_list import TeamList

HOSTILE = "Rood\x1b[2J\x1b]2;titel\x07\x9b31m\x9d0;x\x07\x00"
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


async def _frames(pilot: Pilot[None]) -> dict[str, str]:
    """Each screen of the walk, as Textual would draw it: its name → its screenshot."""
    app = pilot.app
    frames: dict[str, str] = {}

    async def shot(name: str) -> None:
        await pilot.pause()
        frames[name] = terminal_text(app)

    await shot("start screen")
    await pilot.press("e")
    await shot("case screen")
    app.screen.query_one(TeamList).focus()
    await pilot.press("enter")
    await shot("case screen, member form")
    assert isinstance(on_top(app), MemberForm)
    await pilot.press("escape")
    await pilot.pause()
    app.screen.query_one(CourseEditor).focus()
    await pilot.press("h")
    await shot("course history")
    await pilot.press("escape")
    await pilot.pause()
    await pilot.press("escape")
    await pilot.pause()
    assert isinstance(on_top(app), StartScreen)
    await pilot.press("enter")
    await shot("attendance")
    await pilot.press("enter")
    await pilot.pause()
    screen = on_top(app)
    assert isinstance(screen, MeetingScreen)
    for index, step in enumerate(screen.session.meeting.steps):
        screen.session.go_to(index)
        await screen.show_step()
        await shot(f"step {index + 1} ({step.kind})")
        if step.kind is StepKind.ACTIONS:
            screen.session.go_to(index)
            await pilot.press("f3")
            await shot("action board")
            await pilot.press("enter")
            await shot("action form")
            await pilot.press("escape")
            await pilot.pause()
            await pilot.press("escape")
            await pilot.pause()
    await pilot.press("f1")
    await shot("help")
    await pilot.press("escape")
    await pilot.press("f9")
    await shot("stop button")
    await pilot.press("enter")
    await pilot.press("f4")
    await shot("minutes preview")
    return frames


async def _walk(tmp_path: Path, text: str) -> dict[str, str]:
    locations = Locations(tmp_path / "data", tmp_path / "minutes", tmp_path / "config")
    with Store(locations.data_dir) as store:
        scene(text).store(store)
        app = make_app(store, locations, ManualClock())
        async with app.run_test(size=(160, 60)) as pilot:
            return await _frames(pilot)


@pytest.mark.asyncio
async def test_no_control_character_of_a_case_reaches_any_screen(tmp_path: Path) -> None:
    frames = await _walk(tmp_path, HOSTILE)
    raw = {name: sorted(set(CONTROL.findall(frame))) for name, frame in frames.items()}
    assert {name: found for name, found in raw.items() if found} == {}
    shown = printable(HOSTILE)
    assert [name for name, frame in frames.items() if shown[:8] in frame]  # it is on screen


@pytest.mark.asyncio
async def test_the_walk_sees_the_case_text_on_every_screen(tmp_path: Path) -> None:
    """The search above looks where the text is: without controls, each screen shows it
    (a dialog shows the screen beneath it too)."""
    frames = await _walk(tmp_path, "Zichtbaar")
    assert len(frames) == 17
    assert [name for name, frame in frames.items() if "Zichtbaar" not in frame] == []
