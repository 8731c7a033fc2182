"""The build benchmark: the plugin enabled against disabled, on synthetic blogs of N posts.

For each N it generates the project (``bench.generate``) with the site's configuration
and every other stay-tuned option at its default, makes one untimed warm-up build, then
``repeats`` timed builds of each variant, alternating which goes first, each a plain
``mkdocs build`` in a fresh process, and after each round one more enabled build under
``bench.plugin_time``, which times the plugin's own functions (its timers slow that
build down, so it is kept out of the wall and CPU times). Reported per N: the median
wall and CPU times of each variant and their paired ratios, the peak memory (max RSS)
of the build processes, and the plugin's own time. Extra rows: the plugin with
``speedups: false`` (when it has that option), and a plain Material blog (none of the
plugin's syntax) with the plugin listed and without. Then ``mkdocs serve``: the time of
a rebuild after editing one post, with and without the plugin (``bench.serve``).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import importlib.metadata
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bench.generate import REPO_ROOT, Blog, generate

DEFAULT_SIZES = (100, 500, 2000)
QUICK_SIZES = (10,)
DEFAULT_REPEATS = 3
DEFAULT_SERVE_POSTS = 500
BEGIN = "<!-- bench:results:begin -->"
END = "<!-- bench:results:end -->"
DISTRIBUTIONS = (
    "mkdocs",
    "mkdocs-material",
    "pymdown-extensions",
    "mkdocs-rss-plugin",
    "Markdown",
    "mkdocs-stay-tuned",
)


class BuildFailed(RuntimeError):
    """A benchmark build exited non-zero; the message holds its log."""


@dataclass
class Run:
    """One build: wall and CPU (user + system) seconds of its process, its max RSS, the
    warnings it logged, and, for a build under ``bench.plugin_time``, the time spent
    inside the stay_tuned package (zero for a plain build)."""

    seconds: float
    cpu_seconds: float
    max_rss_kib: int
    warnings: int
    plugin_seconds: float = 0.0
    plugin_cpu_seconds: float = 0.0
    build_seconds: float = 0.0
    """The build itself, timed inside the process (no interpreter start-up)."""
    build_cpu_seconds: float = 0.0
    plugin_calls: int = 0
    """Calls of the plugin's functions, nested ones included (``bench.plugin_time``)."""
    plugin_gc_cpu_seconds: float = 0.0
    """Of ``plugin_cpu_seconds``, the garbage collections that ran in the plugin's code."""
    plugin_entries: dict[str, float] = field(default_factory=dict)
    """``plugin_cpu_seconds`` by way into the package (``bench.plugin_time.entry_name``
    of the outermost function)."""


OFF = "off"
ON = "on"
NO_SPEEDUPS = "on-nospeedups"
"""The plugin with ``speedups: false``: the features' own cost."""
PLAIN_OFF = "plain-off"
PLAIN_ON = "plain-on"
"""A Material blog that uses none of the plugin's syntax, without and with the plugin
listed (no options): what the speedups alone give any Material blog."""
PAIRS = ((ON, OFF), (NO_SPEEDUPS, OFF), (PLAIN_ON, PLAIN_OFF))
"""Each variant and the build it is compared with, back to back."""


@dataclass
class Result:
    n: int
    series: int
    runs: dict[str, list[Run]] = field(default_factory=dict)
    """Timed plain builds by variant (``OFF``, ``ON``, ...), in repetition order."""
    profiled: list[Run] = field(default_factory=list)
    """Enabled builds with the plugin's functions timed (not in the wall and CPU times)."""

    @property
    def off(self) -> list[Run]:
        return self.runs.get(OFF, [])

    @property
    def on(self) -> list[Run]:
        return self.runs.get(ON, [])

    @staticmethod
    def median(runs: list[Run], figure: str = "seconds") -> float:
        return float(statistics.median(getattr(r, figure) for r in runs))

    @staticmethod
    def spread(runs: list[Run]) -> float:
        """(slowest - fastest) / median wall time: how noisy the runs were."""
        times = [r.seconds for r in runs]
        return (max(times) - min(times)) / statistics.median(times)

    def ratio(self, figure: str = "seconds", variant: str = ON, baseline: str = OFF) -> float:
        """Median over repetitions of variant / baseline, each pair built back to back:
        robust to a machine that drifts slower or faster during the run."""
        return statistics.median(
            float(getattr(a, figure)) / float(getattr(b, figure))
            for a, b in zip(self.runs[variant], self.runs[baseline], strict=True)
        )

    def peak_mib(self, variant: str) -> float:
        return max(run.max_rss_kib for run in self.runs[variant]) / 1024

    @property
    def plugin_seconds(self) -> float:
        """The plugin's own CPU time (median of the profiled builds)."""
        return self.median(self.profiled, "plugin_cpu_seconds")

    @property
    def plugin_share(self) -> float:
        """The plugin's own CPU time as a share of the build's, in the same process."""
        return statistics.median(r.plugin_cpu_seconds / r.build_cpu_seconds for r in self.profiled)

    def entry_seconds(self) -> dict[str, float]:
        """The plugin's own CPU time by way into it: for each entry, the median over the
        profiled builds (zero in a build it did not run in)."""
        names = {name for run in self.profiled for name in run.plugin_entries}
        return {
            name: float(statistics.median(r.plugin_entries.get(name, 0.0) for r in self.profiled))
            for name in names
        }

    @property
    def warnings(self) -> int:
        runs = [run for group in self.runs.values() for run in group]
        return max((r.warnings for r in runs + self.profiled), default=0)


