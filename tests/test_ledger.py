"""The ledger core: files, record/read/retract, citations, drafts, scale, errors."""

from __future__ import annotations

import random
import tomllib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_ledger_fixtures import make_workspace, run_cli, span

from workbench.errors import WorkbenchError
from workbench.ledger import (
    DEFAULT_SCALE,
    Citation,
    Ledger,
    LedgerFileError,
    Review,
    Scale,
    VerdictFile,
)
from workbench.ledger.identity import default_reviewer
from workbench.workspace import Workspace

NASTY_NOTES = [
    "Triple \"\"\" double and ''' single quotes",
    "back\\slashes \\n \\\\ \\u0041 and a trailing backslash \\",
    "[brackets] [[reviews]] [[reviews.citations]] = not a table",
    "line one\nline two\n\n  indented\n",
    "windows\r\nline ends\r\n and a lone \r",
    "Ελληνικά, русский, 日本語, العربية, עברית, 🧭 emoji",
    "tab\tand control \x00 \x07 \x1b[31m escape \x7f",
    "<<<<<<< HEAD\n=======\n>>>>>>> theirs",
    "\u2028line separator\u2029 and BOM \ufeff",
    "",
]


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return make_workspace(tmp_path / "ws")


def _review(**over) -> Review:
    data = {
        "id": "abc123",
        "verdict": "true",
        "reviewer": "A <a@x>",
        "at": datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
    }
    return Review(**{**data, **over})


# --- the file format ------------------------------------------------------------


@pytest.mark.parametrize("note", NASTY_NOTES)
def test_notes_round_trip_exactly(workspace, note: str) -> None:
    ledger = Ledger(workspace)
    result = ledger.record("three-closed", "true", note=note)
    again = Ledger(make_workspace(workspace.root)).read("three-closed")
    assert again.reviews[-1].note == note
    assert again.reviews[-1].note.encode("utf-8") == note.encode("utf-8")
    assert (
        tomllib.loads(result.path.read_text(encoding="utf-8"))["reviews"][-1].get("note", "")
        == note
    )


def test_random_text_round_trips_and_saves_to_identical_bytes() -> None:
    rng = random.Random(5)
    alphabet = [chr(c) for c in range(0, 0x250)] + list("\"'\\[]{}=#\n\r\t日本語🧭\u2028")
    for _ in range(200):
        note = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 20)))
        original = VerdictFile(claim="c", claim_text=text, reviews=[_review(note=note)])
        data = original.dumps()
        loaded = VerdictFile.loads(data)
        assert loaded == original
        assert loaded.dumps() == data


def test_layout_is_one_table_per_review_and_citation(workspace) -> None:
    ledger = Ledger(workspace)
    ledger.record("three-closed", "true", reviewer="b")  # short: tomli-w alone would inline it
    ledger.record(
        "three-closed",
        "false",
        reviewer="c",
        citations=[(*span(workspace, "close three lighthouses"), "support")],
    )
    text = ledger.path("three-closed").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[:2] == [
        'claim = "three-closed"',
        'claim_text = "The council closed three lighthouses."',
    ]
    assert lines.count("[[reviews]]") == 2
    assert lines.count("[[reviews.citations]]") == 1
    assert "{" not in text  # no inline tables
    data = tomllib.loads(text)
    assert list(data["reviews"][1]) == ["id", "verdict", "reviewer", "at", "citations"]
    assert list(data["reviews"][1]["citations"][0]) == [
        "article",
        "start",
        "end",
        "stance",
        "quote",
        "article_sha256",
    ]
    assert isinstance(data["reviews"][0]["at"], datetime)


def test_load_then_save_unchanged_gives_identical_bytes(workspace) -> None:
    ledger = Ledger(workspace)
    for note in NASTY_NOTES[:4]:
        ledger.record(
            "keepers-not-consulted",
            "half-true",
            note=note,
            citations=[(*span(workspace, "We were never consulted"), "support")],
        )
    path = ledger.path("keepers-not-consulted")
    before = path.read_bytes()
    VerdictFile.load(path).save(path)
    assert path.read_bytes() == before


