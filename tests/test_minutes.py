"""The minutes: every section in its place, every typed text literal, whatever was typed.

The Markdown is parsed back with markdown-it-py (`tests/markdown_reader.py`), which
refuses anything the writer never makes; the headings, tables and cells are compared
with what the meeting holds.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agenda.actions import known_owner
from agenda.dates import long_day, long_moment
from agenda.demo import DEMO_ID, add_demo
from agenda.document import Block, Heading, Items, Paragraph, Table
from agenda.figures import MeetingDate
from agenda.forms import Form
from agenda.i18n import Lang, Messages
from agenda.minutes import minutes_blocks, write_minutes
from agenda.storage import Store
from tests.conftest import NOW, TODAY
from tests.markdown_reader import WRITER_TAGS, expected_blocks, html_tags, one_line, read_blocks
from tests.minutes_scenario import Scenario, drawn, three_members

GOLDEN = Path(__file__).parent / "golden"
REGENERATE = "VLIEGWIEL_REGENERATE_GOLDEN"
"""Set to 1 to rewrite the golden files after a deliberate change, then review the diff."""


def plain(name: str) -> str:
    return f"{name} text"


def minutes_of(s: Scenario) -> str:
    return write_minutes(s.case, s.meeting, s.stored_actions, s.meetings)


def tables(blocks: list[Block]) -> list[Table]:
    return [b for b in blocks if isinstance(b, Table)]


def section(blocks: list[Block], title: str) -> list[Block]:
    """The blocks under the heading `title`, up to the next heading of its level or above."""
    start = next(n for n, b in enumerate(blocks) if isinstance(b, Heading) and b.text == title)
    return _until_level(blocks[start + 1 :], _level(blocks[start]))


def _level(block: Block) -> int:
    assert isinstance(block, Heading)
    return block.level


def _until_level(blocks: list[Block], level: int) -> list[Block]:
    found: list[Block] = []
    for block in blocks:
        if isinstance(block, Heading) and block.level <= level:
            break
        found.append(block)
    return found


def parts(blocks: list[Block]) -> list[tuple[str, list[Block]]]:
    """The level-3 parts of a section, in order: each heading's text and its blocks."""
    return [
        (block.text, _until_level(blocks[n + 1 :], 3))
        for n, block in enumerate(blocks)
        if isinstance(block, Heading) and block.level == 3
    ]


