#!/usr/bin/env python3
"""Meeting facts of a glean binary on ../shared/devsets/diplomatic_news, per half (write = odd ids, check = even ids)
and language: recall, precision, and the accuracy of kind / countries / date / location on matched facts.
A fact matches a gold fact when document and type agree and its span lies within 80 characters of the gold evidence
(as devset_scores.py); each gold fact takes at most one fact, preferring the same kind, then the nearest.
`--list` prints the misses, spurious facts and field errors of the WRITE half only (odd ids): the check half is
for measuring, never for reading.
Usage: python3 scripts/meeting_devset.py [--bin .build/release/glean] [--list] [--type Meeting]"""
import argparse, json, os, re, subprocess, sys

DEV = "/work/shared/devsets/diplomatic_news"

def num(i): return int(re.sub(r"\D", "", i) or 0)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=".build/release/glean")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--type", default="Meeting")
    ap.add_argument("--doc", default=None, help="only this (odd) document")
    a = ap.parse_args()
    idx = [json.loads(l) for l in open(os.path.join(DEV, "index.jsonl"))]
    texts = {d["id"]: open(os.path.join(DEV, "docs", d["id"] + ".txt"), encoding="utf-8").read() for d in idx}
    lang = {d["id"]: d["lang"] for d in idx}
    docs = [dict({"id": d["id"], "text": texts[d["id"]], "lang": d["lang"]},
                 **({"reference_date": d["reference_date"]} if d.get("reference_date") else {})) for d in idx]
    r = subprocess.run([a.bin, "extract", "--quiet", "--input-format", "jsonl", "-"],
                       input="".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), capture_output=True, text=True)
    facts = {}
    for line in r.stdout.splitlines():
        if line.strip():
            f = json.loads(line)
            if f["type"] == a.type: facts.setdefault(f["doc"], []).append(f)
    gold = [json.loads(l) for l in open(os.path.join(DEV, "gold.jsonl"))]
    gold = [g for g in gold if g["type"] == a.type]
    fields = ("kind", "countries", "date", "location", "status")
    stats = {}
    listing = []
    for did in sorted(texts):
        part = "write" if num(did) % 2 else "check"
        G = [g for g in gold if g["id"] == did]
        F = facts.get(did, [])
        t = texts[did]
        span = {}
        for gi, g in enumerate(G):
            s = t.find(g["evidence"]); span[gi] = (s, s + len(g["evidence"]))
        def near(f, gi):
            s, e = span[gi]; return f["span"]["start"] < e + 80 and f["span"]["end"] > s - 80
        def dist(f, gi):
            s, e = span[gi]; return abs(f["span"]["start"] - s)
        # greedy one-to-one: same kind first, then any kind, nearest first
        pairs = []
        used_f, used_g = set(), set()
        for same in (True, False):
            cand = sorted(((dist(f, gi), fi, gi) for fi, f in enumerate(F) for gi, g in enumerate(G)
                           if near(f, gi) and (not same or f["fields"].get("kind") == g["fields"].get("kind"))))
            for _, fi, gi in cand:
                if fi in used_f or gi in used_g: continue
                used_f.add(fi); used_g.add(gi); pairs.append((fi, gi))
        st = stats.setdefault((part, lang[did]), {"gold": 0, "pred": 0, "rec": 0, "prec": 0, **{k: [0, 0] for k in fields}})
        st["gold"] += len(G); st["pred"] += len(F)
        # recall/precision as devset_scores.py: kind must agree
        st["rec"] += sum(any(near(f, gi) and f["fields"].get("kind") == g["fields"].get("kind") for f in F) for gi, g in enumerate(G))
        st["prec"] += sum(any(near(f, gi) and f["fields"].get("kind") == g["fields"].get("kind") for gi, g in enumerate(G)) for f in F)
        for fi, gi in pairs:
            f, g = F[fi]["fields"], G[gi]["fields"]
            for k in fields:
                if k not in g and k != "status": 
                    if k in ("date", "location") and k in f:  # stated where gold has none
                        st[k][1] += 1
                        if part == "write" and a.list: listing.append((did, "FIELD", k, f.get(k), None, G[gi]["evidence"][:90]))
                    continue
                if k == "status":
                    continue
                st[k][1] += 1
                fv, gv = f.get(k), g.get(k)
                if k == "countries": fv = sorted(fv or [])
                if fv == gv: st[k][0] += 1
                elif part == "write" and a.list: listing.append((did, "FIELD", k, fv, gv, G[gi]["evidence"][:90]))
        if part == "write" and a.list and (a.doc is None or a.doc == did):
            for gi, g in enumerate(G):
                if not any(near(f, gi) and f["fields"].get("kind") == g["fields"].get("kind") for f in F):
                    listing.append((did, "MISS", g["fields"].get("kind"), g["fields"], None, g["evidence"][:160]))
            for f in F:
                if not any(near(f, gi) and f["fields"].get("kind") == g["fields"].get("kind") for gi, g in enumerate(G)):
                    s = f["span"]["start"]
                    listing.append((did, "SPUR", f["fields"].get("kind"), {k: f["fields"].get(k) for k in ("countries", "date", "location", "status")}, f["rule"], t[max(0, s - 60):s + 60].replace("\n", " ")))
    if a.list:
        for row in listing:
            if a.doc and row[0] != a.doc: continue
            print("\t".join(str(x) for x in row))
        print()
    for part in ("write", "check"):
        for lg in ("en", "fr", "all"):
            keys = [k for k in stats if k[0] == part and (lg == "all" or k[1] == lg)]
            tot = {"gold": 0, "pred": 0, "rec": 0, "prec": 0, **{k: [0, 0] for k in fields}}
            for k in keys:
                for x in ("gold", "pred", "rec", "prec"): tot[x] += stats[k][x]
                for x in fields: tot[x][0] += stats[k][x][0]; tot[x][1] += stats[k][x][1]
            acc = " ".join(f"{x}={100*tot[x][0]/max(tot[x][1],1):.0f}%({tot[x][1]})" for x in fields if x != "status")
            print(f"{part} {lg}: {a.type} R{100*tot['rec']/max(tot['gold'],1):.0f} ({tot['rec']}/{tot['gold']}) "
                  f"P{100*tot['prec']/max(tot['pred'],1):.0f} ({tot['prec']}/{tot['pred']})  {acc}")

if __name__ == "__main__":
    main()
