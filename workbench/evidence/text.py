"""Text normalisation for matching: fold, tokenise, stem, canonicalise.

Matching must see "deliveries of weapons" and "supplied munitions" as the
same thing, so every word goes through one pipeline: lower case, plain
quotes and dashes, a light suffix stemmer, then general lexicons that map
synonyms to one canonical token. Nothing here knows any particular claim.
Results are memoised per word: a news corpus repeats a small vocabulary,
so building the index costs one dict lookup per token.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

from workbench.corpus.sentences import trie
from workbench.evidence import lexicon

_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)
# Words (letters, inner apostrophes), and numbers with thousands separators
# or decimals ("1,000", "2.5"), and names with digits ("co2", "g7", "mh17").
# "n't" stays attached so negation is seen.
_TOKEN = re.compile(r"[a-z]+\d[a-z\d]*|\d+(?:[.,]\d+)*|[a-z]+(?:'[a-z]+)?")
# The same for text that keeps letters beyond a-z after folding (Cyrillic,
# Greek, Arabic, CJK): any letter. Slower, so only for such text.
_TOKEN_WIDE = re.compile(
    r"[^\W\d_]+\d[^\W_]*|\d+(?:[.,]\d+)*|[^\W\d_]+(?:'[^\W\d_]+)?"
)
_VOWEL = re.compile(r"[aeiouy]")


def fold(text: str) -> str:
    """Lower case with typographic quotes and dashes made plain, and accents
    dropped ("Zürich" is "zurich", "café" is "cafe").

    Plain ASCII (most passages) has nothing to translate: skipping the
    per-character table lookup makes folding ~10x cheaper on a big build.
    """
    if text.isascii():
        return text.lower()
    text = text.translate(_FOLD)
    if text.isascii():  # only curly quotes and dashes (most news)
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


# Factored by shared prefixes ('un(?:ited\ (?:kingdom|nations|…))'): re tries
# the branches of a flat alternation one by one at every word start, and this
# runs on every passage of the corpus (a third cheaper so). The phrases that
# can match at one position are prefixes of one another, and the trie tries
# the longer first, as the flat list sorted by length did: same matches.
_PHRASE = re.compile(r"(?<![a-z0-9])(" + trie(list(lexicon.PHRASES)) + r")(?![a-z0-9])")


def _phrase(match: re.Match[str]) -> str:
    return lexicon.PHRASES[match.group(1)]


# "2 °C", "2°C", "2C" tokenise as a number and "c" (the degree sign is no
# word character): a "c" or "f" right after a number is the unit's word, so
# it matches "degrees Celsius". Done on the tokens: a regex over every
# passage's text cost more than the rest of `words`.
_DEGREE_WORD = {"c": "celsius", "f": "fahrenheit"}


def words(text: str) -> list[str]:
    """Folded word and number tokens of `text`, multi-word terms made one."""
    return _words(text, _TOKEN, _TOKEN_WIDE)


# A line break between texts joined to be tokenised at once: "\n" is never
# part of a token nor of a phrase, and to the phrase pattern's look-arounds
# it is what the start or end of a text is, so the tokens between two
# breaks are those of the text alone.
_BREAK = "\n"
_TOKEN_OR_BREAK = re.compile(r"\n|" + _TOKEN.pattern)
_TOKEN_WIDE_OR_BREAK = re.compile(r"\n|" + _TOKEN_WIDE.pattern)


def _words(text: str, pattern: re.Pattern[str], wide: re.Pattern[str]) -> list[str]:
    folded = fold(text)
    if not folded.isascii():
        pattern = wide
    if "°" in folded:
        folded = folded.replace("° ", "°").replace("°c", " celsius").replace("°f", " fahrenheit")
    out = pattern.findall(_PHRASE.sub(_phrase, folded))
    if "c" in out or "f" in out:
        for i in range(1, len(out)):
            unit = _DEGREE_WORD.get(out[i])
            if unit and out[i - 1][0].isdigit():
                out[i] = unit
    return out


def _undouble(word: str) -> str:
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
        return word[:-1]
    return word


def stem(word: str) -> str:
    """A light English stemmer, comparatives of `lexicon.GRADABLE` included.

    "-er"/"-est" cannot be stripped by rule ("water", "summer", "interest"),
    so only the listed adjectives' forms are: "warmer", "hottest" and
    "drier" stem as "warm", "hot" and "dry" do.
    """
    hit = _COMPARATIVE.get(word)
    return hit if hit is not None else _stem(word)


def _stem(word: str) -> str:
    """A light English stemmer: plural, -ed, -ing, -ly, -ion, final e.

    Deliberately conservative (a Porter stemmer conflates too much for
    stance): "deliveries"/"delivered" -> "deliver", "violation"/"violate"
    -> "violat", "signed"/"signing" -> "sign".
    """
    w = word
    if len(w) <= 3 or w[0].isdigit():
        return w
    if w.endswith("'s"):
        w = w[:-2]
    if w.endswith("n't"):
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("es") and w[-3:-2] in ("x", "h", "s", "z") and len(w) > 4:
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is", "'s")) and len(w) > 3:
        w = w[:-1]
    if w.endswith("ied") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ed") and len(w) > 4 and _VOWEL.search(w[:-2]):
        w = _undouble(w[:-2])
    elif w.endswith("ing") and len(w) > 5 and _VOWEL.search(w[:-3]):
        w = _undouble(w[:-3])
    if w.endswith("ship") and len(w) > 8:
        w = w[:-4]  # professorship -> professor, leadership -> leader
    # Derived adjectives and agents meet their noun on long words only
    # ("atmospheric" ~ atmosphere, "political" ~ politics, "terrorist" ~
    # terror); short ones ("topic", "logic", "exist") are left whole.
    if w.endswith("ical") and len(w) > 8:
        w = w[:-2]
    if w.endswith("ic") and len(w) >= 8:
        w = w[:-2]
    elif w.endswith(("ist", "ism")) and len(w) >= 9:
        w = w[:-3]
    if w.endswith("ly") and len(w) > 5:
        w = w[:-2]
    if w.endswith(("tion", "sion")) and len(w) > 6:
        w = w[:-3]
    elif w.endswith(("tor", "ment")) and len(w) > 7:
        w = w[:-3] if w.endswith("tor") else w[:-4]
    if w.endswith("y") and len(w) > 4 and w[-2] not in "aeiou":
        w = w[:-1] + "i"
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


def _comparatives() -> dict[str, str]:
    table: dict[str, str] = {}
    for base in lexicon.GRADABLE:
        forms = [base + "er", base + "est", base + base[-1] + "er", base + base[-1] + "est"]
        if base.endswith("e"):
            forms += [base + "r", base + "st"]
        if base.endswith("y"):
            forms += [base[:-1] + "ier", base[:-1] + "iest"]
        for form in forms:
            table.setdefault(form, _stem(base))
    for form, base in (*lexicon.IRREGULAR_COMPARATIVES.items(),
                       *lexicon.IRREGULAR_VERBS.items()):
        table[form] = _stem(base)
    for noun, verb in lexicon.ACTION_NOUNS.items():
        table[noun] = table[noun + "s"] = _stem(verb)
    return table


_COMPARATIVE = _comparatives()


def _build_canon() -> dict[str, str]:
    """Stemmed lexicon word -> canonical token (the group's first word)."""
    table: dict[str, str] = {}
    for group in lexicon.SYNONYMS:
        head = "~" + stem(group[0])
        for member in group:
            table.setdefault(stem(member), head)
    return table


_GROUP = _build_canon()
_STOP = frozenset(stem(w) for w in lexicon.STOPWORDS) | lexicon.STOPWORDS


def _canon(word: str) -> str | None:
    if word in lexicon.STOPWORDS:
        return None
    if word[0].isdigit():
        return word.replace(",", "")
    s = stem(word)
    return None if s in _STOP else _GROUP.get(s, s)


class _Memo(dict[str, str | None]):
    """word -> index token, computed on a miss by `__missing__`.

    A hit is then one C-level lookup, which `tokens` maps over a passage's
    words without a Python call per word (the largest per-token cost of a
    big build once the regexes are done).
    """

    def __missing__(self, word: str) -> str | None:
        result = _canon(word)
        if len(self) < 2_000_000:
            self[word] = result
        return result


_CANON = _Memo()


def canon(word: str) -> str | None:
    """The index token for one folded word, or None for a stop word."""
    return _CANON[word]


def tokens(text: str) -> list[str]:
    """Index tokens of `text`: content words, stemmed and canonicalised."""
    return [t for t in map(_CANON.__getitem__, words(text)) if t is not None]


class TermIds(dict[str, int]):
    """Folded word -> id of its index token in `terms` (-1: a stop word).

    Numbers tokens in order of first appearance, as a {token: id} dict over
    `tokens(text)` would, but a known word costs one C-level lookup: the
    index build's per-token work, for a worker's chunk of articles.
    """

    def __init__(self) -> None:
        super().__init__()
        self.terms: list[str] = []
        self._id: dict[str, int] = {}
        self[_BREAK] = -2  # for `ids_of`

    def __missing__(self, word: str) -> int:
        token = _CANON[word]
        if token is None:
            tid = -1
        else:
            tid = self._id.get(token, -1)
            if tid < 0:
                tid = self._id[token] = len(self.terms)
                self.terms.append(token)
        self[word] = tid
        return tid

    def ids(self, text: str) -> list[int]:
        """Token ids of `text`, new tokens numbered on the way."""
        return [i for i in map(self.__getitem__, words(text)) if i >= 0]

    def ids_of(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Token ids of all `texts`, concatenated, and how many each has.

        What `ids` gives text by text, from one fold, phrase pass and token
        scan of the texts joined by line breaks: per-text calls were a fifth
        of tokenising a big build.
        """
        joined = _BREAK.join(texts)
        if joined.count(_BREAK) != max(len(texts) - 1, 0):  # a text holds a break
            rows = [self.ids(t) for t in texts]
            return (np.array([i for row in rows for i in row], np.int32),
                    np.array([len(row) for row in rows], np.int64))
        found = _words(joined, _TOKEN_OR_BREAK, _TOKEN_WIDE_OR_BREAK) if texts else []
        flat = np.fromiter(map(self.__getitem__, found), np.int32, len(found))
        keep = flat >= 0
        kept = np.zeros(len(flat) + 1, np.int64)
        np.cumsum(keep, out=kept[1:])
        bounds = np.concatenate(([0], np.flatnonzero(flat == -2), [len(flat)]))
        counts = np.diff(kept[bounds]) if texts else np.zeros(0, np.int64)
        return flat[keep], counts
