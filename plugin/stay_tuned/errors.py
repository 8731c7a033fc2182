"""The package's one error type."""

from __future__ import annotations

from mkdocs.exceptions import PluginError


class StayTunedError(PluginError):
    """An author-facing error: the message names the file and the key, and shows a fix.

    It subclasses MkDocs' ``PluginError`` so ``mkdocs build`` prints it as a clean
    error line and exits non-zero, without a traceback.
    """
