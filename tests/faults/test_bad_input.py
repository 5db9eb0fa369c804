"""Bad input at the storage level: whatever is typed or pasted is stored and read back exactly.

Each text goes into every typed field of a case, its actions and a meeting at once (see
`scene.py`); the round trip runs through a fresh `Store`, as after a restart.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from agenda.actions import Action
from agenda.case import Case
from agenda.meeting import Meeting
from agenda.storage import Store
from tests.faults.conftest import Figures
from tests.faults.scene import scene, text_fields

pytestmark = pytest.mark.faults

PASTE = ("Casus tekst é ü 🙂 ‮rtl‬ |#<script>alert(1)</script> \x00\x07\t \r\n" * 2000)[:100_000]

TEXTS = {
    "100 KB paste": PASTE,
    "control characters": "".join(chr(c) for c in range(32)) + "\x7f\x85\u2028\u2029",
    "right-to-left text": "\u202eשלום עולם\u202c مرحبا \u200f(1)\u200e",
    "emoji": "🙂 👩‍👩‍👧‍👦 🏳️‍🌈 👍🏽 \U0001f9d1\u200d\U0001f4bb",
    "markup and separators": "|#<script>alert('x')</script> **vet** `code` [a](b) | --- | \\n",
    "lone surrogates": "a\ud800b\udfffc",
    "white space around": "  \t voor en na \r\n ",
    "JSON look-alikes": '{"schema": 2, "case": {"1": {}}} \\u0000 \\" ]]',
    "names in any script": "Zoë Ångström-Çelik Đorđe Øyvind Ŝ 山田太郎 Ярослава مريم",
}

_FILES = r"case\.json|actions\.json|settings\.json|\d{4}-\d{2}-\d{2}_[0-9a-f]{8}\.json"
NAME_PARTS = re.compile(
    rf"cases|meetings|erasing|\.vliegwiel\.lock|[0-9a-f]{{8}}|demo|{_FILES}|\.(?:{_FILES})\.\d+\.tmp"
)
"""Every name a data folder may hold: fixed names, random ids (the demo case's is `demo`),
dates, and the temporary file of a write in progress (its target's name and a process id)."""


def assert_names_hold_no_typed_text(data: Path, typed: str) -> None:
    """Every file and folder name is one of `NAME_PARTS`, and holds no word typed."""
    words = {word for word in re.split(r"[\s/\\]+", typed) if len(word) >= 2}
    names = {part for path in data.rglob("*") for part in path.relative_to(data).parts}
    assert [name for name in names if not NAME_PARTS.fullmatch(name)] == []
    assert [(name, word) for name in names for word in words if word in name] == []


@pytest.mark.parametrize("kind", list(TEXTS))
def test_any_text_in_every_field_is_stored_and_read_back_exactly(
    tmp_path: Path, kind: str, figures: Figures
) -> None:
    data = tmp_path / "data"
    typed = scene(TEXTS[kind])
    with Store(data) as store:
        typed.store(store)

    with Store(data) as store:
        assert store.load_case(typed.case.id) == typed.case
        assert store.load_actions(typed.case.id) == typed.actions
        assert store.open_meeting(typed.case.id) == typed.meeting
        [summary] = store.list_cases().cases
        assert summary.alias == typed.case.alias
        folded, actions = store.close_meeting(typed.case, typed.meeting)

    with Store(data) as store:
        assert store.load_case(typed.case.id) == folded
        assert store.load_actions(typed.case.id) == actions
        assert store.load_meeting(typed.case.id, typed.meeting.id) == typed.meeting

    files = [p for p in data.rglob("*") if p.is_file()]
    # Files are ASCII JSON, and their names are ids and dates, never typed text.
    assert all(p.read_bytes().isascii() for p in files)
    assert_names_hold_no_typed_text(data, TEXTS[kind])
    figures.add("texts", 1)
    figures.record("typed fields (model, field), each filled", len(typed.filled))
    figures.add("bytes stored", sum(p.stat().st_size for p in files))


def test_the_scene_fills_every_typed_field_of_every_model() -> None:
    """Guards the test above: a new text field must get filled, or this fails."""
    assert scene("x").filled == text_fields(Case, Meeting, Action)
    assert len(text_fields(Case, Meeting, Action)) >= 25
