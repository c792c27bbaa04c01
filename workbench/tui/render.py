"""Turn core objects into `Content` for display, never into markup strings.

Every untrusted string (claim text, article text, titles, reasons) goes in
as plain text through `Content.assemble` or a `(text, style)` tuple, so
`[bold]`, `[$name]` or `[@click=...]` in an article is shown literally.
Claim text is sanitised here because, unlike article text, it is not
sanitised at load.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from textual.content import Content

from workbench.textsafe import sanitize

VERDICT_COLOURS = ("#2e7d32", "#689f38", "#f9a825", "#ef6c00", "#c62828")
UNRATED_COLOUR = "#616161"
STANCE_MARK = {"support": "+", "contradict": "−", "related": "·"}
_WORD = re.compile(r"\w+", re.UNICODE)
_STOP = frozenset(
    "the and for that with from this have has had was were are its into over than then "
    "their there they them his her our you your not but also been will would could should "
    "said says about after before which while what when who whom whose more most some such "
    "other only very can may might must did does doing".split()
)


def safe(text: str | None) -> str:
    """Claim text and other strings not sanitised at load."""
    return sanitize(text or "")


def one_line(text: str, width: int) -> str:
    """Collapse whitespace and cut to `width` characters with an ellipsis."""
    flat = " ".join(safe(text).split())
    return flat if len(flat) <= width else flat[: max(width - 1, 1)] + "…"


def verdict_colour(name: str | None, scale: Sequence[Any]) -> str:
    """Rated steps graded green → red in scale order; unrated steps grey."""
    rated = [entry.name for entry in scale if getattr(entry, "rating", None) is not None]
    if name not in rated:
        return UNRATED_COLOUR
    position = rated.index(name) / max(len(rated) - 1, 1)
    return VERDICT_COLOURS[round(position * (len(VERDICT_COLOURS) - 1))]


def verdict_badge(name: str | None, scale: Sequence[Any], width: int | None = None) -> Content:
    """A fixed-width coloured label, as wide as the scale's longest, so rows line up."""
    if width is None:
        width = 2 + min(16, max([len("unreviewed"), *(len(safe(e.label)) for e in scale)]))
    if name is None:
        return Content.assemble((" unreviewed ".ljust(width)[:width], "dim"))
    label = next((entry.label for entry in scale if entry.name == name), name)
    text = f" {safe(label)} ".ljust(width)[:width]
    return Content.assemble((text, f"bold #ffffff on {verdict_colour(name, scale)}"))


def stems(text: str) -> set[str]:
    """Content words of `text`, cut to 5 letters so 'delivered' meets 'deliveries'."""
    return {
        word[:5]
        for word in (match.group().lower() for match in _WORD.finditer(text))
        if len(word) >= 3 and word not in _STOP
    }


def highlight_shared(text: str, claim_stems: set[str], style: str = "bold underline") -> Content:
    """`text` with the words it shares with the claim styled."""
    content = Content(text)
    for match in _WORD.finditer(text):
        word = match.group().lower()
        if len(word) >= 3 and word not in _STOP and word[:5] in claim_stems:
            content = content.stylize(style, match.start(), match.end())
    return content


def claim_row(
    claim: Any,
    verdict: str | None,
    scale: Sequence[Any],
    counts: tuple[int, int] | None,
    stale: bool,
    disputed: bool,
    broken: bool = False,
    width: int = 110,
) -> Content:
    """One claims-list row: badge, +N −M, marks, then the claim's short text."""
    parts: list[str | Content | tuple[str, str]] = [verdict_badge(verdict, scale), " "]
    if counts is None:
        parts.append(("  …   ", "dim"))
    else:
        parts.append((f"+{counts[0]}", "#43a047"))
        parts.append(" ")
        parts.append((f"−{counts[1]}", "#e53935"))
        parts.append(" ")
    if stale:
        parts.append((" stale ", "bold #000000 on #fbc02d"))
        parts.append(" ")
    if disputed:
        parts.append((" disputed ", "bold #ffffff on #8e24aa"))
        parts.append(" ")
    if broken:
        parts.append((" file error ", "bold #ffffff on #c62828"))
    parts.append("\n")
    parts.append(one_line(claim.text, width))
    return Content.assemble(*parts)


def article_line(meta: Any) -> str:
    """'Title — Outlet, 2023-10-01' from whatever the article knows of itself."""
    if meta is None:
        return ""
    title = safe(getattr(meta, "title", None) or getattr(meta, "id", ""))
    rest = ", ".join(
        safe(x) for x in (getattr(meta, "outlet", None), getattr(meta, "date", None)) if x
    )
    return f"{title} — {rest}" if rest else title


def card(
    item: Any,
    meta: Any,
    claim_stems: set[str],
    cited: bool,
) -> Content:
    """A passage card: cited mark and reason, the passage, then its article."""
    head: list[str | Content | tuple[str, str]] = []
    if cited:
        head.append((" ✔ cited ", "bold #000000 on #4fc3f7"))
        head.append(" ")
    head.append((safe(item.reason) or "no reason given", "italic"))
    head.append((f"  {item.score:.2f}", "dim"))
    lines = [Content.assemble(*head), highlight_shared(item.text, claim_stems)]
    if item.speaker:
        lines.append(Content.assemble(("— " + safe(item.speaker), "italic dim")))
    foot: list[str | tuple[str, str]] = [(article_line(meta), "dim")]
    if item.also_in:
        foot.append((f" · also in {len(item.also_in)} more", "bold dim"))
    lines.append(Content.assemble(*foot))
    return Content("\n").join(lines)


def claim_panel(
    claim: Any,
    status: Any,
    scale: Sequence[Any],
    sources: Iterable[str],
    note: str = "",
    cited: int = 0,
) -> Content:
    """The selected claim: verdict, full text, claimant, sources, the reviewer's note."""
    verdict = getattr(status, "verdict", None) if status is not None else None
    parts: list[str | Content | tuple[str, str]] = [verdict_badge(verdict, scale), " "]
    if status is not None and verdict is not None:
        who = safe(getattr(status, "reviewer", "") or "").split(" <")[0]  # name, not e-mail
        at = getattr(status, "at", None)
        when = at.strftime("%Y-%m-%d %H:%M") if hasattr(at, "strftime") else safe(str(at or ""))
        parts.append((f"by {who} {when}".strip(), "dim"))
    if status is not None and getattr(status, "stale", False):
        parts.append(("  stale: the claim changed since it was reviewed", "bold #fbc02d"))
    if status is not None and getattr(status, "disagreement", False):
        parts.append(("  disputed: reviewers disagree", "bold #ce93d8"))
    if status is not None and getattr(status, "error", None):
        parts.append(("  " + safe(status.error), "bold #ef5350"))
    parts.append("\n")
    parts.append((safe(claim.text), "bold"))
    parts.append("\n")
    if claim.claimant:
        parts.append(("claimed by ", "dim"))
        parts.append(safe(claim.claimant))
        parts.append("\n")
    source_list = [safe(s) for s in sources]
    if source_list:
        parts.append(("sources ", "dim"))
        parts.append("; ".join(source_list))
        parts.append("\n")
    parts.append((f"your citations {cited} · note ", "dim"))
    parts.append(one_line(note, 200) if note.strip() else ("none (e to write one)", "dim"))
    return Content.assemble(*parts)
