"""`EvidenceIndex`: for a claim, the passages that back it and those against it.

Pipeline per claim: BM25 over canonical tokens for candidates, re-ranked by
how much of the claim's (idf-weighted) content each passage covers, with
the previous sentence as context (a "they are all groundless" sentence
inherits its topic from the one before) and rapidfuzz for word order;
then the stance rules of `stance`, then reprints folded into one item.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from pydantic import BaseModel, Field
from rapidfuzz import fuzz

from workbench.claims import Claim
from workbench.corpus.loader import ARTICLE_SUFFIXES, parse_article
from workbench.corpus.sentences import find_speaker
from workbench.evidence import cache, lexicon
from workbench.evidence.index import Postings
from workbench.evidence.stance import (
    FACT_TOKENS,
    Cues,
    analyse,
    claim_denies,
    decide,
    denies_claimed_fakery,
    denies_own_clause,
    points_back,
    verdict_of_another,
)
from workbench.evidence.text import TermIds, canon, tokens, words
from workbench.workspace import Workspace

CANDIDATES = 400  # BM25 candidates re-ranked per claim
MIN_SCORE = 0.1  # below this a candidate is not about the claim
# A contradicting passage less relevant than this (before the stance
# weights) is not shown: of the top-5 contradict items under it on fnc1,
# climate-fever and seeds, none was a gold contradiction (nearly all were
# denials in other stories that share a word or two with the claim).
CONTRADICT_MIN = 0.25
REPRINT_RATIO = 90.0
BM_W = 0.4  # share of BM25 (relative to the best candidate) in the passage score
VERDICT_ARTICLES = 40  # articles searched for a writer's "hoax" / "not true"
VERDICT_PASSAGES = 100
ANSWER_MIN = 0.3  # how relevant the sentence a denial answers must be
# A denial answering a sentence on the claim ranks at the full relevance of
# that sentence: in fnc1's top-10 contradict lists such answers were a gold
# contradiction more often (8.7%) than denials found directly (5.7%), so
# the 0.8 discount they had put them below weaker items (swept 0.7 / 0.8 /
# 0.9 / 1.0 / 1.1 / 1.25: support recall peaks at 1.0).
ANSWER_WEIGHT = 1.0
QUOTED_VERDICT_MIN = 0.5  # a quoted "hoax" counts when its sentence is this relevant
ART_WEIGHT = 0.3  # share of the article's coverage of the claim in a passage's score
PER_ARTICLE = 6  # candidates kept per article before stance
# A plain "not" near the claim's words is the weakest sign of disagreement
# (top-5 contradict lists: a gold contradict for 6.6% of negation items on
# fnc1 and none of 439 on climate-fever, against 9.7% for denial words), so
# it ranks below denials of equal relevance in the contradict list.
NEGATION_WEIGHT = 0.6
# A writer relaying a report ("according to", "it was reported") passes the
# claim on without backing it; a source stating it ("said", "confirmed")
# backs it. In news, relayed passages were mostly neutral: fnc1 top-5
# support, gold support for 13 of 77 such items against 30 of 98 for 'said'
# (swept 0.9 / 0.8 / 0.7).
RELAY_WEIGHT = 0.9
_RELAYING = frozenset(lexicon.RELAYING)
# The support items of an article with a hedged passage on the claim rank at
# this share of their score (swept 0.9 / 0.85 / 0.8 / 0.7; 0.85 and below
# cost fnc1 stance accuracy).
HEDGED_ARTICLE = 0.9
# A supporting passage that only says it could be so ("could", "may",
# "might"; the claim saying it flatly) backs it less than one that says it
# is (swept 0.9 / 0.8 / 0.7; as a hedge, taking no side, climate-fever
# support fell to 0.471: Wikipedia states findings with "may").
MODAL_WEIGHT = 0.9
AGREEING = 0.2  # lift per further contradicting passage of one article
COMPOUND_PART = 3  # shortest half of a compound word ("heat|waves", "sea|ice")
DIVERSITY = 0.9  # the n-th passage of one article in a list ranks at 0.9^(n-1)


class EvidenceCancelled(KeyboardInterrupt):
    """Building was cancelled on request; the cache is as it was."""


class EvidenceItem(BaseModel):
    article: str
    start: int
    end: int
    text: str
    score: float
    reason: str
    speaker: str | None = None
    also_in: list[str] = Field(default_factory=list)


class ClaimEvidence(BaseModel):
    id: str
    text: str
    support: list[EvidenceItem] = Field(default_factory=list)
    contradict: list[EvidenceItem] = Field(default_factory=list)
    related: list[EvidenceItem] = Field(default_factory=list)


class ArticleMeta(BaseModel):
    id: str
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def scan_articles(folder: Path) -> dict[str, tuple[str, int, int]]:
    """id -> (path, size, mtime_ns) of every article, like `article_files`.

    os.scandir rather than Path.rglob: on a 40k-file corpus this is the
    difference between ~0.1 s and ~1 s on every open.
    """
    found: dict[str, tuple[str, int, int]] = {}
    if not folder.is_dir():
        return found
    base = str(folder)
    stack = [base]
    while stack:
        current = stack.pop()
        try:
            entries = list(os.scandir(current))
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir():
                    stack.append(entry.path)
                    continue
                name_stem, _, suffix = entry.name.rpartition(".")
                wanted = name_stem and f".{suffix.lower()}" in ARTICLE_SUFFIXES
                if not wanted or not entry.is_file():
                    continue
                st = entry.stat()
            except OSError:
                continue
            rel = entry.path[len(base) + 1 :]  # entry.path is base + "/" + ...
            article_id = rel[: len(rel) - len(suffix) - 1].replace(os.sep, "/")
            found[article_id] = (entry.path, st.st_size, st.st_mtime_ns)
    return dict(sorted(found.items()))


def _sha256(path: str) -> str:
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return ""


class _Builder:
    """Accumulates the passages of articles, in order, as blocks of flat arrays.

    A block is a run of consecutive articles of one parsed chunk, or one
    article copied from the old cache; `finish` concatenates the blocks.
    Adding by block rather than by article keeps the main process's share
    of a big build (which competes with the workers for the cores) small.
    """

    def __init__(self, vocab: list[str], speakers: list[str]) -> None:
        self.vocab = vocab
        self.term_of = {t: i for i, t in enumerate(vocab)}
        self.speakers = speakers
        self.speaker_of = {s: i for i, s in enumerate(speakers)}
        self.articles: list[dict] = []
        self.parts: list[dict[str, np.ndarray]] = []
        self._run: tuple[_Chunk, int, int] | None = None  # chunk, first, end article

    def add_chunk_article(self, chunk: _Chunk, k: int) -> None:
        """Add article `k` of a chunk parsed by `_parse_chunk`."""
        self.articles.append(chunk.records[k])
        run = self._run
        if run is not None and run[0] is chunk and run[2] == k:
            self._run = (chunk, run[1], k + 1)
            return
        self._flush()
        self._run = (chunk, k, k + 1)

    def _flush(self) -> None:
        """Turn the pending run of chunk articles into a block, ids remapped."""
        if self._run is None:
            return
        chunk, k0, k1 = self._run
        self._run = None
        maps = chunk.maps
        if maps is None:
            term_of = self.term_of
            lut = np.empty(len(chunk.vocab), np.int32)
            for k, tok in enumerate(chunk.vocab):
                tid = term_of.get(tok)
                if tid is None:
                    tid = term_of[tok] = len(self.vocab)
                    self.vocab.append(tok)
                lut[k] = tid
            spk = np.empty(len(chunk.speakers) + 1, np.int32)
            spk[-1] = -1  # index -1: no speaker
            for k, name in enumerate(chunk.speakers):
                sid = self.speaker_of.get(name)
                if sid is None:
                    sid = self.speaker_of[name] = len(self.speakers)
                    self.speakers.append(name)
                spk[k] = sid
            maps = chunk.maps = (lut, spk)
        lut, spk = maps
        a = chunk.arrays
        first, text_ptr, tok_ptr = chunk.ptrs
        p0, p1 = first[k0], first[k1]
        t0, t1 = text_ptr[p0], text_ptr[p1]
        o0, o1 = tok_ptr[p0], tok_ptr[p1]
        self.parts.append({
            "p_start": a["p_start"][p0:p1],
            "p_end": a["p_end"][p0:p1],
            "p_speaker": spk[a["p_speaker"][p0:p1]],
            "text_len": a["text_len"][p0:p1],
            "blob": a["blob"][t0:t1],
            "tok_len": a["tok_len"][p0:p1],
            "tok_ids": lut[a["tok_ids"][o0:o1]],
        })

    def add_cached(self, record: dict, old: cache.Stored, first: int) -> None:
        """Copy one unchanged article's passages from the old cache."""
        self._flush()
        a = old.arrays
        count = int(record["count"])
        last = first + count
        self.articles.append(record)
        t0, t1 = int(a["text_ptr"][first]), int(a["text_ptr"][last])
        k0, k1 = int(a["tok_ptr"][first]), int(a["tok_ptr"][last])
        self.parts.append(
            {
                "p_start": np.asarray(a["p_start"][first:last]),
                "p_end": np.asarray(a["p_end"][first:last]),
                "p_speaker": np.asarray(a["p_speaker"][first:last]),
                "text_len": np.diff(np.asarray(a["text_ptr"][first : last + 1])),
                "blob": np.asarray(a["blob"][t0:t1]),
                "tok_len": np.diff(np.asarray(a["tok_ptr"][first : last + 1])),
                "tok_ids": np.asarray(a["tok_ids"][k0:k1]),
            }
        )

    def finish(self, digest: str) -> cache.Stored:
        self._flush()

        def cat(name: str, dtype: type) -> np.ndarray:
            arrs = [p.pop(name) for p in self.parts]  # each part freed as it goes
            return np.concatenate(arrs).astype(dtype, copy=False) if arrs else np.zeros(0, dtype)

        arrays = {
            name: cat(name, dtype)
            for name, dtype in (
                ("p_start", np.int32), ("p_end", np.int32),
                ("p_speaker", np.int32), ("blob", np.uint8), ("tok_ids", np.int32),
            )
        }
        counts = np.fromiter((int(r["count"]) for r in self.articles), np.int64,
                             len(self.articles))
        arrays["p_art"] = np.repeat(np.arange(len(counts), dtype=np.int32), counts)
        text_ptr = np.zeros(len(arrays["p_art"]) + 1, np.int64)
        np.cumsum(cat("text_len", np.int64), out=text_ptr[1:])
        tok_ptr = np.zeros(len(text_ptr), np.int64)
        np.cumsum(cat("tok_len", np.int64), out=tok_ptr[1:])
        self.parts = []
        postings = Postings.build(tok_ptr, arrays["tok_ids"], len(self.vocab))
        arrays.update(
            text_ptr=text_ptr,
            tok_ptr=tok_ptr,
            post_ptr=postings.ptr,
            post_docs=postings.docs,
            post_w=postings.weights,
            idf=postings.idf,
        )
        return cache.Stored(self.articles, self.speakers, self.vocab, arrays, digest)


