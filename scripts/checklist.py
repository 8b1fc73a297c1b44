#!/usr/bin/env python3
"""checklist.py — a CheckList-style construction grid for meetings and agreements (EN and FR).

Writes a synthetic annotated set in the development set's format (docs/<id>.txt, index.jsonl, gold.jsonl; the
conventions of the diplomatic_news dev set README) from templates and slot lists written for this script (they
are not the pack's vocabularies: the point is to find what those lack). Every document is a neutral headline and
2–4 sentences, one of which states the fact of one grid cell (or a near miss that must give no fact), so that a
cell's failure is readable. index.jsonl carries the cell's slot values (construction, word, tense, voice, subject,
order, insertion, date form, …), so `glean eval … --by-field word` scores each slot value.

    python3 scripts/checklist.py                       # writes Evaluation/checklist/ (seed 23, 300 docs per language)
    python3 scripts/checklist.py --out /tmp/cl --per-lang 500 --seed 7
    glean eval Evaluation/checklist/gold.jsonl --by-language
    python3 scripts/checklist.py --report              # eval, then the recall per slot value (the grid's holes)
    python3 scripts/checklist.py --grid 2 [--report]   # the second grid (scripts/checklist_grid2.py, seed 24, Evaluation/checklist24/)
"""
import argparse, datetime as dt, json, os, random, subprocess, sys, collections

# ---------------------------------------------------------------------------------------------------------------
# Slots: countries (ISO, EN name, EN demonym, capital EN, second city EN,
#                   FR name with article, FR "in" form, FR "of" form, FR demonym m, f, capital FR, second city FR)
COUNTRIES = [
    ("KE", "Kenya", "Kenyan", "Nairobi", "Mombasa", "le Kenya", "au Kenya", "du Kenya", "kényan", "kényane", "Nairobi", "Mombasa"),
    ("PE", "Peru", "Peruvian", "Lima", "Arequipa", "le Pérou", "au Pérou", "du Pérou", "péruvien", "péruvienne", "Lima", "Arequipa"),
    ("CL", "Chile", "Chilean", "Santiago", "Valparaíso", "le Chili", "au Chili", "du Chili", "chilien", "chilienne", "Santiago", "Valparaíso"),
    ("GH", "Ghana", "Ghanaian", "Accra", "Kumasi", "le Ghana", "au Ghana", "du Ghana", "ghanéen", "ghanéenne", "Accra", "Kumasi"),
    ("VN", "Vietnam", "Vietnamese", "Hanoi", "Da Nang", "le Vietnam", "au Vietnam", "du Vietnam", "vietnamien", "vietnamienne", "Hanoï", "Da Nang"),
    ("ID", "Indonesia", "Indonesian", "Jakarta", "Surabaya", "l'Indonésie", "en Indonésie", "de l'Indonésie", "indonésien", "indonésienne", "Jakarta", "Surabaya"),
    ("NO", "Norway", "Norwegian", "Oslo", "Bergen", "la Norvège", "en Norvège", "de la Norvège", "norvégien", "norvégienne", "Oslo", "Bergen"),
    ("PT", "Portugal", "Portuguese", "Lisbon", "Porto", "le Portugal", "au Portugal", "du Portugal", "portugais", "portugaise", "Lisbonne", "Porto"),
    ("MA", "Morocco", "Moroccan", "Rabat", "Marrakech", "le Maroc", "au Maroc", "du Maroc", "marocain", "marocaine", "Rabat", "Marrakech"),
    ("SN", "Senegal", "Senegalese", "Dakar", "Saint-Louis", "le Sénégal", "au Sénégal", "du Sénégal", "sénégalais", "sénégalaise", "Dakar", "Saint-Louis"),
    ("MX", "Mexico", "Mexican", "Mexico City", "Guadalajara", "le Mexique", "au Mexique", "du Mexique", "mexicain", "mexicaine", "Mexico", "Guadalajara"),
    ("AR", "Argentina", "Argentine", "Buenos Aires", "Córdoba", "l'Argentine", "en Argentine", "de l'Argentine", "argentin", "argentine", "Buenos Aires", "Córdoba"),
    ("PL", "Poland", "Polish", "Warsaw", "Kraków", "la Pologne", "en Pologne", "de la Pologne", "polonais", "polonaise", "Varsovie", "Cracovie"),
    ("JP", "Japan", "Japanese", "Tokyo", "Osaka", "le Japon", "au Japon", "du Japon", "japonais", "japonaise", "Tokyo", "Osaka"),
    ("EG", "Egypt", "Egyptian", "Cairo", "Alexandria", "l'Égypte", "en Égypte", "de l'Égypte", "égyptien", "égyptienne", "Le Caire", "Alexandrie"),
    ("JO", "Jordan", "Jordanian", "Amman", "Aqaba", "la Jordanie", "en Jordanie", "de la Jordanie", "jordanien", "jordanienne", "Amman", "Aqaba"),
    ("TH", "Thailand", "Thai", "Bangkok", "Chiang Mai", "la Thaïlande", "en Thaïlande", "de la Thaïlande", "thaïlandais", "thaïlandaise", "Bangkok", "Chiang Mai"),
    ("NG", "Nigeria", "Nigerian", "Abuja", "Lagos", "le Nigeria", "au Nigeria", "du Nigeria", "nigérian", "nigériane", "Abuja", "Lagos"),
    ("CO", "Colombia", "Colombian", "Bogotá", "Cartagena", "la Colombie", "en Colombie", "de la Colombie", "colombien", "colombienne", "Bogota", "Carthagène"),
    ("IE", "Ireland", "Irish", "Dublin", "Cork", "l'Irlande", "en Irlande", "de l'Irlande", "irlandais", "irlandaise", "Dublin", "Cork"),
    ("HU", "Hungary", "Hungarian", "Budapest", "Debrecen", "la Hongrie", "en Hongrie", "de la Hongrie", "hongrois", "hongroise", "Budapest", "Debrecen"),
    ("TN", "Tunisia", "Tunisian", "Tunis", "Sousse", "la Tunisie", "en Tunisie", "de la Tunisie", "tunisien", "tunisienne", "Tunis", "Sousse"),
    ("UZ", "Uzbekistan", "Uzbek", "Tashkent", "Samarkand", "l'Ouzbékistan", "en Ouzbékistan", "de l'Ouzbékistan", "ouzbek", "ouzbèke", "Tachkent", "Samarcande"),
    ("MN", "Mongolia", "Mongolian", "Ulaanbaatar", "Darkhan", "la Mongolie", "en Mongolie", "de la Mongolie", "mongol", "mongole", "Oulan-Bator", "Darkhan"),
    ("EC", "Ecuador", "Ecuadorian", "Quito", "Guayaquil", "l'Équateur", "en Équateur", "de l'Équateur", "équatorien", "équatorienne", "Quito", "Guayaquil"),
    ("MY", "Malaysia", "Malaysian", "Kuala Lumpur", "Penang", "la Malaisie", "en Malaisie", "de la Malaisie", "malaisien", "malaisienne", "Kuala Lumpur", "Penang"),
    ("SE", "Sweden", "Swedish", "Stockholm", "Gothenburg", "la Suède", "en Suède", "de la Suède", "suédois", "suédoise", "Stockholm", "Göteborg"),
    ("HR", "Croatia", "Croatian", "Zagreb", "Split", "la Croatie", "en Croatie", "de la Croatie", "croate", "croate", "Zagreb", "Split"),
    ("RW", "Rwanda", "Rwandan", "Kigali", "Huye", "le Rwanda", "au Rwanda", "du Rwanda", "rwandais", "rwandaise", "Kigali", "Huye"),
    ("QA", "Qatar", "Qatari", "Doha", "Al Khor", "le Qatar", "au Qatar", "du Qatar", "qatari", "qatarie", "Doha", "Al Khor"),
    ("PH", "the Philippines", "Philippine", "Manila", "Cebu", "les Philippines", "aux Philippines", "des Philippines", "philippin", "philippine", "Manille", "Cebu"),
    ("NL", "the Netherlands", "Dutch", "The Hague", "Rotterdam", "les Pays-Bas", "aux Pays-Bas", "des Pays-Bas", "néerlandais", "néerlandaise", "La Haye", "Rotterdam"),
    # demonyms and names that are not the name plus a suffix
    ("AE", "the United Arab Emirates", "Emirati", "Abu Dhabi", "Dubai", "les Émirats arabes unis", "aux Émirats arabes unis", "des Émirats arabes unis", "émirien", "émirienne", "Abou Dhabi", "Dubaï"),
    ("CI", "Côte d'Ivoire", "Ivorian", "Abidjan", "Bouaké", "la Côte d'Ivoire", "en Côte d'Ivoire", "de la Côte d'Ivoire", "ivoirien", "ivoirienne", "Abidjan", "Bouaké"),
    ("BF", "Burkina Faso", "Burkinabe", "Ouagadougou", "Bobo-Dioulasso", "le Burkina Faso", "au Burkina Faso", "du Burkina Faso", "burkinabè", "burkinabè", "Ouagadougou", "Bobo-Dioulasso"),
    ("MG", "Madagascar", "Malagasy", "Antananarivo", "Toamasina", "Madagascar", "à Madagascar", "de Madagascar", "malgache", "malgache", "Antananarivo", "Toamasina"),
    ("LK", "Sri Lanka", "Sri Lankan", "Colombo", "Kandy", "le Sri Lanka", "au Sri Lanka", "du Sri Lanka", "sri-lankais", "sri-lankaise", "Colombo", "Kandy"),
    ("NZ", "New Zealand", "New Zealand", "Wellington", "Auckland", "la Nouvelle-Zélande", "en Nouvelle-Zélande", "de la Nouvelle-Zélande", "néo-zélandais", "néo-zélandaise", "Wellington", "Auckland"),
    ("CV", "Cabo Verde", "Cabo Verdean", "Praia", "Mindelo", "le Cap-Vert", "au Cap-Vert", "du Cap-Vert", "cap-verdien", "cap-verdienne", "Praia", "Mindelo"),
    ("KG", "Kyrgyzstan", "Kyrgyz", "Bishkek", "Osh", "le Kirghizistan", "au Kirghizistan", "du Kirghizistan", "kirghize", "kirghize", "Bichkek", "Och"),
    ("SV", "El Salvador", "Salvadoran", "San Salvador", "Santa Ana", "le Salvador", "au Salvador", "du Salvador", "salvadorien", "salvadorienne", "San Salvador", "Santa Ana"),
    ("BJ", "Benin", "Beninese", "Porto-Novo", "Cotonou", "le Bénin", "au Bénin", "du Bénin", "béninois", "béninoise", "Porto-Novo", "Cotonou"),
    ("CD", "the Democratic Republic of the Congo", "Congolese", "Kinshasa", "Lubumbashi", "la République démocratique du Congo", "en République démocratique du Congo", "de la République démocratique du Congo", "congolais", "congolaise", "Kinshasa", "Lubumbashi"),
    ("SA", "Saudi Arabia", "Saudi", "Riyadh", "Jeddah", "l'Arabie saoudite", "en Arabie saoudite", "de l'Arabie saoudite", "saoudien", "saoudienne", "Riyad", "Djeddah"),
    ("BA", "Bosnia and Herzegovina", "Bosnian", "Sarajevo", "Mostar", "la Bosnie-Herzégovine", "en Bosnie-Herzégovine", "de la Bosnie-Herzégovine", "bosnien", "bosnienne", "Sarajevo", "Mostar"),
    ("PG", "Papua New Guinea", "Papua New Guinean", "Port Moresby", "Lae", "la Papouasie-Nouvelle-Guinée", "en Papouasie-Nouvelle-Guinée", "de la Papouasie-Nouvelle-Guinée", "papouasien", "papouasienne", "Port Moresby", "Lae"),
    ("TL", "Timor-Leste", "Timorese", "Dili", "Baucau", "le Timor oriental", "au Timor oriental", "du Timor oriental", "timorais", "timoraise", "Dili", "Baucau"),
]
C = {c[0]: dict(iso=c[0], en=c[1], dem=c[2], cap=c[3], city2=c[4], fr=c[5], fr_in=c[6], fr_of=c[7], dem_m=c[8],
                dem_f=c[9], cap_fr=c[10], city2_fr=c[11]) for c in COUNTRIES}

