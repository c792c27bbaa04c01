"""`workbench articles` and `workbench claims`: what the workspace holds."""

from __future__ import annotations

import argparse

from pydantic import BaseModel

from workbench.cli.common import open_workspace, print_json, root_parent, warn
from workbench.corpus import Article, load_corpus
from workbench.corpus.loader import ARTICLE_SUFFIXES
from workbench.errors import WorkbenchError


class PassageOut(BaseModel):
    start: int
    end: int
    text: str
    speaker: str | None


class ArticleOut(BaseModel):
    id: str
    title: str | None
    date: str | None
    date_source: str
    outlet: str | None
    url: str | None
    passage_count: int
    warnings: list[str]
    title_source: str
    path: str
    sha256: str
    passages: list[PassageOut] | None = None

    @classmethod
    def of(cls, article: Article, with_passages: bool) -> ArticleOut:
        return cls(
            id=article.id,
            title=article.title,
            date=article.date,
            date_source=article.date_source,
            outlet=article.outlet,
            url=article.url,
            passage_count=len(article.passages),
            warnings=article.warnings,
            title_source=article.title_source,
            path=article.path,
            sha256=article.sha256,
            passages=[
                PassageOut(start=p.start, end=p.end, text=p.text, speaker=p.speaker)
                for p in article.passages
            ]
            if with_passages
            else None,
        )


def run_articles(args: argparse.Namespace) -> int:
    workspace = open_workspace(args, check_sources=False)
    wanted = args.ids or None
    corpus = load_corpus(workspace.require_articles_dir(), only=wanted)
    if wanted:
        missing = [i for i in wanted if i not in corpus.articles]
        if missing:
            # a file that is there but was skipped (empty, binary) is not "no article"
            names = tuple(f"{missing[0].rsplit('/', 1)[-1]}{s}: " for s in ARTICLE_SUFFIXES)
            why = next((w for w in corpus.warnings if w.startswith(names)), None)
            if why is not None:
                raise WorkbenchError(f"article {missing[0]!r} is not read: {why}")
            raise WorkbenchError(
                f"no article {missing[0]!r} in {workspace.config.articles}/ "
                "(ids are file names without .txt)"
            )
    if args.json:
        out = [ArticleOut.of(a, args.passages).model_dump(exclude_none=False) for a in corpus]
        if not args.passages:
            for item in out:
                item.pop("passages")
        print_json({"articles": out})
    else:
        for warning in corpus.warnings:
            warn(warning)
        if not len(corpus):
            print(f"no articles in {workspace.articles_dir}")
        for article in corpus:
            print(f"{article.id}")
            print(f"  title   {article.title or '—'}")
            print(f"  date    {article.date or '—'}  ({article.date_source})")
            print(f"  outlet  {article.outlet or '—'}    url {article.url or '—'}")
            print(f"  {len(article.passages)} passages")
            if args.passages:
                for p in article.passages:
                    who = f" [{p.speaker}]" if p.speaker else ""
                    print(f"    {p.start}-{p.end}{who} {p.text}")
    return 0


def run_claims(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    if args.json:
        print_json({"claims": [c.model_dump() for c in workspace.claims]})
        return 0
    for claim in workspace.claims:
        kind = f" ({claim.kind})" if claim.kind else ""
        print(f"{claim.id}{kind}")
        print(f"  {claim.text}")
        if claim.claimant:
            print(f"  claimant: {claim.claimant}")
        if claim.sources:
            print(f"  sources:  {', '.join(claim.sources)}")
    count = len(workspace.claims)
    print(f"{count} claim{'' if count == 1 else 's'}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    articles = sub.add_parser(
        "articles", parents=[root_parent()], help="list the articles, their metadata and passages"
    )
    articles.add_argument("ids", nargs="*", metavar="ID", help="only these articles")
    articles.add_argument("--json", action="store_true", help="print JSON")
    articles.add_argument("--passages", action="store_true", help="include every passage")
    articles.set_defaults(func=run_articles)
    claims = sub.add_parser("claims", parents=[root_parent()], help="list the claims to check")
    claims.add_argument("--json", action="store_true", help="print JSON")
    claims.set_defaults(func=run_claims)
