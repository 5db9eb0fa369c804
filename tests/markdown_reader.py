"""Read Markdown back into plain-text blocks with markdown-it-py, refusing any markup.

Independent of the writer: `read_blocks` parses with markdown-it-py as the strictest
viewer the minutes may meet — CommonMark plus GFM tables, strikethrough (`~~`), linkify
(bare URLs, `www.` and e-mail addresses turned into links, as GitHub, VS Code and
mail clients do) and `$` maths (GitHub, Obsidian, Jupyter) — and fails on anything the
writer never makes (code, quotes, rules, HTML, ordered lists, emphasis, links, struck
text, formulas, …). `expected_blocks` applies the documented rules of
`agenda.markdown_text` (control characters to U+FFFD, trimmed lines, blank lines
dropped, " ↵ " for line breaks on one line) to the blocks a writer meant to produce.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.dollarmath import dollarmath_plugin

from agenda.document import Block, Heading, Items, Paragraph, Table

PARSER = (
    MarkdownIt("commonmark", {"linkify": True})
    .enable(["table", "strikethrough", "linkify"])
    .use(dollarmath_plugin, allow_space=True, allow_digits=True, double_inline=True)
)
"""CommonMark with raw HTML allowed (only escaping can stop it), GFM tables, strikethrough
and bare links, and `$…$` / `$$…$$` maths in their most eager form."""

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_BREAKS = re.compile("\r\n|[\r\n\u2028\u2029]")
ONE_LINE_BREAK = " ↵ "


class Unexpected(AssertionError):
    """The Markdown holds a construct the writer never makes."""


def typed_lines(text: str) -> list[str]:
    """A typed text's lines by the documented rules: control characters to U+FFFD, lines
    trimmed, blank lines dropped."""
    stripped = (line.strip() for line in _BREAKS.split(_CONTROL.sub("\ufffd", text)))
    return [line for line in stripped if line]


def one_line(text: str) -> str:
    return ONE_LINE_BREAK.join(typed_lines(text))


def paragraph_texts(text: str) -> list[str]:
    """Free text as its paragraphs, each with its lines joined by a newline."""
    groups: list[list[str]] = [[]]
    for line in _BREAKS.split(_CONTROL.sub("\ufffd", text)):
        if line.strip():
            groups[-1].append(line.strip())
        elif groups[-1]:
            groups.append([])
    return ["\n".join(group) for group in groups if group]


def expected_blocks(blocks: Iterable[Block]) -> list[Block]:
    result: list[Block] = []
    for block in blocks:
        match block:
            case Heading(level, text):
                result.append(Heading(level, one_line(text)))
            case Paragraph(text):
                result.extend(Paragraph(p) for p in paragraph_texts(text))
            case Items(items):
                if items:
                    result.append(Items(tuple(one_line(i) for i in items)))
            case Table(header, rows):
                result.append(
                    Table(
                        tuple(one_line(c) for c in header),
                        tuple(tuple(one_line(c) for c in row) for row in rows),
                    )
                )
    return result


def _inline_text(token: Token) -> str:
    if token.type != "inline":
        raise Unexpected(token.type)
    parts = []
    for child in token.children or []:
        if child.type in ("text", "text_special"):
            parts.append(child.content)
        elif child.type == "hardbreak":
            parts.append("\n")
        else:
            raise Unexpected(child.type)
    return "".join(parts)


def _expect(tokens: Iterator[Token], kind: str) -> Token:
    token = next(tokens)
    if token.type != kind:
        raise Unexpected(f"{token.type} where {kind} belongs")
    return token


def _items(tokens: Iterator[Token]) -> Items:
    items: list[str] = []
    for token in tokens:
        if token.type == "bullet_list_close":
            return Items(tuple(items))
        if token.type != "list_item_open":
            raise Unexpected(token.type)
        token = next(tokens)
        if token.type == "list_item_close":
            items.append("")
            continue
        if token.type != "paragraph_open":
            raise Unexpected(token.type)
        items.append(_inline_text(next(tokens)))
        _expect(tokens, "paragraph_close")
        _expect(tokens, "list_item_close")
    raise Unexpected("unclosed list")


def _cells(tokens: Iterator[Token], cell: str) -> tuple[str, ...]:
    cells: list[str] = []
    for token in tokens:
        if token.type == "tr_close":
            return tuple(cells)
        if token.type != f"{cell}_open" or token.attrs:
            raise Unexpected(token.type)
        cells.append(_inline_text(next(tokens)))
        _expect(tokens, f"{cell}_close")
    raise Unexpected("unclosed row")


def _table(tokens: Iterator[Token]) -> Table:
    _expect(tokens, "thead_open")
    _expect(tokens, "tr_open")
    header = _cells(tokens, "th")
    _expect(tokens, "thead_close")
    rows: list[tuple[str, ...]] = []
    token = next(tokens)
    if token.type == "tbody_open":
        for token in tokens:
            if token.type == "tbody_close":
                break
            if token.type != "tr_open":
                raise Unexpected(token.type)
            rows.append(_cells(tokens, "td"))
        token = next(tokens)
    if token.type != "table_close":
        raise Unexpected(token.type)
    return Table(header, tuple(rows))


def read_blocks(markdown: str) -> list[Block]:
    """The document's blocks; `Unexpected` if it holds anything else."""
    tokens = iter(PARSER.parse(markdown))
    blocks: list[Block] = []
    for token in tokens:
        if token.type == "heading_open":
            blocks.append(Heading(int(token.tag[1:]), _inline_text(next(tokens))))
            _expect(tokens, "heading_close")
        elif token.type == "paragraph_open":
            blocks.append(Paragraph(_inline_text(next(tokens))))
            _expect(tokens, "paragraph_close")
        elif token.type == "bullet_list_open":
            blocks.append(_items(tokens))
        elif token.type == "table_open":
            blocks.append(_table(tokens))
        else:
            raise Unexpected(token.type)
    return blocks


WRITER_TAGS = frozenset(
    {"h1", "h2", "h3", "p", "ul", "li", "br", "table", "thead", "tbody", "tr", "th", "td"}
)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.comments = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)

    def handle_comment(self, data: str) -> None:
        self.comments += 1

    def handle_decl(self, decl: str) -> None:
        self.comments += 1

    def handle_pi(self, data: str) -> None:
        self.comments += 1


def html_tags(markdown: str) -> tuple[set[str], int]:
    """The HTML tags (and comments/declarations) in markdown-it-py's HTML rendering."""
    parser = _Tags()
    parser.feed(PARSER.render(markdown))
    parser.close()
    return parser.tags, parser.comments
