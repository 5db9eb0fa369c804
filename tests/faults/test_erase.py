"""Erase: `vliegwiel erase CASE --yes` leaves no byte of the case's text in the data folder.

The case's text is looked for in every form a file could hold it: UTF-8, the JSON escapes
Vliegwiel writes (`ensure_ascii`), and UTF-16 both ways. Before erasing, the same search
must find it, or the search would prove nothing. Minutes files live outside the data
folder and are the chair's own documents: they are listed, not deleted.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from textual.widgets import DataTable

from agenda.clock import ManualClock
from agenda.locations import Locations
from agenda.storage import Store
from agenda.storage.store import ERASING, MEETINGS
from tests.faults.conftest import Figures
from tests.faults.scene import scene
from tests.pilot import make_app
from tui.cli import main
from tui.compat import notifications
from tui.screens.start import StartScreen

pytestmark = pytest.mark.faults

GONE = "Wïs Mïj 🙂 Jansen"
KEPT = "Blijft"


def forms(text: str) -> list[bytes]:
    escaped = json.dumps(text, ensure_ascii=True)[1:-1]
    return [
        text.encode("utf-8"),
        escaped.encode("ascii"),
        re.sub(r"(?<=\\u)[0-9a-f]{4}", lambda m: m[0].upper(), escaped).encode("ascii"),
        text.encode("utf-16-le"),
        text.encode("utf-16-be"),
    ]


def holding(root: Path, text: str) -> list[Path]:
    """Files under `root` that hold `text` in any of its forms."""
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            if any(form in raw for form in forms(text)):
                found.append(path)
    return found


@pytest.mark.parametrize("by", ["id", "alias"])
def test_erase_removes_every_byte_of_the_case_and_lists_its_minutes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], by: str, figures: Figures
) -> None:
    data, minutes = tmp_path / "data", tmp_path / "minutes"
    minutes.mkdir()
    gone, kept = scene(GONE), scene(KEPT)
    written = minutes / "2026-11-28 overleg.md"
    written.write_text("# Notulen\n")
    # A second file of the same meeting (an older close cut off between the minutes and
    # the meeting's save) and a hidden copy a crash left during a minutes write.
    second = minutes / "2026-11-28 overleg-2.md"
    second.write_text("# Notulen\n")
    hidden = minutes / f".{written.name}.4242.tmp"
    hidden.write_text(f"# Notulen {GONE}\n")
    other = minutes / "2026-11-28 ander overleg.md"
    other.write_text("# Notulen\n")
    # Another case's minutes whose name differs by a number only (case "Overleg 3" met
    # the same day), with a crash's hidden copy of its own: neither is this case's.
    numbered_other = minutes / "2026-11-28 overleg-3.md"
    numbered_other.write_text("# Notulen Overleg 3\n")
    other_hidden = minutes / f".{numbered_other.name}.4242.tmp"
    other_hidden.write_text("# Notulen Overleg 3\n")
    with Store(data) as store:
        for sc in (gone, kept):
            sc.store(store)
        gone.meeting.minutes_file = str(written)
        store.close_meeting(gone.case, gone.meeting)
        later = scene(GONE).meeting.model_copy(
            update={"case_id": gone.case.id, "minutes_file": str(minutes / "never written.md")}
        )
        store.begin_meeting(gone.case, later)  # an unfinished meeting too
        folder = store.case_dir(gone.case.id)
    # A crash can leave a temporary file with the case's text beside its target.
    (folder / ".case.json.999.tmp").write_bytes((folder / "case.json").read_bytes())
    before = holding(data, GONE)
    assert len(before) >= 4 and holding(data, KEPT)

    wanted = gone.case.id if by == "id" else gone.case.alias
    code = main(["erase", wanted, "--yes", "--data-dir", str(data)])
    out, err = capsys.readouterr()

    assert (code, err) == (0, "")
    assert not folder.exists()
    after = holding(data, GONE)
    assert str(written) in out and str(second) in out and "never written" not in out
    assert str(other) not in out and str(numbered_other) not in out
    assert other_hidden.exists() and str(other_hidden) not in out
    assert written.exists() and second.exists() and other.exists()
    assert not hidden.exists() and str(hidden) in out
    assert holding(minutes, GONE) == []
    assert holding(data, KEPT)  # the other case is all there
    with Store(data) as store:
        assert store.load_case(kept.case.id) == kept.case
        assert [s.id for s in store.list_cases().cases] == [kept.case.id]
    figures.add("files holding the case's text before erase", len(before))
    figures.add("files holding the case's text after erase", len(after), "0")
    figures.add("minutes files listed, not deleted", int(str(written) in out))
    assert after == []


async def test_an_interrupted_erase_is_listed_on_the_start_screen_with_how_to_finish_it(
    tmp_path: Path, clock: ManualClock
) -> None:
    data = tmp_path / "data"
    gone, kept = scene(GONE), scene(KEPT)
    with Store(data) as store:
        for sc in (gone, kept):
            sc.store(store)
        folder = store.case_dir(gone.case.id)
        # Cut off after the meetings went: the marker and the case file are still there.
        (folder / ERASING).write_bytes(b"")
        shutil.rmtree(folder / MEETINGS)
        locations = Locations(data, tmp_path / "minutes", tmp_path / "config")
        app = make_app(store, locations, clock)
        async with app.run_test(size=(160, 50)) as pilot:
            await pilot.pause()
            table = app.screen.query_one(DataTable)
            keys = [str(row.value) for row in table.rows]
            row = next(i for i, key in enumerate(keys) if key.endswith(gone.case.id))
            assert "wordt gewist" in " ".join(str(c) for c in table.get_row_at(row))
            table.move_cursor(row=row)
            await pilot.press("enter")
            await pilot.pause()
            said = [n.message for n in notifications(app)]
            assert isinstance(app.screen, StartScreen)  # nothing opened
    assert said == [
        f"Het wissen van ‘{gone.case.alias}’ is onderbroken; een deel van de gegevens staat"
        f" nog op schijf. Maak het af met: vliegwiel erase {gone.case.id}"
    ]
