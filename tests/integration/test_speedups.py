"""Speedups leave every file of the site as it was: the demo site, a generated 200-post
blog and a plain Material blog (the plugin listed, none of its features used) are built
with `speedups` on and off and compared byte for byte. And they do remove the work:
Material no longer compares posts with each other by title, and a post's excerpt is
converted once for all index pages, its links made for each."""

from __future__ import annotations

import copy
import datetime
import gc
import logging
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import material
import pytest
import yaml
from material.plugins.blog.structure import Excerpt, Post
from mkdocs.structure.pages import Page
from stay_tuned import collector, speedups

from bench.generate import generate
from tests import stack
from tests.integration.realsite import copy_site
from tests.sitebuilder import SiteProject, build_in_process, plugin_options, post

pytestmark = pytest.mark.skipif(
    stack.MATERIALX,
    reason="the speedups were checked against Material 9.8 only: on MaterialX they stay "
    "off (test_the_speedups_stay_off_on_materialx)",
)


def site_files(site_dir: Path) -> dict[str, bytes]:
    return {
        path.relative_to(site_dir).as_posix(): path.read_bytes()
        for path in sorted(site_dir.rglob("*"))
        if path.is_file()
    }


def assert_same_site(with_speedups: Path, without: Path) -> None:
    fast, slow = site_files(with_speedups), site_files(without)
    assert sorted(fast) == sorted(slow)
    differing = [name for name in slow if fast[name] != slow[name]]
    assert not differing, f"files that differ with speedups on: {differing[:10]}"
    assert any(name.endswith(".html") for name in slow)


def with_speedups_off(config_file: Path) -> Path:
    """A copy of ``config_file`` beside it, with ``speedups: false`` for stay-tuned (as
    an author would write it: the demo's file has tags a YAML dump would lose)."""
    text = config_file.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    at = next(n for n, line in enumerate(lines) if line.strip() == "- stay-tuned:")
    indent = len(lines[at + 1]) - len(lines[at + 1].lstrip())
    lines.insert(at + 1, " " * indent + "speedups: false\n")
    target = config_file.with_name(f"{config_file.stem}-no-speedups.yml")
    target.write_text("".join(lines), encoding="utf-8")
    return target


def without_speedups(project: SiteProject, root: Path) -> SiteProject:
    """``project``'s site in ``root``, with ``speedups: false`` (build ``project``
    first: they share the configuration)."""
    other = SiteProject(root, config=project.config, files=dict(project.files))
    other.options()["speedups"] = False
    return other


@pytest.fixture
def counted() -> Iterator[dict[str, int]]:
    """Counts MkDocs' page comparisons of two posts and Material's excerpt conversions."""
    counts = {"post_comparisons": 0, "excerpt_conversions": 0}
    page_eq, render = Page.__eq__, Excerpt.render

    def eq(self: Page, other: object) -> bool:
        if isinstance(self, Post) and isinstance(other, Post):
            counts["post_comparisons"] += 1
        return page_eq(self, other)

    def counted_render(self: Any, page: Any, separator: str) -> None:
        counts["excerpt_conversions"] += 1
        render(self, page, separator)

    Page.__eq__ = eq  # type: ignore[method-assign]
    Excerpt.render = counted_render
    try:
        yield counts
    finally:
        Page.__eq__ = page_eq  # type: ignore[method-assign]
        Excerpt.render = render


def plain_blog(project: SiteProject, posts: int = 24) -> None:
    """A Material blog written as Material documents it, with several index, archive and
    category pages, links, images, footnotes and code in the excerpts."""
    options = plugin_options(project.config, "blog")
    options.update(pagination_per_page=4, archive_pagination_per_page=3)
    project.config["markdown_extensions"] += ["footnotes", "pymdownx.highlight"]
    project.files["assets/picture.png"] = "not really a picture"
    for n in range(posts):
        extra = ""
        if n % 3 == 0 and n:
            extra += f" See [the one before](post-{n - 1}.md#body)"
            extra += " and ![a picture](../../assets/picture.png)."
        if n % 8 == 0:
            extra += " A note.[^1]"
        if n % 11 == 0:
            extra += "\n\n```python\nprint('hello')\n```"
        body = f"Intro {n}.{extra}\n\n<!-- more -->\n\n## Body\n\nMore of {n}.\n\n" + (
            "[^1]: The note.\n" if n % 8 == 0 else ""
        )
        month, day = 1 + n % 12, 1 + n % 28
        project.files[f"blog/posts/post-{n}.md"] = post(
            f"Post {n}",
            f"{2025 + n % 2}-{month:02d}-{day:02d}",
            body,
            categories=[("Love", "Trust", "Talk")[n % 3]],
        )


