"""Accepting and rejecting candidates: claims.toml is appended to, never rewritten."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from workbench.claims import parse_claims_text
from workbench.cli import main
from workbench.errors import WorkbenchError
from workbench.extract import (
    REJECTED_FILE,
    accept,
    extract,
    load_rejected,
    new_claim_id,
    reject,
    resolve,
)
from workbench.workspace import Workspace

ARTICLE = (
    "Harbour news\n\n"
    "President Ana Ruiz met Chancellor Otto Weber in Vienna last week.\n\n"
    'The Acme Corporation denied that its "Model \\ X" reactor leaked in 2019.\n\n'
    "Finance Minister Olga Brandt said on Tuesday that the central bank raised rates to 4.5%.\n"
)
# Comments, odd spacing, a table after the claims, no final newline: all must survive.
EXISTING = (
    '# Our claims — hand-kept.\narticles = "articles"\n\n'
    '[[claims]]\nid   =   "old-claim"   # keep this comment\ntext = "Something old."\n\n'
    '[publisher]\nname = "Desk"'
)


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "claims.toml").write_bytes(EXISTING.encode("utf-8"))
    return tmp_path


def test_add_appends_and_leaves_every_existing_byte(ws: Path) -> None:
    before = (ws / "claims.toml").read_bytes()
    workspace = Workspace.open(ws)
    candidates = extract(workspace)
    added = accept(workspace, candidates[:3])
    after = (ws / "claims.toml").read_bytes()
    assert after.startswith(before) and len(after) > len(before)
    parsed = parse_claims_text(after.decode("utf-8"))
    assert parsed.claims[0].id == "old-claim"
    assert parsed.publisher is not None and parsed.publisher.name == "Desk"
    new = parsed.claims[1:]
    assert [c.id for c in new] == [c.id for c in added]
    assert [c.text for c in new] == [c.text for c in candidates[:3]]
    assert all(c.sources == ["harbour"] for c in new)
    assert workspace.claims[-1].id == added[-1].id  # the open workspace sees them too


def test_quotes_and_backslashes_survive_the_round_trip(ws: Path) -> None:
    workspace = Workspace.open(ws)
    acme = next(c for c in extract(workspace) if "Acme" in c.text)
    assert '"' in acme.text and "\\" in acme.text
    (claim,) = accept(workspace, [acme])
    parsed = parse_claims_text((ws / "claims.toml").read_text(encoding="utf-8"))
    stored = next(c for c in parsed.claims if c.id == claim.id)
    assert stored.text == acme.text
    assert stored.kind == "denial"


def test_edited_text_and_claimant_are_stored(ws: Path) -> None:
    workspace = Workspace.open(ws)
    rates = next(c for c in extract(workspace) if "rates" in c.text)
    (claim,) = accept(workspace, [rates], {rates.id: "The bank raised its rate to 4.5%."})
    stored = Workspace.open(ws).claim(claim.id)
    assert stored.text == "The bank raised its rate to 4.5%."
    assert stored.claimant == "Finance Minister Olga Brandt"


def test_new_ids_are_readable_unique_slugs() -> None:
    text = "President Ana Ruiz met Chancellor Otto Weber in Vienna."
    first = new_claim_id(text, set())
    assert first == "president-ana-ruiz-met-chancellor-otto"
    assert new_claim_id(text, {first}) == f"{first}-2"
    assert new_claim_id(text, {first, f"{first}-2"}) == f"{first}-3"
    assert new_claim_id("Ça coûte 5 €?", set()) == "ca-coute-5"
    assert new_claim_id("“…”", set()) == "claim"


def test_add_into_a_crlf_file_keeps_crlf_and_bytes(ws: Path) -> None:
    crlf = EXISTING.replace("\n", "\r\n").encode("utf-8") + b"\r\n"
    (ws / "claims.toml").write_bytes(crlf)
    workspace = Workspace.open(ws)
    accept(workspace, extract(workspace)[:1])
    after = (ws / "claims.toml").read_bytes()
    assert after.startswith(crlf)
    assert b"\n" not in after[len(crlf) :].replace(b"\r\n", b"")


def test_an_append_that_would_break_the_file_is_refused(ws: Path) -> None:
    inline = 'articles = "articles"\nclaims = [{id = "x", text = "An inline array."}]\n'
    (ws / "claims.toml").write_text(inline, encoding="utf-8")
    workspace = Workspace.open(ws)
    with pytest.raises(WorkbenchError, match="cannot append"):
        accept(workspace, extract(workspace)[:1])
    assert (ws / "claims.toml").read_text(encoding="utf-8") == inline


def test_accepting_a_candidate_twice_adds_no_duplicate_claim(ws: Path) -> None:
    workspace = Workspace.open(ws)
    candidate = next(c for c in extract(workspace) if not c.tracked)
    [claim] = accept(workspace, [candidate])
    before = (ws / "claims.toml").read_bytes()
    again = Workspace.open(ws)  # a second run, or the screen opened again
    twin = next(c for c in extract(again) if c.id == candidate.id)
    with pytest.raises(WorkbenchError, match=f"already claim '{claim.id}'"):
        accept(again, [twin])
    assert (ws / "claims.toml").read_bytes() == before
    # an edited text is a new claim
    [edited] = accept(again, [twin], {twin.id: "A reworded claim from the same passage."})
    assert edited.id != claim.id


def test_rejected_candidates_are_remembered_in_a_file(ws: Path) -> None:
    workspace = Workspace.open(ws)
    candidates = extract(workspace)
    gone = candidates[0]
    reject(ws, [gone])
    data = tomllib.loads((ws / REJECTED_FILE).read_text(encoding="utf-8"))
    assert data["rejected"][0]["id"] == gone.id
    assert data["rejected"][0]["text"] == gone.text
    again = [c.id for c in extract(Workspace.open(ws))]  # a teammate's fresh process
    assert gone.id not in again and len(again) == len(candidates) - 1
    reject(ws, [gone, candidates[1]])
    assert [r.id for r in load_rejected(ws)] == [gone.id, candidates[1].id]


def test_resolve_names_the_unknown_id(ws: Path) -> None:
    candidates = extract(Workspace.open(ws))
    assert resolve(candidates, [candidates[1].id, candidates[1].id]) == [candidates[1]]
    with pytest.raises(WorkbenchError, match="no candidate 'nope'"):
        resolve(candidates, ["nope"])


def test_cli_lists_then_a_later_process_adds_by_id(ws: Path, capsys) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "workbench", "extract", "--json", "--root", str(ws)],
        capture_output=True,
        text=True,
        check=True,
    )
    import json

    listed = json.loads(out.stdout)["candidates"]
    assert listed and all(set(c) >= {"id", "text", "score", "sources"} for c in listed)
    before = (ws / "claims.toml").read_bytes()
    assert main(["extract", "--root", str(ws), "--add", listed[0]["id"]]) == 0
    assert "added" in capsys.readouterr().out
    after = (ws / "claims.toml").read_bytes()
    assert after.startswith(before)
    assert listed[0]["text"] in Workspace.open(ws).claims[-1].text


def test_cli_reject_and_errors(ws: Path, capsys) -> None:
    first = extract(Workspace.open(ws))[0]
    assert main(["extract", "--root", str(ws), "--reject", first.id]) == 0
    assert (ws / REJECTED_FILE).is_file()
    assert main(["extract", "--root", str(ws), "--add", first.id]) == 2
    assert "no candidate" in capsys.readouterr().err
    assert main(["extract", "--root", str(ws), "--min-score", "0.99"]) == 0
    assert "0 candidates" in capsys.readouterr().out
