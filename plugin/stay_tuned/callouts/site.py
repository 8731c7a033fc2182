"""Callouts in a MkDocs build: what the plugin's event handlers call.

Each function takes the build's ``CalloutsBuild`` and MkDocs / Material structures and
does one step; decisions are made in the pure modules (``types``, ``text``,
``library``, ``build``).
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from datetime import datetime

from markupsafe import Markup, escape
from material.plugins.blog.plugin import BlogPlugin
from material.plugins.blog.structure import Category, Post
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink
from mkdocs.utils import get_relative_url

from stay_tuned import clock, dates, render, site_feeds, stylesheets
from stay_tuned.callouts import library
from stay_tuned.callouts.build import (
    TYPES_CSS_PATH,
    CalloutsBuild,
    add_extensions,
    describe_option_problem,
    describe_problem,
    line_offset,
    option_id_prefix,
    page_takeaways,
    styled_types,
)
from stay_tuned.callouts.extension import EXTENSION_NAME, report_of, use_for_excerpts
from stay_tuned.callouts.types import (
    CalloutType,
    CalloutTypeConfig,
    config_file_label,
    resolve_types,
)
from stay_tuned.errors import StayTunedError
from stay_tuned.generated import (
    GeneratedPages,
    attach_after_blog,
    is_generated,
    markdown_text,
    page_title,
)
from stay_tuned.render import Renderer

LIBRARY_SECTION_IDS = ("st-library-by-article", "st-library-by-category")

STYLESHEETS = (render.CALLOUTS_CSS_PATH, TYPES_CSS_PATH)
"""The stylesheets of callouts, Key takeaways boxes and the library: written only when
a page shows one of them."""


def library_url(url_format: str, blog_dir: str) -> str:
    """``{blog}/strategies/`` with the blog directory filled in: ``blog/strategies/``, or
    ``strategies/`` for a blog at the site's root (``blog_dir: .``)."""
    if "{blog}" not in url_format:
        return url_format
    blog = posixpath.normpath(blog_dir.strip("/") or ".")
    url = url_format.replace("{blog}", blog)
    # "./" stays (and fails validation): an empty URL would mean "no library".
    return (url.removeprefix("./") or url) if blog == "." else url


def library_src_uri(url: str, config_file: str = "mkdocs.yml") -> str | None:
    """``blog/strategies/`` -> ``blog/strategies/index.md``; ``""`` -> no library."""
    if not url:
        return None
    parts = url.split("/")
    if url.startswith("/") or not url.endswith("/") or ".." in parts or "." in parts:
        raise StayTunedError(
            f"stay-tuned: option 'strategy_library_url' in '{config_file}' is '{url}'; give a "
            "site-relative folder URL ending in '/', e.g. strategy_library_url: "
            "blog/strategies/ (the default, '{blog}/strategies/', follows the blog "
            "directory; strategy_library: false for no strategy library)"
        )
    return posixpath.join(url, "index.md")


def configure(
    config: MkDocsConfig,
    *,
    site_types: dict[str, CalloutTypeConfig],
    takeaways: bool,
    takeaways_min: int,
    takeaways_words: int,
    library: bool | None,
    library_url_format: str,
    blog_dir: str,
    renderer: Renderer,
    labels: dict[str, str],
) -> CalloutsBuild:
    """Set a build up for callouts (``on_config``): resolve the types and their icons,
    add the Markdown extensions and the generated stylesheet."""
    config_file = config_file_label(config.config_file_path)
    if takeaways_min < 1:
        raise StayTunedError(
            f"stay-tuned: option 'takeaways_min' in '{config_file}' is {takeaways_min}; it "
            "counts strategies, so give 1 or more, e.g. takeaways_min: 3"
        )
    types: dict[str, CalloutType] = resolve_types(labels, site_types)
    if takeaways_words < 0:
        raise StayTunedError(
            f"stay-tuned: option 'takeaways_words' in '{config_file}' is {takeaways_words}; "
            "it counts words, so give 0 or more, e.g. takeaways_words: 350"
        )
    build = CalloutsBuild(
        renderer,
        labels,
        takeaways=takeaways,
        takeaways_min=takeaways_min,
        takeaways_words=takeaways_words,
    )
    build.types_css = str(
        renderer.render(
            "callout-types.css", types=styled_types(types, config.theme.dirs, config_file)
        )
    )
    url = library_url(library_url_format, blog_dir)
    if library is True and not url:
        raise StayTunedError(
            f"stay-tuned: options 'strategy_library' and 'strategy_library_url' in "
            f"'{config_file}': strategy_library is true but strategy_library_url is empty, so "
            "the library would have no address. Give it one, e.g. strategy_library_url: "
            "blog/strategies/ (or set strategy_library: false for no library)"
        )
    build.library_src_uri = library_src_uri(url, config_file) if library is not False else None
    build.library_setting = library
    add_extensions(config.markdown_extensions, config.mdx_configs, {"types": types, "host": build})
    if TYPES_CSS_PATH not in config.extra_css:
        config.extra_css.append(TYPES_CSS_PATH)
    return build


