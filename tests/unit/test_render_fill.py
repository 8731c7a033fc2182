"""The ``fill`` template filter writes a label exactly as ``(label | e).format(...)``."""

from __future__ import annotations

from typing import Any

import pytest
from markupsafe import Markup, escape
from stay_tuned import i18n
from stay_tuned.render import Renderer, fill

TRICKY: dict[str, Any] = {
    "number": 3,
    "total": 12,
    "published": 0,
    "count": 2,
    "minutes": 7,
    "title": 'Trust & "Boundaries" <script>alert(1)</script>',
    "series": Markup('<a href="../s/">Love &amp; Trust</a>'),
    "part": Markup("<strong>Part 4: Soon</strong>"),
    "date": "1 March 2027",
}
"""A value for every placeholder a label can have: text that needs escaping, markup
that must not be escaped again, numbers."""


def _expected(label: str, values: dict[str, Any]) -> str:
    return str(escape(label).format(**values))


@pytest.mark.parametrize("language", sorted(i18n.LABELS))
def test_every_shipped_label_is_filled_as_markup_format_fills_it(language: str) -> None:
    for key, label in i18n.LABELS[language].items():
        values = {name: TRICKY[name] for name in i18n.placeholders(label)}
        assert str(fill(label, **values)) == _expected(label, values), (language, key)


@pytest.mark.parametrize(
    "label",
    [
        'Part {number}: {title} — "quoted" & <b>bold</b>',
        "{{literal}} braces and {number}",
        "no placeholder at all",
        "{title}{title}",
        "",
    ],
)
def test_an_override_is_filled_as_markup_format_fills_it(label: str) -> None:
    assert i18n.label_problem("series_part_title", label) is None  # a valid override
    values = {name: TRICKY[name] for name in ("number", "title")}
    filled = fill(label, **values)
    assert isinstance(filled, Markup)
    assert str(filled) == _expected(label, values)


def test_a_template_prints_the_filled_label_once_escaped(tmp_path: Any) -> None:
    folder = tmp_path / "stay_tuned"
    folder.mkdir()
    (folder / "t.html").write_text("{{ label | fill(title=title, part=part) }}", encoding="utf-8")
    html = Renderer([tmp_path]).render(
        "t.html", label="<{title}> & {part}", title="a < b", part=Markup("<i>x</i>")
    )
    assert str(html) == "&lt;a &lt; b&gt; &amp; <i>x</i>"
