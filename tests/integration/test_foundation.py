"""Real Material blog builds: sign-off, feed items, serve-style rebuilds, config errors."""

from __future__ import annotations

import filecmp

import pytest
from mkdocs.exceptions import Abort

from tests import stack
from tests.sitebuilder import SiteProject, post

POST_URL = "blog/2026/01/10/first-steps/"


def _blog(project: SiteProject) -> None:
    project.options().update({"feed_excerpts": True, "follow": True})
    project.files["blog/posts/first.md"] = post(
        "First steps",
        "2026-01-10",
        """
        Intro with a [link to the second post](second.md).

        !!! tip "Try this"
            Say thank you today.

        <!-- more -->

        The rest of the article.
        """,
        categories=["Dating"],
        slug="first-steps",
    )
    project.files["blog/posts/second.md"] = post(
        "Second",
        "2026-01-20",
        slug="second",
    )
    project.files["blog/posts/draft.md"] = post("Unfinished", "2026-01-15", draft=True)


def test_sign_off_renders_once_at_the_end_of_every_post(project: SiteProject) -> None:
    project.options()["sign_off"] = "Thanks for *reading*. [Follow us](https://example.org/)."
    _blog(project)
    site = project.build(strict=True)

    for url in (POST_URL, "blog/2026/01/20/second/"):
        article = site.html(url).select_one("article.md-content__inner")
        assert article is not None
        assert article.select_one("p") is not None  # the post's own HTML is intact
        assert "&lt;" not in site.text(url)
        sign_offs = article.select("aside.st-sign-off")
        assert len(sign_offs) == 1
        assert sign_offs[0].get("aria-label") == "Sign-off"
        assert sign_offs[0].p is not None and sign_offs[0].p.em is not None
        assert sign_offs[0].p.get_text() == "Thanks for reading. Follow us."
        # It closes the article: nothing of the post's own content follows it.
        assert not [
            el for el in sign_offs[0].find_next_siblings() if el.name not in {"form", "aside"}
        ]

    # Not on pages that are not posts, and not in excerpts on the blog index.
    assert site.html("").select("aside.st-sign-off") == []
    assert site.html("blog/").select("aside.st-sign-off") == []


def test_no_sign_off_without_the_option(project: SiteProject) -> None:
    _blog(project)
    site = project.build()
    assert site.html(POST_URL).select("aside.st-sign-off") == []


def test_sign_off_label_follows_the_site_language(project: SiteProject) -> None:
    project.config["theme"]["language"] = "fr"
    project.options()["sign_off"] = "Merci !"
    _blog(project)
    site = project.build()
    aside = site.html(POST_URL).select_one("aside.st-sign-off")
    assert aside is not None and aside["aria-label"] == "Mot de la fin"


def test_feed_items_use_front_matter_dates_and_rendered_excerpts(project: SiteProject) -> None:
    _blog(project)
    project.files["blog/posts/second.md"] = post(
        "Second", "2026-01-20", slug="second", updated="2026-02-03"
    )
    site = project.build()
    feed = site.json("feed_json_created.json")
    items = {item["title"]: item for item in feed["items"]}

    assert set(items) == {"First steps", "Second"}  # the draft is not published
    first = items["First steps"]
    assert first["url"] == "https://example.org/blog-site/" + POST_URL
    assert first["date_published"].startswith("2026-01-10T00:00:00")
    assert first["tags"] == ["Dating"]

    from bs4 import BeautifulSoup

    description = BeautifulSoup(first["content_html"], "html.parser")
    tip = description.select_one("div.admonition.tip")
    assert tip is not None and "Say thank you today." in tip.get_text()
    assert "!!!" not in description.get_text()
    link = description.find("a", string="link to the second post")
    assert link is not None
    assert link["href"] == "https://example.org/blog-site/blog/2026/01/20/second/"
    assert "The rest of the article." not in description.get_text()
    assert description.find(["h1", "h2"]) is None  # the title is the item's title

    second = items["Second"]
    assert second["date_published"].startswith("2026-01-20T00:00:00")
    assert second["date_modified"].startswith("2026-02-03T00:00:00")

    updated = site.json("feed_json_updated.json")
    # First steps has no `date.updated`: the rss plugin dates its update at the build.
    assert [item["title"] for item in updated["items"]] == ["First steps", "Second"]


def test_rss_feed_has_each_post_once(project: SiteProject) -> None:
    import feedparser

    _blog(project)
    site = project.build()
    parsed = feedparser.parse(site.text("feed_rss_created.xml"))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert [entry.title for entry in parsed.entries] == ["Second", "First steps"]
    assert parsed.entries[1].link == "https://example.org/blog-site/" + POST_URL


