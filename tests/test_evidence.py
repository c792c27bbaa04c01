"""The evidence engine: stance rules, reprints, the JSON contract, the cache, offsets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import tomli_w

from workbench.claims import Claim
from workbench.cli import main
from workbench.corpus import load_corpus
from workbench.evidence import ClaimEvidence, EvidenceCancelled, EvidenceIndex
from workbench.evidence.stance import (
    analyse,
    claim_denies,
    decide,
    denies_own_clause,
    verdict_of_another,
)
from workbench.evidence.text import canon, tokens, words
from workbench.workspace import Workspace

ARTICLES = {
    "wire": (
        "Pyongyang, October 1 (KCNA) -- North Korea shipped artillery shells to Russia "
        "in September, the agency said.\n\n"
        "The shipment reached the port of Vladivostok after a long voyage.\n"
    ),
    "reprint": (
        "Pyongyang, October 1 (KCNA) -- North Korea shipped artillery shells to Russia "
        "in September, the agency said.\n\n"
        "Markets were calm on Tuesday as traders waited for news.\n"
    ),
    "denial": (
        "Russia and North Korea have denied the accusations about the shells.\n\n"
        "Officials said the weather in the capital was cold.\n"
    ),
    "other": (
        "The city council approved a new budget for public libraries on Friday.\n\n"
        "Libraries will open longer hours from next spring.\n"
    ),
}


def _cue(text: str):
    return analyse(text)


def _stance(claim: str, passage: str) -> str:
    c, p = _cue(claim), _cue(passage)
    shared = set(tokens(claim)) & set(tokens(passage))
    return decide(c, p, shared, claim_denies(c)).stance


def _evidence(tmp_path: Path, claim: str, **articles: str) -> ClaimEvidence:
    """One claim's evidence in a workspace of `articles` (file stem -> text)."""
    (tmp_path / "articles").mkdir()
    for name, text in articles.items():
        (tmp_path / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "claims.toml").write_text(
        tomli_w.dumps({"articles": "articles", "claims": [{"id": "c", "text": claim}]}),
        encoding="utf-8",
    )
    ws = Workspace.open(tmp_path)
    return EvidenceIndex.open(ws).evidence(ws.claim("c"))


@pytest.fixture()
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    for name, text in ARTICLES.items():
        (tmp_path / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "claims.toml").write_text(
        'articles = "articles"\n\n[[claims]]\nid = "shells"\n'
        'text = "North Korea supplied artillery shells to Russia in September."\n',
        encoding="utf-8",
    )
    return tmp_path


# ---- stance rules on hand-made cases -------------------------------------
def test_synonyms_share_tokens() -> None:
    assert set(tokens("Pyongyang supplied munitions")) == set(
        tokens("North Korea delivered weapons")
    )
    # a noun of an act meets its verb; one whose verb is another word does not
    assert tokens("suspensions") == tokens("suspended") == tokens("suspension")
    assert tokens("seizure") == tokens("seized")
    assert tokens("commission") != tokens("commit")
    assert _stance("The authorities have suspended the operator's licence.",
                   "No suspension of the operator's licence has been ordered.") == "contradict"


def test_denial_contradicts_an_assertion() -> None:
    assert _stance("Russia bought weapons from Iran.",
                   "Russia denied it bought weapons from Iran.") == "contradict"


def test_attribution_a_denying_claim_is_supported_by_a_denial() -> None:
    claim = "The Kremlin says reports of weapons deliveries are groundless."
    assert _stance(claim, "The Kremlin said the reports of weapons deliveries were baseless.") \
        == "support"
    assert _stance(claim, "Weapons deliveries to the Kremlin were confirmed.") == "contradict"


def test_negation_of_the_claimed_act_contradicts() -> None:
    assert _stance("Lavrov met Kim in Pyongyang.", "Lavrov never met Kim in Pyongyang.") \
        == "contradict"
    assert _stance("Lavrov met Kim in Pyongyang.", "Lavrov met Kim in Pyongyang.") == "support"


def test_number_date_and_place_mismatch() -> None:
    claim_n = "Russia received 1,000 containers of shells."
    assert _stance(claim_n, "Russia received 1,000 containers of shells.") == "support"
    assert _stance(claim_n, "Russia received 300 containers of shells.") == "contradict"
    claim_d = "Kim and Putin held a summit in September."
    assert _stance(claim_d, "Kim and Putin held a summit in October.") == "contradict"
    # two days of one month, either order
    claim_d = "Inspectors visited the Tolvik factory on 2 and 3 October."
    assert _stance(claim_d, "Inspectors carried out an inspection of the Tolvik factory on "
                   "Oct. 2 and 3, the regulator said.") == "support"
    assert _stance(claim_d, "Inspectors visited the Tolvik factory on 2-3 October.") == "support"
    assert _stance(claim_d, "Inspectors visited the Tolvik factory on 9 October.") == "contradict"
    # on a passage covering half the claim, a day of a month tells, a month
    # alone does not ("published in August" beside "July warmth")
    def half(claim: str, passage: str) -> str:
        c, p = analyse(claim), analyse(passage)
        return decide(c, p, set(tokens(claim)) & set(tokens(passage)), False, 0.55).stance
    assert half("A curfew came into effect in Druvka on June 3.", "Authorities imposed a "
                "curfew in Druvka, starting on June 4 and due to run until June 18.") \
        == "contradict"
    assert half("A curfew came into effect in Druvka in June.", "Authorities imposed a "
                "curfew in Druvka in July.") == "support"
    claim_p = "Kim and Putin held a summit in the Russian Far East."
    assert _stance(claim_p, "Kim and Putin held a summit in Moscow.") == "contradict"
    assert _stance(claim_p, "Kim and Putin held a summit in Russia.") == "support"
    # the issue's own examples: the capital is not the Far East, though both
    # stand for Russia as an actor; 1,000 containers are not several deliveries
    assert _stance("The summit was held in Moscow.",
                   "Kim and Putin held their summit in Russia's Far East.") == "contradict"
    assert _stance("Kim and Putin met in Moscow.", "Kim and Putin met in Russia.") == "support"
    # a measure named before its figure; a compass direction
    assert _stance("A magnitude 7.2 earthquake struck Morocco on Friday.",
                   "A magnitude 6.8 quake struck Morocco on Friday.") == "contradict"
    assert _stance("The epicenter was 72 kilometers northeast of Marrakech.",
                   "The epicenter was 72 kilometers southwest of Marrakech.") == "contradict"
    # a country or a region may hold the other place: no mismatch
    assert _stance("The summit was held in Russia.", "The summit was held in Vladivostok.") \
        == "support"
    assert _stance("The summit was held in Russia.", "The summit was held in Beijing.") \
        == "contradict"
    assert _stance("A dog was found abandoned at a Scottish train station.",
                   "A dog was found abandoned at Ayr train station.") == "support"
    assert _stance("Missing aircraft spark fears of an attack in North Africa.",
                   "Missing aircraft spark fears of an attack in Libya.") == "support"
    claim_c = "North Korea delivered 1,000 containers of munitions to Russia."
    assert _stance(claim_c, "The US confirmed several deliveries of weapons from North Korea "
                   "to Russia.") == "contradict"
    assert _stance(claim_c, "North Korea made several deliveries to Russia, 1,000 containers "
                   "of munitions in all.") == "support"


@pytest.mark.parametrize(
    ("claim", "passage"),
    [
        # where it went or came from, with whom, whose, by what means
        ("North Korea shipped artillery shells to China.",
         "North Korea shipped artillery shells to Russia."),
        ("The shells came from Iran.", "The shells came from North Korea."),
        ("Russia signed an arms deal with Iran.", "Russia signed an arms deal with North Korea."),
        ("Kim was shown China's nuclear-capable bombers.",
         "Kim was shown Russia's nuclear-capable bombers."),
        ("Kim arrived in the Far East by plane.", "Kim arrived in the Far East by train."),
        # the day, and counts written as words
        ("The summit was held on Tuesday.", "The summit was held on Wednesday."),
        ("Kim and Putin met on 13 September 2023.", "Kim and Putin met on September 14, 2023."),
        ("Three people were killed in the attack.", "Five people were killed in the attack."),
        ("Kim spent two weeks in Russia.", "Kim spent almost a week in Russia."),
        # a state as the object of the same act
        ("Blinken urged Japan to restrain North Korea.",
         "Blinken urged China to restrain North Korea."),
        # spans of the same thing in other units
        ("Kim spent ten days in Russia.", "Kim spent almost a week in Russia."),
        ("Kim spent a month in Russia.", "Kim spent almost a week in Russia."),
        ("A briefing two months ago said the launch is close.",
         "According to a briefing two weeks ago, the launch is close."),
        ("The median wait for a hip replacement in Ontario was 11 weeks.",
         "The median wait for a hip replacement was 11 months."),
        # another rank of the same thing, in words or digits
        ("It would be the North's fourth attempt to put a satellite into orbit.",
         "It would be the North's third attempt to put a satellite into orbit."),
        ("The war entered its 3rd year.", "The war entered its 2nd year."),
    ],
)
def test_another_party_day_or_count_in_the_same_slot_contradicts(claim: str, passage: str) -> None:
    assert _stance(claim, passage) == "contradict"
    assert _stance(claim, claim) == "support"


def test_slots_and_number_words_that_do_not_differ() -> None:
    # the passage names the claim's party too
    assert _stance("Russia signed an arms deal with Iran.",
                   "Russia signed arms deals with Iran and with North Korea.") == "support"
    # a capital stands for its state, as for places
    assert _stance("The shells came from North Korea.", "The shells came from Pyongyang.") \
        == "support"
    # only states fill these slots: a leader is no other state
    assert _stance("Russia signed an arms deal with North Korea.",
                   "Putin signed an arms deal with Kim.") == "support"
    assert _stance("Russia's war in Ukraine has lasted two years.",
                   "Putin's war in Ukraine has lasted two years.") == "support"
    # one means in other words
    assert _stance("Kim arrived in the Far East by rail.",
                   "Kim arrived in the Far East by train.") == "support"
    # reported speech names no object of an act
    assert _stance("Peskov said North Korea is a good neighbour.",
                   "Peskov said Russia is a good neighbour of North Korea.") == "support"
    # spans in other units that agree, or that are of other things
    assert _stance("Kim spent six days in Russia.", "Kim spent almost a week in Russia.") \
        == "support"
    assert _stance("Kim spent four weeks in Russia.", "Kim spent a month in Russia.") == "support"
    assert _stance("Kim spent ten days in Russia.",
                   "Kim spent ten days in Russia and met Putin for two hours.") == "support"
    # an age is of someone or something: ages of others are no other count
    assert _stance("Two men ate a 20-year-old burger for charity.",
                   "The 13-year-old Eduard Nitz bought the burger that both men ate for charity.") \
        == "support"
    assert _stance("A Chinese woman, 26, spent a week in KFC.",
                   "A woman spent a week in KFC with 30 friends.") == "support"
    assert _stance("A 26-year-old woman spent a week in KFC.",
                   "A 28-year-old woman spent a week in KFC.") == "contradict"
    # "a second" is a span, no rank; a day of a month is no rank
    assert analyse("Kim waited a second before the second meeting.").ordinals == {
        "~meet": {2: "second"}
    }
    assert analyse("They met on September 3rd.").ordinals == {}
    # a point in time is no count
    assert _stance("The spider lived under his skin for three days.",
                   "Doctors found the spider under his skin a day later.") == "support"
    # one day written two ways; a day of a month counts nothing
    assert _stance("Kim and Putin met on 13 September 2023.",
                   "Kim and Putin met on Sept. 13th.") == "support"
    assert analyse("They met on 13 September.").counted == {}


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Three hundred Iraqi soldiers died.", {"~soldier": {"300"}}),
        ("The suit was brought by one hundred and forty homeowners.", {"homeowner": {"140"}}),
        ("At least thirty-seven people were killed.", {"peopl": {">37"}}),
        ("Two dozen people fled; ten thousand marched.", {"peopl": {"24"}, "march": {"10000"}}),
        ("In two, three or four cases it failed.", {"cas": {"4"}}),  # a number counts no number
        ("One of the officials spoke.", {}),
        ("Lungu received 1.86 million votes.", {"vote": {"1860000"}}),
        ("The deal is worth $2bn.", {"dollar": {"2000000000"}}),
        ("Atletico paid \u20ac60m for him.", {"euro": {"60000000"}}),
    ],
)
def test_numbers_as_written_are_read_whole(text: str, counted: dict[str, set[str]]) -> None:
    assert analyse(text).counted == counted


