"""The verdict file: one claim, the text as reviewed, an append-only list of reviews.

The models own reading and writing. Writing is deterministic (the same data
gives the same bytes) and every value is serialised by tomli-w; the file is
composed one table at a time so that each review is a `[[reviews]]` table
and each citation a `[[reviews.citations]]` table whatever their length
(tomli-w alone would write short ones inline, and then the layout, the line
numbers in `check` and git's line merges would depend on a note's length).
Strings are written on one line (newlines escaped), so a note can never
contain a line that looks like a table header or a conflict marker.
"""

from __future__ import annotations

import re
import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import tomli_w
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from workbench.atomic import write_text_atomic
from workbench.claims.load import key_line as claims_key_line
from workbench.claims.load import toml_error_line
from workbench.claims.model import SLUG
from workbench.errors import WorkbenchError

Stance = Literal["support", "contradict", "related"]
STANCES: tuple[str, ...] = ("support", "contradict", "related")

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_REVIEW_ID = re.compile(r"^[0-9a-z]{4,32}$")
_REVIEW_HEADER = re.compile(r"^\s*\[\[\s*reviews\s*\]\]\s*(#.*)?$")
_CITATION_HEADER = re.compile(r"^\s*\[\[\s*reviews\s*\.\s*citations\s*\]\]\s*(#.*)?$")
_MULTILINE_OPEN = re.compile(r"^[^=]+=\s*(\"\"\"|\'\'\')(.*)$")
_CONFLICT = re.compile(r"^(<{7}|\|{7}|={7}|>{7})(\s|$)")


class _Strict(BaseModel):
    """Unknown keys are errors: a typo in a hand edit must not vanish."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Citation(_Strict):
    """A span of an article, with the exact text and the article's digest when cited."""

    article: str
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    stance: Stance
    quote: str
    article_sha256: str

    @field_validator("article_sha256")
    @classmethod
    def _digest(cls, value: str) -> str:
        if not _SHA256.match(value):
            raise ValueError("article_sha256 must be 64 lower-case hex digits")
        return value

    @field_validator("end")
    @classmethod
    def _order(cls, value: int, info: Any) -> int:
        start = info.data.get("start")
        if isinstance(start, int) and value <= start:
            raise ValueError(f"end ({value}) must be after start ({start})")
        return value


