"""Read claims.toml into `ClaimsFile`, turning every problem into one line.

tomllib reports syntax errors with a line and column but pydantic knows
nothing of lines, so the loader finds the line of each `[[claims]]` table
and of each key in it by a light scan of the raw text.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from pydantic import ValidationError

from workbench.claims.model import ClaimsFile
from workbench.errors import WorkbenchError

_TABLE = re.compile(r"^\s*\[\[\s*claims\s*\]\]\s*(#.*)?$")
_ANY_TABLE = re.compile(r"^\s*\[")
TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


def toml_error_line(message: str, raw: str) -> tuple[str, str]:
    """(`LINE:COL` or `LINE`, reason) of a tomllib error message.

    tomllib names no line for an error "at end of document" (a bracket or
    string left open); the last line that is not blank is where to look,
    not line 1.
    """
    pos = TOML_POSITION.search(message)
    reason = TOML_POSITION.sub("", message).strip()
    if pos:
        return f"{pos.group(1)}:{pos.group(2)}", reason
    filled = [i for i, line in enumerate(raw.splitlines(), start=1) if line.strip()]
    return str(filled[-1] if filled and "end of document" in message else 1), reason


def _claim_lines(lines: list[str]) -> list[int]:
    """1-based line of each `[[claims]]` header, in order."""
    return [i + 1 for i, line in enumerate(lines) if _TABLE.match(line)]


def key_line(lines: list[str], table_line: int, key: str) -> int:
    """Line of `key = ...` inside the table whose header is on `table_line`."""
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for i in range(table_line, len(lines)):
        if _ANY_TABLE.match(lines[i]):
            break
        if pattern.match(lines[i]):
            return i + 1
    return table_line


def _top_key_line(lines: list[str], key: str) -> int:
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=|^\s*\[\[?\s*{re.escape(key)}\s*\]")
    for i, line in enumerate(lines):
        if pattern.match(line):
            return i + 1
    return 1


def _describe(exc: ValidationError, name: str, lines: list[str], data: dict) -> str:
    err = exc.errors()[0]
    loc = list(err["loc"])
    msg = err["msg"]
    if err["type"] == "extra_forbidden":
        msg = "unknown key (a typo?)"
    elif err["type"] == "missing":
        msg = "required field is missing"
    if loc and loc[0] == "claims" and len(loc) >= 2 and isinstance(loc[1], int):
        index = loc[1]
        headers = _claim_lines(lines)
        table_line = headers[index] if index < len(headers) else 1
        claims = data.get("claims") or []
        claim = claims[index] if index < len(claims) and isinstance(claims[index], dict) else {}
        who = (
            f"claim {claim['id']!r}" if isinstance(claim.get("id"), str) else f"claim #{index + 1}"
        )
        field = str(loc[2]) if len(loc) > 2 else None
        if field is None:
            return f"{name}:{table_line}: {who}: {msg}"
        line = key_line(lines, table_line, field) if err["type"] != "missing" else table_line
        return f"{name}:{line}: {who}: field '{field}': {msg}"
    field = ".".join(str(p) for p in loc) or "(top level)"
    line = _top_key_line(lines, str(loc[0])) if loc else 1
    return f"{name}:{line}: '{field}': {msg}"


def parse_claims_text(raw: str, name: str = "claims.toml") -> ClaimsFile:
    """Parse and validate; raise `WorkbenchError` naming file and line."""
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        where, reason = toml_error_line(str(exc), raw)
        raise WorkbenchError(f"{name}:{where}: invalid TOML: {reason}") from None
    lines = raw.splitlines()
    try:
        parsed = ClaimsFile.model_validate(data)
    except ValidationError as exc:
        raise WorkbenchError(_describe(exc, name, lines, data)) from None
    seen: dict[str, int] = {}
    headers = _claim_lines(lines)
    for index, claim in enumerate(parsed.claims):
        line = key_line(lines, headers[index], "id") if index < len(headers) else 1
        if claim.id in seen:
            raise WorkbenchError(
                f"{name}:{line}: duplicate claim id {claim.id!r} "
                f"(first at line {seen[claim.id]}, again at line {line})"
            )
        seen[claim.id] = line
    if parsed.scale is not None:
        names = [entry.name for entry in parsed.scale]
        if len(set(names)) != len(names) or not names:
            line = _top_key_line(lines, "scale")
            raise WorkbenchError(f"{name}:{line}: 'scale': names must be unique and non-empty")
    return parsed


def source_line(raw: str, claim_index: int) -> int:
    """Line of the `sources` key of claim number `claim_index` (for errors)."""
    lines = raw.splitlines()
    headers = _claim_lines(lines)
    if claim_index >= len(headers):
        return 1
    return key_line(lines, headers[claim_index], "sources")


def read_claims_text(path: Path) -> str:
    """The text of a claims file (a BOM dropped); unreadable or non-UTF-8 is
    one WorkbenchError line, as everywhere claims.toml is read."""
    try:
        raw_bytes = path.read_bytes()
    except OSError as exc:
        raise WorkbenchError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        return raw_bytes.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise WorkbenchError(f"{path.name}: not UTF-8 (byte {exc.start})") from None


def load_claims_file(path: Path) -> tuple[ClaimsFile, str]:
    """Read `path`; return the model and the raw text (for line lookups)."""
    raw = read_claims_text(path)
    return parse_claims_text(raw, path.name), raw
