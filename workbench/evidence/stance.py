"""Stance of one passage toward one claim: support, contradict or related.

General rules only, in this order:
1. hedges ("allegedly", "could not be verified"): the passage reports an
   allegation and takes no side -> related;
2. polarity: a denial or a negation near the claim's terms, against the
   claim's own polarity -> contradict (a denying claim is supported by a
   denial: attribution, "the Kremlin says X is groundless");
3. factual mismatch on the same event: another number, month, year or
   place -> contradict;
4. opposite direction (rise / fall, warm / cool) -> contradict;
5. otherwise support, naming who said it when the passage attributes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.evidence import lexicon
from workbench.evidence.text import canon, fold, stem, words

_DENIAL = frozenset(lexicon.DENIAL)
_NEGATION = frozenset(lexicon.NEGATION)
_HEDGES = frozenset(lexicon.HEDGES)
_REPORTING = frozenset(lexicon.REPORTING)
_MONTHS = frozenset(lexicon.MONTHS)
_VAGUE = frozenset(lexicon.VAGUE_QUANTITIES)
_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)$")
_PLACE = re.compile(
    r"\b(?:in|at|near|to|from)\s+(?:the\s+)?((?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|of))*"
    r"(?:\s+[A-Z][\w'’-]+)?)"
)
_NOT_PLACE = frozenset(lexicon.MONTHS) | frozenset(lexicon.WEEKDAYS) | {
    "the", "a", "an", "his", "her", "their", "its", "this", "that", "he", "she", "it", "they",
    "we", "i", "you", "mr", "mrs", "ms", "dr", "january", "spring", "summer", "autumn", "winter",
}


def _phrase_hit(text: str, phrases: tuple[str, ...]) -> str | None:
    for phrase in phrases:
        if phrase in text:
            return phrase
    return None


_ANTONYM: dict[str, set[str]] = {}
for _a, _b in lexicon.ANTONYMS:
    for _x, _y in ((_a, _b), (_b, _a)):
        _cx, _cy = canon(_x) or _x, canon(_y) or _y
        _ANTONYM.setdefault(_cx, set()).add(_cy)


@dataclass(slots=True)
class Cues:
    """What one text says beyond its topic: polarity, hedging, facts."""

    folded: str
    words: list[str]
    tokens: list[str | None]  # canonical token per word (None: stop word)
    denial: str | None = None
    negations: list[int] = field(default_factory=list)  # word positions
    hedge: str | None = None
    reporting: str | None = None
    numbers: set[str] = field(default_factory=set)
    years: set[str] = field(default_factory=set)
    months: set[str] = field(default_factory=set)
    places: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    vague: bool = False


def _place_key(name: str) -> frozenset[str]:
    """A place as stems, demonyms made countries ('Russian' -> 'russia')."""
    out = set()
    for word in words(name):
        if word in _NOT_PLACE:
            continue
        s = stem(word)
        out.add(lexicon_country(s))
    return frozenset(out)


_COUNTRY = {
    "russian": "russia", "korean": "korea", "american": "america", "chinese": "china",
    "ukrainian": "ukraine", "japanese": "japan", "british": "britain", "french": "france",
    "german": "germany", "iranian": "iran", "syrian": "syria", "iraqi": "iraq",
    "israeli": "israel", "mexican": "mexico", "canadian": "canada", "indian": "india",
    "european": "europe", "african": "africa", "asian": "asia", "australian": "australia",
    "italian": "italy", "spanish": "spain", "turkish": "turkey", "egyptian": "egypt",
    "pakistani": "pakistan", "afghan": "afghanistan", "brazilian": "brazil",
}


def lexicon_country(stemmed: str) -> str:
    return _COUNTRY.get(stemmed, _COUNTRY.get(stemmed + "n", stemmed))


def analyse(text: str) -> Cues:
    """Every cue of `text` the rules need; computed once per passage."""
    folded = fold(text)
    ws = words(text)
    cues = Cues(folded=folded, words=ws, tokens=[canon(w) for w in ws])
    cues.hedge = _phrase_hit(folded, lexicon.HEDGE_PHRASES)
    phrase = _phrase_hit(folded, lexicon.DENIAL_PHRASES)
    if phrase:
        cues.denial = phrase
    for i, w in enumerate(ws):
        if w in _DENIAL and cues.denial is None:
            cues.denial = w
        elif w in _NEGATION or w.endswith("n't"):
            cues.negations.append(i)
        elif w in _HEDGES and cues.hedge is None:
            cues.hedge = w
        if w in _REPORTING and cues.reporting is None:
            cues.reporting = w
        if w[0].isdigit():
            n = w.replace(",", "")
            (cues.years if _YEAR.match(n) else cues.numbers).add(n)
        elif w in _MONTHS and w != "may":
            cues.months.add(w)
        elif w in _VAGUE:
            cues.vague = True
    for match in _PLACE.finditer(text):
        name = match.group(1)
        key = _place_key(name)
        if key and name.split()[0].lower() not in _NOT_PLACE:
            cues.places.append((name, key))
    return cues


@dataclass(frozen=True, slots=True)
class Stance:
    stance: str  # "support" | "contradict" | "related"
    reason: str


def _negated_near(p: Cues, shared: set[str], window: int = 6) -> int | None:
    """A negation governing one of the claim's terms (within a few words)."""
    for i in p.negations:
        for j in range(i + 1, min(len(p.tokens), i + window + 1)):
            if p.tokens[j] in shared:
                return i
    return None


