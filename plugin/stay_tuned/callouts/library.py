"""The strategy library: every strategy of the site's published posts, listed once.

Pure data: the plugin hands in the published posts (newest first) with the strategies
their conversion reported, and the categories in the blog's order; the template
``stay_tuned/strategy-library.html`` renders the result.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from stay_tuned.callouts.extension import Callout
from stay_tuned.callouts.text import title_key


@dataclass(frozen=True)
class CategoryLink:
    name: str
    url: str
    """Relative to the library page."""


@dataclass(frozen=True)
class Article:
    """A published post as the library shows it."""

    title: str
    url: str
    """Relative to the library page."""
    date: str
    """ISO date of publication (for ``<time datetime>``)."""
    date_label: str
    """The date as the blog shows it."""
    categories: tuple[CategoryLink, ...] = ()
    strategies: tuple[Callout, ...] = ()


@dataclass(frozen=True)
class Occurrence:
    article: Article
    strategy: Callout

    @property
    def url(self) -> str:
        return f"{self.article.url}#{self.strategy.id}"


@dataclass
class Entry:
    """One strategy of the library; ``occurrences`` lists every place it appears,
    newest article first. The first one gives the title, summary and main link."""

    occurrences: list[Occurrence] = field(default_factory=list)

    @property
    def first(self) -> Occurrence:
        return self.occurrences[0]

    @property
    def title(self) -> str:
        return self.first.strategy.title

    @property
    def summary(self) -> str:
        return self.first.strategy.summary

    @property
    def url(self) -> str:
        return self.first.url

    @property
    def articles(self) -> list[Article]:
        """The distinct articles it appears in, newest first."""
        seen: list[Article] = []
        for occurrence in self.occurrences:
            if occurrence.article not in seen:
                seen.append(occurrence.article)
        return seen

    @property
    def article_links(self) -> list[Occurrence]:
        """One link per article (its first occurrence there)."""
        seen: list[Article] = []
        links: list[Occurrence] = []
        for occurrence in self.occurrences:
            if occurrence.article not in seen:
                seen.append(occurrence.article)
                links.append(occurrence)
        return links

    @property
    def count(self) -> int:
        return len(self.articles)


@dataclass(frozen=True)
class ArticleGroup:
    article: Article
    entries: list[Entry]


@dataclass(frozen=True)
class CategoryGroup:
    category: CategoryLink
    entries: list[Entry]


@dataclass(frozen=True)
class Library:
    entries: list[Entry]
    by_article: list[ArticleGroup]
    by_category: list[CategoryGroup]


def strategy_key(article: Article, strategy: Callout) -> str:
    """Titled strategies that match after normalising case and punctuation are one
    entry; an untitled one ("Strategy 3") is its own."""
    if strategy.titled:
        return f"title:{title_key(strategy.title)}"
    return f"untitled:{article.url}#{strategy.id}"


def build_library(articles: Sequence[Article], categories: Iterable[CategoryLink]) -> Library:
    """Group the strategies of ``articles`` (newest first).

    - ``by_article``: each entry under the newest article it appears in; an article
      whose strategies all appear in newer ones is left out (their entries link to it).
    - ``by_category``: for each category, in the given order, the entries appearing in
      an article of that category; categories without strategies are left out.
    """
    entries: dict[str, Entry] = {}
    home: dict[str, Article] = {}
    for article in articles:
        for strategy in article.strategies:
            key = strategy_key(article, strategy)
            entries.setdefault(key, Entry()).occurrences.append(Occurrence(article, strategy))
            home.setdefault(key, article)

    by_article = []
    for article in articles:
        own = [entry for key, entry in entries.items() if home[key] is article]
        if own:
            by_article.append(ArticleGroup(article, own))

    by_category = []
    for category in categories:
        listed = [
            entry
            for entry in entries.values()
            if any(category in a.categories for a in entry.articles)
        ]
        if listed:
            by_category.append(CategoryGroup(category, listed))
    return Library(list(entries.values()), by_article, by_category)
