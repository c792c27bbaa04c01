#!/usr/bin/env python3
"""How many gold claims does `workbench extract` find among its top k candidates?

    .venv/bin/python bench/extract_coverage.py [--k 30] [--json]

Builds a throw-away workspace from the seed articles and the eval claims,
runs the extractor in a fresh process through the real CLI (`workbench
extract --json --min-score 0`), and counts a gold claim as covered when one
of the top k candidates has a source passage holding one of the claim's
gold snippets (support or contradict), both folded as score.py folds them.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from evalsets import EVAL, score_module

HERE = Path(__file__).resolve().parent.parent


def measure(articles: Path, claims: Path, gold: Path, k: int) -> dict:
    fold = score_module().fold
    with tempfile.TemporaryDirectory() as tmp:
        ws = Path(tmp) / "ws"
        shutil.copytree(articles, ws / "seeds")
        text = claims.read_text(encoding="utf-8")
        (ws / "claims.toml").write_text('articles = "seeds"\n' + text, encoding="utf-8")
        started = time.perf_counter()
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "workbench",
                "extract",
                "--json",
                "--min-score",
                "0",
                "--root",
                str(ws),
            ],
            capture_output=True,
            text=True,
            check=True,
            cwd=HERE,
        )
        seconds = time.perf_counter() - started
    candidates = json.loads(out.stdout)["candidates"]
    rows = []
    for claim in json.loads(gold.read_text(encoding="utf-8"))["claims"]:
        snippets = [fold(s) for s in claim.get("support", []) + claim.get("contradict", [])]
        rank = next(
            (
                i + 1
                for i, c in enumerate(candidates)
                if any(s in fold(src["passage"]) for src in c["sources"] for s in snippets)
            ),
            None,
        )
        rows.append({"id": claim["id"], "rank": rank, "covered": rank is not None and rank <= k})
    return {
        "k": k,
        "candidates": len(candidates),
        "covered": sum(r["covered"] for r in rows),
        "claims": len(rows),
        "seconds": round(seconds, 2),
        "per_claim": rows,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--k", type=int, default=30)
    ap.add_argument("--articles", type=Path, default=EVAL.parent / "seeds")
    ap.add_argument("--claims", type=Path, default=EVAL / "seeds" / "claims.toml")
    ap.add_argument("--gold", type=Path, default=EVAL / "seeds" / "gold.json")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    result = measure(args.articles, args.claims, args.gold, args.k)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    for row in result["per_claim"]:
        where = f"rank {row['rank']}" if row["rank"] else "not found"
        print(f"  {'ok  ' if row['covered'] else 'MISS'}  {row['id']:<34} {where}")
    print(
        f"covered {result['covered']}/{result['claims']} gold claims in the top {result['k']} "
        f"of {result['candidates']} candidates ({result['seconds']} s, one process)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
