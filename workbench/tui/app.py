"""The application: `make_app(root)` for the CLI and the tests, `run(root)` for the CLI."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from workbench.errors import WorkbenchError
from workbench.tui.commands import WorkbenchCommands
from workbench.workspace import CLAIMS_FILE, NOT_A_WORKSPACE, find_root, root_problem


class WorkbenchApp(App[None]):
    """Opens the workspace on mount, so a broken one is shown on screen, not as a traceback."""

    CSS_PATH = "workbench.tcss"
    TITLE = "workbench"
    COMMANDS = App.COMMANDS | {WorkbenchCommands}
    ENABLE_COMMAND_PALETTE = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("ctrl+p", "command_palette", "Palette", id="app.palette", show=False),
    ]

    def __init__(
        self,
        root: Path,
        reviewer: str | None = None,
        open_index: Callable[..., Any] | None = None,
    ) -> None:
        super().__init__()
        self.root = root
        self.reviewer = reviewer
        self.open_index = open_index  # tests pass a fixed index; None: EvidenceIndex.open
        self.workspace: Any = None

    def on_mount(self) -> None:
        from workbench.tui.keymap import keymap_path, load_keymap, unknown_ids
        from workbench.tui.screens.error import ErrorScreen

        try:
            keymap = load_keymap()
            self.set_keymap(keymap)
            unknown = unknown_ids(keymap)
            if unknown:
                raise WorkbenchError(
                    f"{keymap_path()}: no key has the id {', '.join(map(repr, unknown))}: "
                    "ignored (? lists the ids)"
                )
        except WorkbenchError as exc:
            self.notify(exc.message, severity="warning", markup=False)

        try:
            screen = self._main_screen()
        except WorkbenchError as exc:
            self.push_screen(ErrorScreen(exc.message))
            return
        self.push_screen(screen)
        self.call_after_refresh(self._settle)

    def _main_screen(self) -> Any:
        from workbench.corpus.loader import ARTICLE_SUFFIXES
        from workbench.tui.articles import ArticleCache, InterfaceLedger
        from workbench.tui.screens.main import MainScreen
        from workbench.tui.session import ReviewSession
        from workbench.workspace import Workspace

        # sources are checked by the index worker, after the first paint (0.2 s at 10k files)
        workspace = Workspace.open(self.root, check_sources=False)
        folder = workspace.articles_dir
        has_articles = folder.is_dir() and any(
            p.suffix.lower() in ARTICLE_SUFFIXES for p in folder.rglob("*")
        )
        if not has_articles:
            raise WorkbenchError(
                f"there are no articles in {workspace.config.articles}/ "
                "(put .txt or .md files there, or set `articles` in claims.toml)"
            )
        self.workspace = workspace
        ledger = InterfaceLedger(workspace, ArticleCache(folder))
        session = ReviewSession(ledger, self.reviewer)
        return MainScreen(workspace, ledger, session, self.open_index)

    def _settle(self) -> None:
        """After the first paint: the start-up objects live for the whole session."""
        gc.collect()
        gc.freeze()

    def action_help(self) -> None:
        from workbench.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        labels = []
        if self.workspace is not None:
            from workbench.ledger import Scale
            from workbench.tui.render import safe

            labels = [safe(e.label) for e in Scale.from_config(self.workspace.config.scale).entries]
        self.push_screen(HelpScreen(labels))


def make_app(
    root: str | Path,
    reviewer: str | None = None,
    open_index: Callable[..., Any] | None = None,
) -> WorkbenchApp:
    """The app on a workspace folder; `open_index` replaces `EvidenceIndex.open` (tests)."""
    return WorkbenchApp(Path(root), reviewer, open_index)


def resolve_root(root: str | None) -> Path:
    """The workspace folder, or a WorkbenchError saying how to start one."""
    if root is not None:
        folder = Path(root)
        if not (folder / CLAIMS_FILE).is_file():
            raise WorkbenchError(root_problem(folder))
        return folder
    found = find_root(Path.cwd())
    if found is None:
        raise WorkbenchError(NOT_A_WORKSPACE.format(where=Path.cwd()))
    return found


def run(root: str | None = None) -> int:
    """Entry point of `workbench` with no command."""
    try:
        folder = resolve_root(root)
    except WorkbenchError as exc:
        print(f"workbench: {exc.message}", file=sys.stderr)
        return 2
    app = make_app(folder)
    app.run()
    return app.return_code or 0
