"""A user keymap: binding ids to keys, from a TOML file, as Textual's `set_keymap` takes.

    # ~/.config/workbench/keymap.toml (or the file named by $WORKBENCH_KEYMAP)
    [keys]
    "main.undo" = "ctrl+z"
    "evidence.cite" = "space,x"

Every binding of the interface has an id (the help screen lists them).
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from workbench.errors import WorkbenchError


def keymap_path() -> Path:
    named = os.environ.get("WORKBENCH_KEYMAP")
    if named:
        return Path(named)
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return config / "workbench" / "keymap.toml"


def load_keymap(path: Path | None = None) -> dict[str, str]:
    """The `[keys]` table, or {} when there is no file; a bad file is one WorkbenchError."""
    path = path or keymap_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise WorkbenchError(f"{path}: keymap ignored: {exc}") from None
    keys = data.get("keys", {})
    if not isinstance(keys, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in keys.items()
    ):
        raise WorkbenchError(f'{path}: keymap ignored: [keys] must map ids to "key,key" strings')
    return keys
