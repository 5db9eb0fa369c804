"""Where Vliegwiel keeps its data, writes its minutes and finds custom agendas.

Command-line options win over environment variables, which win over the platform's
defaults: the user data folder for cases, the documents folder (`Vliegwiel/`) for
minutes, the user config folder (`agendas/`) for custom templates.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "vliegwiel"
ENV_DATA_DIR = "VLIEGWIEL_DATA_DIR"
ENV_MINUTES_DIR = "VLIEGWIEL_MINUTES_DIR"
ENV_CONFIG_DIR = "VLIEGWIEL_CONFIG_DIR"
ENV_LANG = "VLIEGWIEL_LANG"


@dataclass(frozen=True)
class Locations:
    data_dir: Path
    minutes_dir: Path
    config_dir: Path

    @property
    def agendas_dir(self) -> Path:
        return self.config_dir / "agendas"


def _pick(option: str | Path | None, env: Mapping[str, str], name: str) -> Path | None:
    if option:
        return Path(option).expanduser()
    value = env.get(name, "").strip()
    return Path(value).expanduser() if value else None


def resolve_locations(
    data_dir: str | Path | None = None,
    minutes_dir: str | Path | None = None,
    env: Mapping[str, str] | None = None,
) -> Locations:
    env = os.environ if env is None else env
    return Locations(
        data_dir=_pick(data_dir, env, ENV_DATA_DIR)
        or Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        minutes_dir=_pick(minutes_dir, env, ENV_MINUTES_DIR)
        or Path(platformdirs.user_documents_dir()) / "Vliegwiel",
        config_dir=_pick(None, env, ENV_CONFIG_DIR)
        or Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
    )
