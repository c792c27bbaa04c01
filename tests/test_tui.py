"""Pilot tests of the whole review flow on a temp workspace (fixed evidence index)."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input

from workbench.ledger import Ledger, VerdictFile
from workbench.tui.app import make_app, run
from workbench.tui.screens.article import ArticleScreen
from workbench.tui.screens.error import ErrorScreen
from workbench.tui.screens.help import HelpScreen
from workbench.tui.screens.main import MainScreen
from workbench.tui.screens.note import NoteDialog
from workbench.tui.widgets.claims_list import ClaimsList
from workbench.tui.widgets.evidence_column import EvidenceColumn
from workbench.workspace import Workspace

SIZE = (120, 40)


def make_tester_app(tmp_path: Path, make_workspace, fixed_index):
    """The app on a fresh temp workspace, reviewer "tester", the fixed index."""
    return make_app(make_workspace(tmp_path), reviewer="tester", open_index=fixed_index)


@asynccontextmanager
async def reviewing(
    tmp_path: Path, make_workspace, fixed_index
) -> AsyncIterator[tuple[App, Pilot, MainScreen]]:
    """The tester's app running, its main screen settled: (app, pilot, screen)."""
    app = make_tester_app(tmp_path, make_workspace, fixed_index)
    async with app.run_test(size=SIZE) as pilot:
        yield app, pilot, await settle(app, pilot)


async def settle(app, pilot) -> MainScreen:
    """Let the index and evidence workers finish, then the screen repaint."""
    for _ in range(20):
        await pilot.pause()
        await app.workers.wait_for_complete()
        if isinstance(app.screen, MainScreen) and app.screen.index is not None:
            break
    await pilot.pause()
    return app.screen


async def palette_hits(app, pilot, wanted: str) -> None:
    """Wait (up to 3 s) until the command palette lists a hit containing `wanted`."""
    from textual.command import CommandList

    for _ in range(60):
        await pilot.pause(0.05)
        hits = app.screen.query(CommandList)
        if hits and any(wanted in str(o.prompt) for o in hits.first().options):
            return
    raise AssertionError(f"the palette never listed {wanted!r}")


def status_text(screen) -> str:
    return str(screen.query_one("#status").render())


def claim_ids(screen: MainScreen) -> list[str]:
    return [option.id for option in screen.query_one(ClaimsList).options]


async def test_review_flow_writes_exactly_what_was_done_and_undo_takes_it_back(
    tmp_path: Path, make_workspace, fixed_index
) -> None:
    root = make_workspace(tmp_path)
    app = make_app(root, reviewer="tester", open_index=fixed_index)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(app, pilot)
        assert screen.sub_title == "0 / 3 reviewed"
        await pilot.press("j")
        assert screen.current_id == "nk-russia-deny-arms"
        await pilot.press("enter")  # from a claim to its supporting passages
        column = screen.query_one("#support", EvidenceColumn)
        assert app.focused is column
        await pilot.press("j")
        item = column.current
        await pilot.press("space")
        assert status_text(screen).startswith("draft saved")

        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)
        app.screen.query_one("#note-text").insert('two sources [agree]\n"quoted"')
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen

        await pilot.press("5")
        path = root / "verdicts" / "nk-russia-deny-arms.toml"
        assert status_text(screen) == "saved verdicts/nk-russia-deny-arms.toml"
        verdicts = VerdictFile.load(path)
        assert len(verdicts.reviews) == 1
        review = verdicts.reviews[0]
        assert (review.verdict, review.reviewer) == ("false", "tester")
        assert review.note == 'two sources [agree]\n"quoted"'
        assert [(c.article, c.start, c.end, c.stance, c.quote) for c in review.citations] == [
            (item.article, item.start, item.end, "support", item.text)
        ]
        assert screen.sub_title == "1 / 3 reviewed"
        row = str(screen.query_one(ClaimsList).get_option("nk-russia-deny-arms").prompt)
        assert "False" in row

        await pilot.press("u")
        assert not path.exists()
        assert status_text(screen).startswith("undone")
        assert screen.sub_title == "0 / 3 reviewed"
        assert screen.session.working("nk-russia-deny-arms").note.startswith("two sources")


async def test_cited_mark_shows_on_the_card(tmp_path: Path, make_workspace, fixed_index) -> None:
    async with reviewing(tmp_path, make_workspace, fixed_index) as (_app, pilot, screen):
        await pilot.press("tab", "space")
        card = screen.query_one("#support PassageCard")
        assert card.has_class("-cited") and "✔ cited" in str(card.render())
        await pilot.press("space")
        assert not card.has_class("-cited")


