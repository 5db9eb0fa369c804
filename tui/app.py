"""The Vliegwiel app: holds the store, the language and the clocks; screens do the rest.

Everything a test needs to replace is passed in: the store (a temp data folder), the
monotonic clock (`ManualClock`), the wall clock and the locations.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import events
from textual.app import App, SystemCommand
from textual.command import CommandPalette
from textual.notifications import SeverityLevel
from textual.screen import Screen

from agenda.clock import TimeSource, WallClock, system_clock
from agenda.display import printable
from agenda.errors import VliegwielError, describe_crash
from agenda.i18n import Lang, Messages
from agenda.locations import Locations
from agenda.settings import Settings, ThemeName
from agenda.storage import Store
from tui.after_start import load_the_rest
from tui.commands import APP_COMMANDS, HasCommands, HasKeys, commands_here, palette_entries
from tui.compat import CrashReport, ScreenStyles, event_age, guard_pasted_escapes, palette_in_words
from tui.dialogs.help import HelpScreen
from tui.pasted import restored
from tui.screens.start import StartScreen
from tui.themes import CALM, OUR_VARIABLES, THEMES
from tui.typeahead import HeldEvent, TypeAhead

SCREEN_STYLES = Path(__file__).with_name("vliegwiel.tcss")
"""Every screen's styles but the start screen's; read after them, as if one file."""


class VliegwielApp(HasKeys, CrashReport, ScreenStyles, App[None]):
    KEYS = APP_COMMANDS
    CSS_PATH = "start.tcss"
    """The start screen's styles; the others load once it is on screen."""
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
        guard_pasted_escapes()
        self.store = store
        self.locations = locations
        self.t = Messages(lang)
        self.clock = clock
        self.wall = wall
        self._quit_anyway = False
        self._screen_styles_read = False
        self.typeahead = TypeAhead(self, self._handle_input)
        self.input_at: float | None = None
        """When the key (or paste) handled last was typed, on the injected clock: the
        autosave of the edit it makes is due half a second after that (`MeetingRecorder`)."""
        # Chosen before the app runs, so its styles are read once, in the right colours
        # (a theme set once running reads every style sheet again: 40 ms at start-up).
        for theme in THEMES.values():
            self.register_theme(theme)
        self.theme = THEMES[self._settings().theme].name

    def get_theme_variable_defaults(self) -> dict[str, str]:
        # Our own variables, for any theme that does not set them (Textual's own).
        return {name: CALM.variables[name] for name in OUR_VARIABLES}

    def get_default_screen(self) -> Screen[Any]:
        # The start screen is the app's first screen, not one pushed from `on_mount`, nor
        # a mode's (`MODES`): Textual lays both of those out and draws them while it still
        # holds its output back, then draws them again for the terminal (25-60 ms with
        # 50 cases); the first screen it draws once, after.
        return StartScreen()

    async def on_mount(self) -> None:
        self.screen_change_signal.subscribe(self, self.typeahead.screen_changed, immediate=True)
        # Ready only once the cases are listed, so that a key pressed at once finds them.
        if isinstance(self.screen, StartScreen):
            await self.screen.listed.wait()

    def on_ready(self) -> None:
        # Textual sends the terminal no frame while it sets the app up; `Ready` comes
        # after that, and the callback waits for the start screen's next frame, the
        # first the chair sees.
        self.call_after_refresh(load_the_rest, self)

    def load_screen_styles(self) -> None:
        """Read the other screens' styles, once: after the case list is on screen, or
        before another screen shows if that comes first."""
        if self._screen_styles_read:
            return
        self._screen_styles_read = True
        self.stylesheet.read(SCREEN_STYLES)
        self.stylesheet.reparse()
        self.stylesheet.update(self)

    def before_screen_styles(self, screen: Screen[Any]) -> None:
        # Called for every screen about to show (pushed, switched to, a mode's first);
        # any but the start screen, its own palette included, is styled by the whole
        # style sheet.
        if not isinstance(screen, StartScreen):
            self.load_screen_styles()

    # -- keys typed ahead --------------------------------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Paste):
            event.text = restored(event.text)  # escapes as pasted (`tui.pasted`)
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
            self.store.save_settings(replace(self._settings(), theme=chosen))
        except VliegwielError as problem:
            self.notify(problem.explain(self.t), severity="warning", markup=False)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from palette_entries(commands_here(screen), self.t)
        yield from palette_entries(((command, self) for command in APP_COMMANDS), self.t)

    def action_command_palette(self) -> None:
        """Ctrl+P: Textual's palette, in the user's language."""
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            t = self.t
            self.push_screen(palette_in_words(t("palette.placeholder"), t("palette.no_matches")))

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

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Every notification of every screen: a sentence that may name an alias or a path,
        so never read as markup and never with its control characters (`printable`)."""
        super().notify(
            printable(message), title=title, severity=severity, timeout=timeout, markup=False
        )

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
