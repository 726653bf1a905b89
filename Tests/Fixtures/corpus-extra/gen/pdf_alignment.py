#!/usr/bin/env python3
"""Which gold protect spans does the engine miss on the PDF text layer?

For every ID.pdf of the set this script runs

    blackline extract ID.pdf --format text                          (the text the engine sees)
    blackline scan ID.pdf --case ID.case.json --format json         (its findings, offsets into that text)
    blackline scan ID.txt --case ID.case.json --format json         (the same on the plain text, for comparison)

and aligns each gold protect span of ID.txt with its place in the PDF text: the k-th whole-word occurrence of
the span's text in ID.txt is the k-th occurrence in the PDF text, searched in a normalised view of the PDF text
(running header/footer lines dropped, whitespace runs = one space; if not found there, also with line-end
hyphens removed, then with all whitespace removed). A span counts as found on the PDF when every non-space
character of its aligned occurrence is inside a finding whose action is not "keep" (the same full-cover rule as
`blackline eval`). Standard library only.

    python3 pdf_alignment.py --blackline ../../../../.build/debug/blackline [--json out.json] [--markdown out.md]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from running_heads import HF  # noqa: E402

SET = os.path.abspath(os.path.join(HERE, ".."))
WORD = r"[\w\u0300-\u036f]"


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)}: exit {p.returncode}: {p.stderr.strip()}")
    return p.stdout


def coverage(n, findings):
    cov = [False] * n
    for f in findings:
        if f["action"] == "keep":
            continue
        for i in range(max(0, f["start"]), min(n, f["end"])):
            cov[i] = True
    return cov


def view(text, mode):
    """Normalised view of text: (string, original index of each character). mode: 'space' (whitespace runs
    -> one space), 'dehyphen' (also drop '-' + line break), 'nospace' (drop all whitespace). Running
    header/footer lines are dropped in every mode."""
    keep = []  # (char, index)
    pos = 0
    for line in re.split(r"(?<=[\n\f])", text):
        s = line.strip().replace("\f", "")
        if s and any(re.fullmatch(h, s) for h in HF):
            pos += len(line)
            continue
        for k, ch in enumerate(line):
            keep.append((ch, pos + k))
        pos += len(line)
    out, idx = [], []
    i = 0
    while i < len(keep):
        ch, o = keep[i]
        if ch.isspace():
            j = i
            while j < len(keep) and keep[j][0].isspace():
                j += 1
            if mode != "nospace" and out and out[-1] != " ":
                out.append(" ")
                idx.append(o)
            i = j
            continue
        if mode == "dehyphen" and ch == "-" and i + 1 < len(keep) and keep[i + 1][0] in "\n\f":
            j = i + 1
            while j < len(keep) and keep[j][0].isspace():
                j += 1
            i = j
            continue
        out.append(ch)
        idx.append(o)
        i += 1
    return "".join(out), idx


def norm(s, mode):
    s = re.sub(r"\s+", " ", s)
    return s.replace(" ", "") if mode == "nospace" else s


def occurrences(hay, needle, bounded=True):
    """Start offsets of needle in hay: whole words (bounded) or anywhere (for the whitespace-free view)."""
    pat = re.escape(needle)
    if bounded:
        pat = r"(?<!" + WORD + ")" + pat + r"(?!" + WORD + ")"
    return [m.start() for m in re.finditer(pat, hay)]


def align(txt, pdf_text, gold):
    """gold protect span -> list of original PDF indices of its non-space characters (None if not found)."""
    views = {m: view(pdf_text, m) for m in ("space", "dehyphen", "nospace")}
    tview = {m: norm(txt, m) for m in ("space", "nospace")}
    result = []
    for sp in gold["protect"]:
        found = None
        for mode in ("space", "dehyphen", "nospace"):
            tmode = "nospace" if mode == "nospace" else "space"
            bounded = mode != "nospace"
            needle = norm(sp["text"], tmode)
            # which occurrence of its text is this span in ID.txt? (counted in the text's normalised view;
            # a span never starts with whitespace, so the normalised prefix ends where the span starts)
            t_occ = occurrences(tview[tmode], needle, bounded)
            here = len(norm(txt[:sp["start"]], tmode))
            if here not in t_occ:
                continue
            k = t_occ.index(here)
            hay, idx = views[mode]
            occ = occurrences(hay, needle, bounded)
            if len(occ) == len(t_occ):
                a = occ[k]
                found = [idx[j] for j in range(a, a + len(needle)) if not hay[j].isspace()]
                break
        result.append(found)
    return result


def evaluate(blackline, ids):
    report = []
    for id_ in ids:
        pdf = os.path.join(SET, id_ + ".pdf")
        txt_path = os.path.join(SET, id_ + ".txt")
        case = os.path.join(SET, id_ + ".case.json")
        gold = json.load(open(os.path.join(SET, id_ + ".gold.json"), encoding="utf-8"))
        txt = open(txt_path, encoding="utf-8").read()
        pdf_text = unicodedata.normalize("NFC", run([blackline, "extract", pdf, "--format", "text"]))
        raw = run([blackline, "extract", pdf, "--format", "text"])
        if raw != pdf_text:
            raise SystemExit(f"{id_}: extracted text is not NFC; offsets would not line up")
        pdf_find = json.loads(run([blackline, "scan", pdf, "--case", case, "--format", "json"]))["findings"]
        txt_find = json.loads(run([blackline, "scan", txt_path, "--case", case, "--format", "json"]))["findings"]
        pcov = coverage(len(pdf_text), pdf_find)
        tcov = coverage(len(txt), txt_find)
        spans = []
        for sp, where in zip(gold["protect"], align(txt, pdf_text, gold)):
            t_chars = [i for i in range(sp["start"], sp["end"]) if not txt[i].isspace()]
            on_txt = all(tcov[i] for i in t_chars)
            if where is None:
                state = "unaligned"
            elif all(pcov[i] for i in where):
                state = "found"
            elif any(pcov[i] for i in where):
                state = "partial"
            else:
                state = "missed"
            spans.append({"text": sp["text"], "category": sp["category"], "who": sp["who"], "start": sp["start"],
                          "pdf": state, "txt": "found" if on_txt else "missed",
                          "pdf_page": (pdf_text.count("\f", 0, where[0]) + 1) if where else None})
        report.append({"id": id_, "language": gold["language"], "spans": spans})
    return report


def markdown(report):
    lines = ["| document | protect | found on PDF | found on txt | missed on PDF only | missed on both | "
             "found on PDF only |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    tot = [0] * 6
    for d in report:
        s = d["spans"]
        row = [len(s), sum(x["pdf"] == "found" for x in s), sum(x["txt"] == "found" for x in s),
               sum(x["pdf"] != "found" and x["txt"] == "found" for x in s),
               sum(x["pdf"] != "found" and x["txt"] != "found" for x in s),
               sum(x["pdf"] == "found" and x["txt"] != "found" for x in s)]
        tot = [a + b for a, b in zip(tot, row)]
        lines.append(f"| {d['id']} ({d['language']}) | " + " | ".join(map(str, row)) + " |")
    lines.append("| **all** | " + " | ".join(f"**{x}**" for x in tot) + " |")
    lines.append("")
    lines.append("Protect spans the engine misses on the PDF text layer (state on the PDF; whether the same span "
                 "is found in ID.txt):")
    lines.append("")
    lines.append("| document | page | category | who | text | PDF | txt |")
    lines.append("| --- | ---: | --- | --- | --- | --- | --- |")
    for d in report:
        for x in d["spans"]:
            if x["pdf"] != "found":
                lines.append(f"| {d['id']} | {x['pdf_page'] or '?'} | {x['category']} | {x['who']} | "
                             f"{x['text'].replace('|', '¦')} | {x['pdf']} | {x['txt']} |")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--blackline", required=True, help="path of the blackline executable")
    ap.add_argument("--json", help="write the per-span result here")
    ap.add_argument("--markdown", help="write the summary table and the list of misses here")
    a = ap.parse_args()
    ids = sorted(f[:-len(".gold.json")] for f in os.listdir(SET) if f.endswith(".gold.json")
                 and os.path.exists(os.path.join(SET, f[:-len(".gold.json")] + ".pdf")))
    rep = evaluate(a.blackline, ids)
    unaligned = [(d["id"], x["text"]) for d in rep for x in d["spans"] if x["pdf"] == "unaligned"]
    md = markdown(rep)
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(rep, f, ensure_ascii=False, indent=1)
            f.write("\n")
    if a.markdown:
        with open(a.markdown, "w", encoding="utf-8") as f:
            f.write(md)
    else:
        sys.stdout.write(md)
    if unaligned:
        print(f"{len(unaligned)} spans could not be aligned with the PDF text: {unaligned}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
