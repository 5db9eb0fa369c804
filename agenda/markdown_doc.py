"""The document (`agenda.document`) as Markdown, every text made literal.

The minutes writer builds headings, paragraphs, bullet lists and tables out of plain
strings (user text and catalogue text alike) and never writes Markdown syntax itself;
`render` is the one place that does, and it passes every string through
`agenda.markdown_text`. So the structure of the document is exactly the list of blocks,
whatever the strings hold.
"""

from __future__ import annotations

from collections.abc import Iterable

from agenda.document import Block, Heading, Items, Paragraph, Table
from agenda.markdown_text import block_line, inline, paragraphs


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
