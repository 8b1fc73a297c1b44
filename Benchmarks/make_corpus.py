#!/usr/bin/env python3
"""Builds a JSON Lines corpus of about SIZE megabytes from seeds/ and ../shared/devsets/wikinews_fr/,
repeating the articles (each copy gets its own id). Usage: make_corpus.py SIZE_MB OUT.jsonl"""
import glob, json, os, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
size_mb, out = float(sys.argv[1]), sys.argv[2]
paths = sorted(glob.glob(os.path.join(root, "seeds", "*.txt")))
paths += sorted(glob.glob(os.path.join(root, "..", "shared", "devsets", "wikinews_fr", "*.txt")))
texts = [open(p, encoding="utf-8").read() for p in paths]
target, written, n = size_mb * 1_000_000, 0, 0
with open(out, "w", encoding="utf-8") as f:
    while written < target:
        for text in texts:
            f.write(json.dumps({"id": f"doc{n}", "text": text}, ensure_ascii=False) + "\n")
            written += len(text.encode("utf-8"))
            n += 1
            if written >= target:
                break
print(f"{out}: {n} documents, {written / 1e6:.1f} MB of text")
