"""Real Material blog builds with callouts: numbering and ids, Key takeaways, the
strategy library, excerpts and feeds, site-defined types and bad input."""

from __future__ import annotations

import re
from urllib.parse import unquote, urljoin

import pytest
from bs4 import BeautifulSoup, Tag
from mkdocs.exceptions import Abort

from tests.sitebuilder import BuiltSite, SiteProject, post

NEWEST = "blog/2026/03/01/newest/"
MIDDLE = "blog/2026/02/01/middle/"
OLDEST = "blog/2026/01/01/oldest/"
QUIET = "blog/2026/01/15/quiet/"
LIBRARY = "blog/strategies/"


def _blog(project: SiteProject) -> None:
    project.files["blog/posts/newest.md"] = post(
        "Newest",
        "2026-03-01",
        """
        How to talk so your partner listens.

        !!! strategy "Listen"
            Put the phone away. Then really listen.

        <!-- more -->

        ## Three more ideas

        ??? strategy "Ask open questions"
            Questions that need more than yes or no.

        ???+ strategy "Plan a date night"
            Once a week, just the two of you.

        !!! benefit "Fewer fights"
            Understanding comes first.
        """,
        categories=["Communication"],
        slug="newest",
    )
    project.files["blog/posts/middle.md"] = post(
        "Middle",
        "2026-02-01",
        """
        Dating ideas.

        <!-- more -->

        !!! strategy "listen!"
            Listening matters on a first date too.

        !!! strategy "Be curious"
            Ask about their day.

        !!! strategy
            Untitled but useful.
        """,
        categories=["Dating"],
        slug="middle",
    )
    project.files["blog/posts/oldest.md"] = post(
        "Oldest",
        "2026-01-01",
        """
        The first post.

        <!-- more -->

        !!! strategy "Listen"
            The oldest advice.

        !!! strategy "Write a note"
            On paper.
        """,
        categories=["Communication", "Dating"],
        slug="oldest",
    )
    project.files["blog/posts/quiet.md"] = post(
        "Quiet",
        "2026-01-15",
        """
        No box here.

        <!-- more -->

        !!! strategy "One"
            1.

        !!! strategy "Two"
            2.

        !!! strategy "Three"
            3.
        """,
        slug="quiet",
        takeaways=False,
    )
    project.files["blog/posts/draft.md"] = post(
        "Draft",
        "2026-02-15",
        """
        Unfinished.

        <!-- more -->

        !!! strategy "Secret draft strategy"
            Not yet.
        """,
        categories=["Dating"],
        draft=True,
    )


def article(site: BuiltSite, url: str) -> Tag:
    found = site.html(url).select_one("article.md-content__inner")
    assert found is not None, url
    return found


def resolves(site: BuiltSite, page_url: str, href: str) -> bool:
    """Whether a link on `page_url` leads to an existing page and element id."""
    target = urljoin(f"https://x.test/{page_url}", href).removeprefix("https://x.test/")
    path, _, fragment = target.partition("#")
    if not site.path(path).is_file():
        return False
    return not fragment or site.html(path).find(id=unquote(fragment)) is not None


def test_strategies_are_numbered_in_page_order_with_ids_and_permalinks(
    project: SiteProject,
) -> None:
    _blog(project)
    site = project.build(strict=True)
    page = article(site, NEWEST)
    strategies = page.select(".st-callout--strategy")
    assert [s.name for s in strategies] == ["div", "details", "details"]
    assert [s.select_one(".st-callout__label").get_text() for s in strategies] == [
        "Strategy 1",
        "Strategy 2",
        "Strategy 3",
    ]
    assert [s["id"] for s in strategies] == [
        "strategy-listen",
        "strategy-ask-open-questions",
        "strategy-plan-a-date-night",
    ]
    assert strategies[2].has_attr("open") and not strategies[1].has_attr("open")
    for callout in page.select(".st-callout"):
        link = callout.select_one(".admonition-title a.headerlink, summary a.headerlink")
        assert link is not None and link["href"] == f"#{callout['id']}"
    ids = [e["id"] for e in site.html(NEWEST).select("[id]")]
    assert len(ids) == len(set(ids))
    untitled = article(site, MIDDLE).select(".st-callout--strategy")[2]
    assert untitled.select_one(".admonition-title").get_text(strip=True) == "Strategy 3¶"
    assert untitled["id"] == "strategy-3"
    # The stylesheets are on the page and the generated one declares the types.
    css = [link["href"] for link in site.html(NEWEST).select('link[rel="stylesheet"]')]
    assert any(h.endswith("assets/stay_tuned/callouts.css") for h in css)
    assert any(h.endswith("assets/stay_tuned/callout-types.css") for h in css)
    assert "--st-callout-strategy-color" in site.text("assets/stay_tuned/callout-types.css")


