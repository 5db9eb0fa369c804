"""In a Dutch Vliegwiel no English shows: not in the command palette (its placeholder, its
"no matches"), not in the key bar, not in `vliegwiel --help` and argparse's own errors.

"English" is any word the English catalogue uses and the Dutch one does not, or one of
the words argparse and Textual write themselves; the command line's fixed names
(commands, options, environment variables, `latest`) are what they are in both.
"""

from __future__ import annotations

import argparse
import inspect
import re

import pytest
from rich.align import Align
from rich.text import Text
from textual.command import CommandInput, CommandList, CommandPalette

from agenda.clock import ManualClock
from agenda.i18n import CATALOGUES
from agenda.locations import Locations
from agenda.storage import Store
from tests.pilot import demo_meeting
from tui.cli import main
from tui.cli_words import ARGPARSE_WORDS
from tui.widgets.key_bar import KeyBar

FIXED = {
    *("cases", "export", "erase", "backup", "restore", "latest", "vliegwiel"),
    *("data", "dir", "minutes", "lang", "demo", "meeting", "output", "yes", "version"),
    *("passphrase", "file", "as", "new", "help"),
}
"""Parts of the command line's fixed names: `--data-dir`, `VLIEGWIEL_MINUTES_DIR`, …"""
THEIRS = ("Search for commands…", "No matches found", "palette", *ARGPARSE_WORDS)
"""What Textual and argparse write in English when nobody translates them."""


def words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)}


def english_words() -> set[str]:
    english = set().union(*(words(v) for v in CATALOGUES["en"].values()))
    dutch = set().union(*(words(v) for v in CATALOGUES["nl"].values()))
    theirs = set().union(*(words(text) for text in THEIRS))
    return (english - dutch | theirs - dutch) - FIXED


def english_in(text: str) -> set[str]:
    return words(text) & english_words()


def plain(prompt: object) -> str:
    """An option's words (the "no matches" line is centred text)."""
    inner = prompt.renderable if isinstance(prompt, Align) else prompt
    return inner.plain if isinstance(inner, Text) else str(inner)


def test_the_check_knows_english_when_it_sees_it() -> None:
    assert english_in("usage: vliegwiel [-h]") == {"usage"}
    assert english_in("Search for commands…") >= {"search", "commands"}
    assert english_in("gebruik: vliegwiel --data-dir MAP") == set()


HELPS = [[], ["cases"], ["export"], ["erase"], ["backup"], ["restore"]]


@pytest.mark.parametrize("command", HELPS, ids=lambda c: " ".join(["--help", *c]))
def test_help_is_dutch(
    command: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VLIEGWIEL_LANG", raising=False)
    with pytest.raises(SystemExit) as done:
        main([*command, "--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    assert shown.startswith("gebruik: vliegwiel")
    assert english_in(shown) == set()


@pytest.mark.parametrize(
    "argv",
    [["--bogus"], ["erase"], ["exprot"], ["export", "X", "--meeting"], ["erase", "X", "--yes=1"]],
)
def test_argparse_complains_in_dutch(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VLIEGWIEL_LANG", raising=False)
    assert main(argv) == 2
    said = capsys.readouterr().err
    assert said.strip().endswith("Zie: vliegwiel --help")
    assert english_in(said) == set()


async def test_the_palette_and_the_key_bar_are_dutch(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock, size=(200, 24)) as (pilot, screen):
        bar = str(screen.query_one(KeyBar).content)
        assert "Ctrl+P Zoeken" in bar
        assert english_in(bar) == set()
        await pilot.press("ctrl+p")
        await pilot.pause()
        palette = pilot.app.screen
        assert isinstance(palette, CommandPalette)
        typed = palette.query_one(CommandInput)
        assert typed.placeholder == "Zoek een opdracht…"
        await pilot.press(*"qxqxq")
        await pilot.pause(0.8)  # Textual says "no matches" after half a second
        options = palette.query_one(CommandList)
        shown = [plain(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("Geen opdracht gevonden" in text for text in shown), shown
        assert english_in(" ".join(shown)) == set()


def test_argparse_still_writes_each_message_we_translate() -> None:
    """After a Python upgrade: a message argparse no longer writes would be left English."""
    source = inspect.getsource(argparse)
    for message in ARGPARSE_WORDS:
        assert f"_({message!r})" in source or f'_("{message}")' in source, message
    assert "from gettext import gettext as _" in source
