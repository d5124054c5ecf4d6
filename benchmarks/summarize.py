#!/usr/bin/env python3
"""Summarises the TargetBenchmarks GitHub reports of a folder against the targets of issue 17 (prints Markdown).

Usage: python3 benchmarks/summarize.py [results-folder]
"""
import glob, os, sys

folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "results")
UNITS = {"ns": 1.0, "μs": 1e3, "us": 1e3, "ms": 1e6, "s": 1e9}


def ns(text):
    number, unit = text.strip().split()
    return float(number.replace(",", "")) * UNITS[unit]


def num(text):
    text = text.strip()
    return float(text.replace(",", "")) if text not in ("", "?", "-", "NA") else None


def table(name):
    # One report per size (one BenchmarkDotNet run each) or one report with every size: the rows of all of them.
    paths = sorted(glob.glob(os.path.join(folder, f"*{name}*-report-github.md")))
    rows = []
    for path in paths:
        header = None
        for line in open(path, encoding="utf-8"):
            if not line.startswith("|"):
                continue
            cells = [c.strip().strip("*") for c in line.strip().strip("|").split("|")]
            if header is None:
                header = cells
            elif set(line.strip()) <= set("|-: ") or not cells[0]:
                continue
            else:
                rows.append(dict(zip(header, cells)))
    return rows


rows = table("TargetBenchmarks")
docs = table("RulesEngineDocsStyleBenchmarks")
methods = ["RawReaderPass", "MirrorRead", "Read", "Check", "ReadAndCheck", "CheckCoverageOnly", "RulesEngine", "PlainCSharp", "CheckMatrix"]
data = {(r["Method"], int(r["Size"])): r for r in rows}
docs_data = {int(r["Size"]): r for r in docs if r["Method"] == "RulesEngineAsDocumented"}
docs_raw = {int(r["Size"]): r for r in docs if r["Method"] == "RawReaderPass"}
sizes = sorted({size for (_, size) in data})


def per_element(method, size):
    row = data.get((method, size))
    return num(row["ns/element"]) if row else None


def ratio(method, size):
    row, raw = data.get((method, size)), data.get(("RawReaderPass", size))
    return ns(row["Mean"]) / ns(raw["Mean"]) if row and raw else None


def fmt(value, digits=2):
    return "–" if value is None else (f"{value:,.0f}" if value >= 100 else f"{value:.{digits}f}")


print("| Size | " + " | ".join(f"{m} ÷ raw" for m in methods[1:]) + " |")
print("|---:|" + "---:|" * (len(methods) - 1))
for size in sizes:
    print(f"| {size:,} | " + " | ".join(fmt(ratio(m, size)) + "×" for m in methods[1:]) + " |")
print()
print("ns per element (mean ÷ elements; the matrix per element of its own data):")
print()
print("| Size | " + " | ".join(methods) + " | RulesEngine as documented |")
print("|---:|" + "---:|" * (len(methods) + 1))
for size in sizes:
    documented = num(docs_data[size]["ns/element"]) if size in docs_data else None
    print(f"| {size:,} | " + " | ".join(fmt(per_element(m, size)) for m in methods) + f" | {fmt(documented)} |")
flat = []
for m in methods:
    values = [per_element(m, s) for s in sizes if per_element(m, s)]
    flat.append(max(values) / min(values) if values else None)
print("| **max ÷ min** | " + " | ".join(fmt(f) + "×" for f in flat) + " | |")
print()
print("Allocated bytes ÷ compact document bytes:")
print()
print("| Size | " + " | ".join(methods[1:]) + " |")
print("|---:|" + "---:|" * (len(methods) - 1))
for size in sizes:
    print(f"| {size:,} | " + " | ".join(fmt(num(data[(m, size)]["Alloc/doc byte"])) if (m, size) in data else "–" for m in methods[1:]) + " |")
if docs_data:
    print()
    print("RulesEngine as its README shows, ÷ raw pass: " + ", ".join(
        f"{s:,}: {ns(docs_data[s]['Mean']) / ns(docs_raw[s]['Mean']):,.0f}×" for s in sorted(docs_data) if s in docs_raw))
changes = {int(r["Size"]): r for r in table("ChangeReportBenchmarks") if r.get("Method") == "Compare"}
if changes:
    print()
    print("Change report (CoverageChange.Compare of two checks of Size elements each), ns per element of both checks:")
    print()
    print("| Size | Mean | ns/element | Allocated |")
    print("|---:|---:|---:|---:|")
    values = []
    for size in sorted(changes):
        row = changes[size]
        per = ns(row["Mean"]) / (2 * size)
        values.append(per)
        print(f"| {size:,} | {row['Mean']} | {fmt(per)} | {row['Allocated']} |")
    print(f"| **max ÷ min** | | {fmt(max(values) / min(values))}× | |")
