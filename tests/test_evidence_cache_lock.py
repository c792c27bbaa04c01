"""Two builders saving the index at once (the interface and a command) both
finish, and the cache they leave is whole."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import numpy as np

from workbench.evidence import EvidenceIndex, cache
from workbench.workspace import Workspace

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_concurrent_saves_leave_a_loadable_cache(tmp_path: Path, monkeypatch) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "claims.toml").write_text('articles = "seeds"\n', encoding="utf-8")
    workspace = Workspace.load(tmp_path)
    EvidenceIndex.open(workspace)
    digest = cache.code_digest()
    stored = cache.load(workspace.cache_dir, digest)
    stored.arrays = {name: np.array(arr) for name, arr in stored.arrays.items()}

    real_save = np.save

    def slow_save(*args, **kwargs):  # widen the window between a save's steps
        time.sleep(0.01)
        return real_save(*args, **kwargs)

    monkeypatch.setattr(np, "save", slow_save)
    errors: list[BaseException] = []

    def save() -> None:
        try:
            cache.save(workspace.cache_dir, stored)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=save) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    reloaded = cache.load(workspace.cache_dir, digest)
    assert len(reloaded.arrays["p_art"]) == len(stored.arrays["p_art"])
    generations = {
        p.name.rsplit("-", 1)[-1] for p in cache.folder_of(workspace.cache_dir).glob("*.npy")
    }
    assert len(generations) == 1