def test_a_plain_material_blog_is_the_same_with_speedups(
    project: SiteProject, tmp_path: Path, counted: dict[str, int]
) -> None:
    """What any Material blog gains: `- stay-tuned` listed, none of its features used."""
    plain_blog(project)
    fast = project.build()
    comparisons, conversions = counted["post_comparisons"], counted["excerpt_conversions"]
    slow_project = without_speedups(project, tmp_path / "slow")
    counted.update(post_comparisons=0, excerpt_conversions=0)
    slow = slow_project.build()
    assert_same_site(fast.site_dir, slow.site_dir)
    # Without speedups Material compares posts by title on every page, and converts
    # each excerpt for each index page listing it.
    assert counted["post_comparisons"] >= 24 * 23
    assert comparisons == 0
    assert conversions < counted["excerpt_conversions"] * 0.8


TRICKY_LINKS = [
    "[the one before](post-{before}.md#body)",
    "[about](../../about.md)",
    "![a picture](../../assets/picture.png)",
    '[a query](https://example.com/?a=1&b=2 "a \\"quoted\\" title")',
    '[a quote](https://example.com/?q="x"&r=<y>)',
    "<https://example.com/a?b=1&c=2>",
    "<someone@example.com>",
    "[below](#body)",
    "[escaped](post-{before}.md#a\\_b)",
    '<a href="post-{before}.md">raw</a>',
    "[missing](no-such-post.md)",
    "[entity](https://example.com/?x=1&amp;y=2)",
    "***strong em*** ^^ins^^ ==mark== ~~del~~ H~2~O x^2^ ++ctrl+alt+del++ $e^{{i\\pi}}$",
    "[**bold _link_**](post-{before}.md)",
    "www.example.com/x?y=1&z=2 https://github.com/facelessuser/pymdown-extensions/issues/1",
    "@someone #12 other/repo!3 someone@example.org",
]

CRITIC_MARKS = (
    "Critic: {{++added++}} {{--removed--}} {{~~old~>new~~}} {{==marked==}}{{>>a comment<<}} "
    '[{{++an inserted link++}}](post-{before}.md) [a link](post-{before}.md "{{==marked==}}")'
    "\n\n{{++\n\nA paragraph inserted.\n\n++}}\n\n"
)
"""Critic marks in one post: inline, in a link's text and title, and a whole paragraph."""


