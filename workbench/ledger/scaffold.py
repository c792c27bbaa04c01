"""`workbench init`: a new workspace, and the merge driver registered in its git repository.

Idempotent: what already exists is kept (claims.toml is never overwritten),
lines already in .gitignore / .gitattributes are not added twice. The
template's values are written by tomli-w; only the comments are literal.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import tomli_w

from workbench.atomic import write_text_atomic
from workbench.claims import load_claims_file, parse_claims_text
from workbench.errors import WorkbenchError
from workbench.ledger.scale import DEFAULT_SCALE
from workbench.ledger.store import LOCKS_GITIGNORE
from workbench.workspace import CACHE_DIR, CLAIMS_FILE

DRIVER_NAME = "workbench"
REJECTED_FILE = "candidates-rejected.toml"  # workbench.extract.store.REJECTED_FILE
DRIVER_COMMAND = "workbench merge-driver %O %A %B"


def _commented(toml: str) -> str:
    return "".join(f"# {line}\n" if line else "#\n" for line in toml.splitlines())


def claims_template() -> str:
    """A commented claims.toml that loads as it is (no claims yet)."""
    example_claim = {
        "claims": [
            {
                "id": "unemployment-halved",
                "text": "Unemployment halved in the last four years.",
                "claimant": "A. Minister",
                "kind": "assertion",
                "sources": ["2024-03-01-interview"],
                "tags": ["economy"],
            }
        ]
    }
    scale = {"scale": [entry.model_dump(exclude_none=True) for entry in DEFAULT_SCALE]}
    text = "\n".join(
        [
            "# The claims to check, and the settings of this workspace.",
            "#",
            "# Top-level settings come first (TOML puts them before any table):",
            "#   articles = folder of the articles (.txt / .md), relative to this file",
            "#   verdicts = folder of the verdict ledger (one TOML file per claim, committed)",
            "",
            tomli_w.dumps({"articles": "articles", "verdicts": "verdicts"}),
            "# The verdict scale, in the order of the keys 1-6 in the interface. This is the",
            "# default; to change it, uncomment and edit it here, before any [table]",
            "# (rating = ClaimReview ratingValue; leave it out for a verdict that is not",
            "# on the true-false axis).",
            _commented(tomli_w.dumps(scale)),
            "# Who publishes the verdicts: the ClaimReview export's `author`; each review's",
            "# url is review_url followed by the claim id.",
            tomli_w.dumps(
                {
                    "publisher": {
                        "name": "Our Fact Check Desk",
                        "url": "https://factcheck.example.org",
                        "review_url": "https://factcheck.example.org/reviews/",
                    }
                }
            ),
            "# Each [[claims]] table: id (a unique slug) and text (a checkable statement)",
            '# are required; claimant, kind ("assertion" or "denial"), sources (article',
            "# ids: file names without .txt) and tags are optional. Unknown keys are errors.",
            "# For example:",
            "#",
            _commented(tomli_w.dumps(example_claim)),
        ]
    )
    parse_claims_text(text)  # the template must always load
    return text


def _ensure_lines(path: Path, lines: list[str], header: str) -> bool:
    """Append the missing `lines` to a text file; True when it changed."""
    try:
        old = path.read_text(encoding="utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise WorkbenchError(f"{path}: cannot read: {exc}") from None
    present = {line.strip() for line in old.splitlines()}
    missing = [line for line in lines if line not in present]
    if not missing:
        return False
    prefix = old if not old or old.endswith("\n") else old + "\n"
    body = (f"{header}\n" if header else "") + "".join(f"{line}\n" for line in missing)
    write_text_atomic(path, prefix + ("\n" if prefix else "") + body)
    return True


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[str] | None:
    try:
        return subprocess.run(
            ["git", *args], cwd=root, capture_output=True, text=True, check=False, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None


def driver_command() -> str:
    """`workbench merge-driver ...` when git can find `workbench`, else this Python's."""
    if shutil.which("workbench"):
        return DRIVER_COMMAND
    return f"{shlex.quote(sys.executable)} -m workbench merge-driver %O %A %B"


def register_merge_driver(root: Path, verdicts: str = "verdicts") -> list[str]:
    """Inside a git work tree: .gitattributes + git config; returns what was done."""
    inside = _git(root, "rev-parse", "--is-inside-work-tree")
    if inside is None or inside.stdout.strip() != "true":
        return ["not inside a git repository: merge driver not registered (run init again there)"]
    done = []
    pattern = f"{verdicts.strip('/')}/*.toml merge={DRIVER_NAME}"
    if _ensure_lines(root / ".gitattributes", [pattern], "# verdict files merge by review"):
        done.append(f".gitattributes: {pattern}")
    # two teammates rejecting candidates both append [[rejected]] tables: keep both
    rejected = f"{REJECTED_FILE} merge=union"
    if _ensure_lines(root / ".gitattributes", [rejected], "# rejected candidates: keep both sides"):
        done.append(f".gitattributes: {rejected}")
    command = driver_command()
    for key, value in (
        (f"merge.{DRIVER_NAME}.name", "workbench verdict ledger (union of reviews)"),
        (f"merge.{DRIVER_NAME}.driver", command),
    ):
        result = _git(root, "config", key, value)
        if result is None or result.returncode != 0:
            reason = result.stderr.strip() if result else "git not found"
            raise WorkbenchError(f"cannot register the merge driver: {reason}")
    done.append(f"git config merge.{DRIVER_NAME}.driver {shlex.quote(command)}")
    return done


def init_workspace(folder: Path) -> list[str]:
    """Make (or complete) a workspace in `folder`; returns one line per action."""
    done: list[str] = []
    claims = folder / CLAIMS_FILE
    articles, verdicts = "articles", "verdicts"
    if claims.exists():
        config, _ = load_claims_file(claims)
        articles, verdicts = config.articles, config.verdicts
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name in (articles, verdicts):
            if not (folder / name).is_dir():
                (folder / name).mkdir(parents=True)
                done.append(f"{name}/")
    except OSError as exc:
        raise WorkbenchError(f"{folder}: cannot create: {exc.strerror or exc}") from None
    if claims.exists():
        done.append(f"{CLAIMS_FILE}: kept (already there)")
    else:
        write_text_atomic(claims, claims_template())
        done.append(CLAIMS_FILE)
    if _ensure_lines(folder / ".gitignore", [f"{CACHE_DIR}/"], "# workbench caches and drafts"):
        done.append(f".gitignore: {CACHE_DIR}/")
    locks = folder / verdicts / ".gitignore"
    if not locks.exists():
        write_text_atomic(locks, LOCKS_GITIGNORE)
        done.append(f"{verdicts}/.gitignore: lock files")
    done += register_merge_driver(folder.resolve(), verdicts)
    return done
