"""The app's side of backups: the start screen says when the last one was made, the chair
chooses the reminder's interval in the palette, and closing a meeting reminds her (with
the command to type) when the last backup is older than that."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from textual.widgets import Static

from agenda.clock import ManualClock
from agenda.demo import add_demo
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.settings import Settings
from agenda.storage import Store
from tests.conftest import NOW, TODAY
from tests.pilot import make_app, start_meeting, type_text
from tui.app import VliegwielApp
from tui.compat import notifications
from tui.screens.start import StartScreen


@pytest.mark.parametrize(
    ("last", "every", "due"),
    [
        (None, 7, True),
        (NOW - timedelta(days=6, hours=23), 7, False),
        (NOW - timedelta(days=7), 7, True),
        (NOW - timedelta(days=400), None, False),
        (None, None, False),
        (NOW - timedelta(days=1), 1, True),
    ],
)
def test_a_backup_is_due_after_the_chosen_days(last: object, every: int | None, due: bool) -> None:
    settings = Settings(last_backup=last, backup_every_days=every)  # type: ignore[arg-type]
    assert settings.backup_due(NOW) is due


def test_the_interval_cycles_through_the_choices_and_back() -> None:
    settings, seen = Settings(), []
    for _ in range(6):
        settings = replace(settings, backup_every_days=settings.next_backup_interval())
        seen.append(settings.backup_every_days)
    assert Settings().backup_every_days == 7
    assert seen == [14, 30, None, 1, 3, 7]


def backup_line(app: VliegwielApp) -> str:
    return str(app.screen.query_one("#start-backup", Static).render())


async def test_the_start_screen_says_when_the_last_backup_was_made(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    add_demo(store, Messages("nl"), TODAY)
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        line = backup_line(app)
        assert line.startswith("Nog geen back-up gemaakt. Maak een versleutelde back-up")
        assert f"vliegwiel backup -o BESTAND --data-dir {locations.data_dir}" in line
    store.save_settings(Settings(last_backup=NOW - timedelta(days=2)))
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert backup_line(app) == (
            "Laatste back-up: do 26 nov 2026, 09:00. Herinnering na 7 dag(en)."
        )


async def test_the_chair_chooses_the_interval_in_the_palette(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    add_demo(store, Messages("nl"), TODAY)
    store.save_settings(Settings(last_backup=NOW - timedelta(days=10)))
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "Maak een versleutelde back-up" in backup_line(app)  # 10 days > 7
        await pilot.press("ctrl+p")
        await type_text(pilot, "herinnering")
        await pilot.pause(0.3)  # the palette searches in a worker
        await pilot.press("enter")
        await pilot.pause()
        assert backup_line(app).endswith("Herinnering na 14 dag(en).")
    assert store.load_settings().backup_every_days == 14
    assert store.load_settings().theme == "calm"


async def close_demo_meeting(
    store: Store, locations: Locations, clock: ManualClock, settings: Settings
) -> list[str]:
    """Run the demo meeting to check-out, close it with Enter, Enter; the notices shown."""
    add_demo(store, Messages("nl"), TODAY)
    store.save_settings(settings)
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await start_meeting(pilot)
        for _ in range(6):
            clock.advance(60)
            await pilot.press("f8")
            await pilot.pause()
        await pilot.press("shift+tab", "enter")  # "Overleg afsluiten": the minutes preview
        await pilot.pause()
        await pilot.press("enter")  # saves the minutes and closes the meeting
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert store.load_summary("demo").open_meeting_id is None
        return [n.message for n in notifications(app)]


async def test_closing_a_meeting_reminds_of_a_backup_that_is_due(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    notices = await close_demo_meeting(
        store, locations, clock, Settings(last_backup=NOW - timedelta(days=9))
    )
    reminders = [n for n in notices if "back-up" in n]
    assert reminders == [
        "De laatste back-up is 9 dag(en) oud. Maak een versleutelde back-up: sluit Vliegwiel"
        f" (Ctrl+Q) en typ  vliegwiel backup -o BESTAND --data-dir {locations.data_dir}"
    ]


async def test_closing_a_meeting_after_a_recent_backup_says_nothing_of_it(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    notices = await close_demo_meeting(
        store, locations, clock, Settings(last_backup=NOW - timedelta(days=3))
    )
    assert any("Notulen opgeslagen" in n for n in notices)
    assert not [n for n in notices if "back-up" in n]