async def test_the_note_editor_opens_at_the_end_of_the_note(
    tmp_path: Path, make_workspace, fixed_index
) -> None:
    async with reviewing(tmp_path, make_workspace, fixed_index) as (_app, pilot, screen):
        claim_id = screen.current_id
        await pilot.press("e")
        await pilot.pause()
        await pilot.press(*"first line", "enter", *"second")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        await pilot.press(*" and more")  # typed where a reviewer adds: at the end
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert screen.session.working(claim_id).note == "first line\nsecond and more"


async def test_note_escape_asks_before_discarding(
    tmp_path: Path, make_workspace, fixed_index
) -> None:
    async with reviewing(tmp_path, make_workspace, fixed_index) as (app, pilot, screen):
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#note-text").insert("draft words")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("n")  # keep editing
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.screen is screen
        assert screen.session.working(screen.current_id).note == ""


async def test_filters_fuzzy_and_by_status(tmp_path: Path, make_workspace, fixed_index) -> None:
    async with reviewing(tmp_path, make_workspace, fixed_index) as (app, pilot, screen):
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"artilery shels")  # typos: the filter is fuzzy
        assert claim_ids(screen) == ["summit-discussed-shells"]
        await pilot.press("enter")
        assert isinstance(app.focused, ClaimsList)
        assert screen.current_id == "summit-discussed-shells"
        await pilot.press("slash", "escape")
        assert len(claim_ids(screen)) == 3
        await pilot.press("slash", *"zzzq")
        assert claim_ids(screen) == [] and screen.current_id is None
        assert "no claim matches" in str(screen.query_one("#claim").render())
        await pilot.press("escape")
        assert len(claim_ids(screen)) == 3
        assert screen.current_id == "summit-discussed-shells"  # the place is kept
        await pilot.press("3")  # review the highlighted claim: it leaves "unreviewed"
        await pilot.press("f")
        assert screen.filter_mode == "unreviewed"
        assert "summit-discussed-shells" not in claim_ids(screen)
        assert len(claim_ids(screen)) == 2
        await pilot.press("f")
        assert screen.filter_mode == "stale" and claim_ids(screen) == []
        await pilot.press("f", "f")
        assert screen.filter_mode == "all" and len(claim_ids(screen)) == 3


async def test_a_filter_that_matches_nothing_keeps_the_place(
    tmp_path: Path, make_workspace, fixed_index
) -> None:
    async with reviewing(tmp_path, make_workspace, fixed_index) as (_app, pilot, screen):
        await pilot.press("j", "j")
        assert screen.current_id == "summit-discussed-shells"
        await pilot.press("slash", *"zzzq")  # nothing matches
        assert screen.current_id is None
        await pilot.press(*["backspace"] * 4)
        assert screen.current_id == "summit-discussed-shells"
        await pilot.press("escape")
        assert screen.current_id == "summit-discussed-shells"
        await pilot.press("f", "f")  # unreviewed (all three), then stale: none
        assert claim_ids(screen) == [] and screen.current_id is None
        await pilot.press("f", "f")  # disputed: none; then all again
        assert screen.current_id == "summit-discussed-shells"


async def test_article_view_opens_at_the_passage_and_goes_back(
    tmp_path: Path, make_workspace, fixed_index
) -> None:
    async with reviewing(tmp_path, make_workspace, fixed_index) as (app, pilot, screen):
        await pilot.press("tab", "j", "j")
        item = screen.query_one("#support", EvidenceColumn).current
        await pilot.press("enter")
        await pilot.pause()
        article = app.screen
        assert isinstance(article, ArticleScreen)
        assert article.article.id == item.article
        assert article.marks[article.position][:2] == (item.start, item.end)
        first = article.position
        await pilot.press("n")
        assert article.position != first or len(article.marks) == 1
        await pilot.press("p")
        assert article.position == first
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_help_and_palette_jump(tmp_path: Path, make_workspace, fixed_index) -> None:
    async with reviewing(tmp_path, make_workspace, fixed_index) as (app, pilot, screen):
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("Static").render())
        for binding_id in ("main.verdict_6", "evidence.cite", "main.undo", "article.next"):
            assert binding_id in text
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"putin kim")
        await palette_hits(app, pilot, "Putin and Kim")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.current_id == "summit-discussed-shells"
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"nk-russia-deny")  # by id, as `workbench claims` lists it
        await palette_hits(app, pilot, "North Korea and Russia denied")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.current_id == "nk-russia-deny-arms"


