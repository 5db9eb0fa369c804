"""Build the real app on a temp data folder for pilot tests."""

from __future__ import annotations

from datetime import datetime

from agenda.clock import ManualClock
from agenda.i18n import Lang
from agenda.locations import Locations
from agenda.storage import Store
from tests.conftest import NOW
from tui.app import VliegwielApp


class Wall:
    """A wall clock tied to the manual monotonic clock, so both move together."""

    def __init__(self, clock: ManualClock, start: datetime = NOW) -> None:
        self.clock = clock
        self.origin = clock()
        self.start = start

    def __call__(self) -> datetime:
        from datetime import timedelta

        return self.start + timedelta(seconds=self.clock() - self.origin)


def make_app(
    store: Store, locations: Locations, clock: ManualClock, lang: Lang = "nl"
) -> VliegwielApp:
    return VliegwielApp(store=store, locations=locations, lang=lang, clock=clock, wall=Wall(clock))
