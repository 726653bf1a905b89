#!/usr/bin/env python3
"""Regenerate the EXTRA evaluation set: python3 build_extra.py  (writes ../ = Tests/Fixtures/corpus-extra/).

Same format and checks as shared/corpus/gen/build_dev.py: every span matches its text, NFC, no overlaps,
every occurrence of a protected string and of every registry name is annotated, and every protected string
can be found in the pdftotext output of the PDF (modulo line breaks, hyphenation and running headers)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from corpuslib import (write_set, summary, layout_report, jmbg_valid, cn_id_valid, iban_valid,  # noqa: E402
                       luhn_valid, verhoeff_valid, mod97)
from extralib import oib_valid  # noqa: E402
import docs_extra_a as A  # noqa: E402
import docs_extra_b as B  # noqa: E402
import docs_extra_c as C  # noqa: E402
from running_heads import HF  # noqa: E402

OUT = os.path.abspath(os.path.join(HERE, ".."))


def documents():
    return [A.extra01(), A.extra02(), A.extra03(), A.extra04(),
            B.extra05(), B.extra06(), B.extra07(), B.extra08(),
            C.extra09(), C.extra10(), C.extra11(), C.extra12()]


def check_identifiers(doc_id):
    """Every national-id and bank-account span (protect or optional) carries a valid check digit."""
    g = json.load(open(os.path.join(OUT, doc_id + ".gold.json"), encoding="utf-8"))
    bad = []
    for s in g["protect"] + g["optional"]:
        t = s["text"]
        x = t.replace(" ", "").replace("-", "")
        if s["category"] == "national-id":
            ok = ((len(x) == 13 and jmbg_valid(x)) or (len(x) == 18 and cn_id_valid(x))
                  or (len(x) == 11 and oib_valid(x)) or (len(x) == 12 and verhoeff_valid(x)))
        elif s["category"] == "bank-account":
            if x[:2].isalpha():
                ok = iban_valid(x)
            elif t.count("-") == 3 and len(x) == 16:      # BiH account 3-3-8-2
                ok = 98 - mod97(x[:14] + "00") == int(x[14:])
            elif t.count("-") == 2 and len(x) == 18:      # Serbian account 3-13-2
                ok = 98 - mod97(x[:16] + "00") == int(x[16:])
            else:
                ok = luhn_valid(x)
        else:
            continue
        if not ok:
            bad.append(f"invalid check digit in {s['category']} {t!r}")
    return bad


def main():
    docs = documents()
    only = set(sys.argv[1:])
    if only:
        docs = [d for d in docs if d.id in only]
    problems = write_set(docs, OUT, hf_strings=HF)
    for d in docs:
        bad = check_identifiers(d.id)
        if bad:
            problems.setdefault(d.id, []).extend(bad)
    for k, v in problems.items():
        for p in v:
            print(f"{k}: {p}")
    if not only:
        rep = {}
        for d in docs:
            g = json.load(open(os.path.join(OUT, d.id + ".gold.json"), encoding="utf-8"))
            rep[d.id] = layout_report(os.path.join(OUT, d.id + ".pdf"), g, HF)
        with open(os.path.join(HERE, "layout-report-extra.json"), "w", encoding="utf-8") as f:
            json.dump(rep, f, ensure_ascii=False, indent=1)
            f.write("\n")
    n, langs, cnt = summary(OUT)
    print(f"{n} documents; languages {dict(langs)}")
    for k, c in cnt.items():
        print(k, sum(c.values()), dict(sorted(c.items())))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
