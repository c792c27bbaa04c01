"""The corpus: articles decoded, sanitised, segmented, dated and split."""

from workbench.corpus.loader import article_files, article_ids, build_article, load_corpus
from workbench.corpus.model import Article, Corpus, Passage, Segment

__all__ = [
    "Article",
    "Corpus",
    "Passage",
    "Segment",
    "article_files",
    "article_ids",
    "build_article",
    "load_corpus",
]
