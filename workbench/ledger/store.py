"""The ledger: record, read, retract and summarise verdicts, safely under concurrency.

Every change takes an exclusive `flock` on a lock file beside the verdict
file (the verdict file itself is replaced by rename, so it cannot carry the
lock), re-reads the file under the lock, changes it and writes it
atomically. A file edited on disk since someone read it (a `git pull`,
another window) is therefore never overwritten: it is read again first.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import secrets
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import tomli_w
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from workbench.atomic import write_text_atomic
from workbench.claims import Claim
from workbench.corpus import Corpus, load_corpus
from workbench.errors import WorkbenchError
from workbench.ledger.identity import check_reviewer, default_reviewer
from workbench.ledger.model import STANCES, Citation, Review, VerdictFile
from workbench.ledger.scale import Scale
from workbench.workspace import Workspace

LOCKS_GITIGNORE = "# lock files of workbench: never commit them\n.*.lock\n"

CitationSpec = tuple[str, int, int] | tuple[str, int, int, str]


@dataclass(frozen=True)
class RecordResult:
    path: Path
    review: Review


@dataclass(frozen=True)
class ClaimStatus:
    """What the claims list shows for one claim; `error` when its file is broken."""

    claim_id: str
    verdict: str | None = None
    label: str | None = None
    reviewer: str | None = None
    at: datetime | None = None
    stale: bool = False
    disagreement: bool = False
    citations: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STANCES, 0))
    reviews: int = 0
    latest: dict[str, str] = field(default_factory=dict)  # reviewer -> their latest verdict
    error: str | None = None

    @property
    def reviewed(self) -> bool:
        return self.verdict is not None


class DraftCitation(BaseModel):
    model_config = ConfigDict(extra="forbid")
    article: str
    start: int
    end: int
    stance: str = "related"


class Draft(BaseModel):
    """A reviewer's unfinished work on a claim: kept until a verdict is recorded."""

    model_config = ConfigDict(extra="forbid")
    claim: str
    reviewer: str
    note: str = ""
    citations: list[DraftCitation] = Field(default_factory=list)
    saved_at: datetime

    def specs(self) -> list[CitationSpec]:
        return [(c.article, c.start, c.end, c.stance) for c in self.citations]

    def save(self, path: Path) -> None:
        data = self.model_dump(mode="python")
        if not data["citations"]:
            del data["citations"]
        write_text_atomic(path, tomli_w.dumps(data))

    @classmethod
    def load(cls, path: Path) -> Draft | None:
        """The draft, or None (also when unreadable: a draft is disposable)."""
        try:
            return cls.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValidationError):
            return None


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _as_spec(item: Any) -> tuple[str, int, int, str]:
    if isinstance(item, Citation | DraftCitation):
        return item.article, item.start, item.end, item.stance
    if isinstance(item, tuple | list) and len(item) in (3, 4):
        stance = item[3] if len(item) == 4 else "related"
        return str(item[0]), int(item[1]), int(item[2]), str(stance)
    raise WorkbenchError(f"a citation must be (article, start, end, stance), not {item!r}")


