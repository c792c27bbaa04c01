"""What this interface session has written, so that `u` can take it back.

The saving rules of the interface live here, apart from the widgets, so
they can be tested without a screen: citations and the note go to a draft
while the reviewer has no verdict on the claim yet, and to a new appended
review (same verdict) once they have one; a verdict key records a review
and clears the draft. Every change pushes an undo step. All writing is the
ledger's (atomic, locked); nothing here touches a file itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Spec = tuple[str, int, int, str]  # article, start, end, stance


@dataclass
class Working:
    """The reviewer's current citations, note and verdict on one claim."""

    claim_id: str
    citations: list[Spec] = field(default_factory=list)
    note: str = ""
    verdict: str | None = None  # this reviewer's latest verdict, if any

    def cited(self, article: str, start: int, end: int) -> bool:
        return any(c[:3] == (article, start, end) for c in self.citations)


@dataclass
class _Undo:
    claim_id: str
    review_id: str | None  # the review appended, or None for a draft change
    draft: tuple[str, list[Spec]] | None  # the draft before the change (None: no draft)


class ReviewSession:
    """One reviewer's edits through a `Ledger`, with an undo stack."""

    def __init__(self, ledger: Any, reviewer: str | None = None) -> None:
        self.ledger = ledger
        self.reviewer = reviewer or ledger.default_reviewer
        self._working: dict[str, Working] = {}
        self._undo: list[_Undo] = []

    # --- reading ------------------------------------------------------------

    def working(self, claim_id: str) -> Working:
        """Cached; `forget` drops it when the file changed on disk."""
        state = self._working.get(claim_id)
        if state is None:
            state = self._load(claim_id)
            self._working[claim_id] = state
        return state

    def forget(self, claim_id: str) -> None:
        self._working.pop(claim_id, None)

    def _load(self, claim_id: str) -> Working:
        verdicts = self.ledger.read(claim_id)
        mine = None
        if verdicts is not None:
            mine = next(
                (r for r in reversed(verdicts.reviews) if r.reviewer == self.reviewer), None
            )
        if mine is not None:
            return Working(
                claim_id,
                [(c.article, c.start, c.end, c.stance) for c in mine.citations],
                mine.note,
                mine.verdict,
            )
        draft = self.ledger.load_draft(claim_id, self.reviewer)
        if draft is not None:
            return Working(claim_id, list(draft.specs()), draft.note)
        return Working(claim_id)

    def _draft_snapshot(self, claim_id: str) -> tuple[str, list[Spec]] | None:
        draft = self.ledger.load_draft(claim_id, self.reviewer)
        return None if draft is None else (draft.note, list(draft.specs()))

    # --- writing ------------------------------------------------------------

    def _persist(self, state: Working, citations: list[Spec], note: str) -> str:
        """Write `citations` and `note` as a draft or as a new review; say where."""
        if state.verdict is None:
            before = self._draft_snapshot(state.claim_id)
            path = self.ledger.save_draft(state.claim_id, self.reviewer, note, citations)
            self._undo.append(_Undo(state.claim_id, None, before))
            state.citations, state.note = citations, note
            return f"draft saved ({self._show(path)}); press 1–6 to record a verdict"
        return self._record(state, state.verdict, citations, note)

    def _record(self, state: Working, verdict: str, citations: list[Spec], note: str) -> str:
        before = self._draft_snapshot(state.claim_id)
        result = self.ledger.record(
            state.claim_id, verdict, note=note, citations=citations, reviewer=self.reviewer
        )
        if before is not None:
            self.ledger.clear_draft(state.claim_id, self.reviewer)
        self._undo.append(_Undo(state.claim_id, result.review.id, before))
        state.citations, state.note, state.verdict = citations, note, verdict
        return f"saved {self._show(result.path)}"

    def toggle_citation(
        self, claim_id: str, article: str, start: int, end: int, stance: str
    ) -> str:
        state = self.working(claim_id)
        if state.cited(article, start, end):
            citations = [c for c in state.citations if c[:3] != (article, start, end)]
        else:
            citations = [*state.citations, (article, start, end, stance)]
        return self._persist(state, citations, state.note)

    def set_note(self, claim_id: str, note: str) -> str:
        state = self.working(claim_id)
        return self._persist(state, list(state.citations), note)

    def record(self, claim_id: str, verdict: str) -> str:
        state = self.working(claim_id)
        if self._unchanged(claim_id, verdict, state):
            return f"already recorded as {verdict}: nothing written"
        return self._record(state, verdict, list(state.citations), state.note)

    def _unchanged(self, claim_id: str, verdict: str, state: Working) -> bool:
        """A second press of the same key must not append a duplicate review.

        Only when the file's last review is this reviewer's own, with this
        verdict, note and citations: after a colleague's review, pressing the
        key again makes it the current verdict, which is a real change.
        """
        current = self.ledger.current(claim_id)
        return (
            current is not None
            and current.reviewer == self.reviewer
            and current.verdict == verdict
            and current.note == state.note
            and [(c.article, c.start, c.end, c.stance) for c in current.citations]
            == list(state.citations)
        )

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> tuple[str, str]:
        """Take back the last change; returns (claim id, what was done)."""
        if not self._undo:
            return "", "nothing to undo in this session"
        step = self._undo[-1]
        if step.review_id is not None:
            path = self.ledger.retract(step.claim_id, step.review_id)  # may refuse: keep step
            done = f"undone: review removed from {self._show(path)}"
        else:
            done = "undone: draft restored"
        self._undo.pop()
        if step.draft is None:
            self.ledger.clear_draft(step.claim_id, self.reviewer)
        else:
            self.ledger.save_draft(step.claim_id, self.reviewer, step.draft[0], step.draft[1])
        self.forget(step.claim_id)
        return step.claim_id, done

    def _show(self, path: Path) -> str:
        """A written path relative to the workspace, as the status line shows it."""
        root = self.ledger.workspace.root
        try:
            return Path(path).resolve().relative_to(root).as_posix()
        except ValueError:
            return str(path)
