"""Backup and restore as a chair types them, in a real terminal: the passphrase asked
twice without echo, and a case that exists already asked about, not overwritten.

Also: starting the app and `vliegwiel cases` loads none of the cryptography.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from agenda.storage import Store
from tests.backup_data import PASSPHRASE, files_of, make_folder
from tests.tmux import Terminal

SCRIPT = Path(sys.executable).parent / "vliegwiel"
COMMAND: list[str | Path] = (
    [SCRIPT] if SCRIPT.exists() else [sys.executable, "-m", "tui"]
)  # the installed command, as the chair types it
ENV = {"VLIEGWIEL_LANG": ""}


def test_backup_asks_the_passphrase_twice_without_showing_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_folder(data)
    bundle = tmp_path / "b.vwb"
    command = [*COMMAND, "backup", "-o", bundle, "--data-dir", data]
    with Terminal(command, size=(100, 20), env=ENV, cwd=tmp_path) as term:
        term.wait_for("Wachtzin:")
        term.type("kort")
        term.press("enter")
        assert "minstens 12 tekens" in term.wait_for("minstens")
        assert term.wait_for_exit() == 2
    assert not bundle.exists()
    with Terminal(command, size=(100, 20), env=ENV, cwd=tmp_path) as term:
        term.wait_for("Wachtzin:")
        term.type(PASSPHRASE)
        term.press("enter")
        term.wait_for("Wachtzin nog een keer:")
        term.type(PASSPHRASE)
        term.press("enter")
        screen = term.wait_for("Versleutelde back-up van 4 casus(sen)")
        assert term.wait_for_exit() == 0
        assert PASSPHRASE not in screen and "paard" not in term.history()
    assert bundle.read_bytes().startswith(b"Vliegwiel backup")


def test_restore_over_an_existing_case_asks_and_keeps_both(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_folder(data)
    bundle = tmp_path / "b.vwb"
    password = tmp_path / "pw"
    password.write_text(PASSPHRASE + "\n")
    file_and_data = ["--passphrase-file", str(password), "--data-dir", str(data)]
    made = subprocess.run(
        [*map(str, COMMAND), "backup", "Casus 01", "-o", str(bundle), *file_and_data],
        capture_output=True,
        text=True,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    command = [*COMMAND, "restore", bundle, "--data-dir", data]

    before = files_of(data)
    with Terminal(command, size=(120, 20), env=ENV, cwd=tmp_path) as term:
        term.wait_for("Wachtzin:")
        term.type(PASSPHRASE)
        term.press("enter")
        screen = term.wait_for("s = stoppen:")
        assert "‘Casus 01’ staat al in deze gegevensmap." in screen
        assert "8 overleg(gen)" in screen
        assert "n = de nieuwste houden (die hier)" in screen  # as new as the backup: it stays
        term.type("s")
        term.press("enter")
        term.wait_for("Gestopt; er is niets teruggezet.")
        assert term.wait_for_exit() == 2
    assert files_of(data) == before

    with Terminal(command, size=(120, 20), env=ENV, cwd=tmp_path) as term:
        term.wait_for("Wachtzin:")
        term.type(PASSPHRASE)
        term.press("enter")
        term.wait_for("s = stoppen:")
        term.type("b")
        term.press("enter")
        screen = term.wait_for("als nieuwe casus ‘Casus 01 (hersteld)’")
        assert term.wait_for_exit() == 0
    with Store(data) as store:
        aliases = sorted(s.alias for s in store.list_cases().cases)
    assert aliases.count("Casus 01") == 1 and "Casus 01 (hersteld)" in aliases


START_AND_LIST = """
import json, sys
from textual.app import App
from tui.cli import main

def headless(app, *args, **kwargs):
    async def leave(pilot):
        await pilot.pause()
        app.exit()
    return App.run(app, headless=True, auto_pilot=leave)

import tui.app
tui.app.VliegwielApp.run = headless
codes = [main(["--data-dir", sys.argv[1]]), main(["cases", "--data-dir", sys.argv[1]])]
loaded = sorted(m for m in sys.modules if m.startswith(("cryptography", "agenda.backup")))
print(json.dumps({"codes": codes, "loaded": loaded, "app": "tui.screens.start" in sys.modules}))
"""


def test_starting_the_app_and_listing_cases_load_no_cryptography(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_folder(data)
    result = subprocess.run(
        [sys.executable, "-c", START_AND_LIST, str(data)],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found == {"codes": [0, 0], "loaded": [], "app": True}
