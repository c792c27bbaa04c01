#!/usr/bin/env python3
"""How far can ranking and stance alone move an evaluation set's recall@k?

    workbench evidence --root WS --json --top 40 > ev.json
    python bench/eval_bounds.py ../shared/eval/fnc1/gold.json ev.json [--k 5] [--json]

Each row re-orders what the engine returned, using the gold labels as an
oracle, and scores it as `score.py` does. A target above the row that needs
labels no text can supply (an article the gold leaves unlabelled for this
claim though it is labelled for a sibling headline of the same story) is
out of reach of any engine, however good. Run the evidence with a large
`--top` so that the oracle rows see what lies past the first k.

Article level (FNC-1):
  returned            the engine's own order;
  no gold-other       dropping from the support list every article the gold
                      labels otherwise for this claim (discuss, disagree);
  + no off-story      also dropping articles the gold labels for no claim;
  + no unlabelled     also dropping articles unlabelled for this claim but
                      labelled for another (needs the gold: no text tells);
  cap                 every gold article within the first k (k per claim).
Passage level (CLIMATE-FEVER, seeds):
  returned            the engine's own order;
  perfect stance      every gold passage found in any list on its own side,
                      in the engine's order, ahead of passages of no label;
  cap                 every gold passage within the first k.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path

from evalsets import score_module

SIDES = ("support", "contradict")


def _articles(passages: Iterable[dict]) -> list[str]:
    return list(dict.fromkeys(str(p["article"]) for p in passages))


def _recall(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def article_bounds(gold: dict, ev: dict[str, dict], k: int) -> dict[str, float | None]:
    labelled_anywhere: set[str] = set()
    for g in gold["claims"]:
        for name in (*SIDES, "neutral"):
            labelled_anywhere.update(g.get(name, []))
    rows = ("returned", "no gold-other", "+ no off-story", "+ no unlabelled")
    hits = dict.fromkeys(rows, 0)
    total = cap = 0
    for g in gold["claims"]:
        wanted = set(g["support"])
        own = wanted | set(g["contradict"]) | set(g.get("neutral", []))
        order = _articles(ev.get(g["id"], {}).get("support", []))
        kept = {
            "returned": order,
            "no gold-other": [a for a in order if a in wanted or a not in own],
            "+ no off-story": [
                a for a in order if a in wanted or (a not in own and a in labelled_anywhere)
            ],
            "+ no unlabelled": [a for a in order if a in wanted],
        }
        for row in rows:
            hits[row] += len(wanted & set(kept[row][:k]))
        total += len(wanted)
        cap += min(k, len(wanted))
    out = {row: _recall(n, total) for row, n in hits.items()}
    out["cap"] = _recall(cap, total)
    return out


def passage_bounds(gold: dict, ev: dict[str, dict], k: int) -> dict[str, dict[str, float | None]]:
    fold = score_module().fold
    out: dict[str, dict[str, float | None]] = {}
    for side in SIDES:
        hits = dict.fromkeys(("returned", "perfect stance"), 0)
        total = cap = 0
        for g in gold["claims"]:
            snippets = [fold(s) for s in g.get(side, [])]
            if not snippets:
                continue
            found = ev.get(g["id"], {})
            own = [fold(p["text"]) for p in found.get(side, [])]
            every = [fold(p["text"]) for name in (*SIDES, "related") for p in found.get(name, [])]
            hits["returned"] += sum(any(s in t for t in own[:k]) for s in snippets)
            # The gold passages anywhere in the output, first, in the engine's order.
            first = [t for t in dict.fromkeys(every) if any(s in t for s in snippets)]
            hits["perfect stance"] += sum(any(s in t for t in first[:k]) for s in snippets)
            total += len(snippets)
            cap += min(k, len(snippets))
        out[side] = {row: _recall(n, total) for row, n in hits.items()}
        out[side]["cap"] = _recall(cap, total)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("evidence", help="written by `workbench evidence --json` (a large --top)")
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    gold = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    ev = {c["id"]: c for c in json.loads(Path(args.evidence).read_text(encoding="utf-8"))["claims"]}
    if gold.get("level") == "article":
        result: dict = {"support": article_bounds(gold, ev, args.k)}
    else:
        result = passage_bounds(gold, ev, args.k)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    for side, rows in result.items():
        print(f"{side} recall@{args.k}")
        for row, value in rows.items():
            print(f"  {row:<18} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