def test_key_takeaways_follow_the_introduction_and_link_to_the_callouts(
    project: SiteProject,
) -> None:
    _blog(project)
    # Three short strategies right after the introduction: by default a box would list
    # their titles right above them, so there is none (takeaways_words).
    site = project.build()
    assert article(site, NEWEST).select("nav.st-takeaways") == []
    assert article(site, NEWEST).select(".st-callout--strategy") != []
    # Counting strategies only, as a site may ask:
    project.options()["takeaways_words"] = 0
    site = project.build()
    page = article(site, NEWEST)
    (box,) = page.select("nav.st-takeaways")
    assert box["aria-label"] == "Key takeaways"
    assert box.select_one(".st-takeaways__title").get_text() == "Key takeaways"
    links = box.select("ol > li > a")
    assert [a.get_text() for a in links] == ["Listen", "Ask open questions", "Plan a date night"]
    assert all(resolves(site, NEWEST, a["href"]) for a in links)
    # After the title and introduction, before the first callout.
    assert box.find_previous_sibling("p").get_text() == "How to talk so your partner listens."
    assert "st-callout--strategy" in box.find_next_sibling()["class"]
    # An untitled strategy is listed by its number.
    middle_box = article(site, MIDDLE).select_one("nav.st-takeaways")
    assert [a.get_text() for a in middle_box.select("a")] == ["listen!", "Be curious", "Strategy 3"]
    # Fewer than three strategies, or `takeaways: false`: no box.
    assert article(site, OLDEST).select("nav.st-takeaways") == []
    assert article(site, QUIET).select("nav.st-takeaways") == []
    assert len(article(site, QUIET).select(".st-callout--strategy")) == 3
    # Never on the blog index.
    assert site.html("blog/").select("nav.st-takeaways") == []
    # Search indexes the post by its own words: the box, which repeats the strategy
    # titles, is added after indexing (and leaves no marker behind).
    entries = site.json("search/search_index.json")["docs"]
    newest = " ".join(e["text"] for e in entries if e["location"].split("#")[0] == NEWEST)
    assert "Put the phone away." in newest
    assert "Key takeaways" not in newest
    assert "stay-tuned:takeaways" not in site.text(NEWEST + "index.html")


def test_takeaways_default_and_threshold_are_options(project: SiteProject) -> None:
    _blog(project)
    project.options()["takeaways"] = False
    project.files["blog/posts/oldest.md"] = project.files["blog/posts/oldest.md"].replace(
        "---\n", "---\ntakeaways: true\n", 1
    )
    site = project.build()
    assert article(site, NEWEST).select("nav.st-takeaways") == []
    box = article(site, OLDEST).select_one("nav.st-takeaways")
    assert box is not None and len(box.select("a")) == 2  # front matter `true` wins

    project.options().update({"takeaways": True, "takeaways_min": 2})
    site = project.build()
    assert article(site, OLDEST).select_one("nav.st-takeaways") is not None


def test_invalid_takeaways_front_matter_names_file_and_key(
    project: SiteProject, caplog: pytest.LogCaptureFixture
) -> None:
    _blog(project)
    project.files["blog/posts/oldest.md"] = project.files["blog/posts/oldest.md"].replace(
        "---\n", "---\ntakeaways: sometimes\n", 1
    )
    with pytest.raises(Abort):
        project.build()
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert any(
        "front matter 'takeaways' of 'blog/posts/oldest.md'" in e and "takeaways: false" in e
        for e in errors
    ), errors


