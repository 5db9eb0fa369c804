"""The start screen's records are read without pydantic, and exactly as pydantic reads them.

`agenda.records` reads a case summary or the settings directly when the document is in
the canonical form Vliegwiel writes, and hands anything else to pydantic. These tests
hold it to that: over generated documents, right and wrong, the result is pydantic's
(the same record, or the same first wrong field), and what Vliegwiel writes always
takes the direct way.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from typing import Any

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from agenda import records
from agenda.errors import error_field
from agenda.records import InvalidField, dump, is_plain, validate
from agenda.settings import Settings
from agenda.storage import CaseSummary
from tests.strategies import nasty_text

PLAIN = [CaseSummary, Settings]

moments = st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31))
days = st.dates()
moment_texts = st.one_of(
    moments.map(lambda m: m.isoformat()),
    moments.map(lambda m: m.isoformat(sep=" ")),
    moments.map(lambda m: m.isoformat(timespec="minutes")),
    moments.map(lambda m: m.isoformat(timespec="milliseconds")),
    moments.map(lambda m: m.isoformat() + "Z"),
    moments.map(lambda m: m.isoformat() + "+02:00"),
    days.map(lambda d: d.isoformat()),
    days.map(lambda d: d.isoformat() + "T24:00:00"),
    st.sampled_from(["2026-02-30T09:00:00", "2026-13-01", "2026-W48-1", "20261201T0900", ""]),
    st.from_regex(
        r"[0-9٣]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,7})?)?", fullmatch=True
    ),
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(min_value=0, max_value=1),
    nasty_text,
    moment_texts,
    st.sampled_from(["calm", "contrast", "Calm", "3", "0.5", "true"]),
)
values = st.one_of(scalars, st.lists(st.one_of(nasty_text, scalars), max_size=4))


summaries = st.builds(
    CaseSummary,
    id=nasty_text,
    alias=nasty_text,
    next_meeting=st.none() | moments | moments.map(lambda m: m.replace(microsecond=0)),
    open_actions=st.integers(min_value=0, max_value=10**6),
    follow_through=st.none() | st.floats(min_value=0, max_value=1),
    open_meeting_id=st.none() | nasty_text,
    last_meeting=st.none() | days,
    meeting_ids=st.lists(nasty_text, max_size=5),
)


written = {
    CaseSummary: summaries,
    Settings: st.builds(
        Settings,
        theme=st.sampled_from(["calm", "contrast"]),
        last_backup=st.none() | moments,
        backup_every_days=st.none() | st.integers(min_value=1, max_value=10**6),
    ),
}


def fields_of(kind: type[Any]) -> list[str]:
    return [f.name for f in dataclasses.fields(kind)]


@st.composite
def documents(draw: st.DrawFn, kind: type[Any]) -> dict[str, Any]:
    """A stored document's fields, right or wrong: one Vliegwiel wrote with a few of its
    fields changed, dropped or added, or any subset of the fields with any JSON values."""
    if draw(st.booleans()):
        doc = dump(draw(written[kind]))
        for name in draw(st.lists(st.sampled_from(fields_of(kind)), max_size=2, unique=True)):
            if draw(st.booleans()):
                doc[name] = draw(values)
            else:
                del doc[name]
    else:
        doc = {name: draw(values) for name in draw(st.lists(st.sampled_from(fields_of(kind))))}
    if draw(st.integers(0, 9)) == 0:
        doc[draw(st.sampled_from(["extra", "Alias", "schema"]))] = draw(values)
    # Through JSON and back, as the store reads it.
    stored: dict[str, Any] = json.loads(json.dumps(doc))
    return stored


def pydantic_reads(kind: type[Any], fields: dict[str, Any]) -> Any:
    """What pydantic alone makes of the fields: the record, or the first wrong field."""
    try:
        return TypeAdapter(kind).validate_python(fields)
    except ValidationError as error:
        return InvalidField(error_field(error.errors(include_url=False)[0]))


def ours(kind: type[Any], fields: dict[str, Any]) -> Any:
    try:
        return validate(kind, fields)
    except InvalidField as error:
        return error


def same(a: Any, b: Any) -> bool:
    if isinstance(a, InvalidField) or isinstance(b, InvalidField):
        return type(a) is type(b) and a.field == b.field
    # NaN is not equal to itself: compare the fields' JSON texts instead.
    return type(a) is type(b) and json.dumps(dump(a)) == json.dumps(dump(b))


MOMENT_FORMS = [
    "2026-12-01T09:00:00",
    "2026-12-01T09:00:00.500000",
    "2026-12-01T09:00:00.5",
    "2026-12-01T09:00:00.1234567",
    "2026-12-01T09:00",
    "2026-12-01 09:00:00",
    "2026-12-01T09:00:00Z",
    "2026-12-01T09:00:00+02:00",
    "2026-12-01",
    "2026-12-01T00:00:00",
    "2026-12-01T24:00:00",
    "2026-02-30",
    "2026-02-30T09:00:00",
    "2026-W48-1",
    "20261201",
    "20261201T0900",
    "0000-01-01",
    "0001-01-01T00:00:00",
    "9999-12-31T23:59:59.999999",
    "٢٠٢٦-١٢-٠١",
    "1700000000",
    "",
]
"""Texts a date field may hold, in the forms Python and pydantic read differently too."""


@pytest.mark.parametrize("form", MOMENT_FORMS)
@pytest.mark.parametrize("field", ["next_meeting", "last_meeting"])
def test_every_form_of_a_date_reads_as_pydantic_reads_it(field: str, form: str) -> None:
    fields = {"id": "a", "alias": "A", field: form}
    assert same(ours(CaseSummary, fields), pydantic_reads(CaseSummary, fields))


@pytest.mark.parametrize("kind", PLAIN, ids=lambda k: k.__name__)
def test_plain_records_are_declared_plain(kind: type[Any]) -> None:
    assert is_plain(kind)


@pytest.mark.parametrize("kind", PLAIN, ids=lambda k: k.__name__)
@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_any_document_reads_as_pydantic_reads_it(kind: type[Any], data: st.DataObject) -> None:
    fields = data.draw(documents(kind))
    event("read directly" if records.read_canonical(kind, fields) is not None else "by pydantic")
    assert same(ours(kind, fields), pydantic_reads(kind, fields)), fields


@pytest.mark.parametrize("kind", PLAIN, ids=lambda k: k.__name__)
@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_any_value_in_a_written_document_reads_as_pydantic_reads_it(
    kind: type[Any], data: st.DataObject
) -> None:
    """One field of a document Vliegwiel wrote holds anything else: a date in another
    form, a number as text, a list of numbers."""
    fields = dump(data.draw(written[kind]))
    fields[data.draw(st.sampled_from(fields_of(kind)))] = data.draw(st.one_of(moment_texts, values))
    fields = json.loads(json.dumps(fields))
    event("read directly" if records.read_canonical(kind, fields) is not None else "by pydantic")
    assert same(ours(kind, fields), pydantic_reads(kind, fields)), fields


@settings(max_examples=300, deadline=None)
@given(summary=summaries)
def test_what_vliegwiel_writes_is_read_back_without_pydantic(summary: CaseSummary) -> None:
    fields = json.loads(json.dumps(dump(summary)))
    direct = records.read_canonical(CaseSummary, fields)
    assert direct == summary
    assert validate(CaseSummary, fields) == summary


@pytest.mark.parametrize("theme", ["calm", "contrast"])
def test_settings_are_read_back_without_pydantic(theme: str) -> None:
    saved = Settings(theme=theme)  # type: ignore[arg-type]
    assert records.read_canonical(Settings, dump(saved)) == saved


def test_another_form_is_still_pydantic_s_to_judge() -> None:
    """A value in another form than Vliegwiel writes is not refused by the direct way:
    pydantic decides, as it always did (lax: "3" is 3, an int is a float)."""
    summary = validate(CaseSummary, {"id": "a", "alias": "A", "open_actions": "3"})
    assert summary.open_actions == 3
    summary = validate(CaseSummary, {"id": "a", "alias": "A", "follow_through": 1})
    assert summary.follow_through == 1.0
    assert isinstance(summary.follow_through, float)
    summary = validate(CaseSummary, {"id": "a", "alias": "A", "next_meeting": "2026-12-01 09:00"})
    assert summary.next_meeting == datetime(2026, 12, 1, 9, 0)
    with pytest.raises(InvalidField) as wrong:
        validate(CaseSummary, {"id": "a", "alias": "A", "last_meeting": "2026-02-30"})
    assert wrong.value.field == "last_meeting"
    with pytest.raises(InvalidField) as extra:
        validate(Settings, {"theme": "calm", "font": "big"})
    assert extra.value.field == "font"


@pytest.mark.parametrize("days", [0, -1, 1, 7, "7", 7.0, 1.5, True, None])
def test_a_bound_on_a_number_is_pydantic_s_bound(days: object) -> None:
    """`backup_every_days` is at least 1 (`AtLeast`): the direct reader refuses what is
    lower, and pydantic names the field, as `Field(ge=1)` on a model does."""
    fields = {"theme": "calm", "backup_every_days": days}
    assert same(ours(Settings, fields), pydantic_reads(Settings, fields))
    if days in (0, -1):
        with pytest.raises(InvalidField) as low:
            validate(Settings, fields)
        assert low.value.field == "backup_every_days"
