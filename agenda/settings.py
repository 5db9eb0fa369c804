"""The chair's preferences that outlive a session (kept beside the cases by `Store`).

A plain record (`agenda.records`): the app reads it before its first screen, to start in
the chosen colours, without waiting for pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from agenda.records import PLAIN_RECORD

ThemeName = Literal["calm", "contrast"]


@dataclass(frozen=True)
class Settings:
    __pydantic_config__: ClassVar[dict[str, Any]] = PLAIN_RECORD

    theme: ThemeName = "calm"
    """"calm" for everyday sharing; "contrast" for small thumbnails and low vision."""
