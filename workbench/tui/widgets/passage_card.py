"""One evidence passage as a card; cards are pooled and re-filled, never re-mounted."""

from __future__ import annotations

from typing import Any

from textual.content import Content
from textual.widgets import Static


class PassageCard(Static):
    """Holds the `EvidenceItem` it shows, so a key on the card knows what to cite or open."""

    DEFAULT_CSS = """
    PassageCard {
        padding: 0 1;
        margin: 0 0 1 0;
        border-left: outer $panel-lighten-2;
    }
    PassageCard.-cursor { border-left: outer $accent; background: $boost; }
    PassageCard.-cited { border-left: outer #4fc3f7; }
    PassageCard.-cursor.-cited { border-left: outer $accent; }
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(Content(""), markup=False, **kwargs)
        self.item: Any = None

    def show(self, item: Any, content: Content, cited: bool) -> None:
        self.item = item
        self.update(content)
        self.set_class(cited, "-cited")
        self.display = True

    def hide(self) -> None:
        self.item = None
        self.display = False