def test_schema_errors_name_the_line() -> None:
    text = (
        'claim = "c"\nclaim_text = "t"\n\n[[reviews]]\nid = "abcd"\nverdict = "true"\n'
        'reviewer = "r"\nat = 2026-01-01T00:00:00Z\n\n[[reviews]]\nid = "abce"\n'
        'verdict = "true"\nreviewer = "r"\nat = 2026-01-01T00:00:00Z\nmood = "good"\n'
    )
    with pytest.raises(LedgerFileError) as info:
        VerdictFile.loads(text, "v.toml")
    assert info.value.line == 15 and "unknown key" in info.value.reason
    with pytest.raises(LedgerFileError) as info:
        VerdictFile.loads(text.replace('00Z\nmood = "good"', "00"))
    assert info.value.line == 14 and "UTC offset" in info.value.reason


def test_toml_error_at_end_of_document_names_the_last_line() -> None:
    text = 'claim = "c"\nclaim_text = "t"\n\n[[reviews]]\nid = "abcd"\ngarbage = [\n'
    with pytest.raises(LedgerFileError) as info:
        VerdictFile.loads(text, "v.toml")
    assert info.value.line == 6 and "invalid TOML" in info.value.reason


def test_citation_span_must_be_ordered() -> None:
    with pytest.raises(ValueError):
        Citation(article="a", start=5, end=5, stance="support", quote="", article_sha256="0" * 64)


# --- record, read, status, retract ---------------------------------------------


def test_record_appends_with_exact_citation(workspace) -> None:
    ledger = Ledger(workspace)
    assert ledger.read("closures-save-money") is None
    assert ledger.current("closures-save-money") is None
    where = span(workspace, "Critics called the figure invented.")
    first = ledger.record(
        "closures-save-money",
        "mostly-false",
        note="the figure is disputed",
        citations=[(*where, "contradict")],
        reviewer="Ana",
    )
    second = ledger.record("closures-save-money", "false", reviewer="Ana")
    verdicts = ledger.read("closures-save-money")
    assert [r.id for r in verdicts.reviews] == [first.review.id, second.review.id]
    assert first.review.id != second.review.id
    assert ledger.current("closures-save-money").verdict == "false"
    citation = verdicts.reviews[0].citations[0]
    article = workspace.corpus().get("coast")
    assert citation.quote == article.text[citation.start : citation.end]
    assert citation.quote == "Critics called the figure invented."
    assert citation.article_sha256 == article.sha256
    assert verdicts.claim_text == workspace.claim("closures-save-money").text
    assert verdicts.reviews[0].at.tzinfo is not None


@pytest.mark.parametrize(
    ("claim", "verdict", "cite", "message"),
    [
        ("no-such-claim", "true", None, "unknown claim id"),
        ("three-closed", "very-true", None, "unknown verdict"),
        ("three-closed", "true", ("coast", 5, 99999), "outside the article"),
        ("three-closed", "true", ("coast", -1, 5), "outside the article"),
        ("three-closed", "true", ("coast", 9, 3), "span is empty or reversed"),
        ("three-closed", "true", ("coast", 3, 3), "span is empty or reversed"),
        ("three-closed", "true", ("gone", 0, 5), "no article 'gone'"),
        ("three-closed", "true", ("coast", 0, 5, "agrees"), "unknown stance"),
    ],
)
def test_bad_input_is_one_error_and_nothing_written(
    workspace,
    claim: str,
    verdict: str,
    cite: tuple | None,
    message: str,
) -> None:
    ledger = Ledger(workspace)
    ledger.record("three-closed", "true", reviewer="first")
    before = ledger.path("three-closed").read_bytes()
    with pytest.raises(WorkbenchError) as info:
        ledger.record(claim, verdict, citations=[cite] if cite else [])
    assert message in info.value.message and "\n" not in info.value.message
    assert ledger.path("three-closed").read_bytes() == before
    assert not ledger.path("no-such-claim").exists()


