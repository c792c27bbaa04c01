"""The git merge driver for verdict files: a union of reviews, never a conflict.

Git calls `workbench merge-driver %O %A %B` (ancestor, ours, theirs) and
expects the result in %A. Reviews are matched by id, so the common
ancestor's reviews appear once; a review removed on one branch (a retract
that was committed) stays removed; new reviews of both branches are kept,
in time order. Anything the driver cannot merge by meaning (an unreadable
file, the same review edited differently on both sides) falls back to
git's own line merge, with conflict markers that `workbench check` explains.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from workbench.atomic import write_bytes_atomic
from workbench.errors import WorkbenchError
from workbench.ledger.model import Review, VerdictFile


class MergeConflict(Exception):
    """The two sides cannot be merged by meaning."""


def _load(path: Path) -> VerdictFile | None:
    raw = path.read_bytes()
    if not raw.strip():
        return None  # git passes an empty ancestor when both branches added the file
    return VerdictFile.load(path, path.name)


def _pick(review_id: str, base: Review | None, ours: Review | None, theirs: Review | None):
    if base is not None:
        if ours is None or theirs is None:
            return None  # removed on one branch on purpose
        if ours == base or theirs == ours:
            return theirs
        if theirs == base:
            return ours
        raise MergeConflict(f"review {review_id} was changed differently on both branches")
    if ours is not None and theirs is not None and ours != theirs:
        raise MergeConflict(f"two different reviews share the id {review_id}")
    return ours or theirs


def merge_verdicts(
    base: VerdictFile | None, ours: VerdictFile | None, theirs: VerdictFile | None
) -> VerdictFile | None:
    """Three-way merge by review id; raises `MergeConflict` when meaning cannot decide."""
    if ours is None or theirs is None:
        return ours or theirs
    if ours.claim != theirs.claim:
        raise MergeConflict(f"the branches hold different claims ({ours.claim}, {theirs.claim})")
    maps = [{r.id: r for r in side.reviews} if side else {} for side in (base, ours, theirs)]
    order: list[str] = []
    for side in (base, ours, theirs):
        for review in side.reviews if side else []:
            if review.id not in order:
                order.append(review.id)
    picked = [_pick(i, *(m.get(i) for m in maps)) for i in order]
    reviews = sorted((r for r in picked if r is not None), key=lambda r: r.at)
    base_text = base.claim_text if base else None
    if ours.claim_text == theirs.claim_text or theirs.claim_text == base_text:
        claim_text = ours.claim_text
    elif ours.claim_text == base_text:
        claim_text = theirs.claim_text
    else:  # both re-reviewed after an edit of the claim: the later review saw the newer text
        last_ours = ours.reviews[-1].at if ours.reviews else None
        last_theirs = theirs.reviews[-1].at if theirs.reviews else None
        newer = last_theirs is not None and (last_ours is None or last_theirs > last_ours)
        claim_text = theirs.claim_text if newer else ours.claim_text
    return VerdictFile(claim=ours.claim, claim_text=claim_text, reviews=reviews)


def _line_merge(base: Path, ours: Path, theirs: Path) -> int:
    """git's own merge into %A, with conflict markers; 1 when it conflicts."""
    try:
        done = subprocess.run(
            ["git", "merge-file", "-L", "ours", "-L", "base", "-L", "theirs", ours, base, theirs],
            capture_output=True,
            check=False,
        )
    except OSError:
        return 1
    return 0 if done.returncode == 0 else 1


def run_merge_driver(base: Path, ours: Path, theirs: Path, name: str | None = None) -> int:
    """Entry point of `workbench merge-driver`: 0 merged, 1 left a conflict for git."""
    shown = name or str(ours)
    try:
        merged = merge_verdicts(_load(base), _load(ours), _load(theirs))
    except (WorkbenchError, MergeConflict, OSError) as exc:
        print(
            f"workbench merge-driver: {shown}: cannot merge by reviews ({exc}); "
            "falling back to a line merge",
            file=sys.stderr,
        )
        return _line_merge(base, ours, theirs)
    if merged is None:
        write_bytes_atomic(ours, b"")
        return 0
    merged.save(ours)
    return 0
