"""The note editor: a modal TextArea; ctrl+s saves, escape asks before discarding."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType

from workbench.tui.screens.confirm import ConfirmDialog
from workbench.tui.screens.text_dialog import TextDialog


class NoteDialog(TextDialog):
    """Returns the new note, or None when the reviewer backs out."""

    PROMPT = "Note — ctrl+s saves, escape cancels"
    TEXT_ID = "note-text"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save note", id="note.save"),
        Binding("escape", "cancel", "Cancel", id="note.cancel"),
    ]

    def action_cancel(self) -> None:
        if self.text == self.original:
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(ConfirmDialog("Discard the changes to the note?"), answered)
