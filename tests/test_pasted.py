"""The paste guard before Textual's parser, on input cut into chunks at every place."""

from __future__ import annotations

from itertools import combinations

from tui.compat import guard_pasted_escapes, input_parser
from tui.pasted import ESCAPE_STAND_IN, PasteGuard, restored

PASTED = "een \x1b[31mrood\x1b[0m \x1b[D\x1b"
STREAM = "a\x1b[A\x1b[200~" + PASTED + "\x1b[201~b\x1b"
GUARDED = "a\x1b[A\x1b[200~" + PASTED.replace("\x1b", ESCAPE_STAND_IN) + "\x1b[201~b\x1b"


def test_escapes_inside_a_paste_are_swapped_however_the_input_is_cut() -> None:
    cuts = 0
    for first, second in combinations(range(1, len(STREAM)), 2):
        guard = PasteGuard()
        parts = [STREAM[:first], STREAM[first:second], STREAM[second:]]
        assert "".join(guard.filter(part) for part in parts) == GUARDED, parts
        cuts += 1
    assert cuts > 500
    assert restored(GUARDED) == STREAM


def test_outside_a_paste_nothing_is_held_back() -> None:
    guard = PasteGuard()
    assert guard.filter("\x1b") == "\x1b"  # the Escape key, at once
    assert guard.filter("\x1b[20") == "\x1b[20"


def test_textual_s_parser_delivers_the_paste_whole_and_in_order() -> None:
    guard_pasted_escapes()
    parser = input_parser()
    events = list(parser.feed(STREAM[:9])) + list(parser.feed(STREAM[9:]))
    pasted = [event for event in events if type(event).__name__ == "Paste"]
    assert [restored(event.text) for event in pasted] == [PASTED]  # type: ignore[attr-defined]
