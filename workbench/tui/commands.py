"""Command palette (ctrl+p): the actions of the main screen, and jump to any claim."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from workbench.tui import render


def _highlight(matcher: Any, text: str) -> Content:
    """Like `Matcher.highlight`, but the candidate stays plain text, never markup."""
    content = Content(text)
    score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    if score:
        for offset in offsets:
            if not text[offset].isspace():
                content = content.stylize("bold underline", offset, offset + 1)
    return content


class WorkbenchCommands(Provider):
    """Loads the claim names once per palette opening (`startup`)."""

    async def startup(self) -> None:
        from workbench.tui.screens.main import MainScreen

        self.commands: list[tuple[str, Callable[[], Any], str]] = []
        main = next((s for s in self.app.screen_stack if isinstance(s, MainScreen)), None)
        if main is None:
            return
        for number, entry in enumerate(main.ledger.scale.entries, start=1):
            self.commands.append(
                (
                    f"Verdict: {render.safe(entry.label)}",
                    partial(main.action_verdict, number),
                    f"key {number}",
                )
            )
        actions = [
            ("Edit the note", main.action_note, "e"),
            ("Undo the last change", main.action_undo, "u"),
            ("Filter claims by text", main.action_filter_text, "/"),
            ("Cycle filter: all / unreviewed / stale / disputed", main.action_cycle_filter, "f"),
            ("Show or hide related passages", main.action_toggle_related, "r"),
            ("Claim candidates", main.action_candidates, "c"),
            ("Help: every key", self.app.action_help, "?"),
        ]
        self.commands += actions
        for claim in main.claims:
            label = f"Claim: {render.one_line(claim.text, 70)}"
            self.commands.append((label, partial(main.select_claim, claim.id), claim.id))

    async def discover(self) -> Hits:
        for name, command, help_text in self.commands:
            if not name.startswith("Claim:"):
                yield DiscoveryHit(Content(name), command, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, command, help_text in self.commands:
            score = matcher.match(name)
            if name.startswith("Claim:"):  # its id too: the id the CLI and files use
                score = max(score, matcher.match(help_text))
            if score > 0:
                yield Hit(score, _highlight(matcher, name), command, text=name, help=help_text)
