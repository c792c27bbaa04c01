"""What a card, a claims row and the claim panel say, as plain text and styles."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from workbench.ledger import DEFAULT_SCALE, Ledger
from workbench.tui import render
from workbench.tui.app import make_app
from workbench.tui.widgets.claims_list import ClaimsList
from workbench.workspace import Workspace

ITEM = SimpleNamespace(
    article="a1",
    start=0,
    end=10,
    text="Pyongyang delivered [b]shells[/b] to Moscow.",
    score=0.8123,
    reason="place differs: Moscow / Far East",
    speaker="KCNA",
    also_in=["a2", "a3"],
)
META = SimpleNamespace(id="a1", title="A title", outlet="Yonhap", date="2023-10-01", url=None)
CLAIM = SimpleNamespace(
    id="c", text="North Korea deliveries\x1b]0;x\x07 of shells", claimant="US", sources=[]
)


def test_card_says_reason_passage_article_reprints_and_cited() -> None:
    content = render.card(ITEM, META, render.stems(CLAIM.text), cited=True)
    plain = content.plain
    assert "✔ cited" in plain and "place differs: Moscow / Far East" in plain and "0.81" in plain
    assert "Pyongyang delivered [b]shells[/b] to Moscow." in plain
    assert "A title — Yonhap, 2023-10-01 · also in 2 more" in plain
    assert "— KCNA" in plain
    start = plain.index("delivered")
    styled = {plain[s.start : s.end] for s in content.spans if "underline" in str(s.style)}
    assert {"delivered", "shells"} <= styled  # 'deliveries' and 'delivered' share a stem
    assert "Moscow" not in styled and start > 0
    assert "cited" not in render.card(ITEM, META, set(), cited=False).plain


def test_claim_row_badge_counts_and_marks() -> None:
    row = render.claim_row(CLAIM, "mostly-false", DEFAULT_SCALE, (4, 2), True, True).plain
    assert "Mostly false" in row and "+4 −2" in row and "stale" in row and "disputed" in row
    assert "␛]0;x␇" in row and "\x1b" not in row
    pending = render.claim_row(CLAIM, None, DEFAULT_SCALE, None, False, False).plain
    assert "unreviewed" in pending and "…" in pending and "stale" not in pending


def test_verdict_colours_run_from_green_to_red_and_grey_for_unrated() -> None:
    colours = [render.verdict_colour(e.name, DEFAULT_SCALE) for e in DEFAULT_SCALE]
    assert colours[0] == render.VERDICT_COLOURS[0] and colours[4] == render.VERDICT_COLOURS[-1]
    assert colours[5] == render.UNRATED_COLOUR


async def test_stale_and_disputed_claims_are_marked_and_filtered(
    tmp_path: Path, make_workspace, fixed_index, claims_toml: str
) -> None:
    root = make_workspace(tmp_path)
    ledger = Ledger(Workspace.open(root))
    ledger.record("nk-russia-deny-arms", "true", reviewer="ann")
    ledger.record("nk-russia-deny-arms", "false", reviewer="bob")
    ledger.record("summit-discussed-shells", "true", reviewer="ann")
    (root / "claims.toml").write_text(
        claims_toml.replace("discussed North Korea", "discussed Pyongyang"), encoding="utf-8"
    )
    app = make_app(root, reviewer="tester", open_index=fixed_index)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        rows = screen.query_one(ClaimsList)
        assert "disputed" in str(rows.get_option("nk-russia-deny-arms").prompt)
        assert "stale" in str(rows.get_option("summit-discussed-shells").prompt)
        assert screen.sub_title == "2 / 3 reviewed"
        await pilot.press("f", "f")
        assert [o.id for o in rows.options] == ["summit-discussed-shells"]
        await pilot.press("f")
        assert [o.id for o in rows.options] == ["nk-russia-deny-arms"]
        assert "reviewers disagree" in str(screen.query_one("#claim").render())
