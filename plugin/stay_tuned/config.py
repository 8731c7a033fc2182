"""Typed configuration of the ``stay-tuned`` plugin, validated by MkDocs."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

from stay_tuned.callouts.types import CalloutTypes
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

    takeaways = c.Type(bool, default=True)
    """Show a "Key takeaways" box, listing a post's strategies as links to their callouts,
    after the introduction of every post with at least ``takeaways_min`` strategies. A
    post's front matter ``takeaways: false`` hides it, ``takeaways: true`` shows it."""

    takeaways_min = c.Type(int, default=3)
    """How many strategies a post needs for the Key takeaways box by default."""

    strategy_library_url = c.Type(str, default="blog/strategies/")
    """URL of the generated strategy library page (every strategy on the site, by post
    and by category), listed in the blog's navigation. An empty string: no library. A
    Markdown file at ``<url>index.md`` in ``docs`` becomes its introduction."""

    callout_types = CalloutTypes()
    """Callout types the site adds to (or changes among) the built-in ones: a mapping of
    type name to ``title``, ``icon`` (Material's icon names), ``color``, ``dark_color``
    and ``numbered``. Authors write ``!!! <name> "Title"``."""