class EvidenceIndex:
    """The evidence engine of one workspace, backed by the on-disk cache."""

    def __init__(self, stored: cache.Stored) -> None:
        self._s = stored
        # Plain ndarray views of the memory maps: indexing a np.memmap
        # element by element costs ~0.5 us more per access.
        a = {k: v.view(np.ndarray) for k, v in stored.arrays.items()}
        self._a = a
        self._postings = Postings(a["post_ptr"], a["post_docs"], a["post_w"], a["idf"],
                                  len(a["p_art"]))
        self._ids = [r["id"] for r in stored.articles]
        self._row = {r["id"]: i for i, r in enumerate(stored.articles)}
        self._first = np.zeros(len(stored.articles) + 1, np.int64)
        np.cumsum([int(r["count"]) for r in stored.articles], out=self._first[1:])
        self._cues: dict[int, Cues] = {}
        verdict_tokens = {
            t for w in (*lexicon.VERDICT, *lexicon.DENIAL) if " " not in w for t in tokens(w)
        }
        self._verdict_terms = sorted(
            stored.term_of[t] for t in verdict_tokens if t in stored.term_of
        )

    # ---- building -------------------------------------------------------
    @classmethod
    def open(
        cls,
        workspace: Workspace,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> EvidenceIndex:
        """Open the cache, bringing it up to date with the articles folder.

        Unchanged articles (same path, size and mtime, or same content hash)
        are reused from the cache; the rest are parsed. A damaged cache is
        rebuilt. Cancelling raises `EvidenceCancelled` before anything is
        written.
        """
        digest = cache.code_digest()
        try:
            old: cache.Stored | None = cache.load(workspace.cache_dir, digest)
        except cache.CacheDamaged:
            old = None
        files = scan_articles(workspace.articles_dir)
        if old is not None and _fresh(old, files):
            return cls(old)
        stored, total = _update(old, files, digest, progress, cancelled)
        try:
            cache.save(workspace.cache_dir, stored)
        except Exception:  # a read-only workspace still answers, uncached
            pass
        if progress is not None:
            progress(total, total)
        return cls(stored)

    # ---- reading --------------------------------------------------------
    def article_ids(self) -> list[str]:
        return list(self._ids)

    @property
    def warnings(self) -> list[str]:
        """What reading the articles found: files skipped (binary, empty,
        unreadable) or read with a fallback encoding. Kept in the cache, so
        told on every run, not only the one that built it."""
        return [w for r in self._s.articles for w in r.get("warnings", ())]

    def meta(self, article_id: str) -> ArticleMeta:
        row = self._row.get(article_id)
        if row is None:
            raise KeyError(article_id)
        r = self._s.articles[row]
        return ArticleMeta(id=r["id"], title=r.get("title"), date=r.get("date"),
                           outlet=r.get("outlet"), url=r.get("url"))

    def __len__(self) -> int:
        return len(self._a["p_art"])

    def text(self, i: int) -> str:
        ptr = self._a["text_ptr"]
        return bytes(self._a["blob"][int(ptr[i]) : int(ptr[i + 1])]).decode("utf-8")

    def _tokens(self, i: int) -> np.ndarray:
        ptr = self._a["tok_ptr"]
        return self._a["tok_ids"][int(ptr[i]) : int(ptr[i + 1])]

    def _cue(self, i: int) -> Cues:
        hit = self._cues.get(i)
        if hit is None:
            if len(self._cues) > 200_000:
                self._cues.clear()
            hit = self._cues[i] = analyse(self.text(i))
            spk = int(self._a["p_speaker"][i])
            hit.speaker = self._s.speakers[spk] if spk >= 0 else None
        return hit

    def _item(self, i: int, score: float, reason: str) -> EvidenceItem:
        a = self._a
        spk = int(a["p_speaker"][i])
        return EvidenceItem(
            article=self._ids[int(a["p_art"][i])],
            start=int(a["p_start"][i]),
            end=int(a["p_end"][i]),
            text=self.text(i),
            score=round(min(1.0, max(0.0, score)), 4),
            reason=reason,
            speaker=self._s.speakers[spk] if spk >= 0 else None,
        )

    # ---- the query ------------------------------------------------------
    def evidence(self, claim: Claim, top: int = 10) -> ClaimEvidence:
        """Support, contradict and related passages for `claim`, best first."""
        ccues = analyse(claim.text)
        ccues.speaker = find_speaker(claim.text)
        negative = claim.kind == "denial" or claim_denies(ccues)
        term_of = self._s.term_of
        idf = self._a["idf"]
        weight: dict[int, float] = {}
        for tok in tokens(claim.text):
            tid = term_of.get(tok)
            if tid is not None and float(idf[tid]) > 0:
                weight[tid] = float(idf[tid])
        result = ClaimEvidence(id=claim.id, text=claim.text)
        total = sum(weight.values())
        # The claim's figures and dates, left out of the coverage that
        # decides whether a passage giving another figure or date is on the
        # same event: the differing one cannot be shared ("made 32
        # recommendations" / "made 23"; "resume on Friday" / "on Monday").
        figures = {
            t for t in weight
            if self._s.vocab[t][:1].isdigit() or self._s.vocab[t] in FACT_TOKENS
        }
        total_words = total - sum(weight[t] for t in figures)
        if not weight or len(self) == 0:
            return result
        split = self._compounds(claim.text)
        cand, bm = self._postings.search(list(weight), CANDIDATES)
        bm_l = (bm / bm[0]).tolist() if len(bm) else []
        claim_norm = " ".join(self._s.vocab[t] for t in weight)
        p_art = self._a["p_art"]
        tok_ids, tok_ptr = self._a["tok_ids"], self._a["tok_ptr"]
        vocab = self._s.vocab
        cand_l = cand.tolist()
        starts = tok_ptr[cand].tolist()
        ends = tok_ptr[cand + 1].tolist()
        prev_same = (cand > 0) & (p_art[np.maximum(cand - 1, 0)] == p_art[cand])
        prev_same_l = prev_same.tolist()
        prev_starts = tok_ptr[np.maximum(cand - 1, 0)].tolist()
        wanted = weight.keys()
        scored: list[tuple[float, int, set[str], float]] = []
        for k, i in enumerate(cand_l):
            toks = tok_ids[starts[k] : ends[k]].tolist()
            present = set(toks)
            own = wanted & present
            for whole, halves in split.items():
                if whole not in own and any(
                    a in present and b in present and _adjacent(toks, a, b) for a, b in halves
                ):
                    own.add(whole)
            cov = sum(weight[t] for t in own) / total
            cov_words = cov
            if figures and total_words:
                cov_words = sum(weight[t] for t in own - figures) / total_words
            ctx = own
            if prev_same_l[k]:
                ctx = own | (wanted & set(tok_ids[prev_starts[k] : starts[k]].tolist()))
            ctx_cov = sum(weight[t] for t in ctx) / total if ctx is not own else cov
            fz = fuzz.token_set_ratio(claim_norm, " ".join([vocab[t] for t in toks])) / 100.0
            score = (1 - BM_W) * (0.65 * cov + 0.2 * ctx_cov + 0.15 * fz) + BM_W * bm_l[k]
            if score >= MIN_SCORE:
                scored.append((score, i, {vocab[t] for t in ctx}, cov, cov_words))
        # An article about the claim covers all of it across its sentences;
        # one that merely shares a few words does not.
        art_terms: dict[int, set[str]] = {}
        for _, i, shared, *_ in scored:
            art_terms.setdefault(int(p_art[i]), set()).update(shared)
        vocab_w = {self._s.vocab[t]: w for t, w in weight.items()}
        art_cov = {
            a: sum(vocab_w[t] for t in terms) / total for a, terms in art_terms.items()
        }
        scored = [
            (ART_WEIGHT * art_cov[int(p_art[i])] + (1 - ART_WEIGHT) * score, i, shared, cov, words)
            for score, i, shared, cov, words in scored
        ]
        scored.sort(key=lambda x: -x[0])
        per_article: dict[int, int] = {}
        picked = []
        for entry in scored:
            a = int(p_art[entry[1]])
            if per_article.get(a, 0) < PER_ARTICLE:
                per_article[a] = per_article.get(a, 0) + 1
                picked.append(entry)
                if len(picked) >= max(100, top * 10):
                    break
        scored = picked
        verdicts, answers = self._verdicts(scored)
        lists: dict[str, list[tuple[float, int, str]]] = {
            "support": [], "contradict": [], "related": []
        }
        seen: set[int] = set()
        hedged: set[int] = set()
        for score, i, shared, cov, cov_words in scored:
            seen.add(i)
            st = decide(ccues, self._cue(i), shared, negative, cov, cov_words)
            stance, reason = st.stance, st.reason
            if reason.startswith("reports an allegation"):
                hedged.add(int(p_art[i]))
            verdict = verdicts.get(int(p_art[i]))
            if verdict is not None and not self._cue(i).verdict:
                # The article calls the claim false: its restatements report
                # the claim, they do not back it (nor deny it).
                if negative and stance == "contradict":
                    stance, reason = "related", f"in an article calling it '{verdict[1]}'"
                elif not negative and stance == "support":
                    stance, reason = "related", f"in an article calling it '{verdict[1]}'"
            if stance == "contradict" and score < CONTRADICT_MIN:
                continue  # a denial barely about the claim: noise, not evidence
            if stance == "contradict" and reason.startswith("asserts"):
                score *= 0.8
            elif stance == "contradict" and reason.startswith("negation"):
                score *= NEGATION_WEIGHT
            elif stance == "support" and self._cue(i).reporting in _RELAYING:
                score *= RELAY_WEIGHT
            if stance == "support" and self._cue(i).modal and not ccues.modal:
                score *= MODAL_WEIGHT
            lists[stance].append((score, i, reason))
        # An article that elsewhere reports the claim as an allegation
        # ("allegedly", "could not be verified") is discussing it: its
        # restatements back the claim less than those of one that states it.
        lists["support"] = [
            (sc * (HEDGED_ARTICLE if int(p_art[i]) in hedged else 1.0), i, why)
            for sc, i, why in lists["support"]
        ]
        # Verdict sentences ("the story is a hoax") share few words with the
        # claim: they take the relevance of their article.
        for score, word, i in verdicts.values():
            if i in seen:
                continue
            side = "support" if negative else "contradict"
            why = f"also calls it '{word}'" if negative else f"denial: '{word}'"
            if side == "contradict" and score * 0.9 < CONTRADICT_MIN:
                continue
            lists[side].append((score * 0.9, i, why))
            seen.add(i)
        # A denial right after a sentence on the claim answers that sentence
        # ("He was asked about the accusations. 'They are all groundless.'").
        for score, word, i in answers:
            if i in seen:
                continue
            seen.add(i)
            side = "support" if negative else "contradict"
            why = (
                f"also denies: '{word}'" if negative
                else f"denial: '{word}' (of the sentence before)"
            )
            fakery = denies_claimed_fakery(ccues, self._cue(i)) if negative else None
            if fakery:
                side, why = "contradict", f"denies the claim of '{fakery}'"
            if side == "contradict" and score * ANSWER_WEIGHT < CONTRADICT_MIN:
                continue
            lists[side].append((score * ANSWER_WEIGHT, i, why))
        # An article that disagrees in several passages refutes more surely
        # than one stray negation: each further contradicting passage of an
        # article (up to three) lifts its items. Not for support (measured
        # worse: news restates a claim many times whatever its stance).
        count: dict[int, int] = {}
        for _, i, _ in lists["contradict"]:
            a = int(p_art[i])
            count[a] = count.get(a, 0) + 1
        lists["contradict"] = [
            (sc * (1 + AGREEING * (min(count[int(p_art[i])], 4) - 1)), i, why)
            for sc, i, why in lists["contradict"]
        ]
        for name, entries in lists.items():
            setattr(result, name, self._group(entries, top))
        return result

    def _compounds(self, text: str) -> dict[int, list[tuple[int, int]]]:
        """Claim words the articles may write apart ("heatwaves" ~ "heat waves").

        A claim word's token -> the tokens of each split into two halves that
        are both index words; a passage owns the word when the halves stand side by
        side, so a chance split ("pre|vent") costs nothing. (The other way
        round, two claim words found written as one, measured worse: it
        matched hashtags such as "#JuddNelson".)
        """
        term_of = self._s.term_of
        split: dict[int, list[tuple[int, int]]] = {}
        for w in words(text):
            whole = term_of.get(canon(w) or "")
            if whole is None or len(w) < 2 * COMPOUND_PART or not w.isalpha():
                continue
            for k in range(COMPOUND_PART, len(w) - COMPOUND_PART + 1):
                a, b = term_of.get(canon(w[:k]) or ""), term_of.get(canon(w[k:]) or "")
                if a is not None and b is not None and a != b:
                    split.setdefault(whole, []).append((a, b))
        return split

    def _verdicts(self, scored: list[tuple]) -> tuple[dict[int, tuple], list[tuple]]:
        """Denials near the claim that share too few words to be retrieved.

        Returns (verdicts, answers). verdicts: article row -> (article
        relevance, cue, passage) for articles whose writer calls something
        false ("hoax", "not true"); answers: (score, cue, passage) for a
        denial within two sentences after a candidate on the claim. Both are
        found through the postings of the denial words, restricted to the
        best candidate articles, so they cost a few lookups.
        """
        p_art = self._a["p_art"]
        best: dict[int, float] = {}
        near: dict[int, float] = {}
        for score, i, *_ in scored:
            a = int(p_art[i])
            if score > best.get(a, 0.0):
                best[a] = score
            near[i] = max(near.get(i, 0.0), score)
        if not best or not self._verdict_terms:
            return {}, []
        top_arts = sorted(best, key=best.__getitem__, reverse=True)[:VERDICT_ARTICLES]
        # An article's passages are one contiguous run and each term's
        # postings are sorted, so two binary searches per term find them.
        lo = self._first[top_arts]
        hi = self._first[np.asarray(top_arts) + 1]
        ptr, docs = self._a["post_ptr"], self._a["post_docs"]
        hits: list[set[int]] = [set() for _ in top_arts]
        for t in self._verdict_terms:
            postings = docs[int(ptr[t]) : int(ptr[t + 1])]
            if not len(postings):
                continue
            a_lo = np.searchsorted(postings, lo).tolist()
            a_hi = np.searchsorted(postings, hi).tolist()
            for k, (x, y) in enumerate(zip(a_lo, a_hi, strict=True)):
                if y > x:
                    hits[k].update(postings[x:y].tolist())
        cand = [i for found_in in hits for i in sorted(found_in)]
        found: dict[int, tuple] = {}
        answers: list[tuple] = []
        for i in cand[:VERDICT_PASSAGES]:
            cue = self._cue(i)
            a = int(p_art[i])
            writer = int(self._a["p_speaker"][i]) < 0 and not cue.reporting
            if near.get(i, 0.0) >= QUOTED_VERDICT_MIN:
                writer = True  # quoted, but squarely about the claim
            if writer and cue.verdict and verdict_of_another(cue):
                writer = False  # "Hanvar calls it 'fabrication'": a party's word
            # How squarely the sentence or two before it are on the claim: a
            # denial there answers them, and "This is a fabrication." is
            # about them, not about the whole story.
            before = max((near[j] for j in (i - 1, i - 2) if j in near and int(p_art[j]) == a),
                         default=0.0)
            if cue.verdict and writer and (a not in found or found[a][2] > i) \
                    and (before >= ANSWER_MIN or not points_back(cue)):
                found[a] = (best[a], cue.verdict, i)
            if cue.denial and i not in near and not denies_own_clause(cue) \
                    and before >= ANSWER_MIN:
                answers.append((before, cue.denial, i))
        return found, answers

    def _group(self, entries: list[tuple[float, int, str]], top: int) -> list[EvidenceItem]:
        """Best first; near-copies in other articles fold into `also_in`."""
        # A second passage of an article ranks below other articles' best:
        # the list should show many sources, not one article many times. Its
        # score is the one it ranks by, so every list reads best first.
        entries.sort(key=lambda x: -x[0])
        nth: dict[int, int] = {}
        ranked = []
        for score, i, reason in entries:
            a = int(self._a["p_art"][i])
            nth[a] = nth.get(a, 0) + 1
            ranked.append((score * DIVERSITY ** (nth[a] - 1), i, reason))
        ranked.sort(key=lambda x: -x[0])
        entries = ranked
        kept: list[tuple[EvidenceItem, str]] = []
        for score, i, reason in entries:
            item = self._item(i, score, reason)
            norm = " ".join(self._cue(i).words)
            dup = None
            for other, other_norm in kept:
                if fuzz.ratio(norm, other_norm) >= REPRINT_RATIO:
                    dup = other
                    break
            if dup is not None:
                if item.article != dup.article and item.article not in dup.also_in:
                    dup.also_in.append(item.article)
                continue
            if len(kept) < top:
                kept.append((item, norm))
        return [item for item, _ in kept]


def _adjacent(toks: list[int], a: int, b: int) -> bool:
    return any(x == a and y == b for x, y in itertools.pairwise(toks))


def _fresh(old: cache.Stored, files: dict[str, tuple[str, int, int]]) -> bool:
    if len(old.articles) != len(files):
        return False
    for r in old.articles:
        f = files.get(r["id"])
        if f is None or f[0] != r["path"] or f[1] != r["size"] or f[2] != r["mtime_ns"]:
            return False
    return True


@dataclass
class _Chunk:
    """Parsed articles as flat arrays with a chunk-local vocabulary.

    Workers send arrays rather than per-passage tuples: pickling and the
    parent's per-token dict lookups were the bottleneck of a big build.
    The arrays are as narrow as their values allow (token ids of a chunk
    fit 16 bits): what crosses the pipe is copied twice.
    """

    records: list[dict]  # one per article, its passage "count" included
    vocab: list[str]
    speakers: list[str]
    arrays: dict[str, np.ndarray]
    maps: tuple[np.ndarray, np.ndarray] | None = None  # set by the parent: ids to global

    @functools.cached_property
    def ptrs(self) -> tuple[list[int], list[int], list[int]]:
        """Offsets of each article's passages, and of each passage's text and
        tokens (computed by the parent, so they are not pickled)."""
        a = self.arrays
        return (
            [0, *itertools.accumulate(int(r["count"]) for r in self.records)],
            [0, *itertools.accumulate(a["text_len"].tolist())],
            [0, *itertools.accumulate(a["tok_len"].tolist())],
        )


def _parse_chunk(chunk: list[tuple[str, str, int, int]]) -> _Chunk:
    """Parse and tokenise articles (in a worker process on big builds).

    Each file is read once: its bytes are both hashed and parsed.
    """
    ids = TermIds()
    speaker_of: dict[str, int] = {}
    records: list[dict] = []
    starts: list[int] = []
    ends: list[int] = []
    spk: list[int] = []
    texts: list[str] = []
    for article_id, path, size, mtime in chunk:
        notes: list[str] = []  # "x.txt: binary file, skipped": the reader is told
        try:
            with open(path, "rb") as handle:
                data: bytes | None = handle.read()
        except OSError as exc:
            data = None
            notes.append(f"{Path(path).name}: not read ({exc.strerror or exc})")
        article = parse_article(article_id, Path(path), data, notes) if data is not None else None
        passages = article.passages if article else []
        records.append({
            "id": article_id, "path": path, "size": size, "mtime_ns": mtime,
            "sha256": hashlib.sha256(data).hexdigest() if data is not None else "",
            "title": article.title if article else None,
            "date": article.date if article else None,
            "outlet": article.outlet if article else None,
            "url": article.url if article else None,
            "count": len(passages),
            **({"warnings": notes} if notes else {}),
        })
        for p in passages:
            starts.append(p.start)
            ends.append(p.end)
            if p.speaker is None:
                spk.append(-1)
            else:
                spk.append(speaker_of.setdefault(p.speaker, len(speaker_of)))
            texts.append(p.text)
    tok_ids, tok_len = ids.ids_of(texts)
    joined = "".join(texts)
    lengths = map(len, texts) if joined.isascii() else (len(t.encode("utf-8")) for t in texts)
    ids_type = np.uint16 if len(ids.terms) <= 1 << 16 else np.int32
    arrays = {
        "p_start": np.array(starts, np.int32),
        "p_end": np.array(ends, np.int32),
        "p_speaker": np.array(spk, np.int32),
        "text_len": np.fromiter(lengths, np.int32, len(texts)),
        "blob": np.frombuffer(joined.encode("utf-8"), np.uint8),
        "tok_len": tok_len.astype(np.int32),
        "tok_ids": tok_ids.astype(ids_type),
    }
    return _Chunk(records, ids.terms, list(speaker_of), arrays)


def _ignore_sigint() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


PARALLEL_FROM = 400  # articles to parse before worker processes pay off
# Articles per task: each task costs the parent a result message and the
# remapping of a chunk vocabulary. 1M bench: 32 -> 128 cut the parent's CPU
# by ~0.6 s (256 gained nothing more); a task is still ~70 ms, so ctrl+c
# and the progress bar wait no longer than that.
CHUNK = 128


def _parsed(todo: list[tuple[str, str, int, int]]) -> Iterator[_Chunk]:
    """Parsed chunks of `todo`, in order; on both cores when it is large.

    Worker processes are spawned (not forked): the interface builds from a
    thread, and forking a threaded process can deadlock.
    """
    chunks = [todo[i : i + CHUNK] for i in range(0, len(todo), CHUNK)]
    workers = min(os.cpu_count() or 1, 4)
    if len(todo) < PARALLEL_FROM or workers < 2:
        for chunk in chunks:
            yield _parse_chunk(chunk)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_ignore_sigint)
    try:
        yield from pool.map(_parse_chunk, chunks)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _update(
    old: cache.Stored | None,
    files: dict[str, tuple[str, int, int]],
    digest: str,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> tuple[cache.Stored, int]:
    """A new store: unchanged articles copied, the others parsed.

    Returns the store and the total the progress counts to.
    """
    reuse: dict[str, tuple[dict, int]] = {}
    if old is not None:
        first = 0
        for r in old.articles:
            reuse[r["id"]] = (r, first)
            first += int(r["count"])
        builder = _Builder(list(old.vocab), list(old.speakers))
    else:
        builder = _Builder([], [])
    plan: list[tuple[str, dict | None, int]] = []
    todo: list[tuple[str, str, int, int]] = []
    for article_id, (path, size, mtime) in files.items():
        prev = reuse.get(article_id)
        if prev is not None:
            r, first = prev
            same_stat = r["path"] == path and r["size"] == size and r["mtime_ns"] == mtime
            if same_stat or (r["size"] == size and _sha256(path) == r["sha256"]):
                plan.append((article_id, dict(r, path=path, size=size, mtime_ns=mtime), first))
                continue
        plan.append((article_id, None, -1))
        todo.append((article_id, path, size, mtime))
    # The postings and the save come after the last article: count them as
    # an eighth of the work so the estimate does not stop short.
    total = len(plan) + max(1, len(plan) // 8)
    parsed = _parsed(todo)
    chunk: _Chunk | None = None
    k = 0  # the next article of `chunk`
    try:
        for done, (_, record, first) in enumerate(plan):
            if cancelled is not None and cancelled():
                raise EvidenceCancelled()
            if progress is not None and (done % 64 == 0):
                progress(done, total)
            if record is not None:
                builder.add_cached(record, old, first)  # type: ignore[arg-type]
                continue
            if chunk is None or k == len(chunk.records):
                chunk, k = next(parsed), 0
            builder.add_chunk_article(chunk, k)
            k += 1
    finally:
        parsed.close()
    if progress is not None:
        progress(len(plan), total)
    return builder.finish(digest), total
