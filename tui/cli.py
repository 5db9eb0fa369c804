"""The command line (a fixed interface, see README):

    vliegwiel [--data-dir DIR] [--minutes-dir DIR] [--lang nl|en] [--demo]
    vliegwiel cases [--data-dir DIR]
    vliegwiel export CASE [--meeting latest|YYYY-MM-DD] [-o FILE]
    vliegwiel erase CASE [--yes]
    vliegwiel backup [CASE ...] -o FILE [--passphrase-file F]     (tui/cli_backup.py)
    vliegwiel restore FILE [--as-new] [--passphrase-file F]
    vliegwiel --version

Errors are one sentence on stderr and exit code 2, never a traceback. Textual is
imported only when the app starts, so the other commands stay quick.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from agenda import __version__
from agenda.display import mixes_scripts, printable
from agenda.errors import DataDirUnusable, VliegwielError, WriteFailed, describe_crash
from agenda.i18n import DEFAULT_LANG, Lang, Messages, parse_lang
from agenda.locations import ENV_LANG, Locations, resolve_locations
from agenda.storage import CaseSummary, MeetingRef, Store
from agenda.storage.files import write_atomic
from tui import cli_backup

if TYPE_CHECKING:
    # The meeting models load when a meeting is read (export), never for the case list.
    from agenda.meeting import Meeting
    from tui.app import VliegwielApp

EXIT_ERROR = 2


class UsageError(VliegwielError):
    """A command line we cannot run, in argparse's own words (which may repeat what was
    typed: an alias, say), kept out of `str()` like every other error's parameters."""

    def __init__(self, problem: str) -> None:
        super().__init__("cli.usage_error", problem=problem.rstrip("."))


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message) from None  # argparse's own error repeats the text


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="vliegwiel", description="Vliegwiel")
    parser.add_argument("--version", action="version", version=f"vliegwiel {__version__}")
    common = _Parser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("--data-dir", metavar="DIR")
    common.add_argument("--minutes-dir", metavar="DIR")
    common.add_argument("--lang", metavar="nl|en")
    parser.add_argument("--data-dir", metavar="DIR")
    parser.add_argument("--minutes-dir", metavar="DIR")
    parser.add_argument("--lang", metavar="nl|en")
    parser.add_argument("--demo", action="store_true", help="add the report's example case")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    commands.add_parser(
        "cases", parents=[common], help="list the cases", argument_default=argparse.SUPPRESS
    )
    export = commands.add_parser(
        "export",
        parents=[common],
        help="write a meeting's minutes as Markdown",
        argument_default=argparse.SUPPRESS,
    )
    export.add_argument("case")
    export.add_argument("--meeting", default="latest", metavar="latest|YYYY-MM-DD")
    export.add_argument("-o", "--output", metavar="FILE")
    erase = commands.add_parser(
        "erase",
        parents=[common],
        help="delete all data of a case",
        argument_default=argparse.SUPPRESS,
    )
    erase.add_argument("case")
    erase.add_argument("--yes", action="store_true", default=False)
    cli_backup.add_commands(commands, common)
    return parser


def _language(option: str | None) -> Lang:
    value = option if option is not None else os.environ.get(ENV_LANG)
    if value is None or not value.strip():
        return DEFAULT_LANG
    lang = parse_lang(value)
    if lang is None:
        raise VliegwielError("cli.bad_lang", lang=value)
    return lang


def main(argv: Sequence[str] | None = None) -> int:
    t = Messages(parse_lang(os.environ.get(ENV_LANG)) or DEFAULT_LANG)
    try:
        args = build_parser().parse_args(argv)
        t = Messages(_language(args.lang))
        locations = resolve_locations(args.data_dir, args.minutes_dir)
        if args.command == "cases":
            return _cases(locations, t)
        if args.command == "export":
            return _export(locations, args.case, args.meeting, getattr(args, "output", None))
        if args.command == "erase":
            return _erase(locations, t, args.case, args.yes)
        if args.command in cli_backup.COMMANDS:
            with open_store(locations) as store:
                return cli_backup.run(store, t, args)
        return _run_app(locations, t, args.demo)
    except VliegwielError as error:
        print(error.explain(t), file=sys.stderr)  # noqa: T201
    except KeyboardInterrupt:
        print(t("cli.interrupted"), file=sys.stderr)  # noqa: T201
    except Exception as error:  # a bug: one sentence, no traceback with case content
        print(describe_crash(error, t), file=sys.stderr)  # noqa: T201
    return EXIT_ERROR


def open_store(locations: Locations) -> Store:
    """The data folder's store, or one sentence on why it cannot be opened.

    At start-up nothing has been typed yet, so a folder we may not write to gets its own
    sentence instead of the meeting's "what you typed is kept in memory".
    """
    try:
        return Store(locations.data_dir)
    except WriteFailed as problem:
        raise DataDirUnusable(problem) from None


def _run_app(locations: Locations, t: Messages, demo: bool) -> int:
    with open_store(locations) as store:
        store.clean_temps()
        if demo:
            from agenda.demo import add_demo  # what a plain start does not need loads late

            add_demo(store, t, date.today())
        app = build_app(store, locations, t.lang)
        app.run()
        return app.return_code or 0