# Titles: key, EN title (capitalised before a name), EN lower form, FR head m, FR head f, FR complement, same-office
TITLES = [
    ("fm", "Foreign Minister", "foreign minister", "ministre", "ministre", "des Affaires étrangères"),
    ("pres", "President", "president", "président", "présidente", ""),
    ("pm", "Prime Minister", "prime minister", "Premier ministre", "Première ministre", ""),
    ("trade", "Trade Minister", "minister of trade", "ministre", "ministre", "du Commerce extérieur"),
    ("def", "Defence Minister", "defence minister", "ministre", "ministre", "de la Défense"),
    ("energy", "Energy Minister", "minister of energy", "ministre", "ministre", "de l'Énergie"),
    ("dfm", "Deputy Foreign Minister", "deputy foreign minister", "vice-ministre", "vice-ministre", "des Affaires étrangères"),
]
T = {t[0]: dict(key=t[0], en=t[1], en_lc=t[2], fr_m=t[3], fr_f=t[4], fr_comp=t[5]) for t in TITLES}

# Invented names (not in any gazetteer), with gender
FIRST_M = ["Tomas", "Elias", "Kofi", "Rafael", "Anders", "Yusuf", "Mateo", "Bruno", "Idris", "Lukas", "Ousmane", "Hiroshi", "Dario", "Nikolai"]
FIRST_F = ["Ana", "Miriam", "Leila", "Ingrid", "Sofia", "Amara", "Clara", "Yasmin", "Helena", "Nadia", "Beatriz", "Akosua", "Marta", "Irena"]
LAST = ["Velkari", "Orandé", "Achebwe", "Ristovan", "Quellamo", "Tarrowen", "Benhallou", "Mwangore", "Szadowik", "Ferreiro",
        "Nakamuro", "Oyelaran", "Castrillo", "Lindqvar", "Haddaoui", "Ekwarin", "Pradanza", "Tumusiime", "Valdorno", "Kasimova"]
# A few real officials in office for the whole reference period (2023-03 … 2024-10), with their own country
REAL = [
    dict(name="Emmanuel Macron", g="m", title="pres", iso="FR", en_dem="French", dem_m="français", dem_f="française",
         en="France", fr="la France", fr_in="en France", fr_of="de la France"),
    dict(name="Narendra Modi", g="m", title="pm", iso="IN", en_dem="Indian", dem_m="indien", dem_f="indienne",
         en="India", fr="l'Inde", fr_in="en Inde", fr_of="de l'Inde"),
    dict(name="Antony Blinken", g="m", title="fm", iso="US", en_dem="U.S.", dem_m="américain", dem_f="américaine",
         en="the United States", fr="les États-Unis", fr_in="aux États-Unis", fr_of="des États-Unis",
         en_title="Secretary of State", fr_title="secrétaire d'État"),
    dict(name="Cyril Ramaphosa", g="m", title="pres", iso="ZA", en_dem="South African", dem_m="sud-africain",
         dem_f="sud-africaine", en="South Africa", fr="l'Afrique du Sud", fr_in="en Afrique du Sud", fr_of="de l'Afrique du Sud"),
    dict(name="Luiz Inácio Lula da Silva", g="m", title="pres", iso="BR", en_dem="Brazilian", dem_m="brésilien",
         dem_f="brésilienne", en="Brazil", fr="le Brésil", fr_in="au Brésil", fr_of="du Brésil"),
]

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ORD_EN = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
ORD_FR = ["1re", "2e", "3e", "4e", "5e", "6e", "7e", "8e", "9e", "10e"]


class Person:
    """An official: invented (a country of the list) or real."""
    last_surname = None
    def __init__(self, rnd, iso=None, title=None, real=None):
        if real:
            self.real, self.name, self.g, self.title, self.iso = True, real["name"], real["g"], real["title"], real["iso"]
            self.c = dict(iso=real["iso"], en=real["en"], dem=real["en_dem"], dem_m=real["dem_m"], dem_f=real["dem_f"],
                          fr=real["fr"], fr_in=real["fr_in"], fr_of=real["fr_of"])
            self.en_title = real.get("en_title", T[self.title]["en"])
            self.fr_title_override = real.get("fr_title")
        else:
            self.real, self.iso, self.title = False, iso, title
            self.g = rnd.choice("mf")
            last = rnd.choice([x for x in LAST if x != Person.last_surname])
            Person.last_surname = last
            self.name = rnd.choice(FIRST_M if self.g == "m" else FIRST_F) + " " + last
            self.c = C[iso]
            self.en_title = T[title]["en"]
            self.fr_title_override = None
            self.title_form = title
            # other ways of naming a foreign minister's office
            if title == "fm" and rnd.random() < 0.45:
                k = rnd.randrange(4)
                self.en_title = ["Minister of Foreign Affairs", "Minister for Foreign Affairs", "Foreign Secretary", "Minister of Foreign Affairs and International Cooperation"][k]
                self.fr_variant = ["chef", "coop", "etat", "exterieures"][k]
                self.title_form = "fm_" + self.fr_variant

    # EN forms -------------------------------------------------------------------------------------------------
    def en_subject(self, form):
        t, c = self.en_title, self.c
        if form == "demonym_title":
            return f"{c['dem']} {t} {self.name}"
        if form == "apposition":
            return f"{self.name}, {c['en']}'s {t.lower()},"
        if form == "title_of":
            return f"The {t.lower()} of {c['en']}, {self.name},"
        if form == "relative":
            return f"{c['dem']} {t} {self.name}, who took office last year,"
        raise ValueError(form)

    def en_object(self, form, other):
        c = self.c
        if form == "counterpart":
            return f"{other.pron_en()} {c['dem']} counterpart, {self.name},"
        if form == "demonym_title":
            return f"{c['dem']} {self.en_title} {self.name}"
        if form == "apposition":
            return f"{self.name}, the {self.en_title.lower()} of {c['en']},"
        raise ValueError(form)

    def pron_en(self):
        return "his" if self.g == "m" else "her"

    # FR forms -------------------------------------------------------------------------------------------------
    def fr_title(self, dem=True, art=True):
        """le ministre kényan des Affaires étrangères / la présidente kényane"""
        v = getattr(self, "fr_variant", None)
        if v == "chef":
            # « le chef de la diplomatie kényane »: the demonym agrees with « diplomatie »
            s = ("cheffe" if self.g == "f" else "chef") + " de la diplomatie" + (" " + self.c["dem_f"] if dem else "")
            return (("la " if self.g == "f" else "le ") + s) if art else s
        if self.fr_title_override:
            head, comp = self.fr_title_override, ""
        else:
            t = T[self.title]
            head, comp = (t["fr_m"] if self.g == "m" else t["fr_f"]), t["fr_comp"]
            if v == "coop": comp = "des Affaires étrangères et de la Coopération"
            elif v == "etat": head = head + " d'État, " + head
            elif v == "exterieures": comp = "des Relations extérieures"
        d = self.c["dem_m"] if self.g == "m" else self.c["dem_f"]
        s = head + (" " + d if dem else "") + (" " + comp if comp else "")
        if art:
            s = ("le " if self.g == "m" else "la ") + s
        return s

    def fr_subject(self, form):
        if form == "demonym_title":
            return cap(self.fr_title()) + ", " + self.name + ","
        if form == "apposition":
            return f"{self.name}, {self.fr_title(dem=False, art=False)} {self.c['fr_of']},"
        if form == "title_of":
            return cap(self.fr_title(dem=False)) + " " + self.c["fr_of"] + ", " + self.name + ","
        if form == "relative":
            return cap(self.fr_title()) + ", " + self.name + ", " + ("qui a pris ses fonctions l'an dernier,")
        raise ValueError(form)

    def fr_object(self, form, other):
        d = self.c["dem_m"] if self.g == "m" else self.c["dem_f"]
        if form == "counterpart":
            poss = "son" if self.g == "m" else "sa"
            return f"{poss} homologue {d}, {self.name},"
        if form == "demonym_title":
            return f"{self.fr_title()}, {self.name},"
        if form == "apposition":
            return f"{self.name}, {self.fr_title(dem=False, art=False)} {self.c['fr_of']},"
        raise ValueError(form)

    def fe(self, masc, fem):
        return masc if self.g == "m" else fem


def cap(s):
    return s[:1].upper() + s[1:]


def de(s):
    """French 'de' + article: de le → du, de les → des."""
    if s.startswith("le "): return "du " + s[3:]
    if s.startswith("les "): return "des " + s[4:]
    return "de " + s