@dataclass
class ServeResult:
    """``mkdocs serve`` rebuilds after editing one post (``bench.serve``), by variant."""

    n: int
    first: dict[str, list[float]] = field(default_factory=dict)
    first_cpu: dict[str, list[float]] = field(default_factory=dict)
    rebuilds: dict[str, list[float]] = field(default_factory=dict)
    rebuilds_cpu: dict[str, list[float]] = field(default_factory=dict)


def plugin_has_option(name: str) -> bool:
    """Whether the installed stay-tuned plugin accepts the option ``name`` (MkDocs only
    warns about an unknown option, so a build would not tell)."""
    from stay_tuned.config import StayTunedConfig

    schema = getattr(StayTunedConfig, "_schema", ())
    return any(key == name for key, _ in schema)


def _env() -> dict[str, str]:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": ""}


def timed_build(config: Path, site_dir: Path, *, profiled: bool = False) -> Run:
    """One ``mkdocs build`` in a fresh process: wall and CPU time, and the child's own
    max RSS; ``profiled``: under ``bench.plugin_time`` (MkDocs' own CLI with the plugin's
    functions timed), which also gives the plugin's own time."""
    runner = ["bench.plugin_time"] if profiled else ["mkdocs", "build", "-q"]
    command = [sys.executable, "-m", *runner, "-f", str(config), "-d", str(site_dir)]
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as log:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=REPO_ROOT, env=_env(), stdout=out, stderr=log)
        # wait4, not wait: it returns this child's own resource usage (max RSS in KiB).
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        log.seek(0)
        output, messages = out.read(), log.read()
    if process.returncode != 0:
        raise BuildFailed(f"mkdocs build -f {config} failed:\n{messages}{output}")
    run = Run(
        seconds=seconds,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        max_rss_kib=usage.ru_maxrss,
        warnings=sum(1 for line in messages.splitlines() if line.startswith("WARNING")),
    )
    if not profiled:
        return run
    figures = json.loads(output.strip().splitlines()[-1])
    return dataclasses.replace(
        run,
        plugin_seconds=float(figures["plugin"]),
        plugin_cpu_seconds=float(figures["plugin_cpu"]),
        build_seconds=float(figures["build"]),
        build_cpu_seconds=float(figures["build_cpu"]),
        plugin_calls=int(figures.get("all_calls", 0)),
        plugin_gc_cpu_seconds=float(figures.get("plugin_gc_cpu", 0.0)),
        plugin_entries={k: float(v) for k, v in figures.get("entries", {}).items()},
    )


