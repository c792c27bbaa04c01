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


def unknown_ids(keymap: dict[str, str]) -> list[str]:
    """The keymap's ids that no binding of the interface has: a typo, most likely.

    Textual's `set_keymap` ignores them without a word; the reviewer would
    wonder why the key does nothing.
    """
    if not keymap:
        return []
    from textual.binding import Binding

    from workbench.tui import app
    from workbench.tui.screens import article, confirm, error, main, note
    from workbench.tui.screens import help as help_screen
    from workbench.tui.widgets import claims_list, evidence_column

    modules: list[object] = [app, article, confirm, error, help_screen, main, note]
    modules += [claims_list, evidence_column]
    try:
        from workbench.tui.screens import candidates

        modules.append(candidates)
    except ImportError:
        pass
    known: set[str] = set()
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, type):
                bindings = getattr(value, "BINDINGS", None) or ()
                known.update(b.id for b in bindings if isinstance(b, Binding) and b.id)
    return sorted(set(keymap) - known)
