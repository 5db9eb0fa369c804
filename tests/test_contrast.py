"""Contrast measured on what the screen shows: every colour pair behind a character.

The app walks through every screen a meeting has (the start screen, attendance, each
step with text typed, the clock amber and red, the meeting clock's warning, a save
problem, the stop button, help, the board, the action form, a course change, the minutes,
the case form, the palette, the koers panel over a narrow step) in each theme, and each
frame is read back as the terminal gets it: for every cell with a visible character, its
foreground and background colour. Their WCAG contrast ratio must be at least 7:1 in
the high-contrast theme (AAA) and 4.5:1 in the calm one (AA), for all text alike:
placeholders, a key that does nothing here, the muted case name in the header.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import pytest
from rich.color import Color
from textual.pilot import Pilot

from agenda.clock import ManualClock
from agenda.demo import add_demo
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.settings import Settings, ThemeName
from agenda.storage import Store
from tests.conftest import TODAY
from tests.pilot import make_app, type_text
from tui.app import VliegwielApp
from tui.compat import rendered_lines
from tui.screens.meeting import MeetingScreen

MINIMUM: dict[ThemeName, float] = {"contrast": 7.0, "calm": 4.5}


def luminance(color: tuple[int, int, int]) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(v) for v in color)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def ratio(one: tuple[int, int, int], other: tuple[int, int, int]) -> float:
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_formula_gives_the_known_ratios() -> None:
    assert ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert ratio((255, 255, 255), (255, 255, 255)) == pytest.approx(1.0)
    assert ratio((118, 118, 118), (255, 255, 255)) == pytest.approx(4.54, abs=0.01)


@dataclass(frozen=True)
class Pair:
    fg: tuple[int, int, int]
    bg: tuple[int, int, int]

    @property
    def ratio(self) -> float:
        return ratio(self.fg, self.bg)


def _rgb(color: Color | None) -> tuple[int, int, int] | None:
    if color is None:
        return None
    triplet = color.get_truecolor()
    return (triplet.red, triplet.green, triplet.blue)


SHAPES = re.compile("[\u2500-\u259f]")
"""Box drawing and block elements: borders, bars and scrollbars, not text (Textual draws
a border that should not show in the colour behind it)."""


def pairs_on(app: VliegwielApp) -> Iterator[tuple[Pair, str]]:
    """Every (foreground, background) pair behind a visible character on the screen now,
    with the text it was found in. Rendered the way the terminal is sent it.

    Under a dialog the screen below shows dimmed, on purpose: it is not there to be read
    while the dialog is open. Only the dialog's own cells count then."""
    screen = app.screen
    own = [w.region for w in screen.children if w.display] if screen.is_modal else []
    for y, strip in enumerate(rendered_lines(screen)):
        x = 0
        for segment in strip:
            start, x = x, x + segment.cell_length
            if own and not any(r.contains(start, y) for r in own):
                continue
            text = SHAPES.sub("", segment.text).strip()
            style = segment.style
            if not text or style is None:
                continue
            fg, bg = _rgb(style.color), _rgb(style.bgcolor)
            assert fg is not None and bg is not None, f"no colour set behind {text!r}"
            if style.reverse:
                fg, bg = bg, fg
            yield Pair(fg, bg), text


async def scenes(pilot: Pilot[None], app: VliegwielApp, clock: ManualClock) -> AsyncIterator[str]:
    """Every screen of a meeting in turn; yields each one's name once it is shown."""

    async def keys(*pressed: str) -> None:
        for key in pressed:
            await pilot.press(key)
            await pilot.pause()

    def meeting() -> MeetingScreen:
        return next(s for s in app.screen_stack if isinstance(s, MeetingScreen))

    async def tick(seconds: float) -> None:
        clock.advance(seconds)
        meeting().refresh_clocks()
        await pilot.pause()

    yield "start"
    await keys("enter")
    yield "attendance"
    await keys("enter", "tab")
    await type_text(pilot, "Ik draag alles alleen; moeder belt mij dagelijks")
    await keys("tab")
    yield "check-in, typed, the placeholder of the next answer"
    await tick(7 * 60)
    yield "check-in, amber clock"
    await tick(3 * 60)
    yield "check-in, red clock, the rest no longer fits"
    meeting()._show_status("De schijf is vol.", problem=True)
    await pilot.pause()
    yield "a save problem"
    for number in range(2, 8):
        await keys("f8")
        yield f"step {number}"
    await keys("f9")
    yield "stop button"
    await keys("escape", "f1")
    yield "help"
    await keys("escape", "f3")
    yield "action board"
    await keys("f3", "f7", "n")
    yield "action form"
    await keys("escape", "f7", "f7", "tab", "ctrl+k")
    yield "course change"
    await keys("escape", "ctrl+p")
    yield "palette"
    await keys("escape", "f4")
    yield "minutes preview"
    await keys("escape")
    await pilot.resize_terminal(80, 24)
    await keys("f2")
    yield "koers panel over a narrow step"


@pytest.mark.parametrize("theme", ["contrast", "calm"])
async def test_every_colour_pair_on_screen_meets_the_themes_ratio(
    store: Store, locations: Locations, clock: ManualClock, theme: ThemeName
) -> None:
    add_demo(store, Messages("nl"), TODAY)
    store.save_settings(Settings(theme=theme))
    app = make_app(store, locations, clock)
    too_low: dict[Pair, str] = {}
    seen = 0
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        async for scene in scenes(pilot, app, clock):
            for pair, text in pairs_on(app):
                seen += len(text)
                if pair.ratio < MINIMUM[theme]:
                    too_low.setdefault(
                        pair, f"{pair.ratio:.2f}:1 {text!r} ({scene}) {pair.fg} on {pair.bg}"
                    )
    assert not too_low, "\n".join(sorted(too_low.values()))
    assert seen > 15000  # characters: every scene was read


async def test_case_edit_meets_the_ratio_too(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    add_demo(store, Messages("nl"), TODAY)
    for theme in ("contrast", "calm"):
        store.save_settings(Settings(theme=theme))
        app = make_app(store, locations, clock)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await pilot.press("e")
            await pilot.pause()
            low = {f"{p.ratio:.2f} {t!r}" for p, t in pairs_on(app) if p.ratio < MINIMUM[theme]}
            assert not low, f"{theme}: " + "\n".join(sorted(low))
