"""Candidate claims: detection by kind, merging across outlets, tracking, ids.

Every sentence here is made up for the test (no seed wording), so the
cues are exercised as general rules of news English.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.claims import Claim
from workbench.extract import (
    ExtractCancelled,
    assess,
    candidate_id,
    extract,
    find_candidates,
    propose,
)
from workbench.extract.cues import entities
from workbench.workspace import Workspace

FACTS = [
    "On 3 March 2021, the Health Ministry of Freedonia reported 1,204 new cases in Sylvania.",
    "Finance Minister Olga Brandt said on Tuesday that the central bank raised rates to 4.5%.",
    "President Ana Ruiz met Chancellor Otto Weber in Vienna last week.",
    "The Acme Corporation denied that it had dumped waste into the Blue River in 2019.",
    "Mayor Tom Hale called the reports of a budget deficit groundless.",
    "The opposition accused Governor Lee of misusing $2 million in public funds.",
]
RHETORIC = [
    "Their policy is a cancer-like disease and a poisonous fairy tale of arrogant elites.",
    "This is a shameful and outrageous betrayal of everything decent.",
    "Could it really be true?",
    "The regime is the puppet and mastermind of a hysteria that must end.",
]


def write_workspace(root: Path, articles: dict[str, str], claims: str = "") -> Path:
    (root / "articles").mkdir(parents=True, exist_ok=True)
    for name, body in articles.items():
        (root / "articles" / f"{name}.txt").write_text(body, encoding="utf-8")
    (root / "claims.toml").write_text('articles = "articles"\n' + claims, encoding="utf-8")
    return root


@pytest.mark.parametrize("sentence", FACTS)
def test_checkable_statements_score_high_with_reasons(sentence: str) -> None:
    result = assess(sentence)
    assert 0.0 <= result.score <= 1.0
    assert result.score >= 0.5, result.reasons
    assert any(reason.startswith("+") for reason in result.reasons)


@pytest.mark.parametrize("sentence", RHETORIC)
def test_rhetoric_and_opinion_score_low(sentence: str) -> None:
    result = assess(sentence)
    assert result.score < 0.2, result.reasons
    assert any(reason.startswith("-") for reason in result.reasons)


def test_every_fact_outranks_every_piece_of_rhetoric() -> None:
    assert min(assess(s).score for s in FACTS) > max(assess(s).score for s in RHETORIC)


def test_denials_are_denials_and_assertions_assertions() -> None:
    assert assess(FACTS[3]).kind == "denial"
    assert assess(FACTS[4]).kind == "denial"
    assert assess(FACTS[2]).kind == "assertion"
    assert any("accusation" in r for r in assess(FACTS[5]).reasons)


def test_named_entities_by_capitalisation() -> None:
    found = entities("Later, President Ana Ruiz met the UN envoy in Vienna.")
    assert "President Ana Ruiz" in found and "UN" in found and "Vienna" in found
    assert "Later" not in found
    # A sentence-initial word is a name only when the corpus never writes it in lower case.
    assert entities("Oslo hosted the talks.", {"hosted", "the", "talks"}) == ["Oslo"]
    assert entities("Talks resumed.", {"talks", "resumed"}) == []


def test_attribution_moves_to_the_claimant() -> None:
    text, who = propose(
        "Finance Minister Olga Brandt said on Tuesday that the central bank raised rates.", None
    )
    assert text == "The central bank raised rates."
    assert who == "Finance Minister Olga Brandt"
    text, who = propose("“The plant will close in June,” company spokesman Tim Rowe said.", None)
    assert text == "The plant will close in June."
    assert who == "company spokesman Tim Rowe"
    text, who = propose("According to the port authority, 40 ships were delayed.", None)
    assert (text, who) == ("40 ships were delayed.", "port authority")
    # The corpus's resolved speaker wins over a pronoun.
    text, who = propose("“Nothing was sold to them,” he said.", "Defence Minister Kaur")
    assert (text, who) == ("Nothing was sold to them.", "Defence Minister Kaur")


def test_a_sentence_without_clean_attribution_is_kept_whole() -> None:
    sentence = "The bridge over the Tavy collapsed on Monday, killing two people."
    assert propose(sentence, None) == (sentence, None)
    # "they" cannot stand alone as a claim's subject: keep the speaker in the text.
    sentence = "The three governments said that they confirmed several shipments."
    assert propose(sentence, None)[0] == sentence


def test_near_identical_candidates_from_two_outlets_merge(tmp_path: Path) -> None:
    root = write_workspace(
        tmp_path,
        {
            "outlet-a": "Dam report\n\nThe U.S. Army Corps of Engineers closed the Lake Mead "
            "dam on Friday after a 3-metre crack was found.\n\nThe weather was fine.\n",
            "outlet-b": "Dam closed\n\nThe US Army Corps of Engineers closed the Lake Mead "
            "dam on Friday after a 3 metre crack was found.\n\nOfficials in Nevada "
            "confirmed 12 road closures on Saturday.\n",
        },
    )
    candidates = extract(Workspace.open(root))
    dam = [c for c in candidates if "Lake Mead" in c.text]
    assert len(dam) == 1
    assert sorted(s.article for s in dam[0].sources) == ["outlet-a", "outlet-b"]
    assert any("2 articles" in r for r in dam[0].reasons)
    assert any("road closures" in c.text and len(c.sources) == 1 for c in candidates)


def test_ids_are_stable_and_come_from_the_text(tmp_path: Path) -> None:
    root = write_workspace(tmp_path, {"a": "T\n\n" + " ".join(FACTS) + "\n"})
    first = [c.id for c in extract(Workspace.open(root))]
    second = [c.id for c in extract(Workspace.open(root))]
    assert first == second and len(set(first)) == len(first)
    text = "President Ana Ruiz met Chancellor Otto Weber in Vienna last week."
    assert candidate_id(text) == candidate_id(text.replace(" ", "  "))
    assert candidate_id(text).startswith("president-ana-ruiz-met")
    assert candidate_id(text) != candidate_id(text.replace("Vienna", "Graz"))


def test_candidates_are_best_first_and_min_score_filters(tmp_path: Path) -> None:
    root = write_workspace(tmp_path, {"a": "T\n\n" + " ".join(FACTS + RHETORIC) + "\n"})
    workspace = Workspace.open(root)
    candidates = find_candidates(workspace.corpus())
    scores = [c.score for c in candidates]
    assert scores == sorted(scores, reverse=True)
    assert len(candidates) == sum(len(a.passages) for a in workspace.corpus())
    kept = find_candidates(workspace.corpus(), min_score=0.5)
    assert kept and all(c.score >= 0.5 for c in kept) and len(kept) < len(candidates)


def test_extraction_stops_when_asked(tmp_path: Path) -> None:
    root = write_workspace(tmp_path, {"a": "T\n\n" + " ".join(FACTS) + "\n", "b": "U\n\nX.\n"})
    corpus = Workspace.open(root).corpus()
    claim = Claim(id="c", text="Ana Ruiz met Otto Weber in Vienna.")
    asked: list[int] = []

    def cancelled() -> bool:  # true from the second question: mid-way through the corpus
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(ExtractCancelled):
        find_candidates(corpus, [claim], cancelled=cancelled)
    assert len(asked) == 2
    # asked all the way through: never yes, the same result as without asking
    assert find_candidates(corpus, [claim], cancelled=lambda: False) == find_candidates(
        corpus, [claim]
    )


def test_a_candidate_an_existing_claim_covers_is_tracked(tmp_path: Path) -> None:
    root = write_workspace(tmp_path, {"a": "T\n\n" + " ".join(FACTS) + "\n"})
    corpus = Workspace.open(root).corpus()
    claim = Claim(id="ruiz-weber", text="Ana Ruiz met Otto Weber in Vienna.", sources=["a"])
    other = Claim(id="x", text="Penguins cannot fly.")
    candidates = find_candidates(corpus, [claim, other])
    tracked = [c for c in candidates if c.tracked]
    assert [c.tracked_by for c in tracked] == ["ruiz-weber"]
    assert "Vienna" in tracked[0].text


def test_json_shape_is_the_contract(tmp_path: Path) -> None:
    root = write_workspace(tmp_path, {"a": "T\n\n" + FACTS[0] + "\n"})
    item = extract(Workspace.open(root))[0].to_json()
    assert list(item) == [
        "id",
        "text",
        "claimant",
        "kind",
        "score",
        "reasons",
        "tracked",
        "sources",
    ]
    assert list(item["sources"][0]) == ["article", "start", "end", "passage"]


def test_a_sentence_leaning_on_a_pronoun_is_marked() -> None:
    result = assess("He was asked about the report in Paris on Monday.")
    assert any("pronoun" in r for r in result.reasons)
    assert not any("pronoun" in r for r in assess("This month, Ana Ruiz met Otto Weber.").reasons)


def test_the_extract_core_and_command_stay_headless() -> None:
    import subprocess
    import sys

    code = (
        "import sys, workbench.extract, workbench.cli.extract_cmd\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'textual', 'rich'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
