"""A synthetic Love and Dating blog of N posts, for the build benchmark.

The project is shaped like the real site: its ``mkdocs.yml`` is the real one (inherited
with MkDocs' ``INHERIT``, only ``plugins`` is restated so the plugin can be switched
off), its theme overrides, about page, authors and assets are copied, and each post is
written like the first article: an excerpt before ``<!-- more -->``, one or two
categories, four ``!!! benefit`` and five ``!!! strategy`` callouts. Posts come in
series of five (front matter ``series`` and ``part``), declared in
``docs/blog/.series.yml``; every fourth series has only its first three parts published
and announces the last two as ``upcoming``, and so does a last, incomplete series.

Everything is deterministic for a given ``n``, ``seed`` and ``today``.
"""

from __future__ import annotations

import copy
import datetime
import random
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent

SERIES_LENGTH = 5
PUBLISHED_IN_PARTIAL_SERIES = 3
PARTIAL_EVERY = 4
"""Every PARTIAL_EVERY-th series has only its first parts published, the rest announced."""

BENEFITS_PER_POST = 4
STRATEGIES_PER_POST = 5

CATEGORIES = ("Relationships", "Communication", "Dating")
"""The site's ``categories_allowed``."""

TOPICS = (
    "Building Emotional Connection",
    "Talking Through Conflict",
    "Dating After a Breakup",
    "Trust and Honesty",
    "Long-Distance Love",
    "Meeting Someone New",
    "Keeping the Spark Alive",
    "Money and Partnership",
    "Family and In-Laws",
    "Healthy Boundaries",
)

STRATEGIES = (
    "Practice Active Listening",
    "Show Appreciation",
    "Share Vulnerabilities",
    "Create Quality Time",
    "Practice Empathy",
    "Ask Open Questions",
    "Keep Promises Small and Real",
    "Schedule a Weekly Check-In",
    "Name the Feeling First",
    "Take a Pause Before Replying",
    "Celebrate Small Wins",
    "Write a Letter",
    "Plan Something New Together",
    "Agree on a Signal for Breaks",
    "Say Thank You Out Loud",
    "Learn Their Love Language",
    "Put the Phones Away",
    "Repair Quickly After a Fight",
    "Share a Daily Highlight",
    "Make Decisions Together",
    "Respect Alone Time",
    "Speak From Your Own Experience",
    "Keep a Shared Calendar",
    "Apologise Without Excuses",
    "Ask for What You Need",
)

BENEFITS = (
    "Enhanced Communication",
    "Increased Intimacy",
    "Greater Relationship Satisfaction",
    "Improved Conflict Resolution",
    "Deeper Trust",
    "Less Stress at Home",
    "More Shared Laughter",
    "A Stronger Sense of Team",
    "Better Decisions Together",
    "More Patience With Each Other",
)

SENTENCES = (
    "Emotional connection refers to the deep bond that forms between two people "
    "when they share their emotions, thoughts, and experiences with each other.",
    "It goes beyond physical attraction or shared interests and encompasses a sense "
    "of understanding, empathy, and support.",
    "Small gestures of kindness and acknowledgment can go a long way.",
    "Partners are more likely to approach conflicts with empathy and find mutually "
    "beneficial solutions.",
    "Set aside dedicated time to connect with your partner without distractions.",
    "Open up about your fears, dreams, and insecurities.",
    "This vulnerability creates a safe space for your partner to do the same.",
    "Express gratitude for your partner's efforts and qualities.",
    "Give your partner your full attention when they are speaking.",
    "Show empathy and validate their feelings to foster a deeper understanding.",
    "When partners feel emotionally connected, they experience higher levels of "
    "satisfaction in their relationship.",
    "Put yourself in your partner's shoes and try to understand their perspective.",
    "Engage in activities you both enjoy and use this time to deepen your bond.",
    "Honest conversations are easier when neither of you is tired or hungry.",
    "A relationship is built in ordinary moments as much as in big ones.",
)


@dataclass
class Part:
    """One part of a series: published as a post, or announced in the registry."""

    series: str
    part: int
    title: str
    date: datetime.date
    published: bool


@dataclass
class Series:
    id: str
    title: str
    description: str
    parts: list[Part] = field(default_factory=list)


