"""The build benchmark: the plugin enabled against disabled, on synthetic blogs of N posts.

For each N it generates the project (``bench.generate``), makes one untimed warm-up
build, then ``repeats`` timed builds of each variant, alternating which goes first, each
a plain ``mkdocs build`` in a fresh process, and after each pair one more enabled build
under ``bench.plugin_time``, which times the plugin's own functions (its timers slow
that build down, so it is kept out of the wall and CPU times). Reported per N: the
median wall and CPU times of each variant and their ratios, the peak memory (max RSS)
of the build processes, and the plugin's own time.
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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.generate import REPO_ROOT, Blog, generate

DEFAULT_SIZES = (100, 500, 2000)
QUICK_SIZES = (10,)
DEFAULT_REPEATS = 3
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


@dataclass
class Result:
    n: int
    series: int
    off: list[Run] = field(default_factory=list)
    on: list[Run] = field(default_factory=list)
    profiled: list[Run] = field(default_factory=list)
    """Enabled builds with the plugin's functions timed (not in the wall and CPU times)."""

    @staticmethod
    def median(runs: list[Run], figure: str = "seconds") -> float:
        return float(statistics.median(getattr(r, figure) for r in runs))

    @staticmethod
    def spread(runs: list[Run]) -> float:
        """(slowest - fastest) / median wall time: how noisy the runs were."""
        times = [r.seconds for r in runs]
        return (max(times) - min(times)) / statistics.median(times)

    def ratio(self, figure: str = "seconds") -> float:
        """Median over repetitions of on / off, each pair built back to back: robust to
        a machine that drifts slower or faster during the run."""
        return statistics.median(
            float(getattr(on, figure)) / float(getattr(off, figure))
            for on, off in zip(self.on, self.off, strict=True)
        )

    @property
    def plugin_seconds(self) -> float:
        """The plugin's own CPU time (median of the profiled builds)."""
        return self.median(self.profiled, "plugin_cpu_seconds")

    @property
    def plugin_share(self) -> float:
        """The plugin's own CPU time as a share of the build's, in the same process."""
        return statistics.median(r.plugin_cpu_seconds / r.build_cpu_seconds for r in self.profiled)

    @property
    def warnings(self) -> int:
        return max((r.warnings for r in self.off + self.on + self.profiled), default=0)


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
    )


def measure(
    n: int,
    workdir: Path,
    *,
    repeats: int,
    today: datetime.date | None = None,
    series_nav: str = "index",
    say: Callable[[str], None] = print,
) -> Result:
    blog: Blog = generate(workdir / str(n), n, today=today, options={"series_nav": series_nav})
    result = Result(n, len(blog.series))
    root = blog.root
    say(f"N={n}: warm-up build")
    timed_build(blog.config_off, root / "site-off")
    for index in range(repeats):
        order = [("off", blog.config_off), ("on", blog.config_on)]
        if index % 2:
            order.reverse()
        for name, config in order:
            run = timed_build(config, root / f"site-{name}")
            getattr(result, name).append(run)
            say(
                f"N={n}: plugin {name:3} {run.seconds:7.2f} s wall {run.cpu_seconds:7.2f} s CPU "
                f"{run.max_rss_kib / 1024:5.0f} MiB"
            )
        run = timed_build(blog.config_on, root / "site-profiled", profiled=True)
        result.profiled.append(run)
        say(
            f"N={n}: plugin on, its functions timed: {run.plugin_cpu_seconds:.3f} s CPU "
            f"of {run.build_cpu_seconds:.2f} s, {run.plugin_calls} calls"
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
        rss_off = max(run.max_rss_kib for run in r.off) / 1024
        rss_on = max(run.max_rss_kib for run in r.on) / 1024
        lines.append(
            f"| {r.n} | {r.series} "
            f"| {Result.median(r.off):.2f} s (±{Result.spread(r.off) * 50:.0f} %) "
            f"| {Result.median(r.on):.2f} s (±{Result.spread(r.on) * 50:.0f} %) "
            f"| {r.ratio():.3f} ({(r.ratio() - 1) * 100:+.1f} %) "
            f"| {r.ratio('cpu_seconds'):.3f} ({(r.ratio('cpu_seconds') - 1) * 100:+.1f} %) "
            f"| {rss_off:.0f} / {rss_on:.0f} MiB "
            f"| {r.plugin_seconds:.3f} s ({r.plugin_share * 100:.1f} % of the build) "
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
        "process: CPU times do not grow when other processes compete for the CPU. "
        "Growth compares each size with the one before: the plugin's own time, and in "
        "brackets how many calls of its functions (nested ones too) the build made, which "
        "counts its work without the clock.",
    ]
    warned = [r.n for r in results if r.warnings]
    if warned:
        notes.append(f"Builds logged warnings at N = {', '.join(map(str, warned))}.")
    return lines + notes


def report(results: Sequence[Result], repeats: int, command: str, series_nav: str) -> str:
    return "\n".join(
        [
            BEGIN,
            f"Latest run (`{command}`):",
            "",
            *machine(),
            "- Site: the Love and Dating `mkdocs.yml` with stay-tuned's "
            f"`series_nav: {series_nav}`",
            "",
            *table(results, repeats),
            END,
        ]
    )


HEADER = """\
# Build benchmark

`.venv/bin/python -m bench` regenerates the block below (see README, "Benchmark").
Targets (issue 6): at 2000 posts the plugin adds at most 5 % to the build's wall time,
and its own time grows linearly with N (doubling N at most doubles it, within noise).

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
        "--workdir", type=Path, default=REPO_ROOT / "bench" / "out", help="generated sites"
    )
    parser.add_argument("--output", type=Path, help="results file (default bench/RESULTS.md)")
    parser.add_argument(
        "--series-nav",
        choices=("all", "index"),
        default="index",
        help="the plugin's series_nav option (default index: a blog with hundreds of "
        "series lists only the series index in its navigation)",
    )
    args = parser.parse_args(argv)

    sizes = args.sizes or list(QUICK_SIZES if args.quick else DEFAULT_SIZES)
    repeats = args.repeats or (1 if args.quick else DEFAULT_REPEATS)
    output = args.output or (
        args.workdir / "RESULTS-quick.md" if args.quick else REPO_ROOT / "bench" / "RESULTS.md"
    )
    command = " ".join(["python -m bench", *(argv if argv is not None else sys.argv[1:])])
    started = time.perf_counter()
    try:
        results = [
            measure(n, args.workdir, repeats=repeats, series_nav=args.series_nav)
            for n in sorted(sizes)
        ]
    except BuildFailed as error:
        print(error, file=sys.stderr)
        return 1
    output.parent.mkdir(parents=True, exist_ok=True)
    write_results(output, report(results, repeats, command.strip(), args.series_nav))
    print("\n".join(table(results, repeats)))
    print(f"\nWrote {output} in {time.perf_counter() - started:.0f} s")
    return 0
