"""Split an article body into sentences, and find who is speaking.

Rules that matter for news copy: abbreviations and initials (U.S., Sept.,
Mr., N.Korea) do not end a sentence; a quotation that spans several
sentences stays one passage with its attribution ("… on this," he said);
curly and straight quotes both count; a passage never crosses a line
break, so an unbalanced quote cannot swallow the rest of the article.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr rev hon pres
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    no nos vs etc inc corp ltd co bros dept est approx fig figs vol eg ie cf al ca c
    mt ft mph km kg lb lbs oz pp op ed eds gb ave blvd rd
    """.split()
)
# After a dotted acronym ("U.S.") only these words clearly start a new sentence.
SENTENCE_STARTERS = frozenset(
    """
    the a an it he she they we i this that these those there in on at but and however
    meanwhile his her their its our according while when after before as if so yet
    """.split()
)

_OPEN_DOUBLE = "“«„"
_CLOSE_DOUBLE = "”»"
_CLOSERS = "\"'”’»)]"
# The events of `split_line`: a double quote mark, or terminal punctuation
# (with any closers) before white space. Written as one character class
# first, then a check of which kind it was, rather than as the alternation
# '[“«„”»"]|[.!?…]+…': re then skips along the line to the next such
# character in a tight loop instead of trying both branches at every
# position, which made this the costliest scan of sentence splitting.
# The matches are the same: `[.!?…][.!?…]*` backtracks exactly as `[.!?…]+`.
# A run of terminal punctuation is tried from its first mark only, and read
# without backtracking (a shorter run is followed by a mark, never by white
# space, so it could not match either): tried from every mark of a long run
# ("."*24000) the scan was quadratic, 16 s.
_EVENT = re.compile(
    r"[“«„”»\".!?…](?:(?<=[“«„”»\"])"
    r"|(?<=[.!?…])(?<![.!?…][.!?…])[.!?…]*+[\"'”’»)\]]*+(?=\s))"
)


_TOKEN = re.compile(r"(?:[^\W_]|[.\-’'])+")  # [^\W_] is exactly str.isalnum


def _word_before(text: str, pos: int) -> str:
    """The token (letters, dots, hyphens) that ends at `pos` (exclusive).

    The token mostly runs back to the last space, so one regex check of that
    span stands in for a loop over its characters; else walk back.
    """
    i = text.rfind(" ", 0, pos) + 1
    if i < pos and _TOKEN.fullmatch(text, i, pos):
        return text[i:pos]
    i = pos
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in ".-’'"):
        i -= 1
    return text[i:pos]


def _is_boundary(line: str, end: int, nxt: int) -> bool:
    """Does the terminal punctuation ending at `end` close a sentence?"""
    if nxt >= len(line):
        return True
    first = line[nxt]
    if not (first.isupper() or first in "\"“‘'«(["):
        return False
    stop = end
    while stop > 0 and line[stop - 1] in _CLOSERS:
        stop -= 1
    if line[stop - 1] != ".":
        return True  # ! ? … always end a sentence
    token = _word_before(line, stop - 1)
    bare = token.strip(".-’'").lower()
    if not bare:
        return True
    if "." in token.strip("."):  # dotted acronym: U.S. / e.g.
        follower = re.match(r"[\"“‘']?([A-Za-z]+)", line[nxt:])
        return bool(follower and follower.group(1).lower() in SENTENCE_STARTERS)
    if bare in ABBREVIATIONS:
        return False
    return not (len(bare) == 1 and token[:1].isupper())  # an initial: "John F. Kennedy"