def test_strategy_library_lists_every_published_strategy_once(project: SiteProject) -> None:
    _blog(project)
    site = project.build(strict=True)
    page = article(site, LIBRARY)
    assert page.h1 is not None and page.h1.get_text().rstrip("¶") == "Strategy library"

    by_article = page.select_one(".st-library__section--articles")
    groups = by_article.select(".st-library__group")
    assert [g.select_one(".st-library__group-title").get_text(strip=True) for g in groups] == [
        "Newest",
        "Middle",
        "Quiet",
        "Oldest",
    ]
    titles = [[a.get_text() for a in g.select("a.st-library__strategy")] for g in groups]
    assert titles == [
        ["Listen", "Ask open questions", "Plan a date night"],
        ["Be curious", "Strategy 3"],  # "listen!" is the same strategy as "Listen"
        ["One", "Two", "Three"],
        ["Write a note"],
    ]
    listen = groups[0].select_one(".st-library__entry")
    assert listen.select_one(".st-library__summary").get_text() == "Put the phone away."
    count = listen.select_one(".st-library__count")
    assert count.get_text(" ", strip=True).startswith("Appears in 3 articles:")
    assert [a.get_text() for a in count.select("a")] == ["Newest", "Middle", "Oldest"]
    assert groups[0].select("time")[0]["datetime"] == "2026-03-01"

    by_category = page.select_one(".st-library__section--categories")
    categories = by_category.select(".st-library__group")
    assert [
        (
            c.select_one(".st-library__group-title").get_text(strip=True),
            [a.get_text() for a in c.select("a.st-library__strategy")],
        )
        for c in categories
    ] == [
        ("Communication", ["Listen", "Ask open questions", "Plan a date night", "Write a note"]),
        ("Dating", ["Listen", "Be curious", "Strategy 3", "Write a note"]),
    ]
    # By category, a shared strategy gives its number of articles; their links are
    # listed once, under "By article".
    listen_in_category = categories[0].select_one(".st-library__entry")
    assert listen_in_category.select_one("a.st-library__strategy").get_text() == "Listen"
    category_count = listen_in_category.select_one(".st-library__count")
    assert category_count.get_text(" ", strip=True) == "Appears in 3 articles"
    assert category_count.select("a") == []
    # Every link leads to an existing page and callout id; nothing from the draft.
    hrefs = [a["href"] for a in page.select(".st-library a[href]")]
    assert hrefs and all(resolves(site, LIBRARY, h) for h in hrefs), hrefs
    assert "Secret draft strategy" not in page.get_text()
    assert "Draft" not in [a.get_text() for a in page.select("a")]

    # In the blog's navigation, after Material's views, and in the table of contents.
    nav = site.html(LIBRARY).select_one("nav.md-nav--primary")
    labels = [a.get_text(strip=True) for a in nav.select("a.md-nav__link")]
    assert "Strategy library" in labels
    assert labels.index("Strategy library") > labels.index("Blog")
    toc = site.html(LIBRARY).select(".md-sidebar--secondary nav.md-nav--secondary a")
    assert [a.get_text(strip=True) for a in toc] == ["By article", "By category"]
    blog_nav = site.html("blog/").select("nav.md-nav--primary a.md-nav__link")
    assert any(a["href"].rstrip("/").endswith("strategies") for a in blog_nav)

    # Search finds each strategy on its post; the library, which repeats them all, is
    # left out of the index.
    entries = site.json("search/search_index.json")["docs"]
    assert not [e for e in entries if e["location"].startswith(LIBRARY)]
    assert any(
        "Plan a date night" in e["text"] and "strategies" not in e["location"] for e in entries
    )


def test_drafts_are_left_out_even_when_served(project: SiteProject) -> None:
    _blog(project)
    site = project.build(command="serve")
    assert site.path("blog/2026/02/15/draft/").is_file()  # serve shows the draft itself
    assert "Secret draft strategy" not in article(site, LIBRARY).get_text()


def test_library_url_option_and_an_introduction_from_the_site(project: SiteProject) -> None:
    _blog(project)
    project.options()["strategy_library_url"] = "blog/toolbox/"
    project.files["blog/toolbox/index.md"] = "# Our toolbox\n\nTried and tested.\n"
    site = project.build(strict=True)
    assert not site.path(LIBRARY).exists()
    page = article(site, "blog/toolbox/")
    assert page.h1.get_text().rstrip("¶") == "Our toolbox"
    assert page.select_one("p").get_text() == "Tried and tested."
    assert page.select(".st-library__entry")
    # The introduction's own front matter may put the library back into search.
    project.files["blog/toolbox/index.md"] = (
        "---\nsearch:\n  exclude: false\n---\n\n# Our toolbox\n\nTried and tested.\n"
    )
    site = project.build(strict=True)
    entries = site.json("search/search_index.json")["docs"]
    assert any(e["location"].startswith("blog/toolbox/") for e in entries)


