"""What the benchmark runs in a fresh process: start an app headless and time its frames.

    python -m bench.probe start vliegwiel|minimal DATA_DIR RESULT_FILE FIRST_ALIAS
    python -m bench.probe walk vliegwiel|minimal DATA_DIR RESULT_FILE ROUNDS

`start` runs the app the way `vliegwiel` does (`App.run`, headless) and stops at the
first painted frame of the start screen; `walk` drives it with a pilot (`run_test`)
into a meeting and presses F8 through the agenda (the minimal app: ↓ through its
table). Both write one JSON object to RESULT_FILE: monotonic timestamps (comparable
with the parent's on Linux and macOS), key-to-paint times and the RSS high-water mark.

"Painted" means: a frame the compositor produced that shows the text we wait for. A
headless Textual app builds every frame but skips encoding it for the terminal; the
probe does that step too (`render_segments`, what a terminal would be sent), skips the
frames Textual builds while it is still setting the app up (a terminal is sent none of
those), and searches the frame for the text: the first case's alias on the start screen, the new
step's title band in the meeting; in the minimal app, whose ↓ only moves the table's
cursor, the first frame after the key. So a frame counts only once it shows what the
user waits for, whichever frame that is.
"""

from __future__ import annotations

import time

BORN = time.monotonic()
"""When this module started to run: the interpreter itself is up."""

import asyncio  # noqa: E402  (after BORN: the time to import them counts as start-up)
import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING, Any  # noqa: E402

if TYPE_CHECKING:
    from textual.app import App
    from textual.pilot import Pilot
    from textual.screen import Screen

SIZE = (120, 40)
"""Terminal size of every probe: a shared laptop screen in a video call."""
PAINT_TIMEOUT = 30.0


class PaintWatch:
    """Wraps the app's display step: every frame is encoded as for a terminal, timed,
    and searched for the awaited text."""

    def __init__(self, app: App[Any], on_seen: Callable[[], None] | None = None) -> None:
        self.app = app
        self.wanted: str | None = None
        self.seen_at: float | None = None
        self.frames = 0
        self._on_seen = on_seen
        self._display = app._display
        app._display = self._watched  # type: ignore[method-assign]

    def expect(self, text: str) -> None:
        self.wanted, self.seen_at = text, None

    def _watched(self, screen: Screen[Any], renderable: Any) -> None:
        self._display(screen, renderable)
        if renderable is None or not hasattr(renderable, "render_segments"):
            return
        if self.app._batch_count:
            # Textual builds frames while it sets the app up, but a terminal is sent
            # none of them (`App._display` drops them): not yet seen by anyone.
            return
        output = renderable.render_segments(self.app.console)
        self.frames += 1
        if self.wanted is not None and self.seen_at is None and self.wanted in output:
            self.seen_at = time.monotonic()
            if self._on_seen is not None:
                self._on_seen()


