"""Runs a glean binary over records (one document each) and returns its facts by document id; shared by the
evaluation scripts (eval_recognizers.py, eval_chrono.py), with the table printer they share."""
import json
import os
import subprocess
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_glean(glean, records, text_key, types, jobs=None, time_of_day=False, document_keys=None):
    """Each record has `id`, `lang`, the text under `text_key` and maybe a `reference` time (its day is the
    reference date; with time_of_day, its wall-clock time too: `2012-08-10T12:14`). document_keys(record), when
    given, adds keys to the record's JSON Lines document (its reading options: "forward_dates", "date_order").
    Exits with glean's message when glean fails."""
    lines = []
    for record in records:
        document = {"id": record["id"], "text": record[text_key], "lang": record["lang"]}
        if record.get("reference"):
            document["reference_date"] = record["reference"][:16 if time_of_day and len(record["reference"]) >= 16 else 10]
        if document_keys:
            document.update(document_keys(record))
        lines.append(json.dumps(document, ensure_ascii=False))
    command = [glean, "extract", "--input-format", "jsonl", "--quiet", "--types", ",".join(types), "-"]
    # The pack of this checkout (a worktree's), not the one the binary was built with.
    for option, directory in (("--rules", "Rules"), ("--gazetteers", "Gazetteers")):
        if os.path.isdir(os.path.join(ROOT, directory)):
            command[2:2] = [option, os.path.join(ROOT, directory)]
    if jobs:
        command[2:2] = ["--jobs", str(jobs)]
    completed = subprocess.run(command, input="\n".join(lines) + "\n", capture_output=True, text=True, cwd=ROOT)
    if completed.returncode != 0:
        sys.stderr.write(completed.stderr)
        sys.exit(f"glean exited with status {completed.returncode}")
    facts = defaultdict(list)
    for line in completed.stdout.splitlines():
        fact = json.loads(line)
        facts[fact["doc"]].append(fact)
    return facts


def print_table(header, rows, markdown):
    """A table as Markdown (for the README) or as aligned plain columns."""
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join("---" for _ in header) + "|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
    else:
        widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
        print("  ".join(h.ljust(w) for h, w in zip(header, widths)))
        for row in rows:
            print("  ".join(c.ljust(w) for c, w in zip(row, widths)))
