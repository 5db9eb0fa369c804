"""One door: only `MeetingSession` changes a meeting, and the app never writes into a record.

The app's views call session methods; none of them assigns to a field of a stored model
(a meeting, a step record, a round entry, a course check, an action, a case) or mutates
one of their lists in place. This reads every module of `tui/` to keep it so: a new view
that writes `self.record.text = …` fails here, not in a review.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import agenda
from agenda.case import CourseStatus
from agenda.clock import ManualClock
from agenda.model import Record
from agenda.session import Change, MeetingSession
from agenda.templates import StepKind
from tests.conftest import NOW
from tests.factories import make_case, make_meeting

ROOT = Path(__file__).resolve().parent.parent

MUTATORS = frozenset(
    {"append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse", "setdefault"}
    | {"popitem", "update", "add", "discard", "__setitem__", "__delitem__"}
)
"""Methods that change a list, dict or set in place."""

WIDGET_ATTRIBUTES = {
    ("tui/screens/meeting.py", "self.query_one(ContentSwitcher).current"): (
        "a widget's attribute: which step view the switcher shows, not `Meeting.current`"
    ),
    ("tui/app.py", "event.text"): (
        "a paste event's text, put back in the order it was pasted, not `Record.text`"
    ),
}
"""Deliberate exceptions, one line each: a widget attribute that shares a field's name."""


def _subclasses(cls: type) -> Iterator[type]:
    sub: type
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def record_fields() -> frozenset[str]:
    """The name of every field of every stored model."""
    for module in pkgutil.walk_packages(agenda.__path__, "agenda."):
        importlib.import_module(module.name)
    names: set[str] = set()
    for model in _subclasses(Record):
        if issubclass(model, Record):
            names.update(model.model_fields)
    return frozenset(names)


def _targets(node: ast.AST) -> list[ast.expr]:
    if isinstance(node, ast.Assign | ast.Delete):
        found = list(node.targets)
    elif isinstance(node, ast.AugAssign | ast.AnnAssign):
        found = [node.target]
    else:
        return []
    flat: list[ast.expr] = []
    while found:
        target = found.pop()
        if isinstance(target, ast.Tuple | ast.List):
            found.extend(target.elts)
        else:
            flat.append(target)
    return flat


def _is_self(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Name) and node.id == "self"


def _field_of(node: ast.expr, fields: frozenset[str]) -> bool:
    """`node` is `<something>.<a field name>`."""
    return isinstance(node, ast.Attribute) and node.attr in fields


def _writes_into(node: ast.AST, fields: frozenset[str]) -> Iterator[ast.AST]:
    for target in _targets(node):
        # `x.status = …` on anything but the widget itself (`self.status` is its own).
        if _field_of(target, fields) and not _is_self(getattr(target, "value", None)):
            yield target
        # `meeting.actions[key] = …`
        if isinstance(target, ast.Subscript) and _field_of(target.value, fields):
            yield target
    if not isinstance(node, ast.Call):
        return
    func = node.func
    # `record.round.append(…)`
    if isinstance(func, ast.Attribute) and func.attr in MUTATORS and _field_of(func.value, fields):
        yield func
    # `setattr(check, "note", …)`
    sets = isinstance(func, ast.Name) and func.id in {"setattr", "delattr"} and node.args
    if sets and not _is_self(node.args[0]):
        yield node


def record_writes(source: str, fields: frozenset[str]) -> list[str]:
    """Every place in `source` that writes into a field of a stored model."""
    return [
        ast.unparse(write)
        for node in ast.walk(ast.parse(source))
        for write in _writes_into(node, fields)
    ]


def test_the_scan_finds_writes_into_records() -> None:
    fields = record_fields()
    assert {"text", "answers", "status", "next_meeting", "round"} <= fields
    caught = record_writes(
        "self.record.text = 'x'\n"
        "entry.seated, n = True, 1\n"
        "self.session.meeting.next_meeting += delta\n"
        "meeting.actions[key] = action\n"
        "self.view.record.round.append(entry)\n"
        "setattr(check, 'note', '')\n",
        fields,
    )
    assert len(caught) == 6, caught
    assert record_writes("self.text = 'a widget of its own'\nvalue.upper()\n", fields) == []


def test_no_module_of_the_app_writes_into_a_record() -> None:
    fields = record_fields()
    writes = []
    for path in sorted((ROOT / "tui").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        for write in record_writes(path.read_text(encoding="utf-8"), fields):
            if (name, write) not in WIDGET_ATTRIBUTES:
                writes.append(f"{name}: {write}")
    assert writes == []


# -- the door itself -------------------------------------------------------------------------


def session() -> MeetingSession:
    case = make_case()
    meeting = make_meeting(case)
    return MeetingSession(case, meeting, [], [], ManualClock(), lambda: NOW)


def index_of(session: MeetingSession, kind: StepKind) -> int:
    return next(i for i, s in enumerate(session.meeting.steps) if s.kind is kind)


def test_every_change_through_the_session_is_announced_once() -> None:
    s = session()
    heard: list[Change] = []
    s.listen(heard.append)
    text = index_of(s, StepKind.TEXT)
    s.write_text(text, "Rustig")
    s.write_text(text, "Rustig")  # the same again: nothing to save
    s.answer(0, 0, 1, "moe")
    s.set_seated(0, 0, False)
    course = index_of(s, StepKind.COURSE)
    point = s.meeting.records[course].course[0].point_id
    s.check_point(course, point, CourseStatus.DOUBT)
    s.note_point(course, point, "twijfel")
    close = index_of(s, StepKind.CLOSE)
    s.keep_informed(close, "app")
    s.plan_next_meeting(NOW + timedelta(days=14))
    s.add_family_member("oma")
    assert heard == [Change.MEETING] * 7 + [Change.CASE]
    record = s.meeting.records
    assert record[text].text == "Rustig"
    assert record[0].round[0].answers[1] == "moe" and record[0].round[0].seated is False
    assert (record[course].course[0].status, record[course].course[0].note) == (
        CourseStatus.DOUBT,
        "twijfel",
    )
    assert record[close].informed == "app"
    assert s.next_meeting == NOW + timedelta(days=14)


def test_the_next_meeting_defaults_to_a_week_on_as_the_session_opens() -> None:
    """Set once, when the meeting opens: never by when a screen happens to be built."""
    s = session()
    assert s.meeting.next_meeting == s.meeting.started + timedelta(days=7)
    assert s.default_due() == s.today + timedelta(days=7)
