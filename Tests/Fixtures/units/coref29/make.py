#!/usr/bin/env python3
"""The coreference matrix (session 29, coref29, issue #14): short reports, English and French, in which one visit is
told in several mentions (the arrival, the talks and the reception on the next days, a second city, what is still
planned in it) — one Meeting — beside near misses that are two events with the same countries (a return visit weeks
later, talks that are not a visit on two days, a trip that goes on to another country, an earlier visit recalled,
two visits a few days apart by the two sides).
Real officials, invented events; no sentence is copied from a dev or evaluation set. Gold follows
/work/shared/devsets/diplomatic_news/README.md and docs/facts.md (one fact per real-world meeting per article; the
talks held during a visit are that visit; a visit's date is its first day, its place the city it arrives in).
Reference date: Wednesday 12 March 2025. Writes docs/, index.jsonl, gold.jsonl (`glean eval gold.jsonl`) and one
fixture per document that holds. Run from anywhere: python3 make.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import matrixlib

REF = "2025-03-12"  # a Wednesday
M = "Meeting"

# visitor (title + name, he/she, country code, demonym EN, FR title + name, FR demonym),
# host (title + name, country, country EN, country FR "au/en …", capital, second city, FR capital, FR second city)
TRIPS = [
    (("Prime Minister Narendra Modi", "he", "IN", "Indian", "le Premier ministre indien, Narendra Modi,", "Modi"),
     ("President Emmanuel Macron", "FR", "France", "en France", "Paris", "Marseille", "Paris", "Marseille", "le président Emmanuel Macron")),
    (("President Cyril Ramaphosa", "he", "ZA", "South African", "le président sud-africain, Cyril Ramaphosa,", "Ramaphosa"),
     ("President Xi Jinping", "CN", "China", "en Chine", "Beijing", "Shanghai", "Pékin", "Shanghai", "le président Xi Jinping")),
    (("President William Ruto", "he", "KE", "Kenyan", "le président kényan, William Ruto,", "Ruto"),
     ("Prime Minister Giorgia Meloni", "IT", "Italy", "en Italie", "Rome", "Milan", "Rome", "Milan", "la présidente du Conseil, Giorgia Meloni")),
    (("Foreign Minister Penny Wong", "she", "AU", "Australian", "la ministre australienne des Affaires étrangères, Penny Wong,", "Wong"),
     ("Foreign Minister Takeshi Iwaya", "JP", "Japan", "au Japon", "Tokyo", "Osaka", "Tokyo", "Osaka", "son homologue Takeshi Iwaya")),
]
# A third country the trip goes on to (code, EN name, FR "au/en …", capital EN/FR)
ONWARD = {"IN": ("DE", "Germany", "en Allemagne", "Berlin", "Berlin"), "ZA": ("VN", "Vietnam", "au Vietnam", "Hanoi", "Hanoï"),
          "KE": ("ES", "Spain", "en Espagne", "Madrid", "Madrid"), "AU": ("KR", "South Korea", "en Corée du Sud", "Seoul", "Séoul")}

LOC = {"Pékin": "Beijing", "Hanoï": "Hanoi", "Séoul": "Seoul"}

DOCS = []  # (id, lang, construction, text, [(evidence, fields)])

def m(ev, kind, countries, date=None, location=None, status="held"):
    f = {"kind": kind, "countries": sorted(countries)}
    if date: f["date"] = date
    if location: f["location"] = LOC.get(location, location)
    f["status"] = status
    return (ev, f)

for n, ((V, pro, vc, vdem, Vfr, vs), (H, hc, hname, hfr, cap, city2, capfr, city2fr, Hfr)) in enumerate(TRIPS, 1):
    Pro = pro.capitalize(); il = "elle" if pro == "she" else "il"; e = "e" if pro == "she" else ""
    oc, oname, ofr, ocap, ocapfr = ONWARD[vc]
    pair = [vc, hc]
    # --- one event told several times (a single Meeting) ---
    ev = f"{V} arrived in {cap} on Monday for a three-day state visit to {hname}"
    DOCS.append((f"en_one_recv{n}", "en", "arrival, then received the next day",
        f"{ev}. On Tuesday {pro} was received by {H}, and the two held talks on trade and security.", [m(ev, "visit", pair, "2025-03-10", cap)]))
    ev = f"{V} arrived in {cap} on Monday for an official visit to {hname}"
    DOCS.append((f"en_one_city{n}", "en", "arrival, then a second city two days later",
        f"{ev}. {vs} travelled on to {city2} on Wednesday, where {pro} visited a port and met business leaders.", [m(ev, "visit", pair, "2025-03-10", cap)]))
    ev = f"{V} began a state visit to {hname} in {cap} on Tuesday"
    DOCS.append((f"en_one_plan{n}", "en", "visit held, talks still planned in it",
        f"{ev}. {Pro} is due to hold talks with {H} on Thursday before flying home.", [m(ev, "visit", pair, "2025-03-11", cap)]))
    ev = f"{Vfr} est arrivé{e} lundi à {capfr} pour une visite d'État {hfr}"
    DOCS.append((f"fr_one_recv{n}", "fr", "arrivée, puis reçu le lendemain",
        f"{ev[0].upper()}{ev[1:]}. Mardi, {il} a été reçu{e} par {Hfr}, avec qui {il} s'est entretenu{e} du commerce et de la sécurité.",
        [m(f"{ev[0].upper()}{ev[1:]}", "visit", pair, "2025-03-10", capfr)]))
    ev = f"{Vfr} est arrivé{e} lundi à {capfr} pour une visite officielle {hfr}"
    DOCS.append((f"fr_one_city{n}", "fr", "arrivée, puis une seconde ville",
        f"{ev[0].upper()}{ev[1:]}. {vs} s'est ensuite rendu{e} mercredi à {city2fr}, où {il} a rencontré des chefs d'entreprise.",
        [m(f"{ev[0].upper()}{ev[1:]}", "visit", pair, "2025-03-10", capfr)]))
    # --- two events (near misses) ---
    ev1 = f"{V} arrived in {cap} on Monday for a state visit to {hname}"
    ev2 = f"{H} will pay a return visit to {dict(IN='India', ZA='South Africa', KE='Kenya', AU='Australia')[vc]} on 28 March"
    DOCS.append((f"en_two_return{n}", "en", "visit, and a return visit weeks later",
        f"{ev1}. {ev2}, the two sides said.", [m(ev1, "visit", pair, "2025-03-10", cap), m(ev2, "visit", pair, "2025-03-28", None, "planned")]))
    ev1 = f"{V} arrived in {cap} on Monday for a state visit to {hname}"
    ev2 = f"On Wednesday {pro} flew on to {ocap}, where {pro} held talks with the leaders of {oname}"
    DOCS.append((f"en_two_onward{n}", "en", "visit, then the next country of the trip",
        f"{ev1}. {ev2}.", [m(ev1, "visit", pair, "2025-03-10", cap), m(ev2, "visit", [vc, oc], "2025-03-12", ocap)]))
    ev1 = f"{V} arrived in {cap} on Monday for a state visit to {hname}"
    ev2 = f"It was {'her' if pro == 'she' else 'his'} first visit to {hname} since 2019"
    DOCS.append((f"en_two_earlier{n}", "en", "visit, and an earlier one recalled",
        f"{ev1}. {ev2}.", [m(ev1, "visit", pair, "2025-03-10", cap), m(ev2, "visit", pair, "2019")]))
    ev1 = f"{Vfr} est arrivé{e} lundi à {capfr} pour une visite d'État {hfr}"
    ev2 = f"{Hfr[0].upper()}{Hfr[1:]} se rendra à son tour dans le pays le 28 mars"
    DOCS.append((f"fr_two_return{n}", "fr", "visite, et visite en retour dans quelques semaines",
        f"{ev1[0].upper()}{ev1[1:]}. {ev2}.", [m(f"{ev1[0].upper()}{ev1[1:]}", "visit", pair, "2025-03-10", capfr), m(ev2, "visit", pair, "2025-03-28", None, "planned")]))
    ev1 = f"{Vfr} est arrivé{e} lundi à {capfr} pour une visite d'État {hfr}"
    ev2 = f"Mercredi, {il} se rendra {ofr}, où {il} s'entretiendra avec les dirigeants du pays"
    DOCS.append((f"fr_two_onward{n}", "fr", "visite, puis le pays suivant",
        f"{ev1[0].upper()}{ev1[1:]}. {ev2}.", [m(f"{ev1[0].upper()}{ev1[1:]}", "visit", pair, "2025-03-10", capfr), m(ev2, "visit", [vc, oc], "2025-03-12", None, "planned")]))

# Talks that are no visit, on two days a week apart: two rounds (same countries, no trip word).
for n, (a, b, pair) in enumerate([("Foreign Minister Wang Yi", "Foreign Minister Sergey Lavrov", ["CN", "RU"]),
                                  ("Foreign Secretary David Lammy", "Foreign Minister Hakan Fidan", ["GB", "TR"])], 1):
    ev1 = f"{a} held talks with {b} by video link on Monday"
    ev2 = f"The two ministers will hold a second round of talks in Geneva on 24 March"
    DOCS.append((f"en_two_rounds{n}", "en", "two rounds of talks",
        f"{ev1}. {ev2}.", [(ev1, {"kind": "videoconference", "countries": pair, "date": "2025-03-10", "status": "held"}), m(ev2, "talks", pair, "2025-03-24", "Geneva", "planned")]))

NOT_YET = set()

def fixture_fields(fields):
    return dict(fields)

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    ids = [d[0] for d in DOCS]; assert len(ids) == len(set(ids))
    holds = set(sys.argv[2].split(",")) if len(sys.argv) > 2 and sys.argv[1] == "--holds" else None
    if holds is None and os.path.exists(os.path.join(here, "holds.txt")):
        holds = set(open(os.path.join(here, "holds.txt")).read().split())
    with matrixlib.Matrix(here, clear_fixtures="coref29_") as mx:
        for id, lang, cons, text, facts in DOCS:
            did = f"coref29_{id}"
            mx.document(did, text, {"lang": lang, "reference_date": REF, "construction": cons})
            for ev, fields in facts:
                assert ev in text, (id, ev)
                assert 20 <= len(ev) <= 250, (id, ev)
                gf = {k: v for k, v in fields.items() if k != "status"}
                mx.gold(did, M, ev, gf)
            comment = f"Coreference matrix (coref29, issue #14): {did}, {cons}; own sentences, gold in gold.jsonl (make.py)."
            mx.fixture(did, matrixlib.fixture_lines(comment, did, lang, REF, [M], [(M, fixture_fields(f)) for _, f in facts]),
                       holds is not None and did in holds)
    print(len(DOCS), "documents,", sum(len(d[4]) for d in DOCS), "facts")