class Review(_Strict):
    """One reviewer's verdict at one moment; never edited once written."""

    id: str
    verdict: str
    reviewer: str
    at: datetime
    note: str = ""
    citations: list[Citation] = Field(default_factory=list)

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not _REVIEW_ID.match(value):
            raise ValueError("review id must be 4-32 lower-case letters or digits")
        return value

    @field_validator("verdict")
    @classmethod
    def _verdict(cls, value: str) -> str:
        if not SLUG.match(value):
            raise ValueError(f"verdict {value!r} is not a scale name")
        return value

    @field_validator("reviewer")
    @classmethod
    def _reviewer(cls, value: str) -> str:
        if not value.strip() or "\n" in value:
            raise ValueError("reviewer must be one non-empty line")
        return value

    @field_validator("at")
    @classmethod
    def _utc(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("'at' needs a UTC offset (write it like 2026-01-31T09:30:00Z)")
        return value.astimezone(UTC)

    def as_toml_dict(self) -> dict[str, Any]:
        """The review's own keys (citations apart), in file order."""
        data: dict[str, Any] = {
            "id": self.id,
            "verdict": self.verdict,
            "reviewer": self.reviewer,
            "at": self.at,
        }
        if self.note:
            data["note"] = self.note
        return data


class VerdictFile(_Strict):
    """`verdicts/<claim-id>.toml`; the last review is the current verdict."""

    claim: str
    claim_text: str
    reviews: list[Review] = Field(default_factory=list)

    @property
    def current(self) -> Review | None:
        return self.reviews[-1] if self.reviews else None

    def latest_by_reviewer(self) -> dict[str, Review]:
        """Each reviewer's last review, in order of first appearance."""
        latest: dict[str, Review] = {}
        for review in self.reviews:
            latest[review.reviewer] = review
        return latest

    def disagreement(self) -> bool:
        """Reviewers' latest verdicts differ (one person changing their mind is not it)."""
        return len({r.verdict for r in self.latest_by_reviewer().values()}) > 1

    def dumps(self) -> str:
        chunks = [tomli_w.dumps({"claim": self.claim, "claim_text": self.claim_text})]
        for review in self.reviews:
            chunks.append("\n[[reviews]]\n" + tomli_w.dumps(review.as_toml_dict()))
            for citation in review.citations:
                chunks.append(
                    "\n[[reviews.citations]]\n" + tomli_w.dumps(citation.model_dump(mode="python"))
                )
        return "".join(chunks)

    def save(self, path: Path) -> None:
        """Atomically replace `path` (temp file, fsync, rename)."""
        text = self.dumps()
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise WorkbenchError(
                f"{path}: text is not valid Unicode (position {exc.start}); nothing written"
            ) from None
        write_text_atomic(path, text)

    @classmethod
    def loads(cls, text: str, name: str = "verdict file") -> VerdictFile:
        """Parse and validate; every problem is a `LedgerFileError` with a line."""
        lines = text.splitlines()
        for number, line in enumerate(lines, start=1):
            if _CONFLICT.match(line):
                raise LedgerFileError(name, number, CONFLICT_HELP)
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            where, reason = toml_error_line(str(exc), text)
            raise LedgerFileError(
                name, int(where.split(":")[0]), f"invalid TOML: {reason}"
            ) from None
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            errors = exc.errors()
            # A typo'd key gives "missing" and "unknown": the unknown key is the useful one.
            err = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
            loc = list(err["loc"])
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                msg = "unknown key (a typo?)"
            elif err["type"] == "missing":
                msg = "required key is missing"
            where = ".".join(str(p) for p in loc) or "(top level)"
            raise LedgerFileError(name, locate(lines, loc), f"'{where}': {msg}") from None

    @classmethod
    def load(cls, path: Path, name: str | None = None) -> VerdictFile:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise WorkbenchError(f"{path}: cannot read: {exc.strerror or exc}") from None
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise LedgerFileError(name or str(path), line, "not UTF-8") from None
        return cls.loads(text, name or str(path))


CONFLICT_HELP = (
    "unresolved git merge conflict: keep the [[reviews]] tables of both sides, delete the "
    "conflict marker lines, then run `workbench check` (to have git do it, register the "
    "merge driver with `workbench init` and redo the merge: `git checkout -m -- FILE`)"
)


class LedgerFileError(WorkbenchError):
    """A problem at a line of a verdict file; `check` prints it as path:line: message."""

    def __init__(self, name: str, line: int, reason: str) -> None:
        super().__init__(f"{name}:{line}: {reason}")
        self.name = name
        self.line = line
        self.reason = reason


def _headers(lines: list[str]) -> tuple[list[int], list[list[int]]]:
    """Line (1-based) of each `[[reviews]]`, and of each citation under it.

    Lines inside a multi-line string of a hand-edited file are skipped (the
    ledger itself never writes one).
    """
    reviews: list[int] = []
    citations: list[list[int]] = []
    closing: str | None = None
    for number, line in enumerate(lines, start=1):
        if closing is not None:
            if closing in line:
                closing = None
            continue
        if _REVIEW_HEADER.match(line):
            reviews.append(number)
            citations.append([])
        elif _CITATION_HEADER.match(line) and citations:
            citations[-1].append(number)
        else:
            opened = _MULTILINE_OPEN.match(line)
            if opened and opened.group(1) not in opened.group(2):
                closing = opened.group(1)
    return reviews, citations


def key_line(lines: list[str], header: int, key: str) -> int:
    """Line of `key = ...` in the table whose header is line `header` (0: the top)."""
    return max(claims_key_line(lines, header, key), 1)


def locate(lines: list[str], loc: list[Any]) -> int:
    """Best line for a pydantic error location such as ('reviews', 2, 'citations', 0, 'end')."""
    if not loc:
        return 1
    if loc[0] != "reviews" or len(loc) < 2 or not isinstance(loc[1], int):
        return key_line(lines, 0, str(loc[0]))
    reviews, citations = _headers(lines)
    if loc[1] >= len(reviews):
        return key_line(lines, 0, "reviews")
    header = reviews[loc[1]]
    rest = loc[2:]
    if rest[:1] == ["citations"] and len(rest) >= 2 and isinstance(rest[1], int):
        cites = citations[loc[1]]
        if rest[1] < len(cites):
            header = cites[rest[1]]
            rest = rest[2:]
        else:
            rest = rest[:1]
    return key_line(lines, header, str(rest[0])) if rest else header


def review_lines(text: str) -> tuple[list[int], list[list[int]]]:
    """Public form of the header scan, for `check` to point at reviews and citations."""
    return _headers(text.splitlines())