def test_votes_results_months_and_bounds() -> None:
    passage = "The three-judge appeals panel voted 2-1 to overturn the ban."
    assert _stance("The appeals panel voted unanimously to overturn the ban.", passage) \
        == "contradict"
    assert _stance("The appeals panel voted 3-0 to overturn the ban.", passage) == "contradict"
    assert _stance("The appeals panel voted 2-1 to overturn the ban.", passage) == "support"
    assert analyse(passage).numbers == {"3"}  # the three judges; the vote counts nothing
    assert analyse("Between 10-15 people were hurt.").scores == set()  # a range is no vote
    # "May" the month, not the modal
    assert _stance("The council passed the rental ban in May 2022.",
                   "The council passed the rental ban in March 2022.") == "contradict"
    assert analyse("He may be right, Theresa May said.").months == set()
    # one number spelled two ways; an approximate figure holds a near one
    assert _stance("The cash rate now stands at 3.6%.", "The bank cut its cash rate to 3.60%.") \
        == "support"
    assert _stance("The launch came roughly twenty minutes late.",
                   "The launch came 19 minutes late.") == "support"
    assert _stance("The launch came roughly twenty minutes late.",
                   "The launch came 25 minutes late.") == "contradict"
    # two bounds the same way are two figures for one thing
    assert _stance("The floods forced more than 42,000 people from their homes.",
                   "The floods forced more than 24,000 people from their homes.") == "contradict"
    # an age of no one named is the age of whoever the passage ages
    assert _stance("Van Dijkstra is 25 years old.",
                   "The 23-year-old Van Dijkstra has signed a five-year contract.") == "contradict"
    # what courts, juries and airports do
    assert _stance("A federal appeals court upheld the city's rental ban.",
                   "A federal appeals court struck down the city's rental ban.") == "contradict"
    assert _stance("The jury convicted the former mayor of fraud.",
                   "The jury acquitted the former mayor of fraud.") == "contradict"
    assert _stance("Flights at the airport continued normally despite the flooding.",
                   "The airport suspended all flights because of the flooding.") == "contradict"
    assert _stance("The central bank raised its main interest rate on Tuesday.",
                   "The central bank cut its main interest rate on Tuesday.") == "contradict"
    assert _stance("The airport reopened on Monday.", "The airport remained closed on Monday.") \
        == "contradict"
    assert _stance("The lander touched down ahead of schedule.",
                   "The lander touched down 19 minutes later than planned.") == "contradict"


def test_another_holder_of_the_claimed_office_contradicts() -> None:
    claim = "This month, Russian Defence Minister Sergei Shoigu met North Korea's Kim Jong Un."
    other = "This month, Russian Foreign Minister Sergei Lavrov met North Korea's Kim Jong Un."
    assert _stance(claim, other) == "contradict"
    assert _stance(claim, claim) == "support"
    # both named: a meeting with several people is no mismatch
    both = "Kim met Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu this month."
    assert _stance(claim, both) == "support"
    # a Title Case headline's capitals do not end a name
    assert analyse("Defence Minister Says Talks With Kim Failed").persons == []
    # another minister doing something else, on the claim's people and month
    assert _stance("Russian Foreign Minister Sergei Lavrov met Kim Jong Un in September.",
                   "Vice Foreign Minister Im Chon-il made the claim, weeks after Kim Jong Un "
                   "and Russian President Vladimir Putin held a summit in September.") \
        == "support"
    # an office's words are no holder; one name written two ways is one person
    office = "Im Chon Il, vice-minister of Foreign Affairs of the DPRK, said the US was wrong."
    assert analyse(office).persons == []
    assert _stance("Vice Foreign Minister Im Chon-il said the US was wrong.",
                   "Vice Foreign Minister Im Chon Il said the US was wrong.") == "support"


def _said(claim: str, claim_speaker: str | None, passage: str, speaker: str | None) -> str:
    c, p = _cue(claim), _cue(passage)
    c.speaker, p.speaker = claim_speaker, speaker
    shared = set(tokens(claim)) & set(tokens(passage))
    return decide(c, p, shared, claim_denies(c)).stance


def test_a_claim_quoting_one_party_is_not_backed_by_another() -> None:
    claim = "Joe Biden said Pyongyang is providing military equipment to Moscow."
    passage = "Blinken said Pyongyang is providing military equipment to Moscow."
    assert _said(claim, "Joe Biden", passage, "Blinken") == "related"
    assert _said(claim, "Joe Biden", passage, "Joe Biden") == "support"
    # a description may be the claim's own speaker; the party's own voice counts
    assert _said(claim, "Joe Biden", passage, "the top US diplomat") == "support"
    kremlin = "The Kremlin says reports of North Korean arms deliveries are groundless."
    peskov = "Peskov said reports of North Korean arms deliveries were groundless."
    assert _said(kremlin, "Kremlin", peskov, "Kremlin Spokesperson Dmitry Peskov") == "support"
    # a state speaks through any of its officials, and they for it
    assert _said(peskov, "Peskov", kremlin, "Kremlin") == "support"
    assert _said(claim, "Joe Biden", passage, "White House") == "support"


def test_negating_passage_backs_a_negating_claim() -> None:
    claim = "Banksy has not been arrested in London."
    assert _stance(claim, "Police said Banksy was not arrested in London.") == "support"
    assert _stance(claim, "Banksy was arrested in London on Monday.") == "contradict"


def test_doubt_and_writer_verdicts_are_denials() -> None:
    claim = "A meteorite left a crater near the airport."
    assert _stance(claim, "Scientists cast doubt that a meteorite left the crater.") \
        == "contradict"
    assert _stance(claim, "The meteorite crater near the airport is a hoax.") == "contradict"


def test_hedged_report_is_related() -> None:
    assert _stance("Russia bought weapons from Iran.",
                   "Russia allegedly bought weapons from Iran.") == "related"
    assert _stance("Russia bought weapons from Iran.",
                   "According to reports, Russia bought weapons from Iran.") == "related"


def test_an_accusation_reports_an_allegation_unless_the_claim_is_that_accusation() -> None:
    claim = "North Korea supplies arms to Russia."
    accusation = "The US accused North Korea of supplying arms to Russia."
    assert _stance(claim, accusation) == "related"
    # "the Kremlin says X" is backed by the Kremlin saying X: so is "the US
    # accused ..." by that accusation
    assert _said(accusation, "US", accusation, "US") == "support"
    claimed = "Blinken claimed that North Korea supplies arms to Russia."
    assert _said(claimed, "Blinken", claimed, "Blinken") == "support"


@pytest.mark.parametrize(
    ("claim", "passage", "stance"),
    [
        ("More than 1,000 containers were shipped.", "About 2,000 containers were shipped.",
         "support"),
        ("More than 1,000 containers were shipped.", "About 500 containers were shipped.",
         "contradict"),
        ("At least 300 soldiers were killed.", "350 soldiers were killed.", "support"),
        ("300 soldiers were killed.", "At least 300 soldiers were killed.", "support"),
        ("Up to 50 soldiers were killed.", "40 soldiers were killed.", "support"),
        ("Fewer than 100 soldiers were killed.", "350 soldiers were killed.", "contradict"),
    ],
)
def test_a_bound_is_met_by_any_count_within_it(claim: str, passage: str, stance: str) -> None:
    assert _stance(claim, passage) == stance


def test_idioms_that_assert_and_yet_to_that_negates() -> None:
    claim = "North Korea supplies arms to Russia."
    for passage in (
        "It is no secret that North Korea supplies arms to Russia.",
        "There is little doubt that North Korea supplies arms to Russia.",
        "Nobody doubts that North Korea supplies arms to Russia.",
    ):
        assert _stance(claim, passage) == "support", passage
    assert _stance(claim, "North Korea has yet to supply arms to Russia.") == "contradict"
    # a claim that something has yet to happen denies it
    assert claim_denies(_cue("Final data for 2016 have yet to be published."))


def test_a_passage_sharing_only_the_claims_names_says_so() -> None:
    claim = "Kim Jong Un arrived in Russia's Far East by plane."
    c, p = _cue(claim), _cue("This month, Lavrov met North Korea's Kim Jong Un.")
    st = decide(c, p, set(tokens(claim)) & set(tokens(p.text)), claim_denies(c))
    assert (st.stance, st.reason) == ("support", "names only: kim, jong, un")
    p = _cue("Kim Jong Un arrived in the Far East on Tuesday.")
    assert decide(c, p, set(tokens(claim)) & set(tokens(p.text)), False).reason.startswith(
        "matches")


def test_stopping_and_continuing_are_opposites() -> None:
    assert _stance("North Korea stopped supplying arms to Russia.",
                   "North Korea continues to supply arms to Russia.") == "contradict"


# ---- the engine ----------------------------------------------------------
def test_accented_and_non_latin_words_match() -> None:
    # accents are dropped for matching; other scripts are words too
    assert words("Café in Zürich, Lake Mälaren; flight MH17") == [
        "cafe", "in", "zurich", "lake", "malaren", "flight", "mh17"
    ]
    assert words("Москва заявила") == ["москва", "заявила"]
    assert _stance("Tiger Woods is selling an island in Lake Mälaren.",
                   "The island in Lake Malaren is being sold by Tiger Woods.") == "support"


def test_reprints_fold_into_also_in_and_offsets_hold(workspace: Path) -> None:
    ws = Workspace.open(workspace)
    index = EvidenceIndex.open(ws)
    result = index.evidence(ws.claim("shells"), top=5)
    assert result.support, result
    top = result.support[0]
    assert {top.article, *top.also_in} == {"wire", "reprint"}
    assert [i.article for i in result.contradict][:1] == ["denial"]
    corpus = load_corpus(ws.articles_dir)
    for item in result.support + result.contradict + result.related:
        article = corpus.get(item.article)
        assert article.text[item.start : item.end] == item.text
        assert article.passage_at(item.start, item.end) is not None
        assert 0.0 <= item.score <= 1.0 and item.reason
    assert all(i.article != "other" for i in result.support + result.contradict)
    assert index.meta("wire").id == "wire"
    assert index.article_ids() == sorted(ARTICLES)


