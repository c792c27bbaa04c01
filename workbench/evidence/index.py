"""The passage store and its BM25 inverted index, as flat numpy arrays.

Why numpy rather than an engine: the matching pipeline (stems, synonym
groups, phrases) is ours, so the index only has to hold token ids. Flat
arrays are built in seconds with one sort, saved as .npy files and opened
memory-mapped in milliseconds, and a query is a gather plus one
`bincount` (see bench/ for the figures).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

K1 = 1.2
B = 0.75
BUDGET = 400_000  # postings read per query before common terms are skipped
MIN_TERMS = 3  # the rarest terms are always read


@dataclass
class Postings:
    """term -> (passages, BM25 weight), in CSR form, plus idf per term."""

    ptr: np.ndarray  # int64, n_terms + 1
    docs: np.ndarray  # int32
    weights: np.ndarray  # float32
    idf: np.ndarray  # float32, n_terms
    n_docs: int

    @classmethod
    def build(cls, tok_ptr: np.ndarray, tok_ids: np.ndarray, n_terms: int) -> Postings:
        n_docs = len(tok_ptr) - 1
        lengths = np.diff(tok_ptr)
        if n_docs == 0 or len(tok_ids) == 0:
            empty = np.zeros(0, dtype=np.int32)
            return cls(
                np.zeros(n_terms + 1, np.int64),
                empty,
                np.zeros(0, np.float32),
                np.zeros(n_terms, np.float32),
                n_docs,
            )
        # One in-place sort of (term << 32 | passage) keys gives postings and
        # term frequencies; temporaries are dropped early to keep the peak
        # low (1M passages: ~10M keys). Shifts and masks rather than
        # `term * n_docs + passage`: 64-bit division and modulo to split the
        # keys again cost more than the sort.
        keys = tok_ids.astype(np.int64)
        keys <<= 32
        keys |= np.repeat(np.arange(n_docs, dtype=np.int64), lengths)
        keys.sort()
        new = np.empty(len(keys), bool)
        new[0] = True
        np.not_equal(keys[1:], keys[:-1], out=new[1:])
        starts = np.flatnonzero(new)
        del new
        tf = np.empty(len(starts), np.float32)
        tf[:-1] = np.diff(starts)
        tf[-1] = len(keys) - starts[-1]
        pairs = keys[starts]
        del keys, starts
        terms = (pairs >> 32).astype(np.int32)
        pairs &= 0xFFFFFFFF  # the passage: below 2**31, so it fits int32
        docs = pairs.astype(np.int32)
        del pairs
        df = np.bincount(terms, minlength=n_terms)
        ptr = np.zeros(n_terms + 1, np.int64)
        np.cumsum(df, out=ptr[1:])
        idf = np.log(1.0 + (n_docs - df + 0.5) / (df + 0.5)).astype(np.float32)
        dl = lengths[docs].astype(np.float32)
        avgdl = max(float(lengths.mean()), 1.0)
        weights = idf[terms] * tf * (K1 + 1) / (tf + K1 * (1 - B + B * dl / avgdl))
        return cls(ptr, docs, weights.astype(np.float32), idf, n_docs)

    def search(self, terms: list[int], top: int) -> tuple[np.ndarray, np.ndarray]:
        """The `top` passages by BM25 for these term ids, best first."""
        parts_d, parts_w = [], []
        valid = [t for t in set(terms) if 0 <= t < len(self.ptr) - 1]
        # Rarest terms first; once the budget of postings is spent, common
        # terms (which say least) are left to the re-ranking, which sees
        # every claim term anyway. Keeps a query fast on huge corpora.
        valid.sort(key=lambda t: -float(self.idf[t]))
        spent = 0
        for n, t in enumerate(valid):
            a, b = int(self.ptr[t]), int(self.ptr[t + 1])
            if b <= a:
                continue
            if n >= MIN_TERMS and spent + (b - a) > BUDGET:
                continue
            spent += b - a
            parts_d.append(self.docs[a:b])
            parts_w.append(self.weights[a:b])
        if not parts_d:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        docs = np.concatenate(parts_d)
        weights = np.concatenate(parts_w)
        if len(docs) * 4 < self.n_docs:
            # Few postings: aggregate over them only, not over every passage.
            uniq, inverse = np.unique(docs, return_inverse=True)
            scores = np.bincount(inverse, weights=weights).astype(np.float32)
            ids = uniq
        else:
            scores = np.bincount(docs, weights=weights, minlength=self.n_docs).astype(
                np.float32
            )
            ids = None
        k = min(top, len(scores))
        neg = -scores
        part = np.argpartition(neg, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
        order = part[np.argsort(neg[part], kind="stable")]
        found = scores[order]
        keep = found > 0
        order, found = order[keep], found[keep]
        return (ids[order] if ids is not None else order).astype(np.int64), found