# ---------------------------------------------------------------------------------------------------------------
# Dates: (form, EN text, FR text, ISO) relative to the reference date, past or future
def date_slot(rnd, ref, future, form=None):
    # A meeting announced with neither date nor place is no fact (an intention; the pack's and the dev set's
    # convention): announced meetings here always have a date.
    forms = ["abs_full", "abs_short", "weekday", "weekday_date", "ordinal"] + (["tomorrow", "next_month"] if future else ["yesterday", "today", "last_month", "abs_dernier", "none", "weekday_last"])
    form = form or rnd.choice(forms)
    if form == "none":
        return form, "", "", None
    if form in ("abs_full", "abs_short", "abs_dernier"):
        d = ref + dt.timedelta(days=rnd.randint(3, 40) * (1 if future else -1))
        if form == "abs_short" and d.year != ref.year:
            form = "abs_full"
        fr_day = "1er" if d.day == 1 else str(d.day)
        if form == "abs_full":
            en = rnd.choice([f"on {d.day} {EN_MONTHS[d.month-1]} {d.year}", f"on {EN_MONTHS[d.month-1]} {d.day}, {d.year}"])
            fr = f"le {fr_day} {FR_MONTHS[d.month-1]} {d.year}"
        elif form == "abs_short":
            en = rnd.choice([f"on {d.day} {EN_MONTHS[d.month-1]}", f"on {EN_MONTHS[d.month-1]} {d.day}"])
            fr = f"le {fr_day} {FR_MONTHS[d.month-1]}"
        else:
            if d.year != ref.year:
                return date_slot(rnd, ref, future, "abs_full")
            en = f"on {d.day} {EN_MONTHS[d.month-1]}"
            fr = f"le {fr_day} {FR_MONTHS[d.month-1]} dernier"
        return form, en, fr, d.isoformat()
    if form == "weekday":
        k = rnd.randint(2, 6)
        d = ref + dt.timedelta(days=k if future else -k)
        if future:
            return form, f"on {EN_DAYS[d.weekday()]}", f"{FR_DAYS[d.weekday()]} prochain", d.isoformat()
        return form, f"on {EN_DAYS[d.weekday()]}", FR_DAYS[d.weekday()], d.isoformat()
    if form == "weekday_date":
        # "on Tuesday, 12 March" / « le mardi 12 mars »
        d = ref + dt.timedelta(days=rnd.randint(3, 25) * (1 if future else -1))
        fr_day = "1er" if d.day == 1 else str(d.day)
        en = rnd.choice([f"on {EN_DAYS[d.weekday()]}, {d.day} {EN_MONTHS[d.month-1]}", f"on {EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month-1]} {d.day}"])
        return form, en, f"le {FR_DAYS[d.weekday()]} {fr_day} {FR_MONTHS[d.month-1]}", d.isoformat()
    if form == "ordinal":
        # "on 3rd May", "on May 3rd", "on the 3rd of May" / « le 3 mai courant » is rare: French takes « le 1er »
        d = ref + dt.timedelta(days=rnd.randint(3, 25) * (1 if future else -1))
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        en = rnd.choice([f"on {d.day}{suf} {EN_MONTHS[d.month-1]}", f"on {EN_MONTHS[d.month-1]} {d.day}{suf}", f"on the {d.day}{suf} of {EN_MONTHS[d.month-1]}"])
        fr_day = "1er" if d.day == 1 else str(d.day)
        return form, en, f"le {fr_day} {FR_MONTHS[d.month-1]} {d.year}", d.isoformat()
    if form == "weekday_last":
        # "last Tuesday" / « mardi dernier »
        k = rnd.randint(2, 6)
        d = ref - dt.timedelta(days=k)
        return form, f"last {EN_DAYS[d.weekday()]}", f"{FR_DAYS[d.weekday()]} dernier", d.isoformat()
    if form == "yesterday":
        return form, "yesterday", "hier", (ref - dt.timedelta(days=1)).isoformat()
    if form == "today":
        return form, "today", "aujourd'hui", ref.isoformat()
    if form == "tomorrow":
        return form, "tomorrow", "demain", (ref + dt.timedelta(days=1)).isoformat()
    if form == "last_month":
        d = ref.replace(day=1) - dt.timedelta(days=1)
        return form, "last month", "le mois dernier", f"{d.year}-{d.month:02d}"
    if form == "next_month":
        d = (ref.replace(day=28) + dt.timedelta(days=7))
        return form, "next month", "le mois prochain", f"{d.year}-{d.month:02d}"
    raise ValueError(form)


# ---------------------------------------------------------------------------------------------------------------
# Meeting verbs: key → kind, EN forms per tense (object follows), FR forms (m, f) per tense.
#   EN: past, perfect, headline (historic present), future.  "{O}" is the object (the other official).
#   FR: passé composé, présent (headline), futur.  "{O}" object.
MEET_VERBS = {
    # talks
    "met": ("talks", dict(past="met {O}", perfect="has met {O}", headline="meets {O}", future="will meet {O}"),
            dict(past=("a rencontré {O}",) * 2, headline=("rencontre {O}",) * 2, future=("rencontrera {O}",) * 2)),
    "met_with": ("talks", dict(past="met with {O}", perfect="has met with {O}", headline="meets with {O}", future="is scheduled to meet with {O}"),
                 dict(past=("s'est entretenu avec {O}", "s'est entretenue avec {O}"), headline=("s'entretient avec {O}",) * 2,
                      future=("s'entretiendra avec {O}",) * 2)),
    "held_talks": ("talks", dict(past="held talks with {O}", perfect="has held talks with {O}", headline="holds talks with {O}", future="will hold talks with {O}"),
                   dict(past=("a eu des entretiens avec {O}",) * 2, headline=("a des entretiens avec {O}",) * 2, future=("aura des entretiens avec {O}",) * 2)),
    "conferred": ("talks", dict(past="conferred with {O}", perfect="has conferred with {O}", headline="confers with {O}", future="will confer with {O}"),
                  dict(past=("a eu un entretien avec {O}",) * 2, headline=("a un entretien avec {O}",) * 2, future=("aura un entretien avec {O}",) * 2)),
    "bilateral_meeting": ("talks", dict(past="held a bilateral meeting with {O}", perfect="has held a bilateral meeting with {O}",
                                        headline="holds bilateral meeting with {O}", future="is to hold a bilateral meeting with {O}"),
                          dict(past=("a tenu une réunion bilatérale avec {O}",) * 2, headline=("tient une réunion bilatérale avec {O}",) * 2,
                               future=("tiendra une réunion bilatérale avec {O}",) * 2)),
    "working_lunch": ("talks", dict(past="had a working lunch with {O}", perfect="has had a working lunch with {O}", headline="lunches with {O}",
                                    future="will have a working lunch with {O}"),
                      dict(past=("a eu un déjeuner de travail avec {O}",) * 2, headline=("déjeune avec {O}",) * 2,
                           future=("aura un déjeuner de travail avec {O}",) * 2)),
    "received": ("talks", dict(past="received {O}", perfect="has received {O}", headline="receives {O}", future="will receive {O}"),
                 dict(past=("a reçu {O}",) * 2, headline=("reçoit {O}",) * 2, future=("recevra {O}",) * 2)),
    # phone calls
    "spoke_phone": ("phone_call", dict(past="spoke by telephone with {O}", perfect="has spoken by telephone with {O}",
                                       headline="speaks by phone with {O}", future="will speak by telephone with {O}"),
                    dict(past=("s'est entretenu par téléphone avec {O}", "s'est entretenue par téléphone avec {O}"),
                         headline=("s'entretient par téléphone avec {O}",) * 2, future=("s'entretiendra par téléphone avec {O}",) * 2)),
    "phone_call": ("phone_call", dict(past="had a phone call with {O}", perfect="has had a phone call with {O}",
                                      headline="holds phone call with {O}", future="will have a phone call with {O}"),
                   dict(past=("a eu un entretien téléphonique avec {O}",) * 2, headline=("a un entretien téléphonique avec {O}",) * 2,
                        future=("aura un entretien téléphonique avec {O}",) * 2)),
    "telephone_conversation": ("phone_call", dict(past="held a telephone conversation with {O}", perfect="has held a telephone conversation with {O}",
                                                  headline="holds telephone conversation with {O}", future="will hold a telephone conversation with {O}"),
                               dict(past=("a eu une conversation téléphonique avec {O}",) * 2, headline=("a une conversation téléphonique avec {O}",) * 2,
                                    future=("aura une conversation téléphonique avec {O}",) * 2)),
    "phoned": ("phone_call", dict(past="phoned {O}", perfect="has phoned {O}", headline="phones {O}", future="will phone {O}"),
               dict(past=("a téléphoné à {O}",) * 2, headline=("téléphone à {O}",) * 2, future=("téléphonera à {O}",) * 2)),
    "phone_exchange": ("phone_call", dict(past="spoke on the phone with {O}", perfect="has spoken on the phone with {O}",
                                          headline="talks on the phone with {O}", future="will speak on the phone with {O}"),
                       dict(past=("a eu un échange téléphonique avec {O}",) * 2, headline=("a un échange téléphonique avec {O}",) * 2,
                            future=("aura un échange téléphonique avec {O}",) * 2)),
    # video
    "videoconference": ("videoconference", dict(past="held a videoconference with {O}", perfect="has held a videoconference with {O}",
                                                headline="holds videoconference with {O}", future="will hold a videoconference with {O}"),
                        dict(past=("a tenu une visioconférence avec {O}",) * 2, headline=("tient une visioconférence avec {O}",) * 2,
                             future=("tiendra une visioconférence avec {O}",) * 2)),
    "video_call": ("videoconference", dict(past="held a video call with {O}", perfect="has held a video call with {O}",
                                           headline="holds video call with {O}", future="will hold a video call with {O}"),
                   dict(past=("s'est entretenu par visioconférence avec {O}", "s'est entretenue par visioconférence avec {O}"),
                        headline=("s'entretient par visioconférence avec {O}",) * 2, future=("s'entretiendra par visioconférence avec {O}",) * 2)),
    "met_virtually": ("videoconference", dict(past="met virtually with {O}", perfect="has met virtually with {O}",
                                              headline="meets virtually with {O}", future="will meet virtually with {O}"),
                      dict(past=("a eu un entretien en visioconférence avec {O}",) * 2, headline=("a un entretien en visioconférence avec {O}",) * 2,
                           future=("aura un entretien en visioconférence avec {O}",) * 2)),
    "video_link": ("videoconference", dict(past="spoke via video link with {O}", perfect="has spoken via video link with {O}",
                                           headline="speaks via video link with {O}", future="will speak via video link with {O}"),
                   dict(past=("a eu un échange par vidéoconférence avec {O}",) * 2, headline=("a un échange par vidéoconférence avec {O}",) * 2,
                        future=("aura un échange par vidéoconférence avec {O}",) * 2)),
}

# The same verbs with a coordinated subject ("X and Y met", « X et Y se sont rencontrés »): EN, FR; None where the
# verb does not take one
COORD_VERBS = {
    "met": ("met", "se sont rencontrés"), "met_with": ("met", "se sont entretenus"), "held_talks": ("held talks", "ont eu des entretiens"),
    "conferred": ("conferred", "ont eu un entretien"), "bilateral_meeting": ("held a bilateral meeting", "ont tenu une réunion bilatérale"),
    "working_lunch": ("had a working lunch", "ont eu un déjeuner de travail"), "received": (None, None),
    "spoke_phone": ("spoke by telephone", "se sont entretenus par téléphone"), "phone_call": ("had a phone call", "ont eu un entretien téléphonique"),
    "telephone_conversation": ("held a telephone conversation", "ont eu une conversation téléphonique"), "phoned": (None, "se sont téléphoné"),
    "phone_exchange": ("spoke on the phone", "ont eu un échange téléphonique"), "videoconference": ("held a videoconference", "ont tenu une visioconférence"),
    "video_call": ("held a video call", "se sont entretenus par visioconférence"),
    "met_virtually": ("met virtually", "ont eu un entretien en visioconférence"),
    "video_link": ("spoke via video link", "ont eu un échange par vidéoconférence"),
}

# Visit verbs: "{P}" = the place (country or city) with its preposition already in FR.
VISIT_VERBS = {
    "official_visit": (dict(past="paid an official visit to {P}", perfect="has paid an official visit to {P}", headline="pays official visit to {P}",
                            future="will pay an official visit to {P}"),
                       dict(past=("a effectué une visite officielle {P}",) * 2, headline=("effectue une visite officielle {P}",) * 2,
                            future=("effectuera une visite officielle {P}",) * 2)),
    "visited": (dict(past="visited {P}", perfect="has visited {P}", headline="visits {P}", future="will visit {P}"),
                dict(past=("s'est rendu {P}", "s'est rendue {P}"), headline=("se rend {P}",) * 2, future=("se rendra {P}",) * 2)),
    "travelled": (dict(past="travelled to {P}", perfect="has travelled to {P}", headline="travels to {P}", future="will travel to {P}"),
                  dict(past=("a voyagé {P}",) * 2, headline=("voyage {P}",) * 2, future=("voyagera {P}",) * 2)),
    "state_visit": (dict(past="made a state visit to {P}", perfect="has made a state visit to {P}", headline="makes state visit to {P}",
                         future="will make a state visit to {P}"),
                    dict(past=("a effectué une visite d'État {P}",) * 2, headline=("effectue une visite d'État {P}",) * 2,
                         future=("effectuera une visite d'État {P}",) * 2)),
    "working_visit": (dict(past="was on a working visit to {P}", perfect="has been on a working visit to {P}", headline="on working visit to {P}",
                           future="is due to make a working visit to {P}"),
                      dict(past=("était en visite de travail {P}",) * 2, headline=("en visite de travail {P}",) * 2,
                           future=("sera en visite de travail {P}",) * 2)),
    "began_visit": (dict(past="began a three-day visit to {P}", perfect="has begun a three-day visit to {P}", headline="begins three-day visit to {P}",
                         future="will begin a three-day visit to {P}"),
                    dict(past=("a entamé une visite de trois jours {P}",) * 2, headline=("entame une visite de trois jours {P}",) * 2,
                         future=("entamera une visite de trois jours {P}",) * 2)),
    "arrived": (dict(past="arrived in {P} for an official visit", perfect="has arrived in {P} for an official visit",
                     headline="arrives in {P} for official visit", future="is expected in {P} for an official visit"),
                dict(past=("est arrivé {P} pour une visite officielle", "est arrivée {P} pour une visite officielle"),
                     headline=("arrive {P} pour une visite officielle",) * 2,
                     future=("est attendu {P} pour une visite officielle", "est attendue {P} pour une visite officielle"))),
}

