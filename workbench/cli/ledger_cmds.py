"""`workbench verdict | check | init | report | export | merge-driver`: the verdict ledger."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from workbench.atomic import write_text_atomic
from workbench.cli.common import open_workspace, print_json, root_parent, warn
from workbench.errors import WorkbenchError
from workbench.ledger import STANCES, Ledger

# Offsets of at most 12 digits: a longer one is no offset into an article
# (and int() of thousands of digits raises).
_CITE = re.compile(
    r"^(?P<article>.+):(?P<start>\d{1,12})-(?P<end>\d{1,12})(?::(?P<stance>[a-z]+))?$"
)


def parse_cite(text: str) -> tuple[str, int, int, str]:
    """`ARTICLE:START-END[:STANCE]`; the stance defaults to `related`."""
    match = _CITE.match(text)
    if not match:
        raise WorkbenchError(
            f"--cite {text!r}: expected ARTICLE:START-END or ARTICLE:START-END:STANCE "
            f"(stance: {', '.join(STANCES)})"
        )
    stance = match.group("stance") or "related"
    return match.group("article"), int(match.group("start")), int(match.group("end")), stance


def run_verdict(args: argparse.Namespace) -> int:
    ledger = Ledger(open_workspace(args, check_sources=False))
    entry = ledger.scale.resolve(args.verdict)
    citations = [parse_cite(c) for c in args.cite]
    note = args.note
    if note == "-":
        note = sys.stdin.read()
    result = ledger.record(
        args.claim_id, entry.name, note=note, citations=citations, reviewer=args.reviewer
    )
    review = result.review
    print(
        f"{args.claim_id}: {entry.label} by {review.reviewer} (review {review.id}, "
        f"{len(review.citations)} citations) -> {ledger.display(result.path)}"
    )
    return 0


def run_check(args: argparse.Namespace) -> int:
    from workbench.ledger.check import check_ledger, fix_moved

    ledger = Ledger(open_workspace(args, check_sources=False))
    result = check_ledger(ledger)
    if args.fix and result.moved:
        for line in fix_moved(ledger, result.moved):
            print(f"fixed: {line}", file=sys.stderr)
        result = check_ledger(ledger)
    for finding in result.findings:
        print(finding)
    errors, warnings = len(result.errors), len(result.warnings)
    summary = f"{result.files} verdict files"
    if errors:
        print(f"check: {errors} problems, {warnings} warnings in {summary}", file=sys.stderr)
        return 1
    print(f"check: ledger OK ({summary}, {warnings} warnings)", file=sys.stderr)
    return 0


def run_init(args: argparse.Namespace) -> int:
    from workbench.ledger.scaffold import init_workspace

    folder = Path(args.dir or getattr(args, "root", None) or ".")
    for line in init_workspace(folder):
        print(f"init: {line}")
    print(f"workspace ready in {folder.resolve()}")
    return 0


def run_report(args: argparse.Namespace) -> int:
    from workbench.ledger.report import build_report, render_markdown

    report = build_report(Ledger(open_workspace(args, check_sources=False)))
    if args.format == "json":
        print_json(report)
    else:
        sys.stdout.write(render_markdown(report))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from workbench.export import claimreviews

    result = claimreviews(Ledger(open_workspace(args, check_sources=False)))
    for line in result.warnings:
        warn(line)
    for line in result.problems:
        print(f"export: {line}", file=sys.stderr)
    if args.output:
        text = json.dumps(result.objects, ensure_ascii=False, indent=2) + "\n"
        write_text_atomic(Path(args.output), text)
        count = len(result.objects)
        print(f"export: {count} ClaimReview objects -> {args.output}", file=sys.stderr)
    else:
        print_json(result.objects)
    return 1 if result.problems else 0


def run_merge_driver(args: argparse.Namespace) -> int:
    from workbench.ledger.merge import run_merge_driver as merge

    return merge(Path(args.base), Path(args.ours), Path(args.theirs), args.name)


def register(sub: argparse._SubParsersAction) -> None:
    verdict = sub.add_parser(
        "verdict", parents=[root_parent()], help="record a verdict on a claim (appends a review)"
    )
    verdict.add_argument("claim_id", metavar="CLAIM_ID")
    verdict.add_argument("verdict", metavar="VERDICT", help="a scale name, label or key (1-6)")
    verdict.add_argument("--note", default="", help="the reasoning (`-` reads it from stdin)")
    verdict.add_argument(
        "--cite",
        action="append",
        default=[],
        metavar="ARTICLE:START-END[:STANCE]",
        help=f"evidence span; stance one of {', '.join(STANCES)} (default related); repeatable",
    )
    verdict.add_argument("--reviewer", help="who reviews (default: git user.name <user.email>)")
    verdict.set_defaults(func=run_verdict)

    check = sub.add_parser(
        "check",
        parents=[root_parent()],
        help="validate the ledger: path:line: message per problem, exit 1 on any",
    )
    check.add_argument("--fix", action="store_true", help="re-anchor moved citations (only)")
    check.set_defaults(func=run_check)

    init = sub.add_parser(
        "init", help="make a workspace (claims.toml, folders) and register the git merge driver"
    )
    init.add_argument("dir", nargs="?", metavar="DIR", help="folder (default: here)")
    init.set_defaults(func=run_init)

    report = sub.add_parser(
        "report", parents=[root_parent()], help="progress, verdicts and agreement"
    )
    report.add_argument("--format", choices=("markdown", "json"), default="markdown")
    report.set_defaults(func=run_report)

    export = sub.add_parser(
        "export", parents=[root_parent()], help="export verdicts (schema.org ClaimReview)"
    )
    export.add_argument("--format", choices=("claimreview",), required=True)
    export.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")
    export.set_defaults(func=run_export)

    driver = sub.add_parser(
        "merge-driver", help="git merge driver for verdict files (see `workbench init`)"
    )
    driver.add_argument("base", metavar="%O")
    driver.add_argument("ours", metavar="%A")
    driver.add_argument("theirs", metavar="%B")
    driver.add_argument("name", nargs="?", metavar="%P", help="the file's path, for messages")
    driver.set_defaults(func=run_merge_driver)
