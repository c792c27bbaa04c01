"""Tell the article body apart from page furniture, line by line.

Web captures carry navigation strips, breadcrumbs, advert slots, share
bars, podcast player timestamps, bylines and end marks. They must never
become evidence, yet the article view still shows them (dimmed), so they
are kept as segments rather than cut out of the text.
"""

from __future__ import annotations

import re

from workbench.corpus.dates import parse_date_line
from workbench.corpus.model import Segment

_PHRASES = frozenset(
    phrase.strip()
    for phrase in """
    google search engine|most popular|recent comments|related|related articles|related posts|
    related stories|read more|read also|also read|share|share this|share this article|
    share on facebook|share on twitter|podcasts|podcast|listen|listen to this article|
    advertisement|advertisment|sponsored|sponsored content|subscribe|subscribe now|follow us|
    comments|latest news|latest|trending|trending now|tags|you may also like|more from|
    sign up|sign in|log in|newsletter|leave a comment|leave a reply|popular posts|
    editor's picks|top stories|more stories|recommended|watch|watch live|video|photo|
    print|email|copy link|skip to content|menu|search|home|back to top|load more|
    all rights reserved|cookie policy|privacy policy|terms of use
    """.split("|")
)
_SOCIAL = frozenset(
    "facebook twitter x whatsapp telegram linkedin email e-mail print reddit pinterest vk "
    "copy link share tweet messenger viber line mail flipboard".split()
)
_BREADCRUMB = re.compile(r"^Home(?=[A-Z])|^Home\s*[>»/›|]")
_ADVERT = re.compile(r"^[\W_]*advert\w*[\W_]*$", re.IGNORECASE)
_TIMESTAMP = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_BYLINE = re.compile(
    r"^(?:by|articles? by|written by|reporting by|reported by|posted by|author:?|edited by)"
    r"\s+[A-Z][\w.’'-]*(?:[\s,]+(?:and\s+)?[A-Z][\w.’'-]*){0,5}\s*$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^[•·▪◦*►»]\s*\S")
_PUNCT_ONLY = re.compile(r"^[\W_]+$")
_END_MARK = re.compile(r"\s*(?:-0-|- ?30 ?-|###|ENDS|\(END\))\s*$")
_END_MARK_LAST = "-#S)"  # the last character of each end mark above
_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$")


_DECOR = " -–—|•·:"  # stripped from the ends of a line before it is looked up
# Matches a line with more characters other than white space and decor than
# the longest phrase has: lowercasing never drops a character and the strip
# only takes decor, so such a line cannot be a phrase. A paragraph fails the
# lookup here after a few dozen characters instead of being lowercased,
# split and joined whole.
_LONGER_THAN_ANY_PHRASE = re.compile(
    rf"(?:[\s{re.escape(_DECOR)}]*[^\s{re.escape(_DECOR)}]){{{max(map(len, _PHRASES)) + 1}}}"
)
_WORDS = re.compile(r"[\w-]+")


def furniture_reason(line: str) -> str | None:
    """Why a stripped line is page furniture, or None when it may be content."""
    lower = line.lower()
    if lower.count("icon") >= 4:
        return "icon strip"
    if _BREADCRUMB.match(line):
        return "breadcrumb"
    if _ADVERT.match(line):
        return "advert slot"
    short = len(line) <= 80
    if short or not _LONGER_THAN_ANY_PHRASE.match(line):
        lowered = " ".join(lower.split()).strip(_DECOR)
        if lowered in _PHRASES:
            return "page section"
    if _TIMESTAMP.match(line):
        return "player timestamp"
    if _PUNCT_ONLY.match(line):
        return "separator"
    if not short:
        return None  # every rule below is for short lines
    words = _WORDS.findall(lowered)
    if words and len(words) <= 6 and all(w in _SOCIAL for w in words):
        return "share bar"
    if _BULLET.match(line) and len(words) <= 4 and not _TERMINAL.search(line):
        return "link"
    return None


def _is_title_like(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 25 and not _TERMINAL.search(line)


def segment(text: str) -> list[Segment]:
    """Classify every non-blank line of `text` as body, title, meta or furniture."""
    segments: list[Segment] = []
    title: str | None = None
    title_folded = ""
    seen_body = False
    pos = 0
    for number, raw in enumerate(text.split("\n")):
        start = pos + (len(raw) - len(raw.lstrip()))
        end = pos + len(raw.rstrip())
        pos += len(raw) + 1
        if end <= start:
            continue
        line = text[start:end]
        reason = furniture_reason(line)
        if reason:
            segments.append(Segment(start, end, "furniture", reason))
            continue
        if parse_date_line(line) is not None:
            segments.append(Segment(start, end, "meta", "date"))
            continue
        if _BYLINE.match(line):
            segments.append(Segment(start, end, "meta", "byline"))
            continue
        # casefold never shortens a string, so a line longer than the folded
        # headline cannot repeat it: this spares folding every paragraph.
        if title is not None and len(line) <= len(title_folded) and line.casefold() == title_folded:
            segments.append(Segment(start, end, "title", "headline repeated"))
            continue
        if title is None and not seen_body and number < 12 and _is_title_like(line):
            title = line
            title_folded = title.casefold()
            segments.append(Segment(start, end, "title", "headline"))
            continue
        seen_body = True
        # An end mark closes the line, and the line is stripped, so its last
        # character tells at once whether one can be there: the search over a
        # whole paragraph costs more than all the other checks of the line.
        mark = _END_MARK.search(line) if line[-1] in _END_MARK_LAST else None
        if mark and mark.start() > 0:
            segments.append(Segment(start, start + mark.start(), "body"))
            segments.append(Segment(start + mark.start(), end, "furniture", "end mark"))
        else:
            segments.append(Segment(start, end, "body"))
    if not seen_body:  # a text that is only a headline is its own body
        segments = [Segment(s.start, s.end, "body") if s.kind == "title" else s for s in segments]
    return segments
