import hypothesis
import pytest
from stay_tuned.callouts import text
from stay_tuned.callouts.extension import meant_as_callout


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Practice Active Listening", "practice-active-listening"),
        ("  Show   appreciation! ", "show-appreciation"),
        ('Say <b>thanks</b> & "mean" it', "say-b-thanks-b-mean-it"),
        ("Écouter, vraiment", "écouter-vraiment"),
        ("Слушайте внимательно", "слушайте-внимательно"),
        ("Talk 💬 daily", "talk-daily"),
        ("💞", ""),
        ("Cafe\u0301 dates", "café-dates"),  # a combining accent stays with its letter
        ("ﬁne print", "fine-print"),  # compatibility forms are normalised
        ("snake_case stays", "snake_case-stays"),
    ],
)
def test_slugify(title: str, slug: str) -> None:
    assert text.slugify(title) == slug


def test_slugs_are_valid_id_fragments() -> None:
    for title in ['<script>"x"</script>', "a\tb\nc", "#hash & amp;", "--dash--"]:
        slug = text.slugify(title)
        assert slug and not any(ch.isspace() or ch in "<>\"'&#" for ch in slug)
        assert not slug.startswith("-") and not slug.endswith("-")


def test_callout_id_uses_type_prefix_and_falls_back() -> None:
    assert text.callout_id("strategy", "Listen", "1") == "strategy-listen"
    assert text.callout_id("strategy", None, "3") == "strategy-3"
    assert text.callout_id("strategy", "💞", "4") == "strategy-4"
    assert text.callout_id("exercise", None, "") == "exercise"


def test_unique_id_counts_up_from_two() -> None:
    assert text.unique_id("a", set()) == "a"
    assert text.unique_id("a", {"a"}) == "a-2"
    assert text.unique_id("a", {"a", "a-2", "a-3"}) == "a-4"


def test_title_key_ignores_case_punctuation_and_spacing() -> None:
    keys = {
        text.title_key(t)
        for t in (
            "Practice Active Listening",
            "practice active listening!",
            "Practice  Active-Listening.",
            "“Practice active listening”",
        )
    }
    assert keys == {"practice active listening"}
    assert text.title_key("Practice Empathy") != text.title_key("Practice Active Listening")


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        ("Give your attention. Show empathy.", "Give your attention."),
        ("Really?  Yes.", "Really?"),
        ('He said "stop." Then left.', 'He said "stop."'),
        ("Version 2.5 is out. Next.", "Version 2.5 is out."),
        ("No full stop at all", "No full stop at all"),
        ("Line one\nstill one. Two.", "Line one still one."),
        ("", ""),
    ],
)
def test_first_sentence(body: str, sentence: str) -> None:
    assert text.first_sentence(body) == sentence


def test_first_sentence_is_cut_at_a_word_when_long() -> None:
    long = "word " * 100
    cut = text.first_sentence(long, limit=30)
    assert cut.endswith("…") and len(cut) <= 31 and "wor…" not in cut


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("strategy", "strategy"),
        ('"Strategy"', "strategy"),
        ("“strategy”", "strategy"),
        ("'PROFESSIONAL-HELP'", "professional-help"),
        ("exercise:", "exercise"),
        ('strategy"Title"', "strategy"),
        ('"Only', "only"),
        ('""', ""),
        ("+", ""),
    ],
)
def test_opener_type(word: str, name: str) -> None:
    assert text.opener_type(word) == name


@pytest.mark.parametrize(
    ("line", "meant"),
    [
        ('!!! strategy "Open', True),
        ('??? "Benefit" "x"', True),
        ("???+ Reflection “Why?”", True),
        ("!!!strategy", True),
        ('!!! "note" "Who am I?"', False),
        ("!!! note “Curly quotes title”", False),
        ("!!! example Some title (click to expand)", False),
        ('!!! "Only a title"', False),
        ("!!!", False),
        ("A line with !!! strategy inside", False),
        ("!!! note strategy", False),  # the first word is the type admonition would use
    ],
)
def test_meant_as_callout(line: str, meant: bool) -> None:
    assert meant_as_callout(line, {"strategy", "benefit", "reflection"}) is meant


def _first_sentence_by_characters(body: str, limit: int = text.SUMMARY_LIMIT) -> str:
    """The character-by-character scan ``first_sentence`` used before its regular
    expression: the reference its output must match."""
    flat = " ".join(body.split())
    end = len(flat)
    for index, char in enumerate(flat):
        if char not in ".!?\u3002\uff01\uff1f":
            continue
        after = index + 1
        while after < len(flat) and flat[after] in "\"')]\u00bb\u201d\u2019":
            after += 1
        if after == len(flat) or flat[after] == " ":
            end = after
            break
    sentence = flat[:end]
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return f"{cut}…"


@hypothesis.settings(max_examples=500, deadline=None)
@hypothesis.given(
    hypothesis.strategies.text(
        alphabet=hypothesis.strategies.sampled_from(
            list("ab .!?\"')]\n\t\u3002\uff01\uff1f\u00bb\u201d\u2019\u00a0,;:")
        ),
        max_size=60,
    ),
    hypothesis.strategies.integers(min_value=1, max_value=40),
)
def test_first_sentence_matches_the_character_scan(body: str, limit: int) -> None:
    assert text.first_sentence(body, limit) == _first_sentence_by_characters(body, limit)