def measure(
    n: int,
    workdir: Path,
    *,
    repeats: int,
    today: datetime.date | None = None,
    extras: bool = True,
    options: dict[str, Any] | None = None,
    say: Callable[[str], None] = print,
) -> Result:
    """Time the builds of a generated blog of ``n`` posts with the plugin's default
    options (the site's own options only) and without the plugin; with ``extras``, also
    with ``speedups: false`` (when the plugin has that option) and the plain blog
    (Material alone, without and with the plugin listed). ``options`` (``--option``)
    are added to stay-tuned's options in the builds of the generated blog."""
    blog: Blog = generate(workdir / str(n), n, today=today, options=options)
    result = Result(n, len(blog.series))
    groups: list[dict[str, Path]] = [{OFF: blog.config_off, ON: blog.config_on}]
    if extras:
        if plugin_has_option("speedups"):
            groups[0][NO_SPEEDUPS] = blog.write_config(
                "nospeedups", enabled=True, options={**(options or {}), "speedups": False}
            )
        else:
            say("the plugin has no 'speedups' option: no speedups: false row")
        plain = generate(workdir / f"{n}-plain", n, today=today, plain=True)
        groups.append({PLAIN_OFF: plain.config_off, PLAIN_ON: plain.config_on})
    say(f"N={n}: warm-up build")
    timed_build(blog.config_off, blog.root / "site-off")
    for index in range(repeats):
        for group in groups:
            order = list(group.items())
            if index % 2:
                order.reverse()
            for name, config in order:
                run = timed_build(config, config.parent / f"site-{name}")
                result.runs.setdefault(name, []).append(run)
                say(
                    f"N={n}: {name:14} {run.seconds:7.2f} s wall {run.cpu_seconds:7.2f} s CPU "
                    f"{run.max_rss_kib / 1024:5.0f} MiB"
                )
        run = timed_build(blog.config_on, blog.root / "site-profiled", profiled=True)
        result.profiled.append(run)
        say(
            f"N={n}: plugin on, its functions timed: {run.plugin_cpu_seconds:.3f} s CPU "
            f"of {run.build_cpu_seconds:.2f} s, {run.plugin_calls} calls"
        )
    return result


def serve_run(config: Path, post: Path, rebuilds: int) -> dict[str, Any]:
    """One ``bench.serve`` process: the first build and ``rebuilds`` rebuilds."""
    command = [
        sys.executable,
        "-m",
        "bench.serve",
        "-f",
        str(config),
        "--edit",
        str(post),
        "--rebuilds",
        str(rebuilds),
    ]
    process = subprocess.run(
        command, cwd=REPO_ROOT, env=_env(), capture_output=True, text=True, check=False
    )
    if process.returncode != 0:
        raise BuildFailed(f"bench.serve -f {config} failed:\n{process.stderr}{process.stdout}")
    figures: dict[str, Any] = json.loads(process.stdout.strip().splitlines()[-1])
    return figures


def measure_serve(
    n: int,
    workdir: Path,
    *,
    repeats: int,
    rebuilds: int,
    today: datetime.date | None = None,
    say: Callable[[str], None] = print,
) -> ServeResult:
    """``mkdocs serve`` on a generated blog of ``n`` posts, with and without the plugin
    (alternating, a fresh process each): the first build, then ``rebuilds`` rebuilds,
    each after editing the same post."""
    blog = generate(workdir / f"serve-{n}", n, today=today)
    post = blog.root / "docs" / sorted(blog.posts)[len(blog.posts) // 2]
    result = ServeResult(n)
    for index in range(repeats):
        order = [(OFF, blog.config_off), (ON, blog.config_on)]
        if index % 2:
            order.reverse()
        for name, config in order:
            figures = serve_run(config, post, rebuilds)
            for key in ("first", "first_cpu"):
                getattr(result, key).setdefault(name, []).append(float(figures[key]))
            for key in ("rebuilds", "rebuilds_cpu"):
                getattr(result, key).setdefault(name, []).extend(map(float, figures[key]))
            say(
                f"serve N={n}: {name:3} first build {figures['first_cpu']:.2f} s CPU, "
                "rebuilds " + ", ".join(f"{cpu:.2f}" for cpu in figures["rebuilds_cpu"]) + " s CPU"
            )
    return result


def machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = []
    for dist in DISTRIBUTIONS:
        try:
            versions.append(f"{dist} {importlib.metadata.version(dist)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{dist} (not installed)")
    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty", "--abbrev=7"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return [
        f"- Date: {datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}",
        f"- CPU: {cpu}, {os.cpu_count()} cores; {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()}; {', '.join(versions)}",
        f"- Commit: {commit or 'unknown'}",
    ]


def _ratio_cell(r: Result, figure: str, variant: str, baseline: str) -> str:
    if variant not in r.runs or baseline not in r.runs:
        return "-"
    ratio = r.ratio(figure, variant, baseline)
    return f"{ratio:.3f} ({(ratio - 1) * 100:+.1f} %)"


