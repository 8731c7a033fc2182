import copy
from pathlib import Path
from typing import Any

import markdown
import pytest
from stay_tuned import i18n
from stay_tuned.callouts import build, library, site, text
from stay_tuned.callouts.extension import Callout, CalloutReport, Problem
from stay_tuned.callouts.types import resolve_types
from stay_tuned.errors import StayTunedError
from stay_tuned.render import Renderer


@pytest.mark.parametrize(
    ("site_extensions", "stand_ins"),
    [
        ([], {"admonition": True, "details": True}),
        (["toc", "admonition", "pymdownx.details"], {"admonition": False, "details": False}),
        (["markdown.extensions.admonition"], {"admonition": False, "details": True}),
        (["pymdownx.details", "stay_tuned.callouts"], {"admonition": True, "details": False}),
    ],
)
def test_only_our_extension_is_added_and_it_stands_in_for_the_missing_syntax(
    site_extensions: list[str], stand_ins: dict[str, bool]
) -> None:
    """admonition and pymdownx.details are never added: they would turn the site's own
    `!!! note` lines into boxes. Our extension parses the callout types' openers for
    each one the site does not list."""
    extensions: list[Any] = list(site_extensions)
    expected = list(site_extensions)
    if "stay_tuned.callouts" not in expected:
        expected.append("stay_tuned.callouts")
    site_configs = {"toc": {"permalink": True}, "admonition": {"x": 1}, "pymdownx.details": {}}
    configs: dict[str, Any] = copy.deepcopy(site_configs)
    build.add_extensions(extensions, configs, {"host": "h"})
    assert extensions == expected
    assert configs == {**site_configs, "stay_tuned.callouts": {**stand_ins, "host": "h"}}
    build.add_extensions(extensions, configs, {"host": "h"})  # idempotent (serve)
    assert extensions == expected
    assert configs == {**site_configs, "stay_tuned.callouts": {**stand_ins, "host": "h"}}


def test_extension_instances_count_as_listed() -> None:
    from markdown.extensions.admonition import AdmonitionExtension

    extensions: list[Any] = [AdmonitionExtension()]
    configs: dict[str, Any] = {}
    build.add_extensions(extensions, configs, {})
    assert extensions[1:] == ["stay_tuned.callouts"]
    assert configs["stay_tuned.callouts"] == {"admonition": False, "details": True}


def test_our_settings_win_over_the_sites_for_our_extension() -> None:
    configs: dict[str, Any] = {"stay_tuned.callouts": {"types": {}, "excerpt": False}}
    build.add_extensions(
        ["stay_tuned.callouts", "admonition", "pymdownx.details"], configs, {"types": {"a": 1}}
    )
    assert configs["stay_tuned.callouts"] == {
        "types": {"a": 1},
        "excerpt": False,
        "admonition": False,
        "details": False,
    }


@pytest.mark.parametrize(
    ("setting", "count", "default", "shown"),
    [
        (None, 3, True, True),
        (None, 2, True, False),
        (None, 5, False, False),
        (False, 5, True, False),
        (True, 1, False, True),
        (True, 0, True, False),
    ],
)
def test_show_takeaways(setting: bool | None, count: int, default: bool, shown: bool) -> None:
    assert build.show_takeaways(setting, default=default, count=count, minimum=3) is shown


@pytest.mark.parametrize(
    ("setting", "span", "shown"),
    [
        (None, 150, False),  # the first article: five short strategies, under a screen
        (None, 349, False),
        (None, 350, True),  # more than the reader sees at once: the box saves scrolling
        (True, 10, True),  # front matter `takeaways: true` shows it anyway
        (False, 2000, False),
    ],
)
def test_takeaways_only_when_the_strategies_span_more_than_a_screen(
    setting: bool | None, span: int, shown: bool
) -> None:
    assert (
        build.show_takeaways(
            setting, default=True, count=5, minimum=3, span_words=span, minimum_words=350
        )
        is shown
    )


def _span(source: str) -> list[int]:
    spans: list[int] = []

    class Host:
        def document_done(self, report: CalloutReport) -> None:
            pass

        def takeaways(self, callouts: Any, span_words: int = 0) -> None:
            spans.append(span_words)

    from stay_tuned.callouts.extension import CalloutsExtension

    markdown.markdown(source, extensions=[CalloutsExtension(host=Host(), admonition=True)])
    return spans


def test_the_span_counts_the_words_from_the_first_strategy_to_the_end_of_the_last() -> None:
    words = " ".join(["word"] * 40)
    source = (
        "# T\n\nIntro not counted.\n\n"
        f'!!! strategy "One two"\n    {words}\n\n'
        f"Between, counted.\n\n"
        f'!!! strategy "Three"\n    {words}\n\n'
        '!!! benefit "After the last strategy"\n    Not counted.\n\n'
        "The end, not counted.\n"
    )
    # Titles as shown ("Strategy 1 · One two ¶": 3 + 2 + 1, then 3 + 1 + 1), bodies
    # (2 x 40), the paragraph between them (2).
    assert _span(source) == [6 + 40 + 2 + 5 + 40]
    assert _span("# T\n\nNo strategy.\n") == [0]


