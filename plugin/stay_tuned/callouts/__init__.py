"""Callouts: strategies, benefits and other advice, written in admonition syntax.

``stay_tuned.callouts`` is also the Python-Markdown extension name: the plugin adds it
to ``markdown_extensions`` by itself. It never adds ``admonition`` or
``pymdownx.details``; on a site without them the extension parses the callout types'
``!!!``/``???`` openers itself (``processors``), and other types stay text.
"""

from stay_tuned.callouts.extension import (
    EXTENSION_NAME,
    Callout,
    CalloutReport,
    CalloutsExtension,
    Host,
    Problem,
    makeExtension,
    report_of,
    use_for_excerpts,
)
from stay_tuned.callouts.types import STRATEGY, CalloutType, CalloutTypeConfig, CalloutTypes

__all__ = [
    "EXTENSION_NAME",
    "STRATEGY",
    "Callout",
    "CalloutReport",
    "CalloutType",
    "CalloutTypeConfig",
    "CalloutTypes",
    "CalloutsExtension",
    "Host",
    "Problem",
    "makeExtension",
    "report_of",
    "use_for_excerpts",
]
