"""`vliegwiel backup` and `vliegwiel restore`: the command-line side of `agenda.backup`.

    vliegwiel backup [CASE ...] -o FILE [--passphrase-file F]
    vliegwiel restore FILE [--as-new] [--passphrase-file F]

The passphrase is asked at the terminal without echo (twice for a backup), or read from
the first line of `--passphrase-file` for scripts. The cryptography loads only when one
of these two commands runs: `tui.cli` imports this module to build its parser, and the
app and `vliegwiel cases` must start without it.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from agenda.dates import long_moment
from agenda.errors import FileProblem, VliegwielError
from agenda.i18n import Messages
from agenda.storage import Store
from agenda.storage.files import write_atomic

if TYPE_CHECKING:
    from agenda.backup.restore import Clash, Decide, Planned
    from agenda.backup.sealed import ScryptCost

COMMANDS = ("backup", "restore")
MIN_PASSPHRASE = 12
"""Characters a new passphrase needs at least: four short words are about 20."""
EXIT_ERROR = 2


def add_commands(commands: Any, common: argparse.ArgumentParser, t: Messages) -> None:
    """The two subcommands, on `tui.cli`'s parser (`commands` is its subparsers action)."""
    file = t("cli.metavar.file")
    backup = commands.add_parser(
        "backup",
        parents=[common],
        help=t("cli.help.backup"),
        description=t("cli.help.backup"),
        argument_default=argparse.SUPPRESS,
    )
    backup.add_argument(
        "cases",
        nargs="*",
        metavar=t("cli.metavar.case"),
        default=[],
        help=t("cli.help.cases_to_back_up"),
    )
    backup.add_argument(
        "-o", "--output", metavar=file, required=True, help=t("cli.help.backup_output")
    )
    backup.add_argument(
        "--passphrase-file", metavar=file, default=None, help=t("cli.help.passphrase_file")
    )
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help=t("cli.help.restore"),
        description=t("cli.help.restore"),
        argument_default=argparse.SUPPRESS,
    )
    restore.add_argument("file", metavar=file, help=t("cli.help.backup_file"))
    restore.add_argument("--as-new", action="store_true", default=False, help=t("cli.help.as_new"))
    restore.add_argument(
        "--passphrase-file", metavar=file, default=None, help=t("cli.help.passphrase_file")
    )


def run(store: Store, t: Messages, args: argparse.Namespace) -> int:
    if args.command == "backup":
        return backup(store, t, args.cases, Path(args.output), args.passphrase_file)
    return restore(store, t, Path(args.file), args.passphrase_file, as_new=args.as_new)


# -- backup -------------------------------------------------------------------------------


def backup(
    store: Store,
    t: Messages,
    wanted: Sequence[str],
    output: Path,
    passphrase_file: str | None,
    cost: ScryptCost | None = None,
) -> int:
    """Write the chosen cases (all when none are named) to one encrypted file.

    `cost` is scrypt's; tests pass a cheap one, everything else uses the default.
    """
    from agenda.backup.contents import pack
    from agenda.backup.sealed import DEFAULT_COST, MAGIC, seal

    every = store.case_folder_ids()
    # By alias or id; a case whose files are damaged by its id (it then says which file).
    chosen = [name if name in every else store.find_case(name).id for name in wanted]
    ids = list(dict.fromkeys(chosen)) if wanted else every
    if not ids:
        raise VliegwielError("cli.backup.no_cases", path=str(store.data_dir))
    now = datetime.now()
    target = output / t("cli.backup.file_name", date=now.date()) if output.is_dir() else output
    if target.exists() and not _starts_with(target, MAGIC):
        raise VliegwielError("cli.backup.not_a_backup", path=str(target))
    try:
        contents = pack(store, ids, now)
    except FileProblem as problem:
        raise VliegwielError("backup.damaged_case", problem=problem.explain(t)) from None
    passphrase = _new_passphrase(passphrase_file, t)
    write_atomic(target, seal(contents, passphrase, cost or DEFAULT_COST))
    print(t("cli.backup.done", count=len(ids), path=target))  # noqa: T201
    if set(ids) == set(every):
        _remember(store, t, now)
    return 0


def _starts_with(path: Path, magic: bytes) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(magic)) == magic
    except OSError:
        return False


