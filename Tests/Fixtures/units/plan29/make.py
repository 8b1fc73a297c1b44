#!/usr/bin/env python3
"""The plan-frame matrix (session 29, plan29, issue #14): a meeting announced by a word of plan before the infinitive
of a meeting verb — every plan word of Gazetteers/vocab/frames.yaml (present and past, EN and FR) with infinitives of
talks, visits and calls in rotation, so that each plan word meets each kind and each infinitive several plan words —
and near misses that must give no meeting (a plan of no government: a team, investors, supporters; a plan word before
another verb: "meet the requirements", "head to record highs", « se rendre compte »; a wish: "hopes to meet").
Real officials, invented events; no sentence is copied from a dev or evaluation set. Gold follows
/work/shared/devsets/diplomatic_news/README.md and docs/facts.md (Meeting gold carries `status`). Reference date:
Wednesday 12 March 2025. Writes docs/, index.jsonl, gold.jsonl (`glean eval gold.jsonl`) and one fixture per document
that holds. Run from anywhere: python3 make.py [--all DIR]"""
import os, sys, re
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import matrixlib

REF = "2025-03-12"  # a Wednesday: the coming Friday is 14 March
FRIDAY = "2025-03-14"
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = []  # (id, construction, lang, text, [(type, evidence, fields)])


def parts():
    """The `parts:` lists of Gazetteers/vocab/frames.yaml, read as written (flow lists over several lines)."""
    path = os.path.join(HERE, "..", "..", "..", "..", "Gazetteers", "vocab", "frames.yaml")
    text = open(path, encoding="utf-8").read()
    block = text.split("\nparts:\n", 1)[1].split("\nentries:\n", 1)[0]
    block = "\n".join(l for l in block.splitlines() if not l.strip().startswith("#"))
    found = {}
    for name, body in re.findall(r"^  ([a-z_]+): \[(.*?)\]", block, re.S | re.M):
        found[name] = [w.strip() for w in body.replace("\n", " ").split(",") if w.strip()]
    return found


def m(ev, kind, countries, date=None, location=None, status="planned"):
    f = {"kind": kind, "countries": sorted(countries)}
    if date: f["date"] = date
    if location: f["location"] = location
    f["status"] = status
    return ("Meeting", ev, f)


P = parts()
FR_PAST = {"devait", "devaient", "allait", "allaient", "comptait", "comptaient", "prévoyait de", "prévoyaient de"}
PLURAL_EN = re.compile(r"^(are|were|plan to|intend to)\b")
PLURAL_FR = re.compile(r"^(doivent|devraient|devront|vont|comptent|entendent|prévoient|envisagent|sont|s'apprêtent|se préparent|devaient|allaient|comptaient|prévoyaient)\b")


def en_item(i, frame, kind, inf, past):
    plural = bool(PLURAL_EN.match(frame))
    subj = "Indonesian President Prabowo Subianto and his delegation" if plural else "Indonesian President Prabowo Subianto"
    when = " in Tokyo, the ministry said" if past else " on Friday"
    if kind == "visit":
        place = "Japan" if inf.startswith(("visit", "pay", "make")) else "Tokyo"
        text = f"{subj} {frame} {inf} {place}{' on Friday' if not past else ''}."
        if past: text = f"{subj} {frame} {inf} {place}, the ministry said."
        ev = f"{subj} {frame} {inf} {place}"
        loc = "Tokyo" if place == "Tokyo" else None
        return text, [m(ev, "visit", ["ID", "JP"], None if past else FRIDAY, loc)]
    obj = "Japanese Prime Minister Shigeru Ishiba"
    text = f"{subj} {frame} {inf} {obj}{when}."
    ev = f"{subj} {frame} {inf} {obj}"
    loc = "Tokyo" if past and kind == "talks" else None
    return text, [m(ev, kind, ["ID", "JP"], None if past else FRIDAY, loc)]


def fr_item(i, frame, kind, inf):
    past = frame in FR_PAST
    plural = bool(PLURAL_FR.match(frame))
    subj = "Le président sénégalais Bassirou Diomaye Faye et son épouse" if plural else "Le président sénégalais Bassirou Diomaye Faye"
    if frame.endswith("censée"): subj = "La ministre sénégalaise des Affaires étrangères Yassine Fall"
    if kind == "visit":
        if inf.startswith("se rendre"):
            inf, place, loc = "se rendre à", "Paris", "Paris"
        elif inf in ("visiter",):
            place, loc = "la France", None
        elif inf.startswith(("s'envoler", "partir")):
            place, loc = "Paris", "Paris"
        elif inf == "rendre visite à":
            place, loc = "son homologue français Emmanuel Macron à Paris", "Paris"
        elif inf == "séjourner":
            inf, place, loc = "séjourner à", "Paris", "Paris"
        else:
            place, loc = "en France", None
        ev = f"{subj} {frame} {inf} {place}"
        text = ev + (", selon la présidence." if past else " vendredi.")
        return text, [m(ev, "visit", ["FR", "SN"], None if past else FRIDAY, loc)]
    obj = "le président français Emmanuel Macron"
    if inf.endswith(" à"): ev = f"{subj} {frame} {inf[:-2]} au président français Emmanuel Macron"
    else: ev = f"{subj} {frame} {inf} {obj}"
    text = ev + (" à Paris, selon la présidence." if past else " vendredi.")
    loc = "Paris" if past and kind == "talks" else None
    return text, [m(ev, kind, ["FR", "SN"], None if past else FRIDAY, loc)]