def test_cli_verdict_records_and_rejects(workspace) -> None:
    root = workspace.root
    _, start, end = span(workspace, "We were never consulted")
    done = run_cli(
        root,
        "verdict",
        "keepers-not-consulted",
        "Mostly true",
        "--note",
        "quotes \" ' and [x]",
        "--cite",
        f"coast:{start}-{end}:support",
        "--reviewer",
        "Ana",
    )
    assert done.returncode == 0, done.stderr
    review = Ledger(make_workspace(root)).current("keepers-not-consulted")
    assert (review.verdict, review.reviewer) == ("mostly-true", "Ana")
    assert review.note == "quotes \" ' and [x]"
    assert (review.citations[0].start, review.citations[0].stance) == (start, "support")
    for bad in (
        ["verdict", "nope", "true"],
        ["verdict", "three-closed", "sort-of"],
        ["verdict", "three-closed", "true", "--cite", "coast:10-99999"],
        ["verdict", "three-closed", "true", "--cite", "coast-10-20"],
    ):
        failed = run_cli(root, *bad)
        assert failed.returncode == 2
        assert failed.stderr.count("\n") == 1 and failed.stderr.startswith("workbench: ")
        assert "Traceback" not in failed.stderr
    assert not (root / "verdicts" / "three-closed.toml").exists()


def test_status_counts_disagreement_and_staleness(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path)
    ledger = Ledger(workspace)
    claim = workspace.claim("closures-save-money")
    assert not ledger.status(claim).reviewed
    ledger.record("closures-save-money", "true", reviewer="A")
    ledger.record("closures-save-money", "false", reviewer="A")  # a change of mind
    assert not ledger.status(claim).disagreement
    ledger.record(
        "closures-save-money",
        "mostly-false",
        reviewer="B",
        citations=[
            (*span(workspace, "Critics called the figure invented."), "contradict"),
            (*span(workspace, "The mayor said"), "related"),
        ],
    )
    status = ledger.status("closures-save-money")
    assert status.verdict == "mostly-false" and status.label == "Mostly false"
    assert status.reviewer == "B" and status.reviews == 3
    assert status.disagreement and status.latest == {"A": "false", "B": "mostly-false"}
    assert status.citations == {"support": 0, "contradict": 1, "related": 1}
    assert not status.stale
    edited = (tmp_path / "claims.toml").read_text().replace("40,000 euros", "40,000 EUR")
    workspace = make_workspace(tmp_path, edited)
    assert Ledger(workspace).status("closures-save-money").stale
    (tmp_path / "verdicts" / "three-closed.toml").write_text("claim = \n")
    broken = Ledger(workspace).status("three-closed")
    assert broken.error and "three-closed.toml:1:" in broken.error and not broken.reviewed


def test_retract_removes_only_its_own_last_review(workspace) -> None:
    ledger = Ledger(workspace)
    mine = ledger.record("three-closed", "true", reviewer="me").review
    path = ledger.retract("three-closed", mine.id)
    assert not path.exists()  # no reviews left: the claim is unreviewed again
    mine = ledger.record("three-closed", "true", reviewer="me").review
    theirs = ledger.record("three-closed", "false", reviewer="other").review
    before = path.read_bytes()
    with pytest.raises(WorkbenchError, match="no longer the last"):
        ledger.retract("three-closed", mine.id)
    with pytest.raises(WorkbenchError, match="no review"):
        ledger.retract("three-closed", "ffffffff")
    assert path.read_bytes() == before
    ledger.retract("three-closed", theirs.id)
    assert [r.id for r in ledger.read("three-closed").reviews] == [mine.id]


def test_a_broken_file_is_never_overwritten(workspace) -> None:
    ledger = Ledger(workspace)
    ledger.record("three-closed", "true")
    path = ledger.path("three-closed")
    broken = path.read_text() + "<<<<<<< HEAD\n"
    path.write_text(broken)
    with pytest.raises(WorkbenchError, match="merge conflict"):
        ledger.record("three-closed", "false")
    assert path.read_text() == broken


def test_file_changed_on_disk_is_reread_not_overwritten(workspace) -> None:
    first = Ledger(workspace)
    second = Ledger(make_workspace(workspace.root))  # another window
    first.record("three-closed", "true", reviewer="a")
    before = second.signature("three-closed")
    assert second.read("three-closed") is not None
    first.record("three-closed", "false", reviewer="a")
    assert second.signature("three-closed") != before
    second.record("three-closed", "half-true", reviewer="b")
    assert [r.verdict for r in first.read("three-closed").reviews] == [
        "true",
        "false",
        "half-true",
    ]
    assert first.mtime("three-closed") is not None and first.mtime("nope") is None


