"""The MkDocs plugin class: it only translates MkDocs events into calls of pure modules."""

from __future__ import annotations

import os
from typing import Any

import jinja2
from markupsafe import Markup
from material.plugins.blog.plugin import BlogPlugin
from material.plugins.blog.structure import Post, View
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext
from mkdocs_rss_plugin.plugin import GitRssPlugin

from stay_tuned import (
    blog_lookup,
    clock,
    closing,
    feed_excerpt,
    following,
    generated,
    head,
    i18n,
    render,
    serve_errors,
    site_feeds,
    speedups,
    stylesheets,
)
from stay_tuned.callouts import site as callouts
from stay_tuned.callouts.types import config_file_label
from stay_tuned.config import StayTunedConfig
from stay_tuned.errors import StayTunedError
from stay_tuned.messages import log
from stay_tuned.own_conversion import OwnConversionExtension
from stay_tuned.series.feature import SeriesFeature, series_file_path


class _Build:
    """Everything one build knows. Made anew in ``on_config``, so nothing survives from
    one ``mkdocs serve`` rebuild to the next."""

    def __init__(
        self, config: MkDocsConfig, plugin_config: StayTunedConfig, blog: BlogPlugin
    ) -> None:
        self.renderer = render.Renderer(config.theme.dirs)
        self.labels = i18n.labels_for(config.theme.get("language"), plugin_config.labels)
        # Material's repeated work, removed where provably without effect on the site.
        self.speedups = speedups.Speedups(plugin_config.speedups)
        # Features add their <head> tags (structured data, feed links, sharing metadata).
        self.head: list[head.HeadContributor] = []
        # Source files of generated pages (series pages, the strategy library).
        self.generated = generated.GeneratedPages()
        # Before the sign-off is rendered: it may hold callouts too.
        self.callouts = callouts.configure(
            config,
            site_types=plugin_config.callout_types,
            takeaways=plugin_config.takeaways,
            takeaways_min=plugin_config.takeaways_min,
            takeaways_words=plugin_config.takeaways_words,
            library=plugin_config.strategy_library,
            library_url_format=plugin_config.strategy_library_url,
            blog_dir=blog.config.blog_dir,
            renderer=self.renderer,
            labels=self.labels,
        )
        # Tree processors for a page's own conversion only: the series box marker, the
        # copy of a post's feed description.
        self.own_conversion = OwnConversionExtension()
        self.feed_excerpt = feed_excerpt.FeedExcerpt()
        self.nav: Navigation | None = None
        """This build's navigation (``on_nav``), for ``on_env``, which is not given it."""
        self.follow = plugin_config.follow
        """Whether posts close with the follow block (option ``follow``)."""
        social = config.extra.get("social") or []
        self.footer_paths = closing.footer_paths(
            (str(item["link"]) for item in social if isinstance(item, dict) and item.get("link")),
            config.site_url,
        )
        """Site-relative paths Material's footer links on every page (``extra.social``)."""
        self.sign_off_html = ""
        """The sign-off block closing every post: the same on every page, rendered once."""
        if plugin_config.sign_off:
            sign_off, warnings = callouts.render_option_markdown(
                self.callouts, config, "sign_off", plugin_config.sign_off
            )
            for warning in warnings:
                log.warning(warning)
            self.sign_off_html = str(
                self.renderer.render(
                    "sign-off.html", sign_off=sign_off, label=self.labels["sign_off"]
                )
            )
        # Site feeds, follow links, sharing metadata. Features add a post's feed item
        # categories (a series title, ...) to `self.following.feed_categories`.
        self.following = following.Following(
            config,
            rss=_site_feed_plugins(config, _site_url_needed_by(config, plugin_config, blog)),
            subscribe=plugin_config.subscribe,
            labels=self.labels,
            renderer=self.renderer,
            draft_if_future_date=blog.config.draft_if_future_date,
            feed_excerpts=plugin_config.feed_excerpts,
        )
        # Series take their feed items and follow blocks from `self.following`.
        self.series = SeriesFeature(
            config,
            series_file=plugin_config.series_file,
            url_format=plugin_config.series_url_format,
            index_url=plugin_config.series_index_url,
            nav=plugin_config.series_nav,
            renderer=self.renderer,
            labels=self.labels,
            today=clock.build_date(),
            generated=self.generated,
            following=self.following,
            own_conversion=self.own_conversion,
        )
        # The series' feed links are for readers' feed readers; the sharing tags and
        # JSON-LD are metadata only, which the site may turn off (`head_metadata`).
        if plugin_config.head_metadata:
            self.head.append(self.series.head)
        self.head.append(self.series.feed_head)
        if plugin_config.head_metadata:
            self.head.append(self.following.head)
        if self.follow:
            self.head.append(self.following.json_feed_head)
        self.following.feed_categories.append(self.series.feed_categories)
        self.following.page_descriptions.append(self.series.description)

    def end(self) -> None:
        """What a build leaves behind, undone when it ends, fails, or is followed by the
        next one without either: the generated sources removed, the collector handed
        back (both idempotent)."""
        self.generated.remove()
        self.speedups.end()

    def closing_card(self, page: Post) -> str:
        """The card closing ``page``: what comes next in its series, one way to follow
        (``closing.choose_follow``), the sign-off; ``""`` when there is none of them."""
        series_feeds = self.series.following_feeds(page)
        choice = closing.choose_follow(
            series_feeds=series_feeds,
            site_feeds=self.following.feeds,
            follow_site=self.follow,
            has_form=self.following.subscribe is not None,
            linked_everywhere=self.footer_paths,
        )
        follow = ""
        if choice is not None:
            follow = self.following.follow_block(
                page,
                block_id=following.SERIES_BLOCK_ID
                if series_feeds is not None
                else following.FOLLOW_BLOCK_ID,
                heading=self.labels[choice.heading_key],
                feeds=choice.feeds,
                with_form=choice.form,
            )
        next_part = self.series.stay_tuned(page, followed=bool(follow))
        if not (next_part or follow or self.sign_off_html):
            return ""
        return str(
            self.renderer.render(
                "closing.html",
                next=Markup(next_part),
                follow=Markup(follow),
                sign_off=Markup(self.sign_off_html),
            )
        )

    def shown(self) -> stylesheets.Shown:
        """What this build shows that needs a stylesheet: known once every page has been
        converted and the callouts settled (``on_env``)."""
        return stylesheets.Shown(
            series=bool(self.series.catalog.series),
            # The follow block closing every post (`Following.follow_block`), when the
            # site turns it on: the site's feed links or its newsletter form.
            follow=self.follow
            and (bool(self.following.feeds) or self.following.subscribe is not None),
            sign_off=bool(self.sign_off_html),
            callouts=self.callouts.shown,
        )