def rotate(frames, kinds, lists):
    """Each frame with one infinitive of each kind, the infinitives taken in turn so that each meets several frames."""
    out = []
    for i, frame in enumerate(frames):
        for kind in kinds:
            words = lists[kind]
            out.append((frame, kind, words[(i * 7 + len(out)) % len(words)]))
    return out


n = 0
for frame, kind, inf in rotate(P["plan_en"], ["talks", "visit", "call"], {"talks": ["meet"] + P["talks_en"], "visit": P["visit_en"], "call": P["call_en"]}):
    n += 1; text, facts = en_item(n, frame, kind if kind != "call" else "phone_call", inf, False)
    DOCS.append((f"en{n:03d}", f"{frame} + {inf}", "en", text, facts))
for frame, kind, inf in rotate(P["plan_en_past"], ["talks", "visit", "call"], {"talks": ["meet"] + P["talks_en"], "visit": P["visit_en"], "call": P["call_en"]}):
    n += 1; text, facts = en_item(n, frame, kind if kind != "call" else "phone_call", inf, True)
    DOCS.append((f"en{n:03d}", f"{frame} + {inf} (past)", "en", text, facts))
n = 0
for frame, kind, inf in rotate(P["plan_fr"] + P["plan_fr_past"], ["talks", "visit", "call"], {"talks": ["rencontrer", "s'entretenir avec", "se rencontrer"] + P["talks_fr"], "visit": P["visit_fr"] + ["se rendre à"], "call": P["call_fr"]}):
    n += 1; text, facts = fr_item(n, frame, kind if kind != "call" else "phone_call", inf)
    DOCS.append((f"fr{n:03d}", f"{frame} + {inf}", "fr", text, facts))

NEAR = [
    ("en", "a host of a tournament", "Kenya is set to host the Africa Cup of Nations in 2027."),
    ("en", "prices heading somewhere", "Oil prices are likely to head to record highs in May."),
    ("en", "a team's trip", "The Kenyan team is due to fly to Tokyo on Wednesday for the final."),
    ("en", "meet the requirements", "Kenyan President William Ruto is expected to meet the requirements of the IMF programme by June."),
    ("en", "investors' visit", "Investors are expected to visit the Nairobi Securities Exchange on Monday."),
    ("en", "a wish", "Indonesian President Prabowo Subianto hopes to meet the Japanese prime minister one day."),
    ("en", "an agreement's entry into force", "The agreement is expected to enter into force in May."),
    ("fr", "se rendre compte", "Le ministre sénégalais des Affaires étrangères va se rendre compte de la situation à Dakar lundi."),
    ("fr", "supporters' trip", "Les supporters sénégalais doivent se rendre à Paris vendredi pour la finale."),
    ("fr", "visiter des priorités", "La France doit visiter ses priorités en Afrique."),
]
for i, (lang, cons, text) in enumerate(NEAR, 1):
    DOCS.append((f"nm{i:02d}", "near miss: " + cons, lang, text, []))

NOT_YET = set("""""".split())

if __name__ == "__main__":
    alldir = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "--all" else None
    ids = [x[0] for x in DOCS]; assert len(ids) == len(set(ids))
    with matrixlib.Matrix(HERE, clear_fixtures="plan29_") as mx:
        for id, cons, lang, text, facts in DOCS:
            did = f"plan29_{id}"
            mx.document(did, text, {"lang": lang, "reference_date": REF, "construction": cons})
            checks = ["Meeting"]
            for t, ev, fields in facts:
                assert ev in text, (id, ev)
                mx.gold(did, t, ev, fields)
            comment = f"plan29 matrix (session 29): {did}, {cons}; own sentence, gold in gold.jsonl (make.py)."
            mx.fixture(did, matrixlib.fixture_lines(comment, did, lang, REF, checks, [(t, f) for t, _, f in facts]), id not in NOT_YET, alldir)
    print(len(DOCS), "documents,", sum(len(x[4]) for x in DOCS), "facts,", sum(1 for x in DOCS if not x[4]), "near misses")