def build_app(store: Store, locations: Locations, lang: Lang) -> VliegwielApp:
    """The app as `vliegwiel` runs it (the benchmark starts it from here too)."""
    from tui.latency import hold_collector

    hold_collector()  # until the case list is on screen
    from tui.app import VliegwielApp  # Textual loads only for the app itself

    return VliegwielApp(store=store, locations=locations, lang=lang)


def _cases(locations: Locations, t: Messages) -> int:
    with open_store(locations) as store:
        listing = store.list_cases()
        if not listing.cases:
            print(t("cli.cases.none", path=locations.data_dir))  # noqa: T201
        else:
            print(t("cli.cases.header"))  # noqa: T201
            for s in listing.cases:
                upcoming = s.next_meeting.strftime("%Y-%m-%d %H:%M") if s.next_meeting else "-"
                share = t.percent(s.follow_through)
                row = f"{s.id:<9} {upcoming:<18} {s.open_actions:>12} {share:>10}  {s.alias}"
                print(printable(row))  # noqa: T201
                if mixes_scripts(s.alias):
                    print(f"{'':<9} {t('cli.cases.mixed_script')}")  # noqa: T201
        for problem in listing.problems:
            print(problem.explain(t), file=sys.stderr)  # noqa: T201
    return 0


def _export(locations: Locations, wanted: str, which: str, output: str | None) -> int:
    """The same minutes the app writes: into the minutes folder, to a file, or to stdout."""
    from agenda.figures import MeetingDate
    from agenda.recorder import MeetingRecorder, StoredMeeting

    with open_store(locations) as store:
        case = store.load_case(store.find_case(wanted).id)
        refs = store.list_meetings(case.id)
        meeting = _chosen_meeting(store, case.id, refs, wanted, which)
        dates = [MeetingDate(r.id, r.on) for r in refs]
        stored = StoredMeeting(case, meeting, store.load_actions(case.id), dates)
        recorder = MeetingRecorder(store, stored, locations)
        if output is None:
            # The meeting remembers its file, for the next save and for erase.
            path = recorder.save_minutes()
            if recorder.problem is not None:
                raise recorder.problem
            print(path)  # noqa: T201
            return 0
        text = recorder.minutes_text()
    if output == "-":
        # Minutes are UTF-8 wherever they go; a Windows pipe would use its code page,
        # which lacks ✓ and many a name's letters.
        if isinstance(sys.stdout, io.TextIOWrapper):
            sys.stdout.reconfigure(encoding="utf-8")
        print(text, end="")  # noqa: T201
    else:
        write_atomic(Path(output), text.encode("utf-8"))
    return 0


def _chosen_meeting(
    store: Store, case_id: str, refs: list[MeetingRef], wanted: str, which: str
) -> Meeting:
    """`latest`, or the meeting on a date (the later one when a day had two)."""
    if not refs:
        raise VliegwielError("minutes.no_meetings", case=wanted)
    if which == "latest":
        day = refs[-1].on
    else:
        try:
            day = date.fromisoformat(which)
        except ValueError:
            raise VliegwielError("error.no_such_meeting", meeting=which) from None
    on_day = [store.load_meeting(case_id, r.id) for r in refs if r.on == day]
    if not on_day:
        raise VliegwielError("error.no_such_meeting", meeting=which)
    return max(on_day, key=lambda m: m.started)


def _erase(locations: Locations, t: Messages, wanted: str, yes: bool) -> int:
    with open_store(locations) as store:
        summary = _case_to_erase(store, wanted)
        if not yes:
            if not sys.stdin.isatty():
                raise VliegwielError("cli.erase.needs_yes")
            answer = input(t("cli.erase.confirm", alias=summary.alias))
            if answer.strip() != summary.alias.strip():
                print(t("cli.erase.cancelled"))  # noqa: T201
                return EXIT_ERROR
        minutes = _minutes_files(store, summary.id)
        store.erase_case(summary.id)
        print(t("cli.erase.done", alias=summary.alias, path=locations.data_dir))  # noqa: T201
        if minutes:
            print(t("cli.erase.minutes_kept"))  # noqa: T201
            for path in minutes:
                print(f"  {path}")  # noqa: T201
    return 0


def _case_to_erase(store: Store, wanted: str) -> CaseSummary:
    """The case by alias or id; a case whose files are damaged can be erased by its id
    (the folder name shown in the error), since its alias can no longer be read."""
    try:
        return store.find_case(wanted)
    except VliegwielError:
        if wanted in store.case_folder_ids():
            return CaseSummary(id=wanted, alias=wanted)
        raise


def _minutes_files(store: Store, case_id: str) -> list[Path]:
    """Minutes files written for this case's meetings that still exist."""
    found = []
    for ref in store.list_meetings(case_id):
        try:
            meeting = store.load_meeting(case_id, ref.id)
        except VliegwielError:
            continue
        if meeting.minutes_file and Path(meeting.minutes_file).exists():
            found.append(Path(meeting.minutes_file))
    return found
