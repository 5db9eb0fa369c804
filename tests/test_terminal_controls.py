"""Control characters in a case, on a real terminal: shown harmless, kept as typed.

The terminal is the one shared in the video call. A case's alias and course point hold an
escape sequence that would clear the screen, one that would set the window's title, one
that would leave the alternate screen, a BEL and a C1 control; text with colour codes is
pasted into a note. The screen must stay the app's (title unchanged, still in the
alternate screen, the case list still there), and the note must hold exactly what was
pasted, in its order (Textual's parser used to send the part after an escape as keys,
ahead of the rest of the paste).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from agenda.demo import add_demo
from agenda.i18n import Messages
from agenda.storage import Store
from tests.conftest import TODAY
from tests.install import DEMO_ALIAS
from tests.tmux import Terminal

REPO = Path(__file__).resolve().parent.parent
HOSTILE = "\x1b[2J\x1b]2;OVERGENOMEN\x07\x1b[?1049l\x07\x9b31m"
"""Clear the screen, set the window title, leave the alternate screen, ring, C1 CSI."""
PASTED = "eerst \x1b[31mrood\x1b[0m dan \x1b[D\x1b[D links en \x1b]2;titel\x07 klaar"


def _app(tmp_path: Path) -> tuple[list[str | Path], dict[str, str]]:
    command: list[str | Path] = [sys.executable, "-m", "tui", "--data-dir", tmp_path / "data"]
    env = {"VLIEGWIEL_MINUTES_DIR": str(tmp_path / "minutes"), "VLIEGWIEL_LANG": ""}
    return command, env


def test_escape_sequences_in_a_case_do_nothing_to_the_shared_terminal(tmp_path: Path) -> None:
    with Store(tmp_path / "data") as store:
        add_demo(store, Messages("nl"), TODAY)
        case = store.load_case("demo")
        case.alias = f"{DEMO_ALIAS}{HOSTILE}"
        case.course[0].text = f"Veilig{HOSTILE}thuis"
        store.save_case(case)
    command, env = _app(tmp_path)
    with Terminal(command, size=(120, 40), env=env, cwd=REPO) as term:
        title = term.tmux("display-message", "-p", "-t", "main", "#{pane_title}").stdout
        screen = term.wait_for(DEMO_ALIAS)
        assert "\ufffd[2J" in screen  # shown as harmless text, one � per control
        term.press("enter")
        term.wait_for("wie is er?")
        term.press("enter")
        term.wait_for("\ufffd31mthuis")  # the course panel shows the point
        state = term.tmux(
            "display-message", "-p", "-t", "main", "#{pane_title}|#{alternate_on}"
        ).stdout
        assert state.strip() == f"{title.strip()}|1"
        assert "OVERGENOMEN" not in state
        term.press("ctrl+q")
        assert term.wait_for_exit() == 0


def test_a_pasted_note_keeps_its_escape_sequences_and_its_order(tmp_path: Path) -> None:
    with Store(tmp_path / "data") as store:
        add_demo(store, Messages("nl"), TODAY)
    command, env = _app(tmp_path)
    with Terminal(command, size=(120, 40), env=env, cwd=REPO) as term:
        term.wait_for(DEMO_ALIAS, timeout=60)
        term.press("enter")
        term.wait_for("wie is er?")
        term.press("enter")
        term.wait_for("Stap 1/7")
        term.press("f8")
        term.wait_for("Stap 2/7")
        buffer = tmp_path / "paste.txt"
        buffer.write_bytes(PASTED.encode())
        term.tmux("load-buffer", str(buffer))
        term.tmux("paste-buffer", "-p", "-t", "main")  # bracketed, as a terminal pastes
        term.wait_for("klaar")
        time.sleep(0.3)
        term.press("ctrl+q")
        assert term.wait_for_exit() == 0
    meetings = [
        meeting
        for path in (tmp_path / "data").glob("cases/demo/meetings/*.json")
        for meeting in json.loads(path.read_text(encoding="utf-8"))["meeting"].values()
        if meeting["status"] == "open"
    ]
    assert [meeting["records"][1]["text"] for meeting in meetings] == [PASTED]
