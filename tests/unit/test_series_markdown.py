from __future__ import annotations

import markdown
from stay_tuned.series.markdown import BOX_MARKER_HTML, BoxMarkerExtension, add_label

LABEL = '<p class="label">Part 1 of 2 · A &lt;b&gt;</p>'


def test_the_box_marker_goes_right_after_the_title_when_armed() -> None:
    extension = BoxMarkerExtension()
    extension.arm(True)
    md = markdown.Markdown(extensions=[extension, "toc"])
    html = md.convert("# Title\n\nIntro.\n\n## Later")
    assert html.startswith(f'<h1 id="title">Title</h1>\n{BOX_MARKER_HTML}<p>Intro.</p>')


def test_without_a_leading_title_the_marker_comes_first() -> None:
    extension = BoxMarkerExtension()
    extension.arm(True)
    html = markdown.Markdown(extensions=[extension]).convert("Intro.\n\n# Late title")
    assert html.startswith(f"{BOX_MARKER_HTML}<p>Intro.</p>")


def test_converters_made_while_disarmed_never_get_a_marker() -> None:
    extension = BoxMarkerExtension()
    disarmed = markdown.Markdown(extensions=[extension])
    extension.arm(True)
    armed = markdown.Markdown(extensions=[extension])
    later = markdown.Markdown(extensions=[extension])  # one converter per arming
    assert BOX_MARKER_HTML not in disarmed.convert("# T\n\nx")
    assert BOX_MARKER_HTML in armed.convert("# T\n\nx")  # bound when it was made
    assert BOX_MARKER_HTML not in later.convert("# T\n\nx")


def test_the_label_goes_under_the_title_as_raw_html() -> None:
    md = markdown.Markdown(extensions=["toc"])
    add_label(md, f"\n{LABEL}\n")
    html = md.convert("# Title\n\nIntro *now*.")
    assert html == f'<h1 id="title">Title</h1>\n{LABEL}<p>Intro <em>now</em>.</p>'
    # Every conversion with the same converter gets it once.
    assert md.reset().convert("# Title\n\nAgain.").count('class="label"') == 1
