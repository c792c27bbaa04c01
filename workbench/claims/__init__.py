"""Claims: the schema of claims.toml and its loader with line-precise errors."""

from workbench.claims.load import load_claims_file, parse_claims_text
from workbench.claims.model import Claim, ClaimsFile, Publisher, ScaleEntry

__all__ = [
    "Claim",
    "ClaimsFile",
    "Publisher",
    "ScaleEntry",
    "load_claims_file",
    "parse_claims_text",
]
