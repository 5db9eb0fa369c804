"""A second Vliegwiel on the same data folder is refused in words; the first works on.

The second one runs as a real second process, the way a chair would start it from
another terminal window: the app itself, the `cases` and `erase` commands, and a bare
`Store`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from agenda.i18n import Messages
from agenda.storage import Store
from tests.faults.conftest import Figures
from tests.faults.scene import scene

pytestmark = pytest.mark.faults

ROOT = Path(__file__).resolve().parents[2]
SECRET = "Geheim"
BARE_STORE = """
import sys
from pathlib import Path
from agenda.errors import AlreadyRunning
from agenda.i18n import Messages
from agenda.storage import Store
try:
    Store(Path(sys.argv[1]))
except AlreadyRunning as refused:
    print(refused.explain(Messages("nl")))
"""


def second(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "VLIEGWIEL_LANG": "nl"}
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_second_instance_is_refused_and_the_first_keeps_saving(
    tmp_path: Path, figures: Figures
) -> None:
    data = tmp_path / "data"
    sc = scene(SECRET)
    sentence = Messages("nl")("error.already_running", path=data)
    with Store(data) as first:
        sc.store(first)
        attempts = [
            second("-m", "tui", "--data-dir", str(data)),  # the app
            second("-m", "tui", "cases", "--data-dir", str(data)),
            second("-m", "tui", "erase", sc.case.id, "--yes", "--data-dir", str(data)),
        ]
        for refused in attempts:
            assert (refused.returncode, refused.stdout) == (2, "")
            assert refused.stderr == sentence + "\n"
        bare = second("-c", BARE_STORE, str(data))
        assert bare.stdout == sentence + "\n"
        assert SECRET not in sentence

        # The first instance saves, closes and reads on as if nothing happened.
        sc.meeting.records[1].text = "na de weigering"
        first.save_meeting(sc.meeting)
        first.save_case(sc.case)
        folded, actions = first.close_meeting(sc.case, sc.meeting)
        saves = 3
    with Store(data) as store:
        assert store.load_meeting(sc.case.id, sc.meeting.id) == sc.meeting
        assert store.load_case(sc.case.id) == folded
        assert store.load_actions(sc.case.id) == actions
    figures.record("second instances refused", f"{len(attempts) + 1} of {len(attempts) + 1}")
    figures.record("saves by the first after the refusals", f"{saves} of 3")
