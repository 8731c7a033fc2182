from stay_tuned.closing import Follow, choose_follow, footer_paths, json_feeds, reader_feed
from stay_tuned.site_feeds import SiteFeed

SITE = (SiteFeed("rss", "feed_rss_created.xml"), SiteFeed("json", "feed_json_created.json"))
SERIES = (
    SiteFeed("rss", "blog/series/x/feed_rss.xml"),
    SiteFeed("json", "blog/series/x/feed.json"),
)


def test_a_part_of_an_ongoing_series_follows_the_series_by_its_rss_feed() -> None:
    for follow_site in (True, False):
        assert choose_follow(
            series_feeds=SERIES, site_feeds=SITE, follow_site=follow_site, has_form=False
        ) == Follow("series_follow", (SERIES[0],), False)


def test_other_posts_follow_the_blog_only_when_the_site_turns_it_on() -> None:
    assert choose_follow(
        series_feeds=None, site_feeds=SITE, follow_site=True, has_form=False
    ) == Follow("follow", (SITE[0],), False)
    assert (
        choose_follow(series_feeds=None, site_feeds=SITE, follow_site=False, has_form=True) is None
    )


def test_the_newsletter_form_is_the_one_way_to_follow_when_configured() -> None:
    assert choose_follow(
        series_feeds=SERIES, site_feeds=SITE, follow_site=True, has_form=True
    ) == Follow("series_follow", (), True)
    assert choose_follow(
        series_feeds=None, site_feeds=(), follow_site=True, has_form=True
    ) == Follow("follow", (), True)


def test_nothing_to_follow_without_feeds_or_form() -> None:
    # A series without site_url has no feeds: the card links the series page instead.
    assert choose_follow(series_feeds=(), site_feeds=(), follow_site=True, has_form=False) is None
    assert choose_follow(series_feeds=None, site_feeds=(), follow_site=True, has_form=False) is None


def test_readers_get_the_rss_feed_else_the_json_one() -> None:
    assert reader_feed(SITE) == (SITE[0],)
    assert reader_feed(SITE[::-1]) == (SITE[0],)
    assert reader_feed(SITE[1:]) == (SITE[1],)
    assert reader_feed(()) == ()
    assert json_feeds(SITE) == (SITE[1],)


def test_the_blog_feed_is_not_offered_again_when_every_page_links_it() -> None:
    # Material's footer (extra.social) links the blog's RSS feed on every page: a post
    # outside a series gets no second link to it; a series' feed is still offered.
    footer = footer_paths(["feed_rss_created.xml"], "https://example.org/blog/")
    assert (
        choose_follow(
            series_feeds=None,
            site_feeds=SITE,
            follow_site=True,
            has_form=False,
            linked_everywhere=footer,
        )
        is None
    )
    assert choose_follow(
        series_feeds=SERIES,
        site_feeds=SITE,
        follow_site=True,
        has_form=False,
        linked_everywhere=footer,
    ) == Follow("series_follow", (SERIES[0],), False)
    # The form is not a link the footer has.
    assert choose_follow(
        series_feeds=None,
        site_feeds=SITE,
        follow_site=True,
        has_form=True,
        linked_everywhere=footer,
    ) == Follow("follow", (), True)


def test_footer_links_are_read_as_site_relative_paths() -> None:
    site = "https://example.org/love/"
    assert footer_paths(
        [
            "feed_rss_created.xml",
            "/love/feed_json_created.json",
            "https://example.org/love/a/feed.xml",
            "./b.xml",
            "https://github.com/someone",
            "https://example.org/elsewhere/feed.xml",
            "/elsewhere/c.xml",
        ],
        site,
    ) == {"feed_rss_created.xml", "feed_json_created.json", "a/feed.xml", "b.xml"}
    assert footer_paths(["/feed.xml"], None) == {"feed.xml"}
