"""Following the blog, for one build: the site's feeds, the follow block under every post,
and every page's sharing metadata.

``Following`` is made anew with each build (it lives on the plugin's ``_Build``) and is
fed by the plugin's events: ``add_view`` / ``add_post`` while pages are converted,
``follow_block`` for the HTML closing a post, ``head`` as a head contributor,
``before_feeds`` / ``after_feeds`` around mkdocs-rss-plugin's ``on_post_build``.
The decisions are in ``site_feeds``, ``subscribe``, ``sharing`` and ``feed_output``.

Hooks for other features: ``feed_categories`` holds functions ``(post) -> categories``
whose results are added to the post's items in the site feeds (a series title, ...);
``page_descriptions`` holds functions ``(page) -> text or None`` that describe the
pages they generate (a series page) in the sharing metadata.
Features that write feeds of their own (a feed per series) take a post's item from
``feed_entry`` (the same content as its item in the site feeds) and the channel's
image from ``channel_image``.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any
from urllib.parse import urljoin

from material.plugins.blog.structure import Post
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from stay_tuned import (
    clock,
    closing,
    feed_output,
    feed_writer,
    render,
    sharing,
    site_feeds,
    subscribe,
)
from stay_tuned.errors import StayTunedError
from stay_tuned.messages import log

FOLLOW_BLOCK_ID = "st-follow-site"
SERIES_BLOCK_ID = "st-follow-series"


class Following:
    def __init__(
        self,
        config: MkDocsConfig,
        *,
        rss: Sequence[Any],
        subscribe: subscribe.SubscribeConfig | None,
        labels: dict[str, str],
        renderer: render.Renderer,
        draft_if_future_date: bool,
        feed_excerpts: bool = False,
    ) -> None:
        self.config = config
        self.feed_excerpts = feed_excerpts
        """Whether the site's feed items describe posts with their rendered excerpt
        (the ``feed_excerpts`` option) rather than the rss plugin's own description."""
        self.rss = list(rss)
        """The enabled mkdocs-rss-plugin instances that write the site's feeds."""
        self.subscribe = subscribe
        self.labels = labels
        self.renderer = renderer
        self.draft_if_future_date = draft_if_future_date
        self.feeds: list[site_feeds.SiteFeed] = []
        """The feeds readers can follow: none without ``site_url`` (their links would
        be broken)."""
        for plugin in self.rss if config.site_url else ():
            self.feeds += site_feeds.site_feeds(
                rss_enabled=plugin.config.rss_feed_enabled,
                json_enabled=plugin.config.json_feed_enabled,
                rss_path=plugin.config.feeds_filenames.rss_created,
                json_path=plugin.config.feeds_filenames.json_created,
            )
        self.locale = sharing.og_locale(config.theme.get("language"))
        # Material's social plugin, or MaterialX's (the same class, its own name).
        social: Any = config.plugins.get("material/social") or config.plugins.get(
            "materialx/social"
        )
        self.social_owns_tags = bool(social and social.config.enabled and social.config.cards)
        self.cards_dir: str | None = (
            str(social.config.cards_dir).strip("/") + "/" if self.social_owns_tags else None
        )
        """Where Material's social plugin writes the cards it makes during the build:
        an ``image`` there names a file the site will have, though ``docs`` has not."""
        self.feed_categories: list[Callable[[Post], Iterable[str]]] = []
        self.page_descriptions: list[Callable[[Page], str | None]] = []
        # The site feed's item categories come from these front-matter keys (the rss
        # plugin's `categories` option); without an rss plugin, Material's categories.
        self.category_keys: Sequence[str] = (
            self.rss[0].config.categories or () if self.rss else ("categories",)
        )
        self.now = clock.system_now()
        self._posts: dict[str, tuple[Post, feed_output.FeedPost]] = {}
        self._not_in_feeds: set[str] = set()
        self._facts: dict[str, sharing.PostFacts] = {}
        self._entries: dict[str, feed_writer.FeedEntry] = {}
        """Feed items of the posts published in this build, by source file."""
        self._prepared: list[tuple[Any, feed_output.PreparedFeeds]] = []
        self._follow_blocks: dict[tuple[Any, ...], str] = {}
        """Rendered follow blocks by what they show (``follow_block``)."""
        self._json_feed_heads: dict[tuple[tuple[str, ...], ...], str] = {}
        """Rendered JSON Feed links by the links (``json_feed_head``)."""

    def add_view(self, page: Page) -> None:
        """A generated page (Material's blog index, archive and category views; the
        plugin's own pages): never a feed item."""
        if page.canonical_url:
            self._not_in_feeds.add(page.canonical_url)

    def add_post(self, post: Post, files: Files, excerpt_html: str | None) -> None:
        """What the feeds and the sharing tags need of ``post``, while it is converted."""
        config = self.config
        dates = post.config.date
        value = post.meta.get("image")
        if value is not None and not isinstance(value, str):
            raise StayTunedError(
                f"front matter 'image' of {post.file.src_uri} must be a path "
                f"or a URL, got {value!r}. For example:\nimage: cover.jpg"
            )
        image = self._image(post, value, files) if value and config.site_url else None
        title = site_feeds.plain_title(post.title or "", from_front_matter="title" in post.meta)
        categories = tuple(post.config.categories)
        self._facts[post.file.src_uri] = sharing.PostFacts(
            title=title,
            description=sharing.description_for(
                post.meta.get("description"), excerpt_html, config.site_description
            ),
            published=sharing.iso_datetime(dates.created),
            modified=sharing.iso_datetime(dates.get("updated") or dates.created),
            categories=categories,
            authors=sharing.unique(
                sharing.author_reference(a, config.site_url or "") for a in post.authors
            ),
            image=image.url if image else None,
        )
        if not post.canonical_url:
            return
        published = site_feeds.is_published(
            draft=post.config.draft,
            created=dates.created,
            draft_if_future_date=self.draft_if_future_date,
            now=self.now,
        )
        if not published:
            self._not_in_feeds.add(post.canonical_url)
        # An author's own `rss: {feed_description: ...}` is the rss plugin's and stands.
        rss_meta = post.meta.get("rss")
        own_description = isinstance(rss_meta, dict) and bool(rss_meta.get("feed_description"))
        facts = feed_output.FeedPost(
            title=title,
            categories=categories,
            image=image,
            has_image_meta=bool(value),
            description=(
                excerpt_html
                if self.feed_excerpts and excerpt_html is not None and not own_description
                else None
            ),
        )
        self._posts[post.canonical_url] = (post, facts)
        if published:
            self._entries[post.file.src_uri] = feed_writer.FeedEntry(
                id=post.canonical_url,
                url=post.canonical_url,
                title=title,
                content_html=excerpt_html
                or site_feeds.text_as_html(self._facts[post.file.src_uri].description),
                published=feed_writer.aware(dates.created),
                modified=feed_writer.aware(dates.get("updated") or dates.created),
                authors=sharing.unique(author.name for author in post.authors),
                categories=tuple(site_feeds.meta_categories(post.meta, self.category_keys)),
                image=image,
            )

    def feed_entry(self, post: Post) -> feed_writer.FeedEntry | None:
        """``post`` as an item of a feed: what its site feed items hold, its categories
        completed by the features' (``feed_categories``). ``None`` for a post that is not
        published (a draft or scheduled post that ``mkdocs serve`` renders) or a site
        without ``site_url``."""
        entry = self._entries.get(post.file.src_uri)
        if entry is None:
            return None
        extra = [c for contribute in self.feed_categories for c in contribute(post)]
        categories = entry.categories + tuple(site_feeds.extra_categories(entry.categories, extra))
        return dataclasses.replace(entry, categories=categories)

    def channel_image(self) -> str | None:
        """The image of every feed's channel: the rss plugin's ``image`` (made absolute),
        else the theme's logo or favicon."""
        for plugin in self.rss:
            if plugin.config.image:
                return urljoin(self.config.site_url or "", str(plugin.config.image))
        return self._theme_image()

    def _theme_image(self) -> str | None:
        return site_feeds.site_image_url(
            self.config.site_url or "",
            logo=self.config.theme.get("logo"),
            favicon=self.config.theme.get("favicon"),
        )

    def _image(self, post: Post, value: str, files: Files) -> site_feeds.FeedImage | None:
        def find(path: str) -> tuple[str, int] | None:
            file = files.get_file_from_path(path)
            if file is None or file.abs_src_path is None:
                # A social card, made later in the build: its size is not known yet.
                if self.cards_dir is not None and path.startswith(self.cards_dir):
                    return path, 0
                return None
            return file.url, os.path.getsize(file.abs_src_path)

        image = site_feeds.resolve_image(value, post.file.src_uri, self.config.site_url or "", find)
        if image is None and site_feeds.has_scheme(value) and not site_feeds.is_image_url(value):
            log.warning(
                f"stay-tuned: front matter 'image: {value}' of {post.file.src_uri} is not an "
                "http:// or https:// URL, so the post is shared without an image. Give a "
                "path next to the post (image: cover.jpg), from the docs folder "
                "(image: /assets/images/cover.jpg) or a full https:// URL."
            )
        elif image is None:
            log.warning(
                f"front matter 'image: {value}' of {post.file.src_uri} names no "
                "file in the docs folder, so the post is shared without an image. Give a path "
                "next to the post (image: cover.jpg), from the docs folder "
                "(image: /assets/images/cover.jpg) or a full https:// URL."
            )
        return image

    def follow_block(
        self,
        page: Page,
        *,
        block_id: str = FOLLOW_BLOCK_ID,
        heading: str | None = None,
        feeds: Sequence[site_feeds.SiteFeed] | None = None,
        with_form: bool = True,
    ) -> str:
        """The HTML closing a post: the site's feed links and the newsletter form, or
        nothing when there are neither. Another block (a series' "stay tuned") renders
        the same template with its own ``block_id`` (unique on the page), ``heading``
        and ``feeds``; ``with_form=False`` leaves the newsletter form out."""
        context = subscribe.follow_context(
            block_id=block_id,
            heading=self.labels["follow"] if heading is None else heading,
            feeds=self.feeds if feeds is None else feeds,
            page_url=page.url,
            subscribe=self.subscribe if with_form else None,
            labels=self.labels,
        )
        if context is None:
            return ""
        # Posts at the same depth link the same feeds by the same relative URLs: their
        # blocks are the same HTML, rendered once.
        key = (block_id, context["heading"], tuple(context["feeds"]), context["form"])
        html = self._follow_blocks.get(key)
        if html is None:
            html = self._follow_blocks[key] = str(self.renderer.render("subscribe.html", **context))
        return html

    def json_feed_head(self, page: Page) -> str:
        """Head contributor (with ``follow: true``): ``<link rel="alternate">`` for the
        site's JSON Feeds, which readers are not shown as links (Material's own
        ``<head>`` links the RSS feeds)."""
        links = [
            {
                "title": self.labels["series_feed_json"].format(series=self.config.site_name),
                "media_type": feed.media_type,
                "url": get_relative_url(feed.path, page.url),
            }
            for feed in closing.json_feeds(self.feeds)
        ]
        if not links:
            return ""
        # Pages at the same depth link the feeds by the same relative URLs: rendered once.
        key = tuple(tuple(link.values()) for link in links)
        html = self._json_feed_heads.get(key)
        if html is None:
            html = self._json_feed_heads[key] = str(
                self.renderer.render("head-feeds.html", links=links)
            )
        return html

    def head(self, page: Page) -> str:
        """Head contributor: the page's Open Graph and Twitter tags, and the home page's
        JSON-LD ``WebSite``."""
        config = self.config
        facts = self._facts.get(page.file.src_uri) if isinstance(page, Post) else None
        if facts is not None:
            share = sharing.post_sharing(
                facts,
                url=page.canonical_url,
                site_name=config.site_name,
                locale=self.locale,
                article_tags_only=self.social_owns_tags,
            )
        else:
            title = config.site_name
            if page.title and not page.is_homepage:
                title = site_feeds.plain_title(page.title, from_front_matter="title" in page.meta)
            own = next(filter(None, (describe(page) for describe in self.page_descriptions)), None)
            share = sharing.page_sharing(
                title=title,
                description=sharing.description_for(
                    own or page.meta.get("description"), None, config.site_description
                ),
                url=page.canonical_url,
                site_name=config.site_name,
                locale=self.locale,
                article_tags_only=self.social_owns_tags,
            )
        json_ld = []
        if page.is_homepage:
            website = sharing.website_data(
                name=config.site_name, url=config.site_url, description=config.site_description
            )
            json_ld.append(sharing.json_ld(website))
        return str(self.renderer.render("head-social.html", sharing=share, json_ld=json_ld))

    def before_feeds(self) -> None:
        """Right before mkdocs-rss-plugin writes the feeds: correct its pending items."""

        def extra_categories(url: str) -> list[str]:
            post = self._posts[url][0]
            return [c for contribute in self.feed_categories for c in contribute(post)]

        posts = {url: facts for url, (_, facts) in self._posts.items()}
        # Each rss plugin's own `image` wins over this (prepare_feeds).
        image = self._theme_image()
        self._prepared = [
            (
                rss,
                feed_output.prepare_feeds(
                    rss,
                    posts=posts,
                    excluded=self._not_in_feeds,
                    extra_categories=extra_categories,
                    channel_image=image,
                    site_url=self.config.site_url or "",
                ),
            )
            for rss in self.rss
        ]

    def after_feeds(self) -> None:
        """Right after mkdocs-rss-plugin wrote the feeds: correct its JSON Feeds."""
        for rss, prepared in self._prepared:
            feed_output.fix_json_feeds(
                feed_output.json_feed_paths(rss, self.config.site_dir),
                prepared,
                indent=4 if rss.config.pretty_print else None,
            )
