"""Snapshots of the interface (pytest-textual-snapshot); update with --snapshot-update.

A fixed evidence index and a fresh temp workspace keep them stable: no
clock in the header, no review dates, workers awaited before the shot.
"""

from __future__ import annotations

from pathlib import Path

from test_tui import make_tester_app as app
from test_tui import settle


async def _settle(pilot) -> None:
    await settle(pilot.app, pilot)


def test_main_screen_80x24(snap_compare, tmp_path: Path, make_workspace, fixed_index) -> None:
    assert snap_compare(
        app(tmp_path, make_workspace, fixed_index), terminal_size=(80, 24), run_before=_settle
    )


def test_main_screen_160x45(snap_compare, tmp_path: Path, make_workspace, fixed_index) -> None:
    async def cite_and_expand(pilot) -> None:
        await _settle(pilot)
        await pilot.press("tab", "space", "r")  # a cited card and the related list
        await pilot.pause()

    assert snap_compare(
        app(tmp_path, make_workspace, fixed_index),
        terminal_size=(160, 45),
        run_before=cite_and_expand,
    )


def test_article_view(snap_compare, tmp_path: Path, make_workspace, fixed_index) -> None:
    async def open_article(pilot) -> None:
        await _settle(pilot)
        await pilot.press("tab", "j", "enter")
        await pilot.pause()

    assert snap_compare(
        app(tmp_path, make_workspace, fixed_index),
        terminal_size=(100, 30),
        run_before=open_article,
    )


def test_help_screen(snap_compare, tmp_path: Path, make_workspace, fixed_index) -> None:
    async def open_help(pilot) -> None:
        await _settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(
        app(tmp_path, make_workspace, fixed_index), terminal_size=(100, 40), run_before=open_help
    )
