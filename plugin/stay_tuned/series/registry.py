"""Reading what authors write about series: the registry file and the posts' front matter.

The registry (``docs/blog/.series.yml`` by default, beside Material's authors file)
declares every series; a post joins one with ``series: <id>`` and, optionally,
``part: <n>`` in its front matter. Both are validated with MkDocs ``Config``
subclasses, one level at a time, so that an error names the file and the exact key
(``series.emotional-connection.upcoming[0].date``) and shows a valid example. Unknown
keys are errors too: a misspelt ``dtae:`` would otherwise drop a promised date silently.
So is a key written twice in one mapping (PyYAML would keep the last: a series declared
twice would lose the first one's announced parts), and an impossible date
(``2026-02-30``) is reported with its key instead of PyYAML's bare ``ValueError``.
Part numbers are bounded (``PART_MAX``): a date typed as a part (``part: 20261210``)
is an error, not a series of twenty million parts.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from mkdocs.config import base
from mkdocs.config import config_options as c

from stay_tuned.errors import StayTunedError
from stay_tuned.series.model import Announcement, Claim, Declared

ID_PATTERN = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")
"""Series ids appear in URLs: lowercase letters and digits, words joined by - or _."""

REGISTRY_EXAMPLE = """\
series:
  emotional-connection:
    title: Building Emotional Connection
    description: A five-part guide to *emotional connection*.   # Markdown, optional
    upcoming:                                                   # optional
      - part: 2
        title: Active Listening in Practice
        date: 2026-12-10                                        # optional"""

FRONT_MATTER_EXAMPLE = """\
---
date: 2026-11-25
series: emotional-connection   # an id declared in the series file
part: 1                        # optional: a whole number from 1 to 1000
---"""

PART_MAX = 1000
"""The highest part number: far beyond any real series, low enough that a series box,
a series page and the gap warning stay small whatever an author types."""

QUOTE_LIMIT = 80
"""How much of a bad value an error message quotes."""


def quoted(value: object) -> str:
    """``repr(value)`` for an error message, cut after ``QUOTE_LIMIT`` characters."""
    text = repr(value)
    if len(text) <= QUOTE_LIMIT:
        return text
    return f"{text[:QUOTE_LIMIT]}... ({len(text)} characters)"


def _require(value: object) -> None:
    if value is None:
        raise base.ValidationError("Required configuration not provided.")


