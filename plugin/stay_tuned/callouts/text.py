"""Text decisions about callouts: ids made from titles, title matching, first sentences."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Container

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
