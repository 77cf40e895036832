#!/usr/bin/env python3
"""Runs every benchmark of the build and prints one table of their figures.

`make bench` calls it. Each benchmark (listed in BUILD/benchmarks.txt by
kassa_add_bench) prints, besides its own human-readable output, one line per
figure (doc/developer-notes.md, "Benchmarks"):

    BENCH figure=ID value=NUM unit=UNIT [goal=<=NUM|>=NUM] [baseline=NUM] [ratio=NUM] [note="TEXT"]

This script runs them one after the other (each one's output is kept in
BUILD/bench-logs/NAME.log), gathers those lines, prints one table (figure,
value, goal, baseline measured in the same run, ratio, pass/fail) and writes
it to BUILD/bench-report.md. A figure with a goal passes when its value meets
it; one without a goal is reported only. The exit status is 1 when a
benchmark failed to run or printed no figure, 0 otherwise (a missed goal is
a finding to report, not a broken build); --strict makes a missed goal fail
too.

usage: bench_report.py [--build DIR] [--only NAME[,NAME…]] [--strict] [--parse FILE…]
"""

import argparse
import datetime
import math
import os
import platform
import re
import shlex
import subprocess
import sys
import time

LINE = re.compile(r"^BENCH\s+(.*)$")
FIGURE_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
GOAL = re.compile(r"^(<=|>=)(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)$")


class BadLine(ValueError):
    pass


def parse_line(text):
    """One BENCH line -> dict, or None when the line is not one. Raises
    BadLine for a BENCH line that breaks the format."""
    m = LINE.match(text.strip())
    if not m:
        return None
    try:
        tokens = shlex.split(m.group(1))
    except ValueError as e:
        raise BadLine(f"{text.strip()}: {e}")
    fields = {}
    for token in tokens:
        key, sep, value = token.partition("=")
        if not sep or not key:
            raise BadLine(f"{text.strip()}: '{token}' is not key=value")
        fields[key] = value
    for required in ("figure", "value", "unit"):
        if required not in fields:
            raise BadLine(f"{text.strip()}: no {required}=")
    if not FIGURE_ID.match(fields["figure"]):
        raise BadLine(f"{text.strip()}: figure id must match {FIGURE_ID.pattern}")
    out = {"figure": fields["figure"], "unit": fields["unit"], "note": fields.get("note", "")}
    for key in ("value", "baseline", "ratio"):
        if key in fields:
            try:
                out[key] = float(fields[key])
            except ValueError:
                raise BadLine(f"{text.strip()}: {key}={fields[key]} is not a number")
            if math.isnan(out[key]):
                raise BadLine(f"{text.strip()}: {key} is NaN")
    if "goal" in fields:
        g = GOAL.match(fields["goal"])
        if not g:
            raise BadLine(f"{text.strip()}: goal must be <=NUM or >=NUM")
        out["goal_op"], out["goal"] = g.group(1), float(g.group(2))
    if "ratio" not in out and out.get("baseline"):
        out["ratio"] = out["value"] / out["baseline"]
    return out


def verdict(fig):
    if "goal" not in fig:
        return "-"
    ok = fig["value"] <= fig["goal"] if fig["goal_op"] == "<=" else fig["value"] >= fig["goal"]
    return "pass" if ok else "FAIL"


def number(x):
    if x is None:
        return "-"
    if x == 0 or 0.01 <= abs(x) < 1e7:
        return f"{x:.3g}" if abs(x) < 100 else f"{x:,.0f}"
    return f"{x:.3g}"


