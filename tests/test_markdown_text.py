"""Typed text renders as exactly that text, and the document keeps exactly its blocks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agenda.document import Block, Heading, Items, Paragraph, Table
from agenda.markdown_doc import render
from agenda.markdown_text import block_line, clean, inline, is_blank, paragraphs
from tests.markdown_reader import (
    WRITER_TAGS,
    expected_blocks,
    html_tags,
    one_line,
    read_blocks,
)
from tests.strategies import nasty_text


@pytest.mark.parametrize(
    "typed",
    [
        "<script>alert('x')</script>",
        "| a | b |",
        "# not a heading",
        "1. not a list",
        "3) nor this",
        "- nor this",
        "---",
        "> no quote",
        "```python",
        "    not code",
        "&amp; &#x3C; &copy",
        "**not bold** _nor this_ `nor code`",
        "[no link](https://example.org) ![no image](x.png) <https://example.org>",
        "a \\ backslash \\| and \\\\",
        "ends with a backslash \\",
        "~~not struck~~ $no maths$",
        "~single~ $$double$$ $1 and $2",
        "https://example.org/a_b~c www.example.org anna@example.nl mailto:a@b.nl name.nl",
        "😀 emoji and ë",
    ],
)
def test_a_cell_shows_what_was_typed(typed: str) -> None:
    blocks = read_blocks(render([Table(("x",), ((typed,),))]))
    assert blocks == [Table(("x",), ((typed.strip(),),))]


def test_free_text_keeps_its_lines_and_paragraphs() -> None:
    typed = "# first\n- second\n\n\n1. third\n    fourth  \n"
    assert read_blocks(render([Paragraph(typed)])) == [
        Paragraph("# first\n- second"),
        Paragraph("1. third\nfourth"),
    ]


@pytest.mark.parametrize(
    "typed",
    [
        "a | b\n:-",  # a table delimiter row under an (escaped) pipe
        "a | b\n|-|",
        "a | b\n-:",
        "title\n===",  # setext headings
        "title\n---",
        "text\n- item",  # a list interrupting a paragraph
        "text\n1. item",
        "text\n10) item",
        "text\n+ item",
        "* * *",
        "~~~\ncode\n~~~",  # fences
        "```\ncode\n```",
        "text\n    indented",
        "<div>\nhtml block\n</div>",
        "> quote",
        "[label]: https://example.org",
    ],
)
def test_no_line_of_free_text_starts_a_block(typed: str) -> None:
    lines = [line.strip() for line in typed.splitlines()]
    assert read_blocks(render([Paragraph(typed)])) == [Paragraph("\n".join(lines))]


def test_line_breaks_in_a_cell_show_as_a_visible_mark() -> None:
    assert inline("one\ntwo\r\n\r\nthree") == "one ↵ two ↵ three"


def test_control_characters_become_the_replacement_character() -> None:
    assert clean("a\x00b\x1b[0m\x7f\x85\ud800") == "a\ufffdb\ufffd[0m\ufffd\ufffd\ufffd"
    assert clean("tab\tand\nnewline") == "tab\tand\nnewline"


def test_only_what_could_be_markup_is_escaped() -> None:
    assert inline("Casus X (voorbeeld): 3 acties, 60% gedaan!") == (
        "Casus X (voorbeeld): 3 acties, 60% gedaan!"
    )
    assert inline("1. a*b") == "1. a\\*b"
    assert block_line("1. a") == "1\\. a"
    assert block_line("- a") == "\\- a"
    assert block_line("2026-11-28") == "2026-11-28"
    assert paragraphs("a\nb\n\nc") == ["a\\\nb", "c"]


def test_blank_is_what_renders_as_nothing() -> None:
    assert is_blank(" \t\n\u00a0\u3000")
    assert not is_blank("\x00")


def test_consecutive_lists_stay_apart() -> None:
    blocks: list[Block] = [Items(("a",)), Items(("b",)), Paragraph("c"), Items(("d",))]
    assert read_blocks(render(blocks)) == blocks


def test_a_row_must_fill_every_column() -> None:
    with pytest.raises(ValueError):
        Table(("a", "b"), (("only one",),))


blocks_strategy = st.lists(
    st.one_of(
        st.builds(Heading, st.integers(1, 2), nasty_text),
        st.builds(Paragraph, nasty_text),
        st.builds(Items, st.lists(nasty_text, max_size=4).map(tuple)),
        st.integers(1, 4).flatmap(
            lambda n: st.builds(
                Table,
                st.lists(nasty_text, min_size=n, max_size=n).map(tuple),
                st.lists(st.lists(nasty_text, min_size=n, max_size=n).map(tuple), max_size=3).map(
                    tuple
                ),
            )
        ),
    ),
    max_size=6,
)


@settings(max_examples=400, deadline=None)
@given(blocks_strategy)
def test_any_text_keeps_the_document_exactly_as_built(blocks: list[Block]) -> None:
    markdown = render(blocks)
    assert read_blocks(markdown) == expected_blocks(blocks)
    tags, comments = html_tags(markdown)
    assert tags <= WRITER_TAGS
    assert comments == 0


@settings(max_examples=300, deadline=None)
@given(nasty_text)
def test_any_text_in_a_cell_is_that_text(typed: str) -> None:
    assert read_blocks(render([Table(("x",), ((typed,),))])) == [
        Table(("x",), ((one_line(typed),),))
    ]
