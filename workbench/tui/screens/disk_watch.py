"""Files changed outside the interface (a git pull, another window): re-read, shown.

A mixin of `MainScreen`. Verdict files and claims.toml are polled by
(inode, size, mtime) once a second, a few hundred stat calls; nothing on
disk is ever overwritten from what the screen holds: the ledger re-reads
under its lock before it appends.
"""

from __future__ import annotations

from typing import Any

from workbench.claims import parse_claims_text
from workbench.claims.load import read_claims_text
from workbench.errors import WorkbenchError
from workbench.tui import render
from workbench.workspace import CLAIMS_FILE


class DiskWatch:
    """Needs from MainScreen: workspace, ledger, session, claims, _by_id, evidence,
    signatures, current_id, index, and _after_change/_apply_filter/_read_status/_select/_say."""

    claims_signature: tuple[int, int, int] | None = None

    def _claims_signature(self) -> tuple[int, int, int] | None:
        try:
            st = (self.workspace.root / CLAIMS_FILE).stat()
        except OSError:
            return None
        return st.st_ino, st.st_size, st.st_mtime_ns

    def _poll_disk(self) -> None:
        signature = self._claims_signature()
        if signature != self.claims_signature:
            self.claims_signature = signature
            self._reload_claims()
        for claim in self.claims:
            if self.ledger.signature(claim.id) != self.signatures.get(claim.id):
                self.session.forget(claim.id)
                self._after_change(claim.id)
                self._say(f"{render.safe(claim.id)}: verdict file changed on disk; re-read")

    def _reload_claims(self) -> None:
        """New, removed and edited claims from claims.toml; a broken file changes nothing."""
        path = self.workspace.root / CLAIMS_FILE
        try:
            raw = read_claims_text(path)
            config = parse_claims_text(raw, CLAIMS_FILE)
        except WorkbenchError as exc:
            self._say(f"{exc.message} (claims kept as they were)", True)
            return
        old: dict[str, Any] = dict(self._by_id)
        self.workspace.config, self.workspace.raw_claims = config, raw
        self.claims = list(config.claims)
        self._by_id = {claim.id: claim for claim in self.claims}
        for claim in self.claims:
            before = old.get(claim.id)
            if before is None or before.text != claim.text:
                self.evidence.pop(claim.id, None)  # new or edited: compute again
            self.session.forget(claim.id)
            self._read_status(claim)  # an edited claim shows as stale
        self._apply_filter(keep=self.current_id)
        if self.current_id in self._by_id:
            self._select(self.current_id)  # its text, status or evidence may have changed
        if self.index is not None:
            self.count_all()
        self._say(f"{CLAIMS_FILE} changed on disk: {len(self.claims)} claims, re-read")