def _site_url_needed_by(
    config: MkDocsConfig, plugin_config: StayTunedConfig, blog: BlogPlugin
) -> list[str]:
    """What the site uses that needs `site_url` (see ``site_feeds.site_url_needed_by``)."""
    registry: str | None = None
    path = series_file_path(plugin_config.series_file, blog.config.blog_dir)
    if os.path.isfile(os.path.join(config.docs_dir, path)):
        registry = path
    return site_feeds.site_url_needed_by(
        follow=plugin_config.follow,
        feed_excerpts=plugin_config.feed_excerpts,
        series_file=registry,
    )


def _site_feed_plugins(config: MkDocsConfig, needed_by: list[str]) -> list[GitRssPlugin]:
    """The enabled rss plugins. Without `site_url`, on a site that uses what needs it
    (``needed_by``), none: their feeds are turned off with one warning, rather than the
    rss plugin's error and feeds of broken links. (This runs before the rss plugin's own
    on_config when stay-tuned is listed before it.) A site that uses none of it keeps
    what the rss plugin does on its own, without a word from stay-tuned."""
    rss = {
        name: plugin
        for name, plugin in config.plugins.items()
        if isinstance(plugin, GitRssPlugin) and plugin.config.enabled
    }
    if config.site_url or not needed_by:
        return list(rss.values())
    log.warning(
        site_feeds.missing_site_url_message(
            config.config_file_path, has_feeds=bool(rss), needed_by=needed_by
        )
    )
    for name, plugin in rss.items():
        plugin.config.enabled = False
        # Material's base.html links feed_rss_*.xml whenever "rss" is in config.plugins:
        # left there, every page would point at files that do not exist.
        del config.plugins[name]
    return []


