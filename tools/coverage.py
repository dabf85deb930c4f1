#!/usr/bin/env python3
"""Recomputes docs/catalog-coverage.md: every reference row the catalog must cover, matched to a
catalog model or listed with the reason it is left out.

The rows: Epoch AI's notable language and multimodal models published since 2018 with at least 1B
parameters or marked frontier, and every row of models.dev's first-party table. A row is matched when
its Epoch name is in a model's `ids.epoch`, or its `provider/id` in a model's `ids.modelsDev`; it is
left out when `docs/catalog-coverage-exclusions.tsv` gives a reason. With --check, nothing is written:
the exit status is 1 when a row is neither, when an exclusion or id names no row, or when the
document is stale.

Usage: tools/coverage.py [--check] [--reference DIR]   (DIR defaults to ../shared/reference)
"""
import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "catalog-coverage.md"
EXCLUSIONS = ROOT / "docs" / "catalog-coverage-exclusions.tsv"
EPOCH = "epoch-notable-language-models.tsv"
MODELSDEV = "modelsdev-first-party.tsv"


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def epoch_rows(reference):
    rows = []
    for row in read_tsv(reference / EPOCH):
        params = row["parameters"].strip()
        big = params and float(params) >= 1e9
        if row["publication_date"] >= "2018" and (big or row["frontier_model"].strip()):
            rows.append((row["model"], row["organization"], row["publication_date"]))
    return rows


def modelsdev_rows(reference):
    return [(f'{r["provider"]}/{r["id"]}', r["name"], r["release_date"]) for r in read_tsv(reference / MODELSDEV)]


def cell(text):
    return text.replace("|", "\\|").replace("\n", " ")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if anything is uncovered or stale")
    parser.add_argument("--reference", type=Path, default=ROOT.parent / "shared" / "reference")
    args = parser.parse_args()
    if not (args.reference / EPOCH).is_file():
        sys.exit(f"coverage: no reference tables in {args.reference} (give --reference DIR)")

    catalog = json.loads((ROOT / "catalog.json").read_text(encoding="utf-8"))
    matched = {"epoch": {}, "modelsdev": {}}
    for model in catalog["models"]:
        ids = model.get("ids") or {}
        for name in ids.get("epoch", []):
            matched["epoch"].setdefault(name, model["id"])
        for key in ids.get("modelsDev", []):
            matched["modelsdev"].setdefault(key, model["id"])
    excluded = {"epoch": {}, "modelsdev": {}}
    for row in read_tsv(EXCLUSIONS):
        excluded[row["ref"]][row["key"]] = row["reason"]

    tables = {"epoch": epoch_rows(args.reference), "modelsdev": modelsdev_rows(args.reference)}
    problems = []
    sections = {}
    for ref, rows in tables.items():
        keys = {r[0] for r in rows}
        lines = []
        for key, who, date in sorted(rows, key=lambda r: (r[2], r[0])):
            if key in matched[ref]:
                lines.append(f"| {cell(key)} | {cell(who)} | {date} | `{matched[ref][key]}` |")
            elif key in excluded[ref]:
                lines.append(f"| {cell(key)} | {cell(who)} | {date} | left out: {cell(excluded[ref][key])} |")
            else:
                problems.append(f"{ref} row '{key}' is neither in the catalog nor excluded")
        for key in excluded[ref]:
            if key not in keys:
                problems.append(f"exclusion of {ref} row '{key}': no such row")
            elif key in matched[ref]:
                problems.append(f"{ref} row '{key}' is both matched ({matched[ref][key]}) and excluded")
        if ref == "epoch":
            for key in matched[ref]:
                if key not in keys and key not in {r["model"] for r in read_tsv(args.reference / EPOCH)}:
                    problems.append(f"ids.epoch '{key}' of {matched[ref][key]}: no such Epoch row")
        else:
            for key in matched[ref]:
                if key not in keys and not key.startswith("open/"):
                    problems.append(f"ids.modelsDev '{key}' of {matched[ref][key]}: no such models.dev row")
        sections[ref] = (len(rows), sum(1 for r in rows if r[0] in matched[ref]), lines)

    doc = render(catalog, sections)
    stale = not DOC.is_file() or DOC.read_text(encoding="utf-8") != doc
    if args.check:
        if stale:
            problems.append(f"{DOC.relative_to(ROOT)} is stale: run tools/coverage.py")
    elif stale:
        DOC.write_text(doc, encoding="utf-8")
        print(f"coverage: wrote {DOC.relative_to(ROOT)}", file=sys.stderr)
    for p in problems:
        print(f"coverage: {p}", file=sys.stderr)
    return 1 if problems else 0


def render(catalog, sections):
    out = [
        "# Catalog coverage",
        "",
        "Generated by `tools/coverage.py` from `catalog.json`, `docs/catalog-coverage-exclusions.tsv` and",
        "the reference tables (Epoch AI's Notable AI Models, CC BY 4.0; models.dev, MIT). Do not edit by",
        "hand: change the catalog's `ids` or the exclusions file and run the script; a test fails when",
        "this file is stale or a row is neither covered nor excused.",
        "",
        f"Catalog {catalog['version']} ({catalog['date']}), {len(catalog['models'])} models.",
        "",
    ]
    titles = {
        "epoch": ("Epoch AI: notable language and multimodal models since 2018 (at least 1B parameters, or frontier)", "Epoch name", "organisation"),
        "modelsdev": ("models.dev: first-party models", "provider/id", "name"),
    }
    for ref, (total, hits, lines) in sections.items():
        title, key, who = titles[ref]
        out += [f"## {title}", "", f"{total} rows: {hits} in the catalog, {total - hits} left out with a reason.", "",
                f"| {key} | {who} | date | catalog id or reason |", "|---|---|---|---|", *lines, ""]
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
