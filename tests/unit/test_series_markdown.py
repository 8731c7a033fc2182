from __future__ import annotations

import markdown
from stay_tuned.own_conversion import OwnConversionExtension
from stay_tuned.series.markdown import (
    BOX_MARKER_HTML,
    BOX_MARKER_NAME,
    PRIORITY,
    BoxMarkerTreeprocessor,
    add_label,
)

LABEL = '<p class="label">Part 1 of 2 · A &lt;b&gt;</p>'


def armed() -> OwnConversionExtension:
    """The extension as a part's on_page_markdown leaves it: the box marker asked for."""
    extension = OwnConversionExtension()
    extension.add(BoxMarkerTreeprocessor, BOX_MARKER_NAME, PRIORITY)
    return extension


def test_the_box_marker_goes_right_after_the_title_when_armed() -> None:
    md = markdown.Markdown(extensions=[armed(), "toc"])
    html = md.convert("# Title\n\nIntro.\n\n## Later")
    assert html.startswith(f'<h1 id="title">Title</h1>\n{BOX_MARKER_HTML}<p>Intro.</p>')


def test_without_a_leading_title_the_marker_comes_first() -> None:
    html = markdown.Markdown(extensions=[armed()]).convert("Intro.\n\n# Late title")
    assert html.startswith(f"{BOX_MARKER_HTML}<p>Intro.</p>")


def test_converters_made_while_disarmed_never_get_a_marker() -> None:
    extension = OwnConversionExtension()
    disarmed = markdown.Markdown(extensions=[extension])
    extension.add(BoxMarkerTreeprocessor, BOX_MARKER_NAME, PRIORITY)
    own = markdown.Markdown(extensions=[extension])
    later = markdown.Markdown(extensions=[extension])  # one converter per arming
    assert BOX_MARKER_HTML not in disarmed.convert("# T\n\nx")
    assert BOX_MARKER_HTML in own.convert("# T\n\nx")  # bound when it was made
    assert BOX_MARKER_HTML not in later.convert("# T\n\nx")
    # Cleared before any converter took it (a page whose conversion did not happen):
    # the next converter gets nothing.
    extension.add(BoxMarkerTreeprocessor, BOX_MARKER_NAME, PRIORITY)
    extension.clear()
    assert BOX_MARKER_HTML not in markdown.Markdown(extensions=[extension]).convert("# T")


def test_the_label_goes_under_the_title_as_raw_html() -> None:
    md = markdown.Markdown(extensions=["toc"])
    add_label(md, lambda: f"\n{LABEL}\n")
    html = md.convert("# Title\n\nIntro *now*.")
    assert html == f'<h1 id="title">Title</h1>\n{LABEL}<p>Intro <em>now</em>.</p>'
    # Every conversion with the same converter gets it once.
    assert md.reset().convert("# Title\n\nAgain.").count('class="label"') == 1


def test_the_label_is_asked_for_in_each_conversion() -> None:
    # Material converts an excerpt once for every page that shows it: the label's link
    # is relative to that page, so it is rendered for each conversion.
    pages = iter(["blog/", "blog/page/2/"])
    md = markdown.Markdown()
    add_label(md, lambda: f'<p class="label"><a href="{next(pages)}">S</a></p>')
    assert 'href="blog/"' in md.convert("# T")
    assert 'href="blog/page/2/"' in md.reset().convert("# T")
