"""The corpus model: articles, their segments and their passages.

Plain dataclasses (not pydantic) because a 10k-article corpus builds
hundreds of thousands of passages; pydantic stays at the boundaries
(sidecar files, JSON output).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

SegmentKind = Literal["body", "title", "meta", "furniture"]


@dataclass(frozen=True, slots=True)
class Segment:
    """A span of the article text and what it is.

    `body` yields passages; `title` is the headline (shown, not a passage);
    `meta` is a date/byline line; `furniture` is page chrome (shown dimmed).
    """

    start: int
    end: int
    kind: SegmentKind
    why: str = ""


@dataclass(frozen=True, slots=True)
class Passage:
    """One sentence (or a quotation spanning sentences) of an article body.

    Invariant: `article.text[start:end] == text`.
    """

    article: str
    index: int
    start: int
    end: int
    text: str
    speaker: str | None = None


@dataclass(slots=True)
class Article:
    id: str
    path: str
    text: str
    title: str | None = None
    title_source: str = ""
    date: str | None = None  # ISO 8601 (YYYY-MM-DD, or with time)
    date_source: str = ""
    outlet: str | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)

    @property
    def sha256(self) -> str:
        """Digest of the decoded text: what a citation was made against."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def passage_at(self, start: int, end: int) -> Passage | None:
        for passage in self.passages:
            if passage.start == start and passage.end == end:
                return passage
        return None


@dataclass(slots=True)
class Corpus:
    """Every article of a workspace, by id, in a stable (sorted) order."""

    articles: dict[str, Article]
    warnings: list[str] = field(default_factory=list)

    def __iter__(self):
        return iter(self.articles.values())

    def __len__(self) -> int:
        return len(self.articles)

    def get(self, article_id: str) -> Article | None:
        return self.articles.get(article_id)

    def passages(self):
        for article in self.articles.values():
            yield from article.passages
