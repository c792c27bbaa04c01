"""Shared fixtures: a temp workspace built from the seeds, and a fixed evidence index.

`make_workspace(tmp_path)` copies the repository's seed articles into
`tmp_path/articles` and writes a small claims.toml, so a test never touches
the real workspace. `fixed_index` stands in for `EvidenceIndex.open` where a
test must not change when the evidence engine is retuned (snapshots).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from workbench.evidence import ArticleMeta, ClaimEvidence, EvidenceItem

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

CLAIMS_TOML = """\
articles = "articles"
verdicts = "verdicts"

[[claims]]
id = "nk-provides-military-equipment"
text = "North Korea is providing military equipment to Russia for its war in Ukraine."
claimant = "Antony Blinken, US Secretary of State"
kind = "assertion"
sources = ["003_395012ce3a9807b8"]

[[claims]]
id = "nk-russia-deny-arms"
text = "North Korea and Russia denied the accusations that North Korea supplies arms to Russia."
claimant = "Governments of North Korea and Russia"
kind = "denial"
sources = ["003_395012ce3a9807b8"]

[[claims]]
id = "summit-discussed-shells"
text = "Putin and Kim discussed North Korea supplying artillery shells to Russia."
claimant = "US officials"
sources = ["000_a777f97389f9c5cd"]
"""


def build_workspace(root: Path, claims_toml: str = CLAIMS_TOML) -> Path:
    """Copy the seeds to `root/articles`, write claims.toml; return `root`."""
    articles = root / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    for seed in sorted(SEEDS.glob("*.txt")):
        target = articles / seed.name
        shutil.copyfile(seed, target)
        target.chmod(0o644)
    (root / "claims.toml").write_text(claims_toml, encoding="utf-8")
    return root


@pytest.fixture
def claims_toml() -> str:
    """The text of the small claims.toml that `make_workspace` writes by default."""
    return CLAIMS_TOML


@pytest.fixture
def make_workspace() -> Callable[..., Path]:
    """`make_workspace(tmp_path, claims_toml=...)` → the workspace root."""
    return build_workspace


# --- a deterministic stand-in for the evidence index -------------------------

_WORD = re.compile(r"\w+")
_NEGATION = re.compile(r"\b(den(y|ied|ies)|reject\w*|groundless|no evidence|never|false)\b", re.I)


class FixedIndex:
    """Word overlap and a negation list: crude, but it never changes under a test."""

    def __init__(self, workspace: Any) -> None:
        self.corpus = workspace.corpus()

    @classmethod
    def open(cls, workspace: Any, progress: Any = None, cancelled: Any = None) -> FixedIndex:
        if progress is not None:
            progress(1, 1)
        return cls(workspace)

    def meta(self, article_id: str) -> ArticleMeta:
        a = self.corpus.get(article_id)
        if a is None:
            raise KeyError(article_id)
        return ArticleMeta(id=a.id, title=a.title, date=a.date, outlet=a.outlet, url=a.url)

    def evidence(self, claim: Any, top: int = 10) -> ClaimEvidence:
        words = {w.lower() for w in _WORD.findall(claim.text) if len(w) > 3}
        scored = []
        for passage in self.corpus.passages():
            shared = words & {w.lower() for w in _WORD.findall(passage.text)}
            if len(shared) >= 2:
                scored.append((len(shared) / len(words), passage))
        scored.sort(key=lambda pair: (-pair[0], pair[1].article, pair[1].start))
        out = ClaimEvidence(id=claim.id, text=claim.text)
        for score, p in scored:
            negated = _NEGATION.search(p.text)
            denial = getattr(claim, "kind", None) == "denial"
            if score < 0.4:
                bucket, reason = out.related, "on topic, takes no side"
            elif bool(negated) != denial:
                bucket, reason = out.contradict, f"denial: {negated.group() if negated else '—'!r}"
            else:
                bucket, reason = out.support, f"{round(score * 100)}% of the claim's words"
            if len(bucket) < top:
                bucket.append(
                    EvidenceItem(
                        article=p.article,
                        start=p.start,
                        end=p.end,
                        text=p.text,
                        score=round(score, 2),
                        reason=reason,
                        speaker=p.speaker,
                    )
                )
        return out


@pytest.fixture
def fixed_index() -> Callable[..., FixedIndex]:
    return FixedIndex.open
