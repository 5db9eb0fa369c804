"""A case's text on screen and in `vliegwiel cases`: no control characters, no alias that
pushes the columns away, no two aliases that look the same unmarked."""

from __future__ import annotations

from pathlib import Path

import pytest

from agenda.case_form import refuse_look_alike
from agenda.clock import ManualClock
from agenda.demo import DEMO_ID, add_demo
from agenda.display import REPLACEMENT, cut, mixes_scripts, printable, skeleton
from agenda.errors import Invalid
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.storage import Store
from tests.conftest import TODAY
from tests.factories import make_case
from tests.pilot import make_app, start_meeting, terminal_text
from tui.cli import main

CONTROLS = "".join(chr(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)])


def test_every_control_character_but_tab_and_line_feed_is_shown_as_a_replacement() -> None:
    shown = printable(f"a{CONTROLS}b\ud800")
    assert len(shown) == len(CONTROLS) + 3  # one for one: a cursor stays where it was
    assert (
        shown
        == "a" + "".join(c if c in "\t\n" else REPLACEMENT for c in CONTROLS) + "b" + REPLACEMENT
    )
    assert printable("Zoë 🙂 ‮rtl‬ |#<b>") == "Zoë 🙂 ‮rtl‬ |#<b>"
    assert printable("a\rb", keep="\t\n\r") == "a\rb"


def test_a_long_alias_is_cut_with_an_ellipsis_on_one_line() -> None:
    assert cut("Casus X", 40) == "Casus X"
    assert cut("x" * 10_000, 40) == "x" * 39 + "…"
    assert cut("een\ntwee", 40) == "een twee"


def test_look_alike_aliases_have_one_skeleton_and_mixed_scripts_are_found() -> None:
    latin, cyrillic = "Casus X", "Casus \u0425"  # Latin X, Cyrillic Ha
    assert latin != cyrillic
    assert skeleton(latin) == skeleton(cyrillic)
    assert mixes_scripts(cyrillic) and not mixes_scripts(latin)
    assert not mixes_scripts("Ярослава") and not mixes_scripts("山田太郎")


def test_the_case_form_refuses_an_alias_that_looks_like_another_case_s() -> None:
    mine, other = make_case("Casus \u0425"), make_case("Casus X")
    with pytest.raises(Invalid) as refused:
        refuse_look_alike(mine, [(other.id, other.alias)])
    assert "ziet er hetzelfde uit" in refused.value.explain(Messages("nl"))
    refuse_look_alike(mine, [(mine.id, "Casus X")])  # its own old alias: no clash
    refuse_look_alike(make_case("Casus Y"), [(other.id, other.alias)])


def test_cases_prints_no_control_characters_and_marks_mixed_letters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    with Store(data) as store:
        store.save_case(make_case("Casus \x1b]2;titel\x07\x9b31m\x85"))
        store.save_case(make_case("Casus \u0425"))
    assert main(["cases", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert [c for c in out if not (c.isprintable() or c == "\n")] == []
    assert "Casus �]2;titel��31m�" in out
    assert "gemengde letters" in out


async def test_a_ten_thousand_character_alias_leaves_the_other_columns_on_screen(
    tmp_path: Path,
) -> None:
    locations = Locations(tmp_path / "data", tmp_path / "minutes", tmp_path / "config")
    with Store(locations.data_dir) as store:
        store.save_case(make_case("Lang" * 2_500, open_actions=0))
        store.save_case(make_case("Casus \u0425"))
        app = make_app(store, locations, ManualClock())
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            shot = terminal_text(app)
    assert "LangLang" in shot and "Lan…" in shot
    assert "Volgend" in shot and "Open acties" in shot and "Nagekomen" in shot
    assert "gemengde letters" in shot


async def test_a_ten_thousand_character_alias_leaves_the_step_in_the_meeting_s_heading(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    add_demo(store, Messages("nl"), TODAY)
    case = store.load_case(DEMO_ID)
    store.save_case(case.model_copy(update={"alias": "Lang" * 2_500}))
    app = make_app(store, locations, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_meeting(pilot)
        shot = terminal_text(app)
    assert "LangLang…" in shot and "Stap 1/7 · Incheck" in shot and "Overleg 00:00" in shot
