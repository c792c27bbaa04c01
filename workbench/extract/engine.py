"""Find candidate claims in a corpus: score, merge across outlets, mark tracked.

One candidate per passage worth proposing; candidates whose proposed texts
are near-identical (an agency story reprinted by two outlets) merge into
one with several sources. Ids derive from the proposed text alone, so the
same candidate has the same id in every process (`extract --add ID`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process, utils

from workbench.claims import Claim
from workbench.corpus import Corpus
from workbench.extract.cues import assess, lower_vocabulary
from workbench.extract.propose import propose

# token_sort_ratio at or above which two proposed texts are the same statement.
MERGE_RATIO = 88.0
# token_set_ratio at or above which an existing claim already covers a candidate;
# lower when the claim cites the candidate's article (it was written from it).
TRACKED_RATIO = 80.0
TRACKED_RATIO_SAME_SOURCE = 65.0
_TRACK_BLOCK = 2048  # candidates scored against every claim at once

_PUNCT = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-"}
)
_STOP = frozenset(
    "a an the of to in on at by for from with and or but that this these those is are was were "
    "be been being has have had it its as into than then there their they he she we i you our "
    "his her which who whom what when where while will would should could can may might not no "
    "do does did said says also".split()
)


def fold(text: str) -> str:
    """NFKC, plain quotes and dashes, one space, lower case: text for comparing."""
    text = unicodedata.normalize("NFKC", text).translate(_PUNCT)
    return " ".join(text.split()).lower()


def slugify(text: str, max_words: int = 6) -> str:
    """A readable slug of the content words of `text` (ASCII, '-' separated)."""
    ascii_text = unicodedata.normalize("NFKD", fold(text)).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.replace("'s", ""))
    content = [w for w in words if w not in _STOP] or words
    return "-".join(content[:max_words]) or "claim"


def candidate_id(text: str) -> str:
    """Stable id: slug of the text plus a short digest of its folded form."""
    digest = hashlib.sha1(fold(text).encode("utf-8")).hexdigest()[:6]
    return f"{slugify(text, 5)}-{digest}"


@dataclass(frozen=True, slots=True)
class Source:
    """Where a candidate is said: article id, offsets and the passage text."""

    article: str
    start: int
    end: int
    passage: str


@dataclass(slots=True)
class Candidate:
    """A proposed claim with its evidence of check-worthiness."""

    id: str
    text: str
    claimant: str | None
    kind: str
    score: float
    reasons: list[str]
    sources: list[Source]
    tracked: bool = False
    tracked_by: str | None = None
    _sort: tuple[Any, ...] = field(default=(), repr=False)

    def to_json(self) -> dict[str, Any]:
        """The shape `workbench extract --json` prints (the issue's contract)."""
        return {
            "id": self.id,
            "text": self.text,
            "claimant": self.claimant,
            "kind": self.kind,
            "score": self.score,
            "reasons": list(self.reasons),
            "tracked": self.tracked,
            "sources": [
                {"article": s.article, "start": s.start, "end": s.end, "passage": s.passage}
                for s in self.sources
            ],
        }


class ExtractCancelled(Exception):
    """`cancelled()` turned true: nobody wants these candidates any more."""


Cancelled = Callable[[], bool] | None


def _stop_if(cancelled: Cancelled) -> None:
    if cancelled is not None and cancelled():
        raise ExtractCancelled


def _raw_candidates(corpus: Corpus, cancelled: Cancelled = None) -> list[Candidate]:
    lower = lower_vocabulary(p.text for p in corpus.passages())
    found: list[Candidate] = []
    for article in corpus:
        _stop_if(cancelled)
        for passage in article.passages:
            assessment = assess(passage.text, passage.speaker, lower)
            text, claimant = propose(passage.text, passage.speaker)
            found.append(
                Candidate(
                    id=candidate_id(text),
                    text=text,
                    claimant=claimant,
                    kind=assessment.kind,
                    score=assessment.score,
                    reasons=assessment.reasons,
                    sources=[Source(article.id, passage.start, passage.end, passage.text)],
                    _sort=(article.id, passage.start),
                )
            )
    return found


def _blocks(keys: list[str]) -> Iterable[list[int]]:
    """Groups of indices worth comparing: texts sharing one of their longest words.

    Near-identical texts share their rarest (longest) words, so comparing
    within these blocks finds the merges without comparing all pairs.
    """
    buckets: dict[str, list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        for word in sorted(set(key.split()), key=lambda w: (-len(w), w))[:3]:
            buckets[word].append(index)
    return (bucket for bucket in buckets.values() if 1 < len(bucket) <= 100)


def merge(candidates: list[Candidate]) -> list[Candidate]:
    """Merge candidates whose texts are near-identical into one, sources joined."""
    # token_sort_ratio is ratio on sorted tokens: sort each text once, not per comparison.
    keys = [" ".join(sorted(utils.default_process(c.text).split())) for c in candidates]
    parent = list(range(len(candidates)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for index, key in enumerate(keys):  # identical texts: one pass, no scoring
        if key in first:
            parent[index] = first[key]
        else:
            first[key] = index
    unique = list(first.values())
    unique_keys = [keys[i] for i in unique]
    for bucket in _blocks(unique_keys):
        bucket_keys = [unique_keys[b] for b in bucket]
        for x, a in enumerate(bucket[:-1]):
            hits = process.extract(
                unique_keys[a],
                bucket_keys,
                scorer=fuzz.ratio,
                score_cutoff=MERGE_RATIO,
                limit=None,
            )
            for _key, _ratio, y in hits:
                if y > x:
                    i, j = root(unique[a]), root(unique[bucket[y]])
                    if i != j:
                        parent[j] = i
    groups: dict[int, list[Candidate]] = defaultdict(list)
    for index, candidate in enumerate(candidates):
        groups[root(index)].append(candidate)
    merged: list[Candidate] = []
    for members in groups.values():
        members.sort(key=lambda c: (-c.score, c._sort))
        best = members[0]
        if len(members) > 1:
            sources = sorted(
                {s for m in members for s in m.sources}, key=lambda s: (s.article, s.start)
            )
            articles = len({s.article for s in sources})
            bonus = min(0.02 * (articles - 1), 0.04)
            best = Candidate(
                id=best.id,
                text=best.text,
                claimant=best.claimant or next((m.claimant for m in members if m.claimant), None),
                kind=best.kind,
                score=round(min(1.0, best.score + bonus), 3),
                reasons=[*best.reasons, f"+ said in {articles} articles"]
                if articles > 1
                else list(best.reasons),
                sources=sources,
                _sort=best._sort,
            )
        merged.append(best)
    return merged


def mark_tracked(
    candidates: list[Candidate], claims: Collection[Claim], cancelled: Cancelled = None
) -> None:
    """Flag each candidate an existing claim already covers (rapidfuzz token_set_ratio).

    A claim citing the candidate's article needs less textual overlap: it
    was written from that article, often in other words. The texts are
    normalised once and scored as a matrix, a block of candidates at a time
    (`process.cdist`, on every core): one `process.extract` per candidate
    normalised every claim again and took three quarters of the whole scan.
    """
    if not candidates or not claims:
        return
    claim_ids = [claim.id for claim in claims]
    choices = [utils.default_process(claim.text) for claim in claims]
    cites = [set(claim.sources) for claim in claims]
    queries = [utils.default_process(candidate.text) for candidate in candidates]
    for low in range(0, len(candidates), _TRACK_BLOCK):
        _stop_if(cancelled)
        block = process.cdist(
            queries[low : low + _TRACK_BLOCK],
            choices,
            scorer=fuzz.token_set_ratio,
            score_cutoff=TRACKED_RATIO_SAME_SOURCE,
            dtype=np.float32,
            workers=-1,
        )
        for offset, row in enumerate(block):
            hits = np.flatnonzero(row)
            if not len(hits):
                continue
            candidate = candidates[low + offset]
            articles = {source.article for source in candidate.sources}
            best_first = hits[np.argsort(-row[hits], kind="stable")][:5]
            for column in best_first:
                if row[column] >= TRACKED_RATIO or cites[column] & articles:
                    candidate.tracked = True
                    candidate.tracked_by = claim_ids[column]
                    break


def find_candidates(
    corpus: Corpus,
    claims: Collection[Claim] = (),
    rejected: Collection[str] = (),
    min_score: float = 0.0,
    cancelled: Cancelled = None,
) -> list[Candidate]:
    """Every candidate of `corpus`, best first, minus the rejected ids and texts.

    `cancelled` is asked now and then; when it says yes, `ExtractCancelled`
    is raised (a closed screen must not keep the process busy for a minute).
    """
    candidates = merge(_raw_candidates(corpus, cancelled))
    gone = set(rejected)
    candidates = [
        c
        for c in candidates
        if c.id not in gone and fold(c.text) not in gone and c.score >= min_score
    ]
    mark_tracked(candidates, claims, cancelled)
    candidates.sort(key=lambda c: (-c.score, c._sort))
    return candidates
