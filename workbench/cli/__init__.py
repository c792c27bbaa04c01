"""`workbench`: the command line. Each command group lives in its own module.

A module in `COMMAND_MODULES` exposes `register(subparsers)`, which adds its
commands and sets `func` (taking the parsed args, returning an exit code).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from workbench.cli.common import SafeStream
from workbench.errors import WorkbenchError

COMMAND_MODULES = (
    "workbench.cli.corpus_cmds",
    "workbench.cli.ledger_cmds",
    "workbench.cli.extract_cmd",
    "workbench.cli.evidence_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench",
        description="A keyboard-first fact-check workbench. With no command, opens the "
        "interface on the workspace.",
    )
    parser.add_argument(
        "--root",
        metavar="DIR",
        help="the workspace folder (default: nearest folder upward holding claims.toml)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _open_interface(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    try:
        from workbench.tui.app import run as run_interface
    except ImportError:
        parser.print_help()
        return 0
    return run_interface(args.root)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    out, err = sys.stdout, sys.stderr
    if args.command is not None:  # (the interface draws on the terminal itself)
        sys.stdout, sys.stderr = SafeStream(out), SafeStream(err)
    try:
        if args.command is None:
            return _open_interface(args, parser)
        return int(args.func(args) or 0)
    except WorkbenchError as exc:
        print(f"workbench: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("workbench: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    finally:
        sys.stdout, sys.stderr = out, err


if __name__ == "__main__":
    sys.exit(main())
