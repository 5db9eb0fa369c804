"""Hypothesis strategies for text a chair might type, or paste, into any field."""

from __future__ import annotations

from hypothesis import strategies as st

MARKDOWN_PIECES = [
    "<script>alert(1)</script>",
    "<!-- x -->",
    "<br>",
    "<https://example.org>",
    "www.example.org",
    "&amp;",
    "&#60;",
    "&copy",
    "```",
    "~~~",
    "    ",
    "\t",
    "# ",
    "## x ##",
    "> ",
    "- ",
    "+ ",
    "* ",
    "1. ",
    "2) ",
    "---",
    "===",
    "***",
    "___",
    "| a | b |",
    "|---|",
    ":-:",
    "[x](y)",
    "![i](j)",
    "[r]: /u",
    "**b**",
    "_e_",
    "`c`",
    "~~s~~",
    "$m$",
    "\\",
    "\\|",
    "  \n",
    "\n\n",
    "\r\n",
    "\r",
    "\u2028",
    "\x00",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\ufeff",
    "\u00a0",
    "\u200b",
    "\u202e",
    "😀",
    "ë",
]

nasty_text = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(list("\\`*_[]<>&|~#$!-+=:.()0123456789 \t\n\rax"))),
    st.lists(st.sampled_from(MARKDOWN_PIECES) | st.text(max_size=3), max_size=8).map("".join),
    st.characters(categories=["Cs", "Cc", "Zs", "Zl", "Zp", "Cf"]).map(lambda c: f"a{c}b"),
)
"""Any text, leaning towards what could break a Markdown document."""

required_text = nasty_text.filter(lambda s: bool(s.strip()))
"""Text the models accept where a value is required (not only white space)."""
