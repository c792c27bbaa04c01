"""Untrusted text: markup, ANSI and OSC sequences in articles and claims show literally."""

from __future__ import annotations

from pathlib import Path

from test_tui import palette_hits, settle

from workbench.tui.app import make_app
from workbench.tui.screens.article import ArticleScreen
from workbench.tui.screens.main import MainScreen

PAYLOAD = (
    "Russia supplies arms [bold]x[/bold] and [/] then [$name] and [@click=app.quit]here[/] "
    "with \x1b[31mred\x1b[0m and \x1b]0;pwned\x07 in Russia arms supplies."
)
ARTICLE = (
    "Hostile [b]Russia[/b] arms [$title] headline\n\n1 Oct, 2023\n\n"
    f"{PAYLOAD}\n\nNorth Korea supplies arms.\n"
)
CLAIMS = """\
articles = "articles"

[[claims]]
id = "hostile"
text = "Russia supplies arms [@click=app.quit]x[/] [$name] \\u001b]0;title\\u0007 [/bold]"
sources = ["999_hostile"]
"""


def screen_text(app) -> tuple[str, list]:
    strips = app.screen._compositor.render_strips()
    segments = [segment for strip in strips for segment in strip]
    return "\n".join("".join(s.text for s in strip) for strip in strips), segments


def assert_inert(app, *needles: str) -> str:
    text, segments = screen_text(app)
    for needle in needles:
        assert needle in text, needle
    for segment in segments:
        assert "\x1b" not in segment.text and "\x07" not in segment.text
        meta = segment.style.meta if segment.style is not None else {}
        assert "@click" not in meta, meta
    return text


async def test_hostile_article_and_claim_display_literally_and_run_nothing(
    tmp_path: Path, make_workspace, fixed_index
) -> None:
    root = make_workspace(tmp_path, CLAIMS)
    (root / "articles" / "999_hostile.txt").write_text(ARTICLE, encoding="utf-8")
    app = make_app(root, reviewer="tester", open_index=fixed_index)
    async with app.run_test(size=(200, 50)) as pilot:
        screen = await settle(app, pilot)
        assert isinstance(screen, MainScreen)
        # the claim: sanitised (␛, ␇) and shown with its brackets
        assert_inert(app, "[@click=app.quit]x[/]", "[$name]", "␛]0;title␇", "[/bold]")
        # the card of the hostile passage
        await pilot.press("tab")
        column = screen.query_one("#support")
        hostile = [i for i in column.items if i.article == "999_hostile"]
        assert hostile, "the fixed index should find the hostile passage"
        while column.current.article != "999_hostile":
            await pilot.press("j")
        text = assert_inert(app, "[bold]x[/bold]", "[/]", "[@click=app.quit]here[/]", "␛[31mred")
        assert "␛]0;pwned␇" in text
        # clicking where the fake link is runs nothing
        await pilot.click(column.query("PassageCard")[column.cursor])
        assert app.is_running
        # the article view
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        assert_inert(app, "[bold]x[/bold] and [/] then [$name] and [@click=app.quit]here[/]")
        assert_inert(app, "Hostile [b]Russia[/b] arms [$title] headline")  # body and header
        await pilot.press("escape")
        # the palette lists the claim literally too
        await pilot.press("ctrl+p")
        await pilot.press(*"russia")
        await palette_hits(app, pilot, "[@click=app.quit]x[/]")
        assert_inert(app, "[@click=app.quit]x[/]")
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running


EVIL_NAME = "evil\x1b]0;pwned\x07name"  # an article's id is its file name: untrusted too
EVIL_TEXT = (
    "Harbour news\n\n"
    "Port officials confirmed in Vienna on 4 May 2022 that North Korea is providing "
    "military equipment to Russia for its war in Ukraine.\n"
)


async def test_an_article_file_name_with_escapes_sends_none_to_the_terminal(
    tmp_path: Path, make_workspace, fixed_index
) -> None:
    from test_candidates_screen import Host, ready

    root = make_workspace(tmp_path)
    evil = root / "articles" / f"{EVIL_NAME}.txt"
    evil.write_text(EVIL_TEXT, encoding="utf-8")
    # the candidates screen names each candidate's article
    host = Host(root)
    async with host.run_test(size=(120, 40)) as pilot:
        screen = await ready(host, pilot)
        while screen.shown and not any(s.article == EVIL_NAME for s in screen._current().sources):
            await pilot.press("j")
        assert_inert(host, "evil␛]0;pwned␇name")
    # the status line names a cited article that is gone
    app = make_app(root, reviewer="tester", open_index=fixed_index)
    async with app.run_test(size=(200, 50)) as pilot:
        screen = await settle(app, pilot)
        assert screen.current_id == "nk-provides-military-equipment"
        await pilot.press("tab")
        column = screen.query_one("#support")
        assert any(i.article == EVIL_NAME for i in column.items)
        while column.current.article != EVIL_NAME:
            await pilot.press("j")
        await pilot.press("space")  # cite it (a draft)
        evil.unlink()
        await pilot.press("1")  # the verdict names the citation that can no longer be quoted
        await pilot.pause()
        assert "no article" in str(screen.query_one("#status").render())
        assert_inert(app, "evil␛]0;pwned␇name")
