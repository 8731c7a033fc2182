from typing import Any

import pytest
from stay_tuned import i18n, subscribe
from stay_tuned.config import StayTunedConfig
from stay_tuned.site_feeds import SiteFeed

LABELS = i18n.labels_for("en")
FEEDS = [SiteFeed("rss", "feed_rss_created.xml"), SiteFeed("json", "feeds/new.json")]


def validate(options: dict[str, Any]) -> tuple[StayTunedConfig, list[str]]:
    config = StayTunedConfig()
    config.load_dict(options)
    errors, _ = config.validate()
    return config, [f"{key}: {error}" for key, error in errors]


def test_subscribe_is_none_unless_set() -> None:
    config, errors = validate({})
    assert errors == []
    assert config.subscribe is None


def test_subscribe_defaults() -> None:
    config, errors = validate({"subscribe": {"action": "https://news.example.org/s"}})
    assert errors == []
    form = config.subscribe
    assert form is not None
    assert (form.action, form.method, form.email_field, form.hidden, form.button) == (
        "https://news.example.org/s",
        "post",
        "email",
        {},
        None,
    )


def test_hidden_values_may_be_numbers_as_in_providers_embed_codes() -> None:
    config, errors = validate(
        {"subscribe": {"action": "https://x.org/s", "hidden": {"embed": 1, "list": "love"}}}
    )
    assert errors == []
    assert config.subscribe is not None
    assert config.subscribe.hidden == {"embed": "1", "list": "love"}


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"email_field": "EMAIL"}, "subscribe: Sub-option 'action': the URL your newsletter"),
        ({"action": ""}, "Sub-option 'action': the URL your newsletter"),
        ({"action": "newsletter"}, "Sub-option 'action': The URL isn't valid"),
        ({"action": "javascript://%0Aalert(1)"}, "expected an http:// or https:// URL"),
        ({"action": "https://x.org", "method": "put"}, "Sub-option 'method'"),
        ({"action": "https://x.org", "email_field": "e mail"}, "without spaces"),
        ({"action": "https://x.org", "hidden": {"a b": "c"}}, "without spaces"),
        ({"action": "https://x.org", "hidden": {"tags": ["a"]}}, "Sub-option 'hidden'"),
        ({"action": "https://x.org", "colour": "red"}, None),  # warning only, see below
    ],
)
def test_bad_subscribe_options_name_the_key(options: dict[str, Any], message: str | None) -> None:
    _, errors = validate({"subscribe": options})
    if message is None:
        assert errors == []
        return
    (error,) = errors
    assert error.startswith("subscribe: ")
    assert message in error


def test_missing_action_error_shows_a_valid_example() -> None:
    _, (error,) = validate({"subscribe": {"button": "Join"}})
    assert "subscribe:\n        action: https://newsletter.example.org/subscribe" in error


def test_subscribe_must_be_a_mapping() -> None:
    _, (error,) = validate({"subscribe": "https://x.org/s"})
    assert "expected a mapping" in error


@pytest.mark.parametrize(
    ("page_url", "rss", "json"),
    [
        ("", "feed_rss_created.xml", "feeds/new.json"),
        (
            "blog/2026/01/10/first/",
            "../../../../../feed_rss_created.xml",
            "../../../../../feeds/new.json",
        ),
        (
            "blog/2026/01/10/first.html",
            "../../../../feed_rss_created.xml",
            "../../../../feeds/new.json",
        ),
    ],
)
def test_feed_links_are_relative_to_the_page(page_url: str, rss: str, json: str) -> None:
    links = subscribe.feed_links(FEEDS, page_url, LABELS)
    assert [(link.label, link.url, link.media_type, link.kind) for link in links] == [
        ("RSS feed", rss, "application/rss+xml", "rss"),
        ("JSON feed", json, "application/feed+json", "json"),
    ]


def test_form_takes_the_button_label_from_the_language_unless_set() -> None:
    config, _ = validate({"subscribe": {"action": "https://x.org/s", "hidden": {"b": 2, "a": 1}}})
    form = subscribe.subscribe_form(config.subscribe, i18n.labels_for("de"), "st-x")
    assert form is not None
    assert form.button == "Abonnieren"
    assert form.input_id == "st-x-email"
    assert form.hidden == (("b", "2"), ("a", "1"))  # in the site's order
    config, _ = validate({"subscribe": {"action": "https://x.org/s", "button": "Join us"}})
    form = subscribe.subscribe_form(config.subscribe, LABELS, "st-x")
    assert form is not None and form.button == "Join us"


def test_follow_context_is_none_with_nothing_to_offer() -> None:
    assert (
        subscribe.follow_context(
            block_id="b", heading="h", feeds=[], page_url="", subscribe=None, labels=LABELS
        )
        is None
    )
    context = subscribe.follow_context(
        block_id="b", heading="h", feeds=FEEDS, page_url="", subscribe=None, labels=LABELS
    )
    assert context is not None
    assert context["form"] is None and len(context["feeds"]) == 2
