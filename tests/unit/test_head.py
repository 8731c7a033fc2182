from stay_tuned import head


def test_fragment_goes_right_before_the_closing_head_tag() -> None:
    html = "<html><head><title>x</title></head><body></head></body></html>"
    assert head.insert_into_head(html, '<meta name="a">') == (
        '<html><head><title>x</title><meta name="a">\n</head><body></head></body></html>'
    )


def test_empty_fragment_or_missing_head_leaves_the_page_alone() -> None:
    assert head.insert_into_head("<html><head></head></html>", "  ") == "<html><head></head></html>"
    assert head.insert_into_head("<p>no head</p>", "<meta>") == "<p>no head</p>"


def test_fragment_joins_what_contributors_add_in_order() -> None:
    contributors = [lambda page: "<a>", lambda page: "", lambda page: "<b>"]
    assert head.head_fragment(None, contributors) == "<a>\n<b>"  # type: ignore[arg-type]
