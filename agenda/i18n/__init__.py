"""The message catalogue: every visible string and every line of the minutes.

One dictionary per language (`nl.py`, `en.py`) with the same keys; a test proves they
match and that every key the code asks for exists. Parameters are filled with
`str.format`, so user text passed as a parameter is inserted literally, never parsed.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import Literal, get_args

Lang = Literal["nl", "en"]
LANGUAGES: tuple[Lang, ...] = get_args(Lang)
DEFAULT_LANG: Lang = "nl"


class _Catalogues(Mapping[Lang, dict[str, str]]):
    """Each language's catalogue (`agenda/i18n/<lang>.py`), read when first asked for:
    the app speaks one language, and each catalogue is a few milliseconds to read."""

    def __getitem__(self, lang: Lang) -> dict[str, str]:
        if lang not in LANGUAGES:
            raise KeyError(lang)
        messages: dict[str, str] = importlib.import_module(f"agenda.i18n.{lang}").MESSAGES
        return messages

    def __iter__(self) -> Iterator[Lang]:
        return iter(LANGUAGES)

    def __len__(self) -> int:
        return len(LANGUAGES)


CATALOGUES: Mapping[Lang, dict[str, str]] = _Catalogues()


class Messages:
    """Look up a sentence by key in one language: `t("start.title")`."""

    def __init__(self, lang: Lang) -> None:
        self.lang: Lang = lang
        self._table = CATALOGUES[lang]

    def __call__(self, key: str, /, **params: object) -> str:
        text = self._table[key]
        return text.format(**params) if params else text

    def percent(self, share: float | None) -> str:
        return self._table["common.none"] if share is None else f"{round(share * 100)}%"


def parse_lang(value: str | None) -> Lang | None:
    """The language for `value` ("nl", "EN", " en "), or None when it is not one we speak."""
    if value is None:
        return None
    cleaned = value.strip().lower()
    for lang in LANGUAGES:
        if cleaned == lang:
            return lang
    return None
