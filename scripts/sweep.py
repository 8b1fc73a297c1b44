#!/usr/bin/env python3
"""Run a Meeting sweep file (Tests/Fixtures/sweeps/<kind>.jsonl): each line a sentence with `expect` = the Meeting
kind it must give (or null: no Meeting of the file's kind). Prints failures and pass rates per language."""
import json, subprocess, sys, collections
path = sys.argv[1]; wt = sys.argv[2] if len(sys.argv) > 2 else '.'
G = '/work/bin/glean'
lines = [json.loads(l) for l in open(path) if l.strip()]
out = subprocess.run([G, 'extract', '--rules', wt + '/Rules', '--gazetteers', wt + '/Gazetteers', '--input-format', 'jsonl', path],
                     capture_output=True, text=True).stdout
got = collections.defaultdict(list)
for l in out.splitlines():
    f = json.loads(l)
    if f['type'] == 'Meeting': got[f['doc']].append(f)
stats = collections.Counter()
for d in lines:
    ms = got.get(d['id'], [])
    kinds = [m['fields'].get('kind') for m in ms]
    kind = path.rsplit('/', 1)[-1].split('.')[0]
    ok = (d['expect'] in kinds) if d['expect'] else kind not in kinds
    key = ('pos' if d['expect'] else 'neg', d['lang'])
    stats[key + ('ok',)] += ok; stats[key + ('n',)] += 1
    if not ok:
        print('FAIL', d['id'], d['expect'], [(m['fields'].get('kind'), m['text'], m['rule']) for m in ms], '|', d['text'])
for p in ('pos', 'neg'):
    for lg in ('en', 'fr'):
        if stats[(p, lg, 'n')]: print(f"{p} {lg}: {stats[(p, lg, 'ok')]}/{stats[(p, lg, 'n')]}")
