"""The candidates screen on its own, in a tiny app: accept, edit, reject, filter, close."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import Input, OptionList, TextArea

from workbench.claims import Claim, parse_claims_text
from workbench.extract import REJECTED_FILE, load_rejected
from workbench.tui.screens.candidates import CandidatesScreen
from workbench.workspace import Workspace

ARTICLE = (
    "Harbour news\n\n"
    "President Ana Ruiz met Chancellor Otto Weber in Vienna on 4 May 2022.\n\n"
    "The Acme Corporation denied that its reactor leaked radioactive water in 2019.\n\n"
    "Port officials confirmed on Friday that 40 ships were delayed by the strike [/quote] "
    "at [$name] Pier [bold]9[/bold].\n\n"
    "This is a shameful and outrageous betrayal.\n"
)
CLAIMS = '# hand-kept\narticles = "articles"\n\n[[claims]]\nid = "old"\ntext = "Old."\n'


class Host(App[None]):
    def __init__(self, root: Path) -> None:
        super().__init__()
        self.workspace = Workspace.open(root)
        self.accepted: list[Claim] = []

    def on_mount(self) -> None:
        self.push_screen(CandidatesScreen(self.workspace, on_accept=self.accepted.append))


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "claims.toml").write_text(CLAIMS, encoding="utf-8")
    return tmp_path


async def ready(app: Host, pilot) -> CandidatesScreen:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, CandidatesScreen) and screen.loaded
    return screen


async def test_accept_appends_and_reports_the_claim(ws: Path) -> None:
    app = Host(ws)
    async with app.run_test(size=(110, 30)) as pilot:
        screen = await ready(app, pilot)
        listed = len(screen.shown)
        top = screen.shown[0]
        await pilot.press("a")
        await pilot.pause()
        raw = (ws / "claims.toml").read_text(encoding="utf-8")
        assert raw.startswith(CLAIMS)
        parsed = parse_claims_text(raw)
        assert [c.text for c in parsed.claims[1:]] == [top.text]
        assert [c.id for c in app.accepted] == [parsed.claims[1].id]
        assert len(screen.shown) == listed - 1 and top not in screen.shown


async def test_reject_remembers_and_leaves_claims_alone(ws: Path) -> None:
    app = Host(ws)
    async with app.run_test(size=(110, 30)) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("j")
        second = screen.shown[1]
        await pilot.press("x")
        await pilot.pause()
        assert [r.id for r in load_rejected(ws)] == [second.id]
        assert (ws / "claims.toml").read_text(encoding="utf-8") == CLAIMS
        assert second not in screen.shown and app.accepted == []
    assert (ws / REJECTED_FILE).is_file()


async def test_edit_then_accept_stores_the_edited_text(ws: Path) -> None:
    app = Host(ws)
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one(TextArea).text = "Ruiz and Weber met in Vienna in May 2022."
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [c.text for c in app.accepted] == ["Ruiz and Weber met in Vienna in May 2022."]
        claims = Workspace.open(ws).claims
        assert claims[-1].text == "Ruiz and Weber met in Vienna in May 2022."


async def test_edit_cancelled_adds_nothing(ws: Path) -> None:
    app = Host(ws)
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CandidatesScreen)
        assert app.accepted == []
        assert (ws / "claims.toml").read_text(encoding="utf-8") == CLAIMS


async def test_filter_is_fuzzy_and_escape_clears_then_closes(ws: Path) -> None:
    app = Host(ws)
    async with app.run_test(size=(110, 30)) as pilot:
        screen = await ready(app, pilot)
        everything = len(screen.shown)
        await pilot.press("slash")
        await pilot.press(*"acme reactr")
        await pilot.pause()
        assert screen.query_one(Input).has_focus
        assert screen.shown[0].text.startswith("The Acme Corporation")
        assert len(screen.shown) < everything
        await pilot.press("escape")
        await pilot.pause()
        assert len(screen.shown) == everything
        assert screen.query_one(OptionList).has_focus
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CandidatesScreen)


async def test_markup_in_article_text_is_shown_literally(ws: Path) -> None:
    app = Host(ws)
    async with app.run_test(size=(140, 30)) as pilot:
        screen = await ready(app, pilot)
        option_list = screen.query_one(OptionList)
        prompts = [str(option_list.get_option_at_index(i).prompt) for i in range(len(screen.shown))]
        assert any("[/quote] at [$name] Pier [bold]9[/bold]" in p for p in prompts)
        for _ in screen.shown:  # the detail pane renders every candidate without error
            await pilot.press("down")
        await pilot.pause()


async def test_tracked_candidates_are_marked_and_can_be_hidden(ws: Path) -> None:
    claims = CLAIMS + '\n[[claims]]\nid = "ruiz"\ntext = "Ana Ruiz met Otto Weber in Vienna."\n'
    (ws / "claims.toml").write_text(claims, encoding="utf-8")
    app = Host(ws)
    async with app.run_test(size=(110, 30)) as pilot:
        screen = await ready(app, pilot)
        tracked = [c for c in screen.shown if c.tracked]
        assert [c.tracked_by for c in tracked] == ["ruiz"]
        await pilot.press("t")
        await pilot.pause()
        assert not any(c.tracked for c in screen.shown)


async def test_closing_the_screen_stops_the_scan(ws: Path, monkeypatch) -> None:
    """A closed screen must not keep the process busy (q waited for a 90 s scan)."""
    import threading

    from workbench.extract import ExtractCancelled
    from workbench.tui.screens import candidates as screen_module

    stopped = threading.Event()

    def slow_extract(workspace, min_score=0.0, cancelled=None):
        for _ in range(500):  # 5 s at most: a large corpus
            if cancelled is not None and cancelled():
                stopped.set()
                raise ExtractCancelled
            threading.Event().wait(0.01)
        return []

    monkeypatch.setattr(screen_module, "extract", slow_extract)
    app = Host(ws)
    async with app.run_test(size=(110, 30)) as pilot:
        await pilot.pause()
        await pilot.press("escape")  # closed while still scanning
        await pilot.pause()
        assert stopped.wait(2), "the scan went on after the screen was closed"