def table(results: Sequence[Result], repeats: int) -> list[str]:
    lines = [
        "| posts | series | wall, plugin off | wall, plugin on | on / off (wall) "
        "| on / off (CPU) | peak RSS off / on | plugin's own CPU time | per post | growth |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    previous: Result | None = None
    for r in results:
        growth = "-"
        if previous is not None and previous.plugin_seconds > 0:
            growth = f"x{r.plugin_seconds / previous.plugin_seconds:.2f}"
            calls, before = (
                r.median(r.profiled, "plugin_calls"),
                previous.median(previous.profiled, "plugin_calls"),
            )
            if before:
                growth += f" (calls x{calls / before:.2f})"
            growth += f" for x{r.n / previous.n:.1f} posts"
        lines.append(
            f"| {r.n} | {r.series} "
            f"| {Result.median(r.off):.2f} s (±{Result.spread(r.off) * 50:.0f} %) "
            f"| {Result.median(r.on):.2f} s (±{Result.spread(r.on) * 50:.0f} %) "
            f"| {_ratio_cell(r, 'seconds', ON, OFF)} "
            f"| {_ratio_cell(r, 'cpu_seconds', ON, OFF)} "
            f"| {r.peak_mib(OFF):.0f} / {r.peak_mib(ON):.0f} MiB "
            f"| {r.plugin_seconds:.3f} s ({r.plugin_share * 100:.1f} % of the build; "
            f"GC {r.median(r.profiled, 'plugin_gc_cpu_seconds'):.3f} s) "
            f"| {r.plugin_seconds / r.n * 1000:.2f} ms | {growth} |"
        )
        previous = r
    notes = [
        "",
        f"Medians of {repeats} builds per variant, alternating which goes first, each a "
        "fresh process (interpreter start-up included), after one untimed warm-up; ± is "
        "half the spread (slowest - fastest) of the wall times around the median. The "
        "on / off ratios are medians of the ratios of each back-to-back pair of builds, "
        "so that a machine drifting slower during the run does not bias them. CPU is "
        "user + system time of the build process. Peak RSS is the largest max RSS of "
        "those processes. The plugin's own time is measured in separate enabled builds, "
        "one after each pair, whose timers would slow the timed builds down: the median "
        "of the CPU time while any `stay_tuned` function is on the stack "
        "(`bench/plugin_time.py`), and its share of the build's CPU time in the same "
        "process: CPU times do not grow when other processes compete for the CPU. GC: "
        "the part of it spent in garbage collections that started in the plugin's code "
        "(Python collects after enough allocations, wherever they happen; a full "
        "collection walks the whole heap, most of it MkDocs' and Material's). "
        "Growth compares each size with the one before: the plugin's own time, and in "
        "brackets how many calls of its functions (nested ones too) the build made, which "
        "counts its work without the clock.",
    ]
    warned = [r.n for r in results if r.warnings]
    if warned:
        notes.append(f"Builds logged warnings at N = {', '.join(map(str, warned))}.")
    return lines + notes


def extra_table(results: Sequence[Result]) -> list[str]:
    """The other settings: ``speedups: false`` against no plugin, on the same blog, and
    the plain blog (Material alone) with the plugin listed against without it."""
    if not any(PLAIN_ON in r.runs for r in results):
        return []
    lines = [
        "",
        "| posts | `speedups: false` / off (wall) | (CPU) | peak RSS | Material alone: "
        "plugin listed / not (wall) | (CPU) | peak RSS not / listed |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        rss = f"{r.peak_mib(NO_SPEEDUPS):.0f} MiB" if NO_SPEEDUPS in r.runs else "-"
        lines.append(
            f"| {r.n} | {_ratio_cell(r, 'seconds', NO_SPEEDUPS, OFF)} "
            f"| {_ratio_cell(r, 'cpu_seconds', NO_SPEEDUPS, OFF)} | {rss} "
            f"| {_ratio_cell(r, 'seconds', PLAIN_ON, PLAIN_OFF)} "
            f"| {_ratio_cell(r, 'cpu_seconds', PLAIN_ON, PLAIN_OFF)} "
            f"| {r.peak_mib(PLAIN_OFF):.0f} / {r.peak_mib(PLAIN_ON):.0f} MiB |"
        )
    notes = [
        "",
        "`speedups: false`: the same blog and options with the plugin's speedups turned "
        "off, against the same build without the plugin: what the features cost by "
        "themselves. Material alone: the same posts as a blog that uses none of the "
        "plugin's syntax (Material's `tip` and `note` admonitions for the callouts, no "
        "series file, none of the site's stay-tuned options), built with `- stay-tuned` "
        "listed and without it: what the speedups alone give any Material blog. Both are "
        "paired and alternated like the main rows.",
    ]
    if not any(NO_SPEEDUPS in r.runs for r in results):
        notes += [
            "",
            "The plugin measured has no `speedups` option: no `speedups: false` figures.",
        ]
    return lines + notes


def serve_table(result: ServeResult | None) -> list[str]:
    if result is None:
        return []
    lines = [
        "",
        f"`mkdocs serve`, {result.n} posts: a rebuild after editing one post",
        "",
        "| plugin | first build (wall) | (CPU) | rebuild (wall) | (CPU) |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name in (OFF, ON):
        lines.append(
            f"| {name} | {statistics.median(result.first[name]):.2f} s "
            f"| {statistics.median(result.first_cpu[name]):.2f} s "
            f"| {statistics.median(result.rebuilds[name]):.2f} s "
            f"| {statistics.median(result.rebuilds_cpu[name]):.2f} s |"
        )
    on_off = statistics.median(result.rebuilds_cpu[ON]) / statistics.median(
        result.rebuilds_cpu[OFF]
    )
    lines += [
        "",
        f"Rebuild, plugin on / off (CPU): {on_off:.3f} ({(on_off - 1) * 100:+.1f} %). "
        "Medians over every rebuild of every process (`bench/serve.py`: what `mkdocs "
        "serve` does on a change, without the HTTP server and the file watcher: the "
        "configuration loaded again, then a full build with the server's URL, in the "
        "same process as the first build; `on_startup` fired once).",
    ]
    return lines


SPEEDUPS_MODULE = "speedups."
"""Entries of ``stay_tuned.speedups``: the speedups' own work (excerpts shown again on
index pages, the membership test of the posts list), against the features'."""

ENTRY_ROWS = 12


def entries_table(results: Sequence[Result]) -> list[str]:
    """Where the plugin's own CPU time goes: per post, by way into the package, the
    largest ways at the largest size first."""
    profiled = [r for r in results if r.profiled and any(run.plugin_entries for run in r.profiled)]
    if not profiled:
        return []
    by_size = {r.n: r.entry_seconds() for r in profiled}
    largest = by_size[profiled[-1].n]
    names = sorted(largest, key=lambda name: -largest[name])
    shown, rest = names[:ENTRY_ROWS], names[ENTRY_ROWS:]
    sizes = " | ".join(f"{r.n} posts" for r in profiled)
    lines = [
        "",
        "Where the plugin's own CPU time goes, in ms per post, by way into the package "
        "(the outermost `stay_tuned` function of each call):",
        "",
        f"| entry | {sizes} |",
        "| --- |" + " ---: |" * len(profiled),
    ]

    def total(entries: dict[str, float], names: Container[str], inside: bool = True) -> float:
        return sum(v for k, v in entries.items() if (k in names) == inside)

    speedups = {n for entries in by_size.values() for n in entries if n.startswith(SPEEDUPS_MODULE)}
    rows = [(f"`{name}`", {n: e.get(name, 0.0) for n, e in by_size.items()}) for name in shown]
    if rest:
        others = {n: total(e, shown, inside=False) for n, e in by_size.items()}
        rows.append((f"{len(rest)} others", others))
    rows += [
        (
            "of all: the speedups' own code (`stay_tuned.speedups`)",
            {n: total(e, speedups) for n, e in by_size.items()},
        ),
        ("of all: the features", {n: total(e, speedups, inside=False) for n, e in by_size.items()}),
    ]
    for label, seconds in rows:
        cells = " | ".join(f"{seconds[r.n] / r.n * 1000:.3f}" for r in profiled)
        lines.append(f"| {label} | {cells} |")
    lines += [
        "",
        "Medians over the profiled builds, entry by entry (so they add up to about the "
        "plugin's own time above, not exactly). An entry is a function MkDocs, Material, "
        "Python-Markdown or Jinja calls: an event method, a Markdown processor, what the "
        "plugin puts in the host's place; its figure holds every plugin function it "
        "calls. Material's own excerpt conversion, which the speedups call on its "
        "behalf, is not in it; the plugin's Markdown processors that run inside that "
        "conversion are their own entries.",
    ]
    return lines


def report(
    results: Sequence[Result],
    repeats: int,
    command: str,
    serve: ServeResult | None = None,
    options: dict[str, Any] | None = None,
) -> str:
    site = (
        "- Site: the Love and Dating `mkdocs.yml` (its own stay-tuned options: "
        "`sign_off`, `follow`, `feed_excerpts`); every other option at its default"
    )
    if options:
        added = ", ".join(f"`{name}: {value}`" for name, value in options.items())
        site = f"{site}, except {added} (main and `speedups: false` rows)"
    return "\n".join(
        [
            BEGIN,
            f"Latest run (`{command}`):",
            "",
            *machine(),
            site,
            "",
            *table(results, repeats),
            *entries_table(results),
            *extra_table(results),
            *serve_table(serve),
            END,
        ]
    )


HEADER = """\
# Build benchmark

`.venv/bin/python -m bench` regenerates the block below (see README, "Benchmark").
Targets (issue 14): with default options, the whole build with the plugin takes at
most 1.00 of the build without it at 100 posts, 0.80 at 500 and 0.50 at 2000; the
plugin's own code at most 1 ms of CPU per post, linear in posts; a `mkdocs serve`
rebuild no slower with the plugin.

"""


def write_results(path: Path, block: str) -> None:
    """Replace the results block of ``path`` (create the file if needed), keeping any
    hand-written history around it."""
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER + BEGIN + "\n" + END
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        text = head + block + tail
    else:
        text = text.rstrip("\n") + "\n\n" + block
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def parse_option(text: str) -> tuple[str, Any]:
    """``name=value`` (the value read as YAML, as in mkdocs.yml)."""
    name, equals, value = text.partition("=")
    if not equals or not name.strip():
        raise argparse.ArgumentTypeError("an option is name=value, e.g. series_nav=all")
    return name.strip(), yaml.safe_load(value)


def parse_sizes(text: str) -> list[int]:
    sizes = [int(part) for part in text.replace(",", " ").split()]
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes are positive post counts, e.g. 100,500,2000")
    return sizes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench", description=__doc__.split("\n\n", 1)[0]
    )
    parser.add_argument(
        "--sizes",
        type=parse_sizes,
        help="comma-separated post counts (default: 100,500,2000)",
    )
    parser.add_argument(
        "--repeats", type=int, help=f"timed builds per variant (default {DEFAULT_REPEATS})"
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smoke run: 10 posts, 1 build per variant, results in the work folder",
    )
    parser.add_argument(
        "--main-only",
        action="store_true",
        help="only the default options against no plugin (no speedups: false, no plain blog)",
    )
    parser.add_argument(
        "--option",
        type=parse_option,
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a stay-tuned option for the generated blog's builds (repeatable), e.g. "
        "series_nav=all; the main rows then no longer show the defaults",
    )
    parser.add_argument(
        "--serve-posts",
        type=int,
        help=f"posts of the mkdocs serve rebuild benchmark (default {DEFAULT_SERVE_POSTS}; "
        "0: skip it)",
    )
    parser.add_argument(
        "--rebuilds", type=int, default=3, help="mkdocs serve rebuilds per process (default 3)"
    )
    parser.add_argument(
        "--workdir", type=Path, default=REPO_ROOT / "bench" / "out", help="generated sites"
    )
    parser.add_argument("--output", type=Path, help="results file (default bench/RESULTS.md)")
    args = parser.parse_args(argv)

    sizes = args.sizes or list(QUICK_SIZES if args.quick else DEFAULT_SIZES)
    repeats = args.repeats or (1 if args.quick else DEFAULT_REPEATS)
    serve_posts = args.serve_posts
    if serve_posts is None:
        serve_posts = min(sizes) if args.quick else DEFAULT_SERVE_POSTS
    output = args.output or (
        args.workdir / "RESULTS-quick.md" if args.quick else REPO_ROOT / "bench" / "RESULTS.md"
    )
    command = " ".join(["python -m bench", *(argv if argv is not None else sys.argv[1:])])
    started = time.perf_counter()
    try:
        results = [
            measure(
                n,
                args.workdir,
                repeats=repeats,
                extras=not args.main_only,
                options=dict(args.option) or None,
            )
            for n in sorted(sizes)
        ]
        serve = (
            measure_serve(serve_posts, args.workdir, repeats=repeats, rebuilds=args.rebuilds)
            if serve_posts > 0
            else None
        )
    except BuildFailed as error:
        print(error, file=sys.stderr)
        return 1
    output.parent.mkdir(parents=True, exist_ok=True)
    write_results(output, report(results, repeats, command.strip(), serve, dict(args.option)))
    print("\n".join([*table(results, repeats), *extra_table(results), *serve_table(serve)]))
    print(f"\nWrote {output} in {time.perf_counter() - started:.0f} s")
    return 0
