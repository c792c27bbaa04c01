"""`workbench extract`: candidate claims from the articles; add or reject them."""

from __future__ import annotations

import argparse

from workbench.cli.common import open_workspace, print_json, root_parent
from workbench.errors import WorkbenchError
from workbench.extract import DEFAULT_MIN_SCORE


def _score(value: str) -> float:
    try:
        score = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= score <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1: {value}")
    return score


def run_extract(args: argparse.Namespace) -> int:
    from workbench.extract import REJECTED_FILE, accept, extract, reject, resolve

    workspace = open_workspace(args, check_sources=False)
    if args.add and args.reject:
        raise WorkbenchError("give --add or --reject, not both")
    if args.add or args.reject:
        chosen = resolve(extract(workspace), args.add or args.reject)
        if args.add:
            claims = accept(workspace, chosen)
            if args.json:
                print_json({"added": [claim.model_dump() for claim in claims]})
            else:
                for candidate, claim in zip(chosen, claims, strict=True):
                    print(f"added {claim.id}  (from {candidate.id})")
                print(f"{len(claims)} claims appended to claims.toml")
            return 0
        reject(workspace.root, chosen)
        if args.json:
            print_json({"rejected": [candidate.id for candidate in chosen]})
        else:
            for candidate in chosen:
                print(f"rejected {candidate.id}")
            print(f"{len(chosen)} candidates remembered in {REJECTED_FILE}")
        return 0

    candidates = extract(workspace, min_score=args.min_score)
    if args.json:
        print_json({"candidates": [candidate.to_json() for candidate in candidates]})
        return 0
    for candidate in candidates:
        mark = f"  tracked by {candidate.tracked_by}" if candidate.tracked else ""
        print(f"{candidate.score:.2f}  {candidate.id}  [{candidate.kind}]{mark}")
        print(f"      {candidate.text}")
        if candidate.claimant:
            print(f"      claimant: {candidate.claimant}")
        where = ", ".join(f"{s.article}:{s.start}-{s.end}" for s in candidate.sources)
        print(f"      from: {where}")
        print(f"      why:  {'; '.join(candidate.reasons)}")
    tracked = sum(candidate.tracked for candidate in candidates)
    print(
        f"{len(candidates)} candidates ({tracked} tracked) with score >= {args.min_score:g}; "
        "add with `workbench extract --add ID ...`, reject with --reject"
    )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    extract = sub.add_parser(
        "extract",
        parents=[root_parent()],
        help="list check-worthy candidate claims found in the articles",
        description="Scan every passage for check-worthy statements and list candidate "
        "claims, best first. --add appends candidates to claims.toml (the existing text "
        "is left byte for byte); --reject hides them for everyone (candidates-rejected.toml).",
    )
    extract.add_argument("--json", action="store_true", help="print JSON")
    extract.add_argument(
        "--min-score",
        type=_score,
        default=DEFAULT_MIN_SCORE,
        metavar="S",
        help=f"only candidates scoring at least S, 0..1 (default {DEFAULT_MIN_SCORE})",
    )
    extract.add_argument(
        "--add", nargs="+", metavar="CANDIDATE_ID", help="append these candidates to claims.toml"
    )
    extract.add_argument(
        "--reject", nargs="+", metavar="CANDIDATE_ID", help="remember these candidates as rejected"
    )
    extract.set_defaults(func=run_extract)
