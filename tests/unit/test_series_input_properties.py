"""Properties of what any string or number from an author may become: generated pages'
titles and headings, and the series file's validation (Hypothesis)."""

from __future__ import annotations

import jinja2
import markdown
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st
from stay_tuned.errors import StayTunedError
from stay_tuned.generated import markdown_text, page_title
from stay_tuned.series import registry

# Any text an author may type (control characters aside: the series file refuses them,
# and HTML has no way to show most of them), with markup characters made frequent.
TEXT = st.text(
    st.one_of(
        st.sampled_from(list("<>&\"';#*_`[](){}:!\\/-.=~^+|@ ")),
        st.characters(blacklist_categories=("Cc", "Cs")),
    )
)

TITLE = TEXT.filter(lambda text: bool(text.strip()))
"""A title: the series file and MkDocs give none that is blank."""

MATERIAL = jinja2.Environment(autoescape=False)  # as MkDocs' theme environment
"""How MkDocs and Material print a page title."""


@settings(deadline=None)
@given(TITLE)
def test_a_page_title_shows_as_its_text_wherever_material_prints_it(text: str) -> None:
    html = MATERIAL.from_string(
        "<title>{{ t | striptags }}</title>"
        '<a aria-label="Next: {{ t | e }}">{{ t }}</a>'
        "<h1>{{ t | d('x', true) }}</h1>"
    ).render(t=page_title(text))
    soup = BeautifulSoup(html, "html.parser")
    assert [tag.name for tag in soup.find_all(True)] == ["title", "a", "h1"]
    title, link, heading = soup.find_all(True)
    assert title.get_text() == " ".join(text.split())
    assert link["aria-label"] == f"Next: {text}"
    assert link.get_text() == heading.get_text() == text


@settings(deadline=None)
@given(TEXT)
def test_markdown_text_is_a_heading_of_exactly_the_text(text: str) -> None:
    html = markdown.markdown(
        f"# {markdown_text(text)}",
        extensions=[
            "attr_list",
            "md_in_html",
            "toc",
            "smarty",
            "pymdownx.magiclink",
            "pymdownx.caret",
            "pymdownx.mark",
            "pymdownx.tilde",
        ],
    )
    soup = BeautifulSoup(html, "html.parser")
    heading = soup.find("h1")
    if not "".join(text.split()):
        return  # an empty heading: nothing to show
    assert heading is not None and not heading.find_all(True)
    assert heading.get_text() == "".join(" " if c.isspace() else c for c in text).strip()


@settings(deadline=None)
@given(st.one_of(st.integers(), st.text(), st.floats(), st.booleans(), st.none()))
def test_any_part_number_is_accepted_or_an_error_naming_the_key(value: object) -> None:
    data = {"series": {"a": {"title": "T", "upcoming": [{"part": value, "title": "X"}]}}}
    try:
        declared = registry.parse_registry(data, "docs/blog/.series.yml")
    except StayTunedError as error:
        message = str(error)
        assert message.startswith("stay-tuned: docs/blog/.series.yml: ")
        assert "'series.a.upcoming[0].part'" in message
        assert len(message) < 1000
    else:
        assert isinstance(value, int) and 1 <= value <= registry.PART_MAX
        assert declared["a"].upcoming[0].part == value


@settings(deadline=None)
@given(TEXT)
def test_any_title_is_accepted_or_an_error_naming_the_key(text: str) -> None:
    data = {"series": {"a": {"title": text}}}
    try:
        declared = registry.parse_registry(data, "w")
    except StayTunedError as error:
        assert "'series.a.title'" in str(error) and len(str(error)) < 1000
    else:
        assert declared["a"].title == text.strip()
