"""A problem that stops the interface, in one sentence, instead of a traceback."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Middle
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static


class ErrorScreen(Screen[None]):
    DEFAULT_CSS = """
    ErrorScreen #message { width: 80%; max-width: 100; padding: 1 2; border: thick $error; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q,escape", "leave", "Quit", id="error.quit")]

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        with Middle(), Center():
            yield Static(
                Content.assemble(
                    ("workbench cannot open this workspace\n\n", "bold"),
                    self.message,
                    ("\n\nq quits", "dim"),
                ),
                id="message",
                markup=False,
            )
        yield Footer()

    def action_leave(self) -> None:
        self.app.exit(return_code=2)  # the shell sees that the workspace did not open
