#!/usr/bin/env python3
"""The trip matrix (session 20, trip20): own documents telling one or two trips over several sentences, with gold
in the dev set's format (docs/, index.jsonl, gold.jsonl: `glean eval gold.jsonl`) and one fixture per document
(`*.fixture.yaml`, run by `glean test` / `swift test`). Run from this folder to rewrite all three from DOCS."""
import json, os
M = "Meeting"
def m(ev, kind, countries, date=None, location=None):
    f = {"kind": kind, "countries": sorted(countries)}
    if date: f["date"] = date
    if location: f["location"] = location
    return (M, ev, f)
def a(ev, kind, status, parties, date=None):
    f = {"kind": kind, "status": status, "parties": sorted(parties)}
    if date: f["date"] = date
    return ("Agreement", ev, f)

# id, reference date (None: unknown), text, facts
DOCS = [
("trip_en_01", "2025-03-17", """Indian External Affairs Minister visits Kenya

External Affairs Minister S. Jaishankar paid an official visit to Kenya from 14 to 16 March 2025. On arrival in Nairobi on 14 March, he was received by Foreign Minister Musalia Mudavadi. On 15 March, he held talks with President William Ruto at State House. The two sides signed a memorandum of understanding on maritime cooperation. He also met Kenya's Minister of Trade. In the evening he attended a reception hosted by the Indian community. The minister concluded the visit on 16 March.""",
 [m("paid an official visit to Kenya from 14 to 16 March 2025", "visit", ["IN", "KE"], "2025-03-14", "Nairobi"),
  a("signed a memorandum of understanding on maritime cooperation", "memorandum", "signed", ["IN", "KE"], "2025-03-15")]),
("trip_en_02", "2025-05-09", """Secretary of State to travel to Vietnam and Thailand

The Secretary of State will travel to Hanoi, Vietnam, on May 12, 2025, where he will meet Prime Minister Pham Minh Chinh. He will then travel to Bangkok, Thailand, on May 14 to meet Thai Prime Minister Paetongtarn Shinawatra and Foreign Minister Maris Sangiampongsa. In both capitals, the Secretary will discuss trade and regional security.""",
 [m("will travel to Hanoi, Vietnam, on May 12, 2025", "visit", ["US", "VN"], "2025-05-12", "Hanoi"),
  m("will then travel to Bangkok, Thailand, on May 14", "visit", ["TH", "US"], "2025-05-14", "Bangkok")]),
("trip_en_03", "2025-06-06", """The Prime Minister of Canada paid a visit to Japan from June 2 to 5, 2025. The visit began in Tokyo, where the Prime Minister held a summit meeting with Japanese Prime Minister Shigeru Ishiba on June 2. On June 4, he travelled to Osaka, where he visited the Expo and met business leaders. During his stay in Osaka, he also met the Governor of Osaka Prefecture.""",
 [m("paid a visit to Japan from June 2 to 5, 2025", "visit", ["CA", "JP"], "2025-06-02", "Tokyo")]),
("trip_en_04", "2025-04-30", """The President of France paid a state visit to Egypt on April 6-8, 2025, during which he held talks with President Abdel Fattah al-Sisi in Cairo. On April 29, the two presidents spoke by telephone about the situation in Gaza. They agreed to stay in close contact.""",
 [m("paid a state visit to Egypt on April 6-8, 2025", "visit", ["EG", "FR"], "2025-04-06", "Cairo"),
  m("On April 29, the two presidents spoke by telephone", "phone_call", ["EG", "FR"], "2025-04-29")]),
("trip_en_05", "2025-10-02", """Foreign Minister Penny Wong visited Indonesia on 3 September 2025, where she met Foreign Minister Sugiono in Jakarta. The two ministers met again on 1 October in New York to follow up on the visit.""",
 [m("Foreign Minister Penny Wong visited Indonesia on 3 September 2025", "visit", ["AU", "ID"], "2025-09-03", "Jakarta"),
  m("The two ministers met again on 1 October in New York", "talks", ["AU", "ID"], "2025-10-01", "New York")]),
("trip_en_06", "2025-02-20", """The Prime Minister of Malaysia, Anwar Ibrahim, paid an official visit to Türkiye on 18 February 2025 at the invitation of President Recep Tayyip Erdogan. During the talks, the two leaders discussed defence and trade. The visit also included a meeting with Turkish business leaders. Malaysia and Türkiye agreed during the visit to raise their relationship to a comprehensive strategic partnership.""",
 [m("paid an official visit to Türkiye on 18 February 2025", "visit", ["MY", "TR"], "2025-02-18")]),
("trip_en_07", "2025-09-12", """Chinese Foreign Minister Wang Yi arrived in Islamabad on Tuesday for a three-day visit to Pakistan. He held talks with Prime Minister Shehbaz Sharif the next day. On Thursday, he met Army Chief Asim Munir before leaving for Kabul, where he attended a trilateral meeting with the foreign ministers of Pakistan and Afghanistan.""",
 [m("arrived in Islamabad on Tuesday for a three-day visit to Pakistan", "visit", ["CN", "PK"], "2025-09-09", "Islamabad"),
  m("attended a trilateral meeting with the foreign ministers of Pakistan and Afghanistan", "talks", ["AF", "CN", "PK"], None, "Kabul")]),
("trip_en_08", None, """The German Chancellor arrived in Warsaw on Monday for a visit to Poland. He held talks with the Polish Prime Minister at the Chancellery. The next day, he visited the memorial of the Warsaw Uprising and met the President of Poland.""",
 [m("arrived in Warsaw on Monday for a visit to Poland", "visit", ["DE", "PL"], None, "Warsaw")]),
("trip_en_09", "2025-06-17", """The Prime Minister of India attended the G7 summit in Kananaskis, Canada, on June 16, 2025. On the margins of the summit, he held a bilateral meeting with Canadian Prime Minister Mark Carney. He also met the President of France.""",
 [m("attended the G7 summit in Kananaskis, Canada, on June 16, 2025", "summit", ["CA", "FR", "IN"], "2025-06-16", "Kananaskis"),
  m("he held a bilateral meeting with Canadian Prime Minister Mark Carney", "talks", ["CA", "IN"], "2025-06-16", "Kananaskis"),
  m("He also met the President of France", "talks", ["FR", "IN"], "2025-06-16", "Kananaskis")]),
("trip_en_10", "2025-11-20", """President Lula received the Prime Minister of Spain in Brasília on 19 November 2025. The two leaders last met in Madrid in March 2023, during Lula's state visit to Spain. They discussed the EU-Mercosur agreement.""",
 [m("President Lula received the Prime Minister of Spain in Brasília on 19 November 2025", "talks", ["BR", "ES"], "2025-11-19", "Brasília"),
  m("The two leaders last met in Madrid in March 2023, during Lula's state visit to Spain", "visit", ["BR", "ES"], "2023-03", "Madrid")]),
("trip_en_11", "2025-07-10", """Japan's Foreign Minister visited Brazil on 7 July 2025 and met his counterpart Mauro Vieira. The visit followed a trip to Brazil by Japan's Prime Minister in May 2024. During his stay, the Foreign Minister also met Vice-President Geraldo Alckmin.""",
 [m("Japan's Foreign Minister visited Brazil on 7 July 2025", "visit", ["BR", "JP"], "2025-07-07"),
  m("a trip to Brazil by Japan's Prime Minister in May 2024", "visit", ["BR", "JP"], "2024-05")]),
("trip_en_12", "2025-04-10", """Vladimir Putin held talks with President of Laos Thongloun Sisoulith, who is in Russia on an official visit. The talks took place in the Kremlin on April 9. Earlier that day, the President of Laos laid a wreath at the Tomb of the Unknown Soldier. Following the talks, the two presidents made statements for the press.""",
 [m("Vladimir Putin held talks with President of Laos Thongloun Sisoulith, who is in Russia on an official visit", "visit", ["LA", "RU"], "2025-04-09", "Moscow")]),
("trip_en_13", "2025-08-28", """Prime Minister Christopher Luxon visited Vietnam on 26 August 2025 and held talks with Prime Minister Pham Minh Chinh in Hanoi. During the talks, Luxon invited Pham Minh Chinh to visit New Zealand. The Vietnamese Prime Minister is expected to visit Wellington in 2026.""",
 [m("Prime Minister Christopher Luxon visited Vietnam on 26 August 2025", "visit", ["NZ", "VN"], "2025-08-26", "Hanoi"),
  m("The Vietnamese Prime Minister is expected to visit Wellington in 2026", "visit", ["NZ", "VN"], "2026", "Wellington")]),
("trip_fr_01", "2025-02-13", """Visite du ministre de l'Europe et des Affaires étrangères au Sénégal

Le ministre de l'Europe et des Affaires étrangères, Jean-Noël Barrot, s'est rendu au Sénégal du 10 au 12 février 2025. À son arrivée à Dakar le 10 février, il a été accueilli par son homologue Yassine Fall. Le lendemain, il s'est entretenu avec le président Bassirou Diomaye Faye. Les deux pays ont signé un protocole d'entente sur la jeunesse. Le ministre a également rencontré le Premier ministre Ousmane Sonko, puis a participé à une réception avec la communauté française. Il a quitté Dakar le 12 février.""",
 [m("s'est rendu au Sénégal du 10 au 12 février 2025", "visit", ["FR", "SN"], "2025-02-10", "Dakar"),
  a("ont signé un protocole d'entente sur la jeunesse", "memorandum", "signed", ["FR", "SN"], "2025-02-11")]),
("trip_fr_02", "2025-10-30", """Le Premier ministre du Canada effectuera une visite au Maroc le 3 novembre 2025, où il rencontrera le chef du gouvernement Aziz Akhannouch à Rabat. Il se rendra ensuite en Tunisie le 5 novembre pour s'entretenir avec le président Kaïs Saïed. Lors de son séjour en Tunisie, il visitera également le site de Carthage.""",
 [m("effectuera une visite au Maroc le 3 novembre 2025", "visit", ["CA", "MA"], "2025-11-03", "Rabat"),
  m("Il se rendra ensuite en Tunisie le 5 novembre", "visit", ["CA", "TN"], "2025-11-05")]),
("trip_fr_03", "2025-01-28", """Le président de la République a effectué une visite d'État en Inde du 25 au 27 janvier 2025. Il a d'abord été accueilli à Jaipur par le Premier ministre Narendra Modi, avec lequel il a visité la vieille ville. Le 26 janvier, il était l'invité d'honneur de la fête de la République à New Delhi, où il s'est entretenu avec la présidente Droupadi Murmu.""",
 [m("a effectué une visite d'État en Inde du 25 au 27 janvier 2025", "visit", ["FR", "IN"], "2025-01-25", "Jaipur")]),
("trip_fr_04", "2025-04-03", """La ministre des Affaires étrangères d'Allemagne s'est rendue en Algérie le 4 mars 2025, où elle a été reçue par le président Abdelmadjid Tebboune. Le 2 avril, les deux responsables se sont entretenus par téléphone de la situation au Sahel.""",
 [m("s'est rendue en Algérie le 4 mars 2025", "visit", ["DE", "DZ"], "2025-03-04"),
  m("Le 2 avril, les deux responsables se sont entretenus par téléphone", "phone_call", ["DE", "DZ"], "2025-04-02")]),
("trip_fr_05", "2025-06-23", """Le ministre ivoirien des Affaires étrangères a effectué une visite de travail à Paris le 12 mai 2025, au cours de laquelle il s'est entretenu avec son homologue français. Les deux ministres se sont de nouveau rencontrés le 20 juin à Abidjan.""",
 [m("a effectué une visite de travail à Paris le 12 mai 2025", "visit", ["CI", "FR"], "2025-05-12", "Paris"),
  m("Les deux ministres se sont de nouveau rencontrés le 20 juin à Abidjan", "talks", ["CI", "FR"], "2025-06-20", "Abidjan")]),
("trip_fr_06", "2025-10-08", """Le Premier ministre du Vietnam a effectué une visite officielle en France les 6 et 7 octobre 2025. Lors de son séjour, il a été reçu à l'Élysée par le président de la République. Au cours de l'entretien, les deux dirigeants ont évoqué la coopération nucléaire. La visite a également été l'occasion de rencontrer des chefs d'entreprise.""",
 [m("a effectué une visite officielle en France les 6 et 7 octobre 2025", "visit", ["FR", "VN"], "2025-10-06", "Paris")]),
("trip_fr_07", "2025-09-19", """Le ministre des Affaires étrangères du Japon est arrivé mardi à Ottawa pour une visite officielle au Canada. Il s'est entretenu le lendemain avec la ministre des Affaires étrangères, Anita Anand. Jeudi, il a rencontré le Premier ministre avant de quitter le pays.""",
 [m("est arrivé mardi à Ottawa pour une visite officielle au Canada", "visit", ["CA", "JP"], "2025-09-16", "Ottawa")]),
("trip_fr_08", None, """Le chef de la diplomatie italienne est arrivé lundi à Rabat pour une visite de deux jours au Maroc. Le lendemain, il a été reçu par le chef du gouvernement.""",
 [m("est arrivé lundi à Rabat pour une visite de deux jours au Maroc", "visit", ["IT", "MA"], None, "Rabat")]),
("trip_fr_09", "2025-06-25", """Le président de la République a participé au sommet de l'OTAN à La Haye, aux Pays-Bas, le 24 juin 2025. En marge du sommet, il s'est entretenu avec le président turc Recep Tayyip Erdoğan.""",
 [m("a participé au sommet de l'OTAN à La Haye, aux Pays-Bas, le 24 juin 2025", "summit", ["FR", "NL", "TR"], "2025-06-24", "The Hague"),
  m("il s'est entretenu avec le président turc Recep Tayyip Erdoğan", "talks", ["FR", "TR"], "2025-06-24", "The Hague")]),
("trip_fr_10", "2025-05-24", """Le Premier ministre a reçu vendredi à Matignon son homologue grec. Les deux chefs de gouvernement s'étaient déjà rencontrés à Athènes en octobre 2023.""",
 [m("Le Premier ministre a reçu vendredi à Matignon son homologue grec", "talks", ["FR", "GR"], "2025-05-23", "Paris"),
  m("s'étaient déjà rencontrés à Athènes en octobre 2023", "talks", ["FR", "GR"], "2023-10", "Athens")]),
("trip_fr_11", "2025-04-10", """Le ministre des Affaires étrangères du Brésil s'est rendu en Chine le 8 avril 2025. Cette visite faisait suite à celle du président Lula à Pékin en avril 2023. Pendant son séjour, le ministre a rencontré son homologue Wang Yi.""",
 [m("Le ministre des Affaires étrangères du Brésil s'est rendu en Chine le 8 avril 2025", "visit", ["BR", "CN"], "2025-04-08"),
  m("celle du président Lula à Pékin en avril 2023", "visit", ["BR", "CN"], "2023-04", "Beijing")]),
("trip_fr_12", "2025-11-04", """Le président de la République a reçu ce jour le président du Kenya, William Ruto, en visite d'État en France. Les deux chefs d'État ont tenu un entretien suivi d'un dîner d'État au palais de l'Élysée. Cette visite d'État est la première d'un président kényan depuis 2010.""",
 [m("a reçu ce jour le président du Kenya, William Ruto, en visite d'État en France", "visit", ["FR", "KE"], "2025-11-04", "Paris"),
  m("la première d'un président kényan depuis 2010", "visit", ["FR", "KE"], "2010")]),
("trip_fr_13", "2025-09-17", """Le ministre délégué au Commerce extérieur s'est rendu au Chili le 15 septembre 2025, où il a rencontré le ministre chilien de l'Économie à Santiago. Il a invité son homologue à se rendre en France. Une visite du président chilien à Paris est prévue en 2026.""",
 [m("s'est rendu au Chili le 15 septembre 2025", "visit", ["CL", "FR"], "2025-09-15", "Santiago"),
  m("Une visite du président chilien à Paris est prévue en 2026", "visit", ["CL", "FR"], "2026", "Paris")]),
]

