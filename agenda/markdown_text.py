"""User text as literal Markdown: whatever was typed renders as exactly that text.

The minutes are mailed and opened in any Markdown viewer, and a note may hold `|`, `#`,
backticks, `<script>` or a pasted list. None of it may become markup: the document's
headings and tables are only the ones the writer makes. The scheme (CommonMark with GFM
tables; `tests/test_markdown_text.py` proves it with markdown-it-py):

* Control characters (Unicode category Cc: NUL, escape, DEL, C1 …) other than tab and
  line breaks, and lone surrogates, become U+FFFD (�), as CommonMark does with NUL: they
  are invisible or unprintable, and some would garble a terminal or a mail client.
* Line breaks are CR LF, CR, LF, U+2028 and U+2029. Every line is trimmed of white
  space, and blank lines are dropped (in free text they separate paragraphs): leading
  white space would make an indented code block, trailing spaces a hard break, and
  viewers never show either anyway.
* These characters are backslash-escaped wherever they appear (CommonMark allows
  escaping any ASCII punctuation): `\\ ` * _ [ ] < > & | ~ # $ @`. That disarms emphasis,
  code spans, links, images (`!` needs a `[` after it, so `!` itself stays as typed),
  autolinks, raw HTML, entity references (`&amp;` stays those five characters), table
  pipes, strikethrough, GitHub's `$` maths and e-mail addresses.
* Bare links: viewers that "linkify" (GitHub, VS Code, Textual's Markdown) turn
  `https://…`, `www.…` and `name.nl` into links, and markdown-it's linkify shows the
  backslashes of the escapes inside such a link (`a\\_b`). So a `.` before a letter
  and the `:` of `://` are escaped too: no bare link forms, and the text reads as typed.
* Where a line can start a block (paragraph lines, list items), additionally `- + = :`
  at its start (lists, thematic breaks, setext underlines, table delimiter rows) and
  the `.` or `)` after a run of digits followed by a space or the end of the line
  (ordered lists). Table cells and headings hold inline content only and need neither.
* `inline` (table cells, headings) and `block_line` (list items) keep the text on one
  line: its line breaks are shown as " ↵ " (`LINE_BREAK`), which renders literally,
  where raw HTML such as `<br>` would not be allowed. `paragraphs` keeps them as hard
  line breaks (a backslash at the end of the line), and blank lines as paragraph breaks.

Nothing else is changed: letters, digits, emoji, other punctuation and invisible format
characters (zero-width joiners, direction marks) render exactly as typed.
"""

from __future__ import annotations

import re

from agenda.display import printable

LINE_BREAK = " ↵ "
"""How a line break inside a table cell, heading or list item is shown."""

ESCAPED_EVERYWHERE = "\\`*_[]<>&|~#$@"
ESCAPED_AT_LINE_START = "-+=:"

_ESCAPES = str.maketrans({c: "\\" + c for c in ESCAPED_EVERYWHERE})
_LINK_MARKS = re.compile(r"\.(?=[^\W\d_])|:(?=//)")
"""A dot before a letter (a domain: `name.nl`, `www.x`) and the `:` of `://`."""
_LINE_BREAKS = re.compile("\r\n|[\r\n\u2028\u2029]")
_ORDERED_MARKER = re.compile(r"[0-9]+(?=[.)](?:[ \t]|$))")
_KEPT_CONTROLS = "\t\n\r"


def clean(text: str) -> str:
    """`text` with control characters and lone surrogates replaced by U+FFFD, as on
    screen (`agenda.display.printable`), carriage returns kept to find line breaks by."""
    return printable(text, keep=_KEPT_CONTROLS)


def lines(text: str) -> list[str]:
    """The non-blank lines of `text`, cleaned and trimmed."""
    trimmed = (line.strip() for line in _LINE_BREAKS.split(clean(text)))
    return [line for line in trimmed if line]


def is_blank(text: str) -> bool:
    """True when `text` would render as nothing at all."""
    return not lines(text)


def _escape(text: str) -> str:
    """`text` with every character escaped that could be markup or make a link."""
    return _LINK_MARKS.sub(r"\\\g<0>", text.translate(_ESCAPES))


def escape_line(line: str) -> str:
    """One trimmed line, escaped so that it is plain text even where a block may start."""
    escaped = _escape(line)
    marker = _ORDERED_MARKER.match(line)
    if marker is not None:
        digits = marker.end()
        return f"{escaped[:digits]}\\{escaped[digits:]}"
    if escaped[:1] and escaped[0] in ESCAPED_AT_LINE_START:
        return "\\" + escaped
    return escaped


def paragraph_lines(text: str) -> list[list[str]]:
    """Free text as its paragraphs, each a list of its cleaned, trimmed lines: the rules
    every form of the minutes shares (this module's, before any escaping)."""
    result: list[list[str]] = []
    current: list[str] = []
    for raw in _LINE_BREAKS.split(clean(text)):
        line = raw.strip()
        if line:
            current.append(line)
        elif current:
            result.append(current)
            current = []
    if current:
        result.append(current)
    return result


def one_line(text: str) -> str:
    """`text` on one line, its line breaks shown as `LINE_BREAK` (not escaped)."""
    return LINE_BREAK.join(lines(text))


def inline(text: str) -> str:
    """`text` on one line for inline-only places (table cells, headings)."""
    return _escape(one_line(text))


def block_line(text: str) -> str:
    """`text` on one line where a block may start (list items)."""
    return escape_line(one_line(text))


def paragraphs(text: str) -> list[str]:
    """`text` as literal Markdown paragraphs, its line breaks kept as hard breaks."""
    return ["\\\n".join(map(escape_line, group)) for group in paragraph_lines(text)]
