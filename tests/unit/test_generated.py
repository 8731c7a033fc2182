import itertools
import json
from pathlib import Path

import jinja2
import markdown
import pytest
from bs4 import BeautifulSoup
from material.plugins.blog.structure import Archive, Category, View
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.structure.pages import Page
from stay_tuned.errors import StayTunedError
from stay_tuned.generated import (
    GENERATED_BY,
    GeneratedPages,
    chain_end,
    markdown_text,
    page_title,
)


def _config(tmp_path: Path) -> MkDocsConfig:
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    return load_config(config_file=str(tmp_path / "mkdocs.yml"))


def test_generated_page_has_a_real_source_file_until_removed(tmp_path: Path) -> None:
    pages = GeneratedPages()
    file = pages.file(
        _config(tmp_path), "blog/series/a/index.md", "# A\n", inclusion=InclusionLevel.NOT_IN_NAV
    )
    assert file.generated_by == GENERATED_BY
    assert file.inclusion == InclusionLevel.NOT_IN_NAV
    assert file.abs_src_path is not None
    source = Path(file.abs_src_path)
    assert source.read_text(encoding="utf-8") == "---\n{}\n---\n\n# A\n"
    assert file.content_string == "---\n{}\n---\n\n# A\n"
    assert file.url == "blog/series/a/"
    pages.remove()
    assert not source.exists()


def _chain(*pages: Page) -> None:
    for before, after in itertools.pairwise(pages):
        before.next_page, after.previous_page = after, before


def test_generated_pages_share_folders_and_never_leave_theirs(tmp_path: Path) -> None:
    config = _config(tmp_path)
    pages = GeneratedPages()
    first = pages.file(config, "blog/series/a.md", "A")
    second = pages.file(config, "blog/series/b.md", "B")
    index = pages.file(config, "blog/series/index.md", "")
    sources = [Path(f.abs_src_path or "") for f in (first, second, index)]
    assert [s.read_text(encoding="utf-8")[-1:] for s in sources[:2]] == ["A", "B"]
    assert len({s.parent for s in sources}) == 1
    folder = sources[0].parents[2]
    for outside in ("../a.md", "blog/../../a.md", "/tmp/a.md", ".."):
        with pytest.raises(StayTunedError, match="outside its folder"):
            pages.file(config, outside, "x")
    pages.remove()
    assert not folder.exists()
    # A new build's pages get a new folder, with its own sub-folders.
    again = pages.file(config, "blog/series/a.md", "A again")
    assert Path(again.abs_src_path or "").read_text(encoding="utf-8").endswith("A again")
    pages.remove()


def test_chain_end_passes_blog_views_and_generated_pages(tmp_path: Path) -> None:
    config = _config(tmp_path)
    generated = GeneratedPages()

    def page(src_uri: str) -> Page:
        return Page(None, File(src_uri, "docs", "site", use_directory_urls=True), config)

    blog = View("blog", File("blog/index.md", "docs", "site", use_directory_urls=True), config)
    category = Category("Dating", File("blog/category/dating.md", "d", "s", True), config)
    archive = Archive("2026", File("blog/archive/2026.md", "d", "s", True), config)
    series = Page(None, generated.file(config, "blog/series/index.md", "# Series\n"), config)
    about = page("about.md")
    contact = page("contact.md")
    _chain(blog, category, archive, series, about, contact)
    try:
        assert chain_end(blog) is series
        assert chain_end(about) is about  # followed by an ordinary page
        assert chain_end(contact) is contact  # by nothing
        # A loop in the links (never made by MkDocs) does not hang.
        series.next_page = blog
        assert chain_end(blog) is series
    finally:
        generated.remove()


TITLES = [
    "Love & Trust",
    "</title><script>alert(1)</script>",
    "&amp; &lt;b&gt; \"q\" 'a' <!-- c --> x",
]


@pytest.mark.parametrize("text", TITLES)
@pytest.mark.parametrize(
    ("template", "autoescape"),
    [
        # MkDocs' theme templates are not autoescaped; Material prints a title so:
        ("<title>{{ title | striptags }}</title>", False),
        ('<a aria-label="Next: {{ title | e }}">{{ title }}</a>', False),
        ("<h1>{{ title | d('site', true) }}</h1>", False),
        # The plugin's own templates are.
        ('<a aria-label="Next: {{ title }}">{{ title }}</a>', True),
    ],
)
def test_a_page_title_shows_as_its_text_through_every_filter(
    text: str, template: str, autoescape: bool
) -> None:
    html = (
        jinja2.Environment(autoescape=autoescape)
        .from_string(template)
        .render(title=page_title(text))
    )
    element = BeautifulSoup(html, "html.parser").find(True)
    assert element is not None
    assert not element.find_all(True)  # no element came from the title
    shown = [element.get_text()] if element.get_text() else []
    shown += [str(v) for k, v in element.attrs.items() if k == "aria-label"]
    for value in shown:
        assert value.removeprefix("Next: ") == text or (
            # striptags also folds whitespace
            "striptags" in template and value == " ".join(text.split())
        )
    assert json.loads(json.dumps(str(page_title(text)))) == str(page_title(text))


@pytest.mark.parametrize(
    "text",
    [*TITLES, "*em* _u_ `code` [a](b) {: #id } :smile: \\ # 1. -- (c)", "Ünï \u2018q\u2019"],
)
def test_markdown_text_renders_as_the_text(text: str) -> None:
    html = markdown.markdown(
        f"# {markdown_text(text)}", extensions=["attr_list", "pymdownx.emoji", "smarty"]
    )
    heading = BeautifulSoup(html, "html.parser").find("h1")
    assert heading is not None and not heading.find_all(True)
    assert heading.get_text() == text
    assert markdown_text("Strategy library") == "Strategy library"
