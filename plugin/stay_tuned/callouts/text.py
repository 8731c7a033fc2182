"""Text decisions about callouts: ids made from titles, title matching, first sentences."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Container, Iterable

from stay_tuned.callouts.types import MATERIAL_TYPES

_SENTENCE_ENDS = ".!?\u3002\uff01\uff1f"  # and the full-width ones
_CLOSERS = "\"')]\u00bb\u201d\u2019"  # and closing guillemet, double and single quote
_SENTENCE_END = re.compile(f"[{re.escape(_SENTENCE_ENDS)}][{re.escape(_CLOSERS)}]*(?= |\\Z)")
"""Where a sentence ends: its final mark, any closers, then a space or the end."""
SUMMARY_LIMIT = 240
"""Longest first sentence the library shows before cutting it with an ellipsis."""

CACHED_TITLES = 4096
"""Titles whose slug and key are remembered: a blog reuses strategy titles across posts
(every callout is slugified in every conversion of its post, and keyed for the library).
Both functions are pure, so this is only a saving."""


@functools.lru_cache(maxsize=CACHED_TITLES)
def slugify(text: str) -> str:
    """A lower-case, hyphen-separated id fragment that keeps letters of every script.

    ``"Écouter <vraiment> & "ensemble" 💬"`` -> ``"écouter-vraiment-ensemble"``. Markup
    characters, punctuation and emoji are dropped, so the result is always a valid id
    fragment (letters, digits, ``_`` and ``-``); it is empty when nothing is left.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    words: list[str] = []
    current: list[str] = []
    for char in text:
        if char.isalnum() or char == "_":
            current.append(char)
        elif unicodedata.category(char) in {"Mn", "Mc"} and current:
            current.append(char)  # combining marks belong to the letter before them
        else:
            if current:
                words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return "-".join(words)


def opener_type(word: str) -> str:
    """The callout type an author meant by the first word after ``!!!`` or ``???``:
    quotes and other punctuation before it are skipped, the name ends at the first
    character a type name cannot hold, and case does not count. ``"Strategy"``,
    ``“strategy”``, ``strategy:`` and ``strategy"Title"`` all give ``strategy``;
    ``"Only`` gives ``only``; a word without letters gives ``""``."""
    start = 0
    while start < len(word) and not word[start].isalnum():
        start += 1
    end = start
    while end < len(word) and (word[end].isalnum() or word[end] in "-_"):
        end += 1
    return word[start:end].casefold()


def callout_id(type_name: str, title: str | None, fallback: str) -> str:
    """The id of a callout before de-duplication: ``strategy-practice-active-listening``.

    The type prefix keeps callout ids apart from heading ids made from the same words.
    An untitled callout, or one whose title has no letters or digits (only emoji), uses
    ``fallback`` (``"3"`` for the third strategy), giving ``strategy-3``, or, without
    one, the bare type: ``exercise``.
    """
    rest = (slugify(title) if title else "") or slugify(fallback)
    return f"{type_name}-{rest}" if rest else type_name


def unique_id(base: str, used: Container[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever is first not in ``used``.

    Ids are handed out in page order, so a callout added further down never changes the
    id of one above it."""
    if base not in used:
        return base
    n = 2
    while f"{base}-{n}" in used:
        n += 1
    return f"{base}-{n}"


@functools.lru_cache(maxsize=CACHED_TITLES)
def title_key(title: str) -> str:
    """Titles that match after normalising case, punctuation and spacing share a key:
    ``"Practice active listening!"`` and ``"practice  Active-Listening"`` are one
    strategy in the library."""
    text = unicodedata.normalize("NFKC", title).casefold()
    kept = "".join(
        char if not unicodedata.category(char).startswith(("P", "S")) else " " for char in text
    )
    return " ".join(kept.split())


def first_sentence(text: str, limit: int = SUMMARY_LIMIT) -> str:
    """The first sentence of ``text`` (whitespace collapsed): up to the first ``.``, ``!``
    or ``?`` that ends a word, with any closing quote or bracket. Longer than ``limit``
    characters, it is cut at a word and ends with an ellipsis."""
    flat = " ".join(text.split())
    end = _SENTENCE_END.search(flat)
    sentence = flat[: end.end()] if end else flat
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return f"{cut}…"


def edit_distance(a: str, b: str) -> int:
    """How many single-character insertions, deletions, substitutions or swaps of two
    neighbours turn ``a`` into ``b`` (the optimal string alignment distance):
    ``stratgy`` -> ``strategy`` is 1, ``benfeit`` -> ``benefit`` is 1."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i, *([0] * len(b))]
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(b)]


def misspelt_type(name: str, type_names: Iterable[str]) -> str | None:
    """The callout type an admonition type ``name`` probably misspells, or ``None``.

    ``name`` is a near miss when it is no callout type and none of Material's types
    (``MATERIAL_TYPES``), and one edit away from a type name (two for names of more than
    five letters): ``stratgy`` means ``strategy``, ``benifit`` ``benefit``; ``note``,
    ``tip`` or ``summary`` mean what they say. The closest type wins, then the first."""
    name = name.casefold()
    names = list(type_names)
    if not name or name in names or name in MATERIAL_TYPES:
        return None
    best: tuple[int, str] | None = None
    for type_name in names:
        allowed = 1 if len(type_name) <= 5 else 2
        distance = edit_distance(name, type_name)
        if distance <= allowed and (best is None or distance < best[0]):
            best = (distance, type_name)
    return best[1] if best else None
