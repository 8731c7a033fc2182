from __future__ import annotations

import datetime
import json

from stay_tuned.series import jsonld


def test_script_json_cannot_close_the_script_and_still_parses() -> None:
    data = {"name": "</script><!-- & \u2028 ünï"}
    text = jsonld.script_json(data)
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text
    assert "ünï" in text  # readable non-ASCII text
    assert json.loads(text) == data


def test_blog_posting_of_a_part() -> None:
    created = datetime.datetime(2026, 1, 10, tzinfo=datetime.timezone.utc)
    data = jsonld.blog_posting(
        headline="One",
        url="https://x.org/one/",
        published=created,
        authors=["Ann", "Bob"],
        description=None,
        series=jsonld.series_reference("Love Lab", "https://x.org/s/"),
        position=1,
    )
    assert data == {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": "One",
        "url": "https://x.org/one/",
        "mainEntityOfPage": "https://x.org/one/",
        "datePublished": "2026-01-10T00:00:00+00:00",
        "dateModified": "2026-01-10T00:00:00+00:00",
        "author": [{"@type": "Person", "name": "Ann"}, {"@type": "Person", "name": "Bob"}],
        "isPartOf": {"@type": "CreativeWorkSeries", "name": "Love Lab", "url": "https://x.org/s/"},
        "position": 1,
    }


def test_unknown_values_are_left_out() -> None:
    data = jsonld.blog_posting(headline="T", url=None, published=datetime.date(2026, 1, 1))
    assert set(data) == {"@context", "@type", "headline", "datePublished", "dateModified"}
    assert jsonld.series_reference("S", None) == {"@type": "CreativeWorkSeries", "name": "S"}


def test_series_work_lists_its_parts() -> None:
    part = jsonld.part_summary(
        headline="One", url="https://x.org/one/", position=1, published=datetime.date(2026, 1, 1)
    )
    work = jsonld.series_work(name="S", url="https://x.org/s/", parts=[part])
    assert work["hasPart"] == [
        {
            "@type": "BlogPosting",
            "headline": "One",
            "url": "https://x.org/one/",
            "position": 1,
            "datePublished": "2026-01-01",
        }
    ]
    assert "hasPart" not in jsonld.series_work(name="S", url=None, parts=[])


def test_series_work_carries_its_description_when_it_has_one() -> None:
    work = jsonld.series_work(name="S", url=None, parts=[], description="A & <b>")
    assert work["description"] == "A & <b>"
    assert "description" not in jsonld.series_work(name="S", url=None, parts=[], description="")
