"""The way to the case list loads only what the case list needs.

Each check runs in a fresh interpreter, so that what other tests imported cannot hide
an import. The app is started as `vliegwiel` starts it (`tui.cli.build_app`, through
`bench.probe.vliegwiel_app`), headless, and `sys.modules` is read at the first frame
that shows the case list, then again once the rest has loaded (`tui.after_start`).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from agenda.demo import add_demo
from agenda.i18n import Messages
from agenda.storage import Store
from tests.conftest import TODAY
from tui.after_start import LATER_MODULES

REPO = Path(__file__).resolve().parent.parent

NOT_FOR_THE_CASE_LIST = (
    "pydantic",
    "pydantic_core",
    "markdown_it",
    "agenda.model",
    "agenda.case",
    "agenda.actions",
    "agenda.meeting",
    "agenda.templates",
    "agenda.builtin_templates",
    "agenda.template_files",
    "agenda.session",
    "agenda.figures",
    "agenda.fold",
    "agenda.minutes",
    "agenda.demo",
    "tui.meeting_start",
    "tui.screens.meeting",
    "tui.screens.attendance",
    "tui.screens.case_edit",
    "tui.steps",
    "agenda.i18n.en",
)
"""Modules the start screen does not use: the models, the meeting, the minutes, and the
other language's catalogue (the app is started in Dutch here)."""

SHOW_THE_CASE_LIST = """
import gc, json, sys
from pathlib import Path
from typing import Any
import tui.after_start
from bench.probe import PaintWatch, vliegwiel_app

app, done = vliegwiel_app(Path(sys.argv[1]))
loaded = {}

def shown():
    loaded["case list"] = sorted(sys.modules)
    loaded["collecting at the case list"] = gc.isenabled()

settle = tui.after_start.settle_long_lived

def settled():  # the last part of what loads after the case list
    settle()
    loaded["after"] = sorted(sys.modules)
    loaded["collecting after"] = gc.isenabled()
    app.exit()

tui.after_start.settle_long_lived = settled
PaintWatch(app, on_seen=shown).expect(sys.argv[2])
try:
    app.run(headless=True, size=(120, 40))
finally:
    done()
print(json.dumps(loaded))
"""


def demo_data(folder: Path) -> Path:
    with Store(folder) as store:
        add_demo(store, Messages("nl"), TODAY)
    return folder


def modules_of(code: str, *args: str) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    loaded: dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    return loaded


def among(names: list[str], wanted: tuple[str, ...]) -> list[str]:
    """The wanted modules (or their submodules) that are in `names`."""
    return sorted(n for n in names if any(n == w or n.startswith(w + ".") for w in wanted))


def test_the_case_list_shows_before_the_models_and_the_meeting_load(tmp_path: Path) -> None:
    data = demo_data(tmp_path / "data")
    loaded = modules_of(SHOW_THE_CASE_LIST, str(data), Messages("nl")("demo.alias"))
    assert "case list" in loaded, "the case list was never shown"
    assert among(loaded["case list"], NOT_FOR_THE_CASE_LIST) == []
    # Then the rest loads, so that Enter does not wait for it.
    assert set(LATER_MODULES) <= set(loaded["after"])
    assert "pydantic" in loaded["after"]
    assert "agenda.meeting" in loaded["after"]
    # The garbage collector is held back until the case list shows, then runs again.
    assert loaded["collecting at the case list"] is False
    assert loaded["collecting after"] is True


LIST_THE_CASES = """
import json, sys
from tui.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps({"loaded": sorted(sys.modules)}))
"""


def test_cases_and_version_load_no_models(tmp_path: Path) -> None:
    data = demo_data(tmp_path / "data")
    for args in (["cases", "--data-dir", str(data)], ["--version"]):
        loaded = modules_of(LIST_THE_CASES, *args)["loaded"]
        assert among(loaded, NOT_FOR_THE_CASE_LIST) == [], args
        assert among(loaded, ("textual",)) == [], args
