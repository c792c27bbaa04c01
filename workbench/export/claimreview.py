"""schema.org ClaimReview JSON-LD: how fact-checkers exchange verdicts.

One object per reviewed claim, from its current review. Objects that lack
a required field (`claimReviewed`, `reviewRating.alternateName`, `url`) are
left out and named, because an importer (e.g. Meedan Check) would reject
or mis-file them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from workbench.corpus import Corpus
from workbench.errors import WorkbenchError
from workbench.ledger import Ledger

REQUIRED = ("claimReviewed", "reviewRating.alternateName", "url")
_ORGANISATION = re.compile(
    r"\b(government|governments|ministry|officials|agency|office|department|committee|party|"
    r"council|army|military|news|kremlin|white house|union|nations|association|company)\b",
    re.IGNORECASE,
)


@dataclass
class ExportResult:
    objects: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # claims left out, and why
    warnings: list[str] = field(default_factory=list)  # exported, but worth a look


def _claimant(name: str) -> dict[str, str]:
    """schema.org wants a Person or an Organization; claims.toml only has a name.

    Claimants are written "Name, role" ("Dmitry Peskov, Kremlin spokesman"),
    so only the part before the first comma decides: the role names an
    organisation the person speaks for, not what the claimant is.
    """
    head = name.split(",", 1)[0]
    kind = "Organization" if _ORGANISATION.search(head) else "Person"
    return {"@type": kind, "name": name}


def _get(obj: dict[str, Any], dotted: str) -> Any:
    for part in dotted.split("."):
        obj = obj.get(part) if isinstance(obj, dict) else None
    return obj


def claimreviews(ledger: Ledger) -> ExportResult:
    workspace = ledger.workspace
    publisher = workspace.config.publisher
    result = ExportResult()
    corpus: Corpus | None = None
    for claim in workspace.claims:
        try:
            verdicts = ledger.read(claim.id)
        except WorkbenchError as exc:
            result.problems.append(f"claim {claim.id}: left out: {exc.message}")
            continue
        if verdicts is None or verdicts.current is None:
            continue
        review = verdicts.current
        if verdicts.claim_text != claim.text:
            result.warnings.append(
                f"claim {claim.id}: stale (the claim's text changed since it was reviewed); "
                "exported with the text as reviewed"
            )
        entry = ledger.scale.get(review.verdict)
        rating: dict[str, Any] = {"@type": "Rating"}
        if entry is not None:
            if entry.rating is not None:
                rating["ratingValue"] = entry.rating
                rating["bestRating"] = ledger.scale.best_rating
                rating["worstRating"] = ledger.scale.worst_rating
            rating["alternateName"] = entry.label
        item: dict[str, Any] = {"@type": "Claim"}
        if claim.claimant:
            item["author"] = _claimant(claim.claimant)
        if claim.sources:
            corpus = corpus or ledger.articles(s for c in workspace.claims for s in c.sources)
            appearances, dates = [], []
            for source in claim.sources:
                article = corpus.get(source)
                if article is None:
                    continue
                work: dict[str, Any] = {"@type": "CreativeWork"}
                for key, value in (
                    ("url", article.url),
                    ("headline", article.title),
                    ("datePublished", article.date),
                ):
                    if value:
                        work[key] = value
                appearances.append(work)
                if article.date:
                    dates.append(article.date)
            if dates:
                item["datePublished"] = min(dates)
            if appearances:
                item["appearance"] = appearances
        obj: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": verdicts.claim_text,
            "reviewRating": rating,
            "itemReviewed": item,
            "datePublished": review.at.date().isoformat(),
        }
        if publisher is not None:
            author = {"@type": "Organization", "name": publisher.name}
            if publisher.url:
                author["url"] = publisher.url
            obj["author"] = author
            if publisher.review_url:
                obj["url"] = publisher.review_url + claim.id
        missing = [name for name in REQUIRED if not _get(obj, name)]
        if missing:
            why = {
                "url": "set [publisher] review_url in claims.toml",
                "reviewRating.alternateName": f"verdict {review.verdict!r} is not on the scale",
                "claimReviewed": "the claim text is empty",
            }
            result.problems.append(
                f"claim {claim.id}: left out: lacks "
                + ", ".join(f"{name} ({why[name]})" for name in missing)
            )
            continue
        result.objects.append(obj)
    return result
