"""`workbench evidence`: the passages for and against each claim.

`--json` is a stable contract (scripts and the evaluation read it):
{"claims": [{"id", "text", "support": [P], "contradict": [P], "related": [P]}]}.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
import time

from workbench.cli.common import open_workspace, print_json, root_parent, warn
from workbench.errors import WorkbenchError


class _Bar:
    """A progress bar with an estimate, on stderr, only for a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self.started = time.monotonic()
        self.last = 0.0
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        now = time.monotonic()
        if now - self.last < 0.1 and done < total:
            return
        elapsed = now - self.started
        if not self.shown and elapsed < 0.5:
            return  # a small corpus: no bar at all
        self.last, self.shown = now, True
        width = 30
        filled = int(width * done / total)
        eta = elapsed / done * (total - done) if done else 0.0
        sys.stderr.write(
            f"\rindexing the articles [{'#' * filled}{'.' * (width - filled)}] "
            f"{100 * done // total:3d}%  ETA {eta:4.0f}s "
        )
        sys.stderr.flush()

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\n")
            sys.stderr.flush()


def run_evidence(args: argparse.Namespace) -> int:
    from workbench.evidence import EvidenceIndex

    workspace = open_workspace(args, check_sources=False)
    workspace.require_articles_dir()
    if args.claim_ids:
        claims = [workspace.claim(claim_id) for claim_id in args.claim_ids]
    else:
        claims = list(workspace.claims)
    if args.top < 1:
        raise WorkbenchError("--top must be at least 1")
    bar = _Bar()
    try:
        index = EvidenceIndex.open(workspace, progress=bar)
    finally:
        bar.close()
    for warning in index.warnings:
        warn(warning)
    results = [index.evidence(claim, top=args.top) for claim in claims]
    if args.json:
        print_json({"claims": [r.model_dump() for r in results]})
        return 0
    out = sys.stdout
    for r in results:
        out.write(f"{r.id}\n  {r.text}\n")
        for side in ("support", "contradict", "related"):
            items = getattr(r, side)
            out.write(f"  {side} ({len(items)})\n")
            for item in items:
                who = f" [{item.speaker}]" if item.speaker else ""
                also = f"  (also in {', '.join(item.also_in)})" if item.also_in else ""
                out.write(f"    {item.score:.2f} {item.article}:{item.start}-{item.end}{who}"
                          f" — {item.reason}{also}\n")
                for line in textwrap.wrap(item.text, 92):
                    out.write(f"        {line}\n")
        out.write("\n")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "evidence",
        parents=[root_parent()],
        help="the passages that support and contradict each claim",
    )
    parser.add_argument("claim_ids", nargs="*", metavar="CLAIM_ID", help="only these claims")
    parser.add_argument("--top", type=int, default=10, metavar="K", help="items per list (10)")
    parser.add_argument("--json", action="store_true", help="print the JSON contract")
    parser.set_defaults(func=run_evidence)
