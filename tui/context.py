"""What screens, dialogs and widgets may use of the running app, typed without importing it.

`Services` names the app's own attributes (the store, the locations, the language, the
clocks, the type-ahead); `VliegwielApp` provides them. Typing against this protocol
instead of the app class keeps every module below `tui/app.py` from importing it (even
for types only), so the app sits on top and nothing points back up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast, runtime_checkable

from rich.text import Text

from agenda.clock import TimeSource, WallClock
from agenda.display import printable
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.storage import Store

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from tui.typeahead import TypeAhead


@runtime_checkable
class Services(Protocol):
    store: Store
    locations: Locations
    t: Messages
    clock: TimeSource
    """The monotonic clock every countdown and autosave reads (injected in tests)."""
    wall: WallClock
    typeahead: TypeAhead
    input_at: float | None
    """When the key handled last was typed, on `clock`."""


def vapp(node: DOMNode) -> Services:
    return cast(Services, node.app)


def messages(node: DOMNode) -> Messages:
    return vapp(node).t


def literal(text: str) -> Text:
    """User text for display: shown as typed, never parsed as Textual/Rich markup, and
    with its control characters made harmless (`agenda.display.printable`).

    A string handed to `Static` or a `DataTable` cell is read as markup, so `[b]` in a
    note would vanish and `[/]` would crash the screen; an escape sequence in it would
    reach the shared terminal. Wrap every piece of user text.
    """
    return Text(printable(text))


def harmless(text: Text) -> Text:
    """A `Text` put together from user text and styles, its control characters made
    harmless in place (`printable` replaces them one for one, so every style stays on the
    characters it was on). For plain user text, `literal` does it."""
    text.plain = printable(text.plain)
    return text