def table(rows):
    """rows: (benchmark, figure dict) -> markdown lines."""
    head = ["benchmark", "figure", "value", "goal", "baseline", "ratio", "result"]
    body = []
    for bench, fig in rows:
        unit = fig["unit"]
        goal = f"{fig['goal_op'].replace('<=', '≤').replace('>=', '≥')} {number(fig['goal'])} {unit}" if "goal" in fig else "-"
        base = f"{number(fig['baseline'])} {unit}" if "baseline" in fig else "-"
        ratio = f"{fig['ratio']:.3g}" if "ratio" in fig else "-"
        body.append([bench, fig["figure"], f"{number(fig['value'])} {unit}", goal, base, ratio, verdict(fig)])
    widths = [max(len(r[i]) for r in [head] + body) for i in range(len(head))]
    fmt = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |"
    lines = [fmt(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += [fmt(r) for r in body]
    return lines


def run_benchmark(build, name, logs):
    exe = os.path.join(build, "tests", "bench", name)
    log_path = os.path.join(logs, name + ".log")
    start = time.monotonic()
    figures, problems = [], []
    print(f"== {name}", flush=True)
    with open(log_path, "w", encoding="utf-8") as log:
        try:
            proc = subprocess.Popen([exe], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace")
        except OSError as e:
            return [], [f"{name}: cannot start: {e}"], 0.0
        for line in proc.stdout:
            log.write(line)
            sys.stdout.write("   " + line)
            sys.stdout.flush()
            try:
                fig = parse_line(line)
            except BadLine as e:
                problems.append(f"{name}: malformed BENCH line: {e}")
                continue
            if fig:
                figures.append(fig)
        code = proc.wait()
    if code != 0:
        problems.append(f"{name}: exited with {code} (see {log_path})")
    if not figures:
        problems.append(f"{name}: printed no BENCH line")
    return figures, problems, time.monotonic() - start


def load_average():
    try:
        with open("/proc/loadavg", encoding="ascii") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return "?"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build")
    ap.add_argument("--only", default="", help="comma-separated benchmark names")
    ap.add_argument("--strict", action="store_true", help="a missed goal fails the run")
    ap.add_argument("--parse", nargs="+", metavar="FILE", help="only parse saved outputs (tests the format)")
    args = ap.parse_args()

    rows, problems = [], []
    if args.parse:
        for path in args.parse:
            with open(path, encoding="utf-8", errors="replace") as f:
                for line in f:
                    try:
                        fig = parse_line(line)
                    except BadLine as e:
                        problems.append(str(e))
                        continue
                    if fig:
                        rows.append((os.path.basename(path), fig))
        print("\n".join(table(rows)))
        for p in problems:
            print("problem:", p, file=sys.stderr)
        return 1 if problems else 0

    listing = os.path.join(args.build, "benchmarks.txt")
    try:
        with open(listing, encoding="utf-8") as f:
            names = [n.strip() for n in f if n.strip()]
    except OSError:
        print(f"bench_report: no {listing}; build the 'benchmarks' target first", file=sys.stderr)
        return 1
    if args.only:
        wanted = set(args.only.split(","))
        names = [n for n in names if n in wanted]
    logs = os.path.join(args.build, "bench-logs")
    os.makedirs(logs, exist_ok=True)
    started = datetime.datetime.now(datetime.timezone.utc)
    load_before = load_average()
    durations = {}
    for name in names:
        figures, trouble, seconds = run_benchmark(args.build, name, logs)
        rows += [(name, fig) for fig in figures]
        problems += trouble
        durations[name] = seconds

    lines = [
        "# Kassa benchmark report",
        "",
        f"{started:%Y-%m-%d %H:%M} UTC, {platform.node()}, {os.cpu_count()} CPUs, "
        f"load {load_before} before / {load_average()} after. "
        "Values are medians (or the percentile named); each baseline was measured in the same run; "
        "ratio = value / baseline unless the note says otherwise.",
        "",
    ]
    lines += table(rows)
    notes = [(bench, fig) for bench, fig in rows if fig["note"]]
    if notes:
        lines += ["", "What each figure measures:", ""]
        lines += [f"- `{fig['figure']}`: {fig['note']}" for _, fig in notes]
    lines += ["", "Run times: " + ", ".join(f"{n} {s:.0f} s" for n, s in durations.items())]
    failed = [fig["figure"] for _, fig in rows if verdict(fig) == "FAIL"]
    if failed:
        lines += ["", "Goals missed: " + ", ".join(failed)]
    if problems:
        lines += ["", "Problems:", ""] + [f"- {p}" for p in problems]
    report = "\n".join(lines) + "\n"
    path = os.path.join(args.build, "bench-report.md")
    with open(path, "w", encoding="utf-8") as f:
        f.write(report)
    print()
    print(report, end="")
    print(f"(written to {path})")
    if problems:
        return 1
    return 1 if (args.strict and failed) else 0


if __name__ == "__main__":
    sys.exit(main())
