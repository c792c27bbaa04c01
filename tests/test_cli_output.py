"""What the commands print: untrusted text never sends an escape sequence to the terminal."""

from __future__ import annotations

import json
from pathlib import Path

from workbench.cli import main
from workbench.ledger import Ledger
from workbench.textsafe import is_clean
from workbench.workspace import Workspace

# A teammate's claims.toml: TOML escapes put ESC, BEL and a C1 CSI into the strings.
HOSTILE_CLAIM = """
[[claims]]
id = "hostile"
text = "Kim met Putin \\u001b]0;pwned\\u0007 in \\u001b[31mRussia\\u001b[0m at the cosmodrome."
claimant = "evil \\u009b2J"
"""
TEXT = "Kim met Putin \x1b]0;pwned\x07 in \x1b[31mRussia\x1b[0m at the cosmodrome."


def test_no_command_prints_a_control_character_and_json_keeps_the_true_text(
    tmp_path: Path, make_workspace, claims_toml: str, capsys
) -> None:
    root = make_workspace(tmp_path, claims_toml + HOSTILE_CLAIM)
    Ledger(Workspace.open(root)).record(
        "hostile", "false", note="see \x1b]52;c;cGF5bG9hZA==\x07", reviewer="Eve \x1b[2J"
    )
    capsys.readouterr()
    commands = [
        ["claims"],
        ["claims", "--json"],
        ["evidence", "hostile", "--top", "2"],
        ["evidence", "hostile", "--top", "2", "--json"],
        ["report"],
        ["report", "--format", "json"],
        ["export", "--format", "claimreview"],
        ["verdict", "hostile", "true", "--reviewer", "Mallory \x1b]0;x\x07"],
    ]
    for argv in commands:
        main(["--root", str(root), *argv])
        out, err = capsys.readouterr()
        assert is_clean(out), argv
        assert is_clean(err), argv
        if "--json" in argv:
            data = json.loads(out)
            texts = [c["text"] for c in data["claims"] if c["id"] == "hostile"]
            assert texts == [TEXT], argv  # lossless: escaped in JSON, not replaced
    # what is written stays what was given
    reviews = Ledger(Workspace.open(root)).read("hostile").reviews
    assert reviews[-1].reviewer == "Mallory \x1b]0;x\x07"


def test_naming_a_skipped_article_says_why_it_is_not_read(
    tmp_path: Path, make_workspace, capsys
) -> None:
    root = make_workspace(tmp_path)
    (root / "articles" / "blank.txt").write_text("  \n", encoding="utf-8")
    assert main(["--root", str(root), "articles", "blank"]) == 2
    err = capsys.readouterr().err
    assert err == "workbench: article 'blank' is not read: blank.txt: empty file, skipped\n"
    assert main(["--root", str(root), "articles", "nothing-here"]) == 2
    assert "no article 'nothing-here'" in capsys.readouterr().err
