"""Exports of the ledger for other tools (headless: no interface imports)."""

from workbench.export.claimreview import REQUIRED, ExportResult, claimreviews

__all__ = ["REQUIRED", "ExportResult", "claimreviews"]
