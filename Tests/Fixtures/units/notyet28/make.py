"""notyet28 (session 28): the constructions the session-27 matrices left unread (their READMEs' NOT_YET notes), each
written as its own small matrix: several subjects, tenses and both languages where the construction exists, with near
misses (sentences that must give no fact, or a planned one). Real officials and countries, invented events; no sentence
is copied from a dev or evaluation set. Gold follows /work/shared/devsets/diplomatic_news/README.md and docs/facts.md
(Meeting gold carries `status`). Reference date: Wednesday 12 March 2025.
Writes docs/, index.jsonl, gold.jsonl (`glean eval gold.jsonl`) and one fixture per document that holds.
Run from anywhere: python3 make.py [--all DIR]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import matrixlib

REF = "2025-03-12"  # a Wednesday: Tuesday 11, Monday 10, Sunday 9 March
DOCS = []  # (id, construction, lang, text, [(type, evidence, fields)])


def m(ev, kind, countries, date=None, location=None, status="held"):
    f = {"kind": kind}
    if countries: f["countries"] = sorted(countries)
    if date: f["date"] = date
    if location: f["location"] = location
    f["status"] = status
    return ("Meeting", ev, f)


def a(ev, kind, status, parties, date=None, title=None):
    f = {"kind": kind}
    if title: f["title"] = title
    f["status"] = status
    if parties: f["parties"] = sorted(parties)
    if date: f["date"] = date
    return ("Agreement", ev, f)


def d(id, cons, lang, text, facts=()):
    DOCS.append((id, cons, lang, text, list(facts)))


# --- 1. calls told by "rang", "dialled", "dials", "rings", "phones" (a named official, a title or "his counterpart")
d("ca01", "rang counterpart", "en", "Australian Foreign Minister Penny Wong rang her Japanese counterpart on Monday to discuss the crisis.",
  [m("Australian Foreign Minister Penny Wong rang her Japanese counterpart on Monday", "phone_call", ["AU", "JP"], "2025-03-10")])
d("ca02", "rang counterpart last week", "en", "Indian External Affairs Minister S. Jaishankar rang his Chinese counterpart last week to discuss the border.",
  [m("Indian External Affairs Minister S. Jaishankar rang his Chinese counterpart last week", "phone_call", ["CN", "IN"], "2025-03")])
d("ca03", "dialled named", "en", "Indian Prime Minister Narendra Modi dialled Australian Prime Minister Anthony Albanese on Tuesday to discuss trade.",
  [m("Indian Prime Minister Narendra Modi dialled Australian Prime Minister Anthony Albanese on Tuesday", "phone_call", ["AU", "IN"], "2025-03-11")])
d("ca04", "dialed named (US spelling)", "en", "Turkish President Recep Tayyip Erdogan dialed Brazilian President Lula on Monday.",
  [m("Turkish President Recep Tayyip Erdogan dialed Brazilian President Lula on Monday", "phone_call", ["BR", "TR"], "2025-03-10")])
d("ca05", "dials headline", "en", "President Bola Tinubu dials Erdogan as tensions rise.",
  [m("President Bola Tinubu dials Erdogan as tensions rise", "phone_call", ["NG", "TR"])])
d("ca06", "rings headline", "en", "Starmer rings Ramaphosa over Gaza ceasefire.",
  [m("Starmer rings Ramaphosa over Gaza ceasefire", "phone_call", ["GB", "ZA"])])
d("ca07", "phones headline", "en", "Meloni phones Erdogan over migration.",
  [m("Meloni phones Erdogan over migration", "phone_call", ["IT", "TR"])])
d("ca08", "has dialled counterpart", "en", "Kenyan President William Ruto has dialled his Nigerian counterpart to discuss the crisis in Sudan.",
  [m("Kenyan President William Ruto has dialled his Nigerian counterpart to discuss the crisis in Sudan", "phone_call", ["KE", "NG"])])
d("ca09", "rang named counterpart", "en", "Japanese Prime Minister Shigeru Ishiba rang his Indonesian counterpart Prabowo Subianto on Tuesday.",
  [m("Japanese Prime Minister Shigeru Ishiba rang his Indonesian counterpart Prabowo Subianto on Tuesday", "phone_call", ["ID", "JP"], "2025-03-11")])
d("cn01", "near miss rang true", "en", "The minister's warning rang true for Kenyan exporters on Tuesday.")
d("cn02", "near miss dialled back", "en", "Xi Jinping dialled back his criticism of Japan on Monday.")
d("cn03", "near miss rings the bell", "en", "Prime Minister Narendra Modi rings the bell at the Mumbai stock exchange.")
d("cn04", "near miss calls for", "en", "Ramaphosa calls for calm as protests spread.")
d("cn05", "near miss calls a liar", "en", "Erdogan calls President Macron a liar.")

# --- 2. toured + a country (a visit abroad)
d("to01", "toured country", "en", "Australian Foreign Minister Penny Wong toured Japan last week, meeting business leaders.",
  [m("Australian Foreign Minister Penny Wong toured Japan last week", "visit", ["AU", "JP"], "2025-03")])
d("to02", "toured country with day", "en", "Indian Prime Minister Narendra Modi toured Kenya on Monday, meeting President William Ruto in Nairobi.",
  [m("Indian Prime Minister Narendra Modi toured Kenya on Monday", "visit", ["IN", "KE"], "2025-03-10")])
d("to03", "is touring country", "en", "Japanese Prime Minister Shigeru Ishiba is touring Indonesia this week.",
  [m("Japanese Prime Minister Shigeru Ishiba is touring Indonesia this week", "visit", ["ID", "JP"], "2025-03")])
d("tn01", "near miss toured a site", "en", "Indian Prime Minister Narendra Modi toured a steel plant in Odisha on Monday.")
d("tn02", "near miss toured own country", "en", "Kenyan President William Ruto toured Kenya's coast on Monday.")

# --- 3. a day between the verb and the rest (French)
d("dv01", "s'est envolé mardi pour", "fr", "Le président sénégalais Bassirou Diomaye Faye s'est envolé mardi pour Pékin.",
  [m("Le président sénégalais Bassirou Diomaye Faye s'est envolé mardi pour Pékin", "visit", ["CN", "SN"], "2025-03-11", "Beijing")])
d("dv02", "s'est rendu lundi à", "fr", "Le Premier ministre ivoirien Robert Beugré Mambé s'est rendu lundi à Accra.",
  [m("Le Premier ministre ivoirien Robert Beugré Mambé s'est rendu lundi à Accra", "visit", ["CI", "GH"], "2025-03-10", "Accra")])
d("dv03", "a été l'hôte mardi du", "fr", "Le président ivoirien Alassane Ouattara a été l'hôte mardi du président français Emmanuel Macron à l'Élysée.",
  [m("Le président ivoirien Alassane Ouattara a été l'hôte mardi du président français Emmanuel Macron", "talks", ["CI", "FR"], "2025-03-11", "Paris")])
d("dv04", "a été l'hôte lundi de", "fr", "Le ministre marocain des Affaires étrangères Nasser Bourita a été l'hôte lundi de son homologue espagnol José Manuel Albares à Madrid.",
  [m("Le ministre marocain des Affaires étrangères Nasser Bourita a été l'hôte lundi de son homologue espagnol José Manuel Albares", "talks", ["ES", "MA"], "2025-03-10", "Madrid")])
d("dv05", "s'envolera vendredi pour (plan)", "fr", "Le président sénégalais Bassirou Diomaye Faye s'envolera vendredi pour Pékin.",
  [m("Le président sénégalais Bassirou Diomaye Faye s'envolera vendredi pour Pékin", "visit", ["CN", "SN"], "2025-03-14", "Beijing", "planned")])
d("dv06", "est parti lundi pour", "fr", "Le président kényan William Ruto est parti lundi pour Tokyo.",
  [m("Le président kényan William Ruto est parti lundi pour Tokyo", "visit", ["JP", "KE"], "2025-03-10", "Tokyo")])
d("dv07", "left on Tuesday for", "en", "Kenyan President William Ruto left on Tuesday for Tokyo.",
  [m("Kenyan President William Ruto left on Tuesday for Tokyo", "visit", ["JP", "KE"], "2025-03-11", "Tokyo")])
d("dv08", "flew on Monday to", "en", "Senegalese President Bassirou Diomaye Faye flew on Monday to Beijing.",
  [m("Senegalese President Bassirou Diomaye Faye flew on Monday to Beijing", "visit", ["CN", "SN"], "2025-03-10", "Beijing")])
d("dn01", "near miss way home", "fr", "Le président sénégalais Bassirou Diomaye Faye s'est envolé mardi pour Dakar.")
d("dn02", "near miss way home en", "en", "Kenyan President William Ruto left on Tuesday for Nairobi.")
d("dn03", "host of an event (a summit, no guest)", "fr", "Le Maroc a été l'hôte mardi d'un sommet sur le climat.",
  [m("Le Maroc a été l'hôte mardi d'un sommet sur le climat", "summit", ["MA"], "2025-03-11")])

# --- 4. a habit of receiving (no meeting at a time)
d("hb01", "reçoit chaque semaine", "fr", "Le président Emmanuel Macron reçoit chaque semaine le Premier ministre François Bayrou à l'Élysée.")
d("hb02", "reçoit chaque mois homologue", "fr", "Le ministre marocain Nasser Bourita reçoit chaque mois des ambassadeurs africains à Rabat.")
d("hb03", "receives every week", "en", "President Emmanuel Macron receives the Italian ambassador every week at the Élysée.")
d("hb04", "reçoit régulièrement homologue", "fr", "Le président ivoirien Alassane Ouattara reçoit régulièrement son homologue ghanéen John Mahama.")
d("hb06", "accueille tous les mois", "fr", "Le ministre sénégalais des Affaires étrangères accueille tous les mois les ambassadeurs de l'Union européenne à Dakar.")
d("hb07", "hosts once a month", "en", "Kenyan President William Ruto hosts foreign envoys at State House once a month.")
d("hb08", "received for the regular consultations (held)", "en", "Kenyan President William Ruto received Ugandan Foreign Minister Jeje Odongo in Nairobi on Tuesday for the regular consultations.",
  [m("Kenyan President William Ruto received Ugandan Foreign Minister Jeje Odongo in Nairobi on Tuesday", "talks", ["KE", "UG"], "2025-03-11", "Nairobi")])
d("hb05", "a reçu mardi (held, not a habit)", "fr", "Le président ivoirien Alassane Ouattara a reçu mardi son homologue ghanéen John Mahama à Abidjan.",
  [m("Le président ivoirien Alassane Ouattara a reçu mardi son homologue ghanéen John Mahama", "talks", ["CI", "GH"], "2025-03-11", "Abidjan")])

# --- 5. a first leg reached, the rest of the tour to come
d("fl01", "landed first leg", "en", "Indian Prime Minister Narendra Modi landed in Hanoi on Sunday, the first leg of a tour that will also take him to Singapore and Malaysia.",
  [m("Indian Prime Minister Narendra Modi landed in Hanoi on Sunday", "visit", ["IN", "VN"], "2025-03-09", "Hanoi"),
   m("a tour that will also take him to Singapore", "visit", ["IN", "SG"], None, None, "planned"),
   m("will also take him to Singapore and Malaysia", "visit", ["IN", "MY"], None, None, "planned")])
d("fl02", "arrived first stop", "en", "Brazilian President Lula arrived in Nairobi on Monday, the first stop of a tour that will also take him to Ghana.",
  [m("Brazilian President Lula arrived in Nairobi on Monday", "visit", ["BR", "KE"], "2025-03-10", "Nairobi"),
   m("a tour that will also take him to Ghana", "visit", ["BR", "GH"], None, None, "planned")])
d("fl03", "est arrivé, première étape", "fr", "Le président brésilien Lula est arrivé lundi à Nairobi, première étape d'une tournée qui le mènera aussi au Ghana.",
  [m("Le président brésilien Lula est arrivé lundi à Nairobi", "visit", ["BR", "KE"], "2025-03-10", "Nairobi"),
   m("une tournée qui le mènera aussi au Ghana", "visit", ["BR", "GH"], None, None, "planned")])
d("fl04", "will arrive, first stop (all planned)", "en", "Brazilian President Lula will arrive in Nairobi on Monday, the first stop of a tour that will also take him to Ghana.",
  [m("Brazilian President Lula will arrive in Nairobi on Monday", "visit", ["BR", "KE"], "2025-03-17", "Nairobi", "planned"),
   m("a tour that will also take him to Ghana", "visit", ["BR", "GH"], None, None, "planned")])

# --- 6. a trip whose sentence also names an earlier event
d("te01", "tour weeks after a session", "en", "Brazilian President Lula began a three-nation tour of Kenya, Ghana and Nigeria on Monday, weeks after the ECOWAS Council of Ministers concluded in Abuja.",
  [m("Brazilian President Lula began a three-nation tour of Kenya", "visit", ["BR", "KE"], "2025-03-10"),
   m("Kenya, Ghana and Nigeria on Monday", "visit", ["BR", "GH"], "2025-03-10"),
   m("Ghana and Nigeria on Monday", "visit", ["BR", "NG"], "2025-03-10"),
   m("the ECOWAS Council of Ministers concluded in Abuja", "conference", [], None, "Abuja")])
d("te02", "tour days after a summit", "en", "Indian Prime Minister Narendra Modi began a three-nation tour of Ghana, Kenya and Namibia on Monday, days after the African Union summit ended in Addis Ababa.",
  [m("Indian Prime Minister Narendra Modi began a three-nation tour of Ghana", "visit", ["GH", "IN"], "2025-03-10"),
   m("Ghana, Kenya and Namibia on Monday", "visit", ["IN", "KE"], "2025-03-10"),
   m("Kenya and Namibia on Monday", "visit", ["IN", "NA"], "2025-03-10"),
   m("the African Union summit ended in Addis Ababa", "summit", [], None, "Addis Ababa")])
d("te03", "arrival a week after a joint commission", "en", "Indian Prime Minister Narendra Modi arrived in Nairobi on Monday, a week after the Kenya-India Joint Commission met in New Delhi.",
  [m("Indian Prime Minister Narendra Modi arrived in Nairobi on Monday", "visit", ["IN", "KE"], "2025-03-10", "Nairobi"),
   m("the Kenya-India Joint Commission met in New Delhi", "joint_commission", ["IN", "KE"], None, "New Delhi")])
d("te04", "tournée quelques semaines après une session", "fr", "Le président sénégalais Bassirou Diomaye Faye a entamé lundi une tournée au Ghana, au Nigeria et au Bénin, quelques semaines après le sommet de la CEDEAO à Abuja.",
  [m("Le président sénégalais Bassirou Diomaye Faye a entamé lundi une tournée au Ghana", "visit", ["GH", "SN"], "2025-03-10"),
   m("une tournée au Ghana, au Nigeria et au Bénin", "visit", ["NG", "SN"], "2025-03-10"),
   m("au Nigeria et au Bénin, quelques semaines", "visit", ["BJ", "SN"], "2025-03-10"),
   m("quelques semaines après le sommet de la CEDEAO à Abuja", "summit", [], None, "Abuja")])
d("te05", "trip made to attend (not apart)", "en", "Brazilian President Lula travelled to Abuja on Monday to attend the ECOWAS summit.",
  [m("Lula travelled to Abuja on Monday to attend the ECOWAS summit", "summit", ["BR"], "2025-03-10", "Abuja")])

# --- 8. an international official introduced by his country (the country sends no one)
d("io01", "Djibouti's AU chairperson", "en", "Egyptian Foreign Minister Badr Abdelatty met the chairperson of the African Union Commission, Djibouti's Mahmoud Ali Youssouf, in Addis Ababa on Tuesday.",
  [m("Egyptian Foreign Minister Badr Abdelatty met the chairperson of the African Union Commission", "talks", ["EG"], "2025-03-11", "Addis Ababa")])
d("io02", "Portugal's UN Secretary-General", "en", "Kenyan President William Ruto met UN Secretary-General, Portugal's António Guterres, in Nairobi on Monday.",
  [m("Kenyan President William Ruto met UN Secretary-General, Portugal's António Guterres, in Nairobi on Monday", "talks", ["KE"], "2025-03-10", "Nairobi")])
d("io03", "le Djiboutien (FR)", "fr", "Le président kényan William Ruto a reçu lundi à Nairobi le président de la Commission de l'Union africaine, le Djiboutien Mahmoud Ali Youssouf.",
  [m("Le président kényan William Ruto a reçu lundi à Nairobi le président de la Commission de l'Union africaine", "talks", ["KE"], "2025-03-10", "Nairobi")])
d("io04", "Japan's Ishiba (a national official keeps his country)", "en", "Egyptian Foreign Minister Badr Abdelatty met Japan's Ishiba in Tokyo on Tuesday.",
  [m("Egyptian Foreign Minister Badr Abdelatty met Japan's Ishiba in Tokyo on Tuesday", "talks", ["EG", "JP"], "2025-03-11", "Tokyo")])

# --- 9. talks on the margins of a forum that is an organisation (its yearly meeting is an occasion of its own)
d("wf01", "margins of the World Economic Forum in Davos", "en", "Egyptian Foreign Minister Badr Abdelatty held talks with his Kenyan counterpart Musalia Mudavadi on the margins of the World Economic Forum in Davos on Tuesday.",
  [m("held talks with his Kenyan counterpart Musalia Mudavadi on the margins of the World Economic Forum", "talks", ["EG", "KE"], "2025-03-11", "Davos"),
   m("the World Economic Forum in Davos on Tuesday", "conference", ["EG", "KE"], "2025-03-11", "Davos")])
d("wf02", "en marge du Forum de Davos", "fr", "Le président sénégalais Bassirou Diomaye Faye s'est entretenu mardi avec le président kényan William Ruto en marge du Forum de Davos.",
  [m("Le président sénégalais Bassirou Diomaye Faye s'est entretenu mardi avec le président kényan William Ruto", "talks", ["KE", "SN"], "2025-03-11"),
   m("en marge du Forum de Davos", "conference", ["KE", "SN"], "2025-03-11")])
d("wn01", "near miss according to the forum", "en", "Trade between Kenya and Egypt will grow by 3 percent this year, according to the World Economic Forum.")

# --- 7. headline status "enters into force"
d("ef01", "headline enters into force", "en", "Brazil-Chile social security agreement enters into force\n\nThe announcement was made by the foreign ministry.",
  [a("Brazil-Chile social security agreement enters into force", "agreement", "in_force", ["BR", "CL"])])
d("ef02", "headline takes effect", "en", "India-Australia trade deal takes effect\n\nThe announcement was made by the trade ministry.",
  [a("India-Australia trade deal takes effect", "agreement", "in_force", ["AU", "IN"])])
d("ef03", "headline entre en vigueur", "fr", "Maroc-Sénégal : l'accord de coopération judiciaire entre en vigueur\n\nL'annonce a été faite par le ministère de la Justice.",
  [a("l'accord de coopération judiciaire entre en vigueur", "agreement", "in_force", ["MA", "SN"])])
d("ef04", "body enters into force on (ahead)", "en", "The social security agreement between Brazil and Chile enters into force on 1 July.",
  [a("The social security agreement between Brazil and Chile enters into force on 1 July", "agreement", "entering_into_force", ["BR", "CL"], "2025-07-01")])
d("ef05", "headline enters into force next month", "en", "Brazil-Chile social security agreement enters into force in July\n\nThe announcement was made by the foreign ministry.",
  [a("Brazil-Chile social security agreement enters into force in July", "agreement", "entering_into_force", ["BR", "CL"], "2025-07")])
d("ef06", "release title over an announced entry", "en", "Kenya-Uganda Fisheries Agreement Enters into Force\n\nThe fisheries agreement between Kenya and Uganda will enter into force on 25 March 2025.",
  [a("The fisheries agreement between Kenya and Uganda will enter into force on 25 March 2025", "agreement", "entering_into_force", ["KE", "UG"], "2025-03-25")])

FIXTURE_DROP = {"status"}  # every fixture checks status too (fields as gold); kept
NOT_YET = set("""fl04""".split())

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    alldir = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "--all" else None
    ids = [x[0] for x in DOCS]; assert len(ids) == len(set(ids))
    with matrixlib.Matrix(here, clear_fixtures="ny28_") as mx:
        for id, cons, lang, text, facts in DOCS:
            did = f"ny28_{id}"
            mx.document(did, text, {"lang": lang, "reference_date": REF, "construction": cons})
            checks = sorted({"Meeting"} | {t for t, _, _ in facts})
            for t, ev, fields in facts:
                assert ev in text, (id, ev)
                mx.gold(did, t, ev, fields)
            comment = f"notyet28 matrix (session 28): {did}, {cons}; own sentence, gold in gold.jsonl (make.py)."
            mx.fixture(did, matrixlib.fixture_lines(comment, did, lang, REF, checks, [(t, f) for t, _, f in facts]), id not in NOT_YET, alldir)
    print(len(DOCS), "documents,", sum(len(x[4]) for x in DOCS), "facts,", sum(1 for x in DOCS if not x[4]), "near misses")
