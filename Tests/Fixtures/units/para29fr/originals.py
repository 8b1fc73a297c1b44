#!/usr/bin/env python3
"""Copies the 28 originals of the retellings (Evaluation/hold39-49) into a scratch folder with ids renamed like
their retellings (fr_h39en004 ...), so that `glean eval` scores the originals on the same documents' gold.
Usage: python3 originals.py /tmp/somewhere ; glean eval ... /tmp/somewhere/gold.jsonl"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import retellings as R
out = sys.argv[1]
os.makedirs(os.path.join(out, 'docs'), exist_ok=True)
idx, gold = [], []
for orig, outlet, text, facts in R.DOCS:
    h, i = orig.split('/')
    did = R.doc_id(orig)
    src = R.load_index(orig)
    open(os.path.join(out, 'docs', did + '.txt'), 'w', encoding='utf-8').write(
        open(os.path.join(R.EVAL, h, 'docs', i + '.txt'), encoding='utf-8').read())
    r = dict(src); r['id'] = did; r['lang'] = src['lang']; r['original'] = orig
    idx.append(r)
    for l in open(os.path.join(R.EVAL, h, 'gold.jsonl'), encoding='utf-8'):
        g = json.loads(l)
        if g['id'] == i: g['id'] = did; gold.append(g)
with open(os.path.join(out, 'index.jsonl'), 'w', encoding='utf-8') as f:
    for r in idx: f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open(os.path.join(out, 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for g in gold: f.write(json.dumps(g, ensure_ascii=False) + '\n')
print(len(idx), 'documents,', len(gold), 'facts')