class StayTunedPlugin(BasePlugin[StayTunedConfig]):  # type: ignore[no-untyped-call]
    """Series, "stay tuned" announcements, strategy callouts and feeds for Material blogs."""

    def __init__(self) -> None:
        self.is_serve = False
        self._build: _Build | None = None
        self._serve_errors: serve_errors.ServeErrors | None = None
        """Under ``mkdocs serve``: the latest build's error, shown in the browser while
        it stands (cleared by the next build that succeeds)."""
        self._blog_key: str | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.is_serve = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        for css in render.CSS_PATHS:
            if css not in config.extra_css:
                config.extra_css.append(css)
        if str(render.THEME_DIR) not in config.theme.dirs:
            config.theme.dirs.append(str(render.THEME_DIR))
        # Found by what it is (Material's or MaterialX's blog plugin), once per build.
        self._blog_key = blog_lookup.find_blog(
            config.plugins,
            BlogPlugin,
            name=self.config.blog,
            config_file=config_file_label(config.config_file_path),
        )
        # The previous build's generated sources and frozen objects are handed back when
        # it ends; this also catches a build that ended before its `on_post_build` or
        # `on_build_error`.
        if self._build is not None:
            self._build.end()
        generated.remove_stale_folders()
        self._build = _Build(config, self.config, self._blog(config))
        self._build.speedups.start()
        # A reused config (serve) may still hold the previous build's instance.
        extensions: list[Any] = config.markdown_extensions
        extensions[:] = [e for e in extensions if not isinstance(e, OwnConversionExtension)]
        extensions.append(self._build.own_conversion)
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled:
            return
        # mkdocs-rss-plugin fills its item list in on_page_content and empties it only in
        # on_startup, so under `mkdocs serve` every rebuild would add every post again.
        for plugin in config.plugins.values():
            if isinstance(plugin, GitRssPlugin):
                plugin.pages_to_filter = []

    # After Material's blog plugin (-50): it has resolved every post (drafts and
    # future-dated ones too) with its final URL, and generated its own views.
    @event_priority(-60)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return None
        build = self._state()
        for template in render.template_copies(files, config.theme.dirs):
            files.remove(template)
        callouts.add_files(build.callouts, files, config, build.generated)
        build.series.on_files(files, self._blog(config))
        build.speedups.posts(
            plugin
            for plugin in config.plugins.values()
            if isinstance(plugin, BlogPlugin) and plugin.config.enabled
        )
        return files

    # After Material's blog plugin (-50): it has attached its posts (previous/next
    # chain) and its archive and category views; the series section follows them in
    # the blog's section (and the strategy library, in on_env).
    @event_priority(-60)
    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation | None:
        if not self.config.enabled:
            return None
        build = self._state()
        build.nav = nav
        build.series.on_nav(nav, self._blog(config))
        return nav

    # Every page has been converted (MkDocs converts all pages, then fires on_env, then
    # renders and writes), so whether any published post has a strategy is known, and
    # the strategy library and the stylesheets can be kept or dropped before
    # anything (navigation, sitemap, search index) lists them. Early (Material's tags
    # plugin renders its listings at 100), so no plugin reads the files before.
    @event_priority(110)
    def on_env(
        self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files
    ) -> jinja2.Environment | None:
        if not self.config.enabled:
            return None
        build = self._state()
        callouts.settle(build.callouts, files, build.nav, self._blog(config), config)
        for warning in callouts.misspelt_warnings(build.callouts):
            log.warning(warning)
        shown = build.shown()
        unused = [*stylesheets.unused(shown), *stylesheets.unused_scripts(shown)]
        stylesheets.drop(unused, config, files)
        return env

    # After Material's blog plugin (-50): the post's front matter has been validated
    # into `post.config` and its excerpt converter exists.
    @event_priority(-60)
    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if not self.config.enabled:
            return None
        build = self._state()
        separator = self._blog(config).config.post_excerpt_separator
        callouts.begin_page(build.callouts, page, separator)
        build.own_conversion.clear()
        label = build.series.on_page_markdown(page)
        # The excerpt converter has all its processors now (the series label above).
        build.speedups.excerpt(page)
        if not isinstance(page, Post):
            return None
        if page.excerpt is not None:
            build.feed_excerpt.request(
                build.own_conversion,
                feed_excerpt.Request(
                    base_url=page.canonical_url or page.abs_url or "",
                    separator=separator,
                    label=label,
                ),
            )
        # `page.meta` stays as the author wrote it: mkdocs-rss-plugin reads its dates
        # from there by the key paths of its `date_from_meta` option.
        return None

    # Before mkdocs-rss-plugin (-75) reads the item description, after Material's blog
    # plugin has set up the post's excerpt.
    @event_priority(-60)
    def on_page_content(
        self, html: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if not self.config.enabled:
            return None
        build = self._state()
        for warning in callouts.end_page(build.callouts, page):
            log.warning(warning)
        if isinstance(page, View) or generated.is_generated(page):
            build.following.add_view(page)
        # The page's own conversion is over: later converters get none of its processors.
        build.own_conversion.clear()
        excerpt_html = build.feed_excerpt.take()
        if not isinstance(page, Post):
            return html
        build.following.add_post(page, files, excerpt_html)
        return html

    # Before mkdocs-rss-plugin's on_post_build (priority 0) writes the feeds.
    @event_priority(10)
    def _before_feeds(self, *, config: MkDocsConfig) -> None:
        if self.config.enabled:
            self._state().following.before_feeds()

    # After mkdocs-rss-plugin's on_post_build (priority 0) has written the feeds.
    @event_priority(-10)
    def _after_feeds(self, *, config: MkDocsConfig) -> None:
        if self.config.enabled:
            build = self._state()
            build.following.after_feeds()
            build.series.on_post_build()
            build.end()

    on_post_build = CombinedEvent(_before_feeds, _after_feeds)

    # Before the search plugin (0) indexes the page: series pages and the strategy
    # library get their content here. Every page has been converted by now (MkDocs
    # converts all pages first), so reading times and strategies are known.
    @event_priority(50)
    def _fill_generated(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext | None:
        if not self.config.enabled:
            return None
        build = self._state()
        build.series.on_page_context(page)
        if page.file.src_uri == build.callouts.library_src_uri:
            callouts.fill_library(build.callouts, page, self._blog(config), config)
        return context

    # After the search plugin (0) has indexed the post: the series box, the stay-tuned
    # block, the sign-off and the follow links are the same words on many pages (every
    # part's box lists every part's title), and the Key takeaways box repeats the
    # post's strategy titles, so search results stay about each post's own text;
    # Material's blog plugin (-50, on_page_content) counted the reading time without
    # them too.
    @event_priority(-100)
    def _decorate_post(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext | None:
        if not self.config.enabled:
            return None
        build = self._state()
        # The series box under the title (parts of a series only); the closing card at
        # the end of every post (what comes next, one way to follow, the sign-off).
        html = build.callouts.place_takeaways(page.file.src_uri, page.content or "")
        html = build.series.decorate(html, page)
        if isinstance(page, Post):
            html += build.closing_card(page)
        page.content = html
        return context

    on_page_context = CombinedEvent(_fill_generated, _decorate_post)

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        if not self.config.enabled:
            return None
        return head.insert_into_head(output, head.head_fragment(page, self._state().head))

    def on_build_error(self, *, error: Exception) -> None:
        # A failed build (or `mkdocs serve` rebuild) leaves no generated sources behind,
        # and no frozen objects.
        if self._build is not None:
            self._build.end()
        if self._serve_errors is not None:
            self._serve_errors.failed(error)

    def on_serve(self, server: Any, /, *, config: MkDocsConfig, builder: Any) -> Any:
        # While a rebuild has failed, MkDocs' server holds every page request: the
        # browser gets a page saying what to fix instead (see `serve_errors`).
        if self.config.enabled:
            renderer = render.Renderer(config.theme.dirs)
            self._serve_errors = serve_errors.install(
                server, lambda error: str(renderer.render("build-error.html", error=error))
            )
        return server

    def _state(self) -> _Build:
        if self._build is None:  # pragma: no cover - MkDocs always calls on_config first
            raise StayTunedError("on_config did not run before page events")
        return self._build

    def _blog(self, config: MkDocsConfig) -> BlogPlugin:
        """The blog plugin instance found in ``on_config`` (``blog_lookup``)."""
        plugin: Any = config.plugins.get(self._blog_key or "")
        if not isinstance(plugin, BlogPlugin):  # pragma: no cover - on_config found it
            raise StayTunedError("on_config did not find the blog plugin")
        return plugin
