"""Typed configuration of the ``stay-tuned`` plugin, validated by MkDocs."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

from stay_tuned import i18n
from stay_tuned.callouts.types import CalloutTypes
from stay_tuned.subscribe import OptionalSubscribe


class Labels(c.DictOfItems[str]):
    """Label overrides by key: an unknown key is a warning (a typo would otherwise be
    ignored silently); a label longer than ``i18n.LABEL_MAX_LENGTH`` or with a ``{...}``
    other than one of its plain ``{name}`` placeholders is an error naming
    ``labels.<key>``, with a valid example."""

    def __init__(self) -> None:
        super().__init__(c.Type(str), default={})

    def run_validation(self, value: object) -> dict[str, str]:
        labels = super().run_validation(value)
        unknown = i18n.unknown_label_keys(labels)
        if unknown:
            known = ", ".join(sorted(i18n.LABELS[i18n.DEFAULT_LANGUAGE]))
            self.warnings.append(f"unknown label {', '.join(unknown)}; known labels: {known}")
        problems = i18n.label_problems(labels)
        if problems:
            raise base.ValidationError("\n".join(problems))
        return labels


TAKEAWAYS_WORDS = 350
"""Default of ``takeaways_words``: measured on the first article, whose five strategies
(150 words) span 450 px at 1280 px wide (3 px a word) and 830 px on a 375 px phone."""


class StayTunedConfig(base.Config):  # type: ignore[no-untyped-call]
    """Options of the ``stay-tuned`` plugin in ``mkdocs.yml``."""

    enabled = c.Type(bool, default=True)
    """Turn the whole plugin off without removing it from ``plugins``."""

    blog = c.Optional(c.Type(str))
    """The blog plugin instance whose posts the plugin works on, for sites with several
    blogs: its name in ``plugins`` (``material/blog #2``, or ``blog #2`` for either
    Material's or MaterialX's). Unset: the first blog plugin listed."""

    sign_off = c.Optional(c.Type(str))
    """Markdown rendered once at the end of every post, after the article: the site's
    sign-off. Written once here instead of pasted into each post."""

    feed_excerpts = c.Type(bool, default=False)
    """Rich feed excerpts: render each post's excerpt with the site's own Markdown
    extensions (callouts, admonitions, ...) and make it the description of the post's
    item in the mkdocs-rss-plugin feeds, with links made absolute, in place of the
    front-matter ``description`` (a post's own ``rss: {feed_description: ...}`` still
    wins). Off (the default), items are described as the rss plugin describes them: the
    front-matter ``description``, else the raw excerpt Markdown rendered without the
    site's extensions."""

    follow = c.Type(bool, default=False)
    """A "Follow this blog" block under every post: links to the site's feeds (those of
    mkdocs-rss-plugin) and, when ``subscribe`` is set, the newsletter form. Off by
    default: a site shows it only when it asks for it."""

    head_metadata = c.Type(bool, default=True)
    """Metadata in every page's ``<head>`` that readers do not see: Open Graph and
    Twitter card tags, the home page's JSON-LD ``WebSite`` and the series' JSON-LD
    (``BlogPosting`` / ``CreativeWorkSeries``). ``false`` leaves all of it out (for a
    site whose theme or another plugin writes its own)."""

    subscribe = OptionalSubscribe()
    """A newsletter sign-up form in the follow block under every post (``follow``), and
    in the stay-tuned block of the parts of an ongoing series: ``action`` (the URL the
    form posts to, required), ``email_field`` (default ``email``), ``hidden`` fields and
    ``button`` label. Provider-agnostic; works without JavaScript. Without it, follow
    blocks offer only feed links."""

    takeaways = c.Type(bool, default=True)
    """Show a "Key takeaways" box, listing a post's strategies as links to their callouts,
    after the introduction of every post with at least ``takeaways_min`` strategies. A
    post's front matter ``takeaways: false`` hides it, ``takeaways: true`` shows it."""

    takeaways_min = c.Type(int, default=3)
    """How many strategies a post needs for the Key takeaways box by default."""

    takeaways_words = c.Type(int, default=TAKEAWAYS_WORDS)
    """How many words a post's strategies must span (from the first one's title to the
    end of the last one) for the Key takeaways box by default: it saves scrolling only
    when the reader cannot see them all at once. 350 words are about a screen and a
    half of a 1280 x 800 window and three of a phone; ``0`` counts strategies only."""

    strategy_library = c.Optional(c.Type(bool))
    """Whether the site has a strategy library page (every strategy on the site, by post
    and by category, listed in the blog's navigation). Unset (the default): only when a
    published post has a strategy, or when the site has its own ``<url>index.md``
    introduction; drafts and scheduled posts never count. ``true``: always, even
    before the first strategy. ``false``: never."""

    strategy_library_url = c.Type(str, default="{blog}/strategies/")
    """Folder URL of the strategy library page; ``{blog}`` is the blog directory
    (``blog/strategies/`` by default, ``strategies/`` for a blog at the site's root,
    ``blog_dir: .``). An empty string: no library. A Markdown file at ``<url>index.md``
    in ``docs`` becomes its title and introduction."""

    callout_types = CalloutTypes()
    """Callout types the site adds to (or changes among) the built-in ones: a mapping of
    type name to ``title``, ``icon`` (Material's icon names), ``color``, ``dark_color``
    and ``numbered``. Authors write ``!!! <name> "Title"``."""

    series_file = c.Type(str, default="{blog}/.series.yml")
    """The series registry, relative to ``docs_dir``; ``{blog}`` is the blog directory
    (so by default ``docs/blog/.series.yml``, beside Material's authors file). It
    declares every series: title, Markdown description and announced parts."""

    series_url_format = c.Type(str, default="series/{id}")
    """Where each series' page goes, relative to the blog directory, like Material's
    ``categories_url_format``: ``{id}`` is the series id. The URL follows
    ``use_directory_urls`` (``blog/series/<id>/`` or ``blog/series/<id>.html``)."""

    series_index_url = c.Type(str, default="series")
    """Where the index of all series goes, relative to the blog directory
    (``blog/series/`` by default). It leads the "Series" section of the blog's
    navigation."""

    series_nav = c.Choice(("auto", "all", "index"), default="auto")
    """How series appear in the blog's navigation. ``all``: a "Series" section lists the
    series index and every series page, the way Material lists its category pages.
    ``index``: only the series index is listed, and on a series page the sidebar marks
    the index as current, the way Material treats posts. ``auto`` (the default): ``all``
    while the blog has at most 10 series, ``index`` beyond. Every page of a listed
    section renders the whole section, so ``all`` costs time in the square of the
    number of series: ``auto`` keeps that cost bounded."""

    speedups = c.Type(bool, default=True)
    """Remove work Material's blog plugin repeats on every page (its post lookups, the
    conversion of each post's excerpt for every index page listing it) where the result
    is provably the same: the built site is byte for byte the one built without them.
    ``false`` turns them off. See ``stay_tuned.speedups``."""

    labels = Labels()
    """Reader-facing labels that replace the shipped ones for ``theme.language``, by key
    (see ``stay_tuned.i18n.LABELS``), for example ``series_coming_soon: Soon``."""
