"""What must hold whatever happens: concurrent writers, kills mid-save, read-only, full disk."""

from __future__ import annotations

import contextlib
import errno
import os
import resource
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from test_ledger_fixtures import make_workspace, run_cli, span

from workbench.errors import WorkbenchError
from workbench.ledger import Ledger, VerdictFile
from workbench.workspace import Workspace

CLAIM = "keepers-not-consulted"

WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from workbench.workspace import Workspace
    from workbench.ledger import Ledger
    root, name, count, gate = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    ledger = Ledger(Workspace.open(root))
    cite = [("coast", int(sys.argv[5]), int(sys.argv[6]), "support")]
    print("ready", flush=True)
    while not gate.exists():
        time.sleep(0.001)
    i = 0
    while count < 0 or i < count:
        review = ledger.record("{claim}", "true", note=f"{name} {i}", reviewer=name,
                               citations=cite if i % 2 else [])
        print(review.review.id, flush=True)
        i += 1
    """
).replace("{claim}", CLAIM)


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return make_workspace(tmp_path / "ws")


def _writer(root: Path, name: str, count: int, gate: Path, cite: tuple[str, int, int]):
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(root), name, str(count), str(gate), *map(str, cite[1:])],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_fifty_verdicts_each_all_land(workspace) -> None:
    gate = workspace.root / "go"
    cite = span(workspace, "We were never consulted")
    procs = [_writer(workspace.root, f"p{n}", 50, gate, cite) for n in (1, 2)]
    for proc in procs:
        assert proc.stdout.readline().strip() == "ready"
    started = time.perf_counter()
    gate.touch()
    outputs = [proc.communicate(timeout=60) for proc in procs]
    elapsed = time.perf_counter() - started
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
    printed = [out.split() for out, _ in outputs]
    verdicts = Ledger(workspace).read(CLAIM)
    assert len(verdicts.reviews) == 100
    ids = [r.id for r in verdicts.reviews]
    assert len(set(ids)) == 100 and set(ids) == set(printed[0]) | set(printed[1])
    for name in ("p1", "p2"):  # each writer's reviews are in its own order
        notes = [r.note for r in verdicts.reviews if r.reviewer == name]
        assert notes == [f"{name} {i}" for i in range(50)]
    interleaved = sum(
        a.reviewer != b.reviewer
        for a, b in zip(verdicts.reviews, verdicts.reviews[1:], strict=False)
    )
    assert interleaved > 1, "the writers did not overlap: the test proved nothing"
    assert elapsed < 20


def _assert_valid_with(path: Path, ids: list[str]) -> int:
    verdicts = VerdictFile.load(path)
    on_disk = [r.id for r in verdicts.reviews]
    assert on_disk[: len(ids)] == ids[: len(on_disk)] or set(ids) <= set(on_disk)
    assert set(ids) <= set(on_disk), "a confirmed review was lost"
    return len(on_disk)


def test_killed_at_any_instant_leaves_a_valid_file_with_every_review(
    workspace,
) -> None:
    """SIGKILL a writer at random moments; every review it confirmed must survive."""
    path = Ledger(workspace).path(CLAIM)
    cite = span(workspace, "We were never consulted")
    gate = workspace.root / "go"
    gate.touch()
    confirmed: list[str] = []
    delays = [0.0, 0.003, 0.011, 0.023, 0.037, 0.059, 0.083, 0.13]
    for delay in delays:
        proc = _writer(workspace.root, "killed", -1, gate, cite)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(0.05 + delay)
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        confirmed += out.split()
        if path.exists():
            _assert_valid_with(path, confirmed)
    assert len(confirmed) > 5, "the writer never got to write: the test proved nothing"
    # A kill mid-save can leave a temp file beside the ledger; the next save sweeps it.
    Ledger(workspace).record(CLAIM, "false")
    assert not list(path.parent.glob(f".{path.name}.*.tmp"))
    assert _assert_valid_with(path, confirmed) >= len(confirmed) + 1  # + unconfirmed ones


def test_kill_during_fsync_of_the_new_file_keeps_the_old_one(workspace) -> None:
    """Deterministic variant: the writer is stopped after writing the temp file, before rename."""
    ledger = Ledger(workspace)
    ledger.record(CLAIM, "true", note="kept")
    path = ledger.path(CLAIM)
    before = path.read_bytes()
    script = textwrap.dedent(
        f"""
        import os, sys, time
        from workbench.workspace import Workspace
        from workbench.ledger import Ledger
        real = os.fsync
        def slow(fd):
            real(fd)
            print("in fsync", flush=True)
            time.sleep(30)
        os.fsync = slow
        Ledger(Workspace.open({str(workspace.root)!r})).record({CLAIM!r}, "false", note="x" * 5000)
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "in fsync"
    assert list(path.parent.glob(f".{path.name}.*.tmp")), "expected a temp file mid-save"
    proc.kill()
    proc.communicate()
    assert path.read_bytes() == before
    ledger.record(CLAIM, "half-true")
    assert [r.note for r in ledger.read(CLAIM).reviews] == ["kept", ""]


