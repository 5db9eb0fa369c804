"""Minutes files: one set per meeting (Markdown, text, HTML, the next meeting's calendar
file, the note for the parents), found again on every save, private, safely named."""

from __future__ import annotations

import stat
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.minutes_file import MAX_SLUG, alias_slug, minutes_path, save_minutes, written_files
from tests.conftest import NOW
from tests.factories import make_case, make_meeting

FORMS = ("md", "txt", "html")

POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def test_saving_a_meeting_again_updates_the_same_file(locations: Locations) -> None:
    case = make_case("Casus Y")
    meeting = make_meeting(case)
    first = save_minutes(locations, case, meeting, [], [])
    assert first == locations.minutes_dir.resolve() / "2026-11-28_casus-y.md"
    assert meeting.minutes_file == str(first)
    meeting.records[1].text = "Nieuw: de situatie is veranderd."
    renamed = case.model_copy(update={"alias": "Casus Z"})
    again = save_minutes(locations, renamed, meeting, [], [])
    assert again == first
    for form in FORMS:
        assert "Nieuw: de situatie is veranderd." in first.with_suffix(f".{form}").read_text(
            encoding="utf-8"
        )
    assert sorted(p.name for p in locations.minutes_dir.iterdir()) == [
        f"2026-11-28_casus-y.{form}" for form in sorted(FORMS)
    ]


def test_two_meetings_on_one_day_get_two_files(locations: Locations) -> None:
    case = make_case("Casus Y")
    morning, afternoon = make_meeting(case), make_meeting(case)
    afternoon.started = NOW + timedelta(hours=5)
    one = save_minutes(locations, case, morning, [], [])
    two = save_minutes(locations, case, afternoon, [], [])
    assert (one.name, two.name) == ("2026-11-28_casus-y.md", "2026-11-28_casus-y-2.md")
    assert save_minutes(locations, case, morning, [], []) == one
    assert save_minutes(locations, case, afternoon, [], []) == two


@pytest.mark.parametrize("taken", ["md", "txt", "html", "ics", "ouders.txt"])
def test_a_name_already_taken_by_another_file_is_left_alone(
    locations: Locations, taken: str
) -> None:
    locations.minutes_dir.mkdir(parents=True)
    foreign = locations.minutes_dir / f"2026-11-28_casus-y.{taken}"
    foreign.write_text("someone else's notes", encoding="utf-8")
    case = make_case("Casus Y")
    path = save_minutes(locations, case, make_meeting(case), [], [])
    assert path.name == "2026-11-28_casus-y-2.md"
    assert foreign.read_text(encoding="utf-8") == "someone else's notes"


def test_another_minutes_folder_gets_its_own_file(locations: Locations, tmp_path: Path) -> None:
    case = make_case("Casus Y")
    meeting = make_meeting(case)
    save_minutes(locations, case, meeting, [], [])
    moved = save_minutes(tmp_path / "elsewhere", case, meeting, [], [])
    assert moved == (tmp_path / "elsewhere").resolve() / "2026-11-28_casus-y.md"
    assert meeting.minutes_file == str(moved)


@POSIX_ONLY
def test_minutes_are_private(locations: Locations) -> None:
    case = make_case()
    meeting = make_meeting(case)
    meeting.next_meeting = NOW + timedelta(days=7)
    meeting.parents_note = "Het gaat goed."
    path = save_minutes(locations, case, meeting, [], [])
    written = sorted(locations.minutes_dir.iterdir())
    assert [p.name for p in written] == [  # no temp file
        "2026-11-28_casus-y.html",
        "2026-11-28_casus-y.ics",
        "2026-11-28_casus-y.md",
        "2026-11-28_casus-y.ouders.txt",
        "2026-11-28_casus-y.txt",
    ]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in written)
    assert stat.S_IMODE(locations.minutes_dir.stat().st_mode) == 0o700
    assert sorted(written_files(meeting)) == written
    assert path in written


@pytest.mark.parametrize(
    ("alias", "slug"),
    [
        ("Casus X (voorbeeld)", "casus-x-voorbeeld"),
        ("Casus Ëlla – Ærøskøbing", "casus-ella-aeroskobing"),
        ('a<b>c:d"e/f\\g|h?i*j', "a-b-c-d-e-f-g-h-i-j"),
        ("   ", "notulen"),
        ("😀 ∑ 中文", "notulen"),
        ("CON", "con-"),
        ("lpt1", "lpt1-"),
        ("..", "notulen"),
        ("Casus " + "x" * 100, "casus-" + "x" * (MAX_SLUG - 6)),
        ("-a-" + "-" * 60, "a"),
    ],
)
def test_alias_slug_is_safe_on_any_system(alias: str, slug: str) -> None:
    assert alias_slug(alias, "notulen") == slug


def test_a_stored_path_outside_the_folder_is_not_followed(tmp_path: Path) -> None:
    case = make_case("Casus Y")
    meeting = make_meeting(case)
    meeting.minutes_file = str(tmp_path / "minutes" / ".." / "other.md")
    chosen = minutes_path(tmp_path / "minutes", meeting, case.alias, Messages("nl"))
    assert chosen == (tmp_path / "minutes").resolve() / "2026-11-28_casus-y.md"


def test_a_companion_with_nothing_to_say_is_removed(locations: Locations) -> None:
    """The note for the parents emptied, the next meeting unknown: their old files go,
    so a note the team took back never lingers on the laptop."""
    case = make_case("Casus Y")
    meeting = make_meeting(case)
    meeting.next_meeting = NOW + timedelta(days=7)
    meeting.parents_note = "Wat we eerst wilden delen."
    path = save_minutes(locations, case, meeting, [], [])
    note = path.with_suffix(".ouders.txt")
    assert note.exists() and path.with_suffix(".ics").exists()
    meeting.parents_note, meeting.next_meeting = "  ", None
    save_minutes(locations, case, meeting, [], [])
    assert not note.exists() and not path.with_suffix(".ics").exists()
    assert sorted(p.suffix for p in locations.minutes_dir.iterdir()) == [".html", ".md", ".txt"]
