"""The document (`agenda.document`) as plain text, for the body of a mail.

Pasted into a mail, Markdown shows its escapes (`\\- school wil een gesprek`, a `\\` at
the end of lines). Plain text needs none: nothing reads it as markup, so every text
appears exactly as typed (cleaned and trimmed as in every form, `agenda.markdown_text`).

* Headings are underlined: `=` under the title, `-` under a section, `·` under a part.
* Paragraphs keep their line breaks; a blank line separates blocks.
* List items start with `- `; an item's further lines are indented under its text.
* Tables are aligned text columns with ` | ` between them and a rule under the header.
  A cell keeps its line breaks as lines of its own (a tab in it becomes a space, since
  it would push the columns apart), and a table wider than
  `MAX_WIDTH` has its widest columns wrapped at spaces (a word longer than its column
  is cut), so a row may take several lines; rows of such a table are separated by a
  rule, so one row's lines are not read as the next row's.

Columns align in a fixed-width font, the usual font for plain-text mail; widths count
what a terminal shows (a wide character two columns, a combining mark none).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from agenda.document import Block, Heading, Items, Paragraph, Table
from agenda.markdown_text import lines, one_line, paragraph_lines

MAX_WIDTH = 100
"""Columns a table may take before its widest columns are wrapped."""
MIN_COLUMN = 10
"""The narrowest a column is made when a table is wrapped (or its natural width)."""
LONG_WORD = 20
"""A column keeps room for a word up to this long, so that such a word is not cut."""
SEPARATOR = " | "
UNDERLINES = {1: "=", 2: "-", 3: "·"}
"""The character under a heading of each level."""


def char_width(char: str) -> int:
    """Columns one character takes in a fixed-width font."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def width(text: str) -> int:
    """Columns `text` takes in a fixed-width font."""
    if text.isascii():
        return len(text)
    return sum(map(char_width, text))


def _cut(word: str, room: int) -> list[str]:
    """A word too long for its column, in pieces that fit."""
    pieces: list[str] = []
    piece, used = "", 0
    for char in word:
        size = char_width(char)
        if used + size > room and piece:
            pieces.append(piece)
            piece, used = "", 0
        piece += char
        used += size
    pieces.append(piece)
    return pieces


def wrap(line: str, room: int) -> list[str]:
    """One line of text in lines of at most `room` columns, broken at spaces."""
    if width(line) <= room:
        return [line]
    result: list[str] = []
    current = ""
    for word in line.split(" "):
        if not word:
            continue
        candidate = f"{current} {word}" if current else word
        if width(candidate) <= room:
            current = candidate
            continue
        if current:
            result.append(current)
        *whole, current = _cut(word, room)
        result.extend(whole)
    result.append(current)
    return result


def _column_widths(cells: Sequence[Sequence[list[str]]]) -> list[int]:
    """Each column's width: as wide as its widest line, narrowed (widest first) while
    the table is wider than `MAX_WIDTH`, but not below its longest word (up to
    `LONG_WORD`) nor below `MIN_COLUMN`, so words are cut only when they must be."""
    columns = range(len(cells[0]))
    widths = [max(1, *(width(line) for row in cells for line in row[c])) for c in columns]
    words = [
        max((width(word) for row in cells for line in row[c] for word in line.split()), default=1)
        for c in columns
    ]
    floors = [
        min(w, max(MIN_COLUMN, min(word, LONG_WORD))) for w, word in zip(widths, words, strict=True)
    ]
    room = MAX_WIDTH - len(SEPARATOR) * (len(widths) - 1)
    while sum(widths) > room:
        slack = [w - floor for w, floor in zip(widths, floors, strict=True)]
        widest = max(columns, key=lambda c: (slack[c] > 0, widths[c]))
        if slack[widest] <= 0:
            break  # every column at its narrowest: the table stays wider
        widths[widest] -= 1
    return widths


def _pad(text: str, columns: int) -> str:
    return text + " " * (columns - width(text))


def _row_lines(row: Sequence[list[str]], widths: Sequence[int]) -> list[str]:
    wrapped = [
        [piece for line in cell for piece in wrap(line, w)]
        for cell, w in zip(row, widths, strict=True)
    ]
    height = max(len(cell) for cell in wrapped)
    return [
        SEPARATOR.join(
            _pad(cell[n] if n < len(cell) else "", w)
            for cell, w in zip(wrapped, widths, strict=True)
        ).rstrip(" ")
        for n in range(height)
    ]


def _cell_lines(cell: str) -> list[str]:
    """A cell's lines; a tab becomes a space (it would push the columns apart)."""
    return [line.replace("\t", " ") for line in lines(cell)] or [""]


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    cells = [[_cell_lines(cell) for cell in row] for row in (header, *rows)]
    widths = _column_widths(cells)
    rule = "-+-".join("-" * w for w in widths)
    rendered = [_row_lines(row, widths) for row in cells]
    tall = any(len(row) > 1 for row in rendered[1:])
    out = [*rendered[0], rule]
    for number, row in enumerate(rendered[1:]):
        if tall and number:
            out.append(rule)
        out.extend(row)
    return "\n".join(out)


def _render(block: Block) -> list[str]:
    """The text chunks of one block; chunks are separated by a blank line."""
    match block:
        case Heading(level, text):
            line = one_line(text)
            return [f"{line}\n{UNDERLINES.get(level, '-') * max(3, width(line))}"]
        case Paragraph(text):
            return ["\n".join(group) for group in paragraph_lines(text)]
        case Items(items):
            rendered = ["- " + "\n  ".join(lines(item) or [""]) for item in items]
            return ["\n".join(rendered)] if items else []
        case Table(header, rows):
            return [_table(header, rows)]


def render(blocks: Iterable[Block]) -> str:
    """The document as plain text, ending in one newline."""
    return "\n\n".join(chunk for block in blocks for chunk in _render(block)) + "\n"