@dataclass
class Blog:
    """What :func:`generate` wrote: the series and the published posts (``posts[file]``)."""

    root: Path
    series: list[Series]
    posts: dict[str, Part]
    plain: bool = False
    """A Material blog that uses none of the plugin's syntax (``generate(plain=True)``)."""

    def write_config(
        self, name: str, *, enabled: bool, options: dict[str, Any] | None = None
    ) -> Path:
        """Write ``mkdocs-<name>.yml``: the site's configuration with stay-tuned
        ``enabled`` or not and ``options`` added to its own (a plain blog: to none of
        the site's, so the plugin is listed with only ``options``)."""
        path = self.root / f"mkdocs-{name}.yml"
        config = {
            "INHERIT": "site.yml",
            "plugins": site_plugins(
                self.root / "site.yml",
                enabled=enabled,
                options=options,
                own_options=not self.plain,
            ),
        }
        path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
        return path

    @property
    def config_on(self) -> Path:
        return self.root / "mkdocs-on.yml"

    @property
    def config_off(self) -> Path:
        return self.root / "mkdocs-off.yml"


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def plan(n: int, *, today: datetime.date, seed: int = 0) -> list[Series]:
    """The series of a blog with ``n`` published posts (see the module docstring)."""
    rng = random.Random(seed)
    series: list[Series] = []
    published = 0
    while published < n:
        index = len(series)
        topic = TOPICS[index % len(TOPICS)]
        title = f"{topic} {index // len(TOPICS) + 1}"
        partial = index % PARTIAL_EVERY == PARTIAL_EVERY - 1
        count = min(PUBLISHED_IN_PARTIAL_SERIES if partial else SERIES_LENGTH, n - published)
        names = rng.sample(STRATEGIES, SERIES_LENGTH)
        entry = Series(
            id=slugify(title),
            title=title,
            description=f"A {SERIES_LENGTH}-part guide: *{topic.lower()}*, one step at a time.",
        )
        for number in range(1, SERIES_LENGTH + 1):
            done = number <= count
            if done:
                # One post a day, ending yesterday: every published date is in the past.
                date = today - datetime.timedelta(days=n - published)
                published += 1
            else:
                date = today + datetime.timedelta(weeks=2 * (number - count))
            entry.parts.append(
                Part(entry.id, number, f"{title}: {names[number - 1]}", date, published=done)
            )
        series.append(entry)
    return series


PLAIN_TYPES = {"benefit": "tip", "strategy": "note"}
"""In a plain blog (``generate(plain=True)``), Material's own admonitions stand in for
the plugin's callout types."""


def post_markdown(part: Part, series: Series, rng: random.Random, *, plain: bool = False) -> str:
    """A post written like the first article, with benefit and strategy callouts; with
    ``plain``, a post of a Material blog that uses none of the plugin's syntax: no
    ``series``, and Material's ``tip`` and ``note`` admonitions in their place."""

    def paragraph(count: int) -> str:
        return " ".join(rng.choice(SENTENCES) for _ in range(count))

    front: dict[str, Any] = {
        "date": part.date,
        "authors": ["editors"],
        "categories": sorted(rng.sample(CATEGORIES, rng.randint(1, 2))),
        "description": f"Part {part.part} of {series.title}: {paragraph(1)}",
    }
    if not plain:
        front.update(series=series.id, part=part.part)
    benefit, strategy = (
        (PLAIN_TYPES["benefit"], PLAIN_TYPES["strategy"]) if plain else ("benefit", "strategy")
    )
    lines = [
        "---",
        yaml.safe_dump(front, sort_keys=False, allow_unicode=True).strip(),
        "---",
        "",
        f"# {part.title}",
        "",
        paragraph(2),
        "",
        "<!-- more -->",
        "",
        "## Why It Matters",
        "",
        paragraph(4),
        "",
        "## The Benefits",
        "",
    ]
    for name in rng.sample(BENEFITS, BENEFITS_PER_POST):
        lines += [f'!!! {benefit} "{name}"', f"    {paragraph(2)}", ""]
    lines += ["## Strategies to Try", "", paragraph(1), ""]
    for name in rng.sample(STRATEGIES, STRATEGIES_PER_POST):
        lines += [f'!!! {strategy} "{name}"', f"    {paragraph(2)}", ""]
    lines += ["## In Closing", "", paragraph(3), ""]
    return "\n".join(lines)