# Agreement instruments: key → kind, EN noun phrase, FR noun phrase, FR gender
INSTRUMENTS = {
    "mou": ("memorandum", "a memorandum of understanding", "un mémorandum d'entente", "m"),
    "mou_acr": ("memorandum", "an MoU", "un protocole d'accord", "m"),
    "memo_coop": ("memorandum", "a memorandum of cooperation", "un mémorandum de coopération", "m"),
    "agreement": ("agreement", "an agreement", "un accord", "m"),
    "deal": ("agreement", "a deal", "un accord-cadre", "m"),
    "protocol": ("protocol", "a protocol", "un protocole", "m"),
    "roadmap": ("roadmap", "a roadmap", "une feuille de route", "f"),
    "joint_statement": ("joint_communique", "a joint statement", "une déclaration conjointe", "f"),
    "joint_declaration": ("joint_communique", "a joint declaration", "une déclaration commune", "f"),
    "joint_communique": ("joint_communique", "a joint communiqué", "un communiqué conjoint", "m"),
    "treaty": ("treaty", "a treaty", "un traité", "m"),
    "convention": ("convention", "a convention", "une convention", "f"),
    "action_plan": ("action_plan", "an action plan", "un plan d'action", "m"),
    "charter": ("charter", "a charter", "une charte", "f"),
}
DOMAINS = [("on fisheries cooperation", "dans le domaine de la pêche"),
           ("on visa exemption for diplomatic passports", "sur l'exemption de visas pour les passeports diplomatiques"),
           ("on the reciprocal protection of investments", "sur la protection réciproque des investissements"),
           ("on cooperation in higher education", "de coopération dans l'enseignement supérieur"),
           ("on maritime transport", "sur le transport maritime"),
           ("on the avoidance of double taxation", "en vue d'éviter la double imposition"),
           ("on renewable energy", "sur les énergies renouvelables"),
           ("on cultural exchanges", "sur les échanges culturels")]
FIELDS = [("tourism", "le tourisme"), ("fisheries", "la pêche"), ("health", "la santé"), ("culture", "la culture"),
          ("transport", "les transports"), ("energy", "l'énergie"), ("agriculture", "l'agriculture"),
          ("education", "l'éducation"), ("customs", "les douanes"), ("sport", "le sport")]
# Agreement verbs: key → status, EN (past, perfect, headline, future), FR (past, headline, future); {X} = instrument
AGR_VERBS = {
    "signed": ("signed", dict(past="signed {X}", perfect="have signed {X}", headline="sign {X}", future="will sign {X}"),
               dict(past="ont signé {X}", headline="signent {X}", future="signeront {X}")),
    "inked": ("signed", dict(past="inked {X}", perfect="have inked {X}", headline="ink {X}", future="are set to ink {X}"),
              dict(past="ont apposé leur signature sur {X}", headline="apposent leur signature sur {X}", future="apposeront leur signature sur {X}")),
    "concluded": ("adopted", dict(past="concluded {X}", perfect="have concluded {X}", headline="conclude {X}", future="are expected to conclude {X}"),
                  dict(past="ont conclu {X}", headline="concluent {X}", future="concluront {X}")),
    "adopted": ("adopted", dict(past="adopted {X}", perfect="have adopted {X}", headline="adopt {X}", future="will adopt {X}"),
                dict(past="ont adopté {X}", headline="adoptent {X}", future="adopteront {X}")),
    "agreed_on": ("adopted", dict(past="agreed on {X}", perfect="have agreed on {X}", headline="agree on {X}", future="are to agree on {X}"),
                  dict(past="se sont entendus sur {X}", headline="s'entendent sur {X}", future="s'entendront sur {X}")),
    "finalised": ("adopted", dict(past="finalised {X}", perfect="have finalised {X}", headline="finalise {X}", future="plan to finalise {X}"),
                  dict(past="ont finalisé {X}", headline="finalisent {X}", future="finaliseront {X}")),
    "exchanged": ("signed", dict(past="exchanged {X}", perfect="have exchanged {X}", headline="exchange {X}", future="will exchange {X}"),
                  dict(past="ont échangé {X}", headline="échangent {X}", future="échangeront {X}")),
}

# Who signs (subject of the active) and who by (agent of the passive), per language and subject form:
# f(country a, country b, official a, official b) -> text
AGR_PARTIES = {
    "en": {
        "countries": (lambda ca, cb, pa, pb: f"{ca['en']} and {cb['en']}", lambda ca, cb, pa, pb: f"between {ca['en']} and {cb['en']}"),
        "capitals": (lambda ca, cb, pa, pb: f"{ca['cap']} and {cb['cap']}", lambda ca, cb, pa, pb: f"between {ca['cap']} and {cb['cap']}"),
        "ministers": (lambda ca, cb, pa, pb: f"{pa.en_subject('demonym_title')} and {pb.en_object('demonym_title', pa)}",
                      lambda ca, cb, pa, pb: f"by {pa.en_subject('demonym_title')} and {pb.en_object('demonym_title', pa)}"),
        "counterpart": (lambda ca, cb, pa, pb: f"{pa.en_subject('demonym_title')} and {pb.en_object('counterpart', pa)},",
                        lambda ca, cb, pa, pb: f"by {pa.en_subject('demonym_title')} and {pb.en_object('counterpart', pa)}"),
        "demonym_governments": (lambda ca, cb, pa, pb: f"The {ca['dem']} and {cb['dem']} governments",
                                lambda ca, cb, pa, pb: f"by the {ca['dem']} and {cb['dem']} governments"),
    },
    "fr": {
        "countries": (lambda ca, cb, pa, pb: f"{ca['fr']} et {cb['fr']}", lambda ca, cb, pa, pb: f"entre {ca['fr']} et {cb['fr']}"),
        "capitals": (lambda ca, cb, pa, pb: f"{ca['cap_fr']} et {cb['cap_fr']}", lambda ca, cb, pa, pb: f"entre {ca['cap_fr']} et {cb['cap_fr']}"),
        "ministers": (lambda ca, cb, pa, pb: f"{pa.fr_title()}, {pa.name}, et {pb.fr_title()}, {pb.name},",
                      lambda ca, cb, pa, pb: f"par {pa.fr_title()}, {pa.name}, et {pb.fr_title()}, {pb.name}"),
        "counterpart": (lambda ca, cb, pa, pb: f"{pa.fr_title()}, {pa.name}, et {pb.fr_object('counterpart', pa)},",
                        lambda ca, cb, pa, pb: f"par {pa.fr_title()}, {pa.name}, et {pb.fr_object('counterpart', pa)}"),
        "demonym_governments": (lambda ca, cb, pa, pb: f"Les gouvernements {de(ca['fr'])} et {de(cb['fr'])}",
                                lambda ca, cb, pa, pb: f"par les gouvernements {de(ca['fr'])} et {de(cb['fr'])}"),
    },
}
# The participle of each agreement verb in the passive (EN, FR masculine)
AGR_PARTICIPLES = {"signed": ("signed", "signé"), "inked": ("signed", "signé"), "concluded": ("concluded", "conclu"),
                   "adopted": ("adopted", "adopté"), "agreed_on": ("agreed", "approuvé"), "finalised": ("finalised", "finalisé"),
                   "exchanged": ("exchanged", "échangé")}


# ---------------------------------------------------------------------------------------------------------------
FILLERS_EN = ["The two sides reviewed cooperation in trade, energy and education.",
              "They also exchanged views on regional and international issues.",
              "Both sides stressed their wish to deepen economic ties.",
              "The discussions focused on investment, agriculture and digital cooperation.",
              "Officials described the atmosphere as cordial and constructive."]
FILLERS_FR = ["Les deux parties ont passé en revue la coopération dans les domaines du commerce et de l'énergie.",
              "Elles ont également échangé leurs vues sur les questions régionales et internationales.",
              "Les deux responsables ont souligné leur volonté de renforcer les liens économiques.",
              "Les discussions ont porté sur l'investissement, l'agriculture et le numérique.",
              "L'atmosphère a été qualifiée de cordiale et constructive."]
HEADLINES_EN = ["Diplomatic diary", "Foreign affairs in brief", "{A} and {B}: bilateral relations", "News from the ministry", "Cooperation between {A} and {B}"]
HEADLINES_FR = ["Agenda diplomatique", "Relations extérieures en bref", "{A} et {B} : relations bilatérales", "Actualités du ministère", "Coopération entre {A} et {B}"]


def pick_pair(rnd):
    a, b = rnd.sample(list(C), 2)
    return a, b


def sorted_iso(*xs):
    return sorted(set(xs))


class Doc:
    def __init__(self, lang, ref):
        self.lang, self.ref, self.sentences, self.facts, self.cell = lang, ref, [], [], {}


def same_title_pair(rnd, real_ok=True):
    """Two officials of two countries, same office (so 'counterpart' reads right)."""
    a, b = pick_pair(rnd)
    title = rnd.choice(list(T))
    if real_ok and rnd.random() < 0.12:
        r = rnd.choice(REAL)
        pa = Person(rnd, real=r)
        title = r["title"]
    else:
        pa = Person(rnd, a, title)
    pb = Person(rnd, b, title)
    return pa, pb


def place_phrase(lang, c, city_kind):
    """(text, location EN or None). city_kind: capital | second | country"""
    if city_kind == "capital":
        return (f"in {c['cap']}" if lang == "en" else f"à {c['cap_fr']}"), c["cap"]
    if city_kind == "second":
        return (f"in {c['city2']}" if lang == "en" else f"à {c['city2_fr']}"), c["city2"]
    return "", None


def join_clauses(*parts):
    return " ".join(p for p in parts if p)


def tidy(s):
    """Commas of an apposition that ends the sentence or meets another comma."""
    import re
    s = re.sub(r",\s*,", ",", s)
    s = re.sub(r",(\s*[.?])$", r"\1", s)
    s = re.sub(r",(\s+(?:in|on|at|à|le|lors|avant|before|during|yesterday|today|tomorrow|hier|demain|aujourd'hui|last|next|\w+day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)", r"\1", s) if False else s
    return s

def close(s):
    """A generated clause as a sentence: doubled commas folded, a trailing comma dropped, a full stop, a capital."""
    s = s.replace(", ,", ",").replace(",,", ",").replace(" ,", ",").rstrip(",") + "."
    return s[0].upper() + s[1:]


