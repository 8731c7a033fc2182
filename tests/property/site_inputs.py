"""What an author may write, as Hypothesis strategies, and the small blog written from it.

`sites()` draws a `SiteInput`: a series registry (titles, Markdown descriptions,
announced parts with numbers and dates that may be impossible), posts (front-matter
title, series, part, image, strategy callouts) and `labels` overrides. `write_project`
turns one into the files of a `tests.sitebuilder.SiteProject`.

The text is hostile on purpose: markup and an injection marker (`INJECTION_MARKER`, a
name no page, script or attribute contains unless an author's string leaked into it as
HTML), quotes, `&` and entities, CDATA and comment ends, control characters,
right-to-left text and marks, and Python-Markdown's own placeholder characters.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

import yaml
from hypothesis import strategies as st

from tests.sitebuilder import SiteProject

INJECTION_MARKER = "st_injected"
"""Appears in a built page only where an author's string went out as live HTML."""

MARKUP = (
    f"<script>{INJECTION_MARKER}()</script>",
    f'<img src=x onerror="{INJECTION_MARKER}()">',
    f'"><svg onload={INJECTION_MARKER}()>',
    f"javascript:{INJECTION_MARKER}()",
    "<b>bold</b>",
    "<i>",
    "</title>",
    "</script>",
    "<!--",
    "-->",
    "]]>",
    "<![CDATA[",
)
"""Fragments that are live HTML (or close an element, a comment, a CDATA section) when
a string is printed unescaped."""

TEXT_FRAGMENTS = (
    "&",
    "&amp;",
    "&lt;b&gt;",
    "&#x27;",
    "&nbsp;",
    '"',
    "'",
    "`",
    "*stars*",
    "_under_",
    "[link](https://example.org)",
    "{",
    "}",
    "{title}",
    "{0}",
    "%s",
    "\\",
    "Love",
    "Trust",
    " ",
    "  ",
    "\t",
    "\u202e",  # right-to-left override
    "\u200f",  # right-to-left mark
    "\ufeff",  # byte order mark / zero-width no-break space
    "\u2028",  # line separator
    "אהבה",  # Hebrew
    "حب",  # Arabic
    "❤️",
    "\U0001d50f\U0001d52c\U0001d533\U0001d522",  # mathematical Fraktur "Love"
    "\x00",
    "\x01",
    "\x02",  # Python-Markdown's placeholder start
    "\x03",  # and end
    "\x07",
    "\x0b",
    "\x1b",
    "\x7f",
    "\x85",
    "\x9f",
)
"""Plain text that is easy to get wrong: entities, quotes, Markdown, format
placeholders, whitespace, bidirectional text, control characters."""

_CHAR = st.characters(exclude_categories=["Cs"])  # lone surrogates cannot be saved as UTF-8


def _text(fragments: tuple[str, ...], *, min_size: int) -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(fragments), st.text(_CHAR, min_size=1, max_size=4))
    return st.lists(piece, min_size=min_size, max_size=6).map("".join)


TITLE_TEXT = _text(MARKUP + TEXT_FRAGMENTS, min_size=1)
"""A series, announced part, strategy or label text: anything, markup included."""

POST_TITLE_TEXT = _text(TEXT_FRAGMENTS, min_size=1).filter(lambda s: "<" not in s)
"""A post's front-matter title, without tags: Material prints a front-matter title
unescaped in `<title>`, `<h1>`, the navigation and the blog index, with or without
this plugin, so a tag there would be Material's output, not the plugin's."""

DESCRIPTION_TEXT = _text(TEXT_FRAGMENTS + MARKUP[4:], min_size=0)
"""A series description is Markdown, whose raw HTML is the author's own (as in a post),
so it carries no injection marker; it does carry `</script>`, `]]>`, `-->`."""

PART_NUMBER: st.SearchStrategy[Any] = st.one_of(
    st.integers(min_value=1, max_value=4),
    st.sampled_from([0, -1, 10**6, 2**63, 10**30, True, 1.5, "2", "two", None]),
)
"""A `part:`: mostly a small whole number; sometimes zero, negative, huge, or not a
number at all."""


class RawYaml(str):
    """A scalar written into YAML unquoted, so `2026-02-30` reaches the YAML parser as
    the impossible date an author typed, not as a quoted string."""


class _Dumper(yaml.SafeDumper):
    pass


def _represent_raw(dumper: yaml.SafeDumper, value: RawYaml) -> yaml.ScalarNode:
    # Tagged as a timestamp, the emitter writes the scalar plain (its implicit tag).
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", str(value))


_Dumper.add_representer(RawYaml, _represent_raw)

DATE_VALUE: st.SearchStrategy[Any] = st.one_of(
    st.dates(min_value=datetime.date(2020, 1, 1), max_value=datetime.date(2100, 12, 31)),
    st.sampled_from(
        [
            datetime.date(1, 1, 1),
            datetime.date(9999, 12, 31),
            RawYaml("2026-02-30"),
            RawYaml("2026-13-01"),
            RawYaml("0000-01-01"),
            RawYaml("2026-12-10 25:61:00"),
            "2026-02-30",
            "2026-12-10",
            "soon",
            "",
            20261210,
            None,
        ]
    ),
)
"""An announced part's `date`: a real date, an impossible one (unquoted or quoted), a
string or number that is no date, or none."""

