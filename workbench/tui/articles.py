"""Articles one at a time, for the article view and for citing, never the whole corpus.

Loading every article of a 10k-article workspace takes ~9 s of pure Python;
in a thread it holds the GIL and every key waits behind it. The interface
needs only the articles a reviewer opens or cites, so it parses those alone
(a few ms each) and re-reads one whose file changed since.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from workbench.corpus import Article, Corpus, article_files
from workbench.corpus.loader import load_article
from workbench.ledger import Ledger


class ArticleCache:
    """id → parsed article, keyed also on the file's size and mtime."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._paths: dict[str, Path] | None = None
        self._loaded: dict[str, tuple[tuple[int, int], Article]] = {}
        self._lock = threading.Lock()

    def scan(self) -> None:
        """Map ids to paths (a stat per file: run it in a worker on a large workspace)."""
        paths = dict(article_files(self.folder))
        with self._lock:
            self._paths = paths

    def get(self, article_id: str) -> Article | None:
        with self._lock:
            paths = self._paths
        if paths is None or article_id not in paths:
            self.scan()  # first use, or an article added since
            with self._lock:
                paths = self._paths or {}
        path = paths.get(article_id)
        if path is None:
            return None
        try:
            stat = path.stat()
        except OSError:
            return None
        key = (stat.st_size, stat.st_mtime_ns)
        with self._lock:
            cached = self._loaded.get(article_id)
        if cached is not None and cached[0] == key:
            return cached[1]
        article = load_article(article_id, path, [])
        if article is not None:
            with self._lock:
                self._loaded[article_id] = (key, article)
        return article

    def corpus(self, ids: Iterable[str]) -> Corpus:
        found = {i: a for i in ids if (a := self.get(i)) is not None}
        return Corpus(articles=found)


class InterfaceLedger(Ledger):
    """The ledger, resolving citations through the interface's article cache."""

    def __init__(self, workspace: Any, cache: ArticleCache) -> None:
        super().__init__(workspace)
        self.cache = cache

    def articles(self, ids: Iterable[str]) -> Corpus:
        return self.cache.corpus(ids)
