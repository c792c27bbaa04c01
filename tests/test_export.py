"""ClaimReview JSON-LD export: fields, ratings, validation of required fields."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_ledger_fixtures import CLAIMS, make_workspace, run_cli, span

from workbench.export import claimreviews
from workbench.ledger import Ledger
from workbench.workspace import Workspace


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    workspace = make_workspace(tmp_path / "ws")
    (workspace.articles_dir / "coast.toml").write_text(
        'url = "https://news.example/coast"\ndate = "2024-05-06"\n'
    )
    return Workspace.open(workspace.root)


def test_one_object_per_reviewed_claim_from_its_current_review(workspace: Workspace) -> None:
    ledger = Ledger(workspace)
    ledger.record("closures-save-money", "true", reviewer="a")
    ledger.record(
        "closures-save-money",
        "mostly-false",
        reviewer="b",
        citations=[(*span(workspace, "Critics called the figure invented."), "contradict")],
    )
    ledger.record("three-closed", "unverifiable", reviewer="a")
    result = claimreviews(Ledger(workspace))
    assert result.problems == [] and result.warnings == []
    first, second = result.objects
    assert first == {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": "Closing the lighthouses saves 40,000 euros a year.",
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": 2,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": "Mostly false",
        },
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Person", "name": "The mayor"},
            "datePublished": "2024-05-06",
            "appearance": [
                {
                    "@type": "CreativeWork",
                    "url": "https://news.example/coast",
                    "headline": "Lighthouse keepers protest closures",
                    "datePublished": "2024-05-06",
                }
            ],
        },
        "datePublished": ledger.current("closures-save-money").at.date().isoformat(),
        "author": {"@type": "Organization", "name": "Test Desk", "url": "https://desk.example"},
        "url": "https://desk.example/r/closures-save-money",
    }
    assert second["reviewRating"] == {"@type": "Rating", "alternateName": "Unverifiable"}
    assert second["itemReviewed"] == {"@type": "Claim"}  # no claimant, no sources


def test_claims_lacking_required_fields_are_named_and_left_out(tmp_path: Path) -> None:
    no_url = CLAIMS.replace('review_url = "https://desk.example/r/"\n', "")
    workspace = make_workspace(tmp_path, no_url)
    Ledger(workspace).record("three-closed", "true")
    Ledger(workspace).record("keepers-not-consulted", "false")
    result = claimreviews(Ledger(workspace))
    assert result.objects == []
    assert result.problems == [
        "claim keepers-not-consulted: left out: lacks url (set [publisher] review_url in "
        "claims.toml)",
        "claim three-closed: left out: lacks url (set [publisher] review_url in claims.toml)",
    ]
    done = run_cli(workspace.root, "export", "--format", "claimreview")
    assert done.returncode == 1 and json.loads(done.stdout) == []
    assert done.stderr.count("lacks url") == 2


def test_stale_claims_are_exported_with_the_text_as_reviewed(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path)
    Ledger(workspace).record("three-closed", "true")
    edited = make_workspace(tmp_path, CLAIMS.replace("closed three", "closed four"))
    result = claimreviews(Ledger(edited))
    assert result.objects[0]["claimReviewed"] == "The council closed three lighthouses."
    assert "stale" in result.warnings[0]


def test_cli_writes_the_file_atomically(workspace: Workspace) -> None:
    Ledger(workspace).record("keepers-not-consulted", "half-true")
    out = workspace.root / "out" / "reviews.jsonld"
    done = run_cli(workspace.root, "export", "--format", "claimreview", "-o", str(out))
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [o["url"] for o in data] == ["https://desk.example/r/keepers-not-consulted"]
    assert data[0]["itemReviewed"]["author"] == {"@type": "Person", "name": "Ana Ruiz"}
    assert done.stdout == ""


@pytest.mark.parametrize(
    ("claimant", "kind"),
    [
        ("Dmitry Peskov, Kremlin spokesman", "Person"),
        ("Vladimir Putin", "Person"),
        ("Governments of the United States, Japan and South Korea", "Organization"),
        ("South Korea's spy agency", "Organization"),
        ("US officials", "Organization"),
    ],
)
def test_claimant_type_is_decided_by_the_name_before_its_role(claimant: str, kind: str) -> None:
    from workbench.export.claimreview import _claimant

    assert _claimant(claimant) == {"@type": kind, "name": claimant}
