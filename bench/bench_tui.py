"""Interface speed, measured as a user feels it: through a real pseudo-terminal.

    .venv/bin/python bench/bench_tui.py [--articles 10000] [--runs 5] [--keys 40]

Starts `workbench` on a pty (120×40, TERM=xterm-256color) and reads what it
writes, as a terminal would:

* start → first paint: from just before the process is spawned until the
  first frame holding the main screen's header ("N / M reviewed") arrives;
* key → repaint: `j`/`k` written to the pty, until the end of the next frame
  Textual sends (it wraps each frame in synchronized-output sequences; the
  pty answers its query for them as a modern terminal does); on the large
  workspace also while the interface builds the index from a cold cache.

It runs on the seeds workspace of the repository and on a generated
workspace of N articles (by default 10,000 articles of 25 sentences and
200 claims, from bench/gen_corpus.py; seed sentences if it is missing),
built once under /tmp/workbench-bench/.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import random
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BENCH_DIR = Path("/tmp/workbench-bench")
SYNC_END = b"\x1b[?2026l"
SYNC_QUERY = b"\x1b[?2026$p"
HEADER = re.compile(rb"\d+ / \d+ reviewed")
COLS, ROWS = 120, 40


class Term:
    """A child process on a pty, and what it has written so far."""

    def __init__(self, argv: list[str], cwd: Path) -> None:
        self.started = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # the child: become workbench
            os.chdir(cwd)
            os.environ.update(TERM="xterm-256color", COLUMNS=str(COLS), LINES=str(ROWS))
            os.execv(argv[0], argv)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        self.buffer = b""

    def read(self, timeout: float) -> bytes:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return b""
        try:
            chunk = os.read(self.fd, 1 << 20)
        except OSError:
            return b""
        if SYNC_QUERY in chunk:  # answer as a modern terminal: synchronized output supported
            os.write(self.fd, b"\x1b[?2026;2$y")
        self.buffer += chunk
        return chunk

    def wait_for(self, pattern: re.Pattern[bytes] | bytes, timeout: float, since: int = 0) -> float:
        """Seconds (perf_counter) when `pattern` first appears after offset `since`."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            self.read(0.05)
            tail = self.buffer[since:]
            found = pattern.search(tail) if isinstance(pattern, re.Pattern) else pattern in tail
            if found:
                return time.perf_counter()
        raise TimeoutError(f"no {pattern!r} within {timeout} s")

    def quiet(self, seconds: float) -> None:
        """Read until nothing arrives for `seconds`."""
        while self.read(seconds):
            pass

    def close(self) -> None:
        try:
            os.write(self.fd, b"q")
            self.quiet(0.3)
        except OSError:
            pass
        try:
            os.kill(self.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)
        os.close(self.fd)


def workbench_argv(root: Path) -> list[str]:
    return [str(REPO / ".venv" / "bin" / "workbench"), "--root", str(root)]


