"""Generate a synthetic news-like workspace: N passages over articles of ~25 sentences.

    python bench/gen_corpus.py DIR --passages 100000 [--seed 7]

Sentences are built from templates over a vocabulary of actors, verbs,
objects, places and numbers, with denials, hedges and reprints mixed in,
so that retrieval and stance see text shaped like the seeds. claims.toml
gets 200 claims drawn from the same templates.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

ACTORS = [
    "North Korea", "Russia", "the Kremlin", "Pyongyang", "Moscow", "the United States",
    "Washington", "China", "Beijing", "Japan", "South Korea", "Ukraine", "the European Union",
    "the United Nations", "Iran", "the government", "the ministry", "officials", "the army",
    "the navy", "the president", "the foreign minister", "a spokesman", "analysts",
]
VERBS = [
    "supplied", "sent", "delivered", "shipped", "sold", "provided", "transferred", "exported",
    "promised", "offered", "bought", "received",
]
OBJECTS = [
    "weapons", "artillery shells", "missiles", "munitions", "military equipment", "drones",
    "fuel", "food aid", "oil", "grain", "satellite technology", "rocket engines",
    "ammunition", "tanks", "fighter jets", "medical supplies", "containers",
]
PLACES = [
    "in Moscow", "in the Russian Far East", "in Pyongyang", "in Vladivostok", "in Seoul",
    "in Tokyo", "in Geneva", "at the border", "in Kyiv", "in Beijing", "at the port of Rajin",
]
TIMES = [
    "in September", "in October", "last week", "on Monday", "in 2023", "this year",
    "earlier this month", "in March", "on Sunday",
]
FILLER = [
    "according to a statement", "the agency reported", "a source said",
    "as tensions rose in the region", "amid growing concern", "in a rare move",
    "for the first time", "despite sanctions", "officials confirmed",
]
DENIALS = [
    "{a} denied the accusations.", "{a} said the reports were groundless.",
    "{a} dismissed the claims as baseless.", "There was no evidence that {a} {v} {o}.",
    "{a} has never {v} {o} to anyone, a spokesman said.",
]
HEDGES = [
    "{a} allegedly {v} {o} {p}.", "{a} reportedly {v} {o} {t}.",
    "Unconfirmed reports say {a} {v} {o}.",
]


def sentence(rng: random.Random) -> str:
    a, b = rng.sample(ACTORS, 2)
    v, o = rng.choice(VERBS), rng.choice(OBJECTS)
    roll = rng.random()
    if roll < 0.08:
        return rng.choice(DENIALS).format(a=a.capitalize() if a[0].islower() else a, v=v, o=o)
    if roll < 0.14:
        return rng.choice(HEDGES).format(a=a, v=v, o=o, p=rng.choice(PLACES),
                                         t=rng.choice(TIMES))
    n = rng.choice(["", f"{rng.randint(2, 5000):,} ", "several ", "hundreds of "])
    text = f"{a} {v} {n}{o} to {b} {rng.choice(PLACES)} {rng.choice(TIMES)}"
    if rng.random() < 0.5:
        text += f", {rng.choice(FILLER)}"
    return text[0].upper() + text[1:] + "."


def claim_text(rng: random.Random) -> str:
    a, b = rng.sample(ACTORS, 2)
    return f"{a} {rng.choice(VERBS)} {rng.choice(OBJECTS)} to {b} {rng.choice(PLACES)}."


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root")
    ap.add_argument("--passages", type=int, default=10_000)
    ap.add_argument("--per-article", type=int, default=25)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    root = Path(args.root)
    articles = root / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    n_articles = max(1, args.passages // args.per_article)
    wire: list[str] = []
    for k in range(n_articles):
        body = [sentence(rng) for _ in range(args.per_article)]
        if wire and rng.random() < 0.1:  # a reprint of earlier wire copy
            body[: len(wire)] = wire
        if rng.random() < 0.05:
            wire = body[:3]
        day = 1 + k % 28
        paragraphs = [" ".join(body[i : i + 4]) for i in range(0, len(body), 4)]
        head = claim_text(rng).rstrip(".")
        text = f"{head}\n\nOctober {day}, 2023\n\n" + "\n\n".join(paragraphs) + "\n"
        (articles / f"a{k:07d}.txt").write_text(text, encoding="utf-8")
    lines = ['articles = "articles"', ""]
    for c in range(200):
        lines += ["[[claims]]", f'id = "c{c:03d}"', f'text = "{claim_text(rng)}"', ""]
    (root / "claims.toml").write_text("\n".join(lines), encoding="utf-8")
    print(f"{n_articles} articles, ~{n_articles * args.per_article} passages in {root}")


if __name__ == "__main__":
    main()
