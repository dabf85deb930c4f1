#!/usr/bin/env python3
"""Recomputes docs/catalog-coverage.md: every reference row the catalog must cover, matched to a
catalog model or listed with the reason it is left out; and every model since 2023 without a
context window, listed with the reason none is stated.

The rows: Epoch AI's notable language and multimodal models published since 2018 with at least 1B
parameters or marked frontier, and every row of models.dev's first-party table. A row is matched when
its Epoch name is in a model's `ids.epoch`, or its `provider/id` in a model's `ids.modelsDev`; it is
left out when `docs/catalog-coverage-exclusions.tsv` gives a reason. With --check, nothing is written:
the exit status is 1 when a row is neither, when an exclusion or id names no row, or when the
document is stale.

Context windows: every model (frameworks aside) released, or announced, in 2023 or later has a
`context` or a row in `docs/catalog-context-gaps.tsv` (`id`, `reason`, `detail`) whose reason is
one of REASONS. With --check, the exit status is also 1 when such a model has neither, or when a
row names a model that has a `context`, is unknown, is a framework or came out before 2023.

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
CONTEXT_GAPS = ROOT / "docs" / "catalog-context-gaps.tsv"
# The same year as Coverage.CONTEXT_SINCE, so the counts here are the ones `llmscape catalog` prints.
CONTEXT_SINCE = "2023"
# Why a model has no `context`: a closed set, so the document can count by reason.
REASONS = {
    "hosted-unstated": "a hosted product or app mode whose developer states no window",
    "unreleased": "never released; papers give training lengths at most",
    "no-own-window": "a fine-tune, adapter, wrapper over frozen models, encoder-decoder or state-space model without a stated window of its own",
    "unreadable": "the card or config that would state it is gated or could not be read",
    "conflicting": "the sources disagree",
    "host-cap-only": "only a host's or runtime's serving limit was found",
    "unstated": "an API or open model whose developer states none in anything read",
}
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

    gaps, gap_problems = context_gaps(catalog)
    problems += gap_problems

    doc = render(catalog, sections, gaps)
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


def dated(model):
    """The release date, else the announcement date, as `llmscape catalog` counts it."""
    return model.get("released") or model.get("announced")


def context_gaps(catalog):
    """The models since CONTEXT_SINCE, the listed gaps in id order, and what is wrong with the list."""
    models = {m["id"]: m for m in catalog["models"]}
    since = [m for m in catalog["models"]
             if m["category"] != "framework" and dated(m) and dated(m)[:4] >= CONTEXT_SINCE]
    listed = {}
    problems = []
    for row in read_tsv(CONTEXT_GAPS):
        mid, reason = row["id"], row["reason"]
        model = models.get(mid)
        if mid in listed:
            problems.append(f"context gap '{mid}' is listed twice")
        elif reason not in REASONS:
            problems.append(f"context gap '{mid}': reason '{reason}' is not one of {', '.join(REASONS)}")
        elif not (row["detail"] or "").strip():
            problems.append(f"context gap '{mid}': no detail")
        elif model is None:
            problems.append(f"context gap '{mid}': no such model")
        elif model["category"] == "framework":
            problems.append(f"context gap '{mid}': a framework, which has no context")
        elif not dated(model):
            problems.append(f"context gap '{mid}': the model has no date, so it is not counted")
        elif dated(model)[:4] < CONTEXT_SINCE:
            problems.append(f"context gap '{mid}': released {dated(model)}, before {CONTEXT_SINCE}")
        elif model.get("context") is not None:
            problems.append(f"context gap '{mid}': the model has a context ({model['context']}); remove its row")
        elif listed and mid < max(listed):
            problems.append(f"context gap '{mid}': rows are not in id order")
        listed[mid] = row
    for m in since:
        if m.get("context") is None and m["id"] not in listed:
            problems.append(f"model '{m['id']}' ({dated(m)}) has no context and no row in {CONTEXT_GAPS.relative_to(ROOT)}")
    gaps = [(m, listed[m["id"]]) for m in sorted(since, key=lambda m: m["id"])
            if m.get("context") is None and m["id"] in listed]
    return (len(since), sum(1 for m in since if m.get("context") is not None), gaps), problems


def render(catalog, sections, gaps):
    out = [
        "# Catalog coverage",
        "",
        "Generated by `tools/coverage.py` from `catalog.json`, `docs/catalog-coverage-exclusions.tsv`,",
        "`docs/catalog-context-gaps.tsv` and the reference tables (Epoch AI's Notable AI Models, CC BY 4.0;",
        "models.dev, MIT). Do not edit by hand: change the catalog, the exclusions or the context gaps and",
        "run the script; a test fails when this file is stale, a row is neither covered nor excused, or a",
        "model since 2023 has neither a context window nor a listed reason.",
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
    since, have, listed = gaps
    counts = {reason: sum(1 for _, row in listed if row["reason"] == reason) for reason in REASONS}
    out += ["## Context windows", "",
            f"{since} models (frameworks aside) released, or announced, since {CONTEXT_SINCE}: {have} have a `context`"
            f" ({percent(have, since)}%), {len(listed)} are listed in `docs/catalog-context-gaps.tsv` with no stated window:", "",
            "| reason | models | meaning |", "|---|---|---|",
            *(f"| `{reason}` | {counts[reason]} | {meaning} |" for reason, meaning in REASONS.items()), "",
            "| model | date | reason | detail |", "|---|---|---|---|",
            *(f"| `{m['id']}` | {dated(m)} | `{row['reason']}` | {cell(row['detail'])} |" for m, row in listed), ""]
    return "\n".join(out)


def percent(known, of):
    """Whole percent rounded down, as `llmscape catalog` prints it."""
    return 100 if of == 0 else known * 100 // of


if __name__ == "__main__":
    sys.exit(main())
