"""The speedups' decisions: the identity membership test gives a list's own answer, and
each speedup stays off, with one INFO line, where its assumptions do not hold."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from markdown import Markdown
from material.plugins.blog.structure import Post
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from stay_tuned import speedups


def page_of(kind: type[Page], src: str, title: str) -> Any:
    """A page of ``kind`` for a file, made as MkDocs makes it (the file's page), not
    yet converted: its title comes from its Markdown."""
    file = File(src, "/docs", "/site", use_directory_urls=True)
    page: Any = kind.__new__(kind)
    page.file = file
    file.page = page
    page.markdown = f"# {title}\n\nText.\n"
    page.meta = {}
    page._title_from_render = None
    page.content = None
    return page


def posts(count: int) -> list[Any]:
    return [page_of(Post, f"blog/posts/p{n}.md", f"Post {n}") for n in range(count)]


def test_membership_is_the_lists_own_answer() -> None:
    published = posts(5)
    fast = speedups.PostList(published)
    assert fast == published
    assert fast.sound
    draft = page_of(Post, "blog/posts/draft.md", "Post 1")  # same title as an element
    about = page_of(Page, "about.md", "Post 1")
    for item in [*published, draft, about, None, "blog/posts/p1.md"]:
        assert (item in fast) is (item in published)


def test_an_element_sharing_a_file_with_another_page_takes_the_lists_scan() -> None:
    published = posts(3)
    # A second post made for the first post's file: equal to it by MkDocs' Page.__eq__
    # (same title, same file), and now the file's page.
    twin = page_of(Post, "x.md", "Post 0")
    twin.file = published[0].file
    published[0].file.page = twin
    fast = speedups.PostList(published)
    assert not fast.sound
    assert twin in published
    assert twin in fast


def test_a_page_made_later_for_a_posts_file_takes_the_lists_scan() -> None:
    published = posts(3)
    fast = speedups.PostList(published)
    assert fast.sound
    later = page_of(Post, "x.md", "Post 1")
    later.file = published[1].file
    published[1].file.page = later
    assert later in published
    assert later in fast


def test_the_list_is_checked_again_when_it_changes() -> None:
    published = posts(3)
    fast = speedups.PostList(published)
    late = page_of(Post, "blog/posts/late.md", "Late")
    assert late not in fast
    fast.append(late)
    assert late in fast
    list.remove(fast, late)  # even behind the subclass' back
    assert late not in fast
    fast[0] = late
    assert late in fast
    assert published[0] not in fast


@pytest.mark.parametrize(
    ("change", "gone", "added"),
    [
        (lambda posts, new: posts.append(new), None, True),
        (lambda posts, new: posts.extend([new]), None, True),
        (lambda posts, new: posts.insert(0, new), None, True),
        (lambda posts, new: posts.__iadd__([new]), None, True),
        (lambda posts, new: posts.remove(posts[1]), 1, False),
        (lambda posts, new: posts.pop(1), 1, False),
        (lambda posts, new: posts.__delitem__(1), 1, False),
        (lambda posts, new: posts.__setitem__(1, new), 1, True),
        (lambda posts, new: posts.__setitem__(slice(1, 2), [new]), 1, True),
        (lambda posts, new: posts.clear(), 1, False),
        (lambda posts, new: posts.__imul__(0), 1, False),
    ],
)
def test_every_change_in_place_is_seen(change: Any, gone: int | None, added: bool) -> None:
    published = posts(3)
    fast = speedups.PostList(published)
    new = page_of(Post, "blog/posts/new.md", "New")
    assert fast.sound and new not in fast
    change(fast, new)
    assert (new in fast) is added
    if gone is not None:
        assert published[gone] not in fast
    fast.sort(key=lambda post: post.file.src_uri)
    fast.reverse()
    assert all(post in fast for post in list(fast))


def test_posts_of_another_type_keep_the_host_test() -> None:
    assert speedups.posts_problem(tuple(posts(2))) is not None
    odd = [*posts(2), page_of(Page, "blog/posts/odd.md", "Odd")]
    assert "odd" not in (speedups.posts_problem(odd) or "odd")
    assert speedups.posts_problem(posts(2)) is None


def test_unverified_host_versions_turn_the_speedups_off_with_one_info_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    build = speedups.Speedups(True, versions={"MkDocs": "1.7.0", "Material for MkDocs": "9.8.2"})
    assert not build.enabled
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("mkdocs.plugins")]
    assert len(lines) == 1
    assert lines[0].startswith("stay-tuned: speedups are off with MkDocs 1.7.0")
    assert all(r.levelno == logging.INFO for r in caplog.records)


def test_verified_versions_keep_them_on(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    build = speedups.Speedups(True, versions={"MkDocs": "1.6.1", "Material for MkDocs": "9.8.2"})
    assert build.enabled
    assert not caplog.records
    assert not speedups.Speedups(False).enabled


def test_blog_with_unexpected_posts_is_left_alone_with_one_info_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)

    class Entry:
        posts: Any = tuple(posts(2))

    class Blog:
        blog = Entry()

    build = speedups.Speedups(True)
    build.posts([Blog(), Blog()])
    assert type(Entry.posts) is tuple
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and "post lookups are left as they are" in lines[0]


def test_critic_marks_are_state_of_the_converter() -> None:
    """Critic numbers its placeholders on from one conversion to the next (Material never
    resets an excerpt's converter), and Pygments can leave a number in the output: a
    post with critic marks is converted for each view, one without is reused."""
    md = Markdown(extensions=["pymdownx.critic"])
    assert speedups.converter_problem(md) is None
    before = speedups._state(md)
    md.convert("Plain text.")
    assert speedups._state(md) == before
    md.convert("Text {++added++}.")
    assert speedups._state(md) != before


def test_converters_with_unknown_processors_are_not_reused() -> None:
    assert speedups.converter_problem(Markdown(extensions=["toc", "admonition"])) is None
    assert speedups.converter_problem(Markdown(extensions=["footnotes"])) is None
    assert speedups.converter_problem(Markdown(extensions=["pymdownx.critic"])) is None
    problem = speedups.converter_problem(Markdown(extensions=["pymdownx.striphtml"]))
    assert problem is not None and "pymdownx.striphtml" in problem
    # Processors nested in an inline processor of its own count too.
    assert speedups.converter_problem(Markdown(extensions=["pymdownx.smartsymbols"])) is None
    assert speedups.converter_problem(Markdown(extensions=["pymdownx.progressbar"])) is None
    problem = speedups.converter_problem(Markdown(extensions=["pymdownx.smartsymbols", "meta"]))
    assert problem is not None and "markdown.extensions.meta" in problem


@pytest.mark.parametrize("output_format", ["xhtml", "html"])
def test_link_values_are_written_as_the_serializer_writes_them(output_format: str) -> None:
    """A value without a character the serializer escapes is taken as it is; the others
    go through the serializer: both as the converter would write the attribute."""
    from xml.etree.ElementTree import Element

    md = Markdown(output_format=output_format)  # type: ignore[arg-type]
    excerpt: Any = type("Excerpt", (), {"render": lambda self, page, separator: None})()
    excerpt.md = md
    memo = speedups.ExcerptMemo(excerpt, speedups.Speedups(False))
    values = [
        "../../2024/03/05/love/",
        "https://example.com/a?b=1&c=2",
        "x?a=&amp;b",
        'say "hi"',
        "a<b>c",
        "line\nbreak",
        "#t%C3%A9l%C3%A9",
        "",
    ]
    expected = []
    for value in values:
        written = md.serializer(Element("a", {"href": value}))
        expected.append(written[len('<a href="') : -len('"></a>')])
    assert memo._escaped(values) == expected
    assert expected[0] == values[0] and expected[1] != values[1]  # both paths were taken


def test_the_processors_check_sees_every_change_and_no_sorting() -> None:
    """The identities checked before each view change with any processor registered,
    replaced, moved or removed, and stay the same when the registry is only sorted."""
    from markdown.treeprocessors import Treeprocessor

    md = Markdown(extensions=["toc", "admonition"])
    before = speedups._registries(md)
    assert before == speedups._registries(md)
    md.treeprocessors.register(Treeprocessor(md), "extra", 7)
    added = speedups._registries(md)
    assert added != before
    list(md.treeprocessors)  # iterating sorts the registry: no change
    assert speedups._registries(md) == added
    md.treeprocessors.register(Treeprocessor(md), "extra", 7)  # another object, same name
    replaced = speedups._registries(md)
    assert replaced != added
    md.treeprocessors.register(md.treeprocessors["extra"], "extra", 3)  # moved
    assert speedups._registries(md) != replaced
    md.treeprocessors.deregister("extra")
    assert speedups._registries(md) == before
