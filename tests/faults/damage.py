"""Every kind of damage a file can come to, and what the store does with each file.

`DAMAGES` turns a good file into a damaged one and names the reason the store must give;
`FILES` says, per kind of file, where it is, which reads must name it and which writes
must refuse to replace it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from agenda.storage import Store
from tests.faults.scene import Scene

Damage = Callable[[bytes, bytes], bytes]
"""(the file's bytes, a sibling file's bytes) -> the damaged bytes."""


def _every_document(change: Callable[[dict[str, Any]], None]) -> Damage:
    def damage(raw: bytes, sibling: bytes) -> bytes:
        data = json.loads(raw)
        for table in data.values():
            for doc in table.values():
                change(doc)
        return json.dumps(data).encode()

    return damage


def _every_table(change: Callable[[dict[str, Any]], object]) -> Damage:
    def damage(raw: bytes, sibling: bytes) -> bytes:
        data = json.loads(raw)
        return json.dumps({name: change(table) for name, table in data.items()}).encode()

    return damage


def _halves(raw: bytes, middle: bytes) -> bytes:
    return raw[: len(raw) // 2] + middle


DAMAGES: dict[str, tuple[Damage, str]] = {
    # A block of zeros, as a failing disk leaves them: invalid inside a string or outside.
    "corrupt": (
        lambda raw, _: _halves(raw, b"\0" * 64 + raw[len(raw) // 2 + 64 :]),
        "error.reason.bad_json",
    ),
    "truncated": (lambda raw, _: _halves(raw, b""), "error.reason.bad_json"),
    "empty": (lambda raw, _: b"", "error.reason.empty"),
    "blank": (lambda raw, _: b" \n\t", "error.reason.empty"),
    "not UTF-8": (
        lambda raw, _: raw.replace(b'"schema"', b'"sch\xe9ma"', 1),
        "error.reason.not_utf8",
    ),
    "UTF-16": (lambda raw, _: raw.decode().encode("utf-16"), "error.reason.not_utf8"),
    "newer schema": (_every_document(lambda doc: doc.update(schema=99)), "error.reason.schema"),
    "no schema": (_every_document(lambda doc: doc.pop("schema")), "error.reason.schema"),
    "field of the wrong type": (
        _every_document(lambda doc: doc.update(id=3)),
        "error.reason.invalid",
    ),
    "unknown field": (
        _every_document(lambda doc: doc.update(surprise="x")),
        "error.reason.invalid",
    ),
    "a list, not tables": (lambda raw, _: b"[1, 2, 3]", "error.reason.not_tinydb"),
    "null": (lambda raw, _: b"null", "error.reason.not_tinydb"),
    "no tables": (lambda raw, _: b"{}", "error.reason.not_tinydb"),
    "table is a list": (_every_table(lambda t: list(t.values())), "error.reason.not_tinydb"),
    "document is a number": (_every_table(lambda t: {"1": 5}), "error.reason.not_tinydb"),
    "document number is a word": (
        _every_table(lambda t: {"one": t["1"]}),
        "error.reason.not_tinydb",
    ),
    "two documents": (
        _every_table(lambda t: {"1": t["1"], "2": t["1"]}),
        "error.reason.not_tinydb",
    ),
    "another file copied over it": (lambda raw, sibling: sibling, "error.reason.not_tinydb"),
    "nested 100 000 deep": (
        lambda raw, _: b"[" * 100_000 + b"]" * 100_000,
        "error.reason.not_tinydb",
    ),
    "a 5000-digit number": (
        lambda raw, _: b'{"case": {"1": {"schema": 1' + b"0" * 5000 + b"}}}",
        "error.reason.not_tinydb",
    ),
}

Step = Callable[[Store, Scene], object]


def _close(store: Store, sc: Scene) -> object:
    return store.close_meeting(sc.case, sc.meeting)


FILES: dict[str, tuple[Callable[[Store, Scene], Path], list[Step], list[Step]]] = {
    # file: (its path, reads that must name it, writes that must refuse to replace it)
    "case": (
        lambda store, sc: store.case_dir(sc.case.id) / "case.json",
        [
            lambda store, sc: store.load_case(sc.case.id),
            lambda store, sc: store.load_summary(sc.case.id),
            lambda store, sc: store.open_meeting(sc.case.id),
        ],
        [
            lambda store, sc: store.save_case(sc.case),
            lambda store, sc: store.save_actions(sc.case, sc.actions),
            lambda store, sc: store.begin_meeting(sc.case, sc.meeting),
            _close,
        ],
    ),
    "actions": (
        lambda store, sc: store.case_dir(sc.case.id) / "actions.json",
        [lambda store, sc: store.load_actions(sc.case.id)],
        [
            lambda store, sc: store.save_actions(sc.case, sc.actions),
            lambda store, sc: store.save_case(sc.case),
            lambda store, sc: store.begin_meeting(sc.case, sc.meeting),
            _close,
        ],
    ),
    "meeting": (
        lambda store, sc: store.list_meetings(sc.case.id)[0].path,
        [
            lambda store, sc: store.load_meeting(sc.case.id, sc.meeting.id),
            lambda store, sc: store.open_meeting(sc.case.id),
        ],
        [lambda store, sc: store.save_meeting(sc.meeting), _close],
    ),
}
SIBLING = {"case": "actions", "actions": "case", "meeting": "case"}

COMBINATIONS = [
    (target, damage)
    for target in FILES
    for damage in DAMAGES
    # Two actions are two documents: the one damage that is no damage to actions.json.
    if (target, damage) != ("actions", "two documents")
]


def spoil(store: Store, sc: Scene, target: str, kind: str) -> tuple[Path, bytes]:
    """Damage one of the scene's stored files in place: its path and its bytes now."""
    path = FILES[target][0](store, sc)
    sibling = FILES[SIBLING[target]][0](store, sc)
    content = DAMAGES[kind][0](path.read_bytes(), sibling.read_bytes())
    path.write_bytes(content)
    return path, content
