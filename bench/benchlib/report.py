"""Collect the figures of a bench/compare run and write them out: a
Markdown table with herald's ratio to each peer, a CSV file with every
run, and PNG plots drawn by gnuplot."""

import csv
import math
import os
import statistics
import subprocess

HERALD = "herald"
HERALD_ALL = "herald acks=all"
HERALD_ONE = "herald acks=1"
NATS = "NATS JetStream"
REDIS_ALWAYS = "Redis always"
REDIS_EVERYSEC = "Redis everysec"
MACHINE = "this machine"
SYSTEMS = [HERALD, HERALD_ALL, HERALD_ONE, NATS, REDIS_ALWAYS,
           REDIS_EVERYSEC, MACHINE]

# Each ratio sets herald against a peer with the same durability: an fsync
# before the acknowledgement (acks=all, appendfsync always), or a sync about
# once a second or later (acks=1, appendfsync everysec, JetStream's own
# schedule). "herald" columns (start-up, memory, recovery) hold the broker
# with its default settings and are set against every peer.
PAIRS = [(HERALD_ALL, REDIS_ALWAYS), (HERALD_ONE, REDIS_EVERYSEC),
         (HERALD_ONE, NATS), (HERALD, NATS), (HERALD, REDIS_EVERYSEC)]


class Row:
    """One measured quantity of one workload, with the runs per system."""

    def __init__(self, section, workload, metric, unit):
        self.section = section
        self.workload = workload
        self.metric = metric
        self.unit = unit
        self.runs = {}

    def median(self, system):
        values = [v for v in self.runs.get(system, []) if not math.isnan(v)]
        return statistics.median(values) if values else float("nan")


class Results:
    def __init__(self):
        self.rows = []
        self.notes = []

    def row(self, section, workload, metric, unit):
        for r in self.rows:
            if (r.workload, r.metric) == (workload, metric):
                return r
        r = Row(section, workload, metric, unit)
        self.rows.append(r)
        return r

    def add(self, section, workload, metric, unit, system, value):
        self.row(section, workload, metric, unit).runs.setdefault(
            system, []).append(float(value))

    def median(self, workload, metric, system):
        for r in self.rows:
            if (r.workload, r.metric) == (workload, metric):
                return r.median(system)
        return float("nan")


def fmt(value):
    if value is None or math.isnan(value):
        return "–"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def ratio(row, herald, peer):
    h = row.median(herald)
    p = row.median(peer)
    if math.isnan(h) or math.isnan(p) or p == 0:
        return "–"
    return f"{h / p:.2f}×"


def write_section(out, rows):
    systems = [s for s in SYSTEMS
               if any(not math.isnan(r.median(s)) for r in rows)]
    pairs = [(h, p) for h, p in PAIRS if h in systems and p in systems]
    heads = ["workload", "metric"] + systems + [
        f"{h} ÷ {p}" for h, p in pairs]
    out.write("| " + " | ".join(heads) + " |\n")
    out.write("|" + "---|" * len(heads) + "\n")
    for r in rows:
        cells = [r.workload, f"{r.metric} ({r.unit})"]
        cells += [fmt(r.median(s)) for s in systems]
        cells += [ratio(r, h, p) for h, p in pairs]
        out.write("| " + " | ".join(cells) + " |\n")


def write_targets(out, targets):
    out.write("\n## Targets\n\n")
    out.write("| target | figures from this run | threshold from this run "
              "| result |\n")
    out.write("|---|---|---|---|\n")
    for row in targets:
        out.write("| " + " | ".join(row) + " |\n")


def write_markdown(path, results, header_lines, targets=()):
    """Write the targets table, then one table per section: the median of
    each system's runs and herald's ratio to each peer of the same
    durability."""
    with open(path, "w") as out:
        for line in header_lines:
            out.write(line + "\n")
        if targets:
            write_targets(out, targets)
        sections = []
        for r in results.rows:
            if r.section not in sections:
                sections.append(r.section)
        for section in sections:
            out.write(f"\n## {section}\n\n")
            write_section(out, [r for r in results.rows
                                if r.section == section])
        if results.notes:
            out.write("\n## Notes\n\n")
            for note in results.notes:
                out.write(f"- {note}\n")


def write_csv(path, results):
    with open(path, "w", newline="") as out:
        w = csv.writer(out)
        w.writerow(["section", "workload", "metric", "unit", "system",
                    "median", "runs"])
        for r in results.rows:
            for system, values in r.runs.items():
                w.writerow([r.section, r.workload, r.metric, r.unit, system,
                            f"{r.median(system):.6g}",
                            " ".join(f"{v:.6g}" for v in values)])


def bar_plot(results, out_png, title, ylabel, series, logscale=False):
    """Draw clustered bars: one cluster per (workload, metric) in
    `series`, one bar per system that has a figure."""
    dat = out_png[:-4] + ".dat"
    systems = [s for s in SYSTEMS
               if any(not math.isnan(results.median(w, m, s))
                      for w, m, _ in series)]
    if not systems:
        return None
    with open(dat, "w") as f:
        f.write("label " + " ".join(f'"{s}"' for s in systems) + "\n")
        for workload, metric, label in series:
            vals = [results.median(workload, metric, s) for s in systems]
            f.write(f'"{label}" ' + " ".join(
                "NaN" if math.isnan(v) else f"{v:.6g}" for v in vals) + "\n")
    plot = ", ".join(f"'{dat}' using {i + 2}:xtic(1) title columnheader"
                     for i in range(len(systems)))
    # About 190 pixels per group of bars keeps the group labels apart.
    width = max(1000, 250 + 190 * len(series))
    script = (f"set terminal png size {width},500\nset output '{out_png}'\n"
              f"set title '{title}'\nset ylabel '{ylabel}'\n"
              "set style data histogram\nset style histogram cluster gap 1\n"
              "set style fill solid 0.8 border -1\n"
              "set key outside right top\n"
              "set grid ytics\n" +
              ("set logscale y\n" if logscale else "set yrange [0:*]\n") +
              f"plot {plot}\n")
    return run_gnuplot(script, out_png)


def line_plot(results, out_png, title, xlabel, ylabel, points, system):
    """Draw one line through (x, workload, metric) points of `system`."""
    dat = out_png[:-4] + ".dat"
    values = [(x, results.median(workload, metric, system))
              for x, workload, metric in points]
    values = [(x, v) for x, v in values if not math.isnan(v)]
    # A run with --only that left out these workloads has nothing to draw.
    if not values:
        return None
    with open(dat, "w") as f:
        for x, v in values:
            f.write(f"{x} {v:.6g}\n")
    script = (f"set terminal png size 900,500\nset output '{out_png}'\n"
              f"set title '{title}'\nset xlabel '{xlabel}'\n"
              f"set ylabel '{ylabel}'\nset logscale x\nset yrange [0:*]\n"
              "set grid\n"
              f"plot '{dat}' using 1:2 with linespoints lw 2 pt 7 "
              f"title '{system}'\n")
    return run_gnuplot(script, out_png)


def run_gnuplot(script, out_png):
    proc = subprocess.run(["gnuplot"], input=script, text=True,
                          capture_output=True)
    if proc.returncode != 0:
        print(f"compare: gnuplot failed for {os.path.basename(out_png)}: "
              f"{proc.stderr.strip()}")
        return None
    return out_png
