"""The step's title band: "Stap 2/7 · Actualiteit" in the accent colour.

The band is drawn behind the text only, but the widget itself is as wide as its column:
a widget as wide as its text changes width with every step, and Textual then lays the
whole screen out a second time (and draws a third frame) after each F8. Its colours come
from the style sheet (`step-title--band`), read at every render, so a change of theme
shows at once.
"""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from agenda.display import printable


class StepTitle(Widget):
    COMPONENT_CLASSES = {"step-title--band"}

    DEFAULT_CSS = """
    StepTitle {
        width: 1fr;
        height: 1;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._title = ""

    @property
    def title(self) -> str:
        return self._title

    def show(self, title: str) -> None:
        if title != self._title:
            self._title = title
            self.refresh()

    def render(self) -> Text:
        # Typed text (a custom agenda's step title) is shown as written, never as markup,
        # and without control characters (`printable`).
        return Text(
            f" {printable(self._title)} ", style=self.get_component_rich_style("step-title--band")
        )
