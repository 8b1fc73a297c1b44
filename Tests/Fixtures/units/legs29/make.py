#!/usr/bin/env python3
"""The trip-legs matrix of session 29 (legs29, issue #14): our own short items (EN and FR) where an article tells
the legs of one trip apart, and near misses where two mentions are one trip or no other leg.
Constructions: the next leg told in a sentence of its own whose subject is a pronoun ("He then travels on Wednesday to
Montevideo", "She will travel to Uruguay on Wednesday"); a verb of going on (« a poursuivi sa mission à
Dar es-Salaam », « poursuivra sa tournée en Tanzanie », "continued on to Tanzania", "will continue on to Ghana"); a stop
made before the leg reported (« après une étape au Vanuatu », "after a stop in Fiji"); a planned first leg whose route
names the next ("will arrive in Nairobi on Monday, the first stop of a tour that will also take him to Ghana").
Near misses: going on to a city of the same country (one visit), a stop in the traveller's own country, a pronoun
whose antecedent is not told, "continued his remarks on …".
Real officials and countries, invented events; no sentence is copied from a dev or evaluation set. Gold follows
/work/shared/devsets/diplomatic_news/README.md (Meeting gold here carries `status`). Reference date: Monday 10 March
2025. Writes docs/, index.jsonl, gold.jsonl (`glean eval gold.jsonl`) and one fixture per document that holds.
Run from anywhere: python3 make.py [--all DIR]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import matrixlib

REF = "2025-03-10"
M = "Meeting"

def m(ev, kind, countries, date=None, location=None, status="held"):
    f = {"kind": kind, "countries": sorted(countries)}
    if date: f["date"] = date
    if location: f["location"] = location
    f["status"] = status
    return (ev, f)

LULA_EN = "Brazilian President Lula arrived in Buenos Aires on Monday for talks with President Javier Milei. "
lula_en = m("Brazilian President Lula arrived in Buenos Aires on Monday", "visit", ["AR", "BR"], "2025-03-10", "Buenos Aires")
JOLY_FR = "La ministre canadienne des Affaires étrangères, Mélanie Joly, s'est rendue au Kenya le 3 mars 2025. "
joly_fr = m("Mélanie Joly, s'est rendue au Kenya le 3 mars 2025", "visit", ["CA", "KE"], "2025-03-03")
JOLY_EN = "Canadian Foreign Minister Mélanie Joly visited Kenya on 3 March 2025. "
joly_en = m("Canadian Foreign Minister Mélanie Joly visited Kenya on 3 March 2025", "visit", ["CA", "KE"], "2025-03-03")

DOCS = [
    # A. The next leg in a sentence of its own, with a pronoun subject.
    ("pron_en01", "en", "pronoun subject, travels on DAY to city", LULA_EN + "He then travels on Wednesday to Montevideo to meet Uruguayan President Yamandú Orsi.",
     [lula_en, m("He then travels on Wednesday to Montevideo", "visit", ["BR", "UY"], "2025-03-12", "Montevideo", "planned")]),
    ("pron_en02", "en", "pronoun subject, will travel to country", LULA_EN + "He will travel to Uruguay on Wednesday.",
     [lula_en, m("He will travel to Uruguay on Wednesday.", "visit", ["BR", "UY"], "2025-03-12", status="planned")]),
    ("pron_fr01", "fr", "sujet pronom, se rendra", "Le président brésilien Lula est arrivé lundi à Buenos Aires. Il se rendra mercredi en Uruguay.",
     [m("Le président brésilien Lula est arrivé lundi à Buenos Aires", "visit", ["AR", "BR"], "2025-03-10", "Buenos Aires"),
      m("Il se rendra mercredi en Uruguay.", "visit", ["BR", "UY"], "2025-03-12", status="planned")]),
    ("pron_n01_en", "en", "near miss: pronoun travels to a city of his own country", LULA_EN + "He then travels on Wednesday to Sao Paulo.",
     [lula_en]),
    ("pron_n02_en", "en", "near miss: pronoun with no official before", "Heavy rain fell on Buenos Aires on Monday. He then travels on Wednesday to Montevideo.",
     []),
    # B. A verb of going on to the next leg.
    ("goon_fr01", "fr", "a poursuivi sa mission à (ville)", JOLY_FR + "Les 5 et 6 mars, la ministre a poursuivi sa mission à Dar es-Salaam.",
     [joly_fr, m("la ministre a poursuivi sa mission à Dar es-Salaam", "visit", ["CA", "TZ"], "2025-03-05", "Dar es Salaam")]),
    ("goon_fr02", "fr", "elle a poursuivi sa tournée en (pays)", JOLY_FR + "Le 5 mars, elle a poursuivi sa tournée en Tanzanie.",
     [joly_fr, m("elle a poursuivi sa tournée en Tanzanie", "visit", ["CA", "TZ"], "2025-03-05")]),
    ("goon_fr03", "fr", "poursuivra sa tournée", "La ministre canadienne des Affaires étrangères, Mélanie Joly, est arrivée lundi à Nairobi. Elle poursuivra sa tournée mercredi en Tanzanie.",
     [m("Mélanie Joly, est arrivée lundi à Nairobi", "visit", ["CA", "KE"], "2025-03-10", "Nairobi"),
      m("Elle poursuivra sa tournée mercredi en Tanzanie", "visit", ["CA", "TZ"], "2025-03-12", status="planned")]),
    ("goon_en01", "en", "continued on to (country)", JOLY_EN + "She continued on to Tanzania on 5 March.",
     [joly_en, m("She continued on to Tanzania on 5 March", "visit", ["CA", "TZ"], "2025-03-05")]),
    ("goon_en02", "en", "will continue on to (city)", "Canadian Foreign Minister Mélanie Joly arrived in Nairobi on Monday. She will continue on to Dar es Salaam on Wednesday.",
     [m("Canadian Foreign Minister Mélanie Joly arrived in Nairobi on Monday", "visit", ["CA", "KE"], "2025-03-10", "Nairobi"),
      m("She will continue on to Dar es Salaam on Wednesday", "visit", ["CA", "TZ"], "2025-03-12", "Dar es Salaam", "planned")]),
    ("goon_n01_fr", "fr", "near miss: poursuivi sa tournée dans une ville du même pays", "La ministre canadienne des Affaires étrangères, Mélanie Joly, s'est rendue au Kenya le 3 mars 2025. Le 4 mars, elle a poursuivi sa tournée à Mombasa.",
     [joly_fr]),
    ("goon_n02_en", "en", "near miss: continued his remarks", "Canadian Prime Minister Mark Carney met Kenyan President William Ruto in Nairobi on 3 March 2025. He continued his remarks on Tanzania after the talks.",
     [m("Canadian Prime Minister Mark Carney met Kenyan President William Ruto in Nairobi on 3 March 2025", "talks", ["CA", "KE"], "2025-03-03", "Nairobi")]),
    # C. A stop made before the leg reported.
    ("stop_fr01", "fr", "après une étape au (pays)", "Le président Emmanuel Macron est arrivé le 27 juillet 2023 en Papouasie-Nouvelle-Guinée, après une étape au Vanuatu.",
     [m("Le président Emmanuel Macron est arrivé le 27 juillet 2023 en Papouasie-Nouvelle-Guinée", "visit", ["FR", "PG"], "2023-07-27"),
      m("après une étape au Vanuatu", "visit", ["FR", "VU"], "2023-07-27")]),
    ("stop_en01", "en", "after a stop in (country)", "President Emmanuel Macron arrived in Port Moresby on 27 July 2023 after a stop in Vanuatu.",
     [m("President Emmanuel Macron arrived in Port Moresby on 27 July 2023", "visit", ["FR", "PG"], "2023-07-27", "Port Moresby"),
      m("after a stop in Vanuatu", "visit", ["FR", "VU"], "2023-07-27")]),
    ("stop_n01_fr", "fr", "near miss: escale dans une ville du même pays", "Le président Emmanuel Macron est arrivé le 27 juillet 2023 à Port Moresby, après une escale à Lae.",
     [m("Le président Emmanuel Macron est arrivé le 27 juillet 2023 à Port Moresby", "visit", ["FR", "PG"], "2023-07-27", "Port Moresby")]),
    ("stop_n02_en", "en", "near miss: a stop in his own country", "President Emmanuel Macron arrived in Port Moresby on 27 July 2023 after a stop in Paris.",
     [m("President Emmanuel Macron arrived in Port Moresby on 27 July 2023", "visit", ["FR", "PG"], "2023-07-27", "Port Moresby")]),
    # D. A planned first leg and the next leg of its route.
    ("route_en01", "en", "planned first stop, route also takes him to", "French President Emmanuel Macron will arrive in Nairobi on Monday, the first stop of a tour that will also take him to Ghana.",
     [m("French President Emmanuel Macron will arrive in Nairobi on Monday", "visit", ["FR", "KE"], "2025-03-10", "Nairobi", "planned"),
      m("a tour that will also take him to Ghana", "visit", ["FR", "GH"], status="planned")]),
    ("route_fr01", "fr", "première étape prévue, la tournée le conduira aussi", "Le président Emmanuel Macron arrivera lundi à Nairobi, première étape d'une tournée qui le conduira aussi au Ghana.",
     [m("Le président Emmanuel Macron arrivera lundi à Nairobi", "visit", ["FR", "KE"], "2025-03-10", "Nairobi", "planned"),
      m("une tournée qui le conduira aussi au Ghana", "visit", ["FR", "GH"], status="planned")]),
    ("route_n01_en", "en", "near miss: held first stop (already read)", "French President Emmanuel Macron arrived in Nairobi on Monday, the first stop of a tour that will also take him to Ghana.",
     [m("French President Emmanuel Macron arrived in Nairobi on Monday", "visit", ["FR", "KE"], "2025-03-10", "Nairobi"),
      m("a tour that will also take him to Ghana", "visit", ["FR", "GH"], status="planned")]),
    # E. A relative clause's arrival beside the main clause's next leg (not read yet: NOT_YET).
    ("relative_en01", "en", "who arrived in A, will travel on to B", "Kenyan President William Ruto, who arrived in Addis Ababa on Monday, will travel on to Kampala on Wednesday.",
     [m("Kenyan President William Ruto, who arrived in Addis Ababa on Monday", "visit", ["ET", "KE"], "2025-03-10", "Addis Ababa"),
      m("will travel on to Kampala on Wednesday", "visit", ["KE", "UG"], "2025-03-12", "Kampala", status="planned")]),
    ("relative_fr01", "fr", "arrivé à A, se rendra à B", "Le président kényan William Ruto, arrivé lundi à Addis-Abeba, se rendra mercredi à Kampala.",
     [m("Le président kényan William Ruto, arrivé lundi à Addis-Abeba", "visit", ["ET", "KE"], "2025-03-10", "Addis Ababa"),
      m("se rendra mercredi à Kampala", "visit", ["KE", "UG"], "2025-03-12", "Kampala", status="planned")]),
    # F. An occasion attended during the trip, told with the pronoun ("She then attended the regional conference …").
    ("occ_fr01", "fr", "il a ensuite participé à la conférence", "Le ministre Jean-Noël Barrot s'est rendu à Dakar le 13 mars 2025. Il a ensuite participé à la conférence régionale sur la sécurité maritime, organisée à Abidjan.",
     [m("Le ministre Jean-Noël Barrot s'est rendu à Dakar le 13 mars 2025", "visit", ["FR", "SN"], "2025-03-13", "Dakar"),
      m("Il a ensuite participé à la conférence régionale sur la sécurité maritime, organisée à Abidjan", "conference", ["FR"], location="Abidjan")]),
    ("occ_en01", "en", "she then attended the conference", "Australian Foreign Minister Penny Wong travelled to Jakarta on 3 March 2025. She then attended the regional conference on migration.",
     [m("Australian Foreign Minister Penny Wong travelled to Jakarta on 3 March 2025", "visit", ["AU", "ID"], "2025-03-03", "Jakarta"),
      m("She then attended the regional conference on migration", "conference", ["AU"])]),
    ("occ_en02", "en", "while there, he will take part in", "Secretary of State Marco Rubio will travel to Riyadh on Monday. While there, he will take part in the GCC-U.S. Ministerial.",
     [m("Secretary of State Marco Rubio will travel to Riyadh on Monday", "visit", ["SA", "US"], "2025-03-10", "Riyadh", "planned"),
      m("While there, he will take part in the GCC-U.S. Ministerial", "conference", ["SA", "US"], "2025-03-10", "Riyadh", "planned")]),
    ("occ_n01_en", "en", "near miss: pronoun with no official before", "Trade between Australia and Indonesia grew in 2024. She then attended the regional conference on migration.",
     []),
    # G. Bilateral talks at the occasion, placed by "there".
    ("there_en01", "en", "bilateral meeting … there", "Mexican President Claudia Sheinbaum will attend the APEC summit in San Francisco in November. She will hold a bilateral meeting with Prime Minister Mark Carney there.",
     [m("Mexican President Claudia Sheinbaum will attend the APEC summit in San Francisco in November", "summit", ["MX"], "2025-11", "San Francisco", "planned"),
      m("She will hold a bilateral meeting with Prime Minister Mark Carney there", "talks", ["CA", "MX"], "2025-11", "San Francisco", "planned")]),
    ("there_n01_en", "en", "near miss: there of being", "Canadian Prime Minister Mark Carney arrived in Lima on 3 March 2025. There were protests outside the palace.",
     [m("Canadian Prime Minister Mark Carney arrived in Lima on 3 March 2025", "visit", ["CA", "PE"], "2025-03-03", "Lima")]),
    # H. A tour of two countries: two visits.
    ("tour_en01", "en", "two-nation tour of A and B, planned", "French President Emmanuel Macron will make a two-nation tour of Ghana and Kenya next week.",
     [m("French President Emmanuel Macron will make a two-nation tour of Ghana", "visit", ["FR", "GH"], "2025-03", status="planned"),
      m("a two-nation tour of Ghana and Kenya next week", "visit", ["FR", "KE"], "2025-03", status="planned")]),
    ("tour_en02", "en", "toured A and B", "Indian Prime Minister Narendra Modi toured Japan and South Korea in May 2024.",
     [m("Indian Prime Minister Narendra Modi toured Japan", "visit", ["IN", "JP"], "2024-05"),
      m("toured Japan and South Korea in May 2024", "visit", ["IN", "KR"], "2024-05")]),
    ("tour_n01_en", "en", "near miss: a tour of a country's parks", "Kenya's tourism board promoted a tour of Ghana and Kenya's national parks on 3 March 2025.",
     []),
    # I. A city leg after a leg named by its country ("then to Dakar", « puis à Kampala »).
    ("thencity_fr01", "fr", "au Kenya, puis à Kampala", "Le ministre Jean-Noël Barrot se rendra au Kenya le 3 mars, puis à Kampala le 5 mars.",
     [m("Le ministre Jean-Noël Barrot se rendra au Kenya le 3 mars", "visit", ["FR", "KE"], "2025-03-03", status="planned"),
      m("puis à Kampala le 5 mars", "visit", ["FR", "UG"], "2025-03-05", "Kampala", "planned")]),
    ("thencity_en01", "en", "to Kenya, then to Nigeria, and then to Dakar", "Secretary of State Antony Blinken will travel to Kenya, then to Nigeria, and then to Dakar, where he will focus on health security.",
     [m("Secretary of State Antony Blinken will travel to Kenya", "visit", ["KE", "US"], status="planned"),
      m("Kenya, then to Nigeria, and then", "visit", ["NG", "US"], status="planned"),
      m("and then to Dakar, where he will focus on health security", "visit", ["SN", "US"], location="Dakar", status="planned")]),
]

# Documents the pack does not read yet (gold only; every other document is a fixture). See README.md.
NOT_YET = set("""goon_n01_fr occ_en02 there_en01""".split())
HOLDS = set(d[0] for d in DOCS) - NOT_YET

def fixture_fields(fields):
    return dict(fields)

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    alldir = sys.argv[sys.argv.index("--all") + 1] if "--all" in sys.argv else None
    ids = [d[0] for d in DOCS]; assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    with matrixlib.Matrix(here, clear_fixtures="legs29_") as mx:
        for id, lang, cons, text, facts in DOCS:
            did = f"legs29_{id}"
            mx.document(did, text, {"lang": lang, "reference_date": REF, "construction": cons})
            for ev, fields in facts:
                assert ev in text, (id, ev)
                assert 20 <= len(ev) <= 250, (id, ev)
                mx.gold(did, M, ev, fields)
            comment = f"Trip-legs matrix (legs29, issue #14): {did}, {cons}; own sentence, gold in gold.jsonl (make.py)."
            mx.fixture(did, matrixlib.fixture_lines(comment, did, lang, REF, [M], [(M, fixture_fields(f)) for _, f in facts]), id in HOLDS, alldir)
    print(len(DOCS), "documents,", sum(len(d[4]) for d in DOCS), "facts")
