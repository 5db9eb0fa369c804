"""Minutes files: one per meeting, found again on every save, private, safely named."""

from __future__ import annotations

import stat
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from agenda.locations import Locations
from agenda.minutes_file import MAX_SLUG, alias_slug, minutes_path, save_minutes
from tests.conftest import NOW
from tests.factories import make_case, make_meeting

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
    assert "Nieuw: de situatie is veranderd." in first.read_text(encoding="utf-8")
    assert sorted(p.name for p in locations.minutes_dir.iterdir()) == [first.name]


def test_two_meetings_on_one_day_get_two_files(locations: Locations) -> None:
    case = make_case("Casus Y")
    morning, afternoon = make_meeting(case), make_meeting(case)
    afternoon.started = NOW + timedelta(hours=5)
    one = save_minutes(locations, case, morning, [], [])
    two = save_minutes(locations, case, afternoon, [], [])
    assert (one.name, two.name) == ("2026-11-28_casus-y.md", "2026-11-28_casus-y-2.md")
    assert save_minutes(locations, case, morning, [], []) == one
    assert save_minutes(locations, case, afternoon, [], []) == two


def test_a_name_already_taken_by_another_file_is_left_alone(locations: Locations) -> None:
    locations.minutes_dir.mkdir(parents=True)
    foreign = locations.minutes_dir / "2026-11-28_casus-y.md"
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
    path = save_minutes(locations, case, make_meeting(case), [], [])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(locations.minutes_dir.stat().st_mode) == 0o700
    assert [p.name for p in locations.minutes_dir.iterdir()] == [path.name]  # no temp file


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
    chosen = minutes_path(tmp_path / "minutes", meeting, case.alias, "notulen")
    assert chosen == (tmp_path / "minutes").resolve() / "2026-11-28_casus-y.md"