def meeting_fields(kind, countries, diso=None, loc=None):
    """The gold fields of a Meeting: kind, countries, and the date and location where the text gives them."""
    fields = dict(kind=kind, countries=countries)
    if diso: fields["date"] = diso
    if loc: fields["location"] = loc
    return fields


def fronted(lang, order, subj, vp, place, dtext):
    """Subject, verb phrase, place and date in the cell's order: the date or the place fronted before the subject
    (« Lundi, le ministre … »), else plain. Returns the clause and the order it really took."""
    def lower_article(subj, strict):
        if subj.split()[0] in ("Le", "La") and not (strict and subj[0:2].isupper()):
            return subj[0].lower() + subj[1:]
        return subj
    if order == "fronted_date" and dtext:
        if lang == "en":
            s = f"{cap(dtext[3:] if dtext.startswith('on ') else dtext)}, {subj} {vp} {place}".strip()
            return ("On " + s if dtext.startswith("on ") else s), order
        return f"{cap(dtext)}, {lower_article(subj, True)} {vp} {place}".strip(), order
    if order == "fronted_place" and place:
        return f"{cap(place)}, {subj if lang == 'en' else lower_article(subj, False)} {vp} {dtext}".strip(), order
    return join_clauses(subj, vp, place, dtext), "plain"


# ---- Meetings: a person-to-person verb (talks, phone, video) ------------------------------------------------
def gen_meeting_verb(rnd, lang, ref, key=None):
    key = key or rnd.choice(list(MEET_VERBS))
    kind, en_forms, fr_forms = MEET_VERBS[key]
    tense = rnd.choice(["past", "past", "perfect", "headline", "future"]) if lang == "en" else rnd.choice(["past", "past", "headline", "future"])
    future = tense == "future"
    pa, pb = same_title_pair(rnd)
    subj_form = rnd.choice(["demonym_title", "apposition", "title_of", "relative", "coordinated"])
    if pa.real and subj_form in ("apposition", "title_of", "relative"):
        subj_form = "demonym_title"
    obj_form = rnd.choice(["counterpart", "demonym_title", "apposition"])
    order = rnd.choice(["plain", "fronted_date", "fronted_place", "plain"])
    insertion = rnd.choice(["none", "none", "date", "place_date"])
    # where: a phone call or video call has no place; else a city of either country
    host = rnd.choice([pa, pb])
    city_kind = "none" if kind in ("phone_call", "videoconference") else rnd.choice(["capital", "second", "none"])
    place, loc = place_phrase(lang, host.c, city_kind) if city_kind != "none" and not host.real else ("", None)
    dform, den, dfr, diso = date_slot(rnd, ref, future)
    if (tense == "perfect" or (tense == "headline" and lang == "en")) and dform not in ("none", "today"):
        dform, den, dfr, diso = "none", "", "", None
    if tense == "headline" and dform == "weekday":
        # a bare weekday with a present verb reads forward as well as back: no gold date can be given
        dform, den, dfr, diso = date_slot(rnd, ref, False, "yesterday")
    dtext = den if lang == "en" else dfr
    en = lang == "en"
    vp_coord = COORD_VERBS[key][0 if en else 1] if subj_form == "coordinated" else None
    if subj_form == "coordinated" and vp_coord is None:
        subj_form = "demonym_title"
    if subj_form == "coordinated":
        tense = "past"; future = False
        if dform in ("none",) or diso is None or diso > ref.isoformat():
            dform, den, dfr, diso = date_slot(rnd, ref, False)
            dtext = den if en else dfr
        subj = (f"{pa.en_subject('demonym_title')} and {pb.en_object('demonym_title', pa)}" if en
                else cap(f"{pa.fr_title()}, {pa.name}, et {pb.fr_title()}, {pb.name},"))
        vp = vp_coord
    else:
        if en:
            subj = pa.en_subject(subj_form) if not pa.real else f"{pa.c['dem']} {pa.en_title} {pa.name}"
            obj, vp = pb.en_object(obj_form, pa), en_forms[tense]
            slot = "with {O}" if "with {O}" in vp else None
        else:
            subj = pa.fr_subject(subj_form)
            obj, vp = pb.fr_object(obj_form, pa), fr_forms[tense][0 if pa.g == "m" else 1]
            slot = ("avec {O}" if "avec {O}" in vp else "{O}") if vp.index("{O}") > 0 else None
        if insertion != "none" and slot:
            # the adverbials before the object: "met on Tuesday in Lima with …", « a reçu lundi à Rabat son homologue »
            ins = dtext if insertion == "date" else (join_clauses(place, dtext) if en else join_clauses(dtext, place))
            if ins and order == "plain":
                vp = vp.replace(slot, ins + " " + slot)
                if insertion == "date": dtext = ""
                else: dtext, place = "", ""
            else:
                insertion = "none"
        else:
            insertion = "none"
        vp = vp.replace("{O}", obj)
    s, order = fronted(lang, order, subj, vp, place, dtext)
    s = close(s)
    fields = meeting_fields(kind, sorted_iso(pa.iso, pb.iso), diso, loc)
    cell = dict(construction="meeting_verb", kind=kind, word=key, tense=tense, voice="active", subject=subj_form,
                object=obj_form if subj_form != "coordinated" else "-", order=order, insertion=insertion, date_form=dform,
                place=city_kind, real=str(pa.real), title_form=getattr(pa, "title_form", "real"),
                object_title_form=getattr(pb, "title_form", "real"))
    return s, [("Meeting", fields)], cell, (pa, pb)


# ---- Meetings: passive / reception ----------------------------------------------------------------------------
def gen_meeting_passive(rnd, lang, ref):
    pa, pb = same_title_pair(rnd, real_ok=False)
    dform, den, dfr, diso = date_slot(rnd, ref, False)
    variant = rnd.choice(["received_by", "talks_held", "call_took_place", "visitor_received"])
    city_kind = rnd.choice(["capital", "second", "none"]) if variant != "call_took_place" else "none"
    place, loc = place_phrase(lang, pb.c, city_kind)
    kind = "phone_call" if variant == "call_took_place" else "talks"
    if lang == "en":
        if variant == "received_by":
            s = join_clauses(pa.en_subject("demonym_title"), "was received by", pb.en_object("demonym_title", pa), place, den)
        elif variant == "visitor_received":
            s = join_clauses(pa.en_subject("demonym_title"), "was welcomed by", pb.en_object("counterpart", pa), place, den)
        elif variant == "talks_held":
            s = join_clauses("Talks were held", place, den, "between", pa.en_subject("demonym_title"), "and", pb.en_object("demonym_title", pa))
        else:
            s = join_clauses("A telephone conversation took place", den, "between", pa.en_subject("demonym_title"), "and", pb.en_object("demonym_title", pa))
    else:
        if variant == "received_by":
            s = join_clauses(pa.fr_subject("demonym_title"), pa.fe("a été reçu par", "a été reçue par"), pb.fr_object("demonym_title", pa), place, dfr)
        elif variant == "visitor_received":
            s = join_clauses(pa.fr_subject("demonym_title"), pa.fe("a été accueilli par", "a été accueillie par"), pb.fr_object("counterpart", pa), place, dfr)
        elif variant == "talks_held":
            s = join_clauses("Des entretiens se sont tenus", place, dfr, "entre", pa.fr_title(), pa.name, "et", pb.fr_title() + ",", pb.name)
        else:
            s = join_clauses("Un entretien téléphonique a eu lieu", dfr, "entre", pa.fr_title(), pa.name, "et", pb.fr_title() + ",", pb.name)
    s = close(s)
    fields = meeting_fields(kind, sorted_iso(pa.iso, pb.iso), diso, loc)
    cell = dict(construction="meeting_passive", kind=kind, word=variant, tense="past", voice="passive", subject="demonym_title",
                object="-", order="plain", insertion="none", date_form=dform, place=city_kind, real="False")
    return s, [("Meeting", fields)], cell, (pa, pb)


# ---- Visits ------------------------------------------------------------------------------------------------------
def gen_visit(rnd, lang, ref):
    key = rnd.choice(list(VISIT_VERBS))
    en_forms, fr_forms = VISIT_VERBS[key]
    tense = rnd.choice(["past", "past", "perfect", "headline", "future"]) if lang == "en" else rnd.choice(["past", "past", "headline", "future"])
    future = tense == "future"
    a, b = pick_pair(rnd)
    if rnd.random() < 0.15:
        pa = Person(rnd, real=rnd.choice(REAL))
    else:
        pa = Person(rnd, a, rnd.choice(list(T)))
    cb = C[b]
    subj_form = rnd.choice(["demonym_title", "apposition", "title_of", "relative"])
    if pa.real: subj_form = "demonym_title"
    target = "city" if key == "arrived" else rnd.choice(["country", "country", "capital", "second"])
    loc = None
    if lang == "en":
        if target == "country": P = cb["en"]
        elif target == "capital": P, loc = cb["cap"], cb["cap"]
        else: P, loc = cb["city2"], cb["city2"]
        if key == "arrived":
            target = rnd.choice(["capital", "second"]); P = loc = cb["cap"] if target == "capital" else cb["city2"]
        # a city not known as the country's: add the country ("Mombasa, Kenya")
        if target == "second" and key != "arrived": P = f"{P}, {cb['en']}"
    else:
        if target == "country": P = cb["fr_in"]
        elif target == "capital": P, loc = "à " + cb["cap_fr"], cb["cap"]
        else: P, loc = "à " + cb["city2_fr"] + ", " + cb["fr_in"], cb["city2"]
        if key == "arrived":
            target = rnd.choice(["capital", "second"]); P = "à " + (cb["cap_fr"] if target == "capital" else cb["city2_fr"])
            loc = cb["cap"] if target == "capital" else cb["city2"]
    dform, den, dfr, diso = date_slot(rnd, ref, future)
    if (tense == "perfect" or (tense == "headline" and lang == "en")) and dform not in ("none", "today"):
        dform, den, dfr, diso = "none", "", "", None
    order = rnd.choice(["plain", "plain", "fronted_date"])
    if lang == "en":
        subj = pa.en_subject(subj_form) if not pa.real else f"{pa.c['dem']} {pa.en_title} {pa.name}"
        vp = en_forms[tense].replace("{P}", P)
        if order == "fronted_date" and den:
            s = f"{cap(den)}, {subj} {vp}"
        else:
            order = "plain"; s = join_clauses(subj, vp, den)
    else:
        subj = pa.fr_subject(subj_form) if not pa.real else cap(pa.fr_title()) + ", " + pa.name + ","
        vp = fr_forms[tense][0 if pa.g == "m" else 1].replace("{P}", P)
        if order == "fronted_date" and dfr:
            s = f"{cap(dfr)}, {subj[0].lower() + subj[1:] if subj.split()[0] in ('Le', 'La') else subj} {vp}"
        else:
            order = "plain"; s = join_clauses(subj, vp, dfr)
    s = close(s)
    fields = meeting_fields("visit", sorted_iso(pa.iso, b), diso, loc)
    cell = dict(construction="visit", kind="visit", word=key, tense=tense, voice="active", subject=subj_form, object=target,
                order=order, insertion="none", date_form=dform, place=target, real=str(pa.real))
    return s, [("Meeting", fields)], cell, (pa, Person(rnd, b, "fm"))


