"""The package's one error type."""

from __future__ import annotations

from mkdocs.exceptions import PluginError

from stay_tuned.messages import prefixed


class StayTunedError(PluginError):
    """An author-facing error: the message names the file and the key, and shows a fix.

    It subclasses MkDocs' ``PluginError`` so ``mkdocs build`` prints it as a clean
    error line and exits non-zero, without a traceback. The message is written without
    the ``stay-tuned: `` prefix, which is added here (once), as the logger adds it to
    warnings.
    """

    def __init__(self, message: str) -> None:
        super().__init__(prefixed(message))
