"""The Love and Dating site itself, built with the CLI as an author would."""

from __future__ import annotations

import subprocess
from pathlib import Path

import feedparser
from bs4 import BeautifulSoup

from tests.integration.realsite import ENV, POST, copy_site, engine
from tests.sitebuilder import REPO_ROOT

# A copy of ../shared/seed/the-importance-of-emotional-connection.txt, as its author wrote it.
SEED = REPO_ROOT / "tests" / "data" / "the-importance-of-emotional-connection.txt"


def page(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def test_strict_build_passes_without_warnings(built: tuple[Path, str]) -> None:
    site, log = built
    assert (site / "index.html").is_file(), log
    assert "WARNING" not in log, log
    assert "ERROR" not in log, log


def test_first_article_keeps_its_words(built: tuple[Path, str]) -> None:
    site, _ = built
    article = page(site, POST).select_one("article.md-content__inner")
    assert article is not None
    assert article.h1 is not None
    assert article.h1.get_text(strip=True).rstrip("¶") == (
        "The Importance of Emotional Connection in Relationships"
    )
    headings = [h.get_text().rstrip("¶") for h in article.find_all("h2")]
    assert headings[:3] == [
        "What is Emotional Connection?",
        "The Benefits of Emotional Connection",
        "How to Cultivate Emotional Connection",
    ]
    text = " ".join(article.get_text(" ").split())
    seed = SEED.read_text(encoding="utf-8").splitlines()
    body = [line.strip().lstrip("•").strip() for line in seed[1:] if line.strip()]
    # The last paragraph: the site's sign-off (rendered from configuration under every
    # post, in the closing card) around the article's own closing sentence, which ends
    # the article itself, since it speaks of this article only.
    last = body.pop()
    own = (
        "We hope this article has provided valuable insights into the importance of "
        "emotional connection in relationships."
    )
    assert own in last
    sign_off = " ".join(last.replace(own, "").split())
    assert sign_off == (
        "Thank you for visiting Love and Dating. Stay tuned for more advice and guidance "
        "on love, relationships, and the dating world."
    )
    card = article.select_one(".st-closing .st-sign-off")
    assert card is not None and " ".join(card.get_text(" ").split()) == sign_off
    closing = article.select_one(".st-closing")
    ending = closing.find_previous_sibling("p")
    assert ending is not None and ending.get_text() == own
    callouts = {
        c.select_one(".st-callout__title").get_text(): " ".join(
            p.get_text(" ") for p in c.find_all("p", recursive=False)[1:]
        )
        for c in article.select(".st-callout")
    }
    for line in body:
        if line[:2] in {f"{n}." for n in range(1, 10)}:
            line = line[2:].strip()
        label, _, rest = line.partition(": ")
        if rest and label in callouts:
            # A benefit or strategy: its bold label became the callout's title.
            assert " ".join(callouts[label].split()) == " ".join(rest.split()), label
        else:
            assert " ".join(line.split()) in text, line


BENEFITS = [
    "Enhanced Communication",
    "Increased Intimacy",
    "Greater Relationship Satisfaction",
    "Improved Conflict Resolution",
]
STRATEGIES = [
    "Practice Active Listening",
    "Show Appreciation",
    "Share Vulnerabilities",
    "Create Quality Time",
    "Practice Empathy",
]


def test_benefits_and_strategies_are_callouts_after_their_intro(built: tuple[Path, str]) -> None:
    site, _ = built
    article = page(site, POST).select_one("article.md-content__inner")
    assert article is not None
    benefits = article.select("div.admonition.benefit.st-callout--benefit")
    assert [b.select_one(".st-callout__title").get_text() for b in benefits] == BENEFITS
    strategies = article.select("div.admonition.strategy.st-callout--strategy")
    titles = [s.select_one(".admonition-title").get_text(" ", strip=True) for s in strategies]
    assert titles == [f"Strategy {n} · {t} ¶" for n, t in enumerate(STRATEGIES, 1)]
    assert [s["id"] for s in strategies] == [
        "strategy-practice-active-listening",
        "strategy-show-appreciation",
        "strategy-share-vulnerabilities",
        "strategy-create-quality-time",
        "strategy-practice-empathy",
    ]
    for callout in strategies + benefits:
        assert callout.select_one("a.headerlink")["href"] == f"#{callout['id']}"
    # The sentence introducing each list still comes right before it.
    intro = benefits[0].find_previous_sibling("p")
    assert intro is not None and intro.get_text().endswith("has numerous benefits:")
    intro = strategies[0].find_previous_sibling("p")
    assert intro is not None and intro.get_text().endswith("in your relationship:")
    assert "**" not in article.get_text() and "!!!" not in article.get_text()


def test_first_article_has_no_key_takeaways_and_the_library_lists_it(
    built: tuple[Path, str],
) -> None:
    site, _ = built
    article = page(site, POST).select_one("article.md-content__inner")
    assert article is not None
    # Its five strategies are short (150 words, less than a screen): a box listing their
    # titles would only repeat them (takeaways_words).
    assert article.select("nav.st-takeaways") == []
    assert len(article.select(".st-callout--strategy")) == 5

    library = page(site, "blog/strategies/").select_one("article.md-content__inner")
    assert library is not None
    links = library.select(".st-library__section--articles a.st-library__strategy")
    assert [a.get_text() for a in links] == STRATEGIES
    assert links[0]["href"] == f"../{POST.removeprefix('blog/')}#strategy-practice-active-listening"
    # One article in one category: "By category" would repeat "By article" entry for entry.
    assert library.select(".st-library__section--categories") == []
    assert [h.get_text().rstrip("¶") for h in library.select("h2")] == ["By article"]
    nav = page(site, "blog/strategies/").select("nav.md-nav--primary a.md-nav__link")
    assert "Strategy library" in [a.get_text(strip=True) for a in nav]


def test_sign_off_is_rendered_once_from_configuration(built: tuple[Path, str]) -> None:
    site, _ = built
    source = (REPO_ROOT / "docs/blog/posts/the-importance-of-emotional-connection.md").read_text()
    assert "Thank you for visiting" not in source
    sign_offs = page(site, POST).select("aside.st-sign-off")
    assert len(sign_offs) == 1
    assert (
        sign_offs[0].get_text(" ", strip=True).startswith("Thank you for visiting Love and Dating.")
    )
    assert "Stay tuned for more advice and guidance" in sign_offs[0].get_text()
    # It fits every post: nothing in it speaks of one article.
    assert "this article" not in sign_offs[0].get_text()


def test_home_introduces_the_site_and_leads_to_the_blog(built: tuple[Path, str]) -> None:
    site, _ = built
    home = page(site, "")
    assert home.title is not None and home.title.get_text(strip=True) == "Love and Dating"
    hrefs = [a["href"] for a in home.select("article a[href]")]
    assert "blog/" in hrefs
    assert home.select_one('meta[name="viewport"]') is not None
    assert home.select('form[data-md-component="palette"] input[data-md-color-scheme]')
    about = page(site, "about/")
    assert about.h1 is not None and "About Love and Dating" in about.h1.get_text()


def test_blog_index_shows_the_excerpt_and_not_the_body(built: tuple[Path, str]) -> None:
    site, _ = built
    index = page(site, "blog/")
    excerpts = index.select("article.md-post--excerpt")
    assert len(excerpts) == 1
    text = excerpts[0].get_text()
    assert "In this blog post, we will delve" in text
    assert "What is Emotional Connection?" not in text


def test_feeds_list_the_article_with_its_date(built: tuple[Path, str]) -> None:
    site, _ = built
    rss = feedparser.parse((site / "feed_rss_created.xml").read_text(encoding="utf-8"))
    assert not rss.bozo
    assert rss.feed.title == "Love and Dating"
    (entry,) = rss.entries
    assert entry.title == "The Importance of Emotional Connection in Relationships"
    assert entry.link.endswith(POST)
    assert entry.published_parsed[:3] == (2026, 11, 25)
    assert "In this blog post" in entry.summary
    json_feed = (site / "feed_json_created.json").read_text(encoding="utf-8")
    assert "2026-11-25T00:00:00" in json_feed


def test_site_url_comes_from_the_environment(tmp_path: Path) -> None:
    root = copy_site(tmp_path / "site")
    env = {**ENV, "SITE_URL": "https://someone.github.io/blog/"}
    subprocess.run([engine(), "build"], cwd=root, env=env, check=True, capture_output=True)
    rss = feedparser.parse((root / "site/feed_rss_created.xml").read_text(encoding="utf-8"))
    assert rss.entries[0].link.startswith("https://someone.github.io/blog/blog/2026/11/25/")
