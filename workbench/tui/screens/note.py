"""The note editor: a modal TextArea; ctrl+s saves, escape asks before discarding."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from workbench.tui.screens.confirm import ConfirmDialog


class NoteDialog(ModalScreen[str | None]):
    """Returns the new note, or None when the reviewer backs out."""

    DEFAULT_CSS = """
    NoteDialog { align: center middle; }
    NoteDialog > Vertical {
        width: 80%; height: 70%; border: thick $accent; background: $surface; padding: 0 1;
    }
    NoteDialog TextArea { height: 1fr; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save note", id="note.save"),
        Binding("escape", "cancel", "Cancel", id="note.cancel"),
    ]

    def __init__(self, note: str) -> None:
        super().__init__()
        self.original = note

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content("Note — ctrl+s saves, escape cancels"), markup=False)
            yield TextArea(self.original, id="note-text", soft_wrap=True)

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        if self.query_one(TextArea).text == self.original:
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(ConfirmDialog("Discard the changes to the note?"), answered)
