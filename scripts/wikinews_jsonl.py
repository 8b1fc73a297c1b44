#!/usr/bin/env python3
"""Writes the Wikinews FR devset as JSON Lines input for `glean extract --input-format jsonl`: one line per
article with its id, text, lang "fr" and the dateline date from index.jsonl as reference_date (left out when
the index has none). Usage: python3 scripts/wikinews_jsonl.py [DEVSET_DIR] > wikinews.jsonl"""
import json
import os
import sys

folder = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/devsets/wikinews_fr"
with open(os.path.join(folder, "index.jsonl"), encoding="utf-8") as index:
    for line in index:
        entry = json.loads(line)
        with open(os.path.join(folder, entry["file"]), encoding="utf-8") as article:
            record = {"id": entry["id"], "text": article.read(), "lang": "fr"}
        if entry.get("dateline_date"):
            record["reference_date"] = entry["dateline_date"]
        print(json.dumps(record, ensure_ascii=False))