def test_two_serve_builds_in_one_process_give_identical_output(
    project: SiteProject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    project.options()["sign_off"] = "Thanks."
    _blog(project)
    first = project.build(command="serve")
    snapshot = tmp_path_factory.mktemp("first-build")
    import shutil

    shutil.copytree(first.site_dir, snapshot, dirs_exist_ok=True)
    second = project.build(command="serve")

    def differing(cmp: filecmp.dircmp[str]) -> list[str]:
        out = [f"{cmp.left}/{name}" for name in cmp.diff_files + cmp.left_only + cmp.right_only]
        for sub in cmp.subdirs.values():
            out += differing(sub)
        return out

    # The feeds carry a build timestamp; compare their items instead.
    ignore = [
        "feed_rss_created.xml",
        "feed_rss_updated.xml",
        "feed_json_created.json",
        "feed_json_updated.json",
        "sitemap.xml.gz",
    ]
    assert differing(filecmp.dircmp(snapshot, second.site_dir, ignore=ignore)) == []
    for name in ("feed_json_created.json", "feed_json_updated.json"):
        import json

        before = json.loads((snapshot / name).read_text())["items"]
        after = second.json(name)["items"]
        assert after == before
        assert len(after) == 2
    import feedparser

    rss = feedparser.parse(second.text("feed_rss_created.xml"))
    assert [entry.link for entry in rss.entries] == [
        "https://example.org/blog-site/blog/2026/01/20/second/",
        "https://example.org/blog-site/" + POST_URL,
    ]


def test_works_without_directory_urls(project: SiteProject) -> None:
    project.config["use_directory_urls"] = False
    project.options()["sign_off"] = "Thanks."
    _blog(project)
    site = project.build(strict=True)
    page = site.html("blog/2026/01/10/first-steps.html")
    assert page.select_one("aside.st-sign-off") is not None
    feed = site.json("feed_json_created.json")
    links = {item["title"]: item["content_html"] for item in feed["items"]}
    assert "https://example.org/blog-site/blog/2026/01/20/second.html" in links["First steps"]


def _errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]


def test_plugin_without_blog_plugin_is_a_clear_error(
    project: SiteProject, caplog: pytest.LogCaptureFixture
) -> None:
    project.config["plugins"] = ["search", "stay-tuned"]
    with pytest.raises(Abort):
        project.build()
    (error,) = _errors(caplog)
    assert "no blog plugin (Material's or MaterialX's 'blog') is listed in 'plugins'" in error
    assert "plugins:\n  - blog\n  - stay-tuned" in error


def test_the_error_names_the_config_file_the_site_uses(
    project: SiteProject, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ProperDocs reads properdocs.yml: the message names it, not mkdocs.yml.
    project.config_name = "properdocs.yml"
    project.config["plugins"] = ["search", "stay-tuned"]
    project.root.mkdir(parents=True, exist_ok=True)
    monkeypatch.chdir(project.root)
    with pytest.raises(Abort):
        project.build()
    (error,) = _errors(caplog)
    assert "is listed in 'plugins' of properdocs.yml." in error
    assert "mkdocs.yml" not in error


@pytest.mark.parametrize(
    ("listed", "option"),
    [
        # the full name, as a config has it for Material (or MaterialX)
        (f"{stack.THEME}/blog", None),
        ("blog", "blog"),  # the option without the namespace matches either distribution
        ("blog", "material/blog"),  # the old default, written out (also on MaterialX)
    ],
)
def test_the_blog_plugin_is_found_by_what_it_is(
    project: SiteProject, listed: str, option: str | None
) -> None:
    plugins = project.config["plugins"]
    plugins[1] = {listed: plugins[1]["blog"]}
    if option is not None:
        project.options()["blog"] = option
    project.options()["sign_off"] = "Thanks for reading!"
    project.files["blog/posts/one.md"] = post("One", "2026-01-10")
    site = project.build(strict=True)
    assert site.html("blog/2026/01/10/one/").select_one("article aside.st-sign-off")


def test_the_option_chooses_the_second_blog(project: SiteProject) -> None:
    # Two blogs; stay-tuned works on the one its option names (the second instance):
    # the strategy library follows that blog's folder and lists its posts.
    project.config["plugins"].insert(2, {"blog": {"blog_dir": "news", "post_excerpt": "optional"}})
    project.options()["blog"] = "blog #2"
    project.files["news/index.md"] = "# News\n"
    project.files["blog/posts/one.md"] = post("One", "2026-01-10")
    strategy = '!!! strategy "Listen first"\n    Listen.\n'
    project.files["news/posts/two.md"] = post("Two", "2026-01-12", f"Intro.\n\n{strategy}")
    site = project.build(strict=True)
    library = site.html("news/strategies/")
    assert "Listen first" in library.get_text()
    assert not site.path("blog/strategies/").exists()
