#!/usr/bin/env python3
"""Summarises the committed BenchmarkDotNet GitHub reports in benchmarks/results/ against the figures of issue 7.

Usage: python3 benchmarks/summarize.py [results-folder]   (prints Markdown)
"""
import glob, os, re, sys

folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "results")
UNITS = {"ns": 1.0, "μs": 1e3, "us": 1e3, "ms": 1e6, "s": 1e9}


def ns(text):
    number, unit = text.strip().split()
    return float(number.replace(",", "")) * UNITS[unit]


def num(text):
    return float(text.strip().replace(",", "")) if text.strip() not in ("", "?", "-", "NA") else None


def size_in_bytes(text):
    text = text.strip()
    if text in ("-", ""):
        return 0.0
    number, unit = text.split()
    return float(number.replace(",", "")) * {"B": 1, "KB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3}[unit]


def table(name):
    paths = glob.glob(os.path.join(folder, f"*{name}-report-github.md"))
    if not paths:
        return []
    rows, header = [], None
    for line in open(paths[0], encoding="utf-8"):
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if header is None:
            header = cells
        elif set(line.strip()) <= set("|-: ") or not cells[0]:
            continue
        else:
            rows.append(dict(zip(header, cells)))
    return rows


def by(rows, method):
    return {int(r["Size"]): r for r in rows if r["Method"] == method}


read = table("DocumentReadBenchmarks")
write = table("DocumentWriteBenchmarks")
check = table("CheckPlanBenchmarks")
matrix = table("CheckMatrixBenchmarks")
peer = table("RulesEngineComparisonBenchmarks")
raw, rd, rc = by(read, "RawReaderPass"), by(read, "Read"), by(read, "ReadAndCheck")
wr, ck, mx = by(write, "Write"), by(check, "CheckPlan"), by(matrix, "CheckMatrix")
re_, pc = by(peer, "RulesEngine"), by(peer, "Checker")
sizes = sorted(set(raw) | set(ck) | set(mx) | set(re_))


def fmt(value, digits=2):
    return "n/a" if value is None else f"{value:,.{digits}f}"


print("| Size | Read / raw pass | Read+check / raw pass (≤ 2.5) | RulesEngine / checker (≥ 50) | Read alloc / doc byte (≤ 3) | Read+check alloc / doc byte |")
print("|---:|---:|---:|---:|---:|---:|")
for s in sizes:
    r1 = ns(rd[s]["Mean"]) / ns(raw[s]["Mean"]) if s in rd and s in raw else None
    r2 = ns(rc[s]["Mean"]) / ns(raw[s]["Mean"]) if s in rc and s in raw else None
    r3 = ns(re_[s]["Mean"]) / ns(pc[s]["Mean"]) if s in re_ and s in pc else None
    a1 = num(rd[s]["Alloc/doc byte"]) if s in rd else None
    a2 = num(rc[s]["Alloc/doc byte"]) if s in rc else None
    print(f"| {s:,} | {fmt(r1)}× | {fmt(r2)}× | {fmt(r3)}× | {fmt(a1)} | {fmt(a2)} |")

print()
print("ns per element (mean ÷ elements):")
print()
columns = [("Raw pass", raw), ("Read", rd), ("Read+check", rc), ("Write", wr), ("Check plan", ck), ("Check matrix", mx), ("RulesEngine", re_), ("Checker (peer data)", pc)]
print("| Size | " + " | ".join(c for c, _ in columns) + " |")
print("|---:|" + "---:|" * len(columns))
for s in sizes:
    print(f"| {s:,} | " + " | ".join(d[s]["ns/element"] if s in d else "n/a" for _, d in columns) + " |")
print("| **max/min, 10^3..10^6** (≤ 1.5) | " + " | ".join(
    (lambda v: fmt(max(v) / min(v)) + "×" if len(v) > 1 else "n/a")([num(d[s]["ns/element"]) for s in sizes if s in d and num(d[s]["ns/element"])])
    for _, d in columns) + " |")
