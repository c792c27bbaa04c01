"""`?`: every binding of the interface, by where it applies, with its id for keymaps."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static


def _sections() -> list[tuple[str, list[Binding]]]:
    from workbench.tui.app import WorkbenchApp
    from workbench.tui.screens.article import ArticleScreen
    from workbench.tui.screens.main import MainScreen
    from workbench.tui.screens.note import NoteDialog
    from workbench.tui.widgets.claims_list import ClaimsList
    from workbench.tui.widgets.evidence_column import EvidenceColumn

    def bindings(cls: type) -> list[Binding]:
        return [b for b in cls.BINDINGS if isinstance(b, Binding)]

    try:
        from workbench.tui.screens.candidates import CandidatesScreen

        candidates = [("Claim candidates (c)", bindings(CandidatesScreen))]
    except ImportError:
        candidates = []

    return [
        ("Everywhere", bindings(WorkbenchApp)),
        ("Main screen", bindings(MainScreen)),
        ("Claims list", bindings(ClaimsList)),
        ("Evidence cards", bindings(EvidenceColumn)),
        ("Article view", bindings(ArticleScreen)),
        ("Note editor", bindings(NoteDialog)),
        *candidates,
    ]


def _keys(app: App[object], binding: Binding) -> str:
    keys = [key.strip() for key in binding.key.split(",")]
    return " / ".join(app.get_key_display(Binding(key, binding.action)) for key in keys)


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90; max-width: 100%; height: 90%; border: thick $accent;
        background: $surface; padding: 0 1;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "app.pop_screen", "Close", id="help.close")
    ]

    def __init__(self, verdict_labels: list[str] | None = None) -> None:
        super().__init__()
        self.verdict_labels = verdict_labels or []

    def _describe(self, binding: Binding) -> str:
        """Verdict keys are described by the workspace's scale, not by a number."""
        if binding.id and binding.id.startswith("main.verdict_"):
            number = int(binding.id.rsplit("_", 1)[1])
            if number <= len(self.verdict_labels):
                return f"Verdict: {self.verdict_labels[number - 1]}"
        return binding.description

    def compose(self) -> ComposeResult:
        parts: list[str | tuple[str, str]] = [
            ("workbench — keys", "bold"),
            ("   (1–6 record the verdicts of the scale, in order)\n", "dim"),
        ]
        for title, section in _sections():
            parts.append((f"\n{title}\n", "bold $accent"))
            for binding in section:
                parts.append((f"  {_keys(self.app, binding):<22}", "bold"))
                parts.append(f"{self._describe(binding):<26}")
                parts.append((f"{binding.id or ''}\n", "dim"))
        parts.append(
            (
                "\nRemap a key by its id: [keys] in ~/.config/workbench/keymap.toml "
                "(or the file $WORKBENCH_KEYMAP names).\n",
                "dim",
            )
        )
        with VerticalScroll():
            yield Static(Content.assemble(*parts), markup=False)