def test_page_takeaways_front_matter() -> None:
    assert build.page_takeaways({}, "a.md") is None
    assert build.page_takeaways({"takeaways": False}, "a.md") is False
    with pytest.raises(StayTunedError, match=r"front matter 'takeaways' of 'blog/posts/a\.md'"):
        build.page_takeaways({"takeaways": "sometimes"}, "blog/posts/a.md")


def test_line_offset_counts_the_front_matter() -> None:
    body = "# T\n\n!!! strategy\n"
    assert build.line_offset(f"---\ndate: 2026-01-01\n---\n\n{body}", body) == 4
    assert build.line_offset(body, body) == 0
    assert build.line_offset("something else", body) == 0


def test_problem_descriptions_name_file_and_line() -> None:
    problem = Problem(3, "fix it")
    assert build.describe_problem("blog/posts/a.md", problem, 4) == (
        "Doc file 'blog/posts/a.md', line 7: fix it"
    )
    assert "a line" in build.describe_problem("a.md", Problem(None, "x"), 0)


def test_describe_option_problem_names_the_option_and_the_config_file() -> None:
    problem = Problem(2, "fix it")
    assert build.describe_option_problem("mkdocs.yml", "sign_off", problem) == (
        "option 'sign_off' of the stay-tuned plugin in 'mkdocs.yml', line 2 of its text: fix it"
    )
    assert build.describe_option_problem("m.yml", "sign_off", Problem(None, "x")) == (
        "option 'sign_off' of the stay-tuned plugin in 'm.yml': x"
    )


def test_icons_are_found_in_the_package_and_the_theme(tmp_path: Path) -> None:
    assert build.find_icon("material/compass-outline", []) is not None
    own = tmp_path / ".icons" / "site" / "ring.svg"
    own.parent.mkdir(parents=True)
    own.write_text('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>')
    assert build.find_icon("site/ring", [tmp_path]) == own
    assert build.find_icon("site/none", [tmp_path]) is None


def test_svg_data_uri_is_safe_inside_css_url() -> None:
    uri = build.svg_data_uri('<svg a="1">\n  <path d="M0 0)"/>\n</svg>')
    assert uri.startswith("data:image/svg+xml,%3Csvg")
    assert not set(uri) & set("\"'()<> \n")


def test_unknown_icon_is_an_error_naming_the_type() -> None:
    types = resolve_types(i18n.labels_for("en"))
    from dataclasses import replace

    types["strategy"] = replace(types["strategy"], icon="material/no-such-icon")
    with pytest.raises(StayTunedError, match=r"'callout_types\.strategy\.icon'.*no-such-icon"):
        build.styled_types(types, [])


def test_generated_css_declares_each_type_for_both_schemes() -> None:
    types = resolve_types(i18n.labels_for("en"))
    css = str(Renderer([]).render("callout-types.css", types=build.styled_types(types, [])))
    for kind in types.values():
        assert f"--st-callout-{kind.name}-color: {kind.color};" in css
        assert f"--st-callout-{kind.name}-color: {kind.dark_color};" in css
        assert f".md-typeset .st-callout--{kind.name} {{" in css
    # Dark colours on screen only: Material prints in the light scheme.
    assert '@media screen {\n  [data-md-color-scheme="slate"] {' in css


def callout(n: int) -> Callout:
    return Callout("strategy", f"S{n}", f"strategy-s{n}", n)


def test_build_gives_takeaways_to_posts_only_and_keeps_their_strategies() -> None:
    host = build.CalloutsBuild(Renderer([]), i18n.labels_for("en"), takeaways=True, takeaways_min=3)
    callouts = [callout(1), callout(2), callout(3)]
    host.begin("about.md", is_post=False, takeaways=None)
    assert host.takeaways(callouts) is None
    host.document_done(CalloutReport("about", callouts))
    assert host.end("about") is not None and "about.md" not in host.strategies

    host.begin("blog/posts/a.md", is_post=True, takeaways=None)
    # The conversion gets a marker; the box replaces it after search and reading time.
    marker = host.takeaways(callouts)
    assert marker == build.TAKEAWAYS_MARKER_HTML
    box = host.place_takeaways("blog/posts/a.md", f"<p>Intro.</p>\n{marker}\n<h2>A</h2>")
    assert box.startswith("<p>Intro.</p>\n<nav") and box.endswith("</nav>\n<h2>A</h2>")
    assert 'href="#strategy-s3"' in box and "Key takeaways" in box
    assert build.TAKEAWAYS_MARKER_HTML not in box
    host.document_done(CalloutReport("other text", []))  # another plugin's conversion
    host.document_done(CalloutReport("a", callouts))
    host.document_done(CalloutReport("yet another", []))
    report = host.end("a")
    assert report is not None and report.source == "a"
    assert host.strategies["blog/posts/a.md"] == callouts
    # Between pages (e.g. the sign-off in on_config), nothing is collected.
    host.document_done(CalloutReport("sign-off", callouts))
    assert host.takeaways(callouts) is None
    assert host.end("sign-off") is None


