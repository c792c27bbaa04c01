"""Write what the reviewer decides: accepted candidates, rejected candidates.

Accepting appends `[[claims]]` tables to claims.toml as text: the bytes
already there (comments, order, formatting) are never re-serialised, and
the result is parsed with the foundation's parser before it is written, so
a bad append can never land. Rejections go to a small TOML file in the
workspace root that is meant to be committed, so teammates share them.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import tomli_w

from workbench.atomic import write_bytes_atomic, write_text_atomic
from workbench.claims import Claim, parse_claims_text
from workbench.claims.load import read_claims_text, toml_error_line
from workbench.claims.model import SLUG
from workbench.errors import WorkbenchError
from workbench.extract.engine import Candidate, fold, slugify
from workbench.workspace import CLAIMS_FILE, Workspace

REJECTED_FILE = "candidates-rejected.toml"
_REJECTED_HEADER = (
    "# Candidates rejected in `workbench extract --reject` or the candidates screen.\n"
    "# Commit this file: teammates then no longer see these candidates.\n"
    "# Matched by id, or by text when the id has changed.\n\n"
)


@dataclass(frozen=True, slots=True)
class Rejected:
    id: str
    text: str
    at: str = ""


def rejected_path(root: Path) -> Path:
    return Path(root) / REJECTED_FILE


def load_rejected(root: Path) -> list[Rejected]:
    """The rejected candidates of the workspace at `root` (none when no file)."""
    path = rejected_path(root)
    if not path.is_file():
        return []
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise WorkbenchError(f"{REJECTED_FILE}: cannot read: {exc}") from None
    for number, line in enumerate(raw.splitlines(), start=1):
        if line.startswith(("<<<<<<<", ">>>>>>>")):
            raise WorkbenchError(
                f"{REJECTED_FILE}:{number}: unresolved git merge conflict: keep the "
                "[[rejected]] tables of both sides and delete the marker lines "
                "(`workbench init` has git do it: merge=union for this file)"
            )
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        where, reason = toml_error_line(str(exc), raw)
        raise WorkbenchError(f"{REJECTED_FILE}:{where}: invalid TOML: {reason}") from None
    found = []
    for entry in data.get("rejected", []):
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            found.append(
                Rejected(entry["id"], str(entry.get("text", "")), str(entry.get("at", "")))
            )
    return found


def rejected_keys(root: Path) -> set[str]:
    """Ids and folded texts to leave out of the candidate list."""
    keys: set[str] = set()
    for entry in load_rejected(root):
        keys.add(entry.id)
        if entry.text:
            keys.add(fold(entry.text))
    return keys


def reject(root: Path, candidates: Iterable[Candidate]) -> list[Rejected]:
    """Remember `candidates` as rejected (atomically); return the whole list."""
    entries = load_rejected(root)
    known = {entry.id for entry in entries}
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    for candidate in candidates:
        if candidate.id not in known:
            entries.append(Rejected(candidate.id, candidate.text, now))
            known.add(candidate.id)
    write_text_atomic(rejected_path(root), _REJECTED_HEADER + _rejected_toml(entries))
    return entries


def _rejected_toml(entries: list[Rejected]) -> str:
    """One rejected candidate per line (an inline table), never `[[rejected]]` tables.

    Two teammates who reject candidates on their branches each add lines;
    git's union merge (`workbench init` sets merge=union for this file) then
    keeps both. With `[[rejected]]` tables the shared header lines made the
    union interleave two tables' keys, which is no longer valid TOML.
    """
    lines = []
    for entry in entries:
        fields = (("id", entry.id), ("text", entry.text), ("at", entry.at))
        inline = ", ".join(f"{key} = {_toml_value(value)}" for key, value in fields)
        lines.append(f"    {{ {inline} }},\n")
    return "rejected = [\n" + "".join(lines) + "]\n"


def _toml_value(value: str) -> str:
    """`value` as a one-line TOML string (tomli-w escapes newlines in it)."""
    return tomli_w.dumps({"v": value}).removeprefix("v = ").rstrip("\n")


def new_claim_id(text: str, taken: Collection[str]) -> str:
    """A readable slug of `text`, unique among `taken` (-2, -3, … when needed)."""
    base = slugify(text, 6)[:60].strip("-") or "claim"
    if not SLUG.match(base):
        base = "claim"
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    return candidate


def claim_from(candidate: Candidate, taken: Collection[str], text: str | None = None) -> Claim:
    """The claim a candidate becomes (optionally with the reviewer's edited text)."""
    wording = (text if text is not None else candidate.text).strip()
    if not wording:
        raise WorkbenchError(f"candidate {candidate.id}: the claim text is empty")
    sources: list[str] = []
    for source in candidate.sources:
        if source.article not in sources:
            sources.append(source.article)
    return Claim(
        id=new_claim_id(wording, taken),
        text=wording,
        claimant=candidate.claimant,
        kind=candidate.kind if candidate.kind in ("assertion", "denial") else None,  # type: ignore[arg-type]
        sources=sources,
    )


def claim_toml(claim: Claim, note: str = "") -> str:
    """One `[[claims]]` table; every value escaped by tomli_w, never by hand."""
    values = {
        key: value for key, value in claim.model_dump().items() if value is not None and value != []
    }
    comment = f"# {note}\n" if note else ""
    return f"{comment}[[claims]]\n{tomli_w.dumps(values)}"


def append_claims(workspace: Workspace, claims: list[tuple[Claim, str]]) -> str:
    """Append `(claim, note)` tables to claims.toml; return the text appended.

    Reads the file fresh (a teammate may have edited it), appends, parses
    the result, writes atomically, and refreshes `workspace` to match.
    """
    path = workspace.root / CLAIMS_FILE
    try:
        old = path.read_bytes()
    except OSError as exc:
        raise WorkbenchError(f"{CLAIMS_FILE}: cannot read: {exc.strerror or exc}") from None
    newline = "\r\n" if b"\r\n" in old else "\n"
    lead = "" if not old or old.endswith(b"\n") else newline
    tables = "\n".join(claim_toml(claim, note) for claim, note in claims)
    appended = lead + "\n" + tables
    if newline != "\n":
        appended = appended.replace("\n", newline)
    data = old + appended.encode("utf-8")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise WorkbenchError(f"{CLAIMS_FILE}: not UTF-8 (byte {exc.start})") from None
    try:
        parsed = parse_claims_text(raw, CLAIMS_FILE)
    except WorkbenchError as exc:
        raise WorkbenchError(f"cannot append to {CLAIMS_FILE}: {exc.message}") from None
    write_bytes_atomic(path, data)
    workspace.config = parsed
    workspace.raw_claims = raw
    return appended


def accept(
    workspace: Workspace,
    candidates: Iterable[Candidate],
    texts: dict[str, str] | None = None,
) -> list[Claim]:
    """Add candidates to claims.toml as new claims; `texts` maps id to edited text."""
    texts = texts or {}
    current = parse_claims_text(read_claims_text(workspace.root / CLAIMS_FILE), CLAIMS_FILE)
    taken = {claim.id for claim in current.claims}
    same_text = {fold(claim.text): claim.id for claim in current.claims}
    made: list[tuple[Claim, str]] = []
    for candidate in candidates:
        claim = claim_from(candidate, taken, texts.get(candidate.id))
        twin = same_text.get(fold(claim.text))
        if twin is not None:  # accepted before (a second run, a reopened screen)
            raise WorkbenchError(
                f"candidate {candidate.id!r} is already claim {twin!r} (same text); nothing added"
            )
        same_text[fold(claim.text)] = claim.id
        taken.add(claim.id)
        made.append((claim, f"added by workbench extract from candidate {candidate.id}"))
    if made:
        append_claims(workspace, made)
    return [claim for claim, _note in made]
