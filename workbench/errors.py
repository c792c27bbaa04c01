"""The one error type the CLI turns into a single line and a non-zero exit."""

from __future__ import annotations


class WorkbenchError(Exception):
    """A user-facing problem: printed as one line, never as a traceback.

    `exit_code` 2 means bad input or usage (the convention of argparse);
    commands that report findings (such as `check`) use 1 themselves.
    """

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code

    def __str__(self) -> str:
        return self.message
