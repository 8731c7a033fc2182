from stay_tuned.callouts.extension import Callout
from stay_tuned.callouts.library import Article, CategoryLink, build_library

DATING = CategoryLink("Dating", "../category/dating/")
TALK = CategoryLink("Communication", "../category/communication/")


def strategy(title: str, n: int, *, titled: bool = True) -> Callout:
    slug = title.lower().replace(" ", "-").strip("!")
    return Callout("strategy", title, f"strategy-{slug}", n, titled, f"{title} summary.")


def article(title: str, strategies: list[Callout], *categories: CategoryLink) -> Article:
    return Article(
        title, f"../{title}/", "2026-01-01", "January 1, 2026", categories, tuple(strategies)
    )


NEW = article("new", [strategy("Listen", 1), strategy("Plan a date", 2)], DATING)
MID = article("mid", [strategy("listen!", 1), strategy("Strategy 2", 2, titled=False)], TALK)
OLD = article("old", [strategy("Listen", 1)], DATING, TALK)


def test_duplicates_are_listed_once_under_the_newest_article() -> None:
    library = build_library([NEW, MID, OLD], [DATING, TALK])
    assert [(g.article.title, [e.title for e in g.entries]) for g in library.by_article] == [
        ("new", ["Listen", "Plan a date"]),
        ("mid", ["Strategy 2"]),  # its "listen!" is listed under "new"; "old" has nothing new
    ]
    listen = library.by_article[0].entries[0]
    assert listen.count == 3
    assert [o.url for o in listen.article_links] == [
        "../new/#strategy-listen",
        "../mid/#strategy-listen",
        "../old/#strategy-listen",
    ]
    assert listen.summary == "Listen summary."
    assert listen.url == "../new/#strategy-listen"


def test_untitled_strategies_are_never_merged() -> None:
    other = article("other", [strategy("Strategy 2", 2, titled=False)])
    library = build_library([MID, other], [])
    assert [e.count for e in library.entries] == [1, 1, 1]


def test_by_category_lists_each_entry_once_per_category_newest_first() -> None:
    library = build_library([NEW, MID, OLD], [TALK, DATING])
    assert [(g.category.name, [e.title for e in g.entries]) for g in library.by_category] == [
        ("Communication", ["Listen", "Strategy 2"]),
        ("Dating", ["Listen", "Plan a date"]),
    ]


def test_a_title_twice_in_one_article_counts_one_article() -> None:
    twice = article("twice", [strategy("Listen", 1), strategy("Listen", 2)])
    (entry,) = build_library([twice], []).entries
    assert entry.count == 1 and len(entry.occurrences) == 2


def test_categories_and_articles_without_strategies_are_left_out() -> None:
    empty = article("empty", [], DATING)
    library = build_library([empty], [DATING])
    assert library.entries == [] and library.by_article == [] and library.by_category == []


def test_by_category_is_left_out_when_it_repeats_by_article() -> None:
    # One article in one category: "By category" would list the same entries again.
    library = build_library([NEW], [DATING, TALK])
    assert [g.article.title for g in library.by_article] == ["new"]
    assert library.by_category == []
    # One category per article, in the same order: the same groups, again.
    other = article("other", [strategy("Plan a trip", 1)], TALK)
    library = build_library([NEW, other], [DATING, TALK])
    assert library.by_category == []


def test_both_groupings_are_shown_when_they_differ() -> None:
    # Two articles in one category: one group by category, two by article.
    other = article("other", [strategy("Plan a trip", 1)], DATING)
    library = build_library([NEW, other], [DATING])
    assert [len(g.entries) for g in library.by_article] == [2, 1]
    assert [(g.category.name, len(g.entries)) for g in library.by_category] == [("Dating", 3)]
    # One article in two categories: the same entries twice by category, once by article.
    both = article("both", [strategy("Listen", 1)], DATING, TALK)
    library = build_library([both], [DATING, TALK])
    assert [g.category.name for g in library.by_category] == ["Dating", "Communication"]
    # The same entries in another order are another grouping too.
    first = article("first", [strategy("A", 1)], TALK)
    second = article("second", [strategy("B", 1)], DATING)
    library = build_library([first, second], [DATING, TALK])
    assert [g.category.name for g in library.by_category] == ["Dating", "Communication"]
