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
        return [occurrence.article for occurrence in self.article_links]

    @property
    def article_links(self) -> list[Occurrence]:
        """One link per article (its first occurrence there). Articles are told apart by
        identity: each published post is one ``Article``, and comparing them field by
        field would make a library of N posts cost N squared."""
        firsts: dict[int, Occurrence] = {}
        for occurrence in self.occurrences:
            firsts.setdefault(id(occurrence.article), occurrence)
        return list(firsts.values())

    @property
    def count(self) -> int:
        return len(self.article_links)


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
      an article of that category; categories without strategies are left out. Left
      out altogether when it repeats ``by_article`` (see ``repeats``): a blog with one
      article in one category would list the same entries twice.
    """
    entries: dict[str, Entry] = {}
    home: dict[str, Article] = {}
    for article in articles:
        for strategy in article.strategies:
            key = strategy_key(article, strategy)
            entries.setdefault(key, Entry()).occurrences.append(Occurrence(article, strategy))
            home.setdefault(key, article)

    own: dict[int, list[Entry]] = {}
    for key, entry in entries.items():
        own.setdefault(id(home[key]), []).append(entry)
    by_article = [
        ArticleGroup(article, own[id(article)]) for article in articles if id(article) in own
    ]

    listed: dict[str, list[Entry]] = {}
    for entry in entries.values():
        names = {category.name for a in entry.articles for category in a.categories}
        for name in names:
            listed.setdefault(name, []).append(entry)
    by_category = [
        CategoryGroup(category, listed[category.name])
        for category in categories
        if category.name in listed
    ]
    if repeats(by_category, by_article):
        by_category = []
    return Library(list(entries.values()), by_article, by_category)


def repeats(by_category: Sequence[CategoryGroup], by_article: Sequence[ArticleGroup]) -> bool:
    """Whether the grouping by category shows what the grouping by article shows: as
    many groups, each with the same entries in the same order."""
    return [[id(e) for e in g.entries] for g in by_category] == [
        [id(e) for e in g.entries] for g in by_article
    ]


def is_wanted(setting: bool | None, *, site_page: bool, published_strategies: int) -> bool:
    """Whether the site gets its strategy library page.

    ``setting`` is the ``strategy_library`` option: ``True`` or ``False`` decide. Unset,
    the library exists when the site wrote its introduction (``site_page``) or when a
    published post has a strategy: a site that writes none gets no empty page."""
    if setting is not None:
        return setting
    return site_page or published_strategies > 0
