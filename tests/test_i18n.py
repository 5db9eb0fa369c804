"""One catalogue per language, with the same keys, holding every key the code asks for."""

from __future__ import annotations

import re
import string
from pathlib import Path

from agenda.i18n import CATALOGUES

ROOT = Path(__file__).resolve().parent.parent
LITERAL_KEY = re.compile(r"""\bt\(\s*["']([a-z_]+(?:\.[a-z0-9_]+)+)["']""")


def test_catalogues_have_the_same_keys() -> None:
    nl, en = CATALOGUES["nl"], CATALOGUES["en"]
    assert sorted(set(nl) - set(en)) == []
    assert sorted(set(en) - set(nl)) == []


def test_placeholders_match_between_languages() -> None:
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    nl, en = CATALOGUES["nl"], CATALOGUES["en"]
    mismatched = [key for key in nl if fields(nl[key]) != fields(en[key])]
    assert mismatched == []


def test_every_literal_key_in_the_code_exists() -> None:
    used: set[str] = set()
    for folder in ("agenda", "tui"):
        for path in (ROOT / folder).rglob("*.py"):
            used.update(LITERAL_KEY.findall(path.read_text(encoding="utf-8")))
    assert used, "the pattern found no keys: it is broken"
    missing = sorted(key for key in used if key not in CATALOGUES["nl"])
    assert missing == []


def test_every_enum_value_has_a_label() -> None:
    from agenda.actions import ActionStatus, Bearable
    from agenda.case import CourseStatus, KernteamRole

    keys = [f"role.{r}" for r in KernteamRole] + [f"course.{c}" for c in CourseStatus]
    keys += [f"bearable.{b}" for b in Bearable] + [f"status.{s}" for s in ActionStatus]
    assert [k for k in keys if k not in CATALOGUES["nl"]] == []


def test_catalogue_texts_hold_no_markup_brackets_outside_known_safe_keys() -> None:
    """Some labels go to widgets that read Textual markup; a `[` there would vanish or
    break the screen. The one exception names TOML syntax and is shown as plain text."""
    plain_only = {"tpl.file.reason.no_steps"}
    risky = [
        key
        for catalogue in CATALOGUES.values()
        for key, text in catalogue.items()
        if ("[" in text or "]" in text) and key not in plain_only
    ]
    assert risky == []
