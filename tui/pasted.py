"""Escape characters inside a paste: kept as pasted, never taken for keys.

A terminal hands a paste to the app between two markers (bracketed paste:
`ESC [200~` … `ESC [201~`). Text copied from a coloured terminal or a log holds escape
sequences of its own (`ESC [31m`), and Textual's input parser reads the escape character
inside a paste as the start of a key: it holds the characters after it back and sends them
on as key presses, ahead of the rest of the paste, so a pasted note came out with its words
in another order, or with pieces missing.

`PasteGuard` sits before the parser (installed by `tui.compat.guard_pasted_escapes`): inside
a paste it swaps each escape character for `ESCAPE_STAND_IN`, a private-use character that
the parser passes on as text, and `restored` swaps it back in the paste event. The note then
holds exactly what was pasted, and the screen shows its escape characters as � (see
`agenda.display`). Outside a paste nothing changes, and nothing is held back: a lone Escape
key reaches the parser at once.
"""

from __future__ import annotations

PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"
ESCAPE = "\x1b"
ESCAPE_STAND_IN = "\U000f001b"
"""A private-use character (plane 15) no keyboard or clipboard sends."""


class PasteGuard:
    """The input as it arrives, in chunks, with escapes inside pastes swapped out."""

    def __init__(self) -> None:
        self.inside = False
        self._tail = ""
        """The last few characters passed on outside a paste: a start marker can be cut
        in two by the chunks the terminal sends."""
        self._held = ""
        """Inside a paste: the start of what may be the end marker, cut off by a chunk."""

    def filter(self, data: str) -> str:
        out: list[str] = []
        data = self._held + data
        self._held = ""
        while data:
            if not self.inside:
                seen = self._tail + data
                start = seen.find(PASTE_START)
                if start < 0:
                    out.append(data)
                    self._tail = seen[-(len(PASTE_START) - 1) :]
                    return "".join(out)
                cut = start + len(PASTE_START) - len(self._tail)
                out.append(data[:cut])
                data = data[cut:]
                self._tail = ""
                self.inside = True
                continue
            end = data.find(PASTE_END)
            if end < 0:
                body, self._held = _split_possible_end(data)
                out.append(body.replace(ESCAPE, ESCAPE_STAND_IN))
                return "".join(out)
            out.append(data[:end].replace(ESCAPE, ESCAPE_STAND_IN))
            out.append(PASTE_END)
            data = data[end + len(PASTE_END) :]
            self.inside = False
        return "".join(out)


def _split_possible_end(data: str) -> tuple[str, str]:
    """`data` and, split off, a last few characters that may begin the end marker."""
    for size in range(min(len(PASTE_END) - 1, len(data)), 0, -1):
        if PASTE_END.startswith(data[-size:]):
            return data[:-size], data[-size:]
    return data, ""


def restored(text: str) -> str:
    """Pasted text as it was pasted: the stand-ins back to escape characters."""
    return text.replace(ESCAPE_STAND_IN, ESCAPE)
