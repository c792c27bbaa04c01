#!/usr/bin/env python3
"""Score the evidence engine on the hand-made stories in bench/stories/.

    python bench/score_stories.py [STORY ...] [--top 10] [--json]

Each story is five articles by invented outlets on one contested event,
its claims and a gold file labelled by hand before any run (see
bench/stories/README.md). For each, a throw-away workspace is built, `workbench
evidence --json` runs in a fresh process through the real CLI, and
../shared/eval/score.py scores it: support recall@5, contradict recall@5,
stance accuracy and flips, as for the shared evaluation sets. The last line
pools every story's gold items.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from evalsets import score_module

HERE = Path(__file__).resolve().parent
STORIES = HERE / "stories"


def evidence(story: Path, top: int) -> dict:
    """`workbench evidence --json` on a fresh workspace of the story."""
    with tempfile.TemporaryDirectory() as tmp:
        ws = Path(tmp)
        shutil.copytree(story / "articles", ws / "articles")
        claims = (story / "claims.toml").read_text(encoding="utf-8")
        (ws / "claims.toml").write_text('articles = "articles"\n' + claims, encoding="utf-8")
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "workbench",
                "evidence",
                "--root",
                str(ws),
                "--json",
                "--top",
                str(top),
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    return json.loads(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stories", nargs="*", help="story folder names (default: all)")
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    score = score_module().score
    names = args.stories or sorted(p.name for p in STORIES.iterdir() if p.is_dir())
    rows = {}
    found = {"support": 0, "contradict": 0, "flips": 0, "placed": 0, "total_s": 0, "total_c": 0}
    for name in names:
        gold = json.loads((STORIES / name / "gold.json").read_text(encoding="utf-8"))
        result = score(gold, evidence(STORIES / name, args.top), 5)
        rows[name] = {
            k: result[k]
            for k in ("support_recall", "contradict_recall", "stance_accuracy", "flips")
        }
        totals = result["gold_items"]
        hits_s = round((result["support_recall"] or 0) * totals["support"])
        hits_c = round((result["contradict_recall"] or 0) * totals["contradict"])
        found["support"] += hits_s
        found["contradict"] += hits_c
        found["flips"] += result["flips"]
        found["placed"] += hits_s + hits_c + result["flips"]
        found["total_s"] += totals["support"]
        found["total_c"] += totals["contradict"]
    pooled = {
        "support_recall": round(found["support"] / max(1, found["total_s"]), 4),
        "contradict_recall": round(found["contradict"] / max(1, found["total_c"]), 4),
        "stance_accuracy": round(
            (found["support"] + found["contradict"]) / max(1, found["placed"]), 4
        ),
        "flips": found["flips"],
    }
    if args.json:
        print(json.dumps({"stories": rows, "pooled": pooled}, indent=2))
        return 0
    for name, r in [*rows.items(), ("pooled", pooled)]:
        print(
            f"{name:<8} support {r['support_recall']}  contradict {r['contradict_recall']}  "
            f"stance {r['stance_accuracy']}  flips {r['flips']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
