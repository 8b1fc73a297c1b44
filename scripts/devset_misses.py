#!/usr/bin/env python3
"""Agreement / TradeFigure misses on the diplomatic_news development set, for writing rules.

Matching follows ../shared/tools/devset_scores.py (same document and type, span within 80 characters of the gold
evidence, kind equal / indicator equal or amount equal), one fact per gold fact (greedy, nearest first), so field
accuracy is measured on pairs. Texts of missed and spurious facts are printed for the write half (odd ids) only:
the check half (even ids) is for measuring, so for it only the numbers are printed.

Usage: python3 scripts/devset_misses.py [--glean .build/release/glean] [--types Agreement,TradeFigure]
                                        [--half write|check] [--lang en|fr] [--show]
"""
import argparse, json, os, re, subprocess, sys

DEV = os.environ.get("GLEAN_DEVSET", "/work/shared/devsets/diplomatic_news")
FIELDS = {"Agreement": ("kind", "status", "parties", "date"), "TradeFigure": ("indicator", "amount", "currency", "change_percent", "period")}
TOTAL = {"trade", "trade_turnover"}


def number(i):
    return int(re.sub(r"\D", "", i) or 0)


def in_half(i, half):
    return (number(i) % 2 == 1) == (half == "write")


def field(f, name):
    v = f.get("fields", {}).get(name)
    if name in ("amount", "currency") and f["type"] == "TradeFigure":
        a = f.get("fields", {}).get("amount")
        if isinstance(a, dict):
            return a.get(name)
    if name == "indicator" and v in TOTAL:
        return "trade"
    if name == "parties" and isinstance(v, list):
        return sorted(v)
    return v


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--glean", default=".build/release/glean")
    ap.add_argument("--types", default="Agreement,TradeFigure")
    ap.add_argument("--half", default="write", choices=("write", "check"))
    ap.add_argument("--lang", default=None)
    ap.add_argument("--show", action="store_true", help="print misses, spurious facts and field errors (write half only)")
    a = ap.parse_args()
    types = a.types.split(",")
    if a.show and a.half == "check":
        sys.exit("the check half is for measuring only: no texts are shown")
    idx = [json.loads(l) for l in open(os.path.join(DEV, "index.jsonl"))]
    idx = [d for d in idx if in_half(d["id"], a.half) and (a.lang is None or d["lang"] == a.lang)]
    texts = {d["id"]: open(os.path.join(DEV, "docs", d["id"] + ".txt"), encoding="utf-8").read() for d in idx}
    docs = [dict({"id": d["id"], "text": texts[d["id"]], "lang": d["lang"]},
                 **({"reference_date": d["reference_date"]} if d.get("reference_date") else {})) for d in idx]
    r = subprocess.run([a.glean, "extract", "--quiet", "--input-format", "jsonl", "-"],
                       input="".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), capture_output=True, text=True)
    facts = {}
    for line in r.stdout.splitlines():
        f = json.loads(line)
        if f["type"] in types:
            facts.setdefault(f["doc"], []).append(f)
    gold = [json.loads(l) for l in open(os.path.join(DEV, "gold.jsonl"))]
    gold = [g for g in gold if g["id"] in texts and g["type"] in types]

    for typ in types:
        G = [g for g in gold if g["type"] == typ]
        P = [f for fs in facts.values() for f in fs if f["type"] == typ]
        used, pairs, missed = set(), [], []
        for g in G:
            t = texts[g["id"]]
            s = t.find(g["evidence"]); e = s + len(g["evidence"])
            best = None
            for f in facts.get(g["id"], []):
                if f["type"] != typ or id(f) in used:
                    continue
                if not (f["span"]["start"] < e + 80 and f["span"]["end"] > s - 80):
                    continue
                if typ == "TradeFigure":
                    ok = field(f, "indicator") == field(g, "indicator") or (g["fields"].get("amount") and field(f, "amount") == g["fields"].get("amount"))
                else:
                    ok = f["fields"].get("kind") == g["fields"].get("kind")
                if ok:
                    d = abs(f["span"]["start"] - s)
                    if best is None or d < best[0]:
                        best = (d, f)
            if best:
                used.add(id(best[1])); pairs.append((g, best[1]))
            else:
                missed.append(g)
        # A fact is correct when it could match some gold fact (as devset_scores.py counts precision).
        def could(f):
            for g in gold:
                if g["id"] != f["doc"] or g["type"] != typ:
                    continue
                t = texts[g["id"]]; s = t.find(g["evidence"]); e = s + len(g["evidence"])
                if not (f["span"]["start"] < e + 80 and f["span"]["end"] > s - 80):
                    continue
                if typ == "TradeFigure":
                    if field(f, "indicator") == field(g, "indicator") or (g["fields"].get("amount") and field(f, "amount") == g["fields"].get("amount")):
                        return True
                elif f["fields"].get("kind") == g["fields"].get("kind"):
                    return True
            return False
        spurious = [f for f in P if not could(f)]
        rec = 100 * (len(G) - len(missed)) / max(len(G), 1)
        prec = 100 * (len(P) - len(spurious)) / max(len(P), 1)
        acc = []
        for name in FIELDS[typ]:
            ok = sum(field(f, name) == field(g, name) for g, f in pairs)
            acc.append(f"{name} {100 * ok / max(len(pairs), 1):.0f}%")
        print(f"{typ} {a.half}{' ' + a.lang if a.lang else ''}: gold {len(G)}, facts {len(P)}, R{rec:.0f} P{prec:.0f}; "
              f"on {len(pairs)} matched: " + ", ".join(acc))
        if not a.show:
            continue
        for g in missed:
            print(f"  MISS {g['id']} {json.dumps(g['fields'], ensure_ascii=False)} | {g['evidence']}")
        for f in spurious:
            print(f"  SPUR {f['doc']} {f['rule']} {json.dumps(f['fields'], ensure_ascii=False)} | {f['text'][:200]}")
        for g, f in pairs:
            bad = [n for n in FIELDS[typ] if field(f, n) != field(g, n)]
            if bad:
                print(f"  FIELD {g['id']} {','.join(bad)}: gold {json.dumps({n: field(g, n) for n in bad}, ensure_ascii=False)} "
                      f"got {json.dumps({n: field(f, n) for n in bad}, ensure_ascii=False)} | {f['rule']} | {f['text'][:160]}")


if __name__ == "__main__":
    main()
