import pytest
from mkdocs.config.base import ValidationError
from stay_tuned import i18n
from stay_tuned.callouts import types


def validate(value: object) -> dict[str, types.CalloutTypeConfig]:
    option = types.CalloutTypes()
    return option.validate(value)


def test_builtin_types_are_distinct_from_materials_and_by_their_icons() -> None:
    names = [t.name for t in types.BUILTIN_TYPES]
    assert names == ["strategy", "benefit", "exercise", "reflection", "professional-help"]
    assert not set(names) & types.MATERIAL_TYPES
    material_colors = {
        "#448aff", "#00b0ff", "#00b8d4", "#00bfa5", "#00c853", "#64dd17",
        "#ff9100", "#ff5252", "#ff1744", "#f50057", "#7c4dff", "#9e9e9e",
    }  # fmt: skip
    colors = [t.color for t in types.BUILTIN_TYPES]
    assert not set(colors) & material_colors
    # Two colours at most (with the theme's accent, what a post shows of the plugin):
    # the strategies' own, and one quiet grey for the others, told apart by their icons.
    assert colors[0] not in colors[1:] and len(set(colors[1:])) == 1
    icons = [t.icon for t in types.BUILTIN_TYPES]
    assert len(set(icons)) == len(icons)
    for t in types.BUILTIN_TYPES:
        assert types.is_css_color(t.color) and types.is_css_color(t.dark_color)
        for language in i18n.LABELS:
            assert i18n.LABELS[language][t.label]


def test_only_strategies_are_numbered() -> None:
    assert [t.name for t in types.BUILTIN_TYPES if t.numbered] == ["strategy"]


def test_resolve_uses_the_site_language() -> None:
    resolved = types.resolve_types(i18n.labels_for("fr"))
    assert resolved["strategy"].title == "Stratégie"
    assert resolved["professional-help"].title == "Quand consulter un professionnel"


def test_site_types_are_added_and_builtins_adjusted() -> None:
    site = validate(
        {
            "affirmation": {"icon": "material/heart-outline", "color": "#c2185b"},
            "step": {
                "title": "Step",
                "icon": "material/stairs-up",
                "color": "rgb(0, 105, 92)",
                "dark_color": "#80cbc4",
                "numbered": True,
            },
            "benefit": {"color": "#6d4c41"},
        }
    )
    resolved = types.resolve_types(i18n.labels_for("en"), site)
    assert resolved["affirmation"] == types.CalloutType(
        "affirmation", "Affirmation", "material/heart-outline", "#c2185b", "#c2185b", False
    )
    assert resolved["step"].numbered and resolved["step"].dark_color == "#80cbc4"
    benefit = resolved["benefit"]
    assert (benefit.color, benefit.dark_color, benefit.title) == ("#6d4c41", "#6d4c41", "Benefit")
    assert benefit.icon == "material/hand-heart-outline"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"Bad Name": {"icon": "material/heart", "color": "red"}}, "'Bad Name' is not a usable"),
        ({"note": {"icon": "material/heart", "color": "red"}}, "one of Material's own"),
        ({"new": {"color": "red"}}, "callout_types.new: a new callout type needs icon"),
        ({"new": {"icon": "material/heart"}}, "needs color"),
        ({"new": "red"}, "callout_types.new: expected a mapping"),
        (
            {"new": {"icon": "material/heart", "color": "red; background: url(x)"}},
            "callout_types.new.color: 'red; background: url\\(x\\)' is not a CSS colour",
        ),
        (
            {"new": {"icon": "material/heart", "color": "red", "dark_color": '"><script>'}},
            "callout_types.new.dark_color",
        ),
        ({"new": {"icon": "../../etc/passwd", "color": "red"}}, "callout_types.new.icon"),
        ({"new": {"icon": "material/heart", "color": "red", "numbered": "yes"}}, "numbered"),
        (["strategy"], "expected a mapping of type names"),
    ],
)
def test_invalid_site_types_name_the_key(value: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        validate(value)


def test_no_site_types() -> None:
    assert validate(None) == {}
    assert validate({}) == {}


@pytest.mark.parametrize(
    ("color", "ok"),
    [
        ("#abc", True),
        ("#a1b2c3d4", True),
        ("rgb(1, 2, 3)", True),
        ("oklch(70% 0.1 200 / 50%)", True),
        ("rebeccapurple", True),
        ("#abcd", True),
        ("#aabbcc", True),
        ("rgba(194, 24, 91, 0.5)", True),
        ("hsl(340 78% 43%)", True),
        ("hsla(340deg, 78%, 43%, .8)", True),
        ("Teal", True),
        ("#ab", False),
        ("#abcde", False),
        ("notacolour", False),
        ("bluish", False),
        ("currentColor", False),
        ("rgb(javascript)", False),
        ("rgb(1, 2)", False),
        (" red", False),
        ("red;", False),
        ("url(x)", False),
        ("var(--x)", False),
        ("", False),
    ],
)
def test_css_colours(color: str, ok: bool) -> None:
    assert types.is_css_color(color) is ok


def test_a_word_that_is_no_colour_is_an_error_naming_the_file_and_key() -> None:
    """``notacolour`` used to pass as a "keyword" and was written into the stylesheet as
    an invalid declaration, which browsers drop without a word."""
    option = types.CalloutTypes()
    option.pre_validation(types.CalloutTypeConfig(config_file_path="site/mkdocs.yml"), "x")
    value = {"hug": {"icon": "material/heart", "color": "notacolour"}}
    with pytest.raises(ValidationError) as error:
        option.validate(value)
    message = str(error.value)
    assert message.startswith(
        "site/mkdocs.yml: callout_types.hug.color: 'notacolour' is not a CSS colour"
    )
    assert 'color: "#c2185b"' in message  # a valid example
