"""The blocks of one section of a set of minutes, read back with markdown-it-py."""

from __future__ import annotations

from agenda.document import Block, Heading
from tests.markdown_reader import read_blocks


def section(markdown: str, title: str) -> list[Block]:
    """The blocks under the heading `title` (any level), up to the next heading."""
    blocks = read_blocks(markdown)
    starts = [i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == title]
    assert len(starts) == 1, f"{title!r} is {len(starts)} times a heading"
    found: list[Block] = []
    for block in blocks[starts[0] + 1 :]:
        if isinstance(block, Heading):
            break
        found.append(block)
    return found
