"""The merge driver: by meaning in unit tests, and on two real git branches."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_ledger_fixtures import make_workspace, run_cli

from workbench.ledger import Ledger, Review, VerdictFile
from workbench.ledger import store as ledger_store
from workbench.ledger.merge import MergeConflict, merge_verdicts, run_merge_driver
from workbench.workspace import Workspace

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
CLAIM = "three-closed"


def _r(review_id: str, hour: int, verdict: str = "true", who: str = "a") -> Review:
    at = datetime(2026, 3, 1, hour, tzinfo=UTC)
    return Review(id=review_id, verdict=verdict, reviewer=who, at=at)


def _file(*reviews: Review, text: str = "T") -> VerdictFile:
    return VerdictFile(claim="c", claim_text=text, reviews=list(reviews))


def test_union_by_id_in_time_order() -> None:
    base = _file(_r("aaaa", 1))
    ours = _file(_r("aaaa", 1), _r("cccc", 5, "false", "b"))
    theirs = _file(_r("aaaa", 1), _r("bbbb", 3, "half-true", "c"))
    merged = merge_verdicts(base, ours, theirs)
    assert [r.id for r in merged.reviews] == ["aaaa", "bbbb", "cccc"]
    assert merge_verdicts(base, theirs, ours).reviews == merged.reviews
    assert merge_verdicts(None, ours, theirs).reviews == merged.reviews  # add/add


def test_deletion_on_one_branch_is_kept_and_real_edits_conflict() -> None:
    base = _file(_r("aaaa", 1), _r("bbbb", 2))
    retracted = _file(_r("aaaa", 1))
    assert [r.id for r in merge_verdicts(base, retracted, base).reviews] == ["aaaa"]
    edited_ours = _file(_r("aaaa", 1), _r("bbbb", 2, "false"))
    edited_theirs = _file(_r("aaaa", 1), _r("bbbb", 2, "mostly-false"))
    assert merge_verdicts(base, edited_ours, base).reviews[1].verdict == "false"
    with pytest.raises(MergeConflict):
        merge_verdicts(base, edited_ours, edited_theirs)
    with pytest.raises(MergeConflict):
        merge_verdicts(None, _file(_r("aaaa", 1)), _file(_r("aaaa", 1, "false")))


def test_claim_text_follows_the_side_that_changed_it() -> None:
    base = _file(_r("aaaa", 1), text="old")
    ours = _file(_r("aaaa", 1), _r("bbbb", 2), text="new")
    theirs = _file(_r("aaaa", 1), _r("cccc", 3), text="old")
    assert merge_verdicts(base, ours, theirs).claim_text == "new"
    assert merge_verdicts(base, theirs, ours).claim_text == "new"
    newer = _file(_r("aaaa", 1), _r("dddd", 4), text="newer")
    assert merge_verdicts(base, ours, newer).claim_text == "newer"


def test_driver_falls_back_to_conflict_markers(tmp_path: Path) -> None:
    base, ours, theirs = (tmp_path / n for n in ("base", "ours", "theirs"))
    base.write_text(_file(_r("aaaa", 1)).dumps())
    ours.write_text(_file(_r("aaaa", 1), _r("bbbb", 2)).dumps())
    theirs.write_text("this is = not [a verdict file\n")
    assert run_merge_driver(base, ours, theirs) == 1
    assert "<<<<<<<" in ours.read_text()
    ours.write_text(_file(_r("aaaa", 1), _r("bbbb", 2)).dumps())
    theirs.write_text(_file(_r("aaaa", 1), _r("cccc", 3)).dumps())
    assert run_merge_driver(base, ours, theirs) == 0
    assert [r.id for r in VerdictFile.loads(ours.read_text()).reviews] == ["aaaa", "bbbb", "cccc"]


# --- real git ---------------------------------------------------------------------


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "T",
        "GIT_AUTHOR_EMAIL": "t@x",
        "GIT_COMMITTER_NAME": "T",
        "GIT_COMMITTER_EMAIL": "t@x",
    }
    return subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, env=env, check=False
    )


def _record(root: Path, monkeypatch, verdict: str, who: str, hour: int) -> str:
    at = datetime(2026, 3, 1, hour, tzinfo=UTC)
    monkeypatch.setattr(ledger_store, "_now", lambda: at)
    review = Ledger(Workspace.open(root)).record(CLAIM, verdict, reviewer=who, note=f"{who} {hour}")
    return review.review.id


def _repo(tmp_path: Path, driver: bool) -> Path:
    repo = tmp_path / "repo"
    make_workspace(repo)
    assert _git(repo, "init", "-q", "-b", "main").returncode == 0
    if driver:
        done = run_cli(repo, "init", str(repo))
        assert done.returncode == 0, done.stderr
        configured = _git(repo, "config", "merge.workbench.driver").stdout.strip()
        assert configured.endswith("merge-driver %O %A %B")
        # as the brief asks: the venv's workbench by absolute path
        venv_workbench = Path(sys.executable).with_name("workbench")
        command = f"{venv_workbench} merge-driver %O %A %B"
        if not venv_workbench.exists():
            command = f"{sys.executable} -m workbench merge-driver %O %A %B"
        _git(repo, "config", "merge.workbench.driver", command)
        assert "verdicts/*.toml merge=workbench" in (repo / ".gitattributes").read_text()
    _git(repo, "add", "-A")
    assert _git(repo, "commit", "-q", "-m", "workspace").returncode == 0
    return repo


def _diverge(repo: Path, monkeypatch) -> list[str]:
    """A review on main, then one on a branch and a later one on main: returns ids."""
    ids = [_record(repo, monkeypatch, "true", "ana", 1)]
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "ana reviews")
    _git(repo, "checkout", "-q", "-b", "bo")
    ids.append(_record(repo, monkeypatch, "false", "bo", 2))
    _git(repo, "commit", "-q", "-am", "bo reviews")
    _git(repo, "checkout", "-q", "main")
    ids.append(_record(repo, monkeypatch, "half-true", "cy", 3))
    _git(repo, "commit", "-q", "-am", "cy reviews")
    return ids


def test_git_merge_of_two_branches_keeps_both_reviews(tmp_path: Path, monkeypatch) -> None:
    repo = _repo(tmp_path, driver=True)
    ana, bo, cy = _diverge(repo, monkeypatch)
    merged = _git(repo, "merge", "-q", "--no-edit", "bo")
    assert merged.returncode == 0, merged.stdout + merged.stderr
    path = repo / "verdicts" / f"{CLAIM}.toml"
    verdicts = VerdictFile.load(path)
    assert [r.id for r in verdicts.reviews] == [ana, bo, cy]  # time order, ancestor once
    assert [r.note for r in verdicts.reviews] == ["ana 1", "bo 2", "cy 3"]
    assert "<<<<<<<" not in path.read_text()
    assert _git(repo, "status", "--porcelain").stdout.strip() == ""
    assert run_cli(repo, "check", cwd=repo).returncode == 0


def test_both_branches_add_the_same_claim_file(tmp_path: Path, monkeypatch) -> None:
    repo = _repo(tmp_path, driver=True)
    _git(repo, "checkout", "-q", "-b", "bo")
    bo = _record(repo, monkeypatch, "false", "bo", 2)
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "bo reviews")
    _git(repo, "checkout", "-q", "main")
    ana = _record(repo, monkeypatch, "true", "ana", 1)
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "ana reviews")
    merged = _git(repo, "merge", "-q", "--no-edit", "bo")
    assert merged.returncode == 0, merged.stdout + merged.stderr
    reviews = VerdictFile.load(repo / "verdicts" / f"{CLAIM}.toml").reviews
    assert [r.id for r in reviews] == [ana, bo]


def test_without_the_driver_git_conflicts_and_check_explains(tmp_path: Path, monkeypatch) -> None:
    repo = _repo(tmp_path, driver=False)
    ana, bo, cy = _diverge(repo, monkeypatch)
    merged = _git(repo, "merge", "-q", "--no-edit", "bo")
    assert merged.returncode != 0 and "CONFLICT" in merged.stdout
    done = run_cli(repo, "check", cwd=repo)
    assert done.returncode == 1
    assert f"verdicts/{CLAIM}.toml:" in done.stdout and "merge conflict" in done.stdout
    # the advice works: register the driver, redo the file's merge
    assert run_cli(repo, "init", str(repo)).returncode == 0
    redo = _git(repo, "checkout", "-m", "--", f"verdicts/{CLAIM}.toml")
    assert redo.returncode == 0, redo.stderr
    reviews = VerdictFile.load(repo / "verdicts" / f"{CLAIM}.toml").reviews
    assert [r.id for r in reviews] == [ana, bo, cy]
    assert run_cli(repo, "check", cwd=repo).returncode == 0


def test_two_branches_rejecting_candidates_merge_without_conflict(tmp_path: Path) -> None:
    from workbench.extract import extract
    from workbench.extract.store import REJECTED_FILE, load_rejected, reject

    repo = _repo(tmp_path, driver=True)
    assert f"{REJECTED_FILE} merge=union" in (repo / ".gitattributes").read_text()
    first, second, earlier, both = extract(Workspace.open(repo))[:4]
    reject(repo, [earlier])  # the file exists on both branches, as in a team that uses it
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "rejected file")
    _git(repo, "checkout", "-q", "-b", "bo")
    reject(repo, [first, both])
    _git(repo, "commit", "-q", "-am", "bo rejects")
    _git(repo, "checkout", "-q", "main")
    reject(repo, [second, both])
    _git(repo, "commit", "-q", "-am", "ana rejects")
    merged = _git(repo, "merge", "-q", "--no-edit", "bo")
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert {r.id for r in load_rejected(repo)} == {earlier.id, first.id, second.id, both.id}
    left = {c.id for c in extract(Workspace.open(repo))}
    assert not left & {earlier.id, first.id, second.id, both.id}


def test_a_conflict_in_the_rejected_file_is_named_as_one(tmp_path: Path) -> None:
    from workbench.errors import WorkbenchError
    from workbench.extract.store import REJECTED_FILE, load_rejected

    (tmp_path / REJECTED_FILE).write_text(
        '<<<<<<< HEAD\n[[rejected]]\nid = "a"\n=======\n[[rejected]]\nid = "b"\n>>>>>>> bo\n'
    )
    with pytest.raises(WorkbenchError) as info:
        load_rejected(tmp_path)
    assert info.value.message.startswith(f"{REJECTED_FILE}:1: unresolved git merge conflict")
