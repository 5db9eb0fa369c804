"""The action feedback in the minutes is complete: every action due at the meeting is a
row (with "geen terugkoppeling" when none was given) and the figure under it counts
exactly those rows; every other action that came in open follows; each row has its due
date; what later meetings changed stays out of an earlier meeting's minutes."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from agenda.actions import Action, ActionStatus, Feedback
from agenda.dates import long_day
from agenda.document import Block, Paragraph, Table
from agenda.figures import MeetingDate
from agenda.i18n import Messages
from agenda.meeting import Meeting, MeetingStatus
from agenda.minutes import minutes_blocks
from tests.factories import make_case, make_meeting
from tests.test_figures import M1, M2, M3, M4, MEETINGS, act

T = Messages("nl")
CASE = make_case()  # Anna, Bram, Cem; family: moeder


def meeting_on(day: MeetingDate) -> Meeting:
    meeting = make_meeting(CASE)
    meeting.id = day.id
    meeting.started = datetime.combine(day.on, time(9, 0))
    meeting.status = MeetingStatus.CLOSED
    return meeting


def replanned(
    action: Action, at: MeetingDate, status: ActionStatus, due: object, owner: str
) -> Action:
    given = action.with_feedback(Feedback(meeting_id=at.id, on=at.on, status=status))
    return given.replanned_in(at.id, due, owner)  # type: ignore[arg-type]


def review(blocks: list[Block]) -> list[Block]:
    heading = next(
        n for n, b in enumerate(blocks) if getattr(b, "text", "") == "5. Terugkoppeling acties"
    )
    return blocks[heading + 1 : heading + 6]


DUE = M3.on
LATER = M4.on + timedelta(days=30)
ACTIONS = [
    act("Bram", M1, M2.on, [(M2, ActionStatus.DONE)], id="x1"),  # due and done before
    act("Bram", M2, DUE, id="a"),  # due here, no word on it
    act("Cem", M2, DUE, [(M3, ActionStatus.DONE)], id="b"),
    act("Anna", M1, DUE - timedelta(days=1), [(M2, ActionStatus.DONE)], id="c"),  # done early
    act("moeder", M2, DUE, [(M3, ActionStatus.DROPPED)], id="d"),
    replanned(act("Bram", M2, DUE, id="e"), M3, ActionStatus.NOT_DONE, M4.on, "Anna"),
    replanned(
        act("Anna", M2, DUE, [(M3, ActionStatus.PARTLY)], id="h"),
        M4,
        ActionStatus.PARTLY,
        LATER,
        "Cem",
    ),
    act("Cem", M1, LATER, [(M2, ActionStatus.ONGOING)], id="f"),  # not due yet
    act("Bram", M4, M4.on + timedelta(days=7), id="g"),  # made by a later meeting
]


def test_every_action_due_is_a_row_and_the_figure_counts_the_rows() -> None:
    due_intro, due_table, figure, others_intro, others = review(
        minutes_blocks(CASE, meeting_on(M3), ACTIONS, MEETINGS)
    )
    assert due_intro == Paragraph(T("minutes.review.due_here"))
    day = long_day(DUE, T)
    assert isinstance(due_table, Table)
    assert [(row[0], row[1], row[2], row[3]) for row in due_table.rows] == [
        ("actie van Bram", "Bram", day, "geen terugkoppeling"),
        ("actie van Cem", "Cem", day, "gedaan"),
        ("actie van Anna", "Anna", long_day(DUE - timedelta(days=1), T), "gedaan (eerder gemeld)"),
        ("actie van moeder", "moeder", day, "vervallen"),
        ("actie van Bram", "Bram", day, f"niet gedaan; nieuwe termijn {long_day(M4.on, T)}, Anna"),
        ("actie van Anna", "Anna", day, "deels"),  # as it stood then: M4's re-plan left out
    ]
    # Six rows: five count (two done), the dropped one is named and left out.
    assert figure == Paragraph(
        "Afspraken nagekomen: 2 van de 5 gedaan (40%). Vervallen, telt niet mee: 1."
    )
    assert others_intro == Paragraph(T("minutes.review.others"))
    assert isinstance(others, Table)
    assert others.rows == (("actie van Cem", "Cem", long_day(LATER, T), "geen terugkoppeling", ""),)


def test_before_any_feedback_the_figure_says_not_discussed_yet() -> None:
    untouched = [act("Bram", M2, DUE, id="a"), act("Cem", M2, DUE, id="b")]
    blocks = minutes_blocks(CASE, meeting_on(M3), untouched, MEETINGS)
    _, due_table, figure, *_ = review(blocks)
    assert isinstance(due_table, Table)
    assert [row[3] for row in due_table.rows] == ["geen terugkoppeling"] * 2
    assert figure == Paragraph("Afspraken nagekomen: nog niet besproken.")
    assert "0%" not in str(blocks)


def test_who_does_what_shows_what_stood_open_at_the_end_of_that_meeting() -> None:
    blocks = minutes_blocks(CASE, meeting_on(M3), ACTIONS, MEETINGS)
    start = blocks.index(
        next(b for b in blocks if getattr(b, "text", "") == "Wie doet wat, wanneer")
    )
    people = blocks[start + 1 : start + 1 + 6]
    # Every team member; a family member only while holding an action (hers was dropped).
    assert [getattr(b, "text", None) for b in people[::2]] == ["Anna", "Bram", "Cem"]
    assert getattr(blocks[start + 7], "text", None) == "1. Incheck"
    anna, bram, cem = people[1::2]
    made = long_day(M2.on, T)
    assert anna == Table(
        ("Wat", "Termijn", "Sinds"),
        (
            ("actie van Anna", f"stond voor {long_day(DUE, T)}", made),  # h, partly: open
            ("actie van Bram", long_day(M4.on, T), made),  # e, re-planned to Anna
        ),
    )
    assert bram == Table(
        ("Wat", "Termijn", "Sinds"), (("actie van Bram", f"stond voor {long_day(DUE, T)}", made),)
    )
    assert cem == Table(
        ("Wat", "Termijn", "Sinds"), (("actie van Cem", long_day(LATER, T), long_day(M1.on, T)),)
    )