def test_json_contract(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evidence", "--root", str(workspace), "--json", "--top", "3"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["claims"]
    claim = data["claims"][0]
    assert list(claim) == ["id", "text", "support", "contradict", "related"]
    for side in ("support", "contradict", "related"):
        assert len(claim[side]) <= 3
        for p in claim[side]:
            assert list(p) == ["article", "start", "end", "text", "score", "reason", "speaker",
                               "also_in"]
        scores = [p["score"] for p in claim[side]]
        assert scores == sorted(scores, reverse=True)


def test_a_second_passage_of_an_article_ranks_and_scores_below_others(tmp_path: Path) -> None:
    result = _evidence(
        tmp_path,
        "Russia received artillery shells from North Korea.",
        a=("Russia received artillery shells from North Korea.\n\n"
           "Russia received many artillery shells from North Korea last year.\n"),
        b="Russia received artillery shells from North Korea last autumn, officials said on "
          "Tuesday.\n",
    )
    assert [i.article for i in result.support][:3] == ["a", "b", "a"]
    scores = [i.score for i in result.support]
    assert scores == sorted(scores, reverse=True)


def test_another_figure_is_on_the_same_event_without_sharing_the_figure(tmp_path: Path) -> None:
    # A passage giving another figure cannot share the claim's, so the
    # figure rules judge the same event on the claim's other words.
    c, p = _cue("The auditor general's report made 32 recommendations."), _cue(
        "The report made 23 recommendations, including a cap on agency staffing.")
    shared = set(tokens(c.text)) & set(tokens(p.text))
    assert decide(c, p, shared, False, 0.2).stance == "support"
    assert decide(c, p, shared, False, 0.2, coverage_of_words=0.6).reason == (
        "number differs: 23 / 32 recommendations")
    # a day is a fact of the same kind: the claim's day cannot be shared
    c, p = _cue("Talks to end the Lyon transport strike resume on Friday."), _cue(
        "Talks to end the strike resume on Monday.")
    shared = set(tokens(c.text)) & set(tokens(p.text))
    assert decide(c, p, shared, False, 0.2).stance == "support"
    assert decide(c, p, shared, False, 0.5, coverage_of_words=0.65).reason == (
        "day differs: Monday / Friday")
    # and the engine gives it: the figure left out of the coverage
    result = _evidence(
        tmp_path,
        "The auditor general's report made 32 recommendations.",
        a="The report made 23 recommendations, including a cap on agency staffing.\n",
        b="The auditor general of the province spoke to reporters about hospital budgets.\n",
    )
    assert [i.reason for i in result.contradict] == ["number differs: 23 / 32 recommendations"]


def test_a_number_in_words_is_a_figure_the_passage_cannot_share(tmp_path: Path) -> None:
    result = _evidence(
        tmp_path,
        "Thirty-two fighters were freed in the exchange.",
        a="The 22 fighters were released from a prison in Aden on Friday.\n",
        b="Thirty aid workers joined the exchange talks, which took two days.\n",
    )
    assert [i.reason for i in result.contradict] == ["number differs: 22 / 32 fighters"]


def test_declining_to_act_is_not_acting() -> None:
    assert _stance("The governor declined to declare a state of emergency.",
                   "Governor Diane Foster declared a state of emergency on Saturday.") \
        == "contradict"
    # a fall is no refusal
    assert _stance("Shares declined to a record low.", "Shares fell to a record low.") \
        == "support"
    assert _stance("Exports declined to 3.5 million tonnes.",
                   "Exports fell to 3.5 million tonnes.") == "support"


def test_a_skipped_file_is_told_on_every_run(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "bad.txt").write_bytes(b"Headline\n\nRussia got arms.\x00\n")
    (tmp_path / "articles" / "good.txt").write_text("Headline\n\nRussia received arms.\n")
    (tmp_path / "claims.toml").write_text(
        'articles = "articles"\n\n[[claims]]\nid = "c"\ntext = "Russia received arms."\n'
    )
    for _ in range(2):  # the build, then a reload from the cache
        assert main(["evidence", "--root", str(tmp_path), "--json"]) == 0
        out = capsys.readouterr()
        assert "bad.txt: binary file, skipped" in out.err
        assert json.loads(out.out)["claims"][0]["support"][0]["article"] == "good"


def test_unknown_claim_is_an_error_naming_it(workspace: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evidence", "--root", str(workspace), "no-such-claim"]) == 2
    assert "no-such-claim" in capsys.readouterr().err


def test_cache_updates_on_change_add_remove(workspace: Path) -> None:
    ws = Workspace.open(workspace)
    EvidenceIndex.open(ws)
    arts = workspace / "articles"
    (arts / "other.txt").write_text(
        "North Korea supplied artillery shells to Russia in September, officials said.\n",
        encoding="utf-8")
    (arts / "new.txt").write_text("Russia never received artillery shells from North Korea.\n",
                                  encoding="utf-8")
    (arts / "reprint.txt").unlink()
    index = EvidenceIndex.open(ws)
    assert index.article_ids() == ["denial", "new", "other", "wire"]
    result = index.evidence(ws.claim("shells"))
    found = {i.article for i in result.support + result.contradict}
    assert {"other", "new"} <= found


def test_touched_but_unchanged_article_is_reused(workspace: Path) -> None:
    ws = Workspace.open(workspace)
    EvidenceIndex.open(ws)
    path = workspace / "articles" / "wire.txt"
    os.utime(path, (1, 1))
    calls: list[tuple[int, int]] = []
    index = EvidenceIndex.open(ws, progress=lambda d, t: calls.append((d, t)))
    assert calls and calls[-1][0] == calls[-1][1]
    assert index.evidence(ws.claim("shells")).support


def test_damaged_cache_is_rebuilt(workspace: Path) -> None:
    ws = Workspace.open(workspace)
    EvidenceIndex.open(ws)
    folder = workspace / ".workbench" / "evidence"
    for path in folder.iterdir():
        if path.name.startswith("post_docs"):
            path.write_bytes(b"garbage")
    assert EvidenceIndex.open(ws).evidence(ws.claim("shells")).support
    (folder / "manifest.json").write_text("{not json", encoding="utf-8")
    assert EvidenceIndex.open(ws).evidence(ws.claim("shells")).support


def test_cancel_leaves_the_cache_as_it_was(workspace: Path) -> None:
    ws = Workspace.open(workspace)
    EvidenceIndex.open(ws)
    manifest = workspace / ".workbench" / "evidence" / "manifest.json"
    before = manifest.read_bytes()
    (workspace / "articles" / "new.txt").write_text("Another article.\n", encoding="utf-8")
    with pytest.raises(EvidenceCancelled):
        EvidenceIndex.open(ws, cancelled=lambda: True)
    assert manifest.read_bytes() == before
    assert "new" in EvidenceIndex.open(ws).article_ids()


def test_no_claim_in_an_empty_workspace(tmp_path: Path) -> None:
    (tmp_path / "claims.toml").write_text(
        'articles = "articles"\n[[claims]]\nid = "x"\ntext = "Anything at all."\n')
    index = EvidenceIndex.open(Workspace.open(tmp_path))
    result = index.evidence(Claim(id="x", text="Anything at all."))
    assert result.support == result.contradict == result.related == []


def test_core_is_headless() -> None:
    code = ("import sys, workbench.evidence, workbench.cli.evidence_cmd; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')]; "
            "sys.exit(1 if bad else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_parallel_build_matches_serial(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.evidence import engine

    ws = Workspace.open(workspace)
    serial = EvidenceIndex.open(ws).evidence(ws.claim("shells"))
    for path in (workspace / ".workbench").rglob("*"):
        if path.is_file():
            path.unlink()
    monkeypatch.setattr(engine, "PARALLEL_FROM", 1)
    monkeypatch.setattr(engine, "CHUNK", 1)
    parallel = EvidenceIndex.open(ws).evidence(ws.claim("shells"))
    assert parallel == serial


def test_scan_finds_what_the_foundation_lists(tmp_path: Path) -> None:
    from workbench.corpus import article_files
    from workbench.evidence.engine import scan_articles

    (tmp_path / "sub" / "deep").mkdir(parents=True)
    for name in ("a.txt", "B.MD", "sub/c.txt", "sub/deep/d.Txt", "e.toml", ".txt", "f"):
        (tmp_path / name).write_text("text\n", encoding="utf-8")
    found = scan_articles(tmp_path)
    assert list(found) == [i for i, _ in article_files(tmp_path)]
    assert all(Path(path).is_file() for path, _, _ in found.values())


def test_comparatives_units_and_effect_words_normalise() -> None:
    # Comparatives of gradable adjectives meet their adjective; "-er" is not
    # stripped by rule (water, summer stay whole).
    assert set(tokens("drier and wetter")) == set(tokens("dry and wet"))
    assert tokens("thinnest") == tokens("thin")
    assert tokens("water summer") == ["water", "summer"]
    # Irregular verbs meet their base form.
    assert tokens("the storm began") == tokens("the storm begins")
    assert tokens("rebels fought") == tokens("rebels fight")
    # Long derived adjectives and agents meet their noun; short words stay.
    assert tokens("atmospheric") == tokens("atmosphere")
    assert tokens("political") == tokens("politics")
    assert tokens("terrorist") == tokens("terrorism") == tokens("terror")
    assert tokens("topic logic exist") == ["topic", "logic", "exist"]
    # "-ship" nouns meet their person: professorship ~ professor.
    assert tokens("a professorship") == tokens("a professor")
    assert tokens("worship") != tokens("wor")
    # The degree sign and the word are one unit; symbols and words of units too.
    assert tokens("rose by 2 °C") == tokens("rose by 2 Celsius")
    assert tokens("2°C") == tokens("2 Celsius") == tokens("2C")
    assert tokens("3 mm") == tokens("3 millimetres")
    # affect ~ influence ~ impact
    assert tokens("sea ice affects currents")[2] == tokens("sea ice influences currents")[2]


def test_negated_denial_is_no_denial() -> None:
    claim = "The scientists' honesty is not in doubt."
    assert analyse(claim).denial is None
    assert _stance(claim, "The scientists' honesty was found not to be in doubt.") == "support"
    assert analyse("The ministry did not deny the report.").denial is None
    assert analyse("The ministry denied the report.").denial == "denied"


def test_counterfactual_baseline_is_no_negation() -> None:
    claim = "Heatwaves are five times more likely than if there had been no warming."
    assert not claim_denies(analyse(claim))
    assert _stance(claim, "Warming made heatwaves five times more likely.") == "support"
    # A bare conditional still negates.
    assert analyse("So what was it, if it wasn't a meteorite?").negations


def test_no_change_against_a_change_contradicts() -> None:
    claim = "When ice melts, the ocean level remains the same."
    assert _stance(claim, "Melting ice raises the ocean level.") == "contradict"
    assert _stance(claim, "When ice melts, the ocean level stays the same.") == "support"
    claim = "The ocean level is rising."
    assert _stance(claim, "The ocean level has stayed unchanged.") == "contradict"


def test_general_antonyms_contradict() -> None:
    assert _stance("Electric cars are better for the climate than diesel cars.",
                   "Electric cars are worse for the climate than diesel cars.") == "contradict"
    assert _stance("The senator supports offshore drilling.",
                   "The senator opposes offshore drilling.") == "contradict"
    assert _stance("Investment in wind power kills jobs.",
                   "Investment in wind power creates jobs.") == "contradict"
    assert _stance("Investment in wind power eliminates jobs.",
                   "Investment in wind power creates jobs.") == "contradict"
    # comparison words are compared with the word they qualify
    assert _stance("Eruptions are less explosive when the magma is rich in silica.",
                   "Eruptions are more explosive when the magma is rich in silica.") \
        == "contradict"
    assert _stance("More than 1,000 people fled.", "Less than a day later, 1,200 people fled.") \
        == "support"
    assert _stance("The Gulf Stream is a cold current.", "The Gulf Stream is a warm current.") \
        == "contradict"
    assert _stance("Gus the tortoise is in poor health.",
                   "Gus the tortoise is in excellent health, his owner said.") == "contradict"
    # praise and criticism; weakening and strengthening, in any of its words
    assert _stance("North Korea praised Blinken for his remarks on Russia.",
                   "North Korea criticized Blinken for his remarks on Russia.") == "contradict"
    assert _stance("North Korea is weakening its ties with Russia.",
                   "North Korea intends to further boost its ties with Russia.") == "contradict"


def test_small_share_against_large_share_contradicts() -> None:
    claim = "Less than half of published scientists endorse the theory."
    assert _stance(claim, "Nearly all published scientists endorse the theory.") == "contradict"
    assert _stance(claim, "Of the scientists, 97% endorsed the theory.") == "contradict"
    assert _stance(claim, "Fewer than half of published scientists endorse the theory.") \
        == "support"
    # a quarter or less is a small share
    assert _stance("Solar power generates most of the world's electricity.",
                   "Solar power generates about 5.5 percent of the world's electricity.") \
        == "contradict"
    # Only three quarters or more is a large share.
    assert analyse("Emissions rose by 43% since 1990.").share is None


def test_plain_negation_ranks_below_a_denial(tmp_path: Path) -> None:
    # A bare "not" is the weakest sign of disagreement: at equal relevance,
    # the passage that denies comes first in the contradict list.
    result = _evidence(
        tmp_path,
        "Russia bought weapons from Iran in May.",
        neg="Russia did not buy weapons from Iran in May.\n",
        deny="Russia denied it bought the weapons from Iran in May.\n",
    )
    assert [i.article for i in result.contradict] == ["deny", "neg"]


def test_phrases_match_whole_words_and_idioms_negate_denials() -> None:
    # "no sign" is a denial; "no significant" is not that phrase.
    assert analyse("There was no sign of the ship.").denial == "no sign"
    assert analyse("There was no significant change.").denial is None
    # "no doubt" is an idiom, and the doubt it names is no denial.
    assert analyse("He had no doubt the film was broadly accurate.").denial is None


def test_zero_negates_like_no() -> None:
    claim = "Satellite data show there has been zero warming."
    assert claim_denies(analyse(claim))
    assert _stance(claim, "Satellite data showed no significant warming.") == "support"
    assert _stance(claim, "Satellite data show continued warming.") == "contradict"


def test_article_disagreeing_twice_ranks_first(tmp_path: Path) -> None:
    # Two contradicting passages of one article outweigh a single, slightly
    # more relevant one elsewhere.
    result = _evidence(
        tmp_path,
        "Russia bought weapons from Iran in May.",
        once="Russia denied it bought weapons from Iran in May.\n",
        twice=(
            "Moscow has denied buying weapons from Iran.\n\n"
            "Iran also denied selling any weapons to Russia.\n"
        ),
    )
    assert [i.article for i in result.contradict][:2] == ["twice", "once"]


def test_demonyms_meet_their_place() -> None:
    assert tokens("Nigerian troops")[0] == tokens("troops in Nigeria")[-1]
    assert tokens("Antarctic ice") == tokens("Antarctica ice")
    # Two Koreas stay apart.
    assert len(set(tokens("North Korea South Korea Korean"))) == 3


def test_existential_negation_covers_the_whole_claim() -> None:
    claim = "There is no scientific link between the burning of coal and acid rain."
    # "coal" and "rain" lie beyond the few words a negation governs otherwise.
    assert _stance(claim, "Burning coal causes acid rain.") == "contradict"
    assert not analyse("No, the company is not closing its stores.").existential


def test_conditions_are_no_negation() -> None:
    claim = "The atmosphere warms the planet's surface."
    passage = ("The greenhouse effect warms the planet's surface beyond the temperature "
               "it would have in the absence of its atmosphere.")
    assert _stance(claim, passage) == "support"
    assert not analyse("Ships crossed without escorts.").negations
    assert analyse("Ships did not cross.").negations


def test_not_ruling_out_is_no_negation() -> None:
    claim = "Ice sheets could change within decades."
    assert _stance(claim, "We cannot rule out that ice sheets change within decades.") \
        == "support"
    assert not analyse("A leak has not been ruled out.").negations
    assert _stance(claim, "Ice sheets cannot change within decades.") == "contradict"


def test_absurd_denies_only_as_a_verdict() -> None:
    assert analyse("Absurd January warmth in the Arctic brings record-low sea ice.").denial \
        is None
    assert analyse("The ministry said the reports were absurd.").denial == "were absurd"


def test_reasons_name_multi_word_terms_as_the_text_wrote_them() -> None:
    from workbench.evidence.stance import _words, analyse

    cues = analyse("Officials in North Korea and the United States met.")
    named = _words(cues, [t for t in cues.tokens if t and t.lstrip("~") in {"dprk", "usa"}])
    assert named == "north korea, united states"


def test_relayed_report_ranks_below_a_source_stating_it(tmp_path: Path) -> None:
    # "according to ..." passes the claim on; "the ministry said" backs it.
    result = _evidence(
        tmp_path,
        "Russia bought weapons from Iran in May.",
        relay="Russia bought weapons from Iran in May, according to the newspaper.\n",
        source="Russia bought weapons from Iran in May, the ministry said.\n",
    )
    assert [i.article for i in result.support] == ["source", "relay"]
    assert result.support[1].score < result.support[0].score


def test_no_change_phrases_take_one_qualifier() -> None:
    # "the same warming trend", "no significant increase" are stasis as
    # much as "the same trend" and "no increase".
    assert analyse("Both regions show the same warming trend.").stasis == "same warming trend"
    assert analyse("There was no significant increase.").stasis == "no significant increase"
    assert _stance("Urban and rural regions show the same warming trend.",
                   "Urban regions warm faster than rural regions.") == "contradict"


def test_hoaxes_in_general_are_no_verdict() -> None:
    # A verdict on the story is singular; the plural names hoaxes in general.
    assert analyse("Don't be fooled by hoaxes!").verdict is None
    assert analyse("The story is a hoax.").verdict == "hoax"


def test_article_hedging_the_claim_ranks_below_one_stating_it(tmp_path: Path) -> None:
    # Both restate the claim; one also calls it an allegation elsewhere, so
    # it is discussing the claim rather than backing it.
    result = _evidence(
        tmp_path,
        "Russia bought weapons from Iran in May.",
        hedged=(
            "Russia bought weapons from Iran in May.\n\n"
            "Russia allegedly bought the weapons from Iran.\n"
        ),
        plain=(
            "In May Russia bought weapons from Iran, officials said.\n\n"
            "Markets were calm on Tuesday.\n"
        ),
    )
    assert [i.article for i in result.support][:2] == ["plain", "hedged"]


def test_denial_answering_a_sentence_takes_its_relevance(tmp_path: Path) -> None:
    # "Officials called it groundless." shares no word with the claim; it
    # answers the sentence before and ranks as that sentence does.
    result = _evidence(
        tmp_path,
        "Russia bought weapons from Iran in May.",
        a=(
            "Russia bought weapons from Iran in May, a newspaper wrote.\n\n"
            "Officials called it groundless.\n"
        ),
    )
    answer = [i for i in result.contradict if "sentence before" in i.reason]
    assert answer and answer[0].score == result.support[0].score


def test_a_denial_of_something_else_then_a_statement_of_the_claim() -> None:
    passage = ("Information Minister Chishimba Kambwili dismissed the fraud allegations as "
               "baseless and said the vote had been free and fair.")
    assert _stance("The vote was free and fair.", passage) == "support"
    assert _stance("Kambwili said the vote was free and fair.", passage) == "support"
    assert _stance("Kambwili acknowledged fraud in the vote.", passage) == "contradict"
    # "and has started ...": the speaker goes on to a new act
    passage = ('The company calls the reports "baseless and misleading" and has started '
               "defamation proceedings against The Meridian's publisher.")
    assert _stance("Aldermoor is pursuing a defamation case against the publisher of The "
                   "Meridian.", passage) == "support"
    assert _stance("The Meridian's reports are accurate.", passage) == "contradict"
    # the denial's own object is the claim's: it still denies
    assert _stance("North Korea supplies arms to Russia.",
                   "Russia denied supplying arms and said its ties with North Korea were "
                   "normal.") == "contradict"


def test_who_denies_is_not_what_is_denied() -> None:
    # the quotation closes the denied clause: the speaker after it is no
    # part of what is denied, so "Brightwell" makes no denial of the recall
    quote = ("\u201cThere is no evidence linking that fire to our heater,\u201d Brightwell "
             "spokesman Dan Ortiz said.")
    assert _stance("Some 1.2 million Brightwell space heaters are being recalled.", quote) \
        == "support"
    assert _stance("A Brightwell heater caused the fire.", quote) == "contradict"
    # a quotation opening in the object is part of it
    assert _stance("Brightwell's heater caused the fire.",
                   'Brightwell denied "any involvement" in the fire.') == "contradict"


def test_a_claim_then_but_no_mention_of_something_else() -> None:
    passage = ("Russia's defence ministry said its air defences had shot down nine drones "
               "over Crimea, but made no mention of the depot.")
    assert _stance("Russia's defence ministry said it shot down nine drones over Crimea.",
                   passage) == "support"
    assert _stance("Russia's defence ministry confirmed the strike on the fuel depot.",
                   passage) == "contradict"


def test_a_denial_answering_others_claims_backs_a_denying_claim() -> None:
    quote = ("\u201cWe never violate anything and in this case we\u2019re not planning to violate "
             "anything,\u201d the Russian leader said, referring to claims that cooperation "
             "between Moscow and Pyongyang were in violation of UN sanctions.")
    assert _stance("Putin insisted Russia never breaches anything.", quote) == "support"
    # a hedge of the passage's own negation still takes no side
    assert _stance("Russia never breaches UN sanctions.",
                   "Russia allegedly never breaches UN sanctions, officials said.") == "related"


def test_currencies_figure_ranges_directions_place_names_and_acts() -> None:
    # the same figure in another currency
    assert _stance("The government will spend 1.2 billion dollars on housing.",
                   "The government will spend 1.2 billion euros on housing.") == "contradict"
    assert _stance("The merger is worth €3.2bn.", "The merger is worth 3.2 billion euros.") \
        == "support"
    # "from 25% to 50%": each figure is of the word before the figures
    assert _stance("The US raised tariffs on steel from 25% to 50%.",
                   "The US raised tariffs on steel to 50% from 25% on Monday.") == "support"
    # cutting a deficit is no rise of it; lowering tariffs is no raise
    assert _stance("The deficit would rise next year.", "The budget would cut the deficit next "
                   "year.") == "contradict"
    assert _stance("Washington lowered tariffs on steel.", "Washington will raise tariffs on "
                   "steel.") == "contradict"
    # a place's name with its particles
    assert analyse("Shares fell 6% in Rio de Janeiro.").places[0][0] == "Rio de Janeiro"
    assert analyse("The Singapore-based company said so.").places[0][0] == "Singapore"
    # a possessive before a place name ("at the company's Brenna site")
    assert analyse("The batches were produced at the company's Brenna site.").places[0][0] \
        == "Brenna"
    assert _stance("The recalled batches were produced at the company's Brenna site.",
                   "The recalled batches were all made in Tolvik.") == "contradict"
    # a place the passage shares ("Shares in X") leaves the other to differ
    claim = "Shares in Siderurgica Atlantica fell 6% in Rio de Janeiro."
    assert _stance(claim, "Shares in steelmaker Siderurgica Atlantica fell 6% in Sao Paulo "
                   "after the announcement.") == "contradict"
    assert _stance(claim, "Shares in steelmaker Siderurgica Atlantica fell 6% in Rio de "
                   "Janeiro.") == "support"
    # rejecting an offer is an act; rejecting accusations denies them
    assert analyse("The union rejected the operator's pay offer.").denial is None
    assert analyse("The union rejected the accusations.").denial == "rejected"
    assert analyse("He rejected it.").denial == "rejected"


def test_a_sourced_report_is_relayed_and_a_split_is_no_unanimous_vote() -> None:
    sourced = ("Patients waiting more than six months for surgery rose 14% in 2023, according to "
               "a report released on Tuesday by the province's auditor general.")
    assert _stance("Patients waiting more than six months for surgery rose by 41% in 2023.",
                   sourced) == "contradict"
    assert _stance("Patients waiting more than six months for surgery rose in 2023.",
                   "Patients waiting more than six months for surgery rose in 2023, according to "
                   "a report.") == "related"
    assert _stance("Chairman Tan said the board was split on the offer.",
                   "Chairman Tan said the board unanimously recommended the offer.") \
        == "contradict"
    assert _stance("The appeals panel was split.", "The appeals panel voted 2-1.") == "support"


def test_a_joke_is_a_denial() -> None:
    passage = "The story that FryKing is ending fries began as a joke on a satirical website."
    assert _stance("FryKing will stop selling fries.", passage) == "contradict"
    assert _stance("No, FryKing is not ending its fries.", passage) == "support"


def test_a_question_states_nothing() -> None:
    assert _stance("No, FryKing is not ending its fries.",
                   "Are FryKing's fries really going away?") == "related"
    assert _stance("Vesper was arrested in London.", "Was Vesper really arrested?") == "related"
    # a question claim may be answered by a question
    assert _stance("Was Vesper arrested?", "Was Vesper really arrested?") == "support"


def test_an_unverified_report_is_no_negation_of_it() -> None:
    # the hedge's own "not" negates nothing: the passage reports, unverified
    assert _stance("Footage showed a plume of smoke over the harbour.",
                   "Reuters could not independently verify the footage of smoke over the "
                   "harbour.") == "related"


def test_percentages_of_the_same_thing_compare() -> None:
    claim = "The ruling party won the election with 52% of the vote."
    assert _stance(claim, "The ruling party won the election with 58% of the vote.") \
        == "contradict"
    assert _stance(claim, "The ruling party won the election with 52 percent of the vote.") \
        == "support"
    assert _stance("Turnout was 75%.", "Lungu won the vote. Turnout was 61%.") == "contradict"
    assert _stance("Turnout was 61%.", "Lungu won 58% of the vote. Turnout was 61%.") \
        == "support"
    # a rate of change is no share
    claim = "Most commercial solar panels have an efficiency of more than 50 percent."
    assert _stance(claim, "Solar panels lose efficiency, typically about 0.5 percent per year.") \
        == "support"
    assert _stance(claim, "Commercial solar panels have an efficiency of between 15 and 22 "
                   "percent.") == "contradict"
    # one percentage each, said of the same thing in other words
    claim = "Two cups of coffee a day cut the risk of heart failure by 50%."
    passage = "Two cups of coffee a day were linked to a 30% lower risk of heart failure."
    assert _stance(claim, passage) == "contradict"
    assert _stance(claim.replace("50", "30"), passage) == "support"
    # "a 9% pay rise" is a share of the rise, as "a pay rise of 6%" is
    claim = "The union is demanding a 9% pay rise."
    assert _stance(claim, "The union is demanding a pay rise of 6%, while management has "
                   "offered 2.5%.") == "contradict"
    assert _stance(claim, "The union wants a pay rise of 9%; management offered 2.5%.") \
        == "support"


def test_a_denial_of_its_own_object_answers_nothing(tmp_path: Path) -> None:
    # "denied reports that ..." and "no truth to claims that ..." say what
    # they deny; the sentence before is not it.
    result = _evidence(
        tmp_path,
        "It was the strongest earthquake to hit Morocco in a century.",
        a=(
            "Rescuers struggled two days after the strongest earthquake to hit Morocco "
            "in a century.\n\n"
            "The government denied reports that it had refused French aid.\n\n"
            "There is no truth to claims that Morocco rejected help, a spokesman said.\n"
        ),
    )
    assert not [i for i in result.contradict if "sentence before" in i.reason]
    assert not denies_own_clause(_cue("The North and Russia have denied the accusations."))
    assert not denies_own_clause(_cue("The agency flatly denied that in a statement."))
    assert denies_own_clause(_cue("The Norwegian government denied paying any ransom."))


def test_a_passage_on_who_denies_but_not_on_what_takes_no_side() -> None:
    claim = "Norway denied that it paid a ransom for the fighters."
    assert _said(claim, "Norway", "Norway's foreign minister held talks in Oman on Friday.",
                 None) == "related"
    assert _said(claim, "Norway", "Norway paid a ransom of $5 million for the fighters.",
                 None) == "contradict"
    # a word or two of a long denial is not what it denies
    assert _said("Marsh denied that the government had pressured the central bank to cut rates.",
                 "Marsh", "The board will keep rates where they are in September, Marsh said.",
                 "Marsh") == "related"
    # the seeds' case: what the Kremlin calls groundless is what others confirm
    assert _stance("The Kremlin says reports of North Korean weapons deliveries are groundless.",
                   "The US said it had confirmed several deliveries of weapons from North Korea.") \
        == "contradict"


def test_a_denial_of_something_the_claim_does_not_say() -> None:
    passage = "The Norwegian government, which freed the fighters, denied paying any ransom."
    assert _stance("The Norwegian government freed the detained fighters.", passage) \
        == "support"
    assert _stance("Norway paid a ransom for the release of the fighters.", passage) \
        == "contradict"
    # one of the claim's words among many of its own: something else
    assert _stance("Australia's central bank lowered its benchmark rate.",
                   "Marsh denied that the government had pressured the bank to ease policy.") \
        == "support"
    assert _stance("The minister resigned on Friday.",
                   "The minister denied reports that he resigned.") == "contradict"
    # pointing back, it denies whatever was said before
    assert _stance("North Korea supplies arms to Russia.",
                   "North Korea and Russia have denied the accusations.") == "contradict"


def test_withdrawal_negates_by_meaning_for_the_party_named() -> None:
    talks = "The actor Tom Reed is in talks to star in the new war film"
    assert _stance(talks, "Tom Reed has decided to pull out of the new war film") == "contradict"
    assert _stance(talks, "Tom Reed withdrew from the new war film this week") == "contradict"
    # Someone else backing out, or a literal "pulled out", says nothing of him.
    assert _stance(talks, "Tom Reed will star in the new war film after Ann Lee backed out") \
        == "support"
    exits = "Tom Reed exits the new war film"
    assert _stance(exits, "Tom Reed will not star in the new war film") == "support"
    assert _stance("Tom Reed will not star in the new war film",
                   "Tom Reed has dropped out of the new war film") == "support"
    assert _stance("Bodies found in a mass grave near the town",
                   "More bodies were pulled out of a mass grave near the town") == "support"
    # Naming the party in the role without the withdrawal backs nothing.
    assert _stance(exits, "Tom Reed will star in the new war film") == "related"
    assert analyse("The warming and cooling feedbacks cancel out.").withdrawal is None
    assert analyse("The studio cancelled the new war film.").withdrawal == "cancelled"


def test_rebuffs_is_a_denial() -> None:
    assert _stance("Singer rebuffs rumours that she has died",
                   "The story that the singer died is a hoax") == "support"


def test_a_compound_written_apart_counts_as_the_claim_word(tmp_path: Path) -> None:
    # "heat waves" is the claim's "heatwaves"; "heat" and "waves" apart in
    # one sentence are not.
    support = _evidence(
        tmp_path,
        "Global warming makes heatwaves in Europe more likely.",
        apart="Global warming makes heat waves in Europe more likely.\n",
        scattered="Global warming brings heat to Europe and waves are more likely.\n",
        joined="A heatwave hit the coast in June.\n",
    ).support
    # Side by side they cover the whole claim (0.80 without the compound
    # rule); scattered they cover only "global warming", "Europe", "likely".
    assert support[0].article == "apart" and support[0].score > 0.95
    assert next(i.score for i in support if i.article == "scattered") < 0.6


def test_questioning_is_doubt() -> None:
    assert _stance("Tree rings are a reliable record of past temperature.",
                   "The divergence called into question tree rings as a record of past "
                   "temperature.") == "contradict"
    assert _stance("Experts question whether the crater was made by a meteorite.",
                   "Scientists questioned whether a meteorite made the crater.") == "support"


def test_no_effect_against_a_change_contradicts() -> None:
    claim = "The clean power plan would have no effect."
    passage = "The clean power plan would reduce carbon emissions from coal plants."
    c, p = _cue(claim), _cue(passage)
    shared = set(tokens(claim)) & set(tokens(passage))
    # A change of the same thing, named as such (not merely a missing "no").
    assert decide(c, p, shared, claim_denies(c)).reason == "changed: reduce / no effect"


def test_exaggerated_is_doubt_and_false_alarms_deny_nothing() -> None:
    assert _stance("The singer died of an overdose.",
                   "Reports of the singer's death from an overdose were greatly exaggerated.") \
        == "contradict"
    assert analyse("After days of false alarms at the airport, a passenger wore a hazmat suit."
                   ).denial is None
    assert analyse("After days of false alarms at the airport.").verdict is None
    assert analyse("The alarm at the airport was false.").denial == "false"


def test_money_and_decades_are_no_years() -> None:
    assert _stance("A driver got a $2,000 tip in Ann Arbor.",
                   "A driver got a $2,084 tip in Ann Arbor.") == "support"
    assert _stance("The letter to parents is from the 1970s.",
                   "The letter to parents was written in 1974.") == "support"
    assert _stance("The letter to parents is from 1971.",
                   "The letter to parents was written in 1974.") == "contradict"


def test_round_figures_and_vague_counts() -> None:
    # A round claim stands for a figure within 5%; a precise one does not.
    claim = "Russia received 1,000 containers of shells."
    assert _stance(claim, "Russia received 1,020 containers of shells.") == "support"
    assert _stance(claim, "Russia received 1,200 containers of shells.") == "contradict"
    assert _stance("The crater is 40 feet wide.", "The crater is 39 feet wide.") == "contradict"
    # Two vague counts pin no number to contradict.
    assert _stance("Hundreds of villagers fled the floods.",
                   "Rescuers saved dozens of villagers from the floods.") == "support"


def test_title_case_headline_capitals_are_no_places() -> None:
    headline = "Journalist Beheaded By Militants in New Video Message"
    assert analyse(headline).places == []
    assert _stance(headline, "Militants beheaded the journalist in a new video in Syria.") \
        == "support"
    assert analyse("Kim and Putin met in Vladivostok on Wednesday.").places


def test_not_the_first_time_is_no_negation() -> None:
    assert analyse("This is not the first time the dams were opened.").negations == []
    assert _stance("Israel opened the dams on the valley.",
                   "It is not the first time Israel opened the dams on the valley.") == "support"


def test_phrase_trie_matches_as_the_flat_alternation() -> None:
    """The prefix-factored phrase pattern finds what the flat one, longest
    first, found: at word starts only, the longest phrase that ends a word."""
    import re

    from workbench.evidence import lexicon, text

    flat = re.compile(
        r"(?<![a-z0-9])("
        + "|".join(re.escape(p) for p in sorted(lexicon.PHRASES, key=len, reverse=True))
        + r")(?![a-z0-9])"
    )
    phrases = sorted(lexicon.PHRASES)
    samples = [
        f"{pre}{p}{post}"
        for p in phrases
        for pre in ("", " ", "x", "1", ".", "un ")
        for post in ("", " ", "s", "1", ".", "a", " of america", " council")
    ]
    samples += [f"{a} {b}" for a in phrases for b in phrases] + [p[:-1] for p in phrases]
    for sample in samples:
        assert text._PHRASE.sub(text._phrase, sample) == flat.sub(text._phrase, sample), sample


def _contents(index: EvidenceIndex) -> dict:
    """What an index holds, by name rather than by id (ids depend on history)."""
    s, a = index._s, index._a
    vocab = s.vocab
    passages = [
        (index._ids[int(a["p_art"][i])], int(a["p_start"][i]), int(a["p_end"][i]), index.text(i),
         s.speakers[int(a["p_speaker"][i])] if int(a["p_speaker"][i]) >= 0 else None,
         [vocab[t] for t in index._tokens(i).tolist()])
        for i in range(len(index))
    ]
    ptr, docs, w = a["post_ptr"], a["post_docs"], a["post_w"]
    postings = {
        vocab[t]: (docs[ptr[t]:ptr[t + 1]].tolist(), w[ptr[t]:ptr[t + 1]].tolist())
        for t in range(len(vocab)) if ptr[t + 1] > ptr[t]
    }
    records = [{k: v for k, v in r.items() if k != "mtime_ns"} for r in s.articles]
    return {"passages": passages, "postings": postings, "articles": records}


def test_updated_index_equals_a_fresh_build(workspace: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Reused and re-parsed articles interleave (on worker processes, three
    articles a chunk: one chunk's run is cut by a reused article), and the
    result is what a build from scratch gives."""
    import shutil

    from workbench.evidence import engine

    monkeypatch.setattr(engine, "PARALLEL_FROM", 1)
    monkeypatch.setattr(engine, "CHUNK", 3)
    ws = Workspace.open(workspace)
    EvidenceIndex.open(ws)
    arts = workspace / "articles"
    (arts / "denial.txt").write_text(
        "Moscow denied receiving artillery shells, a spokesman said.\n", encoding="utf-8")
    (arts / "p-new.txt").write_text(
        "Analysts said North Korea shipped shells to Russia.\n\nNo one confirmed it.\n",
        encoding="utf-8")
    (arts / "wire.txt").write_text("North Korea shipped 2°C worth of shells, KCNA said.\n",
                                   encoding="utf-8")
    (arts / "other.txt").unlink()
    (arts / "zz-empty.txt").write_bytes(b"")
    updated = EvidenceIndex.open(ws)
    assert updated.article_ids() == ["denial", "p-new", "reprint", "wire", "zz-empty"]
    shutil.rmtree(workspace / ".workbench")
    fresh = EvidenceIndex.open(ws)
    assert _contents(updated) == _contents(fresh)
    claim = ws.claim("shells")
    assert updated.evidence(claim) == fresh.evidence(claim)


def test_token_ids_of_joined_texts_are_those_text_by_text() -> None:
    """The build tokenises a chunk's passages joined by line breaks: what
    ends one text (a phrase, a number before "C") must not reach the next."""
    import numpy as np

    from workbench.evidence.text import TermIds

    texts = [
        "North Korea shipped 2", "C of shells to the United", "States.", "", "It rose 2°",
        "C, said the U.S.", "Déjà vu: the “Security Council” met on Monday",
        "no stop words here, none at all", "a line\nbreak inside", "United States",
    ]
    for batch in (texts, texts[:8], texts[:1], []):
        ids = TermIds()
        flat, counts = ids.ids_of(batch)
        one_by_one = TermIds()
        rows = [one_by_one.ids(t) for t in batch]
        assert flat.tolist() == [i for row in rows for i in row]
        assert counts.tolist() == [len(row) for row in rows]
        assert ids.terms == one_by_one.terms
        assert [[ids.terms[i] for i in row] for row in rows] == [tokens(t) for t in batch]
        assert flat.dtype == np.int32


def test_a_denial_barely_about_the_claim_is_not_shown(tmp_path: Path) -> None:
    # "a hoax" in another story that shares one word is noise, not evidence.
    result = _evidence(
        tmp_path,
        "The mayor opened the new bridge over the river on Monday.",
        news="The mayor opened the new bridge over the river on Monday.\n\nCrowds cheered.\n",
        denial="The mayor denied that the new bridge over the river was opened on Monday.\n",
        other="A photo of a bridge in Norway that went viral was a hoax.\n",
    )
    assert [i.article for i in result.contradict] == ["denial"]


def test_a_possibility_ranks_below_a_statement(tmp_path: Path) -> None:
    # "may have bought" says it could be so; the claim says it is.
    result = _evidence(
        tmp_path,
        "Russia bought weapons from Iran in May.",
        maybe="Russia may have bought weapons from Iran in May.\n",
        flat="Russia bought weapons from Iran in May, officials in Tehran and Moscow said.\n",
    )
    assert [i.article for i in result.support] == ["flat", "maybe"]


def test_a_party_calling_it_a_fabrication_is_no_verdict_of_the_article(tmp_path: Path) -> None:
    # A wire that reports the accusation and that the other side "calls it
    # a fabrication" takes no side: its statements of the accusation still
    # back the claim. A writer's own "This is a fabrication" does take one.
    claim = "A Hanvari militia boat rammed the Kalindan trawler at Pelican Reef."
    wire = (
        "The trawler was rammed by a Hanvari militia boat at Pelican Reef before sunrise, the "
        "Kalindan coast guard said.\n\nA Hanvari foreign ministry spokesperson called the "
        'Kalindan account of the ramming at Pelican Reef "a fabrication from beginning to end."\n'
    )
    result = _evidence(tmp_path, claim, wire=wire)
    assert "wire" in [i.article for i in result.support]
    assert not any("calling it" in i.reason for i in result.related)
    agency = (
        "The trawler was rammed by a Hanvari militia boat at Pelican Reef before sunrise, the "
        "Kalindan coast guard said.\n\nThis is a fabrication from beginning to end.\n"
    )
    (tmp_path / "agency").mkdir()
    result = _evidence(tmp_path / "agency", claim, agency=agency)
    assert "agency" not in [i.article for i in result.support]
    assert any("calling it" in i.reason for i in result.related)


def test_a_partys_quotation_going_on_is_no_verdict_of_the_article(tmp_path: Path) -> None:
    # The operator's "is a fabrication" continues its director's quotation:
    # the paper reports it, and its own account of the engine still counts.
    claim = "The ferry lost engine power shortly before it overturned."
    paper = (
        "The Sela Dawn lost engine power minutes before the ferry overturned, the operator "
        "said.\n\n"
        '"We sailed within our licence," managing director Teodor Ansu said. '
        '"The figure of 300 being circulated by the ministry is a fabrication."\n'
    )
    result = _evidence(tmp_path, claim, paper=paper)
    assert "paper" in [i.article for i in result.support]
    assert not any("calling it" in i.reason for i in result.related)


def test_a_passage_negating_what_a_verdict_calls_false_backs_it() -> None:
    claim = "Vennar says the leaked laboratory report is fake."
    assert _stance(claim, '"The leaked document is not a Vennar report," he said.') \
        == "support"
    assert _stance(claim, "The leaked laboratory report recorded cyanide at 4.5 times the "
                   "limit.") == "contradict"
    # only what the verdict calls false: the speaker negated is not it
    assert _stance(claim, "The leaked laboratory report was not written by Vennar.") \
        == "support"


def test_a_figure_later_corrected_is_taken_back() -> None:
    claim = "The leaked report measured cyanide at 45 times the permitted level."
    passage = ("One newspaper reported the leaked report to show cyanide at 45 times the "
               "permitted level, a figure the paper later corrected.")
    assert _stance(claim, passage) == "contradict"
    assert _stance(claim, "The leaked report measured cyanide at 45 times the permitted "
                   "level.") == "support"


def test_another_time_of_day_for_the_same_moment_contradicts() -> None:
    claim = "The ferry capsized before 7 p.m. on Tuesday."
    assert _stance(claim, "The ferry capsized at 7:05 p.m. on Tuesday.") == "contradict"
    assert _stance(claim, "The ferry capsized at around 7:15 pm on Tuesday.") == "contradict"
    assert _stance(claim, "The ferry capsized at about 6:40 p.m. on Tuesday.") == "support"
    # "about 7:05" may be before 7; a few minutes apart is one moment
    assert _stance(claim, "The ferry capsized at about 7:05 p.m. on Tuesday.") == "support"
    exact = "The ferry capsized at 6:40 p.m. on Tuesday."
    assert _stance(exact, "The ferry capsized at 6:45 p.m. on Tuesday.") == "support"
    assert _stance(exact, "The ferry capsized at 19:15 on Tuesday.") == "contradict"
    # any of the passage's times may be the claim's moment
    assert _stance(exact, "The ferry left at 6:00 p.m. and capsized at 6:40 p.m. on "
                   "Tuesday.") == "support"
    # clocks in another zone are not compared; "7 p.m." counts nothing
    assert _stance(exact, "The ferry capsized at 17:40 GMT on Tuesday.") == "support"
    assert analyse("It sailed at 7 p.m. and at 8pm.").counted == {}


def test_not_denying_is_no_denial_and_no_assertion() -> None:
    passage = "The ministry has not denied that its drones were in the air over the ridge."
    # against a claim that it denies: it does not
    assert _stance("The defence ministry denies that its drones flew over the ridge.",
                   passage) == "contradict"
    # against the act itself: it neither confirms it nor negates the drones
    assert _stance("Drones flew over the ridge.", passage) == "related"
    assert _stance("Drones flew over the ridge.",
                   "The ministry denied that its drones were over the ridge.") == "contradict"


def test_killed_and_died_are_one_fate_and_a_death_toll_counts_people() -> None:
    assert set(tokens("63 people were killed")) == set(tokens("63 people died"))
    claim = "Sixty-three people were killed when the ferry capsized."
    assert _stance(claim, "When the ferry capsized, the death toll stood at 41.") \
        == "contradict"
    assert _stance(claim, "When the ferry capsized, the death toll rose to 63.") == "support"
    # a toll of something else is its own measure
    assert analyse("The toll rose to 5 dollars on the bridge.").counted.keys() == {"toll"}


def test_a_share_or_level_of_the_same_named_thing_is_compared_at_low_coverage() -> None:
    def at_a_third(claim: str, passage: str) -> str:
        c, p = _cue(claim), _cue(passage)
        shared = set(tokens(claim)) & set(tokens(passage))
        return decide(c, p, shared, claim_denies(c), 0.3, 0.3).stance

    turnout = "Turnout in the presidential election was 61.4 percent."
    assert at_a_third(turnout, "Observers put real turnout at around 48 percent.") \
        == "contradict"
    assert at_a_third("Korlo was re-elected with 52.3 percent of the vote.",
                      "The tally shows Korlo on 47.8 percent.") == "contradict"
    # another thing's level, or a change, is not the claim's figure
    assert at_a_third(turnout, "Inflation last year was 48 percent.") != "contradict"
    assert analyse("Turnout rose 5 percent.").count_context is None


def test_another_weekday_beside_the_same_words_contradicts_at_low_coverage() -> None:
    claim = _cue("The local commanders held their meeting at the Sarrow crossing on Thursday.")

    def at_a_third(passage: str) -> str:
        p = _cue(passage)
        return decide(claim, p, set(claim.tokens) & set(p.tokens), False, 0.3, 0.3).stance

    assert at_a_third("Colonel Farrowe met his counterpart at the Sarrow crossing on "
                      "Friday.") == "contradict"
    assert at_a_third("Colonel Farrowe met his counterpart at the Sarrow crossing on "
                      "Thursday.") == "support"
    # another weekday of something else
    assert at_a_third("The commanders, who met at the crossing, flew home on Friday, "
                      "officials in the capital said.") == "support"


def test_no_fewer_than_is_a_bound_not_a_negation() -> None:
    claim = "No fewer than eleven soldiers were killed in the clash."
    assert not claim_denies(analyse(claim))
    assert analyse(claim).counted == {canon("soldiers"): {">11"}}
    assert _stance(claim, "The army dismissed the claim that eleven soldiers were killed in "
                   "the clash as pure invention.") == "contradict"
    assert _stance(claim, "Eleven soldiers were killed in the clash.") == "support"


def test_a_withdrawal_another_party_demands_is_not_done() -> None:
    for text in ("The opposition leader has called for the commission chairman to resign.",
                 "Protesters urged the minister to step down."):
        assert analyse(text).withdrawal is None, text
    # one's own wish, or a decision, is still a withdrawal
    assert analyse("He wants to quit the film.").withdrawal == "quit"
    assert analyse("Bale has decided to part ways with the film.").withdrawal == "part ways"
    assert _stance("The opposition leader has called for the chairman's resignation.",
                   "The opposition leader has called for the chairman to resign.") == "support"


def test_a_link_denied_contradicts_a_claimed_cause_only() -> None:
    claim = "Road construction near the frontier set off the clash."
    assert _stance(claim, "The road construction has no connection whatsoever to the "
                   "incident, the ministry stressed.") == "contradict"
    assert _stance(claim, '"The road construction has nothing to do with what happened on '
                   'Tuesday," he said.') == "contradict"
    # a claim stating no link or cause is not what the passage denies
    assert _stance("Road construction near the frontier began in May.",
                   "The road construction has nothing to do with the clash.") != "contradict"


def test_lacked_negates_but_not_in_a_clause_describing_a_thing() -> None:
    claim = "International observers said the tabulation lacked transparency."
    assert claim_denies(analyse(claim))
    assert _stance(claim, "International observers praised the transparency of the "
                   "tabulation.") == "contradict"
    assert analyse("It differed from a schematic that lacked temperature units.").negations \
        == []


def test_no_subject_claims_deny_the_predicate() -> None:
    claim = "No crew member was hurt when the ship was taken."
    assert _stance(claim, "All crew members are safe and are being treated well.") == "support"
    assert _stance(claim, "Two crew members were hurt when the ship was taken.") \
        == "contradict"
    # a light verb leaves the denial on the noun; an object "no" denies it all
    assert _stance("No dredging had been carried out in the channel since 2021.",
                   "The channel had been dredged as recently as January.") == "contradict"
    assert _stance("The sun has shown no long-term trend since 1950.",
                   "The sun has shown a long-term warming trend since 1950.") == "contradict"


def test_a_denial_beside_another_partys_statement_denies_that_party_nothing() -> None:
    claim = "Ambrel's government has described the seizure as piracy."
    assert _stance(claim, "The owner has dismissed the allegations as groundless, and Ambrel's "
                   "government has described the seizure as piracy.") == "support"


def test_a_negated_stop_goes_on() -> None:
    assert analyse("Parents should not stop vaccinating their children.").negations == []
    assert analyse("The plant never stopped working.").negations == []
    assert analyse("No stop was made at the port.").negations == [0]  # a noun's "no"
    assert _stance("The minister told parents to keep vaccinating their children.",
                   '"Parents should not stop vaccinating their children," he said.') == "support"
    assert _stance("The plant stopped working in May.", "The plant never stopped working in "
                   "May.") == "contradict"


def test_contrary_to_a_claim_denies_what_follows_and_states_what_comes_before() -> None:
    passage = ("Registry records show the Orla Meridian's Vessaly registration is current, "
               "contrary to the navy's claim that it had expired in April.")
    assert _stance("The Orla Meridian is registered in Vessaly.", passage) == "support"
    assert _stance("The Orla Meridian's registration expired in April.", passage) \
        == "contradict"
    # it says what it denies, so it answers no sentence before it
    assert denies_own_clause(analyse(passage))


def test_rejecting_a_demand_for_x_refuses_x() -> None:
    passage = ("The ministry has so far rejected opposition demands for an independent "
               "inquiry, saying its own inspectors can establish the facts.")
    assert _stance("The health minister has set up an independent inquiry.", passage) \
        == "contradict"
    petition = analyse("The court rejected the Civic Forward Party's petition for a recount.")
    assert [petition.words[i] for i in petition.negations] == ["for"]
    # rejecting an offer is still no denial and refuses nothing named after it
    assert analyse("The union rejected the pay offer for nurses.").negations == []


def test_another_position_contradicts_and_is_no_count() -> None:
    claim = "The ship was stopped at 12°18'N, 44°51'E."
    assert _stance(claim, "The ship stopped at approximately 12°09'N, 44°40'E on Tuesday.") \
        == "contradict"
    assert _stance(claim, "The ship stopped at 12°18'N, 44°52'E on Tuesday.") == "support"
    assert analyse(claim).counted == {}
    assert analyse("Temperatures rose by 5°C.").counted  # a temperature is still a figure
    c, p = _cue(claim), _cue("The ship stopped at 12°09'N, 44°40'E on Tuesday.")
    shared = set(c.tokens) & set(p.tokens)
    assert decide(c, p, shared, False).reason == "position differs: 12°09'N / 12°18'N"
    # the words in common are shown, not the figures and letters of a position
    same = _cue("The ship was stopped at 12°18'N, 44°51'E, the navy said.")
    assert decide(c, same, set(c.tokens) & set(same.tokens), False).reason \
        == "attributed ('said'): ship, stopped"


def test_denying_a_claim_of_fakery_contradicts_the_fakery() -> None:
    claim = "The footage of crates in the hold shown on state television was faked."
    assert _stance(claim, "The footage is authentic, the General Staff said, dismissing as lies "
                   "the claims by the ship's owner that it had been manipulated.") == "contradict"
    assert _stance(claim, "Claims that the footage was doctored do not survive scrutiny.") \
        == "contradict"
    # calling it doctored, or denying something else, backs the claim
    assert _stance(claim, "The ministry dismissed the footage as doctored.") == "support"


def test_an_answer_denying_claims_of_fakery_contradicts_the_fakery(tmp_path: Path) -> None:
    claim = "The footage of crates in the hold shown on state television was faked."
    state = (
        "State television showed footage of crates in the hold of the seized ship.\n\n"
        "It is authentic and unedited, the General Staff said, dismissing as lies the "
        "allegations by the owner that it had been manipulated.\n"
    )
    result = _evidence(tmp_path, claim, state=state)
    assert any("dismissing as lies" in i.text for i in result.contradict)
    assert not any("dismissing as lies" in i.text for i in result.support)


def test_head_of_cattle_counts_cattle_and_what_befell_is_no_compound_head() -> None:
    assert analyse("At least 30 head of cattle have died.").counted == {canon("cattle"): {">30"}}
    assert analyse("Eleven cattle died after drinking from the river.").counted \
        == {canon("cattle"): {"11"}}
    assert analyse("The fire killed 210 rescue workers.").counted == {canon("workers"): {"210"}}
    assert _stance("Eleven cattle died after drinking from the river.",
                   "At least 30 head of cattle have died after drinking from the river.") \
        == "contradict"


def test_a_count_reads_past_an_adjective_and_back_from_in_all() -> None:
    assert analyse("They attended five different schools.").counted == {canon("schools"): {"5"}}
    assert analyse("A recount at a handful of polling stations, 14 in all, was ordered."
                   ).counted == analyse("A recount at 14 polling stations was ordered.").counted
    assert _stance("The children who fell ill attended five different schools.",
                   "The children who fell ill attended seven schools.") == "contradict"


def test_one_word_of_a_longer_denial_is_not_what_it_denies() -> None:
    claim = "The operator dismisses the ministry's overloading allegation."
    assert _stance(claim, "The ministry put the death toll at 41 on Thursday.") != "contradict"
    assert _stance(claim, "The ministry says the ferry was overloaded.") == "contradict"


def test_counted_reports_and_withdrawn_goods_are_facts() -> None:
    # a count of reports received is a fact, "reports of" alone a hedge
    assert _stance("Thirty-seven patients have reported suspected side effects.",
                   "The regulator said it had received 37 reports of suspected side effects "
                   "among patients.") == "support"
    assert _stance("Explosions were heard in Kyiv.", "There were reports of explosions in "
                   "Kyiv.") == "related"
    # goods "to be withdrawn" are no party backing out
    assert _stance("The regulator required twelve lots of Cardivex to be withdrawn.",
                   "The regulator ordered the company to recall twelve lots of Cardivex.") \
        == "support"


def test_a_vote_cast_another_way_contradicts() -> None:
    passage = "Hanvar and Torvel voted against; Estrava, which chairs the council, abstained."
    assert _stance("Hanvar voted in favour of the regional sanctions measure.", passage) \
        == "contradict"
    # one of the passage's voters may have voted as the claim says
    assert _stance("Estrava abstained in the sanctions vote.", passage) == "support"
    assert _stance("The senate voted against the bill.", "The senate voted for the bill.") \
        == "contradict"
    assert _stance("The senate voted for the bill.", "The senate voted 60-40 for the bill.") \
        == "support"


def test_this_is_a_fabrication_is_about_the_sentence_before(tmp_path: Path) -> None:
    # "This is ..." answers what came before; it is no verdict on every
    # claim the article touches.
    agency = (
        "Certain quarters in Kalinda spread the report that a Hanvari vessel rammed a fishing "
        "boat at Tergan Shoal. This is a fabrication from beginning to end.\n\n"
        "The foreign ministers met in Lumora on 20 March, the agency said.\n"
    )
    result = _evidence(tmp_path, "The foreign ministers met in Lumora on 20 March.",
                       agency=agency)
    assert [i.article for i in result.support] == ["agency"]
    assert not result.contradict
    (tmp_path / "ramming").mkdir()
    result = _evidence(tmp_path / "ramming", "A Hanvari vessel rammed a fishing boat.",
                       agency=agency)
    assert any("fabrication" in i.text for i in result.contradict)


def test_invented_and_concocted_deny() -> None:
    claim = "Hanvar's foreign ministry describes Kalinda's ramming accusation as invented."
    assert _stance(claim, "Hanvar's foreign ministry rejected the ramming accusation as a "
                   "fabrication.") == "support"
    assert _stance(claim, "A Hanvari boat rammed the trawler, Kalinda's coast guard said.") \
        == "contradict"
    assert _stance("A Hanvari boat rammed the trawler.",
                   "The ministry said the ramming story was concocted.") == "contradict"


def test_denied_wrongdoing_denies_and_withholding_is_hiding() -> None:
    claim = "Aldermoor hid laboratory findings that showed its tablets were contaminated."
    # "wrongdoing" names no other thing: it is what the claim accuses
    assert _stance(claim, "Aldermoor has denied wrongdoing.") == "contradict"
    assert _stance(claim, "Aldermoor denied paying any bribes.") != "contradict"
    # withholding data is hiding it
    assert tokens("withheld") == tokens("hid") == tokens("concealed")


def test_a_route_run_the_other_way_contradicts() -> None:
    claim = "The Antarctic Circumpolar Current flows from east to west around Antarctica."
    assert _stance(claim, "The Antarctic Circumpolar Current is the largest ocean current and "
                   "flows from west to east around Antarctica.") == "contradict"
    assert _stance("Kim flew from Moscow to Pyongyang.",
                   "Kim flew from Pyongyang to Moscow on Tuesday.") == "contradict"
    assert _stance("Kim flew from Moscow to Pyongyang.",
                   "Kim flew from Moscow to Pyongyang on Tuesday.") == "support"


def test_no_more_than_is_a_ceiling_and_a_thousand_is_a_number() -> None:
    claim = "Police estimated that no more than 8,000 people took part in the rally."
    assert _stance(claim, "Police said 7,500 people took part in the rally.") == "support"
    assert _stance(claim, "Police said 9,500 people took part in the rally.") == "contradict"
    assert analyse("More than a thousand people were detained.").counted == {"peopl": {">1000"}}
    assert _stance("A dozen fishermen were aboard the trawler.",
                   "Fourteen fishermen were aboard the trawler.") == "contradict"


def test_are_lies_denies() -> None:
    quote = 'It added: "Claims by certain media outlets of dozens of dead are lies."'
    assert _stance("Dozens of demonstrators died in the square.", quote) == "contradict"
    assert _stance("The ministry called reports of dozens of deaths falsehoods.", quote) \
        == "support"


def test_fatalities_are_deaths() -> None:
    assert tokens("fatalities") == tokens("deaths")
    assert _stance("The rights centre has recorded 34 fatalities.",
                   "The rights centre has now documented 43 deaths.") == "contradict"


def test_a_hedge_covers_only_what_it_hedges() -> None:
    un = ("A spokeswoman for the UN human rights office said the office was deeply alarmed by "
          "reports of the use of lethal force and called for an independent investigation.")
    assert _stance("The UN human rights office called for an independent investigation.", un) \
        == "support"
    assert _stance("Security forces used lethal force.", un) == "related"
    # the hedge's own "of", not the first "of" of the sentence
    head = un.replace("A spokeswoman for", "The head of")
    assert _stance("The UN human rights office called for an independent investigation.",
                   head) == "support"
    penalty = ("Kalnay, who is accused of organising mass unrest, faces up to fifteen years in "
               "prison.")
    assert _stance("Kalnay could be jailed for as long as 20 years.", penalty) == "contradict"
    assert _stance("Kalnay organised mass unrest.", penalty) == "related"
    # a quotation in what is hedged is part of it
    accusation = ('The deputy foreign minister accused the US of "unjust and outrageous '
                  'hostility" towards Pyongyang and Moscow.')
    assert _stance("The US is hostile to Pyongyang and Moscow.", accusation) == "related"


def test_a_deliberate_shutdown_is_shutting_down_intentionally() -> None:
    assert set(tokens("the shutdown was deliberate")) == set(tokens("intentionally shut down"))


def test_a_round_bound_holds_for_a_higher_bound_the_same_way() -> None:
    claim = "More than a thousand people were arrested in the crackdown."
    assert _stance(claim, "The group said more than 1,200 people had been arrested in the "
                   "crackdown.") == "support"
    assert _stance(claim, "More than 800 people were arrested in the crackdown.") \
        == "contradict"
    # two precise bounds the same way are a misquote
    assert _stance("More than 24,000 people fled.", "More than 42,000 people fled.") \
        == "contradict"


def test_votes_to_and_stepping_down_and_taking_part() -> None:
    assert _stance("The court rejected the petition unanimously.",
                   "The court rejected the petition by seven votes to two.") == "contradict"
    assert analyse("It passed by 7 votes to 2.").scores == {"7-2"}
    assert tokens("stepped down") == tokens("resigned") == tokens("quit")
    assert set(tokens("took part")) == set(tokens("turnout"))
    assert tokens("forgery") == tokens("fake")
    assert tokens("forged") != tokens("fake")  # "forged closer ties"


def test_made_up_of_and_fake_ballots_are_no_verdicts() -> None:
    for text in ("The difference was made up with fake ballots.",
                 "The panel is made up of five judges.", "They used forged passports."):
        c = analyse(text)
        assert (c.denial, c.verdict) == (None, None), text
    for text in ("The story was made up.", "This is fake news.", "The photo is fake.",
                 "He spread false claims."):
        assert analyse(text).verdict is not None, text


def test_dismissing_reports_denies_and_a_dismissed_official_is_fired() -> None:
    assert _stance("Election official Ristea resigned.",
                   "Ristea dismissed opposition reports that he had quit.") == "contradict"
    for fired in ("Absent from duty for 25 years, CPWD official dismissed",
                  "He was dismissed from service on Thursday.",
                  "The company dismissed two managers."):
        assert analyse(fired).denial is None, fired
    assert analyse("The report was dismissed by officials.").denial is not None
    assert analyse("The document is a forgery.").denial == "forgery"
    assert _stance("The court ruled unanimously.",
                   "The two dissenting judges argued for a recount.") == "contradict"


def test_a_naming_verb_makes_a_verdict_another_s_only_close_before_it() -> None:
    from workbench.evidence.stance import verdict_of_another
    assert verdict_of_another(analyse(
        'The spokesperson called the Kalindan account "a fabrication from beginning to end."'))
    assert verdict_of_another(analyse(
        'Ms Danek described reports that Minister Vosk had resigned as "false and '
        'irresponsible".'))
    kcna = ("Recently, the U.S. groundlessly termed the development of the good neighborly "
            'relations between the two countries "violation of resolutions" of the UN in a bid '
            "to give the world public a false impression that the cooperation poses a threat.")
    assert analyse(kcna).verdict == "false"
    assert not verdict_of_another(analyse(kcna))


def test_a_dateline_dates_the_report_not_the_event() -> None:
    lede = ("DORNAZ, Astrava, March 5 (CNW) - The Karsk dam broke on Monday night, 3 March, "
            "officials said.")
    assert analyse(lede).dates == {("mar", 3)}
    assert _stance("The Karsk dam broke on 3 March.", lede) == "support"
    assert analyse("LENPORT, 7 March (ASTRAPRESS) - The dam was inspected in January.").months \
        == {"january"}


def test_never_before_recorded_is_unprecedented() -> None:
    assert _stance("The ministry blamed the dam failure on unprecedented rainfall in the basin.",
                   "The ministry said the failure was caused by rainfall of an intensity never "
                   "before recorded in the basin.") == "support"


def test_a_correction_denies_what_the_earlier_version_said() -> None:
    note = ("[Editor's note: An earlier version of this article stated that the curfew in "
            "Druvka came into force on 3 June.]")
    assert _stance("A curfew came into force in Druvka on 3 June.", note) == "contradict"
    # a correction of something else denies nothing
    assert analyse("[Correction: An earlier version of this article described Mr Ristea as the "
                   "commission's chairman.]").denial is None


def test_people_are_counted_under_any_name_and_vague_counts_have_a_range() -> None:
    assert _stance("Twelve fishermen were aboard the Santa Ines III.",
                   "Relatives of its 14 crew members said they were aboard the Santa Ines "
                   "III.") == "contradict"
    claim = "Dozens of demonstrators died when security forces cleared the square."
    assert _stance(claim, "At least 40 people were killed when security forces cleared the "
                   "square.") == "support"
    assert _stance(claim, "Three people died when security forces cleared the square.") \
        == "contradict"
    assert _stance("Several people died in the fire.", "Five people died in the fire.") \
        == "support"


def test_granted_and_rejected_halted_and_in_force_are_opposites() -> None:
    assert _stance("A judge granted Mira Kalnay bail.",
                   "A judge rejected Mira Kalnay's request for bail.") == "contradict"
    assert _stance("The lender halted its loan to Astrava.",
                   "The lender confirmed that its loan to Astrava remains in force.") \
        == "contradict"
    # "halt" names no suspension of particles ("soot suspended in the air")
    assert tokens("halt") != tokens("suspended")


def test_deaths_count_people() -> None:
    assert _stance("The emergency agency has confirmed 74 deaths.",
                   "The emergency agency said on Wednesday that 47 people had died.") \
        == "contradict"


def test_a_passage_giving_the_claim_s_figure_unnamed_does_not_contradict_it() -> None:
    claim = "Police estimated that no more than 8,000 people took part in the rally."
    assert _stance(claim, "Organisers said more than 150,000 people attended the rally, while "
                   "police put the number at no more than 8,000.") == "support"
    assert _stance(claim, "Organisers said more than 150,000 people attended the rally.") \
        == "contradict"


def test_stepping_down_is_still_a_withdrawal_once_it_is_one_word() -> None:
    claim = "Pavel Ristea, deputy head of the electoral commission, stepped down in protest."
    assert analyse(claim).withdrawal == "stepped down"
    assert _stance(claim, "Pavel Ristea, the commission's deputy chairman, resigned on Thursday "
                   "night in protest.") == "support"


def test_stopping_short_of_invoking_is_not_triggering() -> None:
    assert _stance("The defence pact triggered its mutual defence clause after the attack.",
                   "The defence pact condemned the attack but stopped short of invoking its "
                   "mutual defence clause.") == "contradict"


def test_thousands_hold_tens_of_thousands() -> None:
    assert _stance("Thousands of people protested in the capital.",
                   "About 40,000 people protested in the capital.") == "support"


def _at(claim: str, passage: str, coverage: float) -> str:
    c, p = _cue(claim), _cue(passage)
    shared = set(tokens(claim)) & set(tokens(passage))
    return decide(c, p, shared, claim_denies(c), coverage, coverage).stance


def test_a_count_of_the_claim_s_thing_contradicts_at_lower_coverage() -> None:
    claim = "The power cut affected roughly 140,000 customers."
    passage = "The attack knocked out power to about 410,000 customers."
    assert _at(claim, passage, 0.3) == "contradict"
    assert _at(claim, passage, 0.2) != "contradict"  # too little of the claim
    # people counted under another name, with the act counted in common
    assert _at("More than a thousand people were arrested in the crackdown.",
               "It said 212 persons had been detained.", 0.3) == "contradict"
    # another act counted: not the claim's count
    assert _at("Police estimated that around 50,000 people protested in Drevan.",
               "The interior ministry said 46 people were detained.", 0.3) != "contradict"
    # a vague count, or a physical unit, which measures many things, keeps the full bar
    assert _at("Dozens of demonstrators died in the square.",
               "Two demonstrators died in a crush.", 0.3) != "contradict"
    sea = "Sea levels would rise by around 7 metres should the ice sheet melt."
    melt = "Ice melt made sea levels rise about 35 metres in the early Holocene."
    assert _at(sea, melt, 0.3) != "contradict"
    assert _at(sea, melt, 0.6) == "contradict"


def test_a_weekday_in_the_possessive_is_that_day() -> None:
    claim = "An air strike hit the central market in Korvo on Tuesday, March 4."
    assert analyse("Tuesday's raid on Korvo").weekdays == {"tuesday"}
    assert _stance(claim, "The death toll from Tuesday's air raid on the Korvo market rose "
                   "to 38 on Wednesday.") == "support"


def test_a_passage_stating_the_claim_s_figure_among_others_does_not_contradict_it() -> None:
    claim = "Eighty-six people were wounded in the Korvo attack."
    assert _stance(claim, "The strike hit at 10:20, killing 31 people and wounding 86, the "
                   "health ministry said.") == "support"
    assert _stance(claim, "The strike hit at 10:20, killing 31 people and wounding 97, the "
                   "health ministry said.") == "contradict"


def test_a_count_of_what_befell_people_counts_people_who_suffered_the_same() -> None:
    wounded = "Eighty-six people were wounded in the Korvo attack."
    assert _stance(wounded, "Hospitals in Korvo are treating 97 wounded after the attack.") \
        == "contradict"
    assert _stance(wounded, "In Korvo 41 dead were counted after the attack.") == "support"
    assert _stance("Thirty-eight people died in the attack on Korvo's market.",
                   "The attack on Korvo's market left 42 dead.") == "contradict"


def test_a_negation_set_off_by_commas_contrasts_and_denies_nothing_beyond() -> None:
    claim = "A Valdaran interceptor missile that went astray, not a bomb, caused the Korvo blast."
    assert not claim_denies(analyse(claim))
    assert _stance(claim, "The spokesman said the explosion in Korvo was caused by a Valdaran "
                   "air-defence missile that went astray after launch.") == "support"
    assert _stance(claim, "A guided bomb caused the Korvo blast, the analysts said.") \
        == "contradict"
    # a negation not closed by a comma still denies
    assert claim_denies(analyse("The Korvo blast was not caused by a bomb."))


def test_a_headline_s_speaker_label_makes_the_verdict_that_party_s() -> None:
    assert verdict_of_another(analyse(
        'Defence Ministry: "Korvo market strike" is a crude fabrication of the regime'))
    # the writer's own labels
    assert not verdict_of_another(analyse("Note: This article is satire, it is not real."))
    assert not verdict_of_another(analyse("Hoax Alert: Father O'Neal is made up"))


def test_having_stopped_doing_a_thing_negates_it() -> None:
    claim = "The Korvo hospital had stopped working as a medical facility."
    assert claim_denies(analyse(claim))
    assert _stance(claim, "The building has not operated as a medical facility since the "
                   "autumn of 2024.") == "support"
    # a thing stopped, a demand to stop, a term: no negation
    assert not analyse("Police stopped the car near the border.").negations
    assert not analyse("a message to the U.S. to stop intervening in Iraq").negations
    assert not analyse("Water vapor in the stratosphere stopped global warming.").negations


def test_a_staged_provocation_is_a_denial() -> None:
    denial = "The ministry says the reports of a strike on Korvo were fabricated."
    passage = "The Valdaran side is staging a provocation on Korvo for foreign journalists."
    assert analyse(passage).denial == "staging a provocation"
    assert _stance(denial, passage) == "support"
    assert analyse("Protesters staged a rally in the capital.").denial is None


def test_calling_an_accusation_a_provocation_denies_it() -> None:
    claim = "Karthenia's foreign ministry says the accusation of its involvement is a provocation."
    assert claim_denies(analyse(claim))
    assert _stance(claim, "Karthenia's foreign ministry has denied any involvement.") == "support"
    assert analyse("They warned against any military provocation by the US.").denial is None


def test_a_date_of_the_claim_s_own_act_differs_at_lower_coverage() -> None:
    claim = "The cyberattack on ValGrid began on 9 March."
    assert _at(claim, "It began late on the night of 8 March, the company said.", 0.3) \
        == "contradict"
    # a date of something else
    assert _at(claim, "Talks were held on 8 March, the company said.", 0.3) != "contradict"


def test_a_share_of_the_claim_s_own_thing_differs_at_lower_coverage() -> None:
    claim = "The commission announced that Vaskan won with 54.2 percent of the vote."
    assert _at(claim, "Vaskan won the run-off with 52.4% of the vote, officials said.", 0.3) \
        == "contradict"
    # a percentage that is no share of a named whole ("rose 5%") keeps the full bar
    assert _at("Prices rose 5% in March, the bureau said.",
               "Wages rose 3%, the bureau said.", 0.3) != "contradict"


def test_what_a_claim_sets_aside_with_rather_than_it_negates() -> None:
    claim = ("Aldermoor pulled the Cardivex batches of its own accord rather than under a "
             "regulatory order.")
    assert "order" in analyse(claim).contrasted
    passage = "The regulator ordered Aldermoor to recall the Cardivex batches it pulled."
    assert _at(claim, passage, 0.6) == "contradict"
    assert _at(claim, passage, 0.3) != "contradict"  # not clearly the same event
    # what the rest of the claim says too is not set aside
    assert "data" not in analyse("Using satellite data rather than tide-gauge data is "
                                 "more precise.").contrasted


def test_a_number_too_long_for_a_float_is_no_figure_not_a_crash() -> None:
    for text in ("1" + "0" * 309, "Pyongyang supplied " + "1" * 400 + " shells", "٣" * 310,
                 "1,000" * 200, "its " + "1" * 5000 + "th attempt", "$" + "9" * 5000 + " million"):
        analyse(text)
    assert _stance("Pyongyang supplied 1,000 shells.", "Pyongyang supplied " + "1" * 400
                   + " shells.") in ("support", "contradict", "related")


def test_every_comma_contrast_of_a_long_text_is_read() -> None:
    c = analyse("It was an interceptor, not a bomb, that fell" + ", and then, not a shell, x" * 50)
    assert len(c.negation_ends) == 51


def test_another_cause_of_the_same_thing_contradicts() -> None:
    claim = "The death of a Marrin pensioner was caused by breathing in ammonia."
    assert _stance(claim, "The death of the Marrin pensioner was caused by a chronic heart "
                   "condition, the hospital said.") == "contradict"
    # the claim's cause named too, or no cause named: no such difference
    assert _stance(claim, "The death of the Marrin pensioner was caused by breathing in "
                   "ammonia, not by a heart condition.") != "contradict"
    assert _stance(claim, "The Marrin pensioner's death shocked the village.") != "contradict"


def test_what_a_denial_calls_the_denied_is_not_what_it_denies() -> None:
    claim = "Governor Teodor Vranek has dismissed reports about the leak as panic-mongering."
    # sharing the verdict's word asserts nothing the governor denies
    assert _stance(claim, "Governor Teodor Vranek warned against panic-mongering by certain "
                   "media.") == "related"
    assert _stance(claim, "Ammonia leaked from the plant overnight, residents said.") \
        == "contradict"


def test_a_figure_in_another_unit_of_the_same_measure_is_compared() -> None:
    claim = "Several tonnes of ammonia were released from the Brask plant."
    assert _stance(claim, "Approximately 40 kilograms of ammonia were released from the Brask "
                   "plant.") == "contradict"
    assert _stance("About 3 tonnes of ammonia were released from the Brask plant.",
                   "Some 3,000 kilograms of ammonia were released from the Brask plant.") \
        == "support"
    # a converted figure is approximate: 12 metres is a 40-foot crater
    crater = "Meteor leaves 40-foot crater near Managua's airport."
    assert _stance(crater, "The meteor left a crater 12 metres wide near Managua's airport.") \
        == "support"
    assert _stance(crater, "The meteor left a crater 5 metres wide near Managua's airport.") \
        == "contradict"


def test_a_time_of_day_counts_nothing() -> None:
    c = analyse('"At 03:12 on Sunday, 11 May, a valve opened. Then approximately 40 kilograms '
                'of ammonia were released.')
    assert c.counted == {"kilogram": {"~40"}}
    assert _stance("Several tonnes of ammonia were released from the Brask plant.",
                   '"At 03:12 on Sunday a valve opened at the Brask plant. Then approximately 40 '
                   'kilograms of ammonia were released."') == "contradict"


def test_four_of_them_children_counts_children() -> None:
    assert analyse("Seven patients are in intensive care, four of them children.").counted \
        == {"patient": {"7"}, "children": {"4"}}
    assert _stance("Two children needed intensive care after the leak.",
                   "Seven patients are in intensive care after the leak, four of them "
                   "children.") == "contradict"


def test_a_passage_negating_what_the_claim_denies_backs_the_denial() -> None:
    claim = "Azotek denies that anyone was poisoned by the leak."
    assert _stance(claim, "There has been no mass poisoning in Brask, the company said.") \
        == "support"
    assert _stance(claim, "Doctors said dozens were poisoned by the leak.") == "contradict"


def test_a_count_by_the_claim_s_own_word_needs_no_other_word_in_common() -> None:
    claim = "Twenty-three bodies have been recovered from the sea."
    passage = "Thirty-one bodies have been brought ashore at Portovera."
    assert _at(claim, passage, 0.3) == "contradict"
    # people are counted doing anything: they still need one
    assert _at("Police estimated that around 50,000 people protested in Drevan.",
               "The interior ministry said 46 people were detained in Drevan.", 0.3) \
        != "contradict"


def test_coming_out_alive_is_surviving_and_the_dead_are_another_group() -> None:
    claim = "104 people survived the sinking off Portovera."
    assert _stance(claim, "By this evening, 96 people had come out of the water alive after "
                   "the sinking off Portovera.") == "contradict"
    # the count of the dead is no opposite of the count of survivors
    assert _stance(claim, "At least 23 people died in the sinking off Portovera.") \
        != "contradict"
    assert _stance("The marine survived the attack in Helmand.",
                   "The marine died in the attack in Helmand.") == "contradict"


def test_what_a_figure_counts_is_read_within_its_clause() -> None:
    # a comma closes the figure: the next word counts nothing
    assert analyse("The number of people aboard did not exceed 100, the ministry said.").counted \
        == {"peopl": {"<100"}}
    # a vague word is no unit
    assert "several" not in analyse("The number of missing fell to 86 after several residents "
                                    "were found alive.").counted
    assert analyse("A magnitude 6.8, the strongest in years, shook the city.").counted \
        == {"magnitud": {"6.8"}}
    assert _stance("Roughly 180 people were on the boat.",
                   "The number of people on the boat did not exceed 100, the ministry said.") \
        == "contradict"


def test_a_weekday_beside_a_date_does_not_crowd_out_what_it_dates() -> None:
    claim = "The boat went down in the early hours of Wednesday, June 12."
    passage = ("The boat that went down off our southern coast late on Tuesday, June 11 was "
               "not alone.")
    assert "went" in analyse(passage).date_context
    assert _at(claim, passage, 0.3) == "contradict"


def test_a_compound_for_people_counts_its_head() -> None:
    assert analyse("Kalvia deployed around 210 rescue workers.").counted == {"worker": {"~210"}}
    assert analyse("sanctions on four Karthenian nationals").counted == {"national": {"4"}}
    assert _stance("Valdoria imposed sanctions on six individuals over the cyberattack.",
                   "Valdoria imposed sanctions on four Karthenian nationals over the "
                   "cyberattack.") == "contradict"
    # "three hundreds of them" is 300
    assert "300" in analyse("the death of three hundreds of them").numbers


def test_calling_reports_to_the_contrary_false_is_no_verdict_on_the_account() -> None:
    assert verdict_of_another(analyse("Reports to the contrary are false and irresponsible."))
    assert not verdict_of_another(analyse("These reports are false and irresponsible."))


def test_having_ceased_an_activity_named_as_a_noun_negates_it() -> None:
    claim = "Halvex stopped manufacturing the Vela engine in 2020."
    assert _stance(claim, "Halvex ceased manufacture of the Vela engine in 2020.") == "support"
    assert analyse("Tunisia stopped flights from other Libyan airports.").negations == []


def test_not_asked_to_leave_is_not_expelled() -> None:
    assert _stance("Talvara expelled Dravenia's ambassador, Marek Oldan.",
                   "Dravenia's ambassador, Marek Oldan, remains at his post and has not been "
                   "asked to leave Talvara.") == "contradict"


def test_a_figure_the_passage_denies_is_not_its_figure() -> None:
    claim = "The wreckage of eleven drones was recovered after the Haldir attack."
    passage = "Local officials in Haldir put the number of drones brought down at nine, not 11."
    assert analyse(passage).counted == {"dron": {"9"}}
    assert _at(claim, passage, 0.3) == "contradict"


def test_nine_of_our_soldiers_killed_are_soldiers_who_died() -> None:
    assert analyse("The drones killed nine of our soldiers at Haldir.").counted \
        == {"~soldier": {"9"}}
    assert _at("Six soldiers died in the drone attack on the Haldir fuel depot.",
               '"The drones that killed nine of our soldiers at Haldir were made abroad," the '
               "general said.", 0.3) == "contradict"


def test_no_record_of_a_thing_denies_it() -> None:
    claim = "Halvex engines were sold lawfully to Esmeria's Border Guard in 2018."
    assert _stance(claim, "ATI has not seen any record of a 2018 transfer of Halvex engines "
                   "to Esmeria's Border Guard.") == "contradict"
    assert _stance(claim, "There is no record of Halvex engines going to Esmeria in 2018.") \
        == "contradict"


def test_judging_a_thing_unlikely_doubts_it() -> None:
    claim = "The patrol boat P-214 stayed in harbour at Saranth that night."
    assert _stance(claim, "It is unlikely, in our assessment, that P-214 stayed in harbour at "
                   "Saranth that night.") == "contradict"
    assert analyse("It is not unlikely that P-214 stayed in harbour.").denial is None


def test_stopped_transmitting_says_what_turned_off_says() -> None:
    claim = "The tanker's AIS transponder was turned off for eleven days in January."
    assert _stance(claim, "The tanker stopped transmitting AIS on 14 January and resumed 11 "
                   "days later.") == "support"
    # a claim that ceased by a negation keeps the passage's: both negate
    assert _stance("Halvex stopped manufacturing the Vela engine in 2020.",
                   "Halvex ceased manufacture of the Vela engine in 2020.") == "support"


def test_never_taken_part_negates_what_it_took_part_in() -> None:
    assert _stance("The Sorrel Dawn loaded oil from other tankers in ship-to-ship transfers.",
                   "The Sorrel Dawn has never taken part in a ship-to-ship transfer, the "
                   "company said.") == "contradict"


def test_a_ship_s_owner_is_no_shipping() -> None:
    assert tokens("The ship's owner") == ["vessel", "owner"]
    assert "~send" in tokens("North Korea shipped shells")
    assert _stance("The Sorrel Dawn loaded oil in ship-to-ship transfers at sea.",
                   "The Sorrel Dawn has never taken part in a ship-to-ship transfer.") \
        == "contradict"


def test_an_unknown_demonym_names_its_place() -> None:
    from workbench.evidence.stance import _place_stem

    assert _place_stem("lanvian") == _place_stem("lanvia")
    assert _place_stem("veskaran") == _place_stem("veskara")
    claim = "The owner says the fuel oil was bought and loaded in Lanvia."
    assert _stance(claim, "The owner says its cargo is Lanvian fuel oil, bought and loaded at "
                   "Port Essel.") != "contradict"


def test_seafarers_are_the_crew() -> None:
    assert _stance("Twenty-three seafarers are aboard the Sorrel Dawn.",
                   "The coast guard is holding the 25 crew members of the Sorrel Dawn aboard.") \
        == "contradict"


def test_aged_49_is_an_age() -> None:
    assert analyse("Matei Oranic, aged 49, a communications officer").counted \
        == {"age oranic": {"49"}}
    assert _stance("Matei Oranic is 47 years old.",
                   "Lieutenant Colonel Matei Oranic, aged 49, was named.") == "contradict"
