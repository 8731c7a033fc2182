"""Which blog plugin instance the plugin works on: found by what it is, not by its name.

Material for MkDocs registers its blog plugin as ``material/blog``, MaterialX as
``materialx/blog``, both the same class (MaterialX installs Material's ``material``
package); ``- blog`` in a config resolves to either, depending on the theme, and a
second instance of the plugin is named ``material/blog #2``. The option ``blog`` only
chooses among several blogs.
"""

from __future__ import annotations

from collections.abc import Mapping

from stay_tuned.errors import StayTunedError

__all__ = ["find_blog", "short_name"]

_EXAMPLE = "plugins:\n  - blog\n  - stay-tuned"


def short_name(name: str) -> str:
    """A plugin's name without its namespace: ``materialx/blog #2`` -> ``blog #2``."""
    head, _, instance = name.partition(" #")
    base = head.rsplit("/", 1)[-1]
    return f"{base} #{instance}" if instance else base


def find_blog(
    plugins: Mapping[str, object],
    blog_type: type,
    *,
    name: str | None,
    config_file: str,
) -> str:
    """The key in ``plugins`` of the blog plugin instance to work on.

    ``name`` is the option ``blog``: unset, the first instance of ``blog_type`` listed;
    set, the instance of that name, written in full (``materialx/blog``) or without its
    namespace (``blog``, ``blog #2``), so one config works with Material and MaterialX.
    ``config_file`` is the configuration file as messages name it.
    """
    blogs = [key for key, plugin in plugins.items() if isinstance(plugin, blog_type)]
    if name is None:
        if not blogs:
            raise StayTunedError(
                "no blog plugin (Material's or MaterialX's 'blog') is listed in 'plugins' "
                f"of {config_file}. List it before stay-tuned:\n{_EXAMPLE}"
            )
        return blogs[0]
    if name in blogs:
        return name
    if name in plugins:
        raise StayTunedError(
            f"option 'blog' names '{name}' in {config_file}, but that plugin is not a "
            "blog plugin (Material's or MaterialX's 'blog'). Name a blog plugin, or leave "
            "the option out to use the first one listed."
        )
    matches = [key for key in blogs if short_name(key) == short_name(name)]
    if len(matches) == 1:
        return matches[0]
    listed = ", ".join(f"'{key}'" for key in blogs) or "none"
    raise StayTunedError(
        f"option 'blog' names '{name}' in {config_file}, but no blog plugin of that name "
        f"is listed in 'plugins' (blog plugins listed: {listed}). Leave the option out to "
        f"use the first one, or list the blog before stay-tuned:\n{_EXAMPLE}"
    )
