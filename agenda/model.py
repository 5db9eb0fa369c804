"""Shared building blocks of the stored models."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict
from pydantic_core import PydanticCustomError


class Record(BaseModel):
    """Base of every stored model: unknown fields are an error, not silently dropped.

    The records the start screen reads are plain dataclasses with the same rule
    (`agenda.records.PLAIN_RECORD`), so that it shows the cases before pydantic loads.
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)


def _required(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("invalid.required", "a value is required")
    return value


RequiredText = Annotated[str, AfterValidator(_required)]
"""Text that must hold more than white space; stored exactly as typed."""
