"""The verdict scale: names stored in the ledger, labels for people, ratings for export.

A workspace may define its own `[[scale]]` in claims.toml; the order of the
entries is the order of the keys 1..n in the interface.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.claims import ScaleEntry
from workbench.errors import WorkbenchError

DEFAULT_SCALE: tuple[ScaleEntry, ...] = (
    ScaleEntry(name="true", label="True", rating=5),
    ScaleEntry(name="mostly-true", label="Mostly true", rating=4),
    ScaleEntry(name="half-true", label="Half true", rating=3),
    ScaleEntry(name="mostly-false", label="Mostly false", rating=2),
    ScaleEntry(name="false", label="False", rating=1),
    ScaleEntry(name="unverifiable", label="Unverifiable", rating=None),
)


@dataclass(frozen=True)
class Scale:
    """An ordered list of verdicts; `entries[0]` is key 1."""

    entries: tuple[ScaleEntry, ...] = DEFAULT_SCALE

    @classmethod
    def from_config(cls, entries: list[ScaleEntry] | None) -> Scale:
        return cls(tuple(entries)) if entries else cls()

    @property
    def names(self) -> list[str]:
        return [entry.name for entry in self.entries]

    def __contains__(self, name: object) -> bool:
        return any(entry.name == name for entry in self.entries)

    def get(self, name: str) -> ScaleEntry | None:
        for entry in self.entries:
            if entry.name == name:
                return entry
        return None

    def label(self, name: str) -> str:
        entry = self.get(name)
        return entry.label if entry else name

    def by_key(self, key: int) -> ScaleEntry | None:
        """Entry for the interface's key `key` (1-based), if any."""
        return self.entries[key - 1] if 1 <= key <= len(self.entries) else None

    @property
    def best_rating(self) -> int | None:
        ratings = [e.rating for e in self.entries if e.rating is not None]
        return max(ratings) if ratings else None

    @property
    def worst_rating(self) -> int | None:
        ratings = [e.rating for e in self.entries if e.rating is not None]
        return min(ratings) if ratings else None

    def resolve(self, text: str) -> ScaleEntry:
        """A verdict as typed on the command line: its name, its label or its key."""
        wanted = text.strip()
        entry = self.get(wanted)
        if entry is None:
            folded = wanted.casefold()
            entry = next(
                (e for e in self.entries if folded in (e.name.casefold(), e.label.casefold())),
                None,
            )
        if entry is None and wanted.isdigit() and len(wanted) <= 6:
            entry = self.by_key(int(wanted))
        if entry is None:
            raise WorkbenchError(
                f"unknown verdict {text!r} (the scale is: {', '.join(self.names)})"
            )
        return entry
