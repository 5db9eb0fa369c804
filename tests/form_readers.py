"""Read the plain-text and HTML forms of the minutes back, independently of the writers.

`check_text_form` walks the plain text chunk by chunk (a blank line between blocks)
beside the blocks the writer meant, and fails unless each text stands there as typed:
headings and paragraphs line for line, list items with their further lines indented,
tables column by column, cut only at spaces or, for a word longer than its column,
inside it (so a cell's text, spaces aside, is exactly the typed text, and a cell that fits
its column is exactly its lines). Widths are counted here the way a fixed-width font
shows them, without the writer's code.

`read_html_blocks` parses the HTML form with Python's own HTML parser and returns its
blocks, failing on any tag, attribute, comment or stray text the writer never makes.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from html.parser import HTMLParser

from agenda.document import Block, Heading, Items, Paragraph, Table
from tests.markdown_reader import WRITER_TAGS, Unexpected, paragraph_texts, typed_lines

UNDERLINES = {1: "=", 2: "-", 3: "·"}


def columns_of(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def shown_width(text: str) -> int:
    return sum(columns_of(c) for c in text)


def _no_spaces(text: str) -> str:
    return text.replace(" ", "")


def _split_row(line: str, widths: list[int]) -> list[str]:
    """One line of a table in its cells' pieces, by the columns' widths."""
    pieces: list[str] = []
    rest = line
    for number, width in enumerate(widths):
        used, taken = 0, 0
        for char in rest:
            size = columns_of(char)
            if used + size > width or (used == width and size > 0):
                break
            used += size
            taken += 1
        pieces.append(rest[:taken].rstrip(" "))
        rest = rest[taken:]
        if number < len(widths) - 1:
            # The line's trailing spaces are cut: the last separators may be " |" or gone.
            if rest.startswith(" | "):
                rest = rest[3:]
            elif rest in (" |", ""):
                rest = ""
            else:
                raise Unexpected(f"no column separator in {line!r}")
    if rest:
        raise Unexpected(f"text beyond the last column in {line!r}")
    return pieces


def _is_rule(line: str, widths: list[int]) -> bool:
    return line == "-+-".join("-" * w for w in widths)


def _check_table(chunk: str, table: Table) -> None:
    lines = chunk.split("\n")
    rule_at = next(n for n, line in enumerate(lines) if line and set(line) <= {"-", "+"})
    widths = [len(part) for part in lines[rule_at].split("-+-")]
    if len(widths) != len(table.header):
        raise Unexpected(f"{len(widths)} columns for {len(table.header)}")
    rows: list[list[str]] = [lines[:rule_at]]
    body = lines[rule_at + 1 :]
    if any(_is_rule(line, widths) for line in body):
        rows.append([])
        for line in body:
            if _is_rule(line, widths):
                rows.append([])
            else:
                rows[-1].append(line)
    elif len(table.rows) == 1:
        rows.append(body)  # one row, however many lines: nothing to separate
    else:
        rows += [[line] for line in body]
    expected = [table.header, *table.rows]
    if len(rows) != len(expected):
        raise Unexpected(f"{len(rows)} rows for {len(expected)}")
    for row_lines, cells in zip(rows, expected, strict=True):
        split = [_split_row(line, widths) for line in row_lines]
        for column, cell in enumerate(cells):
            pieces = [pieces[column] for pieces in split]
            while pieces and not pieces[-1]:
                pieces.pop()
            wanted = [line.replace("\t", " ") for line in typed_lines(cell)]
            if all(shown_width(line) <= widths[column] for line in wanted):
                assert pieces == wanted, (pieces, wanted)
            else:  # wrapped: only spaces may differ
                assert _no_spaces("".join(pieces)) == _no_spaces("".join(wanted)), (
                    pieces,
                    wanted,
                )


def _text_chunks(blocks: Iterable[Block]) -> list[tuple[str, Block]]:
    """What each chunk of the plain text must be: (kind, block)."""
    chunks: list[tuple[str, Block]] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            chunks += [("paragraph", Paragraph(p)) for p in paragraph_texts(block.text)]
        elif isinstance(block, Items):
            if block.items:
                chunks.append(("items", block))
        else:
            chunks.append(("block", block))
    return chunks


def check_text_form(text: str, blocks: list[Block]) -> None:
    """The plain text holds exactly `blocks`, each text as typed; `Unexpected` or an
    assertion names the first difference."""
    assert text.endswith("\n") and not text.endswith("\n\n")
    chunks = text[:-1].split("\n\n")
    wanted = _text_chunks(blocks)
    assert len(chunks) == len(wanted), (len(chunks), len(wanted))
    for chunk, (kind, block) in zip(chunks, wanted, strict=True):
        if isinstance(block, Heading):
            line = " ↵ ".join(typed_lines(block.text))
            underline = UNDERLINES[block.level] * max(3, shown_width(line))
            assert chunk == f"{line}\n{underline}", (chunk, line)
        elif isinstance(block, Paragraph):
            assert kind == "paragraph"
            assert chunk == block.text, (chunk, block.text)
        elif isinstance(block, Items):
            items = ["- " + "\n  ".join(typed_lines(item) or [""]) for item in block.items]
            assert chunk == "\n".join(items), (chunk, items)
        else:
            _check_table(chunk, block)


# -- HTML ---------------------------------------------------------------------------------

PAGE_TAGS = frozenset({"html", "head", "meta", "title", "body"})
ALLOWED_ATTRIBUTES = {
    "html": {"lang"},
    "meta": {"charset"},
    "body": {"style"},
    "table": {"style"},
    "th": {"style"},
    "td": {"style"},
}


class _Blocks(HTMLParser):
    """The body's blocks, the text of each; fails on anything the writer never makes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.open: list[str] = []
        self.text = ""
        self.items: list[str] = []
        self.rows: list[list[str]] = []
        self.header: list[str] = []
        self.styles: set[tuple[str, str]] = set()
        self.title = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in WRITER_TAGS | PAGE_TAGS:
            raise Unexpected(f"<{tag}>")
        for name, value in attrs:
            if name not in ALLOWED_ATTRIBUTES.get(tag, set()):
                raise Unexpected(f"<{tag} {name}>")
            if name == "style":
                self.styles.add((tag, value or ""))
        if tag == "br":
            self.text += "\n"
            return
        if tag == "meta":
            return
        if tag == "tr":
            self.rows.append([])
        if tag in ("h1", "h2", "h3", "p", "li", "th", "td", "title"):
            self.text = ""
        self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("br", "meta"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            raise Unexpected(f"</{tag}> where {self.open[-1:]} is open")
        self.open.pop()
        text = self.text
        if tag in ("h1", "h2", "h3"):
            self.blocks.append(Heading(int(tag[1]), text))
        elif tag == "p" and "li" not in self.open:
            self.blocks.append(Paragraph(text))
        elif tag == "li":
            self.items.append(text)
        elif tag == "ul":
            self.blocks.append(Items(tuple(self.items)))
            self.items = []
        elif tag in ("th", "td"):
            self.rows[-1].append(text)
        elif tag == "table":
            header, *body = self.rows
            self.blocks.append(Table(tuple(header), tuple(tuple(r) for r in body)))
            self.rows = []
        elif tag == "title":
            self.title = text
        if tag in ("h1", "h2", "h3", "p", "li", "th", "td", "title"):
            self.text = ""

    def handle_data(self, data: str) -> None:
        if self.open and self.open[-1] in ("h1", "h2", "h3", "p", "li", "th", "td", "title"):
            if self.text.endswith("\n") and data.startswith("\n"):
                data = data[1:]  # markdown-it writes "<br />\n": one line break
            self.text += data
        elif data.strip():
            raise Unexpected(f"stray text {data!r} in {self.open[-1:]}")

    def handle_comment(self, data: str) -> None:
        raise Unexpected("a comment")

    def handle_decl(self, decl: str) -> None:
        if decl.lower() != "doctype html":
            raise Unexpected(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        raise Unexpected("a processing instruction")


def read_html_blocks(html: str) -> tuple[list[Block], str, set[tuple[str, str]]]:
    """The HTML page's blocks, its title, and every (tag, style) it holds."""
    parser = _Blocks()
    parser.feed(html)
    parser.close()
    if parser.open:
        raise Unexpected(f"unclosed {parser.open}")
    return parser.blocks, parser.title, parser.styles
