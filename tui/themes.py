"""Vliegwiel's two looks, chosen in the command palette and remembered.

"calm": muted colours on a dark slate, easy on the eyes for an hour and easy on a video
call's encoder. "contrast": black, white and saturated signal colours, for a small
thumbnail, a projector or low vision. In both, meaning never rests on colour alone:
every state also has a word or a symbol.

Contrast is measured, not guessed (`tests/test_contrast.py` reads every colour pair on
every screen): text against what is behind it is at least 4.5:1 in the calm theme (WCAG
AA) and 7:1 in the high-contrast one (AAA). Textual derives muted text, placeholders and
the header band from the main colours with transparency, which lands wherever the
background takes it (3:1 on the header band); here they are fixed colours, chosen
against every background they appear on.
"""

from __future__ import annotations

from textual.theme import Theme

from agenda.settings import ThemeName

CALM = Theme(
    name="vliegwiel-calm",
    primary="#5b9bb5",
    secondary="#3d6b7d",
    accent="#e8b85c",
    warning="#f0a830",
    error="#ff7b7b",
    success="#6cbf84",
    foreground="#e9e6e1",
    background="#1b2026",
    surface="#232a31",
    panel="#2b333c",
    dark=True,
    variables={
        "primary-background": "#24313a",
        "text-muted": "#b8bcc0",
        "text-disabled": "#aeb4b9",
        "field-background": "#2e353d",
        "field-focus-background": "#2a4450",
    },
)

CONTRAST = Theme(
    name="vliegwiel-contrast",
    primary="#ffffff",
    secondary="#c0c0c0",
    accent="#ffd400",
    warning="#ffb000",
    error="#ff8080",
    success="#3bff6f",
    foreground="#ffffff",
    background="#000000",
    surface="#000000",
    panel="#161616",
    dark=True,
    luminosity_spread=0.3,
    text_alpha=1.0,
    variables={
        "primary-background": "#141414",
        "text-muted": "#d9d9d9",
        "text-disabled": "#b8b8b8",
        "field-background": "#1f1f1f",
        "field-focus-background": "#262626",
        "input-selection-background": "#004c99",
    },
)

THEMES: dict[ThemeName, Theme] = {"calm": CALM, "contrast": CONTRAST}


OUR_VARIABLES = ("field-background", "field-focus-background")
"""Variables our styles use that Textual's own themes do not define."""
