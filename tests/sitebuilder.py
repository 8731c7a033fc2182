"""Build real Material blog sites in a temporary folder and read them as a reader would.

`SiteProject` writes an mkdocs.yml (Material theme, blog, stay-tuned, rss) and docs
files; `build()` runs MkDocs' own `load_config` + `build` in this process, firing
`on_startup` as the CLI does, and returns a `BuiltSite` whose pages are parsed HTML.
"""

from __future__ import annotations

import copy
import datetime
import json
import os
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from bs4 import BeautifulSoup

from tests import stack

stack.use_engine()  # before mkdocs is imported: ProperDocs on the MaterialX stack
from mkdocs.commands.build import build  # noqa: E402
from mkdocs.config import load_config  # noqa: E402

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

REPO_ROOT = Path(__file__).resolve().parent.parent

BASE_CONFIG: dict[str, Any] = {
    "site_name": "Test Blog",
    "site_description": "A blog for tests",
    "site_url": "https://example.org/blog-site/",
    "theme": {"name": stack.THEME, "language": "en", "features": ["navigation.footer"]},
    "plugins": [
        # MaterialX's search defaults to Pagefind; its `lunr` provider is Material's
        # search, whose search/search_index.json the tests read (see README: Pagefind).
        {"search": {"provider": "lunr"}} if stack.MATERIALX else "search",
        {"blog": {"blog_dir": "blog", "post_excerpt": "optional"}},
        {"stay-tuned": {}},
        {
            "rss": {
                "match_path": "blog/posts/.*",
                "use_git": False,
                "date_from_meta": {"as_creation": "date.created", "as_update": "date.updated"},
                "categories": ["categories"],
            }
        },
    ],
    "markdown_extensions": [
        "admonition",
        "attr_list",
        "md_in_html",
        {"toc": {"permalink": True}},
        "pymdownx.details",
        "pymdownx.superfences",
    ],
}


def post(title: str, date: str, body: str = "", *, updated: str | None = None, **meta: Any) -> str:
    """Markdown of a blog post with front matter. The date is written in the form
    Material's blog documentation pairs with the rss plugin's
    ``date_from_meta: {as_creation: date.created, as_update: date.updated}``."""
    dates = {"created": datetime.date.fromisoformat(date)}
    if updated is not None:
        dates["updated"] = datetime.date.fromisoformat(updated)
    front: dict[str, Any] = {"date": dates, **meta}
    text = (
        textwrap.dedent(body).strip() or f"Intro of {title}.\n\n<!-- more -->\n\nBody of {title}."
    )
    return f"---\n{yaml.safe_dump(front, allow_unicode=True)}---\n\n# {title}\n\n{text}\n"


def plugin_options(config: dict[str, Any], name: str) -> dict[str, Any]:
    """The options mapping of plugin `name` inside a config dict (created if empty)."""
    plugins = config["plugins"]
    for index, entry in enumerate(plugins):
        if entry == name:
            plugins[index] = {name: {}}
            return plugins[index][name]  # type: ignore[no-any-return]
        if isinstance(entry, dict) and name in entry:
            if entry[name] is None:
                entry[name] = {}
            return entry[name]  # type: ignore[no-any-return]
    raise KeyError(name)


@dataclass
class BuiltSite:
    site_dir: Path
    config: Any

    def path(self, url: str) -> Path:
        """The file that serves `url` (site-relative, as in a link)."""
        url = url.split("#", 1)[0].lstrip("/")
        target = self.site_dir / url
        if url == "" or url.endswith("/"):
            target = target / "index.html"
        return target

    def html(self, url: str) -> BeautifulSoup:
        return BeautifulSoup(self.path(url).read_text(encoding="utf-8"), "html.parser")

    def text(self, url: str) -> str:
        return self.path(url).read_text(encoding="utf-8")

    def json(self, url: str) -> Any:
        return json.loads(self.text(url))

    def pages(self) -> list[str]:
        """Site-relative URLs of every HTML page (directory URLs end in '/')."""
        urls = []
        for file in sorted(self.site_dir.rglob("*.html")):
            rel = file.relative_to(self.site_dir).as_posix()
            urls.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
        return urls


@dataclass
class SiteProject:
    root: Path
    config: dict[str, Any] = field(default_factory=lambda: copy.deepcopy(BASE_CONFIG))
    files: dict[str, str] = field(default_factory=dict)
    config_name: str = "mkdocs.yml"
    """The config file's name: ``properdocs.yml`` as a ProperDocs site names it."""

    def __post_init__(self) -> None:
        self.files.setdefault("index.md", "# Home\n\nWelcome.\n")
        self.files.setdefault("blog/index.md", "# Blog\n")
        self.files.setdefault(
            "blog/.authors.yml",
            "authors:\n  ann:\n    name: Ann Author\n    description: Writer\n"
            "    avatar: https://example.org/ann.png\n",
        )

    def options(self, name: str = "stay-tuned") -> dict[str, Any]:
        return plugin_options(self.config, name)

    def without_plugins(self, root: Path, *names: str) -> SiteProject:
        """A copy of this project in ``root`` with the plugins ``names`` left out of
        ``plugins`` (to compare a site with and without one)."""
        other = SiteProject(
            root,
            config=copy.deepcopy(self.config),
            files=copy.deepcopy(self.files),
            config_name=self.config_name,
        )
        other.config["plugins"] = [
            p
            for p in other.config["plugins"]
            if p not in names and not (isinstance(p, dict) and set(p) & set(names))
        ]
        return other

    def write(self, files: Mapping[str, str] | None = None) -> None:
        self.files.update(files or {})
        docs = self.root / "docs"
        for rel, content in self.files.items():
            target = docs / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
        (self.root / self.config_name).write_text(
            yaml.safe_dump(self.config, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )

    def remove(self, rel: str) -> None:
        self.files.pop(rel, None)
        (self.root / "docs" / rel).unlink()

    def build(self, *, command: str = "build", strict: bool = False) -> BuiltSite:
        self.write()
        cfg = build_in_process(self.root / self.config_name, strict=strict, command=command)
        return BuiltSite(Path(cfg.site_dir), cfg)


def build_in_process(
    config_file: Path,
    *,
    site_dir: Path | None = None,
    strict: bool = False,
    command: str = "build",
) -> Any:
    """``mkdocs build`` of ``config_file`` in this process (``site_dir`` overrides the
    config's); the loaded configuration."""
    options: dict[str, Any] = {"strict": strict}
    if site_dir is not None:
        options["site_dir"] = str(site_dir)
    cfg = load_config(config_file=str(config_file), **options)
    cfg.plugins.on_startup(command=command, dirty=False)
    try:
        build(cfg)
    finally:
        # MkDocs caches plugin instances across loads in one process; Material's blog
        # plugin deletes its temporary folder on shutdown and recreates it only when
        # it generates a view, so a later build without posts would fail to shut down.
        for plugin in cfg.plugins.values():
            temp_dir = getattr(plugin, "temp_dir", None)
            if isinstance(temp_dir, str):
                os.makedirs(temp_dir, exist_ok=True)
        cfg.plugins.on_shutdown()
    return cfg
