#!/usr/bin/env python3
"""The fields matrix of session 29 (fields29, issue #14): the constructions the read sets' wrong Meeting countries
showed most, written in our own sentences, English and French, with near misses:
- group (axis en-group, fr-group): a group of states named as a side of a summit, inside its name ("the second
  China–Central Asia summit", « le sommet Union européenne – Asie centrale », "the India-Nordic Summit", « le sommet
  Benelux », « le deuxième sommet de l'AES », "a summit of the Baltic states"): the group's members take part; near
  misses name the group as the summit's topic (« consacré à la sécurité en Asie centrale », "spoke about the security
  of the Baltic states"), which adds no member.
- pair (axis en-pair, fr-pair): "the two countries" (« les deux pays ») that sign an instrument in a sentence naming
  other countries are its subject pair ("Kenya and Egypt, which border Sudan and Ethiopia, said the two countries
  signed …"); an instrument named after a group of states or founding it ("a new Benelux treaty", « le traité
  instituant la Confédération des États du Sahel »): the members; near misses where all the countries sign.
- topic (axis en-topic, fr-topic): a country an occasion or a meeting is about, which is no participant: "devoted
  mainly to Ukraine", « consacré notamment à l'Ukraine », "Russia's full-scale invasion", "sanctions against Russia",
  "the Political Process in Venezuela"; near misses where that country's own official is named (it takes part).
Real officials, invented events; reference date Thursday 2025-03-06 (Tuesday = 03-04, Monday = 03-03).
Gold follows /work/shared/devsets/diplomatic_news/README.md: countries sorted, organisations never listed.
Writes docs/, index.jsonl, gold.jsonl (`glean eval gold.jsonl --by-field source`) and one fixture per document that
holds (checks Meeting, or Agreement for the pair axis). Run from anywhere: python3 make.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import matrixlib
M = "Meeting"
REF = "2025-03-06"
T = "2025-03-04"
MON = "2025-03-03"
C5 = ["KG", "KZ", "TJ", "TM", "UZ"]
NORDIC = ["DK", "FI", "IS", "NO", "SE"]
BALTIC = ["EE", "LT", "LV"]
BENELUX = ["BE", "LU", "NL"]
AES = ["BF", "ML", "NE"]
def a(ev, kind, status, parties, date=None):
    f = {"kind": kind, "status": status, "parties": sorted(set(parties))}
    if date: f["date"] = date
    return ("Agreement", ev, f, {})
def m(ev, kind, countries, date=None, location=None, status=None):
    f = {"kind": kind}
    if countries: f["countries"] = sorted(set(countries))
    if date: f["date"] = date
    if location: f["location"] = location
    return (M, ev, f, {"status": status} if status else {})

# id, axis, text, facts
DOCS = [
# ---------------- a group of states as a side of the occasion
("eg01", "en-group", "Chinese President Xi Jinping attended the second China–Central Asia summit in Astana on Tuesday.",
 [m("the second China–Central Asia summit in Astana on Tuesday", "summit", ["CN"] + C5, T, "Astana")]),
("eg02", "en-group", "Russian President Vladimir Putin attended the Russia-Central Asia summit in Dushanbe on Tuesday.",
 [m("the Russia-Central Asia summit in Dushanbe on Tuesday", "summit", ["RU"] + C5, T, "Dushanbe")]),
("eg03", "en-group", "Indian Prime Minister Narendra Modi attended the first India–Central Asia Summit in New Delhi on Tuesday.",
 [m("the first India–Central Asia Summit in New Delhi on Tuesday", "summit", ["IN"] + C5, T, "New Delhi")]),
("eg04", "en-group", "European Commission President Ursula von der Leyen attended the first EU–Central Asia summit in Samarkand on Tuesday.",
 [m("the first EU–Central Asia summit in Samarkand on Tuesday", "summit", C5, T, "Samarkand")]),
("eg05", "en-group", "Indian Prime Minister Narendra Modi attended the third India-Nordic Summit in Oslo on Tuesday.",
 [m("the third India-Nordic Summit in Oslo on Tuesday", "summit", ["IN"] + NORDIC, T, "Oslo")]),
("eg06", "en-group", "Polish President Andrzej Duda attended a summit of the Baltic states in Riga on Tuesday.",
 [m("a summit of the Baltic states in Riga on Tuesday", "summit", ["PL"] + BALTIC, T, "Riga")]),
("eg07", "en-group", "Dutch Prime Minister Dick Schoof attended the Benelux summit in Luxembourg on Tuesday.",
 [m("the Benelux summit in Luxembourg on Tuesday", "summit", BENELUX, T, "Luxembourg")]),
("eg08", "en-group", "Malian President Assimi Goïta attended the second summit of the Alliance of Sahel States in Niamey on Tuesday.",
 [m("the second summit of the Alliance of Sahel States in Niamey on Tuesday", "summit", AES, T, "Niamey")]),
("eg09", "en-group", "Kazakh President Kassym-Jomart Tokayev attended a summit of the Central Asian states in Tashkent on Tuesday.",
 [m("a summit of the Central Asian states in Tashkent on Tuesday", "summit", C5, T, "Tashkent")]),
("eg10", "en-group", "German Chancellor Olaf Scholz attended a summit with the five Central Asian republics in Berlin on Tuesday.",
 [m("a summit with the five Central Asian republics in Berlin on Tuesday", "summit", ["DE"] + C5, T, "Berlin")]),
("eg11", "en-group", "Malian Foreign Minister Abdoulaye Diop attended the meeting of foreign ministers of the Alliance of Sahel States in Ouagadougou on Tuesday.",
 [m("the meeting of foreign ministers of the Alliance of Sahel States in Ouagadougou on Tuesday", "conference", AES, T, "Ouagadougou")]),
# near misses: the group is the topic, no side
("eg51", "en-group", "Kazakh President Kassym-Jomart Tokayev attended the SCO summit in Tianjin on Tuesday, where leaders discussed water security in Central Asia.",
 [m("the SCO summit in Tianjin on Tuesday", "summit", ["KZ"], T, "Tianjin")]),
("eg52", "en-group", "Polish President Andrzej Duda attended the NATO summit in The Hague on Tuesday and spoke about the security of the Baltic states.",
 [m("the NATO summit in The Hague on Tuesday", "summit", ["PL"], T, "The Hague")]),
("eg53", "en-group", "Indian Prime Minister Narendra Modi attended the G20 summit in Johannesburg on Tuesday; trade with the Nordic countries was not on its agenda.",
 [m("the G20 summit in Johannesburg on Tuesday", "summit", ["IN"], T, "Johannesburg")]),
("fg01", "fr-group", "Le président chinois Xi Jinping a participé mardi à Astana au deuxième sommet Chine–Asie centrale.",
 [m("a participé mardi à Astana au deuxième sommet Chine–Asie centrale", "summit", ["CN"] + C5, T, "Astana")]),
("fg02", "fr-group", "La présidente de la Commission européenne, Ursula von der Leyen, a participé mardi à Samarcande au premier sommet Union européenne – Asie centrale.",
 [m("a participé mardi à Samarcande au premier sommet Union européenne – Asie centrale", "summit", C5, T, "Samarkand")]),
("fg03", "fr-group", "Le président français Emmanuel Macron a participé mardi à Paris à un sommet avec les cinq pays d'Asie centrale.",
 [m("a participé mardi à Paris à un sommet avec les cinq pays d'Asie centrale", "summit", ["FR"] + C5, T, "Paris")]),
("fg04", "fr-group", "Le Premier ministre néerlandais Dick Schoof a participé mardi au sommet Benelux à Luxembourg.",
 [m("a participé mardi au sommet Benelux à Luxembourg", "summit", BENELUX, T, "Luxembourg")]),
("fg05", "fr-group", "Le président malien Assimi Goïta a participé mardi à Niamey au deuxième sommet de l'AES.",
 [m("a participé mardi à Niamey au deuxième sommet de l'AES", "summit", AES, T, "Niamey")]),
("fg06", "fr-group", "Le président polonais Andrzej Duda a participé mardi à Riga à un sommet des pays baltes.",
 [m("a participé mardi à Riga à un sommet des pays baltes", "summit", ["PL"] + BALTIC, T, "Riga")]),
("fg07", "fr-group", "Le président russe Vladimir Poutine a participé mardi à Douchanbé au sommet Russie–Asie centrale.",
 [m("a participé mardi à Douchanbé au sommet Russie–Asie centrale", "summit", ["RU"] + C5, T, "Dushanbe")]),
("fg08", "fr-group", "Le ministre malien Abdoulaye Diop a participé mardi à Ouagadougou à la réunion des ministres des Affaires étrangères de l'AES.",
 [m("a participé mardi à Ouagadougou à la réunion des ministres des Affaires étrangères de l'AES", "conference", AES, T, "Ouagadougou")]),
("fg09", "fr-group", "Le ministre estonien Margus Tsahkna a participé mardi à Vilnius à la réunion des ministres des Affaires étrangères des États baltes.",
 [m("a participé mardi à Vilnius à la réunion des ministres des Affaires étrangères des États baltes", "conference", BALTIC, T, "Vilnius")]),
("fg51", "fr-group", "Le président kazakh Kassym-Jomart Tokaïev a participé mardi au sommet de l'OCS à Tianjin, consacré notamment à la sécurité en Asie centrale.",
 [m("a participé mardi au sommet de l'OCS à Tianjin", "summit", ["KZ"], T, "Tianjin")]),
("fg52", "fr-group", "Le président polonais Andrzej Duda a participé mardi au sommet de l'OTAN à La Haye, où il a évoqué la défense des pays baltes.",
 [m("a participé mardi au sommet de l'OTAN à La Haye", "summit", ["PL"], T, "The Hague")]),
# ---------------- "the two countries" that sign: the subject pair
("ea01", "en-pair", "Kenya and Egypt, which border Sudan and Ethiopia, said the two countries signed a trade agreement on Tuesday.",
 [a("the two countries signed a trade agreement on Tuesday", "agreement", "signed", ["EG", "KE"], T)]),
("ea02", "en-pair", "Morocco and Senegal, both partners of Mauritania and Mali, announced that the two countries signed a fisheries agreement on Tuesday.",
 [a("the two countries signed a fisheries agreement on Tuesday", "agreement", "signed", ["MA", "SN"], T)]),
("ea03", "en-pair", "The three leaders signed the treaty establishing the Alliance of Sahel States in Niamey on Tuesday.",
 [a("signed the treaty establishing the Alliance of Sahel States in Niamey on Tuesday", "treaty", "signed", AES, T)]),
("ea04", "en-pair", "The three prime ministers signed a new Benelux treaty in Luxembourg on Tuesday.",
 [a("signed a new Benelux treaty in Luxembourg on Tuesday", "treaty", "signed", BENELUX, T)]),
("ea51", "en-pair", "Kenya and Egypt signed a trade agreement with Sudan and Ethiopia on Tuesday.",
 [a("Kenya and Egypt signed a trade agreement with Sudan and Ethiopia on Tuesday", "agreement", "signed", ["EG", "ET", "KE", "SD"], T)]),
("fa01", "fr-pair", "Le Kenya et l'Égypte, voisins du Soudan et de l'Éthiopie, ont annoncé que les deux pays avaient signé mardi un accord commercial.",
 [a("les deux pays avaient signé mardi un accord commercial", "agreement", "signed", ["EG", "KE"], T)]),
("fa02", "fr-pair", "Le Maroc et le Sénégal, partenaires de la Mauritanie et du Mali, ont indiqué que les deux pays avaient signé mardi un accord de pêche.",
 [a("les deux pays avaient signé mardi un accord de pêche", "agreement", "signed", ["MA", "SN"], T)]),
("fa03", "fr-pair", "Les trois chefs d'État ont signé mardi à Niamey le traité instituant la Confédération des États du Sahel.",
 [a("ont signé mardi à Niamey le traité instituant la Confédération des États du Sahel", "treaty", "signed", AES, T)]),
("fa04", "fr-pair", "Les trois Premiers ministres ont signé mardi à Luxembourg un nouveau traité Benelux.",
 [a("ont signé mardi à Luxembourg un nouveau traité Benelux", "treaty", "signed", BENELUX, T)]),
("fa51", "fr-pair", "Le Kenya et l'Égypte ont signé mardi un accord commercial avec le Soudan et l'Éthiopie.",
 [a("Le Kenya et l'Égypte ont signé mardi un accord commercial avec le Soudan et l'Éthiopie", "agreement", "signed", ["EG", "ET", "KE", "SD"], T)]),
# ---------------- a country the occasion or the meeting is about
("et01", "en-topic", "French Foreign Minister Jean-Noël Barrot attended the Foreign Affairs Council in Brussels on Monday, devoted mainly to Ukraine.",
 [m("attended the Foreign Affairs Council in Brussels on Monday", "conference", ["FR"], MON, "Brussels")]),
("et02", "en-topic", "Estonian Foreign Minister Margus Tsahkna met Secretary of State Marco Rubio in Washington on Tuesday to discuss support for Ukraine against Russia's full-scale invasion.",
 [m("met Secretary of State Marco Rubio in Washington on Tuesday", "talks", ["EE", "US"], T, "Washington")]),
("et03", "en-topic", "Canadian Foreign Minister Mélanie Joly met German Foreign Minister Annalena Baerbock in Ottawa on Tuesday and discussed sanctions against Russia.",
 [m("met German Foreign Minister Annalena Baerbock in Ottawa on Tuesday", "talks", ["CA", "DE"], T, "Ottawa")]),
("et04", "en-topic", "Colombian President Gustavo Petro opened the International Conference on the Political Process in Venezuela in Bogotá on Tuesday.",
 [m("the International Conference on the Political Process in Venezuela in Bogotá on Tuesday", "conference", ["CO"], T, "Bogota")]),
("et05", "en-topic", "Lithuanian Foreign Minister Kęstutis Budrys met Polish Foreign Minister Radosław Sikorski in Vilnius on Tuesday and discussed Russia's war against Ukraine.",
 [m("met Polish Foreign Minister Radosław Sikorski in Vilnius on Tuesday", "talks", ["LT", "PL"], T, "Vilnius")]),
# near misses: the country's own official is named, so it takes part
("et51", "en-topic", "Ukrainian Foreign Minister Andrii Sybiha attended the Foreign Affairs Council in Brussels on Monday, devoted mainly to Ukraine.",
 [m("attended the Foreign Affairs Council in Brussels on Monday", "conference", ["UA"], MON, "Brussels")]),
("et52", "en-topic", "Turkish Foreign Minister Hakan Fidan met Russian Foreign Minister Sergei Lavrov in Ankara on Tuesday to discuss Russia's relations with Europe.",
 [m("met Russian Foreign Minister Sergei Lavrov in Ankara on Tuesday", "talks", ["RU", "TR"], T, "Ankara")]),
("ft01", "fr-topic", "Le ministre français Jean-Noël Barrot a participé lundi à Bruxelles au Conseil des affaires étrangères, consacré notamment à l'Ukraine.",
 [m("a participé lundi à Bruxelles au Conseil des affaires étrangères", "conference", ["FR"], MON, "Brussels")]),
("ft02", "fr-topic", "Le ministre français Jean-Noël Barrot a participé mardi à Amman à une réunion ministérielle consacrée principalement à la Syrie.",
 [m("a participé mardi à Amman à une réunion ministérielle", "conference", ["FR"], T, "Amman")]),
("ft03", "fr-topic", "La ministre canadienne Mélanie Joly s'est entretenue mardi à Ottawa avec son homologue allemande Annalena Baerbock des sanctions contre la Russie.",
 [m("s'est entretenue mardi à Ottawa avec son homologue allemande Annalena Baerbock", "talks", ["CA", "DE"], T, "Ottawa")]),
("ft04", "fr-topic", "Le président colombien Gustavo Petro a ouvert mardi à Bogota une conférence internationale sur le processus politique au Venezuela.",
 [m("a ouvert mardi à Bogota une conférence internationale sur le processus politique au Venezuela", "conference", ["CO"], T, "Bogota")]),
("ft05", "fr-topic", "Le ministre lituanien Kęstutis Budrys a rencontré mardi à Vilnius son homologue polonais Radosław Sikorski pour évoquer l'agression de la Russie contre l'Ukraine.",
 [m("a rencontré mardi à Vilnius son homologue polonais Radosław Sikorski", "talks", ["LT", "PL"], T, "Vilnius")]),
("ft51", "fr-topic", "Le ministre ukrainien Andriï Sybiha a participé lundi à Bruxelles au Conseil des affaires étrangères, consacré notamment à l'Ukraine.",
 [m("a participé lundi à Bruxelles au Conseil des affaires étrangères", "conference", ["UA"], MON, "Brussels")]),
]

# Documents that do not hold yet (README.md says why); make.py writes fixtures for the others.
NOT_YET = {"ea51", "fa51"}
HOLDS = set(d[0] for d in DOCS) - NOT_YET

def fixture_fields(fields, extra):
    f = dict(fields)
    f.update(extra)
    return f

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    ids = [d[0] for d in DOCS]; assert len(ids) == len(set(ids))
    alldir = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "--all" else None
    with matrixlib.Matrix(here, clear_fixtures="") as mx:
        for id, axis, text, facts in DOCS:
            lang = axis[:2]
            did = f"f29_{id}"
            mx.document(did, text, {"lang": lang, "reference_date": REF, "source": axis})
            for type, ev, fields, extra in facts:
                assert ev in text, (id, ev)
                mx.gold(did, type, ev, fields)
            comment = f"Fields matrix (fields29): {did}, axis {axis}; own sentence, gold in gold.jsonl (make.py)."
            shown = [(type, fixture_fields(fields, extra)) for type, _, fields, extra in facts]
            checks = sorted(set(f[0] for f in facts)) or ["Meeting"]
            mx.fixture(did, matrixlib.fixture_lines(comment, did, lang, REF, checks, shown), id in HOLDS, alldir)
    print(len(DOCS), "documents,", sum(len(d[3]) for d in DOCS), "facts")
