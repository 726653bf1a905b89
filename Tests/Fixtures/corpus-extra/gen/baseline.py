#!/usr/bin/env python3
"""Write ../BASELINE.md: the engine's figures on the extra set and every span it gets wrong.

    python3 baseline.py --blackline ../../../../.build/debug/blackline

Runs `blackline eval` (with and without the case files, JSON output), joins each problem with its gold span
(to name the person, `who`), runs pdf_alignment.py for the PDF text layer, and writes the Markdown. A section
"## Observations" already in BASELINE.md (hand-written analysis) is kept at the end. Standard library only.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pdf_alignment  # noqa: E402

SET = os.path.abspath(os.path.join(HERE, ".."))
ROOT = os.path.abspath(os.path.join(SET, "..", "..", ".."))


def eval_json(blackline, no_case, folder=SET):
    cmd = [blackline, "eval", folder, "--format", "json", "--show-text"] + (["--no-case"] if no_case else [])
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode not in (0, 1):
        raise SystemExit(f"eval failed: {p.stderr}")
    return json.loads(p.stdout)


def gold_index():
    idx = {}
    for f in sorted(os.listdir(SET)):
        if f.endswith(".gold.json"):
            g = json.load(open(os.path.join(SET, f), encoding="utf-8"))
            for lst in ("protect", "keep"):
                for s in g[lst]:
                    idx[(g["id"], s["start"], s["end"])] = s
    return idx


def f3(x):
    return f"{x:.3f}"


def tally_rows(d, key):
    rows = []
    for name, t in d.items():
        rows.append(f"| {name} | {t['protect']} | {f3(t['recall'])} | {f3(t['partialRecall'])} | {t['keep']} | "
                    f"{t['keepViolations']} | {t['extraCharacters']} |")
    return rows


HEAD = "| {} | protect | recall | partial recall | keep | keep violated | extra chars |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |"


def section(title, ev):
    out = [f"### {title}", "", HEAD.format("language")]
    out += tally_rows(ev["languages"], "language")
    o = ev["overall"]
    out.append(f"| **overall** | **{o['protect']}** | **{f3(o['recall'])}** | **{f3(o['partialRecall'])}** | "
               f"**{o['keep']}** | **{o['keepViolations']}** | **{o['extraCharacters']}** |")
    out += ["", HEAD.format("document")]
    out += [f"| {d['id']} ({d['language']}) | {d['scores']['protect']} | {f3(d['scores']['recall'])} | "
            f"{f3(d['scores']['partialRecall'])} | {d['scores']['keep']} | {d['scores']['keepViolations']} | "
            f"{d['scores']['extraCharacters']} |" for d in ev["documents"]]
    out += ["", HEAD.format("category")]
    out += tally_rows({k: v for k, v in ev["categories"].items()}, "category")
    return out


def problem_rows(ev, gold, kinds):
    rows = []
    for p in ev["problems"]:
        if p["kind"] not in kinds:
            continue
        g = gold[(p["document"], p["start"], p["end"])]
        who = g.get("who", "—")
        rows.append(f"| {p['document']} | {p['start']}–{p['end']} | {p['category']} | {who} | "
                    f"{g['text'].replace('|', '¦')} | {p['kind']} |")
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--blackline", required=True)
    a = ap.parse_args()
    blackline = os.path.abspath(a.blackline)
    commit = subprocess.run(["git", "-C", ROOT, "log", "-1", "--format=%h %s", "--", "Sources"],
                            capture_output=True, text=True).stdout.strip()
    version = subprocess.run([blackline, "--version"], capture_output=True, text=True).stdout.strip()
    gold = gold_index()
    with_case = eval_json(blackline, False)
    no_case = eval_json(blackline, True)
    dev_folder = os.path.join(ROOT, "Tests", "Fixtures", "corpus")
    dev = [eval_json(blackline, nc, dev_folder)["overall"] for nc in (False, True)]
    pdf = pdf_alignment.evaluate(blackline, sorted({k[0] for k in gold}))
    out = ["# Baseline of the policy engine on the extra set", "",
           f"Engine: `{version}`, built from the sources of commit `{commit}` (the last commit touching "
           "`Sources/`), default policy. Produced by `Tests/Fixtures/corpus-extra/gen/baseline.py`; the figures "
           "come from:", "",
           "```", "blackline eval Tests/Fixtures/corpus-extra --format json --show-text",
           "blackline eval Tests/Fixtures/corpus-extra --no-case --format json --show-text",
           "python3 Tests/Fixtures/corpus-extra/gen/pdf_alignment.py --blackline .build/debug/blackline "
           "  # runs blackline extract / scan ID.pdf --case ID.case.json --format json",
           "```", "",
           "A protect span counts as found only when fully covered (partial recall: any character covered); a keep "
           "span with any covered character is a violation; extra characters are covered characters outside every "
           "protect and optional span. For comparison, the same build on the dev corpus (Tests/Fixtures/corpus): "
           f"recall {f3(dev[0]['recall'])}, {dev[0]['keepViolations']} keep violations, {dev[0]['extraCharacters']} "
           f"extra characters with case files; recall {f3(dev[1]['recall'])}, {dev[1]['keepViolations']} keep "
           f"violations without.",
           "", "## Figures", ""]
    out += section("With case files", with_case) + [""]
    out += section("Without case files (role cues only)", no_case) + [""]
    out += ["## Every miss and keep violation with case files", "",
            "| document | offsets | category | who | text | kind |", "| --- | --- | --- | --- | --- | --- |"]
    out += problem_rows(with_case, gold, ("missed", "partial", "keep-violation")) + [""]
    out += ["## Every miss and keep violation without case files", "",
            "| document | offsets | category | who | text | kind |", "| --- | --- | --- | --- | --- | --- |"]
    out += problem_rows(no_case, gold, ("missed", "partial", "keep-violation")) + [""]
    out += ["## On the PDF text layer (`blackline scan ID.pdf --case ID.case.json`)", "",
            "Each gold protect span is aligned with its occurrence in the text `blackline extract` gives for the "
            "PDF (running headers/footers skipped, line breaks and line-end hyphens bridged) and counts as found "
            "when the scan's non-keep findings cover all its characters. \"txt\" is the same span in ID.txt under "
            "the same scan, so \"missed on PDF only\" are layout failures (line breaks, table cells, page "
            "breaks), not vocabulary.", ""]
    out.append(pdf_alignment.markdown(pdf))
    path = os.path.join(SET, "BASELINE.md")
    notes = ""
    if os.path.exists(path):
        old = open(path, encoding="utf-8").read()
        k = old.find("## Observations")
        if k >= 0:
            notes = old[k:]
    text = "\n".join(out).rstrip("\n") + "\n"
    if notes:
        text += "\n" + notes
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {path}: recall {f3(with_case['overall']['recall'])} with case files, "
          f"{f3(no_case['overall']['recall'])} without; PDF found "
          f"{sum(x['pdf'] == 'found' for d in pdf for x in d['spans'])}/{sum(len(d['spans']) for d in pdf)}")


if __name__ == "__main__":
    sys.exit(main())
