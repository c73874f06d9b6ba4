#!/usr/bin/env python3
"""Times `cutline-cli plan` against cbc on backlog-shaped workshops, as a user's script would.

plan_vs_cbc.py [--cli PATH] [--sizes 100,200,400] [--percents 35,80] [--decimals=-1,1,2,3]
               [--seeds 101,102] [--shares 40] [--reps 3] [--work DIR] [--json OUT]

For every combination it writes a CSV with gen_backlog_csv.py (decimals -1: half units; the
capacity each share, in per cent of the total effort), the same model as an LP file, and runs
each solver `reps` times. It checks the plan as a reader of the CSV would: within the capacity, every prerequisite in, no two alternatives, the value the
CLI reports, the same optimum as cbc, and a reason for every candidate left out (none still
"computing" or stated as a range). Times: the CLI's own `solve_ms` (the optimum), the whole
command's wall time (every reason), and cbc's process wall time; medians over the runs.
Exit code 1 when any answer is wrong. Not a test: timings depend on the machine.
"""
import argparse
import csv
import json
import os
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def ints(text):
    return [int(x) for x in text.split(",") if x]


def keys(field):
    return [k for k in re.split(r"[;, ]+", field or "") if k]


def value(row):
    # The workshop's value of a candidate (DESIGN.md): reach × impact × confidence %.
    return float(row["reach"] or 1) * float(row["impact"] or 0) * float(row["confidence"] or 100) / 100


def write_lp(rows, capacity, path):
    index = {r["id"]: i for i, r in enumerate(rows)}
    lines = ["Maximize", " obj:"]
    lines += [f"  + {value(r)!r} x{index[r['id']]}" for r in rows]
    lines += ["Subject To", " cap:"]
    lines += [f"  + {float(r['effort'])!r} x{index[r['id']]}" for r in rows]
    lines.append(f"  <= {capacity}")
    pairs = set()
    for r in rows:
        me = index[r["id"]]
        for d in keys(r.get("depends_on")):
            lines.append(f" r{len(lines)}: x{me} - x{index[d]} <= 0")
        for e in keys(r.get("excludes")):
            pair = tuple(sorted((me, index[e])))
            if pair not in pairs:
                pairs.add(pair)
                lines.append(f" e{len(lines)}: x{pair[0]} + x{pair[1]} <= 1")
    for r in rows:
        if r.get("mandatory") == "yes":
            lines.append(f" m{len(lines)}: x{index[r['id']]} = 1")
        if r.get("decision") in ("drop", "defer"):
            lines.append(f" o{len(lines)}: x{index[r['id']]} = 0")
    lines += ["Binaries"] + [f" x{i}" for i in range(len(rows))] + ["End"]
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def check(rows, capacity, result, cbc_value):
    by_key = {r["id"]: r for r in rows}
    chosen = set(result["selected"])
    problems = []
    if sum(float(by_key[k]["effort"]) for k in chosen) > capacity + 1e-6:
        problems.append("over capacity")
    for k in chosen:
        if any(d not in chosen for d in keys(by_key[k].get("depends_on"))):
            problems.append(f"{k} without a prerequisite")
        if any(e in chosen for e in keys(by_key[k].get("excludes"))):
            problems.append(f"{k} with an alternative")
    total = sum(value(by_key[k]) for k in chosen)
    if abs(total - result["total_value"]) > 1e-6 * max(1, total):
        problems.append(f"reports {result['total_value']}, its plan is worth {total}")
    if cbc_value is None or abs(total - cbc_value) > 1e-6 * max(1, total):
        problems.append(f"worth {total}, cbc's optimum {cbc_value}")
    out = result["excluded"]
    if len(out) + len(chosen) != len(rows):
        problems.append("not every candidate is in or out")
    if any(not e["reason"] or "computing" in e["reason"] for e in out):
        problems.append("a reason is missing")
    ranges = sum(1 for e in out if re.search(r"by [\d.]+ to [\d.]+", e["reason"]))
    return problems, ranges


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default=os.path.join(HERE, "..", "build", "app", "cli", "cutline-cli"))
    parser.add_argument("--sizes", default="100,200,400")
    parser.add_argument("--percents", default="35,80")
    parser.add_argument("--decimals", default="-1,1,2,3")
    parser.add_argument("--seeds", default="101,102")
    parser.add_argument("--shares", default="40")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--work", default="/tmp/plan_vs_cbc")
    parser.add_argument("--json")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    env = dict(os.environ)
    env.setdefault("XDG_RUNTIME_DIR", args.work)
    results = []
    for n in ints(args.sizes):
        for percent in ints(args.percents):
            for decimals in ints(args.decimals):
                for seed, share in ((s, c) for s in ints(args.seeds) for c in ints(args.shares)):
                    name = f"{n}x{percent}_{seed}" + (f"d{decimals}" if decimals >= 0 else "")
                    name += f"c{share}" if share != 40 else ""
                    csv_path = os.path.join(args.work, name + ".csv")
                    gen = [sys.executable, os.path.join(HERE, "gen_backlog_csv.py"), str(n),
                           str(percent), str(seed), csv_path]
                    if decimals >= 0:
                        gen += ["--decimals", str(decimals)]
                    gen += ["--share", str(share)]
                    capacity = subprocess.run(gen, capture_output=True, text=True,
                                              check=True).stdout.strip()
                    with open(csv_path) as f:
                        rows = list(csv.DictReader(f))
                    lp_path = os.path.join(args.work, name + ".lp")
                    write_lp(rows, capacity, lp_path)
                    cbc_times, cbc_value = [], None
                    for _ in range(args.reps):
                        start = time.perf_counter()
                        out = subprocess.run(["cbc", lp_path, "solve", "quit"],
                                             capture_output=True, text=True).stdout
                        cbc_times.append(time.perf_counter() - start)
                        found = re.search(r"Objective value:\s*(\S+)", out)
                        cbc_value = abs(float(found.group(1))) if found else None
                    whole, solve, result = [], [], None
                    for _ in range(args.reps):
                        start = time.perf_counter()
                        run = subprocess.run([args.cli, "plan", csv_path, "--capacity", capacity,
                                              "--format", "json"],
                                             capture_output=True, text=True, env=env)
                        whole.append(time.perf_counter() - start)
                        result = json.loads(run.stdout)
                        solve.append(result["solve_ms"])
                    problems, ranges = check(rows, float(capacity), result, cbc_value)
                    row = {"name": name, "n": n, "problems": problems, "ranges": ranges,
                           "solve_ms": statistics.median(solve),
                           "cbc_ms": 1000 * statistics.median(cbc_times),
                           "whole_s": statistics.median(whole)}
                    row["ratio"] = row["solve_ms"] / row["cbc_ms"]
                    results.append(row)
                    print(f"{name:16} {'exact' if not problems else 'WRONG':5} "
                          f"optimum {row['solve_ms']:7.2f} ms  cbc {row['cbc_ms']:7.1f} ms  "
                          f"ratio {row['ratio']:.3f}  whole {row['whole_s']:.2f} s  "
                          f"ranges {ranges}  {'; '.join(problems)}", flush=True)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    large = [r["ratio"] for r in results if r["n"] >= 100]
    wrong = [r["name"] for r in results if r["problems"]]
    print(f"{len(results)} instances, {len(wrong)} wrong; optimum/cbc at n >= 100: median "
          f"{statistics.median(large) if large else 0:.3f}, worst {max(large) if large else 0:.3f}; "
          f"slowest whole command {max(r['whole_s'] for r in results):.2f} s; "
          f"reasons stated as a range {sum(r['ranges'] for r in results)}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
