"""`c`: candidate claims found in the articles; accept, edit, reject, filter.

Candidates are computed in a thread worker (the whole corpus is scanned);
the list is one `OptionList`, so a long list stays cheap. Candidate text
comes from the articles and is untrusted: it is only ever rendered as
`Content(text)`, never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rapidfuzz import fuzz, process, utils
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from workbench.claims import Claim
from workbench.errors import WorkbenchError
from workbench.extract import (
    DEFAULT_MIN_SCORE,
    Candidate,
    ExtractCancelled,
    accept,
    extract,
    reject,
)
from workbench.tui import render
from workbench.tui.screens.text_dialog import TextDialog
from workbench.workspace import Workspace

FILTER_CUTOFF = 60.0


class EditCandidateDialog(TextDialog):
    """The claim text to accept, edited; None when the reviewer backs out."""

    PROMPT = "Claim text — ctrl+s accepts it, escape cancels"
    TEXT_ID = "candidate-text"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Accept edited", id="candidates.edit.save"),
        Binding("escape", "cancel", "Cancel", id="candidates.edit.cancel"),
    ]

    def clean(self, text: str) -> str | None:
        return " ".join(text.split()) or None


class CandidatesScreen(Screen[None]):
    """Candidate claims, best first; `on_accept` gets each claim as it is added."""

    DEFAULT_CSS = """
    CandidatesScreen { layout: vertical; }
    CandidatesScreen #candidates-status { height: 1; padding: 0 1; background: $panel; }
    CandidatesScreen #candidates-filter { display: none; }
    CandidatesScreen #candidates-filter.-active { display: block; }
    CandidatesScreen #candidates-list { height: 2fr; }
    CandidatesScreen #candidates-detail-box {
        height: 1fr; border-top: solid $accent; padding: 0 1;
    }
    """
    AUTO_FOCUS = "#candidates-list"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "accept", "Accept", id="candidates.accept"),
        Binding("e", "edit", "Edit, accept", id="candidates.edit"),
        Binding("x", "reject", "Reject", id="candidates.reject"),
        Binding("slash", "filter", "Filter", id="candidates.filter"),
        Binding("t", "toggle_tracked", "Tracked", id="candidates.toggle_tracked"),
        Binding("j", "cursor_down", "Down", id="candidates.down", show=False),
        Binding("k", "cursor_up", "Up", id="candidates.up", show=False),
        Binding("escape", "close", "Close", id="candidates.close"),
    ]

    def __init__(
        self,
        workspace: Workspace,
        on_accept: Callable[[Claim], None],
        min_score: float = DEFAULT_MIN_SCORE,
    ) -> None:
        super().__init__()
        self.workspace = workspace
        self.on_accept = on_accept
        self.min_score = min_score
        self.candidates: list[Candidate] = []
        self.shown: list[Candidate] = []
        self.query_text = ""
        self.hide_tracked = False
        self.loaded = False

    # --- layout and loading ---------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(Content("Finding candidate claims…"), id="candidates-status", markup=False)
        yield Input(
            placeholder="filter (fuzzy); enter to list, escape to clear",
            id="candidates-filter",
            disabled=True,  # hidden until `/`; a disabled input never takes the focus
        )
        yield OptionList(id="candidates-list")
        with VerticalScroll(id="candidates-detail-box"):
            yield Static(Content(""), id="candidates-detail", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        option_list = self.query_one(OptionList)
        option_list.loading = True
        option_list.focus()
        self.load_candidates()

    @work(thread=True, exclusive=True, group="candidates", exit_on_error=False)
    def load_candidates(self) -> None:
        """Scan the corpus off the event loop; hand the result back if still wanted."""
        worker = get_current_worker()
        try:
            found = extract(
                self.workspace,
                min_score=self.min_score,
                cancelled=lambda: worker.is_cancelled,  # the screen was closed
            )
        except ExtractCancelled:
            return
        except WorkbenchError as exc:
            if not worker.is_cancelled:
                self.app.call_from_thread(self._failed, exc.message)
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._loaded, found)

    def _failed(self, message: str) -> None:
        self.query_one(OptionList).loading = False
        self._status(f"Cannot list candidates: {message}")

    def _loaded(self, found: list[Candidate]) -> None:
        self.candidates = found
        self.loaded = True
        option_list = self.query_one(OptionList)
        option_list.loading = False
        if not self.query_one("#candidates-filter", Input).has_focus:
            option_list.focus()  # the loading overlay may have moved focus away
        self._refresh()

    # --- the list -----------------------------------------------------------------------

    def _status(self, text: str) -> None:
        self.query_one("#candidates-status", Static).update(Content(text))

    def _visible(self) -> list[Candidate]:
        pool = [c for c in self.candidates if not (self.hide_tracked and c.tracked)]
        if not self.query_text.strip():
            return pool
        hits = process.extract(
            self.query_text,
            [f"{c.text} {c.claimant or ''}" for c in pool],
            scorer=fuzz.partial_token_set_ratio,
            processor=utils.default_process,
            score_cutoff=FILTER_CUTOFF,
            limit=None,
        )
        hits.sort(key=lambda hit: (-hit[1], hit[2]))
        return [pool[index] for _text, _score, index in hits]

    def _prompt(self, candidate: Candidate) -> Content:
        style = "dim" if candidate.tracked else ""
        parts: list[str | Content | tuple[str, str]] = [
            (f"{candidate.score:.2f} ", "bold"),
            ("denial    " if candidate.kind == "denial" else "assertion ", "italic"),
        ]
        if candidate.tracked:
            parts.append(("tracked ", "dim italic"))
        text = Content(candidate.text)
        parts.append(text.stylize(style) if style else text)
        if candidate.claimant:
            parts.append(("  — ", "dim"))
            parts.append(Content(candidate.claimant).stylize("dim"))
        return Content.assemble(*parts)

    def _refresh(self, keep: int | None = None) -> None:
        option_list = self.query_one(OptionList)
        current = keep if keep is not None else option_list.highlighted
        self.shown = self._visible()
        option_list.clear_options()
        option_list.add_options(Option(self._prompt(c), id=c.id) for c in self.shown)
        if self.shown:
            option_list.highlighted = min(current or 0, len(self.shown) - 1)
        tracked = sum(c.tracked for c in self.candidates)
        hidden = f", {tracked} tracked hidden (t shows)" if self.hide_tracked else ""
        query = f", filter {self.query_text!r}" if self.query_text else ""
        self._status(
            f"{len(self.shown)} of {len(self.candidates)} candidates with score ≥ "
            f"{self.min_score:g} ({tracked} tracked){hidden}{query}"
        )
        self._show_detail()

    def _current(self) -> Candidate | None:
        index = self.query_one(OptionList).highlighted
        if index is None or not 0 <= index < len(self.shown):
            return None
        return self.shown[index]

    def _show_detail(self) -> None:
        candidate = self._current()
        detail = self.query_one("#candidates-detail", Static)
        if candidate is None:
            detail.update(Content("No candidate." if self.loaded else ""))
            return
        lines: list[Content] = [
            Content.assemble(("id ", "dim"), candidate.id),
            Content.assemble(("claimant ", "dim"), Content(candidate.claimant or "—")),
        ]
        if candidate.tracked:
            lines.append(Content.assemble(("tracked by ", "dim"), candidate.tracked_by or "?"))
        lines.append(Content.assemble(("why ", "dim"), Content("; ".join(candidate.reasons))))
        for source in candidate.sources:
            where = f"{render.safe(source.article)} {source.start}-{source.end}  "
            lines.append(Content.assemble((where, "dim"), Content(source.passage)))
        detail.update(Content("\n").join(lines))

    @on(OptionList.OptionHighlighted, "#candidates-list")
    def _highlighted(self) -> None:
        self._show_detail()

    # --- actions ----------------------------------------------------------------------

    def _drop(self, candidate: Candidate) -> None:
        index = self.query_one(OptionList).highlighted
        self.candidates = [c for c in self.candidates if c.id != candidate.id]
        self._refresh(keep=index)

    def _accept(self, candidate: Candidate, text: str | None = None) -> None:
        texts = {candidate.id: text} if text else None
        try:
            claims = accept(self.workspace, [candidate], texts)
        except WorkbenchError as exc:
            self.notify(render.safe(exc.message), title="Not added", severity="error", markup=False)
            return
        self._drop(candidate)
        for claim in claims:
            self.on_accept(claim)
            self.notify(f"Added claim {claim.id}", markup=False)

    def action_accept(self) -> None:
        candidate = self._current()
        if candidate is not None:
            self._accept(candidate)

    def action_edit(self) -> None:
        candidate = self._current()
        if candidate is None:
            return

        def edited(text: str | None) -> None:
            if text:
                self._accept(candidate, text)

        self.app.push_screen(EditCandidateDialog(candidate.text), edited)

    def action_reject(self) -> None:
        candidate = self._current()
        if candidate is None:
            return
        try:
            reject(self.workspace.root, [candidate])
        except WorkbenchError as exc:
            self.notify(
                render.safe(exc.message), title="Not rejected", severity="error", markup=False
            )
            return
        self._drop(candidate)

    def action_toggle_tracked(self) -> None:
        self.hide_tracked = not self.hide_tracked
        self._refresh(keep=0)

    def action_cursor_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def action_filter(self) -> None:
        box = self.query_one("#candidates-filter", Input)
        box.disabled = False
        box.add_class("-active")
        box.focus()

    @on(Input.Changed, "#candidates-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value
        if self.loaded:
            self._refresh(keep=0)

    @on(Input.Submitted, "#candidates-filter")
    def _filter_done(self) -> None:
        self.query_one(OptionList).focus()

    def action_close(self) -> None:
        box = self.query_one("#candidates-filter", Input)
        if box.has_focus or box.value:
            box.value = ""
            box.remove_class("-active")
            box.disabled = True
            self.query_one(OptionList).focus()
            return
        self.dismiss(None)