def series_registry(series: list[Series]) -> dict[str, Any]:
    """The ``.series.yml`` content (the format of issue 3)."""
    registry: dict[str, Any] = {}
    for entry in series:
        declared: dict[str, Any] = {"title": entry.title, "description": entry.description}
        upcoming = [
            {"part": p.part, "title": p.title, "date": p.date}
            for p in entry.parts
            if not p.published
        ]
        if upcoming:
            declared["upcoming"] = upcoming
        registry[entry.id] = declared
    return {"series": registry}


class _SiteLoader(yaml.SafeLoader):
    """Reads the site's mkdocs.yml, turning its tags (``!ENV``, ``!!python/name``) into
    plain values: only ``plugins`` is used from it, the rest is inherited by MkDocs."""


def _untag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node)
    return loader.construct_scalar(node)  # type: ignore[arg-type]


_SiteLoader.add_multi_constructor("!", _untag)
_SiteLoader.add_multi_constructor("tag:yaml.org,2002:python/", _untag)


def site_plugins(
    site_config: Path,
    *,
    enabled: bool,
    options: dict[str, Any] | None = None,
    own_options: bool = True,
) -> list[Any]:
    """The site's ``plugins`` list, with stay-tuned's ``enabled`` set and ``options``
    added to its own (to none of the site's with ``own_options=False``)."""
    config = yaml.load(site_config.read_text(encoding="utf-8"), Loader=_SiteLoader)
    plugins: list[Any] = copy.deepcopy(config["plugins"])
    for index, entry in enumerate(plugins):
        if entry == "stay-tuned":
            plugins[index] = {"stay-tuned": {**(options or {}), "enabled": enabled}}
        elif isinstance(entry, dict) and "stay-tuned" in entry:
            own = dict(entry["stay-tuned"] or {}) if own_options else {}
            plugins[index] = {"stay-tuned": {**own, **(options or {}), "enabled": enabled}}
    if not any(isinstance(e, dict) and "stay-tuned" in e for e in plugins):
        raise ValueError(f"{site_config} lists no stay-tuned plugin")
    return plugins


HOME = """\
# Love and Dating

A synthetic copy of the blog with {n} posts in {series} series, for the build benchmark.

[Read the latest posts](blog/index.md){{ .md-button .md-button--primary }}
[About this site](about.md){{ .md-button }}
"""


def generate(
    root: Path,
    n: int,
    *,
    today: datetime.date | None = None,
    seed: int = 0,
    site: Path = REPO_ROOT,
    options: dict[str, Any] | None = None,
    plain: bool = False,
) -> Blog:
    """Write the synthetic project for ``n`` posts into ``root`` (emptied first);
    ``options`` are added to the site's stay-tuned options. ``plain``: the same blog
    without the plugin's syntax (no series file or ``series:``, Material's admonitions
    for the callouts) and without the site's stay-tuned options: a Material blog that
    lists the plugin and uses none of its features."""
    today = today or datetime.date.today()
    if root.exists():
        shutil.rmtree(root)
    docs = root / "docs"
    (docs / "blog" / "posts").mkdir(parents=True)
    shutil.copytree(site / "overrides", root / "overrides")
    shutil.copytree(site / "docs" / "assets", docs / "assets")
    shutil.copy(site / "docs" / "about.md", docs / "about.md")
    shutil.copy(site / "docs" / "blog" / "index.md", docs / "blog" / "index.md")
    shutil.copy(site / "docs" / "blog" / ".authors.yml", docs / "blog" / ".authors.yml")
    shutil.copy(site / "mkdocs.yml", root / "site.yml")

    series = plan(n, today=today, seed=seed)
    rng = random.Random(seed + 1)
    posts: dict[str, Part] = {}
    for entry in series:
        for part in entry.parts:
            if part.published:
                name = f"blog/posts/{entry.id}-part-{part.part}.md"
                text = post_markdown(part, entry, rng, plain=plain)
                (docs / name).write_text(text, encoding="utf-8")
                posts[name] = part
    if not plain:
        registry = yaml.safe_dump(series_registry(series), sort_keys=False, allow_unicode=True)
        (docs / "blog" / ".series.yml").write_text(registry, encoding="utf-8")
    (docs / "index.md").write_text(HOME.format(n=n, series=len(series)), encoding="utf-8")

    blog = Blog(root, series, posts, plain=plain)
    blog.write_config("on", enabled=True, options=options)
    blog.write_config("off", enabled=False, options=options)
    return blog
