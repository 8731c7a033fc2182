"""Stopping an excerpt's conversion at the separator: the HTML before the separator and
the table of contents come out as from the whole post, or nothing is removed."""

from __future__ import annotations

from typing import Any

import pytest
from markdown import Markdown
from stay_tuned.speedups import cut_after_separator

SEPARATOR = "<!-- more -->"


def converter() -> Markdown:
    """A converter like Material's for excerpts (its table of contents configuration)."""
    return Markdown(
        extensions=["toc", "attr_list", "md_in_html", "admonition", "abbr"],
        extension_configs={
            "toc": {"anchorlink": True, "baselevel": 2, "permalink": False, "toc_depth": 2}
        },
    )


def convert(text: str, cut: bool) -> tuple[str, str, list[Any], bool | None]:
    """The HTML before and after the separator, the table of contents, and whether the
    tree was cut (``None`` when not tried)."""
    md = converter()
    inline: Any = md.treeprocessors["inline"]
    run = inline.run
    tried: list[bool] = []

    def cut_first(root: Any) -> Any:
        tried.append(cut_after_separator(root, md, SEPARATOR))
        return run(root)

    if cut:
        inline.run = cut_first
    html = md.convert(text)
    before, _, after = html.partition(SEPARATOR)
    return before, after, md.toc_tokens, tried[0] if tried else None  # type: ignore[attr-defined]


INTRO = "# Title\n\nIntro with [a link](x.md) and *emphasis*.\n\n"

CASES = {
    "sections after the separator": (True, "<!-- more -->\n\n## More\n\nText.\n\n## Again\n"),
    "admonitions after it": (True, '<!-- more -->\n\n!!! note "Note"\n    Text.\n'),
    "a reference defined after it": (
        True,
        "See [x][ref].\n\n<!-- more -->\n\nMore.\n\n[ref]: y.md\n",
    ),
    "an abbreviation defined after it": (
        True,
        "HTML here.\n\n<!-- more -->\n\nMore.\n\n*[HTML]: Hyper Text\n",
    ),
    "no separator": (False, "Just text.\n\n## More\n"),
    "nothing after it": (False, "<!-- more -->\n"),
    "only a definition after it": (False, "[x][ref]\n\n<!-- more -->\n\n[ref]: y.md\n"),
    "a top-level heading after it (listed in the table of contents)": (
        False,
        "<!-- more -->\n\n# Another title\n\nText.\n",
    ),
    "an attribute-list id after it that a heading before would avoid": (
        False,
        "<!-- more -->\n\nText.\n{: #title }\n",
    ),
    "an element with an id after it": (
        False,
        '<!-- more -->\n\n<div id="title" markdown>\nText.\n</div>\n',
    ),
    "the separator inside a block": (False, "<div markdown>\n<!-- more -->\n</div>\n\nMore.\n"),
    "a comment after it": (True, "<!-- more -->\n\n<!-- a note -->\n"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_the_html_before_the_separator_and_the_contents_are_those_of_the_whole_post(
    name: str,
) -> None:
    expected_cut, rest = CASES[name]
    text = INTRO + rest
    whole, whole_after, whole_toc, _ = convert(text, cut=False)
    before, after, toc, cut = convert(text, cut=True)
    assert before == whole
    assert toc == whole_toc
    assert cut is expected_cut
    if cut:
        # Material's `more`: the excerpt speedup answers "true" for a cut excerpt.
        assert whole_after.strip()
        assert not after.strip()
    else:
        assert after == whole_after


def test_a_cut_removes_what_follows_the_separator() -> None:
    md = converter()
    html = md.convert(INTRO + "<!-- more -->\n\n## More\n\nText.\n")
    assert "More" in html
    md = converter()
    inline: Any = md.treeprocessors["inline"]
    run = inline.run
    inline.run = lambda root: (cut_after_separator(root, md, SEPARATOR), run(root))[1]
    html = md.convert(INTRO + "<!-- more -->\n\n## More\n\nText.\n")
    assert html.endswith(SEPARATOR)
    assert "More" not in html
