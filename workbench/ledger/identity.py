"""Who is reviewing: `git config user.name`/`user.email`, else the login name.

Reviews are compared by this string (for disagreement), so it must be the
same on every run of one person: git's identity is what the team already
agreed on; the login name is only the fallback.
"""

from __future__ import annotations

import getpass
import subprocess
from pathlib import Path

from workbench.errors import WorkbenchError


def _git_identity(cwd: Path) -> tuple[str | None, str | None]:
    try:
        done = subprocess.run(
            ["git", "config", "--get-regexp", r"^user\.(name|email)$"],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None, None
    values: dict[str, str] = {}
    for line in done.stdout.splitlines():
        key, _, value = line.partition(" ")
        if value.strip():
            values[key] = value.strip()
    return values.get("user.name"), values.get("user.email")


def default_reviewer(cwd: Path) -> str:
    """`Name <email>` from git, or what part of it exists, or the login name."""
    name, email = _git_identity(cwd)
    if name and email:
        return f"{name} <{email}>"
    if name or email:
        return str(name or email)
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def check_reviewer(reviewer: str) -> str:
    """A reviewer given by hand (`--reviewer`): one non-empty line."""
    cleaned = reviewer.strip()
    if not cleaned or "\n" in cleaned or "\r" in cleaned:
        raise WorkbenchError(f"reviewer {reviewer!r} must be one non-empty line")
    return cleaned