def test_an_interrupted_save_in_process_changes_nothing(workspace, monkeypatch) -> None:
    ledger = Ledger(workspace)
    ledger.record(CLAIM, "true")
    path = ledger.path(CLAIM)
    before = path.read_bytes()

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(WorkbenchError) as info:
        ledger.record(CLAIM, "false")
    assert "No space left on device" in info.value.message
    assert "\n" not in info.value.message
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert not list(path.parent.glob(f".{path.name}.*.tmp"))


def _one_clean_error(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("workbench: "), done.stderr
    assert "Traceback" not in done.stderr
    for word in words:
        assert word in done.stderr


def test_file_too_large_is_one_error_and_nothing_damaged(workspace) -> None:
    """A write that the OS refuses part-way (here RLIMIT_FSIZE, like a full disk)."""
    ledger = Ledger(workspace)
    ledger.record(CLAIM, "true", note="first")
    path = ledger.path(CLAIM)
    before = path.read_bytes()
    limit = len(before) + 20

    def limit_size() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    done = run_cli(
        workspace.root, "verdict", CLAIM, "false", "--note", "n" * 500, preexec_fn=limit_size
    )
    _one_clean_error(done, "cannot write", "File too large")
    assert path.read_bytes() == before
    assert not list(path.parent.glob(f".{path.name}.*.tmp"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_verdicts_folder_by_permissions(workspace) -> None:
    ledger = Ledger(workspace)
    ledger.record(CLAIM, "true")
    folder = ledger.folder
    before = ledger.path(CLAIM).read_bytes()
    folder.chmod(0o555)
    try:
        for claim in (CLAIM, "three-closed"):
            done = run_cli(workspace.root, "verdict", claim, "false")
            _one_clean_error(done, "cannot write")
    finally:
        folder.chmod(0o755)
    assert ledger.path(CLAIM).read_bytes() == before


def _unshare_available() -> bool:
    if os.geteuid() != 0 or not shutil.which("unshare") or not shutil.which("mount"):
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


@pytest.mark.skipif(not _unshare_available(), reason="needs root and mount namespaces")
@pytest.mark.parametrize("situation", ["full", "read-only"])
def test_real_full_disk_and_read_only_mount(workspace, situation: str) -> None:
    """A real tmpfs in a private mount namespace: filled up, or mounted read-only."""
    ledger = Ledger(workspace)
    ledger.record(CLAIM, "true", note="first")
    folder = ledger.folder
    before = ledger.path(CLAIM).read_bytes()
    saved = workspace.root / "saved"
    shutil.copytree(folder, saved)
    if situation == "full":
        prepare = (
            f"mount -t tmpfs -o size=64k tmpfs {folder} && cp -a {saved}/. {folder}/ && "
            f"(dd if=/dev/zero of={folder}/.filler bs=1k count=1000 2>/dev/null; true)"
        )
    else:
        prepare = (
            f"mount -t tmpfs -o size=64k tmpfs {folder} && cp -a {saved}/. {folder}/ && "
            f"mount -o remount,ro {folder}"
        )
    command = [sys.executable, "-m", "workbench", "--root", str(workspace.root)]
    script = (
        f"{prepare} && {' '.join(command)} verdict {CLAIM} false --note {'n' * 3000}; "
        f"echo rc=$? >&2; cat {folder}/{CLAIM}.toml > {workspace.root}/after.toml; "
        f"ls -a {folder} > {workspace.root}/listing"
    )
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, check=False
    )
    lines = done.stderr.strip().splitlines()
    assert lines[-1] == "rc=2", done.stderr
    assert len(lines) == 2 and lines[0].startswith("workbench: ") and "cannot write" in lines[0]
    reason = "No space left on device" if situation == "full" else "Read-only file system"
    assert reason in lines[0]
    assert (workspace.root / "after.toml").read_bytes() == before
    assert ".tmp" not in (workspace.root / "listing").read_text()
    with contextlib.suppress(OSError):
        shutil.rmtree(saved)