def test_a_library_page_listed_in_nav_by_the_site_is_not_added_again(
    project: SiteProject,
) -> None:
    _blog(project)
    project.config["nav"] = [
        "index.md",
        {"Blog": ["blog/index.md", {"Toolbox": "blog/strategies/index.md"}]},
    ]
    project.files["blog/strategies/index.md"] = "# Toolbox\n"
    site = project.build(strict=True)
    nav = site.html(LIBRARY).select("nav.md-nav--primary a.md-nav__link")
    labels = [a.get_text(strip=True) for a in nav]
    assert labels.count("Toolbox") == 1 and "Strategy library" not in labels
    assert article(site, LIBRARY).select(".st-library__entry")


def test_no_library_with_an_empty_url(project: SiteProject) -> None:
    _blog(project)
    project.options()["strategy_library_url"] = ""
    site = project.build(strict=True)
    assert not site.path(LIBRARY).exists()
    assert not [p for p in site.pages() if "strateg" in p]


def test_excerpts_render_callouts_without_ids_on_index_and_category_pages(
    project: SiteProject,
) -> None:
    _blog(project)
    site = project.build(strict=True)
    for url in ("blog/", "blog/category/communication/"):
        excerpts = site.html(url).select("article.md-post--excerpt")
        newest = next(e for e in excerpts if "How to talk" in e.get_text())
        (callout,) = newest.select(".st-callout")
        assert "st-callout--strategy" in callout["class"]
        assert callout.select_one(".admonition-title").get_text() == "Strategy 1 · Listen"
        assert not callout.has_attr("id") and callout.select("a.headerlink") == []
        assert "!!!" not in newest.get_text()
        assert "Ask open questions" not in newest.get_text()  # after the separator
        # The plugin's ids (MaterialX's own template repeats `__toc` on index pages).
        ids = [e["id"] for e in site.html(url).select("[id]") if not e["id"].startswith("__")]
        assert len(ids) == len(set(ids))


def test_feed_descriptions_render_callouts(project: SiteProject) -> None:
    _blog(project)
    project.options()["feed_excerpts"] = True
    site = project.build()
    items = {i["title"]: i for i in site.json("feed_json_created.json")["items"]}
    description = BeautifulSoup(items["Newest"]["content_html"], "html.parser")
    callout = description.select_one("div.admonition.strategy.st-callout")
    assert callout is not None
    assert callout.select_one(".admonition-title").get_text() == "Strategy 1 · Listen"
    assert "Put the phone away." in callout.get_text()
    assert "!!!" not in description.get_text()
    assert description.select("nav.st-takeaways") == []
    assert "Secret draft strategy" not in site.text("feed_json_created.json")


def test_malformed_callouts_keep_their_text_and_warn_with_file_and_line(
    project: SiteProject, plugin_warnings: object
) -> None:
    project.files["blog/posts/oops.md"] = post(
        "Oops",
        "2026-01-20",
        """
        Intro.

        <!-- more -->

        !!! strategy "Forgot the quote
            Keep this sentence.

        ```markdown
        !!! strategy "In a code block
        ```

        !!! strategy Unquoted words here
            Body.
        """,
    )
    site = project.build()
    expect = plugin_warnings.expect  # type: ignore[attr-defined]
    # Lines 1-4 are the front matter post() writes, line 6 the title: the numbers count
    # from the top of the file.
    first = expect(r"Doc file 'blog/posts/oops\.md', line 12: '!!! strategy \"Forgot the quote'")
    assert (
        "not valid callout syntax" in first and '!!! strategy "Practice Active Listening"' in first
    )
    second = expect(r"Doc file 'blog/posts/oops\.md', line 19: the title of this strategy")
    assert '!!! strategy "Unquoted words here"' in second
    page = article(site, "blog/2026/01/20/oops/")
    assert "Keep this sentence." in page.get_text()
    assert '!!! strategy "Forgot the quote' in page.get_text()
    assert page.select_one("pre code").get_text().startswith('!!! strategy "In a code block')
    title = page.select_one(".st-callout .st-callout__title")
    assert title is not None and title.get_text() == "Unquoted words here"
    lines = (project.root / "docs/blog/posts/oops.md").read_text().splitlines()
    assert lines[11] == '!!! strategy "Forgot the quote'
    assert lines[18] == "!!! strategy Unquoted words here"


