"""`workbench check` on a hand-broken ledger: each problem, its line, and `--fix`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_ledger_fixtures import ARTICLE, make_workspace, run_cli, span

from workbench.ledger import Ledger
from workbench.ledger.check import check_ledger, fix_moved
from workbench.workspace import Workspace

LINE = re.compile(r"^(?P<path>[^:]+\.toml):(?P<line>\d+): (?P<message>.+)$")


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return make_workspace(tmp_path / "ws")


def _messages(root: Path) -> tuple[int, dict[str, list[tuple[int, str]]], str]:
    done = run_cli(root, "check", cwd=root)
    found: dict[str, list[tuple[int, str]]] = {}
    for line in done.stdout.splitlines():
        match = LINE.match(line)
        assert match, f"not path:line: message: {line!r}"
        found.setdefault(match["path"], []).append((int(match["line"]), match["message"]))
    return done.returncode, found, done.stderr


def test_a_clean_ledger_passes(workspace: Workspace) -> None:
    ledger = Ledger(workspace)
    ledger.record("three-closed", "true", reviewer="a")
    ledger.record("three-closed", "true", reviewer="b")
    code, found, err = _messages(workspace.root)
    assert (code, found) == (0, {}) and "ledger OK" in err


def test_check_catches_each_problem_with_its_line(workspace: Workspace) -> None:
    root = workspace.root
    ledger = Ledger(workspace)
    cite_moved = (*span(workspace, "Critics called the figure invented."), "contradict")
    cite_gone = (*span(workspace, "said keeper Ana Ruiz"), "support")
    ledger.record("closures-save-money", "false", reviewer="a", citations=[cite_moved])
    ledger.record("keepers-not-consulted", "true", reviewer="a", citations=[cite_gone])
    ledger.record("keepers-not-consulted", "false", reviewer="b")  # disagreement
    ledger.record("three-closed", "true", reviewer="a")
    verdicts = root / "verdicts"
    # an orphan: a claim no longer in claims.toml
    orphan = (verdicts / "three-closed.toml").read_text().replace("three-closed", "withdrawn")
    (verdicts / "withdrawn.toml").write_text(orphan)
    # a schema error (a typo'd key in the second review) and an unknown verdict
    schema = (verdicts / "three-closed.toml").read_text()
    schema += (
        '\n[[reviews]]\nid = "beef01"\nverdict = "true"\nreviewr = "x"\nat = 2026-01-01T00:00:00Z\n'
    )
    (verdicts / "schema.toml").write_text(schema.replace('"three-closed"', '"schema"'))
    bad_verdict = (verdicts / "three-closed.toml").read_text().replace('"true"', '"probably"')
    (verdicts / "three-closed.toml").write_text(bad_verdict)
    # git conflict markers
    conflicted = (verdicts / "closures-save-money.toml").read_text()
    (verdicts / "conflicted.toml").write_text(
        conflicted.replace("closures-save-money", "conflicted")
        + "<<<<<<< HEAD\n[[reviews]]\n=======\n[[reviews]]\n>>>>>>> other\n"
    )
    # stale claim text; a moved quote (text inserted before it); a gone quote
    claims = (root / "claims.toml").read_text()
    (root / "claims.toml").write_text(claims.replace("The keepers were", "The keepers had been"))
    article = ARTICLE.replace("The mayor said", "On Tuesday the mayor said").replace(
        " said keeper Ana Ruiz", " the keeper said"
    )
    (root / "articles" / "coast.txt").write_text(article)

    code, found, _ = _messages(root)
    assert code == 1
    assert set(found) == {
        "verdicts/closures-save-money.toml",
        "verdicts/keepers-not-consulted.toml",
        "verdicts/withdrawn.toml",
        "verdicts/schema.toml",
        "verdicts/three-closed.toml",
        "verdicts/conflicted.toml",
    }

    def one(path: str, word: str) -> tuple[int, str]:
        hits = [(n, m) for n, m in found[f"verdicts/{path}.toml"] if word in m]
        assert len(hits) == 1, found[f"verdicts/{path}.toml"]
        return hits[0]

    line, message = one("closures-save-money", "moved")
    assert line == 10 and "now at" in message and "--fix" in message
    line, message = one("keepers-not-consulted", "gone")
    assert line == 10 and "said keeper Ana Ruiz" in message
    line, message = one("keepers-not-consulted", "stale")
    assert line == 2
    line, message = one("keepers-not-consulted", "disagreement")
    assert message.startswith("warning: ") and "a says true; b says false" in message
    assert one("withdrawn", "orphan")[0] == 1
    line, message = one("schema", "reviewr")
    assert line == 13 and "unknown key" in message
    line, message = one("three-closed", "probably")
    assert line == 6 and "not on the scale" in message
    line, message = one("conflicted", "conflict")
    assert line == 17 and "keep the [[reviews]] tables of both sides" in message
    assert "git checkout -m" in message


def test_fix_repairs_moved_citations_only(workspace: Workspace) -> None:
    root = workspace.root
    ledger = Ledger(workspace)
    moved = (*span(workspace, "Critics called the figure invented."), "contradict")
    gone = (*span(workspace, "said keeper Ana Ruiz"), "support")
    ledger.record("closures-save-money", "false", citations=[moved], note="kept as is")
    ledger.record("keepers-not-consulted", "true", citations=[gone])
    article = ARTICLE.replace("The mayor said", "On Tuesday, the mayor said").replace(
        " said keeper Ana Ruiz", " the keeper said"
    )
    (root / "articles" / "coast.txt").write_text(article)
    gone_before = ledger.path("keepers-not-consulted").read_bytes()
    result = check_ledger(Ledger(Workspace.open(root)))
    assert result.moved == {"closures-save-money"} and len(result.errors) == 2

    done = run_cli(root, "check", "--fix", cwd=root)
    assert done.returncode == 1  # the gone citation still fails
    assert "re-anchored" in done.stderr
    assert [line for line in done.stdout.splitlines() if "moved" in line] == []
    assert len([line for line in done.stdout.splitlines() if "gone" in line]) == 1
    assert ledger.path("keepers-not-consulted").read_bytes() == gone_before
    fresh = Workspace.open(root)
    citation = Ledger(fresh).current("closures-save-money").citations[0]
    text = fresh.corpus().get("coast").text
    assert text[citation.start : citation.end] == citation.quote
    assert citation.quote == "Critics called the figure invented."
    assert citation.start == text.index(citation.quote) != moved[1]
    assert citation.article_sha256 == fresh.corpus().get("coast").sha256
    assert Ledger(fresh).current("closures-save-money").note == "kept as is"
    assert fix_moved(Ledger(fresh), {"closures-save-money"}) == []  # nothing left to move


def test_claims_toml_source_problems_are_reported(tmp_path: Path) -> None:
    from test_ledger_fixtures import CLAIMS

    make_workspace(tmp_path)
    broken = CLAIMS.replace('sources = ["coast"]', 'sources = ["x"]', 1)
    (tmp_path / "claims.toml").write_text(broken)
    result = check_ledger(Ledger(Workspace.open(tmp_path, check_sources=False)))
    assert len(result.errors) == 1 and result.errors[0].path.endswith("claims.toml")
    assert "source 'x'" in result.errors[0].message and result.errors[0].line == 14
    done = run_cli(tmp_path, "check", cwd=tmp_path)
    assert done.returncode == 1 and done.stdout.startswith("claims.toml:14: ")


def test_check_without_a_workspace_is_one_error(tmp_path: Path) -> None:
    done = run_cli(tmp_path, "check")
    assert done.returncode == 2 and done.stderr.count("\n") == 1


def test_a_verdicts_file_in_place_of_the_folder_fails_the_check(tmp_path: Path) -> None:
    make_workspace(tmp_path)
    (tmp_path / "verdicts").write_text("not a folder")  # a slip: CI must not say "OK"
    done = run_cli(tmp_path, "check", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert done.stdout.startswith("verdicts:1: not a folder")
    assert "ledger OK" not in done.stderr
