"""Typed configuration of the ``stay-tuned`` plugin, validated by MkDocs."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

from stay_tuned.subscribe import OptionalSubscribe


class StayTunedConfig(base.Config):  # type: ignore[no-untyped-call]
    """Options of the ``stay-tuned`` plugin in ``mkdocs.yml``."""

    enabled = c.Type(bool, default=True)
    """Turn the whole plugin off without removing it from ``plugins``."""

    blog = c.Type(str, default="material/blog")
    """Name of the Material blog plugin instance whose posts the plugin works on."""

    sign_off = c.Optional(c.Type(str))
    """Markdown rendered once at the end of every post, after the article: the site's
    sign-off. Written once here instead of pasted into each post."""

    feed_excerpts = c.Type(bool, default=True)
    """Render each post's excerpt with the site's own Markdown extensions (callouts,
    admonitions, ...) and make it the description of the post's item in the
    mkdocs-rss-plugin feeds, with links made absolute. Without it, the RSS plugin renders
    raw excerpt Markdown with no extensions."""

    subscribe = OptionalSubscribe()
    """A newsletter sign-up form under the sign-off of every post: ``action`` (the URL
    the form posts to, required), ``email_field`` (default ``email``), ``hidden`` fields
    and ``button`` label. Provider-agnostic; works without JavaScript. Without it, posts
    offer only the site's feed links."""