def test_excerpts_with_every_kind_of_link_are_converted_once_and_come_out_the_same(
    project: SiteProject,
    tmp_path: Path,
    counted: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each excerpt is converted once for all index pages (at three depths: `blog/`,
    `blog/page/2/`, `blog/category/x/page/2/`), its links made for each: links to posts,
    pages and images, absolute URLs with `&` and quotes, e-mail links (written with
    entities), anchors, escapes, raw HTML, a broken link, heading permalinks; with
    pymdownx's emphasis, caret, mark, tilde, keys, arithmatex, magic links, snippets and
    progress bars.
    A post with tabs (tab sets are numbered anew in each conversion) and one with critic
    marks (placeholders numbered anew) are converted for each page, as without the
    speedup."""
    options = plugin_options(project.config, "blog")
    options.update(pagination_per_page=3, categories_pagination_per_page=2)
    # Extensions of Material's recommended set whose processors the speedup knows.
    project.config["markdown_extensions"] += [
        "pymdownx.betterem",
        "pymdownx.caret",
        "pymdownx.mark",
        "pymdownx.tilde",
        "pymdownx.keys",
        {"pymdownx.arithmatex": {"generic": True}},
        {"pymdownx.tabbed": {"alternate_style": True}},
        "pymdownx.critic",
        {"pymdownx.progressbar": {"level_class": True}},
        {"pymdownx.snippets": {"base_path": [str(project.root / "docs" / "snippets")]}},
        {
            "pymdownx.magiclink": {
                "repo_url_shortener": True,
                "repo_url_shorthand": True,
                "social_url_shorthand": True,
                "provider": "github",
                "user": "someone",
                "repo": "project",
            }
        },
    ]
    project.files["assets/picture.png"] = "not really a picture"
    project.files["about.md"] = "# About\n\nUs.\n"
    project.files["snippets/aside.md"] = "An aside that links [about](../../about.md).\n"
    count = 12
    for n in range(count):
        links = " ".join(link.format(before=max(n - 1, 0)) for link in TRICKY_LINKS)
        tabs = '=== "One"\n\n    First.\n\n=== "Two"\n\n    Second.\n\n' if n == 0 else ""
        critic = CRITIC_MARKS.format(before=n - 1) if n == 4 else ""
        body = (
            f'## Intro {n}\n\nIntro {n}: {links}.\n\n{tabs}--8<-- "aside.md"\n\n'
            f'{critic}[=75% "Three quarters"] [=1/3]{{: .thin }}\n\n'
            f"<!-- more -->\n\n## Body\n\nMore.{' {--Less.--}' if critic else ''}\n"
        )
        project.files[f"blog/posts/post-{n}.md"] = post(
            f"Post {n}", f"2026-01-{n + 1:02d}", body, categories=[("Love", "Trust")[n % 2]]
        )
    by_post: Counter[str] = Counter()
    render = Excerpt.render

    def counted_by_post(self: Any, page: Any, separator: str) -> None:
        by_post[self.post.file.src_uri] += 1
        render(self, page, separator)

    monkeypatch.setattr(Excerpt, "render", counted_by_post)
    fast = project.build()
    converted = dict(by_post)
    slow_project = without_speedups(project, tmp_path / "slow")
    by_post.clear()
    slow = slow_project.build()
    assert_same_site(fast.site_dir, slow.site_dir)
    each_view = ["blog/posts/post-0.md", "blog/posts/post-4.md"]  # tabs, critic marks
    assert all(converted[src] == by_post[src] > 2 for src in each_view)
    assert all(converted[src] == 1 for src in by_post if src not in each_view)
    assert all(by_post[src] > 2 for src in by_post)
    assert any(fast.html(url).select(".md-post--excerpt .tabbed-set input") for url in fast.pages())
    excerpt = fast.html("blog/category/love/page/2/index.html").select_one(".md-post--excerpt")
    assert excerpt is not None
    critic = next(
        found
        for url in fast.pages()
        for found in fast.html(url).select(".md-post--excerpt")
        if "Critic:" in found.get_text()
    )
    marks = [f"{e.name}.{'.'.join(e['class'])}" for e in critic.select(".critic")]
    assert {"ins.critic", "del.critic", "mark.critic", "span.critic.comment"} <= set(marks)
    assert "ins.critic.block" in marks, marks
    bars = [bar["class"] for bar in excerpt.select(".progress")]
    assert bars == [["progress", "progress-60plus"], ["progress", "progress-20plus", "thin"]]
    # The links do differ from one depth to another.
    first = fast.html("blog/index.html").select_one("article a[href$='about/']")
    deeper = fast.html("blog/category/love/page/2/index.html").select_one(
        "article a[href$='about/']"
    )
    assert first is not None and deeper is not None
    assert first["href"] == "../about/"
    assert deeper["href"] == "../../../../../about/"


AFTER_THE_SEPARATOR = {
    "sections": "## Body\n\nMore, see [about](../../about.md).\n\n## Again\n\nText.\n",
    "a heading the table of contents lists": "# Another title\n\nText.\n",
    "an id the title would avoid": "Text.\n{: #post-{n} }\n",
    "a footnote": "More.[^1]\n\n[^1]: The note.\n",
    "code": "```python\nprint('more')\n```\n\n    indented = True\n",
    "a definition only": "[ref]: ../../about.md\n",
    "nothing": "",
}
"""What follows the separator in the posts of the test below; the excerpt conversion
stops at the separator for "sections" only."""


def test_excerpts_stop_at_the_separator_where_the_rest_changes_nothing_before_it(
    project: SiteProject,
    tmp_path: Path,
    counted: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Material converts a whole post for its excerpt and keeps what comes before the
    separator (and whether anything follows, for "Continue reading"). The speedup stops
    the conversion at the separator, except where the rest would change the excerpt: a
    heading its table of contents lists, an id, a footnote or code (numbered across the
    post). With a template that prints the rest (`post.more`), the rest is converted
    for it as Material would."""
    options = plugin_options(project.config, "blog")
    options.update(pagination_per_page=3, blog_toc=True)
    project.config["markdown_extensions"] += [
        "attr_list",
        "footnotes",
        "pymdownx.highlight",
        "pymdownx.superfences",
    ]
    project.files["about.md"] = "# About\n\nUs.\n"
    kinds = list(AFTER_THE_SEPARATOR)
    for n in range(14):
        kind = kinds[n % len(kinds)]
        rest = AFTER_THE_SEPARATOR[kind].replace("{n}", str(n))
        body = f"Intro {n} ({kind}), see [about](../../about.md).\n\n<!-- more -->\n\n{rest}"
        project.files[f"blog/posts/post-{n}.md"] = post(
            f"Post {n}", f"2026-02-{n + 1:02d}", body, categories=[("Love", "Trust")[n % 2]]
        )
    cuts: dict[str, bool] = {}
    cut = speedups.cut_after_separator

    def recorded(root: Any, md: Any, separator: str) -> bool:
        done = cut(root, md, separator)
        intro = next(e.text for e in root if e.text and e.text.startswith("Intro "))
        cuts[intro.split(" (", 1)[1].split(")", 1)[0]] = done
        return done

    monkeypatch.setattr(speedups, "cut_after_separator", recorded)
    fast = project.build()
    conversions = counted["excerpt_conversions"]
    slow_project = without_speedups(project, tmp_path / "slow")
    counted["excerpt_conversions"] = 0
    slow = slow_project.build()
    assert_same_site(fast.site_dir, slow.site_dir)
    # Not even tried for code and footnotes (numbered across the post): such a post is
    # converted whole, for each page.
    stateful = {"code", "a footnote"}
    assert cuts == {kind: kind == "sections" for kind in kinds if kind not in stateful}
    assert conversions < counted["excerpt_conversions"]
    index = fast.html("blog/index.html")
    continued = [a.get_text(strip=True) for a in index.select(".md-post__action a")]
    assert continued == ["Continue reading"] * len(continued) and continued
    # A post with nothing after the separator gets no "Continue reading".
    nothing = [
        article
        for article in index.select("article.md-post--excerpt")
        if "(nothing)" in article.get_text()
    ]
    assert nothing and not nothing[0].select(".md-post__action")

    # A site whose template prints the rest of the excerpt (posts shown whole).
    template = (Path(material.__file__).parent / "templates/partials/post.html").read_text()
    assert "{{ post.content }}" in template
    printed = template.replace(
        "{{ post.content }}", '{{ post.content }}<div class="rest">{{ post.more }}</div>'
    )
    for other in (project, slow_project):
        other.config["theme"]["custom_dir"] = "overrides"
        override = other.root / "overrides/partials/post.html"
        override.parent.mkdir(parents=True, exist_ok=True)
        override.write_text(printed, encoding="utf-8")
    fast = project.build()
    assert_same_site(fast.site_dir, slow_project.build().site_dir)
    rests = [
        rest.get_text(" ", strip=True)
        for url in fast.pages()
        if url.startswith("blog/page/")
        for rest in fast.html(url).select("article .rest")
    ]
    assert "Body More, see about . Again Text." in rests, rests


def test_critic_marks_in_highlighted_inline_code_come_out_as_without_the_speedup(
    project: SiteProject, tmp_path: Path
) -> None:
    """Pygments splits critic's placeholder inside highlighted inline code, so critic
    cannot put its HTML back and the placeholder's number stays in the output: a new
    number on each of Material's conversions. Such a post is converted for each view."""
    plain_blog(project, posts=8)
    project.config["markdown_extensions"] += ["pymdownx.critic", "pymdownx.inlinehilite"]
    project.files["blog/posts/post-5.md"] = post(
        "Post 5",
        "2025-06-06",
        "Intro `#!python x = {++1++}` and {--gone--}.\n\n<!-- more -->\n\nMore.\n",
        categories=["Trust"],
    )
    fast = project.build()
    slow = without_speedups(project, tmp_path / "slow").build()
    assert_same_site(fast.site_dir, slow.site_dir)
    codes = [
        code.get_text()
        for url in fast.pages()
        for code in fast.html(url).select(".md-post--excerpt code")
        if "czjqqkd" in code.get_text()
    ]
    assert len(set(codes)) > 1, codes  # Material's own output: a new number per view


def test_an_unknown_extension_turns_the_excerpt_speedup_off_with_one_info_line(
    project: SiteProject, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    plain_blog(project, posts=8)
    project.config["markdown_extensions"].append("pymdownx.striphtml")
    fast = project.build()
    lines = [r for r in caplog.records if r.name.startswith("mkdocs.plugins.stay_tuned")]
    assert [(r.levelno, r.getMessage()) for r in lines] == [
        (
            logging.INFO,
            "stay-tuned: speedups: excerpts are converted again for each index page "
            "listing them, as Material does, since the Markdown processor "
            "pymdownx.striphtml.StripHtmlPostprocessor is not known to the speedup "
            "(option speedups).",
        )
    ]
    slow_project = without_speedups(project, tmp_path / "slow")
    assert_same_site(fast.site_dir, slow_project.build().site_dir)


LATE_PROCESSOR_HOOK = """
from markdown import Extension
from markdown.treeprocessors import Treeprocessor


class LateTreeprocessor(Treeprocessor):
    def run(self, root):
        return None


class Late(Extension):
    def extendMarkdown(self, md):
        md.treeprocessors.register(LateTreeprocessor(md), "late", 0.5)


def on_config(config):
    config.markdown_extensions.append(Late())
"""


def test_a_processor_after_the_link_processor_turns_the_excerpt_speedup_off_with_one_info_line(
    project: SiteProject, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """What mkdocs-autorefs does (its heading scanners run after MkDocs' link processor,
    recording anchors for the page being built): excerpts are converted for each page."""
    plain_blog(project, posts=8)
    project.files["hooks/late.py"] = LATE_PROCESSOR_HOOK
    project.config["hooks"] = ["docs/hooks/late.py"]
    fast = project.build()
    lines = [
        r.getMessage() for r in caplog.records if r.name.startswith("mkdocs.plugins.stay_tuned")
    ]
    assert len(lines) == 1
    assert re.fullmatch(
        r"stay-tuned: speedups: excerpts are converted again for each index page listing "
        r"them, as Material does, since the Markdown processor \S*\.LateTreeprocessor runs "
        r"after MkDocs' link processor \(option speedups\)\.",
        lines[0],
    ), lines
    slow_project = without_speedups(project, tmp_path / "slow")
    assert_same_site(fast.site_dir, slow_project.build().site_dir)


def test_the_demo_site_is_the_same_with_speedups(tmp_path: Path) -> None:
    root = copy_site(tmp_path / "site")
    build_in_process(root / "mkdocs.yml", site_dir=tmp_path / "fast")
    build_in_process(with_speedups_off(root / "mkdocs.yml"), site_dir=tmp_path / "slow")
    assert_same_site(tmp_path / "fast", tmp_path / "slow")


def test_a_generated_200_post_blog_is_the_same_with_speedups(
    tmp_path: Path, counted: dict[str, int]
) -> None:
    blog = generate(tmp_path / "blog", 200, today=datetime.date(2026, 11, 26))
    config = yaml.load(blog.config_on.read_text(encoding="utf-8"), Loader=yaml.Loader)
    # Smaller index pages: more of them, at two depths (blog/page/2/, .../page/2/).
    plugin_options(config, "blog").update(pagination_per_page=7, categories_pagination_per_page=9)
    blog.config_on.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    posts = sorted((tmp_path / "blog" / "docs" / "blog" / "posts").glob("*.md"))
    # Excerpts with links to other posts and images, footnotes and code.
    for n, path in enumerate(posts):
        text = path.read_text(encoding="utf-8")
        extra = ""
        if n % 4 == 1:
            extra += f" Read [the part before]({posts[n - 1].name}#why-it-matters) too."
        if n % 9 == 2:
            extra += " ![Logo](../../assets/images/logo.svg)"
        if n % 10 == 3:
            extra += " It matters.[^why]"
            text += "\n[^why]: Because it does.\n"
        if n % 25 == 4:
            extra += "\n\n```python\nlisten()\n```\n"
        path.write_text(text.replace("\n\n<!-- more -->", f"{extra}\n\n<!-- more -->", 1))
    build_in_process(blog.config_on, site_dir=tmp_path / "fast")
    fast_conversions = counted["excerpt_conversions"]
    build_in_process(with_speedups_off(blog.config_on), site_dir=tmp_path / "slow")
    assert_same_site(tmp_path / "fast", tmp_path / "slow")
    assert fast_conversions < (counted["excerpt_conversions"] - fast_conversions) * 0.75


def test_serve_rebuilds_start_afresh(project: SiteProject, tmp_path: Path) -> None:
    """Nothing of a build's speedups survives into the next `mkdocs serve` rebuild: a
    rebuild after an edit is the site built from scratch without them."""
    plain_blog(project, posts=10)
    project.build(command="serve")
    project.files["blog/posts/post-4.md"] = post(
        "Post 4 renamed",
        "2025-05-05",
        "New intro, see [three](post-3.md).\n\n<!-- more -->\n\n## Body\n\nMore.\n",
        categories=["Talk"],
    )
    rebuilt = project.build(command="serve")
    assert any("Post 4 renamed" in rebuilt.text(url) for url in rebuilt.pages())
    fresh = SiteProject(tmp_path / "fresh", config=project.config, files=dict(project.files))
    fresh.options()["speedups"] = False
    assert_same_site(rebuilt.site_dir, fresh.build(command="serve").site_dir)


COLLECTING_HOOK = """
import gc
from pathlib import Path


def on_page_content(html, page, config, files):
    # A full collection in the middle of the build, as a large blog's build makes a
    # dozen: what survives it is frozen until the build ends.
    gc.collect()
    seen = Path(config.config_file_path).with_name("frozen.txt")
    if not seen.exists():
        seen.write_text(str(gc.get_freeze_count()))
    if page.file.src_uri == "blog/posts/post-5.md" and "FAIL" in page.markdown:
        raise RuntimeError("this build fails")
    return html
"""


def test_the_collector_speedup_freezes_during_a_build_and_hands_everything_back(
    project: SiteProject, tmp_path: Path
) -> None:
    def ours() -> list[Any]:
        return [c for c in gc.callbacks if type(getattr(c, "__self__", None)) is collector.Tenure]

    plain_blog(project, posts=8)
    project.files["hooks/collecting.py"] = COLLECTING_HOOK
    project.config["hooks"] = ["docs/hooks/collecting.py"]
    fast = project.build()
    assert int((project.root / "frozen.txt").read_text()) > 0
    assert gc.get_freeze_count() == 0 and not ours()

    # A build that fails hands everything back too (`on_build_error`).
    failing = SiteProject(
        tmp_path / "failing", config=copy.deepcopy(project.config), files=dict(project.files)
    )
    failing.files["blog/posts/post-5.md"] = post("Post 5", "2025-06-06", "FAIL\n")
    with pytest.raises(RuntimeError, match="this build fails"):
        failing.build()
    assert int((failing.root / "frozen.txt").read_text()) > 0
    assert gc.get_freeze_count() == 0 and not ours()

    slow_project = without_speedups(project, tmp_path / "slow")
    slow = slow_project.build()
    assert int((slow_project.root / "frozen.txt").read_text()) == 0
    assert_same_site(fast.site_dir, slow.site_dir)
