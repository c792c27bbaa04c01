"""`workbench report`: where the review stands, as Markdown for people or JSON for tools."""

from __future__ import annotations

from typing import Any

from workbench.ledger.store import ClaimStatus, Ledger

_MD_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\`*_[]<>|#"})


def build_report(ledger: Ledger) -> dict[str, Any]:
    """Plain data (JSON-ready): progress, agreement, one entry per claim in claims.toml order."""
    claims = ledger.workspace.claims
    statuses: list[tuple[Any, ClaimStatus]] = [(c, ledger.status(c)) for c in claims]
    rows = []
    for claim, status in statuses:
        rows.append(
            {
                "id": claim.id,
                "text": claim.text,
                "verdict": status.verdict,
                "label": status.label,
                "reviewer": status.reviewer,
                "at": status.at.isoformat().replace("+00:00", "Z") if status.at else None,
                "reviews": status.reviews,
                "citations": status.citations,
                "stale": status.stale,
                "disagreement": status.disagreement,
                "reviewers": status.latest,
                "error": status.error,
            }
        )
    several = [s for _, s in statuses if len(s.latest) > 1]
    agreeing = [s for s in several if not s.disagreement]
    reviewed = sum(1 for _, s in statuses if s.reviewed)
    return {
        "progress": {
            "reviewed": reviewed,
            "total": len(claims),
            "stale": sum(1 for _, s in statuses if s.stale),
            "broken": sum(1 for _, s in statuses if s.error),
        },
        "agreement": {
            "claims_with_several_reviewers": len(several),
            "agreeing": len(agreeing),
            "rate": round(len(agreeing) / len(several), 3) if several else None,
            "disagreements": [s.claim_id for s in several if s.disagreement],
        },
        "claims": rows,
    }


def _cell(value: object) -> str:
    """One Markdown table cell: no newlines, no markup from untrusted text."""
    return " ".join(str(value).split()).translate(_MD_SPECIAL) if value not in (None, "") else "—"


def render_markdown(report: dict[str, Any]) -> str:
    progress, agreement = report["progress"], report["agreement"]
    total = progress["total"]
    share = f" ({100 * progress['reviewed'] / total:.0f}%)" if total else ""
    out = [
        "# Verdict report",
        "",
        f"Reviewed: {progress['reviewed']} / {total} claims{share}.",
    ]
    if progress["stale"]:
        out.append(f"Stale (claim text changed since review): {progress['stale']}.")
    if progress["broken"]:
        out.append(f"Unreadable verdict files: {progress['broken']} (run `workbench check`).")
    if agreement["claims_with_several_reviewers"]:
        out.append(
            f"Reviewer agreement: {agreement['agreeing']} of "
            f"{agreement['claims_with_several_reviewers']} claims with several reviewers "
            f"({100 * agreement['rate']:.0f}%)."
        )
    out += [
        "",
        "| Claim | Verdict | Reviewer | Date | Support | Contradict | Related | Marks |",
        "|---|---|---|---|---:|---:|---:|---|",
    ]
    for row in report["claims"]:
        marks = []
        if row["stale"]:
            marks.append("stale")
        if row["disagreement"]:
            marks.append("disagreement")
        if row["error"]:
            marks.append("unreadable")
        cites = row["citations"]
        out.append(
            "| "
            + " | ".join(
                [
                    f"{_cell(row['id'])}: {_cell(row['text'])}",
                    _cell(row["label"]),
                    _cell(row["reviewer"]),
                    _cell(row["at"][:10] if row["at"] else None),
                    str(cites["support"]),
                    str(cites["contradict"]),
                    str(cites["related"]),
                    _cell(", ".join(marks)),
                ]
            )
            + " |"
        )
    disagreements = [row for row in report["claims"] if row["disagreement"]]
    if disagreements:
        out += ["", "## Disagreements", ""]
        for row in disagreements:
            said = "; ".join(f"{_cell(who)}: {_cell(v)}" for who, v in row["reviewers"].items())
            out.append(f"- {_cell(row['id'])}: {said}")
    return "\n".join(out) + "\n"
