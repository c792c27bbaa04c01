"""A small workspace for the ledger tests (imported by test_ledger*, test_check*, ...)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from workbench.workspace import Workspace

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable

ARTICLE = """\
Lighthouse keepers protest closures

The council voted on Monday to close three lighthouses on the coast. "We were never \
consulted," said keeper Ana Ruiz.

The mayor said the closures would save 40,000 euros a year. Critics called the figure invented.
"""
CLAIMS = """\
articles = "articles"
verdicts = "verdicts"

[publisher]
name = "Test Desk"
url = "https://desk.example"
review_url = "https://desk.example/r/"

[[claims]]
id = "closures-save-money"
text = "Closing the lighthouses saves 40,000 euros a year."
claimant = "The mayor"
kind = "assertion"
sources = ["coast"]

[[claims]]
id = "keepers-not-consulted"
text = "The keepers were never consulted."
claimant = "Ana Ruiz"
sources = ["coast"]

[[claims]]
id = "three-closed"
text = "The council closed three lighthouses."
"""


def make_workspace(root: Path, claims: str = CLAIMS) -> Workspace:
    (root / "articles").mkdir(parents=True, exist_ok=True)
    (root / "articles" / "coast.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "claims.toml").write_text(claims, encoding="utf-8")
    return Workspace.open(root)


def span(workspace: Workspace, phrase: str, article: str = "coast") -> tuple[str, int, int]:
    """(article, start, end) of `phrase` in the article's loaded text."""
    text = workspace.corpus().get(article).text
    start = text.index(phrase)
    return article, start, start + len(phrase)


def run_cli(root: Path, *args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    """The real command, as a user or git runs it (`python -m workbench`)."""
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1"}
    return subprocess.run(
        [PYTHON, "-m", "workbench", "--root", str(root), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        **kwargs,
    )


def test_fixture_article_has_the_phrases(tmp_path: Path) -> None:
    assert span(make_workspace(tmp_path), "We were never consulted")[1] > 0
