"""The evidence engine: for each claim, the passages for and against it.

Headless (no Textual, no rich): the CLI and the interface both call
`EvidenceIndex.open(workspace).evidence(claim)`.
"""

from workbench.evidence.engine import (
    ArticleMeta,
    ClaimEvidence,
    EvidenceCancelled,
    EvidenceIndex,
    EvidenceItem,
)

__all__ = ["ArticleMeta", "ClaimEvidence", "EvidenceCancelled", "EvidenceIndex", "EvidenceItem"]