class Ledger:
    """The verdict files of one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.scale = Scale.from_config(workspace.config.scale)
        self.folder = workspace.verdicts_dir
        self._reviewer: str | None = None

    # --- paths and identity -------------------------------------------------

    def path(self, claim_id: str) -> Path:
        return self.folder / f"{claim_id}.toml"

    def display(self, path: Path) -> str:
        """A path as `check` prints it: relative to the current folder when inside it."""
        with contextlib.suppress(ValueError, OSError):
            return path.relative_to(Path.cwd().resolve()).as_posix()
        return str(path)

    @property
    def default_reviewer(self) -> str:
        if self._reviewer is None:
            self._reviewer = default_reviewer(self.workspace.root)
        return self._reviewer

    def files(self) -> list[Path]:
        """Every verdict file (hidden lock and temp files excluded), sorted."""
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.glob("*.toml") if not p.name.startswith("."))

    # --- reading ------------------------------------------------------------

    def read(self, claim_id: str) -> VerdictFile | None:
        """The claim's file, or None when it has no reviews yet. Broken → WorkbenchError."""
        path = self.path(claim_id)
        if not path.exists():
            return None
        return VerdictFile.load(path, self.display(path))

    def current(self, claim_id: str) -> Review | None:
        verdicts = self.read(claim_id)
        return verdicts.current if verdicts else None

    def signature(self, claim_id: str) -> tuple[int, int, int] | None:
        """Cheap change detector: (inode, size, mtime_ns); a rename changes the inode."""
        try:
            st = self.path(claim_id).stat()
        except OSError:
            return None
        return st.st_ino, st.st_size, st.st_mtime_ns

    def mtime(self, claim_id: str) -> float | None:
        try:
            return self.path(claim_id).stat().st_mtime
        except OSError:
            return None

    def status(self, claim: Claim | str) -> ClaimStatus:
        """The claim's summary; a broken file gives a status with `error`, never raises."""
        if isinstance(claim, str):
            claim = self.workspace.claim(claim)
        try:
            verdicts = self.read(claim.id)
        except WorkbenchError as exc:
            return ClaimStatus(claim_id=claim.id, error=exc.message)
        if verdicts is None or verdicts.current is None:
            return ClaimStatus(claim_id=claim.id)
        current = verdicts.current
        counts = dict.fromkeys(STANCES, 0)
        for citation in current.citations:
            counts[citation.stance] += 1
        return ClaimStatus(
            claim_id=claim.id,
            verdict=current.verdict,
            label=self.scale.label(current.verdict),
            reviewer=current.reviewer,
            at=current.at,
            stale=verdicts.claim_text != claim.text,
            disagreement=verdicts.disagreement(),
            citations=counts,
            reviews=len(verdicts.reviews),
            latest={who: r.verdict for who, r in verdicts.latest_by_reviewer().items()},
        )

    # --- writing ------------------------------------------------------------

    @contextlib.contextmanager
    def locked(self, claim_id: str) -> Iterator[Path]:
        """Hold the claim's lock; yields the verdict file's path."""
        path = self.path(claim_id)
        lock = path.with_name(f".{path.name}.lock")
        try:
            if not self.folder.is_dir():
                self.folder.mkdir(parents=True, exist_ok=True)
                write_text_atomic(self.folder / ".gitignore", LOCKS_GITIGNORE)
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            raise WorkbenchError(
                f"{self.display(path)}: cannot write: {exc.strerror or exc} (nothing was changed)"
            ) from None
        try:
            try:
                # Blocking, not polling: a polling waiter loses every race to a writer
                # that re-locks at once, and a lock is held for milliseconds only.
                fcntl.flock(fd, fcntl.LOCK_EX)
            except OSError as exc:
                raise WorkbenchError(
                    f"{self.display(lock)}: cannot lock: {exc.strerror or exc}"
                ) from None
            self._sweep_temp_files(path)
            yield path
        finally:
            os.close(fd)  # releases the lock

    @staticmethod
    def _sweep_temp_files(path: Path) -> None:
        """Temp files of a writer killed mid-save; under the lock no writer owns them."""
        for leftover in path.parent.glob(f".{path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                leftover.unlink()

    def articles(self, ids: Iterable[str]) -> Corpus:
        """The named articles: the workspace's corpus if already loaded (the interface),
        else only those articles (a CLI command or CI should not parse the whole corpus)."""
        loaded = self.workspace.loaded_corpus
        if loaded is not None:
            return loaded
        return load_corpus(self.workspace.articles_dir, only=set(ids))

    def citations_for(self, specs: Iterable[Any]) -> list[Citation]:
        """Resolve (article, start, end, stance) against the corpus: exact quote and digest."""
        specs = [_as_spec(item) for item in specs]
        if not specs:
            return []
        corpus = self.articles({spec[0] for spec in specs})
        out = []
        for article_id, start, end, stance in specs:
            where = f"{article_id}:{start}-{end}"
            if stance not in STANCES:
                raise WorkbenchError(
                    f"citation {where}: unknown stance {stance!r} (one of: {', '.join(STANCES)})"
                )
            article = corpus.get(article_id)
            if article is None:
                raise WorkbenchError(
                    f"citation {where}: no article {article_id!r} in "
                    f"{self.workspace.config.articles}/"
                )
            if start >= end:
                raise WorkbenchError(
                    f"citation {where}: the span is empty or reversed (END must be above "
                    "START); nothing written"
                )
            if not 0 <= start < end <= len(article.text):
                raise WorkbenchError(
                    f"citation {where}: span is outside the article's text "
                    f"(0-{len(article.text)}); nothing written"
                )
            out.append(
                Citation(
                    article=article_id,
                    start=start,
                    end=end,
                    stance=stance,  # type: ignore[arg-type]
                    quote=article.text[start:end],
                    article_sha256=article.sha256,
                )
            )
        return out

    def record(
        self,
        claim_id: str,
        verdict: str,
        *,
        note: str = "",
        citations: Sequence[Any] = (),
        reviewer: str | None = None,
    ) -> RecordResult:
        """Append a review (locks, re-reads, appends, writes atomically)."""
        claim = self.workspace.claim(claim_id)
        if verdict not in self.scale:
            raise WorkbenchError(
                f"unknown verdict {verdict!r} (the scale is: {', '.join(self.scale.names)})"
            )
        who = check_reviewer(reviewer) if reviewer is not None else self.default_reviewer
        cited = self.citations_for(citations)
        with self.locked(claim_id) as path:
            verdicts = self.read(claim_id) or VerdictFile(
                claim=claim.id, claim_text=claim.text, reviews=[]
            )
            if verdicts.claim != claim.id:
                raise WorkbenchError(
                    f"{self.display(path)}: holds claim {verdicts.claim!r}, not {claim.id!r}"
                )
            taken = {r.id for r in verdicts.reviews}
            review_id = secrets.token_hex(5)
            while review_id in taken:
                review_id = secrets.token_hex(5)
            review = Review(
                id=review_id,
                verdict=verdict,
                reviewer=who,
                at=_now(),
                note=note,
                citations=cited,
            )
            verdicts.claim_text = claim.text
            verdicts.reviews.append(review)
            verdicts.save(path)
        return RecordResult(path=path, review=review)

    def retract(self, claim_id: str, review_id: str) -> Path:
        """Undo the caller's own last review; refuse if anyone recorded after it."""
        with self.locked(claim_id) as path:
            verdicts = self.read(claim_id)
            if verdicts is None or all(r.id != review_id for r in verdicts.reviews):
                raise WorkbenchError(f"claim {claim_id!r} has no review {review_id!r}")
            if verdicts.reviews[-1].id != review_id:
                raise WorkbenchError(
                    f"review {review_id!r} is no longer the last on claim {claim_id!r} "
                    "(a later review was recorded); nothing removed"
                )
            verdicts.reviews.pop()
            if verdicts.reviews:
                verdicts.save(path)
            else:
                try:
                    path.unlink()
                except OSError as exc:
                    raise WorkbenchError(
                        f"{self.display(path)}: cannot remove: {exc.strerror or exc}"
                    ) from None
        return path

    # --- drafts -------------------------------------------------------------

    def _draft_path(self, claim_id: str, reviewer: str | None) -> Path:
        who = reviewer or self.default_reviewer
        tag = hashlib.sha256(who.encode("utf-8")).hexdigest()[:10]
        return self.workspace.cache_dir / "drafts" / f"{claim_id}--{tag}.toml"

    def save_draft(
        self, claim_id: str, reviewer: str | None, note: str, citations: Sequence[Any]
    ) -> Path:
        """Keep a reviewer's note and citations until a verdict is recorded (atomic)."""
        who = reviewer or self.default_reviewer
        draft = Draft(
            claim=claim_id,
            reviewer=who,
            note=note,
            citations=[
                DraftCitation(article=a, start=s, end=e, stance=st)
                for a, s, e, st in map(_as_spec, citations)
            ],
            saved_at=_now(),
        )
        path = self._draft_path(claim_id, who)
        draft.save(path)
        return path

    def load_draft(self, claim_id: str, reviewer: str | None = None) -> Draft | None:
        """The saved draft, or None."""
        return Draft.load(self._draft_path(claim_id, reviewer))

    def clear_draft(self, claim_id: str, reviewer: str | None = None) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._draft_path(claim_id, reviewer).unlink()