async def test_a_verdict_file_changed_on_disk_is_reread(
    tmp_path: Path, make_workspace, fixed_index
) -> None:
    root = make_workspace(tmp_path)
    app = make_app(root, reviewer="tester", open_index=fixed_index)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(app, pilot)
        claim_id = screen.current_id
        other = Ledger(Workspace.open(root))  # another window, or a git pull
        other.record(claim_id, "mostly-false", note="from elsewhere", reviewer="colleague")
        screen._poll_disk()
        await pilot.pause()
        assert screen.sub_title == "1 / 3 reviewed"
        assert "changed on disk" in status_text(screen)
        await pilot.press("1")  # our review is appended, theirs kept
        reviews = other.read(claim_id).reviews
        assert [(r.reviewer, r.verdict) for r in reviews] == [
            ("colleague", "mostly-false"),
            ("tester", "true"),
        ]


async def test_a_file_the_index_skipped_is_said_on_screen(tmp_path: Path, make_workspace) -> None:
    root = make_workspace(tmp_path)
    articles = next(p for p in root.iterdir() if p.is_dir() and any(p.glob("*.txt")))
    (articles / "broken.txt").write_bytes(b"Headline\n\nA sentence.\x00\n")
    app = make_app(root, reviewer="tester")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(app, pilot)
        assert "broken.txt: binary file, skipped" in status_text(screen)
        assert app.is_running


async def test_an_unwritable_verdicts_folder_is_one_line_on_screen(
    tmp_path: Path, make_workspace, fixed_index
) -> None:
    root = make_workspace(tmp_path)
    (root / "verdicts").write_text("not a folder")
    app = make_app(root, reviewer="tester", open_index=fixed_index)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(app, pilot)
        await pilot.press("1")
        assert screen.query_one("#status").has_class("-error")
        assert "cannot write" in status_text(screen)
        assert app.is_running


async def test_the_note_key_on_a_broken_verdict_file_is_one_line_not_a_crash(
    tmp_path: Path, make_workspace, fixed_index
) -> None:
    root = make_workspace(tmp_path)
    app = make_app(root, reviewer="tester", open_index=fixed_index)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(app, pilot)
        (root / "verdicts").mkdir(exist_ok=True)
        broken = root / "verdicts" / f"{screen.current_id}.toml"
        broken.write_text("garbage = [\n", encoding="utf-8")  # a bad hand edit
        screen._poll_disk()
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert app.is_running
        assert app.screen is screen  # no note dialog over a file that cannot be read
        assert screen.query_one("#status").has_class("-error")
        assert "invalid TOML" in status_text(screen)
        assert broken.read_text(encoding="utf-8") == "garbage = [\n"


@pytest.mark.parametrize(
    ("claims_toml", "expected"),
    [
        ("articles = 'articles'\n[[claims]\n", "invalid TOML"),
        ("articles = 'empty'\n", "no articles"),
    ],
)
async def test_a_broken_workspace_is_one_sentence_on_screen(
    tmp_path: Path, make_workspace, claims_toml: str, expected: str
) -> None:
    root = make_workspace(tmp_path, claims_toml)
    (root / "empty").mkdir()
    app = make_app(root)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ErrorScreen)
        assert expected in app.screen.message
        await pilot.press("q")
    assert app.return_code == 2


