"""The document (`agenda.document`) as one self-contained HTML file, for mail clients.

Rendered from the minutes' own Markdown with markdown-it-py, so the HTML holds exactly
the Markdown's blocks: typed text reaches it only as escaped text (the Markdown makes
every character literal, and raw HTML is switched off here as well). Mail clients drop
style sheets in `<head>` when a page is pasted or sent (Outlook's editor keeps only
styles written on each element), so the look of the tables, borders and padding
included, is written on every table and cell; the file needs nothing beside it.
"""

from __future__ import annotations

from functools import cache
from html import escape

from markdown_it import MarkdownIt

from agenda.document import Document
from agenda.markdown_doc import render as markdown
from agenda.markdown_text import one_line

FONT = "font-family: Calibri, Arial, Helvetica, sans-serif;"
CELL = "border: 1px solid #8c8c8c; padding: 3pt 6pt; text-align: left; vertical-align: top;"
STYLES = {
    "table_open": "border-collapse: collapse; margin: 0 0 10pt 0;",
    "th_open": f"{CELL} background-color: #ececec; font-weight: bold;",
    "td_open": CELL,
}
"""The inline style of each element that needs one (by markdown-it token)."""

PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title}</title>
</head>
<body style="{font} font-size: 11pt; color: #1a1a1a;">
{body}</body>
</html>
"""


@cache
def _parser() -> MarkdownIt:
    """The CommonMark rules for what the minutes' Markdown is made of: headings, lists,
    GFM tables and paragraphs, backslash escapes and line breaks; raw HTML off.

    Every other construct (emphasis, code, links, HTML, entities, quotes, rules, …)
    starts with a character the Markdown always escapes (`agenda.markdown_text`), so
    its rule could never fire; left out, a long meeting's page renders in about two
    thirds of the time (11 against 16 ms for a 40-action meeting, the same bytes).
    """
    return MarkdownIt("zero", {"html": False, "xhtmlOut": True}).enable(
        ["table", "heading", "list", "escape", "newline"]
    )


def render(document: Document) -> str:
    """The document as an HTML page, ending in one newline."""
    parser = _parser()
    tokens = parser.parse(markdown(document.blocks))
    for token in tokens:
        style = STYLES.get(token.type)
        if style is not None:
            token.attrSet("style", style)
    body = parser.renderer.render(tokens, parser.options, {})
    return PAGE.format(
        lang=document.lang, title=escape(one_line(document.title)), font=FONT, body=body
    )