def peak_rss_kib() -> int:
    """The process's RSS high-water mark in KiB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


# -- the apps --------------------------------------------------------------------------


def vliegwiel_app(data_dir: Path) -> tuple[App[Any], Callable[[], None]]:
    """The app as `vliegwiel --data-dir DATA_DIR` builds it (`tui.cli._run_app`), and
    what to do when done (release the data folder)."""
    from agenda.locations import Locations
    from tui.cli import build_app, open_store

    locations = Locations(data_dir, data_dir.parent / "minutes", data_dir.parent / "config")
    store = open_store(locations)
    store.clean_temps()
    return build_app(store, locations, "nl"), store.close


def minimal_app() -> tuple[App[Any], Callable[[], None]]:
    from bench.minimal import MinimalApp

    return MinimalApp(), lambda: None


def build(kind: str, data_dir: Path) -> tuple[App[Any], Callable[[], None]]:
    return vliegwiel_app(data_dir) if kind == "vliegwiel" else minimal_app()


# -- start: process start to the first painted start screen ----------------------------


def start(kind: str, data_dir: Path, first: str) -> dict[str, Any]:
    """Run until a frame shows `first` (the first row of the start screen's table)."""
    app, done = build(kind, data_dir)
    built = time.monotonic()
    watch = PaintWatch(app, on_seen=lambda: app.exit())
    watch.expect(first)
    try:
        app.run(headless=True, size=SIZE)
    finally:
        done()
    if watch.seen_at is None:
        raise SystemExit(f"the start screen never showed {first!r}")
    return {
        "born": BORN,
        "built": built,
        "painted": watch.seen_at,
        "frames": watch.frames,
        "peak_rss_kib": peak_rss_kib(),
    }


# -- walk: into the meeting, then a key to the next step, press to paint ---------------


async def _press_until_painted(pilot: Pilot[Any], watch: PaintWatch, key: str, text: str) -> float:
    """Press `key` and wait until a frame shows `text`; seconds from press to paint."""
    watch.expect(text)
    pressed = time.monotonic()
    await pilot.press(key)
    deadline = pressed + PAINT_TIMEOUT
    while watch.seen_at is None:
        if time.monotonic() > deadline:
            raise SystemExit(f"{key} never painted {text!r}")
        await pilot.pause(0.001)
    return watch.seen_at - pressed


async def _walk_vliegwiel(app: App[Any], rounds: int) -> dict[str, Any]:
    from tui.app import VliegwielApp
    from tui.screens.meeting import MeetingScreen

    assert isinstance(app, VliegwielApp)
    watch = PaintWatch(app)
    result: dict[str, Any] = {}
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        opened = time.monotonic()
        await pilot.press("enter")  # the selected case: the attendance dialog
        await pilot.pause()
        screen = app.screen
        while not isinstance(screen, MeetingScreen):
            await pilot.press("enter")  # everyone present
            await pilot.pause()
            screen = app.screen
            if time.monotonic() - opened > PAINT_TIMEOUT:
                raise SystemExit("the meeting never opened")
        await pilot.pause()
        result["to_meeting"] = time.monotonic() - opened
        session = screen.session
        titles = [
            app.t(
                "meeting.step_title", number=n + 1, total=len(session.meeting.steps), title=s.title
            )
            for n, s in enumerate(session.meeting.steps)
        ]
        forward: list[tuple[int, float]] = []
        back: list[float] = []
        for _ in range(rounds):
            for index in range(1, len(titles)):
                await pilot.pause()
                forward.append(
                    (index, await _press_until_painted(pilot, watch, "f8", titles[index]))
                )
            for index in range(len(titles) - 2, -1, -1):
                await pilot.pause()
                back.append(await _press_until_painted(pilot, watch, "f7", titles[index]))
        result["f8"] = forward
        result["f7"] = back
        result["peak_rss_kib"] = peak_rss_kib()
        app.exit()
    return result


async def _walk_minimal(app: App[Any], rounds: int) -> dict[str, Any]:
    from bench.minimal import ROWS

    watch = PaintWatch(app)
    forward: list[tuple[int, float]] = []
    back: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for _ in range(rounds):
            for index in range(1, len(ROWS)):
                await pilot.pause()
                forward.append((index, await _press_until_painted(pilot, watch, "down", "")))
            for _ in range(len(ROWS) - 1):
                await pilot.pause()
                back.append(await _press_until_painted(pilot, watch, "up", ""))
        peak = peak_rss_kib()
        app.exit()
    return {"f8": forward, "f7": back, "peak_rss_kib": peak, "to_meeting": 0.0}


def walk(kind: str, data_dir: Path, rounds: int) -> dict[str, Any]:
    app, done = build(kind, data_dir)
    try:
        runner = _walk_vliegwiel if kind == "vliegwiel" else _walk_minimal
        return asyncio.run(runner(app, rounds))
    finally:
        done()


def main(argv: list[str]) -> None:
    mode, kind, data_dir, result_file = argv[:4]
    if mode == "start":
        result = start(kind, Path(data_dir), argv[4])
    else:
        result = walk(kind, Path(data_dir), int(argv[4]))
    Path(result_file).write_text(json.dumps(result), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