def test_strict_build_fails_on_malformed_callouts(
    project: SiteProject, plugin_warnings: object
) -> None:
    project.files["blog/posts/oops.md"] = post("Oops", "2026-01-20", '!!! strategy "x\n')
    with pytest.raises(Abort):
        project.build(strict=True)
    plugin_warnings.expect("starts like a callout")  # type: ignore[attr-defined]


def test_a_misspelt_callout_type_warns_with_file_line_and_the_type_meant(
    project: SiteProject, plugin_warnings: object
) -> None:
    project.files["blog/posts/typo.md"] = post(
        "Typo",
        "2026-01-20",
        """
        Intro.

        <!-- more -->

        !!! strategy "Listen"
            A real one.

        !!! stratgy "Schedule a weekly check-in"
            Same time every week.

        ???+ benifit "Closer"
            Open by default.

        !!! note "Material's own"
            Never taken for a typo.
        """,
    )
    # `--strict`: the warnings are the plugin's, through its logger, so the build fails.
    with pytest.raises(Abort):
        project.build(strict=True)
    expect = plugin_warnings.expect  # type: ignore[attr-defined]
    expect(r"Doc file 'blog/posts/typo\.md', line 15: .*'stratgy'.*did you mean 'strategy'\?")
    expect(r"Doc file 'blog/posts/typo\.md', line 18: .*'benifit'.*did you mean 'benefit'\?")

    site = project.build()
    expect(r"line 15: .*did you mean 'strategy'")
    expect(r"line 18: .*did you mean 'benefit'")
    lines = (project.root / "docs/blog/posts/typo.md").read_text().splitlines()
    assert lines[14] == '!!! stratgy "Schedule a weekly check-in"'
    assert lines[17] == '???+ benifit "Closer"'
    # As written it is a plain admonition, and only the real strategy is numbered.
    page = article(site, "blog/2026/01/20/typo/")
    assert [t.get_text() for t in page.select(".st-callout__label")] == ["Strategy 1"]
    assert page.select_one(".admonition.stratgy") is not None


def test_a_misspelt_type_without_the_admonition_extension_warns_too(
    project: SiteProject, plugin_warnings: object
) -> None:
    # The site relies on the plugin's own `!!!` parsing: the typo stays text.
    extensions = project.config["markdown_extensions"]
    extensions[:] = [e for e in extensions if e not in ("admonition", "pymdownx.details")]
    body = '!!! strategy "Listen"\n    Real.\n\n!!! stratgy "Check in"\n    Text.\n'
    project.files["blog/posts/typo.md"] = post("Typo", "2026-01-20", body)
    site = project.build()
    message = plugin_warnings.expect(r"Doc file 'blog/posts/typo\.md', line 11: ")  # type: ignore[attr-defined]
    assert "did you mean 'strategy'?" in message and "plain text" in message
    assert '!!! stratgy "Check in"' in article(site, "blog/2026/01/20/typo/").get_text()


def test_a_site_without_callouts_keeps_its_own_near_miss_types_quietly(
    project: SiteProject,
) -> None:
    # `!!! benefits` is one letter from the plugin's `benefit`: on a site that writes no
    # callout it is the site's own admonition type, and adding the plugin warns nothing.
    body = "!!! benefits\n    Plural, on purpose.\n\n??? exercises\n    Also.\n"
    project.files["blog/posts/own.md"] = post("Own", "2026-01-20", body)
    site = project.build(strict=True)
    assert article(site, "blog/2026/01/20/own/").select_one(".admonition.benefits") is not None