# The documents whose fixture holds (README.md: the others, and why); make.py writes fixtures for these only.
HOLDS = {"trip_en_01", "trip_en_06", "trip_en_08", "trip_en_11", "trip_en_12", "trip_fr_07", "trip_fr_08", "trip_fr_12", "trip_fr_13",
         "trip_fr_02"}  # fr_02 holds since crossed lists stay apart across sentences (trip20)


def yaml_value(v):
    if isinstance(v, list): return "[" + ", ".join(v) + "]"
    return json.dumps(v, ensure_ascii=False)

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    os.makedirs(os.path.join(here, "docs"), exist_ok=True)
    with open(os.path.join(here, "index.jsonl"), "w") as index, open(os.path.join(here, "gold.jsonl"), "w") as gold:
        for id, ref, text, facts in DOCS:
            lang = id.split("_")[1]
            with open(os.path.join(here, "docs", id + ".txt"), "w") as f: f.write(text + "\n")
            record = {"id": id, "lang": lang}
            if ref: record["reference_date"] = ref
            index.write(json.dumps(record, ensure_ascii=False) + "\n")
            lines = [f"# Trip matrix (trip20): {id}; gold in gold.jsonl, made by make.py.", f"document: docs/{id}.txt", f"lang: {lang}"]
            if ref: lines.append(f"reference_date: {ref}")
            lines += ["checks: [Meeting]", "facts:"]
            for type, ev, fields in facts:
                assert ev in text, (id, ev)
                gold.write(json.dumps({"id": id, "type": type, "evidence": ev, "fields": fields}, ensure_ascii=False) + "\n")
                if type != M: continue
                lines.append(f"  - type: {type}")
                lines.append(f"    fields: {{" + ", ".join(f"{k}: {yaml_value(v)}" for k, v in fields.items()) + "}")
            fixture = os.path.join(here, id + ".fixture.yaml")
            if id in HOLDS:
                with open(fixture, "w") as f: f.write("\n".join(lines) + "\n")
            elif os.path.exists(fixture):
                os.remove(fixture)
