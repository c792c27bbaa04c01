"""What every command shares: `--root`, workspace lookup, JSON printing."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from workbench.workspace import Workspace


def root_parent() -> argparse.ArgumentParser:
    """A parent parser giving a command the `--root DIR` option."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--root",
        metavar="DIR",
        default=argparse.SUPPRESS,  # so `workbench --root X cmd` is not reset by cmd
        help="the workspace folder (default: nearest folder upward holding claims.toml)",
    )
    return parent


def open_workspace(args: argparse.Namespace, check_sources: bool = True) -> Workspace:
    return Workspace.open(getattr(args, "root", None), check_sources=check_sources)


def print_json(data: Any) -> None:
    """Stable, readable JSON on stdout (sorted by the models' field order)."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)
