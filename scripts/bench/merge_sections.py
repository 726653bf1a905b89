"""Merges the '## ' sections of a new BENCHMARKS.md run into the existing file.

Usage: merge_sections.py OLD NEW > MERGED. Sections of NEW replace those with the same heading in
OLD; sections only in OLD are kept, so running one section does not erase the others.
"""
import sys


def split(text):
    head, sections, current = [], [], None
    for line in text.splitlines(keepends=True):
        if line.startswith("## "):
            current = [line]
            sections.append(current)
        elif current is None:
            head.append(line)
        else:
            current.append(line)
    return "".join(head), [(s[0].strip(), "".join(s)) for s in sections]


old_head, old = split(open(sys.argv[1], encoding="utf-8").read())
new_head, new = split(open(sys.argv[2], encoding="utf-8").read())
replaced = dict(new)
out = [new_head]
seen = set()
for title, body in old:
    out.append(replaced.get(title, body))
    seen.add(title)
for title, body in new:
    if title not in seen:
        out.append(body)
sys.stdout.write("".join(out))
