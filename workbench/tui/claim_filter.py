"""Which claims the list shows: a status filter (`f`) and a fuzzy text filter (`/`)."""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz

FILTERS = ("all", "unreviewed", "stale", "disputed")


def matches_mode(status: Any, mode: str) -> bool:
    """`status` is the ledger's ClaimStatus (or None before it is read)."""
    if mode == "unreviewed":
        return getattr(status, "verdict", None) is None
    if mode == "stale":
        return bool(getattr(status, "stale", False))
    if mode == "disputed":
        return bool(getattr(status, "disagreement", False))
    return True


def fuzzy_filter(claims: list[Any], words: list[str], cutoff: float = 80) -> list[Any]:
    """Claims in which every query word matches fuzzily (typos allowed), best first."""
    scored = []
    for position, claim in enumerate(claims):
        text = f"{claim.id} {claim.text} {claim.claimant or ''}".lower()
        scores = [fuzz.partial_ratio(word, text) for word in words]
        if min(scores) >= cutoff:
            scored.append((-sum(scores), position, claim))
    return [claim for *_, claim in sorted(scored, key=lambda row: row[:2])]
