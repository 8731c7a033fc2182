import xml.etree.ElementTree as etree
from pathlib import Path

import markdown
import pytest
import yaml
from stay_tuned import feed_excerpt
from stay_tuned.own_conversion import OwnConversionExtension

CASES = yaml.safe_load(
    (Path(__file__).parent.parent / "cases" / "feed_excerpt.yml").read_text(encoding="utf-8")
)

MORE = "<!-- more -->"


@pytest.mark.parametrize(
    ("base", "url", "expected"),
    [
        ("https://x.org/blog/post/", "../other/", "https://x.org/blog/other/"),
        ("https://x.org/blog/post/", "#intro", "https://x.org/blog/post/#intro"),
        ("https://x.org/blog/post/", "https://elsewhere.org/a", "https://elsewhere.org/a"),
        ("https://x.org/blog/post/", "mailto:hi@x.org", "mailto:hi@x.org"),
        ("https://x.org/blog/post/", "/root.png", "https://x.org/root.png"),
    ],
)
def test_absolute_url(base: str, url: str, expected: str) -> None:
    assert feed_excerpt.absolute_url(base, url) == expected


def describe(
    text: str,
    base: str = "https://x.org/p/",
    *,
    label: str | None = None,
    extensions: tuple[object, ...] = ("admonition", "attr_list", "toc"),
    configs: dict[str, dict[str, object]] | None = None,
) -> tuple[str | None, str]:
    """The description copied from the conversion of ``text``, and the page's HTML."""
    own = OwnConversionExtension()
    excerpt = feed_excerpt.FeedExcerpt()
    excerpt.request(own, feed_excerpt.Request(base_url=base, separator=MORE, label=label))
    md = markdown.Markdown(extensions=[*extensions, own], extension_configs=configs or {})
    page = md.convert(text)
    return excerpt.take(), page


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden_feed_excerpts(case: dict[str, object]) -> None:
    html, _ = describe(str(case["markdown"]), str(case["base"]))
    assert html == str(case["html"]).strip()


def test_the_description_ends_at_the_separator_and_the_page_keeps_everything() -> None:
    text = f"# T\n\nIntro with [a link](../other/).\n\n{MORE}\n\nRest.\n"
    html, page = describe(text)
    assert html == '<p>Intro with <a href="https://x.org/other/">a link</a>.</p>'
    # The page's own HTML is untouched: relative link, title, separator, rest.
    assert page == (
        '<h1 id="t">T</h1>\n<p>Intro with <a href="../other/">a link</a>.</p>\n'
        f"{MORE}\n\n<p>Rest.</p>"
    )


def test_without_separator_the_description_is_the_whole_post() -> None:
    html, _ = describe("# T\n\nAll.\n\nOf it.\n")
    assert html == "<p>All.</p>\n<p>Of it.</p>"


def test_a_post_without_a_title_heading_keeps_its_first_heading() -> None:
    html, _ = describe(f"## Section\n\nIntro.\n\n{MORE}\n")
    assert html == '<h2 id="section">Section</h2>\n<p>Intro.</p>'


def test_label_comes_first_and_markers_and_permalinks_are_left_out() -> None:
    text = (
        "# T\n\n<!--stay-tuned:takeaways-->\n\nIntro & more.\n\n## Why\n\nBecause.\n\n"
        f"{MORE}\n\nRest.\n"
    )
    label = '<p class="st-series-label">Part 2 of 5</p>'
    html, page = describe(text, label=label, configs={"toc": {"permalink": True}})
    assert html == (
        '<p class="st-series-label">Part 2 of 5</p>\n<p>Intro &amp; more.</p>\n'
        '<h2 id="why">Why</h2>\n<p>Because.</p>'
    )
    assert 'class="headerlink"' in page and "stay-tuned:takeaways" in page


def test_text_around_a_removed_permalink_stays() -> None:
    root = etree.Element("div")
    paragraph = etree.SubElement(root, "p")
    paragraph.text = "See "
    for _ in range(2):
        link = etree.SubElement(paragraph, "a", {"class": "x headerlink", "href": "#x"})
        link.text = "¶"
        link.tail = " after"
    md = markdown.Markdown()
    request = feed_excerpt.Request(base_url="https://x.org/", separator=MORE)
    assert feed_excerpt.excerpt_html(md, root, request) == "<p>See  after after</p>"
    assert len(paragraph) == 2  # the document's own tree is left as it was


def test_only_the_first_converter_made_while_armed_gets_the_processor() -> None:
    own = OwnConversionExtension()
    excerpt = feed_excerpt.FeedExcerpt()
    excerpt.request(own, feed_excerpt.Request(base_url="https://x.org/", separator=MORE))
    first = markdown.Markdown(extensions=[own])
    second = markdown.Markdown(extensions=[own])
    assert feed_excerpt.NAME in first.treeprocessors
    assert feed_excerpt.NAME not in second.treeprocessors
    second.convert("Other text.")
    assert excerpt.result is None
    first.convert("Post.")
    assert excerpt.take() == "<p>Post.</p>"
    assert excerpt.take() is None  # taken once