def _claim_negative(c: Cues) -> bool:
    return c.denial is not None or bool(c.negations)


def _place_mismatch(c: Cues, p: Cues) -> tuple[str, str] | None:
    if not c.places or not p.places:
        return None
    for _cname, ckey in c.places:
        for _pname, pkey in p.places:
            if ckey & pkey:
                return None
    return p.places[0][0], c.places[0][0]


def decide(claim: Cues, passage: Cues, shared: set[str], negative_claim: bool) -> Stance:
    """The stance of `passage` toward `claim`; `shared` holds matched tokens."""
    p = passage
    p_denial = p.denial
    neg_at = _negated_near(p, shared)
    p_negative = p_denial is not None or neg_at is not None
    if p.hedge and not p_denial:
        return Stance("related", f"reports an allegation: '{p.hedge}'")
    if p_negative != negative_claim:
        if p_negative:
            if p_denial:
                return Stance("contradict", f"denial: '{p_denial}'")
            span = " ".join(p.words[neg_at : neg_at + 4])
            return Stance("contradict", f"negation: '{span}'")
        return Stance("contradict", "asserts what the claim denies")
    if claim.numbers and p.numbers and not (claim.numbers & p.numbers):
        a, b = sorted(p.numbers)[0], sorted(claim.numbers)[0]
        return Stance("contradict", f"number differs: {a} / {b}")
    if claim.months and p.months and not (claim.months & p.months):
        a, b = sorted(p.months)[0], sorted(claim.months)[0]
        return Stance("contradict", f"date differs: {a.title()} / {b.title()}")
    if claim.years and p.years and not (claim.years & p.years):
        a, b = sorted(p.years)[0], sorted(claim.years)[0]
        return Stance("contradict", f"year differs: {a} / {b}")
    if claim.numbers and not p.numbers and p.vague:
        return Stance("contradict", f"number differs: vague / {sorted(claim.numbers)[0]}")
    places = _place_mismatch(claim, p)
    if places:
        return Stance("contradict", f"place differs: {places[0]} / {places[1]}")
    c_tokens = {t for t in claim.tokens if t}
    p_tokens = {t for t in p.tokens if t}
    for token in c_tokens - p_tokens:
        for opposite in _ANTONYM.get(token, ()):
            if opposite in p_tokens and opposite not in c_tokens:
                a, b = token.lstrip("~"), opposite.lstrip("~")
                return Stance("contradict", f"opposite: {a} / {b}")
    if negative_claim:
        return Stance("support", f"also denies: '{p_denial or p.words[neg_at or 0]}'")
    shown = [t.lstrip("~") for t in claim.tokens if t and t in shared][:3]
    if p.reporting:
        return Stance("support", f"attributed ('{p.reporting}'): {', '.join(shown)}")
    return Stance("support", f"matches: {', '.join(shown)}")
