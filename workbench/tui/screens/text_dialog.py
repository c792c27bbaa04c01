"""A modal text editor: the base of the note editor and the candidate editor."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea


class TextDialog(ModalScreen[str | None]):
    """Dismisses with the edited text on save, None when the reviewer backs out.

    Subclasses set `PROMPT`, `TEXT_ID` and their own `BINDINGS` (with ids of
    their own, so a keymap can tell the two editors apart) for `save` and
    `cancel`, and may override `clean`.
    """

    DEFAULT_CSS = """
    TextDialog { align: center middle; }
    TextDialog > Vertical {
        width: 80%; height: 70%; border: thick $accent; background: $surface; padding: 0 1;
    }
    TextDialog TextArea { height: 1fr; }
    """
    PROMPT = "ctrl+s saves, escape cancels"
    TEXT_ID = "dialog-text"

    def __init__(self, text: str) -> None:
        super().__init__()
        self.original = text

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content(self.PROMPT), markup=False)
            yield TextArea(self.original, id=self.TEXT_ID, soft_wrap=True)

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.move_cursor(area.document.end)  # to add to a note, as one usually does
        area.focus()

    @property
    def text(self) -> str:
        return self.query_one(TextArea).text

    def clean(self, text: str) -> str | None:
        return text

    def action_save(self) -> None:
        self.dismiss(self.clean(self.text))

    def action_cancel(self) -> None:
        self.dismiss(None)
