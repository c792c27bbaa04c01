"""The evidence side of the main screen: index and evidence in thread workers.

A mixin of `MainScreen`, kept apart so that each module stays short. Every
result comes back to the event loop through `call_from_thread`; the index
is used by one thread at a time (`index_lock`), the selected claim's worker
waiting at most for one background count.
"""

from __future__ import annotations

import contextlib
import gc
import os
import time
from typing import Any

from textual import work
from textual.widgets import ProgressBar
from textual.worker import get_current_worker

from workbench.errors import WorkbenchError
from workbench.tui import render


def start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with a real stderr, before the index builds.

    The tracker is spawned with `sys.stderr.fileno()` among the fds to keep;
    under Textual that is -1, and building a large index on worker processes
    failed with "bad value(s) in fds_to_keep". Its stderr goes to /dev/null:
    a warning printed on the interface's terminal would tear the screen.
    """
    from multiprocessing import resource_tracker

    with open(os.devnull, "w") as devnull, contextlib.redirect_stderr(devnull):
        resource_tracker.ensure_running()


DEBOUNCE = 0.06  # s: wait this long before computing the selected claim's evidence
IDLE = 0.4  # s: background counting waits until the selection has been still this long
FREEZE_EVERY = 20  # claims counted between two gc.freeze()


class EvidenceFeed:
    """Needs from MainScreen: workspace, claims, evidence, index, index_lock, current_id,
    open_index_with, index_error, warning, and _say/_select/_fill_columns/_refresh_row."""

    evidence: dict[str, Any]
    index: Any
    last_move: float = 0.0  # time.monotonic() of the last change of selected claim

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def open_index(self) -> None:
        """Open or build the evidence index, with a progress bar; then count all claims."""
        opener = self.open_index_with
        if opener is None:
            from workbench.evidence import EvidenceIndex  # heavy: not for the first paint

            opener = EvidenceIndex.open
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            self.app.call_from_thread(self._progress, done, total)

        try:
            self.workspace.check_sources()
        except WorkbenchError as exc:  # worth saying, not worth stopping the review for
            self.warning = exc.message
            self.app.call_from_thread(self._say, exc.message, True)
        try:
            start_resource_tracker()
        except (OSError, ValueError):  # then the engine's own error, if any, is shown
            pass
        try:
            index = opener(self.workspace, progress=progress, cancelled=lambda: worker.is_cancelled)
            cache = getattr(self.ledger, "cache", None)
            if cache is not None:
                cache.scan()  # ids to paths, for citing and the article view
        except WorkbenchError as exc:
            self.app.call_from_thread(self._index_failed, exc.message)
            return
        except KeyboardInterrupt:  # EvidenceCancelled: the app is closing
            return
        except Exception as exc:  # a bug in the engine must not take the reviewer's screen
            message = f"the evidence index failed: {type(exc).__name__}: {exc}"
            self.app.call_from_thread(self._index_failed, render.one_line(message, 200))
            return
        self.app.call_from_thread(self._index_ready, index)

    def _progress(self, done: int, total: int) -> None:
        bar = self.query_one("#progress", ProgressBar)
        bar.display = True
        bar.update(total=total, progress=done)
        self._say(f"indexing the articles: {done} / {total}")

    def _index_failed(self, message: str) -> None:
        self.index_error = message
        self.query_one("#progress").display = False
        self.query_one("#evidence").loading = False
        self._fill_columns(None)
        self._say(message, error=True)

    def _index_ready(self, index: Any) -> None:
        self.index = index
        self.query_one("#progress").display = False
        # Files the index could not read ("x.txt: binary file, skipped"):
        # the reviewer should know an article is missing from the evidence.
        notes = list(getattr(index, "warnings", ()))
        if notes:
            more = f" (and {len(notes) - 1} more)" if len(notes) > 1 else ""
            self.warning = "; ".join(filter(None, [self.warning, f"{notes[0]}{more}"]))
        self._say(self.warning, error=bool(self.warning))
        gc.collect()
        gc.freeze()  # the index is long-lived: keep the collector off it (pauses on keys)
        self._select(self.current_id)
        self.count_all()

    def _evidence_of(self, claim: Any) -> Any:
        """One claim's evidence, or None after saying (once, in one line) why not."""
        try:
            with self.index_lock:
                return self.index.evidence(claim, top=10)
        except Exception as exc:  # an engine bug on one claim must not hang the screen
            message = render.one_line(f"evidence for {claim.id} failed: {exc}", 200)
            self.app.call_from_thread(self._evidence_failed, claim.id, message)
            return None

    @work(thread=True, exclusive=True, group="evidence", exit_on_error=False)
    def load_evidence(self, claim: Any) -> None:
        """The selected claim's evidence; a key held down computes only where it stops."""
        time.sleep(DEBOUNCE)
        if get_current_worker().is_cancelled:  # a newer selection replaced this worker
            return
        ev = self._evidence_of(claim)
        if ev is not None:
            self.app.call_from_thread(self._evidence_ready, claim.id, ev)

    @work(thread=True, exclusive=True, group="counts", exit_on_error=False)
    def count_all(self) -> None:
        """Evidence for every claim in the background, for the +N −M counts.

        The results live as long as the session (~1,300 objects a claim): they are
        frozen out of the garbage collector as they come, or its full collections
        grew to ~90 ms and landed on keys.
        """
        worker = get_current_worker()
        counted = 0
        for claim in list(self.claims):
            if worker.is_cancelled:
                return
            if claim.id in self.evidence:
                continue
            # the GIL goes to the keys first: count only while the reviewer is not moving
            while time.monotonic() - self.last_move < IDLE and not worker.is_cancelled:
                time.sleep(IDLE / 4)
            ev = self._evidence_of(claim)
            if ev is not None:
                self.app.call_from_thread(self._evidence_ready, claim.id, ev)
                counted += 1
                if counted % FREEZE_EVERY == 0:
                    gc.freeze()
        gc.freeze()

    def _evidence_ready(self, claim_id: str, ev: Any) -> None:
        self.evidence[claim_id] = ev
        self._refresh_row(claim_id)
        if claim_id == self.current_id:
            self.query_one("#evidence").loading = False
            self._fill_columns(ev)

    def _evidence_failed(self, claim_id: str, message: str) -> None:
        if claim_id == self.current_id:
            self.query_one("#evidence").loading = False
            self._say(message, error=True)
