"""The minutes as a document: headings, paragraphs, lists and tables of plain strings.

The minutes writer (`agenda.minutes`) builds this structure from the meeting and the
catalogue and never writes any syntax itself. Three renderers turn the one structure into
the forms the team reads (`agenda.forms`): Markdown (`agenda.markdown_doc`), plain text
for the body of a mail (`agenda.text_doc`) and HTML for mail clients (`agenda.html_doc`).
So the three forms hold the same headings, tables and words, whatever was typed: every
string is text, and only a renderer decides how it is shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from agenda.i18n import Lang


@dataclass(frozen=True)
class Heading:
    """A heading: 1 the document's title, 2 a section, 3 a part of a section."""

    level: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    """Free text: its line breaks are kept, blank lines separate paragraphs."""

    text: str


@dataclass(frozen=True)
class Items:
    """A bullet list, one item per entry."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def __post_init__(self) -> None:
        # A row with another number of cells would be padded or cut by the viewer.
        if any(len(row) != len(self.header) for row in self.rows):
            raise ValueError("every row needs one cell per column")


Block = Heading | Paragraph | Items | Table


def table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> Table:
    return Table(tuple(header), tuple(tuple(row) for row in rows))


@dataclass(frozen=True)
class Document:
    """The blocks of one document, and the language they are in (HTML declares it)."""

    blocks: tuple[Block, ...]
    lang: Lang

    @property
    def title(self) -> str:
        """The text of the first heading (the window title of the HTML form)."""
        return next((b.text for b in self.blocks if isinstance(b, Heading)), "")
