"""notyet29 (session 29): the constructions the session-28 folders (notyet28, para28, chrono28, money28, seg28) list as
still failing, each written as a small matrix of our own sentences: several subjects, tenses and both languages where
the construction exists, with near misses (sentences that must give no fact, or the one fact read before). Real
officials and countries, invented events; no sentence is copied from a dev or evaluation set. Gold follows
/work/shared/devsets/diplomatic_news/README.md and docs/facts.md (Meeting gold carries `status`). Reference date:
Wednesday 12 March 2025.
Writes docs/, index.jsonl, gold.jsonl (`glean eval gold.jsonl`) and one fixture per document that holds.
Run from anywhere: python3 make.py [--all DIR]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import matrixlib

REF = "2025-03-12"  # a Wednesday: Monday 10 March; next Monday 17 March
DOCS = []  # (id, construction, lang, text, [(type, evidence, fields)], checks)


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
    if parties is not None: f["parties"] = sorted(parties)
    if date: f["date"] = date
    return ("Agreement", ev, f)


def t(ev, indicator, parties, period=None, amount=None, currency=None, change=None, direction=None):
    f = {"indicator": indicator}
    if amount is not None: f["amount"] = {"amount": amount, "currency": currency}
    if change is not None: f["change_percent"] = change
    if direction: f["direction"] = direction
    if period: f["period"] = period
    if parties: f["parties"] = sorted(parties)
    return ("TradeFigure", ev, f)


def d(id, cons, lang, text, facts=(), checks=("Meeting",)):
    DOCS.append((id, cons, lang, text, list(facts), sorted(set(checks) | {x[0] for x in facts})))


TR = ("TradeFigure",)
AG = ("Agreement", "Meeting")

# --- 1. a second trade figure in a coordinated verb, with a period of its own
d("tf01", "fell X% in Y1 and reached $Z in Y2", "en", "Bilateral trade between India and Japan fell 5% in 2019 and reached $172.9 billion in 2020.",
  [t("Bilateral trade between India and Japan fell 5% in 2019", "trade", ["IN", "JP"], "2019", change=5, direction="decrease"),
   t("and reached $172.9 billion in 2020", "trade", ["IN", "JP"], "2020", 172900000000, "USD")], TR)
d("tf02", "rose X% in Y1 and hit $Z in Y2", "en", "Exports from Kenya to China rose 12% in 2022 and hit $1.2 billion in 2023.",
  [t("Exports from Kenya to China rose 12% in 2022", "exports", ["CN", "KE"], "2022", change=12, direction="increase"),
   t("and hit $1.2 billion in 2023", "exports", ["CN", "KE"], "2023", 1200000000, "USD")], TR)
d("tf03", "dropped X percent in Y1 before climbing to $Z in Y2", "en", "Trade between Brazil and Argentina dropped 8 percent in 2023 before climbing to $30 billion in 2024.",
  [t("Trade between Brazil and Argentina dropped 8 percent in 2023", "trade", ["AR", "BR"], "2023", change=8, direction="decrease"),
   t("before climbing to $30 billion in 2024", "trade", ["AR", "BR"], "2024", 30000000000, "USD", direction="increase")], TR)
d("tf04", "ont reculé de X % en Y1 avant d'atteindre Z en Y2", "fr", "Les échanges entre la France et le Maroc ont reculé de 5 % en 2019 avant d'atteindre 17 milliards d'euros en 2020.",
  [t("Les échanges entre la France et le Maroc ont reculé de 5 % en 2019", "trade", ["FR", "MA"], "2019", change=5, direction="decrease"),
   t("avant d'atteindre 17 milliards d'euros en 2020", "trade", ["FR", "MA"], "2020", 17000000000, "EUR")], TR)
d("tf05", "ont progressé de X % en Y1 et ont atteint Z en Y2", "fr", "Les exportations du Sénégal vers la Chine ont progressé de 12 % en 2022 et ont atteint 1,2 milliard de dollars en 2023.",
  [t("Les exportations du Sénégal vers la Chine ont progressé de 12 % en 2022", "exports", ["CN", "SN"], "2022", change=12, direction="increase"),
   t("et ont atteint 1,2 milliard de dollars en 2023", "exports", ["CN", "SN"], "2023", 1200000000, "USD")], TR)
d("tf06", "reached $Z1 in Y1 and rose to $Z2 in Y2", "en", "Bilateral trade between India and Japan reached $17.2 billion in 2019 and rose to $20.1 billion in 2020.",
  [t("Bilateral trade between India and Japan reached $17.2 billion in 2019", "trade", ["IN", "JP"], "2019", 17200000000, "USD"),
   t("and rose to $20.1 billion in 2020", "trade", ["IN", "JP"], "2020", 20100000000, "USD", direction="increase")], TR)
d("tf07", "ont atteint Z1 en Y1 et ont grimpé à Z2 en Y2", "fr", "Les échanges entre la France et le Maroc ont atteint 12 milliards d'euros en 2021 et ont grimpé à 14 milliards d'euros en 2022.",
  [t("Les échanges entre la France et le Maroc ont atteint 12 milliards d'euros en 2021", "trade", ["FR", "MA"], "2021", 12000000000, "EUR"),
   t("et ont grimpé à 14 milliards d'euros en 2022", "trade", ["FR", "MA"], "2022", 14000000000, "EUR", direction="increase")], TR)
d("tn01", "near miss: second clause without its own period (one figure)", "en", "Bilateral trade between India and Japan fell 5% in 2019 and reached $172.9 billion.",
  [t("Bilateral trade between India and Japan fell 5% in 2019 and reached $172.9 billion", "trade", ["IN", "JP"], "2019", 172900000000, "USD", 5, "decrease")], TR)
d("tn02", "near miss: to reach (one figure)", "en", "Trade between Kenya and China rose 12% in 2022 to reach $1.2 billion.",
  [t("Trade between Kenya and China rose 12% in 2022 to reach $1.2 billion", "trade", ["CN", "KE"], "2022", 1200000000, "USD", 12, "increase")], TR)

# --- 2. French trade ellipses: the currency elided
d("te01", "et 6 milliards en Y2 (currency elided)", "fr", "Les exportations françaises vers le Maroc ont atteint 7 milliards d'euros en 2023 et 6 milliards en 2022.",
  [t("Les exportations françaises vers le Maroc ont atteint 7 milliards d'euros en 2023", "exports", ["FR", "MA"], "2023", 7000000000, "EUR"),
   t("et 6 milliards en 2022", "exports", ["FR", "MA"], "2022", 6000000000, "EUR")], TR)
d("te02", "ils ont représenté 12 milliards", "fr", "Les échanges commerciaux entre la France et le Maroc ont atteint 14 milliards d'euros en 2023. En 2022, ils ont représenté 12 milliards.",
  [t("Les échanges commerciaux entre la France et le Maroc ont atteint 14 milliards d'euros en 2023", "trade", ["FR", "MA"], "2023", 14000000000, "EUR"),
   t("En 2022, ils ont représenté 12 milliards", "trade", ["FR", "MA"], "2022", 12000000000, "EUR")], TR)
d("te03", "it amounted to 3.5 billion", "en", "Trade between Kenya and India reached $4 billion in 2023. In 2022 it amounted to 3.5 billion.",
  [t("Trade between Kenya and India reached $4 billion in 2023", "trade", ["IN", "KE"], "2023", 4000000000, "USD"),
   t("In 2022 it amounted to 3.5 billion", "trade", ["IN", "KE"], "2022", 3500000000, "USD")], TR)
d("te04", "near miss: another verb's count after et", "fr", "Les exportations françaises vers le Maroc ont atteint 7 milliards d'euros en 2023 et ont créé 3 000 emplois en 2022.",
  [t("Les exportations françaises vers le Maroc ont atteint 7 milliards d'euros en 2023", "exports", ["FR", "MA"], "2023", 7000000000, "EUR")], TR)

d("te05", "a yearly average, then a level with its period", "en", "Trade between Kenya and India has run at about $3 billion a year since 2015 and reached $4.2 billion last year.",
  [t("Trade between Kenya and India has run at about $3 billion a year", "trade", ["IN", "KE"], None, 3000000000, "USD"),
   t("and reached $4.2 billion last year", "trade", ["IN", "KE"], "2024", 4200000000, "USD")], TR)
d("te06", "avoisinent … par an depuis, et ont atteint … en", "fr", "Les échanges entre le Maroc et l'Espagne avoisinent 15 milliards d'euros par an depuis 2015, et ont atteint 21 milliards d'euros en 2023.",
  [t("Les échanges entre le Maroc et l'Espagne avoisinent 15 milliards d'euros par an", "trade", ["ES", "MA"], None, 15000000000, "EUR"),
   t("et ont atteint 21 milliards d'euros en 2023", "trade", ["ES", "MA"], "2023", 21000000000, "EUR")], TR)
d("te07", "qui s'élevaient à …, ont atteint 2,6 milliards en (currency elided)", "fr", "Les échanges bilatéraux entre le Maroc et le Sénégal, qui s'élevaient à 1,2 milliard de dollars en 2020, ont atteint 2,6 milliards en 2021.",
  [t("qui s'élevaient à 1,2 milliard de dollars en 2020", "trade", ["MA", "SN"], "2020", 1200000000, "USD"),
   t("ont atteint 2,6 milliards en 2021", "trade", ["MA", "SN"], "2021", 2600000000, "USD")], TR)
d("te08", "For the month of … alone, it amounted to", "en", "Trade between Kenya and Uganda is growing. For the month of January 2025 alone, it amounted to $331 million.",
  [t("For the month of January 2025 alone, it amounted to $331 million", "trade", ["KE", "UG"], "2025-01", 331000000, "USD")], TR)
d("te09", "Pour le seul mois de …, ils ont représenté", "fr", "Les échanges entre le Maroc et le Sénégal progressent. Pour le seul mois de janvier 2025, ils ont représenté 331 millions de dollars.",
  [t("Pour le seul mois de janvier 2025, ils ont représenté 331 millions de dollars", "trade", ["MA", "SN"], "2025-01", 331000000, "USD")], TR)
d("te10", "a yearly average alone (trade.amount_annual, as before)", "en", "Trade between Kenya and India has run at about $3 billion a year since 2015.",
  [t("Trade between Kenya and India has run at about $3 billion a year", "trade", ["IN", "KE"], None, 3000000000, "USD")], TR)

# --- 3. money forms
d("mn01", "$2.5tr", "en", "Trade between China and the United States reached $2.5tr in 2023.",
  [t("Trade between China and the United States reached $2.5tr in 2023", "trade", ["CN", "US"], "2023", 2500000000000, "USD")], TR)
d("mn02", "£1.1tr", "en", "Trade between Britain and China reached £1.1tr in 2024.",
  [t("Trade between Britain and China reached £1.1tr in 2024", "trade", ["CN", "GB"], "2024", 1100000000000, "GBP")], TR)
d("mn03", "R 2.5 billion (spaced rand)", "en", "Trade between South Africa and Kenya reached R 2.5 billion in 2023.",
  [t("Trade between South Africa and Kenya reached R 2.5 billion in 2023", "trade", ["KE", "ZA"], "2023", 2500000000, "ZAR")], TR)
d("mn04", "un quart de milliard de dollars", "fr", "Les échanges entre le Sénégal et la Gambie ont atteint un quart de milliard de dollars en 2023.",
  [t("Les échanges entre le Sénégal et la Gambie ont atteint un quart de milliard de dollars en 2023", "trade", ["GM", "SN"], "2023", 250000000, "USD")], TR)
d("mn05", "trois quarts de milliard d'euros", "fr", "Les exportations de la France vers la Tunisie ont atteint trois quarts de milliard d'euros en 2022.",
  [t("Les exportations de la France vers la Tunisie ont atteint trois quarts de milliard d'euros en 2022", "exports", ["FR", "TN"], "2022", 750000000, "EUR")], TR)
d("mnn01", "near miss: the R 500 road", "en", "South Africa reopened the R 500 road near Kenya's border in 2023.", [], TR)

# --- 4. dates of meetings
d("dt01", "in the next fortnight", "en", "Indian Prime Minister Narendra Modi will visit Japan in the next fortnight.",
  [m("Indian Prime Minister Narendra Modi will visit Japan in the next fortnight", "visit", ["IN", "JP"], "2025-03-13", None, "planned")])
d("dt02", "Monday and Tuesday, April 7 and 8", "en", "Kenyan President William Ruto will visit Tokyo on Monday and Tuesday, April 7 and 8.",
  [m("Kenyan President William Ruto will visit Tokyo on Monday and Tuesday, April 7 and 8", "visit", ["JP", "KE"], "2025-04-07", "Tokyo", "planned")])
d("dt03", "Monday and Tuesday, 7 and 8 April", "en", "Indian External Affairs Minister S. Jaishankar will hold talks with Chinese Foreign Minister Wang Yi in New Delhi on Monday and Tuesday, 7 and 8 April.",
  [m("Indian External Affairs Minister S. Jaishankar will hold talks with Chinese Foreign Minister Wang Yi in New Delhi", "talks", ["CN", "IN"], "2025-04-07", "New Delhi", "planned")])
d("dt04", "lundi et mardi, 7 et 8 avril", "fr", "Le président Emmanuel Macron se rendra au Maroc lundi et mardi, 7 et 8 avril.",
  [m("Le président Emmanuel Macron se rendra au Maroc lundi et mardi, 7 et 8 avril", "visit", ["FR", "MA"], "2025-04-07", None, "planned")])
d("dt05", "le 3/3", "fr", "Le ministre sénégalais des Affaires étrangères s'est rendu à Rabat le 3/3.",
  [m("Le ministre sénégalais des Affaires étrangères s'est rendu à Rabat le 3/3", "visit", ["MA", "SN"], "2025-03-03", "Rabat")])
d("dt06", "a reçu le 5/3", "fr", "Le président ivoirien Alassane Ouattara a reçu le 5/3 son homologue ghanéen John Mahama à Abidjan.",
  [m("Le président ivoirien Alassane Ouattara a reçu le 5/3 son homologue ghanéen John Mahama", "talks", ["CI", "GH"], "2025-03-05", "Abidjan")])
d("dtn01", "near miss: le 1/3 des voix", "fr", "Le parti sénégalais a obtenu le 1/3 des voix aux élections.", [])

# --- 5. the country of the occasion on whose margins an agreement is signed is no party
d("sd01", "on the sidelines of the G20 summit in South Africa", "en", "Brazilian Foreign Minister Mauro Vieira and his Chilean counterpart signed an agreement on lithium on the sidelines of the G20 summit in South Africa on Monday.",
  [a("signed an agreement on lithium", "agreement", "signed", ["BR", "CL"], "2025-03-10", "agreement on lithium"),
   m("on the sidelines of the G20 summit in South Africa on Monday", "summit", ["BR", "CL", "ZA"], "2025-03-10")], AG)
d("sd02", "en marge du sommet du G20 en Afrique du Sud", "fr", "Le Brésil et le Chili ont signé lundi un accord sur le lithium en marge du sommet du G20 en Afrique du Sud.",
  [a("Le Brésil et le Chili ont signé lundi un accord sur le lithium", "agreement", "signed", ["BR", "CL"], "2025-03-10", "accord sur le lithium"),
   m("en marge du sommet du G20 en Afrique du Sud", "summit", ["BR", "CL", "ZA"], "2025-03-10")], AG)
d("sdn01", "near miss: the host country is also a signatory", "en", "Brazil and South Africa signed an agreement on lithium on the sidelines of the G20 summit in South Africa on Monday.",
  [a("Brazil and South Africa signed an agreement on lithium", "agreement", "signed", ["BR", "ZA"], "2025-03-10", "agreement on lithium"),
   m("on the sidelines of the G20 summit in South Africa on Monday", "summit", ["BR", "ZA"], "2025-03-10")], AG)

# --- 6. a welcoming country is no party of the occasion
d("wc01", "se félicite de la tenue du sommet", "fr", "Le Maroc se félicite de la tenue du premier sommet entre l'Union africaine et le Japon, prévu à Tokyo les 3 et 4 avril 2025.",
  [m("se félicite de la tenue du premier sommet entre l'Union africaine et le Japon, prévu à Tokyo", "summit", ["JP"], "2025-04-03", "Tokyo", "planned")])
d("wc02", "welcomes the holding of the summit", "en", "Morocco welcomes the holding of the first summit between the African Union and Japan, scheduled in Tokyo on 3 and 4 April 2025.",
  [m("welcomes the holding of the first summit between the African Union and Japan, scheduled in Tokyo", "summit", ["JP"], "2025-04-03", "Tokyo", "planned")])
d("wc03", "salue la tenue", "fr", "La France salue la tenue du premier sommet entre l'Union européenne et l'Inde, prévu à New Delhi le 14 avril 2025.",
  [m("salue la tenue du premier sommet entre l'Union européenne et l'Inde, prévu à New Delhi", "summit", ["IN"], "2025-04-14", "New Delhi", "planned")])

# --- 7. a year in words after the instrument
d("yw01", "signed … in nineteen ninety-six", "en", "India and the United Arab Emirates signed a memorandum of understanding on energy in nineteen ninety-six.",
  [a("India and the United Arab Emirates signed a memorandum of understanding on energy", "memorandum", "signed", ["AE", "IN"], "1996", "memorandum of understanding on energy")], AG)
d("yw02", "ont signé … en mille neuf cent quatre-vingt-seize", "fr", "La France et le Maroc ont signé une convention fiscale en mille neuf cent quatre-vingt-seize.",
  [a("La France et le Maroc ont signé une convention fiscale", "convention", "signed", ["FR", "MA"], "1996", "convention fiscale")], AG)
d("yw03", "adopted … in two thousand and twenty", "en", "Kenya and Uganda adopted a protocol on fisheries in two thousand and twenty.",
  [a("Kenya and Uganda adopted a protocol on fisheries", "protocol", "adopted", ["KE", "UG"], "2020", "protocol on fisheries")], AG)
d("ywn01", "near miss: in two languages (no date)", "en", "Kenya and Uganda signed a protocol on fisheries in two languages.",
  [a("Kenya and Uganda signed a protocol on fisheries", "protocol", "signed", ["KE", "UG"], None, "protocol on fisheries")], AG)

# --- 8. plural instruments on a list of days
d("pl01", "signed on D1, D2 and D3", "en", "The ministers reviewed the agreements signed on 3 March 2023, 14 June 2023 and 2 February 2024 between Morocco and Senegal.",
  [a("3 March 2023", "agreement", "signed", ["MA", "SN"], "2023-03-03"), a("14 June 2023", "agreement", "signed", ["MA", "SN"], "2023-06-14"),
   a("2 February 2024", "agreement", "signed", ["MA", "SN"], "2024-02-02")], AG)
d("pl02", "signés le D1, le D2 et le D3", "fr", "Les deux ministres ont évoqué les accords signés le 3 mars 2023, le 14 juin 2023 et le 2 février 2024 entre le Maroc et le Sénégal.",
  [a("3 mars 2023", "agreement", "signed", ["MA", "SN"], "2023-03-03"), a("14 juin 2023", "agreement", "signed", ["MA", "SN"], "2023-06-14"),
   a("2 février 2024", "agreement", "signed", ["MA", "SN"], "2024-02-02")], AG)
d("pl03", "signed on D1 and D2", "en", "The ministers reviewed the agreements signed on 3 March 2023 and 14 June 2024 between Kenya and Uganda.",
  [a("3 March 2023", "agreement", "signed", ["KE", "UG"], "2023-03-03"), a("14 June 2024", "agreement", "signed", ["KE", "UG"], "2024-06-14")], AG)
d("pln01", "near miss: one agreement, one day", "en", "The ministers reviewed the agreement signed on 3 March 2023 between Kenya and Uganda.",
  [a("the agreement signed on 3 March 2023", "agreement", "signed", ["KE", "UG"], "2023-03-03")], AG)

# --- 9. a named instrument's entry into force told next by its acronym never introduced, or "the convention"
d("ac01", "The CEPA entered into force (acronym never introduced)", "en", "India and the United Arab Emirates signed the Comprehensive Economic Partnership Agreement in February 2022. The CEPA entered into force on 1 May 2022.",
  [a("The CEPA entered into force on 1 May 2022", "agreement", "in_force", ["AE", "IN"], "2022-05-01", "Comprehensive Economic Partnership Agreement")], AG)
d("ac02", "a named convention, then The convention entered into force", "en", "Belgium and Luxembourg signed the Double Taxation Convention in 2023. The convention entered into force on 1 January.",
  [a("The convention entered into force on 1 January", "convention", "in_force", ["BE", "LU"], "2025-01-01", "Double Taxation Convention")], AG)
d("ac03", "L'APE est entré en vigueur", "fr", "Le Maroc et le Sénégal ont signé l'Accord de partenariat économique en 2022. L'APE est entré en vigueur le 1er mai 2023.",
  [a("L'APE est entré en vigueur le 1er mai 2023", "agreement", "in_force", ["MA", "SN"], "2023-05-01", "Accord de partenariat économique")], AG)
d("acn01", "near miss: the next sentence says no entry into force", "en", "India and the United Arab Emirates signed the Comprehensive Economic Partnership Agreement in February 2022. The WTO welcomed the deal.",
  [a("signed the Comprehensive Economic Partnership Agreement in February 2022", "agreement", "signed", ["AE", "IN"], "2022-02", "Comprehensive Economic Partnership Agreement")], AG)


def gold_fields(f):
    """The dev set's TradeFigure gold writes the amount flat (`amount`, `currency`); the fixture nests it as the pack does."""
    if isinstance(f.get("amount"), dict):
        g = {}
        for k, v in f.items():
            if k == "amount": g["amount"] = v["amount"]; g["currency"] = v["currency"]
            else: g[k] = v
        return g
    return f


NOT_YET = set("""sd02 ac01 ac02 ac03""".split())  # the summit's day (sd02); the in-force date (ac*): README

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    alldir = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "--all" else None
    ids = [x[0] for x in DOCS]; assert len(ids) == len(set(ids))
    with matrixlib.Matrix(here, clear_fixtures="ny29_") as mx:
        for id, cons, lang, text, facts, checks in DOCS:
            did = f"ny29_{id}"
            mx.document(did, text, {"lang": lang, "reference_date": REF, "construction": cons})
            for ty, ev, fields in facts:
                assert ev in text, (id, ev)
                mx.gold(did, ty, ev, gold_fields(fields))
            comment = f"notyet29 matrix (session 29): {did}, {cons}; own sentence, gold in gold.jsonl (make.py)."
            mx.fixture(did, matrixlib.fixture_lines(comment, did, lang, REF, checks, [(ty, f) for ty, _, f in facts]), id not in NOT_YET, alldir)
    print(len(DOCS), "documents,", sum(len(x[4]) for x in DOCS), "facts,", sum(1 for x in DOCS if not x[4]), "near misses")