# ---- Summits, conferences, consultations, joint commissions: the variants of each kind, the officials each names
# (offices of country a, b), and a template per variant (EN, FR) that gives the clauses before place and date.
NOUN_VARIANTS = {"summit": ["summit_held", "leaders_held_summit", "attended_summit"],
                 "conference": ["took_part", "attended_forum", "addressed"],
                 "consultations": ["ministries_held", "round_of", "strategic_dialogue"],
                 "joint_commission": ["commission_session", "cochaired", "intergovernmental"]}
NOUN_PEOPLE = {"attended_summit": ("pres",), "round_of": ("dfm", "dfm"), "cochaired": ("fm", "fm")}
CONF_TOPICS = [("on ocean protection", "sur la protection des océans"), ("on food security", "sur la sécurité alimentaire"),
               ("on water resources", "sur les ressources en eau"), ("on migration", "sur les migrations")]


def _bare(c):
    return c["en"].replace("the ", "")


def _fr_pair(pa, pb):
    return cap(pa.fr_title()) + ", " + pa.name + ", et " + pb.fr_title() + ", " + pb.name + ","


def _when(x, past, future):
    return future if x["future"] else past


NOUN_TEMPLATES = {
    "summit_held": (
        lambda x: [f"The {ORD_EN[x['n']-1]} {_bare(x['ca'])}-{_bare(x['cb'])} summit", _when(x, "took place", "will take place")],
        lambda x: [f"Le {ORD_FR[x['n']-1]} sommet entre {x['ca']['fr']} et {x['cb']['fr']}", _when(x, "s'est tenu", "se tiendra")]),
    "leaders_held_summit": (
        lambda x: [f"The leaders of {x['ca']['en']} and {x['cb']['en']}", _when(x, "held", "will hold"), "a bilateral summit"],
        lambda x: [f"Les dirigeants {de(x['ca']['fr'])} et {de(x['cb']['fr'])}", _when(x, "ont tenu", "tiendront"), "un sommet bilatéral"]),
    "attended_summit": (
        lambda x: [x["p"].en_subject("demonym_title"), _when(x, "attended", "will attend"), "the Pacific Rim Partnership summit"],
        lambda x: [x["p"].fr_subject("demonym_title"), _when(x, "a participé", "participera"), "au sommet du Partenariat du Pacifique"]),
    "took_part": (
        lambda x: [x["p"].en_subject("demonym_title"), _when(x, "took part in", "will take part in"), f"the international conference {x['topic'][0]}"],
        lambda x: [x["p"].fr_subject("demonym_title"),
                   _when(x, "a pris part à la conférence internationale ", "prendra part à la conférence internationale ") + x["topic"][1]]),
    "attended_forum": (
        lambda x: [x["p"].en_subject("demonym_title"), _when(x, "attended", "will attend"), f"the ministerial forum {x['topic'][0]}"],
        lambda x: [x["p"].fr_subject("demonym_title"), _when(x, "a participé au forum ministériel ", "participera au forum ministériel ") + x["topic"][1]]),
    "addressed": (
        lambda x: [x["p"].en_subject("demonym_title"), _when(x, "addressed", "will address"), f"the international conference {x['topic'][0]}"],
        lambda x: [x["p"].fr_subject("demonym_title"),
                   _when(x, x["p"].fe("est intervenu", "est intervenue"), "interviendra") + " devant la conférence internationale " + x["topic"][1]]),
    "ministries_held": (
        lambda x: [f"The foreign ministries of {x['ca']['en']} and {x['cb']['en']}", _when(x, "held", "will hold"), "political consultations"],
        lambda x: [f"Les ministères des Affaires étrangères {de(x['ca']['fr'])} et {de(x['cb']['fr'])}", _when(x, "ont tenu", "tiendront"),
                   "des consultations politiques"]),
    "round_of": (
        lambda x: [x["pa"].en_subject("demonym_title"), "and", x["pb"].en_object("demonym_title", x["pa"]), _when(x, "held", "will hold"),
                   f"a {ORD_EN[x['n']-1]} round of political consultations"],
        lambda x: [_fr_pair(x["pa"], x["pb"]), _when(x, "ont tenu", "tiendront"), f"le {ORD_FR[x['n']-1]} cycle de consultations politiques"]),
    "strategic_dialogue": (
        lambda x: [f"{x['ca']['en']} and {x['cb']['en']}", _when(x, "held", "will hold"), "their annual strategic dialogue"],
        lambda x: [f"{cap(x['ca']['fr'])} et {x['cb']['fr']}", _when(x, "ont tenu", "tiendront"), "leur dialogue stratégique annuel"]),
    "commission_session": (
        lambda x: [f"The {_bare(x['ca'])}-{_bare(x['cb'])} joint commission", _when(x, "held", "will hold"), f"its {ORD_EN[x['n']-1]} session"],
        lambda x: [f"La commission mixte de coopération entre {x['ca']['fr']} et {x['cb']['fr']}", _when(x, "a tenu", "tiendra"),
                   f"sa {ORD_FR[x['n']-1]} session"]),
    "cochaired": (
        lambda x: [x["pa"].en_subject("demonym_title"), "and", x["pb"].en_object("demonym_title", x["pa"]), _when(x, "co-chaired", "will co-chair"),
                   f"the {ORD_EN[x['n']-1]} session of the joint commission of cooperation between {x['ca']['en']} and {x['cb']['en']}"],
        lambda x: [_fr_pair(x["pa"], x["pb"]), _when(x, "ont coprésidé", "coprésideront"),
                   f"la {ORD_FR[x['n']-1]} session de la grande commission mixte {_bare(x['ca'])}-{_bare(x['cb'])}"]),
    "intergovernmental": (
        lambda x: [f"The {ORD_EN[x['n']-1]} meeting of the intergovernmental commission on trade and economic cooperation between "
                   f"{x['ca']['en']} and {x['cb']['en']}", _when(x, "was held", "will be held")],
        lambda x: [f"La {ORD_FR[x['n']-1]} réunion de la commission intergouvernementale de coopération économique entre {x['ca']['fr']} et "
                   f"{x['cb']['fr']}", _when(x, "s'est tenue", "se tiendra")]),
}


# ---- Summits, conferences, consultations, joint commissions (a noun of meeting as subject or object) -------
def gen_meeting_noun(rnd, lang, ref):
    kind = rnd.choice(["summit", "conference", "consultations", "joint_commission"])
    a, b = pick_pair(rnd)
    ca, cb = C[a], C[b]
    host = rnd.choice([ca, cb])
    city_kind = rnd.choice(["capital", "second"])
    place, loc = place_phrase(lang, host, city_kind)
    tense = rnd.choice(["past", "past", "future"])
    future = tense == "future"
    dform, den, dfr, diso = date_slot(rnd, ref, future)
    n = rnd.randint(1, 9)
    countries = sorted_iso(a, b)
    p = Person(rnd, a, rnd.choice(["fm", "trade", "energy"])) if kind == "conference" else None
    variant = rnd.choice(NOUN_VARIANTS[kind])
    topic = rnd.choice(CONF_TOPICS) if kind == "conference" else None
    people = [Person(rnd, iso, t) for iso, t in zip((a, b), NOUN_PEOPLE.get(variant, ()))]
    if variant == "attended_summit":
        p = people[0]
    pa, pb = (people + [None, None])[:2]
    if variant in ("attended_summit", "took_part", "attended_forum", "addressed"):
        countries = [a]
    x = dict(ca=ca, cb=cb, p=p, pa=pa, pb=pb, n=n, future=future, topic=topic)
    s = join_clauses(*NOUN_TEMPLATES[variant][0 if lang == "en" else 1](x), place, den if lang == "en" else dfr)
    s = close(s)
    fields = meeting_fields(kind, countries, diso, loc)
    cell = dict(construction="meeting_noun", kind=kind, word=variant, tense=tense, voice="active", subject="-", object="-",
                order="plain", insertion="none", date_form=dform, place=city_kind, real="False")
    return s, [("Meeting", fields)], cell, (Person(rnd, a, "fm"), Person(rnd, b, "fm"))


# ---- Agreements --------------------------------------------------------------------------------------------------
def gen_agreement(rnd, lang, ref):
    ikey = rnd.choice(list(INSTRUMENTS))
    kind, en_np, fr_np, gender = INSTRUMENTS[ikey]
    vkey = rnd.choice(list(AGR_VERBS))
    status, en_forms, fr_forms = AGR_VERBS[vkey]
    voice = rnd.choice(["active", "active", "passive"])
    tense = rnd.choice(["past", "past", "perfect", "headline", "future"]) if lang == "en" else rnd.choice(["past", "past", "headline", "future"])
    if voice == "passive": tense = rnd.choice(["past", "future"])
    future = tense == "future"
    if future: status = "planned"
    a, b = pick_pair(rnd)
    ca, cb = C[a], C[b]
    subj_form = rnd.choice(["countries", "capitals", "ministers", "counterpart", "demonym_governments"])
    pa, pb = Person(rnd, a, rnd.choice(["fm", "trade", "energy", "pm"])), None
    pb = Person(rnd, b, pa.title)
    dom = rnd.choice(DOMAINS)
    dform, den, dfr, diso = date_slot(rnd, ref, future)
    if (tense == "perfect" or (tense == "headline" and lang == "en")) and dform not in ("none", "today"):
        dform, den, dfr, diso = "none", "", "", None
    city_kind = rnd.choice(["capital", "second", "none"])
    place, _ = place_phrase(lang, rnd.choice([ca, cb]), city_kind)
    insertion = rnd.choice(["none", "none", "date_place"]) if voice == "active" else "none"
    en = lang == "en"
    X = f"{en_np} {dom[0]}" if en else f"{fr_np} {dom[1]}"
    dtext = den if en else dfr
    subj, agent = (f(ca, cb, pa, pb) for f in AGR_PARTIES[lang][subj_form])
    if voice == "active":
        vp = (en_forms if en else fr_forms)[tense]
        if insertion != "none" and (dtext or place):
            # EN puts the place before the date, FR the date before the place
            vp = vp.replace("{X}", (join_clauses(place, dtext) if en else join_clauses(dtext, place)) + " {X}")
            place, dtext = "", ""
        else:
            insertion = "none"
        s = join_clauses(cap(subj), vp.replace("{X}", X), place, dtext)
    else:
        part = AGR_PARTICIPLES[vkey][0] if en else AGR_PARTICIPLES[vkey][1] + ("e" if gender == "f" else "")
        aux = ("will be" if future else "was") if en else ("sera" if future else "a été")
        s = join_clauses(cap(X), aux, part, agent, place, dtext)
    s = close(s)
    fields = dict(kind=kind, status=status, parties=sorted_iso(a, b))
    if diso and status != "planned": fields["date"] = diso
    cell = dict(construction="agreement", kind=kind, word=vkey, instrument=ikey, tense=tense, voice=voice, subject=subj_form,
                object="-", order="plain", insertion=insertion, date_form=dform, place=city_kind, real="False")
    return s, [("Agreement", fields)], cell, (pa, pb)