# --- drafts, scale, identity --------------------------------------------------------


def test_drafts_keep_note_and_citations_until_cleared(workspace) -> None:
    ledger = Ledger(workspace)
    where = (*span(workspace, "We were never consulted"), "support")
    assert ledger.load_draft("keepers-not-consulted", "Ana") is None
    path = ledger.save_draft("keepers-not-consulted", "Ana", 'half\n"done"', [where])
    assert workspace.cache_dir in path.parents
    draft = ledger.load_draft("keepers-not-consulted", "Ana")
    assert draft.note == 'half\n"done"' and draft.specs() == [where]
    assert ledger.load_draft("keepers-not-consulted", "Bo") is None  # per reviewer
    result = ledger.record(
        "keepers-not-consulted", "true", note=draft.note, citations=draft.specs(), reviewer="Ana"
    )
    assert result.review.citations[0].quote == "We were never consulted"
    ledger.clear_draft("keepers-not-consulted", "Ana")
    ledger.clear_draft("keepers-not-consulted", "Ana")  # twice is fine
    assert ledger.load_draft("keepers-not-consulted", "Ana") is None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("garbage = [")
    assert ledger.load_draft("keepers-not-consulted", "Ana") is None


def test_default_scale_and_workspace_scale(tmp_path: Path) -> None:
    scale = Scale()
    assert scale.names == [
        "true",
        "mostly-true",
        "half-true",
        "mostly-false",
        "false",
        "unverifiable",
    ]
    assert [e.rating for e in DEFAULT_SCALE] == [5, 4, 3, 2, 1, None]
    assert scale.by_key(1).name == "true" and scale.by_key(6).name == "unverifiable"
    assert scale.by_key(7) is None
    assert scale.resolve("Mostly FALSE").name == "mostly-false"
    assert scale.resolve("2").name == "mostly-true"
    with pytest.raises(WorkbenchError, match="unknown verdict"):
        scale.resolve("maybe")
    custom = make_workspace(
        tmp_path,
        'articles = "articles"\n\n[[scale]]\nname = "correct"\nlabel = "Correct"\nrating = 3\n\n'
        '[[scale]]\nname = "wrong"\nlabel = "Wrong"\nrating = 1\n\n'
        '[[claims]]\nid = "c"\ntext = "A claim."\n',
    )
    ledger = Ledger(custom)
    assert ledger.scale.names == ["correct", "wrong"] and ledger.scale.best_rating == 3
    ledger.record("c", "wrong")
    with pytest.raises(WorkbenchError, match="the scale is: correct, wrong"):
        ledger.record("c", "false")


def test_reviewer_from_git_config_else_login(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("USER", "loginname")
    monkeypatch.setenv("LOGNAME", "loginname")
    assert default_reviewer(tmp_path) == "loginname"
    (tmp_path / "gitconfig").write_text("[user]\n\tname = Ana Ruiz\n\temail = ana@desk.example\n")
    assert default_reviewer(tmp_path) == "Ana Ruiz <ana@desk.example>"
    workspace = make_workspace(tmp_path / "ws")
    assert Ledger(workspace).record("three-closed", "true").review.reviewer == (
        "Ana Ruiz <ana@desk.example>"
    )
    with pytest.raises(WorkbenchError, match="one non-empty line"):
        Ledger(workspace).record("three-closed", "true", reviewer="two\nlines")


def test_a_key_or_offset_of_thousands_of_digits_is_a_clear_error() -> None:
    from workbench.cli.ledger_cmds import parse_cite

    huge = "1" * 5000  # int() of it raises ValueError: "Exceeds the limit (4300 digits)"
    with pytest.raises(WorkbenchError, match="unknown verdict"):
        Scale().resolve(huge)
    with pytest.raises(WorkbenchError, match="--cite"):
        parse_cite(f"a:{huge}-3")
    assert parse_cite("a:10-30:support") == ("a", 10, 30, "support")
