import itertools
from pathlib import Path

from material.plugins.blog.structure import Archive, Category, View
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.structure.pages import Page
from stay_tuned.generated import GENERATED_BY, GeneratedPages, chain_end


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
    assert source.read_text(encoding="utf-8") == "# A\n"
    assert file.content_string == "# A\n"
    assert file.url == "blog/series/a/"
    pages.remove()
    assert not source.exists()


def _chain(*pages: Page) -> None:
    for before, after in itertools.pairwise(pages):
        before.next_page, after.previous_page = after, before


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