# ---- Agreement states: ratified, entered into force ---------------------------------------------------------
def gen_agreement_state(rnd, lang, ref):
    ikey = rnd.choice(["agreement", "treaty", "convention", "protocol"])
    kind, en_np, fr_np, gender = INSTRUMENTS[ikey]
    a, b = pick_pair(rnd)
    ca, cb = C[a], C[b]
    dom = rnd.choice(DOMAINS)
    variant = rnd.choice(["entered_force", "will_enter_force", "ratified", "in_force_since"])
    future = variant == "will_enter_force"
    dform, den, dfr, diso = date_slot(rnd, ref, future, rnd.choice(["abs_full", "abs_short"]))
    e = "e" if gender == "f" else ""
    if lang == "en":
        the = "The " + en_np.split(" ", 1)[1]
        X = f"{the} {dom[0]} between {ca['en']} and {cb['en']}"
        if variant == "entered_force": s, status = f"{X} entered into force {den}", "in_force"
        elif variant == "will_enter_force": s, status = f"{X} will enter into force {den}", "entering_into_force"
        elif variant == "ratified":
            s, status = f"{cap(den[3:] if den.startswith('on ') else den)}, the parliament of {ca['en']} ratified the {en_np.split(' ', 1)[1]} {dom[0]} it had signed with {cb['en']}", "ratification"
            if den.startswith("on "): s = "On " + s
        else: s, status = f"{X} has been in force since {den[3:] if den.startswith('on ') else den}", "in_force"
    else:
        the = ("la " if gender == "f" else "le ") + fr_np.split(" ", 1)[1]
        X = f"{the} {dom[1]} entre {ca['fr']} et {cb['fr']}"
        if variant == "entered_force": s, status = f"{cap(X)} est entré{e} en vigueur {dfr}", "in_force"
        elif variant == "will_enter_force": s, status = f"{cap(X)} entrera en vigueur {dfr}", "entering_into_force"
        elif variant == "ratified":
            s, status = f"{cap(dfr)}, le parlement {de(ca['fr'])} a ratifié {the} {dom[1]} signé{e} avec {cb['fr']}", "ratification"
        else: s, status = f"{cap(X)} est en vigueur depuis {dfr[3:] if dfr.startswith('le ') else dfr}", "in_force"
    s = close(s)
    fields = dict(kind=kind, status=status, parties=sorted_iso(a, b))
    if diso: fields["date"] = diso
    cell = dict(construction="agreement_state", kind=kind, word=variant, instrument=ikey, tense="future" if future else "past",
                voice="active", subject="instrument", object="-", order="plain", insertion="none", date_form=dform, place="none", real="False")
    return s, [("Agreement", fields)], cell, (Person(rnd, a, "fm"), Person(rnd, b, "fm"))


# ---- Near misses: must give no fact -------------------------------------------------------------------------
def gen_near_miss(rnd, lang, ref):
    a, b = pick_pair(rnd)
    ca, cb = C[a], C[b]
    pa, pb = Person(rnd, a, "fm"), Person(rnd, b, "fm")
    ikey = rnd.choice(list(INSTRUMENTS))
    kind, en_np, fr_np, gender = INSTRUMENTS[ikey]
    dom = rnd.choice(DOMAINS)
    variant = rnd.choice(["negation_meet", "negation_sign", "invitation", "proposal", "institution", "hypothetical",
                          "question", "ceasefire_call", "generic", "not_yet_agreed", "invitation_accepted", "called_talks",
                          "letter", "message"])
    if lang == "en":
        s = {
            "negation_meet": f"{pa.en_subject('demonym_title')} did not meet {pb.en_object('demonym_title', pa)} contrary to earlier reports",
            "negation_sign": f"{ca['en']} and {cb['en']} did not sign {en_np} {dom[0]}, officials said",
            "invitation": f"{pa.en_subject('demonym_title')} invited {pb.en_object('counterpart', pa)}, to visit {ca['en']}",
            "proposal": f"{pa.en_subject('demonym_title')} proposed holding a summit between {ca['en']} and {cb['en']}",
            "institution": f"The secretariat of the {ca['en'].replace('the ', '')}-{cb['en'].replace('the ', '')} Joint Commission publishes an annual report on trade",
            "hypothetical": f"If relations improve, {pa.en_subject('demonym_title')} could travel to {cb['en']} and sign {en_np} {dom[0]}",
            "question": f"Will {pa.en_subject('demonym_title')} meet {pb.en_object('demonym_title', pa)} before the end of the year",
            "ceasefire_call": f"{pa.en_subject('demonym_title')} called for an immediate ceasefire and urged both sides to return to negotiations",
            "generic": f"Summits between {ca['en']} and {cb['en']} have been rare since the 1990s, and few agreements have followed them",
            "not_yet_agreed": f"{ca['en']} and {cb['en']} have yet to agree on {en_np} {dom[0]}, and no date has been set for new talks",
            "invitation_accepted": f"{pa.en_subject('demonym_title')} accepted an invitation to visit {cb['en']} at a date to be agreed",
            "called_talks": f"{pa.en_subject('demonym_title')} called for talks between {ca['en']} and {cb['en']} to ease tensions",
            "letter": f"{pa.en_subject('demonym_title')} sent a letter to {pb.en_object('counterpart', pa)} on cooperation in energy",
            "message": f"{pa.en_subject('demonym_title')} sent a message of condolences to {pb.en_object('demonym_title', pa)} after the floods",
        }[variant]
        s += "?" if variant == "question" else "."
    else:
        s = {
            "negation_meet": f"{pa.fr_subject('demonym_title')} n'a pas rencontré {pb.fr_object('demonym_title', pa)} contrairement à ce qu'avaient annoncé plusieurs médias",
            "negation_sign": f"{cap(ca['fr'])} et {cb['fr']} n'ont pas signé {fr_np} {dom[1]}, selon des responsables",
            "invitation": f"{pa.fr_subject('demonym_title')} a invité {pb.fr_object('counterpart', pa)}, à se rendre {ca['fr_in']}",
            "proposal": f"{pa.fr_subject('demonym_title')} a proposé la tenue d'un sommet entre {ca['fr']} et {cb['fr']}",
            "institution": f"Le secrétariat de la commission mixte {ca['en'].replace('the ', '')}-{cb['en'].replace('the ', '')} publie chaque année un rapport sur les échanges",
            "hypothetical": f"Si les relations s'améliorent, {pa.fr_subject('demonym_title')[0].lower() + pa.fr_subject('demonym_title')[1:]} pourrait se rendre {cb['fr_in']} et signer {fr_np} {dom[1]}",
            "question": f"{pa.fr_subject('demonym_title')} rencontrera-t-{pa.fe('il', 'elle')} {pb.fr_object('demonym_title', pa)} avant la fin de l'année",
            "ceasefire_call": f"{pa.fr_subject('demonym_title')} a appelé à un cessez-le-feu immédiat et exhorté les deux camps à reprendre les négociations",
            "generic": f"Les sommets entre {ca['fr']} et {cb['fr']} sont rares depuis les années 1990, et peu d'accords les ont suivis",
            "not_yet_agreed": f"{cap(ca['fr'])} et {cb['fr']} ne se sont toujours pas entendus sur {fr_np} {dom[1]}, et aucune date n'a été fixée pour de nouvelles discussions",
            "invitation_accepted": f"{pa.fr_subject('demonym_title')} a accepté l'invitation à se rendre {cb['fr_in']} à une date qui reste à fixer",
            "called_talks": f"{pa.fr_subject('demonym_title')} a appelé à des pourparlers entre {ca['fr']} et {cb['fr']} pour apaiser les tensions",
            "letter": f"{pa.fr_subject('demonym_title')} a adressé une lettre à {pb.fr_object('counterpart', pa)} sur la coopération énergétique",
            "message": f"{pa.fr_subject('demonym_title')} a adressé un message de condoléances à {pb.fr_object('demonym_title', pa)} après les inondations",
        }[variant]
        s = s.replace(",,", ",")
        s += " ?" if variant == "question" else "."
    s = s[0].upper() + s[1:]
    cell = dict(construction="near_miss", kind="-", word=variant, tense="-", voice="-", subject="-", object="-", order="-",
                insertion="-", date_form="-", place="-", real="False")
    return s, [], cell, (pa, pb)


