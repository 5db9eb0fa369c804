"""`vliegwiel export`: the app's minutes without the app, in any form (Markdown, plain
text, HTML), to the minutes folder, a file or stdout; a sentence and exit code 2 for a
meeting that is not there."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from agenda.demo import DEMO_ID, add_demo
from agenda.i18n import Messages
from agenda.storage import Store
from tests.conftest import TODAY
from tests.factories import make_case
from tui.cli import main

GOLDEN = Path(__file__).parent / "golden"
GOLDEN_NL = GOLDEN / "demo_minutes_nl.md"
ALIAS = "Casus X (voorbeeld)"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder holding the demo case, its one (closed) meeting a week before TODAY."""
    folder = tmp_path / "data"
    with Store(folder) as store:
        add_demo(store, Messages("nl"), TODAY)
    return folder


def export(data: Path, *args: str) -> list[str]:
    return ["--data-dir", str(data), "--lang", "nl", "export", *args]


def test_export_writes_the_app_minutes_into_the_minutes_folder(data: Path, tmp_path: Path) -> None:
    minutes = tmp_path / "minutes"
    result = subprocess.run(
        [sys.executable, "-m", "tui", *export(data, ALIAS, "--minutes-dir", str(minutes))],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "VLIEGWIEL_LANG": ""},
    )
    assert (result.returncode, result.stderr) == (0, "")
    path = Path(result.stdout.strip())
    assert path == minutes.resolve() / "2026-11-21_casus-x-voorbeeld.md"
    assert path.read_bytes() == GOLDEN_NL.read_bytes()
    for form in ("txt", "html"):  # the other forms beside it, the same minutes
        golden = GOLDEN / f"demo_minutes_nl.{form}"
        assert path.with_suffix(f".{form}").read_bytes() == golden.read_bytes()


def test_exporting_again_updates_the_same_file_and_erase_names_it(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    minutes = ["--minutes-dir", str(tmp_path / "minutes")]
    assert main(export(data, ALIAS, *minutes)) == 0
    first = capsys.readouterr().out.strip()
    assert main(export(data, "demo", "--meeting", "2026-11-21", *minutes)) == 0
    assert capsys.readouterr().out.strip() == first
    written = sorted(p.name for p in (tmp_path / "minutes").iterdir())
    assert written == [
        f"2026-11-21_casus-x-voorbeeld.{ending}"
        for ending in ("html", "ics", "md", "ouders.txt", "txt")
    ]
    assert main(["--data-dir", str(data), "erase", DEMO_ID, "--yes"]) == 0
    listed = capsys.readouterr().out
    for name in written:  # listed as kept: they are outside the data folder
        assert str(Path(first).with_name(name)) in listed


@pytest.mark.parametrize("form", ["md", "txt", "html"])
def test_export_to_stdout(
    data: Path, capsysbinary: pytest.CaptureFixture[bytes], form: str
) -> None:
    assert main(export(data, ALIAS, "--format", form, "-o", "-")) == 0
    assert capsysbinary.readouterr().out == (GOLDEN / f"demo_minutes_nl.{form}").read_bytes()


def test_export_prints_the_file_of_the_form_asked_for(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    minutes = tmp_path / "minutes"
    assert main(export(data, ALIAS, "--format", "txt", "--minutes-dir", str(minutes))) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path == minutes.resolve() / "2026-11-21_casus-x-voorbeeld.txt"
    assert path.read_bytes() == (GOLDEN / "demo_minutes_nl.txt").read_bytes()


def test_an_unknown_form_is_one_sentence_and_exit_2(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(export(data, ALIAS, "--format", "pdf")) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.splitlines()) == 1
    assert "pdf" in captured.err


def test_export_to_a_file(data: Path, tmp_path: Path) -> None:
    target = tmp_path / "notulen.md"
    assert main(export(data, ALIAS, "--meeting", "latest", "-o", str(target))) == 0
    assert target.read_bytes() == GOLDEN_NL.read_bytes()
    if sys.platform != "win32":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with Store(data) as store:
        meeting = store.load_meeting(DEMO_ID, store.list_meetings(DEMO_ID)[0].id)
    assert meeting.minutes_file is None  # an explicit -o is a copy, not the meeting's file


@pytest.mark.parametrize("day", ["2026-11-28", "gisteren"])
def test_an_unknown_meeting_is_one_sentence_and_exit_2(
    data: Path, day: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(export(data, ALIAS, "--meeting", day)) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == Messages("nl")("error.no_such_meeting", meeting=day) + "\n"
    assert len(captured.err.splitlines()) == 1


def test_a_case_without_meetings_has_no_minutes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store(tmp_path) as store:
        store.save_case(make_case("Casus Y"))
    assert main(export(tmp_path, "Casus Y")) == 2
    assert capsys.readouterr().err == Messages("nl")("minutes.no_meetings", case="Casus Y") + "\n"
