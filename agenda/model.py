"""Shared building blocks of the stored models."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict
from pydantic_core import PydanticCustomError

SCHEMA_VERSION = 1
"""Version of every stored document; bump it (and add a migration) when a model changes."""


class Record(BaseModel):
    """Base of every stored model: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)


def _required(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("invalid.required", "a value is required")
    return value


RequiredText = Annotated[str, AfterValidator(_required)]
"""Text that must hold more than white space; stored exactly as typed."""
