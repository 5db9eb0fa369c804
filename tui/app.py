"""The Vliegwiel app: holds the store, the language and the clocks; screens do the rest.

Everything a test needs to replace is passed in: the store (a temp data folder), the
monotonic clock (`ManualClock`), the wall clock and the locations.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from rich.text import Text
from textual import events
from textual.app import App, SystemCommand
from textual.screen import Screen

from agenda.clock import TimeSource, WallClock, system_clock
from agenda.errors import VliegwielError, describe_crash
from agenda.i18n import Lang, Messages
from agenda.locations import Locations
from agenda.settings import Settings, ThemeName
from agenda.storage import Store
from tui.commands import APP_COMMANDS, HasCommands, HasKeys, commands_here, palette_entries
from tui.compat import CrashReport, event_age
from tui.dialogs.help import HelpScreen
from tui.latency import settle_long_lived
from tui.screens.start import StartScreen
from tui.themes import CALM, THEMES
from tui.typeahead import HeldEvent, TypeAhead


class VliegwielApp(HasKeys, CrashReport, App[None]):
    KEYS = APP_COMMANDS
    CSS_PATH = "vliegwiel.tcss"
    TITLE = "Vliegwiel"
    ENABLE_COMMAND_PALETTE = True

    def __init__(
        self,
        store: Store,
        locations: Locations,
        lang: Lang,
        clock: TimeSource = system_clock,
        wall: WallClock = datetime.now,
    ) -> None:
        super().__init__()
        self.store = store
        self.locations = locations
        self.t = Messages(lang)
        self.clock = clock
        self.wall = wall
        self._quit_anyway = False
        self.typeahead = TypeAhead(self, self._handle_input)
        self.input_at: float | None = None
        """When the key (or paste) handled last was typed, on the injected clock: the
        autosave of the edit it makes is due half a second after that (`MeetingRecorder`)."""
        # Chosen before the app runs, so its styles are read once, in the right colours
        # (a theme set once running reads every style sheet again: 40 ms at start-up).
        for theme in THEMES.values():
            self.register_theme(theme)
        self.theme = THEMES[self._settings().theme].name

    def on_mount(self) -> None:
        self.screen_change_signal.subscribe(self, self.typeahead.screen_changed, immediate=True)
        self.push_screen(StartScreen())
        self.call_after_refresh(settle_long_lived)

    # -- keys typed ahead --------------------------------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        if self.typeahead.keep(event):
            return
        if isinstance(event, HeldEvent) and not event.is_forwarded:
            await self._handle_input(event)
        else:
            await super().on_event(event)

    async def _handle_input(self, event: HeldEvent) -> None:
        self._note_input(event)
        target = self.focused or self.screen
        await super().on_event(event)
        if event.is_forwarded:  # handed to a widget, not taken by one of our keys
            self.typeahead.follow(target)

    def _note_input(self, event: HeldEvent) -> None:
        # A key can wait a few hundred milliseconds before it is handled (a meeting that
        # just opened builds its other steps; a step change holds the keys typed
        # meanwhile): its age, on Textual's message clock, dates it on ours.
        self.input_at = self.clock() - event_age(event)

    def _settings(self) -> Settings:
        try:
            return self.store.load_settings()
        except VliegwielError:
            return Settings()  # a damaged settings file only costs the chosen theme

    def action_toggle_theme(self) -> None:
        """Switch between the calm and the high-contrast look, and remember it."""
        chosen: ThemeName = "contrast" if self.theme == CALM.name else "calm"
        self.theme = THEMES[chosen].name
        try:
            self.store.save_settings(self._settings().model_copy(update={"theme": chosen}))
        except VliegwielError as problem:
            self.notify(problem.explain(self.t), severity="warning", markup=False)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from palette_entries(commands_here(screen), self.t)
        yield from palette_entries(((command, self) for command in APP_COMMANDS), self.t)

    def action_help(self) -> None:
        screen = self.screen
        if isinstance(screen, HelpScreen):
            return
        title, purpose = screen.help_context() if isinstance(screen, HasCommands) else ("", "")
        here = tuple(command for command, _ in commands_here(screen))
        working = tuple(c for c in APP_COMMANDS if self.check_action(c.action, ()) is not False)
        self.push_screen(HelpScreen((*here, *working), title, purpose))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "stop_button":
            return self._meeting_to_stop() is not None
        return True

    def _meeting_to_stop(self) -> HasCommands | None:
        for screen in reversed(self.screen_stack):
            if isinstance(screen, HasCommands) and screen.can_stop():
                return screen
        return None

    def action_stop_button(self) -> None:
        """F9 from anywhere in a meeting: a dialog or a half-typed form stays as it is,
        under the stop screen, and is there again when the meeting resumes."""
        meeting = self._meeting_to_stop()
        if meeting is not None:
            meeting.press_stop_button()

    def action_help_quit(self) -> None:
        """ctrl+c does not quit (it copies in many terminals); say what does."""
        self.notify(self.t("app.ctrl_c"))

    async def action_quit(self) -> None:
        """Save everything first; if saving fails, say so and quit on a second ctrl+q."""
        unsaved = [s for s in self.screen_stack if isinstance(s, HasCommands) and not s.flush()]
        if unsaved and not self._quit_anyway:
            self._quit_anyway = True
            self.notify(self.t("app.quit_unsaved"), severity="error", timeout=10)
            return
        self.exit()

    def crash_report(self, error: BaseException | None) -> Text:
        """Where the app failed, not what it held: no case text on a shared screen."""
        return Text(describe_crash(error, self.t))