def test_site_defined_types_from_mkdocs_yml(project: SiteProject) -> None:
    project.options()["callout_types"] = {
        "affirmation": {
            "title": "Affirmation",
            "icon": "material/heart-outline",
            "color": "#c2185b",
            "dark_color": "#f48fb1",
        },
        "step": {"title": "Step", "icon": "octicons/rocket-16", "color": "teal", "numbered": True},
    }
    project.files["about.md"] = (
        "# About\n\n!!! affirmation\n    You are enough.\n\n"
        '!!! step "Breathe"\n    In.\n\n!!! step\n    Out.\n'
    )
    site = project.build(strict=True)
    page = article(site, "about/")
    affirmation = page.select_one(".st-callout--affirmation")
    assert affirmation.select_one(".st-callout__title").get_text() == "Affirmation"
    steps = page.select(".st-callout--step")
    assert [s.select_one(".admonition-title").get_text(strip=True) for s in steps] == [
        "Step 1·Breathe¶",
        "Step 2¶",
    ]
    css = site.text("assets/stay_tuned/callout-types.css")
    assert "--st-callout-affirmation-color: #c2185b;" in css
    assert "--st-callout-affirmation-color: #f48fb1;" in css
    assert ".md-typeset .st-callout--step {" in css


@pytest.mark.parametrize(
    ("types", "message"),
    [
        ({"tip": {"icon": "material/heart", "color": "red"}}, "one of Material's own"),
        ({"hug": {"icon": "material/heart"}}, "callout_types.hug: a new callout type needs color"),
        (
            {"hug": {"icon": "material/no-such", "color": "red"}},
            "option 'callout_types.hug.icon' in '",
        ),
        (
            {"hug": {"icon": "material/heart", "color": "notacolour"}},
            "mkdocs.yml: callout_types.hug.color: 'notacolour' is not a CSS colour",
        ),
    ],
)
def test_bad_site_types_are_errors_naming_the_key(
    project: SiteProject, caplog: pytest.LogCaptureFixture, types: object, message: str
) -> None:
    project.options()["callout_types"] = types
    with pytest.raises(Abort):
        project.build()
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert any(message in e for e in errors), errors


@pytest.mark.parametrize(
    "extensions",
    [[], ["markdown.extensions.admonition", "pymdownx.details", {"toc": {"permalink": True}}]],
)
def test_the_plugin_enables_the_extensions_it_needs(
    project: SiteProject, extensions: list[object]
) -> None:
    project.config["markdown_extensions"] = extensions
    project.files["about.md"] = '# About\n\n!!! strategy "A"\n    x\n\n??? benefit "B"\n    y\n'
    site = project.build(strict=True)
    page = article(site, "about/")
    assert page.select_one("div.st-callout--strategy")["id"] == "strategy-a"
    assert page.select_one("details.st-callout--benefit") is not None
    names = [
        e if isinstance(e, str) else next(iter(e)) if isinstance(e, dict) else type(e).__name__
        for e in site.config.markdown_extensions
    ]
    assert len(names) == len(set(names))
    assert not {"admonition", "markdown.extensions.admonition"} <= set(names)


def test_labels_follow_the_site_language(project: SiteProject) -> None:
    _blog(project)
    project.config["theme"]["language"] = "fr"
    project.options()["takeaways_words"] = 0  # the box of short strategies too
    site = project.build()
    page = article(site, NEWEST)
    assert page.select_one(".st-callout__label").get_text() == "Stratégie 1"
    assert page.select_one(".st-takeaways__title").get_text() == "À retenir"
    library = article(site, LIBRARY)
    assert library.h1.get_text().rstrip("¶") == "Bibliothèque de stratégies"
    assert (
        library.select_one(".st-library__count")
        .get_text(" ", strip=True)
        .startswith("Présente dans 3 articles")
    )


def test_serve_rebuilds_do_not_pile_up_strategies(project: SiteProject) -> None:
    _blog(project)
    first = project.build(command="serve")
    before = [a.get_text() for a in article(first, LIBRARY).select("a.st-library__strategy")]
    second = project.build(command="serve")
    after = [a.get_text() for a in article(second, LIBRARY).select("a.st-library__strategy")]
    assert after == before
    nav = second.html(LIBRARY).select("nav.md-nav--primary a.md-nav__link")
    assert [a.get_text(strip=True) for a in nav].count("Strategy library") == 1