def _remember(store: Store, t: Messages, now: datetime) -> None:
    """Note the time of a backup of every case, for the start screen and the reminder."""
    try:
        store.save_settings(replace(store.load_settings(), last_backup=now))
    except VliegwielError as problem:
        print(t("cli.backup.not_recorded", problem=problem.explain(t)), file=sys.stderr)  # noqa: T201


def _new_passphrase(passphrase_file: str | None, t: Messages) -> str:
    passphrase = _passphrase(passphrase_file, t)
    if len(passphrase) < MIN_PASSPHRASE:
        raise VliegwielError("cli.passphrase.short", minimum=MIN_PASSPHRASE)
    if passphrase_file is None and getpass.getpass(t("cli.passphrase.again")) != passphrase:
        raise VliegwielError("cli.passphrase.mismatch")
    return passphrase


def _passphrase(passphrase_file: str | None, t: Messages) -> str:
    """The first line of the file (without its line ending), or typed without echo."""
    if passphrase_file is not None:
        try:
            raw = Path(passphrase_file).read_bytes()
        except OSError:
            raise VliegwielError("cli.passphrase.unreadable", path=passphrase_file) from None
        try:
            text = raw.decode("utf-8-sig")  # Notepad may start the file with a BOM
        except UnicodeDecodeError:
            raise VliegwielError("cli.passphrase.not_utf8", path=passphrase_file) from None
        passphrase = text.split("\n", 1)[0].removesuffix("\r")
    else:
        if not sys.stdin.isatty():
            raise VliegwielError("cli.passphrase.needs_terminal")
        passphrase = getpass.getpass(t("cli.passphrase.ask"))
    if not passphrase:
        raise VliegwielError("cli.passphrase.empty")
    return passphrase


# -- restore ------------------------------------------------------------------------------


def restore(
    store: Store, t: Messages, source: Path, passphrase_file: str | None, *, as_new: bool
) -> int:
    """Put the cases of a backup into this data folder; nothing is written unless the
    file, the passphrase and every case in it are right, and the chair chose."""
    from agenda.backup.contents import index
    from agenda.backup.restore import carry_out, plan_restore
    from agenda.backup.sealed import inspect, unseal

    try:
        data = source.read_bytes()
    except OSError:
        raise VliegwielError("cli.restore.unreadable", path=str(source)) from None
    sealed = inspect(data)
    contents = unseal(sealed, _passphrase(passphrase_file, t))
    decide = _ask(t) if sys.stdin.isatty() else _refuse
    planned = plan_restore(store, index(contents), t, as_new=as_new, decide=decide)
    if planned is None:
        print(t("cli.restore.stopped"))  # noqa: T201
        return EXIT_ERROR
    carry_out(store, contents, planned)
    for step in planned:
        print(_outcome(t, step))  # noqa: T201
    return 0


def _refuse(clash: Clash) -> NoReturn:
    raise VliegwielError("cli.restore.exists", id=clash.id)


def _ask(t: Messages) -> Decide:
    from agenda.backup.restore import Choice

    letters = dict(zip(t("cli.restore.letters").split(), Choice, strict=True))

    def decide(clash: Clash) -> Choice:
        print(  # noqa: T201
            t(
                "cli.restore.clash",
                alias=clash.alias,
                here=long_moment(_local(clash.here_saved), t),
                here_meetings=clash.here_meetings,
                backup=long_moment(_local(clash.backup_saved), t),
                backup_meetings=clash.backup_meetings,
            )
        )
        newer = t("cli.restore.newer_backup" if clash.backup_is_newer else "cli.restore.newer_here")
        while True:
            try:
                answer = input(t("cli.restore.choose", newer=newer)).strip().casefold()
            except EOFError:
                return Choice.STOP
            if answer[:1] in letters:
                return letters[answer[:1]]

    return decide


def _local(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None)


def _outcome(t: Messages, step: Planned) -> str:
    from agenda.backup.restore import Outcome

    if step.outcome is Outcome.AS_NEW:
        return t("cli.restore.as_new", alias=step.case.alias, new_alias=step.alias, id=step.id)
    return t(f"cli.restore.{step.outcome.value}", alias=step.case.alias)