IMAGE_VALUE: st.SearchStrategy[Any] = st.sampled_from(
    [
        "cover.jpg",
        "my cover.jpg",
        "a&b.jpg",
        "/assets/images/cover.jpg",
        "missing.jpg",
        "https://example.org/images/a b.jpg",
        "https://example.org/images/a&b=c.jpg",
        "https://example.org/images/a%20b.jpg",
        'https://example.org/x.jpg"><script>st_injected()</script>',
        f"javascript:{INJECTION_MARKER}()",
        f" JavaScript:{INJECTION_MARKER}()",
        "data:text/html,<script>st_injected()</script>",
        "//example.org/protocol-relative.jpg",
        "",
        "\x01.jpg",
        123,
        None,
    ]
)
"""A post's `image`: files that exist next to the post or in docs (names with spaces
and `&`), URLs with spaces, `&` and `%20`, script URLs, and values that are no URL."""

IMAGE_FILES = (
    "blog/posts/cover.jpg",
    "blog/posts/my cover.jpg",
    "blog/posts/a&b.jpg",
    "assets/images/cover.jpg",
)

SERIES_IDS = ("love-lab", "trust_2")

LABEL_KEYS = (
    "series_coming_soon",
    "follow",
    "takeaways",
    "series",
    "stay_tuned",
    "callout_strategy",
    "series_part_of",
    "series_part_title",
    "series_feed_rss",
    "no_such_label",
)
"""Label keys: plain ones, ones with `{placeholders}`, and one unknown key."""


@dataclass(frozen=True)
class Announced:
    part: Any
    title: str
    date: Any  # `None`: no `date` key


@dataclass(frozen=True)
class Series:
    id: str
    title: str
    description: str | None
    upcoming: tuple[Announced, ...]


@dataclass(frozen=True)
class Post:
    slug: str
    title: str
    date: datetime.date
    draft: bool
    series: str | None
    part: Any  # `None`: no `part` key
    image: Any  # `None`: no `image` key
    strategies: tuple[str, ...]

    @property
    def url(self) -> str:
        """Where Material's blog puts the post (site-relative folder URL)."""
        return f"blog/{self.date:%Y/%m/%d}/{self.slug}/"


@dataclass(frozen=True)
class SiteInput:
    series: tuple[Series, ...]
    posts: tuple[Post, ...]
    labels: dict[str, str] = field(default_factory=dict)
    sign_off: str = "Thank you for reading *Test Blog* & see you soon."


@st.composite
def _series(draw: st.DrawFn, series_id: str) -> Series:
    upcoming = draw(st.lists(st.builds(Announced, PART_NUMBER, TITLE_TEXT, DATE_VALUE), max_size=2))
    description = draw(st.none() | DESCRIPTION_TEXT)
    return Series(series_id, draw(TITLE_TEXT), description, tuple(upcoming))


@st.composite
def _post(draw: st.DrawFn, index: int, series_ids: tuple[str, ...]) -> Post:
    series = draw(st.sampled_from((None, "undeclared-series", *series_ids)))
    return Post(
        slug=f"post-{index}",
        title=draw(POST_TITLE_TEXT),
        date=draw(st.dates(datetime.date(2025, 1, 1), datetime.date(2027, 12, 31))),
        draft=draw(st.booleans()),
        series=series,
        part=draw(PART_NUMBER) if series else None,
        image=draw(IMAGE_VALUE),
        strategies=tuple(
            draw(st.lists(TITLE_TEXT.filter(lambda s: "\n" not in s and "\r" not in s), max_size=3))
        ),
    )


@st.composite
def sites(draw: st.DrawFn) -> SiteInput:
    """A small blog: up to two series and one to three posts, most of them in a series."""
    ids = tuple(draw(st.lists(st.sampled_from(SERIES_IDS), max_size=2, unique=True)))
    series = tuple(draw(_series(series_id)) for series_id in ids)
    count = draw(st.integers(min_value=1, max_value=3))
    posts = tuple(draw(_post(index, ids)) for index in range(count))
    labels = draw(st.dictionaries(st.sampled_from(LABEL_KEYS), TITLE_TEXT, max_size=2))
    return SiteInput(series, posts, labels)


def _registry_yaml(series: tuple[Series, ...]) -> str:
    data: dict[str, Any] = {}
    for entry in series:
        declared: dict[str, Any] = {"title": entry.title}
        if entry.description is not None:
            declared["description"] = entry.description
        upcoming = []
        for announced in entry.upcoming:
            item: dict[str, Any] = {"part": announced.part, "title": announced.title}
            if announced.date is not None:
                item["date"] = announced.date
            upcoming.append(item)
        if upcoming:
            declared["upcoming"] = upcoming
        data[entry.id] = declared
    return yaml.dump(
        {"series": data}, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000
    )


def post_markdown(post: Post) -> str:
    # The slug keeps the post's URL predictable: `Post.url`.
    front: dict[str, Any] = {"date": post.date, "title": post.title, "slug": post.slug}
    if post.draft:
        front["draft"] = True
    if post.series is not None:
        front["series"] = post.series
    if post.part is not None:
        front["part"] = post.part
    if post.image is not None:
        front["image"] = post.image
    # The admonition header quotes the title; an inner `"` needs no escape there.
    callouts = "".join(
        f'!!! strategy "{title}"\n    Try it today.\n\n' for title in post.strategies
    )
    body = f"The introduction of {post.slug}.\n\n<!-- more -->\n\n{callouts}The end.\n"
    return f"---\n{yaml.dump(front, Dumper=_Dumper, allow_unicode=True)}---\n\n{body}"


def write_project(project: SiteProject, site: SiteInput) -> None:
    """Put the files and options of ``site`` into ``project`` (not yet on disk)."""
    if site.series:
        project.files["blog/.series.yml"] = _registry_yaml(site.series)
    for post in site.posts:
        project.files[f"blog/posts/{post.slug}.md"] = post_markdown(post)
    for image in IMAGE_FILES:
        project.files[image] = "not really a JPEG"
    options = project.options()
    options["sign_off"] = site.sign_off
    if site.labels:
        options["labels"] = dict(site.labels)