def check_scenario(s: Scenario, text: Callable[[str], str]) -> None:
    """Everything the scenario's minutes must show, each text exactly as typed."""
    t = Messages(s.meeting.lang)
    markdown = minutes_of(s)
    blocks = read_blocks(markdown)
    assert blocks == expected_blocks(
        minutes_blocks(s.case, s.meeting, s.stored_actions, s.meetings)
    )

    titles = [one_line(f"{n}. {step.title}") for n, step in enumerate(s.meeting.steps, start=1)]
    family = known_owner(s.case, text("family")) or text("family")
    owners = [*s.members, *([] if family in s.members else [family])]
    assert [b.text for b in blocks if isinstance(b, Heading)] == [
        one_line(t("minutes.title", alias=s.case.alias, date=long_day(TODAY, t))),
        t("minutes.summary"),
        t("minutes.people"),
        *(one_line(owner) for owner in owners),
        *titles,
        t("minutes.decisions"),
        t("minutes.course_decisions"),
        t("minutes.parked"),
        t("minutes.stops"),
        t("minutes.times"),
    ]
    header = next(b for b in blocks if isinstance(b, Items))
    seats = [t("role.chair"), t("role.case_director"), t("role.content")]

    def seated(n: int) -> str:
        """A member with their seat in the kernteam, as the attendance names them."""
        return t("minutes.attendee", name=one_line(s.members[n]).strip(), role=seats[n])

    assert header.items == (
        t("minutes.chair", name=one_line(text("chair")) or "–"),
        t("minutes.present", names=", ".join(seated(n) for n in range(2))),
        t("minutes.absent", names=seated(2)),
        t("minutes.started", moment=long_moment(s.meeting.started, t)),
        t("minutes.draft"),
    )

    # In short: the decisions (the course's too) and the next meeting.
    summary = section(blocks, t("minutes.summary"))
    assert summary == [
        Paragraph(t("minutes.summary.decisions")),
        Items(
            (
                one_line(text("decision")),
                one_line(
                    t(
                        "minutes.summary.course",
                        change=t("course.history.changed", old=2, new=2),
                        text=text("point2"),
                    )
                ),
                one_line(
                    t(
                        "minutes.summary.course",
                        change=t("course.history.removed", old=3, new=""),
                        text=text("gone"),
                    )
                ),
            )
        ),
        Paragraph(t("minutes.close.next", moment=long_moment(NOW + timedelta(days=7), t))),
    ]

    # Who does what, by when: what is open at the end, per person, every member listed,
    # the earliest due first (no date last: it comes back at the next meeting).
    new, made_before = t("minutes.people.new"), long_day(TODAY - timedelta(days=7), t)
    week, month = TODAY + timedelta(days=7), TODAY + timedelta(days=30)
    held = {
        s.members[0]: [(date.max, (text("b2.what"), t("minutes.due.next_meeting"), new))],
        s.members[2]: [
            (week, (text("b1.what"), long_day(week, t), new)),
            (month, (text("a3.what"), long_day(month, t), made_before)),
        ],
        # Bram's action was done; his standing agreements come back at every meeting.
        s.members[1]: [
            (date.max, (text(f"{key}.what"), t("action.standing_due"), made_before))
            for key in ("s1", "s2")
        ],
    }
    # Due by this meeting and still open at its end: said as "was due", without blame.
    was_due = t("minutes.people.was_due", date=long_day(TODAY, t))
    held.setdefault(family, []).append((TODAY, (text("a2.what"), was_due, made_before)))
    expected_people = [
        (
            one_line(owner),
            [
                Table(
                    people_header(t),
                    tuple(
                        tuple(one_line(cell) for cell in row)
                        for _, row in sorted(held[owner], key=lambda due_row: due_row[0])
                    ),
                )
            ]
            if held.get(owner)
            else [Paragraph(t("minutes.people.none"))],
        )
        for owner in owners
    ]
    assert parts(section(blocks, t("minutes.people"))) == expected_people
    gone = " ".join(x for x in (one_line(text("gone")), t("course.removed")) if x)

    checkin, course = tables(section(blocks, titles[0])) + tables(section(blocks, titles[3]))
    steps = s.meeting.steps
    assert checkin.header == (
        t("minutes.col.member"),
        t("minutes.col.seated"),
        *(one_line(q) for q in steps[0].questions),
    )
    assert checkin.rows == tuple(
        (one_line(m), seated, *(one_line(text(f"checkin.{n}.a{q}")) for q in range(2)))
        for n, (m, seated) in enumerate(
            zip(s.members, [t("minutes.seated.yes"), t("minutes.seated.chafes"), "–"], strict=True)
        )
    )
    assert [row[:2] for row in course.rows] == [
        ("1", one_line(text("point1"))),
        ("2", one_line(text("point2"))),
        ("–", gone),
    ]
    assert [row[2:] for row in course.rows] == [
        (f"· {t('course.unchecked')}", ""),
        (f"✗ {t('course.off_course')}", one_line(text("k2.note"))),
        (f"? {t('course.doubt')}", one_line(text("gone.note"))),
    ]

    # Action feedback: every action due here, and every other open one, each a row; the
    # figure counts exactly the rows of the first table.
    review = section(blocks, titles[4])
    due_here, others, standing = tables(review)
    assert due_here.rows == (
        (
            one_line(text("a1.what")),
            one_line(s.members[1]),
            long_day(TODAY - timedelta(days=1), t),
            t("status.done"),
            one_line(text("a1.note")),
        ),
        (
            one_line(text("a2.what")),
            one_line(text("family")),
            long_day(TODAY, t),  # no date: the first meeting after the one that made it
            t("status.not_done"),
            one_line(text("a2.note")),
        ),
    )
    figure = t("minutes.follow_through", done=1, due=2, percent="50%")
    assert review[review.index(due_here) + 1] == Paragraph(figure)
    assert others.rows == (
        (
            one_line(text("a3.what")),
            one_line(s.members[2]),
            long_day(TODAY + timedelta(days=30), t),
            t("minutes.review.none"),
            "",
        ),
    )

    # The standing agreements apart, after the other actions, with their own figure.
    assert standing.rows == (
        (
            one_line(text("s1.what")),
            one_line(s.members[1]),
            "✓ " + t("standing.yes"),
            one_line(text("s1.note")),
        ),
        (one_line(text("s2.what")), one_line(s.members[1]), t("minutes.standing.unasked"), ""),
    )
    assert review[review.index(standing) - 1 :] == [
        Paragraph(t("minutes.standing.intro")),
        standing,
        Paragraph(t("minutes.standing.figure", kept=1, checked=1, percent="100%")),
    ]

    (new_actions,) = tables(section(blocks, titles[5]))
    assert [row[0] for row in new_actions.rows] == [
        one_line(text("b1.what")),
        one_line(text("b2.what")),
    ]
    b1, b2 = new_actions.rows
    assert (b1[1], b1[3], b1[4], b1[6]) == (
        one_line(s.members[2]),
        long_day(TODAY + timedelta(days=7), t),
        one_line(text("b1.result")),
        one_line(f"1. {text('point1')}"),
    )
    assert one_line(s.members[0]) in b1[2]
    assert b2[5] == t("minutes.actions.needs_help", bearable=t("bearable.no"))
    assert b2[6] == gone
    checkout_blocks = section(blocks, titles[6])
    (checkout,) = tables(checkout_blocks)
    assert checkout.rows == tuple(
        (one_line(m), *(one_line(text(f"checkout.{n}.a{q}")) for q in range(2)))
        for n, m in enumerate(s.members)
    )
    parents = checkout_blocks.index(Paragraph(t("minutes.close.parents")))
    shared = expected_blocks([Paragraph(text("parents"))])
    assert checkout_blocks[parents + 1 :] == [
        *(shared or [Paragraph(t("minutes.close.parents_empty"))]),
        Paragraph(t("minutes.close.next", moment=long_moment(NOW + timedelta(days=7), t))),
    ]

    decisions, changes, parked, stops, times = tables(
        [b for title in TAIL for b in section(blocks, t(title))]
    )
    decided_by = one_line(text("decision.by")) or "–"
    assert decisions.rows == (("09:40", titles[5], one_line(text("decision")), decided_by),)
    assert [row[1:4] for row in changes.rows] == [
        (
            t("course.history.changed", old=2, new=2),
            one_line(text("old")),
            one_line(text("point2")),
        ),
        (t("course.history.removed", old=3, new=""), one_line(text("gone")), ""),
    ]
    # Parked here, answered here, and still open from earlier; not the one answered before.
    earlier, still_open = long_day(TODAY - timedelta(days=7), t), t("parked.open")
    assert parked.rows == (
        (one_line(text("q1")), one_line(text("q1.by")) or "–", titles[1], still_open),
        (
            one_line(text("q2")),
            one_line(text("q2.by")) or "–",
            earlier,
            one_line(text("q2.answer")),
        ),
        (one_line(text("q3")), "–", earlier, still_open),
        (one_line(text("q5")), "–", earlier, still_open),
    )
    assert stops.rows == (("09:23", titles[3], one_line(text("stop.note")), "02:10"),)
    assert len(times.rows) == len(steps) + 1
    assert times.rows[0] == (titles[0], "08:00", "09:15", "+01:15")
    assert times.rows[-1] == (t("minutes.times.total"), "60:00", "68:45", "+08:45")

    tags, comments = html_tags(markdown)
    assert tags <= WRITER_TAGS
    assert comments == 0


