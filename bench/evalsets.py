"""Where the shared evaluation sets are, and their scorer, for the bench scripts.

The sets live beside the repository (`../shared/eval`), as in CI; score.py is
loaded from there rather than copied, so every script scores as the issue's
evaluation does.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def score_module() -> ModuleType:
    """../shared/eval/score.py, with its `fold` and `score`."""
    path = EVAL / "score.py"
    spec = importlib.util.spec_from_file_location("eval_score", path)
    if spec is None or spec.loader is None or not path.exists():
        sys.exit(f"{path} not found: the evaluation sets belong beside the repository")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