def test_run_outside_a_workspace_says_how_to_start_one(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(None) == 2
    assert "workbench init" in capsys.readouterr().err
    assert run(str(tmp_path / "nowhere")) == 2


async def test_an_unknown_source_is_said_without_stopping_the_review(
    tmp_path: Path, make_workspace, fixed_index, claims_toml: str
) -> None:
    root = make_workspace(tmp_path, claims_toml.replace('"000_a777f97389f9c5cd"', '"gone"'))
    app = make_app(root, reviewer="tester", open_index=fixed_index)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(app, pilot)
        assert "source 'gone' names no article" in status_text(screen)
        assert screen.query_one("#status").has_class("-error")
        await pilot.press("2")
        assert status_text(screen).startswith("saved verdicts/")


def _app_with_keymap(tmp_path: Path, make_workspace, fixed_index, monkeypatch, keys: str):
    keymap = tmp_path / "keymap.toml"
    keymap.write_text("[keys]\n" + keys)
    monkeypatch.setenv("WORKBENCH_KEYMAP", str(keymap))
    return make_app(make_workspace(tmp_path / "ws"), reviewer="tester", open_index=fixed_index)


async def test_a_user_keymap_remaps_by_binding_id(
    tmp_path: Path, make_workspace, fixed_index, monkeypatch
) -> None:
    app = _app_with_keymap(
        tmp_path, make_workspace, fixed_index, monkeypatch, '"main.verdict_1" = "t"\n'
    )
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(app, pilot)
        await pilot.press("t")
        assert screen.status[screen.current_id].verdict == "true"


async def test_a_keymap_id_that_no_key_has_is_said_not_ignored(
    tmp_path: Path, make_workspace, fixed_index, monkeypatch
) -> None:
    keys = '"main.udno" = "ctrl+z"\n"main.verdict_1" = "t"\n'
    app = _app_with_keymap(tmp_path, make_workspace, fixed_index, monkeypatch, keys)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(app, pilot)
        said = [str(n.message) for n in app._notifications]
        assert any("'main.udno'" in m and "verdict_1" not in m for m in said), said
        await pilot.press("t")  # the good ids still apply
        assert screen.status[screen.current_id].verdict == "true"


async def test_article_view_dims_furniture_and_marks_every_evidence_passage(
    tmp_path: Path, make_workspace, fixed_index
) -> None:
    async with reviewing(tmp_path, make_workspace, fixed_index) as (app, pilot, screen):
        article = screen.workspace.corpus().get("000_a777f97389f9c5cd")
        furniture = next(s for s in article.segments if s.kind == "furniture")
        passage = article.passages[2]
        marks = [(p.start, p.end, "support") for p in article.passages[:4]]
        view = ArticleScreen(article, marks, (passage.start, passage.end))
        await app.push_screen(view)
        await pilot.pause()
        line = next(n for n, (s, e) in enumerate(view.lines) if s <= furniture.start < e)
        assert any("dim" in str(span.style) for span in view._line_content(line).spans)
        assert view.position == 2
        current = view._lines_of(2)[0]
        assert any("reverse" in str(span.style) for span in view._line_content(current).spans)
        await pilot.press("n", "n", "n")
        assert view.position == 1  # wraps around the four passages


async def test_with_the_real_evidence_engine(tmp_path: Path, make_workspace) -> None:
    """The contract with workbench.evidence: cards, counts and article titles fill in."""
    app = make_app(make_workspace(tmp_path), reviewer="tester")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(app, pilot)
        assert screen.index is not None, screen.index_error
        for _ in range(20):
            if len(screen.evidence) == 3:
                break
            await pilot.pause(0.05)
        assert len(screen.evidence) == 3
        column = screen.query_one("#support", EvidenceColumn)
        assert column.items, "the seeds back this claim"
        text = str(column.query("PassageCard").first().render())
        assert column.items[0].text[:20] in text.replace("\n", " ")
        row = str(screen.query_one(ClaimsList).get_option(screen.current_id).prompt)
        assert f"+{len(column.items)}" in row


async def test_the_index_builds_on_worker_processes_under_the_interface(
    tmp_path: Path, make_workspace, monkeypatch
) -> None:
    """Textual's stderr has no fileno: spawning the engine's parse workers once failed."""
    import workbench.evidence.engine as engine

    if not hasattr(engine, "PARALLEL_FROM"):
        pytest.skip("the engine no longer parses on worker processes")
    monkeypatch.setattr(engine, "PARALLEL_FROM", 0)
    app = make_app(make_workspace(tmp_path), reviewer="tester")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(app, pilot)
        for _ in range(100):
            if screen.index is not None or screen.index_error:
                break
            await pilot.pause(0.05)
        assert screen.index is not None, screen.index_error


async def test_undo_goes_back_to_the_claim_it_changes(
    tmp_path: Path, make_workspace, fixed_index
) -> None:
    root = make_workspace(tmp_path)
    app = make_app(root, reviewer="tester", open_index=fixed_index)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(app, pilot)
        first = screen.current_id
        await pilot.press("4", "j", "j")
        assert screen.current_id != first
        await pilot.press("u")
        assert screen.current_id == first
        assert not (root / "verdicts" / f"{first}.toml").exists()
        await pilot.press("u")
        assert status_text(screen) == "nothing to undo in this session"


async def test_an_engine_failure_on_one_claim_is_one_line_not_a_hang(
    tmp_path: Path, make_workspace, fixed_index
) -> None:
    def broken_open(workspace, progress=None, cancelled=None):
        index = fixed_index(workspace, progress, cancelled)

        def evidence(claim, top=10):
            raise RuntimeError("boom [bold]")

        index.evidence = evidence
        return index

    app = make_app(make_workspace(tmp_path), reviewer="tester", open_index=broken_open)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(app, pilot)
        await pilot.pause()
        assert "failed: boom [bold]" in status_text(screen)
        assert not screen.query_one("#evidence").loading
        await pilot.press("1")
        assert status_text(screen).startswith("saved")


def _gated_index(fixed_index, release: threading.Event, only: str | None = None):
    """An index opener whose evidence waits for `release` (for one claim, or all)."""

    def open_index(workspace, progress=None, cancelled=None):
        index = fixed_index(workspace, progress, cancelled)
        fast = index.evidence

        def evidence(claim, top=10):
            if only is None or claim.id == only:
                release.wait(5)
            return fast(claim, top)

        index.evidence = evidence
        return index

    return open_index


async def test_loading_state_while_evidence_is_computed_and_keys_still_answer(
    tmp_path: Path, make_workspace, fixed_index
) -> None:
    release = threading.Event()
    slow_open = _gated_index(fixed_index, release)
    app = make_app(make_workspace(tmp_path), reviewer="tester", open_index=slow_open)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(40):
            await pilot.pause(0.02)
            if app.screen.index is not None:
                break
        screen = app.screen
        assert screen.query_one("#evidence").loading
        await pilot.press("j")  # the list answers while the worker waits
        assert screen.current_id == "nk-russia-deny-arms"
        release.set()
        await settle(app, pilot)
        for _ in range(40):
            if not screen.query_one("#evidence").loading:
                break
            await pilot.pause(0.02)
        assert not screen.query_one("#evidence").loading
        assert screen.query_one("#support", EvidenceColumn).items


async def test_moving_on_to_a_claim_already_computed_ends_the_loading_state(
    tmp_path: Path, make_workspace, fixed_index
) -> None:
    release = threading.Event()
    gated_open = _gated_index(fixed_index, release, only="nk-russia-deny-arms")
    app = make_app(make_workspace(tmp_path), reviewer="tester", open_index=gated_open)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(50):
            await pilot.pause(0.02)
            if app.screen.evidence.get("nk-provides-military-equipment"):
                break
        screen = app.screen
        computed = screen.current_id
        await pilot.press("j")  # its evidence is held back
        assert screen.query_one("#evidence").loading
        await pilot.press("k")  # back before the worker answers
        assert screen.current_id == computed
        assert not screen.query_one("#evidence").loading
        release.set()
        await settle(app, pilot)
        assert not screen.query_one("#evidence").loading


async def test_claims_toml_changed_on_disk_is_reread(
    tmp_path: Path, make_workspace, fixed_index, claims_toml: str
) -> None:
    root = make_workspace(tmp_path)
    app = make_app(root, reviewer="tester", open_index=fixed_index)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(app, pilot)
        await pilot.press("1")  # reviewed as the claim reads now
        first = screen.current_id
        edited = claims_toml.replace("is providing military", "is selling military")
        edited += '\n[[claims]]\nid = "new-one"\ntext = "Kim visited a cosmodrome."\n'
        (root / "claims.toml").write_text(edited, encoding="utf-8")
        screen._poll_disk()
        await settle(app, pilot)
        assert "new-one" in claim_ids(screen) and screen.sub_title == "1 / 4 reviewed"
        assert "stale" in str(screen.query_one(ClaimsList).get_option(first).prompt)
        assert "selling" in str(screen.query_one("#claim").render())
        (root / "claims.toml").write_text("[[claims]\n", encoding="utf-8")
        screen._poll_disk()
        assert "claims kept" in status_text(screen) and len(claim_ids(screen)) == 4
        await pilot.press("j", "2")  # the review still lands
        assert status_text(screen).startswith("saved")


async def test_typing_keys_in_the_note_and_filter_types_them(
    tmp_path: Path, make_workspace, fixed_index
) -> None:
    async with reviewing(tmp_path, make_workspace, fixed_index) as (app, pilot, screen):
        await pilot.press("e")
        await pilot.pause()
        await pilot.press(*"q?1uf/", "ctrl+s")
        await pilot.pause()
        assert app.is_running and app.screen is screen
        assert screen.session.working(screen.current_id).note == "q?1uf/"
        assert screen.status[screen.current_id].verdict is None
        await pilot.press("slash", *"q1")
        assert app.is_running and screen.query_text == "q1"
