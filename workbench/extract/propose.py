"""Turn a passage into a proposed claim: the statement, and who makes it.

A claim to check is what is asserted, not the report of it: "Peskov said
that Russia intends X" proposes "Russia intends X" with Peskov as the
claimant. Attribution is stripped only when the sentence has one of a few
clean shapes (quote then attribution, attribution then clause,
"according to"); anything else is proposed as written, which is always a
faithful, if wordier, statement.
"""

from __future__ import annotations

import re

_SAY = (
    r"said|says|added|adds|claimed|claims|insisted|insists|stated|states|told reporters|"
    r"warned|warns|noted|argued|argues|asserted|asserts|alleged|alleges|declared|declares|"
    r"stressed|stresses|reported|reports|wrote|writes|explained|maintained|maintains|"
    r"announced|announces|confirmed|confirms|continued"
)
_WHEN = r"(?:\s+(?:on|last|this|in|earlier|late|early)\s+[A-Za-z]+(?:\s+\d{1,2})?)?"
_TAIL = r"(?:\s+(?:in|on|at|to|during)\s+[^,“”\"]{1,60})?"
_OPEN = "“\"‘'"
_CLOSE = "”\"’'"

# “Quote,” Speaker said (in a statement on Sunday).
_QUOTE_FIRST = re.compile(
    rf"^[{_OPEN}](?P<quote>.+?)[,.]?[{_CLOSE}]\s*,?\s*(?P<who>[^“”\"]{{1,80}}?)\s+"
    rf"(?:has\s+|had\s+)?(?:{_SAY}){_WHEN}{_TAIL}\s*[.]?$"
)
# Statement,” the diplomat insisted.  /  Statement, Yonhap news agency reported.
_ATTRIBUTION_LAST = re.compile(
    rf"^(?P<quote>.+?)[,.]?(?P<close>[{_CLOSE}]?)\s*,\s*(?P<who>[^,“”\"]{{1,60}}?)\s+"
    rf"(?:has\s+|had\s+)?(?:{_SAY}){_WHEN}{_TAIL}\s*[.]?$"
)
# Speaker said (last month) (that) clause.  /  He added: “quote”
_ATTRIBUTION_FIRST = re.compile(
    rf"^(?P<who>[^“”\"]{{1,120}}?)\s+(?:has\s+|had\s+)?(?:{_SAY}){_WHEN}"
    rf"(?:\s+that)?\s*[,:]?\s+(?P<rest>\S.+)$"
)
_ACCORDING = re.compile(r"^[Aa]ccording to (?P<who>[^,]{2,120}),\s+(?P<rest>\S.+)$")
_PRONOUN_START = re.compile(r"^(?:he|she|they|it|we|i|you|this|that|these|those)\b", re.I)
_VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would)\b")


def _words(text: str) -> int:
    return len(text.split())


def _finish(text: str) -> str:
    """Tidy a clause into a sentence: unwrap whole-quote, capitalise, end with a stop."""
    text = text.strip().rstrip(",;:")
    if len(text) > 2 and text[0] in _OPEN and text[-1] in _CLOSE + ".":
        inner = text[1:].rstrip(".").rstrip(_CLOSE).rstrip(",.")
        if not any(q in inner for q in '“”"'):
            text = inner
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    if text and text[-1] not in ".!?" + _CLOSE:
        text += "."
    return text


def _who(found: str, speaker: str | None) -> str | None:
    """The claimant: the corpus's speaker (pronouns resolved) over the raw words."""
    if speaker:
        return speaker
    found = found.strip()
    found = re.sub(r"^(?:[Tt]he)\s+", "", found)
    if not found or _PRONOUN_START.match(found):
        return None
    return found


def _speaker_like(who: str, speaker: str | None) -> bool:
    """A prefix that can be a speaker: short, or ending with the known speaker."""
    who = who.strip()
    if speaker and who.endswith(speaker):
        return True
    return _words(who) <= 8 and not _VERBISH.search(who)


def propose(text: str, speaker: str | None = None) -> tuple[str, str | None]:
    """(claim text, claimant) for one passage; attribution moves to claimant."""
    text = " ".join(text.split())
    match = _QUOTE_FIRST.match(text)
    if match and _speaker_like(match.group("who"), speaker) and _words(match.group("quote")) >= 4:
        return _finish(match.group("quote")), _who(match.group("who"), speaker)
    match = _ACCORDING.match(text)
    if match and _words(match.group("rest")) >= 4:
        return _finish(match.group("rest")), _who(match.group("who"), speaker)
    match = _ATTRIBUTION_FIRST.match(text)
    if (
        match
        and _speaker_like(match.group("who"), speaker)
        and _words(match.group("rest")) >= 4
        and not _PRONOUN_START.match(match.group("rest").lstrip(_OPEN))
    ):
        who = re.sub(r"^.*,\s*", "", match.group("who"))  # drop a leading time phrase
        return _finish(match.group("rest")), _who(who, speaker)
    match = _ATTRIBUTION_LAST.match(text)
    if match and _speaker_like(match.group("who"), speaker) and _words(match.group("quote")) >= 4:
        quote = match.group("quote") + match.group("close")
        if quote.count("“") > quote.count("”"):
            quote += "”"
        return _finish(quote), _who(match.group("who"), speaker)
    return _finish(text), speaker
