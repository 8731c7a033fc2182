"""Golden Markdown -> HTML cases for callouts (tests/cases/callouts/*.yml), run through a
real Python-Markdown instance with the site's usual extensions and ours.

A case has `name`, `markdown`, `html` and optionally:
- `problems`: the warnings the extension reports, as `[line, regex]` pairs;
- `excerpt: true`: render as a blog excerpt (`excerpt_separator`: Material's separator);
- `takeaways: true`: a host that returns a box listing the strategy ids;
- `id_prefix`: the extension's id prefix (Markdown from a plugin option: the sign-off);
- `extensions`: extra extension names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import markdown
import yaml
from stay_tuned.callouts import Callout, CalloutReport, CalloutsExtension, report_of

CASES_DIR = Path(__file__).parent / "cases" / "callouts"
BASE_EXTENSIONS = ["admonition", "pymdownx.details", "pymdownx.superfences", "attr_list", "toc"]
SYNTAX_EXTENSIONS = ("admonition", "pymdownx.details")


@dataclass
class RecordingHost:
    """A host that records reports and answers with a box of the strategies' ids."""

    box: bool = False
    reports: list[CalloutReport] = field(default_factory=list)

    def document_done(self, report: CalloutReport) -> None:
        self.reports.append(report)

    def takeaways(self, callouts: Sequence[Callout], span_words: int = 0) -> str | None:
        ids = [c.id for c in callouts if c.type == "strategy"]
        if not self.box or not ids:
            return None
        return f'<nav class="box">{" ".join(ids)}</nav>'


def load_cases() -> list[dict[str, Any]]:
    cases = []
    for path in sorted(CASES_DIR.glob("*.yml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            case["id"] = f"{path.stem}: {case['name']}"
            cases.append(case)
    return cases


def convert(
    case: dict[str, Any], host: RecordingHost | None = None, *, stand_ins: bool = False
) -> tuple[str, CalloutReport]:
    """``stand_ins``: as on a site without admonition and pymdownx.details, whose
    callout syntax our extension parses itself."""
    host = host or RecordingHost(box=bool(case.get("takeaways")))
    extension = CalloutsExtension(
        host=host,
        excerpt=bool(case.get("excerpt")),
        excerpt_separator=case.get("excerpt_separator", ""),
        id_prefix=case.get("id_prefix", ""),
        admonition=stand_ins,
        details=stand_ins,
    )
    base = [e for e in BASE_EXTENSIONS if not stand_ins or e not in SYNTAX_EXTENSIONS]
    md = markdown.Markdown(
        extensions=[*base, *case.get("extensions", []), extension],
        extension_configs={"toc": {"permalink": True}},
    )
    html = md.convert(case["markdown"])
    report = report_of(md)
    assert report is not None
    return html, report
