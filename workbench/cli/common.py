"""What every command shares: `--root`, workspace lookup, JSON printing."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from workbench.textsafe import escape_json, sanitize
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
    sys.stdout.write(escape_json(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")


class SafeStream:
    """A command's stdout or stderr: control characters never reach the terminal.

    Article text is sanitised at load, but claim text, claimants, reviewer
    names and notes are printed as written in claims.toml and the ledger,
    which teammates edit; an escape sequence there (window title, OSC 52
    clipboard) is replaced here, one character for one, like article text.
    """

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(sanitize(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)
