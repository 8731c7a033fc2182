"""How the plugin talks to authors: every warning, info line and error starts with
exactly one ``stay-tuned: ``, the name they write in ``mkdocs.yml``.

Messages are written without the prefix; the logger here and ``StayTunedError`` add it.
"""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from typing import Any

from mkdocs.plugins import PrefixedLogger

NAME = "stay-tuned"
"""The plugin's entry point name: what a site lists in ``plugins``."""

PREFIX = f"{NAME}: "

LOGGER_NAME = "mkdocs.plugins.stay_tuned"
"""Under ``mkdocs.plugins``, so ``mkdocs build --strict`` counts its warnings."""

OVERDUE = "stay_tuned_overdue"
"""The log record attribute of a broken promise that time alone made (an announced date
has passed and the part is not published): the file to change, relative to the folder
of ``mkdocs.yml``. Publishing scripts tell these warnings from the others by it
(``scripts/publish`` deploys a build whose only warnings are these, then fails)."""


def prefixed(message: str) -> str:
    """``message`` starting with the prefix once, whether or not it had it already."""
    return message if message.startswith(PREFIX) else PREFIX + message


class _Logger(PrefixedLogger):
    """MkDocs' plugin logger with the prefix users know, added once."""

    def process(self, msg: Any, kwargs: MutableMapping[str, Any]) -> tuple[str, Any]:
        return prefixed(str(msg)), kwargs


log = _Logger(NAME, logging.getLogger(LOGGER_NAME))
"""The package's one logger."""
