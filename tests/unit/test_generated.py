from pathlib import Path

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import InclusionLevel
from stay_tuned.generated import GENERATED_BY, GeneratedPages


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
