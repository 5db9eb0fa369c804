"""Minutes from a meeting run with keys: ctrl+s, the same files again, closing the
meeting, and `export` of the same meeting afterwards, byte for byte."""

from __future__ import annotations

import os
import subprocess
import sys

from agenda.clock import ManualClock
from agenda.document import Heading, Items
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.storage import Store
from tests.markdown_reader import read_blocks
from tests.pilot import demo_meeting, type_text
from tui.dialogs.minutes_preview import MinutesPreview
from tui.screens.start import StartScreen


async def test_ctrl_s_saves_the_minutes_and_export_writes_the_same_document(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
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
        assert sorted(p.name for p in locations.minutes_dir.iterdir()) == [
            path.with_suffix(ending).name for ending in (".html", ".ics", ".md", ".txt")
        ]
        second = path.read_text(encoding="utf-8")
        assert second != first
        assert oct(path.stat().st_mode & 0o777) == "0o600"
        await pilot.press("ctrl+q")

    assert "\\# Geen kop \\| geen tabel" in second
    assert "Stem van het meisje is leidend" in second
    assert "Stem van het kind/gezin is leidend – wekelijks contact" in second  # the old text
    headings = [b.text for b in read_blocks(second) if isinstance(b, Heading)]
    assert not any("Geen kop" in h for h in headings)

    store.close()
    assert export_bytes(locations, "md").decode("utf-8").strip() == second.strip()


def export_bytes(locations: Locations, form: str) -> bytes:
    """`vliegwiel export demo --format FORM -o -`, as a chair would run it afterwards."""
    env = {**os.environ, "VLIEGWIEL_LANG": "nl"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tui",
            "export",
            "demo",
            "--format",
            form,
            "-o",
            "-",
            "--data-dir",
            str(locations.data_dir),
            "--minutes-dir",
            str(locations.minutes_dir),
        ],
        capture_output=True,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


async def test_the_minutes_written_at_close_are_final_and_equal_the_export(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    t = Messages("nl")
    async with demo_meeting(store, locations, clock) as (pilot, _):
        await pilot.press("f8")
        await type_text(pilot, "- school wil een gesprek *deze week*")
        await pilot.press("ctrl+s")  # a draft first: the same files are made final below
        await pilot.pause()
        clock.advance(57 * 60)
        await pilot.press("f4")  # Overleg afsluiten: the minutes as they will be
        await pilot.pause()
        assert isinstance(pilot.app.screen, MinutesPreview)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, StartScreen)
        await pilot.press("ctrl+q")

    path = locations.minutes_dir / "2026-11-28_casus-x-voorbeeld.md"
    written = path.read_text(encoding="utf-8")
    header = next(b for b in read_blocks(written) if isinstance(b, Items))
    assert t("minutes.draft") not in header.items
    assert "Einde: za 28 nov 2026, 09:57" in header.items
    assert "Verslag: concept. Reacties graag binnen een week, tot za 5 dec 2026;" in written
    store.close()
    for form in ("md", "txt", "html"):
        assert export_bytes(locations, form) == path.with_suffix(f".{form}").read_bytes(), form
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    assert "\n- school wil een gesprek *deze week*\n" in text  # no escapes in the mail body
