"""The corpus model on the real seeds and on hand-made hard cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.corpus import build_article, load_corpus
from workbench.corpus.decode import decode_article
from workbench.corpus.sentences import find_speaker, split_line

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def seeds():
    return load_corpus(SEEDS)


def test_every_seed_loads_without_warnings(seeds) -> None:
    assert len(seeds) == 5
    assert seeds.warnings == []


def test_offsets_are_exact_for_every_passage(seeds) -> None:
    total = 0
    for article in seeds:
        for passage in article.passages:
            assert article.text[passage.start : passage.end] == passage.text
            assert passage.text == passage.text.strip()
            total += 1
    assert total > 50


@pytest.mark.parametrize(
    "junk",
    [
        "icon bookmark",
        "HomeWorld",
        "Advertisment",
        "Google search engine",
        "Most Popular",
        "Recent Comments",
        "Podcasts",
        "25:36",
        "Articles by Choi",
        "-0-",
        "Wions",
    ],
)
def test_furniture_yields_no_passage(seeds, junk: str) -> None:
    found_in_text = any(junk in article.text for article in seeds)
    assert found_in_text, f"{junk!r} should be in some seed"
    for article in seeds:
        for passage in article.passages:
            assert junk not in passage.text


def test_furniture_is_kept_as_segments_for_the_article_view(seeds) -> None:
    article = seeds.get("000_a777f97389f9c5cd")
    kinds = {seg.why for seg in article.segments if seg.kind == "furniture"}
    assert {"icon strip", "player timestamp", "page section"} <= kinds


EXPECTED = {
    "000_a777f97389f9c5cd": ("US elites stuck in Cold War", "2023-10-01T08:04", "page timestamp"),
    "001_5db4e5b6de199b1e": ("N.Korea says relations with Russia", "2023-10-01", "text:"),
    "002_754af67394e957d5": ("North Korea defends ties with Russia", "2023-10-28", "text:"),
    "003_395012ce3a9807b8": ("North Korea criticized US Secretary of State", None, "not found"),
    "004_3b66f7a573651f08": ("Press Statement of Im Chon Il", "2023-10-01", "dateline"),
}


@pytest.mark.parametrize("article_id", sorted(EXPECTED))
def test_titles_and_dates(seeds, article_id: str) -> None:
    title, date, how = EXPECTED[article_id]
    article = seeds.get(article_id)
    assert article.title.startswith(title)
    assert article.date == date
    assert article.date_source.startswith(how)


def test_banner_that_is_a_save_date_is_explained(seeds) -> None:
    article = seeds.get("001_5db4e5b6de199b1e")
    assert "saved" in article.date_source
    assert "May 24, 2024" in article.date_source


def test_outlets_named_by_the_text(seeds) -> None:
    assert seeds.get("004_3b66f7a573651f08").outlet == "KCNA"
    assert seeds.get("001_5db4e5b6de199b1e").outlet == "Yonhap"


def test_speakers_are_recorded(seeds) -> None:
    by_text = {p.text[:40]: p.speaker for a in seeds for p in a.passages}
    speakers = set(by_text.values())
    assert "Kremlin Spokesperson Dmitry Peskov" in speakers
    assert "Im Chon Il" in speakers
    # "he said" resolves to the last named speaker
    groundless = next(p for a in seeds for p in a.passages if "groundless as a rule" in p.text)
    assert "Peskov" in groundless.speaker


def _split(line: str) -> list[str]:
    return [line[s:e] for s, e in split_line(line)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "The U.S. envoy met Mr. Kim in Sept. last year. He left.",
            ["The U.S. envoy met Mr. Kim in Sept. last year.", "He left."],
        ),
        (
            "Kim Jong-un arrived. Putin waited.",
            ["Kim Jong-un arrived.", "Putin waited."],
        ),
        (
            "“There are many such reports. They are groundless,” he said. Then he left.",
            ["“There are many such reports. They are groundless,” he said.", "Then he left."],
        ),
        (
            '"One. Two." Three.',
            ['"One. Two."', "Three."],
        ),
        (
            "Pyongyang, October 1 (KCNA) -- Im Chon Il issued a statement. It was long.",
            ["Pyongyang, October 1 (KCNA) -- Im Chon Il issued a statement.", "It was long."],
        ),
        (
            "It was sent to the U.S. The reply came.",
            ["It was sent to the U.S.", "The reply came."],
        ),
        ("Temperatures rose from c. 950 to c. 1250 in the region.", None),
        ("John F. Kennedy spoke. Crowds cheered!", ["John F. Kennedy spoke.", "Crowds cheered!"]),
    ],
)
def test_sentence_splitting_hard_cases(line: str, expected: list[str] | None) -> None:
    assert _split(line) == (expected or [line])


def test_unbalanced_quote_stays_within_its_line() -> None:
    article = build_article("x", "x.txt", "Body says “open quote. More.\nNext line here. And more.")
    texts = [p.text for p in article.passages]
    assert texts[-2:] == ["Next line here.", "And more."]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“We see no point,” Peskov said.", "Peskov"),
        ("The talks failed, according to KCNA.", "KCNA"),
        ("Choe said in a statement that ties will grow.", "Choe"),
        ("“It is over,” said Foreign Minister Lavrov.", "Foreign Minister Lavrov"),
        ("The sky is blue.", None),
        # words between the speaker and the verb are not part of the speaker
        ("Moscow has repeatedly denied the reports.", "Moscow"),
        ("The Kremlin has consistently denied supplying arms.", "Kremlin"),
        ("The Vice Minister went on to say the talks were over.", "Vice Minister"),
        ("But the Post's sources now say a deal is close.", "the Post's sources"),
        # a group named by what it is, and a named body's office
        ("US officials say North Korea shipped shells.", "US officials"),
        ("Witnesses in the Canadian capital, Ottawa, say a gunman ran inside.",
         "Witnesses in the Canadian capital"),
        ("North Korea’s foreign ministry has strongly rejected the claims.",
         "North Korea’s foreign ministry"),
        # base forms after plural subjects
        ("Russia and North Korea continue to say the arms are used in Ukraine.",
         "Russia and North Korea"),
        ("They deny it.", "They"),
        # ... but not where the word is a noun, or nobody speaks
        ("The board has the final say over the budget.", None),
        ("He made the claim in a statement.", None),
        ("Needless to say, the talks failed.", None),
        ("Rogen’s appointment is said to be in doubt.", None),
        ("Some said the hostage had been rescued.", None),
        ("Who says they are holding him?", None),
        ("Nobody announced an arms deal during the visit.", None),
        ("No one said the vote was fair.", None),
    ],
)
def test_find_speaker(sentence: str, speaker: str | None) -> None:
    assert find_speaker(sentence) == speaker


def test_he_said_resolves_past_groups_and_descriptions() -> None:
    text = (
        "Im Chon Il spoke on Monday.\n\nIm said the drills were a provocation. "
        "The Vice Minister went on to say the talks were over. "
        "Analysts say the talks may resume. He claimed the US was to blame.\n"
    )
    speakers = [p.speaker for p in build_article("x", "x.txt", text).passages]
    assert speakers == [None, "Im", "Vice Minister", "Analysts", "Im"]


def test_a_quotation_going_on_is_its_speakers() -> None:
    text = (
        '"We sailed within our licence," managing director Teodor Ansu said. '
        '"The figure of 300 is a fabrication."\n\n'
        '"A new paragraph is the writer\'s to attribute."\n\n'
        "The ministry said on Monday that the ferry was overloaded. "
        '"Greed overrode safety."\n'
    )
    speakers = [p.speaker for p in build_article("x", "x.txt", text).passages]
    # the second sentence goes on with Ansu's quotation; a new paragraph, or a
    # quotation after a sentence that quoted nobody, is nobody's by this rule
    assert speakers == ["Teodor Ansu"] * 2 + [None, "ministry", None]


def test_decoding_fallbacks() -> None:
    assert decode_article("héllo".encode(), "a.txt").text == "héllo"
    bom = decode_article(b"\xef\xbb\xbfhello", "b.txt")
    assert bom.text == "hello" and bom.warning is None
    cp = decode_article("caf\u00e9 \u201cq\u201d".encode("cp1252"), "c.txt")
    assert cp.text == "caf\u00e9 \u201cq\u201d"
    assert "c.txt" in cp.warning and "cp1252" in cp.warning
    assert decode_article(b"   \n", "d.txt").text is None
    binary = decode_article(b"\x89PNG\r\n\x1a\n\x00\x00\x00", "e.png.txt")
    assert binary.text is None and "binary" in binary.warning


def test_one_bad_file_never_stops_the_rest(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("A sentence here. Another one.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    (tmp_path / "latin.txt").write_bytes("Caf\u00e9 news said so.".encode("cp1252"))
    nested = tmp_path / "wire" / "2023"
    nested.mkdir(parents=True)
    (nested / "story.md").write_text("Nested text is read.", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert sorted(corpus.articles) == ["good", "latin", "wire/2023/story"]
    joined = " ".join(corpus.warnings)
    assert "empty.txt" in joined and "binary.txt" in joined and "latin.txt" in joined


def test_control_characters_are_neutralised_at_load_keeping_offsets(tmp_path: Path) -> None:
    hostile = "Title line here\n\nIt said \x1b]0;pwned\x07 and \x1b[31mred\x1b[0m here. Next one."
    (tmp_path / "h.txt").write_text(hostile, encoding="utf-8")
    article = load_corpus(tmp_path).get("h")
    assert len(article.text) == len(hostile)
    assert "\x1b" not in article.text and "\x07" not in article.text
    for passage in article.passages:
        assert article.text[passage.start : passage.end] == passage.text


def test_a_dateline_may_name_the_country_and_put_the_day_first() -> None:
    for text, outlet in (
        ("Dam breaks\n\nDORNAZ, Astrava, March 5 (CNW) - The dam broke.\n", "CNW"),
        ("Dam inspected\n\nLENPORT, 5 March (ASTRAPRESS) - The dam was inspected.\n",
         "ASTRAPRESS"),
    ):
        article = build_article("a", "a.txt", text)
        assert article.date is not None and article.date.endswith("-03-05"), text
        assert article.outlet == outlet


def test_a_dateline_without_a_year_says_where_the_year_came_from() -> None:
    # No banner and no year anywhere: the year is a guess, and the source must say so
    bare = build_article(
        "a", "a.txt", "Talks held\n\nPyongyang, October 2 (KCNA) -- Talks were held.\n"
    )
    assert bare.date is not None and bare.date.endswith("-10-02")
    assert "year assumed" in bare.date_source
    # A year the body names is evidence, and is named
    named = build_article(
        "b",
        "b.txt",
        "Talks held\n\nPyongyang, October 2 (KCNA) -- Talks began on September 13, 2023.\n",
    )
    assert named.date == "2023-10-02"
    assert "year from 'September 13, 2023'" in named.date_source


def test_sidecar_overrides_metadata(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Some headline here\n\nBody sentence one.", encoding="utf-8")
    (tmp_path / "a.toml").write_text(
        'title = "Real title"\ndate = 2023-11-12\noutlet = "Korea Herald"\n'
        'url = "https://example.org/a"\n',
        encoding="utf-8",
    )
    article = load_corpus(tmp_path).get("a")
    assert (article.title, article.date, article.outlet, article.url) == (
        "Real title",
        "2023-11-12",
        "Korea Herald",
        "https://example.org/a",
    )
    assert article.date_source.startswith("sidecar")


def test_bad_sidecar_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Body sentence one.", encoding="utf-8")
    (tmp_path / "a.toml").write_text('titel = "typo"\n', encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert any("a.toml" in w for w in corpus.warnings)
    assert corpus.get("a").passages


# --- edges of the faster patterns (the same results as the plain ones) ----------


def test_body_dates_start_at_a_word_and_come_in_both_orders() -> None:
    from datetime import date

    from workbench.corpus.dates import body_dates

    text = "Talks on 5 May 2024 and on Sept. 12 ended; OctMay 5, _May 6 and 123 May are not dates."
    assert body_dates(text, date(2024, 6, 1)) == [
        (date(2024, 5, 5), "5 May 2024"),
        (date(2023, 9, 12), "Sept. 12"),
    ]
    assert body_dates("It was 15 March, then March 3rd, 2023.", date(2024, 6, 1)) == [
        (date(2024, 3, 15), "15 March"),
        (date(2023, 3, 3), "March 3rd, 2023"),
    ]


def test_a_long_line_is_a_page_section_only_when_little_but_decor() -> None:
    from workbench.corpus.furniture import furniture_reason

    assert furniture_reason("- " * 50 + "Share this article" + " -" * 50) == "page section"
    assert furniture_reason("Share " * 30) is None


def test_end_mark_and_repeated_headline_segments() -> None:
    text = "Talks resume in Geneva\n\nTALKS RESUME IN GENEVA\n\nThe talks resumed on Monday. -0-\n"
    kinds = [(text[s.start : s.end], s.kind, s.why) for s in build_article("a", "a", text).segments]
    assert kinds == [
        ("Talks resume in Geneva", "title", "headline"),
        ("TALKS RESUME IN GENEVA", "title", "headline repeated"),
        ("The talks resumed on Monday.", "body", ""),
        (" -0-", "furniture", "end mark"),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“We will not negotiate,” said Kim Yo Jong.", "Kim Yo Jong"),
        ("North Korea, in a rare statement on Sunday, denied the reports.", "North Korea"),
        ("Prices fell, the ministry reported on Monday.", "the ministry"),
        ("Mr. O’Brien said talks would resume.", "Mr. O’Brien"),
        ("Officials denied the reports, according to the state news agency.", "state news agency"),
        ("The statement was carried by the official KCNA news agency.", "KCNA"),
        ("Nothing here names a source.", None),
    ],
)
def test_speaker_patterns_each_still_found(sentence: str, speaker: str | None) -> None:
    assert find_speaker(sentence) == speaker


def test_split_line_with_quotes_ellipses_and_acronyms() -> None:
    line = (
        "He said: “It ends. Now.” Then he left... “Really?” she asked. "
        "Prices fell 3.5 percent in the U.S. The end."
    )
    assert [line[a:b] for a, b in split_line(line)] == [
        "He said: “It ends. Now.”",
        "Then he left...",
        "“Really?” she asked.",
        "Prices fell 3.5 percent in the U.S.",
        "The end.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # letters that fold to ASCII only case-insensitively ("ſ" ~ "s", "İ" ~ "i")
        "Title\n\nPYONGYANG, Auguſt 1 (KCNA) -- Arms were shipped.\n",
        "Title\n\nPYONGYANG, Aprİl 1 (KCNA) -- Arms were shipped.\n",
        "Title\nAuguſt 5, 2023\n\nArms were shipped.\n",
        "Title\nſun, 10/01/2023\n\nArms were shipped.\n",
        "Title\nDecember 31, 2023\n\nIt happened on January 1, 2020. Talks began 3 days after "
        "the deal on ſunday.\n",
        # offsets past any date
        "Title\nDecember 31, 2023\n\nArms went to Moscow on January 1, 2020. Talks began "
        "99999999999 days after the deal.\n",
        "Title\nDecember 31, 9999\n\nArms went to Moscow on January 1, 9998. Talks began 900 "
        "days after the deal on Sunday.\n",
        "Title\nDecember 31, 2023\n\nArms went to Moscow on January 1, 2020. Talks began "
        + "1" * 5000 + " days after the deal.\n",
    ],
)
def test_hostile_dates_are_no_date_not_a_crash(text: str) -> None:
    article = build_article("a", "a.txt", text)
    assert article.passages
    if article.date is not None:
        assert article.date <= "9999-12-31"


def test_a_publication_date_offset_past_the_banner_dates_nothing() -> None:
    article = build_article(
        "a", "a.txt", "Title\nDecember 31, 2023\n\nArms went to Moscow on January 1, 2020. "
        "Talks began 99999999999 days after the deal.\n"
    )
    assert article.date == "2020-01-01"


def test_a_run_of_terminal_marks_splits_as_the_backtracking_pattern_does() -> None:
    # The event pattern reads a run of marks once, from its first mark; it
    # must find what the plain backtracking pattern finds.
    import random
    import re

    from workbench.corpus.sentences import _EVENT

    plain = re.compile(r"[“«„”»\".!?…](?:(?<=[“«„”»\"])|(?<=[.!?…])[.!?…]*[\"'”’»)\]]*(?=\s))")
    rng = random.Random(7)
    alphabet = "ab .!?…\"'”’»)]“«„ \n"
    for _ in range(20_000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert [m.span() for m in _EVENT.finditer(line)] == [
            m.span() for m in plain.finditer(line)
        ], line
    assert list(split_line("Pyongyang supplied arms" + "." * 30_000)) == [(0, 30_023)]


def test_lone_carriage_returns_end_lines(tmp_path: Path) -> None:
    raw = b"Arms deal\r\rNorth Korea shipped shells to Russia. Officials denied it.\r"
    (tmp_path / "mac.txt").write_bytes(raw)
    article = load_corpus(tmp_path).get("mac")
    assert article.title == "Arms deal"
    assert [p.text for p in article.passages] == [
        "North Korea shipped shells to Russia.", "Officials denied it."
    ]
    assert len(article.text) == len(raw)
    for passage in article.passages:
        assert article.text[passage.start : passage.end] == passage.text


def test_utf32_is_named_as_such_and_an_impossible_time_is_dropped() -> None:
    from workbench.corpus.dates import parse_date_line

    text = "Arms deal\n\nNorth Korea shipped shells.\n"
    decoded = decode_article(text.encode("utf-32"), "a.txt")
    assert decoded.text == text and "UTF-32" in (decoded.warning or "")
    assert decode_article(text.encode("utf-16"), "a.txt").text == text
    hit = parse_date_line("May 5, 2023 99:99 pm")
    assert hit is not None and hit.time is None
    assert parse_date_line("May 5, 2023 10:30 pm").time == "22:30"