class PartNumber(base.BaseConfigOption[int]):
    """A whole number from 1 to ``PART_MAX`` (``true`` is not a number here, though YAML
    says it is)."""

    def run_validation(self, value: object) -> int:
        _require(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise base.ValidationError(f"Expected a whole number like 2, got {quoted(value)}.")
        if not 1 <= value <= PART_MAX:
            raise base.ValidationError(
                f"Expected a whole number from 1 to {PART_MAX}, got {quoted(value)}."
            )
        return value


class DateOption(base.BaseConfigOption[datetime.date]):
    """A calendar date: YAML's ``2026-12-10`` or the same as a quoted string."""

    def run_validation(self, value: object) -> datetime.date:
        _require(value)
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        if isinstance(value, str):
            try:
                return datetime.date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise base.ValidationError(f"Expected a date like 2026-12-10, got {quoted(value)}.")


CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
"""Characters no XML document may hold (the series' feeds carry titles and descriptions):
C0 controls other than tab and line breaks, and non-characters."""


class Text(base.BaseConfigOption[str]):
    """A non-empty string that can go into any HTML page, JSON file or XML feed."""

    def run_validation(self, value: object) -> str:
        _require(value)
        if not isinstance(value, str) or not value.strip():
            raise base.ValidationError(f"Expected some text, got {quoted(value)}.")
        bad = CONTROL_CHARACTERS.search(value)
        if bad is not None:
            raise base.ValidationError(
                f"Expected text without control characters, got {quoted(value)}, which "
                f"holds {bad.group()!r} at position {bad.start()}"
            )
        return value.strip()


class UpcomingConfig(base.Config):  # type: ignore[no-untyped-call]
    """One announced part in ``upcoming``."""

    part = PartNumber()
    """The number the part will have."""
    title = Text()
    """Its expected title."""
    date = c.Optional(DateOption())
    """Its expected publication date."""


class SeriesConfig(base.Config):  # type: ignore[no-untyped-call]
    """One series in ``series``."""

    title = Text()
    """The series' title, shown in series boxes, labels and its page."""
    description = c.Optional(Text())
    """Markdown shown on the series page."""
    upcoming = c.Type(list, default=[])
    """Parts announced but not written yet (each checked with ``UpcomingConfig``)."""


class RegistryConfig(base.Config):  # type: ignore[no-untyped-call]
    """The whole series file."""

    series = c.Type(dict, default={})
    """Series by id (each checked with ``SeriesConfig``)."""


class FrontMatterConfig(base.Config):  # type: ignore[no-untyped-call]
    """The series keys of a post's front matter."""

    series = c.Optional(Text())
    """The id of the series the post is a part of."""
    part = c.Optional(PartNumber())
    """Its part number; without it, the series' parts are ordered by date."""


def _validated(
    schema: type[base.Config], data: object, *, where: str, key: str, example: str
) -> base.Config:
    """``data`` checked against ``schema``; any error or unknown key raises, naming
    ``where`` (the file) and ``key`` (the path of ``data`` inside it)."""
    prefix = f"{key}." if key else ""
    if not isinstance(data, Mapping):
        raise StayTunedError(
            f"stay-tuned: {where}: '{key or 'the file'}' must be a mapping of keys to "
            f"values, got {quoted(data)}. A valid example:\n{example}"
        )
    config = schema(config_file_path=where)
    config.load_dict(dict(data))
    errors, warnings = config.validate()
    problems = [f"'{prefix}{name}': {str(error).rstrip('.')}" for name, error in errors]
    problems += [f"'{prefix}{name}': unknown key" for name, _ in warnings]
    if problems:
        raise StayTunedError(
            f"stay-tuned: {where}: " + "; ".join(problems) + f". A valid example:\n{example}"
        )
    return config


def parse_registry(data: object, where: str) -> dict[str, Declared]:
    """The series declared in a registry's parsed YAML ``data``; ``where`` names the file
    in error messages."""
    if data is None:
        return {}
    root = _validated(RegistryConfig, data, where=where, key="", example=REGISTRY_EXAMPLE)
    declared: dict[str, Declared] = {}
    for series_id, entry in root["series"].items():
        key = f"series.{series_id}"
        if not isinstance(series_id, str) or not ID_PATTERN.fullmatch(series_id):
            raise StayTunedError(
                f"stay-tuned: {where}: '{key[:QUOTE_LIMIT]}': a series id is used in URLs, "
                "so it must be lowercase letters and digits, words joined by '-' or '_' "
                f"(like 'emotional-connection'), got {quoted(series_id)}. A valid example:\n"
                f"{REGISTRY_EXAMPLE}"
            )
        series = _validated(SeriesConfig, entry, where=where, key=key, example=REGISTRY_EXAMPLE)
        upcoming: list[Announcement] = []
        seen: dict[int, int] = {}
        for index, item in enumerate(series["upcoming"]):
            item_key = f"{key}.upcoming[{index}]"
            announced = _validated(
                UpcomingConfig, item, where=where, key=item_key, example=REGISTRY_EXAMPLE
            )
            number = announced["part"]
            if number in seen:
                raise StayTunedError(
                    f"stay-tuned: {where}: '{item_key}' announces part {number} again "
                    f"('{key}.upcoming[{seen[number]}]' already does). Give each upcoming "
                    "part its own number."
                )
            seen[number] = index
            upcoming.append(Announcement(number, announced["title"], announced["date"]))
        declared[series_id] = Declared(
            id=series_id,
            title=series["title"],
            description=series["description"],
            upcoming=tuple(upcoming),
        )
    return declared


SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""PyYAML's safe loader, in C when PyYAML was built with libyaml: ten times faster on the
registry of a blog with hundreds of series; same values."""


class DuplicateKeyError(yaml.YAMLError):
    """A key written twice in one mapping, on lines ``first`` and ``again``."""

    def __init__(self, key: object, first: int, again: int) -> None:
        super().__init__(key, first, again)
        self.key, self.first, self.again = key, first, again


def _construct_mapping(
    loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False
) -> dict[Any, Any]:
    seen: dict[Any, yaml.Node] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            first = seen.setdefault(key, key_node)
        except TypeError:  # unhashable: PyYAML's own error follows
            continue
        if first is not key_node:
            raise DuplicateKeyError(key, first.start_mark.line + 1, key_node.start_mark.line + 1)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


def _construct_timestamp(loader: yaml.SafeLoader, node: yaml.Node) -> object:
    """A YAML date (``2026-12-10``); the text itself when it is no day of the calendar
    (``2026-02-30``), so that validation names its key."""
    assert isinstance(node, yaml.ScalarNode)
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


class _FastLoader(SAFE_LOADER):  # type: ignore[misc,valid-type]
    """The registry's loader: safe, duplicate keys are errors, impossible dates text."""

    construct_mapping = _construct_mapping


class _ExplainingLoader(yaml.SafeLoader):
    """The same in pure Python, whose syntax errors quote the line with a caret."""

    construct_mapping = _construct_mapping


for _loader in (_FastLoader, _ExplainingLoader):
    _loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def load_registry(path: Path, where: str) -> dict[str, Declared] | None:
    """The series declared in the file at ``path`` (shown as ``where``), or ``None`` when
    the file does not exist (an empty file declares no series: ``{}``)."""
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8-sig")
    try:
        try:
            data = yaml.load(text, Loader=_FastLoader)
        except DuplicateKeyError:
            raise
        except yaml.YAMLError:
            data = yaml.load(text, Loader=_ExplainingLoader)
    except DuplicateKeyError as error:
        raise StayTunedError(
            f"stay-tuned: {where}: {quoted(error.key)} is written twice in one mapping, on "
            f"lines {error.first} and {error.again}; YAML keeps only the last, so the first "
            "would be lost (a series' announced parts with it). Give each series its own "
            f"id, or merge the two entries. A valid example:\n{REGISTRY_EXAMPLE}"
        ) from error
    except yaml.YAMLError as error:
        raise StayTunedError(f"stay-tuned: {where} is not valid YAML:\n{error}") from error
    return parse_registry(data, where)


def read_claim(
    meta: Mapping[str, Any],
    *,
    where: str,
    title: str,
    date: datetime.date,
    published: bool,
    url: str,
    scheduled: bool = False,
) -> Claim | None:
    """What a post's front matter ``meta`` says about series: ``None`` when it names no
    series. ``where`` names the post in errors; the other fields describe the post."""
    keys = {key: meta[key] for key in ("series", "part") if key in meta}
    if not keys:
        return None
    front = _validated(FrontMatterConfig, keys, where=where, key="", example=FRONT_MATTER_EXAMPLE)
    if front["series"] is None:
        if front["part"] is None:
            return None
        raise StayTunedError(
            f"stay-tuned: {where}: 'part' needs 'series' too: name the series this post "
            f"is part {front['part']} of. A valid example:\n{FRONT_MATTER_EXAMPLE}"
        )
    return Claim(
        where=where,
        series=front["series"],
        part=front["part"],
        title=title,
        date=date,
        published=published,
        url=url,
        scheduled=scheduled,
    )
