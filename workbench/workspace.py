"""The workspace: a folder holding claims.toml, the articles and the verdicts.

Found like git finds `.git`: the nearest folder, from the current one
upward, that holds `claims.toml`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from workbench.claims import Claim, ClaimsFile, load_claims_file
from workbench.claims.load import source_line
from workbench.corpus import Corpus, article_ids, load_corpus
from workbench.errors import WorkbenchError

CLAIMS_FILE = "claims.toml"
CACHE_DIR = ".workbench"
NOT_A_WORKSPACE = (
    "no workspace here: no claims.toml in {where} or any folder above it "
    "(start one with `workbench init DIR`, or pass --root DIR)"
)


def root_problem(folder: Path) -> str:
    """Why `--root folder` is no workspace, in one line (the folder was given)."""
    if folder.is_file():
        hint = f": --root {folder.parent}" if folder.name == CLAIMS_FILE else ""
        return (
            f"--root {folder}: a file, not a folder (give the folder holding {CLAIMS_FILE}{hint})"
        )
    if not folder.exists():
        return f"--root {folder}: no such folder"
    return (
        f"no workspace in {folder}: no {CLAIMS_FILE} there "
        f"(start one with `workbench init {folder}`)"
    )


def find_root(start: Path) -> Path | None:
    """The nearest folder from `start` upward that holds claims.toml."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / CLAIMS_FILE).is_file():
            return folder
    return None


@dataclass
class Workspace:
    root: Path
    config: ClaimsFile
    raw_claims: str
    _corpus: Corpus | None = field(default=None, repr=False)

    @property
    def claims_path(self) -> Path:
        return self.root / CLAIMS_FILE

    @property
    def articles_dir(self) -> Path:
        return (self.root / self.config.articles).resolve()

    @property
    def verdicts_dir(self) -> Path:
        return (self.root / self.config.verdicts).resolve()

    @property
    def cache_dir(self) -> Path:
        return self.root / CACHE_DIR

    @property
    def claims(self) -> list[Claim]:
        return self.config.claims

    def claim(self, claim_id: str) -> Claim:
        for claim in self.config.claims:
            if claim.id == claim_id:
                return claim
        raise WorkbenchError(f"unknown claim id {claim_id!r} (see `workbench claims`)")

    def corpus(self) -> Corpus:
        """The parsed articles, loaded once per Workspace."""
        if self._corpus is None:
            self._corpus = load_corpus(self.articles_dir)
        return self._corpus

    @property
    def loaded_corpus(self) -> Corpus | None:
        """The corpus if something already paid for loading it, else None."""
        return self._corpus

    def require_articles_dir(self) -> Path:
        """The articles folder, or one clear error when it is not there: a
        command should not quietly report "no evidence" for a typo in claims.toml."""
        folder = self.articles_dir
        if not folder.is_dir():
            raise WorkbenchError(
                f"the articles folder {self.config.articles}/ does not exist in {self.root} "
                "(create it, or set `articles` in claims.toml)"
            )
        return folder

    def check_sources(self) -> None:
        """Every claim's `sources` must name an article of the workspace."""
        known = set(article_ids(self.articles_dir))
        for index, claim in enumerate(self.config.claims):
            for source in claim.sources:
                if source not in known:
                    line = source_line(self.raw_claims, index)
                    raise WorkbenchError(
                        f"{CLAIMS_FILE}:{line}: claim {claim.id!r}: source {source!r} names no "
                        f"article in {self.config.articles}/"
                    )

    @classmethod
    def load(cls, root: Path, check_sources: bool = True) -> Workspace:
        config, raw = load_claims_file(root / CLAIMS_FILE)
        workspace = cls(root=root.resolve(), config=config, raw_claims=raw)
        if check_sources:
            workspace.check_sources()
        return workspace

    @classmethod
    def open(cls, root: str | Path | None = None, check_sources: bool = True) -> Workspace:
        """`--root DIR` when given, else the nearest workspace upward from here."""
        if root is not None:
            folder = Path(root)
            if not (folder / CLAIMS_FILE).is_file():
                raise WorkbenchError(root_problem(folder))
            return cls.load(folder, check_sources)
        found = find_root(Path.cwd())
        if found is None:
            raise WorkbenchError(NOT_A_WORKSPACE.format(where=Path.cwd()))
        return cls.load(found, check_sources)
