"""Following the blog: feed links and the optional newsletter form.

Both are rendered by one template, ``stay_tuned/subscribe.html``, under the sign-off of
every post. The template is standalone so any block can render it with its own
heading and feeds: a series' stay-tuned block and its page do, with the series' feeds
(``series/feature.py``). Its context:

``block_id``
    a prefix for the ids in the block, unique on the page (``st-follow-site`` under the
    sign-off, ``st-follow-series`` for a series);
``heading``
    the block's title (``Follow this blog``);
``feeds``
    a list of ``FeedLink`` (``label``, ``url`` relative to the page, ``media_type``,
    ``kind``: ``rss`` or ``json``), possibly empty;
``form``
    a ``SubscribeForm`` or ``None`` (``action``, ``method``, ``email_field``,
    ``hidden`` as ``(name, value)`` pairs, ``button``, ``input_id``);
``labels``
    the site's labels (``subscribe_intro``, ``subscribe_email``, ...).

The form is provider-agnostic: any newsletter service that accepts a plain HTML form
post (an action URL, an email field, a few hidden fields) works, without JavaScript.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.utils import get_relative_url

from stay_tuned.site_feeds import SiteFeed

EXAMPLE = (
    "plugins:\n"
    "  - stay-tuned:\n"
    "      subscribe:\n"
    "        action: https://newsletter.example.org/subscribe\n"
    "        email_field: email\n"
    "        hidden:\n"
    "          list: love-and-dating"
)


class FormAction(c.URL):
    """The form's action: an absolute ``http(s)`` URL, required."""

    def validate(self, value: object) -> str:
        if value is None or value == "":
            raise base.ValidationError(
                f"the URL your newsletter provider's sign-up form posts to is required:\n{EXAMPLE}"
            )
        return self.run_validation(value)

    def run_validation(self, value: object) -> str:
        url = super().run_validation(value)
        if urlsplit(url).scheme not in {"http", "https"}:
            raise base.ValidationError(
                f"expected an http:// or https:// URL, got {value!r}:\n{EXAMPLE}"
            )
        return url


class FieldName(c.Type[str]):
    """An HTML form field name: text without spaces."""

    def run_validation(self, value: object) -> str:
        name = super().run_validation(value)
        if not name or any(ch.isspace() for ch in name):
            raise base.ValidationError(f"expected a field name without spaces, got {value!r}")
        return name


class HiddenFields(c.DictOfItems[Any]):
    """``name: value`` pairs sent with the form (a list id, a tag); values are text or
    numbers, as providers' embed codes have them."""

    def __init__(self) -> None:
        super().__init__(c.Type((str, int, float)), default={})

    def run_validation(self, value: object) -> dict[str, Any]:
        fields = super().run_validation(value)
        for name in fields:
            if not name or any(ch.isspace() for ch in name):
                raise base.ValidationError(
                    f"hidden field names must be text without spaces, got {name!r}:\n{EXAMPLE}"
                )
        return {name: str(v) for name, v in fields.items()}


class SubscribeConfig(base.Config):  # type: ignore[no-untyped-call]
    """The ``subscribe`` option: a newsletter sign-up form."""

    action = FormAction()
    """URL the form posts to (your newsletter provider's sign-up endpoint)."""

    method = c.Choice(("post", "get"), default="post")
    """HTTP method of the form."""

    email_field = FieldName(str, default="email")
    """Name of the email field, as the provider expects it."""

    hidden = HiddenFields()
    """Extra hidden fields (a list id, a tag, ...)."""

    button = c.Optional(c.Type(str))
    """Label of the submit button; defaults to the site language's "Subscribe"."""


class OptionalSubscribe(c.SubConfig[SubscribeConfig]):
    """The ``subscribe`` option: ``None`` unless the site sets it (MkDocs' own
    ``SubConfig`` always validates to a default, empty one)."""

    def __init__(self) -> None:
        super().__init__(SubscribeConfig)
        self.default = None

    def run_validation(self, value: object) -> SubscribeConfig | None:  # type: ignore[override]
        if value is None:
            return None
        if not isinstance(value, dict):
            raise base.ValidationError(f"expected a mapping, e.g.\n{EXAMPLE}")
        return super().run_validation(value)


@dataclass(frozen=True)
class FeedLink:
    label: str
    url: str
    media_type: str
    kind: str


@dataclass(frozen=True)
class SubscribeForm:
    action: str
    method: str
    email_field: str
    hidden: tuple[tuple[str, str], ...]
    button: str
    input_id: str


FEED_LABEL_KEYS = {"rss": "feed_rss", "json": "feed_json"}


def feed_links(
    feeds: Sequence[SiteFeed], page_url: str, labels: Mapping[str, str]
) -> list[FeedLink]:
    """Links to ``feeds`` from the page at site-relative ``page_url``."""
    return [
        FeedLink(
            label=labels[FEED_LABEL_KEYS[feed.kind]],
            url=get_relative_url(feed.path, page_url),
            media_type=feed.media_type,
            kind=feed.kind,
        )
        for feed in feeds
    ]


def subscribe_form(
    config: SubscribeConfig | None, labels: Mapping[str, str], block_id: str
) -> SubscribeForm | None:
    """The form the ``subscribe`` option describes, or ``None`` without it."""
    if config is None:
        return None
    return SubscribeForm(
        action=config.action,
        method=config.method,
        email_field=config.email_field,
        hidden=tuple(config.hidden.items()),
        button=config.button or labels["subscribe_button"],
        input_id=f"{block_id}-email",
    )


def follow_context(
    *,
    block_id: str,
    heading: str,
    feeds: Sequence[SiteFeed],
    page_url: str,
    subscribe: SubscribeConfig | None,
    labels: Mapping[str, str],
) -> dict[str, Any] | None:
    """The context of ``stay_tuned/subscribe.html``, or ``None`` when there is nothing to
    offer (no feeds and no form)."""
    links = feed_links(feeds, page_url, labels)
    form = subscribe_form(subscribe, labels, block_id)
    if not links and form is None:
        return None
    return {
        "block_id": block_id,
        "heading": heading,
        "feeds": links,
        "form": form,
        "labels": labels,
    }