def render_option_markdown(
    build: CalloutsBuild, config: MkDocsConfig, option: str, markdown: str
) -> tuple[Markup, list[str]]:
    """Markdown from a plugin option (``sign_off``) rendered with the site's extensions,
    and a warning for each malformed callout in it, naming the option and the config
    file: rendered as it is, such a line would show raw on every page that shows it.
    Its callout ids start with ``option_id_prefix(option)``: it is shown beside pages'
    own callouts."""
    configs = dict(config.mdx_configs)
    configs[EXTENSION_NAME] = {
        **configs.get(EXTENSION_NAME, {}),
        "id_prefix": option_id_prefix(option),
    }
    html, md = render.convert_markdown(markdown, config.markdown_extensions, configs)
    report = report_of(md)
    problems = report.problems if report is not None else []
    if report is not None and report.callouts:
        build.shown = True
    config_file = config_file_label(config.config_file_path)
    return html, [describe_option_problem(config_file, option, p) for p in problems]


def add_files(
    build: CalloutsBuild, files: Files, config: MkDocsConfig, generated: GeneratedPages
) -> None:
    """The generated stylesheet, and the library page unless the site has its own file
    there (its Markdown then introduces the library)."""
    old = files.get_file_from_path(TYPES_CSS_PATH)
    if old is not None:
        files.remove(old)
    files.append(File.generated(config, TYPES_CSS_PATH, content=build.types_css))
    if build.library_src_uri is None:
        return
    build.library_site_page = files.get_file_from_path(build.library_src_uri) is not None
    if not build.library_site_page:
        files.append(
            generated.file(
                config,
                build.library_src_uri,
                f"# {markdown_text(build.labels['strategy_library'])}\n",
                # Out of the navigation until every post has been converted: then
                # `settle` knows whether the site has strategies, and attaches the page
                # to the blog's navigation or removes it.
                inclusion=InclusionLevel.NOT_IN_NAV,
            )
        )


def library_page(build: CalloutsBuild, files: Files) -> Page | None:
    if build.library_src_uri is None:
        return None
    file = files.get_file_from_path(build.library_src_uri)
    page = file.page if file is not None else None
    if page is not None and is_generated(page):
        # The title is a label: it shows as text wherever MkDocs and Material print it.
        page.title = page_title(build.labels["strategy_library"])
    return page


def attach_library(page: Page, blog: Page, nav: Navigation) -> bool:
    """List the library page in the blog's section of the navigation, after the views
    Material attached (archive, categories) and the series pages, and link it into
    previous/next after them too, so the footer follows the sidebar's order.

    Nothing changes when the site lists the page in ``nav`` itself or when the blog is
    not in the navigation."""
    if page in nav.pages or blog not in nav.pages:
        return False
    attach_after_blog(blog, page, nav)
    page.file.inclusion = InclusionLevel.INCLUDED
    return True


def begin_page(build: CalloutsBuild, page: Page, excerpt_separator: str = "") -> None:
    """Before MkDocs converts ``page`` (``on_page_markdown``, after the blog plugin made
    the post's excerpt converter, which ends at ``excerpt_separator``)."""
    is_post = isinstance(page, Post)
    takeaways = page_takeaways(page.meta, page.file.src_uri) if is_post else None
    build.begin(page.file.src_uri, is_post=is_post, takeaways=takeaways)
    excerpt = getattr(page, "excerpt", None)
    if is_post and excerpt is not None:
        use_for_excerpts(excerpt.md, excerpt_separator)


def end_page(build: CalloutsBuild, page: Page) -> list[str]:
    """After the conversion (``on_page_content``): the warnings to log, with file and
    line. Those about a misspelt callout type (``!!! stratgy``) wait for
    ``misspelt_warnings``."""
    report = build.end(page.markdown or "")
    if report is None or not report.problems:
        return []
    try:
        offset = line_offset(page.file.content_string, page.markdown or "")
    except OSError:  # pragma: no cover - the file vanished mid-build
        offset = 0
    problems = sorted(report.problems, key=lambda p: (p.line is None, p.line or 0))
    build.misspelt.extend(
        describe_problem(page.file.src_uri, p, offset) for p in problems if p.misspelt
    )
    return [describe_problem(page.file.src_uri, p, offset) for p in problems if not p.misspelt]


