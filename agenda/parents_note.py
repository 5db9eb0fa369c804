"""A short note for the parents: what the team agreed to share with them (check-out's
"Wat delen we met ouders?"), and when the team meets again.

The report asks the team to tell parents what happens behind the screens (chapters 3
and 5.2); the minutes themselves are for the professionals. So this note holds only the
text the chair typed for the parents and the next meeting's date: no alias, no names,
no course, no other text of the case. Plain text, to paste into a mail or a letter.
"""

from __future__ import annotations

from agenda.dates import long_day, long_moment
from agenda.document import Heading, Paragraph
from agenda.i18n import Messages
from agenda.markdown_text import is_blank
from agenda.meeting import Meeting
from agenda.text_doc import render


def parents_note(meeting: Meeting) -> str | None:
    """The note as plain text, or None when nothing was agreed to share."""
    if is_blank(meeting.parents_note):
        return None
    t = Messages(meeting.lang)
    upcoming = meeting.next_meeting
    next_line = (
        t("parents.next", moment=long_moment(upcoming, t))
        if upcoming is not None
        else t("parents.next_unknown")
    )
    return render(
        [
            Heading(1, t("parents.title", date=long_day(meeting.started.date(), t))),
            Paragraph(meeting.parents_note),
            Paragraph(next_line),
        ]
    )