TAIL = (
    "minutes.decisions",
    "minutes.course_decisions",
    "minutes.parked",
    "minutes.stops",
    "minutes.times",
)
"""The sections after the agenda steps, in order."""


def people_header(t: Messages) -> tuple[str, ...]:
    return tuple(t(f"minutes.col.{c}") for c in ("what", "due", "since"))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_part_of_a_meeting_is_in_its_minutes(lang: Lang) -> None:
    members = ["Anna", "Bram", "Cem"]
    check_scenario(Scenario.build(plain, members, lang), plain)


def test_hostile_text_stays_text() -> None:
    def text(name: str) -> str:
        return f"<script>alert('{name}')</script>\n# {name} | `x` [a](b) &amp;\n\n1. *{name}*"

    scenario = Scenario.build(text, ["<b>Anna</b>", "| Bram |", "# Cem"])
    check_scenario(scenario, text)
    markdown = minutes_of(scenario)
    situation = "<script>alert('situation.text')</script>\n# situation.text | `x` [a](b) &amp;"
    assert Paragraph(situation) in read_blocks(markdown)
    assert "<script>" not in markdown


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(members=three_members, data=st.data())
def test_any_text_in_any_field_keeps_the_minutes_exact(
    members: list[str], data: st.DataObject
) -> None:
    text = drawn(data)
    check_scenario(Scenario.build(text, members), text)


