"""claims.toml: the schema, and one clear line for every kind of mistake."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from workbench.claims import parse_claims_text
from workbench.cli import main
from workbench.errors import WorkbenchError
from workbench.workspace import Workspace

REPO = Path(__file__).resolve().parent.parent

GOOD = """\
articles = "articles"

[[claims]]
id = "first"
text = "Something happened."

[[claims]]
id = "second"
text = "Something else happened."
kind = "denial"
sources = ["a"]
"""


def _error(raw: str) -> str:
    with pytest.raises(WorkbenchError) as info:
        parse_claims_text(raw)
    return info.value.message


def test_a_good_file_parses() -> None:
    parsed = parse_claims_text(GOOD)
    assert [c.id for c in parsed.claims] == ["first", "second"]
    assert parsed.articles == "articles"
    assert parsed.claims[1].kind == "denial"


def test_toml_syntax_error_names_line_and_column() -> None:
    message = _error('[[claims]]\nid = "x"\ntext = "unterminated\n')
    assert message.startswith("claims.toml:3:")
    assert "invalid TOML" in message


def test_toml_error_at_end_of_document_names_the_last_line_not_the_first() -> None:
    # tomllib gives no line for a bracket left open; line 1 was a correct line
    message = _error('articles = "seeds"\n\n[[claims]]\nid = "x"\ntags = ["a",\n\n')
    assert message.startswith("claims.toml:5: invalid TOML")
    assert "end of document" in message


def test_duplicate_id_names_both_lines() -> None:
    raw = GOOD + '\n[[claims]]\nid = "first"\ntext = "Again."\n'
    message = _error(raw)
    assert "duplicate claim id 'first'" in message
    assert message.startswith("claims.toml:14:")
    assert "first at line 4, again at line 14" in message


def test_unknown_key_is_an_error_naming_claim_and_field() -> None:
    message = _error('[[claims]]\nid = "x"\ntext = "T."\nclaimnt = "Bob"\n')
    assert message == "claims.toml:4: claim 'x': field 'claimnt': unknown key (a typo?)"


def test_missing_text_names_the_claim() -> None:
    message = _error('[[claims]]\nid = "x"\n')
    assert message.startswith("claims.toml:1: claim 'x': field 'text'")
    assert "missing" in message


def test_bad_kind_names_the_field_line() -> None:
    message = _error('[[claims]]\nid = "x"\ntext = "T."\nkind = "maybe"\n')
    assert message.startswith("claims.toml:4: claim 'x': field 'kind'")


def test_bad_slug() -> None:
    assert "not a slug" in _error('[[claims]]\nid = "Has Spaces"\ntext = "T."\n')


def test_unknown_top_level_key() -> None:
    assert _error('artcles = "x"\n').startswith("claims.toml:1: 'artcles': unknown key")


def test_source_that_names_no_article(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "b.txt").write_text("Text here.", encoding="utf-8")
    (tmp_path / "claims.toml").write_text(GOOD, encoding="utf-8")
    with pytest.raises(WorkbenchError) as info:
        Workspace.load(tmp_path)
    assert info.value.message == (
        "claims.toml:11: claim 'second': source 'a' names no article in articles/"
    )


def test_cli_error_is_one_line_and_exit_2(tmp_path: Path, capsys) -> None:
    (tmp_path / "claims.toml").write_text('[[claims]]\nid = "x"\n', encoding="utf-8")
    assert main(["claims", "--root", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("workbench: claims.toml:1:")


def test_repo_claims_are_valid_and_sourced() -> None:
    workspace = Workspace.open(REPO)
    assert len(workspace.claims) >= 15
    assert all(claim.sources for claim in workspace.claims)
    kinds = {claim.kind for claim in workspace.claims}
    assert kinds == {"assertion", "denial"}


def test_claims_json_contract(capsys) -> None:
    assert main(["claims", "--json", "--root", str(REPO)]) == 0
    data = json.loads(capsys.readouterr().out)
    first = data["claims"][0]
    assert set(first) == {"id", "text", "claimant", "kind", "sources", "tags"}


def test_workspace_is_found_upward(tmp_path: Path, monkeypatch) -> None:
    shutil.copy(REPO / "claims.toml", tmp_path / "claims.toml")
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    deep = tmp_path / "seeds" / "x" / "y"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    assert Workspace.open().root == tmp_path.resolve()


def test_outside_a_workspace_says_how_to_start(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["claims"]) == 2
    err = capsys.readouterr().err
    assert "no workspace here" in err and "workbench init" in err
    assert err.count("\n") == 1


def test_a_root_that_is_no_workspace_says_what_it_is(tmp_path: Path, capsys) -> None:
    (tmp_path / "claims.toml").write_text("", encoding="utf-8")
    cases = [
        (
            tmp_path / "claims.toml",
            f"a file, not a folder (give the folder holding claims.toml: --root {tmp_path})",
        ),
        (tmp_path / "missing", "no such folder"),
        (tmp_path / "empty", "no claims.toml there (start one with `workbench init"),
    ]
    (tmp_path / "empty").mkdir()
    for root, expected in cases:
        assert main(["--root", str(root), "claims"]) == 2
        err = capsys.readouterr().err
        assert expected in err and err.count("\n") == 1
        assert "or pass --root" not in err  # it was passed


def test_root_before_or_after_the_command(capsys) -> None:
    assert main(["--root", str(REPO), "claims", "--json"]) == 0
    before = capsys.readouterr().out
    assert main(["claims", "--json", "--root", str(REPO)]) == 0
    assert capsys.readouterr().out == before


def test_articles_json_with_passages(capsys) -> None:
    assert main(["articles", "--json", "--passages", "--root", str(REPO)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["articles"]) == 5
    for item in data["articles"]:
        assert {
            "id",
            "title",
            "date",
            "date_source",
            "outlet",
            "url",
            "passage_count",
            "warnings",
            "passages",
        } <= set(item)
        text = (REPO / "seeds" / f"{item['id']}.txt").read_bytes().decode("utf-8-sig")
        assert item["passage_count"] == len(item["passages"])
        for passage in item["passages"]:
            assert text[passage["start"] : passage["end"]] == passage["text"]


def test_articles_unknown_id(capsys) -> None:
    assert main(["articles", "nope", "--root", str(REPO)]) == 2
    assert "no article 'nope'" in capsys.readouterr().err


def test_articles_folder_from_claims_toml(tmp_path: Path, capsys) -> None:
    (tmp_path / "news" / "deep").mkdir(parents=True)
    (tmp_path / "news" / "deep" / "one.md").write_text("Hello there. Bye.", encoding="utf-8")
    (tmp_path / "claims.toml").write_text('articles = "news"\n', encoding="utf-8")
    assert main(["articles", "--json", "--root", str(tmp_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [a["id"] for a in data["articles"]] == ["deep/one"]


@pytest.mark.parametrize("command", ["articles", "evidence"])
def test_missing_articles_folder_is_one_clear_error(tmp_path: Path, capsys, command: str) -> None:
    (tmp_path / "claims.toml").write_text('articles = "typo"\n', encoding="utf-8")
    assert main([command, "--root", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "the articles folder typo/ does not exist" in err and err.count("\n") == 1
