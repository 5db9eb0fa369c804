"""Type-ahead in a real terminal: F8, F7 or a resume, and the words typed at once after.

The chair does not wait for a step to appear before typing. Here the keys go to the
installed `vliegwiel` in tmux with no wait at all between the step key and the text
(faster than any person), in ten fresh meetings — fresh, because right after a meeting
opens its other steps are still being built in the background, which is when text used
to vanish. Every word must be on the screen and in the meeting file, in order, and
nothing may land in the step that was just left.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from tests.install import open_demo_meeting
from tests.test_terminal_walk import installed_command
from tests.tmux import Terminal

REPO = Path(__file__).resolve().parent.parent
MEETINGS = 10


def open_meeting(data: Path) -> dict[str, Any]:
    """The open meeting as its file holds it now (the demo's earlier one is closed)."""
    found: list[dict[str, Any]] = []
    for file in data.glob("cases/*/meetings/*.json"):
        (document,) = json.loads(file.read_text(encoding="utf-8"))["meeting"].values()
        if document["status"] == "open":
            found.append(document)
    assert len(found) == 1, found
    return found[0]


def step_texts(data: Path) -> dict[int, str]:
    records = open_meeting(data)["records"]
    return {index: record["text"] for index, record in enumerate(records)}


def check_in_answers(data: Path) -> list[str]:
    check_in = open_meeting(data)["records"][0]["round"]
    return [answer for entry in check_in for answer in entry["answers"] if answer]


def wait_on_disk(data: Path, index: int, text: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while step_texts(data).get(index) != text:
        assert time.monotonic() < deadline, f"on disk: {step_texts(data).get(index)!r}"
        time.sleep(0.1)


def test_words_typed_at_once_after_f8_f7_and_a_resume_are_never_lost(tmp_path: Path) -> None:
    for number in range(MEETINGS):
        data = tmp_path / f"data-{number}"
        command = [*installed_command(), "--demo", "--data-dir", data]
        env = {"VLIEGWIEL_MINUTES_DIR": str(tmp_path / "minutes"), "VLIEGWIEL_LANG": ""}
        with Terminal(command, size=(120, 40), env=env, cwd=REPO) as term:
            open_demo_meeting(term)
            term.press("f8")
            term.type("school belde maandag")  # no wait: the step is still opening
            term.wait_for("school belde maandag")
            term.wait_for("Stap 2/7 · Actualiteit")
            wait_on_disk(data, 1, "school belde maandag")

            term.press("f8")
            term.wait_for("Stap 3/7")
            term.press("f7")
            term.type(", moeder ook")
            term.wait_for("school belde maandag, moeder ook")
            wait_on_disk(data, 1, "school belde maandag, moeder ook")
            term.press("ctrl+q")
            assert term.wait_for_exit() == 0

        with Terminal(command, size=(120, 40), env=env, cwd=REPO) as term:
            term.wait_for("onderbroken overleg")
            term.press("enter")
            term.wait_for("hervatten bij stap 2")
            term.press("enter")
            term.type(" en dinsdag")  # no wait: the meeting is still opening
            term.wait_for("school belde maandag, moeder ook en dinsdag")
            wait_on_disk(data, 1, "school belde maandag, moeder ook en dinsdag")
            term.press("ctrl+q")
            assert term.wait_for_exit() == 0
        assert check_in_answers(data) == []
