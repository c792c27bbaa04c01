"""The main screen: claims on the left, the selected claim and its evidence on the right."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Collapsible, Footer, Header, Input, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option

from workbench.errors import WorkbenchError
from workbench.tui import render
from workbench.tui.claim_filter import FILTERS, fuzzy_filter, matches_mode
from workbench.tui.screens.disk_watch import DiskWatch
from workbench.tui.screens.evidence_feed import EvidenceFeed
from workbench.tui.session import ReviewSession
from workbench.tui.widgets.claims_list import ClaimsList
from workbench.tui.widgets.evidence_column import EvidenceColumn

NARROW = 120  # below this width the two evidence columns stack
POLL_SECONDS = 1.0  # verdict files and claims.toml are checked for changes this often


class MainScreen(EvidenceFeed, DiskWatch, Screen[None]):
    """Composes workspace, ledger session and evidence index; owns no rules of its own."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "app.focus_next", "Next pane", id="main.focus_next", show=False),
        Binding("shift+tab", "app.focus_previous", "Prev pane", id="main.focus_prev", show=False),
        *[
            Binding(
                str(n),
                f"verdict({n})",
                "Verdict" if n == 1 else f"Verdict {n}",
                id=f"main.verdict_{n}",
                show=n == 1,
                key_display="1–6" if n == 1 else None,
            )
            for n in range(1, 7)
        ],
        Binding("e", "note", "Note", id="main.note"),
        Binding("u", "undo", "Undo", id="main.undo"),
        Binding("slash", "filter_text", "Filter", id="main.filter_text"),
        Binding(
            "f",
            "cycle_filter",
            "Show",
            id="main.cycle_filter",
            tooltip="cycle: all / unreviewed / stale / disputed",
        ),
        Binding("r", "toggle_related", "Related", id="main.related", show=False),
        Binding("c", "candidates", "Candidates", id="main.candidates", show=False),
    ]

    def __init__(
        self,
        workspace: Any,
        ledger: Any,
        session: ReviewSession,
        open_index: Callable[..., Any] | None = None,
    ) -> None:
        super().__init__()
        self.workspace = workspace
        self.open_index_with = open_index
        self.ledger = ledger
        self.session = session
        self.scale = list(ledger.scale.entries)
        self.claims: list[Any] = list(workspace.claims)
        self._by_id: dict[str, Any] = {c.id: c for c in self.claims}
        self.status: dict[str, Any] = {}
        self.signatures: dict[str, Any] = {}
        self.evidence: dict[str, Any] = {}
        self.index: Any = None
        self.index_error: str | None = None
        self.warning = ""
        self.index_lock = threading.Lock()
        self.filter_mode = "all"
        self.query_text = ""
        self.current_id: str | None = None
        self.last_id: str | None = None  # the last claim shown, kept across an empty filter
        self._stems: set[str] = set()

    # --- layout -------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            with Vertical(id="left"):
                yield Input(
                    placeholder="filter claims (fuzzy); enter keeps, escape clears", id="filter"
                )
                yield Static(Content(""), id="filter-label", markup=False)
                yield ClaimsList(id="claims")
            with Vertical(id="right"):
                yield Static(Content(""), id="claim", markup=False)
                yield ProgressBar(id="progress", show_eta=True)
                with Vertical(id="evidence"):
                    with Horizontal(id="columns"):
                        yield EvidenceColumn("Supporting", "support", id="support")
                        yield EvidenceColumn("Contradicting", "contradict", id="contradict")
                    with Collapsible(title="Related", id="related-box", collapsed=True):
                        yield EvidenceColumn("Related", "related", id="related")
        yield Static(Content(""), id="status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        for claim in self.claims:
            self._read_status(claim)
        self.query_one("#filter", Input).display = False
        self._apply_filter(keep=None)
        self.query_one(ClaimsList).focus()
        self.claims_signature = self._claims_signature()
        self.set_interval(POLL_SECONDS, self._poll_disk)
        self.query_one("#evidence").loading = True
        # after the first frame: the index thread competes for the GIL with the first paint
        self.call_after_refresh(self.open_index)

    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW, "-narrow")

    # --- claims list ----------------------------------------------------------

    def _read_status(self, claim: Any) -> None:
        self.status[claim.id] = self.ledger.status(claim)
        self.signatures[claim.id] = self.ledger.signature(claim.id)

    def _row(self, claim: Any) -> Content:
        status = self.status.get(claim.id)
        ev = self.evidence.get(claim.id)
        counts = (len(ev.support), len(ev.contradict)) if ev is not None else None
        return render.claim_row(
            claim,
            getattr(status, "verdict", None),
            self.scale,
            counts,
            bool(getattr(status, "stale", False)),
            bool(getattr(status, "disagreement", False)),
            bool(getattr(status, "error", None)),
        )

    def _apply_filter(self, keep: str | None) -> None:
        """Rebuild the list for the filter mode and fuzzy query; keep `keep` selected."""
        keep = keep if keep is not None else self.last_id
        claims = [c for c in self.claims if matches_mode(self.status.get(c.id), self.filter_mode)]
        words = self.query_text.lower().split()
        if words:
            claims = fuzzy_filter(claims, words)
        widget = self.query_one(ClaimsList)
        widget.set_options(Option(self._row(c), id=c.id) for c in claims)
        label = f"{len(claims)} of {len(self.claims)} claims · filter: {self.filter_mode}"
        if self.query_text:
            label += f" · “{render.one_line(self.query_text, 30)}”"
        self.query_one("#filter-label", Static).update(Content(label))
        ids = [c.id for c in claims]
        if ids:
            widget.highlighted = ids.index(keep) if keep in ids else 0
        else:
            self._select(None)
        self._update_progress()

    def _update_progress(self) -> None:
        done = sum(1 for c in self.claims if getattr(self.status.get(c.id), "verdict", None))
        self.sub_title = f"{done} / {len(self.claims)} reviewed"

    def _refresh_row(self, claim_id: str) -> None:
        claim = self._claim(claim_id)
        widget = self.query_one(ClaimsList)
        if claim is not None and widget.shows(claim_id):
            widget.replace_option_prompt(claim_id, self._row(claim))

    def _claim(self, claim_id: str | None) -> Any:
        return self._by_id.get(claim_id) if claim_id is not None else None

    @on(OptionList.OptionHighlighted, "#claims")
    def _on_highlight(self, event: OptionList.OptionHighlighted) -> None:
        option = event.option_list.highlighted_option  # the message may be stale
        if option is not None and option.id != self.current_id:
            self._select(option.id)

    @on(OptionList.OptionSelected, "#claims")
    def _on_claim_chosen(self) -> None:
        """enter on a claim: on to its supporting passages."""
        self.query_one("#support", EvidenceColumn).focus()

    def select_claim(self, claim_id: str) -> None:
        """Jump to a claim (command palette), clearing filters that hide it."""
        if not self.query_one(ClaimsList).shows(claim_id):
            self.filter_mode, self.query_text = "all", ""
            self.query_one("#filter", Input).value = ""
        self._apply_filter(keep=claim_id)
        self.query_one(ClaimsList).focus()

    # --- the selected claim ---------------------------------------------------

    def _select(self, claim_id: str | None) -> None:
        self.current_id = claim_id
        if claim_id is not None:
            self.last_id = claim_id
        self.last_move = time.monotonic()
        claim = self._claim(claim_id)
        ev = self.evidence.get(claim_id) if claim is not None else None
        # loading while this claim's evidence (or the index itself) is on its way
        waiting = claim is not None and ev is None and self.index_error is None
        self.query_one("#evidence").loading = waiting
        if claim is None:
            self.query_one("#claim", Static).update(Content("no claim matches the filter"))
            self._fill_columns(None)
            return
        self._stems = render.stems(claim.text)
        self._draw_panel(claim)
        self._fill_columns(ev)
        if waiting and self.index is not None:
            self.load_evidence(claim)

    def _draw_panel(self, claim: Any) -> None:
        sources = [self._source_label(s) for s in claim.sources]
        try:
            working = self.session.working(claim.id)
            note, cited = working.note, len(working.citations)
        except WorkbenchError:  # a broken verdict file: the status says so
            note, cited = "", 0
        panel = render.claim_panel(
            claim, self.status.get(claim.id), self.scale, sources, note, cited
        )
        self.query_one("#claim", Static).update(panel)

    def _source_label(self, article_id: str) -> str:
        meta = self._meta(article_id)
        return render.article_line(meta) if meta is not None else article_id

    def _meta(self, article_id: str) -> Any:
        if self.index is None:
            return None
        try:
            return self.index.meta(article_id)
        except (KeyError, WorkbenchError):
            return None

    def _cited(self, item: Any) -> bool:
        if self.current_id is None:
            return False
        try:
            working = self.session.working(self.current_id)
        except WorkbenchError:
            return False
        return working.cited(item.article, item.start, item.end)

    def _card(self, item: Any) -> Content:
        return render.card(item, self._meta(item.article), self._stems, self._cited(item))

    def _fill_columns(self, ev: Any) -> None:
        if ev is not None:
            empty = "none found"
        else:
            empty = self.index_error or ("computing evidence…" if self.current_id else "")
        for column in self.query(EvidenceColumn):
            items = getattr(ev, column.stance, []) if ev is not None else []
            column.fill(items, self._card, self._cited, empty)
        related = len(ev.related) if ev is not None else 0
        self.query_one("#related-box", Collapsible).title = f"Related ({related})"

    # --- saving ---------------------------------------------------------------

    def _write(self, claim_id: str, action: Any) -> None:
        """Run one ledger write; show what was written or the error, in one line."""
        try:
            message = action()
        except WorkbenchError as exc:
            self._say(exc.message, error=True)
            return
        self._after_change(claim_id)
        self._say(message)

    def _after_change(self, claim_id: str) -> None:
        claim = self._claim(claim_id)
        if claim is not None:
            self._read_status(claim)
        self._refresh_row(claim_id)
        self._update_progress()
        if claim_id == self.current_id:
            self._redraw_current()

    def _redraw_current(self) -> None:
        claim = self._claim(self.current_id)
        if claim is None:
            return
        self._draw_panel(claim)
        for column in self.query(EvidenceColumn):
            column.refresh_cited(self._cited, self._card)

    def _say(self, message: str, error: bool = False) -> None:
        status = self.query_one("#status", Static)
        status.update(Content(render.safe(message)))  # may name a file: ids are file names
        status.set_class(error, "-error")

    @on(EvidenceColumn.Cite)
    def _on_cite(self, event: EvidenceColumn.Cite) -> None:
        if self.current_id is None:
            return
        item, claim_id = event.item, self.current_id
        self._write(
            claim_id,
            lambda: self.session.toggle_citation(
                claim_id, item.article, item.start, item.end, event.column.stance
            ),
        )

    @on(EvidenceColumn.Open)
    def _on_open(self, event: EvidenceColumn.Open) -> None:
        from workbench.tui.screens.article import ArticleScreen

        ev = self.evidence.get(self.current_id or "")
        try:
            articles = getattr(self.ledger, "cache", None) or self.workspace.corpus()
            self.app.push_screen(ArticleScreen.for_item(articles, event.item, ev))
        except WorkbenchError as exc:
            self._say(exc.message, error=True)

    def action_verdict(self, key: int) -> None:
        entry = self.ledger.scale.by_key(key)
        if self.current_id is None or entry is None:
            return
        claim_id = self.current_id
        self._write(claim_id, lambda: self.session.record(claim_id, entry.name))

    def action_note(self) -> None:
        from workbench.tui.screens.note import NoteDialog

        if self.current_id is None:
            return
        claim_id = self.current_id
        try:
            before = self.session.working(claim_id).note
        except WorkbenchError as exc:  # a broken verdict file: say so, open nothing
            self._say(exc.message, error=True)
            return

        def done(note: str | None) -> None:
            if note is not None and note != before:
                self._write(claim_id, lambda: self.session.set_note(claim_id, note))

        self.app.push_screen(NoteDialog(before), done)

    def action_undo(self) -> None:
        try:
            claim_id, message = self.session.undo()
        except WorkbenchError as exc:
            self._say(exc.message, error=True)
            return
        if claim_id:
            self._after_change(claim_id)
            if claim_id != self.current_id:  # show what was undone
                self.select_claim(claim_id)
        self._say(message)

    # --- filters, related, candidates -------------------------------------------

    def action_filter_text(self) -> None:
        box = self.query_one("#filter", Input)
        box.display = True
        box.focus()

    @on(Input.Changed, "#filter")
    def _on_filter_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value
        self._apply_filter(keep=self.current_id)

    @on(Input.Submitted, "#filter")
    def _on_filter_submitted(self) -> None:
        self.query_one(ClaimsList).focus()

    def key_escape(self) -> None:
        box = self.query_one("#filter", Input)
        if box.display:
            box.value = ""
            box.display = False
            self.query_one(ClaimsList).focus()

    def action_cycle_filter(self) -> None:
        self.filter_mode = FILTERS[(FILTERS.index(self.filter_mode) + 1) % len(FILTERS)]
        self._apply_filter(keep=self.current_id)

    def action_toggle_related(self) -> None:
        box = self.query_one("#related-box", Collapsible)
        box.collapsed = not box.collapsed

    def action_candidates(self) -> None:
        try:
            from workbench.tui.screens.candidates import CandidatesScreen
        except ImportError:
            self._say("claim candidates are not available in this build", error=True)
            return
        self.app.push_screen(CandidatesScreen(self.workspace, on_accept=self.add_claim))

    def add_claim(self, claim: Any) -> None:
        """A claim accepted on the candidates screen joins the list at once."""
        if self._claim(claim.id) is None:
            self.claims.append(claim)
            self._by_id[claim.id] = claim
        self._read_status(claim)
        self.select_claim(claim.id)  # computes its evidence like any other claim