def first_paint(root: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        term = Term(workbench_argv(root), root)
        try:
            painted = term.wait_for(HEADER, 30)
            times.append(painted - term.started)
        finally:
            term.close()
    return times


def key_repaint(root: Path, keys: int, settle: float) -> list[float]:
    """Alternate j and k on the claims list; time each key to the end of its frame."""
    term = Term(workbench_argv(root), root)
    try:
        term.wait_for(HEADER, 30)
        deadline = time.perf_counter() + settle  # the index and the +N −M counts
        while time.perf_counter() < deadline:
            term.read(0.1)
        term.quiet(0.5)
        times = []
        for n in range(keys):
            mark = len(term.buffer)
            sent = time.perf_counter()
            os.write(term.fd, b"j" if (n // 5) % 2 == 0 else b"k")
            done = term.wait_for(SYNC_END, 5, since=mark)
            times.append(done - sent)
            term.quiet(0.15)  # let the evidence of the new claim land before the next key
        return times
    finally:
        term.close()


ACTIONS = (
    ("verdict 1", b"1"),
    ("undo", b"u"),
    ("tab", b"\t"),
    ("cite", b" "),
    ("un-cite", b" "),
    ("undo", b"u"),
    ("undo", b"u"),
    ("article view", b"\r"),
    ("next passage", b"n"),
)


def action_keys(root: Path, settle: float) -> list[tuple[str, float]]:
    """Writing keys (each is undone), focus and the article view: key to end of frame."""
    term = Term(workbench_argv(root), root)
    try:
        term.wait_for(HEADER, 30)
        deadline = time.perf_counter() + settle
        while time.perf_counter() < deadline:
            term.read(0.1)
        term.quiet(0.5)
        times = []
        for name, key in ACTIONS:
            mark = len(term.buffer)
            sent = time.perf_counter()
            os.write(term.fd, key)
            try:
                times.append((name, term.wait_for(SYNC_END, 3, since=mark) - sent))
            except TimeoutError:  # nothing to change (say, no passage to cite)
                times.append((name, float("nan")))
            term.quiet(0.3)
        return times
    finally:
        term.close()


def seeds_workspace() -> Path:
    root = BENCH_DIR / "seeds"
    if not (root / "claims.toml").exists():
        root.mkdir(parents=True, exist_ok=True)
        shutil.copytree(REPO / "seeds", root / "seeds", dirs_exist_ok=True)
        shutil.copyfile(REPO / "claims.toml", root / "claims.toml")
    return root


def generated_workspace(articles: int) -> Path:
    """N articles of 25 sentences and 200 claims from bench/gen_corpus.py, built once."""
    root = BENCH_DIR / f"gen{articles}"
    folder = root / "articles"
    if (root / "claims.toml").exists() and len(list(folder.glob("*.txt"))) == articles:
        return root
    shutil.rmtree(root, ignore_errors=True)
    generator = REPO / "bench" / "gen_corpus.py"
    if generator.exists():
        command = [sys.executable, str(generator), str(root), "--passages", str(articles * 25)]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        return root
    return seed_sentence_workspace(root, articles)


def seed_sentence_workspace(root: Path, articles: int) -> Path:
    """Fallback without the generator: seed sentences in random order, the seed claims."""
    sys.path.insert(0, str(REPO))
    from workbench.corpus import load_corpus

    corpus = load_corpus(REPO / "seeds")
    sentences = [p.text for a in corpus for p in a.passages]
    rng = random.Random(7)
    folder = root / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(articles):
        body = "\n\n".join(rng.sample(sentences, k=min(12, len(sentences))))
        title = " ".join(rng.sample(sentences[0].split(), k=6)).capitalize()
        text = f"{title}\n\n{1 + number % 28} Oct, 2023 08:04\n\n{body}\n"
        (folder / f"{number:05d}_gen.txt").write_text(text, encoding="utf-8")
    raw = (REPO / "claims.toml").read_text(encoding="utf-8")
    raw = re.sub(r'^articles = ".*"$', 'articles = "articles"', raw, flags=re.M)
    raw = re.sub(r"^sources = \[.*\]$", "sources = []", raw, flags=re.M)
    (root / "claims.toml").write_text(raw, encoding="utf-8")
    return root


def build_index(root: Path) -> float:
    """Build (or reuse) the evidence cache before timing, as a user's second start would."""
    sys.path.insert(0, str(REPO))
    from workbench.evidence import EvidenceIndex
    from workbench.workspace import Workspace

    started = time.perf_counter()
    EvidenceIndex.open(Workspace.open(root))
    return time.perf_counter() - started


def describe(name: str, values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return (
        f"{name}: median {statistics.median(ms):.0f} ms, p95 {p95:.0f} ms, "
        f"max {ms[-1]:.0f} ms (n={len(ms)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keys", type=int, default=40)
    args = parser.parse_args()
    for label, root in (
        ("seeds", seeds_workspace()),
        (f"{args.articles} articles", generated_workspace(args.articles)),
    ):
        print(f"== {label} ({root})")
        if label != "seeds":  # keys while the interface builds the index from scratch
            shutil.rmtree(root / ".workbench", ignore_errors=True)
            cold = key_repaint(root, args.keys // 2, settle=0.5)
            print(describe("key → repaint during the first index build", cold))
        print(f"evidence index open/build: {build_index(root):.2f} s")
        print(describe("start → first paint", first_paint(root, args.runs)))
        print(describe("key → repaint (j/k)", key_repaint(root, args.keys, settle=3.0)))
        actions = action_keys(root, settle=3.0)
        print("other keys: " + ", ".join(f"{name} {t * 1000:.0f} ms" for name, t in actions))
    return 0


if __name__ == "__main__":
    sys.exit(main())
