#!/usr/bin/env python3
"""Writes a backlog-shaped workshop as Cutline CSV (DESIGN.md) for timing `cutline-cli plan`.

gen_backlog_csv.py N PERCENT SEED OUT.csv [--decimals D] [--share S]
PERCENT % of the candidates need 1-3 earlier ones; about N/15 excludes pairs. Prints the
capacity to pass with --capacity (S %, by default 40 %, of the total effort).
"""
import argparse
import csv
import random


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int)
    parser.add_argument("percent", type=int)
    parser.add_argument("seed", type=int)
    parser.add_argument("out")
    parser.add_argument("--decisions", action="store_true",
                        help="a few mandatory and dropped candidates (may be infeasible)")
    parser.add_argument("--decimals", type=int, default=-1,
                        help="efforts with this many decimals (default: half units)")
    parser.add_argument("--share", type=float, default=40,
                        help="the capacity as a percentage of the total effort")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    n = args.n
    rows = []
    for i in range(n):
        if args.decimals < 0:
            effort = 0.5 * rng.randint(1, 40)
        else:
            effort = round(rng.uniform(0.1, 20), args.decimals) or 1
        roll = rng.randrange(40) if args.decisions else 2
        rows.append({
            "id": f"C-{i + 1}", "title": f"Candidate {i + 1}", "effort": effort,
            "impact": rng.randint(0, 10), "confidence": 10 * rng.randint(1, 10),
            "reach": rng.randint(1, 5), "mandatory": "yes" if roll == 0 else "no",
            "decision": "drop" if roll == 1 else "", "depends_on": set(), "excludes": set(),
        })
    for i in range(1, n):
        if rng.randrange(100) < args.percent:
            for _ in range(rng.randint(1, 3)):
                rows[i]["depends_on"].add(f"C-{rng.randint(1, i)}")
    pairs = set()
    while len(pairs) < n // 15:
        a, b = rng.randint(1, n), rng.randint(1, n)
        if a == b or (min(a, b), max(a, b)) in pairs:
            continue
        ka, kb = f"C-{a}", f"C-{b}"
        if kb in rows[a - 1]["depends_on"] or ka in rows[b - 1]["depends_on"]:
            continue
        pairs.add((min(a, b), max(a, b)))
        rows[a - 1]["excludes"].add(kb)
    with open(args.out, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        writer.writeheader()
        for row in rows:
            row = dict(row)
            row["depends_on"] = ";".join(sorted(row["depends_on"]))
            row["excludes"] = ";".join(sorted(row["excludes"]))
            writer.writerow(row)
    print(round(args.share / 100 * sum(r["effort"] for r in rows), 2))


if __name__ == "__main__":
    main()
