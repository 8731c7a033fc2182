"""Callout types: each declared once, here (or by a site in ``mkdocs.yml``).

A callout type is an admonition type the plugin knows: ``!!! strategy "Title"``. Its
declaration is everything the plugin needs to render it: the icon, the colour in the
light and dark (``slate``) schemes, the default title (a label key, so it follows the
site's language) and whether callouts of the type are numbered in page order. The
stylesheet for the types is generated from these declarations, so there is no second
place to keep in step.

A site adds or adjusts types with the plugin's ``callout_types`` option::

    plugins:
      - stay-tuned:
          callout_types:
            affirmation:
              title: Affirmation
              icon: material/heart-outline
              color: "#c2185b"
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.base import ValidationError

from stay_tuned.callouts import colors


@dataclass(frozen=True)
class CalloutType:
    """One callout type, resolved for a build (its default title in the site language)."""

    name: str
    """The admonition type authors write: ``!!! <name> "Title"``; also its CSS class."""
    title: str
    """Default title, shown when the author gives none (numbered types add the number)."""
    icon: str
    """Icon name as in Material (``material/compass-outline``): an SVG file found in the
    package's ``callouts/icons/`` or in a theme directory's ``.icons/``."""
    color: str
    """Border and icon colour in the light scheme (a CSS colour)."""
    dark_color: str
    """Border and icon colour in the dark (``slate``) scheme."""
    numbered: bool = False
    """Number the callouts of this type in page order: "Strategy 1 · Title"."""


@dataclass(frozen=True)
class BuiltinType:
    """A type shipped with the plugin; ``label`` is a key of ``i18n.LABELS``."""

    name: str
    label: str
    icon: str
    color: str
    dark_color: str
    numbered: bool = False

    def resolve(self, labels: Mapping[str, str]) -> CalloutType:
        return CalloutType(
            name=self.name,
            title=labels[self.label],
            icon=self.icon,
            color=self.color,
            dark_color=self.dark_color,
            numbered=self.numbered,
        )


# Strategies carry the plugin's one colour of its own (the theme's accent is the other:
# series box, closing card); the other types are quieter, a neutral grey, and told apart
# by their icons and titles, so that a post never shows more than two accent colours.
# Each keeps a 3:1 contrast for the icon against the page in each scheme.
BUILTIN_TYPES: tuple[BuiltinType, ...] = (
    BuiltinType(
        "strategy",
        "callout_strategy",
        "material/compass-outline",
        color="#8e24aa",
        dark_color="#ce93d8",
        numbered=True,
    ),
    BuiltinType(
        "benefit",
        "callout_benefit",
        "material/hand-heart-outline",
        color="#757575",
        dark_color="#a8a8a8",
    ),
    BuiltinType(
        "exercise",
        "callout_exercise",
        "material/run-fast",
        color="#757575",
        dark_color="#a8a8a8",
    ),
    BuiltinType(
        "reflection",
        "callout_reflection",
        "material/thought-bubble-outline",
        color="#757575",
        dark_color="#a8a8a8",
    ),
    BuiltinType(
        "professional-help",
        "callout_professional_help",
        "material/lifebuoy",
        color="#757575",
        dark_color="#a8a8a8",
    ),
)

STRATEGY = "strategy"
"""The type collected into the Key takeaways box and the strategy library."""

MATERIAL_TYPES = frozenset(
    {
        *("note", "abstract", "summary", "tldr", "info", "todo", "tip", "hint", "important"),
        *("success", "check", "done", "question", "help", "faq", "warning", "caution"),
        *("attention", "failure", "fail", "missing", "danger", "error", "bug", "example"),
        "quote",
        "cite",
    }
)
"""Material's own admonition types and their aliases: a site type may not reuse them."""

MODIFIER_CLASSES = frozenset({"inline", "end"})
"""Extra admonition classes Material gives a meaning (``!!! strategy inline end``)."""

_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*\Z")
_ICON = re.compile(r"[a-z0-9][a-z0-9._-]*(?:/[a-z0-9][a-z0-9._-]*)+\Z")

EXAMPLE = (
    "callout_types:\n"
    "  affirmation:\n"
    "    title: Affirmation\n"
    "    icon: material/heart-outline\n"
    '    color: "#c2185b"'
)


def is_css_color(value: str) -> bool:
    """A hex colour, a colour function of numbers (``rgb(…)``, ``oklch(…)``) or a CSS
    colour name: see ``stay_tuned.callouts.colors``.

    Strict on purpose: the value is written into a stylesheet."""
    return colors.is_css_color(value)


def config_file_label(path: str | None) -> str:
    """The config file as an error message names it: relative to the working directory
    when it is inside it (``mkdocs.yml``), else as given."""
    if not path:
        return "mkdocs.yml"
    try:
        relative = os.path.relpath(path)
    except ValueError:  # pragma: no cover - another drive on Windows
        return path
    return path if relative.startswith(os.pardir) else relative