def test_a_closed_meeting_without_anything_says_so() -> None:
    s = Scenario.build(plain, ["Anna", "Bram", "Cem"])
    meeting = s.meeting.model_copy(
        update={"stop_moments": [], "decisions": [], "actions": {}, "next_meeting": None}
    )
    for record in meeting.records:
        record.round, record.text, record.course, record.informed = [], "  \n", [], ""
    case = s.case.model_copy(
        update={"course": [], "course_history": [], "analysis_deadline": None, "parked": []}
    )
    t = Messages("nl")
    paragraphs = [
        b.text
        for b in read_blocks(write_minutes(case, meeting, [], []))
        if isinstance(b, Paragraph)
    ]
    for key in (
        "minutes.round.empty",
        "minutes.text.empty",
        "minutes.analysis.no_deadline",
        "minutes.course.empty",
        "minutes.review.empty",
        "minutes.follow_through.none_due",
        "minutes.actions.empty",
        "minutes.close.informed_empty",
        "minutes.close.next_unknown",
        "minutes.decisions.empty",
        "minutes.course_decisions.empty",
        "minutes.parked.empty",
        "minutes.stops.empty",
    ):
        assert t(key) in paragraphs, key


@pytest.mark.parametrize(
    ("days", "left"),
    [
        (0, "vandaag"),
        (1, "nog 1 dag"),
        (9, "nog 9 dagen"),
        (-1, "1 dag over de termijn"),
        (-3, "3 dagen over de termijn"),
    ],
)
def test_the_analysis_deadline_counts_days_from_the_meeting(days: int, left: str) -> None:
    s = Scenario.build(plain, ["Anna", "Bram", "Cem"])
    deadline = TODAY + timedelta(days=days)
    case = s.case.model_copy(update={"analysis_deadline": deadline})
    t = Messages("nl")
    expected = t("minutes.analysis.deadline", date=long_day(deadline, t), left=left)
    assert Paragraph(expected) in read_blocks(write_minutes(case, s.meeting, [], []))


# -- the demo meeting, word for word --------------------------------------------------


def demo_minutes(store: Store, lang: Lang, form: Form = Form.MARKDOWN) -> str:
    add_demo(store, Messages(lang), TODAY)
    refs = store.list_meetings(DEMO_ID)
    meeting = store.load_meeting(DEMO_ID, refs[-1].id)
    actions = store.load_actions(DEMO_ID)
    meetings = [MeetingDate(r.id, r.on) for r in refs]
    return write_minutes(store.load_case(DEMO_ID), meeting, actions, meetings, form)


@pytest.mark.parametrize("form", list(Form), ids=lambda f: f.value)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_demo_minutes_match_the_golden_file(store: Store, lang: Lang, form: Form) -> None:
    """Every form, word for word: a change to the minutes shows as a diff in review."""
    text = demo_minutes(store, lang, form)
    golden = GOLDEN / f"demo_minutes_{lang}{form.suffix}"
    if os.environ.get(REGENERATE) == "1":
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8", newline="\n")
    assert text == golden.read_text(encoding="utf-8"), (
        f"minutes changed; if deliberate, run with {REGENERATE}=1 and review the diff"
    )


def test_demo_minutes_have_the_agenda_as_headings(store: Store) -> None:
    blocks = read_blocks(demo_minutes(store, "en"))
    assert [b.text for b in blocks if isinstance(b, Heading)] == [
        "Minutes Case X (example) – Sat 21 Nov 2026",
        "In short",
        "Who does what, by when",
        "Anouk de Vries",
        "Jeroen Bakker",
        "Mirjam Visser",
        "Ahmed el Amrani",
        "Linda Smit",
        "mother",
        "Declaration of intent",  # the demo's first meeting: new to the team
        "1. Check-in",
        "2. Current situation",
        "3. Analysis progress",
        "4. Course",
        "5. Action feedback",
        "6. Next steps",
        "7. Check-out",
        "Decisions",
        "Course decisions",
        "Parked for the content team",
        "Stop moments",
        "Time per step",
    ]
    counts = [len(b.rows) for b in blocks if isinstance(b, Table)]
    # Each person's open actions (Mirjam has none), check-in, course, new actions,
    # check-out, the decision, the question parked for the content team, time.
    assert counts == [1, 2, 1, 1, 1, 5, 6, 6, 5, 1, 1, 8]
