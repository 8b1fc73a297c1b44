#!/usr/bin/env python3
"""The event-segmentation matrix of session 28 (seg28, issue #14): our own short items (EN and FR) where an article
tells two meetings close together, and near misses where two mentions are one event or no event.
Constructions: a next session announced after the session held (in its own sentence, placed in a country only, or
hosted by a country; in the same sentence, coordinated with "and agreed to hold the next session", « et conviennent
d'en tenir la prochaine session »; an ordinal session agreed, « d'en organiser la deuxième session »); agreeing to
convene a joint body in the second of two infinitives ("agreed to relaunch … and to convene the Joint Commission",
« ont convenu de renouveler … et de réunir leur commission mixte »); a meeting recalled with its own day beside
another meeting of another kind with its own day ("recalled the state visit … in January 2012 and their telephone
call of 5 November"). Near misses: a next session only discussed, a session held in a country, a welcome of a
holding to come, talks the day after a visit began (the visit), one call on two days.
Real officials and countries, invented events; no sentence is copied from a dev or evaluation set. Gold follows
/work/shared/devsets/diplomatic_news/README.md (Meeting gold here carries `status`). Reference date: 12 March 2025.
Writes docs/, index.jsonl, gold.jsonl (`glean eval gold.jsonl`) and one fixture per document that holds.
Run from anywhere: python3 make.py [--all DIR]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import matrixlib

REF = "2025-03-12"
M = "Meeting"

def m(ev, kind, countries, date=None, location=None, status="held"):
    f = {"kind": kind, "countries": sorted(countries)}
    if date: f["date"] = date
    if location: f["location"] = location
    f["status"] = status
    return (ev, f)

JC_EN = "The fifth session of the Kenya-Uganda Joint Commission was held in Nairobi on 3 March 2025. "
JC_FR = "La cinquième session de la commission mixte franco-marocaine s'est tenue à Rabat le 3 mars 2025. "
jc_en = m("The fifth session of the Kenya-Uganda Joint Commission was held in Nairobi", "joint_commission", ["KE", "UG"], "2025-03-03", "Nairobi")
jc_fr = m("La cinquième session de la commission mixte franco-marocaine s'est tenue à Rabat", "joint_commission", ["FR", "MA"], "2025-03-03", "Rabat")

DOCS = [
    # A. The next session placed in a country only (HostedIn).
    ("next_country_en01", "en", "next session in a country", JC_EN + "The ministers agreed to hold the next session in Uganda.",
     [jc_en, m("The ministers agreed to hold the next session in Uganda", "joint_commission", ["KE", "UG"], status="planned")]),
    ("next_country_en02", "en", "country hosts the next session", JC_EN + "Uganda will host the next session.",
     [jc_en, m("Uganda will host the next session.", "joint_commission", ["KE", "UG"], status="planned")]),
    ("next_country_fr01", "fr", "prochaine session dans un pays", JC_FR + "Les deux ministres conviennent d'en tenir la prochaine session en France.",
     [jc_fr, m("conviennent d'en tenir la prochaine session en France", "joint_commission", ["FR", "MA"], status="planned")]),
    ("next_country_fr02", "fr", "accueillir la prochaine session", JC_FR + "Les deux ministres sont convenus d'en accueillir la prochaine session au Maroc.",
     [jc_fr, m("sont convenus d'en accueillir la prochaine session au Maroc", "joint_commission", ["FR", "MA"], status="planned")]),
    ("next_country_fr03", "fr", "pays hôte sujet", JC_FR + "Le Maroc accueillera la prochaine session.",
     [jc_fr, m("Le Maroc accueillera la prochaine session.", "joint_commission", ["FR", "MA"], status="planned")]),
    ("next_country_n01_en", "en", "near miss: next session only discussed", JC_EN + "The next session will discuss trade with Uganda.",
     [jc_en]),
    ("next_country_n02_fr", "fr", "near miss: session held in a country", "Le Maroc et la France ont tenu la cinquième session de leur commission mixte au Maroc le 3 mars 2025.",
     [m("ont tenu la cinquième session de leur commission mixte au Maroc le 3 mars 2025", "joint_commission", ["FR", "MA"], "2025-03-03")]),
    # B. Held, then "and agreed to hold the next session" in one sentence.
    ("held_next_en01", "en", "held then next, one sentence", "The ministers welcomed the fifth session of the Kenya-Uganda Joint Commission, held in Nairobi in February 2025, and agreed to hold the next session in Uganda.",
     [m("the fifth session of the Kenya-Uganda Joint Commission, held in Nairobi in February 2025", "joint_commission", ["KE", "UG"], "2025-02", "Nairobi"),
      m("agreed to hold the next session in Uganda", "joint_commission", ["KE", "UG"], status="planned")]),
    ("held_next_fr01", "fr", "tenue puis prochaine, une phrase", "Les deux ministres se félicitent de la tenue à Rabat, en février 2025, de la cinquième session de la commission mixte franco-marocaine et conviennent d'en tenir la prochaine session en France.",
     [m("se félicitent de la tenue à Rabat, en février 2025, de la cinquième session de la commission mixte", "joint_commission", ["FR", "MA"], "2025-02", "Rabat"),
      m("conviennent d'en tenir la prochaine session en France", "joint_commission", ["FR", "MA"], status="planned")]),
    ("held_next_fr03", "fr", "tenue puis prochaine, nom de commission à compléments", "Ils se félicitent de la tenue à Tachkent, en octobre 2024, de la septième session de la commission intergouvernementale franco-ouzbèke pour la coopération économique et conviennent d'en tenir la prochaine session en France.",
     [m("de la septième session de la commission intergouvernementale franco-ouzbèke pour la coopération économique", "joint_commission", ["FR", "UZ"], "2024-10", "Tashkent"),
      m("conviennent d'en tenir la prochaine session en France", "joint_commission", ["FR", "UZ"], status="planned")]),
    ("held_next_fr02", "fr", "tenue puis deuxième session", "Les deux présidents se félicitent de la tenue, le 5 février à Paris, de la première réunion du dialogue stratégique franco-chilien, et conviennent d'en organiser la deuxième session à Santiago en 2026.",
     [m("la première réunion du dialogue stratégique franco-chilien", "consultations", ["CL", "FR"], "2025-02-05", "Paris"),
      m("conviennent d'en organiser la deuxième session à Santiago en 2026", "consultations", ["CL", "FR"], "2026", "Santiago", "planned")]),
    ("held_next_n01_fr", "fr", "near miss: welcome of a holding to come", "La France salue la tenue du premier sommet entre l'Union européenne et le Chili, prévu à Santiago les 3 et 4 avril 2025.",
     [m("salue la tenue du premier sommet entre l'Union européenne et le Chili, prévu à Santiago", "summit", ["CL"], "2025-04-03", "Santiago", "planned")]),
    # C. Agreeing in the second of two infinitives.
    ("and_convene_en01", "en", "agreed to X and to convene", "Nigeria's Foreign Minister Yusuf Tuggar received his Ghanaian counterpart in Abuja on Monday. The two ministers agreed to relaunch the coastal railway project and to convene the Ghana-Nigeria Joint Commission in Accra in May.",
     [m("Nigeria's Foreign Minister Yusuf Tuggar received his Ghanaian counterpart in Abuja on Monday", "talks", ["GH", "NG"], "2025-03-10", "Abuja"),
      m("to convene the Ghana-Nigeria Joint Commission in Accra in May", "joint_commission", ["GH", "NG"], "2025-05", "Accra", "planned")]),
    ("and_convene_fr01", "fr", "convenu de X et de réunir", "Le président sénégalais s'est rendu à Nouakchott le 10 mars 2025. Le Sénégal et la Mauritanie ont convenu de renouveler l'accord de pêche et de réunir leur commission mixte à Dakar.",
     [m("Le président sénégalais s'est rendu à Nouakchott le 10 mars 2025", "visit", ["MR", "SN"], "2025-03-10", "Nouakchott"),
      m("de réunir leur commission mixte à Dakar", "joint_commission", ["MR", "SN"], location="Dakar", status="planned")]),
    # D. Two meetings of different kinds, each with its own day, joined by "and".
    ("two_dated_en01", "en", "recalled visit and call", "President Ruto paid a state visit to Ghana on 10 March 2025. The two Presidents recalled the state visit of President Akufo-Addo to Kenya in January 2012 and welcomed their phone call of 5 February.",
     [m("President Ruto paid a state visit to Ghana on 10 March 2025", "visit", ["GH", "KE"], "2025-03-10"),
      m("the state visit of President Akufo-Addo to Kenya in January 2012", "visit", ["GH", "KE"], "2012-01"),
      m("welcomed their phone call of 5 February", "phone_call", ["GH", "KE"], "2025-02-05")]),
    ("two_dated_fr01", "fr", "visite rappelée et entretien", "Le Président de la République s'est rendu en visite officielle au Sénégal le 10 mars 2025. Les deux Présidents ont rappelé la visite d'État du Président Sall en France en janvier 2012, et se sont félicités de leur entretien téléphonique du 5 février.",
     [m("s'est rendu en visite officielle au Sénégal le 10 mars 2025", "visit", ["FR", "SN"], "2025-03-10"),
      m("la visite d'État du Président Sall en France en janvier 2012", "visit", ["FR", "SN"], "2012-01"),
      m("leur entretien téléphonique du 5 février", "phone_call", ["FR", "SN"], "2025-02-05")]),
    ("two_dated_fr02", "fr", "visite rappelée, apposition, entretien", "Le Président de la République s'est rendu en visite officielle au Sénégal le 10 mars 2025. Les deux Présidents ont rappelé la visite d'État du Président Sall en France en janvier 2012, sa première visite en Europe, et se sont félicités de la régularité de leurs échanges, dont leur entretien téléphonique du 5 février.",
     [m("s'est rendu en visite officielle au Sénégal le 10 mars 2025", "visit", ["FR", "SN"], "2025-03-10"),
      m("la visite d'État du Président Sall en France en janvier 2012", "visit", ["FR", "SN"], "2012-01"),
      m("leur entretien téléphonique du 5 février", "phone_call", ["FR", "SN"], "2025-02-05")]),
    ("two_dated_fr03", "fr", "deux visites, chacune datée (même type)", "Les relations entre la France et le Kenya se sont intensifiées depuis la visite d'État du président Ruto en France en octobre 2023 et la visite du Président de la République au Kenya en mars 2024.",
     [m("la visite d'État du président Ruto en France en octobre 2023", "visit", ["FR", "KE"], "2023-10"),
      m("la visite du Président de la République au Kenya en mars 2024", "visit", ["FR", "KE"], "2024-03")]),
    ("two_dated_n03_en", "en", "near miss: a second clause with its own subject (one visit each, second21's rule)", "President Tebboune was received in Rome on a state visit in May 2022, and Prime Minister Meloni chose Algiers for one of her first trips abroad, in January 2023.",
     [m("President Tebboune was received in Rome on a state visit in May 2022", "visit", ["DZ", "IT"], "2022-05", "Rome"),
      m("Prime Minister Meloni chose Algiers for one of her first trips abroad, in January 2023", "visit", ["DZ", "IT"], "2023-01", "Algiers")]),
    ("two_dated_n02_en", "en", "near miss: one pair called twice (same kind: twoevents.again, not seg28)", "President Ruto spoke by telephone with President Mahama on 3 February 2025 and again on 5 March 2025.",
     [m("President Ruto spoke by telephone with President Mahama on 3 February 2025", "phone_call", ["GH", "KE"], "2025-02-03"),
      m("and again on 5 March 2025", "phone_call", ["GH", "KE"], "2025-03-05")]),
]

# Documents the pack does not read yet (gold only; every other document is a fixture).
# held_next_n01_fr: the summit's status is read planned as it must be, but "La France salue" adds France to the
# summit's countries (a welcoming country is no participant; not a segmentation error).
NOT_YET = set()  # held_next_n01_fr cleared by notyet29 (a welcoming country is no party)
HOLDS = set(d[0] for d in DOCS) - NOT_YET

def fixture_fields(fields):
    return dict(fields)

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    alldir = sys.argv[sys.argv.index("--all") + 1] if "--all" in sys.argv else None
    ids = [d[0] for d in DOCS]; assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    with matrixlib.Matrix(here, clear_fixtures="seg28_") as mx:
        for id, lang, cons, text, facts in DOCS:
            did = f"seg28_{id}"
            mx.document(did, text, {"lang": lang, "reference_date": REF, "construction": cons})
            for ev, fields in facts:
                assert ev in text, (id, ev)
                assert 20 <= len(ev) <= 250, (id, ev)
                mx.gold(did, M, ev, fields)
            comment = f"Event segmentation matrix (seg28, issue #14): {did}, {cons}; own sentence, gold in gold.jsonl (make.py)."
            mx.fixture(did, matrixlib.fixture_lines(comment, did, lang, REF, [M], [(M, fixture_fields(f)) for _, f in facts]), id in HOLDS, alldir)
    print(len(DOCS), "documents,", sum(len(d[4]) for d in DOCS), "facts")
