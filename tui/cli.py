"""The command line (a fixed interface, see README):

    vliegwiel [--data-dir DIR] [--minutes-dir DIR] [--lang nl|en] [--demo]
    vliegwiel cases [--data-dir DIR]
    vliegwiel export CASE [--meeting latest|YYYY-MM-DD] [--format md|txt|html] [-o FILE]
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
import stat
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from agenda import __version__
from agenda.display import mixes_scripts, printable
from agenda.errors import DataDirUnusable, VliegwielError, WriteFailed, describe_crash, os_reason
from agenda.i18n import DEFAULT_LANG, Lang, Messages, parse_lang
from agenda.locations import ENV_LANG, Locations, resolve_locations
from agenda.minutes_folder import case_minutes, sweep_temps, temps_of
from agenda.storage import MeetingRef, Store
from agenda.storage.files import readable_by_others, write_atomic, write_failed
from tui import cli_backup
from tui.cli_words import argparse_speaks, language_asked

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


def build_parser(t: Messages) -> argparse.ArgumentParser:
    """The command line, its help in `t`'s language (argparse's own words too, when
    built inside `argparse_speaks`)."""
    folder, case = t("cli.metavar.dir"), t("cli.metavar.case")
    parser = _Parser(prog="vliegwiel", description=t("cli.help.description"), add_help=False)
    parser.add_argument("-h", "--help", action="help", help=t("cli.argparse.help"))
    parser.add_argument(
        "--version",
        action="version",
        version=f"vliegwiel {__version__}",
        help=t("cli.help.version"),
    )
    common = _Parser(add_help=False, argument_default=argparse.SUPPRESS)
    for target in (common, parser):
        target.add_argument("--data-dir", metavar=folder, help=t("cli.help.data_dir"))
        target.add_argument("--minutes-dir", metavar=folder, help=t("cli.help.minutes_dir"))
        target.add_argument("--lang", metavar="nl|en", help=t("cli.help.lang"))
    parser.add_argument("--demo", action="store_true", help=t("cli.help.demo"))
    commands = parser.add_subparsers(
        dest="command", parser_class=_Parser, metavar=t("cli.metavar.command")
    )
    commands.add_parser(
        "cases",
        parents=[common],
        help=t("cli.help.cases"),
        description=t("cli.help.cases"),
        argument_default=argparse.SUPPRESS,
    )
    export = commands.add_parser(
        "export",
        parents=[common],
        help=t("cli.help.export"),
        description=t("cli.help.export"),
        argument_default=argparse.SUPPRESS,
    )
    export.add_argument("case", metavar=case, help=t("cli.help.case"))
    export.add_argument(
        "--meeting",
        default="latest",
        metavar=t("cli.metavar.meeting"),
        help=t("cli.help.meeting"),
    )
    export.add_argument(
        "--format", default="md", choices=("md", "txt", "html"), help=t("cli.help.format")
    )
    export.add_argument(
        "-o", "--output", metavar=t("cli.metavar.file"), help=t("cli.help.export_output")
    )
    erase = commands.add_parser(
        "erase",
        parents=[common],
        help=t("cli.help.erase"),
        description=t("cli.help.erase"),
        argument_default=argparse.SUPPRESS,
    )
    erase.add_argument("case", metavar=case, help=t("cli.help.case"))
    erase.add_argument("--yes", action="store_true", default=False, help=t("cli.help.yes"))
    cli_backup.add_commands(commands, common, t)
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
    words = sys.argv[1:] if argv is None else list(argv)
    asked = language_asked(words)
    t = Messages(parse_lang(asked) or parse_lang(os.environ.get(ENV_LANG)) or DEFAULT_LANG)
    try:
        with argparse_speaks(t):
            args = build_parser(t).parse_args(words)
        t = Messages(_language(args.lang))
        locations = resolve_locations(args.data_dir, args.minutes_dir)
        if args.command == "cases":
            return _cases(locations, t)
        if args.command == "export":
            output = getattr(args, "output", None)
            return _export(locations, args.case, args.meeting, args.format, output)
        if args.command == "erase":
            return _erase(locations, t, args.case, args.yes)
        if args.command in cli_backup.COMMANDS:
            with open_store(locations) as store:
                return cli_backup.run(store, t, args)
        return _run_app(locations, t, args.demo)
    except WriteFailed as error:
        # The app's sentence promises to try again; a command does not.
        sentence = t("cli.write_failed", path=str(error.path), reason=t(error.reason_key))
        print(sentence, file=sys.stderr)  # noqa: T201
    except VliegwielError as error:
        print(error.explain(t), file=sys.stderr)  # noqa: T201
    except OSError as error:  # a folder or file the system would not read: a sentence too
        where = error.filename if error.filename is not None else "-"
        print(t("cli.os_error", path=where, reason=t(os_reason(error))), file=sys.stderr)  # noqa: T201
    except KeyboardInterrupt:
        print(t("cli.interrupted"), file=sys.stderr)  # noqa: T201
    except Exception as error:  # a bug: one sentence, no traceback with case content
        print(describe_crash(error, t), file=sys.stderr)  # noqa: T201
    return EXIT_ERROR


def open_store(locations: Locations, *, read_only: bool = False) -> Store:
    """The data folder's store, or one sentence on why it cannot be opened.

    At start-up nothing has been typed yet, so a folder we may not write to gets its own
    sentence instead of the meeting's "what you typed is kept in memory". A command that
    only reads opens it `read_only`, and works in a folder it may not write to.
    """
    try:
        return Store(locations.data_dir, read_only=read_only)
    except WriteFailed as problem:
        raise DataDirUnusable(problem) from None


def _run_app(locations: Locations, t: Messages, demo: bool) -> int:
    with open_store(locations) as store:
        store.clean_temps()
        sweep_temps(locations.minutes_dir)
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
    with open_store(locations, read_only=True) as store:
        listing = store.list_cases()
    if not (listing.cases or listing.erasing or listing.copies):
        print(t("cli.cases.none", path=locations.data_dir))  # noqa: T201
    else:
        print(t("cli.cases.header"))  # noqa: T201
    for s in listing.cases:
        upcoming = s.next_meeting.strftime("%Y-%m-%d %H:%M") if s.next_meeting else "-"
        share = t.percent(s.follow_through)
        _row(s.id, upcoming, str(s.open_actions), share, s.alias)
        if mixes_scripts(s.alias):
            print(f"{'':<9} {t('cli.cases.mixed_script')}")  # noqa: T201
    for s in listing.erasing:
        _row(s.id, t("cli.cases.erasing"), "", "", s.alias)
        print(f"{'':<9} {t('cli.cases.erasing_how', id=s.id)}")  # noqa: T201
    for copy in listing.copies:
        _row(copy.folder, t("cli.cases.copy"), "", "", copy.summary.alias)
        how = t("cli.cases.copy_how", folder=copy.folder, id=copy.summary.id)
        print(printable(f"{'':<9} {how}"))  # noqa: T201
    for problem in listing.problems:
        print(printable(problem.explain(t)), file=sys.stderr)  # noqa: T201
    for folder in (locations.data_dir, locations.minutes_dir):
        if readable_by_others(folder):
            print(t("start.folder_shared", path=folder), file=sys.stderr)  # noqa: T201
    return 0


def _row(case_id: str, upcoming: str, open_actions: str, share: str, alias: str) -> None:
    """One line of `vliegwiel cases`, its alias as the screen shows it (`printable`)."""
    row = f"{case_id:<9} {upcoming:<18} {open_actions:>12} {share:>10}  {alias}"
    print(printable(row))  # noqa: T201


def _export(
    locations: Locations, wanted: str, which: str, form_name: str, output: str | None
) -> int:
    """The same minutes the app writes: into the minutes folder (every form, the path of
    the one asked for is printed), to a file, or to stdout, in the form asked for."""
    from agenda.figures import MeetingDate
    from agenda.forms import Form
    from agenda.recorder import MeetingRecorder, StoredMeeting

    form = Form(form_name)

    # Only writing into the minutes folder changes the data folder (the meeting remembers
    # its file); to a file or the screen, a read-only data folder will do.
    with open_store(locations, read_only=output is not None) as store:
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
            print(path.with_suffix(form.suffix))  # noqa: T201
            return 0
        text = recorder.minutes_text(form)
    if output == "-":
        # Minutes are UTF-8 wherever they go; a Windows pipe would use its code page,
        # which lacks ✓ and many a name's letters.
        if isinstance(sys.stdout, io.TextIOWrapper):
            sys.stdout.reconfigure(encoding="utf-8")
        print(text, end="")  # noqa: T201
    else:
        write_atomic(_output_file(Path(output)), text.encode("utf-8"))
    return 0


def _output_file(path: Path) -> Path:
    """`path` if it is a new file or a regular one: `-o` never replaces a device, a named
    pipe, a folder or a symbolic link (whatever it points to) with a file of minutes."""
    try:
        found = path.lstat()
    except FileNotFoundError:
        return path
    except OSError as error:
        raise write_failed(path, error) from None
    if stat.S_ISLNK(found.st_mode) or not stat.S_ISREG(found.st_mode):
        raise VliegwielError("cli.export.not_a_file", path=str(path))
    return path


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
        name, alias = _case_to_erase(store, wanted)
        if not yes:
            if not sys.stdin.isatty():
                raise VliegwielError("cli.erase.needs_yes")
            answer = input(t("cli.erase.confirm", alias=alias))
            if answer.strip() != alias.strip():
                print(t("cli.erase.cancelled"))  # noqa: T201
                return EXIT_ERROR
        meetings = store.readable_meetings(name)
        remembered = [Path(m.minutes_file) for m in meetings if m.minutes_file]
        try:
            store.erase_case(name)
        except WriteFailed as problem:
            cut_off = t("cli.write_failed", path=str(problem.path), reason=t(problem.reason_key))
            raise VliegwielError("cli.erase.cut_off", problem=cut_off, id=name) from None
        print(printable(t("cli.erase.done", alias=alias, path=locations.data_dir)))  # noqa: T201
        # Hidden copies a crash left while minutes were written go with the case.
        removed = [path for path in temps_of(remembered) if _removed(path)]
        if removed:
            print(t("cli.erase.temps_removed"))  # noqa: T201
            for path in removed:
                print(printable(f"  {path}"))  # noqa: T201
        kept = case_minutes(meetings)
        if kept:
            print(t("cli.erase.minutes_kept"))  # noqa: T201
            for path in kept:
                print(printable(f"  {path}"))  # noqa: T201
    return 0


def _removed(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def _case_to_erase(store: Store, wanted: str) -> tuple[str, str]:
    """The folder to erase and the alias to confirm: a case by alias or id, a case whose
    erase was cut off (by alias or id), a copied case folder (by the folder's name, as
    `vliegwiel cases` shows it), or a case whose files are damaged (by its id, the folder
    name shown in the error, since its alias can no longer be read)."""
    listing = store.list_cases()
    key = wanted.strip().casefold()
    for summary in listing.erasing:
        if wanted == summary.id or key == summary.alias.strip().casefold():
            return summary.id, summary.alias
    for copy in listing.copies:
        if wanted == copy.folder:
            return copy.folder, copy.summary.alias
    try:
        summary = store.find_case(wanted)
    except VliegwielError:
        if wanted in store.case_folder_ids():
            return wanted, wanted
        raise
    return summary.id, summary.alias
