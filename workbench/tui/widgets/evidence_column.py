"""A column of passage cards (Supporting, Contradicting or Related) with a cursor."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

from workbench.tui.widgets.passage_card import PassageCard

POOL = 10


class EvidenceColumn(VerticalScroll, can_focus=True):
    """Focus it with tab; j/k move between cards; space cites, enter opens the article."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "move(1)", "Next card", id="evidence.down", show=False),
        Binding("up,k", "move(-1)", "Prev card", id="evidence.up", show=False),
        Binding("space", "cite", "Cite", id="evidence.cite"),
        Binding("enter,o", "open", "Open", id="evidence.open"),
    ]

    cursor: reactive[int] = reactive(0, init=False)

    @dataclass
    class Cite(Message):
        column: EvidenceColumn
        item: Any

    @dataclass
    class Open(Message):
        column: EvidenceColumn
        item: Any

    def __init__(self, title: str, stance: str, pool: int = POOL, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.title = title
        self.stance = stance
        self.pool = pool
        self.items: list[Any] = []

    def compose(self) -> ComposeResult:
        yield Static(Content(self.title), classes="column-title", markup=False)
        yield Static(Content(""), classes="column-empty", markup=False)
        for _ in range(self.pool):
            yield PassageCard()

    def on_mount(self) -> None:
        for card in self.query(PassageCard):
            card.display = False

    def fill(
        self,
        items: Sequence[Any],
        render: Callable[[Any], Content],
        cited: Callable[[Any], bool],
        empty: str = "nothing found",
    ) -> None:
        """Re-fill the pooled cards in place: no mounting on a claim change."""
        self.items = list(items)[: self.pool]
        title = f"{self.title} ({len(self.items)})"
        self.query_one(".column-title", Static).update(Content(title))
        empty_label = self.query_one(".column-empty", Static)
        empty_label.update(Content(empty))
        empty_label.display = not self.items
        for index, card in enumerate(self.query(PassageCard)):
            if index < len(self.items):
                card.show(self.items[index], render(self.items[index]), cited(self.items[index]))
            else:
                card.hide()
        self.set_reactive(EvidenceColumn.cursor, 0)
        self._mark_cursor()
        self.scroll_home(animate=False)

    def refresh_cited(self, cited: Callable[[Any], bool], render: Callable[[Any], Content]) -> None:
        """Re-render only the cards whose cited mark changed (a verdict changes none)."""
        for card in self.query(PassageCard):
            if card.item is not None and cited(card.item) != card.has_class("-cited"):
                card.show(card.item, render(card.item), not card.has_class("-cited"))

    @property
    def current(self) -> Any:
        return self.items[self.cursor] if 0 <= self.cursor < len(self.items) else None

    def watch_cursor(self) -> None:
        self._mark_cursor()

    def _mark_cursor(self) -> None:
        focused = self.has_focus
        cards = list(self.query(PassageCard))
        for index, card in enumerate(cards):
            card.set_class(focused and index == self.cursor and card.item is not None, "-cursor")
        if focused and 0 <= self.cursor < len(self.items):
            self.scroll_to_widget(cards[self.cursor], animate=False)

    def on_focus(self) -> None:
        self._mark_cursor()

    def on_blur(self) -> None:
        self._mark_cursor()

    def action_move(self, delta: int) -> None:
        if self.items:
            self.cursor = max(0, min(len(self.items) - 1, self.cursor + delta))

    def action_cite(self) -> None:
        if self.current is not None:
            self.post_message(self.Cite(self, self.current))

    def action_open(self) -> None:
        if self.current is not None:
            self.post_message(self.Open(self, self.current))

    def on_click(self, event: Any) -> None:
        widget = event.widget
        cards = list(self.query(PassageCard))
        if isinstance(widget, PassageCard) and widget in cards:
            self.cursor = cards.index(widget)