class CalloutTypeConfig(base.Config):  # type: ignore[no-untyped-call]
    """One entry of the ``callout_types`` option."""

    title = c.Optional(c.Type(str))
    """Default title in the site's language. New types default to the name, capitalised."""
    icon = c.Optional(c.Type(str))
    """Icon name as in Material, e.g. ``material/heart-outline`` (required for new types)."""
    color = c.Optional(c.Type(str))
    """CSS colour of the border and icon (required for new types), e.g. ``"#c2185b"``."""
    dark_color = c.Optional(c.Type(str))
    """Colour in the dark (``slate``) scheme; defaults to ``color``."""
    numbered = c.Optional(c.Type(bool))
    """Number the callouts of this type in page order (default: no)."""


class CalloutTypes(base.BaseConfigOption[dict[str, CalloutTypeConfig]]):
    """The ``callout_types`` option: a mapping of type name to ``CalloutTypeConfig``.

    Unlike ``DictOfItems``, every error names the entry and the key
    (``callout_types.affirmation.color``) and shows a valid example.
    """

    def __init__(self) -> None:
        super().__init__()
        self.default: dict[str, Any] = {}
        self.config_file = "mkdocs.yml"
        """The file messages name; set for each validation (as MkDocs' own ``Dir``
        option keeps its config's folder)."""

    def pre_validation(self, config: base.Config, key_name: str) -> None:
        self.config_file = config_file_label(config.config_file_path)

    def run_validation(self, value: object) -> dict[str, CalloutTypeConfig]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise ValidationError(
                f"{self.config_file}: callout_types: expected a mapping of type names to "
                f"settings, got {value!r}. Example:\n{EXAMPLE}"
            )
        builtin = {t.name for t in BUILTIN_TYPES}
        result: dict[str, CalloutTypeConfig] = {}
        for name, entry in value.items():
            where = f"{self.config_file}: callout_types.{name}"
            if not isinstance(name, str) or not _NAME.match(name):
                raise ValidationError(
                    f"{where}: '{name}' is not a usable type name: use lower-case letters, "
                    "digits and hyphens, starting with a letter (it becomes "
                    f"`!!! {name}` and a CSS class)."
                    f" Example:\n{EXAMPLE}"
                )
            if name in MATERIAL_TYPES:
                raise ValidationError(
                    f"{where}: '{name}' is one of Material's own admonition types; choose "
                    "another name."
                    f" Example:\n{EXAMPLE}"
                )
            config = CalloutTypeConfig()
            if not isinstance(entry, dict):
                raise ValidationError(
                    f"{where}: expected a mapping with title, icon and color, got {entry!r}."
                    f" Example:\n{EXAMPLE}"
                )
            config.load_dict(entry)
            errors, warnings = config.validate()
            for key, error in errors:
                raise ValidationError(f"{where}.{key}: {error} Example:\n{EXAMPLE}")
            for key, warning in warnings:
                self.warnings.append(f"{where}.{key}: {warning}")
            for key in ("color", "dark_color"):
                color = config[key]
                if color is not None and not is_css_color(color):
                    raise ValidationError(
                        f"{where}.{key}: '{color}' is not a CSS colour this plugin accepts: "
                        f"use {colors.EXAMPLES}. Example:\n{EXAMPLE}"
                    )
            if config.icon is not None and not _ICON.match(config.icon):
                raise ValidationError(
                    f"{where}.icon: '{config.icon}' is not an icon name; use Material's form, "
                    f"e.g. material/heart-outline or fontawesome/solid/heart. Example:\n{EXAMPLE}"
                )
            if name not in builtin:
                missing = [key for key in ("icon", "color") if config[key] is None]
                if missing:
                    raise ValidationError(
                        f"{where}: a new callout type needs {' and '.join(missing)}."
                        f" Example:\n{EXAMPLE}"
                    )
            result[name] = config
        return result


def resolve_types(
    labels: Mapping[str, str], site_types: Mapping[str, CalloutTypeConfig] | None = None
) -> dict[str, CalloutType]:
    """The built-in types with titles in the site's language, then the site's own types
    (which may also adjust a built-in type: only the keys given change it)."""
    types = {t.name: t.resolve(labels) for t in BUILTIN_TYPES}
    for name, config in (site_types or {}).items():
        base_type = types.get(name)
        if base_type is None:
            assert config.icon is not None and config.color is not None  # validated
            types[name] = CalloutType(
                name=name,
                title=config.title or name.replace("-", " ").capitalize(),
                icon=config.icon,
                color=config.color,
                dark_color=config.dark_color or config.color,
                numbered=bool(config.numbered),
            )
            continue
        changes: dict[str, Any] = {
            key: config[key]
            for key in ("title", "icon", "color", "dark_color", "numbered")
            if config[key] is not None
        }
        if "color" in changes and "dark_color" not in changes:
            changes["dark_color"] = changes["color"]
        types[name] = replace(base_type, **changes)
    return types
