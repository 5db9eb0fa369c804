"""The forms the minutes are read in, each made from the one document.

`md` is what Vliegwiel always wrote (the minutes file, any Markdown viewer), `txt` the
body of a plain mail, `html` a page that mail clients show, and paste, with its tables.
`vliegwiel export --format` names them the same way.
"""

from __future__ import annotations

from enum import StrEnum

from agenda.document import Document


class Form(StrEnum):
    MARKDOWN = "md"
    TEXT = "txt"
    HTML = "html"

    @property
    def suffix(self) -> str:
        """The file name ending of this form."""
        return f".{self.value}"


def render(document: Document, form: Form) -> str:
    """The document in `form`. The renderers load when first asked for: the Markdown
    one is small, the HTML one brings markdown-it-py."""
    if form is Form.MARKDOWN:
        from agenda.markdown_doc import render as markdown

        return markdown(document.blocks)
    if form is Form.TEXT:
        from agenda.text_doc import render as text

        return text(document.blocks)
    from agenda.html_doc import render as html

    return html(document)
