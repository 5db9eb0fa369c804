"""The meeting beyond the happy path: other agendas, course decisions, a full disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from agenda.case import CourseChange
from agenda.clock import ManualClock
from agenda.demo import add_demo
from agenda.i18n import Messages
from agenda.locations import Locations
from agenda.storage import Store
from tests.conftest import TODAY
from tests.factories import make_case
from tests.faults.disks import SimulatedDisk
from tests.pilot import demo_meeting, make_app, on_top, start_meeting, type_text
from tui.dialogs.course_change import CourseChangeDialog
from tui.widgets.course_panel import CoursePanel


async def test_a_meeting_follows_the_case_agenda(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    store.save_case(make_case("Casus Z", template_id="doe-een-team"))
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_meeting(pilot)
        titles = [step.title for step in screen.session.meeting.steps]
        assert titles == ["Check in", "Uitzoomen", "Verantwoordelijkheden", "Inzoomen", "Check uit"]
        assert "Versterken we het patroon" in screen.session.meeting.steps[1].prompt
        assert sum(s.minutes for s in screen.session.meeting.steps) == 60


async def test_a_custom_agenda_from_the_config_folder(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    locations.agendas_dir.mkdir(parents=True)
    (locations.agendas_dir / "kort.toml").write_text(
        'id = "kort"\ntitle = "Kort overleg"\n'
        '[[steps]]\nkind = "round"\nminutes = 5\ntitle = "Rondje"\n'
        '[[steps]]\nkind = "close"\nminutes = 5\ntitle = "Afsluiten"\n',
        encoding="utf-8",
    )
    store.save_case(make_case("Casus K", template_id="kort", meeting_minutes=20))
    app = make_app(store, locations, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_meeting(pilot)
        assert [(s.title, s.minutes) for s in screen.session.meeting.steps] == [
            ("Rondje", 10),
            ("Afsluiten", 10),
        ]


async def test_changing_a_course_point_during_the_meeting_is_a_decision(
    store: Store, locations: Locations, clock: ManualClock
) -> None:
    async with demo_meeting(store, locations, clock) as (pilot, screen):
        app = pilot.app
        await pilot.press("f8", "f8", "f8")  # Koers
        assert screen.session.step.title == "Koers"
        await pilot.press("tab", "tab", "tab")  # into the second point's row
        await pilot.press("ctrl+k")
        dialog = app.screen
        assert isinstance(dialog, CourseChangeDialog)
        assert dialog.point is not None and dialog.point.id == "k2"
        await pilot.press("ctrl+u")
        await type_text(pilot, "Stem van het meisje is leidend")
        await pilot.press("enter")
        await pilot.pause()
        assert on_top(app) is screen
        panel = str(screen.query_one(CoursePanel).query_one("#course-points").render())
        assert "2. Stem van het meisje is leidend" in panel
        meeting_id = screen.session.meeting.id
    case = store.load_case("demo")
    [decision] = case.course_history
    assert decision.change is CourseChange.CHANGED
    assert decision.meeting_id == meeting_id
    assert decision.old_text == "Stem van het kind/gezin is leidend – wekelijks contact"
    assert decision.new_text == "Stem van het meisje is leidend"


async def test_a_full_disk_keeps_the_text_and_saves_once_space_returns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: ManualClock
) -> None:
    disk = SimulatedDisk(tmp_path / "disk", monkeypatch)
    locations = Locations(disk.root / "data", tmp_path / "minutes", tmp_path / "config")
    with Store(locations.data_dir) as store:
        add_demo(store, Messages("nl"), TODAY)
        app = make_app(store, locations, clock)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await start_meeting(pilot)
            await pilot.press("f8")
            disk.fill()
            await type_text(pilot, "Belangrijk")
            assert screen.save_now() is False
            status = screen.query_one("#save-status")
            assert "de schijf is vol" in str(status.render())
            assert status.has_class("-problem")
            await type_text(pilot, " en bewaard")
            disk.free()
            assert screen.save_now() is True
            assert "Opgeslagen" in str(status.render())
            meeting_id = screen.session.meeting.id
        stored = store.load_meeting("demo", meeting_id)
        assert stored.records[1].text == "Belangrijk en bewaard"


async def test_quitting_while_saves_fail_asks_for_a_second_ctrl_q(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: ManualClock
) -> None:
    disk = SimulatedDisk(tmp_path / "disk", monkeypatch)
    locations = Locations(disk.root / "data", tmp_path / "minutes", tmp_path / "config")
    with Store(locations.data_dir) as store:
        add_demo(store, Messages("nl"), TODAY)
        app = make_app(store, locations, clock)
        async with app.run_test(size=(120, 40)) as pilot:
            await start_meeting(pilot)
            await pilot.press("f8")
            disk.fill()
            await type_text(pilot, "Nog niet bewaard")
            await pilot.press("ctrl+q")
            await pilot.pause()
            assert app.is_running
            await pilot.press("ctrl+q")
            await pilot.pause()
            assert not app.is_running