def misspelt_warnings(build: CalloutsBuild) -> list[str]:
    """Once every page has been converted (``on_env``, after ``settle``): the warnings
    about admonitions of a misspelt callout type, on a site that shows callouts. A site
    that writes none may well use an admonition type of its own close to one of the
    plugin's (``!!! benefits``): adding the plugin gives it no new warning."""
    return list(build.misspelt) if build.shown else []


def settle(
    build: CalloutsBuild,
    files: Files,
    nav: Navigation | None,
    blog: BlogPlugin,
    config: MkDocsConfig,
) -> None:
    """Once every page has been converted, before anything is rendered or written
    (``on_env``): keep the strategy library only where it is wanted, attached to the
    blog's navigation, and keep the callout stylesheets only when something shows a
    callout. Removed from ``files``, a page or stylesheet is neither written nor
    listed in the sitemap, the search index or any navigation."""
    page = library_page(build, files)
    if page is not None:
        draft_if_future = bool(blog.config.draft_if_future_date)
        strategies = sum(
            len(build.strategies.get(post.file.src_uri, ()))
            for post in blog.blog.posts
            if not is_draft(post, draft_if_future_date=draft_if_future)
        )
        wanted = library.is_wanted(
            build.library_setting,
            site_page=build.library_site_page,
            published_strategies=strategies,
        )
        if wanted:
            if nav is not None:
                attach_library(page, blog.blog, nav)
            build.shown = True
        else:
            files.remove(page.file)
            build.library_src_uri = None
    if not build.shown:
        stylesheets.drop(STYLESHEETS, config, files)


def is_draft(post: Post, *, draft_if_future_date: bool, now: datetime | None = None) -> bool:
    """A draft by its front matter, or (when the blog says so) by a future date, even
    under ``mkdocs serve``, which shows drafts everywhere else."""
    draft = post.config.draft
    return not site_feeds.is_published(
        draft=draft if isinstance(draft, bool) else None,
        created=post.config.date.created,
        draft_if_future_date=draft_if_future_date,
        now=now or clock.system_now(),
    )


def _categories(blog: BlogPlugin, page: Page, posts: Iterable[Post]) -> list[library.CategoryLink]:
    views = {v.name: v for v in blog.blog.views if isinstance(v, Category)}
    names = list(views)
    for post in posts:
        names += [n for n in post.config.categories if n not in names]
    return [
        library.CategoryLink(n, get_relative_url(views[n].url, page.url) if n in views else "")
        for n in names
    ]


def fill_library(build: CalloutsBuild, page: Page, blog: BlogPlugin, config: MkDocsConfig) -> None:
    """Append the library to the page's content (``on_page_context``: every post has
    been converted by then) and list its sections in the page's table of contents.

    The page stays out of the search index unless its introduction's front matter says
    ``search: {exclude: false}``: every strategy is indexed on its own post already, and
    the library's two sections would make two search entries holding the text of
    every strategy of the site, downloaded by every reader who searches."""
    search = page.meta.get("search")
    if search is None:
        page.meta["search"] = {"exclude": True}
    elif isinstance(search, dict):
        search.setdefault("exclude", True)
    draft_if_future = bool(blog.config.draft_if_future_date)
    posts = sorted(
        (p for p in blog.blog.posts if not is_draft(p, draft_if_future_date=draft_if_future)),
        key=lambda p: p.config.date.created,
        reverse=True,
    )
    categories = _categories(blog, page, posts)
    by_name = {c.name: c for c in categories}
    language = str(config.theme.get("language") or "en")
    articles = [
        library.Article(
            title=post.title or "",
            url=get_relative_url(post.url, page.url),
            date=post.config.date.created.date().isoformat(),
            date_label=dates.format_post_date(
                post.config.date.created, str(blog.config.post_date_format), language
            ),
            categories=tuple(by_name[n] for n in post.config.categories if n in by_name),
            strategies=tuple(build.strategies.get(post.file.src_uri, ())),
        )
        for post in posts
    ]
    result = library.build_library(articles, categories)
    html = build.renderer.render(
        "strategy-library.html",
        library=result,
        labels=build.labels,
        section_ids=LIBRARY_SECTION_IDS,
    )
    # str() first: `str + Markup` would escape the page's own HTML.
    page.content = (page.content or "") + str(html)
    sections = [
        (LIBRARY_SECTION_IDS[0], build.labels["library_by_article"], result.by_article),
        (LIBRARY_SECTION_IDS[1], build.labels["library_by_category"], result.by_category),
    ]
    # Material prints table of contents titles as HTML, as the toc extension makes them.
    anchors = [
        AnchorLink(str(escape(title)), anchor, 2) for anchor, title, groups in sections if groups
    ]
    items = page.toc.items
    if items and items[0].level == 1:
        items[0].children.extend(anchors)
    else:
        items.extend(anchors)
