"""The on-disk index under `<workspace>/.workbench/evidence/`.

Layout: one generation of `.npy` arrays (opened memory-mapped, so a
reload costs milliseconds) plus `vocab-<gen>.txt`, and `manifest.json`,
written last and atomically, naming the generation, the engine's code
digest and every article's path, size, mtime and content hash. A reader
trusts only what the manifest names; a crash or ctrl+c mid-write leaves
the previous generation in force. Anything unreadable is `CacheDamaged`,
which the caller answers with a rebuild.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from workbench.atomic import write_bytes_atomic

ARRAYS = (
    "p_art",
    "p_start",
    "p_end",
    "p_speaker",
    "text_ptr",
    "blob",
    "tok_ptr",
    "tok_ids",
    "post_ptr",
    "post_docs",
    "post_w",
    "idf",
)
FORMAT = 1
LOCK = ".lock"


class CacheDamaged(Exception):
    """The cache cannot be trusted: rebuild it."""


def code_digest() -> str:
    """Digest of the code that shapes the cache: passages and tokens.

    The foundation's splitter and our normaliser both change what is
    stored, so a change to either must invalidate every cache.
    """
    import workbench.corpus as corpus_pkg
    import workbench.evidence as evidence_pkg

    h = hashlib.sha256(f"format {FORMAT}".encode())
    for pkg, names in (
        (corpus_pkg, None),
        (evidence_pkg, ("text.py", "lexicon.py", "cache.py", "index.py", "engine.py")),
    ):
        folder = Path(pkg.__file__).parent
        files = sorted(folder.glob("*.py")) if names is None else [folder / n for n in names]
        for path in files:
            with contextlib.suppress(OSError):
                h.update(path.name.encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:16]


@dataclass
class Stored:
    """Everything the index holds, in memory (arrays may be memory-mapped)."""

    articles: list[dict]
    speakers: list[str]
    vocab: list[str]
    arrays: dict[str, np.ndarray]
    digest: str = ""
    term_of: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.term_of:
            self.term_of = {t: i for i, t in enumerate(self.vocab)}


def folder_of(cache_dir: Path) -> Path:
    return cache_dir / "evidence"


def load(cache_dir: Path, digest: str) -> Stored:
    """Open the cache; raise `CacheDamaged` if anything does not add up."""
    folder = folder_of(cache_dir)
    manifest_path = folder / "manifest.json"
    if not manifest_path.is_file():
        raise CacheDamaged("no cache yet")
    try:
        manifest = json.loads(manifest_path.read_bytes())
        if manifest.get("format") != FORMAT or manifest.get("digest") != digest:
            raise CacheDamaged("built by other code")
        gen = manifest["gen"]
        arrays = {}
        for name in ARRAYS:
            path = folder / f"{name}-{gen}.npy"
            arr = np.load(path, mmap_mode="r", allow_pickle=False)
            if arr.shape != tuple(manifest["shapes"][name]):
                raise CacheDamaged(f"{name}: shape differs")
            arrays[name] = arr
        vocab_bytes = (folder / f"vocab-{gen}.txt").read_bytes()
        if hashlib.sha256(vocab_bytes).hexdigest() != manifest["vocab_sha256"]:
            raise CacheDamaged("vocabulary damaged")
        vocab = vocab_bytes.decode("utf-8").split("\n") if vocab_bytes else []
        stored = Stored(manifest["articles"], manifest["speakers"], vocab, arrays, digest)
    except CacheDamaged:
        raise
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError, EOFError) as exc:
        raise CacheDamaged(str(exc)) from None
    _check(stored)
    return stored


def _check(s: Stored) -> None:
    """Cheap consistency checks that catch truncated or mixed files."""
    a = s.arrays
    n = len(a["p_art"])
    ok = (
        len(a["p_start"]) == n == len(a["p_end"]) == len(a["p_speaker"])
        and len(a["text_ptr"]) == n + 1 == len(a["tok_ptr"])
        and (n == 0 or int(a["text_ptr"][-1]) == len(a["blob"]))
        and (n == 0 or int(a["tok_ptr"][-1]) == len(a["tok_ids"]))
        and len(a["post_ptr"]) == len(s.vocab) + 1 == len(a["idf"]) + 1
        and int(a["post_ptr"][-1]) == len(a["post_docs"]) == len(a["post_w"])
        and sum(int(x["count"]) for x in s.articles) == n
    )
    if not ok:
        raise CacheDamaged("arrays disagree")


@contextlib.contextmanager
def _save_lock(folder: Path) -> Iterator[None]:
    """One writer at a time: the interface and a command building together
    would otherwise each delete the other's new generation as "old files"."""
    with open(folder / LOCK, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def save(cache_dir: Path, stored: Stored) -> None:
    """Write a new generation, then the manifest; then drop old files."""
    folder = folder_of(cache_dir)
    folder.mkdir(parents=True, exist_ok=True)
    with _save_lock(folder):
        _save_locked(folder, stored)


def _save_locked(folder: Path, stored: Stored) -> None:
    gen = secrets.token_hex(4)
    shapes = {}
    for name in ARRAYS:
        arr = np.ascontiguousarray(stored.arrays[name])
        shapes[name] = list(arr.shape)
        tmp = folder / f".{name}-{gen}.npy.tmp"
        with open(tmp, "wb") as handle:
            np.save(handle, arr, allow_pickle=False)
        tmp.replace(folder / f"{name}-{gen}.npy")
    vocab_bytes = "\n".join(stored.vocab).encode("utf-8")
    write_bytes_atomic(folder / f"vocab-{gen}.txt", vocab_bytes)
    manifest = {
        "format": FORMAT,
        "digest": stored.digest,
        "gen": gen,
        "shapes": shapes,
        "vocab_sha256": hashlib.sha256(vocab_bytes).hexdigest(),
        "speakers": stored.speakers,
        "articles": stored.articles,
    }
    write_bytes_atomic(folder / "manifest.json", json.dumps(manifest).encode("utf-8"))
    for path in folder.iterdir():
        if path.name not in ("manifest.json", LOCK) and f"-{gen}." not in path.name:
            with contextlib.suppress(OSError):
                path.unlink()
