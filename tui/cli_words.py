"""argparse in the user's language: `vliegwiel --help`, its usage line and its errors.

argparse writes its own words ("usage:", "options", "the following arguments are
required: …") through the `gettext` function it imported as `_`; the standard way to
translate them is a compiled gettext catalogue on disk. Vliegwiel's words live in its
message catalogue, so while the command line is built and read, argparse's `_` looks
its sentences up there (`argparse_speaks`). This is the one place a standard library
module is patched, for the duration of the `with` only; `tests/test_dutch_only.py`
checks that each English message below is still one argparse writes.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from agenda.i18n import Messages

ARGPARSE_WORDS: dict[str, str] = {
    "usage: ": "cli.argparse.usage",
    "positional arguments": "cli.argparse.positionals",
    "options": "cli.argparse.options",
    "show this help message and exit": "cli.argparse.help",
    "the following arguments are required: %s": "cli.argparse.required",
    "unrecognized arguments: %s": "cli.argparse.unrecognized",
    "argument %(argument_name)s: %(message)s": "cli.argparse.argument",
    "expected one argument": "cli.argparse.expected_one",
    "expected at most one argument": "cli.argparse.expected_at_most_one",
    "expected at least one argument": "cli.argparse.expected_at_least_one",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli.argparse.invalid_choice",
    "ambiguous option: %(option)s could match %(matches)s": "cli.argparse.ambiguous",
    "ignored explicit argument %r": "cli.argparse.ignored_argument",
    "invalid %(type)s value: %(value)r": "cli.argparse.invalid_value",
    "unexpected option string: %s": "cli.argparse.unexpected_option",
}
"""argparse's English messages that a Vliegwiel command line can show, and the
catalogue key of each (its text keeps argparse's `%s` / `%(name)s` fields)."""


@contextmanager
def argparse_speaks(t: Messages) -> Iterator[None]:
    """While inside: argparse builds, prints and complains in `t`'s language."""

    def translate(message: str) -> str:
        key = ARGPARSE_WORDS.get(message)
        return t(key) if key is not None else message

    module = vars(argparse)
    saved: Callable[[str], str] = module["_"]
    module["_"] = translate
    try:
        yield
    finally:
        module["_"] = saved


def language_asked(argv: Sequence[str]) -> str | None:
    """The value of `--lang` on the command line, read before the parser is built (its
    help is written in that language); None when it is not there."""
    for index, word in enumerate(argv):
        if word == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if word.startswith("--lang="):
            return word.partition("=")[2]
    return None
