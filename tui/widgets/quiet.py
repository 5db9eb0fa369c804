"""Show new content only when it differs from what is shown.

`Static.update` lays the whole screen out again even when the text is the same. The
meeting's clocks are refreshed four times a second and the course panel and agenda
strip at every step; updating them only when their text changed keeps an idle meeting
from redoing its layout every quarter second (which also delayed a key pressed meanwhile).
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


def update_changed(widget: Static, content: str | Text) -> None:
    if widget.content != content:
        widget.update(content)
