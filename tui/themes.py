"""Vliegwiel's two looks, chosen in the command palette and remembered.

"calm": muted colours on a dark slate, easy on the eyes for an hour and easy on a video
call's encoder. "contrast": black, white and saturated signal colours, for a small
thumbnail, a projector or low vision. In both, meaning never rests on colour alone:
every state also has a word or a symbol.
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
    error="#f06060",
    success="#6cbf84",
    foreground="#e9e6e1",
    background="#1b2026",
    surface="#232a31",
    panel="#2b333c",
    dark=True,
)

CONTRAST = Theme(
    name="vliegwiel-contrast",
    primary="#ffffff",
    secondary="#c0c0c0",
    accent="#ffd400",
    warning="#ffb000",
    error="#ff3b3b",
    success="#3bff6f",
    foreground="#ffffff",
    background="#000000",
    surface="#000000",
    panel="#1c1c1c",
    dark=True,
    luminosity_spread=0.3,
    text_alpha=1.0,
)

THEMES: dict[ThemeName, Theme] = {"calm": CALM, "contrast": CONTRAST}