# ---- More constructions: noun subjects, audiences, hosting, adverbs, signing as a noun, participles, plurals ----
def gen_extra(rnd, lang, ref):
    pa, pb = same_title_pair(rnd, real_ok=False)
    ca, cb = pa.c, pb.c
    variant = rnd.choice(["talks_took_place", "audience", "also_met", "hosted", "signing_noun", "participle", "plural_agreements",
                          "demonym_pair", "counterpart_from", "visit_noun", "wish_near"])
    future = False
    dform, den, dfr, diso = date_slot(rnd, ref, False, rnd.choice(["abs_full", "abs_short", "weekday", "yesterday"]))
    city_kind = rnd.choice(["capital", "second"])
    host = rnd.choice([pa, pb])
    place, loc = place_phrase(lang, host.c, city_kind)
    dom, dom2 = rnd.sample(DOMAINS, 2)
    ikey = rnd.choice(["mou", "agreement", "protocol", "convention", "roadmap", "action_plan"])
    kind, en_np, fr_np, gender = INSTRUMENTS[ikey]
    e = "e" if gender == "f" else ""
    facts = []
    M = lambda k, **kw: ("Meeting", dict(kind=k, countries=sorted_iso(pa.iso, pb.iso), **kw))
    when = dict(date=diso) if diso else {}
    where = dict(location=loc) if loc else {}
    if lang == "en":
        if variant == "talks_took_place":
            s = f"Talks between {pa.en_subject('demonym_title')} and {pb.en_object('demonym_title', pa)} took place {place} {den}"
            facts = [M("talks", **when, **where)]
        elif variant == "audience":
            s = f"{pa.en_subject('demonym_title')} granted an audience to {pb.en_object('demonym_title', pa)} {place} {den}"
            facts = [M("talks", **when, **where)]
        elif variant == "also_met":
            s = f"{pa.en_subject('demonym_title')} also met {pb.en_object('counterpart', pa)} {place} {den}"
            facts = [M("talks", **when, **where)]
        elif variant == "hosted":
            place, loc = place_phrase(lang, pa.c, city_kind); where = dict(location=loc)
            s = f"{pa.en_subject('demonym_title')} hosted {pb.en_object('counterpart', pa)} for talks {place} {den}"
            facts = [M("talks", **when, **where)]
        elif variant == "signing_noun":
            s = f"The signing of {en_np} {dom[0]} between {ca['en']} and {cb['en']} took place {place} {den}"
            facts = [("Agreement", dict(kind=kind, status="signed", parties=sorted_iso(pa.iso, pb.iso), date=diso))]
        elif variant == "participle":
            s = f"{cap('the ' + en_np.split(' ', 1)[1])} {dom[0]}, signed by {ca['en']} and {cb['en']} {den}, covers ports and shipping"
            facts = [("Agreement", dict(kind=kind, status="signed", parties=sorted_iso(pa.iso, pb.iso), date=diso))]
        elif variant == "plural_agreements":
            plural = {"mou": "memoranda of understanding", "agreement": "agreements", "protocol": "protocols", "convention": "conventions",
                      "roadmap": "roadmaps", "action_plan": "action plans"}[ikey]
            # three fields after one preposition: one instrument each (the dev set's convention)
            f3 = rnd.sample(FIELDS, 3)
            s = f"{ca['en']} and {cb['en']} signed {plural} on {f3[0][0]}, {f3[1][0]} and {f3[2][0]} {place} {den}"
            facts = [("Agreement", dict(kind=kind, status="signed", parties=sorted_iso(pa.iso, pb.iso), date=diso))] * 3
        elif variant == "demonym_pair":
            s = f"The {ca['dem']} and {cb['dem']} {T[pa.title]['en_lc']}s met {place} {den}" if pa.title != "trade" else \
                f"The {ca['dem']} and {cb['dem']} trade ministers met {place} {den}"
            facts = [M("talks", **when, **where)]
        elif variant == "counterpart_from":
            s = f"{pa.en_subject('demonym_title')} met {pb.name}, {pa.pron_en()} counterpart from {cb['en']}, {place} {den}"
            facts = [M("talks", **when, **where)]
        elif variant == "visit_noun":
            loc = None; where = {}
            s = f"The official visit of {pa.en_subject('demonym_title')} to {cb['en']} took place {den}"
            facts = [M("visit", **when)]
        else:
            s = f"{pa.en_subject('demonym_title')} said {pa.fe('he', 'she')} hoped to visit {cb['en']} one day"
            facts = []
    else:
        sa = pa.fr_subject("demonym_title")
        if variant == "talks_took_place":
            s = f"Des entretiens entre {pa.fr_title()}, {pa.name}, et {pb.fr_title()}, {pb.name}, ont eu lieu {place} {dfr}"
            facts = [M("talks", **when, **where)]
        elif variant == "audience":
            s = f"{sa} a accordé une audience à {pb.fr_object('demonym_title', pa)} {place} {dfr}".replace(" à le ", " au ")
            facts = [M("talks", **when, **where)]
        elif variant == "also_met":
            s = f"{sa} {pa.fe('s’est également entretenu', 's’est également entretenue')} avec {pb.fr_object('counterpart', pa)} {place} {dfr}".replace("’", "'")
            facts = [M("talks", **when, **where)]
        elif variant == "hosted":
            place, loc = place_phrase(lang, pa.c, city_kind); where = dict(location=loc)
            s = f"{sa} a accueilli {pb.fr_object('counterpart', pa)} pour des entretiens {place} {dfr}"
            facts = [M("talks", **when, **where)]
        elif variant == "signing_noun":
            d = "d'" + fr_np
            s = f"La signature {d} {dom[1]} entre {ca['fr']} et {cb['fr']} a eu lieu {place} {dfr}"
            facts = [("Agreement", dict(kind=kind, status="signed", parties=sorted_iso(pa.iso, pb.iso), date=diso))]
        elif variant == "participle":
            noun = fr_np.split(" ", 1)[1]
            the = ("L'" if noun[0] in "aeiouéè" else "La " if gender == "f" else "Le ") + noun
            s = f"{the} {dom[1]}, signé{e} par {ca['fr']} et {cb['fr']} {dfr}, porte aussi sur la coopération portuaire"
            facts = [("Agreement", dict(kind=kind, status="signed", parties=sorted_iso(pa.iso, pb.iso), date=diso))]
        elif variant == "plural_agreements":
            plural = {"mou": "des protocoles d'accord", "agreement": "des accords", "protocol": "des protocoles", "convention": "des conventions",
                      "roadmap": "des feuilles de route", "action_plan": "des plans d'action"}[ikey]
            f3 = rnd.sample(FIELDS, 3)
            s = f"{cap(ca['fr'])} et {cb['fr']} ont signé {plural} sur {f3[0][1]}, {f3[1][1]} et {f3[2][1]} {place} {dfr}"
            facts = [("Agreement", dict(kind=kind, status="signed", parties=sorted_iso(pa.iso, pb.iso), date=diso))] * 3
        elif variant == "demonym_pair":
            comp = T[pa.title]["fr_comp"]
            head = {"pres": "Les présidents", "pm": "Les Premiers ministres"}.get(pa.title, "Les " + T[pa.title]["fr_m"] + "s")
            s = f"{head} {ca['dem_m']} et {cb['dem_m']}{(' ' + comp) if comp else ''} se sont rencontrés {place} {dfr}"
            facts = [M("talks", **when, **where)]
        elif variant == "counterpart_from":
            s = f"{sa} a rencontré {pb.name}, {'son' if pb.g == 'm' else 'sa'} homologue {de(cb['fr']).replace('de ', 'de ')}, {place} {dfr}"
            facts = [M("talks", **when, **where)]
        elif variant == "visit_noun":
            loc = None; where = {}
            s = f"La visite officielle {de(pa.fr_title())}, {pa.name}, {cb['fr_in']} s'est déroulée {dfr}"
            facts = [M("visit", **when)]
        else:
            s = f"{sa} a dit espérer se rendre un jour {cb['fr_in']}"
            facts = []
    s = " ".join(s.split()).rstrip(",") + "."
    s = s[0].upper() + s[1:]
    out = []
    for t, f in facts:
        f = {k: v for k, v in f.items() if v is not None}
        if t == "Agreement" and "location" in f: f.pop("location")
        out.append((t, f))
    cell = dict(construction="extra" if facts else "near_miss", kind=(facts[0][1]["kind"] if facts else "-"), word=variant,
                tense="past", voice="active", subject="-", object="-", order="plain", insertion="none",
                date_form=dform, place=city_kind, real="False")
    return s, out, cell, (pa, pb)


GENERATORS = [(gen_meeting_verb, 9), (gen_meeting_passive, 2), (gen_visit, 5), (gen_meeting_noun, 5),
              (gen_agreement, 8), (gen_agreement_state, 2), (gen_near_miss, 5), (gen_extra, 8)]


def make_doc(rnd, lang, ref):
    """A document of the first grid: (text, gold facts, cell)."""
    gens = [g for g, w in GENERATORS for _ in range(w)]
    gen = rnd.choice(gens)
    sent, facts, cell, (pa, pb) = gen(rnd, lang, ref)
    sent = tidy(sent)
    facts = [(t, f) for t, f in facts]
    a_name = pa.c["en"] if lang == "en" else pa.c["fr"]
    b_name = pb.c["en"] if lang == "en" else pb.c["fr"]
    head = cap(rnd.choice(HEADLINES_EN if lang == "en" else HEADLINES_FR).format(A=a_name, B=b_name))
    fillers = rnd.sample(FILLERS_EN if lang == "en" else FILLERS_FR, rnd.randint(1, 2))
    if cell["construction"] == "near_miss":
        fillers = [("The ministry gave no further details." if lang == "en" else "Le ministère n'a pas donné d'autres détails.")]
    sentences = [sent] + fillers
    text = head + "\n\n" + " ".join(sentences) + "\n"
    gold = [dict(type=t, evidence=sent[:250] if len(sent) <= 250 else sent[:250], fields=f) for t, f in facts]
    return text, gold, cell


def generate(out, per_lang, seed, grid=1):
    make = make_doc
    prefix = "cl"
    if grid == 2:
        import checklist_grid2
        make, prefix = checklist_grid2.make_doc, "cl24"
    rnd = random.Random(seed)
    os.makedirs(os.path.join(out, "docs"), exist_ok=True)
    index, gold = [], []
    start = dt.date(2023, 3, 1)
    for lang in ("en", "fr"):
        for i in range(1, per_lang + 1):
            ref = start + dt.timedelta(days=rnd.randint(0, 600))
            text, facts, cell = make(rnd, lang, ref)
            did = f"{prefix}_{lang}_{i:03d}"
            with open(os.path.join(out, "docs", did + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
            index.append(dict(id=did, lang=lang, reference_date=ref.isoformat(), **cell))
            for g in facts:
                assert g["evidence"] in text and len(g["evidence"]) >= 20, (did, g)
                gold.append(dict(id=did, **g))
    with open(os.path.join(out, "index.jsonl"), "w", encoding="utf-8") as f:
        for r in index: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in gold: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{out}: {len(index)} documents, {len(gold)} facts (seed {seed})")


SLOTS = ["construction", "kind", "word", "instrument", "tense", "voice", "subject", "object", "order", "insertion",
         "date_form", "place", "real", "title_form", "object_title_form"]


def report(out, glean, show=False):
    """The grid's holes: per slot value, gold facts, missed ones, spurious facts and matched facts with a wrong field
    (from `glean eval --show-errors --format json`); with show, every failing document's sentence."""
    r = subprocess.run([glean, "eval", os.path.join(out, "gold.jsonl"), "--by-language", "--show-errors", "--format", "json"],
                       capture_output=True, text=True)
    data = json.loads(r.stdout)
    index = {}
    for line in open(os.path.join(out, "index.jsonl"), encoding="utf-8"):
        rec = json.loads(line); index[rec["id"]] = rec
    golds = collections.Counter(json.loads(l)["id"] for l in open(os.path.join(out, "gold.jsonl"), encoding="utf-8"))
    missed = collections.Counter(m["doc"] for m in data["missed"])
    spurious = collections.Counter(m["doc"] for m in data["spurious"])
    wrong = collections.defaultdict(list)
    for w in data["wrong_fields"]:
        wrong[w["doc"]] += w["fields"]
    for lang, types in sorted(data["by_language"].items()):
        print(lang, "  ".join(f"{t}: recall {v['recall']:.1%} precision {v['precision']:.1%} ({v['matched']}/{v['gold']} gold, {v['produced']} produced)"
                             for t, v in sorted(types.items())))
    for slot in SLOTS:
        rows = collections.defaultdict(lambda: [0, 0, 0, 0, 0, collections.Counter()])
        for did, rec in index.items():
            v = rec.get(slot)
            if v is None: continue
            row = rows[(rec["lang"], v)]
            row[0] += 1; row[1] += golds[did]; row[2] += missed[did]; row[3] += spurious[did]
            row[4] += bool(wrong[did]); row[5].update(wrong[did])
        bad = [(k, r) for k, r in sorted(rows.items()) if r[2] or r[3] or r[4]]
        if not bad: continue
        print(f"\n## {slot}  (lang value: docs, gold, missed, spurious, docs with a wrong field [fields])")
        for (lang, v), r in bad:
            print(f"  {lang} {v:28s} docs {r[0]:3d}  gold {r[1]:3d}  missed {r[2]:2d}  spurious {r[3]:2d}  wrong {r[4]:2d} {dict(r[5]) if r[5] else ''}")
    if show:
        print("\n## failing documents")
        for did in sorted(index):
            if missed[did] or spurious[did] or wrong[did]:
                text = open(os.path.join(out, "docs", did + ".txt"), encoding="utf-8").read().split("\n\n", 1)[1].strip()
                tags = " ".join(f"{k}={index[did][k]}" for k in ("construction", "word", "tense", "subject", "order", "insertion", "date_form") if k in index[did])
                what = ", ".join(x for x in [f"missed {missed[did]}" if missed[did] else "", f"spurious {spurious[did]}" if spurious[did] else "",
                                              f"wrong {'/'.join(wrong[did])}" if wrong[did] else ""] if x)
                print(f"{did} [{what}] {tags}\n    {text}")
    return data


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--grid", type=int, choices=[1, 2], default=1,
                    help="1: the first grid (seed 23, Evaluation/checklist); 2: the second (scripts/checklist_grid2.py, seed 24, Evaluation/checklist24)")
    ap.add_argument("--out", default=None)
    ap.add_argument("--per-lang", type=int, default=300)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--report", action="store_true", help="run glean eval on the set and print recall per slot value")
    ap.add_argument("--show", action="store_true", help="with --report: also print every failing document")
    ap.add_argument("--glean", default=None)
    args = ap.parse_args()
    args.out = args.out or ("Evaluation/checklist" if args.grid == 1 else "Evaluation/checklist24")
    args.seed = args.seed if args.seed is not None else (23 if args.grid == 1 else 24)
    if not args.report:
        generate(args.out, args.per_lang, args.seed, args.grid)
    else:
        glean = args.glean or (".build/release/glean" if os.path.exists(".build/release/glean") else "/work/bin/glean")
        report(args.out, glean, args.show)
