"""Load the articles folder into a `Corpus`: decode, segment, date, split.

One bad file never stops the rest: it becomes a warning naming the file.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from workbench.corpus.dates import (
    DateHit,
    normalise_date,
    parse_date_line,
    parse_dateline,
    publication_date,
)
from workbench.corpus.decode import decode_article
from workbench.corpus.furniture import segment
from workbench.corpus.model import Article, Corpus, Passage
from workbench.corpus.sentences import (
    find_speaker,
    is_plural,
    is_pronoun,
    refers_back,
    split_sentences,
)
from workbench.textsafe import sanitize

ARTICLE_SUFFIXES = (".txt", ".md")
_URL = re.compile(r"https?://[^\s<>\"'”]+")
_QUOTE_MARK = re.compile(r'["“”]')
_OPENS_QUOTE = re.compile(r'\s*["“]')
_REPORTED = re.compile(
    r"(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})(?:\s+news)?\s+(?:news\s+)?agency\s+reported"
    r"|(?P<who2>Reuters|AFP|AP|Yonhap|KCNA|TASS|Xinhua|Kyodo|RIA Novosti|Interfax|Bloomberg)"
    r"\s+reported"
)


class Sidecar(BaseModel):
    """`<id>.toml` next to an article: overrides what the text says."""

    model_config = ConfigDict(extra="forbid")
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None

    @field_validator("date", mode="before")
    @classmethod
    def _date(cls, value: object) -> str | None:
        return normalise_date(value)


def article_files(folder: Path) -> list[tuple[str, Path]]:
    """(id, path) of every article under `folder`, sorted by id."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.rglob("*"):
        if path.suffix.lower() in ARTICLE_SUFFIXES and path.is_file():
            rel = path.relative_to(folder).with_suffix("")
            found.append((rel.as_posix(), path))
    return sorted(found)


def article_ids(folder: Path) -> list[str]:
    return [article_id for article_id, _ in article_files(folder)]


def _outlet(dateline_agency: str | None, body: str) -> str | None:
    if dateline_agency:
        return dateline_agency
    # Look only just before each "reported": the pattern starts at any capital
    # letter, and running it over a whole article costs more than all the rest.
    at = body.find("reported")
    while at != -1:
        match = _REPORTED.search(body, max(0, at - 60), at + len("reported"))
        if match:
            return (match.group("who") or match.group("who2")).strip()
        at = body.find("reported", at + 1)
    return None


def _fallback_title(text: str, passages: list[Passage]) -> str | None:
    if not passages:
        return None
    first = passages[0].text
    return first if len(first) <= 100 else first[:99].rstrip() + "…"


def build_article(article_id: str, path: str, text: str) -> Article:
    """Everything the workbench knows of one decoded, sanitised text."""
    article = Article(id=article_id, path=path, text=text)
    article.segments = segment(text)
    banner: DateHit | None = None
    urls: list[str] = []
    passages: list[Passage] = []
    last_named: str | None = None
    for seg in article.segments:
        chunk = text[seg.start : seg.end]
        if seg.kind == "title" and article.title is None:
            article.title, article.title_source = chunk, "headline line"
        elif seg.kind == "meta" and seg.why == "date" and banner is None:
            banner = parse_date_line(chunk)
        if seg.kind != "body":
            urls.extend(_URL.findall(chunk))
            continue
        quoting: str | None = None  # who the paragraph's last quotation is of
        for start, end in split_sentences(text, seg.start, seg.end):
            sentence = text[start:end]
            speaker = find_speaker(sentence)
            if speaker is None and quoting and _OPENS_QUOTE.match(sentence):
                # '"We sailed within capacity," he said. "The figure is a
                # fabrication."': a quotation going on is the same voice's,
                # never the writer's.
                speaker = quoting
            if speaker and is_pronoun(speaker):
                speaker = last_named or speaker
            elif (
                speaker
                and speaker[0].isupper()
                and not is_plural(speaker)
                and not refers_back(speaker, sentence)
            ):
                last_named = speaker
            passages.append(Passage(article_id, len(passages), start, end, sentence, speaker))
            quoting = speaker if speaker and _QUOTE_MARK.search(sentence) else None
    article.passages = passages
    body = " ".join(p.text for p in passages)
    dateline = parse_dateline(passages[0].text) if passages else None
    decided = publication_date(banner, dateline, body)
    article.date, article.date_source = decided.value, decided.source
    article.outlet = _outlet(dateline.agency if dateline else None, body)
    article.url = urls[0] if urls else None
    if article.title is None:
        article.title = _fallback_title(text, passages)
        article.title_source = "first sentence (no headline line)" if article.title else ""
    return article


def _apply_sidecar(article: Article, path: Path) -> None:
    sidecar_path = path.with_suffix(".toml")
    if not sidecar_path.is_file():
        return
    try:
        data = tomllib.loads(sidecar_path.read_text(encoding="utf-8"))
        sidecar = Sidecar.model_validate(data)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        article.warnings.append(f"{sidecar_path.name}: unreadable sidecar ignored: {exc}")
        return
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        article.warnings.append(f"{sidecar_path.name}: '{field}': {err['msg']}; sidecar ignored")
        return
    if sidecar.title:
        article.title, article.title_source = sanitize(sidecar.title), "sidecar"
    if sidecar.date:
        article.date, article.date_source = sidecar.date, f"sidecar {sidecar_path.name}"
    if sidecar.outlet:
        article.outlet = sanitize(sidecar.outlet)
    if sidecar.url:
        article.url = sanitize(sidecar.url)


def load_article(article_id: str, path: Path, warnings: list[str]) -> Article | None:
    """Read and build one article; problems become `warnings`, never raise."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        warnings.append(f"{path.name}: cannot read ({exc.strerror or exc}), skipped")
        return None
    return parse_article(article_id, path, data, warnings)


def parse_article(article_id: str, path: Path, data: bytes, warnings: list[str]) -> Article | None:
    """Build one article from the bytes of `path` already read.

    For a caller that needs the bytes too (the evidence index hashes them):
    reading each file once is a measurable share of a big build.
    """
    decoded = decode_article(data, path.name)
    if decoded.warning:
        warnings.append(decoded.warning)
    if decoded.text is None:
        return None
    article = build_article(article_id, str(path), decoded.text)
    if decoded.warning:
        article.warnings.append(decoded.warning)
    _apply_sidecar(article, path)
    if not article.passages:
        article.warnings.append(f"{path.name}: no body text found")
    warnings.extend(w for w in article.warnings if w != decoded.warning)
    return article


def load_corpus(folder: Path, only: Iterable[str] | None = None) -> Corpus:
    """Load every article under `folder` (or just the ids in `only`)."""
    wanted = set(only) if only is not None else None
    warnings: list[str] = []
    articles: dict[str, Article] = {}
    for article_id, path in article_files(folder):
        if wanted is not None and article_id not in wanted:
            continue
        article = load_article(article_id, path, warnings)
        if article is not None:
            articles[article_id] = article
    return Corpus(articles, warnings)