def test_extension_alone_uses_english_builtin_types() -> None:
    md = markdown.Markdown(extensions=["admonition", "stay_tuned.callouts"])
    assert "Strategy 1" in md.convert("!!! strategy\n    x\n")


def test_numbers_and_ids_are_per_document() -> None:
    md = markdown.Markdown(extensions=["admonition", "stay_tuned.callouts"])
    first = md.convert('!!! strategy "A"\n    x\n')
    again = md.convert('!!! strategy "A"\n    x\n')  # no reset in between
    md.reset()
    after_reset = md.convert('!!! strategy "A"\n    x\n')
    assert first == again == after_reset
    assert 'id="strategy-a"' in first and "Strategy 1" in first


@pytest.mark.parametrize(
    ("url", "src"),
    [("blog/strategies/", "blog/strategies/index.md"), ("advice/", "advice/index.md"), ("", None)],
)
def test_library_url(url: str, src: str | None) -> None:
    assert site.library_src_uri(url) == src


@pytest.mark.parametrize("url", ["/blog/strategies/", "blog/strategies", "../x/", "a/./b/"])
def test_bad_library_url_is_an_error_with_an_example(url: str) -> None:
    with pytest.raises(StayTunedError, match="strategy_library_url: blog/strategies/"):
        site.library_src_uri(url)
    with pytest.raises(StayTunedError, match=r"'strategy_library_url' in 'site/mkdocs\.yml'"):
        site.library_src_uri(url, "site/mkdocs.yml")


@pytest.mark.parametrize(
    ("url_format", "blog_dir", "url"),
    [
        ("{blog}/strategies/", "blog", "blog/strategies/"),
        ("{blog}/strategies/", "blog/", "blog/strategies/"),
        ("{blog}/strategies/", "advice/blog", "advice/blog/strategies/"),
        ("{blog}/strategies/", ".", "strategies/"),
        ("{blog}/strategies/", "./", "strategies/"),
        ("{blog}/strategies/", "", "strategies/"),
        ("toolbox/", "blog", "toolbox/"),
        ("{blog}/", ".", "./"),  # not "": that would mean no library (an error instead)
    ],
)
def test_the_library_url_follows_the_blog_directory(
    url_format: str, blog_dir: str, url: str
) -> None:
    assert site.library_url(url_format, blog_dir) == url


@pytest.mark.parametrize(
    ("setting", "site_page", "strategies", "wanted"),
    [
        (None, False, 0, False),  # a site without strategies gets no empty page
        (None, False, 1, True),
        (None, True, 0, True),  # the site wrote its introduction: it asked for it
        (True, False, 0, True),
        (False, False, 5, False),
        (False, True, 5, False),
    ],
)
def test_when_the_library_is_wanted(
    setting: bool | None, site_page: bool, strategies: int, wanted: bool
) -> None:
    assert (
        library.is_wanted(setting, site_page=site_page, published_strategies=strategies) is wanted
    )


def _post(draft: bool | None, created: str) -> Any:
    from datetime import datetime
    from types import SimpleNamespace

    date = SimpleNamespace(created=datetime.fromisoformat(created))
    return SimpleNamespace(config=SimpleNamespace(draft=draft, date=date))


def test_drafts_by_front_matter_or_future_date() -> None:
    from datetime import datetime, timezone

    now = datetime(2026, 6, 1, tzinfo=timezone.utc)
    future, past = "2027-01-01T00:00:00+00:00", "2026-01-01T00:00:00+00:00"
    assert site.is_draft(_post(True, past), draft_if_future_date=False, now=now)
    assert not site.is_draft(_post(False, future), draft_if_future_date=True, now=now)
    assert site.is_draft(_post(None, future), draft_if_future_date=True, now=now)
    assert not site.is_draft(_post(None, future), draft_if_future_date=False, now=now)
    assert not site.is_draft(_post(None, past), draft_if_future_date=True, now=now)


def test_option_id_prefixes_never_match_a_pages_callout_ids() -> None:
    """A page's callout ids join words with single hyphens, whatever the title; the
    sign-off's start with ``st-sign-off--``."""
    prefix = build.option_id_prefix("sign_off")
    assert prefix == "st-sign-off--"
    used: set[str] = set()
    for kind in ("strategy", "professional-help", "st"):
        for title in ("--dash--", "a - - b", "Sign -- off", "st-sign-off", "💞", None):
            anchor = text.unique_id(text.callout_id(kind, title, "1"), used)
            used.add(anchor)
            assert "--" not in anchor and not anchor.startswith(prefix), anchor
