"""The verdict ledger: one TOML file per claim in git, append-only, never losing a review.

Headless: nothing here imports the interface (textual, rich).
"""

from workbench.ledger.model import (
    STANCES,
    Citation,
    LedgerFileError,
    Review,
    VerdictFile,
)
from workbench.ledger.scale import DEFAULT_SCALE, Scale
from workbench.ledger.store import ClaimStatus, Draft, DraftCitation, Ledger, RecordResult

__all__ = [
    "DEFAULT_SCALE",
    "STANCES",
    "Citation",
    "ClaimStatus",
    "Draft",
    "DraftCitation",
    "Ledger",
    "LedgerFileError",
    "RecordResult",
    "Review",
    "Scale",
    "VerdictFile",
]
