"""Type-ahead: keys typed while the screen is changing wait, then land where they belong.

The chair types while people talk and does not look back. She presses F8 and starts on
the current situation at once; she presses Enter twice to open the meeting and types the
first check-in answer. A terminal delivers those keys faster than a step or a screen is
built, and Textual moves the cursor only after the keys already queued (`Widget.focus`
defers the move), so without this the words went to the field that had just been hidden,
or to a screen with no field yet, and were lost.

While a transition runs — a screen pushed or popped, a step opening — every key and
paste is held, in order. When the new screen or step has put its cursor where it belongs,
the held keys are delivered, through the app's normal key handling (so F9 or F8 among them
work as always), before any key typed after them. A transition that never reports back
cannot swallow the keyboard: after `GIVE_UP` seconds the keys go to whatever has the
cursor by then.

A key that goes to a widget is a short transition of its own. Textual hands it to the
focused widget and reads the next key at once, while the first is still on its way up
through the widget's parents to the bindings that act on it (`n` for a new action, a
digit for feedback): the keys after it would reach the table before the form that `n`
opens. So the next key waits until this one, and what it set off, has been handled on the
way from the widget up to the app (`follow`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from textual import events

if TYPE_CHECKING:
    from textual.app import App
    from textual.dom import DOMNode
    from textual.timer import Timer
    from textual.widget import Widget

HeldEvent = events.Key | events.Paste


FOLLOW_PASSES = 2
"""How often the way from the widget up to the app is walked behind a key: once behind
the key itself (to the binding that acts on it), once behind what that set off (Enter in
a field posts `Submitted`, whose handler closes the dialog; Enter on a table posts
`RowSelected`, whose handler moves the cursor to the note)."""

GIVE_UP = 3.0
"""Seconds after which held keys are delivered even if the transition never settled."""


class TypeAhead:
    """Holds keys during transitions; `hold()` returns a token that `release` ends."""

    def __init__(self, app: App[Any], deliver: Callable[[HeldEvent], Awaitable[None]]) -> None:
        self._app = app
        self._deliver = deliver
        self._held: deque[HeldEvent] = deque()
        self._open: set[int] = set()
        self._next_token = 0
        self._replay_queued = False
        self._give_up: Timer | None = None
        self._following: set[int] = set()
        """Tokens of keys on their way through a screen's widgets (`follow`)."""

    @property
    def holding(self) -> bool:
        return bool(self._open)

    def hold(self) -> int:
        """Start a transition: keys wait until its token is released."""
        self._next_token += 1
        self._open.add(self._next_token)
        if self._give_up is None:
            self._give_up = self._app.set_timer(GIVE_UP, self._settle_anyway)
        return self._next_token

    def release(self, token: int) -> None:
        """The transition has put the cursor in place; deliver what waited (once every
        open transition has)."""
        self._open.discard(token)
        self._following.discard(token)
        if not self._open:
            self._stop_give_up()
            self._queue_replay()

    def follow(self, target: DOMNode) -> None:
        """A key was handed to `target`: hold the next keys until it has been handled."""
        token = self.hold()
        self._following.add(token)
        target.call_later(self._trace, target, target, token, FOLLOW_PASSES)

    def screen_changed(self, screen: DOMNode) -> None:
        """A screen was pushed or popped: keys wait until it has settled.

        A key that closed a screen (Escape in a dialog) cannot be followed further: its
        widgets are gone with their queues. The screen change takes over its hold; the
        release is queued on the new screen itself, behind its mounting and its
        `ScreenResume`, so the cursor is in place before the held keys are delivered.
        """
        self._open -= self._following
        self._following.clear()
        token = self.hold()
        screen.call_later(self.release, token)

    def _trace(self, target: DOMNode, node: DOMNode, token: int, passes: int) -> None:
        # Runs in `node` after everything queued there before it: the key, and what the
        # key set off there. Each pass climbs from the widget to the app behind them.
        if node is not self._app:
            parent = node.parent
            if parent is not None and parent.is_running:
                parent.call_later(self._trace, target, parent, token, passes)
                return
        if passes > 1 and target.is_running:
            target.call_later(self._trace, target, target, token, passes - 1)
        else:
            self.release(token)

    def keep(self, event: events.Event) -> bool:
        """Called for every event the app receives: True when it was held for later."""
        if not isinstance(event, HeldEvent) or event.is_forwarded:
            return False  # a forwarded key bubbling back up was delivered already
        if not (self._open or self._held):
            return False
        self._held.append(event)
        return True

    def _queue_replay(self) -> None:
        # Through the app's queue: it runs after the focus moves queued before it, and
        # keys arriving meanwhile join the held ones (`keep` sees the queue is not empty).
        if self._held and not self._replay_queued:
            self._replay_queued = True
            self._app.call_later(self._replay)

    async def _replay(self) -> None:
        self._replay_queued = False
        while self._held and not self._open:
            await self._deliver(self._held.popleft())

    def _settle_anyway(self) -> None:
        self._give_up = None
        if not self._open:
            return
        if not self._app.screen.is_mounted:
            self._give_up = self._app.set_timer(GIVE_UP, self._settle_anyway)
            return
        self._open.clear()
        self._queue_replay()

    def _stop_give_up(self) -> None:
        if self._give_up is not None:
            self._give_up.stop()
            self._give_up = None


def focus_now(widget: Widget) -> None:
    """Put the cursor in `widget` at once.

    `Widget.focus` moves it only after the keys already waiting in the app's queue,
    which then go to the field that had the cursor before. Inside a transition (a step
    opening, a screen settling) the cursor must be in place before the held keys come.
    """
    widget.screen.set_focus(widget)
