"""`workbench report` and `workbench init`."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from test_ledger_fixtures import CLAIMS, make_workspace, run_cli, span

from workbench.claims import parse_claims_text
from workbench.ledger import DEFAULT_SCALE, Ledger
from workbench.ledger.report import build_report, render_markdown
from workbench.ledger.scaffold import claims_template
from workbench.workspace import Workspace


def test_report_progress_marks_and_agreement(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path)
    ledger = Ledger(workspace)
    ledger.record(
        "closures-save-money",
        "false",
        reviewer="A <a@x>",
        citations=[(*span(workspace, "Critics called the figure invented."), "contradict")],
    )
    ledger.record("closures-save-money", "mostly-false", reviewer="B")  # disagreement
    ledger.record("three-closed", "true", reviewer="A <a@x>")
    ledger.record("three-closed", "true", reviewer="B")  # agreement
    (tmp_path / "claims.toml").write_text(CLAIMS.replace("closed three", "closed | three"))
    report = build_report(Ledger(Workspace.open(tmp_path)))
    assert report["progress"] == {"reviewed": 2, "total": 3, "stale": 1, "broken": 0}
    assert report["agreement"] == {
        "claims_with_several_reviewers": 2,
        "agreeing": 1,
        "rate": 0.5,
        "disagreements": ["closures-save-money"],
    }
    first = report["claims"][0]
    assert (first["verdict"], first["label"], first["reviewer"]) == (
        "mostly-false",
        "Mostly false",
        "B",
    )
    assert first["citations"] == {"support": 0, "contradict": 0, "related": 0}  # current review
    assert first["disagreement"] and first["reviewers"] == {"A <a@x>": "false", "B": "mostly-false"}
    assert report["claims"][2]["stale"]
    markdown = render_markdown(report)
    assert "Reviewed: 2 / 3 claims (67%)." in markdown
    assert "Reviewer agreement: 1 of 2 claims with several reviewers (50%)." in markdown
    row = next(line for line in markdown.splitlines() if line.startswith("| three-closed"))
    assert "closed \\| three" in row and row.endswith("| stale |")
    assert row.count(" | ") == 7  # the claim's own | did not add a column
    assert "- closures-save-money: A \\<a@x\\>: false; B: mostly-false" in markdown


def test_report_cli_formats(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path)
    Ledger(workspace).record("three-closed", "false")
    done = run_cli(tmp_path, "report", "--format", "json")
    assert done.returncode == 0
    assert json.loads(done.stdout)["progress"]["reviewed"] == 1
    done = run_cli(tmp_path, "report")
    assert done.stdout.startswith("# Verdict report\n")


def test_init_template_is_valid_and_commented() -> None:
    text = claims_template()
    parsed = parse_claims_text(text)
    assert (parsed.articles, parsed.verdicts, parsed.claims) == ("articles", "verdicts", [])
    assert parsed.publisher.review_url.endswith("/")
    assert "# [[scale]]" in text or "# scale = [" in text
    assert "# [[claims]]" in text
    lines = text.splitlines()
    start = lines.index("# scale = [")
    end = lines.index("# ]", start)
    lines[start : end + 1] = [line.removeprefix("# ") for line in lines[start : end + 1]]
    start = lines.index("# [[claims]]")
    lines[start:] = [line.removeprefix("#").removeprefix(" ") for line in lines[start:]]
    uncommented = parse_claims_text("\n".join(lines))
    assert [e.name for e in uncommented.scale] == [e.name for e in DEFAULT_SCALE]
    assert uncommented.scale == list(DEFAULT_SCALE)
    assert uncommented.claims[0].id == "unemployment-halved"


def test_init_makes_a_workspace_and_registers_the_driver(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    target = repo / "desk"
    done = run_cli(tmp_path, "init", str(target))
    assert done.returncode == 0, done.stderr
    assert (target / "articles").is_dir() and (target / "verdicts").is_dir()
    assert ".workbench/" in (target / ".gitignore").read_text().splitlines()
    assert ".*.lock" in (target / "verdicts" / ".gitignore").read_text()
    assert (target / ".gitattributes").read_text().count("verdicts/*.toml merge=workbench") == 1
    driver = subprocess.run(
        ["git", "config", "merge.workbench.driver"], cwd=repo, capture_output=True, text=True
    )
    assert driver.stdout.strip().endswith("merge-driver %O %A %B")
    assert Workspace.open(target).claims == []
    assert run_cli(target, "check").returncode == 0
    # again: nothing duplicated, claims.toml kept
    (target / "claims.toml").write_text(CLAIMS.replace('articles = "articles"', 'articles = "a2"'))
    again = run_cli(tmp_path, "init", str(target))
    assert again.returncode == 0 and "kept" in again.stdout
    assert (target / "a2").is_dir()
    assert (target / ".gitattributes").read_text().count("merge=workbench") == 1
    assert (target / ".gitignore").read_text().count(".workbench/") == 1


def test_init_outside_git_says_so(tmp_path: Path) -> None:
    done = run_cli(tmp_path, "init", str(tmp_path / "plain"), cwd=tmp_path)
    assert done.returncode == 0
    assert "not inside a git repository" in done.stdout
    assert (tmp_path / "plain" / "claims.toml").is_file()
    assert not (tmp_path / "plain" / ".gitattributes").exists()
