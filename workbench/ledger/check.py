"""`workbench check`: every problem of the ledger as `path:line: message`.

Errors make CI and the pre-commit hook fail; a disagreement between
reviewers is a warning (it is work to do, not damage). `fix_moved` is the
only repair: a quote found elsewhere in its article is re-anchored there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.corpus import Article, Corpus
from workbench.errors import WorkbenchError
from workbench.ledger.model import (
    Citation,
    LedgerFileError,
    VerdictFile,
    key_line,
    review_lines,
)
from workbench.ledger.store import Ledger


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    message: str
    warning: bool = False

    def __str__(self) -> str:
        kind = "warning: " if self.warning else ""
        return f"{self.path}:{self.line}: {kind}{self.message}"


@dataclass
class CheckResult:
    findings: list[Finding] = field(default_factory=list)
    files: int = 0
    moved: set[str] = field(default_factory=set)  # claim ids with re-anchorable citations

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if not f.warning]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.warning]


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def relocate(citation: Citation, article: Article) -> tuple[int, int] | None:
    """Where the quote is now: its old span if still there, else the nearest copy."""
    text = article.text
    if text[citation.start : citation.end] == citation.quote:
        return citation.start, citation.end
    best: int | None = None
    at = text.find(citation.quote)
    while at != -1:
        if best is None or abs(at - citation.start) < abs(best - citation.start):
            best = at
        at = text.find(citation.quote, at + 1)
    return None if best is None else (best, best + len(citation.quote))


class _Checker:
    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.workspace = ledger.workspace
        self.claims = {claim.id: claim for claim in self.workspace.claims}
        self.corpus: Corpus | None = None
        self.result = CheckResult()
        self.citations: list[tuple[str, int, Citation, str]] = []  # checked last, together

    def add(self, path: str, line: int, message: str, warning: bool = False) -> None:
        self.result.findings.append(Finding(path, line, message, warning))

    def run(self) -> CheckResult:
        try:
            self.workspace.check_sources()
        except WorkbenchError as exc:
            _, _, rest = exc.message.partition(":")
            line, _, message = rest.partition(": ")
            shown = self.ledger.display(self.workspace.claims_path)
            self.add(shown, int(line) if line.isdigit() else 1, message or exc.message)
        folder = self.ledger.folder
        if folder.exists() and not folder.is_dir():  # the ledger cannot be read: not "OK"
            self.add(
                self.ledger.display(folder),
                1,
                "not a folder: the ledger's folder (`verdicts` in claims.toml) is a file",
            )
        for path in self.ledger.files():
            self.result.files += 1
            shown = self.ledger.display(path)
            try:
                raw = path.read_bytes()
            except OSError as exc:
                self.add(shown, 1, f"cannot read: {exc.strerror or exc}")
                continue
            self.check_file(path.stem, shown, raw)
        if self.citations:
            # Only the cited articles: a pre-commit hook must not parse a 10k-article corpus.
            self.corpus = self.ledger.articles({c.article for _, _, c, _ in self.citations})
            for shown, line, citation, claim_id in self.citations:
                self.check_citation(shown, line, citation, claim_id)
        self.result.findings.sort(key=lambda f: (f.path, f.line))
        return self.result

    def check_file(self, stem: str, shown: str, raw: bytes) -> None:
        try:
            text = raw.decode("utf-8")
            verdicts = VerdictFile.loads(text, shown)
        except UnicodeDecodeError as exc:
            self.add(shown, raw[: exc.start].count(b"\n") + 1, "not UTF-8")
            return
        except LedgerFileError as exc:
            self.add(shown, exc.line, exc.reason)
            return
        lines = text.splitlines()
        headers, cite_headers = review_lines(text)
        claim = self.claims.get(stem)
        if claim is None:
            self.add(
                shown,
                1,
                f"orphan: no claim {stem!r} in claims.toml (restore the claim, or `git rm` "
                "this file if the claim was withdrawn)",
            )
        if verdicts.claim != stem:
            self.add(
                shown,
                key_line(lines, 0, "claim"),
                f"file is named {stem!r} but holds claim {verdicts.claim!r}",
            )
        if claim is not None and verdicts.claim_text != claim.text:
            self.add(
                shown,
                key_line(lines, 0, "claim_text"),
                "stale: the claim's text changed since it was reviewed "
                f"(now {_short(claim.text)}); review it again",
            )
        if not verdicts.reviews:
            self.add(shown, 1, "no reviews in this file", warning=True)
        seen: set[str] = set()
        for index, review in enumerate(verdicts.reviews):
            header = headers[index] if index < len(headers) else 1
            if review.id in seen:
                self.add(shown, key_line(lines, header, "id"), f"duplicate review id {review.id!r}")
            seen.add(review.id)
            if review.verdict not in self.ledger.scale:
                self.add(
                    shown,
                    key_line(lines, header, "verdict"),
                    f"verdict {review.verdict!r} is not on the scale "
                    f"({', '.join(self.ledger.scale.names)})",
                )
            cites = cite_headers[index] if index < len(cite_headers) else []
            for number, citation in enumerate(review.citations):
                line = cites[number] if number < len(cites) else header
                self.citations.append((shown, line, citation, stem))
        if verdicts.disagreement():
            latest = verdicts.latest_by_reviewer()
            said = "; ".join(f"{who} says {r.verdict}" for who, r in latest.items())
            last = len(verdicts.reviews) - 1
            line = headers[last] if last < len(headers) else 1
            self.add(shown, line, f"disagreement: {said}", warning=True)

    def check_citation(self, shown: str, line: int, citation: Citation, claim_id: str) -> None:
        where = f"{citation.article}:{citation.start}-{citation.end}"
        article = self.corpus.get(citation.article) if self.corpus else None
        if article is None:
            self.add(
                shown,
                line,
                f"citation {where} is gone: no article {citation.article!r} in "
                f"{self.workspace.config.articles}/",
            )
            return
        span = relocate(citation, article)
        if span is None:
            self.add(
                shown,
                line,
                f"citation {where} is gone: the quote {_short(citation.quote)} is no longer "
                "in the article",
            )
        elif span != (citation.start, citation.end):
            self.result.moved.add(claim_id)
            self.add(
                shown,
                line,
                f"citation {where} moved: the quote is now at {span[0]}-{span[1]} "
                "(`workbench check --fix` re-anchors it)",
            )


def check_ledger(ledger: Ledger) -> CheckResult:
    """Validate claims.toml's sources and every verdict file."""
    return _Checker(ledger).run()


def fix_moved(ledger: Ledger, claim_ids: set[str]) -> list[str]:
    """Re-anchor moved citations (and only those); returns one line per repair."""
    done: list[str] = []
    for claim_id in sorted(claim_ids):
        with ledger.locked(claim_id) as path:
            verdicts = ledger.read(claim_id)
            if verdicts is None:
                continue
            corpus = ledger.articles({c.article for r in verdicts.reviews for c in r.citations})
            changed = False
            for review in verdicts.reviews:
                for number, citation in enumerate(review.citations):
                    article = corpus.get(citation.article)
                    span = relocate(citation, article) if article else None
                    if article is None or span is None or span == (citation.start, citation.end):
                        continue
                    data = citation.model_dump()
                    data.update(start=span[0], end=span[1], article_sha256=article.sha256)
                    review.citations[number] = Citation.model_validate(data)
                    changed = True
                    done.append(
                        f"{ledger.display(path)}: review {review.id}: citation "
                        f"{citation.article}:{citation.start}-{citation.end} re-anchored to "
                        f"{span[0]}-{span[1]}"
                    )
            if changed:
                verdicts.save(path)
    return done
