"""The plugin's own work in a real build: what it renders, it renders once."""

from __future__ import annotations

import collections

import pytest
from stay_tuned import render

from tests.integration.test_series import love_lab, resolves
from tests.sitebuilder import SiteProject


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> collections.Counter[tuple[str, str]]:
    """Every template render of the build: (template, HTML) and how many times."""
    seen: collections.Counter[tuple[str, str]] = collections.Counter()
    original = render.Renderer.render

    def counting(self: render.Renderer, name: str, **context: object) -> render.Markup:
        html = original(self, name, **context)
        seen[(name, str(html))] += 1
        return html

    monkeypatch.setattr(render.Renderer, "render", counting)
    return seen


def test_no_template_renders_the_same_html_twice(
    project: SiteProject, renders: collections.Counter[tuple[str, str]]
) -> None:
    love_lab(project)
    project.options()["follow"] = True
    # Two posts a page: several index pages at the same depth show the same links.
    project.options("blog")["pagination_per_page"] = 2
    site = project.build(strict=True)
    repeated = {key: count for key, count in renders.items() if count > 1}
    assert repeated == {}
    # What was rendered once is on every page that shows it.
    for view in ("blog/page/2/", "blog/archive/2026/", "blog/category/dating/"):
        links = site.html(view).select('head link[rel="alternate"][type="application/feed+json"]')
        assert [resolves(site, view, link["href"]) for link in links] == ["feed_json_created.json"]
