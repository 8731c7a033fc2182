"""Series in a Material blog build: reads the posts and the registry, generates the
series pages, and hands template data to the plugin's events.

This is the one series module that knows MkDocs' and Material's structures (files,
pages, navigation, posts); every decision it makes is a call into ``model`` (which
parts exist, in which order, which promises are broken), ``view`` (what templates
receive) or ``feeds`` (a feed per series). ``plugin.py`` calls one method per MkDocs
event. A ``SeriesFeature`` lives for one build: ``mkdocs serve`` makes a new one for
every rebuild.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import json
import os
import posixpath
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from markupsafe import Markup
from material.plugins.blog.plugin import BlogPlugin
from material.plugins.blog.structure import Post
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from stay_tuned import feed_writer, sharing, site_feeds
from stay_tuned.errors import StayTunedError
from stay_tuned.following import Following
from stay_tuned.generated import GeneratedPages, attach_after_blog, page_title
from stay_tuned.messages import OVERDUE, log
from stay_tuned.own_conversion import OwnConversionExtension
from stay_tuned.render import SERIES_JS_PATH, Renderer
from stay_tuned.series import feeds, jsonld, model, progress, registry, view
from stay_tuned.series.markdown import (
    BOX_MARKER_HTML,
    BOX_MARKER_NAME,
    PRIORITY,
    BoxMarkerTreeprocessor,
    add_label,
    deferred_link,
)

SERIES_JSON = "series.json"
"""The machine-readable list of every series, written at the root of the site."""


class SeriesPage(Page):
    """The generated page of one series."""

    def __init__(self, series_id: str, title: str, file: File, config: MkDocsConfig) -> None:
        # MkDocs and Material print page titles as HTML, through various filters: the
        # title from the registry must show as text in all of them.
        super().__init__(page_title(title), file, config)
        self.series_id = series_id


class SeriesIndexPage(Page):
    """The generated index of all series."""


def fill(template: str, option: str, example: str, **fields: str) -> str:
    """The path an option gives once its ``{fields}`` are filled in, normalized and
    without leading or trailing slashes."""
    try:
        path = template.format(**fields)
    except (KeyError, IndexError, ValueError, AttributeError) as error:
        names = ", ".join("{" + name + "}" for name in fields) or "no placeholder"
        raise StayTunedError(
            f"option '{option}' is {registry.quoted(template)}, which it cannot "
            f"fill in ({error!r}). It may use {names}, like '{example}'."
        ) from error
    return posixpath.normpath(path.strip("/"))


def series_file_path(series_file: str, blog_dir: str) -> str:
    """The docs-relative path of the series registry that the option ``series_file``
    names for the blog in ``blog_dir``; an error when it leads out of ``docs_dir``."""
    example = "{blog}/.series.yml"
    return confined(
        fill(series_file, "series_file", example, blog=posixpath.normpath(blog_dir)),
        "series_file",
        series_file,
        example,
        "docs_dir",
    )


def confined(path: str, option: str, template: str, example: str, inside: str) -> str:
    """``path`` (normalized, relative to the folder ``inside`` names), which must stay
    inside that folder and name something in it: an option that leads out of the site
    (``../../outside/{id}``) would write files anywhere on the disk."""
    if path in (".", "..") or path.startswith("../") or posixpath.isabs(path):
        raise StayTunedError(
            f"stay-tuned: option '{option}' is {registry.quoted(template)}, which leads to "
            f"'{path}': outside {inside}. Give a path inside it, like '{example}'."
        )
    return path


def generated_path(blog_dir: str, url_format: str, option: str, **fields: str) -> str:
    """The docs-relative Markdown path of a generated page, like Material's views:
    ``url_format`` (relative to the blog directory) with its fields filled in. It must
    stay inside the site."""
    example = "series/{id}" if fields else "series"
    path = posixpath.normpath(posixpath.join(blog_dir, fill(url_format, option, example, **fields)))
    return f"{confined(path, option, url_format, example, 'the site')}.md"


def attach_under(index: Page, pages: list[Page]) -> None:
    """Hang ``pages`` under ``index`` without listing them in the navigation, the way
    Material's blog plugin hangs its posts under the blog's index: on each of them the
    sidebar marks ``index`` as the current entry, and their footer links lead from one
    to the next."""
    chain: list[Page | None] = [None, *pages, None]
    for before, page, after in zip(chain, chain[1:], chain[2:], strict=False):
        assert page is not None
        # MkDocs types `parent` as a section; Material's blog parents posts to a page too,
        # and MkDocs' active-page marking and Material's templates walk either.
        page.parent = index  # type: ignore[assignment]
        page.previous_page = before
        page.next_page = after
        page.file.inclusion = InclusionLevel.NOT_IN_NAV


class SeriesFeature:
    """Series for one build of one Material blog."""

    def __init__(
        self,
        config: MkDocsConfig,
        *,
        series_file: str,
        url_format: str,
        index_url: str,
        nav: str = "auto",
        renderer: Renderer,
        labels: Mapping[str, str],
        today: datetime.date,
        generated: GeneratedPages,
        following: Following,
        own_conversion: OwnConversionExtension,
    ) -> None:
        self.config = config
        self.generated = generated
        self.following = following
        """The site's feeds and follow block: the series' feeds take their items from it
        and the series' follow blocks are rendered by it."""
        self.series_file = series_file
        self.url_format = url_format
        self.index_url = index_url
        self.nav = nav
        """``series_nav``: ``all`` lists every series page in the navigation, ``index``
        only the series index, ``auto`` one or the other by the number of series
        (``model.lists_every_series``)."""
        self.renderer = renderer
        self.labels = labels
        self.today = today
        self.own_conversion = own_conversion
        self.catalog = model.Catalog()
        self.readtime = False
        self.pages: dict[str, SeriesPage] = {}
        self.index: SeriesIndexPage | None = None
        self.date_format = "long"
        self.posts: dict[str, Post] = {}
        """Published posts by their file as the model names it."""
        self._published_uris: set[str] = set()
        self.views = view.Views({}, "", lambda date: date.isoformat())
        self.feeds: dict[str, tuple[site_feeds.SiteFeed, ...]] = {}
        """Each series' RSS and JSON feeds, by series id; none without ``site_url``."""
        self._post_dir = ""
        """The blog's posts folder, relative to ``docs_dir``."""
        self._descriptions: dict[str, str] = {}
        """Each series' description as rendered on its page (HTML), by series id."""
        self._feed_heads: dict[tuple[feeds.AlternateLink, ...], str] = {}
        """Rendered feed links of a series' pages, by the links (``feed_head``)."""
        self.uses_series = False
        """Whether the site has a series file: without one, the plugin reads no
        ``series:`` or ``part:`` front matter (the site may use those keys itself)."""

    # -- where things are -------------------------------------------------------------

    def where(self, src_uri: str) -> str:
        """A docs file as messages name it: relative to the folder of ``mkdocs.yml``
        (``docs/blog/posts/x.md``), where the author runs MkDocs."""
        return posixpath.join(self._docs_where, src_uri)

    @functools.cached_property
    def _docs_where(self) -> str:
        root = os.path.dirname(self.config.config_file_path or "") or os.curdir
        return Path(os.path.relpath(self.config.docs_dir, root)).as_posix()

    def absolute(self, url: str | None) -> str | None:
        """``url`` (site-relative) made absolute with ``site_url``, when the site has one."""
        if url is None or not self.config.site_url:
            return None
        return urljoin(self.config.site_url, url)

    def _part_of(self, page: Page) -> tuple[model.Series, model.Part] | None:
        """The series and part that ``page`` is, once the catalog is built (the
        catalog's own index by file)."""
        if not isinstance(page, Post) or page.file.src_uri not in self._published_uris:
            return None
        return self.catalog.part_at(self.where(page.file.src_uri))

    # -- events -----------------------------------------------------------------------

    def on_files(self, files: Files, blog: BlogPlugin) -> None:
        """Reads the registry and every post's series keys, builds the catalog, checks
        the promises and adds the series pages to ``files``."""
        blog_dir = posixpath.normpath(blog.config.blog_dir)
        post_dir = posixpath.normpath(blog.config.post_dir.format(blog=blog_dir))
        registry_path = series_file_path(self.series_file, blog_dir)
        registry_where = self.where(registry_path)
        declared = registry.load_registry(
            Path(self.config.docs_dir) / registry_path, registry_where
        )
        # The URL options are checked whether the site has series or not yet.
        self._index_path(blog_dir)
        self._series_path(blog_dir, "{id}")
        self.readtime = bool(blog.config.post_readtime)
        self.date_format = str(blog.config.post_date_format)
        # Every published post, in a series or not (its JSON-LD `BlogPosting`).
        self.posts = {self.where(post.file.src_uri): post for post in blog.blog.posts}
        self._published_uris = {post.file.src_uri for post in blog.blog.posts}
        self._post_dir = post_dir
        if declared is None:
            # No series file: the site does not use stay-tuned's series. A `series:` in
            # its front matter is its own (its templates or hooks may read it), so the
            # plugin reads none of it: no warning, box, label, page, feed or series.json.
            self._leave_alone(files, registry_where)
            return
        self.uses_series = True
        claims = []
        for file in files.documentation_pages(inclusion=InclusionLevel.all):
            post = file.page
            if not isinstance(post, Post):
                continue  # its front matter is read later: see `on_page_markdown`
            if not file.src_uri.startswith(f"{post_dir}/"):
                if "series" in post.meta:  # a post of another blog instance
                    log.warning(self._ignored_series_message(file.src_uri, other_blog=True))
                continue
            where = self.where(file.src_uri)
            claim = registry.read_claim(
                post.meta,
                where=where,
                # As the reader sees it: MkDocs keeps the character references of a
                # `# heading` (`&amp;`, `&lt;`) in the title.
                title=site_feeds.plain_title(
                    post.title or "", from_front_matter="title" in post.meta
                ),
                date=post.config.date.created.date(),
                published=where in self.posts,
                url=file.url,
                # Not a draft, yet not published: Material holds it back by its date.
                scheduled=post.config.draft is not True,
            )
            if claim is not None:
                claims.append(claim)

        self.catalog = model.build_catalog(declared, claims, registry_where)
        for warning in self.catalog.warnings:
            log.warning(warning)
        for promise in model.broken_promises(self.catalog.series, self.today, registry_where):
            # An overdue part is tagged with the file to change: a publishing script can
            # tell it from the other warnings (see `messages.OVERDUE`).
            extra = {OVERDUE: promise.overdue} if promise.overdue is not None else None
            log.warning(promise.message, extra=extra)
        due = model.next_due(self.catalog.series, self.today)
        if due is not None:
            log.info(model.due_message(*due, self.today, registry_where))
        if self.catalog.series:
            existing = files.get_file_from_path(SERIES_JSON)
            if existing is not None:
                raise StayTunedError(
                    f"stay-tuned: {self.where(existing.src_uri)} is where the list of every "
                    f"series goes ({SERIES_JSON} at the root of the site, which stay-tuned "
                    "writes for scripts): rename or move the file."
                )
            self._generate_pages(files, blog_dir)

    def _leave_alone(self, files: Files, registry_where: str) -> None:
        """Tells the site, in one INFO line, that its posts' ``series:`` is not read."""
        posts = sum(
            1
            for file in files.documentation_pages(inclusion=InclusionLevel.all)
            if isinstance(file.page, Post) and "series" in file.page.meta
        )
        if posts:
            log.info(model.left_alone_message(posts, registry_where))

    def _ignored_series_message(self, src_uri: str, *, other_blog: bool) -> str:
        where = "a post of another blog" if other_blog else f"a page outside {self._post_dir}/"
        return (
            f"{self.where(src_uri)}: 'series' is ignored: this is {where}, and only the "
            f"posts in {self._post_dir}/ (the blog named by stay-tuned's option 'blog') "
            "can be parts of a series. Move the post there, or remove 'series' from its "
            "front matter."
        )

    def _series_path(self, blog_dir: str, series_id: str) -> str:
        if "{id}" not in self.url_format:
            raise StayTunedError(
                f"option 'series_url_format' is '{self.url_format}': it needs "
                "'{id}' so that each series gets its own page, like 'series/{id}'."
            )
        return generated_path(blog_dir, self.url_format, "series_url_format", id=series_id)

    def _index_path(self, blog_dir: str) -> str:
        path = generated_path(blog_dir, self.index_url, "series_index_url")
        return posixpath.join(posixpath.splitext(path)[0], "index.md")

    def _generate_pages(self, files: Files, blog_dir: str) -> None:
        taken = {file.dest_uri: file for file in files}

        def generate(path: str, content: str) -> File:
            file = self.generated.file(
                self.config, path, content, inclusion=InclusionLevel.NOT_IN_NAV
            )
            existing = files.get_file_from_path(path) or taken.get(file.dest_uri)
            if existing is not None:
                what = "another generated page" if existing.generated_by else "a file"
                raise StayTunedError(
                    f"{self.where(path)} is where a generated series page "
                    f"goes, but {what} is already there ({existing.src_uri}, for "
                    f"{existing.url}). Rename it, or change the options "
                    "'series_url_format' and 'series_index_url'."
                )
            files.append(file)
            taken[file.dest_uri] = file
            return file

        index_path = self._index_path(blog_dir)
        for series in self.catalog.series:
            path = self._series_path(blog_dir, series.id)
            # The description is the page's Markdown: MkDocs renders it with the site's
            # extensions and resolves its links like any page's.
            file = generate(path, series.description or "")
            self.pages[series.id] = SeriesPage(series.id, series.title, file, self.config)
            if self.config.site_url:  # feeds need absolute URLs
                self.feeds[series.id] = feeds.feed_files(file.src_uri)
                for feed in self.feeds[series.id]:
                    existing = taken.get(feed.path)
                    if existing is not None:
                        raise StayTunedError(
                            f"{feed.path} is where the {feed.kind.upper()} feed "
                            f"of series '{series.id}' goes, but {existing.src_uri} is "
                            "published there. Rename it, or change the option "
                            "'series_url_format'."
                        )
        index_file = generate(index_path, "")
        self.index = SeriesIndexPage(page_title(self.labels["series"]), index_file, self.config)
        self.views = view.Views(
            {series_id: page.url for series_id, page in self.pages.items()},
            self.index.url,
            view.date_formatter(self.date_format, self.config.theme.get("language")),
        )

    def on_nav(self, nav: Navigation, blog: BlogPlugin) -> None:
        """Adds the series pages to the blog's navigation and keeps the footer's
        previous/next links of every part inside its series."""
        anchor = blog.blog
        if self.index is not None and anchor.file.inclusion.is_in_nav():
            series_pages: list[Page] = [self.pages[s.id] for s in self.catalog.series]
            if not model.lists_every_series(self.nav, len(series_pages)):
                attach_after_blog(anchor, self.index, nav)
                self.index.file.inclusion = anchor.file.inclusion
                attach_under(self.index, series_pages)
            else:
                section = Section(page_title(self.labels["series"]), [self.index, *series_pages])
                attach_after_blog(anchor, section, nav)
                for page in section.children:
                    assert isinstance(page, Page)
                    page.file.inclusion = anchor.file.inclusion
        for series in self.catalog.series:
            for part in series.published:
                assert part.where is not None
                post = self.posts[part.where]
                before = series.previous_published(part)
                after = series.next_published(part)
                post.previous_page = self.posts[before.where] if before and before.where else None
                post.next_page = self.posts[after.where] if after and after.where else None

    def on_page_markdown(self, page: Page) -> str | None:
        """Asks for the box marker in a part's own conversion and adds the label to its
        excerpt; the label's HTML, for the feed description, or ``None`` when there is
        none."""
        if self.uses_series and not isinstance(page, Post) and "series" in page.meta:
            log.warning(self._ignored_series_message(page.file.src_uri, other_blog=False))
        found = self._part_of(page)
        if found is None:
            return None
        self.own_conversion.add(BoxMarkerTreeprocessor, BOX_MARKER_NAME, PRIORITY)
        series, part = found
        assert isinstance(page, Post)
        excerpt = page.excerpt
        if excerpt is None:
            return None

        def label_here() -> str:
            # Material converts the excerpt once for every page that shows it, with the
            # excerpt's URL set to that page's URL meanwhile (`Excerpt.render`): the
            # series link is made relative to it. MaterialX, and Material under the
            # excerpt speedup, convert it once and fill the links it holds as
            # placeholders for each page (`deferred_link`).
            token = deferred_link(excerpt.md, self.views.urls[series.id])
            if token is not None:
                return self._label(series, part, page.url, link=True, href=token)
            return self._label(series, part, excerpt.file.url or page.url, link=True)

        add_label(excerpt.md, label_here)
        # Feeds: plain text, with no link (a feed reader has no page to be relative to).
        return self._label(series, part, page.url, link=False)

    def _label(
        self,
        series: model.Series,
        part: model.Part,
        base: str,
        *,
        link: bool,
        href: str | None = None,
    ) -> str:
        """The "Part 2 of 5 · <series>" label on the page at ``base``; with ``link``,
        the series name links to the series page (at ``href`` when given)."""
        series_link = self.views.link(series, base)
        if href is not None:
            series_link = dataclasses.replace(series_link, url=href)
        return str(
            self.renderer.render(
                "series-label.html",
                series=series_link,
                part=self.views.part(part, base),
                link=link,
                labels=self.labels,
            )
        )

    def decorate(self, html: str, page: Page) -> str:
        """A part's HTML with its series box under the title."""
        found = self._part_of(page)
        if found is None:
            return html
        series, part = found
        box = str(
            self.renderer.render(
                "series-box.html",
                box=self.views.box(series, part, page.url),
                labels=self.labels,
                read_script=get_relative_url(SERIES_JS_PATH, page.url),
            )
        )
        # `str.replace` copies the page once (partitioning and joining copied it twice).
        return html.replace(BOX_MARKER_HTML, box, 1) if BOX_MARKER_HTML in html else box + html

    def following_feeds(self, page: Page) -> tuple[site_feeds.SiteFeed, ...] | None:
        """The feeds a reader of ``page`` follows its series by: ``None`` when it is no
        part of an ongoing series (following a complete series brings nothing new);
        empty when the series has no feeds (a site without ``site_url``)."""
        found = self._part_of(page)
        if found is None or found[0].complete:
            return None
        return self.feeds.get(found[0].id, ())

    def stay_tuned(self, page: Page, *, followed: bool) -> str:
        """What comes next after the part ``page`` (the next part, the announced one, or
        the end of the series), for the closing card; ``""`` for a page of no series.
        ``followed``: the card offers a way to follow the series, so an announced part
        needs no link to the series page to come back to."""
        found = self._part_of(page)
        if found is None:
            return ""
        series, part = found
        return str(
            self.renderer.render(
                "series-stay-tuned.html",
                view=self.views.stay_tuned(series, part, page.url),
                followed=followed,
                labels=self.labels,
            )
        )

    def on_page_context(self, page: Page) -> None:
        """The content of the generated pages, once every post's reading time is known."""
        if isinstance(page, SeriesPage):
            series = self.catalog.get(page.series_id)
            assert series is not None
            # The page's content so far is its description, rendered by MkDocs.
            self._descriptions[series.id] = page.content or ""
            follow = self.following.follow_block(
                page,
                block_id=feeds.FOLLOW_BLOCK_ID,
                heading=self.labels["series_follow"],
                feeds=self.feeds.get(series.id, ()),
                with_form=False,
            )
            page.content = str(
                self.renderer.render(
                    "series-page.html",
                    view=self.views.page(series, page.url, self._readtime(series)),
                    description=Markup(page.content or ""),
                    follow=Markup(follow),
                    labels=self.labels,
                    read_script=get_relative_url(SERIES_JS_PATH, page.url),
                )
            )
        elif isinstance(page, SeriesIndexPage):
            page.content = str(
                self.renderer.render(
                    "series-index.html",
                    view=self.views.index(self.catalog.series, page.url),
                    labels=self.labels,
                )
            )

    def _readtime(self, series: model.Series) -> int | None:
        if not self.readtime or not series.published:
            return None
        minutes = [
            self.posts[part.where].config.readtime for part in series.published if part.where
        ]
        return sum(int(m) for m in minutes if m) or None

    def feed_categories(self, post: Post) -> list[str]:
        """The title of the series ``post`` is a part of, for its feed items' categories."""
        found = self._part_of(post)
        return [found[0].title] if found else []

    def description(self, page: Page) -> str | None:
        """A series page's description as plain text (its sharing metadata), or ``None``
        for any other page."""
        if not isinstance(page, SeriesPage):
            return None
        return sharing.html_to_text(self._descriptions.get(page.series_id, "")) or None

    def head(self, page: Page) -> str:
        """JSON-LD for a post (``BlogPosting``, in its series when it is a part) or a
        series page (``CreativeWorkSeries``)."""
        data: dict[str, Any] | None = None
        if isinstance(page, Post) and page.file.src_uri in self._published_uris:
            found = self._part_of(page)
            dates = page.config.date
            description = page.meta.get("description")
            data = jsonld.blog_posting(
                # MkDocs keeps the HTML entities of a title from the `# heading`.
                headline=site_feeds.plain_title(
                    page.title or "", from_front_matter="title" in page.meta
                ),
                url=page.canonical_url,
                published=dates.created,
                modified=dates.get("updated"),
                authors=[author.name for author in page.authors],
                description=description if isinstance(description, str) else None,
                series=jsonld.series_reference(
                    found[0].title, self.absolute(self.pages[found[0].id].url)
                )
                if found
                else None,
                position=found[1].number if found else None,
            )
        elif isinstance(page, SeriesPage):
            series = self.catalog.get(page.series_id)
            assert series is not None
            data = jsonld.series_work(
                name=series.title,
                url=page.canonical_url,
                description=self.description(page),
                parts=[
                    jsonld.part_summary(
                        headline=part.title,
                        url=self.absolute(part.url),
                        position=part.number,
                        published=part.date,
                    )
                    for part in series.published
                ],
            )
        if data is None:
            return ""
        return str(self.renderer.render("head-jsonld.html", json=Markup(jsonld.script_json(data))))

    def feed_head(self, page: Page) -> str:
        """``<link rel="alternate">`` tags for the feeds of the series whose page or part
        ``page`` is."""
        series: model.Series | None = None
        if isinstance(page, SeriesPage):
            series = self.catalog.get(page.series_id)
        else:
            found = self._part_of(page)
            series = found[0] if found else None
        if series is None or series.id not in self.feeds:
            return ""
        links = feeds.alternate_links(series.title, self.feeds[series.id], page.url, self.labels)
        # The parts of a series share these links (at the same depth): rendered once.
        key = tuple(links)
        html = self._feed_heads.get(key)
        if html is None:
            html = self._feed_heads[key] = str(self.renderer.render("head-feeds.html", links=links))
        return html

    def write_feeds(self) -> None:
        """Writes every series' RSS and JSON feeds: its published parts in part order."""
        site_url = self.config.site_url
        if not site_url:
            return

        def entry_at(where: str) -> feed_writer.FeedEntry | None:
            post = self.posts.get(where)
            return self.following.feed_entry(post) if post is not None else None

        image = self.following.channel_image()
        language = self.config.theme.get("language")
        authors = (self.config.site_author,) if self.config.site_author else ()
        for series in self.catalog.series:
            files = self.feeds.get(series.id)
            if files is None:
                continue
            channel = feeds.channel(
                series,
                description=feeds.description_text(
                    self._descriptions.get(series.id),
                    series.title,
                    self.labels["series_feed_description"],
                ),
                page_url=self.pages[series.id].url,
                feeds=files,
                site_url=site_url,
                language=language,
                image=image,
                authors=authors,
            )
            rss, json_feed = files
            feed_writer.write_feeds(
                channel,
                feeds.entries(series, entry_at),
                rss_path=Path(self.config.site_dir) / rss.path,
                json_path=Path(self.config.site_dir) / json_feed.path,
            )

    def on_post_build(self) -> None:
        """Writes every series' feeds and ``series.json`` (every series, its parts, their
        status and URLs, what comes next and what is overdue), and says at the end of
        the build, in one INFO line per ongoing series, where it stands."""
        if not self.catalog.series:
            return
        self.write_feeds()
        data = {
            # The day against which `next` and `overdue` were decided.
            "date": self.today.isoformat(),
            "series": [
                {
                    "id": series.id,
                    "title": series.title,
                    "description": series.description,
                    "url": self.absolute(self.pages[series.id].url) or self.pages[series.id].url,
                    "status": "complete" if series.complete else "ongoing",
                    "total": series.total,
                    "published": len(series.published),
                    # Absolute URLs by kind ("rss", "json"); none without site_url.
                    "feeds": {
                        feed.kind: urljoin(self.config.site_url or "", feed.path)
                        for feed in self.feeds.get(series.id, ())
                    },
                    "parts": [
                        {
                            "number": part.number,
                            "title": part.title,
                            "status": part.status.value,
                            "date": part.date.isoformat() if part.date else None,
                            "url": (self.absolute(part.url) or part.url) if part.url else None,
                        }
                        for part in series.parts
                    ],
                    **progress.series_json(series, self.today),
                }
                for series in self.catalog.series
            ],
        }
        target = Path(self.config.site_dir) / SERIES_JSON
        target.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        for item in progress.progress(self.catalog.series, self.today):
            log.info(progress.message(item, self.today))
