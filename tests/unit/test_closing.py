from stay_tuned.closing import Follow, choose_follow, json_feeds, reader_feed
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
