#!/usr/bin/env python3
"""Assemble data/demo/articles.jsonl from the hand-written reports in data/demo/src/*.txt
and check them.

Each source file has a small header (id, url, published), a line `---`, then the article text:
headline line, standfirst, optional photo caption ending in [Agency/Photographer], body
paragraphs, and a closing `Source:` line, all separated by blank lines. The title is the
headline line. Checks: JSON round-trip, unique ids, 6-15 body paragraphs, balanced curly
quotes per paragraph, closing Source line. Usage: python3 data/demo/build.py
"""
import glob
import json
import os
import re
import sys
import datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
errors, out, ids = [], [], set()
for path in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
    head, body = open(path, encoding="utf-8").read().split("\n---\n", 1)
    meta = dict(line.split(": ", 1) for line in head.strip().splitlines())
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", body.strip())]
    text = "\n\n".join(paras)
    name = os.path.basename(path)
    dt.date.fromisoformat(meta["published"])
    if meta["id"] in ids:
        errors.append(f"{name}: duplicate id")
    ids.add(meta["id"])
    if not paras[-1].startswith("Source: "):
        errors.append(f"{name}: no closing Source line")
    has_caption = bool(re.search(r"\[[^\]]+/[^\]]+\]$", paras[2]))
    n_body = len(paras) - 3 - (1 if has_caption else 0)
    if not 6 <= n_body <= 15:
        errors.append(f"{name}: {n_body} body paragraphs")
    for p in paras:
        if p.count("“") != p.count("”"):
            errors.append(f"{name}: unbalanced quotes in: {p[:60]}")
    out.append({"id": meta["id"], "url": meta["url"], "title": paras[0],
                "published": meta["published"], "source": "Chronicle Demo Wire", "text": text})
    print(f"{meta['id']} {meta['published']} paragraphs={n_body} caption={has_caption} {paras[0][:60]}")
out.sort(key=lambda r: r["id"])
with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
for line in open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8"):
    json.loads(line)
if errors:
    sys.exit("\n".join(errors))
print(f"OK: {len(out)} articles")