def test_a_malformed_callout_in_the_sign_off_is_a_warning_naming_the_option(
    project: SiteProject, plugin_warnings: object
) -> None:
    """The sign-off is on every post: a broken callout in it used to show raw everywhere
    without a word."""
    _blog(project)
    project.options()["sign_off"] = (
        'Thanks for reading.\n\n!!! benefit "Stay in touch\n    Write.\n'
    )
    site = project.build()
    expect = plugin_warnings.expect  # type: ignore[attr-defined]
    message = expect(
        r"^stay-tuned: option 'sign_off' of the stay-tuned plugin in '[^']*mkdocs\.yml', "
        r"line 3 of its text: "
        r"'!!! benefit \"Stay in touch' starts like a callout but is not valid"
    )
    assert '!!! strategy "Practice Active Listening"' in message  # a valid example
    # Once per build, not once per post.
    assert not plugin_warnings.unexpected()  # type: ignore[attr-defined]
    # The text stays on the page, as the author wrote it.
    assert (
        '!!! benefit "Stay in touch' in article(site, NEWEST).select_one(".st-sign-off").get_text()
    )


def test_a_sign_off_callout_with_an_unquoted_title_warns_too(
    project: SiteProject, plugin_warnings: object
) -> None:
    project.options()["sign_off"] = "!!! benefit Stay in touch\n    Write to us.\n"
    project.files["blog/posts/one.md"] = post("One", "2026-01-20", slug="one")
    site = project.build()
    plugin_warnings.expect(  # type: ignore[attr-defined]
        r"option 'sign_off' of the stay-tuned plugin in '[^']*mkdocs\.yml', line 1 of its text: "
        r"the title of this "
        r'benefit callout is not in double quotes.*!!! benefit "Stay in touch"'
    )
    sign_off = article(site, "blog/2026/01/20/one/").select_one(".st-sign-off")
    assert sign_off.select_one(".st-callout__title").get_text() == "Stay in touch"


def test_sign_off_callout_ids_do_not_clash_with_the_posts_own(project: SiteProject) -> None:
    """The sign-off is converted once and shown under every post: its callouts got the
    ids a post's own callouts of the same type and title get."""
    project.options()["sign_off"] = (
        '!!! benefit "Stay in touch"\n    Write to us.\n\n!!! strategy\n    Come back soon.\n'
    )
    project.files["blog/posts/one.md"] = post(
        "One",
        "2026-01-20",
        """
        Intro.

        <!-- more -->

        !!! benefit "Stay in touch"
            With your partner.

        !!! strategy
            Untitled.
        """,
        slug="one",
    )
    site = project.build(strict=True)
    page = article(site, "blog/2026/01/20/one/")
    ids = [e["id"] for e in page.select("[id]")]
    assert len(ids) == len(set(ids)), ids
    sign_off = page.select_one(".st-sign-off")
    own = [c for c in page.select(".st-callout") if sign_off not in c.parents]
    # The post's own ids stay as they were: other posts link to them.
    assert [c["id"] for c in own] == ["benefit-stay-in-touch", "strategy-1"]
    theirs = sign_off.select(".st-callout")
    assert [c["id"] for c in theirs] == [
        "st-sign-off--benefit-stay-in-touch",
        "st-sign-off--strategy-1",
    ]
    for callout in theirs:
        assert callout.select_one("a.headerlink")["href"] == f"#{callout['id']}"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            {"takeaways_min": 0},
            r"option 'takeaways_min' in '[^']*mkdocs\.yml' is 0.*takeaways_min: 3",
        ),
        (
            {"strategy_library_url": "/strategies"},
            r"option 'strategy_library_url' in '[^']*mkdocs\.yml' is '/strategies'.*"
            r"strategy_library_url: blog/strategies/",
        ),
        (
            {"strategy_library": True, "strategy_library_url": ""},
            r"'strategy_library' and 'strategy_library_url' in '[^']*mkdocs\.yml'.*"
            r"strategy_library_url: blog/strategies/",
        ),
    ],
)
def test_bad_callout_options_are_errors_naming_the_config_file(
    project: SiteProject, caplog: pytest.LogCaptureFixture, options: dict[str, object], message: str
) -> None:
    project.options().update(options)
    with pytest.raises(Abort):
        project.build()
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert any(re.search(message, e, re.DOTALL) for e in errors), errors
