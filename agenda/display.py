"""Text from a case, made safe to show on a shared terminal, as typed and no more.

What the chair types or pastes is stored exactly as it came (`tests/faults/test_bad_input`
proves it), but it reaches a terminal that is shared in a video call, and a terminal
obeys what it is sent: an escape sequence in a pasted note can clear the screen, change
the window's title or leave the alternate screen; a BEL rings; C1 controls (U+0080 to
U+009F) are escape sequences of their own to many terminals. `printable` is the one
function that stands between a case's text and the screen: the app's `literal()` and
every text field use it, and so does the command line (`vliegwiel cases`).

Each control character becomes U+FFFD (�), one for one, as the minutes show them
(`agenda.markdown_text`): a field's cursor stays where the text says it is, and the chair
sees that something odd was pasted rather than having it hidden. What is left of an
escape sequence (`�[2J`) is plain text and does nothing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

REPLACEMENT = "\ufffd"
KEPT = "\t\n"
"""Tabs and line breaks lay text out; every other control character is replaced."""

_CONTROLS = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]
_SURROGATES = range(0xD800, 0xE000)
"""A lone surrogate (from a damaged paste) cannot even be encoded for the terminal."""


@cache
def _table(keep: str) -> dict[int, str]:
    return {code: REPLACEMENT for code in [*_CONTROLS, *_SURROGATES] if chr(code) not in keep}


def printable(text: str, *, keep: str = KEPT) -> str:
    """`text` with every control character (C0 but tab and line feed, DEL, C1) and
    every lone surrogate replaced by U+FFFD; the same length, so positions still match.

    `keep` names further controls to leave (the minutes keep carriage returns to find
    line breaks by)."""
    if text.isprintable():  # the common case: nothing to replace
        return text
    return text.translate(_table(keep))


_SEQUENCES = re.compile(
    r"""
      (?:\x1b\[|\x9b) [\x30-\x3f]* [\x20-\x2f]* [\x40-\x7e]?        # CSI: colours, moves, modes
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f]) .*? (?:\x07|\x1b\\|\x9c|$)  # OSC, DCS, …: titles
    | \x1b [\x20-\x2f]* [\x30-\x7e]?                              # two characters: ESC c, ESC 7
    """,
    re.VERBOSE | re.DOTALL,
)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def without_controls(text: str) -> str:
    """Text from a file from outside (a custom agenda) with every escape sequence and
    control character taken out, tabs and line breaks kept: it was never typed here, so
    there is nothing to keep as typed, and none of it should reach the screen."""
    if text.isprintable():
        return text
    return _CONTROL.sub("", _SEQUENCES.sub("", text))


ELLIPSIS = "…"


def cut(text: str, limit: int) -> str:
    """`text` on one line of at most `limit` characters, an ellipsis where it was cut.

    For places that show a name in a column (the case list): a 10,000-character alias
    must not push the other columns off the screen.
    """
    one_line = " ".join(text.split())
    if len(one_line) <= limit:
        return one_line
    return one_line[: max(0, limit - 1)].rstrip() + ELLIPSIS


# -- look-alike letters ----------------------------------------------------------------

_LOOK_ALIKES = str.maketrans(
    # Cyrillic and Greek letters drawn exactly like a Latin one in common fonts.
    "АВЕЅІЈКМНОРСТХУасеһіјорѕхуԁӏΑΒΕΖΗΙΚΜΝΟΡΤΥΧοϲνԛԝ",
    "ABESIJKMHOPCTXYacehijopsxydlABEZHIKMNOPTYXocvqw",
)


def skeleton(text: str) -> str:
    """What `text` looks like, as a key: two aliases with one skeleton cannot be told
    apart on screen (`Casus X` in Latin letters and `Casus Х` with a Cyrillic Х)."""
    folded = unicodedata.normalize("NFKC", text).translate(_LOOK_ALIKES).casefold()
    return " ".join(folded.split())


def scripts(text: str) -> set[str]:
    """The writing systems of the letters in `text` (LATIN, CYRILLIC, GREEK, …)."""
    found = set()
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            found.add(name.split(" ", 1)[0] if name else "?")
    return found


def mixes_scripts(text: str) -> bool:
    """True when `text` mixes letters of different writing systems: such an alias can
    look exactly like another case's, so the case list marks it."""
    return len(scripts(text)) > 1
