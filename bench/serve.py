"""Time ``mkdocs serve`` rebuilds after an author edits one post.

Run as ``python -m bench.serve -f mkdocs.yml --edit docs/blog/posts/x.md`` (a fresh
process). It does what ``mkdocs serve`` does (``mkdocs.commands.serve``) without the
HTTP server and the file watcher: loads the configuration, fires ``on_startup`` with
``command="serve"`` once, sets ``site_url`` to the server's URL and builds into a
temporary folder; then, ``--rebuilds`` times, appends a line to the edited post and runs
the server's rebuild (``load_config`` again, then ``build`` with the ``serve_url``),
which is what the watcher triggers on a change. It prints one JSON line: the first
build's and each rebuild's wall and CPU seconds (CPU: this process's own, unaffected by
other processes competing for the CPU). The post is restored at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("-f", "--config-file", required=True)
    parser.add_argument("--edit", required=True, help="the post to edit between rebuilds")
    parser.add_argument("--rebuilds", type=int, default=3)
    args = parser.parse_args(argv)

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from urllib.parse import urlsplit

    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.livereload import _serve_url

    site_dir = tempfile.mkdtemp(prefix="bench-serve-")
    post = Path(args.edit)
    original = post.read_text(encoding="utf-8")

    def get_config() -> Any:
        return load_config(config_file=args.config_file, site_dir=site_dir)

    def timed(step: Any) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        step()
        return time.perf_counter() - wall, time.process_time() - cpu

    try:
        config = get_config()
        config.plugins.on_startup(command="serve", dirty=False)
        host, port = config.dev_addr
        serve_url = _serve_url(host, port, urlsplit(config.site_url or "/").path)
        config.site_url = serve_url

        def rebuild(config: Any = None) -> None:
            # `builder` in mkdocs.commands.serve: a rebuild reloads the configuration.
            if config is None:
                config = get_config()
                config.site_url = serve_url
            build(config, serve_url=serve_url, dirty=False)

        first = timed(lambda: rebuild(config))
        rebuilds = []
        for number in range(args.rebuilds):
            post.write_text(f"{original}\nEdited {number + 1}.\n", encoding="utf-8")
            rebuilds.append(timed(rebuild))
        config.plugins.on_shutdown()
    finally:
        post.write_text(original, encoding="utf-8")
        shutil.rmtree(site_dir, ignore_errors=True)
    print(
        json.dumps(
            {
                "first": first[0],
                "first_cpu": first[1],
                "rebuilds": [wall for wall, _ in rebuilds],
                "rebuilds_cpu": [cpu for _, cpu in rebuilds],
            }
        )
    )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
