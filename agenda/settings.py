"""The chair's preferences that outlive a session (kept beside the cases by `Store`)."""

from __future__ import annotations

from typing import Literal

from agenda.model import Record

ThemeName = Literal["calm", "contrast"]


class Settings(Record):
    theme: ThemeName = "calm"
    """"calm" for everyday sharing; "contrast" for small thumbnails and low vision."""
