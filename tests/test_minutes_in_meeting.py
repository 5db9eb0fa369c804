"""Minutes from a meeting run with keys: ctrl+s, the same file again, and `export`."""

from __future__ import annotations

import os
import subprocess
import sys

from agenda.clock import ManualClock
from agenda.demo import add_demo
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.markdown_doc import Heading
from agenda.storage import Store
from tests.conftest import TODAY
from tests.markdown_reader import read_blocks
from tests.pilot import make_app, start_meeting, type_text


async def test_ctrl_s_saves_the_minutes_and_export_writes_the_same_document(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    add_demo(store, Messages("nl"), TODAY)
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_meeting(pilot)
        await pilot.press("f8")
        await type_text(pilot, "# Geen kop | geen tabel")
        await pilot.press("f8", "f8")  # Koers
        await pilot.press("tab", "tab", "tab", "ctrl+k", "ctrl+u")
        await type_text(pilot, "Stem van het meisje is leidend")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        path = locations.minutes_dir / "2026-11-28_casus-x-voorbeeld.md"
        first = path.read_text(encoding="utf-8")
        assert "Notulen opgeslagen: " + str(path) in str(screen.query_one("#save-status").render())
        await pilot.press("f8")
        clock.advance(120)
        await pilot.press("ctrl+s")  # again: the same file, brought up to date
        await pilot.pause()
        assert sorted(p.name for p in locations.minutes_dir.iterdir()) == [path.name]
        second = path.read_text(encoding="utf-8")
        assert second != first
        assert oct(path.stat().st_mode & 0o777) == "0o600"
        await pilot.press("ctrl+q")

    assert "\\# Geen kop \\| geen tabel" in second
    assert "Stem van het meisje is leidend" in second
    assert "Stem van het kind/gezin is leidend – wekelijks contact" in second  # the old text
    headings = [b.text for b in read_blocks(second) if isinstance(b, Heading)]
    assert not any("Geen kop" in h for h in headings)

    env = {**os.environ, "VLIEGWIEL_LANG": "nl"}
    store.close()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tui",
            "export",
            "demo",
            "-o",
            "-",
            "--data-dir",
            str(locations.data_dir),
            "--minutes-dir",
            str(locations.minutes_dir),
        ],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        encoding="utf-8",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == second.strip()
