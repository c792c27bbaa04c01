"""Candidate claims from the articles: find, score, merge, accept, reject.

Headless: no Textual here (the candidates screen and the CLI compose it).
"""

from __future__ import annotations

from workbench.errors import WorkbenchError
from workbench.extract.cues import Assessment, assess
from workbench.extract.engine import (
    Cancelled,
    Candidate,
    ExtractCancelled,
    Source,
    candidate_id,
    find_candidates,
    fold,
)
from workbench.extract.propose import propose
from workbench.extract.store import (
    REJECTED_FILE,
    accept,
    append_claims,
    load_rejected,
    new_claim_id,
    reject,
    rejected_keys,
)
from workbench.workspace import Workspace

# What the CLI and the screen list by default: below it is mostly rhetoric.
DEFAULT_MIN_SCORE = 0.2


def extract(
    workspace: Workspace, min_score: float = 0.0, cancelled: Cancelled = None
) -> list[Candidate]:
    """The workspace's candidates, best first, without the rejected ones."""
    return find_candidates(
        workspace.corpus(),
        claims=workspace.claims,
        rejected=rejected_keys(workspace.root),
        min_score=min_score,
        cancelled=cancelled,
    )


def resolve(candidates: list[Candidate], ids: list[str]) -> list[Candidate]:
    """The candidates named by `ids`, in that order; an unknown id is an error."""
    by_id = {candidate.id: candidate for candidate in candidates}
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise WorkbenchError(
            f"no candidate {missing[0]!r} (see `workbench extract`; rejected candidates "
            f"are listed in {REJECTED_FILE})"
        )
    seen: list[str] = []
    for i in ids:
        if i not in seen:
            seen.append(i)
    return [by_id[i] for i in seen]


__all__ = [
    "DEFAULT_MIN_SCORE",
    "REJECTED_FILE",
    "Assessment",
    "Cancelled",
    "Candidate",
    "ExtractCancelled",
    "Source",
    "accept",
    "append_claims",
    "assess",
    "candidate_id",
    "extract",
    "find_candidates",
    "fold",
    "load_rejected",
    "new_claim_id",
    "propose",
    "reject",
    "rejected_keys",
    "resolve",
]
