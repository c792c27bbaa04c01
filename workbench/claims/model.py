"""The claims.toml schema: the claims to check and the workspace settings."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

SLUG = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$")


class _Strict(BaseModel):
    """Unknown keys are errors: a typo must never vanish silently."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class Claim(_Strict):
    id: str
    text: str
    claimant: str | None = None
    kind: Literal["assertion", "denial"] | None = None
    sources: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not SLUG.match(value):
            raise ValueError(
                f"id {value!r} is not a slug (lower-case letters, digits, '-', '_' or '.')"
            )
        return value

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is empty")
        return value


class ScaleEntry(_Strict):
    """One step of a verdict scale; `rating` is the ClaimReview ratingValue."""

    name: str
    label: str
    rating: int | None = None

    @field_validator("name")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not SLUG.match(value):
            raise ValueError(f"scale name {value!r} is not a slug")
        return value


class Publisher(_Strict):
    """Who publishes the verdicts (ClaimReview `author`, review URLs)."""

    name: str
    url: str | None = None
    review_url: str | None = None  # base URL; the claim id is appended


class ClaimsFile(_Strict):
    """The whole claims.toml: top-level settings, then `[[claims]]`."""

    articles: str = "seeds"
    verdicts: str = "verdicts"
    publisher: Publisher | None = None
    scale: list[ScaleEntry] | None = None
    claims: list[Claim] = Field(default_factory=list)
