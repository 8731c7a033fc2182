"""Which blog plugin instance stay-tuned works on: found by what it is, whatever its
name (Material's `material/blog`, MaterialX's `materialx/blog`, a second instance)."""

from __future__ import annotations

import pytest
from stay_tuned.blog_lookup import find_blog, short_name
from stay_tuned.errors import StayTunedError


class Blog:
    """Stands for the blog plugin class (Material and MaterialX share it)."""


class Search:
    pass


def lookup(plugins: dict[str, object], name: str | None = None, where: str = "mkdocs.yml") -> str:
    return find_blog(plugins, Blog, name=name, config_file=where)


@pytest.mark.parametrize("key", ["material/blog", "materialx/blog", "blog", "acme/blog"])
def test_the_blog_is_found_whatever_its_distribution_names_it(key: str) -> None:
    assert lookup({"search": Search(), key: Blog(), "stay-tuned": object()}) == key


def test_without_the_option_the_first_blog_listed_is_used() -> None:
    plugins = {"materialx/blog": Blog(), "materialx/blog #2": Blog()}
    assert lookup(plugins) == "materialx/blog"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("materialx/blog #2", "materialx/blog #2"),
        ("blog #2", "materialx/blog #2"),
        ("material/blog #2", "materialx/blog #2"),  # a config written for Material
        ("material/blog", "materialx/blog"),
        ("blog", "materialx/blog"),
    ],
)
def test_the_option_chooses_among_several_blogs(name: str, expected: str) -> None:
    plugins = {"materialx/blog": Blog(), "materialx/blog #2": Blog()}
    assert lookup(plugins, name) == expected


def test_no_blog_plugin_is_an_error_naming_the_config_file_used() -> None:
    with pytest.raises(StayTunedError) as error:
        lookup({"search": Search()}, where="properdocs.yml")
    message = str(error.value)
    assert "no blog plugin" in message
    assert "'plugins' of properdocs.yml" in message
    assert "plugins:\n  - blog\n  - stay-tuned" in message


def test_an_unknown_name_lists_the_blogs_there_are() -> None:
    with pytest.raises(StayTunedError) as error:
        lookup({"materialx/blog": Blog()}, "journal", where="properdocs.yml")
    message = str(error.value)
    assert "option 'blog' names 'journal' in properdocs.yml" in message
    assert "blog plugins listed: 'materialx/blog'" in message


def test_a_name_of_another_plugin_is_an_error() -> None:
    with pytest.raises(StayTunedError) as error:
        lookup({"search": Search(), "material/blog": Blog()}, "search")
    assert "option 'blog' names 'search' in mkdocs.yml" in str(error.value)
    assert "not a blog plugin" in str(error.value)


def test_an_ambiguous_short_name_is_an_error() -> None:
    plugins = {"material/blog": Blog(), "materialx/blog": Blog()}
    with pytest.raises(StayTunedError, match="blog plugins listed: 'material/blog', 'materialx"):
        lookup(plugins, "acme/blog")


@pytest.mark.parametrize(
    ("name", "short"),
    [("materialx/blog #2", "blog #2"), ("material/blog", "blog"), ("blog", "blog")],
)
def test_short_name_drops_the_namespace(name: str, short: str) -> None:
    assert short_name(name) == short
