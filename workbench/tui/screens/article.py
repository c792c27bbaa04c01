"""The whole article, scrolled to a passage; n/p walk the evidence passages in it."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from workbench.errors import WorkbenchError
from workbench.tui import render

STANCE_STYLE = {
    "support": "underline #66bb6a",
    "contradict": "underline #ef5350",
    "related": "underline #90a4ae",
}
CURRENT_STYLE = "bold reverse"
KIND_STYLE = {"furniture": "dim italic", "meta": "dim", "title": "bold"}


class ArticleScreen(Screen[None]):
    """One `Static` per line of the article, so scrolling to a passage is exact."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "app.pop_screen", "Back", id="article.back"),
        Binding("n", "step(1)", "Next passage", id="article.next"),
        Binding("p", "step(-1)", "Prev passage", id="article.prev"),
        Binding("down,j", "scroll(1)", "Down", id="article.down", show=False),
        Binding("up,k", "scroll(-1)", "Up", id="article.up", show=False),
    ]

    def __init__(
        self,
        article: Any,
        marks: list[tuple[int, int, str]],
        focus: tuple[int, int],
    ) -> None:
        super().__init__()
        self.article = article
        spans = set(marks)
        if focus not in {m[:2] for m in spans}:
            spans.add((focus[0], focus[1], "related"))
        self.marks = sorted(spans)
        self.position = next(i for i, m in enumerate(self.marks) if m[:2] == focus)
        self.lines: list[tuple[int, int]] = []
        offset = 0
        for line in article.text.split("\n"):
            self.lines.append((offset, offset + len(line)))
            offset += len(line) + 1
        self.title = "article"
        self.sub_title = render.one_line(render.article_line(article), 70)

    @classmethod
    def for_item(cls, articles: Any, item: Any, evidence: Any) -> ArticleScreen:
        """The article of an evidence item, marking every evidence passage in it."""
        article = articles.get(item.article)
        if article is None:
            raise WorkbenchError(f"article {item.article!r} is no longer in the articles folder")
        marks = [
            (other.start, other.end, stance)
            for stance in ("support", "contradict", "related")
            for other in (getattr(evidence, stance, None) or [])
            if other.article == item.article
        ]
        return cls(article, marks, (item.start, item.end))

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="article"):
            for number, _ in enumerate(self.lines):
                yield Static(Content(""), classes="line", id=f"line-{number}", markup=False)
        yield Static(Content(""), id="status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        for number in range(len(self.lines)):
            self._paint(number)
        self.call_after_refresh(self._scroll_to_current)

    def _line_content(self, number: int) -> Content:
        start, end = self.lines[number]
        text = self.article.text[start:end]
        content = Content(text if text else " ")
        for segment in self.article.segments:
            style = KIND_STYLE.get(segment.kind)
            if style and segment.start < end and segment.end > start:
                content = content.stylize(
                    style, max(segment.start, start) - start, min(segment.end, end) - start
                )
        for index, (m_start, m_end, stance) in enumerate(self.marks):
            if m_start < end and m_end > start:
                style = CURRENT_STYLE if index == self.position else STANCE_STYLE[stance]
                content = content.stylize(
                    style, max(m_start, start) - start, min(m_end, end) - start
                )
        return content

    def _paint(self, number: int) -> None:
        self.query_one(f"#line-{number}", Static).update(self._line_content(number))

    def _lines_of(self, index: int) -> list[int]:
        m_start, m_end, _ = self.marks[index]
        return [n for n, (s, e) in enumerate(self.lines) if s <= m_end and e >= m_start]

    def _scroll_to_current(self) -> None:
        lines = self._lines_of(self.position)
        if lines:
            target = self.query_one(f"#line-{lines[0]}", Static)
            self.query_one("#article", VerticalScroll).scroll_to_widget(
                target, animate=False, top=True
            )
        m_start, m_end, stance = self.marks[self.position]
        where = f"passage {self.position + 1} of {len(self.marks)} · {stance} · {m_start}–{m_end}"
        self.query_one("#status", Static).update(Content(where))

    def action_step(self, delta: int) -> None:
        if len(self.marks) < 2:
            return
        old = self._lines_of(self.position)
        self.position = (self.position + delta) % len(self.marks)
        for number in set(old) | set(self._lines_of(self.position)):
            self._paint(number)
        self._scroll_to_current()

    def action_scroll(self, delta: int) -> None:
        scroller = self.query_one("#article", VerticalScroll)
        scroller.scroll_relative(y=delta, animate=False)
