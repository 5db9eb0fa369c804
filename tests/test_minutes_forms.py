"""The minutes as the team reads them: plain text for a mail body, and HTML.

Both come from the one document the writer builds. Plain text must show every typed text
as typed, with no backslash escapes (the Markdown's `\\-` and `\\*` once showed in
mails); HTML must hold no markup from typed text and keep its tables. Each is read back
independently (`tests/form_readers.py`) and compared with the blocks the writer meant.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agenda.document import Block, Heading, Items, Paragraph, Table
from agenda.forms import Form, render
from agenda.html_doc import STYLES
from agenda.minutes import minutes_document
from tests.form_readers import check_text_form, read_html_blocks
from tests.markdown_reader import expected_blocks, one_line
from tests.minutes_scenario import Scenario, drawn, three_members
from tests.test_minutes import plain


def strings(blocks: list[Block]) -> list[str]:
    found: list[str] = []
    for block in blocks:
        match block:
            case Heading(_, text) | Paragraph(text):
                found.append(text)
            case Items(items):
                found += items
            case Table(header, rows):
                found += [*header, *(cell for row in rows for cell in row)]
    return found


def check_forms(s: Scenario) -> None:
    document = minutes_document(s.case, s.meeting, s.stored_actions, s.meetings)
    blocks = list(document.blocks)

    text = render(document, Form.TEXT)
    check_text_form(text, blocks)
    typed = strings(blocks)
    assert text.count("\\") == sum(t.count("\\") for t in typed)  # no escapes added

    html = render(document, Form.HTML)
    read, title, styles = read_html_blocks(html)
    assert read == expected_blocks(blocks)
    assert title == one_line(document.title)
    allowed = {(tag.removesuffix("_open"), style) for tag, style in STYLES.items()}
    assert {style for style in styles if style[0] != "body"} <= allowed
    assert sum(isinstance(b, Table) for b in read) == sum(isinstance(b, Table) for b in blocks)


def test_every_part_of_a_meeting_in_every_form() -> None:
    for lang in ("nl", "en"):
        check_forms(Scenario.build(plain, ["Anna", "Bram", "Cem"], lang))


def test_what_showed_backslashes_in_a_mail_reads_as_typed() -> None:
    """The issue's example: a note that starts with "-" and holds stars and pipes."""
    note = "- school wil een gesprek *deze week*\n# geen kop | geen tabel\\"

    def text(name: str) -> str:
        return note if name in ("situation.text", "a1.note") else f"{name} text"

    s = Scenario.build(text, ["Anna", "Bram", "Cem"])
    document = minutes_document(s.case, s.meeting, s.stored_actions, s.meetings)
    mail = render(document, Form.TEXT)
    assert "- school wil een gesprek *deze week*\n# geen kop | geen tabel\\\n" in mail
    assert "\\-" not in mail and "\\*" not in mail and "\\|" not in mail
    html = render(document, Form.HTML)
    assert "<p>- school wil een gesprek *deze week*<br />\n# geen kop | geen tabel\\</p>" in html
    check_forms(s)


def test_hostile_text_makes_no_markup_in_any_form() -> None:
    def text(name: str) -> str:
        return f"<script>alert('{name}')</script>\n# {name} | `x` [a](b) &amp;\n\n1. *{name}*"

    s = Scenario.build(text, ["<b>Anna</b>", "| Bram |", "# Cem"])
    check_forms(s)
    document = minutes_document(s.case, s.meeting, s.stored_actions, s.meetings)
    html = render(document, Form.HTML)
    assert "<script>" not in html and "<b>" not in html
    assert "<p>&lt;script&gt;alert('situation.text')&lt;/script&gt;<br />" in html


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(members=three_members, data=st.data())
def test_any_text_in_any_field_reads_as_typed_in_text_and_html(
    members: list[str], data: st.DataObject
) -> None:
    text = drawn(data)
    check_forms(Scenario.build(text, members))
