"""The core is headless: importing it must not pull in textual or rich.

As Harlequin does, each module is imported in a fresh interpreter, because
in this process the TUI tests may already have imported textual.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE = [
    "workbench.corpus",
    "workbench.claims",
    "workbench.workspace",
    "workbench.evidence",
    "workbench.ledger",
    "workbench.export",
    "workbench.extract",
]


@pytest.mark.parametrize("module", CORE)
def test_core_module_does_not_import_the_tui(module: str) -> None:
    code = (
        f"import sys, {module}\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'textual', 'rich'})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
