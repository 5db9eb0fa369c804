"""Every use of Textual's private parts, in one place, checked against one version.

Checked against Textual 8.2.8 (`CHECKED_WITH`; pyproject pins `textual==8.2.*`). When
Textual is upgraded, this is the one file to read again: each function says what it
reaches into and why no public way does the same. `tests/test_compat.py` fails first
when one of these names moves, and `tests/test_commands.py` / `tests/test_layers.py`
keep the rest of the code from reaching in anywhere else.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from rich.align import Align
from rich.text import Text
from textual import events
from textual._time import get_time as message_clock
from textual.app import App
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option

if TYPE_CHECKING:
    from rich.console import RenderableType
    from textual._parser import Parser
    from textual.message import Message
    from textual.notifications import Notification
    from textual.screen import Screen
    from textual.strip import Strip
    from textual.widgets import Input

    # Textual's Markdown table blocks are not exported (only `textual.widgets._markdown`).
    from textual.widgets._markdown import MarkdownTable, MarkdownTD, MarkdownTH
    from textual.widgets.markdown import MarkdownBlock
else:

    def __getattr__(name: str) -> object:
        # The Markdown classes load with the minutes preview, not when the app starts:
        # they bring markdown-it with them (tests/test_start_imports.py).
        if name in {"MarkdownTable", "MarkdownTD", "MarkdownTH", "MarkdownBlock"}:
            from textual.widgets import _markdown

            return getattr(_markdown, name)
        raise AttributeError(name)


CHECKED_WITH = "8.2.8"
"""The Textual version these private names were read in."""

__all__ = [
    "CHECKED_WITH",
    "CrashReport",
    "MarkdownBlock",
    "MarkdownTD",
    "MarkdownTH",
    "MarkdownTable",
    "ScreenStyles",
    "block_text",
    "child_blocks",
    "crashed_with",
    "event_age",
    "guard_pasted_escapes",
    "input_parser",
    "input_suggestion",
    "notifications",
    "palette_in_words",
    "rendered_lines",
]


def child_blocks(block: MarkdownBlock) -> list[MarkdownBlock]:
    """The blocks a Markdown block was built from (a table's rows, a row's cells):
    `MarkdownBlock._blocks`, filled while the document is parsed."""
    return list(block._blocks)


def block_text(block: MarkdownBlock) -> str:
    """The plain text of a Markdown block (a table cell): `MarkdownBlock._content`."""
    return block._content.plain


class CrashReport:
    """Mixin for the app: what an unexpected error prints instead of Textual's traceback.

    Textual's `App._fatal_error` prints a traceback with local variables, which would put
    a case's text on the terminal (and into a shared screen). There is no public hook for
    it; this overrides the private method and fills `_exit_renderables`, which Textual
    prints once the app has closed, with `crash_report`.
    """

    def crash_report(self, error: BaseException | None) -> RenderableType:
        raise NotImplementedError

    def _fatal_error(self) -> None:
        app = cast(App[Any], self)
        app.bell()
        app._exit_renderables.append(self.crash_report(app._exception))
        app._close_messages_no_wait()


def crashed_with(app: App[Any]) -> BaseException | None:
    """The error the app stopped on, if any (`App._exception`), for tests."""
    return app._exception


class ScreenStyles:
    """Mixin for the app: a hook just before a screen's styles are read.

    Textual reads a screen's styles in the private `App._load_screen_css`, for every
    screen it is about to show, however it came (pushed, switched to, a mode's first,
    the palette); no public event comes early enough to add style sheets for it.
    """

    def before_screen_styles(self, screen: Screen[Any]) -> None:
        raise NotImplementedError

    def _load_screen_css(self, screen: Screen[Any]) -> None:
        self.before_screen_styles(screen)
        App._load_screen_css(cast(App[Any], self), screen)


def notifications(app: App[Any]) -> list[Notification]:
    """The notifications on screen now (`App._notifications`), for tests that read them."""
    return list(app._notifications)


def event_age(event: events.Event) -> float:
    """Seconds since `event` arrived. Events are stamped on Textual's own clock
    (`textual._time.get_time`: monotonic, or perf_counter on Windows), which is not
    exported; measured against it, the age can be laid on any other clock."""
    return max(0.0, message_clock() - event.time)


def input_suggestion(field: Input) -> str:
    """The completion an `Input` shows greyed out after what was typed
    (`Input._suggestion`, set by its `Suggester`): the wrapping field draws it itself."""
    return field._suggestion


def palette_in_words(placeholder: str, no_matches: str) -> CommandPalette:
    """The command palette with its two sentences in the user's language.

    The placeholder is a public argument of `CommandPalette`; "No matches found" is
    written inside its private `_start_no_matches_countdown`, which this repeats with
    our sentence (the rest as Textual 8.2 has it: after `_NO_MATCHES_COUNTDOWN`
    seconds, only when something was typed).
    """

    class Palette(CommandPalette):
        def _start_no_matches_countdown(self, search_value: str) -> None:
            self._stop_no_matches_countdown()

            def show_no_matches() -> None:
                if search_value:
                    self.query_one(CommandList).add_option(
                        Option(
                            Align.center(Text(no_matches, style="not bold")),
                            disabled=True,
                            id=self._NO_MATCHES,
                        )
                    )
                    self._list_visible = True
                else:
                    self._list_visible = False

            self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)

    return Palette(id="--command-palette", placeholder=placeholder)


def rendered_lines(screen: Screen[Any]) -> list[Strip]:
    """The screen as it stands, one strip of styled cells per line, as the terminal is
    sent it (`Screen._compositor`), for tests that measure its colours."""
    return screen._compositor.render_strips()


def guard_pasted_escapes() -> None:
    """Put a `PasteGuard` (`tui/pasted.py`) before Textual's input parser.

    Textual's `XTermParser` reads an escape character inside a bracketed paste as the start
    of a key and sends what follows as key presses (a pasted note comes out reordered);
    there is no public way to filter what the terminal sends before it is parsed. Each
    driver (Linux and Windows alike) makes its parser and calls its `feed` method with
    each chunk read, so the guard wraps `XTermParser.feed`; one guard per parser, kept on
    the parser object. Called once, before the app runs; calling it again does nothing.
    """
    from textual._xterm_parser import XTermParser

    from tui.pasted import PasteGuard

    original = XTermParser.feed
    if getattr(original, "guarded", False):
        return

    def feed(parser: XTermParser, data: str) -> Iterable[object]:
        guard = parser.__dict__.setdefault("paste_guard", PasteGuard())
        return original(parser, guard.filter(data))

    feed.guarded = True  # type: ignore[attr-defined]
    XTermParser.feed = feed  # type: ignore[method-assign,assignment]


def input_parser() -> Parser[Message]:
    """Textual's parser of terminal input, as a driver makes it (for tests of the guard)."""
    from textual._xterm_parser import XTermParser

    return XTermParser()
