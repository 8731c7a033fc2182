from pathlib import Path

import markdown
import pytest
import yaml
from stay_tuned import feed_excerpt

CASES = yaml.safe_load(
    (Path(__file__).parent.parent / "cases" / "feed_excerpt.yml").read_text(encoding="utf-8")
)


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


def test_excerpt_source_cuts_at_separator_and_leads_with_title() -> None:
    source = feed_excerpt.excerpt_source(
        "Intro.\n\n<!-- more -->\n\nRest.", "T", "<!-- more -->", has_own_title=False
    )
    assert source == "# T\n\nIntro.\n\n"


def test_excerpt_source_keeps_the_posts_own_title() -> None:
    text = "# Own\n\nIntro.\n<!-- more -->\nRest."
    assert feed_excerpt.excerpt_source(text, "T", "<!-- more -->", has_own_title=True) == (
        "# Own\n\nIntro.\n"
    )


def test_excerpt_source_without_separator_is_the_whole_post() -> None:
    assert feed_excerpt.excerpt_source("All.", "T", "<!-- more -->", has_own_title=False) == (
        "# T\n\nAll."
    )


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden_feed_excerpts(case: dict[str, object]) -> None:
    md = markdown.Markdown(extensions=["admonition", "attr_list", "toc"])
    html = feed_excerpt.render_feed_excerpt(md, str(case["markdown"]), str(case["base"]))
    assert html.strip() == str(case["html"]).strip()


def test_render_leaves_the_converter_as_it_was() -> None:
    md = markdown.Markdown(extensions=["toc"])
    before = [type(p).__name__ for p in md.treeprocessors]
    feed_excerpt.render_feed_excerpt(md, "# T\n\n[a](b/)", "https://x.org/")
    assert [type(p).__name__ for p in md.treeprocessors] == before
    assert md.convert("# T\n\n[a](b/)") == ('<h1 id="t">T</h1>\n<p><a href="b/">a</a></p>')
