"""A Markdown document as plain-text blocks, rendered with every text made literal.

The minutes writer builds headings, paragraphs, bullet lists and tables out of plain
strings (user text and catalogue text alike) and never writes Markdown syntax itself;
`render` is the one place that does, and it passes every string through
`agenda.markdown_text`. So the structure of the document is exactly the list of blocks,
whatever the strings hold.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from agenda.markdown_text import block_line, inline, paragraphs


@dataclass(frozen=True)
class Heading:
    level: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    """Free text: its line breaks are kept, blank lines separate paragraphs."""

    text: str


@dataclass(frozen=True)
class Items:
    """A bullet list, one line per item."""

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


def _row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(inline(cell) for cell in cells) + " |"


def _render(block: Block, bullet: str) -> list[str]:
    """The Markdown chunks of one block; chunks are separated by a blank line."""
    match block:
        case Heading(level, text):
            return [f"{'#' * level} {inline(text)}"]
        case Paragraph(text):
            return paragraphs(text)
        case Items(items):
            return ["\n".join(f"{bullet} {block_line(item)}" for item in items)] if items else []
        case Table(header, rows):
            delimiter = "| " + " | ".join("---" for _ in header) + " |"
            return ["\n".join([_row(header), delimiter, *(_row(row) for row in rows)])]


def render(blocks: Iterable[Block]) -> str:
    """The document as Markdown text, ending in one newline."""
    chunks: list[str] = []
    previous_bullet = ""
    for block in blocks:
        # Two lists in a row would merge into one; another bullet starts a new list.
        bullet = "*" if previous_bullet == "-" else "-"
        rendered = _render(block, bullet)
        if rendered:
            previous_bullet = bullet if isinstance(block, Items) else ""
        chunks.extend(rendered)
    return "\n\n".join(chunks) + "\n"
