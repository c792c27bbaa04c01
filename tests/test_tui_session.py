"""The interface's saving rules, without a screen: drafts, appended reviews, undo."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.errors import WorkbenchError
from workbench.ledger import Ledger
from workbench.tui.session import ReviewSession
from workbench.workspace import Workspace

CLAIM = "nk-provides-military-equipment"


@pytest.fixture
def session(tmp_path: Path, make_workspace) -> ReviewSession:
    workspace = Workspace.open(make_workspace(tmp_path))
    return ReviewSession(Ledger(workspace), reviewer="tester")


def _passage(session: ReviewSession, number: int = 0) -> tuple[str, int, int]:
    article = session.ledger.workspace.corpus().get("003_395012ce3a9807b8")
    passage = article.passages[number]
    return article.id, passage.start, passage.end


def test_citing_before_a_verdict_writes_a_draft_not_the_ledger(session: ReviewSession) -> None:
    article, start, end = _passage(session)
    message = session.toggle_citation(CLAIM, article, start, end, "support")
    assert message.startswith("draft saved")
    assert session.ledger.read(CLAIM) is None
    draft = session.ledger.load_draft(CLAIM, "tester")
    assert draft is not None and draft.specs() == [(article, start, end, "support")]


def test_verdict_records_citations_and_note_then_clears_the_draft(session: ReviewSession) -> None:
    article, start, end = _passage(session)
    session.toggle_citation(CLAIM, article, start, end, "support")
    session.set_note(CLAIM, 'seen in """two""" [outlets]\n — ok')
    assert session.record(CLAIM, "mostly-true") == f"saved verdicts/{CLAIM}.toml"
    review = session.ledger.current(CLAIM)
    assert review.verdict == "mostly-true" and review.reviewer == "tester"
    assert review.note == 'seen in """two""" [outlets]\n — ok'
    assert [(c.article, c.start, c.end, c.stance) for c in review.citations] == [
        (article, start, end, "support")
    ]
    assert session.ledger.load_draft(CLAIM, "tester") is None


def test_after_a_verdict_a_citation_appends_a_review_with_the_same_verdict(
    session: ReviewSession,
) -> None:
    session.record(CLAIM, "false")
    article, start, end = _passage(session, 1)
    session.toggle_citation(CLAIM, article, start, end, "contradict")
    reviews = session.ledger.read(CLAIM).reviews
    assert [r.verdict for r in reviews] == ["false", "false"]
    assert len(reviews[-1].citations) == 1
    session.toggle_citation(CLAIM, article, start, end, "contradict")  # un-cite
    assert session.ledger.current(CLAIM).citations == []


def test_undo_walks_back_every_change_of_the_session(session: ReviewSession) -> None:
    article, start, end = _passage(session)
    session.toggle_citation(CLAIM, article, start, end, "support")
    session.set_note(CLAIM, "note")
    session.record(CLAIM, "true")

    claim_id, message = session.undo()  # the verdict: review removed, draft back
    assert claim_id == CLAIM and message.startswith("undone: review removed")
    assert session.ledger.read(CLAIM) is None
    state = session.working(CLAIM)
    assert state.verdict is None and state.note == "note" and state.cited(article, start, end)

    session.undo()  # the note
    assert session.working(CLAIM).note == ""
    session.undo()  # the citation
    assert session.ledger.load_draft(CLAIM, "tester") is None
    assert session.undo() == ("", "nothing to undo in this session")


def test_undo_refuses_when_someone_recorded_after_us(session: ReviewSession) -> None:
    session.record(CLAIM, "true")
    session.ledger.record(CLAIM, "false", reviewer="colleague")
    with pytest.raises(WorkbenchError, match="no longer the last"):
        session.undo()
    assert [r.verdict for r in session.ledger.read(CLAIM).reviews] == ["true", "false"]
    assert session.can_undo  # the step stays, nothing was lost


def test_working_state_comes_from_this_reviewers_last_review(session: ReviewSession) -> None:
    session.ledger.record(CLAIM, "half-true", note="mine", reviewer="tester")
    session.ledger.record(CLAIM, "false", note="theirs", reviewer="colleague")
    session.forget(CLAIM)
    state = session.working(CLAIM)
    assert (state.verdict, state.note) == ("half-true", "mine")


def test_article_cache_parses_one_article_and_rereads_a_changed_file(
    tmp_path: Path, make_workspace
) -> None:
    from workbench.tui.articles import ArticleCache, InterfaceLedger

    root = make_workspace(tmp_path)
    workspace = Workspace.open(root)
    cache = ArticleCache(workspace.articles_dir)
    article = cache.get("003_395012ce3a9807b8")
    assert article is not None and cache.get("003_395012ce3a9807b8") is article
    assert cache.get("nope") is None
    path = root / "articles" / "003_395012ce3a9807b8.txt"
    path.write_text("Changed headline\n\nA new body sentence here.\n", encoding="utf-8")
    assert "A new body sentence" in cache.get("003_395012ce3a9807b8").text
    (root / "articles" / "005_new.txt").write_text("New\n\nAdded later on.\n", encoding="utf-8")
    assert cache.get("005_new") is not None  # an article added during the session

    session = ReviewSession(InterfaceLedger(workspace, cache), reviewer="tester")
    passage = cache.get("000_a777f97389f9c5cd").passages[0]
    session.toggle_citation(CLAIM, passage.article, passage.start, passage.end, "support")
    session.record(CLAIM, "true")
    assert session.ledger.current(CLAIM).citations[0].quote == passage.text
    assert workspace.loaded_corpus is None  # the whole corpus was never parsed


def test_the_same_verdict_twice_writes_one_review(session: ReviewSession) -> None:
    session.record(CLAIM, "false")
    assert session.record(CLAIM, "false").startswith("already recorded")
    assert len(session.ledger.read(CLAIM).reviews) == 1
    session.ledger.record(CLAIM, "true", reviewer="colleague")
    assert session.record(CLAIM, "false").startswith("saved")  # makes it current again
    assert [r.verdict for r in session.ledger.read(CLAIM).reviews] == ["false", "true", "false"]
