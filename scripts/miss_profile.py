#!/usr/bin/env python3
"""Profiles the missed facts of one half of ../shared/devsets/diplomatic_news by what the pack DID find inside
their evidence (Money, Percent, Date, Country … facts) and how far the nearest fact of the same type is. It prints
counts only, never a text, so it can be run on the check half without reading it: it tells whether a miss is at the
value level (no Money in the evidence) or at the event level (the values are there, no rule reads the event).
Usage: python3 scripts/miss_profile.py [GLEAN_BIN] [even|odd]   (default .build/release/glean, even)"""
import json, re, subprocess, sys, collections
G = sys.argv[1] if len(sys.argv) > 1 else ".build/release/glean"
D = "../shared/devsets/diplomatic_news"
HALF = sys.argv[2] if len(sys.argv) > 2 else "even"
ev = json.loads(subprocess.run([G, "eval", D + "/gold.jsonl", "--half", HALF, "--format", "json", "--show-errors"], capture_output=True, text=True).stdout)
idx = [json.loads(l) for l in open(D + "/index.jsonl")]
idx = [d for d in idx if int(re.sub(r"\D", "", d["id"])) % 2 == (0 if HALF == "even" else 1)]
texts = {d["id"]: open(f"{D}/docs/{d['id']}.txt", encoding="utf-8").read() for d in idx}
docs = [dict(id=d["id"], text=texts[d["id"]], lang=d.get("lang"), **({"reference_date": d["reference_date"]} if d.get("reference_date") else {})) for d in idx]
out = subprocess.run([G, "extract", "--quiet", "--input-format", "jsonl", "-"], input="".join(json.dumps(x, ensure_ascii=False) + "\n" for x in docs), capture_output=True, text=True).stdout
facts = collections.defaultdict(list)
for l in out.splitlines():
    if l.strip():
        f = json.loads(l); facts[str(f["doc"])].append(f)
lang = {d["id"]: d.get("lang") for d in idx}
for typ in ("TradeFigure", "Agreement", "Meeting"):
    prof = collections.Counter(); dist = collections.Counter()
    misses = [m for m in ev["missed"] if m["type"] == typ]
    for m in misses:
        t = texts[m["doc"]]; s = t.find(m["evidence"]); e = s + len(m["evidence"])
        inside = [f for f in facts[m["doc"]] if f["span"]["start"] < e and f["span"]["end"] > s]
        types = collections.Counter(f["type"] for f in inside)
        prof[lang[m["doc"]]] += 1
        for k in ("Money", "Percent", "Date", "Country", "Official", "Organization", "Agreement", "Meeting", "TradeFigure"):
            if types[k]: prof["has " + k] += 1
        if types["Country"] + types["Organization"] >= 2: prof["2+ countries/orgs"] += 1
        same = [f for f in facts[m["doc"]] if f["type"] == typ]
        if not same: dist["no fact of type in doc"] += 1
        else:
            dd = min(max(0, f["span"]["start"] - e, s - f["span"]["end"]) for f in same)
            dist["<=80" if dd <= 80 else "<=300" if dd <= 300 else ">300"] += 1
    print(f"{typ}: {len(misses)} missed; {dict(prof)}; nearest same-type fact: {dict(dist)}")