def split_line(line: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each sentence in one line, stripped of spaces.

    Only quote marks and terminal punctuation matter, so the loop visits
    those events (found by one regex) rather than every character.
    """
    depth = 0  # inside a curly double quotation
    straight_open = False
    start = 0
    n = len(line)
    for match in _EVENT.finditer(line):
        token = match.group()
        first = token[0]
        if first in _OPEN_DOUBLE:
            depth += 1
            continue
        if first in _CLOSE_DOUBLE:
            depth = max(0, depth - 1)
            continue
        if first == '"':
            straight_open = not straight_open
            continue
        for ch in token:  # closers after the full stop: ."  .”
            if ch in _CLOSE_DOUBLE:
                depth = max(0, depth - 1)
            elif ch == '"':
                straight_open = not straight_open
        if depth or straight_open:
            continue
        end = match.end()
        nxt = end
        while nxt < n and line[nxt].isspace():
            nxt += 1
        if _is_boundary(line, end, nxt):
            span = _trimmed(line, start, end)
            if span:
                yield span
            start = nxt
    span = _trimmed(line, start, n)
    if span:
        yield span


def _trimmed(line: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without its outer spaces, or None when it holds no letter or digit.

    A plain function rather than a generator, and the first character tested
    before the slice is scanned: this runs once per sentence.
    """
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    if end > start and (line[start].isalnum() or any(ch.isalnum() for ch in line[start:end])):
        return start, end
    return None


def split_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentences of `text[start:end]`, as absolute offsets; one line at a time."""
    pos = start
    for raw in text[start:end].split("\n"):
        for s, e in split_line(raw):
            yield pos + s, pos + e
        pos += len(raw) + 1


# --- speakers -------------------------------------------------------------------


def _trie_branches(words: list[str]) -> list[str]:
    """The top-level branches of `trie(words)`, one per first letter."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        groups.setdefault(word[:1], []).append(word[1:])
    parts = []
    for head, tails in groups.items():
        rest = [tail for tail in tails if tail]
        if not rest:
            parts.append(re.escape(head))
            continue
        optional = "?" if "" in tails else ""
        parts.append(f"{re.escape(head)}(?:{trie(rest)}){optional}")
    return parts


def trie(words: list[str]) -> str:
    """An alternation factored by shared prefixes.

    Python's re tries the branches of 'said|says|…' one by one at every
    position; factored ('sa(?:id|ys)') most positions fail at the first
    letter. This check runs on every sentence of the corpus. The greedy
    optional tails try a longer word before its prefix ('Sept' before
    'Sep'); where no word is a prefix of another, as in the verb lists
    below, the order of the branches cannot change a match.
    """
    return "|".join(_trie_branches(words))


_VERBS = (
    r"said|says|added|adds|claimed|insisted|insists|told|tells|stated|warned|warns|noted|"
    r"wrote|writes|argued|argues|denied|denies|asserted|asserts|alleged|alleges|accused|"
    r"announced|announces|confirmed|confirms|declared|declares|explained|explains|stressed|"
    r"stresses|reported|maintained|maintains|rejected|dismissed|acknowledged|acknowledges"
)
# Base forms, for plural subjects only ("US officials say", "Moscow and
# Pyongyang deny", "they continue to say"): after a role they are more often
# nouns ("the final say", "the claim").
_BASE_VERBS = r"say|insist|deny|claim|allege|maintain|argue|warn|confirm|reject|dismiss|accuse"
_INVERTED = r"said|says|added|adds|wrote|writes|told reporters|continued|explained|asked"
# Words that may stand between a speaker and the verb ("Moscow has repeatedly
# denied", "they continue to say", "the minister went on to say").
_BETWEEN = (
    r"also|again|repeatedly|consistently|strongly|flatly|firmly|categorically|vehemently|"
    r"publicly|previously|officially|openly|reportedly|explicitly|formally|immediately|"
    r"quickly|swiftly|later|earlier|once|still|now|then|has|had|have|continue to|"
    r"continues to|continued to|went on to|goes on to"
)
# Never a word of a role ("the fact that Israel", "Rogen's appointment is
# said"): those words, auxiliaries and the words that start a clause.
_NOT_ROLE = trie(
    _BETWEEN.split("|")
    + "is|was|are|were|be|been|will|would|could|can|may|might|must|should|to|that|which|who"
    .split("|")
)
# Possessive quantifiers (*+, ++, {1,60}+) where giving characters back can
# never help: in every pattern below, what follows a capitalised word or a
# role's last word starts with white space or a comma (or ends the pattern),
# and what follows the aside's [^,] run is a comma, so a shorter run would
# leave a character that cannot match there. The matches are the same; re
# just stops retrying them at each capital letter of a sentence, which was
# most of the cost of the speaker-before-verb patterns.
_WORD = r"[A-Z][\w’'.-]*+"
_NAME = rf"(?:{_WORD}(?:\s+(?:of\s+|the\s+)?{_WORD}){{0,5}})"
_NAMES = rf"(?:{_NAME}(?:(?:,\s+{_NAME})*,?\s+and\s+(?:the\s+)?{_NAME})?)"
_BETWEEN_TRIE = trie(_BETWEEN.split("|"))
_ROLE_WORD = rf"(?!(?:{_NOT_ROLE})\s)[\w-]++"
_ROLE = rf"(?:[Tt]he\s+(?:{_ROLE_WORD}\s+){{0,3}}{_ROLE_WORD})"
# "North Korea's foreign ministry": a named body's office or officer (not
# "That's how much ...").
_POSSESSIVE = (
    rf"(?:(?!(?:That|It|He|She|There|What|Here|Who|Where|Let)['’]s\b)"
    rf"{_NAME}(?<=['’]s)\s+(?:{_ROLE_WORD}\s+){{0,2}}{_ROLE_WORD})"
)
# A group named by what it is, with a qualifier before it or a place after
# it: "US officials", "South Korean intelligence officials", "Witnesses in
# the capital".
GROUP_NOUNS = (
    "officials", "experts", "analysts", "diplomats", "sources", "authorities", "critics",
    "scientists", "researchers", "lawmakers", "observers", "witnesses", "investigators",
    "prosecutors", "activists", "police",
)
# Both cases spelled out: a case-insensitive search is several times slower.
_GROUP_TRIE = trie([w for noun in GROUP_NOUNS for w in (noun, noun.capitalize())])
_GROUP = (
    rf"\b(?:{_NAME}\s+)?(?:(?!(?:and|or|but|the|a|an|of|in|on|that|which|who)\s)[a-z-]+\s+)?"
    rf"(?:{_GROUP_TRIE})\b"
    r"(?:\s+in\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}?)?"
)
_PRONOUN = r"\b(?:he|she|they|He|She|They)"
_OUTLET_NOUN = r"(?:\s+(?:news\s+agency|agency|newspaper|daily|broadcaster|news))?"
_WHEN = r"(?:\s+(?:on|last|this|earlier|later)\s+[A-Za-z]+)?"
_VERB_TRIE = trie(_VERBS.split("|"))
_GAP = rf"(?:,\s[^,]{{1,60}}+,)?{_WHEN}(?:\s+(?:{_BETWEEN_TRIE})){{0,3}}\s+"
_BASE_TRIE = trie(_BASE_VERBS.split("|"))
_GROUP_HINT = re.compile(rf"(?:{_GROUP_TRIE})\b")


@functools.cache
def _speaker_before(group: bool, possessive: bool) -> re.Pattern[str]:
    """Speaker, then verb. The group and possessive branches are tried at
    every word, so they are left out where the sentence has no group noun or
    no "'s" (most sentences): the leftmost match is the same."""
    who = [_GROUP] if group else []
    who += [_POSSESSIVE] if possessive else []
    who += [f"{_NAMES}{_OUTLET_NOUN}", _PRONOUN, _ROLE]
    return re.compile(rf"(?P<who>{'|'.join(who)}){_GAP}(?:{_VERB_TRIE})\b")


@functools.cache
def _speakers_before(group: bool) -> re.Pattern[str]:
    """Plural speaker, then a base-form verb."""
    who = [_GROUP] if group else []
    who += [_NAMES, r"\b[Tt]hey"]
    return re.compile(rf"(?P<who>{'|'.join(who)}){_GAP}(?:{_BASE_TRIE})\b")


# Every match of the patterns above has a verb right after white space. The
# pattern itself may start at any capital letter and backtrack through names
# and roles before failing, so this quick test spares it where it cannot match.
_VERB_AFTER_SPACE = re.compile(rf"\s(?:{_VERB_TRIE})\b")
_BASE_AFTER_SPACE = re.compile(rf"\s(?:{_BASE_TRIE})\b")
_SPEAKER_AFTER = re.compile(
    rf"[,”\"]\s*(?:{trie(_INVERTED.split('|'))})\s+(?P<who>{_NAME}|{_ROLE})"
)
_ACCORDING = re.compile(
    rf"\b[Aa]ccording to (?:a |an |the )?(?P<who>{_NAME}"
    r"|(?:[a-z-]+\s+){0,2}(?:statement|report|reports|officials?|ministry|spokes\w+|agency|"
    r"sources?|police|briefing|data|survey|analysts?|experts?|diplomats?|commentary|dispatch)\b"
    r"(?:\s+by\s+[\w’' -]+)?)"
)
_CARRIED = re.compile(rf"\bcarried by (?:the |its )?(?:[a-z]+\s+)?(?P<who>{_NAME})")


# A sentence no candidate pattern can match gets no speaker without trying
# them. Every candidate match contains one of these, so the test may be
# looser than the patterns without changing a result; it has no leading \b
# and every branch starts with a plain letter, which lets re skip along the
# sentence to the letters that can start one instead of trying each position.
_HINT = re.compile(
    "|".join(
        [
            *(
                rf"{branch}\b"
                for branch in _trie_branches("|".join((_VERBS, _BASE_VERBS, _INVERTED)).split("|"))
            ),
            "According to",
            "according to",
            "carried by",
        ]
    )
)
_NOT_NAMES = frozenset(
    "The This That It In On At But And However Last Recently Among During Following When "
    "Some Many Most Few Both All Others Other Did Does Do Let I We You Who What Why How Which "
    "Nobody None Nothing Everyone Everybody Someone Somebody Anyone Anybody No "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


def _clean(who: str) -> str | None:
    who = who.strip(" ,.’'")
    words = who.split()
    while words and words[0] in _NOT_NAMES:
        words = words[1:]
    who = " ".join(words)
    return who or None


def find_speaker(sentence: str) -> str | None:
    """The speaker a sentence attributes its words to, as written, or None."""
    if not _HINT.search(sentence):
        return None
    for who in _candidates(sentence):
        cleaned = _clean(who)
        if cleaned and cleaned.split()[-1].lower() not in {"and", "or", "but", "that"}:
            return cleaned
    return None


_QUOTED_TAIL = re.compile(r"[”\"]\s*,?\s*(.*)$")


def _candidates(sentence: str) -> Iterator[str]:
    """Possible speakers, most reliable pattern first, found lazily."""
    has_verb = _VERB_AFTER_SPACE.search(sentence) is not None
    group = _GROUP_HINT.search(sentence) is not None
    before = _speaker_before(group, "'s" in sentence or "’s" in sentence)
    quoted_tail = _QUOTED_TAIL.search(sentence)
    if quoted_tail and has_verb:
        for match in before.finditer(quoted_tail.group(1)):
            yield match.group("who")
    # Cheap necessary conditions first: a pattern that cannot match is not run.
    for pattern, possible in (
        (_SPEAKER_AFTER, True),
        (_ACCORDING, "ccording to " in sentence),
        (before, has_verb),
        (_speakers_before(group), _BASE_AFTER_SPACE.search(sentence) is not None),
        (_CARRIED, "carried by " in sentence),
    ):
        if possible:
            for match in pattern.finditer(sentence):
                yield match.group("who")


def is_pronoun(who: str) -> bool:
    return who.lower() in {"he", "she", "they"}


def refers_back(who: str, sentence: str) -> bool:
    """A definite description opening the sentence ("The Vice Minister went
    on to say") names someone already introduced: a later "he said" still
    means that person."""
    return re.match(rf"\W*The\s+{re.escape(who)}\b", sentence) is not None


def is_plural(who: str) -> bool:
    """A group or several parties ("US officials", "Russia and North Korea"):
    never what a later "he said" refers to."""
    ws = who.lower().split()
    return "and" in ws or any(w in GROUP_NOUNS for w in ws)
